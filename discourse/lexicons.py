"""Load, validate, merge and compile the lexicon files (cues, actors, claims, stance)."""
from __future__ import annotations

import functools
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, Iterable

import yaml

from .errors import LexiconError
from .inflect import (
    imperfect_forms, jussive_forms, masdar_forms, participle_forms, perfect_forms, with_clitics,
)
from .normalize import fold
from .records import SPEECH_ACTS, STANCES

MERGED_LISTS = ("names", "adjectives", "members", "keywords", "examples", "masdars",
                "words", "heads", "places")


def builtin_dir() -> Path:
    """The directory of the built-in lexicons installed with the package."""
    try:
        path = resources.files("discourse._lexicons")
        return Path(str(path))
    except (ModuleNotFoundError, TypeError):  # running from a source tree
        return Path(__file__).resolve().parent.parent / "lexicons"


def read_yaml(path: Path, section: str) -> list[dict]:
    """The list under ``section`` of a YAML file, each item checked to be a mapping."""
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except yaml.YAMLError as err:
        raise LexiconError(path, "-", section, "must be valid YAML", str(err).splitlines()[0]) from None
    except UnicodeDecodeError as err:
        raise LexiconError(path, "-", section, "must be UTF-8 text", str(err)) from None
    if data is None:
        return []
    if not isinstance(data, dict) or not isinstance(data.get(section, []), list):
        raise LexiconError(path, "-", section, f"must be a top-level list under '{section}:'",
                           type(data).__name__)
    entries = data.get(section) or []
    for i, entry in enumerate(entries):
        if not isinstance(entry, dict):
            raise LexiconError(path, f"#{i + 1}", section, "must be a mapping", entry)
    return entries


def entry_name(entry: dict, i: int, key: str = "id") -> str:
    return f"{entry[key]!r}" if isinstance(entry.get(key), str) else f"#{i + 1}"


def check_str(path, name, entry, key, required=True, choices=None) -> str | None:
    value = entry.get(key)
    if value is None:
        if required:
            raise LexiconError(path, name, key, "is required")
        return None
    if not isinstance(value, str) or not value.strip():
        raise LexiconError(path, name, key, "must be a non-empty string", value)
    if choices is not None and value not in choices:
        raise LexiconError(path, name, key, f"must be one of {tuple(choices)}", value)
    return value


def check_list(path, name, entry, key, required=False) -> list[str]:
    value = entry.get(key)
    if value is None:
        if required:
            raise LexiconError(path, name, key, "is required (a list of strings)")
        return []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise LexiconError(path, name, key, "must be a list of non-empty strings", value)
    if required and not value:
        raise LexiconError(path, name, key, "must not be empty")
    return value


def merge(builtin: list[dict], user: list[dict], key: str = "id") -> list[dict]:
    """Merge user entries into built-ins by ``key`` (DESIGN.md's rule).

    A user entry with a known key extends the built-in lists and replaces its
    other fields; ``replace: true`` replaces the entry whole; new keys are added.
    """
    out = {e[key]: dict(e) for e in builtin}
    for e in user:
        k = e[key]
        if k in out and not e.get("replace"):
            merged = dict(out[k])
            for f, v in e.items():
                if f in MERGED_LISTS and isinstance(v, list):
                    merged[f] = list(dict.fromkeys(list(merged.get(f) or []) + v))
                elif f != "replace":
                    merged[f] = v
            out[k] = merged
        else:
            out[k] = {f: v for f, v in e.items() if f != "replace"}
    return list(out.values())


# --------------------------------------------------------------------- cues

@dataclass(frozen=True, slots=True)
class CueForm:
    """What a surface form of the cue lexicon is: lemma, kind and context rules."""

    lemma: str
    kind: str
    speech_act: str
    polarity: str
    tense: str = ""            # perfect | imperfect | "" (not a verb)
    prefix: int = 0            # length of the proclitics in the folded form
    pronoun: bool = False      # an enclitic pronoun is attached
    requires_complement: bool = False
    requires_source: bool = False
    preposition: str | None = None
    heads: tuple[str, ...] = ()
    requires_word: tuple[str, ...] = ()
    complement_words: tuple[str, ...] = ()    # also open the complement («طالب … بـ»)
    source_preposition: str | None = None     # the source follows it («نقل … عن مصدر»)
    first_plural: bool = False                # «أكدنا», «نؤكد»: the speaker quoted, not a report
    clause_initial: bool = False              # «وطالب» opening a clause is the verb


