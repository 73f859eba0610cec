"""Stance rules (per claim, seed codebook), the classifier and its training."""
from __future__ import annotations

import json

import numpy as np
import pytest

from discourse.stance import StanceScorer, load_model, load_stance_lexicon
from conftest import DATA


@pytest.fixture(scope="module")
def scorer() -> StanceScorer:
    """Rules only, with the seed codebook's keywords (claim-aware)."""
    return StanceScorer.load(model=None)


def _stance(scorer, content, claim, cue):
    return scorer.rule(content, claim, cue)[0]


# The issue's three sentences, each toward every claim it mentions.
@pytest.mark.parametrize("content, cue, claim, expected", [
    # «وندد نظيرها الروسي ... بما اعتبره "حملة لاتهام الحكومة السورية"»: condemning the
    # accusation opposes the claim, although «ندد» is a support cue.
    ("\"حملة لاتهام الحكومة السورية\" بهجمات \"لم تُعرف الجهة التي تقف وراءها\"",
     "ندد", "CW_ATTACKS", "oppose"),
    # a condition hedges the attack, but the demand it carries still supports a response
    ("\"التقارير عن سقوط ضحايا بأعداد كبيرة في هجوم كيماوي في دوما بالغوطة الشرقية في سوريا "
     "مروعة وإنها إذا تأكدت فإنها تتطلب ردا دوليا\"", "قال", "RESPONSE", "support"),
    ("\"التقارير عن سقوط ضحايا بأعداد كبيرة في هجوم كيماوي في دوما بالغوطة الشرقية في سوريا "
     "مروعة وإنها إذا تأكدت فإنها تتطلب ردا دوليا\"", "قال", "CW_ATTACKS", "neutral"),
    ("التقارير إذا تأكدت ستتطلب رداً دولياً فورياً", "قال", "RESPONSE", "support"),
    # studying the reports is neutral, even on a support cue («أكد»)
    ("تأخذ بعين الاعتبار الأنباء “المقلقة” عن استخدام قوات الأسد أسلحة كيميائية",
     "قال", "CW_ATTACKS", "neutral"),
    ("على ضرورة دراسة هذه المعلومات", "أكد", "CW_ATTACKS", "neutral"),
])
def test_issue_sentences(scorer, content, cue, claim, expected):
    assert _stance(scorer, content, claim, cue) == expected


# One table per rule: sentences where the rule fires, and near misses where it must not.
@pytest.mark.parametrize("content, cue, claim, expected", [
    # denial (clause marker): oppose
    ("تقارير هجوم الغاز بسوريا زائفة ومحاولة لحماية \"الإرهابيين وتبرير الاستخدام الخارجي للقوة\"",
     "قال", "CW_ATTACKS", "oppose"),
    ("الاتهامات باستخدام السلاح الكيماوي في دوما مفبركة", "قال", "CW_ATTACKS", "oppose"),
    # ... negatives: an assertion of the attack is not a denial
    ("\"هناك أدلة واضحة\" على أن النظام السوري استخدم الأسلحة الكيماوية", "قال", "CW_ATTACKS", "support"),
    ("النظام السوري يقف وراء هجمات كيماوية في الغوطة وخان شيخون", "أكد", "CW_ATTACKS", "support"),
])
def test_denial(scorer, content, cue, claim, expected):
    assert _stance(scorer, content, claim, cue) == expected


@pytest.mark.parametrize("content, cue, claim, expected", [
    # rejection (clause marker): warning against a response opposes it
    ("من أي تحرك يستهدف النظام السوري", "حذر", "RESPONSE", "oppose"),
    # ... negative: a call for action is not a rejection
    ("المجتمع الدولي يجب أن يتحرك لمحاسبة النظام السوري", "قال", "RESPONSE", "support"),
])
def test_rejection(scorer, content, cue, claim, expected):
    assert _stance(scorer, content, claim, cue) == expected


