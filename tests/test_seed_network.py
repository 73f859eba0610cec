"""End to end on the seeds: the network shows their polarisation and every edge leads back to text."""
from __future__ import annotations

import pytest

from discourse import read_corpus, statements_from
from discourse.network import two_mode_graph


@pytest.fixture(scope="module")
def seed_run(analyzer, seeds_dir):
    docs = {d.id: d.text for d in read_corpus(seeds_dir)}
    records = [a for doc, text in docs.items() for a in analyzer.analyze(text, doc)]
    return docs, two_mode_graph(statements_from(records))


@pytest.mark.parametrize("actor, sign", [
    ("USA", 1), ("UN", 1), ("SNHR", 1), ("OPCW", 1),   # they hold that the attacks happened
    ("RUS", -1), ("SYR", -1),                          # these deny it
])
def test_seed_network_is_polarised_on_the_attacks(seed_run, actor, sign):
    _, graph = seed_run
    assert graph.has_edge(actor, "CW_ATTACKS"), f"no {actor}–CW_ATTACKS edge"
    data = graph.edges[actor, "CW_ATTACKS"]
    assert data["net"] * sign > 0, f"{actor}: {data['support']} support, {data['oppose']} oppose"


def test_every_seed_edge_leads_to_its_sentences(seed_run):
    docs, graph = seed_run
    assert graph.number_of_edges() >= 10
    for u, v, data in graph.edges(data=True):
        assert data["evidence"], (u, v)
        for e in data["evidence"]:
            text = docs[e["doc"]]
            where = text[e["start"]:e["end"]]          # the attribution itself
            assert e["cue"] in where
            # the sentence given as evidence is the one the attribution stands in
            assert any(text[s:s + len(e["text"])] == e["text"] and s <= e["start"] and e["end"] <= s + len(e["text"])
                       for s in _occurrences(text, e["text"])), (u, v, e["doc"], e["start"])


def _occurrences(text: str, part: str) -> list[int]:
    out, k = [], text.find(part)
    while k != -1:
        out.append(k)
        k = text.find(part, k + 1)
    return out
