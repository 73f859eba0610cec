"""Tests of discourse.segment: sentence splitting that respects quotes, abbreviations and numbers."""
from __future__ import annotations

import pytest

from discourse.segment import sentence_bounds, split, tokenize


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in sentence_bounds(text)]


@pytest.mark.parametrize("text, expected", [
    # a full stop inside «» / “” / "" does not end the sentence
    ('وقال الرئيس: «لن نسمح بذلك. سنرد بقوة». وأضاف أن بلاده مستعدة.',
     ['وقال الرئيس: «لن نسمح بذلك. سنرد بقوة».', 'وأضاف أن بلاده مستعدة.']),
    ('وقالت هيلي: “روسيا تحمي النظام. هذا غير مقبول”. وردت موسكو بالرفض.',
     ['وقالت هيلي: “روسيا تحمي النظام. هذا غير مقبول”.', 'وردت موسكو بالرفض.']),
    ('وقال المتحدث: "التقارير مروعة. يجب محاسبة النظام". ولم ترد دمشق.',
     ['وقال المتحدث: "التقارير مروعة. يجب محاسبة النظام".', 'ولم ترد دمشق.']),
    ('وقال: «هل هذا معقول؟ لا». ثم غادر القاعة.',
     ['وقال: «هل هذا معقول؟ لا».', 'ثم غادر القاعة.']),
    # abbreviations and decimal numbers
    ('وقال د. أحمد رحال إن النظام تراجع.', ['وقال د. أحمد رحال إن النظام تراجع.']),
    ('وحول عودة النازحين قال د.مارم إن المطار جاهز.', ['وحول عودة النازحين قال د.مارم إن المطار جاهز.']),
    # a date's «م» glued to the next sentence is no title
    ('وصدر القرار عام 2015 م.وقال الوزير إن القرار نافذ.', ['وصدر القرار عام 2015 م.', 'وقال الوزير إن القرار نافذ.']),
    ('وارتفع النمو إلى 3.5 في المئة هذا العام.', ['وارتفع النمو إلى 3.5 في المئة هذا العام.']),
    # real sentence ends
    ('هل استخدم النظام السلاح الكيماوي؟ نعم، بحسب المحققين.',
     ['هل استخدم النظام السلاح الكيماوي؟', 'نعم، بحسب المحققين.']),
    ('قصف النظام مدينة دوما\nوقال ناشطون إن عشرات المدنيين قتلوا',
     ['قصف النظام مدينة دوما', 'وقال ناشطون إن عشرات المدنيين قتلوا']),
    ('وقال الوزير إن الاتفاق مهم.,وأضاف أن الحكومة ستلتزم به.,',
     ['وقال الوزير إن الاتفاق مهم.,', 'وأضاف أن الحكومة ستلتزم به.,']),
    ('قتل عشرة مدنيين. وأصيب عشرون آخرون! وفر الباقون.',
     ['قتل عشرة مدنيين.', 'وأصيب عشرون آخرون!', 'وفر الباقون.']),
    # negatives: nothing to split
    ('', []),
    ('   \n  ', []),
    ('وقال الوزير إن الاتفاق مهم', ['وقال الوزير إن الاتفاق مهم']),
])
def test_sentence_bounds(text, expected):
    assert sentences(text) == expected


@pytest.mark.parametrize("text, expected", [
    ('قال: "نعم".', ['قال', ':', '"', 'نعم', '"', '.']),
    ('وقال الرئيس، «لا».', ['وقال', 'الرئيس', '،', '«', 'لا', '»', '.']),
    ('قتل 70 مدنيا', ['قتل', '70', 'مدنيا']),
    ('', []),
])
def test_tokenize(text, expected):
    assert [t.text for t in tokenize(text)] == expected


@pytest.mark.parametrize("text", [
    'وقال الرئيس: «لن نسمح بذلك. سنرد بقوة». وأضاف أن بلاده مستعدة.\nوقال د. أحمد إن النمو 3.5 بالمئة؟ نعم.',
    'قصف النظام مدينة دوما.,وقال ناشطون إن عشرات المدنيين قتلوا',
])
def test_split_tokens_are_inside_their_sentence(text):
    out = split(text)
    assert [s.index for s in out] == list(range(len(out)))
    for s in out:
        for t in s.tokens:
            assert s.start <= t.start < t.end <= s.end
            assert text[t.start:t.end] == t.text
