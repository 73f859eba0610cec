"""Error types and the one place their messages are built."""
from __future__ import annotations


class DiscourseError(Exception):
    """Base class of the errors this package raises on bad input."""


class LexiconError(DiscourseError, ValueError):
    """A lexicon or codebook file has a bad entry.

    The message names the file, the entry (by id or position) and the field,
    what was expected and what was given.
    """

    def __init__(self, path, entry, field: str, expected: str, got=None):
        self.path, self.entry, self.field = str(path), entry, field
        got_text = "" if got is None else f" (got {got!r})"
        super().__init__(f"{path}: entry {entry}: field '{field}' {expected}{got_text}")


class InputError(DiscourseError, ValueError):
    """A corpus file or record cannot be read as documents.

    The message names the file, the line or row, and what was expected.
    """

    def __init__(self, path, where: str, expected: str):
        self.path, self.where = str(path), where
        super().__init__(f"{path}: {where}: {expected}")
