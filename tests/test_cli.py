"""The `discourse` command line: analyze writes the DESIGN.md outputs, evaluate prints the table, errors name the path."""
from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest

from discourse.cli import main

KEYS = {"doc", "sentence", "cue", "source", "actors", "content", "mode", "speech_act", "negated", "claims"}


@pytest.fixture(scope="module")
def analyzed(seeds_dir, tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    code = main(["analyze", str(seeds_dir), "--out", str(out)])
    return code, out


def test_analyze_exit_code_and_files(analyzed):
    code, out = analyzed
    assert code == 0
    for name in ("attributions.jsonl", "statements.csv", "network.graphml", "network.png"):
        assert (out / name).is_file() and (out / name).stat().st_size > 0, name


def test_attributions_jsonl_contract(analyzed, seeds_dir):
    _, out = analyzed
    texts = {p.stem: p.read_text(encoding="utf-8") for p in seeds_dir.glob("*.txt")}
    rows = [json.loads(line) for line in (out / "attributions.jsonl").read_text(encoding="utf-8").splitlines()]
    assert rows
    assert {r["doc"] for r in rows} <= set(texts)
    for r in rows:
        assert KEYS <= set(r), KEYS - set(r)
        assert set(r["cue"]) >= {"text", "start", "end", "kind", "lemma"}
        assert isinstance(r["sentence"], int) and isinstance(r["negated"], bool)
        assert r["mode"] in ("direct", "indirect", "mixed", "none")
        assert isinstance(r["actors"], list) and isinstance(r["claims"], list)
        text = texts[r["doc"]]
        for part in ("cue", "source", "content"):
            span = r[part]
            if span is None:
                assert part != "cue"
                continue
            assert text[span["start"]:span["end"]] == span["text"], (part, r)
        for c in r["claims"]:
            assert set(c) >= {"claim", "stance", "confidence"}
            assert c["stance"] in ("support", "oppose", "neutral")


def test_statements_csv_and_graphml(analyzed):
    _, out = analyzed
    with open(out / "statements.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert rows
    assert {"doc", "actor", "claim", "stance"} <= set(rows[0])
    graph = nx.read_graphml(out / "network.graphml")
    assert graph.number_of_nodes() > 0
    actors = {r["actor"] for r in rows}
    claims = {r["claim"] for r in rows}
    assert actors | claims <= set(graph.nodes)


def test_network_png_is_a_png(analyzed):
    _, out = analyzed
    assert (out / "network.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_evaluate_prints_table(seeds_gold, seeds_dir, capsys):
    code = main(["evaluate", str(seeds_gold), str(seeds_dir)])
    captured = capsys.readouterr()
    assert code == 0
    assert "cue F1" in captured.out


@pytest.mark.parametrize("argv, expected_code", [
    (["analyze", "{missing}", "--out", "{tmp}/out"], "nonzero"),
    (["evaluate", "{missing}.jsonl"], "nonzero"),
    (["unresolved", "{missing}"], None),
])
def test_bad_path(tmp_path, capsys, argv, expected_code):
    missing = str(tmp_path / "no_such_corpus")
    argv = [a.format(missing=missing, tmp=tmp_path) for a in argv]
    code = main(argv)
    err = capsys.readouterr().err
    assert "no_such_corpus" in err
    if expected_code == "nonzero":
        assert code != 0


def test_console_script_bad_path(tmp_path):
    """The installed entry point: non-zero exit and a message naming the path."""
    proc = subprocess.run([sys.executable, "-m", "discourse.cli", "analyze", str(tmp_path / "nowhere"),
                           "--out", str(tmp_path / "o")],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode != 0
    assert "nowhere" in proc.stderr


def test_usage_error():
    with pytest.raises(SystemExit) as info:
        main(["frobnicate"])
    assert info.value.code != 0


def test_evaluate_errors_list_actor_mismatches(tmp_path, capsys):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(json.dumps({"id": "d1", "text": "الرياض - واس\nقال وزير الصحة إن الوزارة جاهزة."},
                                 ensure_ascii=False) + "\n", encoding="utf-8")
    gold = tmp_path / "g.jsonl"
    cue_start = "الرياض - واس\nقال وزير الصحة إن الوزارة جاهزة.".index("قال")
    gold.write_text(json.dumps({"doc": "d1", "cue": "قال", "cue_start": cue_start, "source": "وزير الصحة",
                                "actors": ["SAU"], "content_head": "الوزارة جاهزة", "mode": "indirect",
                                "claims": [], "speech_act": "say", "hard": False}, ensure_ascii=False) + "\n",
                    encoding="utf-8")
    assert main(["evaluate", str(gold), str(corpus), "--errors"]) == 0
    assert "ACTORS" not in capsys.readouterr().out                 # the dateline gives SAU
    assert main(["evaluate", str(gold), str(corpus), "--errors", "--home", "none"]) == 0
    assert "ACTORS   d1" in capsys.readouterr().out               # negative: home disabled


def test_evaluate_home_auto(tmp_path, capsys):
    """``--home auto``: an undated document's office speaks for the state the corpus's datelines name."""
    undated = "وأكد مدير عام الجوازات أن العمل مستمر."
    texts = ["الرياض - واس: أكد وزير الداخلية أن الأمن مستتب.", "جدة - واس: قال أمير المنطقة إن العمل مستمر.",
             "الدمام - واس: أوضح مدير الشرطة أن الحادث وقع أمس.", undated]
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("".join(json.dumps({"id": f"d{k}", "text": t}, ensure_ascii=False) + "\n"
                              for k, t in enumerate(texts)), encoding="utf-8")
    gold = tmp_path / "g.jsonl"
    gold.write_text(json.dumps({"doc": "d3", "cue": "وأكد", "cue_start": 0, "source": "مدير عام الجوازات",
                                "actors": ["SAU"], "content_head": "العمل مستمر", "mode": "indirect",
                                "claims": [], "speech_act": "affirm", "hard": False}, ensure_ascii=False) + "\n",
                    encoding="utf-8")
    assert main(["evaluate", str(gold), str(corpus), "--errors", "--home", "auto"]) == 0
    captured = capsys.readouterr()
    assert "corpus home: SAU" in captured.err
    assert "ACTORS" not in captured.out
    assert main(["evaluate", str(gold), str(corpus), "--errors"]) == 0
    assert "ACTORS   d3" in capsys.readouterr().out                 # negative: each document's own home


def test_bad_home_state(tmp_path, capsys):
    code = main(["unresolved", str(tmp_path), "--home", "XYZ"])
    assert code == 2
    assert "'home'" in capsys.readouterr().err
