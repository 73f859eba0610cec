"""Source and content spans and the mode of each attribution (ANNOTATION.md, "Spans" and "mode")."""
from __future__ import annotations

import pytest

Q = '"'


def spans(analyzer, check, text):
    out = analyzer.analyze(text)
    check(text, out)  # text[start:end] == span.text for every span
    return [(a.cue.text, a.source.text if a.source else None,
             a.content.text if a.content else None, a.mode) for a in out]


@pytest.mark.parametrize("text, expected", [
    # ---- source after the verb (VSO)
    ("وقالت وزارة الخارجية الأمريكية إن التقارير عن سقوط ضحايا مروعة.",
     [("وقالت", "وزارة الخارجية الأمريكية", "التقارير عن سقوط ضحايا مروعة", "indirect")]),
    ("وقالت وزارة الخارجية الفرنسية في بيان إن باريس ستتحمل مسؤولياتها كاملة.",
     [("وقالت", "وزارة الخارجية الفرنسية", "باريس ستتحمل مسؤولياتها كاملة", "indirect")]),
    ("واتهمت واشنطن النظام السوري بأنه استخدم غاز السارين.",
     [("واتهمت", "واشنطن", "استخدم غاز السارين", "indirect")]),
    # a title's abbreviation is no sentence end; a full stop after a word still ends the source
    ("وأشار م. عبدالله البنيان مدير عام الهيئة إلى أن المشروع اكتمل.",
     [("وأشار", "م. عبدالله البنيان مدير عام الهيئة", "المشروع اكتمل", "indirect")]),
    ("وأوضح د. أسامة البار أمين العاصمة المقدسة أن المشروع اكتمل.",
     [("وأوضح", "د. أسامة البار أمين العاصمة المقدسة", "المشروع اكتمل", "indirect")]),
    # ---- source before the verb (SVO)
    ('الخبير العسكري العميد أحمد رحال، أوضح لـ"عربي21" أن المسؤول عن ملف التفاوض مع جيش الإسلام هو الطرف الروسي.',
     [("أوضح", "الخبير العسكري العميد أحمد رحال",
       "المسؤول عن ملف التفاوض مع جيش الإسلام هو الطرف الروسي", "indirect")]),
    # a fronted adverbial or a clause opened by a preposition before the verb is no subject,
    # nor a quote that opens with a complementiser
    ("وفي هذا الصدد قال إنهم مستمرون في التشاور.",
     [("قال", None, "مستمرون في التشاور", "indirect")]),
    ("وحول دور المراقبين في تثبيت الهدنة، قال «إننا لا نتكلم عن جيش».",
     [("قال", None, "«إننا لا نتكلم عن جيش»", "direct")]),
    ("ورغم اعتراف الأسد بضعف قواته في الطاقة البشرية، قال إن قواته قادرة.",
     [("قال", None, "قواته قادرة", "indirect")]),
    # negative: a subject before the verb after a comma
    ('الخبير العسكري العميد أحمد رحال، أوضح أن الهجوم فشل.',
     [("أوضح", "الخبير العسكري العميد أحمد رحال", "الهجوم فشل", "indirect")]),
    # ---- the subject between «كان» and «قد»
    ("وكانت وزارة الخارجية الروسية قد أعلنت أن لافروف سيلتقي نظيره الأمريكي.",
     [("أعلنت", "وزارة الخارجية الروسية", "لافروف سيلتقي نظيره الأمريكي", "indirect")]),
    ("وكانت آلية التحقيق المشتركة حملت نظام الأسد مسؤولية هجومين في 2014 و2015.",
     [("حملت", "آلية التحقيق المشتركة", "نظام الأسد مسؤولية هجومين في 2014 و2015", "indirect")]),
    # ---- «عن» after «أعرب / كشف» opens the content; the source is the subject
    ("وأعرب المصدر عن تفاؤل كبير بشأن التوصل إلى اتفاق.",
     [("وأعرب", "المصدر", "تفاؤل كبير بشأن التوصل إلى اتفاق", "indirect")]),
    # ---- a quoted name is the whole source; «لـ» after a source noun is a genitive
    ("وثقت “الشبكة السورية لحقوق الإنسان”، مقتل 1510 من السوريين في هجمات بالأسلحة الكيماوية.",
     [("وثقت", "“الشبكة السورية لحقوق الإنسان”",
       "مقتل 1510 من السوريين في هجمات بالأسلحة الكيماوية", "indirect")]),
    ("وأكد تقرير لـ “الشبكة السورية لحقوق الإنسان” بأن الدعم الروسي يجعل روسيا متورطة.",
     [("وأكد", "تقرير لـ “الشبكة السورية لحقوق الإنسان”", "الدعم الروسي يجعل روسيا متورطة",
       "indirect")]),
    # ---- the verb's own preposition ends the source, unless it follows a quantity
    ("وحذرت روسيا من أي تحرك يستهدف النظام السوري.",
     [("وحذرت", "روسيا", "أي تحرك يستهدف النظام السوري", "indirect")]),
    ("وحذر عدد من المسؤولين من أن الرد سيكون قاسيا.",
     [("وحذر", "عدد من المسؤولين", "الرد سيكون قاسيا", "indirect")]),
    # ---- after the actor a phrase starts with, the object or the addressee follows
    ("وقال كيري لمجلس العلاقات الخارجية: «يجب أن نغير آليات الوضع في سوريا».",
     [("وقال", "كيري", "«يجب أن نغير آليات الوضع في سوريا»", "direct")]),
    ("واعتبرتها الولايات المتحدة وبريطانيا وفرنسا غير مقبولة.",
     [("واعتبرتها", "الولايات المتحدة وبريطانيا وفرنسا", "غير مقبولة", "indirect")]),
    # ---- a prepositional phrase after the verb is no subject
    ("ورحب بالاتفاق الذي تم التوصل إليه في فيينا.",
     [("ورحب", None, "بالاتفاق الذي تم التوصل إليه في فيينا", "indirect")]),
    ("وأضاف أمام مؤتمر طبي في طهران: «لا بأس، لكن ما حدث أكثر قيمة».",
     [("وأضاف", None, "«لا بأس، لكن ما حدث أكثر قيمة»", "direct")]),
    ("وقال في حواره لعكاظ إن نظام الأسد لن يتنازل عن الحكم.",
     [("وقال", None, "نظام الأسد لن يتنازل عن الحكم", "indirect")]),
    # ---- a fronted phrase or a conjunction before the verb is no subject
    ("وعن اليمن قال إن الحل السياسي هو الأساس.",
     [("قال", None, "الحل السياسي هو الأساس", "indirect")]),
    ("ولكنه استدرك أن الاتفاق لم يكتمل بعد.",
     [("استدرك", None, "الاتفاق لم يكتمل بعد", "indirect")]),
    # ---- a percentage is a subject
    ("بين الديمقراطيين، 69% قالوا إن لديهم ثقة بالاتفاق.",
     [("قالوا", "69%", "لديهم ثقة بالاتفاق", "indirect")]),
    # ---- titles, names and appositions belong to the source
    ("وقالت السفيرة الأميركية لدى الأمم المتحدة، نيكي هيلي، إن روسيا تحمي النظام السوري.",
     [("وقالت", "السفيرة الأميركية لدى الأمم المتحدة، نيكي هيلي", "روسيا تحمي النظام السوري",
       "indirect")]),
    (f"وقالت المتحدثة باسم وزارة الخارجية هيذر ناورت إن {Q}روسيا تتحمل المسؤولية الكاملة{Q}.",
     [("وقالت", "المتحدثة باسم وزارة الخارجية هيذر ناورت", f"{Q}روسيا تتحمل المسؤولية الكاملة{Q}",
       "direct")]),
    # ---- dropped subject: null source
    (f"وأضافت: {Q}لن نسمح باستخدام الأسلحة الكيماوية مرة أخرى{Q}.",
     [("وأضافت", None, f"{Q}لن نسمح باستخدام الأسلحة الكيماوية مرة أخرى{Q}", "direct")]),
    # ---- content openers: أن, بأن, «», :
    ("وأكد الوزير أن الاتفاق لم يعد قائما.",
     [("وأكد", "الوزير", "الاتفاق لم يعد قائما", "indirect")]),
    ("وأفاد المرصد السوري لحقوق الإنسان بأن عشرات المدنيين قتلوا في القصف.",
     [("وأفاد", "المرصد السوري لحقوق الإنسان", "عشرات المدنيين قتلوا في القصف", "indirect")]),
    ("وقال الرئيس الفرنسي: «لن نسمح باستخدام الأسلحة الكيماوية مرة أخرى».",
     [("وقال", "الرئيس الفرنسي", "«لن نسمح باستخدام الأسلحة الكيماوية مرة أخرى»", "direct")]),
    ("وقال المتحدث باسم الكرملين: الاتهامات لا أساس لها من الصحة.",
     [("وقال", "المتحدث باسم الكرملين", "الاتهامات لا أساس لها من الصحة", "indirect")]),
    # ---- trailing attributions are left out of the content
    ("وأكد الوزير أن الهجوم الكيماوي جريمة لا تغتفر، بحسب تعبيره.",
     [("وأكد", "الوزير", "الهجوم الكيماوي جريمة لا تغتفر", "indirect")]),
    # ---- a reported speech inside another one's content is two attributions
    ("وقال رحال إن النظام أعلن أن الهدنة انتهت.",
     [("وقال", "رحال", "النظام أعلن أن الهدنة انتهت", "indirect"),
      ("أعلن", "النظام", "الهدنة انتهت", "indirect")]),
    # ---- a following participle starts a new attribution
    ("وأكدت الوزيرة أن الاتفاق مهم، مؤكدة أن بلادها ستلتزم به.",
     [("وأكدت", "الوزيرة", "الاتفاق مهم", "indirect"),
      ("مؤكدة", None, "بلادها ستلتزم به", "indirect")]),
    # ---- a participle of manner right after a speech verb is part of its attribution
    ("وتابع كيري قائلا إن تعطيل الاتفاق سيعطي الضوء الأخضر لإيران.",
     [("وتابع", "كيري", "تعطيل الاتفاق سيعطي الضوء الأخضر لإيران", "indirect")]),
    ("وأضاف موضحا: «إن أهداف إيران الرئيسية تم تحقيقها».",
     [("وأضاف", None, "«إن أهداف إيران الرئيسية تم تحقيقها»", "direct")]),
    # ---- a verb after a comma starts a new attribution, with or without «و»
    ('وعند سؤاله حول تصريحات خامنئي التي أكد فيها أن إيران ستبقى في حالة حرب، أجاب كيري: "لا أعرف كيف أقرأ هذه التصريحات".',
     [("أكد", "خامنئي", "إيران ستبقى في حالة حرب", "indirect"),   # the statements' owner speaks
      ("أجاب", "كيري", '"لا أعرف كيف أقرأ هذه التصريحات"', "direct")]),
    # ---- the verb's object after its subject ends the subject: a verbal noun, «كلا»
    ("وأكد الجانبان حرصهما على تعزيز التعاون.",
     [("وأكد", "الجانبان", "حرصهما على تعزيز التعاون", "indirect")]),
    ("حث الأمين العام كلا الجانبين على التهدئة.",
     [("حث", "الأمين العام", "كلا الجانبين على التهدئة", "indirect")]),
    ("وأكد المحافظ الجديد وجود قيادات حوثية في المدينة.",
     [("وأكد", "المحافظ الجديد", "وجود قيادات حوثية في المدينة", "indirect")]),
    ("أعلن المصرف المركزي في الإمارات ارتفاع إجمالي الأصول المصرفية.",
     [("أعلن", "المصرف المركزي في الإمارات", "ارتفاع إجمالي الأصول المصرفية", "indirect")]),
    # ---- an addressee before the verb's own preposition
    ("وكشف مصدر وثيق الاطلاع لـ«الشرق الأوسط» عن وجود تفاهمات حول وقف القتال.",
     [("وكشف", "مصدر وثيق الاطلاع", "وجود تفاهمات حول وقف القتال", "indirect")]),
    # ---- a nominal cue right after the verb says where the report comes from: one attribution
    ('وقال بحسب صحيفة هآرتس: "طالما بقيت العقوبات فإن إيران ستلتزم".',
     [("وقال", None, '"طالما بقيت العقوبات فإن إيران ستلتزم"', "direct")]),
    # ---- nested cue: the source is the innermost speaker
    ("ونقل التلفزيون الرسمي عن مصدر عسكري قوله إن الدفاعات الجوية تصدت للصواريخ.",
     [("ونقل", "مصدر عسكري", "الدفاعات الجوية تصدت للصواريخ", "indirect")]),
    # ---- nominal cue: source is its object, content the clause it governs
    ("وبحسب تقرير الشبكة السورية لحقوق الإنسان، قتل 70 مدنيا في الهجوم.",
     [("وبحسب", "تقرير الشبكة السورية لحقوق الإنسان", "قتل 70 مدنيا في الهجوم", "indirect")]),
    ("وحسب المصادر، فإن المستوطنين أحرقوا منزلا آخر في البلدة.",
     [("وحسب", "المصادر", "المستوطنين أحرقوا منزلا آخر في البلدة", "indirect")]),
    ("وبحسب الضابط نفسه فإن إسرائيل لم تقدم أموالا للجماعة.",
     [("وبحسب", "الضابط نفسه", "إسرائيل لم تقدم أموالا للجماعة", "indirect")]),
    # a trailing «بحسب ما + verb»: the clause before is the content, the verb's subject the source
    ("قتل 30 شخصا على الأقل في سلسلة تفجيرات في العراق، بحسب ما أفادت مصادر أمنية.",
     [("بحسب ما", "مصادر أمنية", "قتل 30 شخصا على الأقل في سلسلة تفجيرات في العراق", "indirect")]),
    # past the pronoun the verb governs
    ("وبحسب ما أفاد به المتحدث الرسمي لأمانة الأحساء، فإن الأمانة حرصت على تسمية الطريق.",
     [("وبحسب ما", "المتحدث الرسمي لأمانة الأحساء", "الأمانة حرصت على تسمية الطريق", "indirect")]),
    # ---- modes
    (f"وقال المتحدث إن ما حدث في دوما {Q}جريمة حرب موصوفة{Q} تجب محاسبة مرتكبيها.",
     [("وقال", "المتحدث", f"ما حدث في دوما {Q}جريمة حرب موصوفة{Q} تجب محاسبة مرتكبيها", "mixed")]),
    (f"وأضاف: {Q}مرفوض تماما{Q}.",
     [("وأضاف", None, f"{Q}مرفوض تماما{Q}", "direct")]),     # wholly quoted, however short
    # a content that closes a quotation opened after the cue is partly quoted
    ('نقل التلفزيون الرسمي عن "مصدر رسمي في الحكومة قوله إن التفاوض مع جماعة جيش الإسلام سيجري الأحد".',
     [("نقل", "مصدر رسمي في الحكومة", 'التفاوض مع جماعة جيش الإسلام سيجري الأحد"', "mixed")]),
    # two quoted words make a content mixed; a quoted name after a naming noun does not
    ("وقال الجانب الروسي بأن الولايات المتحدة مستمرة في “اختلاق الأكاذيب” حول إدلب.",
     [("وقال", "الجانب الروسي", "الولايات المتحدة مستمرة في “اختلاق الأكاذيب” حول إدلب", "mixed")]),
    ("وقال التقرير إن منظمة “حظر الأسلحة الكيماوية” أصدرت تقريرين منفصلين.",
     [("وقال", "التقرير", "منظمة “حظر الأسلحة الكيماوية” أصدرت تقريرين منفصلين", "indirect")]),
    # a quotation followed by a few words only is the content, direct
    ("وتابع أن «الحياة بدأت تعود تدريجيا لأحياء خور مكسر والمعلا» في عدن.",
     [("وتابع", None, "«الحياة بدأت تعود تدريجيا لأحياء خور مكسر والمعلا»", "direct")]),
    # the verb's own preposition after the source opens the content
    ("وأعرب فابيوس عن أمله في أن «يتجه موقف إيران نحو الحفاظ على الاستقرار».",
     [("وأعرب", "فابيوس", "أمله في أن «يتجه موقف إيران نحو الحفاظ على الاستقرار»", "mixed")]),
    ('وندد نظيرها الروسي بما اعتبره "حملة لاتهام الحكومة السورية" بهجمات مجهولة.',
     [("وندد", "نظيرها الروسي", 'بما اعتبره "حملة لاتهام الحكومة السورية" بهجمات مجهولة', "mixed")]),
    # a quoted name after a preposition is passed over; a short quotation inside the clause
    # is content only when nothing else opens one
    ("وقال المعلم في كلمة ألقاها خلال «المؤتمر الإعلامي الدولي لمواجهة الإرهاب» الذي عقد في دمشق: «هناك حديث كثير عن الاتفاق».",
     [("وقال", "المعلم", "«هناك حديث كثير عن الاتفاق»", "direct")]),
    ('وبحسب تقرير الشبكة، والذي جاء بمناسبة يوم "إحياء ذكرى جميع ضحايا الحرب الكيماوية"، والذي تم إقراره عام 2015، فإن 184 هجوما نفذها النظام.',
     [("وبحسب", "تقرير الشبكة", "184 هجوما نفذها النظام", "indirect")]),
    ('وقالت السفيرة الأميركية خلال اجتماع لمجلس الأمن في سوريا "هناك أدلة واضحة" تؤكد استخدام الكلور.',
     [("وقالت", "السفيرة الأميركية", '"هناك أدلة واضحة"', "direct")]),
    ("نفى النظام ذلك.",
     [("نفى", "النظام", "ذلك", "indirect")]),
    ("وأثار الهجوم تنديدا واسعا من الدول الغربية.",
     [("تنديدا", "الدول الغربية", None, "none")]),
    # ---- an apposition of up to six words; a phrase opening with a preposition is none
    ("وقال المتحدث باسم قوات التحالف، العميد ركن أحمد حسن عسيري، إن العمليات مستمرة.",
     [("وقال", "المتحدث باسم قوات التحالف، العميد ركن أحمد حسن عسيري", "العمليات مستمرة", "indirect")]),
    ("قلل المتحدث باسم قوات التحالف، العميد ركن أحمد حسن عسيري، من أهمية الهجوم.",
     [("قلل", "المتحدث باسم قوات التحالف، العميد ركن أحمد حسن عسيري", "أهمية الهجوم", "indirect")]),
    # ---- an adverbial between the verb and its subject is passed over
    ("وصرح بذلك المتحدث الإعلامي لشرطة منطقة الرياض، مبينا أن الجهات الأمنية تتابع القضية.",
     [("وصرح", "المتحدث الإعلامي لشرطة منطقة الرياض", None, "none"),
      ("مبينا", None, "الجهات الأمنية تتابع القضية", "indirect")]),
    ("وقال، من جهته، وزير الخارجية السعودي عادل الجبير إن الاتفاق مهم.",
     [("وقال", "وزير الخارجية السعودي عادل الجبير", "الاتفاق مهم", "indirect")]),
    # so is a time phrase between commas
    ("قالت، عصر أول من أمس الخميس، وزارة الخارجية الأميركية إنها تتابع عودة المسؤولين إلى عدن.",
     [("قالت", "وزارة الخارجية الأميركية", "تتابع عودة المسؤولين إلى عدن", "indirect")]),
    # but not words between commas that say no time: the subject is dropped
    ("وقالت، وهي تبكي، إن ابنها لم يعد إلى البيت.",
     [("وقالت", None, "ابنها لم يعد إلى البيت", "indirect")]),
    # the verb's pronoun before its subject: «وقال له الوزير»
    ("وقال له رئيس اللجنة بوب كوركر إن الاتفاق سيئ.",
     [("وقال", "رئيس اللجنة بوب كوركر", "الاتفاق سيئ", "indirect")]),
    ("في وقت أعلنت فيه الرئاسة الفرنسية أن الوزير سيكرم.",
     [("أعلنت", "الرئاسة الفرنسية", "الوزير سيكرم", "indirect")]),
    # negatives: no subject after the pronoun, or a manner adverb
    ("وقال له إن الاتفاق سيئ.", [("وقال", None, "الاتفاق سيئ", "indirect")]),
    ("وقال له مازحا إن الاتفاق سيئ.", [("وقال", None, "الاتفاق سيئ", "indirect")]),
    ("تحدث بعد ذلك جيمس هوغان فقال إن الشركة معروفة.",
     [("تحدث", "جيمس هوغان", "الشركة معروفة", "indirect"), ("فقال", None, "الشركة معروفة", "indirect")]),
    ("وقال لاحقا وزير الخارجية الروسي إن الحل سياسي.",
     [("وقال", "وزير الخارجية الروسي", "الحل سياسي", "indirect")]),
    # ... and so is the newspaper the words were said to
    ('وقال لـ"الوطن" مدير شرطة منطقة جازان اللواء محمد الحربي إن التحقيق مستمر.',
     [("وقال", "مدير شرطة منطقة جازان اللواء محمد الحربي", "التحقيق مستمر", "indirect")]),
    # negatives: no subject after it, or another adverbial after it; a subject before the verb
    ("وقال بدوره إن الاتفاق مهم.", [("وقال", None, "الاتفاق مهم", "indirect")]),
    ("وقال لـ«الحياة» إن الوضع صعب.", [("وقال", None, "الوضع صعب", "indirect")]),
    ("المعارض السوري هشام مروة قال لـ«الشرق الأوسط» معلقًا، إن الحل بعيد.",
     [("قال", "المعارض السوري هشام مروة", "الحل بعيد", "indirect")]),
    ("فقال أيضا بلهجة تحدٍّ لخصوم حزبه إن الحكومة باقية.", [("فقال", None, "الحكومة باقية", "indirect")]),
    # a content ends before a new clause whose verb has a fronted adverbial
    ("وقال وزير الخارجية الأمريكي إن الاتفاق جيد؛ من جهته أعلن الرئيس الفرنسي أن بلاده ستشارك.",
     [("وقال", "وزير الخارجية الأمريكي", "الاتفاق جيد", "indirect"),
      ("أعلن", "الرئيس الفرنسي", "بلاده ستشارك", "indirect")]),
    ("وقال الوزير إن الاتفاق جيد، ومن جانبه، قال السفير إن المفاوضات مستمرة.",
     [("وقال", "الوزير", "الاتفاق جيد", "indirect"), ("قال", "السفير", "المفاوضات مستمرة", "indirect")]),
    # negative: no punctuation before the adverbial, the clause is nested in the content
    ("وقال الوزير إن الرئيس من جهته أعلن أن الاتفاق جيد.",
     [("وقال", "الوزير", "الرئيس من جهته أعلن أن الاتفاق جيد", "indirect"),
      ("أعلن", None, "الاتفاق جيد", "indirect")]),
    # a verbal noun of a derived form after the verb is its object, not its subject
    ("وأعلن اكتمال الاستعدادات للمرحلة الأولى، موضحا أن التسجيل يبدأ غدا.",
     [("وأعلن", None, None, "none"), ("موضحا", None, "التسجيل يبدأ غدا", "indirect")]),
    # negatives: a name of the same shape, a meeting
    ("وقال أنطوان لوجران رئيس بعثة اللجنة الدولية للصليب الأحمر إن الوضع صعب.",
     [("وقال", "أنطوان لوجران رئيس بعثة اللجنة الدولية للصليب الأحمر", "الوضع صعب", "indirect")]),
    ("وشدد اجتماع وزراء الخارجية على أن الحل سياسي.",
     [("وشدد", "اجتماع وزراء الخارجية", "الحل سياسي", "indirect")]),
    # the subject of the verb after «حسبما», «وفقا لما» is the source
    ("وارتفع عدد القتلى إلى عشرة، حسبما ذكر وزير الطاقة التركي تانر يلدز.",
     [("حسبما", "وزير الطاقة التركي تانر يلدز", "وارتفع عدد القتلى إلى عشرة", "indirect")]),
    ("وارتفع عدد القتلى إلى عشرة، وفقا لما قاله المتحدث الرسمي لهيئة الهلال الأحمر.",
     [("وفقا لما", "المتحدث الرسمي لهيئة الهلال الأحمر", "وارتفع عدد القتلى إلى عشرة", "indirect")]),
    # ---- negative
    ("وقتل عشرة مدنيين في القصف على مدينة دوما.", []),
])
def test_spans(analyzer, check, text, expected):
    assert spans(analyzer, check, text) == expected


