"""Source and content spans of a cue, and the mode of the reported speech."""
from __future__ import annotations

import functools
import re

from dataclasses import dataclass
from typing import Iterator, Sequence

from .cues import CLAUSE_OPENERS, LINEAGE_WORDS, MAX_PLUPERFECT, CueMatch, opens_content, pluperfect, quoted_medium
from .lexicons import Grammar
from .normalize import bare_forms, fold, strip_proclitics
from .segment import INITIALS, QUOTES, Sentence

MAX_SOURCE = 14    # tokens in a source noun phrase
MAX_LEFT = 8       # tokens of a subject read leftwards (SVO)
NISBA_ENDINGS = ("ي", "يه")    # folded: an adjective of relation («النظامية», «الكويتية»)
MAX_APPOSITION = 6  # words between commas taken as an apposition («، العميد ركن أحمد حسن عسيري،»)
MAX_TITLED_APPOSITION = 8  # when a title opens it («، مدير إدارة شؤون المعلمين المكلف بتعليم الطائف،»)
OCCASIONS = ("بمناسب", "لمناسب", "بحضور", "برفق", "بصحب")   # «، بمناسبة الذكرى ...،»: no apposition
MAX_NAME_QUOTE = 6  # words of a quoted name inside a source («“تيريزا ماي”»)
MAX_UNQUOTED_TAIL = 3  # words after a closing quote left out of a quoted content («…» في عدن)
MIN_QUOTED_RUN = 2  # quoted words that make a content mixed (one word is a scare quote or a name)
MAX_TOPIC = 10     # words of a fronted prepositional clause before a verb («وحول دور ...، قال»)
MAX_MANNER_GAP = 3  # words between a speech verb (and its source) and a participle of manner
MANNER_VERB_ACTS = frozenset(("say", "report"))  # «وأضاف موضحا», «وروى ما جرى قائلا»
COMMAS = frozenset(",،")
# heads a medium's quoted name follows (folded): «وكالة "الأناضول"», «وكالة أنباء "فرانس برس"»
MEDIA_HEADS = frozenset({"انباء", "وكاله", "صحيفه", "قناه", "موقع", "شبكه", "اذاعه", "مجله", "تلفزيون"})
# documents «ل» + a medium owns, not addressed ones («رسالة لوكالة ...» is sent to it); folded
OWNED_DOCUMENTS = frozenset({"تقرير", "دراسه", "بيان", "استطلاع", "مسح", "نشره", "احصاييه"})
# indefinite verbal nouns of the derived forms VII, VIII and X («انسحاب», «انهيار», «اكتمال», «استكمال»);
# not the article's «الطلاب», nor names such as «أنطوان», «أنيبال»
MASDAR = re.compile(r"^(?!ال)(?:ان[^وي][^وي]ا.|ان[^وي]يا.|ا.ت.ا.|ا[صضطظ]ط.ا.|ا[زدذ]د.ا.|است..ا.)$")
# and of the forms II, III, IV and VI, and «تفعال» (folded: «تعويض», «معاقبة», «إجراء», «تعاون», «تكرار»)
DERIVED_MASDAR = re.compile(r"^(?:ت..ي.|ت..ا.|م.ا..ه|ا..ا.|ت.ا..)$")
PUNCT_END = frozenset(".!?؟;؛")
RELATIVES = frozenset({"الذي", "التي", "الذين", "اللذين", "اللذان", "اللتين", "اللتان", "والتي", "والذي"})
# styles of address (folded) that a preposition makes an object: «اتصالا هاتفيا بفخامة الرئيس
# ... أكدا», «نقل تحياته لسمو ولي العهد»
ADDRESS_STYLES = frozenset({"فخامه", "سمو", "معالي", "سعاده", "سماحه", "جلاله", "دوله"})
OPENERS = {"«": "»", "“": "”", "„": "”", '"': '"', "‹": "›"}


@dataclass(frozen=True, slots=True)
class Spans:
    """Token-index spans of one attribution (end exclusive), or None."""

    source: tuple[int, int] | None
    content: tuple[int, int] | None
    mode: str
    absorbed: tuple[int, ...] = ()  # cue tokens that belong to this attribution


def _is_word(tok: str) -> bool:
    return tok[0].isalnum() or tok == "%"   # «42% قالوا إن»


def _close_quote(words: list[str], i: int, limit: int) -> int | None:
    """Index of the quote closing the one at ``i``, within ``limit`` tokens."""
    closer = OPENERS.get(words[i])
    if closer is None:
        return None
    for j in range(i + 1, min(len(words), i + 1 + limit)):
        if words[j] == closer or (closer == '"' and words[j] in "”»"):
            return j
    return None


def source_after(words: list[str], i: int, grammar: Grammar, cue_at: set[int],
                 preposition: str | None = None, first_free: bool = False,
                 appositions: bool = True, complement: str | None = None,
                 named: frozenset[int] = frozenset(), addressing: bool = False) -> tuple[int, int] | None:
    """The noun phrase after a verb (VSO): «وقالت وزارة الخارجية الأمريكية إن».

    With ``preposition="ب"`` (a verb such as «ندد ب»), a word carrying «ب» ends
    the phrase: «وندد البابا فرنسيس باستخدام …». With ``complement="ب"`` (a verb
    whose complement may open with «ب», «طالب … بـ», «وصف … بـ») so does one that
    names no body or place: «وطالب حمادة وزارة العمل بتوفير العمالة», but «وطالب
    العميد بالجيش العراقي السابق»; right after the verb, one that carries a verbal
    noun and starts no mention (``named``): «وطالب بمعاقبة ...» has no subject.
    """
    n = len(words)
    if i + 1 < n and words[i] in grammar.pronoun_pps and _subject_start(words[i + 1], grammar):
        i += 1     # «أعلنت فيه الرئاسة الفرنسية», «وقال له الوزير»: the subject after the verb's pronoun
    j = i
    end = i
    taken = False     # an apposition was taken
    while j < n and j - i < MAX_SOURCE:
        w = words[j]
        if w == "." and j > i and _abbreviation(words, j):
            j += 1       # a title's abbreviation: «م. عبدالله البنيان», «د. أسامة البار»
            continue
        if j in cue_at or w in grammar.complementizers or w in PUNCT_END or w == ":":
            break
        if preposition == "ب" and _carries(w, "ب") and w != "باسم" and not _serves_in(words, i, j, grammar):
            break  # «وندد البابا فرنسيس باستخدام …»; «يندد بهجمات» has no subject after it
        if complement and _carries(w, complement) and w != "باسم" and not _affiliation(w, grammar) \
                and (j > i or (j not in named and _verbal_noun(w[len(complement):], grammar))):
            break   # right after the verb a verbal noun only: «وطالب بمعاقبة ...» (not «وطالب بيان صادر عن»)
        if j == i and (_is_phrase_start_pp(w, grammar) or w == "في" or w in grammar.oblique_markers):
            break  # «وتابع بالقول», «ادعى فيها أن», «وقال للمرشد»: no subject after the verb
        if w == preposition and not (j > i and (words[j - 1] in grammar.partitives or _forbids(words, j)
                                                or _issued(words[j - 1], grammar))):
            break  # «وحذرت روسيا من أي تحرك», but «عدد من المسؤولين», «... والنهي عن المنكر»,
            #        «أفصح بيان صدر عن الجامعة عن ...»
        if j > i and (w in ("كلا", "كلتا") or object_noun(w, grammar)) \
                and not (words[j - 1] == "على" and j - 1 > i and _supervises(words, j - 1)) \
                and not (w in grammar.sector_nouns and words[j - 1] in grammar.titles):
            # the verb's object after its subject: «الأمين العام كلا الجانبين», «... وجود قيادات»;
            # not a supervisor's («المشرف على تنفيذ ...») nor a sector after a title («مدير صحة جازان»)
            break
        if j > i and _object_after_definite(words, j, grammar, i):
            break  # «وحذر البيان ميليشيات الحوثي», «وأدانت القمة احتلال العراق للكويت»
        if j == i and w in OPENERS:
            close = _close_quote(words, j, MAX_NAME_QUOTE + 1)
            if close is not None and close > j + 1 and all(_is_word(x) for x in words[j + 1:close]) \
                    and words[j + 1] not in grammar.complementizers:   # «قال «إننا لا نتكلم ...»»: a quote
                j = end = close + 1  # a quoted name: «وثقت “الشبكة السورية لحقوق الإنسان”، مقتل»
                if j < n and (words[j] in COMMAS or (close - i <= 3 and not _describes(words, j, grammar, addressing))):
                    break  # the name is whole: no apposition after it, and after a short name
                continue   # only a title or a nisba goes on («"آس" الأسبانية»), not «"الحميدي" في تعقيب»
        if j == i + 1 and words[i] in OWNED_DOCUMENTS and w[:1] == "ل" and w[1:] in MEDIA_HEADS:
            j += 1  # «تقرير لوكالة الصحافة الفرنسية»: whose report, not to whom
            end = j
            continue
        if w == "ل" and j > i and (words[j - 1] in grammar.source_nouns or _title_of(words, j, grammar)):
            j += 1  # «تقرير لـ“الشبكة السورية”», «المدير العام لصحيفة "سبق"»: a genitive, not an addressee
            end = j
            continue
        if w in QUOTES:
            close = _close_quote(words, j, MAX_NAME_QUOTE + 1)
            if end > i and close is not None and any(x in grammar.negators for x in words[j + 1:close]) \
                    and not (words[j - 1] in grammar.name_heads or _names_medium(words[j - 1])):
                break  # a quoted clause, not a name: «وقال ضابط الإعلام ... «التمثال لم يصل» بعد»
                #        (but a name after its head: «صحيفة «لا ريبابليكا»»)
            # a quoted name right after the verb: «وثقت “الشبكة السورية لحقوق الإنسان”، مقتل …»
            if end == i and close is not None and close > j + 1 and close + 1 < n \
                    and (words[close + 1] in COMMAS or words[close + 1] in grammar.complementizers
                         or words[close + 1] in grammar.source_stops):
                end = close + 1
                break
            # a short quoted name inside the phrase, followed by more of it
            if end > i and close is not None and close + 1 < n and not _ends_clause(words, close + 1):
                j = end = close + 1
                continue
            # the quoted name of a medium ends the phrase: «وحسب وكالة أنباء "فرانس برس"، أوضحت»,
            # also after the medium's adjective: «وكالة الأنباء النظامية “سانا”،» (not after a
            # medium's own name: «مراسل قناة الجزيرة "الوضع خطير"» quotes him)
            if end > i and close is not None and close > j + 1 and (_names_medium(words[j - 1]) or (
                    words[j - 1].startswith("ال") and words[j - 1].endswith(NISBA_ENDINGS)
                    and any(_names_medium(x) for x in words[max(i, j - 3):j - 1]))):
                end = close + 1
                break
            if end > i and close is not None and close + 1 < n and words[close + 1] in grammar.complementizers:
                end = close + 1
            break
        if w in COMMAS:
            app = _apposition(words, j, grammar, cue_at) if appositions else None
            if app is None or end == i:
                break
            if taken and not _title_word(words[j + 1], grammar) and not words[j + 1].startswith("و"):
                break   # after «، علي داود،» only an office goes on, not the object: «تقدم القوات الأمنية»
            j = end = app
            taken = True
            continue
        if w in ("في", "ل") or (w.startswith("ل") and w[1:] in grammar.statement_nouns):
            nxt = words[j + 1] if j + 1 < n else ""
            if w in ("في", "ل") and (_statement_noun(nxt, grammar) or nxt in QUOTES or not nxt
                                     or nxt in grammar.source_stops or w == "ل"):
                break
            if w != "في":
                break
        elif (w in grammar.source_stops and not (first_free and j == i) and not _imam(words, j, grammar)
              and not (w in DEMONSTRATIVE_PPS and j == i)     # the object first: «أوصى بهذا النهج الملك ...»
              and not (j > i and concerned_with(words, j))
              and not (j > i and w.startswith("ل") and _title_of(words, j, grammar))
              and not (j > i and w == "على" and _supervises(words, j))
              and not (j > i and w == "عن" and _issued(words[j - 1], grammar))
              and not (j > i and _forbids(words, j))
              and not (j > i and w in ("هذه", "هذا") and words[j - 1] == "باسم")
              and not (j > i and _morning_name(words, j, grammar))) \
                or not _is_word(w):     # «متحدثة باسم هذه المنظمة الدولية»: a demonstrative in the name
            break
        j += 1
        end = j
    if end - i > 1 and len(words[end - 1]) == 1 and words[end - 1].isalpha():
        end -= 1         # the phrase's length limit cut a title's abbreviation from its name: «... د»
    elif end - i == MAX_SOURCE:
        end = _name_completed(words, end, grammar, cue_at)
    return (i, end) if end > i else None