@pytest.mark.parametrize("content, cue, claim, expected", [
    # condition (clause hedge): neutral toward the fact
    ("قوات بلادهم وحلفائها تدرس الرد وبقوة على نظام الأسد في حال تأكد استخدامه للسلاح الكيماوي فعلاً",
     "أكد", "CW_ATTACKS", "neutral"),
    # ... but the demand aimed at the response survives the hedge
    ("قوات بلادهم وحلفائها تدرس الرد وبقوة على نظام الأسد في حال تأكد استخدامه للسلاح الكيماوي فعلاً",
     "أكد", "RESPONSE", "support"),
    # ... negative: no condition, the same accusation supports
    ("قوات النظام استخدمت السلاح الكيماوي في دوما", "أكد", "CW_ATTACKS", "support"),
])
def test_condition(scorer, content, cue, claim, expected):
    assert _stance(scorer, content, claim, cue) == expected


@pytest.mark.parametrize("content, cue, claim, expected", [
    # no comment and wait-and-see: neutral toward the claim mentioned
    ("من السابق لأوانه الحكم على ما إذا كان النظام استخدم السلاح الكيماوي", "قال", "CW_ATTACKS", "neutral"),
    ("الوزارة امتنعت عن التعليق على تقارير الهجوم الكيماوي", "قال", "CW_ATTACKS", "neutral"),
    # negative: the same claim asserted
    ("النظام استخدم السلاح الكيماوي في دوما", "قال", "CW_ATTACKS", "support"),
])
def test_no_comment(scorer, content, cue, claim, expected):
    assert _stance(scorer, content, claim, cue) == expected


@pytest.mark.parametrize("content, cue, claim, expected", [
    # demand (object marker): supports the claim it targets, and only that one
    ("يجب نبذ ومحاسبة النظام السوري ومن يدعمه", "شدد", "RESPONSE", "support"),
    ("\"هذه التقارير مروعة وتتطلب ردا فوريا من المجتمع الدولي إذا تأكدت\"", "قال", "RESPONSE", "support"),
    # ... negated demand: oppose
    ("لا يجب الرد على النظام السوري بضربة عسكرية", "قال", "RESPONSE", "oppose"),
    # ... negative: the demand targets RESPONSE, not the attack, which the condition hedges
    ("\"الهجوم الكيماوي إذا تأكد يتطلب ردا دوليا\"", "قال", "CW_ATTACKS", "neutral"),
])
def test_demand(scorer, content, cue, claim, expected):
    assert _stance(scorer, content, claim, cue) == expected


@pytest.mark.parametrize("content, cue, claim, expected", [
    # accusation (object marker): supports the claim its object names
    ("باستخدام الأسلحة الكيميائية في سوريا", "ندد", "CW_ATTACKS", "support"),
    ("قوات النظام نفذت 184 هجوماً كيماوياً على مناطق سورية منذ عام 2012", "ذكر", "CW_ATTACKS", "support"),
    # ... negative: «الاستخدام الخارجي للقوة» is not about the claim, and a denial is there
    ("تقارير هجوم الغاز زائفة وتبرير الاستخدام الخارجي للقوة", "قال", "CW_ATTACKS", "oppose"),
])
def test_accusation(scorer, content, cue, claim, expected):
    assert _stance(scorer, content, claim, cue) == expected


@pytest.mark.parametrize("content, cue, negated, expected", [
    # no marker: the cue's prior, flipped by a negated cue
    ("ذلك", "نفى", False, "oppose"),
    ("ذلك", "نفى", True, "support"),
])
def test_cue_prior(scorer, content, cue, negated, expected):
    assert scorer.rule(content, "CW_ATTACKS", cue, negated)[0] == expected


def test_claim_blind_without_keywords():
    """Without the claim's keywords every marker bears on the claim (the old behaviour)."""
    from discourse.stance import cue_priors
    scorer = StanceScorer(load_stance_lexicon(), cue_priors(), terms={})
    assert scorer.rule("التقارير إذا تأكدت ستتطلب ردا دوليا", "RESPONSE", "قال")[0] == "neutral"


