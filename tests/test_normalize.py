"""Tests of discourse.normalize: folding, hashtags, glued words, and the map back to original offsets."""
from __future__ import annotations

import pytest

from discourse.normalize import fold, normalize
from discourse.segment import tokenize

DIACRITICS_AND_TATWEEL = set("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670\u0640")

# (original text, [(normalised phrase, the original substring it must map back to)])
CASES = [
    pytest.param(  # diacritics inside words
        "أكَّد وزير الخارجيّة أن بلاده لن تقبل بذلك",
        [("اكد", "أكَّد"), ("الخارجيه", "الخارجيّة"), ("بلاده", "بلاده")],
        id="diacritics-inside"),
    pytest.param(  # diacritics at the end of words: the vowel belongs to the word as written
        "أكَّدَ الوزيرُ أنَّ الاتفاقَ مهمٌّ",
        [("اكد", "أكَّدَ"), ("الوزير", "الوزيرُ"), ("ان", "أنَّ"), ("الاتفاق", "الاتفاقَ"),
         ("مهم", "مهمٌّ")],
        id="diacritics-word-final"),
    pytest.param(
        "قـــال المتحـــدث باسم الكرمليـن إن موسكو لن تتدخل",
        [("قال", "قـــال"), ("المتحدث", "المتحـــدث"), ("الكرملين", "الكرمليـن")],
        id="tatweel"),
    pytest.param(
        "أعلن إبراهيم آل خليفة أن المسؤول سيزور الرئيس",
        [("اعلن", "أعلن"), ("ابراهيم", "إبراهيم"), ("ال خليفه", "آل خليفة"),
         ("المسوول", "المسؤول"), ("الرييس", "الرئيس")],
        id="alef-hamza"),
    pytest.param(
        "والتقى مصطفى بالوزير على هامش المؤتمر",
        [("والتقي", "والتقى"), ("مصطفي", "مصطفى"), ("على هامش", "على هامش")],   # «على» keeps it
        id="alef-maksura"),
    pytest.param(
        "وقالت الحكومة السورية إن القذيفة سقطت قرب المدرسة",
        [("وقالت", "وقالت"), ("الحكومه السوريه", "الحكومة السورية"), ("القذيفه", "القذيفة"),
         ("المدرسه", "المدرسة")],
        id="teh-marbuta"),
    pytest.param(
        "وقتل ٧٠ مدنيا في الهجوم الذي وقع في ٧ نيسان ٢٠١٨ ومات ۱۲ طفلا",
        [("70", "٧٠"), ("2018", "٢٠١٨"), ("12", "۱۲")],
        id="arabic-indic-digits"),
    pytest.param(
        "وغردت #نيكي_هيلي قائلة إن روسيا تحمي النظام السوري",
        [("نيكي", "نيكي"), ("هيلي", "هيلي"), ("نيكي هيلي", "نيكي_هيلي"), ("قايله", "قائلة")],
        id="hashtag"),
    pytest.param(
        "وقصفت الطائرات محافظة# إدلب شمال سوريا",
        [("محافظه", "محافظة"), ("ادلب", "إدلب")],
        id="hashtag-after-word"),
    pytest.param(
        "وقالت الولاياتالمتحدةالأمريكية إن الضربة كانت ضرورية",
        [("الولايات", "الولايات"), ("المتحده", "المتحدة"), ("الامريكيه", "الأمريكية"),
         ("الولايات المتحده الامريكيه", "الولاياتالمتحدةالأمريكية"), ("الضربه", "الضربة")],
        id="glued-three-words"),
    pytest.param(
        "وتبادلت أمريكاوروسيا الاتهامات في مجلس الأمن",
        [("امريكا", "أمريكا"), ("وروسيا", "وروسيا"), ("امريكا وروسيا", "أمريكاوروسيا")],
        id="glued-with-waw"),
    pytest.param(
        "وقال الوزير إن الاتفاق مهم.,وأضاف أن الحكومة ستلتزم به",
        [("مهم", "مهم"), ("واضاف", "وأضاف"), ("الحكومه", "الحكومة")],
        id="seed-separator"),
    pytest.param(
        "وقالَت الولاياتالمتحدة إن الضربة ضرورية",
        [("وقالت", "وقالَت"), ("الولايات المتحده", "الولاياتالمتحدة"), ("الضربه", "الضربة")],
        id="diacritics-and-glue"),
    pytest.param(  # presentation forms (text copied from a PDF); a lam-alef ligature is two letters
        "ﻭﻗﺎﻝ ﻭﺯﻳﺮ ﺍﻟﺨﺎﺭﺟﻴﺔ ﺍﻷﻣﺮﻳﻜﻲ ﺇﻥ ﺍﻻﺗﻔﺎﻕ ﻻ ﻳﺰﺍﻝ ﻗﺎﺋﻤﺎ",
        [("وقال وزير", "ﻭﻗﺎﻝ ﻭﺯﻳﺮ"), ("الاتفاق", "ﺍﻻﺗﻔﺎﻕ"), ("لا يزال", "ﻻ ﻳﺰﺍﻝ")],
        id="presentation-forms"),
    pytest.param(  # nothing to change: identity map
        "وقال الرئيس الفرنسي ان بلاده مستعده للرد",
        [("وقال الرييس", "وقال الرئيس"), ("مستعده", "مستعده")],
        id="already-normal"),
]


