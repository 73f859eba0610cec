"""spaCy integration: a pipeline component putting attributions in ``doc.spans``, and RTL displaCy."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from .analyzer import Analyzer
from .records import Attribution

PARTS = ("cue", "source", "content")


def register_extensions() -> None:
    """Register the ``._`` extensions once (idempotent)."""
    if not Doc.has_extension("attributions"):
        Doc.set_extension("attributions", default=None)
    if not Span.has_extension("attribution"):
        Span.set_extension("attribution", default=None)


class AttributionComponent:
    """Runs :class:`~discourse.Analyzer` on ``doc.text`` and sets annotations.

    ``doc.spans[key]`` holds cue, source and content spans labelled ``CUE``,
    ``SOURCE`` and ``CONTENT``; ``doc.spans[key + "_cue"]`` the cues alone;
    ``span._.attribution`` and ``doc._.attributions`` the records.
    """

    def __init__(self, nlp: Language, name: str, lexicons: str | None = None,
                 spans_key: str = "attributions", model: str | None = None):
        self.name = name
        self.spans_key = spans_key
        self.analyzer = Analyzer(lexicons, model=model)
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        records = self.match(doc)
        self.set_annotations(doc, records)
        return doc

    def match(self, doc: Doc) -> list[Attribution]:
        return self.analyzer.analyze(doc.text, doc=doc.user_data.get("id", "doc"))

    def set_annotations(self, doc: Doc, records: list[Attribution]) -> None:
        spans, cues = [], []
        for a in records:
            for part in PARTS:
                s = getattr(a, part)
                if s is None:
                    continue
                span = _aligned_span(doc, s.start, s.end, part.upper())
                if span is None:
                    continue
                span._.attribution = a
                spans.append(span)
                if part == "cue":
                    cues.append(span)
        doc.spans[self.spans_key] = spans
        doc.spans[self.spans_key + "_cue"] = cues
        doc._.attributions = records


def _aligned_span(doc: Doc, start: int, end: int, label: str) -> Span | None:
    """The span at exactly ``[start, end)``, splitting a token that straddles a
    boundary (spaCy's tokenizer keeps «أخرى".» whole)."""
    for boundary in (start, end):
        for tok in doc:
            if tok.idx < boundary < tok.idx + len(tok.text):
                cut = boundary - tok.idx
                with doc.retokenize() as retokenizer:
                    retokenizer.split(tok, [tok.text[:cut], tok.text[cut:]], heads=[(tok, 0), (tok, 0)])
                break
    return doc.char_span(start, end, label=label, alignment_mode="strict")


@Language.factory(
    "discourse_attributions",
    assigns=["doc.spans", "doc._.attributions"],
    default_config={"lexicons": None, "spans_key": "attributions", "model": None},
)
def make_component(nlp: Language, name: str, lexicons: str | None, spans_key: str, model: str | None):
    return AttributionComponent(nlp, name, lexicons, spans_key, model)


def render(doc: Doc, spans_key: str = "attributions", jupyter: bool | None = None, **options):
    """displaCy span rendering, right to left, of the attribution spans of ``doc``."""
    from spacy import displacy
    opts = {"spans_key": spans_key, "direction": "rtl",
            "colors": {"CUE": "#f4a261", "SOURCE": "#8ecae6", "CONTENT": "#b7e4c7"}, **options}
    return displacy.render(doc, style="span", options=opts, jupyter=jupyter)


def nlp_with_attributions(lexicons: str | None = None, model: str | None = None) -> Language:
    """A blank Arabic pipeline with the attribution component added."""
    import spacy
    nlp = spacy.blank("ar")
    nlp.add_pipe("discourse_attributions", config={"lexicons": lexicons, "model": model})
    return nlp
