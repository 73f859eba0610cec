"""Score predicted attributions against a gold file (DESIGN.md's evaluation table)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterable, Sequence

from .normalize import fold
from .records import Attribution

OVERLAP = 0.5
_WORD = re.compile(r"[^\W_]+")


def words(text: str | None) -> list[str]:
    return [fold(w) for w in _WORD.findall(text or "")]


def dice(a: Sequence[str], b: Sequence[str]) -> float:
    """Token overlap ratio: 2 |a ∩ b| / (|a| + |b|) over token multisets."""
    if not a or not b:
        return 0.0
    rest = list(b)
    common = 0
    for w in a:
        if w in rest:
            rest.remove(w)
            common += 1
    return 2 * common / (len(a) + len(b))


def match(gold: Sequence[dict], predicted: Sequence[Attribution]) -> list[tuple[int, int]]:
    """One-to-one (gold index, predicted index) pairs whose cue spans overlap in a document."""
    by_doc: dict[str, list[int]] = {}
    for j, p in enumerate(predicted):
        by_doc.setdefault(p.doc, []).append(j)
    used: set[int] = set()
    pairs = []
    for i, g in enumerate(gold):
        gs, ge = g["cue_start"], g["cue_start"] + len(g["cue"])
        best, best_ov = None, 0
        for j in by_doc.get(g["doc"], ()):
            if j in used:
                continue
            p = predicted[j]
            ov = min(ge, p.cue.end) - max(gs, p.cue.start)
            if ov > best_ov:
                best, best_ov = j, ov
        if best is not None:
            used.add(best)
            pairs.append((i, best))
    return pairs


@dataclass
class Scores:
    """The evaluation figures of one row set (all rows, or non-hard rows)."""

    n_gold: int = 0
    n_pred: int = 0
    n_match: int = 0
    figures: dict[str, float] = field(default_factory=dict)


def _prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _span_scores(pairs, gold, predicted, gold_key, pred_attr, head_only=False) -> tuple[float, float]:
    """Exact and overlap F1 of a span over matched pairs (both null counts as a hit)."""
    exact = over = n_g = n_p = 0
    for i, j in pairs:
        g_text = gold[i].get(gold_key)
        span = getattr(predicted[j], pred_attr)
        p_text = span.text if span else None
        if g_text is None and p_text is None:
            exact += 1
            over += 1
            n_g += 1
            n_p += 1
            continue
        n_g += g_text is not None
        n_p += p_text is not None
        if g_text is None or p_text is None:
            continue
        gw, pw = words(g_text), words(p_text)
        if head_only:  # the gold records only the first words of the content
            pw_head = pw[:len(gw)]
            exact += gw == pw_head
            over += dice(gw, pw_head) >= OVERLAP
        else:
            exact += gw == pw
            over += dice(gw, pw) >= OVERLAP
    return _prf(exact, n_p, n_g)[2], _prf(over, n_p, n_g)[2]


def statements_of_gold(gold: Iterable[dict]) -> set[tuple]:
    return {(g["doc"], actor, claim, stance)
            for g in gold for actor in g.get("actors") or [] for claim, stance in g.get("claims") or []}


def statements_of(predicted: Iterable[Attribution]) -> set[tuple]:
    return {(a.doc, actor, c.claim, c.stance) for a in predicted for actor in a.actors for c in a.claims}


def score(gold: Sequence[dict], predicted: Sequence[Attribution]) -> Scores:
    """All figures of DESIGN.md's evaluation section for one gold set."""
    pairs = match(gold, predicted)
    s = Scores(len(gold), len(predicted), len(pairs))
    f = s.figures
    f["cue P"], f["cue R"], f["cue F1"] = _prf(len(pairs), len(predicted), len(gold))
    f["source exact F1"], f["source overlap F1"] = _span_scores(pairs, gold, predicted, "source", "source")
    f["content exact F1"], f["content overlap F1"] = _span_scores(
        pairs, gold, predicted, "content_head", "content", head_only=True)
    n = len(pairs) or 1
    f["actor accuracy"] = sum(set(gold[i].get("actors") or []) == set(predicted[j].actors)
                              for i, j in pairs) / n
    f["mode accuracy"] = sum(gold[i].get("mode") == predicted[j].mode for i, j in pairs) / n
    g_st, p_st = statements_of_gold(gold), statements_of(predicted)
    f["statements P"], f["statements R"], f["statements F1"] = _prf(len(g_st & p_st), len(p_st), len(g_st))
    return s


