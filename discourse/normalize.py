"""Arabic normalisation that keeps a map back to the original character offsets."""
from __future__ import annotations

import functools
import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from typing import Iterable

from camel_tools.utils.charsets import AR_DIAC_CHARSET
from camel_tools.utils.normalize import (
    normalize_alef_ar,
    normalize_alef_maksura_ar,
    normalize_teh_marbuta_ar,
)

TATWEEL = "\u0640"
# Characters removed from the copy: camel-tools' Arabic diacritics, tatweel,
# and invisible format characters that break words (ZWNJ, ZWJ, LRM, RLM, BOM).
_DELETE = "".join(sorted(AR_DIAC_CHARSET)) + TATWEEL + "\u200c\u200d\u200e\u200f\ufeff"
_DELETE_RE = re.compile("[" + re.escape(_DELETE) + "]+")

# One-to-one replacements the camel-tools normalisers do not cover: hamza on
# waw / yeh, Arabic-Indic and Persian digits, and the hashtag marks
# («#نيكي_هيلي» → « نيكي هيلي»). Length is preserved, so offsets are too.
_ONE_TO_ONE = str.maketrans(
    {"ؤ": "و", "ئ": "ي", "#": " ", "_": " ",
     **{chr(0x0660 + i): str(i) for i in range(10)},
     **{chr(0x06F0 + i): str(i) for i in range(10)}}
)


def _presentation_forms() -> dict[str, str]:
    """Arabic presentation forms (text copied from PDFs: «ﻭﻗﺎﻝ») and the letters they
    show (their compatibility decomposition, without marks); a lam-alef ligature
    («ﻻ») shows two. Forms that stand for a phrase («ﷺ») or for a mark alone stay."""
    table = {}
    for c in (*range(0xFB50, 0xFE00), *range(0xFE70, 0xFEFD)):
        letters = _DELETE_RE.sub("", unicodedata.normalize("NFKC", chr(c)))
        if letters and letters != chr(c) and not any(x.isspace() for x in letters):
            table[chr(c)] = letters
    return table


_PRESENTATION = _presentation_forms()
_PRESENTATION_RE = re.compile("[" + "".join(sorted(_PRESENTATION)) + "]")
_PRESENTATION_LAST = str.maketrans({c: letters[-1] for c, letters in _PRESENTATION.items()})

# The preposition «على» keeps its alef maksura, so that it stays apart from the
# name «علي» («محمد علي جعفري», «السفير علي الصادق»); SaudiNewsNet writes the
# preposition with maksura 35 times as often as «علي» appears at all.
_ALA_RE = re.compile(r"\b([وف]?)على\b")
_KEEP = "\ue000"        # a private-use stand-in for «ى» while the maksura is folded


