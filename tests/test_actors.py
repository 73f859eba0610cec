"""Speaker resolution: aliases, nisba adjectives, members, coordination, anaphora, dropped subjects."""
from __future__ import annotations

import pytest

from discourse.actors import adjective_forms
from discourse.normalize import fold


def speakers(analyzer, text):
    return [(a.source.text if a.source else None, a.actors) for a in analyzer.analyze(text)]


@pytest.mark.parametrize("text, expected", [
    # an anaphoric noun refers to the last speaker whose source has that word, whole
    ("وقال وزير الخارجية الروسي إن الاتفاق جيد. وقالت وزيرة الخارجية السويدية إن الوضع صعب. "
     "وأضاف الوزير أن الحل سياسي.",
     [("وزير الخارجية الروسي", ("RUS",)), ("وزيرة الخارجية السويدية", ("SWE",)), ("الوزير", ("RUS",))]),
    # a masculine actor after a feminine verb is its object; the subject is dropped
    ("وقالت روسيا إن الهجوم مفبرك. كما وحددت النظام السوري كمنفذ للهجوم.",
     [("روسيا", ("RUS",)), (None, ("RUS",))]),
    ("وأعلنت الأمم المتحدة أن الهجوم وقع.", [("الأمم المتحدة", ("UN",))]),      # negative: feminine
    # a dropped subject continues an unresolved titled or expert speaker (it stays unresolved),
    # but skips a quantified group
    ("وقال وزير الخارجية السعودي إن الحل سياسي. وقال رئيس لجنة الاحتفالات عبدالعزيز المسند إن "
     "الحفل ناجح. وأكد أن الحضور كبير.",
     [("وزير الخارجية السعودي", ("SAU",)), ("رئيس لجنة الاحتفالات عبدالعزيز المسند", ()), (None, ())]),
    ("وقال وزير الخارجية السعودي إن الحل سياسي. وقال الخبير الاقتصادي عبدالله الشدادي إن الأسعار "
     "سترتفع. وأضاف أن الدعم مستمر.",
     [("وزير الخارجية السعودي", ("SAU",)), ("الخبير الاقتصادي عبدالله الشدادي", ()), (None, ())]),
    ("وقال وزير الخارجية السعودي إن الحل سياسي. وقالت الكثير من الصحف إن الاتفاق سيء. وأضاف أن "
     "الدعم مستمر.", [("وزير الخارجية السعودي", ("SAU",)), ("الكثير من الصحف", ()), (None, ("SAU",))]),
    # «الجانبان» are the last two actors named
    ("واستقبل خادم الحرمين الشريفين الرئيس المصري عبدالفتاح السيسي. وأكد الجانبان أن التعاون مستمر.",
     [("الجانبان", ("SAU", "EGY"))]),
    ("وبحث وزير الخارجية الأمريكي مع رئيس الوزراء العراقي الوضع الأمني. ورحب كلا الجانبين بالاتفاق.",
     [("كلا الجانبين", ("USA", "IRQ"))]),
    ("ورحب الجانبان بالاتفاق.", [("الجانبان", ())]),                    # negative: no one named before
    # the verb's object after it: its subject stands before it after «لكن», or is dropped
    ("لكن المتحدث الرسمي باسم وزارة الخارجية السودانية نفى تسلم وزارته لأي إخطار رسمي.",
     [("المتحدث الرسمي باسم وزارة الخارجية السودانية", ("SDN",))]),
    ("وقال وزير الخارجية الأمريكي إن الحل سياسي في سورية، وأكد دعم بلاده للمعارضة.",   # coordinated
     [("وزير الخارجية الأمريكي", ("USA",)), (None, ("USA",))]),
    # a country's name after a feminine verb is its subject
    ("وفي وقت سابق اليوم قالت البحرين إنها ضبطت أسلحة.", [("البحرين", ("BHR",))]),
    # a complementiser that opens a known name is that name; «بأن» written «بان» stays one
    ("وقال بان كي مون إن الحل سياسي.", [("بان كي مون", ("UN",))]),
    ("وقال وزير الخارجية السعودي إن الحل سياسي. وأكد بان الحوار مستمر.",
     [("وزير الخارجية السعودي", ("SAU",)), (None, ("SAU",))]),
    # an adverbial or a circumstantial participle after the verb is no subject
    ("وقال وزير الخارجية الإيراني إن الاتفاق جيد. وتابع مدافعا عن الاتفاق إنه متوازن.",
     [("وزير الخارجية الإيراني", ("IRN",)), ("مدافعا", ("IRN",))]),
    # a verbal noun or a definite oblique plural after the verb is its object
    ("وقال وزير الخارجية السعودي إن الحل سياسي. وأكد أهمية التعاون بين البلدين.",
     [("وزير الخارجية السعودي", ("SAU",)), (None, ("SAU",))]),
    ("وقال وزير الخارجية القطري إن الحل سياسي. وأكد دعم بلاده للمعارضة المعتدلة.",
     [("وزير الخارجية القطري", ("QAT",)), (None, ("QAT",))]),
    ("وقال الأمين العام للأمم المتحدة إن الحل سياسي. ودعا المتمردين إلى الحوار.",
     [("الأمين العام للأمم المتحدة", ("UN",)), (None, ("UN",))]),
    ("وقال المسؤولون الأمريكيون إن الحل سياسي.", [("المسؤولون الأمريكيون", ("USA",))]),  # nominative
    ("وقال بيان وزارة الخارجية الروسية إن الحل سياسي.",                  # a statement noun speaks
     [("بيان وزارة الخارجية الروسية", ("RUS",))]),
    ("وقالت نيكي هيلي إن الهجوم وقع.", [("نيكي هيلي", ("USA",))]),             # negative: a name
    # a verb coordinated after a comma shares the subject its sentence opened with
    ("وقالت روسيا إن الهجوم مفبرك. وأصدرت منظمة حظر الأسلحة الكيماوية تقريرين منفصلين، "
     "وحددت فيهما وقوع هجوم كيماوي.", [("روسيا", ("RUS",)), (None, ("OPCW",))]),
    ("وقالت روسيا إن الهجوم مفبرك. وأصدر مجلس الأمن بيانا، وقالت إن الغرب يكذب.",   # negative: gender
     [("روسيا", ("RUS",)), (None, ("RUS",))]),
    ("وقالت روسيا إن الهجوم مفبرك. وتنصل الجيش الإسرائيلي من المسؤولية وقال إن التحقيق مستمر.",
     [("روسيا", ("RUS",)), (None, ("ISR",))]),                                   # also without a comma
    ("وقالت روسيا إن الهجوم مفبرك. وأضافت أن الغرب يكذب.",                          # negative: no opener
     [("روسيا", ("RUS",)), (None, ("RUS",))]),
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
    # every nisba word of a phrase agrees; other words stay as they are
    ("الكوري الجنوبي", ["الكورية الجنوبية", "الكوريون الجنوبيون", "كورية جنوبية"]),
    ("الجنوب أفريقي", ["الجنوب أفريقية", "جنوب أفريقية"]),
])
def test_adjective_forms(adjective, expected):
    forms = set(adjective_forms(adjective))
    missing = [w for w in expected if fold(w) not in forms]
    assert not missing


