"""User lexicon directories: validation errors that name file, entry and field; merging; a replaced codebook."""
from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
import yaml

from discourse import Analyzer, LexiconError
from discourse.lexicons import load_cues, merge


def write(directory, name, text):
    directory.mkdir(parents=True, exist_ok=True)
    (directory / name).write_text(textwrap.dedent(text), encoding="utf-8")
    return directory


@pytest.mark.parametrize("filename, content, expected", [
    ("cues.yaml", """
        verbs:
          - lemma: صرخ
            speech_act: say
            polarity: neutral
        """, ("'صرخ'", "imperfect")),
    ("cues.yaml", """
        verbs:
          - lemma: همس
            imperfect: يهمس
            speech_act: whisper
            polarity: neutral
        """, ("'همس'", "speech_act", "whisper", "say")),
    ("cues.yaml", """
        verbs:
          - lemma: همس
            imperfect: همس
            speech_act: say
            polarity: neutral
        """, ("'همس'", "imperfect")),
    ("cues.yaml", """
        nominals:
          - form: بموجب
            speech_act: quote
        """, ("'بموجب'", "speech_act", "quote")),
    ("cues.yaml", """
        nominals:
          - form: بموجب
            speech_act: report
            polarity: favourable
        """, ("'بموجب'", "polarity", "favourable")),
    ("cues.yaml", """
        nominals:
          - form: بموجب
            speech_act: report
            requires_source: "no"
        """, ("'بموجب'", "requires_source", "true or false")),
    ("stance.yaml", """
        negation_window: three
        markers:
          - id: doubt
            stance: neutral
            words: [ربما]
        """, ("negation_window", "whole number", "three")),
    ("actors.yaml", """
        actors:
          - id: HTS
            label: Hay'at Tahrir al-Sham
            kind: group
        """, ("'HTS'", "names")),
    ("actors.yaml", """
        actors:
          - id: HTS
            kind: militia
            names: [هيئة تحرير الشام]
        """, ("'HTS'", "kind", "militia")),
    ("actors.yaml", """
        actors:
          - id: SAU
            names: [المملكة العربية السعودية]
            places: [جدة, 3]
        """, ("'SAU'", "places")),
    ("actors.yaml", """
        actors:
          - id: LBN
            names: [لبنان]
            outlets: [صحيفة النهار, 3]
        """, ("'LBN'", "outlets")),
    ("actors.yaml", """
        actors:
          - label: no id
            names: [أحد ما]
        """, ("#1", "id")),
    ("actors.yaml", """
        actors:
          - id: HEZBOLLAH
            names: [حزب الله]
            local_names: [المقاومة]
        """, ("'HEZBOLLAH'", "local_names", "mapping")),
    ("actors.yaml", """
        actors:
          - id: HEZBOLLAH
            names: [حزب الله]
            local_names: {LBN: [المقاومة الإسلامية]}
        """, ("'HEZBOLLAH'", "local_names", "generic heads")),
    ("actors.yaml", """
        actors:
          - id: HEZBOLLAH
            names: [حزب الله]
            local_names: {Lebanon: [المقاومة]}
        """, ("'HEZBOLLAH'", "local_names", "ids of states", "Lebanon")),
    ("claims.yaml", """
        claims:
          - id: HOUTHI_ATTACKS
            label: The Houthis attack civilians
        """, ("'HOUTHI_ATTACKS'", "keywords")),
    ("claims.yaml", """
        claims:
          - id: HOUTHI_ATTACKS
            label: The Houthis attack civilians
            keywords: []
        """, ("'HOUTHI_ATTACKS'", "keywords")),
    ("claims.yaml", "claims: [1, 2]\n", ("#1",)),
    ("claims.yaml", "claims:\n  - id: [unclosed\n", ("YAML",)),
])
def test_bad_user_lexicon(tmp_path, filename, content, expected):
    d = write(tmp_path / "lex", filename, content)
    with pytest.raises(LexiconError) as info:
        Analyzer(lexicons=d, model=None)
    message = str(info.value)
    assert filename in message and str(d / filename) in message
    for part in expected:
        assert part in message, (part, message)


def test_lexicon_error_attributes(tmp_path):
    d = write(tmp_path / "lex", "actors.yaml", """
        actors:
          - id: HTS
            kind: group
        """)
    with pytest.raises(LexiconError) as info:
        Analyzer(lexicons=d, model=None)
    err = info.value
    assert err.path.endswith("actors.yaml")
    assert "HTS" in str(err.entry)
    assert err.field == "names"
    assert isinstance(err, ValueError)


