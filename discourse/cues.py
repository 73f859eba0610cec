"""Find reporting cues (verbs, participles, masdars, nominal and headline cues) in a sentence."""
from __future__ import annotations

from dataclasses import dataclass

from .lexicons import CueForm, CueLexicon, Grammar
from .segment import QUOTES, Sentence



@dataclass(frozen=True, slots=True)
class CueMatch:
    """A cue found at token ``index`` (to ``end`` exclusive) of a sentence."""

    index: int
    end: int
    form: CueForm
    negated: bool = False


def opens_content(tok: str, grammar: Grammar) -> bool:
    """A complementiser, a colon or a quote mark."""
    return tok in grammar.complementizers or tok == ":" or tok in QUOTES


def _opens_at(words: list[str], k: int, grammar: Grammar) -> bool:
    """Like :func:`opens_content`, in context.

    A straight quote right after a word closes, unless it is the first of a
    pair («وتابع عبود "أجرينا …"»); a short quoted name inside the clause opens
    nothing; a complementiser after a temporal word
    («بعد أن») is no complement.
    """
    w = words[k]
    if w in QUOTES:
        after_word = k > 0 and words[k - 1][:1].isalnum()
        if not after_word:
            return True
        if w == '"' and words[:k].count('"') % 2:
            return False  # a straight quote after a word that closes a pair
        if w not in "«“„" and w != '"':
            return False
        close = _closing_quote(words, k)
        # a short quoted phrase inside the clause is a name: «بين إيران ومجموعة "خمسة زائد واحد" إلى»,
        # «بين القوات التركية ومتمردي تنظيم «حزب العمال الكردستاني» المحظور»
        if close is None:
            return w != '"'
        return (close - k > MAX_QUOTED_NAME or close + 1 == len(words)
                or not words[close + 1][:1].isalnum())
    return opens_content(w, grammar) and not (k > 0 and words[k - 1] in grammar.temporal_before_an)


COMPLEMENT_WINDOW = 8  # tokens within which a requires_complement verb needs its complement
MAX_QUOTED_NAME = 5    # words of a quoted name inside a clause
MAX_MEDIUM_NAME = 3    # words of a quoted medium told right after the verb («أبلغ «الشرق الأوسط»»)
MAX_SUBJECT = 8        # words of a subject between «كان» and its verb, for a cue's reading
MAX_PLUPERFECT = 12    # and, before «قد», for where its subject stands («وكان المتحدث ... القحطاني قد دعا»)
CLAUSE_OPENERS = frozenset({"بعدما", "بعد", "حين", "عندما", "حتي", "لكن", "الذي", "التي", "الذين", "بينما",
                            "فيما"})   # folded: they open a clause, no part of a long subject
RELATIVE_MA = frozenset(("ما", "بما", "مما", "عما"))      # «بما اعتبره»: part of a content
RELATIVES = frozenset(("الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي"))
PUNCT_STOP = frozenset(".!?؟;؛")
JUSSIVE_AFTER = frozenset(("لم", "ولم", "فلم", "لما", "ولما"))
LINEAGE_WORDS = frozenset(("بن", "ابن", "بنت"))   # «son / daughter of» inside a name
LINEAGE = LINEAGE_WORDS | {"ابو", "ابي", "ال"}   # folded: the word after them is a name


def _complement_ahead(words: list[str], i: int, grammar: Grammar,
                      also: tuple[str, ...] = (), forms: dict | None = None) -> bool:
    """A complement opens within a few words: a complementiser, colon or quote,
    or one of the verb's own ``also`` words («طالب … بـ», «نقل … عن»); with
    ``forms`` (for a bare «بين»), not past another speech verb with «و», whose
    complement it is («ربط ... بين الاتفاق وتنظيم داعش وقال إن»: 'between').

    A comma does not end the search when a time adverbial follows it («وذكرت
    الشبكة في تقرير، اليوم الثلاثاء، أن»); a complementiser with «و»
    («وأن») continues an earlier content.
    """
    after_time = False
    seen = 0
    told = quoted_medium(words, i + 1)      # «أبلغ «عكاظ» مدير عام فرع المصلحة ... أنه»: the medium
    for k in range(i + 1, len(words)):      # told right after the verb counts no word
        if k < told:
            continue
        w = words[k]
        seen += w not in QUOTES and w not in LINEAGE_WORDS   # quote marks do not count («يسيطر عليها
        #  الحوثيون «سبأ» عن»), nor a name's «بن» («رئيس بلدية محافظة العارضة إبراهيم بن ظافر كريري أن»)
        if seen > COMPLEMENT_WINDOW:
            return False
        if w[:1] in ("و", "ف") and w[1:] in grammar.complementizers:
            return False
        if forms is not None and w[:1] in ("و", "ف") and getattr(forms.get(w), "kind", None) == "verb":
            return False
        if _opens_at(words, k, grammar) or any(_is_word_of(w, a) for a in also):
            return True
        if w in ",،" and k + 1 < len(words):
            nxt = words[k + 1]
            if told > i + 1 and nxt in grammar.complementizers:
                return True     # «أبلغ "الاقتصادية" مصدر مسؤول في السفارة السعودية لدى بنجلادش، أن»
            if nxt in grammar.time_words or (after_time and _opens_at(words, k + 1, grammar)):
                after_time = True
                continue
        if w in PUNCT_STOP or w in ",،":
            return False
    return False