@pytest.mark.parametrize("adjective, absent", [
    ("الروسي", ["روسيا", "الروس", "روسي"]),   # the country and the bare indefinite are not generated here
    ("الكوري الجنوبي", ["الكورية الجنوبي", "الكوري الجنوبية", "كوري جنوبي"]),   # no half-agreement
])
def test_adjective_forms_negatives(adjective, absent):
    forms = set(adjective_forms(adjective))
    assert not [w for w in absent if fold(w) in forms]


# ------------------------------------------------------------ agreement, anaphora, owners

@pytest.mark.parametrize("text, expected", [
    # a dropped subject goes to the last speaker that agrees with the cue: «وأضافت» skips
    # the masculine Russian minister and returns to the feminine American ministry
    ("وقالت وزارة الخارجية الأمريكية إن الهجوم مروع. وقال وزير الخارجية الروسي سيرغي لافروف "
     "إن الاتهامات ملفقة. وأضافت أن واشنطن تدرس الرد.",
     [("وزارة الخارجية الأمريكية", ("USA",)), ("وزير الخارجية الروسي سيرغي لافروف", ("RUS",)),
      (None, ("USA",))]),
    ("وقالت وزارة الخارجية الأمريكية إن الهجوم مروع. وقال وزير الخارجية الروسي سيرغي لافروف "
     "إن الاتهامات ملفقة. وأضاف أن موسكو لن تسمح بضربة.",
     [("وزارة الخارجية الأمريكية", ("USA",)), ("وزير الخارجية الروسي سيرغي لافروف", ("RUS",)),
      (None, ("RUS",))]),
    # a speaker quoted inside another's content is not the antecedent of a later dropped subject
    ('وقال المعلم "هناك من يعتقد وعلى رأسهم الولايات المتحدة أن الاتفاق سيغير المواقف". '
     'وأضاف أن دمشق لن تتغير.',
     [("المعلم", ()), (None, ()), (None, ())]),
    # with no speaker before it, a dropped subject is the actor its sentence opened with
    ("زار رئيس الحكومة الإسرائيلية بنيامين نتنياهو واشنطن أمس، وقال إن إيران ستحصل على المال.",
     [(None, ("ISR",))]),
    ('وفي ختام زيارة استمرت يومين للعاصمة الأمريكية واشنطن، وأضاف: "لن نسمح بذلك".',
     [(None, ())]),                                  # negative: the actor is no opening subject
    # a source that starts with a preposition is a failed span: the subject is dropped
    ("وقال كيري إن الاتفاق جيد. وعن اليمن قال إن الحل سياسي.", [("كيري", ("USA",)), (None, ("USA",))]),
    # in the plural only the number must agree: «مؤكدين» after «دول الخليج»
    ("قالت دول الخليج العربية إن الاتفاق يجب أن يطبق، مؤكدين أن إيران يجب أن تكف عن التدخل.",
     [("دول الخليج العربية", ("GCC",)), (None, ("GCC",))]),
    # negative: a plural dropped subject has no singular antecedent
    ("قالت المتحدثة باسم الخارجية الأمريكية هيذر ناورت إن الهجوم مروع. وأكدوا أن الرد قادم.",
     [("المتحدثة باسم الخارجية الأمريكية هيذر ناورت", ("USA",)), (None, ())]),
    # negative: the agreeing previous speaker is unknown, so the dropped subject is too
    ("وقالت واشنطن إن الهجوم مروع. وقال مصدر مطلع إن الرد قادم. وأضاف أن القرار لم يتخذ بعد.",
     [("واشنطن", ("USA",)), ("مصدر مطلع", ()), (None, ())]),
    # «الأخيرة» refers to the last feminine actor of the sentence so far
    ("وجهت وزارتا الدفاع والخارجية الروسيتان انتقادات حادة إلى الولايات المتحدة الأمريكية "
     "بعد أن صرحت الأخيرة بورود تقارير عن استخدام الكيماوي.",
     [("وزارتا الدفاع والخارجية الروسيتان", ("RUS",)), ("الأخيرة بورود تقارير", ("USA",))]),
    ("وقالت الأخيرة إن الاتهامات باطلة.", [("الأخيرة", ())]),           # negative: nothing before
    # a report and its owner; the network's head noun and its report later in the text
    ("وثقت “الشبكة السورية لحقوق الإنسان”، مقتل 1510 من السوريين. وبحسب تقرير الشبكة، فإن 184 "
     "هجوما ارتكبها النظام. وشددت الشبكة في تقريرها أنه يجب محاسبة النظام. وأشار التقرير إلى أن "
     "التطبيع دعم له.",
     [("“الشبكة السورية لحقوق الإنسان”", ("SNHR",)), ("تقرير الشبكة", ("SNHR",)),
      ("الشبكة في تقريرها", ("SNHR",)), ("التقرير", ("SNHR",))]),
    ("هذا وقد أكد تقرير لـ “الشبكة السورية لحقوق الإنسان” بأن الدعم الروسي يجعل روسيا متورطة.",
     [("تقرير لـ “الشبكة السورية لحقوق الإنسان”", ("SNHR",))]),
    ("وقال تقرير إن الوضع صعب.", [("تقرير", ())]),                       # negative: no owner
    # a name in parentheses right after the source
    ("وقال الدفاع المدني (الخوذ البيضاء)، عبر حساباته، إن قوات النظام استهدفت دوما.",
     [("الدفاع المدني", ("WHITE_HELMETS",))]),
    ("وقال الدفاع المدني إن فرقه أخلت المبنى.", [("الدفاع المدني", ())]),  # negative: no home state
])
def test_agreement_anaphora_owners(analyzer, text, expected):
    assert speakers(analyzer, text) == expected


