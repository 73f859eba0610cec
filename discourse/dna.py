"""Read and write Discourse Network Analyzer (DNA 3) SQLite databases."""
from __future__ import annotations

import base64
import datetime as dt
import hashlib
import os
import sqlite3
import unicodedata
import warnings
from collections.abc import Mapping
from contextlib import closing
from pathlib import Path
from typing import Any

from discourse.network import StatementsLike, as_statements, check_choice
from discourse.records import Statement

#: DNA version rows written to SETTINGS: the release whose schema this is.
DNA_VERSION = ("3.0.7", "2022-06-10")
CODER = "discourse"

# DNA 3's tables, exactly as DNA 3.0.7 creates them in SQLite (the schema of its
# sample.dna, leifeld/dna: dna/src/main/java/sql/Sql.java, createTables()).
SCHEMA = (
    "CREATE TABLE SETTINGS(Property TEXT PRIMARY KEY, Value TEXT NOT NULL)",
    "CREATE TABLE CODERS(ID INTEGER NOT NULL PRIMARY KEY, Name TEXT NOT NULL CHECK (LENGTH(Name) < 191), Red INTEGER NOT NULL DEFAULT 0 CHECK (Red BETWEEN 0 AND 255), Green INTEGER NOT NULL DEFAULT 0 CHECK (Green BETWEEN 0 AND 255), Blue INTEGER NOT NULL DEFAULT 0 CHECK (Blue BETWEEN 0 AND 255), Refresh INTEGER NOT NULL CHECK (Refresh BETWEEN 0 AND 9999) DEFAULT 0, FontSize INTEGER NOT NULL CHECK (FontSize BETWEEN 1 AND 99) DEFAULT 14, Password TEXT NOT NULL CHECK (LENGTH(Password) < 191), PopupWidth INTEGER CHECK (PopupWidth BETWEEN 100 AND 9999) DEFAULT 300, ColorByCoder INTEGER NOT NULL CHECK (ColorByCoder BETWEEN 0 AND 1) DEFAULT 0, PopupDecoration INTEGER NOT NULL CHECK (PopupDecoration BETWEEN 0 AND 1) DEFAULT 0, PopupAutoComplete INTEGER NOT NULL CHECK (PopupAutoComplete BETWEEN 0 AND 1) DEFAULT 1, PermissionAddDocuments INTEGER NOT NULL CHECK (PermissionAddDocuments BETWEEN 0 AND 1) DEFAULT 1, PermissionEditDocuments INTEGER NOT NULL CHECK (PermissionEditDocuments BETWEEN 0 AND 1) DEFAULT 1, PermissionDeleteDocuments INTEGER NOT NULL CHECK (PermissionDeleteDocuments BETWEEN 0 AND 1) DEFAULT 1, PermissionImportDocuments INTEGER NOT NULL CHECK (PermissionImportDocuments BETWEEN 0 AND 1) DEFAULT 1, PermissionAddStatements INTEGER NOT NULL CHECK (PermissionAddStatements BETWEEN 0 AND 1) DEFAULT 1, PermissionEditStatements INTEGER NOT NULL CHECK (PermissionEditStatements BETWEEN 0 AND 1) DEFAULT 1, PermissionDeleteStatements INTEGER NOT NULL CHECK (PermissionDeleteStatements BETWEEN 0 AND 1) DEFAULT 1, PermissionEditAttributes INTEGER NOT NULL CHECK (PermissionEditAttributes BETWEEN 0 AND 1) DEFAULT 1, PermissionEditRegex INTEGER NOT NULL CHECK (PermissionEditRegex BETWEEN 0 AND 1) DEFAULT 1, PermissionEditStatementTypes INTEGER NOT NULL CHECK (PermissionEditStatementTypes BETWEEN 0 AND 1) DEFAULT 1, PermissionEditCoders INTEGER NOT NULL CHECK (PermissionEditCoders BETWEEN 0 AND 1) DEFAULT 1, PermissionEditCoderRelations INTEGER NOT NULL CHECK (PermissionEditCoderRelations BETWEEN 0 AND 1) DEFAULT 1, PermissionViewOthersDocuments INTEGER NOT NULL CHECK (PermissionViewOthersDocuments BETWEEN 0 AND 1) DEFAULT 1, PermissionEditOthersDocuments INTEGER NOT NULL CHECK (PermissionEditOthersDocuments BETWEEN 0 AND 1) DEFAULT 1, PermissionViewOthersStatements INTEGER NOT NULL CHECK (PermissionViewOthersStatements BETWEEN 0 AND 1) DEFAULT 1, PermissionEditOthersStatements INTEGER NOT NULL CHECK (PermissionEditOthersStatements BETWEEN 0 AND 1) DEFAULT 1)",
    "CREATE TABLE DOCUMENTS(ID INTEGER NOT NULL PRIMARY KEY, Title TEXT NOT NULL CHECK (LENGTH(Title) < 191), Text TEXT NOT NULL, Coder INTEGER, Author TEXT NOT NULL DEFAULT '' CHECK (LENGTH(Author) < 191), Source TEXT NOT NULL DEFAULT '' CHECK (LENGTH(Source) < 191), Section TEXT NOT NULL DEFAULT '' CHECK (LENGTH(Section) < 191), Notes TEXT NOT NULL DEFAULT '', Type TEXT NOT NULL DEFAULT '' CHECK (LENGTH(Type) < 191), Date INTEGER NOT NULL, FOREIGN KEY(Coder) REFERENCES CODERS(ID) ON DELETE CASCADE)",
    "CREATE TABLE STATEMENTTYPES(ID INTEGER NOT NULL PRIMARY KEY, Label TEXT NOT NULL CHECK (LENGTH(Label) < 191), Red INTEGER NOT NULL DEFAULT 0 CHECK (Red BETWEEN 0 AND 255), Green INTEGER NOT NULL DEFAULT 0 CHECK (Green BETWEEN 0 AND 255), Blue INTEGER NOT NULL DEFAULT 0 CHECK (Blue BETWEEN 0 AND 255))",
    "CREATE TABLE VARIABLES(ID INTEGER NOT NULL PRIMARY KEY, Variable TEXT NOT NULL CHECK (LENGTH(Variable) < 191), DataType TEXT NOT NULL CHECK (DataType = 'boolean' OR DataType = 'integer' OR DataType = 'long text' OR DataType = 'short text') DEFAULT 'short text', StatementTypeId INTEGER, FOREIGN KEY(StatementTypeId) REFERENCES STATEMENTTYPES(ID) ON DELETE CASCADE, UNIQUE (Variable, StatementTypeId))",
    "CREATE TABLE VARIABLELINKS(ID INTEGER NOT NULL PRIMARY KEY, SourceVariableId INTEGER, TargetVariableId INTEGER, CHECK (TargetVariableId != SourceVariableId), FOREIGN KEY(SourceVariableId) REFERENCES VARIABLES(ID) ON DELETE CASCADE, FOREIGN KEY(TargetVariableId) REFERENCES VARIABLES(ID) ON DELETE CASCADE)",
    "CREATE TABLE REGEXES(Label TEXT PRIMARY KEY CHECK (LENGTH(Label) < 191), Red INTEGER NOT NULL DEFAULT 0 CHECK (Red BETWEEN 0 AND 255), Green INTEGER NOT NULL DEFAULT 0 CHECK (Green BETWEEN 0 AND 255), Blue INTEGER NOT NULL DEFAULT 0 CHECK (Blue BETWEEN 0 AND 255))",
    "CREATE TABLE CODERRELATIONS(ID INTEGER NOT NULL PRIMARY KEY, Coder INTEGER CHECK(Coder > 0), OtherCoder INTEGER CHECK(OtherCoder > 0), viewStatements INTEGER NOT NULL DEFAULT 1 CHECK(viewStatements BETWEEN 0 AND 1), editStatements INTEGER NOT NULL DEFAULT 1 CHECK(editStatements BETWEEN 0 AND 1), viewDocuments INTEGER NOT NULL DEFAULT 1 CHECK(viewDocuments BETWEEN 0 AND 1), editDocuments INTEGER NOT NULL DEFAULT 1 CHECK(editDocuments BETWEEN 0 AND 1), CHECK (Coder != OtherCoder), FOREIGN KEY(Coder) REFERENCES CODERS(ID) ON DELETE CASCADE, FOREIGN KEY(OtherCoder) REFERENCES CODERS(ID) ON DELETE CASCADE)",
    "CREATE TABLE STATEMENTS(ID INTEGER NOT NULL PRIMARY KEY, StatementTypeId INTEGER, DocumentId INTEGER, Start INTEGER NOT NULL CHECK(Start >= 0), Stop INTEGER NOT NULL CHECK(Stop >= 0), Coder INTEGER, CHECK (Start < Stop), FOREIGN KEY(StatementTypeId) REFERENCES STATEMENTTYPES(ID) ON DELETE CASCADE, FOREIGN KEY(Coder) REFERENCES CODERS(ID) ON DELETE CASCADE, FOREIGN KEY(DocumentId) REFERENCES DOCUMENTS(ID) ON DELETE CASCADE)",
    "CREATE TABLE DATABOOLEAN(ID INTEGER PRIMARY KEY NOT NULL, StatementId INTEGER NOT NULL, VariableId INTEGER NOT NULL, Value INTEGER NOT NULL DEFAULT 1, FOREIGN KEY(StatementId) REFERENCES STATEMENTS(ID) ON DELETE CASCADE, FOREIGN KEY(VariableId) REFERENCES VARIABLES(ID) ON DELETE CASCADE, UNIQUE (StatementId, VariableId))",
    "CREATE TABLE DATAINTEGER(ID INTEGER PRIMARY KEY NOT NULL, StatementId INTEGER NOT NULL, VariableId INTEGER NOT NULL, Value INTEGER NOT NULL DEFAULT 0, FOREIGN KEY(StatementId) REFERENCES STATEMENTS(ID) ON DELETE CASCADE, FOREIGN KEY(VariableId) REFERENCES VARIABLES(ID) ON DELETE CASCADE, UNIQUE (StatementId, VariableId))",
    "CREATE TABLE ENTITIES(ID INTEGER PRIMARY KEY NOT NULL, VariableId INTEGER NOT NULL, Value TEXT NOT NULL DEFAULT '' CHECK (LENGTH(Value) < 191), Red INTEGER CHECK (Red BETWEEN 0 AND 255), Green INTEGER CHECK (Green BETWEEN 0 AND 255), Blue INTEGER CHECK (Blue BETWEEN 0 AND 255), ChildOf INTEGER CHECK(ChildOf > 0), UNIQUE (VariableId, Value), FOREIGN KEY(ChildOf) REFERENCES ENTITIES(ID) ON DELETE CASCADE, FOREIGN KEY(VariableId) REFERENCES VARIABLES(ID) ON DELETE CASCADE)",
    "CREATE TABLE DATASHORTTEXT(ID INTEGER PRIMARY KEY NOT NULL, StatementId INTEGER NOT NULL, VariableId INTEGER NOT NULL, Entity INTEGER NOT NULL, FOREIGN KEY(StatementId) REFERENCES STATEMENTS(ID) ON DELETE CASCADE, FOREIGN KEY(VariableId) REFERENCES VARIABLES(ID) ON DELETE CASCADE, FOREIGN KEY(Entity) REFERENCES ENTITIES(ID) ON DELETE CASCADE, UNIQUE (StatementId, VariableId))",
    "CREATE TABLE DATALONGTEXT(ID INTEGER PRIMARY KEY NOT NULL, StatementId INTEGER NOT NULL, VariableId INTEGER NOT NULL, Value TEXT DEFAULT '', FOREIGN KEY(StatementId) REFERENCES STATEMENTS(ID) ON DELETE CASCADE, FOREIGN KEY(VariableId) REFERENCES VARIABLES(ID) ON DELETE CASCADE, UNIQUE (StatementId, VariableId))",
    "CREATE TABLE ATTRIBUTEVARIABLES(ID INTEGER PRIMARY KEY NOT NULL, VariableId INTEGER NOT NULL, AttributeVariable TEXT NOT NULL CHECK (LENGTH(AttributeVariable) < 191), UNIQUE(VariableId, AttributeVariable), FOREIGN KEY(VariableId) REFERENCES VARIABLES(ID) ON DELETE CASCADE)",
    "CREATE TABLE ATTRIBUTEVALUES(ID INTEGER PRIMARY KEY NOT NULL, EntityId INTEGER NOT NULL, AttributeVariableId INTEGER NOT NULL, AttributeValue TEXT NOT NULL DEFAULT '' CHECK (LENGTH(AttributeValue) < 191), UNIQUE (EntityId, AttributeVariableId), FOREIGN KEY(EntityId) REFERENCES ENTITIES(ID) ON DELETE CASCADE, FOREIGN KEY(AttributeVariableId) REFERENCES ATTRIBUTEVARIABLES(ID) ON DELETE CASCADE)",
)

