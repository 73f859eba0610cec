"""Resolve speakers to actors: dictionary matching, nisba adjectives, members, anaphora."""
from __future__ import annotations

import functools
import re

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator, Mapping, Sequence

from .errors import LexiconError
from .lexicons import (
    Grammar, builtin_dir, check_list, check_str, entry_name, merge, read_yaml,
)
from .cues import OPEN_QUOTES, RELATIVES
from .normalize import NAME_PROCLITICS, bare_forms, fold, strip_proclitics
from .segment import QUOTES
from .spans import (ADDRESS_STYLES, BARE_LINKS, MEDIA_HEADS, TITLE_ADJECTIVES, adverbial_at, concerned_with, object_noun,
                    possessed, told_at)

ACTOR_KINDS = ("state", "igo", "ngo", "media", "group", "person")
FEMININE_ENDINGS = ("ه", "ات", "تان", "تين")
COMMON_NOUN_ENDINGS = ("ه", "ات", "ون", "ين", "ان")   # feminine, plural, dual: not surnames


def adjective_forms(adjective: str) -> list[str]:
    """Every inflection of a nisba adjective from its base form.

    «الروسي» → الروسي، الروسية، الروسيان، الروسيتان، الروسيين، الروسيون ...
    (folded spelling), with and without the article. In a phrase every nisba
    word agrees («الكورية الجنوبية») and other words stay as they are («الجنوب
    سودانية»).

    >>> sorted(adjective_forms("الروسي"))[:4]
    ['الروسي', 'الروسيات', 'الروسيان', 'الروسيتان']
    >>> adjective_forms("الكوري الجنوبي")[1]
    'الكوريه الجنوبيه'

    A broken plural («الأتراك», «الروس») does not inflect and is matched only
    with its article: bare «روس» is also a name («دينيس روس»); after an official
    word («مسؤولون أتراك») it still counts, through ``ActorLexicon.indefinite``.

    >>> adjective_forms("الروس")
    ['الروس']
    """
    words = fold(adjective).split()
    endings = ("ي", "يه", "يان", "يين", "يتان", "يتين", "يون", "يات")
    if not any(w.endswith("ي") for w in words):
        return [" ".join(words)]
    forms = []
    for definite in (True, False):
        for e in endings:
            if not definite and e == "ي":
                continue                 # «روسي», «كوري» are also names
            inflected = [(w[:-1] + e) if w.endswith("ي") else w for w in words]
            if not definite:
                inflected = [w[2:] if w.startswith("ال") else w for w in inflected]
            forms.append(" ".join(inflected))
    return forms


@dataclass(frozen=True, slots=True)
class Actor:
    """One node of the network, as declared in ``actors.yaml``."""

    id: str
    label: str
    kind: str
    parent: str | None = None
    roles: tuple[tuple[str, str], ...] = ()   # (folded phrase, role)


@dataclass
class ActorLexicon:
    """Compiled actor dictionary, indexed by the first word of each phrase.

    Every phrase is folded and split into words; its first word is stored with
    every proclitic it can carry («وواشنطن», «للأمم»), so finding the mentions
    of a sentence costs one dict lookup per word plus a check of the few phrases
    that start there — it does not grow with the size of the dictionary.
    """

    first: PhraseIndex = field(default_factory=dict)
    actors: dict[str, Actor] = field(default_factory=dict)
    seen: set[tuple[str, ...]] = field(default_factory=set)
    places: PhraseIndex = field(default_factory=dict)
    outlets: PhraseIndex = field(default_factory=dict)                # newspapers → their state
    adjectives: set[tuple[str, ...]] = field(default_factory=set)   # keys that are nisba forms
    names: set[tuple[str, ...]] = field(default_factory=set)        # keys from ``names`` (states, capitals)
    roles: dict[tuple[str, ...], str] = field(default_factory=dict)   # member key → role
    indefinite: dict[str, str] = field(default_factory=dict)       # «إسرائيلي» → ISR
    bases: set[str] = field(default_factory=set)                   # first words as written in phrases
    members: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)  # actor → its members' keys
    # state → [(head, actor, file, entry)]: ``local_names``, heads that name an actor at home there
    local: dict[str, list[tuple[str, str, Path | str, str]]] = field(default_factory=dict)
    heads_of: dict[str, set[str]] = field(default_factory=dict)     # actor → first words of its names
    _cache: dict = field(default_factory=dict, repr=False)         # short word lists → their mentions

    def add_sign(self, fieldname: str, phrase: str, actor_id: str, path, entry) -> None:
        """A phrase that places a document in a state and never names a speaker: a city or
        region (``places``: «جدة - واس») or a newspaper (``outlets``: «صحيفة الوئام»)."""
        key = tuple(fold(phrase).split())
        if not key:
            raise LexiconError(path, entry, fieldname, "must not contain an empty name", phrase)
        # «للحج» is «ل» + «الحج» (the pilgrimage), not «ل» + «لحج» (Lahij): a place whose
        # name opens with «ل» is not indexed after the «ل» of «to»
        _index(getattr(self, fieldname), key, actor_id,
               article_clash=fieldname == "places" and key[0].startswith("ل"))

    def place_at(self, words: Sequence[str], i: int) -> tuple[int, str] | None:
        """Longest place starting at word ``i``: ``(end, actor_id)``."""
        return _longest_at(self.places, words, i)

    def state_of(self, actor_id: str) -> str | None:
        """The state an actor is or belongs to (``parent``), else None."""
        seen = set()
        while actor_id and actor_id not in seen:
            seen.add(actor_id)
            actor = self.actors.get(actor_id)
            if actor is None:
                return None
            if actor.kind == "state":
                return actor_id
            actor_id = actor.parent
        return None

    def add(self, phrase: str, actor_id: str, path, entry, fieldname) -> None:
        key = tuple(fold(phrase).split())
        if not key:
            raise LexiconError(path, entry, fieldname, "must not contain an empty name", phrase)
        if fieldname == "adjectives" and (key not in self.seen or self.actors[actor_id].kind == "state"):
            self.adjectives.add(key)     # a nationality also when a name has it: «السعودية»
        if fieldname == "names":
            self.names.add(key)
        if key in self.seen:  # the first entry to claim a phrase keeps it
            return
        if len(key) >= 2 and fieldname == "names":
            self.heads_of.setdefault(actor_id, set()).add(key[0])   # «حركة» of «حركة طالبان»
        self.seen.add(key)
        self.bases.add(key[0])
        _index(self.first, key, actor_id)
        self._cache.clear()

    def shadow(self, phrases: Iterable[str]) -> None:
        """Phrases that name no actor but open with an actor's name («مجلس الأمن
        القومي»): matching them stops the shorter name from matching inside them."""
        for phrase in phrases:
            key = tuple(fold(phrase).split())
            if key and key not in self.seen:
                self.seen.add(key)
                _index(self.first, key, "")
        self._cache.clear()

    def match_at(self, words: Sequence[str], i: int) -> tuple[int, str] | None:
        """Longest match starting at word ``i``: ``(end, actor_id)``."""
        m = _longest_at(self.first, words, i) or _lineage_at(self.first, words, i)
        return m if m and m[1] else None

    def mentions(self, words: Sequence[str]) -> list[tuple[int, int, str]]:
        """All non-overlapping longest mentions ``(start, end, actor)`` in ``words``
        (a source is looked up by several rules: short ones are cached)."""
        if len(words) > 12:
            return self._mentions(words)
        key = tuple(words)
        found = self._cache.get(key)
        if found is None:
            if len(self._cache) > 20000:
                self._cache.clear()
            found = self._cache[key] = self._mentions(words)
        return found

    def _mentions(self, words: Sequence[str]) -> list[tuple[int, int, str]]:
        out = []
        end = 0                               # where the last match ended: matches do not overlap
        first = self.first
        for i in [k for k, w in enumerate(words) if w in first]:   # only the words that open a phrase
            if i < end:
                continue
            m = _longest_at(first, words, i) or _lineage_at(first, words, i)
            if m:
                if m[1]:                      # a shadowed phrase («ريال مدريد») names no one
                    out.append((i, m[0], m[1]))
                end = m[0]
        return out

    def role_of(self, words: Sequence[str], start: int, end: int) -> str | None:
        """The role (government, military, media, diplomacy) of the member phrase
        ``words[start:end]`` («سيرغي لافروف» → diplomacy), proclitics allowed."""
        key = tuple(words[start:end])
        for first in (key[0], *strip_proclitics(key[0])):
            role = self.roles.get((first,) + key[1:])
            if role:
                return role
        return None

    def vocabulary(self) -> set[str]:
        """Words of all phrases (for splitting glued words)."""
        return {w for key in self.seen for w in key}

    def parent(self, actor_id: str) -> str:
        actor = self.actors.get(actor_id)
        return actor.parent if actor and actor.parent else actor_id

    def hierarchy(self) -> dict[str, str]:
        """Actor → parent mapping for :func:`discourse.network.roll_up`."""
        return {a.id: a.parent for a in self.actors.values() if a.parent}


def _with_proclitics(word: str) -> list[str]:
    """A phrase's first word with the proclitics it may carry in text."""
    forms = [word] + [p + word for p in NAME_PROCLITICS]
    if word.startswith("ال"):
        forms += ["لل" + word[2:], "ولل" + word[2:], "فلل" + word[2:]]
    return forms


PhraseIndex = dict[str, list[tuple[tuple[str, ...], str]]]   # first word → [(rest of phrase, actor)]


def _index(index: PhraseIndex, key: tuple[str, ...], actor_id: str, article_clash: bool = False) -> None:
    """Index a folded phrase under its first word with every proclitic it may
    carry, longest phrases first (so lookup cost does not grow with the lexicon);
    ``article_clash`` leaves out the forms with «ل»."""
    for first in _with_proclitics(key[0]):
        if article_clash and first[:-len(key[0])].endswith("ل"):
            continue
        bucket = index.setdefault(first, [])
        bucket.append((key[1:], actor_id))
        bucket.sort(key=lambda item: -len(item[0]))


def _longest_at(index: PhraseIndex, words: Sequence[str], i: int) -> tuple[int, str] | None:
    """The longest indexed phrase starting at word ``i``: ``(end, actor_id)``."""
    for rest, actor in index.get(words[i], ()):
        n = len(rest)
        if tuple(words[i + 1:i + 1 + n]) == rest:
            return i + 1 + n, actor
    return None


def _lineage_at(index: PhraseIndex, words: Sequence[str], i: int) -> tuple[int, str] | None:
    """A person's name with his lineage between the given name and the family name the
    dictionary lists: «عادل بن أحمد الجبير» is «عادل الجبير», «توفيق بن فوزان بن محمد
    الربيعة» is «توفيق الربيعة»; not when the given name is itself a father's
    («الوليد بن خالد بن عبدالله بن فهد الفيصل» is no «خالد الفيصل»). ``(end, actor_id)``."""
    if i + 3 >= len(words) or words[i + 1] != "بن" or (i and words[i - 1] == "بن"):
        return None
    j = i + 1
    while j + 2 < len(words) and words[j] == "بن" and j - i < 7:    # up to three fathers
        j += 2
    for rest, actor in index.get(words[i], ()):
        if rest and rest[0] != "بن" and tuple(words[j:j + len(rest)]) == rest:
            return j + len(rest), actor
    return None


def validate_actor(path, i: int, e: dict) -> None:
    name = entry_name(e, i)
    check_str(path, name, e, "id")
    check_str(path, name, e, "kind", required=False, choices=ACTOR_KINDS)
    check_str(path, name, e, "label", required=False)
    check_str(path, name, e, "parent", required=False)
    check_list(path, name, e, "names", required=True)
    check_list(path, name, e, "adjectives")
    check_list(path, name, e, "members")
    check_list(path, name, e, "places")
    check_list(path, name, e, "outlets")
    roles = e.get("roles") or {}
    if not isinstance(roles, dict):
        raise LexiconError(path, name, "roles", "must be a mapping role → list of phrases", roles)
    for role, phrases in roles.items():
        check_list(path, name, {"roles": phrases}, "roles")
    local = e.get("local_names") or {}
    if not isinstance(local, dict):
        raise LexiconError(path, name, "local_names", "must be a mapping state id → list of generic heads", local)
    for state, heads in local.items():
        check_list(path, name, {"local_names": heads}, "local_names")


def compile_actors(entries: Iterable[tuple[Path, dict]]) -> ActorLexicon:
    """Build the phrase table from validated entries (names, adjective forms, members)."""
    lex = ActorLexicon()
    for path, e in entries:
        aid = e["id"]
        roles = tuple((fold(p), role) for role, ps in (e.get("roles") or {}).items() for p in ps)
        lex.actors[aid] = Actor(aid, e.get("label") or aid, e.get("kind") or "state",
                                e.get("parent"), roles)
        for fieldname in ("names", "members"):
            for phrase in _as_list(e.get(fieldname)):
                lex.add(phrase, aid, path, aid, fieldname)
        lex.members[aid] = [tuple(fold(p).split()) for p in _as_list(e.get("members"))]
        for adj in _as_list(e.get("adjectives")):
            for form in adjective_forms(adj):
                lex.add(form, aid, path, aid, "adjectives")
            bare = fold(adj)[2:] if fold(adj).startswith("ال") else fold(adj)
            if " " not in bare:
                lex.indefinite.setdefault(bare, aid)
        for role, phrases in (e.get("roles") or {}).items():
            for phrase in _as_list(phrases):
                lex.add(phrase, aid, path, aid, "roles")
                lex.roles.setdefault(tuple(fold(phrase).split()), role)
        for fieldname in ("places", "outlets"):
            for phrase in _as_list(e.get(fieldname)):
                lex.add_sign(fieldname, phrase, aid, path, aid)
        for state, heads in (e.get("local_names") or {}).items():
            lex.local.setdefault(str(state), []).extend((h, aid, path, repr(aid)) for h in _as_list(heads))
    return lex


def _as_list(value) -> list[str]:
    """A validated list field; a single string stands for a one-item list."""
    return [value] if isinstance(value, str) else list(value or [])


def load_actors(user_dir: str | Path | None = None) -> ActorLexicon:
    """Built-in ``actors.yaml`` merged with the user's (DESIGN.md's merge rule)."""
    path = builtin_dir() / "actors.yaml"
    builtin = read_yaml(path, "actors") if path.exists() else []
    for i, e in enumerate(builtin):
        validate_actor(path, i, e)
    origin = {e["id"]: path for e in builtin}
    entries = builtin
    if user_dir:
        user_path = Path(user_dir) / "actors.yaml"
        if user_path.exists():
            user = read_yaml(user_path, "actors")
            for i, e in enumerate(user):
                if not (e.get("id") in origin and not e.get("replace") and "names" not in e):
                    validate_actor(user_path, i, e)
                origin[e["id"]] = user_path
            entries = merge(builtin, user)
    # user entries first, so their names win over built-in ones on a clash
    ordered = sorted(entries, key=lambda e: origin[e["id"]] == path)
    return compile_actors((origin[e["id"]], e) for e in ordered)


# ---------------------------------------------------------------- resolution

Agreement = tuple[str | None, str | None]   # gender ("m" | "f"), number ("sg" | "du" | "pl"); None = unmarked
UNMARKED: Agreement = (None, None)


def cue_agreement(word: str, form) -> Agreement:
    """Gender and number a reporting verb or participle marks for its subject.

    ``word`` is the folded cue token and ``form`` its :class:`~discourse.lexicons.CueForm`
    (``prefix`` proclitic letters, ``tense``). Perfect «وأضافت» → ("f", "sg"),
    «وأكدوا» → ("m", "pl"), «وأشادتا» → ("f", "du"); imperfect «تقول» → ("f", "sg");
    participle «مؤكدة» → ("f", "sg"), «مشيرين» → ("m", "pl"). Masdars, nominal
    cues and forms with an attached pronoun («وحذرها») mark nothing: (None, None).

    >>> from discourse.lexicons import CueForm
    >>> cue_agreement("واضافت", CueForm("اضاف", "verb", "say", "neutral", tense="perfect", prefix=1))
    ('f', 'sg')
    """
    if form.pronoun or form.kind not in ("verb", "participle"):
        return UNMARKED
    w = word[form.prefix:]
    if form.kind == "participle":
        if fold(form.lemma).endswith("ت") and w.endswith(("تين", "تان")) and not w.endswith(("تتين", "تتان")):
            return ("m", "pl") if w.endswith("ين") else ("m", "du")   # «لافتين» (لفت): the root's «ت»
        for ending, agr in (("تين", ("f", "du")), ("تان", ("f", "du")), ("ات", ("f", "pl")),
                            ("ين", ("m", "pl")), ("ون", ("m", "pl")), ("ان", ("m", "du")),
                            ("ه", ("f", "sg"))):
            if w.endswith(ending):
                return agr
        return ("m", "sg")
    lemma = fold(form.lemma)
    if form.tense == "perfect":
        if w == lemma:
            return ("m", "sg")
        for ending, agr in (("تا", ("f", "du")), ("وا", ("m", "pl")), ("ت", ("f", "sg"))):
            if w.endswith(ending):
                return agr
        if w.endswith("ا") and not lemma.endswith("ا"):
            return ("m", "du")
        return UNMARKED
    if form.tense in ("imperfect", "jussive") and w[:1] in ("ي", "ت"):
        gender = "f" if w[0] == "ت" else "m"
        if w.endswith(("ون", "وا")):
            return (gender, "pl")
        if w.endswith("ان"):
            return (gender, "du")
        return (gender, "sg")
    return UNMARKED


def noun_agreement(words: Sequence[str]) -> Agreement:
    """Gender and number read off a source phrase's head noun, where its form shows them.

    «المتحدثة» → ("f", "sg"); «المسؤولون» → ("m", "pl"); «شخصيتان» → ("f", "du");
    broken plurals («المصادر») and unknown heads leave the number unmarked.
    """
    if not words:
        return UNMARKED
    head = words[0]
    if head.endswith(("تان", "تين")):
        return ("f", "du")
    if head.endswith(("ون", "يون")) and len(head) > 4:
        return ("m", "pl")
    if head.endswith("ات") and len(head) > 4:
        return ("f", "pl")
    if head.endswith("ه"):
        return ("f", "sg")               # teh marbuta: «المتحدثة», «الوزارة»
    return ("f" if head.endswith(FEMININE_ENDINGS) else "m", None)


def agrees(a: Agreement, b: Agreement) -> bool:
    """Two agreements are compatible when no marked feature differs.

    In the plural only the number counts: «مؤكدين» refers back to «دول الخليج»."""
    if "pl" in (a[1], b[1]):
        return a[1] is None or b[1] is None or a[1] == b[1]
    return all(x is None or y is None or x == y for x, y in zip(a, b))


@dataclass(frozen=True, slots=True)
class Speaker:
    """A speaker of the document so far: its actors, folded source text and agreement."""

    actors: tuple[str, ...]
    text: str
    agreement: Agreement
    nested: bool = False      # reported inside another speaker's content
    alone: bool = False       # a name alone between its verb and the content («وقال ليفيت إن»)


@dataclass
class DocumentMemory:
    """What a document has said so far: mentions, names learnt, speakers, home state."""

    names: dict[str, str] = field(default_factory=dict)      # person name token → actor
    heads: dict[str, str] = field(default_factory=dict)      # «النظام» → SYR after «النظام السوري»
    mentions: list[tuple[str, bool]] = field(default_factory=list)  # (actor, feminine) in order
    speakers: list[Speaker] = field(default_factory=list)
    home: str | None = None                                   # the document's home state
    contents: list[tuple[int, int]] = field(default_factory=list)  # content spans so far (offsets)
    documents: dict[str, str] = field(default_factory=dict)  # «مقال» → IRN after «مقالا لوزير الخارجية الإيراني»
    names_seen: dict[tuple[str, ...], tuple[str, ...]] = field(default_factory=dict)  # full names resolved
    official: str | None = None      # the actor of the last official introduced with a title
    # the last sentence with no cue, if an office opens it, and how many speakers there were then
    subject: tuple[tuple[str, ...], int] | None = None
    member_names: dict[str, str] = field(default_factory=dict)   # surnames of named actors' members
    former_names: set[str] = field(default_factory=set)   # surnames of former officials: «الجوهري»
    # the sentences that may name a body for a later anaphor, read only when one asks
    # (:meth:`Resolver._body`): «نشر مكتب الأمن العام في بكين»
    bodies: list[Sequence[str]] = field(default_factory=list)
    # every word of a name run after a titled mention in free text, where the run may go on
    # into the verb's object («... آش كارتر بطول نقطة»): a later lone «كارتر» is his
    name_parts: dict[str, str] = field(default_factory=dict)


ADVERB = re.compile(r"\w{3,}يا")    # an indefinite adverb: «دوريا», «سنويا», «حاليا»
CLITIC_ARTICLE = ("لل", "بال", "وال", "فال", "كال")     # a preposition or conjunction glued to «ال»


def _abbreviated(words: Sequence[str], start: int, end: int) -> bool:
    """An abbreviated title and its dot in ``words[start:end]``: «د . حامد بن مالح الشمري»."""
    return any(words[j] == "." and words[j - 1] in ABBREVIATED_TITLES for j in range(max(start, 1), min(end, len(words))))


def _clitic_article(word: str) -> bool:
    """A preposition or conjunction glued to «ال» («للشؤون», «بالإنابة», «والمهني»); not
    a name of four letters that opens alike («فالح», «والي»)."""
    return len(word) > 4 and word.startswith(CLITIC_ARTICLE)

BORDER_WORDS = frozenset({"الحدود", "حدود", "حدودها", "حدوده", "الحدوديه", "الحدودي", "المتاخمه"})   # folded
# a title «المقال» (dismissed) or «المعزول» (deposed) qualifies no longer holds its office
DISMISSED = frozenset({"المقال", "المقاله", "المعزول", "المعزوله"})
OFFICE_LINKS = frozenset({"فرع", "عام"})    # «مدير فرع الهيئة ...», «مدير عام الهيئة ...»: a body, no object
# experts whose field an official word names («الخبير العسكري», «المحلل الأمني»): no office (folded)
# words that open a given name («عبد الرحمن», «أبو محمد»), folded: no surname without the article
NAME_OPENERS = frozenset({"عبد", "ابو", "ابي", "بن", "ابن", "بنت", "ام"})
# nouns before «المتقاعدين» that make an office serving the retired, no former official (folded)
SERVING_FORMER = frozenset({"شوون", "لشوون", "بشوون", "وشوون", "صندوق", "جمعيه", "رابطه"})
# nouns of institutions named after a person («كلية الملك فهد الأمنية», «مدينة الملك عبدالعزيز
# للعلوم والتقنية»), folded: the person mentioned is not who holds an office there
INSTITUTION_NOUNS = frozenset({"كليه", "مدينه", "مركز", "معهد", "اكاديميه", "مجمع", "قاعده", "مطار", "ميناء",
                               "جسر", "مدرسه", "شارع", "طريق", "قاعه", "برنامج", "جائزه", "كرسي"})
# the fields of a state's agencies («وكالة الطيران الفيدرالية», «وكالة حماية البيئة»), folded:
# «وكالة» before them is no news agency
STATE_AGENCY_FIELDS = frozenset({"الطيران", "الفضاء", "حمايه", "الاستخبارات", "المخابرات", "الطاقه",
                                 "البيئه", "الهجره", "الامن", "الادويه", "الغذاء"})
EXPERT_HEADS = frozenset({"خبير", "خبيره", "خبيران", "خبراء", "محلل", "محلله", "محللان", "محللون", "محللين",
                          "باحث", "باحثه", "باحثان", "باحثون", "باحثين", "كاتب", "كاتبه", "استاذ", "استاذه"})
CLUB_BODIES = frozenset({"نادي", "اندية", "منتخب", "شركه"})    # bare: private bodies whose posts speak for them
PRINCELY = frozenset({"الامير", "الاميره"})      # folded: a prince named by his given name
DIPLOMATS = frozenset({"سفير", "سفيره", "سفراء", "ملحق", "قنصل", "سفاره", "قنصليه"})   # folded, bare
NISBA_ENDINGS = ("ي", "يه", "يون", "يين")    # folded: an adjective of relation («الدولية»)
LOCAL = frozenset({"محلي", "محليه", "المحلي", "المحليه"})    # folded: between a head and its official word
OFFICIAL_STEMS = ("مسوول", "مسيول")     # folded «مسؤول» / «مسئول»: officials named by their office alone
FORMAL = frozenset({"رسمي", "رسميه"})    # folded, bare: «المتحدث الرسمي» is formal, of any body
DESTINATION_PREPS = ("الي", "في", "لدي")    # folded «إلى», «في», «لدى»: where an envoy is sent
JUDGES = frozenset({"القاضي", "القاضيه", "القضاه"})     # folded: a court's judge, named by the office alone
OBJECT_GAPS = frozenset({"باسم", "لدي", "في", "عن", "من", "مع", "الي", "على", "داخل", "خارج", "ضمن", "عند", "بين",
                         "حول", "قرب", "تحت", "وسط"})   # folded: no name before an object
DIN_NAMES = frozenset({"عز", "نور", "سيف", "صلاح", "علاء", "شمس", "بهاء", "جمال", "محي", "محيي", "تاج",
                       "زين", "فخر", "عماد", "ضياء", "نصر", "شرف", "بدر", "حسام", "كمال", "نجم", "خير",
                       "سراج", "نظام", "شهاب", "قطب", "معين", "ناصر", "سعد"})   # «عز الدين»
