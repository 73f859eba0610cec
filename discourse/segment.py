"""Sentence and token segmentation of normalised Arabic text, aware of quotes."""
from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import accumulate, repeat
from typing import NamedTuple

# words (letters and digits), or one punctuation mark
_TOKEN_RE = re.compile(r"[^\W_]+|[^\w\s]")
_TOKEN_SPLIT_RE = re.compile(f"({_TOKEN_RE.pattern})")   # the tokens and, between them, the rest
_OPEN_QUOTES = {"«": "»", "“": "”", "„": "”", "‹": "›"}
_CLOSE_QUOTES = {"»", "”", "›"}
QUOTES = frozenset('«»“”„‹›"')
_SENTENCE_END = frozenset(".!?؟")
MAX_QUOTE = 600  # a quote still open after this many characters is a stray mark
_SPECIAL_RE = re.compile(r'[.!?؟\n«“„‹"]')
_TRAILING = frozenset(".!?؟,،»”›")


class Token(NamedTuple):
    """A token of the normalised text, with its normalised offsets (a named tuple:
    a document has thousands, made faster than a dataclass's)."""

    text: str
    start: int
    end: int

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum()


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence: its normalised offsets and tokens."""

    index: int
    start: int
    end: int
    tokens: tuple[Token, ...]


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Word and punctuation tokens of ``text[start:end]``.

    >>> [t.text for t in tokenize('قال: "نعم".')]
    ['قال', ':', '"', 'نعم', '"', '.']
    """
    # the hot loop, run in C: split() alternates the text between tokens and the tokens,
    # whose offsets are the running sums of the lengths; Token's own __new__ is a Python
    # function, so the tuples are made by tuple.__new__
    n = len(text)
    start, end = min(max(start, 0), n), n if end is None else min(max(end, 0), n)   # as finditer's bounds
    parts = _TOKEN_SPLIT_RE.split(text[start:end])
    offsets = list(accumulate(map(len, parts), initial=start))
    return list(map(tuple.__new__, repeat(Token), zip(parts[1::2], offsets[1::2], offsets[2::2])))


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    """Sentence ``(start, end)`` offsets: split at . ! ? ؟ and line breaks.

    A full stop inside an open quotation does not end the sentence (the quote
    must close within ``MAX_QUOTE`` characters); nor does a full stop inside a
    number (``3.5``) or after a one-letter abbreviation («د. أحمد», «د.أحمد»). The seeds'
    «.,» separator ends a sentence.

    >>> t = 'قال: "هذا خطأ. نرفضه". وأضاف أنه مستعد.'
    >>> [t[s:e] for s, e in sentence_bounds(t)]
    ['قال: "هذا خطأ. نرفضه".', 'وأضاف أنه مستعد.']
    """
    bounds: list[tuple[int, int]] = []
    n = len(text)
    start = 0
    resume = 0  # skip special characters before this position (inside a quote)
    for m in _SPECIAL_RE.finditer(text):
        i = m.start()
        if i < resume:
            continue
        ch = text[i]
        if ch in _OPEN_QUOTES or ch == '"':
            closer = _OPEN_QUOTES.get(ch, '"')
            j = text.find(closer, i + 1, i + MAX_QUOTE)
            if j != -1 and not (ch == '"' and _closing_straight(text, i)):
                para = text.find("\n\n", i + 1, j)
                resume = j + 1 if para == -1 else para
            continue
        if ch == "." and _inner_dot(text, i):
            continue
        end = i + 1
        while end < n and (text[end] in _TRAILING or (text[end] == '"' and ch != "\n")):
            end += 1
        if text[start:end].strip():
            bounds.append(_strip(text, start, end))
        start = resume = end
    if text[start:].strip():
        bounds.append(_strip(text, start, n))
    return bounds


def _closing_straight(text: str, i: int) -> bool:
    """A straight quote directly after a word (no space) closes rather than opens."""
    return i > 0 and text[i - 1].isalnum() and (i + 1 >= len(text) or not text[i + 1].isalnum())


# One-letter title abbreviations that may be glued to the name after their dot: «د.مارم»
GLUED_TITLES = frozenset("دمأا")
# Latin initials spelt out before a name («جون إف. كيري», «كيه. شانموجام», «جون دي. روكفلر»);
# not those that end an acronym a sentence often ends with («بي بي سي.», «سي إن إن.»)
INITIALS = frozenset({"إف", "اف", "جيه", "كيه", "دبليو", "إيه", "ايه", "إتش", "اتش", "إل", "ال", "إم", "ام",
                      "آر", "ار", "دي"})     # as written and as normalised (the analyzer splits its copy)
# letters spelt out that end a spaced acronym: «سي آي إيه.», «آي بي إم.» end a sentence
LETTERS = INITIALS | frozenset({"سي", "آي", "اي", "إي", "بي", "إس", "اس", "إن", "ان", "تي", "جي", "في", "يو",
                                "أو", "او", "إكس", "اكس"})
# a dot inside a dotted acronym of two dots or more: «إف.بي.آي», «إتش.إس.بي.سي» (not «أمس.وقال»)
_ACRONYM_RE = re.compile(r"(?<![^\W\d_])(?:[^\W\d_]{1,4}\.){2,}[^\W\d_]{1,4}(?![^\W\d_])")


def _inner_dot(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before.isdigit() and after.isdigit():
        return True
    if before.isalpha() and after.isalpha() and _in_acronym(text, i):
        return True
    if after == " " and i + 2 < len(text) and text[i + 2].isalpha():   # one space, then a word
        k = i
        while k > 0 and text[k - 1].isalpha():
            k -= 1
        if text[k:i] in INITIALS and (k == 0 or not text[k - 1].isalnum()) \
                and _word_before(text, k) not in LETTERS and text[i + 2] not in "وف":
            return True      # not the end of an acronym, nor before «وقال»
    # one-letter abbreviation: «د. أحمد», «أ. د.»; glued to the name only a title's
    # («د.أحمد», «م.نعيم»), not a date's «م» after a number («عام 2015 م.وقال»)
    if not before.isalpha() or (i >= 2 and text[i - 2].isalnum()):
        return False
    return after == " " or (after.isalpha() and before in GLUED_TITLES
                            and not (i >= 3 and text[i - 3].isdigit()))


def _word_before(text: str, k: int) -> str:
    """The word that ends right before the space before ``k``."""
    e = k - 1
    while e > 0 and text[e - 1] == " ":
        e -= 1
    b = e
    while b > 0 and text[b - 1].isalpha():
        b -= 1
    return text[b:e]


def _in_acronym(text: str, i: int) -> bool:
    """The dot at ``i`` is inside a dotted acronym («إف.بي.آي»)."""
    a = i
    while a > 0 and (text[a - 1].isalpha() or text[a - 1] == ".") and i - a < 24:
        a -= 1
    m = _ACRONYM_RE.match(text, a)
    return m is not None and m.start() <= i < m.end()


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def split(text: str) -> list[Sentence]:
    """Sentences of the normalised ``text`` with their tokens."""
    return [Sentence(k, s, e, tuple(tokenize(text, s, e)))
            for k, (s, e) in enumerate(sentence_bounds(text))]