# DNA's default statement types and variables (Sql.createTables), plus two
# integer variables of ours in the DNA Statement type: 'stance' (-1 oppose,
# 0 neutral, 1 support) and 'confidence' (percent).
STATEMENT_TYPES = (
    (1, "DNA Statement", 239, 208, 51),
    (2, "NPF Story Element", 100, 200, 190),
    (3, "Annotation", 211, 211, 211),
)
VARIABLES = (
    (1, "person", "short text", 1),
    (2, "organization", "short text", 1),
    (3, "concept", "short text", 1),
    (4, "agreement", "boolean", 1),
    (5, "narrator", "short text", 2),
    (6, "victim", "short text", 2),
    (7, "villain", "short text", 2),
    (8, "plot", "short text", 2),
    (9, "hero", "short text", 2),
    (10, "policy solution", "short text", 2),
    (11, "note", "long text", 3),
    (12, "stance", "integer", 1),
    (13, "confidence", "integer", 1),
)
ATTRIBUTES = ("Type", "Alias", "Notes")
PERSON, ORGANIZATION, CONCEPT, AGREEMENT, STANCE, CONFIDENCE = 1, 2, 3, 4, 12, 13
STANCE_CODES = {"support": 1, "neutral": 0, "oppose": -1}
MAX_TEXT = 190  # DNA's CHECK (LENGTH(...) < 191)