COMPOUND_NAME_ENDS = frozenset({"الله", "زاده", "الدين", "الرحمن"})   # «نصر الله», «نعمت زاده»
NAME_PARTICLES = frozenset({"بن", "ابن", "بنت", "ابو", "ابي", "ال"})
# titles that are also given names: «خالد مساعد السهلي», «محمد أمين الحسيني», «حاكم الزاملي» (folded)
TITLE_NAMES = frozenset({"مساعد", "امين", "امير", "حاكم"})
# verbs whose subject issues a document: «أصدرت وزارة الداخلية بيانا»
ISSUING_VERBS = frozenset({"اصدر", "اصدرت", "نشر", "نشرت", "وزع", "وزعت", "اعد", "اعدت"})
ISSUING_FORMS = ISSUING_VERBS | {c + v for v in ISSUING_VERBS for c in ("و", "ف")}
ISSUED_FORMS = frozenset({v + p for v in ISSUING_VERBS for p in ("ه", "ها")})   # «التعميم الذي أصدره»
# «كان يعمل في ...» right after a source: he served once, a former official
PAST_SERVICE = frozenset({("كان", "يعمل"), ("كانت", "تعمل"), ("كان", "يشغل"), ("كانت", "تشغل")})
MEMBERS = frozenset({"اعضاء"})       # folded: «أعضاء مجلس الشورى», always in construct
OPERATIONS = frozenset({"عمليات", "العمليات"})    # «غرفة عمليات»: a command, no chamber of commerce
BANKS = frozenset({"بنك", "مصرف"})                 # bare
INTELLIGENCE = frozenset({"الاستخبارات", "المخابرات"})   # «منظمة الاستخبارات الوطنية التركية»: a state's
CENTRAL = frozenset({"المركزي", "المركزيه"})       # a central bank is the state's («بنك الكويت المركزي»)
# «التابعة لـ»: a body that is an organ of the actor named next («منظمة تعبئة المستضعفين التابعة
# للحرس الثوري الإيراني»), which a private body's head does not make private
ORGAN_LINKS = frozenset({"التابع", "التابعه", "تابع", "تابعه", "التابعين", "التابعتين", "التابعان"})
# nouns that open a member phrase of the dictionary like a given name («أنباء فارس», «قصر الإليزيه»)
NOT_GIVEN_NAMES = frozenset({"انباء", "برس", "طيران", "فيلق", "قاعده", "قصر", "مراكز", "مفتي", "شيخ"})
PLURAL_PRONOUNS = frozenset({"هم", "هن", "اوليك", "هولاء", "اولايك"})
PRONOUNS = PLURAL_PRONOUNS | {"هو", "هي", "هما"}          # «فيزعم أولئك أن»: no name
NUMBER_PAIRS = {"مصدر": "مصادر", "مصادر": "مصدر"}      # an anaphor refers to either number
ABBREVIATED_TITLES = frozenset({"د", "م"})              # «د. هشام الفالح», «م. عادل الملحم»
TIME_OPENERS = frozenset({"خلال", "اثناء", "عقب", "بعد", "لدى", "عند"})   # «وخلال تفقده ...، هنأ»
DATELINE_WINDOW = 8
DATELINE_DASHES = frozenset({"-", "–", "—", "ـ"})
DATELINE_ENDS = frozenset({":", "/", "\n"})


