"""spaCy integration: the registered component fills doc.spans and ._.attribution; displaCy renders RTL."""
from __future__ import annotations

import pytest

spacy = pytest.importorskip("spacy")

from discourse.spacy_ext import nlp_with_attributions, render  # noqa: E402

TEXT = ("وقالت السفيرة الأميركية لدى الأمم المتحدة، نيكي هيلي، إن روسيا تحمي النظام السوري. "
        'وأضافت: "لن نسمح باستخدام الأسلحة الكيماوية مرة أخرى".')


@pytest.fixture(scope="module")
def nlp():
    return nlp_with_attributions(model=None)


def test_component_is_registered():
    assert "discourse_attributions" in spacy.registry.factories.get_all()
    nlp = spacy.blank("ar")
    nlp.add_pipe("discourse_attributions", config={"model": None})
    assert nlp.pipe_names == ["discourse_attributions"]


@pytest.mark.parametrize("text, expected", [
    (TEXT, [("CUE", "وقالت"), ("SOURCE", "السفيرة الأميركية لدى الأمم المتحدة، نيكي هيلي"),
            ("CONTENT", "روسيا تحمي النظام السوري"), ("CUE", "وأضافت"),
            ("CONTENT", '"لن نسمح باستخدام الأسلحة الكيماوية مرة أخرى"')]),
    ("وقتل عشرة مدنيين في القصف على مدينة دوما.", []),
])
def test_spans_and_extensions(nlp, text, expected):
    doc = nlp(text)
    spans = doc.spans["attributions"]
    assert [(s.label_, s.text) for s in spans] == expected
    for s in spans:
        assert s._.attribution is not None
        assert s._.attribution in doc._.attributions
    assert [s.text for s in doc.spans["attributions_cue"]] == [a.cue.text for a in doc._.attributions]


def test_span_attribution_is_its_record(nlp):
    doc = nlp(TEXT)
    first = doc.spans["attributions"][0]
    assert first._.attribution.cue.text == "وقالت"
    assert first._.attribution.actors == ("USA",)


def test_render_is_rtl(nlp):
    html = render(nlp(TEXT), jupyter=False)
    assert "direction: rtl" in html
    assert "وقالت" in html


def test_render_empty_doc(nlp):
    html = render(nlp("لا شيء هنا"), jupyter=False)
    assert "direction: rtl" in html