# ---------------------------------------------------------------------------
# Reading
# ---------------------------------------------------------------------------

def read_dna(
    path: str | os.PathLike,
    statement_type: str = "DNA Statement",
    actor: str = "organization",
    claim: str = "concept",
    qualifier: str = "agreement",
    stance: str | None = "stance",
    person: str | None = "person",
    doc: str = "title",
) -> list[Statement]:
    """Statements of one DNA 3 statement type as :class:`Statement` records.

    Parameters
    ----------
    path : path of a ``.dna`` SQLite file (opened read-only)
    statement_type : label of the statement type
    actor, claim : names of the short text variables for actor and claim
    qualifier : boolean or integer variable with the stance. Boolean: 1 →
        support, 0 → oppose. Integer: > 0 → support, 0 → neutral, < 0 → oppose
        (the sign; DNA's integer scales are usually centred on 0).
    stance : name of an integer variable (-1 / 0 / 1) that, where present,
        takes precedence over ``qualifier``: :func:`write_dna` stores neutral
        statements there. ``None`` to ignore it.
    person : short text variable read into ``Statement.source`` (the speaker).
    doc : {'title', 'id'}
        Document key: DNA's document title (default; :func:`write_dna` writes our
        document ids there) or its integer ID as text.

    Returns
    -------
    list of Statement
        In DNA's statement order. ``date`` is the document date (DOCUMENTS.Date,
        seconds since the epoch, UTC) as 'YYYY-MM-DD'; ``start``/``end`` are
        DNA's Start/Stop converted from Java (UTF-16) to Python offsets;
        ``text`` is the coded stretch of the document text; ``sentence`` is 0
        (DNA has no sentences). Statements without actor or claim are left out.

    Example
    -------
    >>> import os
    >>> path = "../shared/fixtures/dna/sample.dna"
    >>> len(read_dna(path)) if os.path.exists(path) else 40
    40
    """
    check_choice("doc", doc, ("title", "id"))
    with closing(_connect_read_only(path)) as conn:
        type_id = _statement_type_id(conn, statement_type)
        variables = _variables(conn, type_id)
        for name in (actor, claim, qualifier):
            if name not in variables:
                raise ValueError(f"statement type {statement_type!r} has no variable {name!r} "
                                 f"(variables: {sorted(variables)})")
        documents = _documents(conn)
        out = []
        for row in conn.execute("SELECT ID, DocumentId, Start, Stop FROM STATEMENTS "
                                "WHERE StatementTypeId = ? ORDER BY ID", (type_id,)):
            values = _statement_values(conn, row[0], variables)
            record = _to_statement(row, values, documents[row[1]], actor, claim, qualifier,
                                   stance, person, doc, variables)
            if record is not None:
                out.append(record)
    return out


