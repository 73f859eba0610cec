"""Stance toward each claim: claim-aware lexicon rules plus a small scikit-learn classifier.

How the two combine (documented contract):

1. The **rules** are per claim. They read the content for the stance markers
   of ``stance.yaml`` (denial, rejection, condition, investigation,
   condemnation, accusation, demand); a support marker within
   ``negation_window`` words after a negator votes oppose. A marker of
   ``scope: object`` (an accusation, a demand) bears only on a claim whose
   keyword it governs («تتطلب ردا دوليا» → RESPONSE); ``scope: clause``
   markers bear on every claim. Targeted demands decide first, then hedges
   (condition, investigation → neutral), then targeted accusations, then
   denials and rejections, then the cue's speech-act prior (``polarity`` of
   ``cues.yaml``, flipped when the cue is negated); see :func:`rule_stance`.
   They give a stance and a fixed confidence (``RULE_CONFIDENCE``).
2. The **classifier** (one scikit-learn ``Pipeline``: :class:`StanceFeatures`
   then a logistic regression with balanced class weights) sees the content's
   light stems and its character n-grams, the cue lemma, speech act and kind,
   negation, the claim, the markers found, the markers that target the claim,
   *the rules' decision for the claim*, and the claim crossed with the act,
   the cue, the rules' decision and each marker, so it learns when to trust
   each rule for each claim; and who speaks: the attribution's actors, alone and crossed with
   the claim (``speaker``; the shipped ``text-only`` model leaves them out
   and is scored beside in the report). Its probability, calibrated by
   temperature scaling (:class:`TemperatureScaled`), is the confidence.
3. **Speaker consistency**: within one document, the classifier's
   probabilities for one actor on one claim are combined
   (:func:`consistent`), since an actor keeps one position in an article.
   Unresolved speakers stand alone. The rules' answers are not combined.
4. A loaded model answers for the claims it was trained on
   (:meth:`StanceScorer.model_claims`); the rules answer for any other claim
   and whenever no model is loaded (``model=None``). The shipped models
   (``lexicons/models/stance.skops``, and ``stance_text.skops`` for
   ``text-only``, both rebuilt by ``python -m discourse.training``) are
   trained on the SaudiNewsNet codebook; with the seed codebook the rules
   answer.
"""
from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Iterable, Sequence

import numpy as np
import yaml
from sklearn.base import BaseEstimator, ClassifierMixin, TransformerMixin
from sklearn.utils.validation import check_is_fitted

from .errors import LexiconError
from .lexicons import builtin_dir, check_list, check_str, load_cues, merge
from .normalize import fold
from .records import STANCES, Attribution, ClaimStance

_WORD = re.compile(r"[^\W_]+")
SCOPES = ("clause", "object")
CONDITION_MARKERS = frozenset({"condition"})  # stance.yaml ids whose words make a statement conditional
RULE_CONFIDENCE = {"marker": 0.7, "prior": 0.55, "default": 0.4}
SHIPPED_MODELS = {"default": "stance.skops", "text-only": "stance_text.skops"}  # in lexicons/models/
TRUSTED_TYPES = [
    "discourse.stance.StanceFeatures",
    "discourse.stance.TemperatureScaled",
]


# ------------------------------------------------------------------- lexicon

@dataclass(frozen=True)
class StanceLexicon:
    """Folded stance markers: id → (stance, word tuples); negators; negation
    window; each marker's scope (``clause`` or ``object``); object window;
    whether a hedge in the clause neutralises each marker."""

    markers: dict[str, tuple[str, tuple[tuple[str, ...], ...]]]
    negators: frozenset[str]
    window: int = 3
    scopes: dict[str, str] = field(default_factory=dict)
    object_window: int = 6
    hedged: dict[str, bool] = field(default_factory=dict)
    positive: frozenset[str] = frozenset()   # evaluative words, as light stems (claims.stem)
    negative: frozenset[str] = frozenset()

    @functools.cached_property
    def by_first_word(self) -> dict[str, list[tuple[str, str, tuple[str, ...]]]]:
        """``{first word: [(marker id, stance, phrase), ...]}``, so finding markers
        costs one lookup per word, not one pass per phrase."""
        index: dict[str, list[tuple[str, str, tuple[str, ...]]]] = {}
        for mid, (stance, phrases) in self.markers.items():
            for phrase in phrases:
                if phrase:
                    index.setdefault(phrase[0], []).append((mid, stance, phrase))
        return index


def _strip(word: str) -> str:
    for p in ("وبال", "وال", "فال", "بال", "لل", "ال", "وب", "ول", "و", "ف", "ب", "ل"):
        if word.startswith(p) and len(word) - len(p) >= 3:
            return word[len(p):]
    return word