@pytest.mark.parametrize("text, expected", [
    # names learnt: a surname with the article, a name after a titled mention outside any
    # attribution, the surname of a person the dictionary names
    ("وقال وزير الخارجية السوري وليد المعلم إن الاتفاق انتصار. وأضاف المعلم أن دمشق ستواصل الحرب.",
     [("وزير الخارجية السوري وليد المعلم", ("SYR",)), ("المعلم", ("SYR",))]),
    ("التقى رئيس مجلس الأمة الكويتي بالإنابة مبارك بن بنية الخرينج وفدا برلمانيا. "
     "وقال الخرينج إن التصريحات مرفوضة.", [("الخرينج", ("KWT",))]),
    ("وقال المتحدث باسم التحالف العميد أحمد عسيري إن العمليات مستمرة. وأوضح العسيري أن الحوثيين يتراجعون.",
     [("المتحدث باسم التحالف العميد أحمد عسيري", ("ARAB_COALITION",)), ("العسيري", ("ARAB_COALITION",))]),
    # a learnt name heading the source beats an actor named later in it (the object)
    ("وقال الرئيس الفلسطيني محمود عباس إن الجريمة بشعة. وحمل عباس حكومة الاحتلال مسؤولية الجريمة.",
     [("الرئيس الفلسطيني محمود عباس", ("PSE",)), ("عباس حكومة الاحتلال مسؤولية الجريمة", ("PSE",))]),
    ("وقال عباس إن الجريمة بشعة.", [("عباس", ())]),   # negative: «عباس» is no dictionary name
    # the surname in an apposition after a titled mention
    ("قلل المتحدث باسم قوات التحالف، العميد ركن أحمد حسن عسيري، من أهمية الهجوم. وقال عسيري إن العمليات مستمرة.",
     [("المتحدث باسم قوات التحالف، العميد ركن أحمد حسن عسيري", ("ARAB_COALITION",)),
      ("عسيري", ("ARAB_COALITION",))]),
    ("قلل المتحدث باسم قوات التحالف من أهمية الهجوم. وقال عسيري إن العمليات مستمرة.",
     [("المتحدث باسم قوات التحالف", ("ARAB_COALITION",)), ("عسيري", ())]),
    # the surname before «، title ... actor» in any sentence
    ("التقى علي أحمد جنتي، وزير الثقافة والإرشاد الإسلامي في إيران، وفدا لبنانيا. وقال جنتي إن الاتفاق مهم.",
     [("جنتي", ("IRN",))]),
    ("التقى علي أحمد جنتي وفدا لبنانيا في إيران. وقال جنتي إن الاتفاق مهم.", [("جنتي", ())]),  # negative
    # an honorific stands for the last agreeing speaker
    ("وقال وزير الخارجية السعودي عادل الجبير إن الاجتماعات مثمرة. وأوضح معاليه أن المملكة ماضية في دعم اليمن.",
     [("وزير الخارجية السعودي عادل الجبير", ("SAU",)), ("معاليه", ("SAU",))]),
    # ... even when the source span runs on past it into another actor's name
    ("وقال وزير الخارجية السعودي عادل الجبير إن الاتفاق مهم. ونوه معاليه بالاجتماعات الموسعة مع الممثلة "
     "العليا للاتحاد الأوروبي.",
     [("وزير الخارجية السعودي عادل الجبير", ("SAU",)),
      ("معاليه بالاجتماعات الموسعة مع الممثلة العليا للاتحاد الأوروبي", ("SAU",))]),
    # a generic head learnt from a mention names the same actor inside a later source
    ("وأكدت المقاومة الشعبية أن عدن تحررت. وقال مصدر في المقاومة إن المعارك مستمرة.",
     [("المقاومة الشعبية", ("YEM_RESISTANCE",)), ("مصدر في المقاومة", ("YEM_RESISTANCE",))]),
    ("وقال مصدر في المقاومة إن المعارك مستمرة.", [("مصدر في المقاومة", ())]),   # negative
    ("استقبل الأمين العام لمجلس التعاون الخليجي الوفد. وأكد الأمين العام أن المجلس يدعم اليمن.",
     [("الأمين العام", ("GCC",))]),
    ("وأكد الأمين العام أن المجلس يدعم اليمن.", [("الأمين العام", ())]),           # negative
    # negative: «مصادر» is no generic head: «مصادر الحوثيين» does not make later sources Houthi
    ("وقالت مصادر الحوثيين إن الهجوم فشل. وقالت مصادر خاصة إن الهجوم نجح.",
     [("مصادر الحوثيين", ("HOUTHIS",)), ("مصادر خاصة", ())]),
])
def test_names_heads_honorifics(analyzer, text, expected):
    assert speakers(analyzer, text) == expected