def _name_completed(words: list[str], end: int, grammar: Grammar, cue_at: set[int]) -> int:
    """Where a name that the length limit cut ends: «... الشيخ تركي بن | عبدالله الشليل»,
    «... تركي بن عبد | الله الشليل» (at most three more words, the family name last)."""
    for _ in range(3):
        if end >= len(words) or end in cue_at or not _is_word(words[end]) \
                or words[end] in grammar.complementizers or words[end] in grammar.source_stops:
            break
        last, before = words[end - 1], words[end - 2]
        if last in LINEAGE_WORDS or last == "عبد":
            end += 1                      # «بن | عبدالله», «عبد | الله»
        elif (before in LINEAGE_WORDS or (before == "عبد" and words[end - 3] in LINEAGE_WORDS)) \
                and words[end].startswith("ال"):
            end += 1                      # the family name after the father's: «بن عبدالله | الشليل»
            break
        else:
            break
    return end


FOLDED_INITIALS = frozenset(map(fold, INITIALS))


def _forbids(words: list[str], j: int) -> bool:
    """«عن» at ``j`` is in the name «هيئة الأمر بالمعروف والنهي عن المنكر» (folded)."""
    return words[j] == "عن" and words[j - 1] in ("والنهي", "النهي")


def _abbreviation(words: list[str], j: int) -> bool:
    """The dot at ``j`` ends an abbreviation inside a name: a title's letter («م.
    عبدالله البنيان»), a Latin initial («كيه. شانموجام»), a letter of a dotted
    acronym («بنك "إتش.إس.بي.سي"», «بي.إم.آي للبحوث»)."""
    before = words[j - 1]
    if not before.isalpha():
        return False
    if len(before) == 1 or before in FOLDED_INITIALS:
        return True
    short = lambda k: 0 <= k < len(words) and words[k].isalpha() and len(words[k]) <= 4   # noqa: E731
    return len(before) <= 4 and short(j + 1) and (
        (j >= 2 and words[j - 2] == "." and short(j - 3)) or (j + 2 < len(words) and words[j + 2] == "."))


# speech acts whose verb takes a clause, not a person, as object: a title after the
# subject's name is his («وقال جو بايدن نائب الرئيس»), not whom he acts on («وانتقد كيري الرئيس»)
CLAUSE_ACTS = frozenset({"say", "report", "affirm", "predict", "deny", "express"})
# titles written with the article after a name (folded): «مارك تونر المتحدث باسم ...»
APPOSITION_TITLES = frozenset({"المتحدث", "المتحدثه", "الناطق", "الناطقه"})


TITLE_ADJECTIVES = frozenset({"العام", "التنفيذي", "الرسمي", "الاعلامي", "الفني", "الاقليمي"})   # folded


def _title_of(words: list[str], j: int, grammar: Grammar) -> bool:
    """The «ل» at ``j`` joins a title to the body it holds: after an indefinite title
    («مراسل لصحيفة الحياة») or a title and its adjective («المدير العام لصحيفة "سبق"»,
    «الرئيس التنفيذي للشركة»); not after a bare definite one («وقال الوزير لصحيفة
    الحياة»: whom he told)."""
    prev = words[j - 1]
    if not prev.startswith("ال"):
        return _title_word(prev, grammar) and prev[:1] not in ("ل", "ب")
    return prev in TITLE_ADJECTIVES and j > 1 and _title_word(words[j - 2], grammar)


def _describes(words: list[str], j: int, grammar: Grammar, addressing: bool = False) -> bool:
    """The word at ``j`` goes on describing a short quoted name: a title or a speaker's
    head («"عذبي العقيل" مدير عام ...», «“جيمو بورجيجين” الباحثة»; after a verb of
    demand the title is whom it addresses: «وناشد "العنزي" وزير الصحة»), or a nisba
    that ends the phrase («"آس" الإسبانية أن», «إلى أن»; not «"الشهري" الجاهزية التامة»)."""
    w = words[j]
    nxt = words[j + 1] if j + 1 < len(words) else "."
    if any(f in _describing_heads(grammar) for f in bare_forms(w)):
        # a body's noun before a preposition is a verbal noun, the content: «قال "القاضي" القضاء على
        # قضية العصر ...» ('eliminating'), not the judiciary (a person's head goes on: «"X" المتحدث
        # باسم», «"أبو مرزوق" القيادي في حركة حماس»)
        return not addressing and (nxt not in grammar.prepositions
                                   or any(f in _person_heads(grammar) for f in bare_forms(w)))
    return w.startswith("ال") and w.endswith(("ي", "يه", "ية")) and len(w) > 5 \
        and (not nxt[:1].isalpha() or nxt in grammar.complementizers or nxt in grammar.prepositions)


@functools.lru_cache(maxsize=4)
def _describing_heads(grammar: Grammar) -> frozenset[str]:
    """Titles and heads that describe a speaker or a body (one union per grammar)."""
    return grammar.titles | grammar.name_heads | grammar.official_heads | grammar.private_heads


@functools.lru_cache(maxsize=4)
def _person_heads(grammar: Grammar) -> frozenset[str]:
    """Titles and heads of a person, not of a body («وزير», «الكاتبة»; not «شركة»)."""
    return (grammar.titles | grammar.private_heads | grammar.name_honorifics) - grammar.private_bodies


def _newspaper_at(words: list[str], k: int) -> bool:
    """A quoted newspaper's name at ``k``: «"الاقتصادية"», ««الشرق الأوسط»»."""
    if k >= len(words) or words[k] not in QUOTES:
        return False
    close = next((c for c in range(k + 1, min(len(words), k + 5)) if words[c] in QUOTES), None)
    return close is not None and " ".join(words[k + 1:close]) in NEWSPAPERS


# newspapers told in quotes after «أبلغ» (folded): «أبلغ "الاقتصادية" مصدر مسؤول ... أن»
NEWSPAPERS = frozenset(fold(w) for w in (
    "الشرق الأوسط", "الحياة", "عكاظ", "الاقتصادية", "الرياض", "الوطن", "الجزيرة", "المدينة", "اليوم", "سبق",
    "الوئام", "عاجل", "مكة", "الشرق", "البيان", "الخليج", "القبس", "الراي", "الرأي", "الأنباء", "الأهرام",
    "النهار", "السفير", "العربي الجديد", "إيلاف", "الخبر", "الشروق", "عين اليوم", "المصري اليوم", "الاتحاد"))


# adjectives whose «بـ» names what a body is concerned with: «الجهات المعنية بهذا الأمر» (folded)
CONCERNED = frozenset(f"{stem}{end}" for stem in ("الخاص", "المعني", "المختص", "المتعلق", "المكلف", "المنوط", "المهتم")
                      for end in ("", "ه", "ون", "ين"))
DEMONSTRATIVE_PPS = frozenset({"بهذا", "بهذه", "بذلك"})


def concerned_with(words: Sequence[str], j: int) -> bool:
    """The demonstrative with «بـ» at ``j`` says what the word before it concerns, inside a
    name: «النظام الخاص بهذا المجلس» (else it ends a source: «وقال الوزير بهذا الخصوص»)."""
    return words[j] in DEMONSTRATIVE_PPS and words[j - 1] in CONCERNED


def _title_word(w: str, grammar: Grammar) -> bool:
    """A title of ``titles``, with the article or a proclitic: «وزير», «الرئيس», «ورئيس»."""
    return any(f in grammar.titles for f in bare_forms(w))


def _statement_noun(w: str, grammar: Grammar) -> bool:
    """A noun of ``statement_nouns``, also with a possessive suffix: «في كلمته», «في بيانها»."""
    return w in grammar.statement_nouns or any(stem in grammar.statement_nouns for stem in possessed(w, True))