@dataclass
class CueLexicon:
    """Compiled cue lexicon: one dict from folded surface form to :class:`CueForm`."""

    forms: dict[str, CueForm] = field(default_factory=dict)
    multi: dict[str, list[tuple[tuple[str, ...], CueForm]]] = field(default_factory=dict)
    impersonal: frozenset[str] = frozenset()
    entries: list[dict] = field(default_factory=list)

    def add(self, surface: str, form: CueForm) -> None:
        old = self.forms.get(surface)
        # a reading without clitics beats one with them («وصف» is the verb وصف,
        # not و + صف); verbs beat nouns on ties
        # with a pronoun, the noun reading wins: «عن إدانتها» is 'her condemnation'
        rank = (form.prefix, form.pronoun, form.tense == "jussive", form.pronoun and form.kind == "verb")
        old_rank = (old.prefix, old.pronoun, old.tense == "jussive", old.pronoun and old.kind == "verb") if old else None
        if old is None or rank < old_rank:
            self.forms[surface] = form

    def lookup(self, token: str) -> CueForm | None:
        return self.forms.get(token)


def _verb_forms(lex: CueLexicon, e: dict, name: str, path) -> None:
    lemma = fold(e["lemma"])
    complement = e.get("requires_complement", False)
    common = dict(lemma=e["lemma"], speech_act=e["speech_act"], polarity=e["polarity"],
                  requires_complement=bool(complement),
                  clause_initial=bool(e.get("clause_initial", False)),
                  complement_words=tuple(fold(w) for w in complement) if isinstance(complement, list) else (),
                  preposition=fold(e["preposition"]) if e.get("preposition") else None,
                  source_preposition=fold(e["source_preposition"]) if e.get("source_preposition") else None,
                  requires_word=tuple(fold(w) for w in e.get("requires_word") or []))
    perfects = perfect_forms(lemma)
    for base in perfects:
        we = base.endswith("نا") and base[:-2] + "ت" in perfects  # «قلنا» beside «قلت», not «أعلنا»
        for surface, pre, pron in with_clitics(base, "perfect"):
            lex.add(surface, CueForm(kind="verb", tense="perfect", prefix=pre, pronoun=pron,
                                     first_plural=we, **common))
    try:
        imperfects = imperfect_forms(fold(e["imperfect"]))
    except ValueError as err:
        raise LexiconError(path, name, "imperfect", str(err)) from None
    for base in imperfects:
        for surface, pre, pron in with_clitics(base, "imperfect"):
            lex.add(surface, CueForm(kind="verb", tense="imperfect", prefix=pre, pronoun=pron,
                                     first_plural=base.startswith("ن"), **common))
    for base in jussive_forms(fold(e["imperfect"])):
        for surface, pre, pron in with_clitics(base, "perfect"):
            lex.add(surface, CueForm(kind="verb", tense="jussive", prefix=pre, pronoun=pron,
                                     first_plural=base.startswith("ن"), **common))
    if e.get("participle"):
        for base in participle_forms(fold(e["participle"])):
            for surface, pre, pron in with_clitics(base, "particle"):
                lex.add(surface, CueForm(kind="participle", prefix=pre, **common))
    for masdar in e.get("masdars") or []:
        for base in masdar_forms(fold(masdar)):
            for surface, pre, pron in with_clitics(base, "masdar"):
                lex.add(surface, CueForm(kind="masdar", prefix=pre, pronoun=pron,
                                         **{**common, "requires_complement": False,
                                            "complement_words": (), "clause_initial": False}))