class Resolver:
    """Resolve the speaker of each attribution of one document, in reading order.

    Rules, in order:

    1. a source that opens with a preposition («وعن اليمن قال») is a failed
       span, one that opens with «لـ» + an actor («وقال لرويترز») is the
       addressee, and a quotation right after the verb is its content («ويقول
       "سأجري محادثات ..."»): the subject is treated as dropped (rule 8); after a
       nominal cue its own «ل» opens the source («ووفقاً للناطق ...»); the analyzer
       already drops a verb's object (:meth:`object_of_verb`: «وأكد أهمية»,
       «وحث جميع الأطراف», «كما اتهم حزب العمال الكردستاني بأن»); a former
       official («سابق», «منشق», also in an apposition after a comma) and his
       surname later resolve to none;
    2. a name learnt earlier that heads the source («عباس حكومة الاحتلال ...»);
    3. a dictionary mention inside the source (the first one not preceded by
       «لدى / إلى / المؤيدة لـ ...», plus the ones coordinated with it by «و»
       or a comma), else a name in parentheses right after the source
       («الدفاع المدني (الخوذ البيضاء)»), else an indefinite nisba after an
       official noun («ضابط إسرائيلي»), else a titled apposition after a comma
       («رأفت الصباغ، المتحدث الرسمي لمركز ...», «اللواء» + «علي الأحمدي، رئيس
       جهاز الأمن القومي في اليمن», «الأمين العام، بان كي مون»); but a private speaker that only a
       nationality qualifies («مصادر يمنية», «سياسيون يمنيون») stays unresolved, and so does
       one who only speaks from a state («زينالوف بالهاتف من باكو»); the source's own
       description ends at an affiliation («... الموالية للحكومة», «مصدر مقرب من ...»);
       a name the words after the source complete counts («المتحدث باسم التحالف» +
       «الذي تقوده السعودية»); sport and research are private fields («مدرب
       جامايكا», «مركز روسيا للدراسات السياسية»); the analyzer first cuts a phrase
       after the verb before an actor that is its object, a call's addressees or
       whom a verb of informing told (:meth:`subject_before_object`);
    4. a name learnt earlier anywhere in the source («لافروف», «المعلم»,
       «الخرينج» after «رئيس مجلس الأمة الكويتي مبارك الخرينج», «فاتيمي» after
       «طارق فاتيمي، المساعد الخاص لرئيس الوزراء الباكستاني», «فوزي» after «أحمد
       فوزي المتحدث باسم الأمم المتحدة», «كارتر» after the member «اشتون كارتر»
       anywhere, «رزيج» after «اللواء هادي رزيج قائد شرطة المحافظة» resolved by rule 9);
       else the surname of a dictionary member of an organisation or group the
       document has named, opening the source («عسيري» once the coalition is named);
       not a word that opens a person's name in the dictionary with a name after it
       («أحمد باولس»);
    5. «الأخير / الأخيرة» → the last actor mentioned of that gender, in the
       sentence so far or before it; an honorific («معاليه», «سموه») → the
       last agreeing speaker, or before any, the official introduced with a title;
    6. a document or statement noun and its owner: «تقرير الشبكة», «تقرير لـ
       "الشبكة السورية لحقوق الإنسان"», «بيان صادر عن البيت الأبيض»; a document
       noun alone («وجاء في المقال», «وقال بيان») → its author named with it
       earlier («مقالا لوزير الخارجية الإيراني»), else the speaker of a source
       with that noun, else the last speaker;
    7. a generic head or anaphoric noun («النظام» after «النظام السوري»,
       «الوزير» after «وزير الخارجية الروسي», «الشبكة في تقريرها», «مصدر في
       المقاومة») → what it named before, else the last speaker whose source
       has that noun, else the last agreeing speaker;
    8. a dropped subject («وأضافت: ...») → the office its sentence's first verb,
       no cue, has as subject («قام المدير العام لفرع وزارة ... بجازان ...،
       متمنياً», also after «من جهته» or a fronted clause of time; the actor of
       the dictionary person holding it, if named: «ونسب رئيس الوزراء احمد داود
       اوغلو ... . وقال»), or that
       opened the previous sentence, with no cue, when no speaker came since
       (:meth:`remember_subject`), else the last speaker that agrees with the cue in gender and
       number (speakers quoted inside another's content skipped; unresolved
       ones only when :meth:`certain`, as a name alone after its verb: «وقال
       ليفيت إن»); that speaker's actors, or none when it was itself
       unresolved; with no agreeing speaker, the actor its sentence opened with
       (not one in a fronted phrase: «وفي الشأن الليبي، قال», nor one right after
       a private head: «الشاعر أحمد عسيري»);
    9. a title of three words that repeats an earlier speaker's with its
       nationality after it → that speaker («نائب وزير الدفاع»); else an
       unqualified national institution or office («وزارة الداخلية»,
       «وزير الصحة», «المتحدث الأمني», «أمير منطقة الرياض», «مجلس الشورى»)
       → the state of a city named with it («شرطة محافظة الأنبار»), else the
       document's home state (:meth:`home_of`, :meth:`lead_location`,
       :meth:`context_state`, :meth:`named_state`, :meth:`lead_subject`,
       :meth:`sole_state`, or the analyzer's ``home``); not for a person a
       private head describes («الشاعر والمرشد السياحي المعتمد بهيئة السياحة»).
    """

    def __init__(self, lexicon: ActorLexicon, grammar: Grammar):
        self.lexicon = lexicon
        self.grammar = grammar
        self.generic_heads = grammar.anaphors | grammar.generic_heads
        self.describing_heads = grammar.private_heads - grammar.partitives   # a speaker's description
        # titles as written in text, with the proclitics they take («ورئيس», «وللمدير»)
        self.title_forms = frozenset(f for t in grammar.titles for f in _with_proclitics(t))
        self._titles: dict[str, bool] = {}           # word → is it a title (asked of every word)
        self._privates: dict[tuple[str, ...], bool] = {}   # phrase → :meth:`_private_phrase`
        self._institutions: dict[tuple[str, ...], bool] = {}   # phrase → :meth:`_institution`
        self._surnames: dict[str, tuple[str, ...]] = {}   # actor → its members' surnames
        self._pair_firsts = frozenset(h.split()[0] for h in grammar.home_heads if " " in h)   # «مصدر» of «مصدر أمني»
        self.official = (grammar.titles | grammar.official_words | grammar.home_heads | grammar.official_heads
                         | self.generic_heads | grammar.source_nouns | grammar.ranks | grammar.bare_officials
                         | grammar.dual_anaphors)
        # words that open a person's name in the dictionary («أحمد الطيب», «عباس عراقجي»)
        self.given_names = frozenset(m[0] for names in lexicon.members.values() for m in names
                                     if len(m) >= 2 and self._person(m, 0, len(m)))
        # of those, the ones that are names and nothing else (:meth:`_opens_name`)
        self._first_names = frozenset(
            w for w in self.given_names if len(w) >= 3 and w not in NAME_PARTICLES and w not in NOT_GIVEN_NAMES
            and self._name_word(w) and not lexicon.match_at([w], 0) and not lexicon.place_at([w], 0))
        self._local = {home: self._local_keys(home, found) for home, found in lexicon.local.items()}
        # the forms an anaphor's noun takes when it names a body (:meth:`_body`): «المكتب»,
        # «مكتب», «والمكتب», «ومكتب» → «المكتب»
        self._body_forms = {f"{c}{form}": anaphor for anaphor in grammar.anaphors if anaphor.startswith("ال")
                            for form in (anaphor, anaphor[2:]) for c in ("", "و", "ف")}
        # a state → the opposition the dictionary names after its nationality (:meth:`_opposition_in`)
        self._oppositions: dict[str, str] = {}
        for key in sorted(lexicon.adjectives):      # the nisba, not a broken plural («الروس»)
            found = lexicon.match_at(key, 0) if len(key) == 1 and key[0].endswith("ي") else None
            if found and lexicon.actors[found[1]].kind == "state" and not self._oppositions.get(found[1]):
                self._oppositions[found[1]] = self._opposition_of(key[0])

    def _local_keys(self, home: str, found: Sequence[tuple[str, str, Path | str, str]]) -> dict[str, str]:
        """``local_names`` of one state as ``heads`` keys; a key that is no state or
        a phrase that is no generic head fails."""
        out = {}
        state = self.lexicon.actors.get(home)
        for head, actor, path, entry in found:
            if state is None or state.kind != "state":
                raise LexiconError(path, entry, "local_names", "keys must be ids of states", home)
            key = self._head_key(fold(head)) if " " not in head.strip() else None
            if key is None:
                raise LexiconError(path, entry, "local_names",
                                   "must list generic heads (grammar.yaml generic_heads)", head)
            out[key] = actor
        return out

    # ------------------------------------------------------------- home state
    def local_heads(self, home: str | None) -> dict[str, str]:
        """The generic heads that name an actor in a document at home in ``home``
        (``local_names`` of ``actors.yaml``), as :class:`DocumentMemory` ``heads``:
        in a Yemeni document «المقاومة» is the Popular Resistance before any
        mention of it («وأشارت المقاومة», «مصادر في المقاومة»).

        >>> from discourse.analyzer import Analyzer
        >>> Analyzer().resolver.local_heads("YEM")
        {'المقاومه': 'YEM_RESISTANCE'}
        """
        return dict(self._local.get(home or "", {}))

    def home_of(self, words: Sequence[str]) -> str | None:
        """The home state a document's dateline names, from its first words.

        A dateline is a short prefix with a dash, ended by «:», «/» or the end
        of the line: «الرياض - واس», «دمشق - سانا», «سبق - جدة:», «عين اليوم –
        واشنطن». The first capital, city (``places``), state name or state
        news agency in it gives the state; «سبق - وكالات:» gives none.

        >>> from discourse.analyzer import Analyzer
        >>> Analyzer().resolver.home_of(["الرياض", "-", "واس"])
        'SAU'
        """
        bounds = _dateline(words)
        if bounds is None:
            return None
        window = list(words[:bounds[1]])
        i = 0
        while i < len(window):
            m = self.lexicon.match_at(window, i) or self.lexicon.place_at(window, i)
            if m:
                state = self.lexicon.state_of(m[1])
                if state:
                    return state
                i = m[0]
                continue
            i += 1
        return None

    def lead_location(self, words: Sequence[str]) -> str | None:
        """The one state a document's lead sentence places its news in: «... في العراق»,
        «... في محافظة جدة» (a state, its capital or one of its ``places`` after «في»).
        None when it names none or several."""
        states = set()
        for i in range(1, len(words)):
            if not self._located(words, i):
                continue
            j = i
            while j < len(words):                      # «في العراق وسوريا»: both
                m = self.lexicon.match_at(words, j) or self.lexicon.place_at(words, j)
                if not m:
                    break
                state = self.lexicon.state_of(m[1])
                if state and self.lexicon.actors[m[1]].kind == "state":
                    states.add(state)
                j = m[0]
                if j >= len(words) or not words[j].startswith("و"):
                    break
        return states.pop() if len(states) == 1 else None

    def lead_visit(self, words: Sequence[str]) -> str | None:
        """The state a visit in the lead goes to, first: «يقوم الرئيس الأمريكي باراك أوباما
        بزيارة إلى كينيا», «التقى وزير الدفاع الاميركي ... في اليوم الثاني من زيارته
        للعراق» → the news is set where the visitor is, and its unqualified offices
        («قائد شرطة العاصمة») are that state's.

        >>> from discourse.analyzer import Analyzer
        >>> from discourse.normalize import fold
        >>> r = Analyzer().resolver
        >>> [r.lead_visit(fold(t).split()) for t in ("يقوم الرئيس الأمريكي بزيارة إلى كينيا",
        ...                                          "وصل الوزير إلى الرياض قادما من القاهرة",
        ...                                          "قال الرئيس الأمريكي إن كينيا مهمة")]
        ['KEN', 'SAU', None]
        """
        for i in range(1, len(words)):
            over = words[i] in VISITS and (words[i - 1] in RETURNS or (words[i - 1] == "من" and i > 1
                                                                        and words[i - 2] in RETURNS))
            if words[i - 1] in self.grammar.complementizers or over:
                return None   # a visit reported («قال الديوان الملكي ... أن الأمير سيبدأ زيارة للأردن»),
                #               denied («نفى ... أن يكون الرئيس ألغى زيارته») or over («عودته من زيارته»)
            m = _visit_to(words, i) and self.lexicon.match_at(words, i)
            if m and self.lexicon.actors[m[1]].kind == "state":
                return m[1]   # the first: «وصل أوباما إلى كينيا في أول زيارة ... إلى مسقط رأس والده»
        return None

    def outlet_state(self, sentences: Sequence[Sequence[str]]) -> str | None:
        """The one state whose newspapers (``outlets``) a document names: «رابط الخبر بصحيفة
        الوئام», «وأوضح لـ«عكاظ»» → SAU. The last sign of a document's home, when its text
        places it nowhere else.

        >>> from discourse.analyzer import Analyzer
        >>> from discourse.normalize import fold
        >>> Analyzer().resolver.outlet_state([fold("رابط الخبر بصحيفة الوئام").split()])
        'SAU'
        """
        states = set()
        for words in sentences:
            for i in range(len(words) - 3):     # told, quoted: «وأوضح لـ«الرياض»» names «صحيفة الرياض»
                m = _longest_at(self.lexicon.outlets, ["صحيفه", words[i + 2]], 0) \
                    if words[i + 1] in QUOTES and told_at(words, i) == 4 else None
                if m and m[0] == 2 and words[i + 2] not in SHARED_OUTLET_NAMES:
                    states.add(self.lexicon.state_of(m[1]))
            if self.lexicon.outlets.keys().isdisjoint(words):
                continue
            for i in range(len(words)):
                m = _longest_at(self.lexicon.outlets, words, i)
                if m:
                    states.add(self.lexicon.state_of(m[1]))
        states.discard(None)
        return states.pop() if len(states) == 1 else None

    def _place_at(self, words: Sequence[str], i: int) -> tuple[int, str] | None:
        """A place at word ``i`` that the document's state may be read from: a place whose
        name is also a common word only where the text locates something there («في
        الخبر», «بالخبر»; not «رابط الخبر»)."""
        m = self.lexicon.place_at(words, i)
        if m and words[i] in self.grammar.common_word_places and not self._located(words, i):
            return None
        return m

    def _located(self, words: Sequence[str], i: int) -> bool:
        """Whether word ``i`` opens a place something is in: after «في», also past place
        nouns and compass words («في محافظة جدة», «في جنوب غرب نيبال»), or right after
        a place noun («أنهت جوازات منطقة جازان»)."""
        k = i
        place_nouns = self.grammar.place_nouns
        while k > 0 and i - k < 3 and (words[k - 1] in self.grammar.compass_words
                                       or not place_nouns.isdisjoint(bare_forms(words[k - 1]))):
            k -= 1
        return (k > 0 and words[k - 1] == "في") or (k < i and not place_nouns.isdisjoint(bare_forms(words[i - 1])))

    def context_state(self, sentences: Iterable[Sequence[str]]) -> str | None:
        """The state a whole document is set in, when its dateline and lead say nothing:
        the state most often named as a location — its cities and regions (``places``),
        or its name or capital after «في» — at least twice and more than any other.

        >>> from discourse.analyzer import Analyzer
        >>> Analyzer().resolver.context_state([["افتتح", "المعرض", "في", "جده"], ["بمنطقه", "مكه", "المكرمه"]])
        'SAU'
        """
        counts: Counter[str] = Counter()
        places = self.lexicon.places
        for words in sentences:
            if "في" not in words and places.keys().isdisjoint(words):
                continue         # no place and no «في»: nothing to look at
            end = 0              # where the last match ended: matches do not overlap
            # the words to look at: the places, and the words after «في»
            for i in [k for k, w in enumerate(words) if w in places or (k > 0 and words[k - 1] == "في")]:
                if i < end:
                    continue
                m = self._place_at(words, i)
                located = m is not None
                if m is None and i > 0 and words[i - 1] == "في":
                    m = self.lexicon.match_at(words, i)
                    located = m is not None and self.lexicon.actors[m[1]].kind == "state"
                if m is None:
                    continue
                state = self.lexicon.state_of(m[1]) if located else None
                if state:
                    counts[state] += 1
                end = m[0]
        return dominant(counts, least=2)

    def named_state(self, sentences: Sequence[Sequence[str]],
                    mentions: Sequence[Sequence[tuple[int, int, str]]] | None = None,
                    dominance: float = 2.0) -> str | None:
        """The state a document is about when nothing places it: the state its
        mentions name most — itself, its capital, its people and bodies, not its
        nisba adjectives — at least twice and ``dominance`` times as often as any
        other («... مجلس النواب الأميركي ... واشنطن ... أوباما» → USA).
        ``mentions`` are each sentence's, when the caller has them.

        >>> from discourse.analyzer import Analyzer
        >>> Analyzer().resolver.named_state([["قال", "نتنياهو"], ["وصل", "نتنياهو", "الى", "واشنطن"]])
        'ISR'
        """
        counts: Counter[str] = Counter()
        if mentions is None:
            mentions = [self.mentions(words) for words in sentences]
        for words, found in zip(sentences, mentions):
            for s, e, actor in found:
                # a coalition a state leads (``parent``) is not where the news is
                state = actor if self.lexicon.actors[actor].kind == "state" else None
                if state and tuple(words[s:e]) not in self.lexicon.adjectives and not _across_border(words, s):
                    counts[state] += 1
        return dominant(counts, least=2, dominance=dominance)

    def lead_subject(self, words: Sequence[str], mentions: Sequence[tuple[int, int, str]]) -> str | None:
        """The state that opens the lead as its subject, by name, right after the verb
        or before it: «شرعت تركيا في إقامة جدار على حدودها ...» → TUR (not a nisba,
        «قررت محكمة مصرية», nor a person, «انتقد نتنياهو أوباما»: left to the other signs).

        >>> from discourse.analyzer import Analyzer
        >>> r = Analyzer().resolver
        >>> [r.lead_subject(w, r.lexicon.mentions(w)) for w in (["شرعت", "تركيا", "في", "اقامه", "جدار"],
        ...                                                      ["قال", "مسوول", "في", "تركيا"])]
        ['TUR', None]
        """
        if not mentions or mentions[0][0] > 1:
            return None
        s, e, actor = mentions[0]
        phrase = tuple(words[s:e])
        body = phrase[0].startswith("ال") and phrase not in self.lexicon.adjectives   # «صادق الكنيست ...»
        if not (phrase in self.lexicon.names or body) or self.lexicon.actors[actor].kind != "state":
            return None           # a nisba, or a person («انتقد نتنياهو أوباما»): not the state itself
        return actor

    def lead_office(self, words: Sequence[str], mentions: Sequence[tuple[int, int, str]]) -> str | None:
        """The state whose institution, named with its nisba, opens the lead as the
        subject right after the verb: «قالت الشرطة الهندية إن ...» → IND (after a
        dateline and a state opening the lead, before the other signs).

        >>> from discourse.analyzer import Analyzer
        >>> r = Analyzer().resolver
        >>> [r.lead_office(w, r.lexicon.mentions(w)) for w in (["قالت", "الشرطه", "الهنديه", "ان"],
        ...                                                     ["قال", "خبير", "هندي", "ان"])]
        ['IND', None]
        """
        if not mentions or mentions[0][0] not in (2, 3):
            return None
        s, e, actor = mentions[0]
        if tuple(words[s:e]) not in self.lexicon.adjectives or self.lexicon.actors[actor].kind != "state":
            return None
        head = words[1:s]
        return actor if self._institution(head) and not self._private(words[1:e]) else None

    def sole_state(self, sentences: Sequence[Sequence[str]],
                   mentions: Sequence[Sequence[tuple[int, int, str]]]) -> str | None:
        """The only state a document names at all — by name, capital, nisba, member or
        one of its ``places`` — even once: «أكد أمين العاصمة المقدسة ... في جدة» → SAU.
        None when it names none or several.

        >>> from discourse.analyzer import Analyzer
        >>> r = Analyzer().resolver
        >>> words = [["وقال", "امين", "جده"]], [["قال", "الوزير", "في", "عمان", "والرياض"]]
        >>> [r.sole_state(w, [r.lexicon.mentions(s) for s in w]) for w in words]
        ['SAU', None]
        """
        states = set()
        places = self.lexicon.places
        for words, found in zip(sentences, mentions):
            states.update(actor for s, _, actor in found
                          if self.lexicon.actors[actor].kind == "state" and not _across_border(words, s))
            if places.keys().isdisjoint(words):
                continue
            i = 0
            while i < len(words):
                m = self._place_at(words, i)
                if m:
                    states.add(self.lexicon.state_of(m[1]))
                i = m[0] if m else i + 1
        states.discard(None)
        return states.pop() if len(states) == 1 else None

    def observe(self, memory: DocumentMemory, words: Sequence[str], names_only: bool = False,
                mentions: Sequence[tuple[int, int, str]] | None = None) -> None:
        """Record what a sentence teaches about the document's actors.

        Its mentions in order (for «الأخيرة»); generic heads («النظام» after
        «النظام السوري», «الوزير» after «وزير الخارجية الروسي»); and the names
        after a titled mention («رئيس مجلس الأمة الكويتي مبارك الخرينج» →
        «الخرينج» = KWT), so that a later «وقال الخرينج» resolves. With
        ``names_only``, the names only: the analyzer learns them from the words
        before each attribution of a sentence, so that «كذب رئيس منظمة الطاقة
        الذرية الإيرانية علي أكبر صالحي ...، وقال صالحي» resolves within it.
        ``mentions`` are those of ``words`` when the caller has them.
        """
        prev_end = 0
        for s, e, actor in self.mentions(words) if mentions is None else mentions:
            if not names_only:
                memory.mentions.append((actor, self._feminine_mention(words[s:e], actor)))
                for surname in self._member_surnames(actor):
                    memory.member_names.setdefault(surname, actor)
            if e - s >= 2:
                if not names_only:
                    self._remember_head(memory, words[s], actor)
                self._learn_member(memory, words, s, e, actor)
            elif not names_only and self.lexicon.actors[actor].kind != "state":
                for head in self.lexicon.heads_of.get(actor, ()):    # «طالبان», then «وأكدت الحركة»
                    if self._head_key(head) in self.grammar.group_heads:
                        self._remember_head(memory, head, actor)
            window = self._noun_phrase_before(words, s, prev_end)
            nisba_of_noun = s > 0 and tuple(words[s:e]) in self.lexicon.adjectives \
                and self._document_noun(words[s - 1]) is not None   # «دراسة كندية»: no state's document
            if not names_only and not (s > 0 and words[s - 1] in self.grammar.not_speaker_before) \
                    and not nisba_of_noun:
                self._remember_document(memory, window, actor)
                self._remember_own_document(memory, words[e:e + 2], actor)
            if not self._private_phrase(tuple(window) + tuple(words[s:e])) \
                    and not self._joint_name(words, (s, e, actor)) \
                    and not self._former(list(window) + list(words[s:e]), words[e:e + 1]) \
                    and not (s and self._object_at(words, [(s, e, actor)])):   # «قراقع إسرائيل من»
                group = window and window[-1] in self.grammar.group_heads \
                    and tuple(words[s:e]) in self.lexicon.adjectives     # «الحركة الأفغانية»: not AFG
                # «أفاد مسؤول محلي وكالة فرانس برس»: the medium is told, the official is not its
                told = self.lexicon.actors[actor].kind == "media"
                for w in window if not (names_only or group or told) else ():
                    if not w.startswith(("بال", "وبال")):   # «المدعومة بالمقاومة وتحالف مليشيات
                        self._remember_head(memory, w, actor)   # الحوثي»: a noun after «ب» heads no name
                        #     (after «لل» it may: «الأمانة العامة للجنة الوطنية ... بالرياض»)
                if any(self._is_title(w) for w in window) and not (s > 0 and self._names_after(words[s - 1])):
                    # free text: the first full name only («نوري المالكي بمواصلة تخبطاته ليهاجم السعودية»);
                    # not after an institution named after the actor («أستاذ ... في كلية الملك فهد الأمنية
                    # د. عبدالله الشعلان»: the professor is not the king's)
                    self._learn_after(memory, words, e, actor, limit=7, first_only=True, parts=True)
                    if not names_only:
                        memory.official = actor
                self._learn_before_title(memory, words, s, e, prev_end, actor)
            prev_end = e
        if memory.home:       # also before a cue: «وكان مدير عام الشؤون الصحية بمنطقة القصيم ... د.
            #                   سلطان بن سعود الشايع قد وقف ...، وقد أكد الدكتور الشايع»
            self._learn_offices(memory, words, mentions, official=not names_only)
        if memory.home and not names_only:
            self._issued_documents(memory, words)
            memory.bodies.append(words)

    def _body(self, memory: DocumentMemory, anaphor: str) -> str | None:
        """The national institution a sentence named outside reported speech that an
        anaphor takes up, the last one: «ونشر مكتب الأمن العام في بكين هذه التفاصيل»، then
        «وقال المكتب» is the home state's (or the state of the place the phrase names). Not
        after a preposition («بوزارة»), nor a phrase that names an actor or a private body."""
        forms = self._body_forms
        for words in reversed(memory.bodies):
            for k in range(len(words) - 1, -1, -1):
                w = words[k]
                if forms.get(w) != anaphor or (k and words[k - 1] in self.grammar.not_speaker_before):
                    continue
                core = w[1:] if w[:1] in ("و", "ف") and w[1:] in forms else w
                phrase = [core, *self._head_phrase(words[k + 1:k + 6])]
                body = _first_of(phrase, self.grammar.private_bodies)
                if 2 < body < len(phrase) and not phrase[body].startswith("ال"):
                    phrase = phrase[:body]    # the verb's object: «تنظم أمانة العاصمة المقدسة مهرجان ...»
                if len(phrase) >= 2 and self._institution(phrase) and not self._private(phrase) \
                        and not self.mentions(phrase):
                    return self._place(phrase) or memory.home
        return None

    def _issued_documents(self, memory: DocumentMemory, words: Sequence[str]) -> None:
        """A document a home institution issued, outside reported speech: «أصدرت وزارة
        الداخلية أمس بيانا بشأن ...» or «وجاء في التعميم الذي أصدره وزير التعليم», then
        «وقال البيان», «وأشار التعميم» is the home state's."""
        if ISSUING_FORMS.isdisjoint(words) and ISSUED_FORMS.isdisjoint(words):
            return
        for v, w in enumerate(words[:-2]):
            if w in ISSUED_FORMS and v > 1 and words[v - 1] in ("الذي", "التي"):
                if words[v - 2].startswith("ال"):        # «التعميم الذي أصدره»
                    self._issued_by(memory, words[v - 2], words[v + 1:v + 8])
                continue
            if w not in ISSUING_FORMS:
                continue
            for d in range(v + 2, min(len(words), v + 10)):
                noun = self._document_noun(words[d])
                if noun and words[d].endswith("ا"):        # its indefinite object: «بيانا»
                    phrase = [x for x in words[v + 1:d] if x not in self.grammar.time_words]
                    if phrase and self._institution(phrase) and not self._private(phrase) \
                            and not self.mentions(phrase):
                        memory.documents.setdefault(noun, memory.home)
                    break

    def _issued_by(self, memory: DocumentMemory, document: str, issuer: Sequence[str]) -> str | None:
        """The :meth:`_issuer`'s actor for a document noun ``document`` and the words after
        its «الذي أصدره» («وجاء في التعميم الذي أصدره وزير التعليم عزام الدخيل»), recorded
        as the document's author (the issuer named outright replaces an earlier one)."""
        noun = self._document_noun(document)
        actor = self._issuer(memory, issuer) if noun else None
        if actor:
            memory.documents[noun] = actor
        return actor

    def _issuer(self, memory: DocumentMemory, issuer: Sequence[str]) -> str | None:
        """The state of the home office that the words after «الذي أصدره» name (or the one
        actor they name): «وزير التعليم عزام الدخيل» → the home state, «إدارة دراسات السوق
        بالهيئة» too; not a former official («وزير الخارجية الأمريكي السابق هنري كيسنجر»)."""
        phrase = self._head_phrase([w for w in issuer if w not in self.grammar.time_words])
        if not phrase or not self._institution(phrase) or self._private(phrase) or self._former(phrase):
            return None
        named = {actor for _, _, actor in self.mentions(phrase)}
        if len(named) > 1:
            return None
        return named.pop() if named else self._place(phrase) or memory.home

    def _issued_document(self, memory: DocumentMemory, words: Sequence[str],
                         after: Sequence[str]) -> tuple[str, ...]:
        """A document source that names its issuer in a relative clause right after it:
        «تقرير مؤشرات الأداء ... الذي أصدرته إدارة دراسات السوق بالهيئة» → the
        :meth:`_issuer`'s."""
        if len(after) < 3 or after[0] not in ("الذي", "التي") or after[1] not in ISSUED_FORMS:
            return ()
        actor = self._issued_by(memory, words[0], after[2:9])
        return (actor,) if actor else ()

    def _learn_offices(self, memory: DocumentMemory, words: Sequence[str],
                       mentions: Sequence[tuple[int, int, str]] | None, official: bool = True) -> None:
        """Names after a title of the home state's institutions, wherever the phrase
        stands: «اعتمد رئيس بلدية محافظة أبو عريش محمد القحطاني ...», then «وقال
        القحطاني» (a phrase that names no actor of the dictionary; :meth:`observe`
        learns from those)."""
        if self.title_forms.isdisjoint(words):
            return            # no title at all (most sentences)
        taken = [(s, e) for s, e, _ in (mentions or ())]
        end = 0
        for t, w in enumerate(words):
            if t < end or w not in self.title_forms or any(s <= t < e for s, e in taken):
                continue
            if t > 0 and self._names_after(words[t - 1]):
                continue      # an institution named after a king: «في كلية الملك فهد الأمنية د. عبدالله الشعلان»
            phrase = self._head_phrase(words[t:t + (14 if _abbreviated(words, t, t + 12) else 12)], places=True)
            phrase = phrase[:next((k for k in range(1, len(phrase)) if phrase[k].startswith("و")
                                   and self._is_title(phrase[k])), len(phrase))]   # «... آل عبده والشيخ علي»
            end = t + len(phrase)
            # an office and a name before a private body, the verb's object: «دشن محافظ حفرالباطن
            # عبدالمحسن بن محمد العطيشان فعاليات مهرجان العيد» (not «المتحدث باسم جامعة تبوك»)
            body = _first_of(phrase, self.grammar.private_bodies)
            office = phrase[:body] if body > 3 and phrase[body - 1] != "باسم" else phrase
            if len(phrase) < 3 or any(s < end and e > t for s, e in taken) or not self._institution(office):
                continue
            if not official and phrase[1] in self._first_names:
                continue      # before a cue, a holder named right after his rank: the office and a
                #               name after it may be the verb's object («كرم اللواء بدر الطالب مدير
                #               شرطة منطقة القصيم سعد العتيبي ...، وأكد العتيبي»)
            described = any(f in self.grammar.private_heads                # «الخبير العسكري العميد ...»
                            for x in words[max(0, t - 3):t] for f in bare_forms(x))
            if not described and not self._private(phrase) and not self._former(phrase):
                self._learn_titled(memory, phrase, memory.home, trailing=False)   # «... الزبيدي أسرة الشهيد ... العمري»
                if official:
                    memory.official = memory.home      # «هنأ ... أمير منطقة القصيم ...، وقال سموه»

    def _learn_before_title(self, memory: DocumentMemory, words: Sequence[str], s: int, e: int,
                            floor: int, actor: str) -> None:
        """A name before a title phrase that names an actor is learnt for that actor:
        after a comma, the surname before it («طارق فاتيمي، المساعد الخاص لرئيس الوزراء
        الباكستاني» → «فاتيمي»); without a comma, a given name and a surname right
        before the title («فرحان حق الناطق باسم الأمم المتحدة» → «حق», «اشتون كارتر
        وزير الدفاع الاميركي» → «كارتر»)."""
        k = s
        while k > max(floor, s - 6) and words[k - 1][:1].isalpha():
            k -= 1
        titles = [j for j in range(k, s + 1) if self._is_title(words[j])]   # «... العطية وزير الخارجية القطري»
        # a preposition but «في» and «لدى» (folded «لدي») between the title and the mention: the title
        # does not run into it («أعرب أحمد الشيخ عن شكره لخادم الحرمين»)
        if not titles or any(w in self.grammar.prepositions and w not in ("في", "لدي") for w in words[titles[0]:s]):
            return
        if titles[0] == k and k >= 2 and words[k - 1] in (",", "،"):   # «فاتيمي، المساعد الخاص ...»
            if any(f in self.describing_heads for w in words[max(0, k - 6):k - 2] for f in bare_forms(w)):
                return        # «طالب الكاتب الاقتصادي عبدالحميد العمري، وزير الإسكان»: the writer addresses him
            surname, minimum = words[k - 2], 3
        else:                                           # «فرحان حق الناطق باسم ...»
            # the first title after a given name and a surname: «الوزير يوفال شتاينتس المسؤول في ...»
            title = next((j for j in titles if j - 2 >= k), None)
            if title is None:
                return
            given = words[title - 2]
            surname, minimum = words[title - 1], 3
            if words[title].startswith("و") and self._is_title(words[title][1:]):
                return      # «يواجههما الاقتصاد ورئيس الوزراء ...»: coordinated, no apposition
            if not self._name_word(given, 3) or given.startswith("ال") or (
                    self._person(words, s, e) and not self._organisation_name(words[s:e], actor)):
                return      # «بأمر من الرئيس دونالد ترامب»: no apposition (an organisation's name may
                #             look like a person's: «أولي سولفانغ مسؤول ... لدى هيومن رايتس ووتش»)
            # before an indefinite title a common noun in construct is no name:
            # «محادثات وزير الخارجية الروسي», «زيارة وزير», «بيان وزير»
            if not words[title].startswith(("ال", "وال")) and not surname.startswith("ال") and (
                    surname.endswith(COMMON_NOUN_ENDINGS) or any(
                        f in self.grammar.statement_nouns or f in self.grammar.source_nouns
                        for f in bare_forms(surname))):
                return
        if self._name_word(surname, minimum):
            _learn_surname(memory, surname, actor)

    def _names_after(self, word: str) -> bool:
        """``word`` is the noun of an institution or a private body that may be named after a
        person: «كلية (الملك فهد)», «مطار (الملك خالد)», «جامعة (الملك سعود)»."""
        return any(f in INSTITUTION_NOUNS or f in self.grammar.private_bodies for f in bare_forms(word))

    def _organisation_name(self, words: Sequence[str], actor: str) -> bool:
        """The words are an organisation's own name in the dictionary («هيومن رايتس ووتش»),
        not a person's and not a state's."""
        found = self.lexicon.actors.get(actor)
        return tuple(words) in self.lexicon.names and found is not None and found.kind not in ("state", "person")

    def _private_phrase(self, phrase: tuple[str, ...]) -> bool:
        """A mention with the words before it that a private head, field or body describes
        (names after it are not learnt for its actor), remembered per phrase: phrases
        such as «وزير الخارجية الروسي» recur across a corpus."""
        return _remembered(self._privates, phrase, lambda p: self._private_head(p) or self._private_field(p)
                           or self._in_private_body(p))

    def _is_title(self, word: str) -> bool:
        return _remembered(self._titles, word, lambda w: any(f in self.grammar.titles for f in bare_forms(w)))

    def _nationality(self, word: str) -> bool:
        """A state's nisba («الفرنسي»): not learnt as a surname from a run of name
        words (:meth:`_learn_after`); a group's nisba may end one: «عبد الملك الحوثي»."""
        m = self.lexicon.match_at([word], 0) if (word,) in self.lexicon.adjectives else None
        return m is not None and self.lexicon.actors[m[1]].kind == "state"

    def _name_word(self, word: str, minimum: int = 3) -> bool:
        """A word that may be part of a person's name: no function word, title,
        institution or generic head."""
        stops = self.grammar.source_stops | self.grammar.complementizers
        return (len(word) >= minimum and word[:1].isalpha() and word not in stops
                and word not in self.generic_heads and not self._institution([word])
                and not self._is_title(word))

    def _learn_titled(self, memory: DocumentMemory, words: Sequence[str], actor: str,
                      trailing: bool = True) -> None:
        """Names in a source an institution resolved: the name after its first title
        («اللواء هادي رزيج قائد شرطة المحافظة» → «رزيج»), or before it when the source
        opens with a name («عيسى قراقع رئيس هيئة شؤون الأسرى» → «قراقع»)."""
        titles = [j for j, w in enumerate(words) if self._is_title(w)]
        abbreviated = next((j for j, w in enumerate(words) if w in ABBREVIATED_TITLES and words[j + 1:j + 2] == ["."]),
                           None)     # the first «د.» after the office: «... بالإنابة د. سلطان بن سعود الشايع»
        if abbreviated is not None:  # (not a guest's after the holder's name: «... د. حامد الشمري رجل
            titles = sorted(titles + [abbreviated])           # الأعمال د. خالد الزهراني»)
        if not titles:
            if trailing:         # «المشرف العام على العلاقات العامة ... الأستاذ علي بن محمد الغامدي»
                self._learn_trailing(memory, words, actor)
            return
        title = titles[0]
        self._learn_opening(memory, words, title, actor)
        for t in dict.fromkeys((title, titles[-1])):   # and after the last title of a long source:
            self._learn_after(memory, words, t + 1, actor, limit=7,   # «المدير العام ... المتحدث ... محمد الصفيان»
                              first_only=not trailing)
        if trailing:               # a source ends with its speaker's name; a phrase of free text may not
            self._learn_trailing(memory, words, actor)

    def _learn_opening(self, memory: DocumentMemory, words: Sequence[str], title: int, actor: str) -> None:
        """The name that opens a source before its first title: a given name first
        («عيسى قراقع رئيس هيئة شؤون الأسرى» → «قراقع»), or a professional honorific
        («المهندس عدنان المعيبد المتحدث الرسمي» → «المعيبد»: an indefinite word after
        a definite one is no adjective)."""
        opens = 0 if not words[0].startswith("ال") else 1 if len(words) > 1 \
            and not words[1].startswith("ال") and self._name_word(words[1]) else None
        if opens is not None and 2 <= title - opens <= 4:
            self._learn_after(memory, words[opens:title], 0, actor)

    def learn_subject_tail(self, memory: DocumentMemory, source: Sequence[str], tail: Sequence[str],
                           actor: str) -> None:
        """The name that ends a subject its source span cut short, up to the
        complementiser: «وأكد مستشار أمير منطقة مكة المكرمة المشرف العام على وكالة
        التنمية بإمارة المنطقة د. هشام الفالح أن ...» → «الفالح», «وأوضح مدير عام إدارة
        الكوارث و الطوارئ إبراهيم العسكري، بأنه» → «العسكري». ``tail`` are the words
        between the source and its content; a tail with a comma inside, a preposition
        that opens an adverbial, an actor's name (an addressee: «خلال لقائه الوزير
        اللبناني علي حسن خليل أن») or no complementiser at its end («ودعا ... مسؤولي
        المدارس إلى») is not the subject's."""
        tail = list(tail)
        sent = self._destination(tail)           # «المبعوث الأممي إلى ليبيا برناردينو ليون إن»
        if not tail or not (tail[-1] in self.grammar.complementizers or tail[-1] == ":"
                            or (sent and tail[-1] == DESTINATION_PREPS[0])):     # «دعا المبعوث ... ليون إلى الإفراج»
            return                               # «...، فهد بن مناحي العتيبي: إن البرنامج»
        tail.pop()
        if tail and tail[-1] in (",", "،"):
            tail.pop()
        if tail and tail[0] in (",", "،"):       # «...، علي الحسيني لـ”راديو سوا” إن»: up to whom he told
            tail = tail[1:next((j for j, w in enumerate(tail) if j and (w == "ل" or not w[:1].isalpha())), len(tail))]
        if tail and len(tail) <= 10 and all(w[:1].isalpha() or w == "." for w in tail) \
                and not any(w in self.grammar.not_speaker_start for w in tail[sent:]) \
                and not self.mentions(tail[sent:]):      # «خلال لقائه الوزير اللبناني علي حسن خليل»
            self._learn_trailing(memory, list(source) + tail, actor)

    def _destination(self, tail: Sequence[str]) -> int:
        """Where the words that open ``tail`` and name the state or organisation an
        envoy is sent to or serves in end («إلى ليبيا», «للدعم في ليبيا», «لدى الأمم
        المتحدة»), or 0."""
        k = 1 if len(tail) > 1 and tail[0].startswith("لل") and tail[1] in DESTINATION_PREPS else 0
        if k + 1 < len(tail) and tail[k] in DESTINATION_PREPS:
            m = self.lexicon.match_at(tail, k + 1)
            if m:
                return m[0]
        return 0

    def _learn_trailing(self, memory: DocumentMemory, words: Sequence[str], actor: str) -> None:
        """Learn :meth:`_trailing_surname` for ``actor``."""
        surname = self._trailing_surname(words)
        if surname:
            _learn_surname(memory, surname, actor)

    def _trailing_surname(self, words: Sequence[str]) -> str | None:
        """The surname of a full name that ends a source, after a definite word or a title:
        «... المتحدث الرسمي باسم الانتخابات البلدية المهندس جديع بن نهار القحطاني» →
        «القحطاني»; not a place («مدير التعليم بمحافظة وادي الدواسر»)."""
        k, run = len(words), []
        while k > 0:
            w = words[k - 1]
            if w in NAME_PARTICLES:
                k -= 1
                continue
            if run and w.startswith("ال") and k >= 2 and (words[k - 2] in ("عبد", "عبيد") or (
                    w == "الدين" and words[k - 2] in DIN_NAMES and len(run) == 1)):   # not «صلاح الدين، علي ...»
                run.append(w)                           # «عبيد الله السواط»: a compound given name
                k -= 1
                continue
            if run and w in TITLE_NAMES and k >= 2 and ((not words[k - 2].startswith("ال") and self._name_word(words[k - 2]))
                                                        or (len(run) == 1 and self._is_title(words[k - 2]))):
                run.append(w)       # a title that is a name: «خالد مساعد السهلي», «النائب حاكم الزاملي»
                k -= 1
                continue
            if not self._name_word(w) or (run and w.startswith("ال")) or _clitic_article(w) \
                    or (w,) in self.lexicon.names or any(
                    f in self.grammar.place_nouns or f in self.grammar.home_heads
                    or f in self.grammar.name_heads for f in bare_forms(w)) or self.lexicon.place_at([w], 0):
                break
            run.append(w)
            k -= 1
        if 2 <= len(run) <= 4 and k > 1 and words[k - 1] == "." and words[k - 2] in ABBREVIATED_TITLES:
            k -= 1                                      # «د. هشام الفالح»
        if 2 <= len(run) <= 4 and k > 0 and (words[k - 1].startswith("ال") or _clitic_article(words[k - 1])   # «... والمهني محمد العتيبي»
                                             or self._is_title(words[k - 1])
                                             or words[k - 1] in ABBREVIATED_TITLES
                                             or (words[k - 1] in (",", "،")     # «...، سعيد بن عبد الله النقير»
                                                 and not self._trailing_surname(words[:k - 1]))   # one name only
                                             or self.lexicon.place_at([words[k - 1]], 0)
                                             or (k > 1 and words[k - 2] in DESTINATION_PREPS
                                                 and self.lexicon.match_at(words, k - 1))):   # «إلى ليبيا برناردينو ليون»
            return run[0]     # «مدير ... بتعليم ينبع شاكر صالح الفقير»
        return None

    def _noun_phrase_before(self, words: Sequence[str], s: int, floor: int) -> Sequence[str]:
        """Up to four words before a mention that belong to its noun phrase («وزير الخارجية» الروسي)."""
        stops = self.grammar.source_stops | self.grammar.complementizers
        k = s
        while k > max(floor, s - 4) and words[k - 1][:1].isalpha() and words[k - 1] not in stops:
            k -= 1
        return words[k:s]

    def _document_noun(self, word: str) -> str | None:
        """The bare document noun a word is, with its article, proclitics or accusative
        «ا» («بيانا», «مقالا»): «البيان» → «بيان»."""
        forms = bare_forms(word)
        if word.endswith("ا") and len(word) > 3:
            forms += bare_forms(word[:-1])
        return next((f for f in forms if f in self.grammar.document_nouns), None)

    def _remember_document(self, memory: DocumentMemory, window: Sequence[str], actor: str) -> None:
        """«مقالا لوزير الخارجية الإيراني», «بيان الخارجية الروسية»: the document's author
        (the noun at most three words before the author's name)."""
        for w in window[-3:]:
            noun = self._document_noun(w)
            if noun:
                memory.documents[noun] = actor
                return

    def _remember_own_document(self, memory: DocumentMemory, following: Sequence[str], actor: str) -> None:
        """«وثقت الشبكة السورية لحقوق الإنسان في تقريرها»: the actor's own document."""
        if len(following) == 2 and following[0] in ("في", "ب"):
            word = following[1]
            for suffix in ("ها", "هم", "ه"):
                if word.endswith(suffix) and len(word) - len(suffix) >= 3:
                    noun = self._document_noun(word[:-len(suffix)])
                    if noun:
                        memory.documents[noun] = actor
                    return

    def _remember_head(self, memory: DocumentMemory, word: str, actor: str) -> None:
        key = self._head_key(word)     # a generic head that is also private («الاتحاد») counts
        if key and (key in self.grammar.generic_heads
                    or not any(f in self.grammar.private_heads for f in bare_forms(word))):
            memory.heads[key] = actor

    def _head_key(self, word: str) -> str | None:
        """The definite form under which a generic head is remembered («وزير» → «الوزير»)."""
        for form in bare_forms(word):
            definite = form if form.startswith("ال") else "ال" + form
            if definite in self.generic_heads:
                return definite
        return None

    def _feminine_mention(self, words: Sequence[str], actor: str) -> bool:
        """Grammatical gender of a mention: «روسيا», «الولايات المتحدة» are feminine;
        «العراق», «مجلس الأمن» masculine."""
        if words[-1].endswith(FEMININE_ENDINGS):
            return True
        kind = self.lexicon.actors[actor].kind if actor in self.lexicon.actors else ""
        return kind == "state" and len(words) == 1 and not words[0].startswith(("ال", "وال", "بال", "لل"))

    def _feminine_body(self, source: Sequence[str], actors: tuple[str, ...]) -> bool:
        """A body with a masculine head whose actor's name, feminine, follows it
        («مجلس المقاومة الشعبية في عدن»): the text goes on about it in the feminine too.
        Not a person («المتحدث باسم الخارجية») nor a source («مصدر في الخارجية»)."""
        if len(actors) != 1 or len(source) < 2:
            return False
        if self._is_title(source[0]) or self._speaker_head(source[0]):
            return False
        phrase = self._head_phrase(source)
        return any(s == 1 and a == actors[0] and self._feminine_mention(phrase[s:e], a)
                   for s, e, a in self.mentions(phrase))

    # ------------------------------------------------------------- resolving
    def resolve(self, memory: DocumentMemory, source: Sequence[str] | None,
                agreement: Agreement = UNMARKED, before: Sequence[str] = (),
                after: Sequence[str] = (), source_first: bool = False,
                nested: bool = False, continues: tuple[str, ...] | None = None,
                addressed: bool = True) -> tuple[str, ...]:
        """Actor ids of a source phrase (folded words), or of a dropped subject.

        Parameters
        ----------
        memory : DocumentMemory
            The document so far (updated: the speaker is recorded).
        source : list of str or None
            The folded words of the source span; None when the subject is dropped.
        agreement : (gender, number)
            What the cue marks (:func:`cue_agreement`).
        before, after : list of str
            The sentence's words before the source (or cue) and right after the
            source: mentions earlier in the sentence for «الأخيرة», the owner of
            «تقرير لـ ...», a parenthesis after the source.
        source_first : bool
            The source precedes the cue (SVO), so the cue's number is the
            source's; in VSO order the verb is singular before a plural subject.
        nested : bool
            The cue stands inside an earlier attribution's content («وقال المعلم
            "هناك من يعتقد وعلى رأسهم الولايات المتحدة ..."»): a later dropped
            subject outside that content does not refer to it.
        continues : tuple of str, optional
            The actors of the main verb's subject that a participle with a dropped
            subject continues («وقال عسيري إن التحالف يرحب ...، مؤكدا»), taken as
            they are, even unresolved (its subject is that speaker, not the last
            resolved one).
        addressed : bool
            The cue is a verb or participle, whose source may open with whom the
            speaker told («وقال لرويترز»); after «وفقا لـ», «بحسب» it is the source.
        """
        if not source and continues is not None:
            actors = continues
        else:
            actors = self._resolve(memory, source, agreement, before, after, nested, addressed)
        if source:
            self._remember_full_name(memory, source, actors)
            noun = self._document_noun(source[0]) if len(actors) == 1 else None
            if noun:        # «وأظهر مسح لـ«رويترز» ...»، then «وأشار المسح»: the survey is Reuters'
                memory.documents.setdefault(noun, actors[0])
            elif len(actors) == 1:      # «ولفتت المؤسسة في تقريرها ...», then «وأشار التقرير»
                phrase = list(source) + list(after[:2])
                for k in range(1, len(phrase) - 1):
                    if phrase[k] in ("في", "ب"):
                        self._remember_own_document(memory, phrase[k:k + 2], actors[0])
            if memory.member_names:
                self._other_bearers(memory, source)
            alone = self._alone(source, after)
            noun = noun_agreement(source)
            if len(source) == 1 and (alone or source[0] in memory.names or source[0] in memory.member_names):
                noun = (None, "sg")     # a man's name: «يعالون», «باسلمة» are no plural, no feminine
            elif source[0] in PLURAL_PRONOUNS:
                noun = (None, "pl")     # «فيزعم أولئك أن ...، مشككين»
            elif source[0] in self.grammar.partitives and "من" in source[1:3]:
                noun = (None, "pl")     # «أكد فيه عدد من أصحاب مكاتب الاستقدام ...، مستنكرين»
            elif noun == ("m", None) and any(w.endswith("ه") and self._is_title(w) for w in source[1:8]):
                noun = ("f", "sg")      # «المندوب الباكستاني الدائم ... السفيرة مليحة لودهي»: a woman
            gender = agreement[0] or noun[0]
            if gender == "m" and self._feminine_body(source, actors):
                gender = None           # «أفاد مجلس المقاومة الشعبية ...»، then «وقالت»: either gender
            number = agreement[1] if source_first and agreement[1] else noun[1]
            if not source_first and agreement == ("f", "sg") and noun[1] == "pl":
                number = None           # «وقالت السلطات ...، وأضافت»: a plural of things is taken up
                #                         in the feminine singular (and «الشؤون» is no «ـون» plural)
            if len(actors) > 1 and number in (None, "sg") and self._coordinated_speakers(source):
                gender, number = None, "du" if len(actors) == 2 else "pl"     # then «وأضافا»
            memory.speakers.append(Speaker(actors, " ".join(source), (gender, number), nested, alone))
        else:
            memory.speakers.append(Speaker(actors, "", agreement, nested))
        return actors

    def _sector_office(self, words: Sequence[str]) -> bool:
        """A public sector named with its place, a directorate: «وأكدت صحة الرياض», «صحة
        جازان» (``sector_nouns``); not «وأكد صحة الخبر»."""
        return len(words) > 1 and any(f in self.grammar.sector_nouns for f in bare_forms(words[0])) \
            and bool(self.lexicon.place_at(words, 1) or self.lexicon.match_at(words, 1))

    def _alone(self, source: Sequence[str], after: Sequence[str]) -> bool:
        """A single name or a kunya between its verb and the content («وقال ليفيت إن»,
        «وأضاف بوجاشيف:», «يقول أبو هريرة إنه»): certainly a speaker, even unresolved;
        not a common noun («حقيقة»), a prepositional phrase («للطائف», «بهذا») or a
        function word."""
        if not after or not (after[0] in (":", ",", "،") or (
                after[0] in self.grammar.complementizers and after[0].startswith(("ان", "بان"))) or (
                after[0] == "الي" and after[1:2] and after[1].startswith("ان"))):
            return False           # not «فان»: «يوهانس فان در كلاوو» goes on; «وأشار بلير إلى أن»
        if len(source) == 2 and source[0] in ("ابو", "ام"):
            return self._name_word(source[1])     # a kunya: «يقول أبو هريرة إنه»
        if len(source) != 1:
            return False
        w = source[0]
        return self._name_word(w) and w not in PRONOUNS and not w.endswith(COMMON_NOUN_ENDINGS) \
            and not _clitic_article(w) and not any(f in self.grammar.source_stops for f in bare_forms(w))

    def object_of_verb(self, source: Sequence[str], agreement: Agreement, source_first: bool,
                       act: str = "", lemma: str = "", after: Sequence[str] = ()) -> bool:
        """The noun phrase after the verb is its object, not its subject: a verbal noun
        of ``object_nouns`` («وأكد أهمية التعاون»); the addressee of a call (``act``
        «demand»: «وحث جميع الأطراف على», ``addressees``); the object of a verb of
        ``object_before_b`` (``lemma``) when the phrase runs straight into «ب»
        (``after``: «كما اتهم حزب العمال الكردستاني بأن», but «واتهمت واشنطن النظام
        بأنه»); a definite oblique plural or dual in «ين» («ودعت المتمردين إلى الحوار»,
        but «وقال المسؤولون»); a masculine actor after a feminine singular verb
        («وحددت النظام السوري كمنفذ للهجوم», but «وقالت الأمم المتحدة», «وقالت واشنطن»,
        «وقالت اليونيسف»)."""
        if source_first:
            return False
        first = source[0]
        if object_noun(first, self.grammar, first=True) and not self._sector_office(source):
            return True
        if act == "demand" and (" ".join(source[:2]) in self.grammar.addressees
                                or any(f in self.grammar.addressees for f in bare_forms(first))):
            return True
        if lemma in self.grammar.object_before_b and after and after[0][:1] == "ب" \
                and self._names_only(source):
            return True
        if agreement[1] in ("pl", "du"):
            return True                  # «وطالبوا أمانة محافظة الطائف بالتدخل»: the verb has its own subject
        if act == "demand" and agreement == ("m", "sg") and first.endswith("ه") \
                and any(f in self.grammar.addressed_bodies for f in bare_forms(first)):
            return True                  # «وطالب الحكومة الإيرانية بوقف»: «الحكومة» would take «طالبت»
        if act == "demand" and agreement == ("m", "sg") and first.startswith("ال") and first.endswith("ات") \
                and len(first) > 5 and not any(m[0] == 0 for m in self.mentions(list(source[:4]))):
            return True                  # «ودعا المنظمات الإنسانية إلى»: a plural of things takes «دعت»
        # longer than the name «الحسين»; a name the dictionary knows is a subject
        if first.startswith("ال") and first.endswith("ين") and len(first) > 6 \
                and not any(m[0] == 0 and (first,) not in self.lexicon.adjectives
                            for m in self.mentions(list(source[:4]))):
            return True          # «ودعت الكينيين إلى» (the subject would be «الكينيون»)
        if agreement != ("f", "sg") or not first.startswith("ال"):
            return False
        if noun_agreement(source)[0] != "m":
            return False
        for start, end, actor in self.mentions(list(source)):
            if start == 0:
                kind = self.lexicon.actors[actor].kind
                if end == 1 and (kind == "state" or (kind in ("igo", "ngo") and self._feminine_organisation(actor))) \
                        and (source[0],) not in self.lexicon.adjectives:
                    return False         # a country's name: «قالت البحرين», «أعلنت اليمن»; a feminine
                    #                      organisation's: «وقالت اليونيسف», «وقالت الفاو» (not «الناتو»)
                return not self._feminine_mention(source[start:end], actor)
        return False

    def _feminine_organisation(self, actor: str) -> bool:
        """An organisation whose names open with a feminine head («منظمة الأغذية والزراعة»,
        «الأمم المتحدة», «الوكالة الدولية للطاقة الذرية»): its short names take a feminine
        verb («وقالت الفاو»); «حلف شمال الأطلسي» does not («وحملت الناتو المسؤولية»)."""
        return any(h.endswith("ه") or h == "الامم" for h in self.lexicon.heads_of.get(actor, ()))

    def surname_then_object(self, memory: DocumentMemory, source: Sequence[str]) -> bool:
        """A surname the document taught, then the verb's object (VSO): «وأبدى القرقاح
        سعادته», «وأعلن أردان مبادرته», «حث الخراشي الموظفين»; not a title or an apposition after it («كرحوت
        رئيس مجلس ...», «كيري، وزير ...»)."""
        if len(source) < 2 or source[0] not in memory.names or not self._name_word(source[0]) \
                or any(f in self.describing_heads for f in bare_forms(source[0])) \
                or any(self._is_title(w) for w in source[2:4]):
            return False          # «أحمد باولس الرئيس التنفيذي ...»: a name and its title
        nxt = source[1]
        if _definite_plural(nxt):
            return True           # a definite plural object: «حث الخراشي الموظفين على», «عباس الفلسطينيين»
        return nxt[:1].isalpha() and not self._is_title(nxt) and nxt not in NAME_PARTICLES \
            and not (nxt.startswith("و") and nxt[1:] in memory.names) \
            and nxt not in COMPOUND_NAME_ENDS and not nxt.startswith("ال") \
            and not any(f in self.grammar.name_honorifics or f in self.describing_heads for f in bare_forms(nxt))

    def _names_only(self, words: Sequence[str]) -> bool:
        """``words`` are actor names and nothing else, coordinated by «و»
        («حزب العمال الكردستاني وتنظيم داعش»)."""
        ends = {s: e for s, e, _ in self.mentions(list(words))}
        k = ends.get(0, 0)
        while k in ends and words[k][:1] == "و":
            k = ends[k]
        return 0 < k == len(words)

    def subject_before_object(self, source: Sequence[str], after: Sequence[str],
                              act: str = "", lemma: str = "") -> int | None:
        """The length of the subject when a phrase after the verb (VSO) runs on into its
        object: a name, then an actor's name (and those coordinated with it), then the
        verb's complement («بـ», «من», «إلى», «على»): «وطالب عسيري الحوثيين بتنفيذ
        القرار», «حذر ... عيسى قراقع إسرائيل من العمل بالقانون». Not when the word before
        the actor is an office, a title or a noun in construct («وزير خارجية إيران»,
        «حكومة إسرائيل»), nor an actor's nisba («المتحدث العسكري الإسرائيلي»). After a
        verb of informing (``lemma`` in ``informing_verbs``) whom the speaker told follows
        the subject with no complement: «وأبلغ المصدر وكالة الأنباء الألمانية أن» (not
        «وأبلغ وزير الخارجية الأمريكي نظيره»). After a call (``act`` «demand»), its
        addressees: «وحثّ "الصالح" الجميع على»."""
        if act == "demand":            # «وحثّ "الصالح" الجميع على», «ودعا الرئيس الأمريكي كافة الأطراف»
            k = next((k for k in range(1, len(source)) if source[k - 1] not in self.grammar.partitives and (
                " ".join(source[k:k + 2]) in self.grammar.addressees
                or any(f in self.grammar.addressees for f in bare_forms(source[k])))), None)   # not «بعض الأطراف»
            while k is not None and k > 1 and source[k - 1] in (",", "،"):
                k -= 1                    # «دعا المتحدث ... علي الأحمدي، المجتمع اليمني، بالعمل»
            if k is not None:
                return k
            k = next((k for k in range(1, len(source)) if source[k] in self.grammar.addressed_bodies
                      and self._ends_subject(source[k - 1])), None)
            if k is not None and after[:1] and after[0].startswith("ب"):
                return k                  # «وطالب حمادة وزارة العمل بتوفير العمالة»
            k = self._titled_addressee(source)
            if k is not None:
                return k                  # «دعا وزير حقوق الإنسان عزالدين الاصبحي مفوض الامم المتحدة»
            k = self._plural_addressee(source, after)
            if k is not None:
                return k                  # «دعا مدير شؤون المعلمين سعد المنيف المرشحين إلى»
            k = next((k for k in range(2, len(source) - 1) if source[k] in MEMBERS
                      and source[k + 1] in self.grammar.addressed_bodies and self._ends_subject(source[k - 1])
                      and any(self._is_title(w) or any(f in self.grammar.name_honorifics
                                                       or f in self.describing_heads for f in bare_forms(w))
                              for w in source[:k - 1])), None)
            if k is not None:             # «وناشدت الدكتورة سهيلة زين العابدين أعضاء مجلس الشورى»
                return k                  # (not «إحدى أعضاء مجلس الشورى», «عميد شؤون أعضاء هيئة التدريس»)
            # a title and what it governs, not a title before the speaker's own name («وزير
            # الخارجية المصري السفير سامح شكري»)
            k = next((k for k in range(2, len(source) - 1) if self._is_title(source[k])
                      and source[k] not in self.grammar.name_honorifics
                      and (source[k - 1],) in self.lexicon.adjectives
                      and (source[k + 1].startswith("ال") or not self._name_word(source[k + 1]))), None)
            if k is not None and after[:1] and after[0][:1] in ("ب", "ل"):
                return k                  # «وطالب المواطنون اليمنيون رئيس الحكومة بالعودة»
        mentions = self.mentions(source)
        if not mentions or mentions[0][0] == 0:
            return None
        s = mentions[0][0]
        if fold(lemma) in self.grammar.informing_verbs:      # whom he told, no complement
            prev = source[s - 1]
            if tuple(source[s:mentions[0][1]]) not in self.lexicon.adjectives and prev[:1].isalpha() \
                    and prev not in OBJECT_GAPS and not self._is_title(prev) \
                    and (any(f in self.grammar.source_nouns for f in bare_forms(prev))
                         or not any(f in self.official for f in bare_forms(prev))):
                return s          # («المصدر» heads a whole phrase; «مسؤول» is qualified)
        return s if self._object_at(list(source) + list(after[:1]), mentions) else None

    def _titled_addressee(self, source: Sequence[str]) -> int | None:
        """Where the office of another actor starts after a titled speaker's name, in
        a call: «دعا وزير حقوق الإنسان عزالدين الاصبحي مفوض الامم المتحدة السامي ...»
        (a title, two name words, then a title that an organisation's name follows). None
        when the speaker has no title or only an honorific, when a state follows the
        second title (it may be the speaker's own post: «دعا السفير إبراهيم خريشة مندوب
        فلسطين لدى الأمم المتحدة»), and after an honorific or an actor's name («...
        لمنظمة التحرير الفلسطينية الدكتور صائب عريقات»)."""
        if not source or not self._is_title(source[0]) or source[0] in self.grammar.name_honorifics:
            return None
        mentions = self.mentions(source)
        others = {s_ for s_, _, actor in mentions if self.lexicon.actors[actor].kind != "state"}
        named = {k for s_, e, _ in mentions for k in range(s_, e)}
        return next((k for k in range(3, len(source) - 1)
                     if self._is_title(source[k]) and source[k] not in self.grammar.name_honorifics
                     and k + 1 in others and not named & {k - 2, k - 1}
                     and self._name_word(source[k - 1]) and self._name_word(source[k - 2])), None)

    def _plural_addressee(self, source: Sequence[str], after: Sequence[str]) -> int | None:
        """Where a call's addressees start after a named speaker: a definite plural in
        «ين» right after his name, then the call's «إلى», «على» or «ب»: «دعا مدير شؤون
        المعلمين سعد المنيف المرشحين إلى الدخول», «ودعا ... حيدر العبادي العراقيين إلى»
        (after a person the dictionary names, a nationality too). Not a plural in construct
        after a head («نقيب المحامين», «هيئة المهندسين»), nor an adjective agreeing with a
        plural («الأطباء المصريين»), nor a surname after a given name («محمد سيد المحدثين»)."""
        if len(source) < 2 or not after \
                or not (after[0] in ("الي", "على") or (after[0][:1] == "ب" and len(after[0]) > 3)):
            return None
        k = len(source) - 1
        word, prev = source[k], source[k - 1]
        if not _definite_plural(word):
            return None
        mentions = self.mentions(list(source))
        if any(s < k < e for s, e, _ in mentions):
            return None                       # inside a name
        if any(e == k and self._person(source, s, e) for s, e, _ in mentions):
            return k                          # «... جون كيري المتظاهرين إلى»
        if (word,) in self.lexicon.adjectives or not self._ends_subject(prev) or not prev.startswith("ال") \
                or prev.endswith(("ين", "ون", "ات")):
            return None
        return k

    def _ends_subject(self, word: str) -> bool:
        """A word that may end a subject before its object: a definite word or a name, not a
        title, partitive or preposition that takes the next word as its genitive
        («رئيس هيئة», «باسم وزارة», «عدد من», «أعضاء مجلس»)."""
        return word[:1].isalpha() and not self._is_title(word) and word not in self.grammar.partitives \
            and word not in self.grammar.prepositions and word not in OBJECT_GAPS and word not in MEMBERS \
            and (word.startswith("ال") or self._name_word(word))

    def _object_at(self, words: Sequence[str], mentions: Sequence[tuple[int, int, str]]) -> bool:
        """The first of ``mentions`` is a verb's object after a person's name (see
        :meth:`subject_before_object`). The complement after it is looked for first:
        most mentions have none, and this runs on every mention of a sentence."""
        s, first_end, _ = mentions[0]
        if not s or (words[s][:1] == "ل" and tuple(words[s:first_end]) not in self.lexicon.names):
            return False          # «المجلس التنسيقي للمقاومة الشعبية بمحافظة تعز», «الأمين العام
            #                       لحلف شمال الأطلسي إلى»: a genitive, no object (but «لبنان» is a name)
        e = first_end
        for s2, e2, _ in mentions[1:]:          # «الميليشيات الحوثية وقوات صالح بارتكاب»
            if s2 == e and words[s2][:1] == "و":
                e = e2
        following = words[e] if e < len(words) else ""
        if not (following in ("من", "الي", "على") or (
                following[:1] == "ب" and len(following) > 3 and following != "باسم")):
            return False
        prev = words[s - 1]
        return not (tuple(words[s:first_end]) in self.lexicon.adjectives or self._person(words, s, first_end)
                    or prev in OBJECT_GAPS or prev in OFFICE_LINKS or not self._name_word(prev, 3)
                    or (prev.endswith("و") and len(prev) >= 5)      # a plural in construct: «مستشارو أوباما»
                    or prev.endswith(COMMON_NOUN_ENDINGS) or prev in self.official
                    or any(f in self.official for f in bare_forms(prev)))

    def _resolve(self, memory, source, agreement, before, after, nested=False, addressed=True) -> tuple[str, ...]:
        if not source:
            pair = self._pair(memory, before) if agreement[1] == "du" else ()
            if pair:
                return pair
            opener = self._opening_subject(before, agreement) or self._opening_office(memory, before, agreement) \
                or self._opening_name(memory, before, agreement)
            if opener:
                return opener
            if memory.subject and memory.subject[1] == len(memory.speakers) and not nested:
                office = self._opening_office(memory, memory.subject[0], agreement)
                if office:                  # «من جهته توقع مستشار رئيس الوزراء ... . وبينما أوضح»
                    return office
            if not any(agrees(sp.agreement, agreement) for sp in memory.speakers):
                return self._clause_subject(before) or self._clause_institution(memory, before, agreement)
            if not any(agrees(sp.agreement, agreement) and self.certain(sp) for sp in memory.speakers
                       if not sp.nested or nested):
                return self._clause_institution(memory, before, agreement)
            return self._previous_speaker(memory, agreement, nested)
        words = [w for w in _drop_quoted_names(self.lexicon, source) if w[:1].isalnum() or w in ",،"]
        if len(words) > 3 and words[:2] == ["كل", "من"] and any(w.startswith("و") for w in words[3:]):
            words = words[2:]         # «كل من ألمانيا وفرنسا»: both, each by name
        if len(words) > 1 and words[0] in ("نفس", "ذات") and words[1].startswith("ال"):
            words = words[1:]         # «نفس المصدر» is «المصدر نفسه»
        if not words:
            return ()
        if len(source) > 2 and source[1] in QUOTES and any(f in MEDIA_HEADS for f in bare_forms(source[0])):
            return self._medium(source[0], source[2:])   # «صحيفة «واشنطن بوست»», «وكالة "الأناضول"»
        if self._quoted_content(source):
            # the content quoted right after the verb, not a quoted name: «وأضاف "سأبدأ بزيارة الجرحى"»
            return self._resolve(memory, None, agreement, before, after, nested)
        if not addressed and words[0].startswith("لل") and len(words[0]) > 4:
            words = ["ال" + words[0][2:], *words[1:]]    # a nominal cue's own «ل»: «ووفقاً للناطق الإعلامي»
        first = words[0][1:] if words[0][:1] in ("و", "ف") else words[0]   # «وعن», «وفي»
        if words[0] in self.grammar.not_speaker_start or first in self.grammar.not_speaker_start \
                or self._adverbial(words, memory):
            return self._resolve(memory, None, agreement, before, after, nested)
        if addressed and self._addressee(words):
            return self._resolve(memory, None, agreement, before, after, nested)
        if not addressed and len(words) == 1:
            agency = self._agency(words[0])
            if agency:
                return agency              # «وبحسب "الفرنسية"»: the agency, not France
        told = (self._told(words) if addressed else None) or self._told_unmarked(words)
        if told is not None:           # «بارتوميو لهيئة الإذاعة البريطانية (بي بي سي)»: said to a medium
            words, after = words[:told], ()
        if self._former(words, after):
            # the name ends the source, or comes before its office: «اللواء سلامة الجوهري، مدير ... السابق»
            comma = next((k for k, w in enumerate(words) if w in (",", "،")), len(words))
            surname = self._trailing_surname(words) or self._trailing_surname(words[:comma])
            if surname and surname not in memory.names and not self.mentions([surname]):
                memory.former_names.add(surname)
            return ()                      # «دبلوماسي إسرائيلي سابق»: speaks for no one now
        if words[-1] in memory.former_names and not self.mentions(words):
            return ()                      # «اللواء الجوهري» after «اللواء سلامة الجوهري، مدير ... السابق»
        words = self._own_description(words)
        if self._possessed_office(words):      # «أما وزير خارجيته فقد أعرب» after «قال الرئيس روحاني»
            owner = next((sp.actors for sp in reversed(memory.speakers) if sp.actors and not sp.nested), ())
            if owner:
                return owner
        if words[0] in self.grammar.honorifics:     # «ونوه معاليه بالاجتماعات مع ...»
            # before any speaker: the official introduced with a title («رعى صاحب السمو
            # الأمير بندر ... رئيس الهيئة السعودية ...، وأوضح سموه»)
            if not any(agrees(sp.agreement, agreement) for sp in memory.speakers):
                if memory.official:
                    return (memory.official,)
                opener = self._opening_subject(before, agreement) or self._opening_office(memory, before, agreement)
                if opener:            # the same sentence: «أطلق ... أمير منطقة عسير ...، وأكد سموه»
                    return opener
                if memory.home and words[0] in STATE_HONORIFICS:
                    return (memory.home,)     # «معاليه» is a minister's: the home state's
            return self._previous_speaker(memory, agreement)
        surname = self._nisba_surname(memory, words)
        if surname:
            return surname
        if addressed and len(words) == 1 and (words[0],) in self.lexicon.adjectives \
                and words[0].startswith("ال") and words[0].endswith("ي"):
            return ()                      # «وبين التركي»: a man's surname, not Turkey
        seen = self._full_name_seen(memory, words)
        if seen:
            return seen                    # «الأمير عبدالله بن مساعد» again
        learnt = self._learnt_name(memory, words[:1], words[1:2])
        if learnt and not any(m[0] == 0 for m in self.mentions(words)):
            if len(words) == 2 and words[1].startswith("و") and memory.names.get(words[1][1:]):
                return tuple(dict.fromkeys((*learnt, memory.names[words[1][1:]])))   # «ماي وكازنوف»: two
            return learnt                  # «عباس حكومة الاحتلال مسؤولية»: the head is the speaker
        # the head's own nationality first: «مسؤول إسرائيلي عمل في واشنطن» is ISR
        found = self._indefinite(words, within=3) or self._dictionary(words, after) or self._parenthesis(after) \
            or self._indefinite(words) or self._apposition(words, after)
        if found and self._posted_abroad(words):       # «الملحق الثقافي في أستراليا»: the home's
            found = (memory.home,) if memory.home and memory.home != found[0] else ()
        if found and (self._private(words) or (after and after[0].startswith("ل")   # «الاتحاد الأوروبي» «لكرة القدم»
                                               and self._private_field([*words, after[0]]))):
            found = ()
        if found:
            self._learn_names(memory, words, found[0], found)
            if len(found) == 1:          # «المصرف المركزي في الإمارات», then «أكد المصرف»
                self._remember_head(memory, words[0], found[0])
            return found
        learnt = self._learnt_name(memory, words)
        if learnt:
            if len(words) > 2:          # «... لمهرجان الصيف الدكتور حامد بن مالح الشمري»
                self._learn_trailing(memory, words, learnt[0])
            return learnt
        if len(words) == 1 and words[0] in JUDGES and memory.home \
                and not any(words[0] in sp.text.split() for sp in memory.speakers):
            return (memory.home,)       # «وأشار القاضي», «رأى القاضي»: the home state's court (not
            #                             «الناشط ... جمال عاتق القاضي», then «ولفت القاضي»)
        if words[0] in self.grammar.latter:
            return self._latter(memory, words[0].endswith("ه"), before)
        dual = words[1] if words[0] in ("كلا", "كلتا") and len(words) > 1 else words[0]
        if dual == "الاثنان":          # «the two»: the pair just named, else two people («طالبين جامعيين»)
            last = next((sp for sp in reversed(memory.speakers) if sp.text), None)
            return last.actors if last and len(last.actors) == 2 and last.agreement[1] == "du" else ()
        if dual in self.grammar.dual_anaphors:        # «أكد الجانبان», «ورحب كلا الجانبين»
            return self._last_two(memory)
        title = dual[:-2] if dual.endswith("ان") else dual[:-1] if dual.endswith("ا") else ""
        if title and self._is_title(title):
            # «وتابع وزيرا الداخلية» after «وزير الداخلية الفرنسي برنار كازنوف ونظيرته البريطانية ...»:
            # the pair's own title, every word of it, or a definite dual («المسؤولان»); not new
            # people («مسؤولان في الشرطة المحلية», a bare «وزيران»)
            pair = next((sp for sp in reversed(memory.speakers) if sp.text), None)   # the last one named
            if pair and len(pair.actors) == 2 and pair.agreement[1] == "du" \
                    and (dual.startswith("ال") or (len(words) > 1 and {title, *words[1:]} <= set(pair.text.split()))):
                return pair.actors
        issued = self._issued_document(memory, words, after)
        if issued:
            return issued
        owner = self._owner(memory, words, after)
        if owner:
            noun = self._document_noun(words[0])
            if noun:
                memory.documents[noun] = owner[0]
            return owner
        document = self._document_noun(words[0]) if len(words) == 1 else None
        if document:                  # «وجاء في المقال», «وقال بيان»: its author named before,
            if document in memory.documents:                 # else the speaker of a source
                return (memory.documents[document],)         # with that noun, else the last one
            for speaker in reversed(memory.speakers):
                if any(self._document_noun(w) == document for w in speaker.text.split()):
                    return speaker.actors
            return self._previous_speaker(memory)
        head = self._head_phrase(words) or words[:1]
        key = self._head_key(head[0])
        bare = self._bare_title_again(memory, words)
        if bare:
            return bare
        if key in memory.heads and len(head) <= 2:
            if len(words) > len(head):        # «وكيل إمارة المنطقة ... الدكتور حامد بن مالح الشمري»
                self._learn_titled(memory, words, memory.heads[key])
            return (memory.heads[key],)
        if len(words) == 1 and words[0].startswith("ال") and self._is_title(words[0]) \
                and words[0] not in self.grammar.anaphors and (not memory.home or not any(
                    f in self.grammar.home_heads for f in bare_forms(words[0]))):   # «المحافظ»: the home's
            speaker = self._last_speaker_with(memory, {words[0][2:]}, resolved=True)
            if speaker:                       # «وقال الأمير» after «الأمير فيصل بن خالد، أمير منطقة عسير»
                return speaker.actors
        if len(words) == 1 and words[0] in CENTRAL:        # «ونوه المركزي»: the central bank named before
            bank = next((sp for sp in reversed(memory.speakers) if _names_central_bank(sp.text.split())), None)
            if bank:
                return bank.actors
        if head[0] in self.grammar.anaphors:
            noun = head[0].replace("ال", "", 1)
            # bare, «المصدر» refers to «مصادر تركية رسمية» too (not «المصادر اليمنية»)
            # not another body's («المتحدث باسم جمعية المهندسين» after a ministry's spokesman)
            other = len(words) > 2 and any(f in self.grammar.private_bodies for w in words[1:] for f in bare_forms(w))
            speaker = None if other else self._last_speaker_with(
                memory, {noun, NUMBER_PAIRS.get(noun, noun)} if len(words) == 1 else {noun})
            if speaker:
                earlier = speaker.text.split()
                if len(words) > len(earlier) and list(words[:len(earlier)]) == earlier and len(speaker.actors) == 1:
                    # «المتحدث الرسمي باسم ... المهندس جديع القحطاني» after «المتحدث الرسمي»: his name
                    self._learn_trailing(memory, words, speaker.actors[0])   # (not another body's spokesman)
                return speaker.actors
            body = self._body(memory, head[0]) if len(words) == 1 else None
            if body:                                # «ونشر مكتب الأمن العام ...، وقال المكتب»
                return (body,)
            if len(head) <= 2:
                previous = self._previous_speaker(memory, agreement)
                if previous or not (memory.home and self._institution(head)):
                    return previous
        for k, w in enumerate(words[1:]):       # «مصدر في المقاومة», «المركز الإعلامي للمقاومة»
            key = self._head_key(w)
            # a definite word, or a noun in construct with a proclitic («لمقاومة آزال»)
            # («ورئيس حزب ...»: a title in construct is not «الرئيس»)
            definite = w.startswith(("ال", "لل", "ولل")) or (bool(strip_proclitics(w)) and not self._is_title(w))
            qualified = k + 2 < len(words) and words[k + 2].startswith("ال")   # «المجلس الثوري لفتح»
            adjective = w.startswith("ال") and words[k].startswith("ال")   # «الشركة المنظمة لمعرض»
            if key in memory.heads and definite and not qualified and not adjective:
                self._learn_titled(memory, words, memory.heads[key])     # «... للمركز رأفت الصباغ»
                return (memory.heads[key],)
        taken_up = self._body_taken_up(memory, words) or self._named_body_post(memory, words)
        if taken_up:
            return taken_up
        # a person a private head describes («الشاعر والمرشد السياحي المعتمد بهيئة السياحة»),
        # not a body («معهد الإدارة العامة», «وكالة الأنباء الحكومية»)
        described = any(f in self.describing_heads and f not in self.grammar.source_nouns
                        and f not in self.grammar.private_bodies and f not in self.grammar.not_speaker_before
                        for f in bare_forms(words[0]))
        repeated = self._repeated_title(memory, words) or self._repeated_body(memory, words)
        if repeated:
            return repeated
        if (self._institution(words) or self._institution(self._first_post(words))
                or (self._is_title(words[0]) and self._institution(self._after_comma(words)))) \
                and not described:
            place = self._place(words)            # «قائد شرطة محافظة الأنبار» → IRQ
            if place and not memory.home:
                memory.home = place      # «أمانة الأحساء» places the document: «بلدية المبرز» too
            if place or memory.home:
                self._learn_titled(memory, words, place or memory.home)
                self._remember_head(memory, words[0], place or memory.home)   # then «المصرف»
                return (place or memory.home,)
        return ()

    def _first_post(self, words: Sequence[str]) -> Sequence[str]:
        """The first of a man's coordinated posts, when a second one follows it that
        names no actor: «رئيس قسم تعليم الكبار بتعليم الليث والمدير التنفيذي للحملة» → the
        office at «تعليم الليث» (a campaign's post does not make him private); nothing else."""
        k = next((k for k in range(2, len(words)) if words[k].startswith("و") and self._is_title(words[k][1:])), None)
        if k is None or not self._is_title(words[0]) or self.mentions(words[k:]):
            return ()
        return words[:k]

    @staticmethod
    def _last_two(memory: DocumentMemory) -> tuple[str, ...]:
        """The last two actors mentioned, in text order, for «الجانبان»."""
        last_two: list[str] = []
        for actor, _ in reversed(memory.mentions):
            if actor not in last_two:
                last_two.append(actor)
            if len(last_two) == 2:
                return tuple(reversed(last_two))
        return ()

    def _pair(self, memory: DocumentMemory, before: Sequence[str]) -> tuple[str, ...]:
        """The two parties of a dual verb with no subject: «وأصدر الجانبان ...، وأكدا» →
        the last two actors named; «حض الاتحاد الأوروبي والولايات المتحدة ...، وأعربا» →
        the two its clause opens with, coordinated; «أجرى خادم الحرمين ... اتصالا هاتفيا
        بفخامة الرئيس عبدالفتاح السيسي ... أكدا خلاله» → its subject and the other party."""
        last = memory.speakers[-1] if memory.speakers else None
        if last and len(last.actors) == 2 and last.agreement[1] == "du":
            return last.actors                   # «كازنوف ونظيرته البريطانية تيريزا ماي ...، وأضافا»
        if any(w in self.grammar.dual_anaphors for w in before):
            if last and any(w in self.grammar.dual_anaphors for w in last.text.split()):
                return last.actors               # «ورحب كلا الجانبين ...، ووصفا»
            return self._last_two(memory)
        found = self.mentions(before)
        if not found:
            return ()
        first, end = found[0][2], found[0][1]
        for s, e, actor in found[1:]:
            if actor == first:           # «خادم الحرمين الشريفين الملك سلمان»: one party
                end = e
                continue
            # «اتصالا هاتفيا ...، بفخامة الرئيس ...», «... مع نظيره»: the other party
            companion = any(w == "مع" or (w[:1] == "ب" and (w[1:] in ADDRESS_STYLES or self._is_title(w[1:])))
                            for w in before[end:s])
            return (first, actor) if _coordinated(before, end, s) or companion else ()
        return ()

    def _medium(self, head: str, quoted: Sequence[str]) -> tuple[str, ...]:
        """The actor a medium's quoted name is as a whole, alone or with its head («وكالة
        "الأناضول"», «قناة "الجزيرة"»), if the dictionary has it; a name that only contains
        an actor's is no one's («صحيفة «واشنطن بوست»»)."""
        name = list(quoted[:next((k for k, w in enumerate(quoted) if w in QUOTES), len(quoted))])
        for phrase in (name, [head, *name]):
            found = self.mentions(phrase)
            if len(found) == 1 and found[0][:2] == (0, len(phrase)):
                return (found[0][2],)
        return ()

    def _body_taken_up(self, memory: DocumentMemory, words: Sequence[str]) -> tuple[str, ...]:
        """A post in a body an anaphor names, at the end of the source, is in the body
        an earlier resolved speaker named: «وقال المركز الإعلامي للجنة», «رئيس اللجنة»
        after «مصدر في اللجنة المحلية للانتخابات البلدية» (SAU). The source opens with a
        title, a body or a source noun, not a name («علي الحسيني رئيس بلدية طوز خورماتو
        ومصدران بالشرطة») nor a number («عدد من قيادات اللجنة»)."""
        if len(words) < 2 or not words[-1].startswith(("ال", "لل", "بال", "وال")):
            return ()
        first = words[0]
        if not (self._is_title(first) or self._institution([first]) or any(
                f in self.grammar.source_nouns or f in self.generic_heads for f in bare_forms(first))):
            return ()
        noun = next((f for f in bare_forms(words[-1]) if "ال" + f in self.grammar.anaphors), None)
        speaker = self._last_speaker_with(memory, {noun}, resolved=True) if noun else None
        return speaker.actors if speaker else ()

    def _coordinated_speakers(self, source: Sequence[str]) -> bool:
        """A source of several speakers, coordinated: «كازنوف ونظيرته البريطانية ...», «كيري
        والروسي سيرغي لافروف» (a conjunct that is no nisba, or a nisba a name follows); not
        a plural of things, taken up in the feminine singular («منظمات ...، معتبرة»), nor one
        speaker with coordinated nationalities («مصادر أمنية ليبية ومصرية ...، مضيفة»)."""
        if any(w.endswith("ات") and len(w) > 4 for w in source[:2]):
            return False
        return any(w.startswith("و") and len(w) > 2
                   and (((w[1:],) not in self.lexicon.adjectives and not w[1:].endswith(NISBA_ENDINGS))
                        or self._name_follows(source, k + 1))
                   for k, w in enumerate(source) if k > 0)

    def _name_follows(self, words: Sequence[str], j: int) -> bool:
        """A person's name opens at word ``j``: «والروسي سيرغي لافروف» is a second person."""
        return j < len(words) and (words[j] in self._first_names or (
            self._name_word(words[j]) and not words[j].startswith("ال") and words[j] not in self.grammar.prepositions
            and not self.mentions(words[j:j + 1])))

    def _named_body_post(self, memory: DocumentMemory, words: Sequence[str]) -> tuple[str, ...]:
        """A post in a national institution that a sentence named outside reported speech,
        at the end of the source: «وقعت المؤسسة العامة للخطوط الحديدية ...»، then «وقال
        المهندس محمد السويكت رئيس المؤسسة» is the home state's (:meth:`_body`)."""
        if self._private(words) or any(f in self.grammar.private_bodies for w in words for f in bare_forms(w)):
            return ()     # «... عضو مجلس إدارة الغرفة التجارية الصناعية بمكة المكرمة ورئيس اللجنة»
        # the post ends the source, or its holder's name follows: «رئيس اللجنة محمد بن حمود الشايع»
        k = 1 if len(words) > 2 and words[1] in HOLDERS else next(
            (k for k in range(1, len(words) - 1) if self._is_title(words[k - 1]) and words[k] in self._body_forms
             and words[k + 1] in self._first_names), len(words) - 1)
        if len(words) < 2 or not self._is_title(words[k - 1]):
            return ()
        last = words[k] if words[k].startswith("ال") else "ال" + words[k][2:] if words[k].startswith("لل") else ""
        if last in HOLDERS and not (k + 1 < len(words) and words[k + 1] == "العام"):
            last = HOLDERS[last]          # «مساعد الأمين للعلاقات العامة» after «أمانة العاصمة المقدسة»
        body = self._body(memory, self._body_forms[last]) if last in self._body_forms else None
        if body:
            self._learn_titled(memory, words, body)
        return (body,) if body else ()

    @staticmethod
    def _last_speaker_with(memory: DocumentMemory, nouns: set[str], resolved: bool = False) -> Speaker | None:
        """The last speaker whose source holds one of ``nouns`` as a whole word («الوزير»
        is not «وزيرة»), a resolved one only if ``resolved``."""
        for speaker in reversed(memory.speakers):
            if (speaker.actors or not resolved) and any(
                    f in nouns for w in speaker.text.split() for f in bare_forms(w)):
                return speaker
        return None

    @staticmethod
    def _after_comma(words: Sequence[str]) -> Sequence[str]:
        """The apposition of a source after its first comma: «قائد معركة تحرير عدن، العميد
        عبدالله الصبيحي» → «العميد عبدالله الصبيحي» (an institution when a title heads the
        source and the apposition is one); nothing without a comma."""
        comma = next((k for k, w in enumerate(words) if w in (",", "،")), None)
        return words[comma + 1:] if comma is not None else ()

    def _repeated_title(self, memory: DocumentMemory, words: Sequence[str]) -> tuple[str, ...]:
        """A title phrase of three words or more that repeats an earlier speaker's, whose
        nationality followed it, is that speaker again: «وقال نائب وزير الدفاع» after «نائب
        وزير الدفاع الروسي أناتولي أنطونوف» is RUS, not the document's home (a bare «وزير
        الخارجية» in a Saudi document may be the home's own)."""
        if len(words) < 3 or not self._is_title(words[0]):
            return ()
        return next((speaker.actors for speaker, following in self._titled_speakers(memory, words)
                     if (following,) in self.lexicon.adjectives), ())

    def _repeated_body(self, memory: DocumentMemory, words: Sequence[str]) -> tuple[str, ...]:
        """An office in a body of three words or more that an earlier resolved speaker's
        source named is that speaker's actor: «المدير العام للمكتب التنفيذي لمجلس وزراء
        العمل» after «عقيل الجاسم مدير المكتب التنفيذي لمجلس وزراء العمل ... في دول الخليج»
        is GCC, not the document's home."""
        k = next((k for k, w in enumerate(words) if not self._is_title(w) and w not in TITLE_ADJECTIVES), len(words))
        body = [_genitive(w) for w in words[k:]]
        if k == 0 or len(body) < 3:
            return ()
        n = len(body)
        for speaker in reversed(memory.speakers):
            earlier = [_genitive(w) for w in speaker.text.split()]
            if speaker.actors and len(earlier) > n and any(earlier[j:j + n] == body for j in range(len(earlier) - n + 1)):
                return speaker.actors
        return ()

    def _titled_speakers(self, memory: DocumentMemory, words: Sequence[str]) -> Iterator[tuple[Speaker, str]]:
        """Earlier resolved speakers whose source opens with ``words``, the latest first,
        each with the word that follows ``words`` there."""
        n = len(words)
        for speaker in reversed(memory.speakers):
            earlier = speaker.text.split()
            if speaker.actors and len(earlier) > n and earlier[:n] == list(words):
                yield speaker, earlier[n]

    def _bare_title_again(self, memory: DocumentMemory, words: Sequence[str]) -> tuple[str, ...]:
        """A two-word title that opened an earlier speaker's source right before his
        name is that speaker again: «كما شدد وزير الخارجية» after «تحدث وزير الخارجية
        عادل الجبير ...» is SAU, not the last minister mentioned («مع وزير الخارجية
        المصري سامح شكري»)."""
        if len(words) != 2 or not self._is_title(words[0]):
            return ()
        latest = next(self._titled_speakers(memory, words), None)
        # the latest speaker with that title only: after «وزير الخارجية الأمريكي جون كيري»
        # a bare «وزير الخارجية» is no longer the earlier «وزير الخارجية عادل الجبير»
        if latest is None or latest[1].startswith("ال") or not self._name_word(latest[1]):
            return ()
        return latest[0].actors

    def _adverbial(self, words: Sequence[str], memory: DocumentMemory) -> bool:
        """A source that opens with a definite prepositional phrase («بالقول», «للمرشد»),
        a time word, a circumstantial participle («وتابع مدافعا») or a phrase of
        ``verb_adverbials`` («وأشاد أيده الله») is no subject: a failed span; the
        subject is dropped. Names come first («بان كي مون», «لافروف»)."""
        w = words[0]
        if w in self.lexicon.bases or w in memory.names or any(m[0] == 0 for m in self.mentions(words[:4])):
            return False
        return (w.startswith(("بال", "لل")) or w in self.grammar.time_words
                or bool(re.fullmatch(r"م\w{2,5}ا", w))
                or adverbial_at(words, 0, self.grammar) > 0)       # «وأشاد أيده الله»

    def _former(self, words: Sequence[str], after: Sequence[str] = ()) -> bool:
        """A former official: «سابق» after the source's first word or right after the
        source («وزير الخارجية الأمريكي السابق هنري كيسنجر»: the span stops before
        «السابق»), or in an apposition after a comma («اللواء سلامة الجوهري، مدير وحدة
        مكافحة الإرهاب السابق بالمخابرات الحربية، إن»). A source that starts with it is
        a failed span: «سابق لوزير ...»."""
        if tuple(after[:2]) in PAST_SERVICE:
            return True                 # «ضابط ليبي كان يعمل في مخابرات معمر القذافي»
        tail = list(after[:1])
        if tail and tail[0] in (",", "،"):
            for w in after[1:11]:       # not «، أكد في وقت سابق»
                if w in (",", "،") or w in self.grammar.complementizers or w in self.grammar.source_stops:
                    break
                tail.append(w)
        if words and self._is_title(words[0]) and DISMISSED.intersection(words[1:]):
            return True                 # «محافظ نينوى العراقية المقال أثيل النجيفي»
        former = self.grammar.former
        phrase = [*words[1:], *tail]
        return any(not former.isdisjoint(bare_forms(w)) and not (k and phrase[k - 1] in SERVING_FORMER)
                   for k, w in enumerate(phrase))     # not an office for them: «مدير إدارة شؤون المتقاعدين»

    def _own_description(self, words: Sequence[str]) -> Sequence[str]:
        """The source up to the word that links it to another party (``affiliations``):
        «مفيد يوكسال من جريدة «يني شفق» الموالية للحكومة» → «مفيد يوكسال من جريدة
        «يني شفق»», whose words alone describe the speaker. So does a body's seat
        («المرصد ومقره بريطانيا», «المنظمة الحقوقية (مقرها نيويورك)»; not «في مقره
        بمدينة فيسبادن», where it speaks) and a poll the speaker answered
        («اقتصاديون في استطلاع أجرته رويترز»; not «قائد كتيبة الاستطلاع»)."""
        for k in range(1, len(words)):
            if words[k] in SEATS or (words[k] in SEATS_BARE and words[k - 1] in ("الذي", "التي", "(")):
                return words[:k]
            if words[k] == "استطلاع" and words[k - 1] == "في":
                return words[:k - 1]
            if any(f in self.grammar.affiliations for f in bare_forms(words[k])):
                forces = any(f in self.grammar.forces for f in bare_forms(words[k - 1]))
                return words if forces else words[:k]    # «القوات الموالية للحكومة»: its forces
        return words

    def _quoted_content(self, source: Sequence[str]) -> bool:
        """A source that is a quotation of three words or more, no number and no actor
        among them, alone or before a preposition: the verb's content, the subject
        dropped («يقول "سأجري محادثات حول كل المواضيع"»), not a quoted name («وثقت
        "الشبكة السورية لحقوق الإنسان"») nor a quoted term inside a phrase."""
        if not source or source[0] not in QUOTES:
            return False
        close = next((k for k in range(1, len(source)) if source[k] in QUOTES), len(source))
        quoted = source[1:close]
        rest = [w for w in source[close + 1:] if w[:1].isalnum()]
        return len(quoted) >= 3 and all(w[:1].isalpha() for w in quoted) \
            and (not rest or rest[0] in self.grammar.prepositions) and not self.mentions(quoted)

    def _addressee(self, words: Sequence[str]) -> bool:
        """A source that opens with «لـ» + an actor right after the verb is whom the
        speaker told, not the speaker: «وقال لرويترز», «وقال للصحفيين»; its subject
        is dropped. («لافروف», «ليبيا» start with «ل» as written.)"""
        first = words[0]
        if first in self.lexicon.bases or not first.startswith(("ل", "ول")):
            return False
        m = self.mentions(words[:4])
        return bool(m) and m[0][0] == 0

    def _place(self, words: Sequence[str]) -> str | None:
        """The state of the first city or region (``places``) named in ``words``."""
        for i in range(len(words)):
            m = self.lexicon.place_at(words, i)
            if m:
                return self.lexicon.state_of(m[1])
        return None

    def roles(self, source: Sequence[str] | None, actors: Sequence[str]) -> tuple[tuple[str, str], ...]:
        """``(actor, role)`` for the resolved actors whose member phrase in the source
        has a role in the lexicon: «وزير الخارجية الروسي سيرغي لافروف» → (("RUS", "diplomacy"),).

        >>> from discourse.analyzer import Analyzer
        >>> Analyzer().resolver.roles(["البنتاغون"], ("USA",))
        (('USA', 'military'),)
        """
        out: dict[str, str] = {}
        for s, e, actor in self.mentions(source or ()):
            role = self.lexicon.role_of(source, s, e)
            if role and actor in actors:
                out.setdefault(actor, role)
        return tuple(out.items())

    def _dictionary(self, words: Sequence[str], after: Sequence[str] = ()) -> tuple[str, ...]:
        """The actors the source's first mention names, with those coordinated with it.
        A name that starts in the source and that the words ``after`` it complete
        counts («المتحدث باسم التحالف» + «الذي تقوده السعودية»)."""
        whole = list(words) + list(after[:4]) if after else words
        found = self.mentions(whole)
        others = self._not_speakers(whole, found)
        mentions = [m for m in found
                    if m[0] < len(words) and m not in others
                    and not self._surname_mention(words, m) and not self._namesake(whole, m)
                    and not self._others_nisba(words, m) and not self._opposition(words, m)
                    and not self._joint_name(words, m) and not self._official_nationality(words, m, found)]
        if not mentions:
            return ()
        opposing = self._opposing(words, mentions[0])
        if opposing is None:
            opposing = self._opposition_in(words, mentions[0])
        if opposing is not None:       # «مصدر عسكري سوري معارض»: the opposition, not the state
            return (opposing,) if opposing else ()
        chosen = [mentions[0]]
        for m in mentions[1:]:
            if m[2] == chosen[-1][2] and not words[m[0]].startswith("و") \
                    and all(self._name_word(w) for w in words[chosen[-1][1]:m[0]]) and m[0] - chosen[-1][1] <= 2:
                chosen[-1] = (chosen[-1][0], m[1], m[2])   # «الرئيس اليمني عبد ربه منصور هادي», «الأمريكي جون
                continue                                    # كيري»: one speaker
            if not _coordinated(words, chosen[-1][1], m[0]) and not self._titled_conjunct(words, chosen[-1], m, mentions):
                break
            chosen.append(m)
        counterpart = self._counterpart(words, chosen[-1][1], mentions)
        if counterpart:
            chosen.append(counterpart)
        return tuple(dict.fromkeys(a for _, _, a in chosen))

    def _titled_conjunct(self, words: Sequence[str], before: tuple[int, int, str],
                         mention: tuple[int, int, str], mentions: Sequence[tuple[int, int, str]]) -> bool:
        """A second official coordinated by his own title and nationality, both named:
        «وزيرة الداخلية البريطانية تريزا ماي ووزير الداخلية الفرنسي برنار كازنوف» → FRA too.
        A second post of the same man names no nationality and no second name («عادل الجبير
        وزير الخارجية ورئيس الوفد»)."""
        s, e, actor = mention
        end = before[1]
        if tuple(words[s:e]) not in self.lexicon.adjectives or self.lexicon.actors[actor].kind != "state":
            return False
        named_before = self._name_follows(words, end) or tuple(words[before[0]:end]) not in self.lexicon.adjectives
        named_after = self._name_follows(words, e) or any(m[0] == e and m[2] == actor for m in mentions)
        k = next((k for k in range(end, s) if words[k].startswith("و") and self._is_title(words[k][1:])), None)
        return named_before and named_after and k is not None and all(self._name_word(w) for w in words[end:k]) \
            and all(w[:1].isalpha() and w not in self.grammar.prepositions for w in words[k:s])

    def _counterpart(self, words: Sequence[str], end: int,
                     mentions: Sequence[tuple[int, int, str]]) -> tuple[int, int, str] | None:
        """A counterpart coordinated after the speaker, his name between: «وزير الداخلية
        الفرنسي برنار كازنوف ونظيرته البريطانية تيريزا ماي» → GBR too (a state's nisba
        right after «ونظيره», «ونظيرته»)."""
        for k in range(end, min(len(words) - 1, end + 5)):
            if words[k] in (",", "،") or words[k] in self.grammar.complementizers:
                return None
            if words[k].startswith("ونظير"):
                m = next((m for m in mentions if m[0] == k + 1), None)
                if m and tuple(words[m[0]:m[1]]) in self.lexicon.adjectives \
                        and self.lexicon.actors[m[2]].kind == "state":
                    return m
                return None
        return None

    def _not_speakers(self, words: Sequence[str],
                      mentions: Sequence[tuple[int, int, str]]) -> set[tuple[int, int, str]]:
        """The mentions a word of ``not_speaker_before`` opens, with the title and name
        that follow one: «إمام جامع خادم الحرمين الشريفين الملك عبدالله» names a mosque (but
        «لشؤون فلسطين بالجامعة العربية» ends at «فلسطين»)."""
        out: set[tuple[int, int, str]] = set()
        end = None
        for m in mentions:
            s = m[0]
            if (s > 0 and words[s - 1] in self.grammar.not_speaker_before) \
                    or (end is not None and s == end + 1 and self._is_title(words[end])):
                out.add(m)
                end = m[1]
        return out

    def _official_nationality(self, words: Sequence[str], mention: tuple[int, int, str],
                              found: Sequence[tuple[int, int, str]]) -> bool:
        """A state's nisba right before the name of an organisation's official, set off
        by a comma after his office, is his nationality, not the state he speaks for:
        «الأمين العام للحلف، النرويجي ينس شتولتنبرغ» → NATO; after a state's title it
        is the office's («وزير الخارجية المصري أحمد أبو الغيط» → EGY)."""
        s, e, actor = mention
        if self.lexicon.actors[actor].kind != "state" or tuple(words[s:e]) not in self.lexicon.adjectives:
            return False
        if s > 0 and words[s - 1] not in (",", "،"):
            return False      # «وزير الخارجية المصري أحمد أبو الغيط»: the state's office, not a nationality
        return any(m[0] == e and self.lexicon.actors[m[2]].kind != "state" and tuple(words[m[0]:m[1]])
                   in self.lexicon.members.get(m[2], ()) for m in found)

    def _surname_mention(self, words: Sequence[str], mention: tuple[int, int, str]) -> bool:
        """A one-word state name or nisba right after a given name is a family name: «فهد
        السويد» is no Sweden, «الدكتور عثمان الصيني» no Chinese official."""
        s, e, actor = mention
        if e - s != 1 or s == 0 or self.lexicon.actors[actor].kind != "state":
            return False
        members = self.lexicon.members.get(actor, ())
        if any((f,) in members for f in bare_forms(words[s])):
            return False           # a surname the dictionary lists is his own: «عادل بن أحمد الجبير»
        if self._opens_name(words[s - 1]):
            return True
        # «الدكتور عثمان الصيني»: after a professional honorific and a given name
        return s > 1 and self._honorific_name(words, s - 2)

    def _opposition(self, words: Sequence[str], mention: tuple[int, int, str]) -> bool:
        """A nationality right after a noun of ``opposition_nouns`` names an opposition,
        not the state: «المجلس الوطني للمعارضة الإيرانية», «المعارضة الإيرانية في المنفى»;
        but a title's («زعيم المعارضة الإسرائيلية» leads it in parliament)."""
        s, e, _ = mention
        return s > 0 and tuple(words[s:e]) in self.lexicon.adjectives and self._opposition_noun_at(words, s - 1) \
            and not (s > 1 and self._is_title(words[s - 2]))

    def _opposing(self, words: Sequence[str], mention: tuple[int, int, str]) -> str | None:
        """A nationality followed by a noun of ``opposition_nouns`` («سوري معارض», «السورية
        المعارضة»): the actor the dictionary names «المعارضة» + that nationality
        (SYR_OPPOSITION), "" when it names none («إيراني معارض» speaks for no state);
        None when no opposition noun follows."""
        s, e, _ = mention
        if e - s != 1 or (words[s],) not in self.lexicon.adjectives or not self._opposition_noun_at(words, e):
            return None
        return self._opposition_of(words[s])

    def _opposition_in(self, words: Sequence[str], mention: tuple[int, int, str]) -> str | None:
        """A state named after «في» that follows a noun of ``opposition_nouns`` as it is
        written (a definite adjective and a compass word may come between): «المعارضة
        المسلحة في سوريا», «فصائل المعارضة في شمال سوريا» → the opposition of that state
        (:meth:`_opposition_of`), "" when the dictionary names none; None when the
        pattern does not hold («الدول الداعمة للمعارضة في سوريا», «الحكومة والمعارضة في سوريا»)."""
        s, _, actor = mention
        k = s - 1 if s > 0 and words[s - 1] in self.grammar.compass_words else s
        if k < 2 or words[k - 1] != "في" or actor not in self._oppositions:
            return None
        # the noun itself, not with a preposition («الدول الداعمة للمعارضة في سوريا»),
        # right before «في» or before one definite adjective («والمعارضة في سوريا» is coordinated)
        j = next((j for j in (k - 2, k - 3) if j >= 0 and words[j] in self.grammar.opposition_nouns), None)
        if j is None or (j == k - 3 and not (words[k - 2].startswith("ال") and words[k - 2].endswith(("ه", "ي")))):
            return None
        if j > 0 and self._is_title(words[j - 1]):
            return None      # «زعيم المعارضة في إسرائيل» leads it in parliament
        return self._oppositions[actor]

    def _opposition_noun_at(self, words: Sequence[str], k: int) -> bool:
        """A noun of ``opposition_nouns`` at ``k`` («معارض», «المعارضة»)."""
        return k < len(words) and any(f in self.grammar.opposition_nouns for f in bare_forms(words[k]))

    def _opposition_of(self, nisba: str) -> str:
        """The actor the dictionary names «المعارضة» + a nationality («سوري» →
        «المعارضة السورية», SYR_OPPOSITION); "" when it names none."""
        base = nisba.removeprefix("ال")
        base = base + "ه" if base.endswith("ي") else base
        found = self.lexicon.match_at(["المعارضه", "ال" + base], 0)
        return found[1] if found and found[0] == 2 else ""

    def _honorific_name(self, words: Sequence[str], k: int) -> bool:
        """A professional honorific at ``k`` and an indefinite name word after it:
        «المهندس شاكر ...», «د. هشام ...»."""
        return k + 1 < len(words) and (words[k] in self.grammar.name_honorifics or words[k] in ABBREVIATED_TITLES) \
            and not words[k + 1].startswith("ال") and self._name_word(words[k + 1])

    def _others_nisba(self, words: Sequence[str], mention: tuple[int, int, str]) -> bool:
        """A plural nisba («اليمنيين») far into a source that a singular title heads describes
        other people, not the speaker: «العقيد طارق الخنين مشرف مركز تصحيح أوضاع الأشقاء
        اليمنيين» is no Yemeni («المسؤولون اليمنيون» are)."""
        s, e, _ = mention
        return e - s == 1 and s > 1 and words[s].endswith(("يين", "يون")) and self._is_title(words[0]) \
            and (words[s],) in self.lexicon.adjectives and noun_agreement(words[:1])[1] != "pl"

    def _joint_name(self, words: Sequence[str], mention: tuple[int, int, str]) -> bool:
        """A state's nisba right before or after another state's, with no «و», names a
        joint company, not either state: «البنك السعودي الفرنسي», «السعودي الفرنسي كابيتال»."""
        s, e, actor = mention
        if e - s != 1 or (words[s],) not in self.lexicon.adjectives:
            return False
        for k in (s - 1, e):
            if 0 <= k < len(words) and (words[k],) in self.lexicon.adjectives:
                other = self.lexicon.match_at(words, k)
                if other and other[1] != actor and self.lexicon.actors[other[1]].kind == "state" \
                        and self.lexicon.actors[actor].kind == "state":
                    return True
        return False

    def mentions(self, words: Sequence[str]) -> list[tuple[int, int, str]]:
        """The dictionary's mentions in a sentence, without namesakes (:meth:`_namesake`)."""
        found = self.lexicon.mentions(words)
        if "بن" in words:
            found = [m for m in found if not self._namesake(words, m)]
        if found and not QUOTES.isdisjoint(words):
            found = [m for m in found if not _in_quoted_name(self.lexicon, words, m)]
        return found

    def _namesake(self, words: Sequence[str], mention: tuple[int, int, str]) -> bool:
        """A person of the dictionary named by his lineage («عبدالله بن عبدالعزيز») whom
        another family name follows is someone else: «عبدالله بن عبدالعزيز النشوان أمين عام
        غرفة الأحساء» is no king, nor «خالد بن احمد بصفر رئيس بلدية المعابدة» Bahrain's minister."""
        s, e, _ = mention
        if "بن" not in words[s + 1:e - 1] or e >= len(words):
            return False                # «بن كاردين»: a given name, no lineage
        w = words[e]
        if not w.startswith("ال"):     # «خالد بن احمد بصفر رئيس بلدية المعابدة»: a family name, then his office
            return e + 1 < len(words) and self._is_title(words[e + 1]) and self._name_word(w) \
                and (w,) not in self.lexicon.adjectives and not self.lexicon.place_at([w], 0)
        return len(w) >= 5 and self._name_word(w) and (w,) not in self.lexicon.adjectives \
            and not self.lexicon.place_at([w], 0) and not any(f in self.grammar.former for f in bare_forms(w))

    def _agency(self, word: str) -> tuple[str, ...]:
        """The news agency a bare nisba stands for after «بحسب», «وفقا لـ»: «الفرنسية»,
        «للألمانية» → «وكالة الأنباء / الصحافة الفرنسية» when the dictionary has it."""
        for form in (word, *strip_proclitics(word)):
            for agency in self.grammar.agency_nouns:
                phrase = [*agency.split(), form]
                m = self.lexicon.match_at(phrase, 0)
                if m and m[0] == len(phrase) and self.lexicon.actors[m[1]].kind == "media":
                    return (m[1],)
        return ()

    def _told(self, words: Sequence[str]) -> int | None:
        """Where the medium the words were said to starts, after the speaker: «أحمد
        لرويترز», «بارتوميو لهيئة الإذاعة البريطانية», «مصادر لرويترز» (not «المتحدث
        لوزارة الداخلية», «مراسل لفرانس برس», «تقرير لرويترز»: a noun whose «لـ» is
        a genitive, unless sources or officials tell)."""
        for s, _, actor in self.mentions(words):
            if s > 0 and words[s][:1] == "ل" and not words[s].startswith("لل") \
                    and self.lexicon.actors[actor].kind == "media" \
                    and not any(f in self.grammar.source_nouns and f not in self.describing_heads
                                and f not in self.grammar.official_words for f in bare_forms(words[s - 1])):
                return s
        return None

    def _told_unmarked(self, words: Sequence[str]) -> int | None:
        """Where a medium told with no «لـ» starts, right after an adjective that ends the
        speaker's phrase, an official or a source and its adjective: «أفاد مسؤول محلي وكالة فرانس
        برس» (also after «بحسب ما أفاد»); not a medium the phrase is in («محلل في رويترز», «مراسل
        وكالة فرانس برس», «أحد مراسلي وكالة فرانس برس», «مسح شهري تجريه رويترز»)."""
        for s, _, actor in self.mentions(words):
            if self.lexicon.actors[actor].kind != "media":
                continue
            t = s - 1 if s > 1 and any(f in MEDIA_HEADS for f in bare_forms(words[s - 1])) else s
            if t > 1 and words[t - 1].endswith(("ي", "يه")) and len(words[t - 1]) > 3 \
                    and not words[t - 1].startswith("ال") and words[t][:1] not in ("ل", "ب") \
                    and any(f in self.grammar.official_words or f in self.grammar.source_nouns
                            for f in bare_forms(words[t - 2])) \
                    and not (words[t][:1] == "و" and not any(f in MEDIA_HEADS for f in bare_forms(words[t]))):
                return t
        return None

    def _indefinite(self, words: Sequence[str], within: int | None = None) -> tuple[str, ...]:
        """An indefinite nisba after an official noun, in the first ``within`` words:
        «ضابط إسرائيلي», «مصدر عسكري إسرائيلي»; with an opposition noun after it, the
        opposition the dictionary names («مصدر عسكري سوري معارض» → SYR_OPPOSITION).

        Bare indefinite forms («تركي», «يمني») are also personal names, so they
        count only right after a title or an official word.
        """
        heads = self.grammar.titles | self.grammar.official_words | self.grammar.private_heads
        for k in range(1, min(len(words), within or len(words))):
            actor = self.lexicon.indefinite.get(words[k])
            if not actor:
                continue
            j = k - 1        # past other indefinite adjectives: «قائد عسكري ميداني يمني»
            while j > 0 and k - j <= 2 and words[j].endswith("ي") and not words[j].startswith("ال") \
                    and not any(f in heads for f in bare_forms(words[j])):
                j -= 1
            previous = words[j]
            definite = previous.startswith(("لل", "ولل")) or any(
                f.startswith("ال") for f in (previous, *strip_proclitics(previous)))
            if not definite and any(f in heads for f in bare_forms(previous)):
                if self._opposition_noun_at(words, k + 1):
                    opposition = self._opposition_of(words[k])    # «مصدر عسكري سوري معارض»
                    return (opposition,) if opposition else ()
                return (actor,)
        return ()

    def _private(self, words: Sequence[str]) -> bool:
        """A speaker that a private head describes, or a nationality on no office, or
        a state named only inside a private body's name, or a sport's or research's
        (:meth:`_private_head`, :meth:`_unofficial_nisba`, :meth:`_in_private_body`,
        :meth:`_placed_only`, :meth:`_private_field`)."""
        return self._private_head(words) or self._private_field(words) or self._unofficial_nisba(words) \
            or self._in_private_body(words) or self._placed_only(words)

    def _private_field(self, words: Sequence[str]) -> bool:
        """A coach, a player, a federation of a sport or a research centre, with no
        official word: «مدرب جامايكا الألماني», «رئيس الاتحاد الأوروبي لكرة القدم»,
        «مركز روسيا للدراسات السياسية» (``private_fields``). «الرسمي» of a spokesman is
        no office of a state: «المتحدث الرسمي باسم الاتحاد السعودي لكرة القدم»."""
        field = next((k for k, w in enumerate(words) if any(f in self.grammar.private_fields for f in bare_forms(w))),
                     None)
        # official words after the field name the research's subject: «المركز الدولي للدراسات
        # الاستراتيجية الأمنية والعسكرية بتونس»
        return field is not None and not any(f in self.grammar.official_words and f not in FORMAL
                                             for w in words[:field] for f in bare_forms(w))

    def _placed_only(self, words: Sequence[str]) -> bool:
        """The first actor the source names is a state or its capital after «من» or «في»
        or with the «ب» of place, and no word before it is an office (a name's honorific
        is none): only where a person speaks from («زينالوف بالهاتف من باكو عاصمة
        أذربيجان», «الشيخ عادل الكلباني إمام وخطيب مسجد المحيسن بالرياض»), not «مسؤول
        في واشنطن»."""
        mentions = self.mentions(words)
        if not mentions:
            return False
        s, e, actor = mentions[0]
        if s < 2:
            return False
        key = tuple(words[s:e])
        placed = (words[s - 1] in ("من", "في") and key in self.lexicon.names) \
            or (key[0].startswith("بال") and (key[0][1:], *key[1:]) in self.lexicon.names)   # not «بريطانيا»
        return placed and self.lexicon.actors[actor].kind == "state" \
            and not any(f in self.official and f not in self.grammar.private_heads
                        and f not in self.grammar.name_honorifics and f not in self.grammar.document_nouns
                        for w in words[:s] for f in bare_forms(w))     # «تقرير صحفي نشر في ألمانيا»

    def _in_private_body(self, words: Sequence[str]) -> bool:
        """Every actor the source names stands inside the name of a private body it
        names first: «عضو لجنة الاستثمار في غرفة الرياض», «رئيس نادي الهلال السعودي»
        (not «الاتحاد الأوروبي», «منظمة الصحة العالمية», which the dictionary names)."""
        body = _first_of(words, self.grammar.private_bodies)
        if body < len(words) and _not_private_body(words, body):
            return False                     # «غرفة عمليات “جيش الفتح”», «بنك الكويت المركزي»
        # an official word after the body is another office: «الأمين العام لحزب ... اليمني ونائب
        # رئيس وفد الحكومة»; before a club or a company it is a post in it: «مسؤول العلاقات
        # العامة في نادي دينامو زغرب الكرواتي»
        if body == len(words):
            return False
        club = any(f in CLUB_BODIES for f in bare_forms(words[body]))
        if any(f in self.grammar.official_words and f not in FORMAL
               for w in (words[body:] if club else words) for f in bare_forms(w)):
            return False
        mentions = self.mentions(words)      # but «منظمة "حظر الأسلحة الكيماوية"» is OPCW
        return bool(mentions) and all(s > body and not _quoted_name(words[body + 1:s])
                                      and not any(w in ORGAN_LINKS for w in words[body + 1:s])
                                      # «الناطق باسم الائتلاف سالم المسلط»: a person the dictionary
                                      and not self._person(words, s, e)    # lists is no part of the name
                                      and not self._named_organisation(words, body, s, e, actor)
                                      for s, e, actor in mentions)     # «منظمة ... التابعة للحرس الثوري»: its organ

    def _named_organisation(self, words: Sequence[str], body: int, s: int, e: int, actor: str) -> bool:
        """The mention right after the body's head is the body itself, an organisation the
        dictionary names by its short name: «منظمة الفاو», «منظمة اليونيسف»."""
        return s == body + 1 and self.lexicon.actors[actor].kind in ("igo", "ngo") \
            and tuple(words[s:e]) not in self.lexicon.adjectives

    def _private_head(self, words: Sequence[str]) -> bool:
        """A non-official speaker that only a nationality qualifies: «مصادر يمنية»,
        «سياسيون يمنيون», «الكثير من الإيرانيين», «صحيفة الشروق المصرية», «رئيس نادي
        الهلال السعودي»; not a national news agency («وكالة الأنباء الإماراتية» is state media)."""
        head = words[1] if len(words) > 1 and self._is_title(words[0]) else words[0]   # «رئيس نادي ...»
        if not any(f in self.grammar.private_heads for f in bare_forms(words[0]) + bare_forms(head)):
            return self._private_nisbas(words)
        agency = next((k for k in (0, 1) if k + 1 < len(words) and "وكاله" in bare_forms(words[k])
                       and (k == 0 or self._is_title(words[0]))), None)   # «رئيس وكالة الفضاء الروسية»
        if agency is not None and words[agency + 1] in STATE_AGENCY_FIELDS and all(
                self.lexicon.actors[actor].kind == "state" for _, _, actor in self.mentions(words)):
            return False              # «وكالة الطيران الأمريكية الفيدرالية»: a state agency, no news agency
            #                           (not «وكالة الفضاء الأوروبية»: the EU's nisba names no state)
        if any(any(f in self.grammar.official_words for f in bare_forms(w)) and not self._expert_field(words, k)
               for k, w in enumerate(words)):
            return False
        for s, e, actor in self.mentions(words):
            if s > 0 and words[s - 1] == "الانباء":        # «وكالة الأنباء الإماراتية»: state media
                return False
            key = tuple(words[s:e])
            if self._location(words, s, e, actor) or key[0] in self.lexicon.indefinite:
                continue              # «مصادر طبية فلسطينية في مستشفى جنين»
            if s > 0 and any(f in self.grammar.private_bodies for f in bare_forms(words[s - 1])):
                continue              # «المحلل السياسي الكويتي وأستاذ ... بجامعة الكويت»
            if s <= 2 and not self._is_title(words[0]) and self._person(words, s, e) \
                    and not any(f in self.grammar.name_heads for f in bare_forms(words[0])):
                continue              # «الشاعر الفحل خالد الفيصل»: the poet, whatever office he holds
            if key not in self.lexicon.adjectives and not any(
                    (f,) + key[1:] in self.lexicon.adjectives for f in strip_proclitics(key[0])):
                return False
        return True

    @staticmethod
    def _expert_field(words: Sequence[str], k: int) -> bool:
        """The official word at ``k`` is the field of the expert it follows, no office:
        «الخبير العسكري اليمني», «المحلل الأمني» (not «مصدر عسكري», «قيادي عسكري»)."""
        return k > 0 and any(f in EXPERT_HEADS for f in bare_forms(words[k - 1]))

    def _unofficial_nisba(self, words: Sequence[str]) -> bool:
        """Every actor the source names is a state's nationality, and no word of it is an
        official head (``titles``, ``official_words``, ``home_heads``, ``official_heads``,
        generic heads, anaphors, source nouns): «المحامي التشادي جاكلين مودينا», «مصممة
        الأزياء السعودية», «شركات إيرانية»; not «دار الإفتاء المصرية», «مسؤول أمريكي»."""
        mentions = self.mentions(words)
        if not mentions or (mentions[0][0] == 0 and not _people(words[0])):
            return False          # «الروس», «الاسترالية ...»: no head to judge; but «يمنيون» are people
        for s, e, actor in mentions:
            key = tuple(words[s:e])
            if self.lexicon.actors[actor].kind != "state":
                return False                          # «عدة لجان تحقيق أممية»: an IGO's bodies
            if key not in self.lexicon.adjectives and not any(
                    (f,) + key[1:] in self.lexicon.adjectives for f in strip_proclitics(key[0])):
                return False
        for k, w in enumerate(words):
            for f in bare_forms(w):
                if (f in self.official and not self._expert_field(words, k)) \
                        or (k + 1 < len(words) and self._home_pair(f, words[k + 1])):
                    return False
        return True

    def _location(self, words: Sequence[str], s: int, e: int, actor: str) -> bool:
        """The mention ``words[s:e]`` only says where: it stands after «في» in the
        source and names a state or its city, not an institution or a group
        («مصادر فلسطينية في رام الله», not «مصادر في وزارة الخارجية الأمريكية», «في
        الخارجية الأمريكية» or «القيادي في حماس»)."""
        return "في" in words[1:s] and e - s <= 2 and self.lexicon.actors[actor].kind == "state" \
            and not self._institution(words[s:e]) and not self._head_key(words[s]) \
            and not self._is_title(words[s])

    def _private_nisbas(self, words: Sequence[str]) -> bool:
        """Every actor the source names is a nationality of a private noun: «أيمن أبو
        زيد الباحث المصري» (not «أيمن أبو زيد وزير السياحة المصري»)."""
        if not any(f in self.grammar.private_heads for w in words[:-1] for f in bare_forms(w)) \
                or any(f in self.grammar.official_words for w in words for f in bare_forms(w)):
            return False
        mentions = self.mentions(words)
        body, head = _first_of(words, self.grammar.private_bodies), _first_of(words, self.grammar.private_heads)
        return bool(mentions) and all(
            s > 0 and (tuple(words[s:e]) in self.lexicon.adjectives or (
                s > head and self.lexicon.actors[actor].kind == "state"))
            and (s > body or any(f in self.grammar.private_heads for f in bare_forms(words[s - 1]))
                 or s > head)
            for s, e, actor in mentions)  # «مجلس إدارة نادي أهلي جدة السعودي», «مدرب ريال مدريد الإسباني»

    def _apposition(self, words: Sequence[str], after: Sequence[str]) -> tuple[str, ...]:
        """A titled apposition right after a source that names no actor: «اللواء علي
        الأحمدي، رئيس جهاز الأمن القومي في اليمن» → YEM, «الأمين العام، بان كي مون» → UN.
        It opens with a title or an official word, or is itself a name the dictionary
        knows, and runs to the next comma (at most eight words)."""
        if not after or self._private(words):
            return ()
        k = 0                 # a bare title as the source: «اللواء» + «علي الأحمدي، رئيس ...»
        if all(self._is_title(w) for w in words):
            while k < min(3, len(after)) and after[k][:1].isalpha() and not self._is_title(after[k]):
                k += 1                     # («علي» folds like the preposition «على»)
        if k >= len(after) or after[k] not in (",", "،", "؛"):
            return ()                      # «عبدالعزيز الفريح؛ نائب محافظ مؤسسة النقد»
        phrase = []
        for w in after[k + 1:k + 9]:
            if w in (",", "،", "؛") or not (w[:1].isalnum() or w in "«»\"“”"):
                break
            phrase.append(w)
        phrase = [w for w in phrase if w[:1].isalnum()]
        if not phrase or (self._private(phrase) and not (self._institution(words) and self._private_field(phrase))):
            return ()     # «، المدير الرياضي للأولمبياد الخاص السعودي»; but a state office's second
            #               post: «الرئيس العام لرعاية الشباب، رئيس اللجنة الأولمبية السعودية»
        mentions = self.mentions(phrase)
        if mentions and mentions[0][0] == 0:       # a person, not an object («ودعا العطية، الولايات المتحدة»)
            return self._dictionary(phrase) if self._person(phrase, 0, mentions[0][1]) else ()
        if any(f in self.grammar.titles or f in self.grammar.official_words for f in bare_forms(phrase[0])):
            found = self._dictionary(phrase)
            place = self._place(phrase) if not found and self._institution(phrase) else None
            return found or ((place,) if place else ())     # «، أمير منطقة عسير» → SAU
        return ()

    def _parenthesis(self, after: Sequence[str]) -> tuple[str, ...]:
        """A name in parentheses right after the source: «الدفاع المدني (الخوذ البيضاء)»;
        not a phrase there that a nationality qualifies («رئيس نادي برشلونة (الدوري
        والكأس الإسبانية ...)»)."""
        if not after or after[0] != "(" or ")" not in after:
            return ()
        inside = after[1:list(after).index(")")]
        mentions = self.mentions(inside)
        if not mentions or mentions[0][0] > 0:
            return ()
        return self._dictionary(inside)

    def _nisba_surname(self, memory: DocumentMemory, words: Sequence[str]) -> tuple[str, ...]:
        """A surname learnt in the document that is also a nationality, alone or after
        titles: «اللواء منصور التركي ...», then «وأضاف اللواء التركي» is the same man
        (SAU), not Turkey; «وزير الخارجية التركي» is still Turkey."""
        last = words[-1]
        if last in memory.names and (last,) in self.lexicon.adjectives \
                and all(self._is_title(w) for w in words[:-1]):
            return (memory.names[last],)
        return ()

    def _titled_names(self, words: Sequence[str]) -> list[tuple[str, ...]]:
        """The full names right after a title in a source, two words at least: «الأمير
        عبدالله بن مساعد الرئيس العام لرعاية الشباب» → [«عبدالله بن مساعد», «عبدالله»]
        (a prince is named again by his given name); a definite word ends a name unless
        it is its last («المهندس جديع بن نهار القحطاني»)."""
        stops = self.grammar.source_stops | self.grammar.complementizers
        names, k = [], 0
        while k < len(words):
            if not self._is_title(words[k]):
                k += 1
                continue
            run, j = [], k + 1
            while j < len(words):
                w = words[j]
                if w in NAME_PARTICLES:
                    run.append(w)
                elif not w[:1].isalpha() or w in stops or w in self.generic_heads or self._institution([w]) \
                        or any(f in self.grammar.name_heads or f in self.grammar.source_nouns for f in bare_forms(w)) \
                        or (self._is_title(w) and not (run and run[-1] in NAME_PARTICLES)):
                    break
                elif w.startswith("ال"):
                    if run:
                        run.append(w)          # a surname with the article ends the name
                    break
                else:
                    run.append(w)
                j += 1
            while run and run[-1] in NAME_PARTICLES:
                run.pop()
            if len(run) >= 2:
                names.append(tuple(run))
            if run and words[k] in PRINCELY:
                names.append(tuple(run[:1]))   # «الأمير جلوي بن عبدالعزيز بن مساعد», then «الأمير جلوي»
            k = max(j, k + 1)
        return names

    def _remember_full_name(self, memory: DocumentMemory, source: Sequence[str], actors: tuple[str, ...]) -> None:
        """A resolved source's full names, so that the same name alone later is that actor."""
        if actors and len(source) >= 3:
            for name in self._titled_names([w for w in source if w[:1].isalnum()]):
                memory.names_seen.setdefault(name, actors)

    def _full_name_seen(self, memory: DocumentMemory, words: Sequence[str]) -> tuple[str, ...]:
        """The actor of a source with a full name resolved before in the document."""
        if not memory.names_seen:
            return ()
        return next((memory.names_seen[n] for n in self._titled_names(words) if n in memory.names_seen), ())

    def _learnt_name(self, memory: DocumentMemory, words: Sequence[str],
                     following: Sequence[str] = ()) -> tuple[str, ...]:
        """A name learnt in the document, else the surname of a person the dictionary
        lists as a member of an actor the document has named, when it opens the
        source, alone or after a title («التحالف الذي تقوده السعودية», then «وقال
        عسيري» → ARAB_COALITION; not «عبدالحكيم مجاهد», another man), and no name
        follows it: then it is a given name («أحمد باولس», while the UN's «إسماعيل
        ولد الشيخ أحمد» is known); so is a learnt name that opens a person's name in
        the dictionary and that a name follows. ``following``: the source's words
        after ``words``."""
        rest = list(words) + list(following)
        for k, w in enumerate(words):
            if self._given_name(rest, k):
                continue
            for form in bare_forms(w):
                if form in memory.names:
                    return (memory.names[form],)
            if w.startswith("ابو") and len(w) > 5 and memory.names.get(w[3:]):
                return (memory.names[w[3:]],)     # a kunya written as one word: «أبوثنين» after «أبو ثنين»
        if len(words) == 1 and memory.name_parts.get(words[0]) and words[0] not in self._first_names:
            return (memory.name_parts[words[0]],)    # «وقال كارتر» after «... آش كارتر بطول نقطة»
        if len(words) == 1 and len(words[0]) >= 5:
            spelt = _misspelt(words[0], memory.names)
            if spelt:               # «الرافعي» after «حامد بن عاتق الرفاعي»: one long vowel apart
                return (memory.names[spelt],)
        if memory.member_names and words:
            k = self._surname_at(words)
            if self._given_name(rest, k):
                return ()
            for form in bare_forms(words[k]):
                if memory.member_names.get(form):
                    return (memory.member_names[form],)
        return ()

    def _given_name(self, words: Sequence[str], k: int) -> bool:
        """``words[k]`` opens a person's name in the dictionary and another name
        follows it without the article: a given name here («أحمد باولس»), not
        the surname learnt from «إسماعيل ولد الشيخ أحمد»."""
        return k + 1 < len(words) and words[k] in self.given_names \
            and not words[k + 1].startswith("ال") and not _clitic_article(words[k + 1]) \
            and self._name_word(words[k + 1])

    def _opens_name(self, word: str) -> bool:
        """A given name: one that opens a person's name in the dictionary and is
        no place, actor, title, institution or link of a name («بن»), a kunya's
        «أبو», or a theophoric «عبد...» written as one word («عبدالرؤوف»)."""
        return word in self._first_names or word == "ابو" or (word.startswith("عبدال") and len(word) >= 7)

    def _surname_at(self, words: Sequence[str]) -> int:
        """Where a surname alone would stand in a source: after a title or rank, if any."""
        return 1 if len(words) > 1 and (self._is_title(words[0]) or words[0] in self.grammar.ranks) else 0

    def _other_bearers(self, memory: DocumentMemory, source: Sequence[str]) -> None:
        """A member's surname seen inside another name of a source («عبدالحكيم مجاهد»)
        is no longer taken for that member (a blank entry blocks it)."""
        alone = self._surname_at(source)
        for k, w in enumerate(source):
            for form in bare_forms(w) if k != alone else ():
                if memory.member_names.get(form):
                    memory.member_names[form] = ""

    def _member_surnames(self, actor: str) -> tuple[str, ...]:
        """The surnames of the people the dictionary lists as members of ``actor``, an
        organisation or group (a name of several words, the last one a name word of
        four letters or more). A state's members are not known by surname: a
        state has too many people of common surnames («المقبل», «برايس»)."""
        known = self._surnames.get(actor)
        if known is None:
            known = self._surnames[actor] = () if self.lexicon.actors[actor].kind == "state" else tuple(
                m[-1] for m in self.lexicon.members.get(actor, ())
                if len(m) >= 2 and self._person(m, 0, len(m)) and len(m[-1]) >= 4
                and self._name_word(m[-1]) and not m[-1].endswith(COMMON_NOUN_ENDINGS))
        return known

    def _latter(self, memory: DocumentMemory, feminine: bool, before: Sequence[str]) -> tuple[str, ...]:
        """«الأخيرة»: the last actor of that gender mentioned in the sentence so far, else before."""
        here = [(a, self._feminine_mention(before[s:e], a)) for s, e, a in self.mentions(before)]
        for actor, f in reversed(memory.mentions + here):
            if f == feminine:
                return (actor,)
        return ()

    def _owner(self, memory: DocumentMemory, words: Sequence[str], after: Sequence[str]) -> tuple[str, ...]:
        """The owner of a document, statement or figure noun: «تقرير الشبكة», «تقرير لـ X», «بيان
        صادر عن X», «التقرير الـ51 الذي أصدرته X», «الأرقام الصادرة عن الهيئة الملكية»."""
        if not any(b in self.grammar.statement_nouns or b in self.grammar.figure_nouns for b in bare_forms(words[0])):
            return ()
        after = _drop_quoted_names(self.lexicon, after)
        # digits and the article of an ordinal number go («التقرير الـ 51 الصادر عن ...»)
        rest = [w for w in words[1:] if w[:1].isalnum() and not any(c.isdigit() for c in w) and w != "ال"]
        following = rest + [w for w in after[:8] if w[:1].isalnum()]     # «تقرير لـ "الشبكة ..."»
        relative = next((k for k, w in enumerate(following[:4]) if w in RELATIVES), None)
        if relative is not None and relative + 1 < len(following) \
                and following[relative + 1] in self.grammar.owner_links:
            rest = following[relative + 1:]    # «التقرير الحادي والخمسون الذي أصدرته مؤسسة النقد»
        elif rest and rest[0] not in self.grammar.owner_links:   # construct: «تقرير الشبكة»
            head = self._head_phrase(rest)
            found = self._dictionary(head)
            if found:          # not a private body's: «تقرير آخر نشره بنك "يو بي إس" السويسري»
                return () if self._private(head) else found
            key = self._head_key(head[0]) if head else None
            if key in memory.heads and len(head) <= 2:
                return (memory.heads[key],)
            # or its adjectives, then who issued it: «التقرير السنوي الحادي والخمسون الصادر عن
            # مؤسسة النقد», «تقرير سري صدر عن وزارة الخارجية الإسرائيلية»
            issued = next((k for k, w in enumerate(following[:5]) if w in self.grammar.owner_links
                           and w not in BARE_LINKS), None)
            if issued is None or any(w in self.grammar.source_stops or w in RELATIVES
                                     for w in following[:issued]):
                return ()
            rest = following[issued:]
        else:
            rest = following
        if not rest or rest[0] not in self.grammar.owner_links:
            return ()
        # past the links and adverbs: «الصادر حديثا عن مؤسسة النقد», «التي تصدرها دوريا مؤسسة النقد»
        links = set()
        while rest and (rest[0] in self.grammar.owner_links or ADVERB.fullmatch(rest[0])
                        or rest[0] in self.grammar.time_words):
            links.add(rest[0])
            rest = rest[1:]
        mentions = self.mentions(rest)
        if mentions and mentions[0][0] == 0:
            return self._dictionary(rest)
        # an issuing body right after the noun: «التقرير الذي أصدرته مؤسسة النقد العربي السعودي»;
        # after «عن» or «من» alone only an institution («تقرير عن الأوضاع في سوريا» is about it)
        issuer = self._head_phrase(rest[:6]) if after[:1] and after[0][:1].isalnum() else []
        if not issuer or not (links - BARE_LINKS or self._institution(issuer[:2]) or any(
                f in self.grammar.name_heads for f in bare_forms(issuer[0]))):
            return ()
        found = self._dictionary(issuer)
        if found and not self._private(issuer):
            return found
        return (memory.home,) if memory.home and self._institution(issuer) else ()

    def _place_after_fi(self, words: Sequence[str], k: int) -> int | None:
        """Where a place after «في» at ``k`` ends («في الأحساء»), else None."""
        found = self.lexicon.place_at(words, k + 1) if words[k] == "في" and k + 1 < len(words) else None
        return found[0] if found else None

    def _family_name(self, word: str) -> bool:
        """A definite word that may be a family name: «الرويلي» (not an institution, a
        generic head, a plural, a place or a nationality)."""
        return word.startswith("ال") and len(word) >= 5 and word not in self.generic_heads \
            and not _definite_plural(word) and not self._institution([word]) and not self._nationality(word) \
            and not self.lexicon.place_at([word], 0) and not self.mentions([word])

    def _region_at(self, words: Sequence[str], k: int) -> int | None:
        """Where a region's name after a place noun with «ب» at ``k`` ends («بمنطقة عسير»),
        else None."""
        if not (words[k].startswith("ب") and words[k][1:] in self.grammar.place_nouns) or k + 1 >= len(words):
            return None
        found = self.lexicon.place_at(words, k + 1)
        return found[0] if found else None

    def _head_phrase(self, words: Sequence[str], places: bool = False) -> list[str]:
        """The source's words up to a preposition or comma: «الشبكة في تقريرها» → «الشبكة»;
        with ``places``, past «في» and a place: «مدير مكتب وزارة المالية في الأحساء أحمد الجغيمان»."""
        out = []
        for k, w in enumerate(words):
            if w in (",", "،") or (w in self.grammar.source_stops and not (k and concerned_with(words, k))):
                if not (places and out and self._place_after_fi(words, k)):
                    break
            out.append(w)
        return out

    def _posted_abroad(self, words: Sequence[str]) -> bool:
        """A diplomat the source places in a state and qualifies by no state: «الملحق
        الثقافي في أستراليا», «السفير لدى ألمانيا» are the sending state's (not
        «السفير السعودي في أستراليا», nor «مسؤول في السفارة الأمريكية»)."""
        found = self.mentions(words)
        if not found:
            return False
        s, _, actor = found[0]
        return s > 1 and words[s - 1] in DESTINATION_PREPS and self.lexicon.actors[actor].kind == "state" \
            and tuple(words[s:found[0][1]]) in self.lexicon.names \
            and any(f in DIPLOMATS for w in words[:s - 1] for f in bare_forms(w))

    def _possessed_office(self, words: Sequence[str]) -> bool:
        """A title whose office a pronoun owns: «وزير خارجيته», «وزير دفاعها», «المتحدث
        باسم حكومته»: the state of the speaker before, not of the last «وزير» named."""
        if len(words) < 2 or not self._is_title(words[0]):
            return False
        offices = self.grammar.official_words
        return any(stem in offices or "ال" + stem in offices
                   for w in words[1:4] for stem in possessed(w, marbuta=True))

    def _place_follows(self, words: Sequence[str], k: int) -> bool:
        """Whether a place noun opens the words from ``k``, after «في» or with «ب»:
        «في ولاية أوهايو», «بمقاطعة فرانكلين» (not «في شركة أرامكو»)."""
        if k < len(words) and words[k] == "في":
            k += 1
        elif not words[k:k + 1] or not words[k].startswith("ب"):
            return False
        return k < len(words) and any(f in self.grammar.place_nouns for f in bare_forms(words[k]))

    def _home_pair(self, form: str, following: str) -> bool:
        """A two-word home head, an official adjective with or without its article:
        «مصدر أمني», «المصدر الأمني», «المسؤول الأمني» (not «مدير المستشفى», a noun in
        construct, nor «المسؤول المحلي»)."""
        heads = self.grammar.home_heads
        return form in self._pair_firsts and (f"{form} {following}" in heads or any(
            f"{form} {g}" in heads and g in self.grammar.official_words for g in bare_forms(following)[1:]))

    def _institution(self, words: Sequence[str]) -> bool:
        """Whether the source names a national institution or office («وزارة الداخلية»),
        or an official of a region («مدير التعليم بالمحافظة», «مدير عام الشؤون
        الاجتماعية بمنطقة جازان»: a title and a place noun), or officials named by their
        office alone («مسؤولون», «مسؤول رفيع المستوى»), or an officer by his rank
        («العقيد الدوسري»); never a source that names a private body (``private_bodies``).
        Remembered per phrase: several rules ask it of the same phrases."""
        return _remembered(self._institutions, tuple(words), self._names_institution)

    def _names_institution(self, words: Sequence[str]) -> bool:
        """:meth:`_institution`, not remembered."""
        heads = self.grammar.home_heads
        if any(any(f in self.grammar.private_bodies for f in bare_forms(w)) and not _not_private_body(words, k)
               for k, w in enumerate(words)):
            return False                   # «جامعة الملك سعود», «مدير عام كرة القدم بنادي الهلال»
        if words and any(f in self.grammar.ranks for f in bare_forms(words[0])):
            return True
        if words and any(f == "قايد" for f in bare_forms(words[0])) and any(
                f in self.grammar.ranks for w in words[2:4] for f in bare_forms(w)):
            return True     # a commander with his rank: «قائد العملية اللواء فضل حسن» (right after
            #                 «قائد», «اللواء» is the brigade: «قائد اللواء الثاني في الجبهة الجنوبية»)
        officials = next((k for k, w in enumerate(words)
                          if not any(f in self.grammar.bare_officials for f in bare_forms(w))), len(words))
        if officials and any(w.startswith(OFFICIAL_STEMS) for w in words[:officials]) and (
                officials == len(words) or self._place_follows(words, officials)):
            return True     # «وقال مسؤولون», «مسؤولون بمقاطعة فرانكلين», «مسؤولون في ولاية أوهايو»
        for k, w in enumerate(words):
            for form in bare_forms(w):
                if form in heads:
                    return True
                if k + 1 < len(words) and (self._home_pair(form, words[k + 1]) or (   # «مصدر محلي مسؤول»
                        words[k + 1] in LOCAL and k + 2 < len(words) and self._home_pair(form, words[k + 2]))):
                    # «مصادر أمنية وطبية», «الجهات الرسمية والدولية»: not all official
                    mixed = k + 2 < len(words) and words[k + 2].startswith("و") and (
                        form in self.grammar.private_heads or (words[k + 2].endswith(NISBA_ENDINGS) and not any(
                            f in self.grammar.official_words for f in bare_forms(words[k + 2][1:]))))
                    if not mixed:
                        return True
        if self._ministry_named(words):
            return True
        if any((self._is_title(w) or any(f in self.grammar.sector_nouns for f in bare_forms(w)))
               and k + 1 < len(words) and self.lexicon.place_at(words, k + 1) for k, w in enumerate(words)):
            return True                    # the office of a city: «محافظ بيشة», «أمير عسير», «صحة مكة»
        return any(self._is_title(w) for w in words[:4]) and any(
            f in self.grammar.place_nouns for w in words[1:] for f in bare_forms(w))

    def _ministry_named(self, words: Sequence[str]) -> bool:
        """A ministry named by its adjective alone (``ministry_adjectives``): heading the
        source («الداخلية», «والخارجية») or after «ل», «ب» («بيان للداخلية», «مسؤول
        بالخارجية»); not an adjective inside it («التدخل في الشؤون الداخلية»)."""
        if not words:
            return False
        adjectives = self.grammar.ministry_adjectives
        first = words[0][1:] if words[0][:1] in ("و", "ف") else words[0]
        return first in adjectives or any(w[:1] in ("ل", "ب") and not adjectives.isdisjoint(strip_proclitics(w))
                                          for w in words)

    def _learn_names(self, memory: DocumentMemory, words: Sequence[str], actor: str,
                     actors: Sequence[str] = ()) -> None:
        """Name tokens of a resolved speaker: after the last dictionary mention
        («ألكسندر شولغين»), and the surname of a person the dictionary names
        («أحمد عسيري» → «عسيري»). Of several coordinated speakers (``actors``), each
        name after its own nationality: «... البريطانية تريزا ماي ووزير الداخلية الفرنسي
        برنار كازنوف» teaches «ماي» as GBR and «كازنوف» as FRA."""
        mentions = self.mentions(words)
        for s, e, a in mentions:
            self._learn_member(memory, words, s, e, a)
        if len(actors) > 1 and mentions:
            for (_, e, a), (s_next, _, a_next) in zip(mentions, mentions[1:]):
                if a != a_next and a in actors:
                    self._learn_after(memory, words[:s_next], e, a)
            if mentions[-1][2] in actors:
                actor = mentions[-1][2]
        self._learn_after(memory, words, mentions[-1][1] if mentions else 0, actor)
        title = next((j for j, w in enumerate(words)     # «جيف ديفيس أحد المتحدثين باسم البنتاغون»
                      if self._is_title(w) or w in self.grammar.partitives), None)
        if title and (not mentions or mentions[0][0] > title):     # «... المتحدث الرسمي ... في الرياض»
            self._learn_opening(memory, words, title, actor)

    def _person(self, words: Sequence[str], s: int, e: int) -> bool:
        """A mention that names a person: several words, no article on the first and on
        one word at most («قوة المهام المشتركة» is no person), no title first («مفتي
        القدس»), no institution."""
        return (e - s >= 2 and not words[s].startswith("ال") and not self._institution(words[s:e])
                and sum(w.startswith("ال") for w in words[s:e]) <= 1 and not self._is_title(words[s])
                and not self._head_key(words[s])           # «مجلس الأمن الدولي», «حركة حماس»
                and not any(f in self.grammar.name_heads for f in bare_forms(words[s])))

    def _learn_member(self, memory: DocumentMemory, words: Sequence[str], s: int, e: int,
                      actor: str) -> None:
        """The surname of a person the dictionary names, wherever it stands: «اشتون
        كارتر» → «كارتر», «فرحان حق» → «حق» (two letters suffice: the dictionary names him)."""
        if self._person(words, s, e):
            surname = words[e - 1]
            if len(surname) >= 2 and surname not in self.generic_heads:
                _learn_surname(memory, surname, actor)

    def _learn_after(self, memory: DocumentMemory, words: Sequence[str], start: int, actor: str,
                     limit: int | None = None, first_only: bool = False, parts: bool = False) -> None:
        """Learn the surname of each name that follows ``start``: the last word of a
        run of name words, with the article after a first name («وليد المعلم» →
        «المعلم», «مبارك بن بنية الخرينج» → «الخرينج», «ألكسندر شولغين» → «شولغين»).
        Given names alone («محمد», «علي») are not learnt: news refers back by surname.
        ``first_only``: nothing after the first full name that ends with a family name
        (in free text the verb's object may follow: «واسى وكيل محافظ القنفذة عيد علي
        الزبيدي أسرة الشهيد محمد ...»). ``parts``: also keep the run's other words
        (:attr:`DocumentMemory.name_parts`).
        """
        stops = self.grammar.source_stops | self.grammar.complementizers
        end = len(words) if limit is None else min(len(words), start + limit)
        # where a title's office is: «مدير مكتب وزارة المالية في الأحساء أحمد الجغيمان» (in a window,
        # the place does not end it, nor count in it)
        located = next(((j, found) for j in range(start, end - 1)
                        if (found := self._place_after_fi(words, j) or self._region_at(words, j))), None) if limit else None
        if located:
            end = min(len(words), end + located[1] - located[0])
        if limit and _abbreviated(words, start, end):
            end = min(len(words), end + 2)      # «د .» counts as no word of the window
        run: list[str] = []

        def close() -> None:
            if run:                 # a run ends with a definite word only of five letters or more
                _learn_surname(memory, run[-1], actor)
                if parts and len(run) >= 2:     # after a mention the dictionary knows, not a home office
                    for part in run[1:-1] if run[0] in self._first_names else run[:-1]:
                        memory.name_parts.setdefault(part, actor)
                run.clear()

        for k, w in enumerate(words[start:end]):
            if k == 0 and w in (",", "،") and limit is not None:
                continue                                 # «، العميد ركن أحمد حسن عسيري»
            if located and located[0] <= start + k < located[1]:
                run.clear()
                continue
            if w == "." and start + k and words[start + k - 1] in ABBREVIATED_TITLES:
                run.clear()         # «وكيل إمارة منطقة الباحة د. حامد بن مالح الشمري»: the name follows
                continue
            if w in (",", "،") or w in stops or not w[:1].isalpha() or w in self.grammar.document_nouns:
                close()             # «... الملك سلمان بن عبد العزيز بحسب بيان للحركة»: no name in «بيان»
                if limit is not None:
                    break
                continue
            if w in NAME_PARTICLES:
                continue
            if w == "عام" or w in TITLE_ADJECTIVES:
                run.clear()         # «نائب مدير عام المياه المهندس بندر الجبر», «مفتي عام المملكة»:
                continue            # a title's adjective, no name before or after it
            if self.lexicon.place_at([w], 0) or self._nationality(w):
                run.clear()         # «محافظ بيشة», «قائد منطقة جازان», «نظيره الفرنسي»: no name here
                continue
            if _clitic_article(w):      # «للشؤون», «بالإنابة»: no name
                close()
                continue
            if w.startswith("ال"):
                if run and (run[-1] == "عبد" or (w == "الدين" and run[-1] in DIN_NAMES)):
                    # «عبد الرحمن البراك», «عز الدين الأصبحي»: a compound given name goes on
                    run.append(w)
                    continue
                if run and len(w) >= 5 and w not in self.generic_heads and not self._institution([w]):
                    run.append(w)
                    if start + k + 1 < end and words[start + k + 1] in NAME_PARTICLES:
                        continue                # «عبدالرحيم الحسين آل عبده»: the name goes on
                    if start + k > 0 and words[start + k - 1] in NAME_PARTICLES and start + k + 1 < end \
                            and self._family_name(words[start + k + 1]):
                        continue                # «حسين بن الراوي الرويلي»: the father's, then the family's
                    if first_only:
                        close()
                        break                   # a full name ends with its family name
                close()
                continue
            after_particle = start + k > 0 and words[start + k - 1] in NAME_PARTICLES   # «بن مساعد»
            following = words[start + k + 1] if start + k + 1 < len(words) else ","
            if len(run) >= 2 and not after_particle and len(w) >= 4 and w.endswith("ه") \
                    and following[:1].isalpha() and following not in stops:
                close()                         # a noun after a full name: «داريو فرانتشيسكيني عملية ...»
                if first_only:
                    break
                continue
            middle_name = len(run) == 1 and w in TITLE_NAMES and following.startswith("ال") and len(following) >= 5 \
                and following not in self.generic_heads and not self._institution([following])
            if (len(w) >= 3 or w in DIN_NAMES) and (after_particle or middle_name or not any(
                    f in self.grammar.titles or f in self.grammar.home_heads for f in bare_forms(w))):
                run.append(w)
            else:
                close()
        close()

    def _opening_subject(self, before: Sequence[str], agreement: Agreement) -> tuple[str, ...]:
        """A verb coordinated in a sentence shares the subject the sentence opened
        with, when that agrees with it: «وأصدرت منظمة “حظر الأسلحة الكيماوية”
        تقريرين منفصلين، وحددت فيهما …» → OPCW, «وتنصل جيش الاحتلال من … وقال»
        → ISR (before any earlier speaker)."""
        before = before[_dateline_end(before):]             # «الخرطوم - واس: استقبل ...»: no subject
        before = before[self._adverbial_prefix(before):]    # «إلى ذلك، تبنى حزب العمال الكردستاني ...»
        opener = self._sentence_opener(before)
        if opener is None or any(w in ("،", ",") for w in before[:opener[0]]):
            return ()
        start, end, actor = opener
        if start > 0 and self._private(before[1:end]):
            return ()         # «أكد محترف الهلال الجديد البرازيلي ...، مؤكدا»: a footballer, not Brazil
        if start == 1 and tuple(before[start:end]) in self.lexicon.adjectives and end < len(before) \
                and not before[end].startswith("ال") and self._name_word(before[end]):
            return ()         # «وصف التونسي يوسف المساكني ...، مشددا»: a Tunisian, not Tunisia
        gender = "f" if self._feminine_mention(before[start:end], actor) else "m"
        return (actor,) if agreement[0] in (None, gender) else ()

    def _opening_name(self, memory: DocumentMemory, before: Sequence[str], agreement: Agreement) -> tuple[str, ...]:
        """A name the document taught, right after the masculine verb that opens the
        sentence, is the subject a later masculine participle or verb shares: «واختتم
        الضويلع الزيارة بتفقد ...، مؤكدا» (not «وشكرت الجبير ...، مؤكدة»: the name is
        the object of a feminine verb)."""
        before = before[self._adverbial_prefix(before):]
        if len(before) < 3 or agreement[0] == "f" or self._opening_verb(before) != 0 \
                or any(w in ("،", ",", ":") or w in self.grammar.complementizers for w in before[:2]):
            return ()
        verb = before[0][1:] if before[0][:1] in ("و", "ف") else before[0]
        if (verb.startswith("ال") and verb not in self.grammar.name_honorifics) or (verb.endswith("ت") and len(verb) > 3):
            return ()       # no verb first (but «السيد ظريف يدعو ...، متسائلا»), or a feminine one
            #                 («وشكرت الجبير ...، مؤكدة»): the name is its object
        return next(((memory.names[f],) for f in bare_forms(before[1]) if f in memory.names), ())

    def _adverbial_prefix(self, before: Sequence[str]) -> int:
        """The length of a sentence adverbial and its comma that open the sentence («إلى
        ذلك،», «ومن جهة أخرى،»): the subject comes after them; 0 when there is none."""
        words = [before[0][1:], *before[1:]] if before and before[0][:1] in ("و", "ف") else list(before)
        n = adverbial_at(words, 0, self.grammar)
        return n + 1 if n and n < len(words) and words[n] in ("،", ",") else 0

    def _opening_office(self, memory: DocumentMemory, before: Sequence[str],
                        agreement: Agreement) -> tuple[str, ...]:
        """A participle or verb with a dropped subject continues the office that the
        sentence's first verb, no cue, has as its subject: «قام المدير العام لفرع وزارة
        الشؤون الاجتماعية بجازان محمد العزي معافا، بمعايدة النزلاء ... متمنياً» → SAU
        (the place's state, else the document's home), also after a fronted phrase
        («وخلال تفقده سير عمل لجان المركز، هنأ المدير العام للتعليم ...، متمنياً», «من
        جهته توقع مستشار ...»). The office runs to a comma or a preposition; no actor
        is named up to the comma (or in twelve words), unless it is the person holding
        the office (:meth:`_office_holder`)."""
        verb = self._opening_verb(before)
        if verb is None or len(before) < verb + 3 or before[verb] in self.grammar.not_speaker_start \
                or before[verb] in ("اما", "واما"):         # «أما وزير خارجيته فقد أعرب»
            return ()
        head = before[verb + 1]
        if not (self._is_title(head) or any(f in self.grammar.home_heads for f in bare_forms(head))):
            return ()
        window = self._office_window(before, verb)
        phrase = self._head_phrase(window)          # the subject, and whatever follows it
        if any(w in self.grammar.complementizers for w in before[verb + 1:]):
            return ()     # «وأضافت النيابة العامة أن ... اللذين ادعوا»: the first verb was a cue
        noun = noun_agreement(phrase)
        if (agreement[0] == "f" and noun[0] == "m") or (agreement[1] == "pl" and noun[1] != "pl"):
            return ()        # «وعبروا», «داعين» are not the director
        holder = self._office_holder(window)
        if holder:
            return holder        # «ونسب رئيس الوزراء احمد داود اوغلو ... . وقال»
        if self._named_in(before[verb:verb + 1 + len(window)]):
            return ()     # «قالت وزارة الداخلية في البحرين ... وأعلنت»: an actor is named
        if not self._institution(phrase) or self._private(phrase):
            return ()
        actor = self._place(phrase) or memory.home
        return (actor,) if actor else ()

    @staticmethod
    def _office_window(before: Sequence[str], verb: int) -> Sequence[str]:
        """The words after a sentence's opening verb, up to a comma, twelve at most."""
        window = before[verb + 1:verb + 13]
        return window[:next((k for k, w in enumerate(window) if w in (",", "،")), len(window))]

    def _office_holder(self, window: Sequence[str]) -> tuple[str, ...]:
        """The actor of the person the dictionary names right after the title that opens
        ``window``: «وزير الشؤون البلدية والقروية المهندس عبداللطيف بن عبدالملك آل الشيخ»
        → SAU; not a person in a dative («الشكر لوزير الخارجية عادل الجبير»)."""
        found = self.mentions(window)[:1]
        if not found or not found[0][0] or not self._is_title(window[0]):
            return ()
        s, e, actor = found[0]
        if any(w[:1] == "ل" and self._is_title(w[1:]) for w in window[1:s]):
            return ()
        # a person's name: «احمد داود اوغلو», or a name after «المهندس» («... آل الشيخ»)
        named = self._person(window, s, e) or (
            e - s >= 2 and any(f in self.grammar.name_honorifics for f in bare_forms(window[s - 1])))
        return (actor,) if named else ()

    def _named_in(self, words: Sequence[str]) -> bool:
        """Whether ``words`` name an actor before any dative after «ل» («ورفع اللواء جمعان
        الغامدي الشكر لخادم الحرمين الشريفين الملك سلمان»: the king is thanked, not the
        subject)."""
        mentions = self.mentions(words)
        return bool(mentions) and not (words[mentions[0][0]][:1] == "ل"
                                       and words[mentions[0][0]] not in self.lexicon.bases)

    def remember_subject(self, memory: DocumentMemory, words: Sequence[str]) -> None:
        """Remember the office that opens a sentence with no cue (:meth:`_opening_office`),
        for a dropped subject in the next sentence before any other speaker: «من جهته
        توقع مستشار رئيس الوزراء لشؤون الانتخابات اللواء رفعت قمصان إجراء الانتخابات ...
        . وبينما أوضح للصحفيين أن ...» → the adviser's state."""
        office = self._opening_office(memory, words, UNMARKED)
        memory.subject = (tuple(words), len(memory.speakers)) if office else None
        if office:            # «وجه أمير منطقة نجران الأمير جلوي بن عبدالعزيز ...»: then «الأمير جلوي»
            verb = self._opening_verb(words)
            self._remember_full_name(memory, self._office_window(words, verb), office)

    def _opening_verb(self, before: Sequence[str]) -> int | None:
        """Where the sentence's first verb stands: first, or after «قد» («وقد وجه»), or
        after a fronted adverbial («من جهته توقع»), or after a fronted clause of time up
        to its comma («وخلال تفقده ...، هنأ»); None when a comma ends no such clause
        within ten words."""
        start = _dateline_end(before)          # «سبق- القصيم: رفع مدير فرع ...»
        before = before[start:]
        for n in (3, 2):
            if len(before) > n and " ".join(before[:n]) in self.grammar.verb_adverbials:
                return start + n + (before[n] in (",", "،"))
        first = before[0][1:] if before and before[0][:1] == "و" else (before[0] if before else "")
        if (first in self.grammar.perfect_particles or before[:1] == ["فقد"]) and len(before) > 1 \
                and not before[1].startswith(("ال", "ي")) and not self._is_title(before[1]):
            return start + 1              # «وقد وجه مدير عام الشؤون الصحية ...، مؤكدا»; not the verb
            #                               «فقد وزير الصحة والده», nor «قد يتوجه» ('may')
        if first in TIME_OPENERS:
            comma = next((k for k, w in enumerate(before[:10]) if w in (",", "،")), None)
            return start + comma + 1 if comma is not None else None
        return start

    def _clause_subject(self, before: Sequence[str]) -> tuple[str, ...]:
        """With no speaker before it, a dropped subject is the actor the sentence opened
        with: «وصف رئيس الحكومة الإسرائيلية بنيامين نتنياهو القرار بأنه نفاق، وقال …»."""
        opener = self._sentence_opener(before)
        return (opener[2],) if opener else ()

    def _clause_institution(self, memory: DocumentMemory, before: Sequence[str],
                            agreement: Agreement) -> tuple[str, ...]:
        """With no speaker of its gender before it, a feminine dropped subject is the last
        national institution that a feminine verb earlier in the sentence has as its subject:
        «يأتي ذلك فيما ينتظر أن تبدأ وزارة العدل بتدشين نظام البصمة ...، وقالت في بيان لها»
        → the home state's (or the state of the place it names). Not an object («طالب
        الكاتب ... وزير الإسكان»), nor a masculine head («النائب البطريركي»)."""
        if agreement[0] != "f":
            return ()
        for k in range(len(before) - 1, 0, -1):
            if not self._bare_head(before[k]) or before[k - 1] in self.grammar.not_speaker_before:
                continue                    # «بوزارة», «لوزارة», «مع وزارة»: no subject
            phrase = self._head_phrase(before[k:k + 6])
            verb = before[k - 1]
            feminine_verb = (verb.startswith("ت") and len(verb) >= 3) or (verb.endswith("ت") and len(verb) >= 4)
            if feminine_verb and noun_agreement(phrase)[0] == "f" and agreement[1] in (None, "sg") \
                    and self._institution(phrase) and not self._private(phrase) and not self.mentions(phrase):
                actor = self._place(phrase) or memory.home
                return (actor,) if actor else ()
            return ()
        return ()

    def _bare_head(self, word: str) -> bool:
        """A home head as it stands or after «و»/«ف», not after «ب», «ل», «ك» («وزارة», «والوزارة»)."""
        cores = (word, word[1:]) if word[:1] in ("و", "ف") else (word,)
        return any(f in self.grammar.home_heads for c in cores for f in (c, c[2:] if c.startswith("ال") else c))

    def _sentence_opener(self, before: Sequence[str]) -> tuple[int, int, str] | None:
        """The actor the sentence opened with: its first mention, within five words (not
        counting a style such as «صاحب السمو الملكي») and before any complementiser or
        colon («وأوضح أن انسحاب الحوثيين ...، مشيرا»: the Houthis are in the content,
        not the subject), and not right after a private
        head («الشاعر أحمد عسيري» is not the coalition's spokesman); none after a
        fronted phrase («وفي الشأن الليبي، قال ...»: a topic, not a subject)."""
        if self._fronted(before):
            return None
        mentions = [m for m in self.mentions(before)
                    if not (m[0] > 0 and before[m[0] - 1] in self.grammar.not_speaker_before)
                    and not self._surname_mention(before, m)      # «الدكتور عثمان الصيني»: no China
                    and not _told_before(before, m[0])            # «كشف هذا لـ"الرياض" الدكتور»
                    and not (before[m[0]][:1] == "ل" and self.lexicon.actors[m[2]].kind == "media")]   # «وقال لرويترز»
        if not mentions or mentions[0][0] > 4 + _style_length(before) or any(
                w in self.grammar.complementizers or w == ":" for w in before[:mentions[0][0]]):
            return None         # «وأضاف: «حاول الحوثيون ...»، مبينا»: the Houthis are quoted
        s, e, _ = mentions[0]
        if s > 0 and any(f in self.describing_heads for f in bare_forms(before[s - 1])):
            return None          # «فيما ابتدر الحديث الشاعر أحمد عسيري»: a poet of the same name
        if s > 1 and (before[s],) in self.lexicon.adjectives and self._private(before[s - 2:e + 1]):
            return None          # «وسبق لوسائل إعلام اسبانية ان ذكرت»: the state only qualifies a medium
        return mentions[0]

    def _fronted(self, before: Sequence[str]) -> bool:
        """The sentence opens with a prepositional phrase («وعن اليمن»، «وفي الشأن الليبي،»):
        an actor named in it is the topic, not the subject of the verb."""
        if not before:
            return False
        first = before[0][1:] if before[0][:1] in ("و", "ف") else before[0]
        return before[0] in self.grammar.not_speaker_start or first in self.grammar.not_speaker_start

    def _previous_speaker(self, memory: DocumentMemory, agreement: Agreement = UNMARKED,
                          nested: bool = False) -> tuple[str, ...]:
        """The actors of the last speaker that agrees in gender and number with
        the cue, skipping speakers quoted inside another's content unless the cue
        is itself quoted; none when that speaker was unresolved."""
        for speaker in reversed(memory.speakers):
            if speaker.nested and not nested:
                continue
            if agrees(speaker.agreement, agreement) and self.certain(speaker):
                return speaker.actors
        return ()

    def certain(self, speaker: Speaker) -> bool:
        """A speaker that is certainly one: resolved, or :meth:`_named`."""
        return bool(speaker.actors) or self._named(speaker)

    def _named(self, speaker: Speaker) -> bool:
        """An unresolved speaker that is certainly a speaker («مصادر يمنية», «سياسيون
        يمنيون», «الخبير العسكري العميد أحمد رحال»), not words a failed source span took
        in: a source noun, a private head or a title heads it, or a private head or a
        title stands in its first five words."""
        words = speaker.text.split()
        if not words:
            return False
        if speaker.alone:
            return True              # «وقال ليفيت إن»: a name between the verb and its content
        if len(words) > 1 and self._opens_name(words[0]) and self._name_word(words[1]):
            return True              # «ووصف عبدالرؤوف المطرود الجريمة بـ...»: a person, the span took his object
        if len(words) > 2 and self._honorific_name(words, 0) and self._name_word(words[2]):
            return True              # «وأكد المهندس شاكر نوح أن»: a professional honorific opens a name
        if self._speaker_head(words[0]) or speaker.agreement[1] == "pl":
            return True
        # a titled or described speaker («رئيس لجنة الاحتفالات ...», «سعيد اللاوندي الخبير
        # بالشؤون العربية»), not a phrase a failed span took in
        heads = self.describing_heads
        return any(self._is_title(w) or any(b in heads for b in bare_forms(w)) for w in words[:5])

    def _speaker_head(self, word: str) -> bool:
        """A word that heads a speaker's phrase by what it is: a describing head
        («الخبير», not «الكثير من ...»), a source noun («مصدر») or an anaphor."""
        return any(b in self.describing_heads or b in self.grammar.source_nouns or b in self.grammar.anaphors
                   for b in bare_forms(word))