def test_bad_scope_is_named(tmp_path):
    from discourse.errors import LexiconError
    (tmp_path / "stance.yaml").write_text(
        "markers:\n  - id: demand\n    stance: support\n    scope: sentence\n    words: [يجب]\n",
        encoding="utf-8")
    with pytest.raises(LexiconError, match="scope"):
        load_stance_lexicon(tmp_path)


@pytest.mark.parametrize("section, field", [
    ("evaluation: [خطير]\n", "evaluation"),
    ("evaluation:\n  good: [جيد]\n", "good"),
    ("evaluation:\n  negative: 3\n", "negative"),
])
def test_bad_evaluation_section_is_named(tmp_path, section, field):
    from discourse.errors import LexiconError
    (tmp_path / "stance.yaml").write_text(section, encoding="utf-8")
    with pytest.raises(LexiconError, match=field):
        load_stance_lexicon(tmp_path)


def test_user_evaluation_words_extend_the_builtin(tmp_path):
    from discourse.claims import stem
    (tmp_path / "stance.yaml").write_text("evaluation:\n  negative: [مشؤوم]\n", encoding="utf-8")
    lexicon = load_stance_lexicon(tmp_path)
    assert stem("مشؤوم") in lexicon.negative and stem("كارثة") in lexicon.negative
    assert stem("مشؤوم") not in load_stance_lexicon().negative


@pytest.mark.parametrize("content, claim, expected, absent", [
    # a negative word next to the claim's keyword, per claim; a negator flips it
    ("الاتفاق النووي خطأ تاريخي", "IRAN_DEAL", {"neg_near", "IRAN_DEAL|neg_near"}, set()),
    ("الاتفاق النووي ليس خطأ", "IRAN_DEAL", {"pos_near"}, {"neg_near"}),
    # far from the keyword it counts as far
    ("الاتفاق النووي وقع في فيينا بعد مفاوضات طويلة استمرت عدة أشهر بين الوفود وكانت الأجواء "
     "في العاصمة النمساوية هادئة رغم كل الخلافات السابقة بين الأطراف ثم حدث خطأ", "IRAN_DEAL",
     {"neg_far"}, {"neg_near"}),
    ("الاتفاق النووي وقع في فيينا", "IRAN_DEAL", set(), {"neg_near", "pos_near", "neg_far"}),
])
def test_evaluative_words_near_the_claim(content, claim, expected, absent):
    from discourse.stance import make_pipeline
    from discourse.claims import load_codebook
    from discourse.lexicons import builtin_dir
    terms = {c.id: [list(k) for k in c.keywords]
             for c in load_codebook(None, builtin_dir() / "codebooks" / "saudinewsnet.yaml")}
    features = make_pipeline(load_stance_lexicon(), {}).named_steps["features"]
    found = features._evaluations({"content": content, "claim": claim, "terms": terms[claim]})
    assert expected <= set(found) and not (absent & set(found))


# ------------------------------------------------------------------- model

def test_shipped_report_compares_with_both_baselines():
    from discourse.lexicons import builtin_dir
    report = json.loads((builtin_dir() / "models" / "stance_report.json").read_text(encoding="utf-8"))
    held = report["held_out"]
    for key in ("classifier_macro_f1", "lexicon_only_macro_f1", "cue_only_macro_f1", "per_class_f1",
                "classifier_text_only_macro_f1", "classifier_gold_actors_macro_f1"):
        assert key in held
    low, high = held["classifier_macro_f1_ci95"]
    assert low <= held["classifier_macro_f1"] <= high
    assert report["speaker_features"] is True
    assert {"cv_macro_f1_text_only", "cv_macro_f1_gold_actors"} <= set(report)
    assert (builtin_dir() / "models" / "stance_text.skops").exists()
    model = builtin_dir() / "models" / "stance.skops"
    if held["classifier_macro_f1"] > max(held["lexicon_only_macro_f1"], held["cue_only_macro_f1"]):
        assert model.exists() and model.stat().st_size < 2_000_000


