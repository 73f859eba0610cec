"""Tests of discourse.inflect: the surface forms generated from a cue lexicon entry (folded spelling)."""
from __future__ import annotations

import pytest

from discourse import inflect
from discourse.inflect import (
    imperfect_forms, masdar_forms, participle_forms, perfect_forms, with_clitics,
)
from discourse.normalize import fold


def all_imperfects(imperfect: str) -> set[str]:
    """Indicative, subjunctive and jussive forms, wherever the module generates them
    (the short jussive forms may be kept apart in ``jussive_forms``)."""
    forms = set(imperfect_forms(imperfect))
    jussive = getattr(inflect, "jussive_forms", None)
    if jussive is not None:
        forms |= set(jussive(imperfect))
    return forms


def folded(*words: str) -> set[str]:
    return {fold(w) for w in words}


@pytest.mark.parametrize("lemma, expected", [
    # sound: أكد → أكدت، أكدا، أكدوا، أكدن، أكدنا، أكدتم
    ("أكد", folded("أكد", "أكدت", "أكدا", "أكدتا", "أكدوا", "أكدن", "أكدنا", "أكدتم")),
    ("ندد", folded("ندد", "نددت", "نددوا", "نددنا")),
    # hollow: قال → قالت، قالوا؛ قلت، قلن، قلنا، قلتم
    ("قال", folded("قال", "قالت", "قالا", "قالتا", "قالوا", "قلت", "قلن", "قلنا", "قلتم")),
    ("أضاف", folded("أضاف", "أضافت", "أضافوا", "أضفت", "أضفنا")),
    # defective in ي: نفى → نفت، نفيا، نفوا، نفين، نفيت، نفينا
    ("نفى", folded("نفى", "نفت", "نفيا", "نفتا", "نفوا", "نفين", "نفيت", "نفينا")),
    ("رأى", folded("رأى", "رأت", "رأيا", "رأوا", "رأيت", "رأينا")),
    # defective in و: دعا → دعت، دعوا، دعون، دعوت، دعونا
    ("دعا", folded("دعا", "دعت", "دعتا", "دعوا", "دعون", "دعوت", "دعونا")),
    # doubled: رد → ردت، ردوا؛ رددت، رددنا (unfolded before consonant suffixes)
    ("رد", folded("رد", "ردت", "ردوا", "رددت", "رددنا", "رددن")),
    ("أقر", folded("أقر", "أقرت", "أقروا", "أقررت", "أقررنا")),
])
def test_perfect_forms(lemma, expected):
    forms = set(perfect_forms(fold(lemma)))
    assert expected <= forms, sorted(expected - forms)


@pytest.mark.parametrize("lemma, absent", [
    ("قال", folded("قلا", "قلوا", "بقال")),      # hollow: short stem only before consonant suffixes
    ("نفى", folded("نفيوا", "نفيت" + "ا")),      # defective: no sound-verb endings on the ي
    ("دعا", folded("دعاوا", "دعات")),
])
def test_perfect_forms_negatives(lemma, absent):
    assert not (set(perfect_forms(fold(lemma))) & absent)


@pytest.mark.parametrize("imperfect, expected", [
    ("يؤكد", folded("يؤكد", "تؤكد", "نؤكد", "يؤكدون", "يؤكدان", "تؤكدين", "يؤكدوا", "يؤكدن")),
    # hollow: يقول → يقل (jussive «لم يقل»)، يقلن
    ("يقول", folded("يقول", "تقول", "يقولون", "يقولوا", "يقل", "تقل", "يقلن")),
    ("يضيف", folded("يضيف", "تضيف", "يضيفون", "يضف")),
    # defective: ينفي → ينف (jussive «لم ينف»)، ينفون، ينفيان
    ("ينفي", folded("ينفي", "تنفي", "ينف", "تنف", "ينفون", "ينفوا", "ينفيان")),
    ("يدعو", folded("يدعو", "تدعو", "يدع", "يدعون", "يدعوا", "يدعوان", "تدعين")),
    ("يرى", folded("يرى", "ترى", "نرى", "ير", "يرون", "يروا", "يريان")),
    # doubled
    ("يرد", folded("يرد", "ترد", "يردون", "يردوا", "يردان")),
])
def test_imperfect_forms(imperfect, expected):
    forms = all_imperfects(fold(imperfect))
    assert expected <= forms, sorted(expected - forms)


