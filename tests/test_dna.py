"""Tests of discourse.dna: reading DNA 3's sample database and writing new ones."""
from __future__ import annotations

import base64
import sqlite3
from collections import Counter
from pathlib import Path

import pytest

from discourse.dna import (DNA_VERSION, dna_password, from_utf16, read_dna, to_utf16,
                           write_dna)
from discourse.network import network_matrix
from discourse.records import Statement

SAMPLE = Path(__file__).resolve().parents[1] / "../shared/fixtures/dna/sample.dna"
needs_sample = pytest.mark.skipif(not SAMPLE.exists(), reason="DNA sample database not available")

TEXT = ("قالت واشنطن إن النظام السوري استخدم غاز الكلور في دوما 😀. "
        "ونفت روسيا هذه الاتهامات. وقال غوتيريش إن التحقيق مستمر.")


def _at(fragment: str) -> tuple[int, int]:
    start = TEXT.index(fragment)
    return start, start + len(fragment)


STATEMENTS = [
    Statement("000_a", "USA", "CW_ATTACKS", "support", 0.91, "2018-04-08", 0,
              *_at("قالت واشنطن إن النظام السوري استخدم غاز الكلور في دوما"), "s1", "واشنطن", "قالت"),
    Statement("000_a", "RUS", "CW_ATTACKS", "oppose", 0.8, "2018-04-08", 1,
              *_at("ونفت روسيا هذه الاتهامات"), "s2", "روسيا", "ونفت"),
    Statement("000_a", "UN", "INVESTIGATION", "neutral", 0.55, "2018-04-08", 2,
              *_at("وقال غوتيريش إن التحقيق مستمر"), "s3", "غوتيريش", "وقال"),
    Statement("001_b", "SYR", "CW_ATTACKS", "oppose", 1.0, "2018-04-10", 0, 0, 4, "s4", None, ""),
]
DOCUMENTS = {"000_a": {"text": TEXT, "title": "دوما", "source": "DW"},
             "001_b": {"text": "نفت دمشق", "date": "2018-04-10"}}


def _key(s: Statement):
    return (s.doc, s.actor, s.claim, s.stance, s.start, s.end, s.date)


@pytest.fixture()
def written(tmp_path) -> Path:
    path = tmp_path / "audit.dna"
    write_dna(STATEMENTS, path, DOCUMENTS)
    return path


# --- reading the sample ------------------------------------------------------

@needs_sample
def test_sample_statement_counts():
    # leifeld/dna, rDNA/rDNA/tests/testthat/test-data-access.R asserts
    # dna_printDetails() prints "41 statements in 7 documents" and that
    # dna_queryCoders("sample.dna") has 4 rows; 40 of the 41 statements are of type
    # "DNA Statement" (one is an Annotation), cf. "Statements: 40" in test-network.R.
    with sqlite3.connect(f"file:{SAMPLE.as_posix()}?mode=ro", uri=True) as conn:
        counts = [conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
                  for t in ("STATEMENTS", "DOCUMENTS", "CODERS")]
    assert counts == [41, 7, 4]
    statements = read_dna(SAMPLE)
    assert len(statements) == 40
    assert Counter(s.stance for s in statements) == {"support": 29, "oppose": 11}
    assert len({s.actor for s in statements}) == 7
    assert len({s.claim for s in statements}) == 6


@needs_sample
def test_sample_fields():
    first = read_dna(SAMPLE)[0]
    assert first.doc == "109-876: Bluestein, Joel-BUS-Y"
    assert first.actor == "Energy and Environmental Analysis, Inc."
    assert first.claim == "CO2 legislation will not hurt the economy."
    assert first.stance == "oppose"
    assert (first.start, first.end, first.date) == (6351, 7213, "2005-01-26")
    assert first.source == "Joel Bluestein"
    assert first.text.startswith("At the gas prices we are forecasting")
    assert len(first.text) == 7213 - 6351
    assert read_dna(SAMPLE, doc="id")[0].doc == "1"


@needs_sample
def test_sample_person_by_concept():
    statements = read_dna(SAMPLE, actor="person")
    assert statements[0].actor == "Joel Bluestein"


@needs_sample
@pytest.mark.parametrize("kwargs, message", [
    ({"statement_type": "Speech"}, "'statement_type' must be one of"),
    ({"actor": "country"}, "has no variable 'country'"),
    ({"doc": "name"}, "'doc' must be one of"),
])
def test_read_errors(kwargs, message):
    with pytest.raises(ValueError, match=message):
        read_dna(SAMPLE, **kwargs)


@needs_sample
def test_password_digest_matches_dna():
    # rDNA's tests open the sample with coderId = 1, coderPassword = "sample".
    with sqlite3.connect(f"file:{SAMPLE.as_posix()}?mode=ro", uri=True) as conn:
        stored = conn.execute("SELECT Password FROM CODERS WHERE ID = 1").fetchone()[0]
    salt = base64.b64decode(stored)[:16]
    assert dna_password("sample", salt) == stored
    assert dna_password("other", salt) != stored