def dominant(counts: Counter[str], least: int, dominance: float = 1.0) -> str | None:
    """The key counted most, if counted at least ``least`` times, more often than
    the next and at least ``dominance`` times as often; else None."""
    (top, n), (_, runner_up) = (counts.most_common(2) + [("", 0), ("", 0)])[:2]
    return top if n >= least and n > runner_up and n >= dominance * runner_up else None


def _across_border(words: Sequence[str], s: int) -> bool:
    """The mention at ``s`` is the other side of a border («على الحدود مع سوريا»), not
    where the news is."""
    return s >= 2 and words[s - 1] == "مع" and words[s - 2] in BORDER_WORDS


def _dateline(words: Sequence[str]) -> tuple[int, int] | None:
    """``(dash, end)`` of a dateline that opens ``words`` («سبق- القصيم:», «الرياض - واس»):
    a dash in the first five words, then up to «:», «/» or the end of the line (else the
    first ``DATELINE_WINDOW`` words); None when there is no dash."""
    window = words[:DATELINE_WINDOW]
    if DATELINE_DASHES.isdisjoint(window[:5]):
        return None
    dash = next(k for k, w in enumerate(window) if w in DATELINE_DASHES)
    return dash, next((k for k, w in enumerate(window) if k > dash and w in DATELINE_ENDS), len(window))