@dataclass(frozen=True, slots=True)
class NormalizedText:
    """A normalised copy of ``original`` with a map back to original offsets.

    ``text`` is what the pipeline searches; ``to_original(i)`` gives the index
    in ``original`` of ``text[i]``. Spans found in ``text`` are converted with
    :meth:`span`, so every reported offset points into the original text.
    """

    original: str
    text: str
    # breakpoints: at normalised position _cuts[k] and after, add _deltas[k]
    _cuts: tuple[int, ...] = ()
    _deltas: tuple[int, ...] = ()

    def to_original(self, i: int) -> int:
        """Original index of normalised position ``i`` (``len(text)`` allowed)."""
        k = bisect_right(self._cuts, i) - 1
        return i + (self._deltas[k] if k >= 0 else 0)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original ``(start, end)`` of the normalised span ``[start, end)``."""
        if end <= start:
            s = self.to_original(start)
            return s, s
        # the end takes in diacritics and tatweel that follow the last character
        stop = self.to_original(end) if end < len(self.text) else len(self.original)
        while stop > 0 and self.original[stop - 1].isspace():
            stop -= 1
        return self.to_original(start), max(stop, self.to_original(end - 1) + 1)


def fold(text: str) -> str:
    """The character-level normalisation alone (no offsets): for lexicon entries.

    >>> fold("أكّدَ") == fold("اكد")
    True
    """
    if _PRESENTATION_RE.search(text):
        text = _PRESENTATION_RE.sub(lambda m: _PRESENTATION[m.group()], text)
    return fold_chars(_DELETE_RE.sub("", text))


def normalize(original: str, splits: "GlueSplitter | None" = None) -> NormalizedText:
    """Normalise ``original`` for matching, keeping the offset map.

    Removes diacritics, tatweel and invisible marks; turns presentation forms into
    the letters they show («ﻻ» into two); unifies alef / hamza forms,
    alef maksura and teh marbuta (camel-tools normalisers); maps Arabic-Indic
    digits to ASCII; turns hashtag marks into spaces; and, when ``splits`` is
    given, separates known words glued by a missing space
    («الولاياتالمتحدةالأمريكية» → «الولايات المتحدة الأمريكية»).

    Examples
    --------
    >>> n = normalize("قالَ #نيكي_هيلي")
    >>> n.text
    'قال  نيكي هيلي'
    >>> n.original[slice(*n.span(5, 14))]
    'نيكي_هيلي'
    """
    cuts: list[int] = []
    deltas: list[int] = []
    text = original
    if _DELETE_RE.search(text):
        pieces: list[str] = []
        removed = 0
        pos = 0
        out_len = 0
        for m in _DELETE_RE.finditer(text):
            pieces.append(text[pos:m.start()])
            out_len += m.start() - pos
            removed += m.end() - m.start()
            cuts.append(out_len)
            deltas.append(removed)
            pos = m.end()
        pieces.append(text[pos:])
        text = "".join(pieces)
    if _PRESENTATION_RE.search(text):
        # a ligature's first letters are inserted before its last one; all map onto it
        inserts = [(m.start(), _PRESENTATION[m.group()][:-1]) for m in _PRESENTATION_RE.finditer(text)
                   if len(_PRESENTATION[m.group()]) > 1]
        text = text.translate(_PRESENTATION_LAST)
        if inserts:
            text, cuts, deltas = _insert(text, cuts, deltas, inserts)
    text = fold_chars(text)
    if splits is not None:
        text, cuts, deltas = splits.apply(text, cuts, deltas)
    return NormalizedText(original, text, tuple(cuts), tuple(deltas))


def _camel_table() -> dict[int, str]:
    """camel-tools' alef and teh marbuta normalisers as one translation table: both map
    single letters onto single letters, so the table is read off them, letter by
    letter, over the Arabic blocks (and stays whatever camel-tools decides)."""
    table = {}
    for c in map(chr, (*range(0x0600, 0x0700), *range(0x0750, 0x0780), *range(0x08A0, 0x0900))):
        folded = normalize_teh_marbuta_ar(normalize_alef_ar(c))
        if folded != c:
            assert len(folded) == 1, (c, folded)
            table[ord(c)] = folded
    return table


# every length-preserving fold but the alef maksura's, as (letter, replacement) pairs:
# ``str.replace`` per letter present is some twenty times faster than ``str.translate``
# with a table on Arabic text, and no replacement is itself replaced
_FOLD = tuple((chr(k), v) for k, v in {**_camel_table(), **_ONE_TO_ONE}.items())
assert not {v for _, v in _FOLD} & {c for c, _ in _FOLD}


def fold_chars(text: str) -> str:
    """The length-preserving part of :func:`fold`: camel-tools' alef, alef maksura
    and teh marbuta normalisers («على» keeps its maksura), then ``_ONE_TO_ONE``."""
    if "ى" in text:
        protect = "على" in text
        if protect:
            text = _ALA_RE.sub("\\1عل" + _KEEP, text)
        text = normalize_alef_maksura_ar(text)
        if protect:
            text = text.replace(_KEEP, "ى")
    for letter, replacement in _FOLD:
        if letter in text:
            text = text.replace(letter, replacement)
    return text


class GlueSplitter:
    """Split words glued by a missing space, using a vocabulary of known words.

    A word that is not in the vocabulary is split when it is the concatenation
    of two or three known words (a «و» between them is allowed: «أمريكاوروسيا» →
    «أمريكا وروسيا») that look glued (:func:`_glued`: four letters or more each,
    and the second opening with the article or both of five: «المجرمون» is no
    «المجر مون»). The split inserts a
    space in the normalised copy only; the offset map is updated so spans still
    point into the original.
    """

    def __init__(self, vocabulary: Iterable[str], min_part: int = 3):
        self.vocabulary = frozenset(w for w in vocabulary if len(w) >= min_part)
        self.min_part = min_part
        self.min_word = 2 * min_part + 1
        self._long_word = re.compile(r"[^\W_]{%d,}" % self.min_word)   # the only words it may split
        self._splits: dict[str, list[int] | None] = {}   # a corpus's long words, split once
        self._unglued: set[str] = set()    # whitespace-delimited chunks known to have no glue point

    def split_word(self, word: str, depth: int = 2) -> list[int] | None:
        """Cut points inside ``word`` (positions where a space goes), or None."""
        if word in self.vocabulary or len(word) < self.min_word:
            return None
        return self._split(word, depth)

    def _split(self, word: str, depth: int) -> list[int] | None:
        n = len(word)
        for i in range(n - self.min_part, self.min_part - 1, -1):  # longest head first
            head, tail = word[:i], word[i:]
            if head not in self.vocabulary:
                continue
            if tail in self.vocabulary and _glued(head, tail):
                return [i]
            if tail.startswith("و") and tail[1:] in self.vocabulary and _glued(head, tail[1:]):
                return [i]
            if depth > 1 and _glued(head, tail):
                rest = self._split(tail, depth - 1)
                if rest:
                    return [i] + [i + r for r in rest]
        return None

    def _points(self, word: str) -> list[int] | None:
        """:meth:`split_word` of a long word, remembered."""
        cache = self._splits
        if word in cache:
            return cache[word]
        if len(cache) > 200_000:        # bounded
            cache.clear()
        points = cache[word] = None if word in self.vocabulary else self._split(word, 2)
        return points

    def apply(self, text: str, cuts: list[int], deltas: list[int]):
        """Insert spaces at glue points; extend the offset breakpoints."""
        # most texts have no glue: their whitespace-delimited chunks (a word never spans
        # two) are checked as a set, against those known to have none
        unglued = self._unglued
        for chunk in set(text.split()) - unglued:
            if any(self._points(m.group()) for m in self._long_word.finditer(chunk)):
                break
            if len(unglued) > 200_000:      # bounded
                unglued.clear()
            unglued.add(chunk)
        else:
            return text, cuts, deltas
        inserts: list[int] = []
        for m in self._long_word.finditer(text):
            points = self._points(m.group())
            if points:
                inserts.extend(m.start() + p for p in points)
        if not inserts:
            return text, cuts, deltas
        return _insert(text, cuts, deltas, [(p, " ") for p in inserts])


def _glued(head: str, tail: str) -> bool:
    """Two known words glued, not one word that happens to split into known ones: each
    of four letters or more, and the second opening with the article or both of five
    («العربيهالحكومه», «الحزمفرنسا»; not «المجر|مون» in «المجرمون», «الراس|مالي»,
    «مشار|كين», «الن|عمان» in «النعمان»)."""
    return len(head) >= 4 and len(tail) >= 4 and (tail.startswith("ال") or min(len(head), len(tail)) >= 5)


def _insert(text: str, cuts: list[int], deltas: list[int], inserts: list[tuple[int, str]]):
    """Insert strings before positions of ``text`` (sorted), extending the offset
    breakpoints: each inserted character maps onto the original character at its
    position, and so does that character."""
    base = NormalizedText("", text, tuple(cuts), tuple(deltas))
    pieces: list[str] = []
    prev = 0
    new_cuts: list[int] = []
    new_deltas: list[int] = []
    shift = 0
    # merge old breakpoints with the inserted characters, in order
    events = sorted([(c, 0, d, "") for c, d in zip(cuts, deltas)] + [(p, 1, 0, s) for p, s in inserts])
    for pos, is_insert, delta, chars in events:
        if is_insert:
            pieces.append(text[prev:pos])
            pieces.append(chars)
            prev = pos
            original = base.to_original(pos)
            for k in range(len(chars) + 1):
                new_cuts.append(pos + shift + k)
                new_deltas.append(original - (pos + shift + k))
            shift += len(chars)
        else:
            new_cuts.append(pos + shift)
            new_deltas.append(delta - shift)
    pieces.append(text[prev:])
    return "".join(pieces), new_cuts, new_deltas


# ------------------------------------------------------------- word forms

NAME_PROCLITICS = ("و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل")


@functools.lru_cache(maxsize=100_000)
def strip_proclitics(word: str) -> tuple[str, ...]:
    """The forms of a folded word without its proclitics: «وللمنظمة» → «المنظمة», «منظمة»
    (cached, as :func:`bare_forms`)."""
    out = []
    if word.startswith("لل") and len(word) > 4:
        out.append("ال" + word[2:])
        out.append(word[2:])
    if word.startswith("ولل") and len(word) > 5:
        out.append("ال" + word[3:])
    for p in NAME_PROCLITICS:
        if word.startswith(p) and len(word) - len(p) >= 3:
            out.append(word[len(p):])
    return tuple(out)


@functools.lru_cache(maxsize=100_000)
def bare_forms(word: str) -> tuple[str, ...]:
    """A word and its forms without proclitics and without the article (cached: it
    is asked of the same words sentence after sentence)."""
    forms = [word, *strip_proclitics(word)]
    forms += [f[2:] for f in forms if f.startswith("ال") and len(f) > 4]
    return tuple(forms)