def load_stance_lexicon(user_dir: str | Path | None = None) -> StanceLexicon:
    """Built-in ``stance.yaml`` merged with the user's (markers merged by id)."""
    path = builtin_dir() / "stance.yaml"
    data = _read(path)
    entries = data.get("markers") or []
    evaluation = {k: list(v) for k, v in _evaluation(path, data).items()}
    negators = list(data.get("negators") or [])
    window = data.get("negation_window", 3)
    object_window = data.get("object_window", 6)
    if user_dir and (Path(user_dir) / "stance.yaml").exists():
        upath = Path(user_dir) / "stance.yaml"
        user = _read(upath)
        _validate(upath, user.get("markers") or [])
        entries = merge(entries, user.get("markers") or [])
        negators += list(user.get("negators") or [])
        for k, v in _evaluation(upath, user).items():
            evaluation[k] += v
        window = user.get("negation_window", window)
        object_window = user.get("object_window", object_window)
        path = upath
    _validate(path, entries)
    markers = {e["id"]: (e["stance"], tuple(tuple(_strip(w) for w in fold(x).split()) for x in e["words"]))
               for e in entries}
    scopes = {e["id"]: e.get("scope", "clause") for e in entries}
    hedged = {e["id"]: bool(e.get("hedged", True)) for e in entries}
    for key, value in (("negation_window", window), ("object_window", object_window)):
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise LexiconError(path, "-", key, "must be a whole number of words", value)
    from .claims import stem
    return StanceLexicon(markers, frozenset(_strip(fold(n)) for n in negators), window,
                         scopes, object_window, hedged,
                         frozenset(stem(w) for w in evaluation["positive"]),
                         frozenset(stem(w) for w in evaluation["negative"]))


def _evaluation(path: Path, data: dict) -> dict[str, list[str]]:
    """The ``evaluation`` section: ``{"positive": [...], "negative": [...]}``."""
    section = data.get("evaluation") or {}
    if not isinstance(section, dict):
        raise LexiconError(path, "evaluation", "-", "must be a mapping with 'positive' and 'negative'", section)
    unknown = sorted(set(section) - {"positive", "negative"})
    if unknown:
        raise LexiconError(path, "evaluation", unknown[0], "must be 'positive' or 'negative'")
    return {k: check_list(path, "evaluation", section, k) for k in ("positive", "negative")}


def _read(path: Path) -> dict:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as err:
        raise LexiconError(path, "-", "-", "must be valid YAML", str(err).splitlines()[0]) from None
    if not isinstance(data, dict):
        raise LexiconError(path, "-", "markers", "must be a mapping with 'markers'")
    return data


def _validate(path, entries) -> None:
    if not isinstance(entries, list):
        raise LexiconError(path, "-", "markers", "must be a list")
    for i, e in enumerate(entries):
        name = f"{e.get('id')!r}" if isinstance(e, dict) and e.get("id") else f"#{i + 1}"
        if not isinstance(e, dict):
            raise LexiconError(path, name, "markers", "must be a mapping", e)
        check_str(path, name, e, "id")
        check_str(path, name, e, "stance", choices=STANCES)
        check_list(path, name, e, "words", required=True)
        if "scope" in e:
            check_str(path, name, e, "scope", choices=SCOPES)
        if "hedged" in e and not isinstance(e["hedged"], bool):
            raise LexiconError(path, name, "hedged", "must be true or false", e["hedged"])


# --------------------------------------------------------------------- rules

def _words(text: str) -> list[str]:
    return [_strip(fold(w)) for w in _WORD.findall(text)]


def _hits(words: Sequence[str], lexicon: StanceLexicon) -> list[tuple[int, int, str, bool]]:
    """Markers found: ``(first word, last word, marker id, negated)``; only a
    support marker can be negated (it then votes oppose)."""
    out = []
    index = lexicon.by_first_word
    for i, word in enumerate(words):
        for mid, stance, phrase in index.get(word, ()):
            n = len(phrase)
            if tuple(words[i:i + n]) == phrase:
                negated = stance == "support" and any(
                    w in lexicon.negators for w in words[max(0, i - lexicon.window):i])
                out.append((i, i + n - 1, mid, negated))
    return out


def marker_counts(text: str, lexicon: StanceLexicon) -> dict[str, int]:
    """How often each marker occurs in ``text``; support markers under negation
    count as ``negated_<id>``."""
    counts: dict[str, int] = {}
    for _, _, mid, negated in _hits(_words(text), lexicon):
        key = f"negated_{mid}" if negated else mid
        counts[key] = counts.get(key, 0) + 1
    return counts