def _closing_quote(words: list[str], k: int, end: int | None = None) -> int | None:
    """The first mark before ``end`` that closes the opening quote at ``k`` (a straight quote
    closes a straight one, «»» or «”» the others), else None."""
    closers = ('"',) if words[k] == '"' else ("»", "”")
    return next((c for c in range(k + 1, min(len(words), end or len(words))) if words[c] in closers), None)


def quoted_medium(words: list[str], k: int, comma: bool = False) -> int:
    """Where a short quoted name at ``k`` that a word follows ends («أبلغ «الشرق الأوسط» عبد
    العزيز العكبري»; with ``comma``, also a comma: «وأبلغ «الشرق الأوسط»، الدكتور عادل العيد»),
    else ``k``."""
    if k >= len(words) or words[k] not in "«“\"":
        return k
    close = _closing_quote(words, k, k + MAX_MEDIUM_NAME + 2)
    if comma and close is not None and close + 2 < len(words) and words[close + 1] in ",،" \
            and words[close + 2][:1].isalnum():
        return close + 2
    if close is None or close + 1 >= len(words) or not words[close + 1][:1].isalnum():
        return k
    return close + 1


def _is_word_of(w: str, wanted: str) -> bool:
    """``w`` is ``wanted``, or carries it as a one-letter proclitic («بضرورة» for «ب»)."""
    return w == wanted or (len(wanted) == 1 and w.startswith(wanted) and len(w) > 3)


def _word_ahead(words: list[str], i: int, wanted: tuple[str, ...]) -> bool:
    for w in words[i + 1:i + 1 + COMPLEMENT_WINDOW]:
        if w in wanted or any(w.startswith(x) and len(w) > len(x) + 2 for x in wanted if len(x) > 2):
            return True
        if w in PUNCT_STOP:
            return False
    return False


def _previous_word(words: list[str], i: int) -> str:
    k = i - 1
    while k >= 0 and words[k] in QUOTES:
        k -= 1
    return words[k] if k >= 0 else ""