@pytest.mark.parametrize("text, expected", [
    # offsets point into the original text even when it has diacritics, tatweel, hashtags, glue
    ("وقالَت وزارةُ الخارجية الأمريكية إنَّ التقارير مروعة.", ("وزارةُ الخارجية الأمريكية", "التقارير مروعة")),
    ("وقـــالت #نيكي_هيلي إن روسيا تحمي النظام.", ("نيكي_هيلي", "روسيا تحمي النظام")),
    ("وقالت الولاياتالمتحدةالأمريكية إن الضربة كانت ضرورية.",
     ("الولاياتالمتحدةالأمريكية", "الضربة كانت ضرورية")),
])
def test_spans_point_into_original(analyzer, check, text, expected):
    out = analyzer.analyze(text)
    check(text, out)
    assert len(out) == 1
    assert (out[0].source.text, out[0].content.text) == expected


def test_mode_is_none_exactly_when_content_is_missing(analyzer, seeds_dir, check):
    for path in sorted(seeds_dir.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        out = analyzer.analyze(text, doc=path.stem)
        check(text, out)
        for a in out:
            assert (a.mode == "none") == (a.content is None), a
            if a.mode == "direct":
                assert a.content.text[0] in '"«“' and a.content.text[-1] in '"»”', a


def test_default_model_gives_stance_with_confidence():
    from discourse import Analyzer
    from discourse.stance import default_model_path
    if not default_model_path().exists():
        pytest.skip(f"no shipped stance model at {default_model_path()}")
    text = "وقالت واشنطن إن النظام السوري استخدم غاز الكلور في دوما ويجب محاسبته."
    out = Analyzer(model="default").analyze(text)
    assert out and out[0].claims
    for c in out[0].claims:
        assert c.stance in ("support", "oppose", "neutral")
        assert 0.0 <= c.confidence <= 1.0


@pytest.mark.parametrize("text, expected", [
    # a quoted name right after the verb is the source
    ("وثقت “الشبكة السورية لحقوق الإنسان”، مقتل 1510 من السوريين في هجمات كيماوية.",
     [("وثقت", "“الشبكة السورية لحقوق الإنسان”", "مقتل 1510 من السوريين في هجمات كيماوية", "indirect")]),
    # the subject between «كان» and the verb is the source (SVO), the object is not
    ("وكانت آلية التحقيق المشتركة حملت نظام الأسد مسؤولية هجومين في 2014 و2015.",
     [("حملت", "آلية التحقيق المشتركة", "نظام الأسد مسؤولية هجومين في 2014 و2015", "indirect")]),
    # negative: a quote that is the content, not a name, stays content
    ('وأضاف: "مرفوض تماما".', [("وأضاف", None, '"مرفوض تماما"', "direct")]),
])
def test_quoted_and_kana_sources(analyzer, check, text, expected):
    assert spans(analyzer, check, text) == expected


@pytest.mark.parametrize("word, first, expected", [
    ("أهمية", False, True), ("حرصهما", False, True), ("وأهمية", False, True),
    ("التأكيد", True, True),          # right after the verb, with the article: «وأكد التأكيد على ...»
    ("عزل", False, True), ("تأجيل", False, True),   # «وأعلن الجيش عزل مرسي»
    # negatives: inside a phrase a definite noun is a genitive («وزير الصحة»); not a verbal noun
    ("الصحة", False, False), ("التأكيد", False, False), ("الوزير", True, False),
])
def test_object_noun(word, first, expected):
    from discourse.lexicons import load_grammar
    from discourse.spans import object_noun
    from discourse.normalize import fold
    assert object_noun(fold(word), load_grammar(), first=first) is expected


@pytest.mark.parametrize("text, expected", [
    # a time phrase between the verb and its subject («مساء أمس», «أول من أمس», «اليوم الأحد»)
    ("بيروت - وكالات: كما قال مساء أمس وزير البيئة محمد المشنوق في تصريح إن الاتفاق مؤقت.",
     ("قال", "وزير البيئة محمد المشنوق")),
    ("وقال أول من أمس المتحدث الرسمي إن الاتفاق مؤقت.", ("وقال", "المتحدث الرسمي")),
    ("وأكد اليوم الأحد وزير الصحة أن المستشفيات جاهزة.", ("وأكد", "وزير الصحة")),
    # after «وقد» too, and past «ذلك», the verb's object
    ("وقد أكدت ذلك والدتها وأفادت أن التنفس توقف.", ("أكدت", "والدتها")),
    # negatives: a dropped subject after the time word or «وقد»; a time word after the subject
    ("وقال اليوم إن الاتفاق مؤقت.", ("وقال", None)),
    ("وقد أكد أن الوضع مستقر.", ("أكد", None)),
    ("وقال وزير البيئة أمس إن الاتفاق مؤقت.", ("وقال", "وزير البيئة")),
])
def test_time_phrase_before_the_subject(analyzer, check, text, expected):
    assert spans(analyzer, check, text)[0][:2] == expected