def claim_positions(text: str, terms: Sequence[Sequence[str]]) -> list[int]:
    """Word indices in ``text`` where one of a claim's keyword stem sequences starts."""
    from .claims import stems
    return _positions(stems(text), terms)


def _positions(st: Sequence[str], terms: Sequence[Sequence[str]]) -> list[int]:
    keys = [tuple(k) for k in terms]
    if not all(keys):           # an empty term starts everywhere
        return [i for i in range(len(st)) for k in keys if tuple(st[i:i + len(k)]) == k]
    firsts = {k[0] for k in keys}         # a term can start only where its first stem is
    return [i for i, w in enumerate(st) if w in firsts for k in keys if tuple(st[i:i + len(k)]) == k]


def targeted_markers(text: str, lexicon: StanceLexicon, terms: Sequence[Sequence[str]] = ()
                     ) -> tuple[list[tuple[str, bool]], list[tuple[str, bool]]]:
    """The markers of ``text`` that bear on one claim: ``(targeted, clause)``.

    *Targeted* markers are ``scope: object`` markers (a demand, an accusation)
    whose object, the ``object_window`` words from the marker on, contains one
    of the claim's keywords (``terms``, stem sequences): «تتطلب ردا دوليا»
    targets RESPONSE, not CW_ATTACKS. *Clause* markers are the
    ``scope: clause`` ones (a denial, a condition); they bear on every claim
    of the content. An object marker that targets none of the claim's
    keywords is left out; with no ``terms`` at all the rules are claim-blind
    and every marker is a clause marker.
    """
    hits = _hits(_words(text), lexicon)
    if not terms:
        return [], [(mid, neg) for _, _, mid, neg in hits]
    pos = claim_positions(text, terms)
    targeted, clause = [], []
    for i, j, mid, neg in hits:
        if lexicon.scopes.get(mid, "clause") == "clause":
            clause.append((mid, neg))
        elif any(i <= p <= j + lexicon.object_window for p in pos):
            targeted.append((mid, neg))
    return targeted, clause


def _votes(found: Iterable[tuple[str, bool]], lexicon: StanceLexicon) -> dict[str, int]:
    votes = {"support": 0, "oppose": 0, "neutral": 0}
    for mid, neg in found:
        votes["oppose" if neg else lexicon.markers[mid][0]] += 1
    return votes


def rule_stance(content: str, prior: str, negated: bool, lexicon: StanceLexicon,
                terms: Sequence[Sequence[str]] = ()) -> tuple[str, float]:
    """The lexicon rules' stance toward one claim, and their confidence.

    1. Markers that target the claim (see :func:`targeted_markers`) and that
       a hedge does not neutralise (``hedged: false``, a demand: «إذا تأكدت
       فإنها تتطلب ردا دوليا» still calls for a response) decide first.
    2. Then the hedges: a condition or an investigation in the clause makes
       the claim neutral («تأخذ بعين الاعتبار الأنباء عن استخدام ... أسلحة
       كيميائية»), unless denials outnumber them.
    3. Then the other targeted markers (an accusation aimed at the claim),
       unless as many denials or rejections stand in the clause («الاتهامات
       باستخدام السلاح الكيماوي مفبركة»); among targeted markers oppose (a
       negated support marker: «لا يجب الرد») wins ties. Then the clause
       markers: denials and rejections oppose when they outnumber the
       support markers.
    4. Otherwise the cue's prior (``polarity`` in ``cues.yaml``, flipped when
       the cue is negated), then any support marker, then ``support``.

    Examples
    --------
    >>> from discourse.claims import stems
    >>> lex = load_stance_lexicon()
    >>> text = "التقارير إذا تأكدت ستتطلب ردا دوليا"
    >>> rule_stance(text, "neutral", False, lex, [stems("ردا دوليا")])
    ('support', 0.7)
    >>> rule_stance(text, "neutral", False, lex, [stems("هجوم كيماوي")])[0]
    'neutral'
    """
    targeted, clause = targeted_markers(content, lexicon, terms)
    firm = [t for t in targeted if not lexicon.hedged.get(t[0], True)]
    if firm:
        return _targeted_stance(firm, lexicon), RULE_CONFIDENCE["marker"]
    votes = _votes(clause, lexicon)
    if votes["neutral"] and votes["neutral"] >= votes["oppose"]:
        return "neutral", RULE_CONFIDENCE["marker"]
    if targeted and not (votes["oppose"] and votes["oppose"] >= _votes(targeted, lexicon)["support"]):
        return _targeted_stance(targeted, lexicon), RULE_CONFIDENCE["marker"]
    if negated and prior != "neutral":
        prior = "oppose" if prior == "support" else "support"
    if votes["oppose"] > votes["support"]:
        return "oppose", RULE_CONFIDENCE["marker"]
    if prior != "neutral":
        return prior, RULE_CONFIDENCE["prior"]
    if votes["support"]:
        return "support", RULE_CONFIDENCE["marker"]
    return "support", RULE_CONFIDENCE["default"]


