"""Claim discovery: clusters of contents a user can turn into a codebook."""
from __future__ import annotations

import pytest

from discourse import discover_claims

IRAN = [
    "الاتفاق النووي مع إيران سيمنعها من امتلاك سلاح نووي",
    "الاتفاق النووي الإيراني خطأ تاريخي يمهد الطريق أمام طهران",
    "رفع العقوبات عن إيران بعد الاتفاق النووي يهدد المنطقة",
    "الكونغرس يراجع الاتفاق النووي مع إيران خلال ستين يوما",
]
YEMEN = [
    "ميليشيات الحوثي تقصف الأحياء السكنية في تعز",
    "الحوثيون يتهمون التحالف بقتل المدنيين في تعز",
    "قوات التحالف تدعم المقاومة الشعبية ضد الحوثيين في عدن",
    "المقاومة الشعبية تستعيد مواقع من الحوثيين في عدن",
]


def test_discovered_claims_separate_topics_and_read_as_words():
    found = discover_claims(IRAN + YEMEN, n_claims=2)
    assert sorted(c["size"] for c in found) == [4, 4]
    by_topic = {frozenset(c["examples"]) <= frozenset(IRAN): c for c in found}
    assert "النووي" in by_topic[True]["keywords"]
    assert any(k.startswith(("الحوثي", "الحوثيين")) for k in by_topic[False]["keywords"])
    for c in found:                                  # keywords are words of the texts
        assert all(any(k in t for t in IRAN + YEMEN) for k in c["keywords"])


@pytest.mark.parametrize("function_word", ["في", "من", "على", "مع", "خلال", "ضد", "بعد"])
def test_discovered_keywords_leave_out_function_words(function_word):
    keywords = {k for c in discover_claims(IRAN + YEMEN, n_claims=2, top_terms=30) for k in c["keywords"]}
    assert function_word not in keywords


def test_discovery_needs_enough_contents():
    with pytest.raises(ValueError, match="at least n_claims"):
        discover_claims(IRAN[:2], n_claims=3)


def test_an_attribution_without_content_is_matched_on_its_own_clause(analyzer):
    # the second clause's «روسيا ... لحماية ... النظام السوري» is the ministry's, not the warning's
    text = ("وحذرت روسيا من أي تحرك يستهدف النظام السوري، وقالت وزارة الخارجية الروسية "
            "بأن تقارير هجوم الغاز بسوريا زائفة ومحاولة لحماية الإرهابيين.")
    warning, statement = analyzer.analyze(text)
    assert warning.cue.text == "وحذرت" and statement.cue.text == "وقالت"
    assert "RUSSIA_SHIELDS" not in {c.claim for c in warning.claims}
    assert "RESPONSE" in {c.claim for c in warning.claims}
    assert {c.claim for c in statement.claims} == {"CW_ATTACKS"}
