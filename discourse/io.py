"""Readers for corpora (.txt folders, JSONL, CSV, SaudiNewsNet zips) and writers of results."""
from __future__ import annotations

import csv
import json
import sys
import zipfile
from pathlib import Path
from typing import Iterable, Iterator

from .analyzer import Document
from .errors import InputError
from .records import Attribution

csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
TEXT_SUFFIXES = (".txt",)
TABLE_SUFFIXES = (".jsonl", ".csv", ".zip", ".json")


def read_corpus(*paths: str | Path, errors: list | None = None) -> Iterator[Document]:
    """Documents from files and folders, streamed.

    A ``.txt`` file is one document (id: file name without extension); a
    folder yields its ``.txt``, ``.jsonl``, ``.csv`` and SaudiNewsNet ``.zip``
    files in name order; ``.jsonl`` / ``.csv`` rows need ``id`` and ``text``
    (``date`` optional); a SaudiNewsNet zip holds a JSON array of articles,
    named ``<zip name>:<index>``. A file or row that cannot be read is
    reported in ``errors`` (``(where, message)``) when a list is given, else
    raised as :class:`InputError`; the rest of the corpus is still read.
    """
    for p in paths:
        p = Path(p)
        if p.is_dir():
            files = sorted(f for f in p.iterdir() if f.suffix.lower() in TEXT_SUFFIXES + TABLE_SUFFIXES)
            for f in files:
                yield from _guarded(f, errors)
        elif p.exists():
            yield from _guarded(p, errors)
        else:
            _report(errors, InputError(p, "path", "does not exist"))


def _guarded(path: Path, errors: list | None) -> Iterator[Document]:
    try:
        yield from _read_file(path, errors)
    except InputError as err:
        _report(errors, err)
    except (OSError, zipfile.BadZipFile) as err:
        _report(errors, InputError(path, "file", f"cannot be read ({err})"))


def _report(errors: list | None, err: InputError) -> None:
    if errors is None:
        raise err
    errors.append((err.path, str(err)))


def _read_file(path: Path, errors: list | None) -> Iterator[Document]:
    suffix = path.suffix.lower()
    if suffix == ".txt":
        yield Document(path.stem, read_text(path))
    elif suffix == ".jsonl":
        yield from _read_jsonl(path, errors)
    elif suffix == ".csv":
        yield from _read_csv(path, errors)
    elif suffix == ".zip":
        yield from read_saudinewsnet(path)
    elif suffix == ".json":
        yield from _read_json_array(path, path.stem, path.read_bytes())
    else:
        raise InputError(path, "file", "must be .txt, .jsonl, .csv, .json or a SaudiNewsNet .zip")


def read_text(path: Path) -> str:
    """A UTF-8 text file as written (no newline translation)."""
    data = Path(path).read_bytes()
    try:
        return data.decode("utf-8-sig" if data.startswith(b"\xef\xbb\xbf") else "utf-8")
    except UnicodeDecodeError as err:
        raise InputError(path, f"byte {err.start}", f"must be UTF-8 text ({err.reason})") from None


def _document(path: Path, where: str, row: dict) -> Document:
    missing = [k for k in ("id", "text") if k not in row]
    if missing:
        raise InputError(path, where, f"missing column(s) {missing}; expected 'id', 'text' and optional 'date' "
                                      f"(got {sorted(row)})")
    text = row["text"]
    if not isinstance(text, str):
        raise InputError(path, where, f"field 'text' must be a string (got {type(text).__name__})")
    date = row.get("date")
    return Document(str(row["id"]), text, str(date)[:10] if date else None)


def _read_jsonl(path: Path, errors: list | None) -> Iterator[Document]:
    with open(path, encoding="utf-8", newline="") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                if not isinstance(row, dict):
                    raise InputError(path, f"line {n}", "must be a JSON object")
                yield _document(path, f"line {n}", row)
            except json.JSONDecodeError as err:
                _report(errors, InputError(path, f"line {n}", f"is not valid JSON ({err.msg})"))
            except InputError as err:
                _report(errors, err)


def _read_csv(path: Path, errors: list | None) -> Iterator[Document]:
    with open(path, encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        if reader.fieldnames is None or not {"id", "text"} <= set(reader.fieldnames):
            raise InputError(path, "header", f"must have columns 'id' and 'text' (got {reader.fieldnames})")
        for n, row in enumerate(reader, 2):
            try:
                yield _document(path, f"row {n}", row)
            except InputError as err:
                _report(errors, err)


def read_saudinewsnet(path: str | Path, ids: Iterable[str] | None = None) -> Iterator[Document]:
    """Articles of a SaudiNewsNet daily zip: id ``<date>:<index>``, text = ``content``."""
    path = Path(path)
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if name.endswith(".json"):
                yield from _read_json_array(path, path.stem, z.read(name), ids)


def _read_json_array(path: Path, stem: str, data: bytes, ids=None) -> Iterator[Document]:
    try:
        articles = json.loads(data)
    except (json.JSONDecodeError, UnicodeDecodeError) as err:
        raise InputError(path, "file", f"must be a JSON array of articles ({err})") from None
    if not isinstance(articles, list):
        raise InputError(path, "file", "must be a JSON array of articles")
    wanted = set(ids) if ids is not None else None
    for i, a in enumerate(articles):
        doc_id = f"{stem}:{i}"
        if wanted is not None and doc_id not in wanted:
            continue
        if isinstance(a, dict) and "content" in a:
            yield Document(doc_id, a["content"], stem if len(stem) == 10 else None)
        elif isinstance(a, dict) and "text" in a:
            yield _document(path, f"item {i}", a)


def write_jsonl(records: Iterable[Attribution], path: str | Path) -> int:
    """Write attributions as JSON Lines (DESIGN.md's contract); returns the count."""
    n = 0
    with open(path, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r.to_dict(), ensure_ascii=False) + "\n")
            n += 1
    return n


def read_gold(path: str | Path) -> list[dict]:
    """Gold attributions in ANNOTATION.md's format, each line checked."""
    rows = []
    required = ("doc", "cue", "cue_start")
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as err:
                raise InputError(path, f"line {n}", f"is not valid JSON ({err.msg})") from None
            missing = [k for k in required if k not in row]
            if missing:
                raise InputError(path, f"line {n}", f"missing field(s) {missing}")
            if not isinstance(row["cue_start"], int):
                raise InputError(path, f"line {n}", f"field 'cue_start' must be an integer (got {row['cue_start']!r})")
            rows.append(row)
    return rows


def to_dataframe(attributions: Iterable[Attribution]):
    """A pandas DataFrame, one row per attribution, spans flattened into columns."""
    import pandas as pd
    rows = []
    for a in attributions:
        rows.append({
            "doc": a.doc, "sentence": a.sentence, "date": a.date,
            "cue": a.cue.text, "cue_start": a.cue.start, "cue_end": a.cue.end,
            "cue_kind": a.cue.kind, "lemma": a.cue.lemma,
            "source": a.source.text if a.source else None,
            "source_start": a.source.start if a.source else None,
            "source_end": a.source.end if a.source else None,
            "actors": list(a.actors),
            "content": a.content.text if a.content else None,
            "content_start": a.content.start if a.content else None,
            "content_end": a.content.end if a.content else None,
            "mode": a.mode, "speech_act": a.speech_act, "negated": a.negated,
            "claims": [c.to_dict() for c in a.claims],
        })
    return pd.DataFrame(rows)
