"""Stance toward each claim: lexicon rules plus a small scikit-learn classifier.

How the two combine (documented contract):

1. The **rules** read the content for stance markers of ``stance.yaml``
   (denial, rejection, condition, investigation, condemnation, accusation,
   demand), flip a support marker that sits within ``negation_window`` words
   after a negator, and fall back on the cue's speech-act prior (``polarity``
   of ``cues.yaml``; a negated cue flips it). They give a stance and a fixed
   confidence.
2. The **classifier** (one scikit-learn ``Pipeline``: :class:`StanceFeatures`
   then a calibrated logistic regression) sees the content words, the cue
   lemma and speech act, the claim, negation, *and the rule outputs as
   features*, so it learns when to trust each rule. When a model is loaded its
   prediction and calibrated probability are the answer; without one
   (``model=None``) the rules answer alone.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Iterable, Sequence

import numpy as np
import yaml
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.utils.validation import check_is_fitted

from .errors import LexiconError
from .lexicons import builtin_dir, check_list, check_str, load_cues, merge
from .normalize import fold
from .records import STANCES, Attribution, ClaimStance

_WORD = re.compile(r"[^\W_]+")
RULE_CONFIDENCE = {"marker": 0.7, "prior": 0.55, "default": 0.4}
TRUSTED_TYPES = [
    "discourse.stance.StanceFeatures",
]


# ------------------------------------------------------------------- lexicon

@dataclass(frozen=True)
class StanceLexicon:
    """Folded stance markers: id → (stance, word tuples); negators; window."""

    markers: dict[str, tuple[str, tuple[tuple[str, ...], ...]]]
    negators: frozenset[str]
    window: int = 3


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
    negators = list(data.get("negators") or [])
    window = data.get("negation_window", 3)
    if user_dir and (Path(user_dir) / "stance.yaml").exists():
        upath = Path(user_dir) / "stance.yaml"
        user = _read(upath)
        _validate(upath, user.get("markers") or [])
        entries = merge(entries, user.get("markers") or [])
        negators += list(user.get("negators") or [])
        window = user.get("negation_window", window)
        path = upath
    _validate(path, entries)
    markers = {e["id"]: (e["stance"], tuple(tuple(_strip(w) for w in fold(x).split()) for x in e["words"]))
               for e in entries}
    return StanceLexicon(markers, frozenset(_strip(fold(n)) for n in negators), int(window))


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


# --------------------------------------------------------------------- rules

def marker_counts(text: str, lexicon: StanceLexicon) -> dict[str, int]:
    """How often each marker occurs in ``text``; support markers under negation
    count as ``negated_<id>``."""
    words = [_strip(fold(w)) for w in _WORD.findall(text)]
    counts: dict[str, int] = {}
    for mid, (stance, phrases) in lexicon.markers.items():
        for phrase in phrases:
            n = len(phrase)
            for i in range(len(words) - n + 1):
                if tuple(words[i:i + n]) == phrase:
                    negated = any(w in lexicon.negators for w in words[max(0, i - lexicon.window):i])
                    key = f"negated_{mid}" if negated and stance == "support" else mid
                    counts[key] = counts.get(key, 0) + 1
    return counts


def rule_stance(content: str, prior: str, negated: bool, lexicon: StanceLexicon) -> tuple[str, float]:
    """The lexicon rules' stance and confidence for one content."""
    counts = marker_counts(content, lexicon)
    votes = {"support": 0, "oppose": 0, "neutral": 0}
    for key, c in counts.items():
        if key.startswith("negated_"):
            votes["oppose"] += c
        else:
            votes[lexicon.markers[key][0]] += c
    if negated and prior != "neutral":
        prior = "oppose" if prior == "support" else "support"
    if votes["neutral"] and votes["neutral"] >= votes["oppose"]:
        return "neutral", RULE_CONFIDENCE["marker"]
    if votes["oppose"] > votes["support"]:
        return "oppose", RULE_CONFIDENCE["marker"]
    if prior != "neutral":
        return prior, RULE_CONFIDENCE["prior"]
    if votes["support"]:
        return "support", RULE_CONFIDENCE["marker"]
    return "support", RULE_CONFIDENCE["default"]


# ---------------------------------------------------------------- classifier

def example(a: Attribution, claim: str) -> dict:
    """The classifier's input for one (attribution, claim) pair."""
    content = a.content.text if a.content else (a.sentence_span.text if a.sentence_span else "")
    return {"content": content, "cue": a.cue.lemma, "speech_act": a.speech_act,
            "negated": a.negated, "claim": claim, "kind": a.cue.kind}