def _dateline_end(words: Sequence[str]) -> int:
    """Where the text starts after a dateline closed by «:» or «/» («سبق- القصيم: رفع
    ...»); 0 when there is none."""
    bounds = _dateline(words)
    closed = bounds is not None and bounds[1] < len(words) and words[bounds[1]] in (":", "/")
    return bounds[1] + 1 if closed else 0


def _remembered(cache: dict, key, compute, limit: int = 200_000):
    """``compute(key)`` (never None), remembered in ``cache``, which is emptied when it
    grows past ``limit`` entries: a corpus's words and phrases recur, but are unbounded."""
    known = cache.get(key)
    if known is None:
        if len(cache) > limit:
            cache.clear()
        known = cache[key] = compute(key)
    return known


def _learn_surname(memory: DocumentMemory, surname: str, actor: str) -> None:
    """Learn a surname for ``actor``, also without its article («القحطاني», «قحطاني»)."""
    memory.names.setdefault(surname, actor)
    if surname.startswith("ال") and len(surname) > 4 and surname[2:] not in NAME_OPENERS:
        memory.names.setdefault(surname[2:], actor)     # not «عبد» of «العبد»: it opens given names


# newspapers' names that other outlets share («الجزيرة» is Qatar's channel too, «اليوم» ends
# «المصري اليوم»): told in quotes, they do not place a document (folded)
SHARED_OUTLET_NAMES = frozenset({"الجزيره", "اليوم"})