def _connect_read_only(path) -> sqlite3.Connection:
    if not Path(path).exists():
        raise FileNotFoundError(f"DNA database not found: {path}")
    return sqlite3.connect(f"file:{Path(path).as_posix()}?mode=ro", uri=True)


def _statement_type_id(conn: sqlite3.Connection, label: str) -> int:
    rows = dict(conn.execute("SELECT Label, ID FROM STATEMENTTYPES"))
    if label not in rows:
        raise ValueError(f"'statement_type' must be one of {tuple(rows)} (got {label!r})")
    return rows[label]


def _variables(conn: sqlite3.Connection, type_id: int) -> dict[str, tuple[int, str]]:
    """Variable name -> (ID, data type) of one statement type."""
    rows = conn.execute("SELECT Variable, ID, DataType FROM VARIABLES WHERE StatementTypeId = ?",
                        (type_id,))
    return {name: (var_id, data_type) for name, var_id, data_type in rows}


def _documents(conn: sqlite3.Connection) -> dict[int, dict[str, Any]]:
    rows = conn.execute("SELECT ID, Title, Text, Date FROM DOCUMENTS")
    return {i: {"id": str(i), "title": title, "text": text, "date": date}
            for i, title, text, date in rows}


def _statement_values(conn: sqlite3.Connection, statement_id: int,
                      variables: dict[str, tuple[int, str]]) -> dict[int, Any]:
    """Variable ID -> value of one statement (short text as the entity's value)."""
    values: dict[int, Any] = {}
    values.update(conn.execute(
        "SELECT d.VariableId, e.Value FROM DATASHORTTEXT d JOIN ENTITIES e ON e.ID = d.Entity "
        "WHERE d.StatementId = ?", (statement_id,)))
    for table in ("DATABOOLEAN", "DATAINTEGER", "DATALONGTEXT"):
        values.update(conn.execute(f"SELECT VariableId, Value FROM {table} WHERE StatementId = ?",
                                   (statement_id,)))
    return values