def test_missing_lexicon_dir(tmp_path):
    with pytest.raises(FileNotFoundError, match="nowhere"):
        Analyzer(lexicons=tmp_path / "nowhere", model=None)


@pytest.mark.parametrize("text, expected", [
    ("وقال بسام صباغ إن الاتهامات الغربية باطلة.", ("SYR",)),         # the user's extra member
    ("وقال المندوب الدائم لدمشق إن الاتهامات الغربية باطلة.", ("SYR",)),  # the user's extra name
    ("وقالت الحكومة السورية إن الاتهامات الغربية باطلة.", ("SYR",)),  # built-in names still there
    ("وقال الكاتب خالد العلي إن الاتهامات الغربية باطلة.", ()),       # negative: unknown speaker
])
def test_user_actor_merges_into_builtin(tmp_path, text, expected):
    d = write(tmp_path / "lex", "actors.yaml", """
        actors:
          - id: SYR
            names: [المندوب الدائم لدمشق]
            members: [بسام صباغ]
        """)
    out = Analyzer(lexicons=d, model=None).analyze(text)
    assert [a.actors for a in out] == [expected]


def test_builtin_does_not_know_the_user_member(analyzer):
    out = analyzer.analyze("وقال بسام صباغ إن الاتهامات الغربية باطلة.")
    assert [a.actors for a in out] == [()]


@pytest.mark.parametrize("text, expected", [
    # at home in Lebanon the user's «المقاومة» is Hezbollah, alone or inside a source
    ("بيروت - وكالات: وقالت المقاومة في بيان إن مقاتليها صدوا الهجوم. وأكد مصدر في المقاومة أن "
     "الوضع هادئ.", [("HEZBOLLAH",), ("HEZBOLLAH",)]),
    # negatives: at home elsewhere it names no one ...
    ("القاهرة - وكالات: وقالت المقاومة في بيان إن مقاتليها صدوا الهجوم.", [()]),
    # ... and a name in the document comes first
    ("بيروت - وكالات: وقالت حركة حماس إن القصف جريمة. وقال مصدر في الحركة إن الرد قادم.",
     [("HAMAS",), ("HAMAS",)]),
])
def test_user_local_names(tmp_path, text, expected):
    d = write(tmp_path / "lex", "actors.yaml", """
        actors:
          - id: HEZBOLLAH
            names: [حزب الله]
            local_names: {LBN: [المقاومة]}
        """)
    assert [a.actors for a in Analyzer(lexicons=d, model=None).analyze(text)] == expected


def test_user_actor_new_entry(tmp_path):
    d = write(tmp_path / "lex", "actors.yaml", """
        actors:
          - id: HTS
            kind: group
            names: [هيئة تحرير الشام]
            members: [أبو محمد الجولاني]
        """)
    out = Analyzer(lexicons=d, model=None).analyze(
        "وقال أبو محمد الجولاني إن الهيئة لن تنسحب من إدلب.")
    assert [a.actors for a in out] == [("HTS",)]


CODEBOOK = """
    claims:
      - id: HOUTHI_ATTACKS
        label: The Houthis attack civilians in Yemen
        keywords: [الحوثي, الحوثيين, الحوثيون]
      - id: KING_VISIT
        label: The king will visit the region
        keywords: [زيارة الملك]
    """


@pytest.mark.parametrize("text, expected", [
    ("وقال التحالف العربي إن ميليشيات الحوثي قصفت أحياء سكنية في تعز.", ["HOUTHI_ATTACKS"]),
    ("وأكد المتحدث أن زيارة الملك ستبدأ الأحد.", ["KING_VISIT"]),
    # the seed codebook is gone: a chemical-attack content matches nothing
    ("وقالت واشنطن إن النظام السوري استخدم غاز الكلور في دوما.", []),
])
def test_user_codebook_replaces_seed_codebook(tmp_path, text, expected):
    d = write(tmp_path / "lex", "claims.yaml", CODEBOOK)
    a = Analyzer(lexicons=d, model=None)
    assert [c.id for c in a.codebook] == ["HOUTHI_ATTACKS", "KING_VISIT"]
    out = a.analyze(text)
    assert len(out) == 1
    assert [c.claim for c in out[0].claims] == expected


def test_seed_codebook_by_default(analyzer):
    out = analyzer.analyze("وقالت واشنطن إن النظام السوري استخدم غاز الكلور في دوما.")
    assert [c.claim for c in out[0].claims] == ["CW_ATTACKS"]