# the holder of a body's post that names the body: «مساعد الأمين» is an official of «الأمانة»
# (a municipality) the document named (folded forms)
HOLDERS = {"الامين": "الامانه"}


def _genitive(word: str) -> str:
    """A body's word without the «لـ» of a genitive after a title: «للمكتب» → «المكتب»,
    «لمجلس» → «مجلس» (for comparing the same body named after another office)."""
    if word.startswith("لل"):
        return "ال" + word[2:]
    return word[1:] if word.startswith("ل") and len(word) > 3 else word


def _coordinated(words: Sequence[str], end: int, start: int) -> bool:
    """The mention at ``start`` is coordinated with the one that ends at ``end``: «...
    والولايات المتحدة», «...، بريطانيا»."""
    gap = list(words[end:start])
    return (not gap and words[start].startswith("و")) or gap in (["،"], [","], ["و"])


def _in_quoted_name(lexicon: ActorLexicon, words: Sequence[str], mention: tuple[int, int, str]) -> bool:
    """A state's name or capital that opens a quoted name of more words names something
    else: «بيرو فان دايك» is a company, not Peru («تقرير لـ«بيرو فان دايك»»), and so is
    "مصر للطيران". Up to three words may follow it inside the quotes."""
    s, e, actor = mention
    if s == 0 or lexicon.actors[actor].kind != "state" or tuple(words[s:e]) in lexicon.adjectives:
        return False                     # «هيئة التنسيق الوطنية السورية», «السعودي الفرنسي كابيتال»
    quote = words[s - 1]
    if quote not in OPEN_QUOTES and not (quote == '"' and words[:s - 1].count('"') % 2 == 0):
        return False                     # «رئيس الوزراء "الإسرائيلي" بنيامين نتنياهو»: a closing quote
    inside = words[e:e + 4]
    k = next((k for k, w in enumerate(inside) if w in QUOTES), None)
    return bool(k) and all(w[:1].isalpha() for w in inside[:k])