def _targeted_stance(found: Sequence[tuple[str, bool]], lexicon: StanceLexicon) -> str:
    v = _votes(found, lexicon)
    if v["oppose"] and v["oppose"] >= v["support"]:
        return "oppose"
    return "neutral" if v["neutral"] > v["support"] else "support"


# ---------------------------------------------------------------- classifier

def example(a: Attribution, claim: str, terms: Sequence[Sequence[str]] = ()) -> dict:
    """The classifier's input for one (attribution, claim) pair.

    ``terms`` are the claim's keyword stem sequences (``Claim.keywords``), so
    that the rules the classifier sees are claim-aware.
    """
    content = a.content.text if a.content else (a.sentence_span.text if a.sentence_span else "")
    return {"content": content, "cue": a.cue.lemma, "speech_act": a.speech_act,
            "negated": a.negated, "claim": claim, "kind": a.cue.kind,
            "terms": [list(t) for t in terms], "bridge": bridge(a),
            "doc": a.doc, "actors": tuple(a.actors)}


def speaker_key(x: dict):
    """The examples :func:`consistent` combines: one actor (or group of
    coordinated actors) on one claim in one document. An unresolved speaker
    (no actors) stands alone (``None``)."""
    return (x.get("doc"), tuple(x.get("actors") or ()), x["claim"]) if x.get("actors") else None


def bridge(a: Attribution) -> str:
    """The words between the cue and a content that follows it in the same
    sentence: the source and how the speaker frames what follows («ندد ...
    بما اعتبره», «ووصف ... ما أسماه»)."""
    s, c = a.sentence_span, a.content
    if s is None or c is None or not (s.start <= a.cue.end <= c.start <= s.end):
        return ""
    return s.text[a.cue.end - s.start:c.start - s.start]