def test_train_and_least_confident(tmp_path, snn_documents):
    """`discourse train` on one gold file writes a skops model that loads with
    trusted types only, answers for the claims it was trained on, and ranks
    attributions for labelling."""
    from discourse import Analyzer
    from discourse.cli import main
    from discourse.io import read_gold
    from discourse.training import least_confident
    gold = DATA / "snn_train_2.jsonl"
    docs = sorted({g["doc"] for g in read_gold(gold)})
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps({"id": d, "text": snn_documents[d].text}, ensure_ascii=False) + "\n"
                              for d in docs), encoding="utf-8")
    lexicons = tmp_path / "lex"
    lexicons.mkdir()
    (lexicons / "claims.yaml").write_text(
        (DATA.parent.parent / "lexicons" / "codebooks" / "saudinewsnet.yaml").read_text(encoding="utf-8"),
        encoding="utf-8")
    out = tmp_path / "stance.skops"
    assert main(["train", str(gold), "--corpus", str(corpus), "--lexicons", str(lexicons),
                 "--out", str(out)]) == 0
    assert out.stat().st_size < 2_000_000
    model = load_model(out)
    assert set(model.classes_) <= {"support", "oppose", "neutral"}
    analyzer = Analyzer(lexicons, model=out)
    assert analyzer.stance.model_claims()
    records = [a for d in docs[:4] for a in analyzer.analyze(snn_documents[d].text, d)]
    ranked = least_confident(records, n=5)
    assert 0 < len(ranked) <= 5
    confidence = [min(c.confidence for c in a.claims) for a in ranked]
    assert confidence == sorted(confidence)
    assert all(0.0 < c <= 1.0 for c in confidence)



# ------------------------------------------------------------- who speaks

def _attribution(content: str, claim: str, actors: tuple[str, ...]):
    from discourse.records import Attribution, ClaimStance, Cue, Span
    return Attribution(doc="d", sentence=0, cue=Cue("قال", 0, 3, "verb", "قال"), source=None,
                       content=Span(content, 4, 4 + len(content)), mode="indirect", speech_act="say",
                       actors=actors, claims=(ClaimStance(claim, "neutral", 0.0),))


@pytest.mark.parametrize("speaker, actors, present, absent", [
    (True, ("ISR",), {"actor=ISR", "ISRAEL_VIOLATIONS|actor=ISR"}, {"actor=none"}),
    (True, ("USA", "GBR"), {"actor=USA", "actor=GBR", "ISRAEL_VIOLATIONS|actor=GBR"}, {"actor=none"}),
    (True, (), {"actor=none", "ISRAEL_VIOLATIONS|actor=none"}, {"actor=ISR"}),
    # negative: the text-only features never see who speaks
    (False, ("ISR",), set(), {"actor=ISR", "ISRAEL_VIOLATIONS|actor=ISR", "actor=none"}),
])
def test_speaker_features(speaker, actors, present, absent):
    from discourse.stance import StanceFeatures, example
    x = example(_attribution("الجنود تعرضوا للرشق بالحجارة خلال عملية اعتقال في القرية",
                             "ISRAEL_VIOLATIONS", actors), "ISRAEL_VIOLATIONS")
    features = StanceFeatures(speaker=speaker).fit([x, x])     # the TF-IDF keeps words of two examples
    names = set(features.dicts_.feature_names_)
    assert present <= names and not (absent & names)


@pytest.fixture(scope="module")
def snn_codebook():
    from discourse.claims import load_codebook
    from discourse.lexicons import builtin_dir
    return load_codebook(None, builtin_dir() / "codebooks" / "saudinewsnet.yaml")


