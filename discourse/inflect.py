"""Generate the inflected and cliticised surface forms of cue lexicon entries.

The cue lexicon lists each reporting verb once, by its perfect and imperfect
3rd person masculine singular (``قال`` / ``يقول``); this module derives every
form that news text writes, so no inflected form is listed by hand. All
strings are in the folded spelling of :func:`discourse.normalize.fold` (no
diacritics, bare alef, ``ي`` for alef maksura, ``ه`` for teh marbuta).

Rules (Arabic verb morphology, the weak classes that reporting verbs use):

* perfect, sound (``اكد``): stem + ``'' ت ا تا وا ن نا تم تما``.
* perfect, defective in ``ي`` (``نفي`` < نفى): ``نفي نفت نفيا نفتا نفوا نفين نفيت نفينا``.
* perfect, defective in ``ا`` (``دعا``): ``دعا دعت دعتا دعوا دعون دعوت دعونا``.
* perfect, hollow (``قال``, ``اضاف``, ``اشار``): long stem + ``'' ت ا تا وا``,
  short stem (middle alef dropped) + ``ن ت نا تم``.
* perfect, doubled (``رد``, ``اقر``): the consonant-suffix forms unfold the double
  (``رددت``, ``اقررن``).
* imperfect: prefixes ``ي ت ن`` (3rd person and 1st plural; the 1st singular ``ا``
  is left out because it collides with passives such as «أُفيد» and «أُشير»)
  + ``'' ون ان ين ن`` on the stem, the jussive/subjunctive forms used after
  لم / لن / أن (``ينف``, ``يقل``, ``يدع``, ``يقولوا``), with weak endings handled.
* participles used adverbially (``قائلا``, ``مؤكدة``, ``مشيرين``) and masdars
  (``تنديد``, ``تنديدا``, ``اتهامات``) take case / gender / number endings.

Clitics are attached by :func:`with_clitics`: conjunctions ``و ف``, the future
``س``, ``ل`` before imperfects, the prepositions ``ب ل ك`` and the article
``ال`` / ``لل`` before nouns, and object / possessive pronouns.
"""
from __future__ import annotations

from typing import Iterator

PRONOUNS = ("ه", "ها", "هم", "هما", "هن", "نا", "ني", "ك", "كم")
VERB_PROCLITICS = ("", "و", "ف")
IMPERFECT_PROCLITICS = ("", "و", "ف", "س", "وس", "فس", "ل", "ول", "فل")
NOUN_PROCLITICS = ("", "و", "ف", "ب", "وب", "فب", "ل", "ول", "فل", "ك", "وك")
DEFINITE = ("ال", "وال", "فال", "بال", "وبال", "فبال", "كال", "لل", "ولل", "فلل")


def perfect_forms(lemma: str) -> list[str]:
    """Perfect-tense forms of a verb given its 3rd masc. sing. (folded).

    >>> perfect_forms("نفي")[:4]
    ['نفي', 'نفت', 'نفيا', 'نفتا']
    >>> "قلن" in perfect_forms("قال")
    True
    """
    p = lemma
    if p.endswith("ي") and len(p) >= 3:  # defective: نفى، رأى، أبدى، ادعى
        s = p[:-1]
        return [p, s + "ت", s + "يا", s + "تا", s + "وا", s + "ين", s + "يت", s + "ينا", s + "يتم"]
    if p.endswith("ا") and len(p) >= 3:  # defective in waw: دعا، شكا
        s = p[:-1]
        return [p, s + "ت", s + "تا", s + "وا", s + "ون", s + "وت", s + "ونا"]
    forms = [p + suf for suf in ("", "ت", "ا", "تا", "وا", "ن", "نا", "تم", "تما")]
    if len(p) >= 3 and p[-2] == "ا":  # hollow: قال → قلن، قلت
        short = p[:-2] + p[-1]
        forms += [short + suf for suf in ("ن", "ت", "نا", "تم")]
    if len(p) == 2 or (len(p) == 3 and p[0] == "ا" and p[1] != p[2]):
        # possibly doubled (رد، أقر، أصر): unfold before consonant suffixes
        forms += [p + p[-1] + suf for suf in ("ت", "ن", "نا", "تم")]
    return forms