def test_imperfect_first_singular_left_out():
    # «أفيد» / «أشير» are passives far more often than 1st singular: not generated
    assert "افيد" not in all_imperfects(fold("يفيد"))
    assert "اشير" not in all_imperfects(fold("يشير"))


@pytest.mark.parametrize("imperfect", ["قال", "", "مؤكد"])
def test_imperfect_needs_person_prefix(imperfect):
    with pytest.raises(ValueError, match="person prefix"):
        imperfect_forms(imperfect)


@pytest.mark.parametrize("base, expected", [
    ("قائل", folded("قائلا", "قائلة", "قائلين", "قائلتين")),
    ("مؤكد", folded("مؤكدا", "مؤكدة", "مؤكدين", "مؤكدتين", "مؤكدون")),
    ("مشير", folded("مشيرا", "مشيرة", "مشيرين")),
    ("نافي", folded("نافيا", "نافية", "نافين", "نافون")),   # defective participle نافٍ
])
def test_participle_forms(base, expected):
    forms = set(participle_forms(fold(base)))
    assert expected <= forms, sorted(expected - forms)


@pytest.mark.parametrize("masdar, expected", [
    ("إنكار", folded("إنكار", "إنكارا", "إنكارات")),
    ("تنديد", folded("تنديد", "تنديدا", "تنديدات")),
    ("اتهام", folded("اتهام", "اتهامات")),
    ("دعوة", folded("دعوة", "دعوات", "دعوتان", "دعوتين")),
    ("إدانة", folded("إدانة", "إدانات")),
])
def test_masdar_forms(masdar, expected):
    forms = set(masdar_forms(fold(masdar)))
    assert expected <= forms, sorted(expected - forms)


@pytest.mark.parametrize("form, pos, expected", [
    ("قالت", "perfect", folded("وقالت", "فقالت")),
    ("يؤكد", "imperfect", folded("ويؤكد", "فيؤكد", "سيؤكد", "وسيؤكد", "ليؤكد", "وليؤكد")),
    ("إنكار", "noun", folded("إنكارها", "وإنكارها", "بإنكارها", "الإنكار", "بالإنكار", "للإنكار")),
    ("دعوة", "noun", folded("دعوته", "دعوتها", "ودعوتهم")),        # teh marbuta → ت before a pronoun
    ("اعتبروا", "perfect", folded("اعتبروها", "واعتبروه")),         # the alef of وا drops
    ("بحسب", "particle", folded("بحسب", "وبحسب", "فبحسب")),
])
def test_with_clitics(form, pos, expected):
    surfaces = {s for s, _, _ in with_clitics(fold(form), pos)}
    assert expected <= surfaces, sorted(expected - surfaces)


@pytest.mark.parametrize("form, pos, absent", [
    ("قال", "perfect", folded("بقال", "سقال", "لقال", "القال")),      # no ب/س/ل/ال on a perfect verb
    ("يقول", "imperfect", folded("بيقول", "اليقول")),
    ("بحسب", "particle", folded("بحسبه", "البحسب")),                  # particles take no pronoun/article
])
def test_with_clitics_negatives(form, pos, absent):
    surfaces = {s for s, _, _ in with_clitics(fold(form), pos)}
    assert not (surfaces & absent), sorted(surfaces & absent)


def test_with_clitics_reports_proclitic_length_and_pronoun():
    out = {s: (pre, pron) for s, pre, pron in with_clitics("يقول", "imperfect")}
    assert out["يقول"] == (0, False)
    assert out["وسيقول"] == (2, False)
    assert out["ويقوله"] == (1, True)


def test_with_clitics_rejects_unknown_pos():
    with pytest.raises(ValueError, match="pos"):
        list(with_clitics("قال", "adverb"))