def _to_statement(row, values, document, actor, claim, qualifier, stance, person, doc,
                  variables) -> Statement | None:
    statement_id, _, start, stop = row
    actor_value = values.get(variables[actor][0], "")
    claim_value = values.get(variables[claim][0], "")
    if not actor_value or not claim_value:
        return None
    text = document["text"]
    begin, end = from_utf16(text, start), from_utf16(text, stop)
    return Statement(
        doc=document[doc], actor=actor_value, claim=claim_value,
        stance=_stance(values, variables, qualifier, stance),
        confidence=_confidence(values, variables),
        date=dt.datetime.fromtimestamp(document["date"], dt.timezone.utc).date().isoformat(),
        start=begin, end=end, text=text[begin:end],
        source=_value(values, variables, person) or None,
    )


def _value(values: dict[int, Any], variables: dict[str, tuple[int, str]], name: str | None) -> Any:
    if name is None or name not in variables:
        return None
    return values.get(variables[name][0])


def _stance(values, variables, qualifier: str, stance: str | None) -> str:
    code = _value(values, variables, stance)
    if code is None or variables[stance][1] != "integer":
        code = _value(values, variables, qualifier)
        if variables[qualifier][1] == "boolean":
            return "support" if code == 1 else "oppose"
    if code is None:
        raise ValueError(f"statement without a value of {qualifier!r}")
    return "support" if code > 0 else "oppose" if code < 0 else "neutral"


def _confidence(values, variables) -> float:
    percent = _value(values, variables, "confidence")
    return 1.0 if percent is None or variables["confidence"][1] != "integer" else percent / 100


def to_utf16(text: str, index: int) -> int:
    """A Python string index as a Java (UTF-16 code unit) index, as DNA counts."""
    return len(text[:index].encode("utf-16-le")) // 2


def from_utf16(text: str, index: int) -> int:
    """A Java (UTF-16 code unit) index as a Python string index."""
    units = 0
    for i, char in enumerate(text):
        if units >= index:
            return i
        units += 2 if ord(char) > 0xFFFF else 1
    return len(text)


# ---------------------------------------------------------------------------
# Writing
# ---------------------------------------------------------------------------