@pytest.fixture(scope="module")
def splitter(analyzer):
    return analyzer.splitter


@pytest.mark.parametrize("text, expected", CASES)
def test_phrases_map_back_to_original(splitter, text, expected):
    norm = normalize(text, splitter)
    assert norm.original == text
    for phrase, original in expected:
        i = norm.text.find(phrase)
        assert i != -1, f"{phrase!r} not in normalised text {norm.text!r}"
        start, end = norm.span(i, i + len(phrase))
        assert (start, end) == (text.find(original), text.find(original) + len(original)), (
            f"{phrase!r} maps to {text[start:end]!r}, expected {original!r}")
        assert text[start:end] == original


@pytest.mark.parametrize("text, expected", CASES)
def test_every_token_maps_back(splitter, text, expected):
    """Every token of the normalised text maps to a whole original substring that folds to it."""
    norm = normalize(text, splitter)
    tokens = tokenize(norm.text)
    assert tokens
    for tok in tokens:
        start, end = norm.span(tok.start, tok.end)
        assert 0 <= start < end <= len(text)
        original = text[start:end]
        assert fold(original).replace(" ", "") == tok.text, (tok.text, original)
        # the span does not cut a word: no mark of the same word is left outside it
        assert end == len(text) or text[end] not in DIACRITICS_AND_TATWEEL, (
            f"token {tok.text!r} maps to {original!r} but the word continues: {text[start:end + 2]!r}")
        assert not original[0] in DIACRITICS_AND_TATWEEL


@pytest.mark.parametrize("text, expected", [
    ("أكّدَ", "اكد"),
    ("قـــال", "قال"),
    ("إبراهيم", "ابراهيم"),
    ("آمال", "امال"),
    ("مصطفى", "مصطفي"),
    ("السورية", "السوريه"),
    ("٢٠١٨", "2018"),
    ("#نيكي_هيلي", " نيكي هيلي"),
    ("الرئيس الأمريكي", "الرئيس الامريكي".replace("ئ", "ي")),
    ("ﻭﻗﺎﻝ", "وقال"),  # presentation forms
    ("ﺍﻷﻣﺮﻳﻜﻲ", "الامريكي"),
    ("ﻻ", "لا"),      # a ligature shows two letters
    ("ﷺ", "ﷺ"),      # negative: a phrase in one sign stays
    ("قال", "قال"),   # negative: nothing to fold
    ("", ""),
])
def test_fold(text, expected):
    assert fold(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("الولاياتالمتحدةالأمريكية", "الولايات المتحده الامريكيه"),
    ("أمريكاوروسيا", "امريكا وروسيا"),
    ("الخارجية", "الخارجيه"),          # a known word: not split
    ("المستشفيات", "المستشفيات"),      # an unknown word that is no concatenation: not split
    ("وزارة", "وزاره"),
    ("العربيةالحكومة", "العربيه الحكومه"),   # the second word opens with the article
    ("الحزمفرنسا", "الحزم فرنسا"),           # both of five letters
    # negatives: one word that splits into known ones («المجر» + «مون», «الن» + «عمان»)
    ("المجرمون", "المجرمون"),
    ("النعمان", "النعمان"),
    ("الرأسمالي", "الراسمالي"),
    ("مشاركين", "مشاركين"),
    ("مرسيليا", "مرسيليا"),
])
def test_glue_splitter(splitter, text, expected):
    assert normalize(text, splitter).text == expected


def test_without_splitter_glued_words_stay(analyzer):
    assert normalize("أمريكاوروسيا").text == "امريكاوروسيا"


@pytest.mark.parametrize("text", ["", "   ", "\n\n"])
def test_empty_and_blank(text, splitter):
    norm = normalize(text, splitter)
    assert norm.text == text
    assert norm.span(0, len(text)) == (0, len(text))


@pytest.mark.parametrize("word, folded", [
    ("على", "على"), ("وعلى", "وعلى"), ("عَلَى", "على"),       # the preposition keeps its maksura
    ("علي", "علي"), ("مصطفى", "مصطفي"), ("والتقى", "والتقي"),   # the name and other words fold
    ("عليه", "عليه"), ("أعلى", "اعلي"),
])
def test_the_preposition_ala_stays_apart_from_the_name_ali(word, folded):
    assert fold(word) == folded
    assert normalize(word).text == folded
