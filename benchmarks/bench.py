"""Throughput of discourse's analysis against spaCy's blank Arabic tokenizer.

Both systems run over the same N articles of the SaudiNewsNet corpus. The
report gives articles/s, MB/s (UTF-8 bytes of the article texts), peak memory,
the number of attributions found, and

    ratio = discourse time / spaCy time     (target: ratio <= 2.0)

Usage (from the project root)::

    .venv/bin/python benchmarks/bench.py                    # 2000 articles, best of 3
    .venv/bin/python benchmarks/bench.py -n 500 --repeat 5 --json bench.json
    .venv/bin/python benchmarks/bench.py --profile          # + cProfile top 25 of discourse

See benchmarks/README.md for what is timed and what is not.
"""
from __future__ import annotations

import argparse
import cProfile
import gc
import io
import json
import platform
import pstats
import resource
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "saudinewsnet"
TARGET_RATIO = 2.0
PROFILE_TOP = 25


# ------------------------------------------------------------------ helpers

def maxrss_mb() -> float:
    """Peak resident set size of this process so far, in MB (Linux: KiB, macOS: bytes)."""
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024


def timed(fn):
    """(seconds, result) of one call of ``fn``, after a garbage collection."""
    gc.collect()
    t0 = time.perf_counter()
    result = fn()
    return time.perf_counter() - t0, result


def traced_peak(fn) -> tuple[float, object]:
    """(tracemalloc peak in MB above the starting point, result) of one call of ``fn``."""
    gc.collect()
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        base, _ = tracemalloc.get_traced_memory()
        result = fn()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return (peak - base) / 1e6, result


def load_articles(corpus: Path, n: int):
    """The first ``n`` articles of the corpus, zips in name order."""
    from discourse.io import read_saudinewsnet
    docs = []
    for path in sorted(corpus.glob("*.zip")):
        for d in read_saudinewsnet(path):
            docs.append(d)
            if len(docs) >= n:
                return docs
    return docs


# ------------------------------------------------------------------ the two systems

def spacy_runner(nlp, texts, n_process: int):
    """Tokenizer only: ``nlp.make_doc`` per text (``nlp.pipe`` when n_process > 1)."""
    if n_process <= 1:
        def run():
            tokens = 0
            make_doc = nlp.make_doc
            for t in texts:
                tokens += len(make_doc(t))
            return tokens
    else:
        def run():
            return sum(len(doc) for doc in nlp.pipe(texts, n_process=n_process, batch_size=64))
    return run


class SpacyFactory:
    """The spaCy pipeline a round runs on, in the state ``--spacy-state`` asks for.

    spaCy's tokenizer caches the first ``max_cache_size`` (10,000) distinct
    whitespace chunks it sees and its vocab keeps every lexeme it has created,
    so re-tokenising the same articles gets faster round after round (5x on 100
    articles). Discourse keeps no such state, so by default each round gets a
    fresh ``spacy.blank("ar")`` primed (untimed) on other articles of the corpus:
    a pipeline in the state it has midway through a long corpus, seeing the
    benchmark articles for the first time.

    * ``primed`` (default): fresh pipeline, primed on the priming articles;
    * ``cold``: fresh pipeline, empty cache and vocab;
    * ``reused``: one pipeline for all rounds (round 1 cold, later rounds warm
      on these very articles: flatters spaCy, the more so the smaller N).
    """

    def __init__(self, state: str, priming: list[str]):
        self.state = state
        self.priming = priming if state == "primed" else []
        self.shared = None
        self.build_times: list[float] = []

    def __call__(self):
        import spacy
        if self.state == "reused" and self.shared is not None:
            return self.shared
        gc.collect()
        t0 = time.perf_counter()
        nlp = spacy.blank("ar")
        nlp.make_doc("قال الوزير إن الاتفاق مهم.")
        for text in self.priming:
            nlp.make_doc(text)
        self.build_times.append(time.perf_counter() - t0)
        if self.state == "reused":
            self.shared = nlp
        return nlp


def discourse_runner(analyzer, docs, n_process: int):
    """``analyzer.analyze(text, doc=id)`` per article (``analyzer.pipe`` when n_process > 1).

    Only the number of attributions is kept, as spaCy's docs are not kept.
    """
    if n_process <= 1:
        def run():
            found = 0
            analyze = analyzer.analyze
            for d in docs:
                found += len(analyze(d.text, doc=d.id))
            return found
    else:
        def run():
            return sum(1 for _ in analyzer.pipe(docs, n_process=n_process))
    return run