def test_the_shipped_model_reads_who_speaks(snn_codebook):
    """An army's account of a raid opposes the claim that it violates rights,
    more surely from the army's state than from the other side; a plain
    account of a raid on al-Aqsa from the Palestinian side supports it."""
    scorer = StanceScorer.load(model="default", codebook=snn_codebook)
    raid = "الجنود تعرضوا للرشق بالحجارة خلال عملية اعتقال مطلوبين في القرية واضطروا لإطلاق النار"
    israeli = scorer.apply(_attribution(raid, "ISRAEL_VIOLATIONS", ("ISR",))).claims[0]
    palestinian = scorer.apply(_attribution(raid, "ISRAEL_VIOLATIONS", ("PSE",))).claims[0]
    assert israeli.stance == "oppose" and israeli.confidence > palestinian.confidence
    storming = "قوات الاحتلال اقتحمت المسجد الأقصى واعتدت على المصلين"
    assert scorer.apply(_attribution(storming, "ISRAEL_VIOLATIONS", ("PSE",))).claims[0].stance == "support"


def test_the_text_only_model_is_blind_to_who_speaks(snn_codebook):
    from discourse import Analyzer
    scorer = StanceScorer.load(model="text-only", codebook=snn_codebook)
    raid = "الجنود تعرضوا للرشق بالحجارة خلال عملية اعتقال مطلوبين في القرية واضطروا لإطلاق النار"
    answers = {scorer.apply(_attribution(raid, "ISRAEL_VIOLATIONS", actors)).claims[0]
               for actors in [("ISR",), ("PSE",), ()]}
    assert len(answers) == 1
    assert Analyzer(model="text-only").stance.model_claims() == Analyzer().stance.model_claims()


def test_training_examples_carry_the_resolved_and_the_gold_actors():
    from discourse.training import examples_from_gold, resolved_speakers
    text = ("قال وزير الخارجية الروسي سيرغي لافروف إن الهجوم الكيماوي في دوما مفبرك. "
            "وأكد باحث مستقل أن الهجوم الكيماوي وقع.")
    speakers = resolved_speakers({"d1": text})
    assert speakers == {("d1", 0): ("RUS",), ("d1", text.index("وأكد")): ()}
    gold = [{"doc": "d1", "cue": "قال", "cue_start": 0, "actors": ["RUS"], "content_head": "الهجوم الكيماوي",
             "claims": [["CW_ATTACKS", "oppose"]]},
            {"doc": "d1", "cue": "وأكد", "cue_start": text.index("وأكد"), "actors": ["XXX"],
             "content_head": "الهجوم الكيماوي وقع", "claims": [["CW_ATTACKS", "support"]]},
            {"doc": "d1", "cue": "قال", "cue_start": 5, "actors": ["USA"],        # a cue the analyzer does not find
             "content_head": None, "claims": [["CW_ATTACKS", "neutral"]]}]
    X, y, _ = examples_from_gold(gold, {"d1": text}, speakers=speakers)
    assert [x["actors"] for x in X] == [("RUS",), (), ()]
    assert [x["gold_actors"] for x in X] == [("RUS",), ("XXX",), ("USA",)]
    assert y == ["oppose", "support", "neutral"]
    X, _, _ = examples_from_gold(gold, {"d1": text})          # without the analyzer's: the gold ones
    assert [x["actors"] for x in X] == [("RUS",), ("XXX",), ("USA",)]

@pytest.mark.parametrize("doc, cue_start, expected", [
    # «وندد نظيرها الروسي، فاسيلي نبينزيا، بما اعتبره "حملة لاتهام الحكومة السورية"»
    ("004_00fe2e4262b66faa", 1176, {("CW_ATTACKS", "oppose")}),
    # «... مروعة وإنها إذا تأكدت فإنها تتطلب ردا دوليا»: a statement about the response;
    # the attack it is conditioned on is not coded (as in the seed gold)
    ("003_3cd19feb69146486", 2646, {("RESPONSE", "support")}),
    # «قالت وزارة الخارجية الفرنسية إنها تأخذ بعين الاعتبار الأنباء ...» and «مؤكدة على ضرورة دراسة هذه المعلومات»
    ("002_1d0a823d02795949", 1183, {("CW_ATTACKS", "neutral")}),
    ("002_1d0a823d02795949", 1306, {("CW_ATTACKS", "neutral")}),
    # negative: «وقالت وزارة الخارجية الروسية بأن تقارير هجوم الغاز بسوريا زائفة» is no support
    ("003_3cd19feb69146486", 2984, {("CW_ATTACKS", "oppose")}),
])
def test_issue_sentences_in_their_articles(analyzer, seeds_dir, doc, cue_start, expected):
    text = (seeds_dir / f"{doc}.txt").read_text(encoding="utf-8")
    found = [a for a in analyzer.analyze(text, doc) if a.cue.start <= cue_start < a.cue.end]
    assert len(found) == 1
    assert {(c.claim, c.stance) for c in found[0].claims} == expected