def imperfect_forms(imperfect: str) -> list[str]:
    """Imperfect forms (indicative, subjunctive, jussive) from the 3rd masc. sing.

    >>> sorted(imperfect_forms("ينفي"))[:3]
    ['تنفوا', 'تنفون', 'تنفي']
    """
    if not imperfect or imperfect[0] not in "يتنا":
        raise ValueError(f"imperfect must start with a person prefix (got {imperfect!r})")
    s = imperfect[1:]
    stems: list[str] = []
    if s.endswith("ي"):  # ينفي، يرى (يري)، يبدي
        b = s[:-1]
        stems = [s, b + "ون", b + "وا", s + "ان", s + "ا", s + "ن", b + "ين"]
    elif s.endswith("و"):  # يدعو
        b = s[:-1]
        stems = [s, b + "ون", b + "وا", s + "ان", s + "ا", b + "ين"]
    else:
        stems = [s, s + "ون", s + "وا", s + "ان", s + "ا", s + "ين", s + "ي", s + "ن"]
    return [pre + st for st in stems for pre in ("ي", "ت", "ن")]


def jussive_forms(imperfect: str) -> list[str]:
    """The short (jussive) forms that differ from the indicative, used after «لم»:
    «لم ينف», «لم يقل», «لم يدع». They are kept apart because they collide with
    other words («ما لا يقل عن», «يجب»).

    >>> jussive_forms("يقول")[:2]
    ['يقل', 'تقل']
    """
    s = imperfect[1:]
    if s.endswith(("ي", "و")):
        stems = [s[:-1]]
    elif len(s) >= 3 and s[-2] in "واي":  # hollow: يقول → يقل، يقلن
        short = s[:-2] + s[-1]
        stems = [short, short + "ن"]
    else:
        return []
    return [pre + st for st in stems for pre in ("ي", "ت", "ن")]


def participle_forms(base: str) -> list[str]:
    """Adverbial participle forms: ``مؤكد`` → مؤكدا، مؤكده، مؤكدين، مؤكدتين، مؤكدان.

    >>> participle_forms("نافي")[:3]
    ['نافيا', 'نافيه', 'نافين']
    """
    if base.endswith("ي"):
        b = base[:-1]
        return [base + "ا", base + "ه", b + "ين", base + "تين", base + "ان", b + "ون"]
    return [base + "ا", base + "ه", base + "ين", base + "تين", base + "ان", base + "ون", base + "ات"]


def masdar_forms(masdar: str) -> list[str]:
    """Verbal-noun forms: singular, accusative indefinite, dual and sound plural.

    >>> masdar_forms("دعوه")
    ['دعوه', 'دعوات', 'دعوتا', 'دعوتان', 'دعوتين']
    >>> masdar_forms("تنديد")[:2]
    ['تنديد', 'تنديدا']
    """
    if masdar.endswith("ه"):
        b = masdar[:-1]
        return [masdar, b + "ات", b + "تا", b + "تان", b + "تين"]
    return [masdar, masdar + "ا", masdar + "ات", masdar + "ان", masdar + "ين"]


def with_pronoun(form: str, pronoun: str) -> str:
    """Attach an enclitic pronoun, with the spelling changes it causes."""
    if form.endswith("ه") and not form.endswith("اه"):  # teh marbuta → ت: دعوته
        return form[:-1] + "ت" + pronoun
    if form.endswith("وا"):  # اعتبروا + ها → اعتبروها
        return form[:-1] + pronoun
    if form.endswith("ي") and len(form) > 2 and pronoun != "ني":  # نفي+ه: keep
        return form + pronoun
    return form + pronoun


def with_clitics(form: str, pos: str) -> Iterator[tuple[str, int, bool]]:
    """Yield ``(surface, proclitic_length, has_pronoun)`` for a base form.

    ``pos`` is ``perfect``, ``imperfect``, ``noun`` (masdar, participle) or
    ``particle`` (nominal cues).
    """
    if pos == "perfect":
        pre, pronouns, definite = VERB_PROCLITICS, PRONOUNS, ()
    elif pos == "imperfect":
        pre, pronouns, definite = IMPERFECT_PROCLITICS, PRONOUNS, ()
    elif pos == "noun":
        pre, pronouns, definite = NOUN_PROCLITICS, PRONOUNS, DEFINITE
    elif pos == "masdar":  # no article: «الاتهامات» names a topic, not a speech act
        pre, pronouns, definite = VERB_PROCLITICS, PRONOUNS, ()
    elif pos == "particle":
        pre, pronouns, definite = NOUN_PROCLITICS, (), ()
    else:
        raise ValueError(f"pos must be perfect, imperfect, noun or particle (got {pos!r})")
    # a perfect ending in alef maksura takes a pronoun on a long alef: نفى → نفاها
    host = form[:-1] + "ا" if pos == "perfect" and form.endswith("ي") else form
    for p in pre:
        yield p + form, len(p), False
        for pron in pronouns:
            yield p + with_pronoun(host, pron), len(p), True
    for d in definite:
        yield d + form, len(d), False