@pytest.mark.parametrize("text, expected", [
    # an indefinite nisba after an official noun
    ("وقال ضابط إسرائيلي كبير إن الجيش مستعد.", [("ضابط إسرائيلي كبير", ("ISR",))]),
    ("وقال مصدر عسكري إسرائيلي إن الجيش مستعد.", [("مصدر عسكري إسرائيلي", ("ISR",))]),
    ("وقال مصدر يمني مسؤول إن الحوثيين انسحبوا.", [("مصدر يمني مسؤول", ("YEM",))]),
    ("وقال الأمير تركي الفيصل إن الاتفاق خطير.", [("الأمير تركي الفيصل", ())]),   # a name, not «Turkish»
    # a nationality alone does not make private speakers a state's voice
    ("وقالت مصادر يمنية إن الحوثيين انسحبوا.", [("مصادر يمنية", ())]),
    ("وقال سياسيون يمنيون إن الحوثيين انسحبوا.", [("سياسيون يمنيون", ())]),
    ("وقالت صحيفة الشروق المصرية إن الوزير سيزور الرياض.", [("صحيفة الشروق المصرية", ())]),
    ("وقال الباحث الأثري المصري محمد يحيى عويضة إن المعبد قديم.",
     [("الباحث الأثري المصري محمد يحيى عويضة", ())]),
    ("وقال رئيس نادي الهلال السعودي إن الفريق جاهز.", [("رئيس نادي الهلال السعودي", ())]),
    ("وقالت الجمعية السعودية للإدارة إن التدريب مهم.", [("الجمعية السعودية للإدارة", ())]),
    ("وقال القيادي الفلسطيني إن المصالحة قريبة.", [("القيادي الفلسطيني", ())]),
    ("وقالت الجمعية العامة للأمم المتحدة إن القرار اعتمد.",
     [("الجمعية العامة للأمم المتحدة", ("UN",))]),                         # negative: a body's name
    ("وقال الاتحاد الكويتي لكرة القدم إن المباراة تأجلت.", [("الاتحاد الكويتي لكرة القدم", ())]),
    ("وقال أيمن أبو زيد الباحث المصري إن السياحة تراجعت.", [("أيمن أبو زيد الباحث المصري", ())]),
    # coaches and players are private; so is a club's board, whatever the club's nationality
    ("وقال المدرب الإسباني إن الفريق جاهز.", [("المدرب الإسباني", ())]),
    ("وقال المدير الفني للفريق الفتحاوي ناصيف البياوي إنه راض.",
     [("المدير الفني للفريق الفتحاوي ناصيف البياوي", ())]),
    ("وأعلن مجلس إدارة نادي أهلي جدة السعودي أن القسط الأول وصل.",
     [("مجلس إدارة نادي أهلي جدة السعودي", ())]),
    ("وقال وزير الخارجية الإسباني إن الاتفاق جيد.", [("وزير الخارجية الإسباني", ("ESP",))]),   # negative
    # unnamed sources placed only by a nationality or a city are unresolved (conventions 3);
    # an official word, an institution or a group after «في» still names the actor
    ("وقالت مصادر فلسطينية محلية في رام الله إن الاعتقالات مستمرة.",
     [("مصادر فلسطينية محلية في رام الله", ())]),
    ("وقالت مصادر عسكرية في صنعاء إن الحوثيين انسحبوا.", [("مصادر عسكرية في صنعاء", ("YEM",))]),
    ("وقالت مصادر في وزارة الخارجية الأمريكية إن الاتفاق جيد.",
     [("مصادر في وزارة الخارجية الأمريكية", ("USA",))]),
    ("وشدد القيادي في حماس أسامة بدران على أن المقاومة مستمرة.",
     [("القيادي في حماس أسامة بدران", ("HAMAS",))]),
    ("وقالت نقابات المعلمين في إيران إن الرواتب متأخرة.", [("نقابات المعلمين في إيران", ())]),
    # clubs are private; supporters of a state are not that state; «أنصار الله» is a name;
    # the Arab Human Rights Committee belongs to the Arab League
    ("أعربت أندية أوروبية كبرى عن رغبتها في ضم اللاعب.", [("أندية أوروبية كبرى", ())]),
    ("وقالت منظمة أنصار إسرائيل اليهودية إنها ستعارض الاتفاق.", [("منظمة أنصار إسرائيل اليهودية", ())]),
    ("وقال المتحدث باسم جماعة أنصار الله محمد عبد السلام إن الهجوم فشل.",
     [("المتحدث باسم جماعة أنصار الله محمد عبد السلام", ("HOUTHIS",))]),
    ("دعا رئيس لجنة حقوق الانسان العربية الدكتور هادي بن علي اليامي إلى التحقيق. وقال اليامي إن الجرائم موثقة.",
     [("رئيس لجنة حقوق الانسان العربية الدكتور هادي بن علي اليامي", ("ARAB_LEAGUE",)),
      ("اليامي", ("ARAB_LEAGUE",))]),
    # a university named by its city is no state; the Arab League's name still is one
    ("وقال أستاذ العلوم السياسية في جامعة القاهرة حسن نافعة إن الوضع صعب.",
     [("أستاذ العلوم السياسية في جامعة القاهرة حسن نافعة", ())]),
    ("وقال الأمين العام المساعد لجامعة الدول العربية إن الهجوم مدان.",
     [("الأمين العام المساعد لجامعة الدول العربية", ("ARAB_LEAGUE",))]),
    ("وقال سامح شكري وزير الخارجية المصري إن الحل سياسي.", [("سامح شكري", ("EGY",))]),
    # the name «علي» is no preposition «على»: the source runs on
    ("وقال محمد علي جعفري، قائد الحرس الثوري الإيراني، إن الاتفاق سيء.", [("محمد علي جعفري", ("IRN",))]),
    ("وقال علي أكبر صالحي رئيس منظمة الطاقة الذرية الإيرانية إن الاتفاق جيد.", [("علي أكبر صالحي", ("IRN",))]),
    ("وأكد الوزير الإيراني على أن الحل سياسي.", [("الوزير الإيراني", ("IRN",))]),
    ("وقال رئيس الوزراء الباكستاني إن الاتفاق جيد.", [("رئيس الوزراء الباكستاني", ("PAK",))]),
    # a national news agency is state media; a private one named with a nationality is not
    ("وقالت وكالة الأنباء الإماراتية إن القوات وصلت إلى عدن.", [("وكالة الأنباء الإماراتية", ("ARE",))]),
    ("وأفادت وكالة دوجان التركية للأنباء بأن الاشتباكات استمرت.", [("وكالة دوجان التركية للأنباء", ())]),
    # pro-X is not X
    ("وقال مسؤول في إحدى جماعات الضغط المؤيدة لإسرائيل إن الاتفاق سيئ.",
     [("مسؤول في إحدى جماعات الضغط المؤيدة لإسرائيل", ())]),
    ("وقال مسؤول في الحكومة الإسرائيلية إن الاتفاق سيئ.", [("مسؤول في الحكومة الإسرائيلية", ("ISR",))]),
    # a phrase nisba in any agreement
    ("وقالت الشرطة الكورية الجنوبية إن المشتبه به اعتقل.", [("الشرطة الكورية الجنوبية", ("KOR",))]),
    # the head's own nationality wins over a place in its relative clause
    ("وقال مسؤول إسرائيلي عمل طيلة 20 سنة في واشنطن إن الاتفاق سيئ.",
     [("مسؤول إسرائيلي عمل طيلة 20 سنة في واشنطن", ("ISR",))]),
    # a former official speaks for no one, nor does his name later
    ("وقال دبلوماسي إسرائيلي سابق عمل طيلة 20 سنة في واشنطن إن الاتفاق سيئ.",
     [("دبلوماسي إسرائيلي سابق عمل طيلة 20 سنة في واشنطن", ())]),
    ("وقال وزير الخارجية الأمريكي السابق هنري كيسنجر إن الاتفاق سيئ. وأضاف كيسنجر أن الحل بعيد.",
     [("وزير الخارجية الأمريكي السابق هنري كيسنجر", ()), ("كيسنجر", ())]),
    ("وقال وزير الخارجية الأمريكي جون كيري إن الاتفاق جيد. وأضاف كيري أن الحل قريب.",
     [("وزير الخارجية الأمريكي جون كيري", ("USA",)), ("كيري", ("USA",))]),
])
def test_nationality_qualifiers(analyzer, text, expected):
    assert speakers(analyzer, text) == expected


# ------------------------------------------------------------------------- home state