def test_user_cue_verb_is_found(tmp_path):
    d = write(tmp_path / "lex", "cues.yaml", """
        verbs:
          - lemma: همس
            imperfect: يهمس
            speech_act: say
            polarity: neutral
        """)
    text = "وهمس المسؤول أن الاتفاق بات قريبا."
    assert [a.cue.text for a in Analyzer(model=None).analyze(text)] == []
    out = Analyzer(lexicons=d, model=None).analyze(text)
    assert [(a.cue.text, a.cue.lemma) for a in out] == [("وهمس", "همس")]
    # the built-in cues are still there
    assert load_cues(str(d)).forms.get("وقالت") is not None


@pytest.mark.parametrize("builtin, user, expected", [
    ([{"id": "A", "names": ["x"], "kind": "state"}], [{"id": "A", "names": ["y"], "kind": "group"}],
     [{"id": "A", "names": ["x", "y"], "kind": "group"}]),
    ([{"id": "A", "names": ["x"], "kind": "state"}], [{"id": "A", "names": ["y"], "replace": True}],
     [{"id": "A", "names": ["y"]}]),
    ([{"id": "A", "names": ["x"]}], [{"id": "B", "names": ["y"]}],
     [{"id": "A", "names": ["x"]}, {"id": "B", "names": ["y"]}]),
    ([{"id": "A", "names": ["x"]}], [], [{"id": "A", "names": ["x"]}]),
])
def test_merge(builtin, user, expected):
    assert merge(builtin, user) == expected


@pytest.mark.parametrize("text, expected", [
    ("عنيزة - واس\nقال وزير الصحة إن الوزارة جاهزة.", ("SAU",)),   # the user's extra place
    ("جدة - واس\nقال وزير الصحة إن الوزارة جاهزة.", ("SAU",)),     # built-in places still there
    ("قال وزير الصحة إن الوزارة جاهزة.", ()),                        # negative: no dateline
])
def test_user_places_extend_builtin(tmp_path, text, expected):
    d = write(tmp_path / "lex", "actors.yaml", """
        actors:
          - id: SAU
            places: [عنيزة]
        """)
    out = Analyzer(lexicons=d, model=None).analyze(text)
    assert [a.actors for a in out] == [expected]


@pytest.mark.parametrize("text, expected", [
    ("قال وزير الصحة إن الوزارة جاهزة. رابط الخبر بصحيفة النهار.", ("LBN",)),
    ("قال وزير الصحة إن الوزارة جاهزة.", ()),                         # negative: no outlet named
])
def test_user_outlets_place_a_document(tmp_path, text, expected):
    d = write(tmp_path / "lex", "actors.yaml", """
        actors:
          - id: LBN
            outlets: [صحيفة النهار]
        """)
    out = Analyzer(lexicons=d, model=None).analyze(text)
    assert [a.actors for a in out] == [expected]


def test_actor_dictionary_is_built_from_the_curated_data():
    """lexicons/actors.yaml is generated from tools/actor_data.yaml (and pycountry's
    ISO names): the curated fields must agree, so that rebuilding loses nothing
    (compared as the matcher folds them: the build keeps one spelling of each)."""
    from discourse.normalize import fold
    root = Path(__file__).resolve().parent.parent
    data = yaml.safe_load((root / "tools" / "actor_data.yaml").read_text(encoding="utf-8"))
    built = {e["id"]: e for e in yaml.safe_load((root / "lexicons" / "actors.yaml").read_text(encoding="utf-8"))["actors"]}
    curated = {**data["states"], **{e["id"]: e for e in data["actors"]}}

    def keys(phrases):
        return {fold(p) for p in phrases or []}
    for aid, entry in built.items():
        source = curated.get(aid) or {}
        roles = {r: keys(ps) for r, ps in (source.get("roles") or {}).items()}
        assert {r: keys(ps) for r, ps in (entry.get("roles") or {}).items()} == roles, aid
        for field in ("adjectives", "places", "outlets"):
            assert keys(entry.get(field)) == keys(source.get(field)), (aid, field)
        assert keys(entry.get("members")) == keys(source.get("members")).union(*roles.values()), (aid, "members")
        assert keys(source.get("names")) <= keys(entry.get("names")), (aid, "names")
        assert {k: keys(v) for k, v in (entry.get("local_names") or {}).items()} == \
            {k: keys(v) for k, v in (source.get("local_names") or {}).items()}, (aid, "local_names")