def build_analyzer(model):
    """A freshly built Analyzer, with the per-process lexicon caches cleared first."""
    from discourse import Analyzer
    from discourse import lexicons
    lexicons.load_cues.cache_clear()
    lexicons.load_grammar.cache_clear()
    gc.collect()
    t0 = time.perf_counter()
    analyzer = Analyzer() if model == "default" else Analyzer(model=model)
    return time.perf_counter() - t0, analyzer


def actor_dictionary(analyzer) -> dict:
    """Size of the loaded actor dictionary, checked against the built-in actors.yaml."""
    from discourse.lexicons import builtin_dir, read_yaml
    path = builtin_dir() / "actors.yaml"
    builtin_ids = {e["id"] for e in read_yaml(path, "actors")} if path.exists() else set()
    loaded = set(analyzer.actors.actors)
    return {
        "path": str(path),
        "actors": len(loaded),
        "phrases": len(analyzer.actors.seen),
        "first_word_keys": len(analyzer.actors.first),
        "builtin_actors": len(builtin_ids),
        "full": bool(builtin_ids) and builtin_ids <= loaded,
    }


# ------------------------------------------------------------------ report

def rate(n_articles: int, n_bytes: int, seconds: float) -> dict:
    return {"seconds": seconds, "articles_per_s": n_articles / seconds, "mb_per_s": n_bytes / 1e6 / seconds}


def summary(times: list[float], n_articles: int, n_bytes: int) -> dict:
    best, median = min(times), statistics.median(times)
    return {"times": times, "best": rate(n_articles, n_bytes, best), "median": rate(n_articles, n_bytes, median)}


def print_report(r: dict) -> None:
    c, s, d = r["corpus"], r["spacy"], r["discourse"]
    p = print
    p("discourse throughput benchmark")
    p("=" * 72)
    p(f"python {r['env']['python']}  spaCy {r['env']['spacy']}  discourse {r['env']['discourse']}  "
      f"({r['env']['platform']})")
    p(f"corpus    {c['dir']}")
    p(f"          {c['articles']} articles from {c['files']} zip(s), {c['mb']:.2f} MB UTF-8, "
      f"{c['chars']:,} chars (loaded in {c['load_s']:.2f} s, not timed)")
    if c["articles"] < c["requested"]:
        p(f"          note: {c['requested']} requested, only {c['articles']} available")
    p(f"runs      best and median of {r['repeat']} interleaved rounds (order alternates), "
      f"n_process={r['n_process']}")
    st = r["spacy_state"]
    if st["state"] == "primed":
        p(f"spaCy     fresh spacy.blank('ar') per round, primed (untimed) on {st['priming_articles']} other "
          f"articles ({st['priming_mb']:.2f} MB)" + ("  [no articles left: cold]" if not st["priming_articles"] else ""))
    elif st["state"] == "cold":
        p("spaCy     fresh spacy.blank('ar') per round, cold tokenizer cache and vocab")
    else:
        p("spaCy     one spacy.blank('ar') for all rounds (later rounds warm on these articles)")
    p("")
    p("build (not part of the timed runs; lexicon caches cleared before each)")
    b = r["build"]
    p(f"  import discourse                 {b['import_discourse_s']:8.3f} s")
    p(f"  Analyzer()          (default)    {b['analyzer_default_s']:8.3f} s   stance model: "
      f"{b['stance_model_default']}")
    p(f"  Analyzer(model=None)             {b['analyzer_no_model_s']:8.3f} s")
    p(f"  import spacy + spacy.blank('ar') {b['spacy_blank_s']:8.3f} s")
    if st["build_and_prime_s"]:
        p(f"  spaCy pipeline per round         {statistics.mean(st['build_and_prime_s']):8.3f} s"
          + ("   (blank + priming)" if st["state"] == "primed" else ""))
    a = r["actor_dictionary"]
    p(f"  actor dictionary: {a['actors']} actors ({a['builtin_actors']} in built-in actors.yaml), "
      f"{a['phrases']} phrases, {a['first_word_keys']} first-word keys -> "
      f"{'FULL' if a['full'] else 'NOT FULL'}")
    p("")
    p(f"{'system':<34}{'best s':>9}{'median s':>10}{'articles/s':>12}{'MB/s':>8}{'peak MB':>9}")
    for name, x in (("spaCy blank('ar') make_doc", s), ("discourse Analyzer().analyze", d)):
        p(f"{name:<34}{x['best']['seconds']:9.3f}{x['median']['seconds']:10.3f}"
          f"{x['best']['articles_per_s']:12.1f}{x['best']['mb_per_s']:8.2f}{x['tracemalloc_peak_mb']:9.1f}")
    p("  (articles/s and MB/s from the best round; peak MB = tracemalloc peak of one untimed pass)")
    p(f"  rounds spaCy     : {', '.join(f'{t:.3f}' for t in s['times'])} s")
    p(f"  rounds discourse : {', '.join(f'{t:.3f}' for t in d['times'])} s")
    p(f"  spaCy tokens     : {s['tokens']:,}")
    p(f"  attributions     : {d['attributions']:,} ({d['attributions'] / max(1, c['articles']):.2f} per article)")
    m = r["maxrss_mb"]
    p(f"  ru_maxrss        : {m['after_load']:.1f} MB after loading, {m['after_build']:.1f} MB after build, "
      f"{m['after_spacy_trace']:.1f} MB after spaCy pass, {m['end']:.1f} MB at end (whole process)")
    p("")
    ratio = r["ratio"]
    p(f"ratio = discourse / spaCy = {ratio['best']:.3f}  (best times; median times: {ratio['median']:.3f}, "
      f"per-round: {', '.join(f'{x:.3f}' for x in ratio['per_round'])})")
    p(f"target ratio <= {TARGET_RATIO}: {'PASS' if ratio['pass'] else 'FAIL'}")