BARE_LINKS = frozenset({"ل", "لـ", "من", "عن"})   # owner links that may also mean «about», «from»


def _issued(w: str, grammar: Grammar) -> bool:
    """``w`` links a document to who issued it (``owner_links``, not a bare preposition):
    «بيان صادر عن وزارة الخارجية التركية», «بيان صدر عن الجامعة»."""
    return w in grammar.owner_links and w not in BARE_LINKS


SUPERVISORS = frozenset({"المشرف", "المشرفه", "مشرف", "مشرفه",    # folded; and a body's name:
                         "للرقابه", "الرقابه"})   # «الهيئة الوطنية للرقابة على تنفيذ مخرجات الحوار»,
#                                                     «جهاز الرقابة على الأغذية في الصين»


def _supervises(words: list[str], j: int) -> bool:
    """The «على» at ``j`` belongs to a supervisor's title: «المشرف العام على العلاقات
    العامة بوزارة الحج», «المشرفة على البرنامج»."""
    prev = words[j - 1]
    return prev in SUPERVISORS or (prev in ("العام", "العامه") and j > 1 and words[j - 2] in SUPERVISORS)


def _imam(words: list[str], j: int, grammar: Grammar) -> bool:
    """``words[j]`` is «إمام» (the prayer leader), which folds like the preposition
    «أمام»: «وقال إمام وخطيب المسجد الحرام», «إمام المسجد النبوي»."""
    return words[j] == "امام" and j + 1 < len(words) and words[j + 1] in grammar.mosque_words


def _names_medium(w: str) -> bool:
    """A head that a medium's quoted name follows: «وكالة», «وكالة أنباء», «صحيفة», «قناة»."""
    return any(f in MEDIA_HEADS for f in bare_forms(w))


def adverbial_at(words: Sequence[str], k: int, grammar: Grammar) -> int:
    """The length of the phrase of ``verb_adverbials`` that starts at word ``k``,
    the longest first («في هذا السياق», «أيده الله»); 0 when there is none."""
    return next((n for n in (3, 2, 1)
                 if k + n <= len(words) and " ".join(words[k:k + n]) in grammar.verb_adverbials), 0)


def skip_adverbial(words: list[str], i: int, grammar: Grammar, cue_at: set[int] = frozenset(),
                   initial: bool = True, told: dict[int, int] | None = None) -> int:
    """Where the subject after a verb starts, past the phrases of ``verb_adverbials``
    and the newspaper the words were said to, each with a comma after it:
    «وصرح بذلك المتحدث ...», «وقال، من جهته، وزير ...», «وقال لـ"الوطن" مدير
    شرطة ...», «كشف ذلك لـ«اليوم» مدير عام ...», and a medium's name with «ل»
    (``told``: where it starts → where it ends): «وقال لرويترز المتحدث ...».
    Only after a verb that opens its clause (``initial``): «هشام مروة ... قال
    لـ«الشرق الأوسط» معلقًا» has its subject before."""
    if not initial:
        return i
    k, skipped = i, False
    while k < len(words):
        comma = words[k] in COMMAS
        k = k + 1 if comma else k
        n = adverbial_at(words, k, grammar)
        if not n and comma:
            n = _time_between_commas(words, k, grammar)
        if not n and not comma:
            n = _time_run(words, k, grammar)
        if not n:
            n = told_at(words, k, told)
        if not n and k < len(words) and words[k] in ("هذا", "هذه") and told_at(words, k + 1, told):
            n = 1  # the object before the medium: «كشف هذا لـ"الرياض" الدكتور ...»
        if not n:
            break
        k, skipped = k + n, True
    if not skipped:
        return i
    k = k + 1 if k < len(words) and words[k] in COMMAS else k
    # another adverbial, a participle or a verbal noun after them («فقال أيضا بلهجة تحدٍّ ...
    # إن», «قال لـ«الشرق الأوسط» معلقًا», «أكد في وقت سابق انهيار العلاقات»): no subject there
    return i if k < len(words) and (words[k][:1] in ("ب", "ل", "ك") or k in cue_at
                                    or (_verbal_noun(words[k], grammar) and not _body_word(words[k], grammar))) else k


def _body_word(w: str, grammar: Grammar) -> bool:
    """A noun that heads a body's name though it looks like a verbal noun: «اتحاد»,
    «ائتلاف» («وقال أيضا اتحاد الكرة إن»)."""
    return any(f in grammar.private_bodies or f in grammar.name_heads for f in bare_forms(w))


def told_at(words: Sequence[str], k: int, told: dict[int, int] | None = None) -> int:
    """The length of the medium told that starts at ``k``: «لـ"الوطن"», «لرويترز», «لـ(عكاظ)»,
    and with the quotes reversed, «ل»الرياض»», «لـ”الوئام ”»; 0 if none."""
    if k + 1 < len(words) and words[k] == "ل" and words[k + 1] in QUOTES:
        close = _close_quote(words, k + 1, MAX_NAME_QUOTE + 1)
        if close is None and words[k + 1] in ("»", "”"):
            close = next((j for j in range(k + 2, min(len(words), k + MAX_NAME_QUOTE + 3))
                          if words[j] == words[k + 1]), None)
        return close + 1 - k if close is not None else 0
    if k + 2 < len(words) and words[k] == "ل" and words[k + 1] == "(":     # «لـ(عكاظ)»
        close = next((j for j in range(k + 2, min(len(words), k + MAX_NAME_QUOTE + 3)) if words[j] == ")"), None)
        if close is not None and close > k + 2 and all(_is_word(x) for x in words[k + 2:close]) \
                and " ".join(words[k + 2:close]) in NEWSPAPERS:     # not «وأشار لـ(الاتفاق النووي)»
            return close + 1 - k
    return told[k] - k if told and k in told else 0


def _adverb_at(words: Sequence[str], k: int, grammar: Grammar) -> bool:
    """An adverbial or a time phrase opens the words at ``k``: after a verb inside its
    clause, no subject follows («الحزب اعترف فقط بمقتل», «فنّد ذلك أول من أمس»,
    «ندد الاسبوع الماضي»)."""
    if k >= len(words):
        return False
    return bool(adverbial_at(words, k, grammar)) or words[k] in grammar.time_words \
        or (words[k] == "اول" and _before_yesterday(words, k)) or " ".join(words[k:k + 2]) in grammar.time_phrases


def _before_yesterday(words: Sequence[str], k: int) -> bool:
    """Word ``k`` is in «أول من أمس» before «أمس» (folded)."""
    return words[k] in ("اول", "من") and "امس" in words[k + 1:k + 3]


def _time_run(words: Sequence[str], k: int, grammar: Grammar) -> int:
    """The length of a time phrase with no commas that starts at ``k`` and that a
    word follows («قال مساء أمس وزير البيئة», «وأكد اليوم الأحد المتحدث», «أول من
    أمس», «وقال الأسبوع الماضي وزير»); 0 when there is none."""
    end = k
    while end < len(words) and end - k < 4:
        if words[end] in grammar.time_words or _before_yesterday(words, end):
            end += 1
        elif " ".join(words[end:end + 2]) in grammar.time_phrases:
            end += 2
        else:
            break
    return end - k if end > k and end < len(words) and _is_word(words[end]) else 0


def _time_between_commas(words: Sequence[str], k: int, grammar: Grammar) -> int:
    """The length of a time phrase that starts at ``k`` after a comma and ends
    before the next one («قالت، عصر أول من أمس الخميس، وزارة ...»); 0 when
    the words between the commas are no time phrase."""
    for end in range(k + 1, min(len(words), k + MAX_APPOSITION + 1)):
        if words[end] in COMMAS:
            phrase = words[k:end]
            return end - k if all(_is_word(w) for w in phrase) and any(
                w in grammar.time_words for w in phrase) else 0
    return 0


def _subject_mentions(words: list[str], source: tuple[int, int],
                      mentions: Sequence[tuple[int, int]], grammar: Grammar,
                      nisbas: frozenset[int] = frozenset(), appositive: bool = False) -> tuple[int, int]:
    """Cut a VSO phrase after the actor mentions it starts with: what follows is
    the object or an addressee («واتهمت واشنطن النظام السوري بأنه», «وقال كيري
    لمجلس العلاقات الخارجية»); coordinated mentions stay («الولايات المتحدة وبريطانيا وفرنسا»),
    and a state's nisba (``nisbas``) after a name of several words that agrees with
    it («الوكالة الوطنية للإعلام اللبنانية», «حزب الله اللبناني»; not «روسيا التركي»).
    After a verb whose object is a clause (``appositive``: «قال», «أكد», «توقع»), a
    title after the name is its holder's («وقال جو بايدن نائب الرئيس الأميركي»,
    «وقال مارك تونر المتحدث باسم وزارة الخارجية»)."""
    a, b = source
    ends = {s_: e for s_, e in mentions}
    end = ends.get(a, a)
    start = a
    while end in ends and ends[end] <= b and (words[end][:1] == "و" or _nisba_of(words, start, end, ends, nisbas)):
        start, end = end, ends[end]
    if end < b and words[end] in grammar.name_honorifics:
        return source     # an office and its holder's name: «إمام المسجد النبوي الشيخ علي الحذيفي»
    if appositive and end < b and words[end][:1] not in ("ل", "ب") \
            and (_title_word(words[end], grammar) or words[end] in APPOSITION_TITLES):
        return source
    return (a, end) if a < end < b else source


def _nisba_of(words: list[str], start: int, k: int, ends: dict[int, int], nisbas: frozenset[int]) -> bool:
    """The mention at ``k`` is one state's nisba that qualifies the name ``words[start:k]``
    of several words, in its gender («حركة طالبان الأفغانية», «حزب الله اللبناني»)."""
    if k not in nisbas or ends[k] != k + 1 or k - start < 2:
        return False
    feminine = words[k].endswith("يه")
    head = words[start][1:] if words[start][:1] in ("و", "ف") else words[start]
    return feminine == head.endswith(("ه", "ات"))


