"""Speaker resolution: aliases, nisba adjectives, members, coordination, anaphora, dropped subjects."""
from __future__ import annotations

import pytest

from discourse.actors import adjective_forms
from discourse.normalize import fold


def speakers(analyzer, text):
    return [(a.source.text if a.source else None, a.actors) for a in analyzer.analyze(text)]


@pytest.mark.parametrize("text, expected", [
    ("وقالت واشنطن، إن التقارير إذا تأكدت ستتطلب ردا دوليا فوريا.",
     [("واشنطن", ("USA",))]),
    ("وقالت الخارجية الأميركية إن التقارير عن سقوط ضحايا مروعة.",
     [("الخارجية الأميركية", ("USA",))]),
    ("وقالت السفيرة الأميركية لدى الأمم المتحدة، نيكي هيلي، إن روسيا تحمي النظام السوري.",
     [("السفيرة الأميركية لدى الأمم المتحدة، نيكي هيلي", ("USA",))]),      # USA, not UN
    ("وقال نظيرها الروسي، فاسيلي نبينزيا، إن الاتهامات ملفقة.",
     [("نظيرها الروسي، فاسيلي نبينزيا", ("RUS",))]),
    ("وقالت وزارة الخارجية الفرنسية في بيان إن باريس ستتحمل مسؤولياتها.",
     [("وزارة الخارجية الفرنسية", ("FRA",))]),
    ("وقالت رئيسة الوزراء البريطانية تيريزا ماي إن بلادها ستعمل مع الحلفاء.",
     [("رئيسة الوزراء البريطانية تيريزا ماي", ("GBR",))]),
    ("وأكد النظام السوري أن الاتهامات مفبركة.", [("النظام السوري", ("SYR",))]),
    ("وقال نظام الأسد إن الاتهامات مفبركة.", [("نظام الأسد", ("SYR",))]),
    ("وقالت قوات النظام إنها سيطرت على البلدة.", [("قوات النظام", ("SYR",))]),
    ("وقالت الولايات المتحدة وبريطانيا وفرنسا إن الضربة كانت ضرورية.",
     [("الولايات المتحدة وبريطانيا وفرنسا", ("USA", "GBR", "FRA"))]),
    ("وقالت #نيكي_هيلي إن بلادها مستعدة للرد.", [("نيكي_هيلي", ("USA",))]),
    ("وقال مندوب الولاياتالمتحدةالأمريكية إن بلاده مستعدة للرد.",
     [("مندوب الولاياتالمتحدةالأمريكية", ("USA",))]),
    # unknown speakers: no actor, source kept
    ("وقال أبو محمد، أحد سكان المدينة، إن القصف استمر طوال الليل.",
     [("أبو محمد، أحد سكان المدينة", ())]),
    ("وقال الشيخ محمد العلي إن الوضع الإنساني صعب.", [("الشيخ محمد العلي", ())]),
    ("وقتل عشرة مدنيين في القصف على مدينة دوما.", []),
])
def test_actors(analyzer, text, expected):
    assert speakers(analyzer, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a person named in full, then by surname
    ("وقال وزير الخارجية الروسي سيرغي لافروف إن الهجوم مفبرك. وأضاف لافروف أن موسكو لن تسمح بضربة.",
     [("وزير الخارجية الروسي سيرغي لافروف", ("RUS",)), ("لافروف", ("RUS",))]),
    # a name the lexicon does not know, learnt from its first mention
    ("وقال مندوب روسيا لدى منظمة حظر الأسلحة الكيميائية ألكسندر شولغين إن العينات مزورة. "
     "وأضاف شولغين أن بلاده تطالب بتحقيق.",
     [("مندوب روسيا لدى منظمة حظر الأسلحة الكيميائية ألكسندر شولغين", ("RUS",)), ("شولغين", ("RUS",))]),
    # «الأخيرة»: the last feminine actor mentioned
    ("التقى وزير الخارجية الأمريكي ريكس تيلرسون نظيرته البريطانية في لندن. وقالت الأخيرة إن بلادها تدعم الرد.",
     [("الأخيرة", ("GBR",))]),
    ("واجتمعت فرنسا وروسيا في مجلس الأمن. وقالت الأخيرة إن الاتهامات باطلة.",
     [("الأخيرة", ("RUS",))]),
    # dropped subject: the previous speaker
    ('وقالت السفيرة الأميركية لدى الأمم المتحدة، نيكي هيلي، إن روسيا تحمي النظام. وأضافت: "لن نسمح بذلك".',
     [("السفيرة الأميركية لدى الأمم المتحدة، نيكي هيلي", ("USA",)), (None, ("USA",))]),
    # a generic head learnt earlier: «النظام» after «النظام السوري»
    ("وقال النظام السوري إن الضربة عدوان. وقال النظام إن الدفاعات تصدت للصواريخ.",
     [("النظام السوري", ("SYR",)), ("النظام", ("SYR",))]),
    # «نظيرها الروسي» after an American speaker is still Russian
    ("قالت هيلي إن بلادها مستعدة للرد. وقال نظيرها الروسي، فاسيلي نبينزيا، إن الاتهامات ملفقة.",
     [("هيلي", ("USA",)), ("نظيرها الروسي، فاسيلي نبينزيا", ("RUS",))]),
    # negative: a dropped subject with no previous speaker stays unresolved
    ('وأضافت: "لن نسمح بذلك".', [(None, ())]),
])
def test_actors_within_document(analyzer, text, expected):
    assert speakers(analyzer, text) == expected


def test_memory_does_not_leak_between_documents(analyzer):
    analyzer.analyze("وقال مندوب روسيا لدى منظمة حظر الأسلحة الكيميائية ألكسندر شولغين إن العينات مزورة.")
    assert speakers(analyzer, "وأضاف شولغين أن بلاده تطالب بتحقيق.") == [("شولغين", ())]


@pytest.mark.parametrize("adjective, expected", [
    ("الروسي", ["الروسي", "الروسية", "الروسيان", "الروسيتان", "الروسيين", "الروسيتين", "الروسيون",
                "روسية", "روسيتان"]),
    ("الأميركي", ["الأميركي", "الأميركية", "الأميركيان", "الأميركيتان", "الأميركيين"]),
    ("البريطاني", ["البريطانية", "البريطانيتان", "بريطانية"]),
    ("السوري", ["السورية", "السوريين"]),
])
def test_adjective_forms(adjective, expected):
    forms = set(adjective_forms(adjective))
    missing = [w for w in expected if fold(w) not in forms]
    assert not missing


@pytest.mark.parametrize("adjective, absent", [
    ("الروسي", ["روسيا", "الروس", "روسي"]),   # the country and the bare indefinite are not generated here
])
def test_adjective_forms_negatives(adjective, absent):
    forms = set(adjective_forms(adjective))
    assert not [w for w in absent if fold(w) in forms]