@pytest.mark.parametrize("home, text, expected", [
    # the dateline gives the home state of unqualified national institutions
    (None, "الرياض - واس\nقال وزير الصحة إن الوزارة جاهزة لموسم الحج.", [("وزير الصحة", ("SAU",))]),
    (None, "دمشق - سانا\nوقالت وزارة الخارجية إن الاتهامات باطلة.", [("وزارة الخارجية", ("SYR",))]),
    (None, "عين اليوم – الأحساء\nوأوضح المتحدث الأمني لوزارة الداخلية أن الجهات الأمنية قبضت على المطلوب.",
     [("المتحدث الأمني لوزارة الداخلية", ("SAU",))]),
    (None, "فهد العتيبي - سبق - الطائف:\nوأكد أمير منطقة مكة المكرمة أن المشروع سينجز هذا العام.",
     [("أمير منطقة مكة المكرمة", ("SAU",))]),
    # the corpus's home state for documents without a dateline; a dateline still wins
    ("SAU", "قال وزير الصحة إن الوزارة جاهزة لموسم الحج.", [("وزير الصحة", ("SAU",))]),
    ("SAU", "عين اليوم – واشنطن\nوقالت وزارة الخارجية إن الاتفاق مع إيران جيد.",
     [("وزارة الخارجية", ("USA",))]),
    # without a dateline, the one state the lead sentence places the news in
    (None, "قتل 12 شخصا في تفجير في العراق أمس. وقالت وزارة الداخلية إن التحقيق بدأ.",
     [("وزارة الداخلية", ("IRQ",))]),
    # a central bank, then its generic head
    (None, "دبي - وام\nأكد المصرف المركزي أن السيولة جيدة. وأوضح المصرف أن الودائع ارتفعت.",
     [("المصرف المركزي", ("ARE",)), ("المصرف", ("ARE",))]),
    (None, "الطائف - واس\nوقال مصدر مسؤول في بلدية الطائف إن المشروع اكتمل.",
     [("مصدر مسؤول في بلدية الطائف", ("SAU",))]),
    (None, "الرياض - واس\nوقال مصرف الراجحي إن أرباحه ارتفعت.", [("مصرف الراجحي", ())]),  # a private bank
    # an official of a region: a title and a place noun, and his name later
    (None, "أبها - واس\nوقال مدير التعليم بالمحافظة محمد العقيبي إن الدراسة تبدأ الأحد. "
           "وأضاف العقيبي أن المدارس جاهزة.",
     [("مدير التعليم بالمحافظة محمد العقيبي", ("SAU",)), ("العقيبي", ("SAU",))]),
    (None, "جازان - واس\nوعبر مدير عام الشؤون الاجتماعية بمنطقة جازان عن شكره للمتطوعين.",
     [("مدير عام الشؤون الاجتماعية بمنطقة جازان", ("SAU",))]),
    # a local institution placed by its city places the document for the next one
    (None, "أوضح المتحدث الرسمي لأمانة الأحساء خالد بووشل أن الأمانة رصدت 252 مخالفة. "
           "وأفاد رئيس بلدية المبرز أن الجولات مستمرة.",
     [("المتحدث الرسمي لأمانة الأحساء خالد بووشل", ("SAU",)), ("رئيس بلدية المبرز", ("SAU",))]),
    # officials named by their office alone speak for the home state; in a company they do not
    (None, "الرياض - واس\nوقال مسؤولون إن المشروع اكتمل.", [("مسؤولون", ("SAU",))]),
    (None, "الرياض - واس\nوقال مسؤول رفيع المستوى إن المشروع اكتمل.", [("مسؤول رفيع المستوى", ("SAU",))]),
    (None, "الرياض - واس\nوقال مسؤول في شركة أرامكو إن الإنتاج ارتفع.", [("مسؤول في شركة أرامكو", ())]),
    # heads of departments and general presidencies
    (None, "المدينة المنورة - واس\nوأوضح مدير إدارة الإشراف التربوي عبدالرحمن حبيب أن المقابلات بدأت.",
     [("مدير إدارة الإشراف التربوي عبدالرحمن حبيب", ("SAU",))]),
    (None, "تبوك - واس\nوأكد الرئيس العام للهيئة الدكتور عبد الرحمن السند أن العمل مستمر.",
     [("الرئيس العام للهيئة الدكتور عبد الرحمن السند", ("SAU",))]),
    (None, "الرياض - واس\nوقال رئيس مجلس إدارة شركة المراعي إن الأرباح ارتفعت.",
     [("رئيس مجلس إدارة شركة المراعي", ())]),                             # negative: a company board
    (None, "الرياض - واس\nوقال رئيس لجنة الاحتفالات عبدالعزيز المسند إن الحفل ناجح.",
     [("رئيس لجنة الاحتفالات عبدالعزيز المسند", ())]),                # no place: not an office
    # a rank alone does not make an official: retired officers speak as experts
    (None, "دمشق - سانا\nوأوضح الخبير العسكري العميد أحمد رحال أن القصف مستمر.",
     [("الخبير العسكري العميد أحمد رحال", ())]),
    (None, "قتل 12 شخصا في حادث سير في محافظة جدة أمس. وقالت وزارة الداخلية إن التحقيق بدأ.",
     [("وزارة الداخلية", ("SAU",))]),
    ("SAU", "قتل 12 شخصا في تفجير في العراق أمس. وقالت وزارة الداخلية إن التحقيق بدأ.",
     [("وزارة الداخلية", ("IRQ",))]),
    # failing both, the state the whole document most often places its news in (twice or more)
    (None, "افتتح المعرض أمس. وحضر الحفل عدد من المسؤولين. وقال وزير الصحة إن الخدمات ستتوسع "
           "في جدة والطائف وفي منطقة مكة المكرمة.", [("وزير الصحة", ("SAU",))]),
    ("SAU", "انفجرت سيارة مفخخة أمس. وقالت وزارة الداخلية إن الانفجار وقع في البصرة، وإن قتلى سقطوا "
            "في الموصل.", [("وزارة الداخلية", ("IRQ",))]),              # the document beats the corpus
    (None, "افتتح المعرض أمس. وحضر الحفل عدد من المسؤولين. وقال وزير الصحة إن الخدمات ستتوسع في جدة.",
     [("وزير الصحة", ())]),                                             # negative: named once
    (None, "افتتح المعرض أمس. وحضر الحفل عدد من المسؤولين. وقال وزير الصحة إن الخدمات ستتوسع في جدة "
           "وفي البصرة.", [("وزير الصحة", ())]),                          # negative: a tie
    # a headline first: the dateline or lead after it still decides, before the corpus's home
    ("USA", "استقرار الأوضاع الأمنية في المنطقة.\nافتتح الأمير المعرض في جدة. وقالت وزارة الداخلية إن الوضع مستقر.",
     [("وزارة الداخلية", ("SAU",))]),
    (None, "استقرار الأوضاع الأمنية في المنطقة.\nالرياض - واس\nقالت وزارة الداخلية إن الوضع مستقر.",
     [("وزارة الداخلية", ("SAU",))]),
    ("USA", "استقرار الأوضاع الأمنية في المنطقة.\nوقالت وزارة الداخلية إن الوضع مستقر.",          # negative: nothing
     [("وزارة الداخلية", ("USA",))]),                               # in the text
    # an institution named with a city or region speaks for that region's state
    (None, "وأعلن قائد شرطة محافظة الأنبار أن القوات استعادت المدينة.",
     [("قائد شرطة محافظة الأنبار", ("IRQ",))]),
    # negatives: two states in the lead; no dateline and no home; home disabled;
    # a speaker who is no institution
    (None, "قتل 12 شخصا في تفجير في العراق وسوريا أمس. وقالت وزارة الداخلية إن التحقيق بدأ.",
     [("وزارة الداخلية", ())]),
    (None, "وأعلن قائد شرطة المحافظة أن القوات استعادت المدينة.", [("قائد شرطة المحافظة", ())]),
    (None, "سبق - وكالات:\nقال وزير الصحة إن الوزارة جاهزة.", [("وزير الصحة", ())]),
    (False, "الرياض - واس\nقال وزير الصحة إن الوزارة جاهزة لموسم الحج.", [("وزير الصحة", ())]),
    (None, "الرياض - واس\nوقال الشيخ محمد العلي إن الوضع صعب.", [("الشيخ محمد العلي", ())]),
    # an unqualified security or military source speaks for the home state
    (None, "نفذت قوات التحالف غارات في العراق أمس. وأوضح مصدر أمني أن الغارات استهدفت مواقع للتنظيم.",
     [("مصدر أمني", ("IRQ",))]),
    (None, "نفذت قوات التحالف غارات في العراق أمس. وأوضح مصدر طبي أن القتلى مدنيون.",
     [("مصدر طبي", ())]),                                               # negative: not official
    # the name after an institution's title is learnt for the home state
    (None, "قتل 12 شخصا في تفجير في العراق أمس. وقال اللواء هادي رزيج قائد شرطة المحافظة إن "
           "القوات تتقدم. وأضاف رزيج أن المعارك مستمرة.",
     [("اللواء هادي رزيج قائد شرطة المحافظة", ("IRQ",)), ("رزيج", ("IRQ",))]),
    (None, "وقال اللواء هادي رزيج قائد شرطة المحافظة إن القوات تتقدم. وأضاف رزيج أن المعارك مستمرة.",
     [("اللواء هادي رزيج قائد شرطة المحافظة", ()), ("رزيج", ())]),    # negative: no home state
    # military and police ranks are officers of the home state; a nationality still wins,
    # and a brigade («لواء الفتح», no article) is no rank
    (None, "الرياض - واس\nوأضاف العقيد الدوسري أن الحادث وقع أمس.", [("العقيد الدوسري", ("SAU",))]),
    (None, "بنغازي - رويترز\nوقال العقيد الليبي أحمد المسماري إن القوات تتقدم.",
     [("العقيد الليبي أحمد المسماري", ("LBY",))]),
    (None, "الرياض - واس\nوقال قائد لواء الفتح في درعا إن القصف مستمر.", [("قائد لواء الفتح في درعا", ())]),
    # a learnt surname that is also a nationality names the man, alone or after his title;
    # the nationality after an office is still the state
    (None, "الرياض - واس\nوقال اللواء منصور التركي المتحدث الأمني لوزارة الداخلية إن الخلية ضبطت. "
           "وأضاف اللواء التركي أن التحقيق مستمر. وقال وزير الخارجية التركي إن بلاده تدعم التحقيق.",
     [("اللواء منصور التركي المتحدث الأمني لوزارة الداخلية", ("SAU",)), ("اللواء التركي", ("SAU",)),
      ("وزير الخارجية التركي", ("TUR",))]),
    (None, "وقال اللواء التركي إن الجيش مستعد.", [("اللواء التركي", ("TUR",))]),   # negative: nothing learnt
    # a name before the title of a home institution is learnt for it; the title of an
    # official placed by a place noun may follow the name
    (None, "رام الله - وفا\nوقال عيسى قراقع رئيس هيئة شؤون الأسرى إن الوضع صعب. وأضاف قراقع أن الأسرى مضربون.",
     [("عيسى قراقع رئيس هيئة شؤون الأسرى", ("PSE",)), ("قراقع", ("PSE",))]),
    (None, "الرياض - واس\nوقال محمد الحربي مدير التعليم بالمنطقة إن الدراسة تبدأ غدا. وأضاف الحربي أن "
           "الاستعداد تام.", [("محمد الحربي مدير التعليم بالمنطقة", ("SAU",)), ("الحربي", ("SAU",))]),
    (None, "وقال عيسى قراقع رئيس هيئة شؤون الأسرى إن الوضع صعب. وأضاف قراقع أن الأسرى مضربون.",
     [("عيسى قراقع رئيس هيئة شؤون الأسرى", ()), ("قراقع", ())]),             # negative: no home state
    # a home head inside the name of a university, club or international organisation, or a
    # post in one, does not make the source the home state
    ("SAU", "وأعلنت جامعة الملك سعود عن فتح باب القبول.", [("جامعة الملك سعود", ())]),
    ("SAU", "وقال مدير عام كرة القدم بنادي الهلال إن الفريق جاهز.", [("مدير عام كرة القدم بنادي الهلال", ())]),
    ("SAU", "وقال روبرتو أزفيديو مدير عام منظمة التجارة العالمية إن التجارة تراجعت.",
     [("روبرتو أزفيديو مدير عام منظمة التجارة العالمية", ())]),
    ("SAU", "وقال مدير عام الجوازات إن العمل مستمر.", [("مدير عام الجوازات", ("SAU",))]),   # negative
    # a governorate («إمارة») and the Red Crescent are state bodies, placed by their region
    (None, "وأبدى وكيل إمارة الباحة سعادته بالمشاركة.", [("وكيل إمارة الباحة سعادته بالمشاركة", ("SAU",))]),
    (None, "قال المتحدث الرسمي للهلال الاحمر بالباحة عماد منسي الزهراني إن الفرق باشرت الحادث.",
     [("المتحدث الرسمي للهلال الاحمر بالباحة عماد منسي الزهراني", ("SAU",))]),
    (None, "وقالت إمارة دبي إن المهرجان يبدأ غدا.", [("إمارة دبي", ("ARE",))]),
])
def test_home_state(home, text, expected):
    assert speakers(_analyzer(home), text) == expected