def _before_addressee(words: list[str], source: tuple[int, int], addressees: frozenset[int],
                      grammar: Grammar) -> tuple[int, int]:
    """Cut a subject before the medium it was told to: «وقال المتحدث لفرانس برس»,
    «وقال سولفانج لرويترز»; not a medium a title or an indefinite source noun holds
    («مراسل لوكالة الصحافة الفرنسية», «مصدر لرويترز»)."""
    a, b = source
    k = next((k for k in range(a + 1, b) if k in addressees and not _title_of(words, k, grammar)
              and not (words[k - 1] in grammar.source_nouns and not words[k - 1].startswith("ال"))), None)
    return (a, k) if k is not None else source


def object_noun(w: str, grammar: Grammar, first: bool = False) -> bool:
    """A verbal noun that is a speech verb's object («أهمية», «دعم», «حرصهما»,
    «وأهمية»): as written, without proclitics, or with a possessive suffix. It
    ends a subject after a verb (here) and is no subject right after one
    (``first``, :meth:`actors.Resolver.object_of_verb`), where the article
    may stand too («التأكيد»); inside a phrase a definite noun is a genitive
    («وزير الصحة»)."""
    forms = bare_forms(w) if first else (w, *strip_proclitics(w))
    if any(f in grammar.object_nouns for f in forms):
        return True
    if first and MASDAR.match(w) and not (w in grammar.source_nouns or w in grammar.statement_nouns
                                          or w in grammar.private_bodies):
        return True     # «وأعلن اكتمال الاستعدادات», «انطلاق», «استكمال»; not «شدد اجتماع وزراء ...»
    # inside a phrase a feminine noun's «ت» before the suffix too («رغبتها»); right after
    # the verb only the written stem, where «أكد صحتها مصدر ...» keeps its subject after
    return any(stem in grammar.object_nouns for stem in possessed(w, marbuta=not first))


def _object_after_definite(words: Sequence[str], j: int, grammar: Grammar, start: int = 0) -> bool:
    """Word ``j`` opens the verb's object after a definite subject word: an
    indefinite verbal noun or plural cannot be in construct with a definite noun
    nor its adjective («وحذر البيان ميليشيات الحوثي», «وأدانت القمة احتلال
    العراق»), nor a definite word after «و» («أعلنت الهيئة العامة للسياحة والآثار
    اعتماد اللوائح»); not after a title or honorific («الرئيس بشار»), nor a word
    with a proclitic preposition («المتحدث باسم»)."""
    before, w = words[j - 1], words[j]
    if w.startswith("ال") or w[:1] in ("ب", "ل", "ك", "و", "ف") or not w[:1].isalpha():
        return False     # tested first: most words after a subject word fail here, cheaply
    if len(before) > 5 and before.startswith("وال"):       # not «والي», «والده»
        before = before[1:]
    if not before.startswith("ال") or before in grammar.name_honorifics \
            or _title_word(before, grammar):     # the word itself among them
        return False
    # a verbal noun opens an object that follows it, not a content (a name: «الفنانة الإماراتية
    # أريام: ...»), and not after a person's title or head, where it is a given name
    # («وزير التجارة والصناعة توفيق الربيعة», «الكاتبة إقبال بركة»): only after a body's name
    nxt = words[j + 1] if j + 1 < len(words) else "."
    person = _person_heads(grammar)
    named = not nxt[:1].isalpha() or nxt in grammar.complementizers \
        or any(f in person or (f[-1:] == "ه" and f[:-1] in grammar.titles)    # «مديرة»
               for w in words[start:j] for f in bare_forms(w))
    return object_noun(w, grammar, first=True) or (_object_masdar(w, grammar) and not named) or (
        w.endswith("ات") and len(w) > 4 and w not in grammar.source_nouns)


def _object_masdar(w: str, grammar: Grammar) -> bool:
    """An indefinite verbal noun of the forms II to VI that opens an object after a
    definite subject («أعلنت الحكومة الصينية توسيع نطاق ...», «أعلنت شركة ... تدشين
    أول رحلاتها»); not a head such as «أستاذ», a name with a long vowel after «ت»
    («توماس») or ending in one («الله تعالى»), nor a verb with its pronoun («أجراه»).
    After a speaker's head it is a given name: «الكاتبة إقبال بركة»."""
    if not _verbal_noun(w, grammar) or any(f in grammar.private_heads or f in grammar.titles
                                           for f in bare_forms(w)):
        return False
    return not re.fullmatch(r"ت[وي].ا.|ت.ا.ي", w) and not (w[:1] == "ا" and w.endswith("ه"))


def possessed(w: str, marbuta: bool = False) -> Iterator[str]:
    """The noun under a possessive suffix: «حرصهما» → «حرص»; with ``marbuta``, also
    with its «ت» back to the teh marbuta (folded «ه»): «كلمته» → «كلمه»."""
    for suffix in ("هما", "هم", "ها", "ه"):
        if w.endswith(suffix) and len(w) > len(suffix) + 2:
            stem = w[:-len(suffix)]
            yield stem
            if marbuta and stem.endswith("ت"):
                yield stem[:-1] + "ه"


def _subject_start(w: str, grammar: Grammar) -> bool:
    """A word that may open a subject: a word, no function word, preposition, pronoun
    phrase, adverb of manner («مازحا») or verbal noun («وحددت فيهما وقوع هجوم»)."""
    return _is_word(w) and w not in grammar.complementizers and w not in grammar.prepositions \
        and w not in grammar.oblique_markers and w not in grammar.source_stops \
        and not _is_phrase_start_pp(w, grammar) and not re.fullmatch(r"م\w{2,5}ا", w) \
        and not object_noun(w, grammar, first=True)


def _verbal_noun(w: str, grammar: Grammar) -> bool:
    """A verbal noun of a derived form or of ``object_nouns`` («معاقبة», «إجراء»,
    «اتخاذ», «تعويض»), not a source noun or a name («بيان», «بعثة», «بوتين»)."""
    derived = any(MASDAR.match(f) or DERIVED_MASDAR.match(f) for f in (w, *possessed(w)))
    return (derived or object_noun(w, grammar, True)) \
        and w not in grammar.source_nouns and w not in grammar.statement_nouns


def _is_phrase_start_pp(w: str, grammar: Grammar) -> bool:
    """A prepositional phrase, never a subject: «بالقول», «للمرشد», «فيها», «إليه»."""
    return w in grammar.pronoun_pps or (w[:3] in ("بال", "لل") and len(w) > 4)


def _ends_clause(words: list[str], k: int) -> bool:
    return words[k] in PUNCT_END or words[k] in COMMAS


def _apposition(words: list[str], comma: int, grammar: Grammar, cue_at: set[int]) -> int | None:
    """End of an apposition between commas («، فاسيلي نبينزيا،»), or None.

    A phrase opening with a preposition or a verbal noun is no apposition but the
    verb's complement: «قلل المتحدث …، العميد … عسيري، من أهمية الهجوم», «أكد
    رئيس اللجنة …، أهمية مشاركة المواطنين»."""
    k = comma + 1
    if k < len(words) and (words[k] in grammar.prepositions or words[k] in grammar.oblique_markers
                           or object_noun(words[k], grammar, first=True) or words[k].startswith(OCCASIONS)):
        return None
    # an office after a name may run longer: «، مدير إدارة شؤون المعلمين المكلف بتعليم الطائف،»
    longest = MAX_TITLED_APPOSITION if k < len(words) and _title_word(words[k], grammar) else MAX_APPOSITION
    while k < len(words) and k - comma <= longest + 1:
        w = words[k]
        if w in COMMAS or w in grammar.complementizers or w == ":" or w in PUNCT_END:
            return k if k > comma + 1 and w != ":" else None  # stop before the closing mark
        if k in cue_at:      # a name before the next cue: «وأوضح المتحدث ...، سعيد بن عبد الله النقير قائلا:»
            after = words[k + 1] if k + 1 < len(words) else ""
            speaks = after == ":" or after in QUOTES or after in grammar.complementizers
            return k if speaks and _name_like(words[comma + 1:k], grammar) else None
        if (w in grammar.source_stops and w not in ("و",) and not _morning_name(words, k, grammar)) \
                or not _is_word(w):
            closes = _ends_ok(words, k) or (w in DASHES and _ends_ok(words, k + 1))
            return k if k > comma + 1 and words[k - 1] not in COMMAS and closes else None
        k += 1
    return None


def _name_like(phrase: Sequence[str], grammar: Grammar) -> bool:
    """Two to five words that may be a person's name: no function word, no
    preposition opening it («بدعوة شيخ الأزهر»، «لكنه»)."""
    return 2 <= len(phrase) <= 5 and phrase[0][:1] not in ("ب", "ل") and all(
        _is_word(w) and w not in grammar.source_stops and w not in grammar.complementizers
        and w not in grammar.prepositions and w not in grammar.pronoun_pps for w in phrase)


DASHES = frozenset({"-", "–", "—"})   # «، الناطق الرسمي باسم الحكومة- في تصريحات»: a dash closes it


def _ends_ok(words: list[str], k: int) -> bool:
    return k < len(words) and words[k] in ("خلال", "في", "امس", "اليوم")