class StanceFeatures(TransformerMixin, BaseEstimator):
    """Features of (attribution, claim) examples: content words (TF-IDF over
    light stems) and the words between cue and content, the content's
    character n-grams (``char_ngrams``), the words next to
    the claim's keywords crossed with the claim, evaluative words (positive /
    negative, near the claim or not, per claim), cue lemma, speech act, cue
    kind, claim, negation, the stance markers found, the markers that target
    the claim, the rules' decision for the claim, and the claim crossed with
    the speech act, the cue, the rules' decision and each marker (so each
    claim learns its own use of them).

    Parameters
    ----------
    markers : dict
        ``{marker_id: [stance, [words ...], scope, hedged]}`` as in ``stance.yaml``
        (stored unchanged; JSON-serialisable so the model persists without pickle).
    priors : dict
        ``{cue lemma: polarity}`` from the cue lexicon.
    negators : sequence of str
    window, object_window : int
        As in ``stance.yaml``.
    claim_window : int
        Words on each side of a claim keyword that the claim-crossed words and
        the evaluative counts see (8: 4 to 12 gave the same cross-validated
        macro-F1 within 0.02).
    positive, negative : sequence of str
        Evaluative words as light stems (``stance.yaml`` ``evaluation``).
    char_ngrams : (int, int) or None
        Lengths of the character n-grams within words (TF-IDF, ``char_wb``)
        read off the content: they see one root across forms the light stems
        keep apart («ترفض», «يرفض», «رفضها», «الرافض» share «فض»). (2, 4): in grouped
        5-fold CV on the training documents, 0.667 against 0.658 without, better
        in four folds of five; (3, 5) gave 0.666. None leaves them out.
    speaker : bool
        Also see who speaks: each of the attribution's actors («actor=ISR», or
        «actor=none» when unresolved), alone and crossed with the claim
        («ISRAEL_VIOLATIONS|actor=ISR»). The model then learns the positions
        actors took in the training data and reads an army's account of a
        raid («تعرض الجنود لأعمال عنف») as opposing the claim that it
        violates rights, as a human coder would. ``False`` (text only) when
        the question is whether actors depart from their usual positions.
    """

    def __init__(self, markers: dict | None = None, priors: dict | None = None,
                 negators: Sequence[str] = (), window: int = 3, object_window: int = 6,
                 claim_window: int = 8, positive: Sequence[str] = (), negative: Sequence[str] = (),
                 char_ngrams: tuple[int, int] | None = (2, 4), speaker: bool = False):
        self.markers = markers
        self.priors = priors
        self.negators = negators
        self.window = window
        self.object_window = object_window
        self.claim_window = claim_window
        self.positive = positive
        self.negative = negative
        self.char_ngrams = char_ngrams
        self.speaker = speaker

    def _lexicon(self) -> StanceLexicon:
        items = (self.markers or {}).items()
        m = {k: (v[0], tuple(tuple(w.split()) for w in v[1])) for k, v in items}
        scopes = {k: (v[2] if len(v) > 2 else "clause") for k, v in items}
        hedged = {k: (bool(v[3]) if len(v) > 3 else True) for k, v in items}
        return StanceLexicon(m, frozenset(self.negators), self.window, scopes, self.object_window, hedged)

    def _dicts(self, X, views: Sequence[tuple[list[str], set[int]]]) -> list[dict]:
        lex = self._lexicon()
        polar = self._polar_words()
        out = []
        for x, view in zip(X, views):
            prior = (self.priors or {}).get(x["cue"], "neutral")
            terms = x.get("terms") or ()
            rule, _ = rule_stance(x["content"], prior, x["negated"], lex, terms)
            c = x["claim"]
            d = {f"cue={x['cue']}": 1, f"act={x['speech_act']}": 1, f"claim={c}": 1,
                 f"kind={x.get('kind', '')}": 1, f"rule={rule}": 1, f"prior={prior}": 1,
                 "negated": int(bool(x["negated"])),
                 f"{c}|act={x['speech_act']}": 1, f"{c}|cue={x['cue']}": 1, f"{c}|rule={rule}": 1}
            for k, n in marker_counts(x["content"], lex).items():
                d[f"marker={k}"] = min(n, 3)
                d[f"{c}|marker={k}"] = min(n, 3)
            targeted, _ = targeted_markers(x["content"], lex, terms)
            for mid, neg in targeted:
                d[f"target={'negated_' if neg else ''}{mid}"] = 1
            for key, n in self._evaluations(x, polar, view).items():
                d[key] = min(n, 3)
            if getattr(self, "speaker", False):      # models saved before it existed have no such parameter
                for actor in x.get("actors") or ("none",):
                    d[f"actor={actor}"] = 1
                    d[f"{c}|actor={actor}"] = 1
            out.append(d)
        return out

    def _near(self, x) -> tuple[list[str], set[int]]:
        """The content's stems and the indices within ``claim_window`` words of the
        claim's keywords (without a keyword: its first ``2 × claim_window``)."""
        from .claims import stems
        w = self.claim_window
        st = stems(x["content"])
        hits = _positions(st, x.get("terms") or ())
        if not hits:
            return st, set(range(min(len(st), 2 * w)))
        return st, {j for p in hits for j in range(max(0, p - w), min(len(st), p + w + 1))}

    def _polar_words(self) -> tuple[set[str], set[str], set[str]]:
        """Positive and negative words and the negators, as light stems."""
        from .claims import stem
        return set(self.positive), set(self.negative), {stem(n) for n in self.negators}

    def _evaluations(self, x, polar: tuple[set[str], set[str], set[str]] | None = None,
                     view: tuple[list[str], set[int]] | None = None) -> dict[str, int]:
        """Counts of evaluative words (``stance.yaml`` ``evaluation``), near the claim
        or elsewhere, flipped by a negator right before, alone and crossed with the
        claim: «CW|neg_near» (a negative word next to the claim's keywords).
        ``polar`` is :meth:`_polar_words` and ``view`` is :meth:`_near` of ``x``,
        both computed once per batch by the caller."""
        positive, negative, negators = polar or self._polar_words()
        st, near = view or self._near(x)
        counts: dict[str, int] = {}
        for j, s in enumerate(st):
            polarity = "neg" if s in negative else "pos" if s in positive else None
            if polarity is None:
                continue
            if any(st[k] in negators for k in range(max(0, j - self.window), j)):
                polarity = "pos" if polarity == "neg" else "neg"
            where = "near" if j in near else "far"
            for key in (f"{polarity}_{where}", f"{x['claim']}|{polarity}_{where}", f"{x['claim']}|{polarity}"):
                counts[key] = counts.get(key, 0) + 1
        return counts

    @staticmethod
    def _texts(X, views: Sequence[tuple[list[str], set[int]]]) -> list[str]:
        """The content's stems, then the bridge's (:func:`bridge`) marked «B|»."""
        from .claims import stems
        return [" ".join(st + [f"B|{s}" for s in stems(x.get("bridge", ""))]) for x, (st, _) in zip(X, views)]

    @staticmethod
    def _near_claim(X, views: Sequence[tuple[list[str], set[int]]]) -> list[str]:
        """The stems near the claim's keywords (:meth:`_near`), each prefixed with
        the claim («IRAN_DEAL|سيء»): what the content says where it speaks of it."""
        return [" ".join(f"{x['claim']}|{st[j]}" for j in sorted(near)) for x, (st, near) in zip(X, views)]

    def fit(self, X, y=None):
        from sklearn.feature_extraction import DictVectorizer
        from sklearn.feature_extraction.text import TfidfVectorizer
        X = list(X)
        views = [self._near(x) for x in X]       # each content stemmed once for all three
        self.words_ = TfidfVectorizer(token_pattern=r"\S+", min_df=2, sublinear_tf=True,
                                      lowercase=False).fit(self._texts(X, views))
        self.near_ = TfidfVectorizer(token_pattern=r"\S+", min_df=2, sublinear_tf=True,
                                     lowercase=False).fit(self._near_claim(X, views))
        self.chars_ = None
        if self.char_ngrams:
            try:
                self.chars_ = TfidfVectorizer(analyzer="char_wb", ngram_range=tuple(self.char_ngrams), min_df=3,
                                              sublinear_tf=True).fit([x["content"] for x in X])
            except ValueError:       # too few examples: no n-gram is in three contents
                pass
        for vectorizer in (self.words_, self.near_, self.chars_):
            if vectorizer is not None and hasattr(vectorizer, "stop_words_"):  # older scikit-learn keeps the dropped words
                del vectorizer.stop_words_
        self.dicts_ = DictVectorizer().fit(self._dicts(X, views))
        self.claims_ = sorted({x["claim"] for x in X})
        return self

    def transform(self, X):
        from scipy.sparse import hstack
        check_is_fitted(self, "dicts_")
        X = list(X)
        views = [self._near(x) for x in X]
        parts = [self.words_.transform(self._texts(X, views)), self.near_.transform(self._near_claim(X, views))]
        chars = getattr(self, "chars_", None)          # models saved before it existed have none
        if chars is not None:
            parts.append(chars.transform([x["content"] for x in X]))
        parts.append(self.dicts_.transform(self._dicts(X, views)))
        return hstack(parts).tocsr()