def _drop_quoted_names(lexicon: ActorLexicon, words: Sequence[str]) -> Sequence[str]:
    """The words without the mentions that are only part of a quoted name, for rules that
    read past the quotes («تقرير لـ«بيرو فان دايك»»: no Peru)."""
    if QUOTES.isdisjoint(words):
        return words
    dropped = {k for m in lexicon.mentions(words) if _in_quoted_name(lexicon, words, m) for k in range(m[0], m[1])}
    return [w for k, w in enumerate(words) if k not in dropped] if dropped else words


STYLES = (("صاحب", "السمو", "الملكي"), ("صاحب", "السمو"), ("صاحب", "المعالي"), ("صاحب", "الفضيله"),
          ("صاحب", "السعاده"))    # folded


def _style_length(words: Sequence[str]) -> int:
    """Length of the style that stands after a sentence's first word: «أطلق صاحب السمو
    الملكي الأمير فيصل بن خالد» → 3."""
    if not words or words[0] in ("برعايه", "وبرعايه", "تحت", "وتحت"):
        return 0             # «برعاية صاحب السمو الملكي ...»: a patron, no subject
    return next((len(st) for st in STYLES if tuple(words[1:1 + len(st)]) == st), 0)


SEATS_BARE = frozenset({"مقره", "مقرها", "مقرهم"})       # a body's seat (folded)
SEATS = frozenset("و" + w for w in SEATS_BARE)            # «ومقره بريطانيا»
VISITS = frozenset({"زياره", "بزياره", "زيارته", "زيارتها", "وصل", "يصل", "وصلت", "تصل", "وصوله",
                    "وصولها"})   # folded