def source_before(words: list[str], i: int, grammar: Grammar, cue_at: set[int],
                  perfect: bool = False, comma_subject: bool = True) -> tuple[int, int] | None:
    """The subject before a verb (SVO): «الخبير العسكري العميد أحمد رحال، أوضح»,
    also between «كان» and «قد» («وكانت وزارة الخارجية الروسية قد أعلنت») or before
    a bare «كان» before a ``perfect`` verb («لكن الجبير كان ندد»; not «إذا كان يعتقد»), also
    after a comma before «كان قد» («العرج، كان قد أوضح»; ``comma_subject`` False: not that)."""
    k = _subject_end(words, i, grammar) - 1
    after_comma = (comma_subject and perfect and k > 0 and words[k] in ("كان", "كانت", "كانوا")
                   and words[k - 1] in COMMAS and i > 0 and words[i - 1] in grammar.perfect_particles)
    if perfect and k > 0 and words[k] in ("كان", "كانت", "كانوا") and (
            (_is_word(words[k - 1]) and words[k - 1] not in grammar.left_stops) or after_comma):
        k -= 1     # the subject before «كان»: «لكن الجبير كان ندد», «الحزب كان قد أعلن»,
        #            «وزير الخدمة المدنية خالد بن عبدالله العرج، كان قد أوضح»
    if k >= 0 and words[k] in COMMAS:
        k -= 1
    end = k + 1
    # between «كان» and its verb the subject may be longer: «وكان رئيس الاتحاد الكويتي ورئيس
    # اللجنة الكويتية الدولية الشيخ طلال الفهد اعلن»
    aux = next((j for j in range(k, max(-1, end - MAX_SOURCE - 1), -1) if words[j] in grammar.past_auxiliaries), None)
    if aux is not None and aux + 1 < end and i > 0 and words[i - 1] in grammar.perfect_particles \
            and words[aux + 1] not in grammar.left_stops and not _is_phrase_start_pp(words[aux + 1], grammar) \
            and all(_is_word(words[j]) and words[j] not in grammar.complementizers and words[j] not in CLAUSE_OPENERS
                    and j not in cue_at for j in range(aux + 1, end)):
        return _unquoted(words, aux + 1, end)    # all between «كان» and «قد» is the subject: «وكانت
        #                        قيادة القوات المشتركة لتحالف دعم الشرعية في اليمن قد أعلنت»
    limit = end - aux - 1 if aux is not None and all(_is_word(w) for w in words[aux + 1:end]) else MAX_LEFT
    while k >= 0 and end - k <= max(limit, MAX_LEFT):
        w = words[k]
        if w == "في" and _posted_title(words, k, grammar):
            k -= 1  # «السفير البريطاني في لبنان توم فلتشر أكد»: where the title holder is posted
            continue
        if (k in cue_at or not _is_word(w) and w not in QUOTES or w in grammar.left_stops
                or w in grammar.complementizers or (w[:1] in ("و", "ف") and w[1:] in grammar.left_stops)):
            break  # «ولكنه», «ومن جانبه», «فإنه» end the subject too
        k -= 1
    start, end = _unquoted(words, k + 1, end)
    if after_comma and start > 0 and words[start - 1] not in grammar.complementizers:
        # only a subject after «أن» (or opening the sentence): not a relative clause after a place or
        # an object («أعضاء في المجتمع المدني في كينيا، كانوا قد عبروا», «والتقى ... وفدا ...، كانوا قد طالبوا»)
        return source_before(words, i, grammar, cue_at, perfect, comma_subject=False)
    return (start, end) if end > start and not _addressed(words[start]) else None


def _unquoted(words: list[str], start: int, end: int) -> tuple[int, int]:
    """A subject span without the quotes around it: «وكانت “التجارة” قد كشفت» → «التجارة»
    (not the one closing a quoted part of it: «وزارة “التجارة”»)."""
    quoted = start < end and words[start] in QUOTES
    while start < end and words[start] in QUOTES:
        start += 1
    if quoted and end > start and words[end - 1] in QUOTES and not QUOTES.intersection(words[start:end - 1]):
        end -= 1
    return start, end


MORNING_OF = frozenset({"الغد", "غد", "العيد", "عيد", "اول", "الامس", "يومه", "الخير", "باكر", "الباكر"})  # folded


def _morning_name(words: list[str], j: int, grammar: Grammar) -> bool:
    """«صباح» as a given name, not 'morning': a name word after it that is no time
    word («رئيس مجلس المحافظة صباح كرحوت», «الشيخ صباح الأحمد»; not «صباح اليوم»,
    «صباح الأحد», «صباح أمس»)."""
    nxt = words[j + 1] if j + 1 < len(words) else ""
    return words[j] == "صباح" and _is_word(nxt) and nxt not in grammar.time_words and nxt not in MORNING_OF \
        and nxt not in grammar.source_stops and nxt not in grammar.complementizers \
        and not nxt.startswith(("ب", "ل")) and not nxt[:1].isdigit()


def _posted_title(words: list[str], k: int, grammar: Grammar) -> bool:
    """The «في» at ``k`` follows a title, alone or with its adjective: «سفير في»,
    «السفير البريطاني في» (not «الفريق», also the team: «خيارات الفريق في خط الوسط»)."""
    def title(w: str) -> bool:
        return w not in ("الفريق", "فريق") and _title_word(w, grammar)
    return k > 0 and (title(words[k - 1]) or (k > 1 and words[k - 1].startswith("ال") and title(words[k - 2])))


def _subject_end(words: list[str], i: int, grammar: Grammar) -> int:
    """Where a subject before the verb at ``i`` ends: before «قد», or before a negator
    of a third-person verb («... أن أردوغان لم يشر صراحة إلى ...»; not «لم نقل»)."""
    if i > 0 and (words[i - 1] in grammar.perfect_particles
                  or (words[i - 1] in grammar.negators and words[i][:1] in ("ي", "ت"))):
        return i - 1
    return i


