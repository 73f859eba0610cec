"""Tests of discourse.io: corpus readers, error reporting, writers; Analyzer.pipe over failures."""
from __future__ import annotations

import json

import pytest

from discourse import Document, InputError, read_corpus, to_dataframe, write_jsonl
from discourse.io import read_gold

A = "وقالت وزارة الخارجية الأمريكية إن التقارير عن سقوط ضحايا مروعة."
B = "ونفت روسيا أن تكون قواتها شاركت في الهجوم على دوما."
C = "وقتل عشرة مدنيين في القصف على مدينة دوما."


def ids_dates(docs):
    return [(d.id, d.date) for d in docs]


@pytest.fixture
def txt_dir(tmp_path):
    d = tmp_path / "corpus"
    d.mkdir()
    (d / "002_b.txt").write_text(B, encoding="utf-8")
    (d / "001_a.txt").write_text(A, encoding="utf-8")
    (d / "notes.md").write_text("not a document", encoding="utf-8")
    return d


def test_txt_folder(txt_dir):
    docs = list(read_corpus(txt_dir))
    assert ids_dates(docs) == [("001_a", None), ("002_b", None)]
    assert [d.text for d in docs] == [A, B]


def test_txt_keeps_newlines_and_strips_bom(tmp_path):
    f = tmp_path / "doc.txt"
    f.write_bytes(("\ufeff" + A + "\r\n" + B).encode("utf-8"))
    (doc,) = read_corpus(f)
    assert doc.id == "doc"
    assert doc.text == A + "\r\n" + B   # no newline translation: offsets stay valid


@pytest.mark.parametrize("rows, expected", [
    ([{"id": "a", "text": A, "date": "2018-04-08"}, {"id": "b", "text": B}],
     [("a", "2018-04-08"), ("b", None)]),
    ([{"id": 7, "text": C, "date": "2018-04-08T10:00:00"}], [("7", "2018-04-08")]),
    ([], []),
])
def test_jsonl(tmp_path, rows, expected):
    f = tmp_path / "c.jsonl"
    f.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    assert ids_dates(read_corpus(f)) == expected


@pytest.mark.parametrize("content, expected", [
    (f'id,text,date\na,"{A}",2018-04-08\nb,"{B}",\n', [("a", "2018-04-08"), ("b", None)]),
    (f'text,id\n"{C}",c1\n', [("c1", None)]),
    (f'id,text\nq,"قال: ""نعم"" وأضاف، أن"\n', [("q", None)]),
])
def test_csv(tmp_path, content, expected):
    f = tmp_path / "c.csv"
    f.write_text(content, encoding="utf-8")
    docs = list(read_corpus(f))
    assert ids_dates(docs) == expected
    if expected == [("q", None)]:
        assert docs[0].text == 'قال: "نعم" وأضاف، أن'


def test_mixed_folder(tmp_path):
    (tmp_path / "a.txt").write_text(A, encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(json.dumps({"id": "j", "text": B}) + "\n", encoding="utf-8")
    (tmp_path / "c.csv").write_text(f'id,text\nk,"{C}"\n', encoding="utf-8")
    assert [d.id for d in read_corpus(tmp_path)] == ["a", "j", "k"]


def test_broken_utf8_is_reported_and_the_rest_read(txt_dir):
    bad = txt_dir / "003_broken.txt"
    bad.write_bytes(A.encode("utf-8")[:20] + b"\xff\xfe\xc3" + B.encode("utf-8"))
    errors: list = []
    docs = list(read_corpus(txt_dir, errors=errors))
    assert [d.id for d in docs] == ["001_a", "002_b"]
    assert len(errors) == 1
    where, message = errors[0]
    assert "003_broken.txt" in str(where) and "003_broken.txt" in message
    assert "UTF-8" in message


def test_broken_utf8_raises_without_errors_list(txt_dir):
    (txt_dir / "003_broken.txt").write_bytes(b"\xff\xfe")
    with pytest.raises(InputError, match="003_broken.txt"):
        list(read_corpus(txt_dir))


@pytest.mark.parametrize("header", ["id,body,date", "doc,text", "text", ""])
def test_csv_missing_columns(tmp_path, header):
    f = tmp_path / "articles.csv"
    f.write_text(header + ("\nx,y,z\n" if header else ""), encoding="utf-8")
    with pytest.raises(InputError) as info:
        list(read_corpus(f))
    message = str(info.value)
    assert "articles.csv" in message
    assert "'id'" in message and "'text'" in message


def test_bad_jsonl_line_names_the_line(tmp_path):
    f = tmp_path / "c.jsonl"
    f.write_text(json.dumps({"id": "a", "text": A}) + "\n{not json\n"
                 + json.dumps({"id": "b"}) + "\n" + json.dumps({"id": "c", "text": C}) + "\n",
                 encoding="utf-8")
    errors: list = []
    docs = list(read_corpus(f, errors=errors))
    assert [d.id for d in docs] == ["a", "c"]
    messages = [m for _, m in errors]
    assert len(messages) == 2
    assert "c.jsonl" in messages[0] and "line 2" in messages[0]
    assert "line 3" in messages[1] and "text" in messages[1]
    with pytest.raises(InputError, match="line 2"):
        list(read_corpus(f))


def test_missing_path(tmp_path):
    errors: list = []
    assert list(read_corpus(tmp_path / "nope", errors=errors)) == []
    assert "nope" in errors[0][1]
    with pytest.raises(InputError, match="nope"):
        list(read_corpus(tmp_path / "nope"))


def test_pipe_continues_after_a_failing_document(analyzer):
    docs = [Document("a", A), Document("bad", None), Document("b", B, "2018-04-08")]
    errors: list = []
    out = list(analyzer.pipe(docs, errors=errors))
    assert [a.doc for a in out] == ["a", "b"]
    assert out[1].date == "2018-04-08"
    assert len(errors) == 1 and errors[0][0] == "bad"
    assert "TypeError" in errors[0][1]


def test_pipe_without_errors_list_raises(analyzer):
    with pytest.raises(TypeError):
        list(analyzer.pipe([Document("bad", None)]))


def test_pipe_matches_analyze(analyzer, seeds_dir):
    docs = list(read_corpus(seeds_dir))
    piped = list(analyzer.pipe(docs))
    direct = [a for d in docs for a in analyzer.analyze(d.text, d.id, d.date)]
    assert piped == direct


def test_write_jsonl_and_dataframe(analyzer, tmp_path):
    out = analyzer.analyze(A + " " + B, doc="d1", date="2018-04-08")
    path = tmp_path / "a.jsonl"
    assert write_jsonl(out, path) == len(out) == 2
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert [r["cue"]["text"] for r in rows] == ["وقالت", "ونفت"]
    assert rows[0]["date"] == "2018-04-08"
    df = to_dataframe(out)
    assert list(df["cue"]) == ["وقالت", "ونفت"]
    assert list(df["doc"]) == ["d1", "d1"]


@pytest.mark.parametrize("line, expected", [
    ('{"doc": "d", "cue": "قال"}', "cue_start"),
    ('{"doc": "d", "cue": "قال", "cue_start": "12"}', "cue_start"),
    ("{oops", "line 2"),
])
def test_read_gold_errors(tmp_path, line, expected):
    f = tmp_path / "gold.jsonl"
    f.write_text('{"doc": "d", "cue": "قال", "cue_start": 0}\n' + line + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=expected):
        read_gold(f)


def test_read_gold_seeds(seeds_gold):
    rows = read_gold(seeds_gold)
    assert rows and all(isinstance(r["cue_start"], int) for r in rows)