_ANALYZERS: dict = {}


def _analyzer(home):
    from discourse import Analyzer
    if home not in _ANALYZERS:
        _ANALYZERS[home] = Analyzer(model=None, home=home)
    return _ANALYZERS[home]


@pytest.mark.parametrize("words, expected", [
    ("الرياض - واس", "SAU"),
    ("دمشق - سانا", "SYR"),
    ("عين اليوم – بيشاور ( باكستان ) /", "PAK"),
    ("سبق - وكالات :", None),
    ("قال وزير الخارجية الأمريكي جون كيري", None),   # no dash: not a dateline
])
def test_home_of(analyzer, words, expected):
    from discourse.normalize import fold
    assert analyzer.resolver.home_of([fold(w) for w in words.split()]) == expected


SAUDI_DATELINES = ["الرياض - واس: أكد وزير الداخلية أن الأمن مستتب.",
                   "جدة - واس: قال أمير المنطقة إن العمل مستمر.",
                   "الدمام - واس: أوضح مدير الشرطة أن الحادث وقع أمس."]


@pytest.mark.parametrize("texts, expected", [
    (SAUDI_DATELINES + ["دمشق - سانا: قال وزير الخارجية إن الحل سياسي.",
                        "وأكد مدير عام الجوازات أن العمل مستمر."], "SAU"),   # undated documents do not count
    (SAUDI_DATELINES[:2] + ["دمشق - سانا: قال وزير الخارجية إن الحل سياسي."], None),   # 2 to 1: no dominance
    (SAUDI_DATELINES[:2], None),                                                # fewer than three documents
    (["وأكد مدير عام الجوازات أن العمل مستمر."] * 5, None),                       # no dateline at all
])
def test_corpus_home(analyzer, texts, expected):
    from discourse.analyzer import Document
    assert analyzer.corpus_home([Document(str(k), t) for k, t in enumerate(texts)]) == expected


def test_home_must_be_a_state():
    from discourse import Analyzer
    with pytest.raises(ValueError, match="'home'"):
        Analyzer(model=None, home="UN")


@pytest.mark.parametrize("word, kind, tense, expected", [
    ("واضافت", "verb", "perfect", ("f", "sg")),
    ("واضاف", "verb", "perfect", ("m", "sg")),
    ("واكدوا", "verb", "perfect", ("m", "pl")),
    ("واشادتا", "verb", "perfect", ("f", "du")),
    ("تقول", "verb", "imperfect", ("f", "sg")),
    ("يقولون", "verb", "imperfect", ("m", "pl")),
    ("مؤكده", "participle", "", ("f", "sg")),
    ("مشيرين", "participle", "", ("m", "pl")),
    ("تنديد", "masdar", "", (None, None)),          # negative: a masdar marks nothing
])
def test_cue_agreement(analyzer, word, kind, tense, expected):
    from discourse.actors import cue_agreement
    from discourse.normalize import fold
    form = analyzer.cues.forms[fold(word)]
    assert (form.kind, form.tense) == (kind, tense)
    assert cue_agreement(fold(word), form) == expected


def test_unresolved_sources_keep_the_original_spelling(analyzer):
    from discourse.actors import unresolved_sources
    records = analyzer.analyze("وقال الشيخُ محمد العلي إن الوضع صعب. وأكد الشيخُ محمد العلي أن الإغاثة تأخرت. "
                               "وقالت واشنطن إن الوضع صعب.")
    out = unresolved_sources(records)
    assert [(s, n) for s, n, _ in out] == [("الشيخُ محمد العلي", 2)]
    assert out[0][2][0].startswith("وقال الشيخُ")