class StanceFeatures(TransformerMixin, BaseEstimator):
    """Features of (attribution, claim) examples: content words and character
    n-grams (TF-IDF over folded text), cue lemma, speech act, claim, negation,
    the rule markers found and the rules' decision.

    Parameters
    ----------
    markers : dict
        ``{marker_id: [stance, [words ...]]}`` as in ``stance.yaml`` (stored
        unchanged; JSON-serialisable so the model persists without pickle).
    priors : dict
        ``{cue lemma: polarity}`` from the cue lexicon.
    """

    def __init__(self, markers: dict | None = None, priors: dict | None = None,
                 negators: Sequence[str] = (), window: int = 3):
        self.markers = markers
        self.priors = priors
        self.negators = negators
        self.window = window

    def _lexicon(self) -> StanceLexicon:
        m = {k: (v[0], tuple(tuple(w.split()) for w in v[1])) for k, v in (self.markers or {}).items()}
        return StanceLexicon(m, frozenset(self.negators), self.window)

    def _dicts(self, X) -> list[dict]:
        lex = self._lexicon()
        out = []
        for x in X:
            prior = (self.priors or {}).get(x["cue"], "neutral")
            rule, _ = rule_stance(x["content"], prior, x["negated"], lex)
            d = {f"cue={x['cue']}": 1, f"act={x['speech_act']}": 1, f"claim={x['claim']}": 1,
                 f"kind={x.get('kind', '')}": 1, f"rule={rule}": 1, f"prior={prior}": 1,
                 "negated": int(bool(x["negated"]))}
            for k, c in marker_counts(x["content"], lex).items():
                d[f"marker={k}"] = min(c, 3)
            out.append(d)
        return out

    def fit(self, X, y=None):
        from sklearn.feature_extraction import DictVectorizer
        from sklearn.feature_extraction.text import TfidfVectorizer
        X = list(X)
        self.words_ = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True)
        self.chars_ = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), min_df=3,
                                      sublinear_tf=True, max_features=20000)
        texts = [fold(x["content"]) for x in X]
        self.words_.fit(texts)
        self.chars_.fit(texts)
        self.dicts_ = DictVectorizer().fit(self._dicts(X))
        return self

    def transform(self, X):
        from scipy.sparse import hstack
        check_is_fitted(self, "dicts_")
        X = list(X)
        texts = [fold(x["content"]) for x in X]
        return hstack([self.words_.transform(texts), self.chars_.transform(texts),
                       self.dicts_.transform(self._dicts(X)) * 2.0]).tocsr()


def make_pipeline(lexicon: StanceLexicon, priors: dict[str, str], C: float = 2.0):
    """The stance classifier: :class:`StanceFeatures` → calibrated logistic regression."""
    from sklearn.calibration import CalibratedClassifierCV
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import Pipeline
    markers = {k: [s, [" ".join(p) for p in phrases]] for k, (s, phrases) in lexicon.markers.items()}
    return Pipeline([
        ("features", StanceFeatures(markers, priors, sorted(lexicon.negators), lexicon.window)),
        ("model", CalibratedClassifierCV(
            LogisticRegression(C=C, class_weight="balanced", max_iter=2000),
            method="sigmoid", cv=3)),
    ])


def cue_priors(lexicons: str | None = None) -> dict[str, str]:
    return {e["lemma"]: e.get("polarity", "neutral") for e in load_cues(lexicons).entries if "lemma" in e}


def save_model(pipeline, path: str | Path) -> None:
    """Persist with skops (no pickle of untrusted files)."""
    import skops.io as sio
    sio.dump(pipeline, Path(path))


def load_model(path: str | Path):
    """Load a skops model, trusting only scikit-learn, numpy, scipy and our features."""
    import skops.io as sio
    untrusted = sio.get_untrusted_types(file=Path(path))
    allowed = [t for t in untrusted if t in TRUSTED_TYPES or t.startswith(("sklearn.", "numpy.", "scipy."))]
    unknown = sorted(set(untrusted) - set(allowed))
    if unknown:
        raise ValueError(f"{path}: model contains types that are not trusted: {unknown}")
    return sio.load(Path(path), trusted=allowed)


def default_model_path() -> Path:
    return builtin_dir() / "models" / "stance.skops"


# ------------------------------------------------------------------- scorer

class StanceScorer:
    """Assigns stance and confidence to each claim of an attribution."""

    def __init__(self, lexicon: StanceLexicon, priors: dict[str, str], model=None):
        self.lexicon = lexicon
        self.priors = priors
        self.model = model

    @classmethod
    def load(cls, lexicons: str | None = None, model: str | None = "default") -> "StanceScorer":
        lexicon = load_stance_lexicon(lexicons)
        priors = cue_priors(lexicons)
        pipeline = None
        if model == "default":
            path = default_model_path()
            pipeline = load_model(path) if path.exists() else None
        elif model is not None:
            pipeline = load_model(model)
        return cls(lexicon, priors, pipeline)

    def apply(self, a: Attribution) -> Attribution:
        if not a.claims:
            return a
        xs = [example(a, c.claim) for c in a.claims]
        if self.model is not None:
            proba = self.model.predict_proba(xs)
            classes = list(self.model.classes_)
            claims = tuple(ClaimStance(c.claim, classes[int(np.argmax(p))], float(np.max(p)))
                           for c, p in zip(a.claims, proba))
        else:
            prior = self.priors.get(a.cue.lemma, "neutral")
            claims = tuple(ClaimStance(c.claim, *rule_stance(x["content"], prior, a.negated, self.lexicon))
                           for c, x in zip(a.claims, xs))
        return replace(a, claims=claims)