# ------------------------------------------------------------------ main

def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS,
                    help="folder of SaudiNewsNet daily zips (default: %(default)s)")
    ap.add_argument("-n", type=int, default=2000, help="number of articles (default: %(default)s)")
    ap.add_argument("--repeat", type=int, default=3, help="timed rounds per system (default: %(default)s)")
    ap.add_argument("--n-process", type=int, default=1, help="processes per system (default: %(default)s)")
    ap.add_argument("--spacy-state", choices=("primed", "cold", "reused"), default="primed",
                    help="state of spaCy's tokenizer cache and vocab at the start of each round "
                         "(default: %(default)s; see README)")
    ap.add_argument("--spacy-prime", type=int, default=2000, metavar="K",
                    help="with --spacy-state primed: number of other articles (those after the N "
                         "benchmark articles) spaCy tokenizes, untimed, before each round (default: %(default)s)")
    ap.add_argument("--json", type=Path, metavar="PATH", help="also write the figures to this JSON file")
    ap.add_argument("--profile", action="store_true",
                    help=f"run cProfile over one (serial) discourse pass and print the top {PROFILE_TOP} "
                         "functions by cumulative time")
    args = ap.parse_args(argv)
    if args.n < 1 or args.repeat < 1 or args.n_process < 1 or args.spacy_prime < 0:
        ap.error("-n, --repeat and --n-process must be >= 1, --spacy-prime >= 0")

    corpus = args.corpus.resolve()
    zips = sorted(corpus.glob("*.zip")) if corpus.is_dir() else []
    if not zips:
        print(f"bench: no SaudiNewsNet corpus at {corpus} (expected daily *.zip files); "
              f"nothing to benchmark. Pass --corpus DIR.", file=sys.stderr)
        return 0

    # ---- articles (not timed)
    t0 = time.perf_counter()
    import discourse
    import_discourse_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    prime_n = args.spacy_prime if args.spacy_state == "primed" else 0
    docs = load_articles(corpus, args.n + prime_n)
    priming = [d.text for d in docs[args.n:]]
    docs = docs[:args.n]
    load_s = time.perf_counter() - t0
    if not docs:
        print(f"bench: no articles could be read from {corpus}; nothing to benchmark.", file=sys.stderr)
        return 0
    texts = [d.text for d in docs]
    n_bytes = sum(len(t.encode("utf-8")) for t in texts)
    rss_after_load = maxrss_mb()

    # ---- build both systems (not timed with the runs)
    analyzer_default_s, analyzer = build_analyzer("default")
    analyzer_no_model_s, _no_model = build_analyzer(None)
    del _no_model
    stance_model = analyzer.stance.model
    if stance_model is not None:
        stance_desc = type(stance_model).__name__
    else:
        from discourse.stance import default_model_path
        stance_desc = f"none, {default_model_path()} not found -> lexicon rules (same as model=None)"
    dictionary = actor_dictionary(analyzer)
    t0 = time.perf_counter()
    import spacy
    spacy.blank("ar")
    spacy_blank_s = time.perf_counter() - t0
    spacy_factory = SpacyFactory(args.spacy_state, priming)
    rss_after_build = maxrss_mb()

    run_discourse = discourse_runner(analyzer, docs, args.n_process)

    # ---- timed rounds, interleaved; the order alternates so drift hits both systems
    spacy_times, discourse_times = [], []
    tokens = found = None
    for i in range(args.repeat):
        order = ("spacy", "discourse") if i % 2 == 0 else ("discourse", "spacy")
        for system in order:
            if system == "spacy":
                run_spacy = spacy_runner(spacy_factory(), texts, args.n_process)  # built untimed
                t, tokens = timed(run_spacy)
                spacy_times.append(t)
            else:
                t, found = timed(run_discourse)
                discourse_times.append(t)
        print(f"  round {i + 1}/{args.repeat}: spaCy {spacy_times[-1]:.3f} s, "
              f"discourse {discourse_times[-1]:.3f} s", file=sys.stderr, flush=True)

    # ---- memory: one untimed pass of each under tracemalloc (it slows Python down)
    spacy_peak, _ = traced_peak(spacy_runner(spacy_factory(), texts, args.n_process))
    del run_spacy
    rss_after_spacy = maxrss_mb()
    discourse_peak, _ = traced_peak(run_discourse)
    rss_end = maxrss_mb()

    ratio_best = min(discourse_times) / min(spacy_times)
    ratio_median = statistics.median(discourse_times) / statistics.median(spacy_times)
    report = {
        "env": {"python": platform.python_version(), "spacy": spacy.__version__,
                "discourse": getattr(discourse, "__version__", "?"), "platform": platform.platform()},
        "corpus": {"dir": str(corpus), "files": len(zips), "requested": args.n, "articles": len(docs),
                   "mb": n_bytes / 1e6, "bytes": n_bytes, "chars": sum(map(len, texts)), "load_s": load_s},
        "repeat": args.repeat,
        "spacy_state": {"state": args.spacy_state, "priming_articles": len(priming),
                        "priming_mb": sum(len(t.encode("utf-8")) for t in priming) / 1e6,
                        "build_and_prime_s": spacy_factory.build_times},
        "n_process": args.n_process,
        "build": {"import_discourse_s": import_discourse_s,
                  "analyzer_default_s": analyzer_default_s, "analyzer_no_model_s": analyzer_no_model_s,
                  "stance_model_default": stance_desc, "spacy_blank_s": spacy_blank_s},
        "actor_dictionary": dictionary,
        "spacy": {**summary(spacy_times, len(docs), n_bytes), "tokens": tokens,
                  "tracemalloc_peak_mb": spacy_peak},
        "discourse": {**summary(discourse_times, len(docs), n_bytes), "attributions": found,
                      "tracemalloc_peak_mb": discourse_peak},
        "maxrss_mb": {"after_load": rss_after_load, "after_build": rss_after_build,
                      "after_spacy_trace": rss_after_spacy, "end": rss_end},
        "ratio": {"best": ratio_best, "median": ratio_median,
                  "per_round": [d / s for d, s in zip(discourse_times, spacy_times)],
                  "target": TARGET_RATIO, "pass": ratio_best <= TARGET_RATIO},
    }
    if args.n_process > 1:
        report["note"] = ("n_process > 1: times include starting the worker processes; tracemalloc "
                          "sees the parent process only")

    print_report(report)
    if "note" in report:
        print(f"note: {report['note']}")

    # ---- profile (after the timed runs, never mixed with them)
    if args.profile:
        serial = discourse_runner(analyzer, docs, 1)
        profiler = cProfile.Profile()
        gc.collect()
        profiler.enable()
        serial()
        profiler.disable()
        out = io.StringIO()
        stats = pstats.Stats(profiler, stream=out)
        stats.strip_dirs().sort_stats("cumulative").print_stats(PROFILE_TOP)
        print("")
        print(f"cProfile of one serial discourse pass over the {len(docs)} articles "
              f"(top {PROFILE_TOP} by cumulative time)")
        print("-" * 72)
        print(out.getvalue().strip("\n"))
        tottime = io.StringIO()
        pstats.Stats(profiler, stream=tottime).strip_dirs().sort_stats("tottime").print_stats(PROFILE_TOP)
        report["profile_top_tottime"] = tottime.getvalue()
        report["profile_top_cumulative"] = out.getvalue()

    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"\nfigures written to {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