# --- writing -------------------------------------------------------------------

def test_round_trip(written):
    back = read_dna(written)
    assert [_key(s) for s in back] == [_key(s) for s in STATEMENTS]
    assert [s.source for s in back] == [s.source for s in STATEMENTS]
    assert [s.confidence for s in back] == pytest.approx([s.confidence for s in STATEMENTS])
    assert back[1].text == "ونفت روسيا هذه الاتهامات"


def test_offsets_are_utf16_in_the_database(written):
    with sqlite3.connect(written) as conn:
        start, stop = conn.execute("SELECT Start, Stop FROM STATEMENTS WHERE ID = 2").fetchone()
    python_start = STATEMENTS[1].start
    assert start == python_start + 1  # the emoji before it is two UTF-16 code units
    assert from_utf16(TEXT, to_utf16(TEXT, python_start)) == python_start
    assert stop - start == len("ونفت روسيا هذه الاتهامات")


@needs_sample
def test_schema_and_settings_mirror_dna(written):
    def schema(path):
        with sqlite3.connect(f"file:{Path(path).as_posix()}?mode=ro", uri=True) as conn:
            return sorted(conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master"))
    assert schema(written) == schema(SAMPLE)
    with sqlite3.connect(written) as conn:
        assert dict(conn.execute("SELECT Property, Value FROM SETTINGS")) == dict(
            zip(("version", "date"), DNA_VERSION))
        assert conn.execute("SELECT ID, Name FROM CODERS").fetchall() == [(1, "Admin"), (2, "discourse")]
        assert conn.execute("SELECT Label FROM STATEMENTTYPES WHERE ID = 1").fetchone() == ("DNA Statement",)
        variables = dict(conn.execute("SELECT Variable, DataType FROM VARIABLES WHERE StatementTypeId = 1"))
        assert variables == {"person": "short text", "organization": "short text",
                             "concept": "short text", "agreement": "boolean",
                             "stance": "integer", "confidence": "integer"}


def test_written_rows(written):
    with sqlite3.connect(written) as conn:
        docs = conn.execute("SELECT Title, Notes, Source, Date, Coder FROM DOCUMENTS ORDER BY ID").fetchall()
        agreement = [v for (v,) in conn.execute("SELECT Value FROM DATABOOLEAN ORDER BY StatementId")]
        stance = [v for (v,) in conn.execute(
            "SELECT Value FROM DATAINTEGER WHERE VariableId = 12 ORDER BY StatementId")]
        orphans = conn.execute("SELECT COUNT(*) FROM ENTITIES e WHERE NOT EXISTS "
                               "(SELECT 1 FROM ATTRIBUTEVALUES a WHERE a.EntityId = e.ID)").fetchone()[0]
    assert docs == [("000_a", "دوما", "DW", 1523145600, 2), ("001_b", "", "", 1523318400, 2)]
    assert agreement == [1, 0, 1, 0]
    assert stance == [1, -1, 0, -1]
    assert orphans == 0


@needs_sample
def test_sample_round_trip_gives_the_same_networks(tmp_path):
    statements = read_dna(SAMPLE)
    with sqlite3.connect(f"file:{SAMPLE.as_posix()}?mode=ro", uri=True) as conn:
        documents = {title: {"text": text, "date": None}
                     for title, text in conn.execute("SELECT Title, Text FROM DOCUMENTS")}
    path = tmp_path / "copy.dna"
    write_dna(statements, path, documents)
    back = read_dna(path)
    assert [_key(s) + (s.text,) for s in back] == [_key(s) + (s.text,) for s in statements]
    for aggregation in ("ignore", "subtract"):
        assert network_matrix(back, aggregation=aggregation).equals(
            network_matrix(statements, aggregation=aggregation))


def test_missing_text_warns_but_keeps_offsets(tmp_path):
    path = tmp_path / "no_text.dna"
    with pytest.warns(UserWarning, match="no text for document"):
        write_dna(STATEMENTS[:2], path)
    assert [_key(s) for s in read_dna(path)] == [_key(s) for s in STATEMENTS[:2]]


@pytest.mark.parametrize("statement, message", [
    (Statement("d", "A", "C", "support", start=5, end=5), "0 <= start < end"),
    (Statement("d", "A" * 200, "C", "support", start=0, end=1), "DNA allows 190"),
])
def test_write_errors(tmp_path, statement, message):
    with pytest.raises(ValueError, match=message):
        write_dna([statement], tmp_path / "bad.dna", {"d": {"text": "0123456789"}})


def test_write_refuses_an_existing_file(written):
    with pytest.raises(FileExistsError):
        write_dna(STATEMENTS, written, DOCUMENTS)