RETURNS = frozenset({"عوده", "عودته", "عودتها", "عاد", "عادت", "بعد"})    # «عودته من زيارته إلى الصين»


def _visit_to(words: Sequence[str], i: int) -> bool:
    """Word ``i`` names where a visit goes: after «إلى» a few words past the visit
    («بزيارة إلى», «وصل الرئيس الأمريكي باراك أوباما إلى»), or glued to «ل» right
    after it («زيارته للعراق»)."""
    if i > 1 and words[i - 1] in ("الي", "الى"):
        return any(w in VISITS for w in words[max(0, i - 9):i - 1])
    return i > 0 and words[i][:1] == "ل" and words[i - 1] in VISITS


def _central_bank_at(words: Sequence[str], k: int) -> bool:
    """A bank at ``k`` with «المركزي» in the three words after it: «بنك الكويت المركزي»."""
    return any(f in BANKS for f in bare_forms(words[k])) and any(w in CENTRAL for w in words[k + 1:k + 4])


def _names_central_bank(words: Sequence[str]) -> bool:
    """A bank and «المركزي» after it: «البنك المركزي المصري», «مصرف ليبيا المركزي»
    (not «المجلس المركزي الفلسطيني»)."""
    return any(_central_bank_at(words, k) for k in range(len(words)))


def _definite_plural(word: str) -> bool:
    """A definite masculine plural (or dual) in the oblique «ين», longer than a name such
    as «الحسين»: «المرشحين», «الموظفين», «الفلسطينيين»."""
    return word.startswith("ال") and word.endswith("ين") and len(word) > 6


@functools.lru_cache(maxsize=4096)
def _long_vowel_drops(word: str) -> frozenset[str]:
    """``word`` and each spelling of it with one inner long vowel (after its first two
    letters, before its last) left out: «الرافعي» → «الرفعي», «الرافع»... (not the
    nisba's final «ي»: «الرشيد» is not «الرشيدي»)."""
    return frozenset({word} | {word[:k] + word[k + 1:] for k in range(2, len(word) - 1) if word[k] in "اوي"})


def _misspelt(word: str, names: Mapping[str, str]) -> str | None:
    """The one learnt name of five letters or more that ``word`` spells with an inner
    long vowel moved («الرافعي» / «الرفاعي»), when ``word`` itself was not learnt; a
    vowel more or less makes another name («العمري» / «العامري», «السعدي» / «السعيدي»)."""
    if word in names:
        return None
    drops = _long_vowel_drops(word)
    found = {name for name in names if len(name) == len(word) and not drops.isdisjoint(_long_vowel_drops(name))}
    return found.pop() if len(found) == 1 else None


def _not_private_body(words: Sequence[str], k: int) -> bool:
    """The private body's word at ``k`` names a state body: an operations room («غرفة
    عمليات», «غرفة العمليات المشتركة»), an intelligence service («منظمة الاستخبارات
    الوطنية التركية»), a central bank («بنك الكويت المركزي», «مصرف ليبيا
    المركزي»; not «مستشفى الملك فهد المركزي»)."""
    if k + 1 < len(words) and (words[k + 1] in OPERATIONS or words[k + 1] in INTELLIGENCE):
        return True
    return _central_bank_at(words, k)


def _people(word: str) -> bool:
    """An indefinite masculine plural, a nationality's people rather than its state:
    «يمنيون», «صينيون كثيرون» (not «الروس», «الإيرانيين»)."""
    return not word.startswith(("ال", "وال")) and word.endswith(("ون", "يين"))


def _quoted_name(between: Sequence[str]) -> bool:
    """Only quotation marks stand between a body's head and a name: the name is the
    body's own («منظمة “حظر الأسلحة الكيماوية”»)."""
    return bool(between) and not any(w[:1].isalnum() for w in between)


def _first_of(words: Sequence[str], heads: frozenset[str]) -> int:
    """Index of the first word whose bare form is in ``heads`` (``len(words)`` if none)."""
    return next((k for k, w in enumerate(words) if any(f in heads for f in bare_forms(w))), len(words))


def unresolved_sources(attributions: Iterable, top: int = 30) -> list[tuple[str, int, list[str]]]:
    """The most frequent unresolved speakers: ``(source text, count, example sentences)``.

    Sources are grouped by their folded spelling (so «المصدر» and «المصدر»
    with diacritics count together) and listed by their most frequent original
    spelling, with up to three example sentences. Use it to see which
    speakers a corpus needs added to a user ``actors.yaml``.

    >>> from discourse.analyzer import Analyzer
    >>> unresolved_sources(Analyzer().analyze("وقال الشيخ محمد العلي إن الوضع صعب."))[0][:2]
    ('الشيخ محمد العلي', 1)
    """
    counts: Counter[str] = Counter()
    spellings: dict[str, Counter[str]] = {}
    examples: dict[str, list[str]] = {}
    for a in attributions:
        if a.source is not None and not a.actors:
            key = fold(a.source.text)
            counts[key] += 1
            spellings.setdefault(key, Counter())[a.source.text] += 1
            ex = examples.setdefault(key, [])
            if len(ex) < 3:
                ex.append(a.sentence_span.text if a.sentence_span else a.source.text)
    return [(spellings[k].most_common(1)[0][0], c, examples[k]) for k, c in counts.most_common(top)]


# Honorifics of a state's ministers and heads of state (folded), not of princes or clerics
# («سموه», «سماحته» may be a party's leader's)
STATE_HONORIFICS = frozenset({"معاليه", "معاليها", "فخامته"})


def _told_before(words: Sequence[str], k: int) -> bool:
    """The word at ``k`` is the quoted medium something was told to: «لـ"الرياض"»."""
    return k > 1 and words[k - 1] in QUOTES and told_at(words, k - 2) > 0