def _antecedent(words: list[str], i: int, m: CueMatch, grammar: Grammar, cue_at: set[int],
                mentions: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    """The subject of a verb right after a relative pronoun is its antecedent, when
    that ends with an actor's name: «حزب العمال الكردستاني الذي أعلن تبني ...»,
    «وكالة الفضاء الأميركية «ناسا»، والتي أعلنت» (not «الهجوم الذي قال إن حصيلته
    ...», where someone else speaks of it, nor «الولايات المتحدة التي اتهمها لافروف»,
    where the antecedent is the object). After a statement noun the name in construct
    with it speaks: «تصريحات خامنئي التي أكد فيها أن ...» → «خامنئي»."""
    rel = i - 1
    w = words[i]
    if m.form.prefix or rel < 0 or words[rel] not in RELATIVES or w.endswith(("ها", "هم", "هما")) \
            or (w.endswith("ه") and not m.form.lemma.endswith("ه")):
        return None
    end = rel - 1 if rel > 0 and words[rel - 1] in COMMAS else rel
    while end > 0 and words[end - 1] in QUOTES:
        end -= 1
    named = [ms for ms, e in mentions if e == end]
    span = source_before(words, rel if end == rel else rel - 1, grammar, cue_at)
    if span is None:
        return None
    if not named:
        # the object of a preposition inside the phrase: «تحاورت الصحيفة مع الدكتورة ...، التي أكدت»
        inner = max((k + 1 for k in range(span[0], span[1] - 1) if words[k] in grammar.prepositions),
                    default=span[0])
        return (inner, span[1]) if _speaker_phrase(words, (inner, span[1]), i, grammar) else None
    k = named[0] - 1
    while k >= span[0] and words[k] in QUOTES:
        k -= 1
    heads = grammar.titles | grammar.name_heads | grammar.source_nouns | grammar.official_heads
    if k >= span[0] and not words[k].startswith("ال") and not any(f in heads for f in bare_forms(words[k])):
        return None          # the name ends a noun in construct: «ملابسات وفاة الملا عمر التي ...»
    return span


TOPIC_MARKERS = frozenset({"اما", "واما"})     # folded «أما», «وأما»
TOPIC_VERB_OPENERS = frozenset({"فقد", "فانه", "فانها"})


def _topic(words: list[str], i: int, m: CueMatch, cue_at: set[int], grammar: Grammar) -> tuple[int, int] | None:
    """The topic of «أما ... فـ» speaks when the verb takes the «ف»: «أما الجهات
    الأمنية فقد شددت», «أما مسؤول إدارة الاتصالات عبد الباسط الفقيه، فشدد». Not a
    prepositional or time topic («أما بخصوص حركة الحجاج فقد أوضحت بيانات الجمارك»,
    «أما الآن»: the subject follows the verb), nor a clause («أما الحالة الرابعة فكانت
    ...»), nor when another cue comes between, the verb has an object pronoun («أما
    الموعد فقد حدده ...») or an honorific follows it («فقد أفاد معاليه»)."""
    if m.form.pronoun or (i + 1 < len(words) and words[i + 1] in grammar.honorifics):
        return None
    if i > 0 and words[i - 1] in TOPIC_VERB_OPENERS:
        end = i - 1
    elif words[i][:1] == "ف" and m.form.prefix:
        end = i
    else:
        return None
    marker = next((a for a in range(end - 1, max(-1, end - MAX_SOURCE - 2), -1)
                   if a in cue_at or words[a] in TOPIC_MARKERS or words[a] in (".", "؟", "!", ":")), None)
    if marker is None or words[marker] not in TOPIC_MARKERS:
        return None
    stop = end - 1 if words[end - 1] in COMMAS else end
    topic = words[marker + 1:stop]
    clause = grammar.complementizers | grammar.clause_openers | grammar.past_auxiliaries | {"اذا", "لو"}
    first = topic[0] if topic else ""
    if not topic or first in grammar.not_speaker_start or first in grammar.prepositions \
            or first[:1] in ("ب", "ل") or first == "فيما" or first in grammar.time_words \
            or first in grammar.draft_nouns:      # «أما مشروع "قطار الضواحي"، فبينت»: what she speaks of
        return None
    if not all(_is_word(w) or w in QUOTES for w in topic) or any(
            w in clause or (w[:1] == "ف" and w[1:] in clause | grammar.perfect_particles) for w in topic):
        return None
    return marker + 1, stop


def _noun_subject(words: list[str], k: int, grammar: Grammar) -> tuple[int, ...]:
    """``(k,)`` when the word after a verb is a cue's masdar that is also a source noun
    heading the subject: «وأشارت توقعات الصندوق إلى ...» (not a cue of its own there)."""
    return (k,) if k < len(words) and any(f in grammar.source_nouns for f in bare_forms(words[k])) else ()


def _speaker_phrase(words: list[str], span: tuple[int, int], i: int, grammar: Grammar) -> bool:
    """An antecedent no dictionary name ends that is still a speaker by its head: a
    title, an honorific or a speaker's noun opens it («الدكتورة سهيلة زين العابدين
    عضو الجمعية ...، التي أكدت», «المدعي العام لمقاطعة أراباهو، الذي قال»); not a
    thing spoken about («الهجوم الذي قال إن ...»), nor when the verb's subject comes
    after a pronoun («البيان الذي قال فيه الوزير»), nor a place after «في»."""
    if (i + 1 < len(words) and words[i + 1] in grammar.pronoun_pps) \
            or (span[0] > 0 and words[span[0] - 1] == "في"):
        return False     # «بعض المتشددين في مجلس الشورى الذين قالوا»: the head is further back
    heads = grammar.titles | grammar.name_honorifics | grammar.official_heads | grammar.private_heads
    return any(f in heads for f in bare_forms(words[span[0]]))


def _named_before(words: list[str], i: int, m: CueMatch, grammar: Grammar, cue_at: set[int],
                  mentions: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    """An actor's name that opens a clause right before a bare verb is its subject
    (SVO): «لكن موسكو تنفي أي ضلوع لها», «أن الاستخبارات التركية حذرت قوات الأمن»; the
    words after the verb are its object. Not after a preposition («في روسيا قال»).
    A speaker's head alone may open the sentence too: «الممثلة دعت السلطات الأميركية
    إلى ...»."""
    if m.form.prefix:
        return None
    end = _subject_end(words, i, grammar)
    named = any(e == end for _, e in mentions)
    if not named and not (end == 1 or (end > 1 and words[end - 2] in PUNCT_END)):
        return None
    span = source_before(words, i, grammar, cue_at)
    if span is None or span[1] != end:
        return None
    if not named and not (span[0] == end - 1 and words[span[0]].startswith("ال")
                          and _speaker_phrase(words, span, i, grammar)):
        return None
    if not named and (m.form.pronoun or (i + 1 < len(words) and words[i + 1] in grammar.pronoun_pps)):
        return None      # «الرئيس انتقده النواب», «الوزير قال عنه السفير»: the head is the object
    for w in (words[span[0] - 1] if span[0] > 0 else "", words[span[0]]):
        bare = w[1:] if w[:1] in ("و", "ف") else w
        if w in grammar.not_speaker_start or bare in grammar.not_speaker_start:
            return None                  # «وفي روسيا قال ...», «وحول الشأن العراقي شدد ...»: a topic
    return span


def _clause_subject(words: list[str], i: int, grammar: Grammar, cue_at: set[int]) -> tuple[int, int] | None:
    """Subject of the verb that opens the clause a participle depends on."""
    k = i - 1
    while k >= 0 and words[k] not in COMMAS and words[k] not in PUNCT_END:
        k -= 1
    first = k + 1
    if i - first < 3:
        return None
    return source_after(words, first + 1, grammar, cue_at)


def _masdar_source(words, i, m: CueMatch, grammar, cue_at, mentions) -> tuple[int, int] | None:
    """Source of a masdar cue, or None when it has none (then it is no cue)."""
    n = len(words)
    # «تنديدا واسعا من الدول الغربية»
    for k in range(i + 1, min(n, i + 3)):
        if words[k] in grammar.masdar_source_preps:
            return source_after(words, k + 1, grammar, cue_at)
        if not _is_word(words[k]):
            break
    # «وجهت وزارتا الدفاع والخارجية الروسيتان انتقادات»
    for k in range(i - 1, max(-1, i - MAX_SOURCE), -1):
        if words[k] in grammar.masdar_support_verbs:
            return (k + 1, i) if k + 1 < i else None
        if not _is_word(words[k]) or k in cue_at:
            break
    if m.form.pronoun:  # «استمرت روسيا في إنكارها»: the nearest actor before it
        before = [s for s in mentions if s[1] <= i]
        return before[-1] if before else None
    # «إنكار روسيا»: an actor mention right after the masdar
    for s in mentions:
        if s[0] == i + 1:
            return s
    return None


def _nominal_source(words, i, m: CueMatch, grammar, cue_at, mentions,
                    told: dict[int, int] | None = None) -> tuple[int, int] | None:
    """Object of «بحسب / وفقا لـ / نقلا عن» when it names a source (``told``: the
    media told, as for skip_adverbial)."""
    if m.form.heads:  # «على حد قوله»: the speaker is the previous one
        return None
    k = m.end
    n = len(words)
    while k < n and words[k] in ("ل", "عن", "ما", "لما") or (k < n and words[k] in QUOTES):
        k += 1
    # «بحسب ما جاء في بحث …», «حسبما ذكر وزير …», «وفقا لما صرح به المتحدث …»
    if k < n and (words[k - 1] in ("ما", "لما") or (k == m.end and words[k - 1].endswith("بما"))):
        verb = k
        k += 1      # past the verb, its pronoun phrase and time words: «بحسب ما جاء أمس في بيان …»
        while k < n and k - m.end < 4 and (words[k] in grammar.pronoun_pps or words[k] in grammar.time_words):
            k += 1
        if k < n and words[k] in ("في", "عن"):
            k += 1      # not a «في» inside the subject: «حسبما ذكرت إدارة الصحة في عدن»
        elif verb + 1 < n and _is_word(words[verb + 1]):
            # «بحسب ما أفادت مصادر أمنية»: the subject of the verb after «ما» (past a pronoun
            # the verb governs, as source_after does: «بحسب ما أفاد به المتحدث ...»), and past
            # the medium told («بحسب ما يقول لوكالة فرانس برس روبرت كلين»)
            start = verb + 1
            start += _time_run(words, start, grammar)   # «بحسب ما أعلن أول من أمس مساعد المتحدث ...»
            if told_at(words, start, told):
                start = skip_adverbial(words, start, grammar, cue_at, told=told)
            return source_after(words, start, grammar, cue_at)
    if k >= n:
        return None
    if not (_names_source(words[k], grammar) or any(s[0] == k for s in mentions) or _titled_name(words, k, grammar)):
        return None
    return source_after(words, k, grammar, cue_at, first_free=True, appositions=False)


def _titled_name(words: Sequence[str], k: int, grammar: Grammar) -> bool:
    """A person's name of two or three words at ``k`` and a title after it: «وبحسب عاصم
    جهاد المتحدث باسم وزارة النفط». Not «حسب توجيهات وزير ...» (one word), «وفق توجيه
    معالي وزير ...» (a style of address), «وفقا لرؤية حاكمها الشيخ ...» (a possessed
    noun), «حسب طلب الجهاز الفني للفريق» (nouns with the article, a title after «ل»),
    «حسب برنامج زيارة الوزير», «وحسب جدول أعمال الرئيس» (a feminine or verbal noun)."""
    for j in (k + 2, k + 3):
        title = j + 1 if j < len(words) and words[j] in COMMAS else j
        name = words[k:j]
        if title < len(words) and _title_word(words[title], grammar) and words[title][:1] not in ("ل", "ب") \
                and not any(w.startswith("ال") for w in name[:-1]) \
                and all(_is_word(w) and not _title_word(w, grammar) and w not in ADDRESS_STYLES
                        and w != "صاحب" and not w.endswith(("ها", "ه")) and not _verbal_noun(w, grammar)
                        for w in name):
            return True
    return False


def _names_quote(words: list[str], k: int, grammar: Grammar) -> str | None:
    """How surely the quote at ``k`` marks a name: "name" after «ل», a preposition or a
    naming noun; "short" for a short quoted phrase in the middle of a clause; else None."""
    prev = words[k - 1]
    if prev == "ل" or prev == "في" or prev in grammar.oblique_markers or prev in grammar.name_heads:
        return "name"
    if not prev[:1].isalnum():
        return None
    close = _close_quote(words, k, MAX_NAME_QUOTE + 1)
    if close is not None and close + 1 < len(words) and words[close + 1][:1].isalnum():
        return "short"
    return None


def _names_source(w: str, grammar: Grammar) -> bool:
    """A noun that can head a source phrase, with or without «ل/ب» and the article:
    «تقرير», «للوكالة», «المصادر», «الضابط», a title («على لسان العضوة المنتدبة ...»)."""
    forms = {w}
    if w.startswith("لل") and len(w) > 4:
        forms.add("ال" + w[2:])  # «للوكالة»
    elif w[:1] in ("ل", "ب") and len(w) > 3:
        forms.add(w[1:])
    forms |= {f[2:] for f in forms if f.startswith("ال") and len(f) > 4}
    return any(f in grammar.source_nouns or f in grammar.anaphors or f in grammar.titles for f in forms)


CLAUSE_SPLITTERS = frozenset({"فيما", "بينما", "حيث", "وفيما", "وبينما"})   # folded, after a comma


def content_span(words: list[str], start: int, sentence_end: int, grammar: Grammar,
                 stop_at: int | None, begin_at: int | None = None) -> tuple[int, int] | None:
    """Content from the first opener after ``start`` (or from ``begin_at``) to the end of the clause."""
    limit = min(sentence_end, stop_at if stop_at is not None else sentence_end)
    k = start if begin_at is None else limit
    begin = begin_at
    horizon = start + MAX_SOURCE
    fallback = None  # a short quotation passed over as a likely name
    while k < limit:
        w = words[k]
        if (w in grammar.complementizers and not (k > 0 and words[k - 1] in grammar.temporal_before_an)) or w == ":":
            begin = k + 1
            break
        name = _names_quote(words, k, grammar) if w in OPENERS and k > 0 else None
        if name:
            # a name, not speech: «أوضح لـ"عربي21" أن», «خلال “المؤتمر الإعلامي …” الذي»,
            # «في رسالة على «تويتر» في 17 يوليو»; a short one inside the clause may be speech
            close = _close_quote(words, k, 2 * MAX_NAME_QUOTE)
            if close is not None:
                if name == "short" and fallback is None:
                    fallback = k
                horizon += close + 1 - k
                k = close + 1
                continue
        if w in OPENERS and w in QUOTES:
            close = _close_quote(words, k, 400)
            if close is not None:
                begin = k
            else:
                begin = k + 1
            break
        if k > horizon:
            break
        k += 1
    if begin is None:
        begin = fallback if fallback is not None else start
    if begin_at is not None or begin == start or begin == fallback:
        # an object content (no «أن», colon or quote) ends where a comma opens another clause:
        # «هددت عائلة السنوسي بالانتقام، فيما أعلنت مفوضية الأمم المتحدة ...»
        limit = next((j for j in range(begin + 1, limit - 1)
                      if words[j] in COMMAS and words[j + 1] in CLAUSE_SPLITTERS), limit)
    while begin < limit and words[begin] in COMMAS:
        begin += 1
    if begin < len(words) and words[begin] in QUOTES and words[begin] in OPENERS:
        close = _close_quote(words, begin, 400)
        if close is not None and (stop_at is None or close < stop_at or begin == start):
            after = close + 1
            tail = [w for w in words[after:limit] if _is_word(w)]
            if (after >= limit or words[after] in PUNCT_END or words[after] in COMMAS
                    or len(tail) <= MAX_UNQUOTED_TAIL):
                return (begin, close + 1)  # «… والمعلا» في عدن: the quotation is the content
    end = limit
    while end > begin and (words[end - 1] in PUNCT_END or words[end - 1] in COMMAS
                           or words[end - 1] in ("و",)):
        end -= 1
    return (begin, end) if end > begin else None


def mode_of(words: list[str], content: tuple[int, int] | None, grammar: Grammar | None = None,
            cue: int | None = None) -> str:
    """direct (wholly quoted), mixed (partly quoted), indirect or none.

    A content that ends a quotation opened after the cue ``cue`` but before the
    content («نقل … عن "مصدر رسمي قوله إن التفاوض سيجري"») is partly quoted (a
    quotation opened before the cue is another speaker's); a quoted name after a naming noun
    («منظمة “حظر الأسلحة الكيماوية”», «يوم “إحياء ذكرى …”») is not a quotation.
    """
    if content is None:
        return "none"
    a, b = content
    if words[a] in QUOTES and words[b - 1] in QUOTES:
        inner = [w for w in words[a + 1:b - 1] if _is_word(w)]
        if _close_quote(words, a, b - a) == b - 1 or words[a] == words[b - 1] == '"':
            after_opener = a > 0 and words[a - 1] == ":"
            return "direct" if len(inner) >= 3 or after_opener else "mixed"
    if words[a] in OPENERS and (cue is None or not _opened_before(words[cue:a])):
        close = _close_quote(words, a, len(words))
        if close is None or close >= b:
            return "direct"  # the quotation runs past the content's end: wholly quoted
    names = grammar.name_heads if grammar is not None else frozenset()
    inside = cue is not None and _opened_before(words[cue:a])
    counted = inside
    longest = run = 0
    for k in range(a, b):
        w = words[k]
        if w in QUOTES:
            if inside:
                longest = max(longest, run) if counted else longest
                inside, run = False, 0
            else:
                inside, run = True, 0
                counted = not (k > 0 and words[k - 1] in names)
        elif inside and _is_word(w):
            run += 1
    if inside and counted:
        longest = max(longest, run)
    return "mixed" if longest >= MIN_QUOTED_RUN else "indirect"


def _opened_before(words: list[str]) -> bool:
    """A quotation opened in ``words`` is still open at their end."""
    if words.count('"') % 2:
        return True
    for w in reversed(words):
        if w in "»”":
            return False
        if w in "«“„":
            return True
    return False


def attribution_spans(sentence: Sentence, cues: list[CueMatch], grammar: Grammar,
                      mentions: Sequence[tuple[int, int]] = (),
                      addressees: frozenset[int] = frozenset(),
                      nisbas: frozenset[int] = frozenset()) -> list[tuple[CueMatch, Spans]]:
    """Spans for each cue of a sentence; cues without a required source are dropped.
    ``addressees`` are the words where a medium's name with «ل» starts («لرويترز»):
    the one told, which ends a subject after the verb; ``nisbas`` the words that are a
    state's nisba («اللبنانية»)."""
    words = [t.text for t in sentence.tokens]
    n = len(words)
    cue_at = {c.index for c in cues}
    told = {s: e for s, e in mentions if s in addressees}
    named = frozenset(s for s, _ in mentions)
    out: list[tuple[CueMatch, Spans]] = []
    absorbed: set[int] = set()
    for pos, m in enumerate(cues):
        if m.index in absorbed or (m.form.kind == "nominal" and m.form.heads):
            continue
        i = m.index
        kind = m.form.kind
        if kind == "masdar" and pos and cues[pos - 1].end == i and cues[pos - 1].form.kind == "masdar":
            continue  # «إنكارها ونفيها»: one speech act, already found
        if kind == "nominal" and pos + 1 < len(cues) and cues[pos + 1].index == m.end:
            absorbed.add(cues[pos + 1].index)  # «بحسب ما جاء في …»
        source = None
        after = m.end
        extra: list[int] = []
        if kind == "verb":
            k = m.end
            marker = m.form.source_preposition
            if marker:  # «نقل التلفزيون الرسمي عن مصدر … قوله إن», «وجاء في بيان …»
                while k < n and not _is_marker(words[k], marker) and k - m.end < MAX_SOURCE:
                    k += 1
                k = k + 1 if k < n else m.end
                while k < n and words[k] in QUOTES:
                    k += 1
            held = m.form.prefix == 0 and i > 0 and words[i - 1] in grammar.pronoun_subjects
            antecedent = None if held else _antecedent(words, i, m, grammar, cue_at, mentions) \
                or _named_before(words, i, m, grammar, cue_at, mentions) or _topic(words, i, m, cue_at, grammar)
            if held:
                source = None  # «لكنها رفضت شروطا», «لكنهم قالوا»: the pronoun before the verb is its subject
            elif antecedent is not None:
                source = antecedent  # «حزب العمال الكردستاني الذي أعلن تبني …», «لكن موسكو تنفي أي ضلوع»
            elif m.form.prefix == 0 and pluperfect(words, i, m.form, grammar, MAX_PLUPERFECT):
                source = None  # «وكانت آلية التحقيق المشتركة حملت نظام الأسد …»: the subject is before
            else:
                initial = i == 0 or words[i][:1] in ("و", "ف") or words[i - 1] in COMMAS \
                    or words[i - 1] in ("كما", "وكما", "وقد", "فقد", "لقد") \
                    or _fronted_adverbial(words, i, grammar) < i   # «كما قال مساء أمس وزير البيئة»,
                #                            «وقد أكدت ذلك والدتها», «من جهته صرح لـ«الوئام» المتحدث»
                if initial and fold(m.form.lemma) in grammar.informing_verbs and _newspaper_at(words, k):
                    k = quoted_medium(words, k, comma=True)    # the newspaper told: «أبلغ «عكاظ» مدير عام فرع
                    #       المصلحة», not a quoted subject: «وأبلغ "حزب الله" الحكومة اللبنانية»
                k = skip_adverbial(words, k, grammar, cue_at, initial, told) if not marker else k
                # an adverb after a verb inside its clause: its subject is before («صحة الأحساء تشدد
                # دائماً على»); a source noun that is also a masdar cue heads the subject («وأشارت توقعات»)
                source = None if not initial and not marker and _adverb_at(words, k, grammar) \
                    else source_after(words, k, grammar, cue_at - {i, *_noun_subject(words, k, grammar)},
                                      m.form.preposition,
                                      complement="ب" if "ب" in m.form.complement_words else None,
                                      named=named, addressing=m.form.speech_act == "demand")
            if source is not None:
                source = _subject_mentions(words, source, mentions, grammar, nisbas,
                                           appositive=m.form.speech_act in CLAUSE_ACTS)
                source = _before_addressee(words, source, addressees, grammar)
            if source is not None:
                after = max(source[1], m.end)
                nxt = source[1]
                if nxt in cue_at and nxt < n and _is_nested_quote(cues, nxt):
                    extra.append(nxt)
                    after = nxt + 1
            elif m.form.prefix == 0 and i > 0 and not held:
                source = source_before(words, i, grammar, cue_at, perfect=m.form.tense == "perfect")
                if source is not None and (_fronted_adverbial(words, i, grammar) < i
                                           or _fronted_topic(words, source, grammar)):
                    source = None  # «وفي هذا الصدد قال», «وحول دور المراقبين في تثبيت الهدنة، قال»
                elif source is not None and _oblique(words, source, grammar):
                    if m.form.tense == "imperfect":
                        continue  # «إعلان عن مجلس الأمن الدولي يندد بهجمات»: a clause on a noun, no speaker
                    source = None  # «وعن اليمن قال …»: the subject is dropped
            manner = _manner_participle(words, cues, pos, after, grammar)
            if manner is not None:  # «وتابع كيري قائلا إن …», «وأضاف موضحا: …»: one attribution
                extra.append(manner)
                after = manner + 1
        elif kind == "participle":
            previous = [c for c in cues[:pos] if c.form.kind in ("verb", "nominal", "masdar")]
            if not previous:
                source = _clause_subject(words, i, grammar, cue_at)
        if kind in ("verb", "participle"):
            inner = _inner_nominal(words, cues, pos, after, grammar, cue_at, mentions)
            if inner is not None:  # «وقال بحسب صحيفة هآرتس: …», «مشيرة بحسب بيان … إلى أن»
                extra.append(cues[pos + 1].index)
                after = inner
        elif kind == "masdar":
            source = _masdar_source(words, i, m, grammar, cue_at, mentions)
            if source is None or _verb_before_opener(words, cues, pos, grammar):
                continue  # «تصريحات خامنئي التي أكد فيها أن …»: the verb's attribution, not two
            after = max(m.end, source[1]) if source[0] > i else m.end
        elif kind == "nominal":
            source = _nominal_source(words, i, m, grammar, cue_at, mentions, told)
            if source is None and m.form.requires_source and not m.form.heads:
                continue
            after = source[1] if source else m.end
        elif kind == "colon":
            source = (i, m.end - 1)
        if source is not None and words[source[0]] in grammar.draft_nouns:
            # «ويعبر مشروع الإعلان عن …», «وبحسب مسودة النص، يدين مجلس الأمن …»: the wording of
            # a draft is no speech act, nor is the verb that reports it
            nxt = cues[pos + 1] if pos + 1 < len(cues) else None
            if kind == "nominal" and nxt is not None and nxt.form.kind == "verb" and nxt.form.prefix == 0:
                absorbed.add(nxt.index)
            continue
        absorbed.update(extra)
        stop_at = _next_boundary(words, cues, pos, cue_at, grammar, skip=set(extra))
        if kind == "nominal" and (source is not None or (i > 0 and words[i - 1] in COMMAS)) and not _opener_ahead(
                words, after, stop_at, grammar):  # «…، بحسب ما أفادت مصادر أمنية»: the clause before
            content = _preceding_clause(words, i) or content_span(words, after, n, grammar, stop_at)
        elif kind == "masdar" and not _opener_ahead(words, after, stop_at, grammar):
            content = None
            if m.form.pronoun and i + 1 < n and _is_word(words[i + 1]):
                content = content_span(words, i + 1, n, grammar, stop_at)
        else:
            begin_at = _complement_start(words, after, m.form.preposition, grammar) if kind == "verb" else None
            content = content_span(words, after, n, grammar, stop_at, begin_at)
        out.append((m, Spans(source, content, mode_of(words, content, grammar, i), tuple(extra))))
    return out


def _fronted_adverbial(words: list[str], k: int, grammar: Grammar) -> int:
    """Where a phrase of ``verb_adverbials`` fronted before the verb at ``k`` starts,
    with its comma («من جهته أعلن», «ومن جانبه، قال»); ``k`` when there is none.
    Phrases of two words or more: a single word there is mostly the previous
    verb's object («أكد ذلك عادوا»)."""
    j = k - 1 if k > 0 and words[k - 1] in COMMAS else k
    for n in (3, 2):
        if j - n < 0:
            continue
        phrase = words[j - n:j]
        first = phrase[0][1:] if phrase[0][:1] in ("و", "ف") else phrase[0]
        if " ".join(phrase) in grammar.verb_adverbials or " ".join([first, *phrase[1:]]) in grammar.verb_adverbials:
            return j - n
    return k


def _fronted_topic(words: list[str], span: tuple[int, int], grammar: Grammar) -> bool:
    """The short clause before a verb opens with a preposition, so the phrase before
    the verb ends its object, not a subject: «وحول دور المراقبين في تثبيت الهدنة،
    قال» (not «... أن السفير البريطاني في لبنان توم فلتشر أكد»: a complementiser
    or a relative between them opens another clause). With a comma before the verb
    the clause may be longer and hold a relative: «وعن مدى قدرة الشركات الوطنية على
    تغطية المشاريع التي تعتزم الوزارة التوسع فيها خلال المراحل المقبلة، قال إن»."""
    comma = span[1] < len(words) and words[span[1]] in COMMAS
    k = span[0]
    while k > 0 and words[k - 1] not in COMMAS and words[k - 1] not in PUNCT_END and words[k - 1] != ":":
        k -= 1
        if words[k] in grammar.complementizers or (words[k] in RELATIVES and not comma) \
                or span[1] - k > (2 * MAX_TOPIC if comma else MAX_TOPIC):
            return False
    if k == span[0]:
        return False
    w = words[k]
    return w in grammar.not_speaker_start or (w[:1] in ("و", "ف") and w[1:] in grammar.not_speaker_start)


def _oblique(words: list[str], span: tuple[int, int], grammar: Grammar) -> bool:
    """The noun phrase before an imperfect is the object of a preposition, not its subject."""
    a, b = span
    if a == 0 or any(w in QUOTES for w in words[a:b]):
        return False
    w = words[a - 1]
    # «وعن اليمن قال», «وفي الشأن الليبي قال»: a fronted phrase, not a subject
    return w in grammar.oblique_markers or (w[:1] in ("و", "ف") and (w[1:] in grammar.oblique_markers or w[1:] == "في"))


def _addressed(w: str) -> bool:
    """A style of address after a preposition opens an object: «... اتصالا هاتفيا،
    بفخامة الرئيس ... أكدا» (the one called), «تحياته لسمو ولي العهد»."""
    return w[:1] in ("ب", "ل") and w[1:] in ADDRESS_STYLES


def _is_marker(w: str, marker: str) -> bool:
    """The source preposition, alone or with a pronoun («عن», «عنه», «عنها»)."""
    return w == marker or (w.startswith(marker) and w[len(marker):] in ("ه", "ها", "هم"))


def _inner_nominal(words, cues, pos, after, grammar, cue_at, mentions) -> int | None:
    """End of a nominal cue with its source right after a verb («وقال بحسب صحيفة
    هآرتس: …»): it says where the verb's report comes from, it is no second one."""
    nxt = cues[pos + 1] if pos + 1 < len(cues) else None
    if nxt is None or nxt.form.kind != "nominal" or nxt.form.heads or nxt.index != after:
        return None
    source = _nominal_source(words, nxt.index, nxt, grammar, cue_at, mentions)
    return source[1] if source is not None else None


def _manner_participle(words: list[str], cues: list[CueMatch], pos: int, after: int,
                       grammar: Grammar) -> int | None:
    """Index of a participle that only says how a verb's speech was delivered:
    it follows the verb (and its source) before any content, comma or the verb's
    own preposition («وأضاف موضحا:», «أجاب بصراحة قائلا:»), not «وندد … بـ… معربا»."""
    nxt = cues[pos + 1] if pos + 1 < len(cues) else None
    if (nxt is None or nxt.form.kind != "participle" or nxt.index - after > MAX_MANNER_GAP
            or cues[pos].form.speech_act not in MANNER_VERB_ACTS):
        return None  # «ونفى روحاني صحة تكهنات … مشيرا إلى أن»: a second act
    prep = cues[pos].form.preposition
    for w in words[after:nxt.index]:
        if (opens_content(w, grammar) or w in COMMAS or w in PUNCT_END
                or (prep and (w == prep or (len(prep) == 1 and w.startswith(prep) and len(w) > 3)))):
            return None
    return nxt.index


def _affiliation(w: str, grammar: Grammar) -> bool:
    """A word with «ب» that names where a speaker serves: a body or a place («بالجيش»,
    «بالجامعة العربية», «بوزارة», «بمنطقة»), not a complement («بتوفير», «بالإرهاب»)."""
    return any(f in grammar.generic_heads or f in grammar.home_heads or f in grammar.place_nouns
               or f in grammar.private_heads for f in bare_forms(w))


def _serves_in(words: list[str], i: int, j: int, grammar: Grammar) -> bool:
    """The «ب» word at ``j`` names where the speaker a title describes serves, three
    words or more into the phrase: «وأشادت العنود الجديعي المشرفة في إدارة الموهوبين
    بوزارة التعليم بـ...»; not the complement of «أشاد» right after a subject («وأشاد
    الوزير بالجيش»)."""
    return j - i >= 3 and _affiliation(words[j], grammar) and any(
        f in grammar.titles or f in grammar.official_heads for w in words[i:j] for f in bare_forms(w))


def _carries(w: str, clitic: str) -> bool:
    """``w`` is a word with the one-letter preposition ``clitic``: «باستخدام», «بما», «بمن»."""
    return w.startswith(clitic) and (len(w) > 3 or w[1:] in ("ما", "من"))


def _complement_start(words: list[str], k: int, prep: str | None, grammar: Grammar) -> int | None:
    """Where the content starts when the verb's own preposition follows its source,
    past an adverbial of ``verb_adverbials`` («وشددت بهذا الصدد على»): after «عن»
    («أعرب فابيوس عن أمله في أن «…»»), at «بـ» («ندد بما اعتبره "…"»); None when a
    complementiser follows («أشار إلى أن»)."""
    while k < len(words) and words[k] in COMMAS:
        k += 1
    if k + 1 < len(words) and words[k] == "ل" and words[k + 1] in OPENERS:
        close = _close_quote(words, k + 1, MAX_NAME_QUOTE)  # an addressee: «كشف … لـ«الشرق الأوسط»، عن»
        k = close + 1 if close is not None else k
        while k < len(words) and words[k] in COMMAS:
            k += 1
    if not prep or k >= len(words):
        return None
    k += adverbial_at(words, k, grammar)     # «وشددت بهذا الصدد على أهمية ...»
    if k >= len(words):
        return None
    w = words[k]
    if w == prep and k + 1 < len(words) and _is_word(words[k + 1]) and words[k + 1] not in grammar.complementizers:
        return k + 1
    if len(prep) == 1 and _carries(w, prep) and w not in grammar.complementizers:
        return k
    return None


def _verb_before_opener(words: list[str], cues: list[CueMatch], pos: int, grammar: Grammar) -> bool:
    """A verb cue comes after cue ``pos`` and before any content opener."""
    nxt = cues[pos + 1] if pos + 1 < len(cues) else None
    if nxt is None or nxt.form.kind != "verb" or nxt.index - cues[pos].end > MAX_SOURCE:
        return False
    return not any(opens_content(w, grammar) for w in words[cues[pos].end:nxt.index])


def _is_nested_quote(cues: list[CueMatch], index: int) -> bool:
    """«… عن مصدر رسمي قوله إن»: a masdar with a pronoun right after the source."""
    for c in cues:
        if c.index == index:
            return c.form.kind == "masdar" and c.form.pronoun
    return False


def _opener_ahead(words, k, stop_at, grammar) -> bool:
    limit = min(len(words), stop_at if stop_at is not None else len(words), k + MAX_SOURCE)
    return any(opens_content(words[j], grammar) and not (j > 0 and words[j - 1] in grammar.temporal_before_an)
               for j in range(k, limit))


def _preceding_clause(words: list[str], i: int) -> tuple[int, int] | None:
    """Content of a trailing nominal cue: the clause before it («…، بحسب ما جاء»)."""
    end = i
    while end > 0 and (words[end - 1] in COMMAS or words[end - 1] in PUNCT_END):
        end -= 1
    start = end
    while start > 0 and words[start - 1] not in PUNCT_END:
        start -= 1
    return (start, end) if end > start else None


def _next_boundary(words: list[str], cues: list[CueMatch], pos: int, cue_at: set[int],
                   grammar: Grammar, skip: set[int] = frozenset()) -> int | None:
    """Where the content of cue ``pos`` must stop: before a following cue that
    starts a new attribution after a comma or a conjunction («، مشيرا إلى»،
    «، وأضاف»، «، أجاب كيري:»، «بحسب تعبيره»), also past a fronted adverbial
    («...؛ من جهته أعلن الرئيس الفرنسي»)."""
    for c in cues[pos + 1:]:
        k = c.index
        if k in skip:
            continue
        if c.form.kind == "verb":
            k = _fronted_adverbial(words, k, grammar)
        starts_new = (
            c.form.kind == "participle"
            or (c.form.kind == "nominal")
            or (c.form.kind == "verb" and k > 0
                and (words[k - 1] in COMMAS or words[k - 1] in PUNCT_END))
        )
        if starts_new:
            j = k
            while j > 0 and (words[j - 1] in COMMAS):
                j -= 1
            return j
    return None