@pytest.mark.parametrize("text, expected", [
    ("وقال وزير الخارجية الروسي سيرغي لافروف إن الاتهامات ملفقة.", {"RUS": "diplomacy"}),
    ("وقال البنتاغون إن الضربة نجحت.", {"USA": "military"}),
    ("وقالت الولايات المتحدة إن الضربة نجحت.", None),          # negative: a name, no role
])
def test_roles_are_carried_into_records(analyzer, text, expected):
    (record,) = analyzer.analyze(text)
    assert record.to_dict().get("roles") == expected
    assert {"doc", "sentence", "cue", "source", "actors", "content", "mode", "speech_act",
            "negated", "claims"} <= set(record.to_dict())


@pytest.mark.parametrize("text, expected", [
    # a titled apposition after a name teaches the name: with a comma ...
    ("قال طارق فاتيمي، المساعد الخاص لرئيس الوزراء الباكستاني، إن الاتفاق مهم. وأضاف فاتيمي أن "
     "الاتفاق جيد.", [("طارق فاتيمي، المساعد الخاص لرئيس الوزراء الباكستاني", ("PAK",)),
                        ("فاتيمي", ("PAK",))]),
    # ... or without one, after a given name and a surname
    ("والتقى هشام مروة، نائب رئيس الائتلاف الوطني السوري، بالوفد. وقال مروة إن الحل بعيد.",
     [("مروة", ("SYR_OPPOSITION",))]),
    ("ووصل أحمد فوزي المتحدث باسم الأمم المتحدة إلى صنعاء. وقال فوزي إن المحادثات ستستأنف.",
     [("فوزي", ("UN",))]),
    # negatives: a noun in construct with an indefinite title; a title before a name
    ("تركزت محادثات وزير الخارجية الروسي على سوريا. وقالت المحادثات إن الحل سياسي.",
     [("المحادثات", ())]),
    # a person the dictionary names, mentioned outside a source, then by surname
    ("وصل اشتون كارتر وزير الدفاع الأميركي إلى أربيل. وقال كارتر إن الحرب طويلة.",
     [("كارتر", ("USA",))]),
    ("رحب فرحان حق الناطق باسم الأمم المتحدة بالهدنة. وأكد حق أن الهدنة مهمة.",
     [("فرحان حق", ("UN",)), ("حق", ("UN",))]),
    # introduced earlier in the same sentence, outside any source
    ("وفي السياق النووي كذب رئيس منظمة الطاقة الذرية الإيرانية علي أكبر صالحي أي اتفاق منفصل، "
     "وقال صالحي للصحفيين أمس السبت: إن عمليات التفتيش ستجري وفقا لإطار الاتفاق.",
     [("صالحي", ("IRN",))]),
    # negatives: introduced only after the source; a private speaker's name is not learnt
    ("وقال صالحي للصحفيين أمس: إن عمليات التفتيش ستجري، وذلك بعد لقاء رئيس منظمة الطاقة "
     "الذرية الإيرانية علي أكبر صالحي بالمدير العام.", [("صالحي", ())]),
    ("وزار الباحث المستقل مهدي صالحي طهران، وقال صالحي للصحفيين أمس: إن عمليات التفتيش لن تجري.",
     [("صالحي", ())]),
])
def test_names_from_appositions(analyzer, text, expected):
    assert speakers(analyzer, text) == expected


@pytest.mark.parametrize("sentence, learnt, not_learnt", [
    ("ووصل أحمد فوزي المتحدث باسم الأمم المتحدة إلى صنعاء", "فوزي", "احمد"),
    # negatives: a title before a name is no apposition («من» is no surname); a noun in construct
    ("وأطلقت الولايات المتحدة بأمر من الرئيس دونالد ترامب صواريخ", "ترامب", "من"),
    ("تركزت محادثات وزير الخارجية الروسي على سوريا", None, "محادثات"),
    # a title before the name and an apposition after it: the apposition's title counts
    ("هاجم الوزير يوفال شتاينتس المسؤول في الحكومة الإسرائيلية عن الملف الإيراني الاتفاق",
     "شتاينتس", "الوزير"),
    # negative: an institution the dictionary names is no person with a surname
    ("ودعا مجلس الأمن الدولي إلى وقف القتال", None, "الدولي"),
])
def test_names_learnt_from_a_sentence(analyzer, sentence, learnt, not_learnt):
    from discourse.actors import DocumentMemory
    memory = DocumentMemory()
    analyzer.resolver.observe(memory, fold(sentence).split())
    assert (learnt is None or fold(learnt) in memory.names) and fold(not_learnt) not in memory.names


@pytest.mark.parametrize("text, expected", [
    # «لـ» + an actor right after the verb is the addressee: the subject is dropped
    ("قال مسؤول بالأمم المتحدة إن المساعدات ستزيد. وقال لرويترز إن القتال توقف. وأضاف أن الحوثيين انسحبوا.",
     [("مسؤول بالأمم المتحدة", ("UN",)), ("لرويترز", ("UN",)), (None, ("UN",))]),
    ("وقال لافروف إن الحل سياسي.", [("لافروف", ("RUS",))]),           # negative: «ل» as written
    # an actor in a fronted prepositional phrase is the topic, not the dropped subject
    ("وأكد كيري دعم بلاده للمعارضة. وفي الشأن الليبي، قال إن واشنطن تعمل مع المجتمع الدولي.",
     [("كيري", ("USA",)), (None, ("USA",))]),
    ("وقالت روسيا إن الهجوم مفبرك. وأصدرت منظمة حظر الأسلحة الكيماوية تقريرا، وقالت فيه إن "
     "الهجوم وقع.", [("روسيا", ("RUS",)), (None, ("OPCW",))]),      # negative: the opening subject
])
def test_addressees_and_topics(analyzer, text, expected):
    assert speakers(analyzer, text) == expected


@pytest.mark.parametrize("text, participle, expected", [
    # an actor inside the first verb's content is not the subject a participle shares
    ("قال الأحمدي إن «الحكومة سوف تحل الموضوع». وأوضح أن انسحاب الحوثيين من إب «لا يمكن تأكيده»، "
     "مشيرًا إلى أن سيطرة الحكومة مستمرة.", "مشيرًا", ()),
    # negative: the actor the sentence opened with is
    ("وأصدرت منظمة حظر الأسلحة الكيماوية تقريرا، مشيرة إلى أن الهجوم وقع.", "مشيرة", ("OPCW",)),
    # the subject of the sentence's verb, even unresolved, not an earlier resolved speaker
    ("وقال وزير الخارجية اليمني رياض ياسين إن الحرب ستنتهي قريبا. وأضافت المصادر اليمنية أن آلاف "
     "اليمنيين التحقوا بمعسكرات التدريب، منوهة إلى أن المقاومة تتقدم في عدن.", "منوهة", ()),
    ("وقال رئيس الوزراء الإسرائيلي بنيامين نتنياهو إن الاتفاق خطأ تاريخي. وكان خامنئي قال في خطابه "
     "إنه يريد أن يفحص السياسيون الاتفاق مشددا على أن إيران لن تتخلى عن حلفائها.", "مشددا", ("IRN",)),
])
def test_participle_subject_not_from_content(analyzer, text, participle, expected):
    found = {a.cue.text: a.actors for a in analyzer.analyze(text)}
    assert found[participle] == expected