def write_dna(
    statements: StatementsLike,
    path: str | os.PathLike,
    documents: Mapping[str, Mapping[str, Any]] | None = None,
    password: str = CODER,
) -> None:
    """Write statements into a NEW DNA 3 database that DNA opens, for coders to audit.

    The file gets DNA 3.0.7's tables and default contents (SETTINGS version
    rows, the Admin coder, the statement types 'DNA Statement', 'NPF Story
    Element', 'Annotation' and their variables and attribute variables), a
    coder named 'discourse' who owns every document and statement, and:

    - per document: Title = our document id (so ids match ``statements.csv``),
      Text, Date (UTC midnight of the date, in epoch seconds; 0 when unknown),
      Author / Source / Section / Type / Notes from ``documents``; a document's
      own 'title' goes into Notes;
    - per statement: Start/Stop (UTF-16 offsets, as Java counts), organization
      = actor, concept = claim, person = the source text, agreement (boolean:
      1 support, 0 oppose), stance (integer: 1 support, 0 neutral, -1 oppose)
      and confidence (integer percent). Neutral statements have agreement 1
      (DNA's default), so in DNA use the qualifier 'stance' for three levels,
      or exclude ``stance = 0`` when using 'agreement'.

    Parameters
    ----------
    statements : iterable of Statement, dicts or a DataFrame
    path : the new file; an existing file is an error
    documents : mapping doc id -> {'text', 'date', 'author', 'source',
        'section', 'type', 'title', 'notes'}, optional
        Without a document's text, its Text is the statements' sentences padded
        with spaces to the last offset (offsets still round-trip, but the
        highlighted stretch in DNA is not the original) and a warning is given.
    password : password of the 'discourse' and Admin coders (DNA 3 stores
        jasypt's salted SHA-256 digest)

    Example
    -------
    >>> import tempfile, os
    >>> path = os.path.join(tempfile.mkdtemp(), "audit.dna")
    >>> s = Statement("d1", "USA", "CW", "support", date="2018-04-08", start=0, end=5)
    >>> write_dna([s], path, {"d1": {"text": "Hello world"}})
    >>> read_dna(path)[0].text
    'Hello'
    """
    records = as_statements(statements)
    if Path(path).exists():
        raise FileExistsError(f"write_dna creates a new database; {path} exists")
    documents = documents or {}
    conn = sqlite3.connect(path)
    try:
        with conn:
            _create_tables(conn, password)
            doc_ids = _write_documents(conn, records, documents)
            _write_statements(conn, records, doc_ids)
    finally:
        conn.close()


def _create_tables(conn: sqlite3.Connection, password: str) -> None:
    for sql in SCHEMA:
        conn.execute(sql)
    conn.executemany("INSERT INTO SETTINGS (Property, Value) VALUES (?, ?)",
                     [("version", DNA_VERSION[0]), ("date", DNA_VERSION[1])])
    conn.execute("INSERT INTO CODERS (ID, Name, Red, Green, Blue, Password, PermissionEditStatementTypes, "
                 "PermissionEditCoders, PermissionEditOthersDocuments, PermissionEditOthersStatements) "
                 "VALUES (1, 'Admin', 255, 255, 0, ?, 1, 1, 1, 1)", (dna_password(password),))
    conn.execute("INSERT INTO CODERS (ID, Name, Red, Green, Blue, Password) VALUES (2, ?, 51, 153, 255, ?)",
                 (CODER, dna_password(password)))
    conn.executemany("INSERT INTO CODERRELATIONS (Coder, OtherCoder) VALUES (?, ?)", [(2, 1), (1, 2)])
    conn.executemany("INSERT INTO STATEMENTTYPES (ID, Label, Red, Green, Blue) VALUES (?, ?, ?, ?, ?)",
                     STATEMENT_TYPES)
    conn.executemany("INSERT INTO VARIABLES (ID, Variable, DataType, StatementTypeId) VALUES (?, ?, ?, ?)",
                     VARIABLES)
    conn.executemany("INSERT INTO ATTRIBUTEVARIABLES (VariableId, AttributeVariable) VALUES (?, ?)",
                     [(var, name) for name in ATTRIBUTES for var in (PERSON, ORGANIZATION, CONCEPT)])


def dna_password(password: str, salt: bytes | None = None) -> str:
    """DNA 3's stored password: jasypt StrongPasswordEncryptor (SHA-256, 100,000 rounds, 16-byte salt).

    Example
    -------
    >>> len(dna_password("sample", salt=bytes(16)))
    64
    """
    salt = os.urandom(16) if salt is None else salt
    digest = hashlib.sha256(salt + unicodedata.normalize("NFC", password).encode("utf-8")).digest()
    for _ in range(100_000 - 1):
        digest = hashlib.sha256(digest).digest()
    return base64.b64encode(salt + digest).decode("ascii")


