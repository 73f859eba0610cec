"""discourse: who says what about whom in Arabic news."""
from .analyzer import Analyzer, Document
from .claims import discover_claims, load_codebook
from .errors import DiscourseError, InputError, LexiconError
from .io import read_corpus, read_gold, to_dataframe, write_jsonl
from .records import Attribution, ClaimStance, Cue, Span, Statement, statements_from

__all__ = [
    "Analyzer", "Attribution", "ClaimStance", "Cue", "Document", "DiscourseError", "InputError",
    "LexiconError", "Span", "Statement", "discover_claims", "load_codebook", "read_corpus",
    "read_gold", "statements_from", "to_dataframe", "write_jsonl",
]
__version__ = "0.1.0"