class TemperatureScaled(ClassifierMixin, BaseEstimator):
    """A linear classifier whose probabilities are calibrated by temperature
    scaling (Guo et al. 2017): one scalar ``T`` divides the decision scores
    before the softmax, fitted to minimise the log loss of out-of-fold scores.

    Unlike scikit-learn's one-vs-rest sigmoid calibration it never changes
    which class wins, so the rare classes the balanced model learnt to
    predict stay predicted; only the confidence is made honest.

    Parameters
    ----------
    estimator : classifier with ``decision_function``
    cv : int
        Folds for the out-of-fold scores the temperature is fitted on.
    """

    def __init__(self, estimator=None, cv: int = 5):
        self.estimator = estimator
        self.cv = cv

    def fit(self, X, y):
        from scipy.optimize import minimize_scalar
        from sklearn.base import clone
        from sklearn.model_selection import StratifiedKFold, cross_val_predict
        y = np.asarray(y)
        folds = min(self.cv, int(np.min(np.unique(y, return_counts=True)[1])))
        self.estimator_ = clone(self.estimator).fit(X, y)
        self.classes_ = self.estimator_.classes_
        self.temperature_ = 1.0
        if folds >= 2:
            scores = cross_val_predict(clone(self.estimator), X, y, method="decision_function",
                                       cv=StratifiedKFold(folds, shuffle=True, random_state=0))
            index = np.searchsorted(self.classes_, y)
            fit = minimize_scalar(lambda t: -np.mean(np.log(_softmax(scores / t)[np.arange(len(y)), index]
                                                             + 1e-12)),
                                  bounds=(0.05, 20.0), method="bounded")
            self.temperature_ = float(fit.x)
        return self

    def decision_function(self, X):
        check_is_fitted(self, "estimator_")
        return self.estimator_.decision_function(X)

    def predict(self, X):
        return self.estimator_.predict(X)

    def predict_proba(self, X):
        return _softmax(self.decision_function(X) / self.temperature_)