def _write_documents(conn, records: list[Statement], documents) -> dict[str, int]:
    """Insert one DNA document per doc id; return doc id -> DNA document ID."""
    by_doc: dict[str, list[Statement]] = {}
    for s in records:
        by_doc.setdefault(s.doc, []).append(s)
    ids = {}
    for number, (doc, stmts) in enumerate(by_doc.items(), start=1):
        meta = documents.get(doc, {})
        text = meta.get("text") or _stand_in_text(doc, stmts)
        date = meta.get("date") or next((s.date for s in stmts if s.date), None)
        notes = "\n".join(x for x in (meta.get("title"), meta.get("notes")) if x)
        conn.execute(
            "INSERT INTO DOCUMENTS (ID, Title, Text, Coder, Author, Source, Section, Notes, Type, Date) "
            "VALUES (?, ?, ?, 2, ?, ?, ?, ?, ?, ?)",
            (number, _short(doc, "document id"), text, _short(meta.get("author", ""), "author"),
             _short(meta.get("source", ""), "source"), _short(meta.get("section", ""), "section"),
             notes, _short(meta.get("type", ""), "type"), _epoch(date)))
        ids[doc] = number
    return ids


def _stand_in_text(doc: str, stmts: list[Statement]) -> str:
    warnings.warn(f"no text for document {doc!r}: DNA will show the statements' sentences, "
                  "not the original text, at the statements' offsets", stacklevel=4)
    text = "\n".join(dict.fromkeys(s.text for s in stmts if s.text))
    return text.ljust(max(s.end for s in stmts))


def _epoch(date: Any) -> int:
    if date is None:
        return 0
    day = dt.date.fromisoformat(str(date)[:10])
    return int(dt.datetime(day.year, day.month, day.day, tzinfo=dt.timezone.utc).timestamp())


def _short(value: str, what: str) -> str:
    if len(value) > MAX_TEXT:
        raise ValueError(f"{what} {value[:40]!r}... is {len(value)} characters; DNA allows {MAX_TEXT}")
    return value


def _write_statements(conn, records: list[Statement], doc_ids: dict[str, int]) -> None:
    texts = dict(conn.execute("SELECT ID, Text FROM DOCUMENTS"))
    entities = _Entities(conn)
    for s in records:
        text = texts[doc_ids[s.doc]]
        start, stop = to_utf16(text, s.start), to_utf16(text, s.end)
        if not 0 <= start < stop:
            raise ValueError(f"statement offsets must satisfy 0 <= start < end (got {s.start}, {s.end} "
                             f"in document {s.doc!r})")
        statement_id = conn.execute(
            "INSERT INTO STATEMENTS (StatementTypeId, DocumentId, Start, Stop, Coder) VALUES (1, ?, ?, ?, 2)",
            (doc_ids[s.doc], start, stop)).lastrowid
        shorts = ((PERSON, s.source or ""), (ORGANIZATION, s.actor), (CONCEPT, s.claim))
        conn.executemany("INSERT INTO DATASHORTTEXT (StatementId, VariableId, Entity) VALUES (?, ?, ?)",
                         [(statement_id, var, entities.id(var, value)) for var, value in shorts])
        conn.execute("INSERT INTO DATABOOLEAN (StatementId, VariableId, Value) VALUES (?, ?, ?)",
                     (statement_id, AGREEMENT, 0 if s.stance == "oppose" else 1))
        conn.executemany("INSERT INTO DATAINTEGER (StatementId, VariableId, Value) VALUES (?, ?, ?)",
                         [(statement_id, STANCE, STANCE_CODES[s.stance]),
                          (statement_id, CONFIDENCE, round(100 * s.confidence))])


class _Entities:
    """Entity IDs by (variable, value), created on first use with empty attribute values."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.ids: dict[tuple[int, str], int] = {}
        for var in (PERSON, ORGANIZATION, CONCEPT):  # DNA keeps an empty entity per variable
            self.id(var, "")

    def id(self, variable: int, value: str) -> int:
        key = (variable, _short(value, "entity"))
        if key not in self.ids:
            entity = self.conn.execute(
                "INSERT INTO ENTITIES (VariableId, Value, Red, Green, Blue) VALUES (?, ?, 0, 0, 0)",
                key).lastrowid
            self.conn.execute(
                "INSERT INTO ATTRIBUTEVALUES (EntityId, AttributeVariableId, AttributeValue) "
                "SELECT ?, ID, '' FROM ATTRIBUTEVARIABLES WHERE VariableId = ?", (entity, variable))
            self.ids[key] = entity
        return self.ids[key]