def keep_cue(words: list[str], i: int, form: CueForm, grammar: Grammar, forms: dict | None = None) -> bool:
    """Context checks that tell a cue from a look-alike word.

    * «بين» 'between', «ذكر» 'male' …: lemmas marked ``requires_complement``
      need a complementiser, colon or quote within a few words (or one of their
      ``complement_words``: «طالب … بـ»), and take no pronoun («بينهم» is 'among
      them'); unless the verb reading is certain: «كان» + subject + perfect,
      or a ``clause_initial`` perfect opening a sentence or clause;
    * ``requires_word``: «عبّر» needs «عن», «حمّل» needs «مسؤولية»;
    * a verb whose preposition leads to a feeling gives cause for it: «يدعو للقلق»,
      «تدعو إلى التفاؤل» ('is cause for concern') is no call;
    * jussive forms («يقل», «ينف») only after «لم / لما / لن»; no verb right
      after a preposition («إلى رفض الاتفاق»);
    * a word after «بن», «أبو» is a name («عبدالعزيز بن طالب»);
    * «we» forms inside a quotation («"نحن لا نقول"») are the quoted speaker's words;
    * a verb after «بما / مما» («بما اعتبره») or with a pronoun after a relative
      («الذي رفضته موسكو») is part of another content, not a new attribution;
    * an imperfect right after an indefinite noun is an adjectival clause
      («تقارير عدة تشير إلى», «قرارا ينص على»), unless the noun starts its clause
      («لكن إيران تصر على»);
    * participles other than the «‑ا» form («مؤكدة», «مشيرين») only after a comma
      or a sentence end, or before their complement, where they are adverbial
      rather than adjectives («معلومات مؤكدة»); masdars and participles after
      «عن» are the content of the verb before them.
    """
    if i > 0 and words[i - 1] in LINEAGE:
        return False  # «عبدالعزيز بن طالب», «أبو صالح», «صالح آل طالب»: a name
    prev = _previous_word(words, i)
    if prev[:1] in ("و", "ف") and (prev[1:] in grammar.negators or prev[1:] in grammar.left_stops):
        prev = prev[1:]  # «ولم يؤكد», «ولا يستبعد»
    if form.kind in ("masdar", "participle") and (prev in ("عن", "عما") or (
            words[i][:1] == "و" and any(w in ("عن", "عما") for w in words[max(0, i - 3):i - 1]))):
        return False  # «أعربت عن إدانتها», «عن استنكار المملكة ورفضها»: the content of the verb before it
    if form.kind == "verb":
        if prev in grammar.prepositions:
            return False  # «إلى رفض الاتفاق»: a verbal noun after a preposition
        if form.first_plural and _inside_quote(words, i):
            return False  # «وقال: "نحن لا نقول …"»: part of a quoted speaker's words
        if form.first_plural and words[i].startswith("ال"):
            return False  # «ألمحنا» folds to «المحنا», a family name: «عبدالرحمن المحنّا مدير عام جمرك»
        # the verb's own preposition opens its complement only on a main verb: a
        # perfect or «و/ف» + imperfect («وطالب … بـ»), not «الاتفاق ينص على»
        also = form.complement_words if form.tense == "perfect" or words[i][:1] in ("و", "ف") else ()
        if form.requires_complement and (form.pronoun or not (
                _complement_ahead(words, i, grammar, also, forms if words[i] == "بين" else None)
                or pluperfect(words, i, form, grammar)
                or _opens_with_verb(words, i, form))):
            return False
        if form.requires_word and not _word_ahead(words, i, form.requires_word):
            return False
        if form.preposition in ("الي", "الى") and _gives_cause(words, i + 1, form.preposition, grammar):
            return False
        if form.tense == "jussive" and prev not in JUSSIVE_AFTER:
            return False
        if prev in RELATIVE_MA or (form.pronoun and prev in RELATIVES):
            return False
        if (form.tense == "imperfect" and form.prefix == 0 and prev[:1].isalpha()
                and not prev.startswith("ال") and prev not in grammar.left_stops
                and prev not in grammar.negators and prev not in grammar.complementizers
                and i > 0 and not _is_cue_context(prev) and not _opens_clause(words, i - 2, grammar)):
            return False
    elif form.kind == "participle":
        bare = words[i][form.prefix:]
        if not bare.endswith("ا") and not (
                i > 0 and (words[i - 1] in ",،" or words[i - 1] in PUNCT_STOP)) and not _opens_next(
                words, i, form, grammar):
            return False
        if form.requires_word and not _word_ahead(words, i, form.requires_word):
            return False
    return True


def _gives_cause(words: list[str], k: int, preposition: str, grammar: Grammar) -> bool:
    """The words at ``k`` lead to a feeling (``cause_nouns``): «للقلق», «إلى التفاؤل»
    (after a verb of «إلى»: «أعرب عن الفخر» expresses it)."""
    if k >= len(words):
        return False
    w = words[k]
    if w.startswith("لل"):
        return w[2:] in grammar.cause_nouns
    return w == preposition and k + 1 < len(words) and words[k + 1].startswith("ال") \
        and words[k + 1][2:] in grammar.cause_nouns


def _opens_next(words: list[str], i: int, form: CueForm, grammar: Grammar) -> bool:
    """A complement right after a participle («مؤكدين أن», «مؤكدة على أن»): adverbial, not
    an adjective («معلومات مؤكدة»)."""
    k = i + 1
    if k < len(words) and form.preposition and words[k] == form.preposition:
        k += 1
    return k < len(words) and _opens_at(words, k, grammar)


def _opens_with_verb(words: list[str], i: int, form: CueForm) -> bool:
    """«وطالبت الجامعة العربية …» opening a sentence or clause: of a noun homograph
    (``clause_initial``), a perfect with «و/ف» there is the verb."""
    if not (form.clause_initial and form.tense == "perfect"):
        return False
    if i == 0 or words[i - 1] in PUNCT_STOP:
        return True  # a sentence, a lead, opens with the verb: «دافع محمد جواد ظريف … عن»
    return form.prefix > 0 and words[i][:1] in ("و", "ف") and words[i - 1] in ",،:"