@pytest.mark.parametrize("text, expected", [
    # a generic head inside a source names what it named before ...
    ("وقالت حركة حماس إن القصف جريمة. وقال مصدر في الحركة إن الرد قادم.",
     [("حركة حماس", ("HAMAS",)), ("مصدر في الحركة", ("HAMAS",))]),
    # a speaker's head is learnt whatever named its actor: a place after it
    ("أعلن المصرف المركزي في الإمارات ارتفاع الأصول. وبحسب (وام) أكد المصرف في بيان أن الائتمان ارتفع.",
     [("المصرف المركزي في الإمارات", ("ARE",)), ("المصرف", ("ARE",))]),
    # ... but not when another qualifier follows it: another body
    ("ودعا مجلس الأمن إلى وقف القتال. وقال أمين سر المجلس الثوري إن الرد قادم.",
     [("مجلس الأمن", ("UN",)), ("أمين سر المجلس الثوري", ())]),
])
def test_generic_heads_in_sources(analyzer, text, expected):
    assert [s for s in speakers(analyzer, text) if s[0]] == expected


@pytest.mark.parametrize("text, expected", [
    # a document noun speaks for the author named with it earlier ...
    ("ونشرت صحف عربية مقالا لوزير الخارجية الإيراني محمد جواد ظريف. وجاء في المقال أن الحوار ضروري.",
     [("المقال", ("IRN",))]),
    # ... else for the last speaker
    ("بحث الرئيسان الحرب في سوريا، حسب ما أعلن البيت الأبيض. وجاء في بيان أن الأمن أولوية.",
     [("البيت الأبيض", ("USA",)), ("بيان", ("USA",))]),
    # negatives: a document noun far from the name; an unresolved speaker's document stays unresolved
    ("ونشرت صحف عربية مقالا في باريس عن زيارة وزير الخارجية الإيراني. وجاء في المقال أن الحوار ضروري.",
     [("المقال", ())]),
    ("وأكدت مريم رجوي في البيان أن الاتفاق سيئ. وأضاف البيان أن الحل بعيد.",
     [("مريم رجوي في البيان", ()), ("البيان", ())]),
])
def test_document_nouns(analyzer, text, expected):
    assert [s for s in speakers(analyzer, text) if s[0]] == expected


@pytest.mark.parametrize("text, expected", [
    # «الضابط», «القيادي», «الدبلوماسي» refer back to the speaker whose source had that noun
    ("وقال ضابط إسرائيلي كبير في الجيش إن الحدود هادئة. وقالت صحيفة محلية إن الوضع متوتر. "
     "وبحسب الضابط نفسه فإن الجيش لم يقدم سلاحا.",
     [("ضابط إسرائيلي كبير في الجيش", ("ISR",)), ("صحيفة محلية", ()), ("الضابط نفسه", ("ISR",))]),
    ("وقالت صحيفة محلية إن الوضع متوتر. وبحسب الضابط نفسه فإن الجيش لم يقدم سلاحا.",
     [("صحيفة محلية", ()), ("الضابط نفسه", ())]),                  # negative: no officer before
])
def test_anaphoric_nouns(analyzer, text, expected):
    assert speakers(analyzer, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a titled apposition after a source that names no actor gives the actor
    ("وقال رأفت الصباغ، المتحدث الرسمي للحكومة اليمنية، إن المساعدات وصلت.",
     [("رأفت الصباغ", ("YEM",))]),
    ("وقال الأمين العام ، بان كي مون، إن الهدنة ضرورية.", [("الأمين العام", ("UN",))]),
    # negatives: an object after the comma; an apposition without a title
    ("ودعا الدكتور العطية، الولايات المتحدة الأمريكية إلى بذل جهد مضاعف.",
     [("الدكتور العطية", ())]),
])
def test_titled_appositions(analyzer, text, expected):
    got = [(s.split("،")[0].strip(), a) for s, a in speakers(analyzer, text)]
    assert got == expected


@pytest.mark.parametrize("source, after, expected", [
    ("اللواء", "علي الأحمدي ، رئيس جهاز الأمن القومي في اليمن ،", ("YEM",)),   # a bare title, then the name
    ("أبو محمد", "، أحد سكان صنعاء اليمنية ،", ()),                            # negative: no title
    ("الدكتور العطية", "الولايات المتحدة الأمريكية إلى بذل", ()),                # negative: no comma
])
def test_apposition_rule(analyzer, source, after, expected):
    assert analyzer.resolver._apposition(fold(source).split(), fold(after).split()) == expected


@pytest.mark.parametrize("home, text, expected", [
    # «مديرية» alone is a district, not an institution
    (None, "قتل 12 شخصا في غارة في اليمن أمس. وقالت مصادر محلية في مديرية لودر إن القتال مستمر.",
     [("مصادر محلية في مديرية لودر", ())]),
    (None, "قتل 12 شخصا في غارة في اليمن أمس. وقالت المديرية العامة للأمن إن القتال مستمر.",
     [("المديرية العامة للأمن", ("YEM",))]),                           # negative: the directorate
    # an actor after «تعارض / يؤيد» is what the speaker opposes or supports
    (None, "وتحدثت مصادر بفصائل تعارض الحوثيين عن تقدم كبير.", [("مصادر بفصائل تعارض الحوثيين", ())]),
    (None, "وقالت مصادر في الحوثيين إن التقدم كبير.", [("مصادر في الحوثيين", ("HOUTHIS",))]),  # negative
])
def test_districts_and_opposed_actors(home, text, expected):
    assert speakers(_analyzer(home), text) == expected


@pytest.mark.parametrize("text, expected", [
    # a portfolio is not the employer: «لشؤون فلسطين» ... «بالجامعة العربية»
    ("ووصف الأمين العام المساعد لشؤون فلسطين بالجامعة العربية السفير محمد صبيح القرار بأنه خطير.",
     [("ARAB_LEAGUE",)]),
    ("ووصف السفير الفلسطيني القرار بأنه خطير.", [("PSE",)]),            # negative: a nationality
    # an actor's own document named after it («في تقريرها») is what «التقرير» refers to later
    ("وقال المرصد السوري لحقوق الإنسان إن القتلى 25. ووثقت الشبكة السورية لحقوق الإنسان في تقريرها "
     "مقتل 58 شخصا. وذكر التقرير أن التوثيق صعب.", [("SOHR",), ("SNHR",), ("SNHR",)]),
    ("وقال المرصد السوري لحقوق الإنسان في تقريره إن القتلى 25. ووثقت الشبكة السورية لحقوق الإنسان "
     "مقتل 58 شخصا. وذكر التقرير أن التوثيق صعب.", [("SOHR",), ("SNHR",), ("SOHR",)]),  # the other's report
])
def test_portfolios_and_own_documents(analyzer, text, expected):
    assert [a.actors for a in analyzer.analyze(text)] == expected