def compile_cues(entries_by_file: Iterable[tuple[Path, dict]]) -> CueLexicon:
    """Validate cue entries and generate every surface form into one dict."""
    lex = CueLexicon()
    impersonal: set[str] = set()
    for path, data in entries_by_file:
        for i, e in enumerate(data.get("verbs", [])):
            name = entry_name(e, i, "lemma")
            check_str(path, name, e, "lemma")
            check_str(path, name, e, "imperfect")
            check_str(path, name, e, "speech_act", choices=SPEECH_ACTS)
            check_str(path, name, e, "polarity", choices=STANCES)
            check_str(path, name, e, "participle", required=False)
            check_str(path, name, e, "preposition", required=False)
            check_str(path, name, e, "source_preposition", required=False)
            check_list(path, name, e, "masdars")
            check_list(path, name, e, "requires_word")
            if not isinstance(e.get("clause_initial", False), bool):
                raise LexiconError(path, name, "clause_initial", "must be true or false", e["clause_initial"])
            complement = e.get("requires_complement", False)
            if isinstance(complement, list):
                check_list(path, name, e, "requires_complement", required=True)
            elif not isinstance(complement, bool):
                raise LexiconError(path, name, "requires_complement",
                                   "must be true, false or a list of words that open the complement",
                                   complement)
            _verb_forms(lex, e, name, path)
            lex.entries.append(e)
        for i, e in enumerate(data.get("nominals", [])):
            name = entry_name(e, i, "form")
            check_str(path, name, e, "form")
            check_str(path, name, e, "speech_act", choices=SPEECH_ACTS)
            check_str(path, name, e, "polarity", required=False, choices=STANCES)
            if not isinstance(e.get("requires_source", True), bool):
                raise LexiconError(path, name, "requires_source", "must be true or false", e["requires_source"])
            heads = tuple(fold(h) for h in check_list(path, name, e, "heads"))
            words = fold(e["form"]).split()
            form = CueForm(lemma=e["form"], kind="nominal", speech_act=e["speech_act"],
                           polarity=e.get("polarity", "neutral"),
                           requires_source=bool(e.get("requires_source", True)), heads=heads)
            for surface, pre, _ in with_clitics(words[0], "particle"):
                f = CueForm(**{**_asdict(form), "prefix": pre})
                old = lex.forms.get(surface)
                if len(words) == 1:  # a fixed adverbial beats a verb form («نقلا» is no dual)
                    if old is None or old.kind != "nominal" or pre < old.prefix:
                        lex.forms[surface] = f
                else:
                    lex.multi.setdefault(surface, []).append((tuple(words[1:]), f))
            lex.entries.append(e)
        for i, phrase in enumerate(data.get("impersonal", [])):
            if not isinstance(phrase, str):
                raise LexiconError(path, f"#{i + 1}", "impersonal", "must be a string", phrase)
            impersonal.add(fold(phrase))
        for word in data.get("exclude_forms", []) or []:
            for surface in (fold(word), "و" + fold(word), "ف" + fold(word)):
                lex.forms.pop(surface, None)
    lex.impersonal = frozenset(impersonal)
    return lex


def _asdict(form: CueForm) -> dict:
    return {f: getattr(form, f) for f in CueForm.__slots__}


def read_cue_file(path: Path) -> dict:
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as err:
        raise LexiconError(path, "-", "-", "must be valid YAML", str(err).splitlines()[0]) from None
    if not isinstance(data, dict):
        raise LexiconError(path, "-", "-", "must be a mapping with 'verbs', 'nominals', 'impersonal'",
                           type(data).__name__)
    for section in ("verbs", "nominals", "impersonal"):
        if not isinstance(data.get(section, []), list):
            raise LexiconError(path, "-", section, "must be a list")
        for i, e in enumerate(data.get(section) or []):
            if section != "impersonal" and not isinstance(e, dict):
                raise LexiconError(path, f"#{i + 1}", section, "must be a mapping", e)
    return data


