"""Find reporting cues (verbs, participles, masdars, nominal and headline cues) in a sentence."""
from __future__ import annotations

from dataclasses import dataclass

from .lexicons import CueForm, CueLexicon, Grammar
from .segment import QUOTES, Sentence

CONTEXT = 12  # tokens looked at after a cue for a complementiser or preposition


@dataclass(frozen=True, slots=True)
class CueMatch:
    """A cue found at token ``index`` (to ``end`` exclusive) of a sentence."""

    index: int
    end: int
    form: CueForm
    negated: bool = False


def opens_content(tok: str, grammar: Grammar) -> bool:
    """A complementiser, a colon or an opening quote."""
    return tok in grammar.complementizers or tok == ":" or tok in QUOTES


def _has_ahead(words: list[str], i: int, wanted, stop_at_cue=None) -> bool:
    for w in words[i + 1:i + 1 + CONTEXT]:
        if w in wanted:
            return True
        if w in ".!?؟":
            return False
    return False


def _complement_ahead(words: list[str], i: int, grammar: Grammar) -> bool:
    for w in words[i + 1:i + 1 + CONTEXT]:
        if opens_content(w, grammar):
            return True
    return False


def find_cues(sentence: Sentence, lexicon: CueLexicon, grammar: Grammar) -> list[CueMatch]:
    """Cue candidates of one sentence, in order, before span checks.

    Verb forms are taken as they are; a lemma marked ``requires_complement``
    (forms that are also common words, such as «بين» 'between') must be followed
    by a complementiser, a colon or a quote; a verb with a governed preposition
    («أعرب عن») must be followed by it. Impersonal phrases («يذكر أن») are
    skipped. Masdars and nominal cues are returned here and kept by the span
    stage only when a source can be found for them.
    """
    words = [t.text for t in sentence.tokens]
    out: list[CueMatch] = []
    i = 0
    n = len(words)
    while i < n:
        w = words[i]
        form = lexicon.forms.get(w)
        end = i + 1
        if form is None and w in lexicon.multi:
            for rest, f in lexicon.multi[w]:
                if tuple(words[i + 1:i + 1 + len(rest)]) == rest:
                    form, end = f, i + 1 + len(rest)
                    break
        if form is None:
            i += 1
            continue
        if form.kind == "nominal" and form.heads:
            if end >= n or words[end] not in form.heads:
                i += 1
                continue
            end += 1
        if _impersonal(words, i, form, lexicon):
            i = end
            continue
        if form.kind in ("verb", "participle"):
            if form.requires_complement and not _complement_ahead(words, i, grammar):
                i += 1
                continue
            if form.preposition and not _has_ahead(words, i, _preposition_forms(form.preposition)):
                i += 1
                continue
        negated = (form.kind == "verb" and i > 0 and words[i - 1] in grammar.negators
                   and (form.tense == "imperfect" or words[i - 1] == "ليس"))
        out.append(CueMatch(i, end, form, negated))
        i = end
    return out


_PREP_CACHE: dict[str, frozenset[str]] = {}


def _preposition_forms(prep: str) -> frozenset[str]:
    """A preposition as a word and with its pronoun forms: عن، عنه، عنها ..."""
    if prep not in _PREP_CACHE:
        from .normalize import fold
        p = fold(prep)
        forms = {p} | {p + s for s in ("ه", "ها", "هم", "هما", "هن", "نا", "ي")}
        if p == "عن":
            forms |= {"عنه", "عما", "عمن"}
        _PREP_CACHE[prep] = frozenset(forms)
    return _PREP_CACHE[prep]


def _impersonal(words: list[str], i: int, form: CueForm, lexicon: CueLexicon) -> bool:
    if not lexicon.impersonal:
        return False
    bare = words[i][form.prefix:]
    pair = bare + " " + (words[i + 1] if i + 1 < len(words) else "")
    return bare in lexicon.impersonal or pair in lexicon.impersonal