def _softmax(z: np.ndarray) -> np.ndarray:
    if z.ndim == 1:                                # two classes: one score column
        z = np.column_stack([-z / 2, z / 2])
    e = np.exp(z - z.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


def make_pipeline(lexicon: StanceLexicon, priors: dict[str, str], C: float = 6.0, speaker: bool = True):
    """The stance classifier: :class:`StanceFeatures` → logistic regression
    with balanced class weights, its confidence calibrated by
    :class:`TemperatureScaled`. ``speaker=False`` reads the text only
    (:class:`StanceFeatures`).

    ``C`` was chosen by grouped 5-fold cross-validation on the training
    documents only (the held-out ones left out), session 17: macro-F1 0.661
    (C=1), 0.666 (3, the value since the first model), 0.670 (6, better in
    all five folds), 0.668 (10), 0.667 (16).

    Not scikit-learn's ``CalibratedClassifierCV``: its sigmoid calibration,
    fitted one class against the rest, gave the rare classes (oppose,
    neutral) probabilities that almost never won the arg-max, so the
    calibrated model fell back on «support» and lost to the rules.
    Temperature scaling keeps the decisions and calibrates the confidence.
    """
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import Pipeline
    markers = {k: [s, [" ".join(p) for p in phrases], lexicon.scopes.get(k, "clause"),
                   lexicon.hedged.get(k, True)]
               for k, (s, phrases) in lexicon.markers.items()}
    return Pipeline([
        ("features", StanceFeatures(markers, priors, sorted(lexicon.negators), lexicon.window,
                                    lexicon.object_window, positive=sorted(lexicon.positive),
                                    negative=sorted(lexicon.negative), speaker=speaker)),
        ("model", TemperatureScaled(LogisticRegression(C=C, class_weight="balanced", max_iter=3000))),
    ])


def cue_priors(lexicons: str | None = None) -> dict[str, str]:
    return {e["lemma"]: e.get("polarity", "neutral") for e in load_cues(lexicons).entries if "lemma" in e}


def save_model(pipeline, path: str | Path) -> None:
    """Persist with skops (no pickle of untrusted files), deflate-compressed."""
    import zipfile
    import skops.io as sio
    sio.dump(pipeline, Path(path), compression=zipfile.ZIP_DEFLATED, compresslevel=9)


def load_model(path: str | Path):
    """Load a skops model, trusting only scikit-learn, numpy, scipy and our features.

    A file is read once per version of it (its path and modification time):
    every :class:`~discourse.Analyzer` built in a session shares the pipeline
    (loading the shipped one takes about a second), so do not fit it in place.
    """
    path = Path(path).resolve()
    return _load_model(path, path.stat().st_mtime_ns)


@functools.lru_cache(maxsize=4)
def _load_model(path: Path, mtime_ns: int):
    import skops.io as sio
    untrusted = sio.get_untrusted_types(file=path)
    allowed = [t for t in untrusted if t in TRUSTED_TYPES or t.startswith(("sklearn.", "numpy.", "scipy."))]
    unknown = sorted(set(untrusted) - set(allowed))
    if unknown:
        raise ValueError(f"{path}: model contains types that are not trusted: {unknown}")
    return sio.load(path, trusted=allowed)


def default_model_path() -> Path:
    return builtin_dir() / "models" / SHIPPED_MODELS["default"]


def consistent(proba: np.ndarray, keys: Sequence) -> np.ndarray:
    """Speaker consistency: an actor keeps one position on a claim within a
    document, so each example's class probabilities become the normalised
    geometric mean of its own and of the other examples' with the same key
    (the same actors and claim in one document; a key ``None``, an
    unresolved speaker, stands alone): own and others weigh one half each.
    Measured on held-out documents: +0.02 macro-F1 (``stance_report.json``);
    the geometric mean (not the product) keeps the confidence calibrated.

    Examples
    --------
    >>> p = np.array([[0.2, 0.3, 0.5], [0.1, 0.8, 0.1], [0.1, 0.8, 0.1]])
    >>> consistent(p, [("USA", "X"), ("USA", "X"), None]).argmax(axis=1).tolist()
    [1, 1, 1]
    """
    logp = np.log(np.clip(proba, 1e-9, 1.0))
    out = logp.copy()
    rows: dict = {}
    for i, key in enumerate(keys):
        if key is not None:
            rows.setdefault(key, []).append(i)
    for same in rows.values():
        if len(same) < 2:
            continue
        total = logp[same].sum(axis=0)
        for i in same:
            out[i] = (logp[i] + (total - logp[i]) / (len(same) - 1)) / 2
    return _softmax(out)


# ------------------------------------------------------------------- scorer

class StanceScorer:
    """Assigns stance and confidence to each claim of an attribution.

    Parameters
    ----------
    lexicon : StanceLexicon
    priors : dict
        ``{cue lemma: polarity}``.
    model : Pipeline, optional
        A fitted classifier; without one the rules answer.
    terms : dict, optional
        ``{claim id: keyword stem sequences}`` of the codebook in use, which
        make the rules claim-aware (without them they are claim-blind).
    """

    def __init__(self, lexicon: StanceLexicon, priors: dict[str, str], model=None,
                 terms: dict[str, Sequence[Sequence[str]]] | None = None):
        self.lexicon = lexicon
        self.priors = priors
        self.model = model
        self.terms = terms or {}

    @classmethod
    def load(cls, lexicons: str | None = None, model: str | None = "default",
             codebook: Sequence | None = None) -> "StanceScorer":
        """Rules from the lexicons, the codebook's keywords (``claims.yaml`` of
        ``lexicons``, or ``codebook``), and the model: ``"default"`` (the
        shipped one, if present), ``"text-only"`` (the shipped model that does
        not see who speaks), ``None`` (rules only) or a ``.skops`` path."""
        from .claims import load_codebook
        lexicon = load_stance_lexicon(lexicons)
        priors = cue_priors(lexicons)
        codebook = load_codebook(lexicons) if codebook is None else codebook
        pipeline = None
        if model in SHIPPED_MODELS:
            path = builtin_dir() / "models" / SHIPPED_MODELS[model]
            pipeline = load_model(path) if path.exists() else None
        elif model is not None:
            pipeline = load_model(model)
        return cls(lexicon, priors, pipeline, {c.id: c.keywords for c in codebook})

    def rule(self, content: str, claim: str, cue_lemma: str = "", negated: bool = False) -> tuple[str, float]:
        """The rules' stance toward ``claim`` for a content reported with a cue.

        Examples
        --------
        >>> scorer = StanceScorer.load(model=None)
        >>> scorer.rule("التقارير إذا تأكدت ستتطلب ردا دوليا", "RESPONSE", "قال")
        ('support', 0.7)
        """
        prior = self.priors.get(cue_lemma, "neutral")
        return rule_stance(content, prior, negated, self.lexicon, self.terms.get(claim, ()))

    def apply(self, a: Attribution) -> Attribution:
        """Stance and confidence for each claim of one attribution."""
        return self.apply_all([a])[0]

    def apply_all(self, attributions: Sequence[Attribution]) -> list[Attribution]:
        """Stance for every claim of a document's attributions, the classifier's
        claims in one batch (one model call per document, not per claim)."""
        known = self.model_claims()
        batch = [(k, c.claim, example(a, c.claim, self.terms.get(c.claim, ())))
                 for k, a in enumerate(attributions) for c in a.claims if c.claim in known]
        scored: dict[tuple[int, str], ClaimStance] = {}
        if batch:
            proba = consistent(self.model.predict_proba([x for _, _, x in batch]),
                               [speaker_key(x) for _, _, x in batch])
            for (k, claim, _), p in zip(batch, proba):
                best = int(np.argmax(p))
                scored[k, claim] = ClaimStance(claim, str(self.model.classes_[best]), float(p[best]))
        out = []
        for k, a in enumerate(attributions):
            if not a.claims:
                out.append(a)
                continue
            content = example(a, "")["content"]
            claims = [scored.get((k, c.claim)) or
                      ClaimStance(c.claim, *self.rule(content, c.claim, a.cue.lemma, a.negated))
                      for c in a.claims]
            out.append(replace(a, claims=self._without_conditions(claims, content)))
        return out

    def _without_conditions(self, claims: list[ClaimStance], content: str) -> tuple[ClaimStance, ...]:
        """A claim that only stands in the condition of what is said is not what is said:
        «التقارير إذا تأكدت فإنها تتطلب ردا دوليا» takes a side on RESPONSE, and
        the attack it is conditioned on (neutral) is dropped. Only when a
        condition marker is in the content and another claim has a side."""
        sided = [c for c in claims if c.stance != "neutral"]
        if not sided or len(sided) == len(claims):
            return tuple(claims)
        conditions = {k for k, (stance, _) in self.lexicon.markers.items()
                      if stance == "neutral" and k in CONDITION_MARKERS}
        if not conditions & set(marker_counts(content, self.lexicon)):
            return tuple(claims)
        return tuple(sided)

    def model_claims(self) -> frozenset[str]:
        """The claims the loaded classifier was trained on (it answers for these only)."""
        if self.model is None:
            return frozenset()
        return frozenset(getattr(self.model.named_steps["features"], "claims_", ()))