def test_temperature_scaling_keeps_the_decisions_and_calibrates_the_confidence():
    from sklearn.datasets import make_classification
    from sklearn.linear_model import LogisticRegression
    from discourse.stance import TemperatureScaled
    X, y = make_classification(n_samples=600, n_features=20, n_informative=5, n_classes=3,
                               flip_y=0.2, random_state=0)
    labels = np.array(["neutral", "oppose", "support"])[y]
    base = LogisticRegression(C=100.0, class_weight="balanced", max_iter=3000).fit(X, labels)
    scaled = TemperatureScaled(LogisticRegression(C=100.0, class_weight="balanced", max_iter=3000)).fit(X, labels)
    assert (scaled.predict(X) == base.predict(X)).all()
    proba = scaled.predict_proba(X)
    assert np.allclose(proba.sum(axis=1), 1.0)
    assert (scaled.classes_[proba.argmax(axis=1)] == base.predict(X)).all()
    assert scaled.temperature_ > 1.0          # an over-confident model (weak regularisation) is cooled


@pytest.mark.parametrize("proba, truth, expected", [
    ([[0.9, 0.1], [0.9, 0.1]], ["a", "a"], 0.1),     # 90 % confident, always right
    ([[0.6, 0.4], [0.6, 0.4]], ["a", "b"], 0.1),     # 60 % confident, right half the time
    ([[1.0, 0.0], [0.0, 1.0]], ["a", "b"], 0.0),     # certain and right
])
def test_calibration_error(proba, truth, expected):
    from discourse.training import calibration_error
    assert calibration_error(truth, np.array(proba), ["a", "b"]) == pytest.approx(expected)


@pytest.mark.parametrize("content, claims, expected", [
    # a condition on the attack, a side on the response: only the response is said
    ("التقارير إذا تأكدت ستتطلب ردا دوليا فوريا", ("CW_ATTACKS", "RESPONSE"), {"RESPONSE"}),
    ("قوات بلادهم تدرس الرد وبقوة على نظام الأسد في حال تأكد استخدامه للسلاح الكيماوي فعلا",
     ("CW_ATTACKS", "RESPONSE"), {"RESPONSE"}),
    # negatives: no condition, or nothing with a side, keeps every claim
    ("النظام السوري استخدم السلاح الكيماوي في دوما ويجب الرد عليه", ("CW_ATTACKS", "RESPONSE"),
     {"CW_ATTACKS", "RESPONSE"}),
    ("التقارير عن هجوم كيماوي إذا تأكدت تستدعي الدراسة", ("CW_ATTACKS",), {"CW_ATTACKS"}),
])
def test_a_claim_only_in_the_condition_is_dropped(content, claims, expected):
    from discourse.records import Attribution, ClaimStance, Cue, Span
    scorer = StanceScorer.load(model=None)
    a = Attribution(doc="d", sentence=0, cue=Cue("قالت", 0, 4, "verb", "قال"), source=None,
                    content=Span(content, 5, 5 + len(content)), mode="indirect", speech_act="say",
                    claims=tuple(ClaimStance(c, "neutral", 0.0) for c in claims))
    assert {c.claim for c in scorer.apply(a).claims} == expected


# ------------------------------------------------------ speaker consistency

