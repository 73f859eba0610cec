"""The `discourse` command line: a thin layer over the public API."""
from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

from .analyzer import Analyzer
from .errors import DiscourseError
from .records import statements_from


HOME_HELP = ("home state of unqualified national institutions («وزارة الداخلية») for documents whose own "
             "dateline and text place none: a state id such as SAU, 'auto' (the state the corpus's datelines "
             "name three times as often as any other), or 'none' to disable; default: each document's own")


def _home(value: str | None):
    """``--home``: None (datelines only), False ('none'), 'auto', or a state id."""
    if value is None:
        return None
    return False if value.lower() in ("none", "off", "false") else value


def _analyzer(args, paths, errors: list):
    """The analyzer of the command's options and the documents of ``paths`` (a
    stream; a list with ``--home auto``, which reads the corpus's datelines
    first, :meth:`Analyzer.corpus_home`, and says what it found)."""
    from .io import read_corpus
    model = None if getattr(args, "model", "none") == "none" else args.model
    home = _home(args.home)
    documents = read_corpus(*paths, errors=errors)
    if home != "auto":
        return Analyzer(args.lexicons, model=model, home=home), documents
    documents = list(documents)
    analyzer = Analyzer(args.lexicons, model=model)
    analyzer.home = analyzer.corpus_home(documents)
    print(f"discourse: corpus home: {analyzer.home or 'none (no state dominates the datelines)'}",
          file=sys.stderr)
    return analyzer, documents


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="discourse", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("analyze", help="extract attributions, statements and the network")
    p.add_argument("paths", nargs="+", help=".txt files or folders, .jsonl/.csv with id,text[,date]")
    p.add_argument("--lexicons", help="directory of user lexicons extending the built-ins")
    p.add_argument("--out", default="out", help="output directory (default: out)")
    p.add_argument("--n-process", type=int, default=1)
    p.add_argument("--model", default="default",
                   help="stance classifier: 'default' (shipped), 'text-only' (shipped, blind to who speaks), "
                   "a .skops file, or 'none' for the rules only")
    p.add_argument("--home", help=HOME_HELP)

    p = sub.add_parser("evaluate", help="score against a gold file in ANNOTATION.md format")
    p.add_argument("gold")
    p.add_argument("paths", nargs="*", help="the corpus the gold file annotates (default: seeds/)")
    p.add_argument("--lexicons")
    p.add_argument("--model", default="default",
                   help="stance classifier: 'default' (shipped), 'text-only' (shipped, blind to who speaks), "
                   "a .skops file, or 'none' for the rules")
    p.add_argument("--errors", action="store_true", help="also list missed and spurious cues and statements, "
                   "with the stage (cue, actor, claim, stance) behind each statement error")
    p.add_argument("--home", help=HOME_HELP)

    p = sub.add_parser("train", help="retrain the stance classifier on gold attributions")
    p.add_argument("gold", nargs="+", help="gold JSONL files (ANNOTATION.md format, with claims)")
    p.add_argument("--corpus", nargs="+", required=True, help="the texts the gold files annotate")
    p.add_argument("--lexicons")
    p.add_argument("--codebook", help="claims.yaml the gold claims come from "
                   "(default: the one of --lexicons, else the seed codebook)")
    p.add_argument("--out", default="stance.skops")
    p.add_argument("--text-only", action="store_true",
                   help="a model that reads the text only, not who speaks (by default it sees the speaker's actors)")
    p.add_argument("--held-out", metavar="FILE",
                   help="the documents of the held-out split, one id a line (default: a random quarter)")

    p = sub.add_parser("unresolved", help="most frequent speakers not in the actor lexicon")
    p.add_argument("paths", nargs="+")
    p.add_argument("--lexicons")
    p.add_argument("--top", type=int, default=30)
    p.add_argument("--home", help=HOME_HELP)

    args = parser.parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except (DiscourseError, FileNotFoundError, ValueError) as err:
        print(f"discourse: error: {err}", file=sys.stderr)
        return 2