def evaluate(gold: Sequence[dict], predicted: Sequence[Attribution]) -> dict[str, Scores]:
    """Scores on all rows and on non-hard rows.

    For the non-hard set, hard gold rows are removed together with the
    predictions matched to them; other predictions stay.
    """
    pairs = dict((j, i) for i, j in match(gold, predicted))
    hard = [g.get("hard", False) for g in gold]
    easy_gold = [g for g, h in zip(gold, hard) if not h]
    easy_pred = [p for j, p in enumerate(predicted) if not (j in pairs and hard[pairs[j]])]
    return {"all": score(gold, predicted), "non-hard": score(easy_gold, easy_pred)}


def format_table(results: dict[str, Scores]) -> str:
    """The evaluation table, one row per figure, one column per row set."""
    cols = list(results)
    lines = [f"{'':24}" + "".join(f"{c:>10}" for c in cols)]
    for key in ("gold", "predicted", "matched"):
        attr = {"gold": "n_gold", "predicted": "n_pred", "matched": "n_match"}[key]
        lines.append(f"{key:24}" + "".join(f"{getattr(results[c], attr):>10d}" for c in cols))
    for name in results[cols[0]].figures:
        lines.append(f"{name:24}" + "".join(f"{results[c].figures[name]:>10.3f}" for c in cols))
    return "\n".join(lines)


def unmatched(gold: Sequence[dict], predicted: Sequence[Attribution]) -> tuple[list[dict], list[Attribution]]:
    """Missed gold rows and spurious predictions, for error analysis."""
    pairs = match(gold, predicted)
    gi = {i for i, _ in pairs}
    pj = {j for _, j in pairs}
    return ([g for i, g in enumerate(gold) if i not in gi],
            [p for j, p in enumerate(predicted) if j not in pj])


def statement_errors(gold: Sequence[dict], predicted: Sequence[Attribution]) -> list[tuple[str, str, tuple]]:
    """Why each statement is missed or spurious: ``(kind, stages, (doc, actor, claim, stance))``.

    ``kind`` is ``"missed"`` (a gold statement not predicted) or
    ``"spurious"`` (a predicted one not in the gold). ``stages`` names what
    went wrong on the attribution behind it, joined by ``+``: ``cue`` (no
    matching attribution), ``actor``, ``claim`` (the claim is not assigned,
    or assigned where the gold has none), ``stance`` (the claim is there with
    another stance). Of several attributions behind one statement, the one
    closest to right is reported.
    """
    pairs = match(gold, predicted)
    pred_of = dict(pairs)
    gold_of = {j: i for i, j in pairs}
    g_st, p_st = statements_of_gold(gold), statements_of(predicted)
    out: list[tuple[str, str, tuple]] = []

    def stages(actor, claim, stance, actors, claims) -> list[str]:
        wrong = [] if actor in actors else ["actor"]
        if claim not in claims:
            wrong.append("claim")
        elif claims[claim] != stance:
            wrong.append("stance")
        return wrong

    # both sides as (doc, actors, {claim: stance}), explained against each other
    gold_rows = [(g["doc"], g.get("actors") or [], dict(g.get("claims") or [])) for g in gold]
    pred_rows = [(p.doc, p.actors, {c.claim: c.stance for c in p.claims}) for p in predicted]
    for kind, rows, others, counterpart, found in (("missed", gold_rows, pred_rows, pred_of, p_st),
                                                    ("spurious", pred_rows, gold_rows, gold_of, g_st)):
        for i, (doc, actors, claims) in enumerate(rows):
            for actor in actors:
                for claim, stance in claims.items():
                    key = (doc, actor, claim, stance)
                    if key in found:
                        continue
                    j = counterpart.get(i)
                    wrong = ["cue"] if j is None else stages(actor, claim, stance, *others[j][1:])
                    out.append((kind, "+".join(wrong), key))
    # a statement can stand behind several rows: keep the closest to right
    best: dict[tuple, tuple[str, str, tuple]] = {}
    for kind, wrong, key in out:
        k = (kind, key)
        if k not in best or len(wrong.split("+")) < len(best[k][1].split("+")):
            best[k] = (kind, wrong, key)
    return sorted(best.values(), key=lambda t: (t[0], t[2]))


def actor_errors(gold: Sequence[dict], predicted: Sequence[Attribution]) -> list[tuple[dict, Attribution]]:
    """Matched (gold row, prediction) pairs whose actor sets differ, for error analysis."""
    return [(gold[i], predicted[j]) for i, j in match(gold, predicted)
            if set(gold[i].get("actors") or []) != set(predicted[j].actors)]