def pluperfect(words: list[str], i: int, form: CueForm, grammar: Grammar, limit: int = MAX_SUBJECT) -> bool:
    """«وكان محققو الأمم المتحدة (قد) وثقوا …»: «كان» + subject (``limit`` words at
    most) + a perfect verb, where the verb reading is certain."""
    if form.tense != "perfect":
        return False
    k = i - 1
    if k >= 0 and words[k] in grammar.perfect_particles:
        k -= 1
    else:
        limit = min(limit, MAX_SUBJECT)    # a longer subject only before «قد»
    stop = max(-1, k - limit)
    near = k - MAX_SUBJECT
    while k > stop and words[k][:1].isalnum() and words[k] not in grammar.complementizers \
            and (k > near or words[k] not in CLAUSE_OPENERS):   # «... بعدما أكدت الشركة»
        if words[k] in grammar.past_auxiliaries:
            # a subject follows «كان», not a phrase with «ل/ب» («كانت لتمهيد الطريق»)
            return k + 1 < i and words[k + 1][:1] not in ("ل", "ب") and words[k + 1] not in grammar.perfect_particles
        k -= 1
    return False


OPEN_QUOTES = frozenset("«“„")
CLOSE_QUOTES = frozenset("»”")


def _inside_quote(words: list[str], i: int) -> bool:
    """Word ``i`` is inside a quotation: an opening quote before it, or a closing
    one after it (the sentence may start inside the quotation)."""
    if words[:i].count('"') % 2:
        return True
    for w in reversed(words[:i]):
        if w in CLOSE_QUOTES:
            return False
        if w in OPEN_QUOTES:
            return True
    for w in words[i + 1:]:
        if w in OPEN_QUOTES:
            return False
        if w in CLOSE_QUOTES:
            return True
    return False


def _opens_clause(words: list[str], k: int, grammar: Grammar) -> bool:
    """Word ``k`` ends what comes before a clause's first word, so that word is a
    subject («لكن إيران تصر على», «. مصادر تقول إن»), not a noun a clause describes."""
    if k < 0:
        return True
    w = words[k]
    return w in PUNCT_STOP or w == ":" or w in grammar.clause_openers


def _is_cue_context(prev: str) -> bool:
    """Words after which an imperfect is still a main verb («قد يقول», «سوف يؤكد»)."""
    return prev in ("قد", "سوف", "بات", "ظل", "راح", "اخذ", "عاد")


def find_cues(sentence: Sentence, lexicon: CueLexicon, grammar: Grammar) -> list[CueMatch]:
    """Cue candidates of one sentence, in order, before span checks.

    Each form found in the lexicon passes the context checks of
    :func:`keep_cue`; impersonal phrases («يذكر أن») are skipped. Masdars and
    nominal cues are returned here and kept by the span stage only when a
    source can be found for them.
    """
    words = [t.text for t in sentence.tokens]
    out: list[CueMatch] = []
    forms, multi = lexicon.forms, lexicon.multi
    if forms.keys().isdisjoint(words) and multi.keys().isdisjoint(words):
        return out        # no cue form (a third of news sentences): one set test, no lookup per word
    n = len(words)
    end = 0
    # only the words that open a cue form are looked at; a cue found resumes after its end
    for i in [k for k, w in enumerate(words) if w in forms or w in multi]:
        if i < end:
            continue
        w = words[i]
        form = forms.get(w)
        stop = i + 1
        if w in multi:
            for rest, f in multi[w]:
                if tuple(words[i + 1:i + 1 + len(rest)]) == rest:
                    form, stop = f, i + 1 + len(rest)
                    break
        if form is None:
            continue
        if form.kind == "nominal" and form.heads:
            if stop >= n or words[stop] not in form.heads:
                continue
            stop += 1
        if _impersonal(words, i, form, lexicon) or not keep_cue(words, i, form, grammar, forms):
            continue
        prev = words[i - 1] if i > 0 else ""
        if prev[:1] in ("و", "ف") and prev[1:] in grammar.negators:
            prev = prev[1:]  # «ولم ينف»
        negated = (form.kind == "verb" and prev in grammar.negators
                   and (form.tense in ("imperfect", "jussive") or prev == "ليس"))
        out.append(CueMatch(i, stop, form, negated))
        end = stop
    return out


def _impersonal(words: list[str], i: int, form: CueForm, lexicon: CueLexicon) -> bool:
    if not lexicon.impersonal:
        return False
    bare = words[i][form.prefix:]
    pair = bare + " " + (words[i + 1] if i + 1 < len(words) else "")
    return bare in lexicon.impersonal or pair in lexicon.impersonal
