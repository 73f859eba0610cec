"""Shared fixtures: one analyzer per session, the seed folder and the SaudiNewsNet corpus."""
from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = ROOT / "seeds"
SEEDS_GOLD = SHARED / "gold" / "seeds.jsonl"
SNN = SHARED / "corpora" / "saudinewsnet"
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session")
def analyzer():
    """The rule-only analyzer (no stance model), built once."""
    from discourse import Analyzer
    return Analyzer(model=None)


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    if not SEEDS.is_dir() or not list(SEEDS.glob("*.txt")):
        pytest.skip(f"seed articles not available in {SEEDS}")
    return SEEDS


@pytest.fixture(scope="session")
def seeds_gold() -> Path:
    if not SEEDS_GOLD.exists():
        pytest.skip(f"seed gold file not available: {SEEDS_GOLD}")
    return SEEDS_GOLD


@pytest.fixture(scope="session")
def snn_dir() -> Path:
    if not SNN.is_dir() or not list(SNN.glob("*.zip")):
        pytest.skip(f"SaudiNewsNet corpus not available in {SNN}")
    return SNN


@pytest.fixture(scope="session")
def snn_documents(snn_dir):
    """The SaudiNewsNet articles the gold files under tests/data annotate: {id: Document}."""
    from discourse.io import read_saudinewsnet
    ids = sorted({line.strip() for f in DATA.glob("snn_*.docs.txt")
                  for line in f.read_text(encoding="utf-8").splitlines() if line.strip()})
    by_day: dict[str, list[str]] = defaultdict(list)
    for doc_id in ids:
        by_day[doc_id.split(":")[0]].append(doc_id)
    docs = {}
    for day, wanted in sorted(by_day.items()):
        zip_path = snn_dir / f"{day}.zip"
        if not zip_path.exists():
            pytest.skip(f"SaudiNewsNet day {day} not available: {zip_path}")
        for d in read_saudinewsnet(zip_path, wanted):
            docs[d.id] = d
    missing = set(ids) - set(docs)
    assert not missing, f"gold documents not found in the corpus: {sorted(missing)[:5]}"
    return docs


def check_span(text: str, span, what: str = "span") -> None:
    """A span points into ``text``: in bounds and ``text[start:end] == span.text``."""
    assert 0 <= span.start <= span.end <= len(text), f"{what} out of bounds: {span!r} (len {len(text)})"
    assert text[span.start:span.end] == span.text, (
        f"{what} text does not match its offsets: {span.text!r} != {text[span.start:span.end]!r}")


def check_attribution(text: str, a) -> None:
    """Every span of an attribution (cue, source, content, sentence) points into ``text``."""
    check_span(text, a.cue, "cue")
    for name in ("source", "content", "sentence_span"):
        s = getattr(a, name)
        if s is not None:
            check_span(text, s, name)


@pytest.fixture(scope="session")
def check():
    """``check(text, attributions)``: assert every span of every attribution points into ``text``."""
    def _check(text: str, attributions) -> None:
        for a in attributions:
            check_attribution(text, a)
    return _check
