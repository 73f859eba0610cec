"""Resolve speakers to actors: dictionary matching, nisba adjectives, members, anaphora."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Sequence

from .errors import LexiconError
from .lexicons import (
    Grammar, builtin_dir, check_list, check_str, entry_name, merge, read_yaml,
)
from .normalize import fold

ACTOR_KINDS = ("state", "igo", "ngo", "media", "group", "person")
NAME_PROCLITICS = ("و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل")
FEMININE_ENDINGS = ("ه", "ات", "تان", "تين")


def adjective_forms(adjective: str) -> list[str]:
    """Every inflection of a nisba adjective from its base form.

    «الروسي» → الروسي، الروسية، الروسيان، الروسيتان، الروسيين، الروسيون ...
    (folded spelling), with and without the article.

    >>> sorted(adjective_forms("الروسي"))[:4]
    ['الروسي', 'الروسيات', 'الروسيان', 'الروسيتان']
    """
    word = fold(adjective)
    stem = word[2:] if word.startswith("ال") else word
    if stem.endswith("ي"):
        stem = stem[:-1]
    endings = ("ي", "يه", "يان", "يين", "يتان", "يتين", "يون", "يات")
    forms = [("ال" + stem + e) for e in endings] + [stem + e for e in endings if e != "ي"]
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

    first: dict[str, list[tuple[tuple[str, ...], str]]] = field(default_factory=dict)
    actors: dict[str, Actor] = field(default_factory=dict)
    seen: set[tuple[str, ...]] = field(default_factory=set)

    def add(self, phrase: str, actor_id: str, path, entry, fieldname) -> None:
        key = tuple(fold(phrase).split())
        if not key:
            raise LexiconError(path, entry, fieldname, "must not contain an empty name", phrase)
        if key in self.seen:  # the first entry to claim a phrase keeps it
            return
        self.seen.add(key)
        for first in _with_proclitics(key[0]):
            bucket = self.first.setdefault(first, [])
            bucket.append((key[1:], actor_id))
            bucket.sort(key=lambda item: -len(item[0]))

    def match_at(self, words: Sequence[str], i: int) -> tuple[int, str] | None:
        """Longest match starting at word ``i``: ``(end, actor_id)``."""
        for rest, actor in self.first.get(words[i], ()):
            n = len(rest)
            if tuple(words[i + 1:i + 1 + n]) == rest:
                return i + 1 + n, actor
        return None

    def mentions(self, words: Sequence[str]) -> list[tuple[int, int, str]]:
        """All non-overlapping longest mentions ``(start, end, actor)`` in ``words``."""
        out = []
        i = 0
        n = len(words)
        first = self.first
        while i < n:
            if words[i] in first:
                m = self.match_at(words, i)
                if m:
                    out.append((i, m[0], m[1]))
                    i = m[0]
                    continue
            i += 1
        return out

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


def _strip_proclitic(word: str) -> list[str]:
    out = []
    if word.startswith("لل") and len(word) > 4:
        out.append("ال" + word[2:])
        out.append(word[2:])
    if word.startswith("ولل") and len(word) > 5:
        out.append("ال" + word[3:])
    for p in NAME_PROCLITICS:
        if word.startswith(p) and len(word) - len(p) >= 3:
            out.append(word[len(p):])
    return out


def validate_actor(path, i: int, e: dict) -> None:
    name = entry_name(e, i)
    check_str(path, name, e, "id")
    check_str(path, name, e, "kind", required=False, choices=ACTOR_KINDS)
    check_str(path, name, e, "label", required=False)
    check_str(path, name, e, "parent", required=False)
    check_list(path, name, e, "names", required=True)
    check_list(path, name, e, "adjectives")
    check_list(path, name, e, "members")
    roles = e.get("roles") or {}
    if not isinstance(roles, dict):
        raise LexiconError(path, name, "roles", "must be a mapping role → list of phrases", roles)
    for role, phrases in roles.items():
        check_list(path, name, {"roles": phrases}, "roles")


def compile_actors(entries: Iterable[tuple[Path, dict]]) -> ActorLexicon:
    """Build the phrase table from validated entries (names, adjective forms, members)."""
    lex = ActorLexicon()
    for path, e in entries:
        aid = e["id"]
        roles = tuple((fold(p), role) for role, ps in (e.get("roles") or {}).items() for p in ps)
        lex.actors[aid] = Actor(aid, e.get("label") or aid, e.get("kind") or "state",
                                e.get("parent"), roles)
        for fieldname in ("names", "members"):
            for phrase in e.get(fieldname) or []:
                lex.add(phrase, aid, path, aid, fieldname)
        for adj in e.get("adjectives") or []:
            for form in adjective_forms(adj):
                lex.add(form, aid, path, aid, "adjectives")
        for role, phrases in (e.get("roles") or {}).items():
            for phrase in phrases:
                lex.add(phrase, aid, path, aid, "roles")
    return lex


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

@dataclass
class DocumentMemory:
    """What a document has said so far: mentions, names learnt, speakers."""

    names: dict[str, str] = field(default_factory=dict)      # person name token → actor
    heads: dict[str, str] = field(default_factory=dict)      # «النظام» → SYR after «النظام السوري»
    mentions: list[tuple[str, bool]] = field(default_factory=list)  # (actor, feminine) in order
    speakers: list[tuple[tuple[str, ...], str, bool]] = field(default_factory=list)  # (actors, source, fem)


def is_feminine(words: Sequence[str]) -> bool:
    return bool(words) and words[0].endswith(FEMININE_ENDINGS)


class Resolver:
    """Resolve the speaker of each attribution of one document, in reading order.

    Rules, in order: a dictionary mention inside the source (the first one not
    preceded by «لدى / إلى / ضد ...», plus the ones coordinated with it by «و»
    or a comma); a person name learnt earlier in the document («لافروف» after
    «وزير الخارجية الروسي سيرغي لافروف»); a generic head learnt earlier
    («النظام» after «النظام السوري»); «الأخير / الأخيرة» → the last actor
    mentioned of that gender; an anaphoric noun («المصدر», «التقرير», «الشبكة»)
    → the last speaker whose source has that noun, else the last speaker; a
    dropped subject → the last speaker.
    """

    def __init__(self, lexicon: ActorLexicon, grammar: Grammar, generic_heads: Iterable[str] = ()):
        self.lexicon = lexicon
        self.grammar = grammar
        self.generic_heads = frozenset(generic_heads) | grammar.anaphors

    def observe(self, memory: DocumentMemory, words: Sequence[str]) -> None:
        """Record the actor mentions of a sentence (for «الأخيرة») and generic heads."""
        for s, e, actor in self.lexicon.mentions(words):
            memory.mentions.append((actor, self._feminine_mention(words[s:e], actor)))
            head = _strip_proclitic(words[s])[:1] or [words[s]]
            for h in (words[s], head[0]):
                if e - s >= 2 and h in self.generic_heads:
                    memory.heads[h] = actor

    def _feminine_mention(self, words: Sequence[str], actor: str) -> bool:
        """Grammatical gender of a mention: «روسيا», «الولايات المتحدة» are feminine;
        «العراق», «مجلس الأمن» masculine."""
        if words[-1].endswith(FEMININE_ENDINGS):
            return True
        kind = self.lexicon.actors[actor].kind if actor in self.lexicon.actors else ""
        return kind == "state" and len(words) == 1 and not words[0].startswith(("ال", "وال", "بال", "لل"))

    def resolve(self, memory: DocumentMemory, source: Sequence[str] | None,
                feminine_cue: bool | None = None) -> tuple[str, ...]:
        """Actor ids of a source phrase (folded words), or of a dropped subject."""
        actors = self._resolve(memory, source, feminine_cue)
        if source:
            memory.speakers.append((actors, " ".join(source), is_feminine(source)))
        elif actors:
            memory.speakers.append((actors, "", bool(feminine_cue)))
        return actors

    def _resolve(self, memory, source, feminine_cue) -> tuple[str, ...]:
        if not source:
            return self._previous_speaker(memory)
        words = [w for w in source if w[:1].isalnum() or w in ",،"]
        found = self._dictionary(words)
        if found:
            self._learn_names(memory, words, found[0])
            return found
        for w in words:
            for form in [w] + _strip_proclitic(w):
                if form in memory.names:
                    return (memory.names[form],)
        first = words[0] if words else ""
        if first in self.grammar.latter:
            fem = first.endswith("ه")
            for actor, f in reversed(memory.mentions):
                if f == fem:
                    return (actor,)
            return ()
        if first in self.grammar.anaphors or first in memory.heads:
            if first in memory.heads and len(words) <= 2:
                return (memory.heads[first],)
            for actors, text, _ in reversed(memory.speakers):
                if actors and first.replace("ال", "", 1) in text:
                    return actors
            if len(words) <= 2:
                return self._previous_speaker(memory)
        return ()

    def _dictionary(self, words: Sequence[str]) -> tuple[str, ...]:
        mentions = [m for m in self.lexicon.mentions(words)
                    if not (m[0] > 0 and words[m[0] - 1] in self.grammar.not_speaker_before)]
        if not mentions:
            return ()
        chosen = [mentions[0]]
        for m in mentions[1:]:
            prev_end = chosen[-1][1]
            gap = words[prev_end:m[0]]
            coordinated = (words[m[0]].startswith("و") and not gap) or gap in (["،"], [","], ["و"])
            if coordinated:
                chosen.append(m)
            else:
                break
        return tuple(dict.fromkeys(a for _, _, a in chosen))

    def _learn_names(self, memory: DocumentMemory, words: Sequence[str], actor: str) -> None:
        """Tokens after the last dictionary mention that look like a name."""
        mentions = self.lexicon.mentions(words)
        last = mentions[-1][1] if mentions else 0
        for w in words[last:]:
            if len(w) >= 3 and not w.startswith("ال") and w not in self.grammar.source_stops:
                memory.names.setdefault(w, actor)

    def _previous_speaker(self, memory) -> tuple[str, ...]:
        """The last resolved speaker (gender agreement is not checked yet)."""
        for actors, _, _ in reversed(memory.speakers):
            if actors:
                return actors
        return ()


def unresolved_sources(attributions: Iterable, top: int = 30) -> list[tuple[str, int, list[str]]]:
    """The most frequent unresolved source texts with up to three example sentences.

    Use it to see which speakers a corpus needs added to a user ``actors.yaml``.
    """
    counts: Counter[str] = Counter()
    examples: dict[str, list[str]] = {}
    for a in attributions:
        if a.source is not None and not a.actors:
            key = fold(a.source.text)
            counts[key] += 1
            ex = examples.setdefault(key, [])
            if len(ex) < 3:
                ex.append(a.sentence_span.text if a.sentence_span else a.source.text)
    return [(k, c, examples[k]) for k, c in counts.most_common(top)]