def test_consistency_combines_one_actor_on_one_claim():
    from discourse.stance import consistent
    p = np.array([[0.30, 0.25, 0.45],     # USA on X: leans support alone
                  [0.10, 0.80, 0.10],     # USA on X again: clearly oppose
                  [0.30, 0.25, 0.45],     # RUS on X: alone, unchanged
                  [0.30, 0.25, 0.45]])    # unresolved speaker: alone, unchanged
    q = consistent(p, [("USA", "X"), ("USA", "X"), ("RUS", "X"), None])
    assert q.argmax(axis=1).tolist() == [1, 1, 2, 2]
    assert np.allclose(q[2:], p[2:]) and np.allclose(q.sum(axis=1), 1.0)


class _FixedModel:
    """A stand-in classifier with fixed probabilities per content word (classes
    neutral, oppose, support), to see which examples apply_all combines."""
    classes_ = np.array(["neutral", "oppose", "support"])

    def __init__(self, claims):
        self.named_steps = {"features": type("F", (), {"claims_": claims})()}

    def predict_proba(self, X):
        return np.array([[0.1, 0.8, 0.1] if "أكاذيب" in x["content"] else [0.3, 0.25, 0.45] for x in X])


def test_apply_all_keeps_an_actor_consistent_within_a_document():
    from discourse import Analyzer
    from discourse.stance import StanceScorer
    analyzer = Analyzer(model=None)
    text = ("قال وزير الخارجية الروسي سيرغي لافروف إن التقارير عن الهجوم الكيماوي أكاذيب. "
            "وأضاف لافروف أن الهجوم الكيماوي في دوما يحتاج إلى تحقيق. "
            "وقال باحث مستقل إن الهجوم الكيماوي في دوما يحتاج إلى تحقيق.")
    records = analyzer.analyze(text)
    assert [list(a.actors) for a in records] == [["RUS"], ["RUS"], []]
    assert all({c.claim for c in a.claims} == {"CW_ATTACKS"} for a in records)
    scorer = StanceScorer(analyzer.stance.lexicon, analyzer.stance.priors, _FixedModel(["CW_ATTACKS"]),
                          analyzer.stance.terms)
    stances = [a.claims[0].stance for a in scorer.apply_all(records)]
    assert stances == ["oppose", "oppose", "support"]   # the researcher stands alone


@pytest.mark.parametrize("text, expected", [
    # the words between cue and content: how the speaker frames what follows
    ("وندد المندوب الروسي بما اعتبره حملة لاتهام الحكومة السورية.", " المندوب الروسي "),
    ("وقال وزير الخارجية الفرنسي إن الهجوم مروع.", " وزير الخارجية الفرنسي إن "),
    ("«الهجوم مروع» قال الوزير.", ""),                  # negative: the content comes first
])
def test_bridge(analyzer, text, expected):
    from discourse.stance import bridge
    a = analyzer.analyze(text)[0]
    assert bridge(a) == expected
    if expected:
        assert text[a.cue.end:a.content.start] == expected


# ------------------------------------------------------------- held-out split

def test_fixed_held_out_split_keeps_its_documents_when_data_is_added():
    from discourse.training import held_out_split
    groups = ["a", "a", "b", "c", "c", "d"]
    tr, te = held_out_split(groups, test_docs=["b", "c"])
    assert te == [2, 3, 4] and tr == [0, 1, 5]
    tr, te = held_out_split(groups + ["e", "f"], test_docs=["b", "c"])
    assert te == [2, 3, 4] and tr == [0, 1, 5, 6, 7]


def test_shipped_held_out_documents_are_the_first_annotated_ones():
    from discourse.io import read_gold
    held = (DATA / "stance_heldout.docs.txt").read_text(encoding="utf-8").split()
    first = {g["doc"] for k in range(1, 24) for g in read_gold(DATA / f"snn_train_{k}.jsonl")}
    assert len(held) == len(set(held)) == 97 and set(held) <= first
    report = json.loads((DATA.parent.parent / "lexicons" / "models" / "stance_report.json").read_text(encoding="utf-8"))
    assert report["held_out"]["test_documents"] == 97


