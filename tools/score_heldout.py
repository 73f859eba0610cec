"""Score one tree of discourse on a held-out gold file, printing aggregates only.

How the held-out samples of ``tests/data`` are scored (see its README): once, with
the built-in dictionary only, by a tree's own code and its own built-in lexicons,
serially. The rows themselves are never printed: a held-out sample's errors are
counted, never read.

Usage (from the project root)::

    .venv/bin/python tools/score_heldout.py TREE tests/data/snn_evalNN.jsonl

TREE is a checkout of the project (``git archive REV | tar -x -C DIR`` for an older
revision, or ``.`` for the working copy). Its ``discourse`` package is imported first
on ``sys.path`` and the installed package's built-in lexicons are blocked, so that the
tree runs with its own; documents are analysed in this process (worker processes of
``Analyzer.pipe(n_process=2)`` would load the installed package's lexicons).

It prints, as JSON, for the document home of each article alone (``default``) and
with the corpus's home (``auto``, as ``--home auto``): matched rows, actor accuracy,
on non-hard rows too, the share of matched rows left unresolved by the system and
by the gold, the errors by kind (the gold names an actor and the system gives none;
the reverse; another actor), cue F1 and source exact F1.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora" / "saudinewsnet"


def load_tree(tree: Path):
    """The ``discourse`` modules of ``tree``, with its own built-in lexicons."""
    sys.path.insert(0, str(tree))
    sys.modules["discourse._lexicons"] = None          # no installed package's lexicons
    import discourse
    from discourse import lexicons
    for path in (discourse.__file__, lexicons.builtin_dir()):
        if not str(path).startswith(str(tree)):
            raise SystemExit(f"{tree}: discourse was imported from {path}, not from the tree")
    from discourse import analyzer, evaluate, io
    return analyzer.Analyzer, evaluate, io


def figures(gold, predicted, evaluate) -> dict:
    pairs = evaluate.match(gold, predicted)
    n = len(pairs)
    ok = easy = easy_ok = unresolved_pred = unresolved_gold = 0
    kinds = [0, 0, 0]
    for i, j in pairs:
        g, p = set(gold[i].get("actors") or []), set(predicted[j].actors)
        good = g == p
        ok += good
        unresolved_pred += not p
        unresolved_gold += not g
        if not gold[i].get("hard"):
            easy += 1
            easy_ok += good
        if not good:
            kinds[0 if g and not p else 1 if p and not g else 2] += 1
    scores = evaluate.score(gold, predicted).figures
    return {"gold rows": len(gold), "predicted": len(predicted), "matched": n, "actors right": ok,
            "actor accuracy": round(ok / n, 3) if n else None,
            "non-hard actor accuracy": round(easy_ok / easy, 3) if easy else None,
            "unresolved, predicted": round(unresolved_pred / n, 3) if n else None,
            "unresolved, gold": round(unresolved_gold / n, 3) if n else None,
            "errors: gold actor, none predicted": kinds[0], "errors: none in gold, one predicted": kinds[1],
            "errors: another actor": kinds[2],
            "cue F1": round(scores["cue F1"], 3), "source exact F1": round(scores["source exact F1"], 3)}


def main(argv: list[str]) -> None:
    if len(argv) != 2:
        raise SystemExit(__doc__)
    tree, gold_path = Path(argv[0]).resolve(), Path(argv[1])
    Analyzer, evaluate, io = load_tree(tree)
    gold = io.read_gold(gold_path)
    listed = gold_path.with_name(gold_path.name[:-len(".jsonl")] + ".docs.txt")
    ids = {g["doc"] for g in gold} | set(listed.read_text(encoding="utf-8").split() if listed.exists() else ())
    by_day: dict[str, list[str]] = {}
    for doc in sorted(ids):
        by_day.setdefault(doc.split(":")[0], []).append(doc)
    documents = [d for day, docs in sorted(by_day.items())
                 for d in io.read_saudinewsnet(CORPUS / f"{day}.zip", docs)]
    out = {"tree": str(tree), "gold": str(gold_path)}
    for label in ("default", "auto"):
        analyzer = Analyzer(model=None)
        if label == "auto":
            analyzer.home = analyzer.corpus_home(documents)
        predicted = list(analyzer.pipe(documents, n_process=1))
        out[label] = {"home": analyzer.home, **figures(gold, predicted, evaluate)}
    print(json.dumps(out, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main(sys.argv[1:])