@functools.lru_cache(maxsize=8)
def load_cues(user_dir: str | None = None) -> CueLexicon:
    """The compiled cue lexicon: built-in ``cues.yaml`` plus the user's, merged by lemma."""
    builtin = read_cue_file(builtin_dir() / "cues.yaml")
    files = [(builtin_dir() / "cues.yaml", builtin)]
    if user_dir:
        user_file = Path(user_dir) / "cues.yaml"
        if user_file.exists():
            user = read_cue_file(user_file)
            merged_verbs = merge(builtin.get("verbs", []), user.get("verbs", []), key="lemma")
            merged_nominals = merge(builtin.get("nominals", []), user.get("nominals", []), key="form")
            files = [(user_file, {"verbs": merged_verbs, "nominals": merged_nominals,
                                  "impersonal": builtin.get("impersonal", []) + user.get("impersonal", []),
                                  "exclude_forms": (builtin.get("exclude_forms", []) or [])
                                  + (user.get("exclude_forms", []) or [])})]
    return compile_cues(files)


# ------------------------------------------------------------------ grammar

@dataclass(frozen=True)
class Grammar:
    """Folded function-word sets used by the span rules (from ``grammar.yaml``)."""

    complementizers: frozenset[str]
    negators: frozenset[str]
    source_stops: frozenset[str]
    statement_nouns: frozenset[str]
    left_stops: frozenset[str]
    source_nouns: frozenset[str]
    masdar_support_verbs: frozenset[str]
    masdar_source_preps: frozenset[str]
    latter: frozenset[str]
    anaphors: frozenset[str]
    not_speaker_before: frozenset[str]
    owner_links: frozenset[str]
    home_heads: frozenset[str]
    generic_heads: frozenset[str]
    honorifics: frozenset[str]
    titles: frozenset[str]
    private_heads: frozenset[str]
    official_words: frozenset[str]
    not_speaker_start: frozenset[str]
    place_nouns: frozenset[str]
    compass_words: frozenset[str]
    common_word_places: frozenset[str]
    temporal_before_an: frozenset[str]
    time_words: frozenset[str]
    time_phrases: frozenset[str]
    pronoun_subjects: frozenset[str]
    perfect_particles: frozenset[str]
    past_auxiliaries: frozenset[str]
    oblique_markers: frozenset[str]
    draft_nouns: frozenset[str]
    clause_openers: frozenset[str]
    partitives: frozenset[str]
    name_heads: frozenset[str]
    pronoun_pps: frozenset[str]
    prepositions: frozenset[str]
    document_nouns: frozenset[str]
    former: frozenset[str]
    object_nouns: frozenset[str]
    addressees: frozenset[str]
    addressed_bodies: frozenset[str]
    object_before_b: frozenset[str]
    informing_verbs: frozenset[str]
    dual_anaphors: frozenset[str]
    bare_officials: frozenset[str]
    ranks: frozenset[str]
    private_bodies: frozenset[str]
    verb_adverbials: frozenset[str]
    national_bodies: frozenset[str]
    official_heads: frozenset[str]
    agency_nouns: frozenset[str]
    affiliations: frozenset[str]
    forces: frozenset[str]
    private_fields: frozenset[str]
    figure_nouns: frozenset[str]
    name_honorifics: frozenset[str]
    sector_nouns: frozenset[str]
    ministry_adjectives: frozenset[str]
    opposition_nouns: frozenset[str]
    group_heads: frozenset[str]
    mosque_words: frozenset[str]
    cause_nouns: frozenset[str]


@functools.lru_cache(maxsize=2)
def load_grammar(path: str | None = None) -> Grammar:
    """Load ``grammar.yaml``; complementisers get their pronoun forms."""
    path = Path(path) if path else builtin_dir() / "grammar.yaml"
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as err:
        raise LexiconError(path, "-", "-", "must be valid YAML", str(err).splitlines()[0]) from None
    sets = {}
    for name in Grammar.__dataclass_fields__:
        words = check_list(path, "-", data, name, required=True)
        # hamza on waw is also written on yeh: «مسؤول» / «مسئول»
        sets[name] = frozenset(fold(v) for w in words for v in (w, w.replace("ؤ", "ئ")))
    comps = set(sets["complementizers"])
    for c in list(comps):
        for pron in ("ه", "ها", "هم", "هما", "هن", "نا", "ني", "ك", "كم"):
            comps.add(c + pron)
    comps |= {c + "ه" for c in ("ان", "بان")}
    sets["complementizers"] = frozenset(comps)
    return Grammar(**sets)
