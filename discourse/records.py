"""Frozen record types that flow between the pipeline stages."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Literal

CueKind = Literal["verb", "participle", "masdar", "nominal", "colon", "elliptic"]
Mode = Literal["direct", "indirect", "mixed", "none"]
Stance = Literal["support", "oppose", "neutral"]
SpeechAct = Literal[
    "say", "affirm", "deny", "accuse", "condemn", "warn", "demand",
    "predict", "report", "express", "agree", "reject",
]

CUE_KINDS: tuple[str, ...] = ("verb", "participle", "masdar", "nominal", "colon", "elliptic")
MODES: tuple[str, ...] = ("direct", "indirect", "mixed", "none")
STANCES: tuple[str, ...] = ("support", "oppose", "neutral")
SPEECH_ACTS: tuple[str, ...] = (
    "say", "affirm", "deny", "accuse", "condemn", "warn", "demand",
    "predict", "report", "express", "agree", "reject",
)


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the original document text: ``text == doc_text[start:end]``."""

    text: str
    start: int
    end: int

    def to_dict(self) -> dict:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass(frozen=True, slots=True)
class Cue:
    """The word that signals reported speech, as written (clitics included)."""

    text: str
    start: int
    end: int
    kind: CueKind
    lemma: str

    def to_dict(self) -> dict:
        return {"text": self.text, "start": self.start, "end": self.end,
                "kind": self.kind, "lemma": self.lemma}


@dataclass(frozen=True, slots=True)
class ClaimStance:
    """One claim of the codebook an attribution is about, and the speaker's stance."""

    claim: str
    stance: Stance
    confidence: float

    def to_dict(self) -> dict:
        return {"claim": self.claim, "stance": self.stance,
                "confidence": round(float(self.confidence), 4)}


@dataclass(frozen=True, slots=True)
class Attribution:
    """Who said what: one reported-speech attribution of a document.

    Offsets are ``str`` indices into the original document text.
    """

    doc: str
    sentence: int
    cue: Cue
    source: Span | None
    content: Span | None
    mode: Mode
    speech_act: SpeechAct
    negated: bool = False
    actors: tuple[str, ...] = ()
    claims: tuple[ClaimStance, ...] = ()
    sentence_span: Span | None = field(default=None, compare=False)
    date: str | None = None
    roles: tuple[tuple[str, str], ...] = ()   # (actor, role) from the actor lexicon's roles

    @property
    def start(self) -> int:
        """First character of the attribution (cue, source or content)."""
        return min(s.start for s in (self.cue, self.source, self.content) if s is not None)

    @property
    def end(self) -> int:
        return max(s.end for s in (self.cue, self.source, self.content) if s is not None)

    def to_dict(self) -> dict:
        """The JSON object of DESIGN.md's attribution contract."""
        out = {
            "doc": self.doc,
            "sentence": self.sentence,
            "cue": self.cue.to_dict(),
            "source": self.source.to_dict() if self.source else None,
            "actors": list(self.actors),
            "content": self.content.to_dict() if self.content else None,
            "mode": self.mode,
            "speech_act": self.speech_act,
            "negated": self.negated,
            "claims": [c.to_dict() for c in self.claims],
        }
        if self.date is not None:
            out["date"] = self.date
        if self.roles:                       # optional, beyond DESIGN.md's required keys
            out["roles"] = dict(self.roles)
        return out


@dataclass(frozen=True, slots=True)
class Statement:
    """One (actor, claim, stance) coding, DNA style, with the evidence behind it.

    ``start``/``end`` locate the attribution in document ``doc``; ``text`` is the
    sentence that produced it, so every network edge can be audited.
    """

    doc: str
    actor: str
    claim: str
    stance: Stance
    confidence: float = 1.0
    date: str | None = None
    sentence: int = 0
    start: int = 0
    end: int = 0
    text: str = ""
    source: str | None = None
    cue: str = ""

    def to_dict(self) -> dict:
        return asdict(self)


def statements_from(attributions) -> list[Statement]:
    """Flatten attributions into statements: one per (actor, claim) pair.

    Example
    -------
    >>> statements_from([])
    []
    """
    out: list[Statement] = []
    for a in attributions:
        sentence_text = a.sentence_span.text if a.sentence_span else ""
        for actor in a.actors:
            for c in a.claims:
                out.append(Statement(
                    doc=a.doc, actor=actor, claim=c.claim, stance=c.stance,
                    confidence=c.confidence, date=a.date, sentence=a.sentence,
                    start=a.start, end=a.end, text=sentence_text,
                    source=a.source.text if a.source else None, cue=a.cue.text,
                ))
    return out