def test_held_out_documents_must_be_in_the_gold(tmp_path, snn_documents):
    from discourse.training import train_from_gold
    gold = DATA / "snn_train_2.jsonl"
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps({"id": d, "text": t.text}, ensure_ascii=False) + "\n"
                              for d, t in snn_documents.items()), encoding="utf-8")
    with pytest.raises(ValueError, match=r"held-out document\(s\) have no gold example: \['2015-01-01:1'\]"):
        train_from_gold([gold], [corpus], out=tmp_path / "m.skops", held_out=["2015-01-01:1"],
                        codebook=DATA.parent.parent / "lexicons" / "codebooks" / "saudinewsnet.yaml")


REJECTIONS = ["وقال المتحدث إن الحكومة ترفض الاتفاق رفضا قاطعا",
              "وأكد الوزير أن بلاده يرفض شعبها هذه المزاعم",
              "وأعلنت الحركة رفضها الكامل للمبادرة الأمريكية",
              "وجدد الحزب موقفه الرافض للتدخل الأجنبي"]


def _fitted_features(contents, **kw):
    from discourse.stance import StanceFeatures, example
    X = [example(_attribution(c, "IRAN_DEAL", ()), "IRAN_DEAL") for c in contents]
    return StanceFeatures(**kw).fit(X), X


def test_character_ngrams_see_one_root_across_stems():
    """«ترفض», «يرفض», «رفضها» and «الرافض» are four light stems to the word
    view and share the n-gram «فض» in the character view; a content without
    the root has none of it."""
    features, X = _fitted_features(REJECTIONS)
    words = features.words_.transform(features._texts(X, [features._near(x) for x in X]))
    assert not any(words[:, j].count_nonzero() == len(X) for j in range(words.shape[1]))
    chars = features.chars_.transform([x["content"] for x in X])
    root = features.chars_.vocabulary_["فض"]
    assert chars[:, root].count_nonzero() == len(X)
    other = features.chars_.transform(["وقال الوزير إن الاتفاق جيد للمنطقة"])
    assert other[0, root] == 0


def test_character_ngrams_can_be_left_out_and_need_enough_contents():
    off, X = _fitted_features(REJECTIONS, char_ngrams=None)
    assert off.chars_ is None
    on, _ = _fitted_features(REJECTIONS)
    assert on.transform(X).shape[1] == off.transform(X).shape[1] + len(on.chars_.vocabulary_)
    # negative: two contents share no n-gram three times, so there are none (no error)
    few, _ = _fitted_features(REJECTIONS[:2])
    assert few.chars_ is None


def test_bootstrap_interval_resamples_whole_documents():
    from discourse.training import bootstrap_interval, macro_f1
    y = ["support", "oppose", "neutral"] * 4
    assert bootstrap_interval(y, y, [f"d{i // 3}" for i in range(12)]) == [1.0, 1.0]
    # one document of four is all wrong: the interval holds the point figure and is wide
    pred = ["oppose", "neutral", "support"] + y[3:]
    groups = [f"d{i // 3}" for i in range(12)]
    low, high = bootstrap_interval(y, pred, groups)
    assert low < macro_f1(y, pred) < high == 1.0
    # negative: spread over every document, the same errors leave no sample perfect
    spread = [y[i] if i % 4 else {"support": "oppose", "oppose": "neutral", "neutral": "support"}[y[i]]
              for i in range(12)]
    assert bootstrap_interval(y, spread, groups)[1] < 1.0


def test_a_model_file_is_read_once_per_version(tmp_path):
    import os
    import shutil
    from discourse.lexicons import builtin_dir
    from discourse.stance import load_model
    path = tmp_path / "stance.skops"
    shutil.copy(builtin_dir() / "models" / "stance.skops", path)
    first = load_model(path)
    assert load_model(str(path)) is first
    # negative: a file rewritten since is read again
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    again = load_model(path)
    assert again is not first
    assert list(again.classes_) == list(first.classes_)