def _report(errors: list) -> None:
    for where, message in errors:
        print(f"discourse: skipped {where}: {message}", file=sys.stderr)


def cmd_analyze(args) -> int:
    from .io import write_jsonl
    from . import network, plot
    errors: list = []
    analyzer, documents = _analyzer(args, args.paths, errors)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    records = list(analyzer.pipe(documents, n_process=args.n_process, errors=errors))
    write_jsonl(records, out / "attributions.jsonl")
    statements = statements_from(records)
    network.to_dataframe(statements).to_csv(out / "statements.csv", index=False)
    graph = network.two_mode_graph(statements)
    network.write_graphml(graph, out / "network.graphml")
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    fig, ax = plt.subplots(figsize=(10, 7))
    plot.plot_two_mode(graph, ax=ax)
    fig.savefig(out / "network.png", dpi=120, bbox_inches="tight")
    plt.close(fig)
    _report(errors)
    print(f"{len(records)} attributions, {len(statements)} statements, "
          f"{graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges -> {out}/")
    return 1 if errors and not records else 0


def cmd_evaluate(args) -> int:
    from collections import Counter
    from .evaluate import actor_errors, evaluate, format_table, statement_errors, unmatched
    from .io import read_gold
    gold = read_gold(args.gold)
    docs = {g["doc"] for g in gold}
    paths = args.paths or ["seeds"]
    errors: list = []
    analyzer, documents = _analyzer(args, paths, errors)
    corpus = [d for d in documents if d.id in docs]
    missing = docs - {d.id for d in corpus}
    if missing:
        print(f"discourse: warning: {len(missing)} gold documents not found in {paths}: "
              f"{sorted(missing)[:5]}", file=sys.stderr)
        gold = [g for g in gold if g["doc"] not in missing]
    predicted = list(analyzer.pipe(corpus, errors=errors))
    _report(errors)
    results = evaluate(gold, predicted)
    print(format_table(results))
    if args.errors:
        missed, spurious = unmatched(gold, predicted)
        for g in missed:
            print(f"MISSED   {g['doc']} {g['cue_start']} {g['cue']} | {g.get('source')}")
        for p in spurious:
            print(f"SPURIOUS {p.doc} {p.cue.start} {p.cue.text} | {p.source.text if p.source else None}")
        errs = statement_errors(gold, predicted)
        for kind, stages, (doc, actor, claim, stance) in errs:
            print(f"{kind.upper():9}{doc} {actor} {claim} {stance} <- {stages}")
        counts = Counter((kind, stages) for kind, stages, _ in errs)
        print("statement errors by stage: " + ", ".join(
            f"{kind} {stages}: {n}" for (kind, stages), n in sorted(counts.items())))
        for g, p in actor_errors(gold, predicted):
            print(f"ACTORS   {g['doc']} {g['cue_start']} {g['cue']} | {g.get('source')} "
                  f"{g.get('actors') or []} | {p.source.text if p.source else None} {list(p.actors)}")
    return 0


def cmd_train(args) -> int:
    from .training import train_from_gold
    from .io import read_text
    held_out = read_text(Path(args.held_out)).split() if args.held_out else None
    report = train_from_gold(args.gold, args.corpus, lexicons=args.lexicons, out=args.out,
                             codebook=args.codebook, speaker=not args.text_only, held_out=held_out)
    print(json.dumps(report, ensure_ascii=False, indent=2))
    return 0


def cmd_unresolved(args) -> int:
    from .actors import unresolved_sources
    errors: list = []
    analyzer, documents = _analyzer(args, args.paths, errors)
    records = analyzer.pipe(documents, errors=errors)
    writer = csv.writer(sys.stdout, delimiter="\t")
    for source, count, examples in unresolved_sources(records, args.top):
        writer.writerow([count, source, examples[0][:160]])
    _report(errors)
    return 0


COMMANDS = {"analyze": cmd_analyze, "evaluate": cmd_evaluate, "train": cmd_train,
            "unresolved": cmd_unresolved}

if __name__ == "__main__":
    raise SystemExit(main())
