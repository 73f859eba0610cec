"""Tests of discourse.network: DNA's published figures on sample.dna, formulas, graphs, exports."""
from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from pathlib import Path

import networkx as nx
import numpy as np
import pandas as pd
import pytest

from discourse.network import (actor_network, as_statements, claim_network, communities,
                               edges_dataframe, event_windows, filter_statements, network_matrix, roll_up,
                               time_windows, to_dataframe, to_node_link, two_mode_graph,
                               write_gexf, write_graphml)
from discourse.records import Statement

SAMPLE = Path(__file__).resolve().parents[1] / "../shared/fixtures/dna/sample.dna"
ENER = "Energy and Environmental Analysis, Inc."
EPA = "Environmental Protection Agency"
ALLIANCE = "Alliance to Save Energy"
SENATE = "Senate"
SIERRA = "Sierra Club"
NPRA = "National Petrochemical & Refiners Association"
CO2 = "CO2 legislation will not hurt the economy."
CAP = "Cap and trade is the solution."
EMIS = "Emissions legislation should regulate CO2."


@pytest.fixture(scope="module")
def sample() -> list[Statement]:
    if not SAMPLE.exists():
        pytest.skip("DNA sample database not available")
    from discourse.dna import read_dna
    return read_dna(SAMPLE)


@pytest.fixture(scope="module")
def raw() -> list[tuple[str, str, int, int]]:
    """(organization, concept, agreement, document) straight from the SQL tables."""
    if not SAMPLE.exists():
        pytest.skip("DNA sample database not available")
    sql = """
        SELECT o.Value, c.Value, b.Value, s.DocumentId FROM STATEMENTS s
        JOIN DATASHORTTEXT do ON do.StatementId = s.ID AND do.VariableId = 2
        JOIN ENTITIES o ON o.ID = do.Entity
        JOIN DATASHORTTEXT dc ON dc.StatementId = s.ID AND dc.VariableId = 3
        JOIN ENTITIES c ON c.ID = dc.Entity
        JOIN DATABOOLEAN b ON b.StatementId = s.ID AND b.VariableId = 4
        WHERE s.StatementTypeId = 1"""
    with sqlite3.connect(f"file:{SAMPLE.as_posix()}?mode=ro", uri=True) as conn:
        return list(conn.execute(sql))


# ---------------------------------------------------------------------------
# Figures DNA's own tests publish for sample.dna
# ---------------------------------------------------------------------------
# leifeld/dna, rDNA/rDNA/tests/testthat/test-network.R, "dna_network, as.matrix, print, ..."
# calls dna_network() with rDNA's defaults (rDNA/rDNA/R/dna_network.R: variable1 =
# "organization", variable2 = "concept", qualifier = "agreement", qualifierAggregation =
# "ignore", normalization = "no", duplicates = "include") and asserts:
#   twomode: dim 7 x 6, sum 40, printed "CO2 * Cap" column header, row "Ener* 2 0",
#            "Start: 2005-01-26 Stop: 2005-02-16 Statements: 40", first row label
#            "Alliance to Save Energy", first column "CO2 legislation will not hurt the economy"
#   onemode: dim 7 x 7, sum 276, row "Envi* 10 2" under header "Alli* Ener",
#            first label "Alliance to Save Energy".
# The same file's "dna_tidygraph works" asserts 13 nodes and 22 edges for the two-mode
# network and 21 edges for the one-mode network.

def test_rdna_twomode_dimensions_and_sum(sample):
    m = network_matrix(sample, "twomode")
    assert m.shape == (7, 6)
    assert m.values.sum() == 40
    assert m.index[0] == ALLIANCE
    assert list(m.columns[:2]) == [CO2, CAP]          # "CO2 * Cap"
    assert m.loc[ENER, [CO2, CAP]].tolist() == [2, 0]  # "Ener* 2 0"


def test_rdna_statements_and_date_range(sample):
    kept = filter_statements(sample)
    assert len(kept) == 40                                             # "Statements: 40"
    assert (kept[0].date, kept[-1].date) == ("2005-01-26", "2005-02-16")  # Start / Stop


def test_rdna_onemode_dimensions_and_sum(sample):
    m = network_matrix(sample, "onemode")
    assert m.shape == (7, 7)
    assert m.values.sum() == 276
    assert m.index[0] == ALLIANCE
    assert m.loc[EPA, [ALLIANCE, ENER]].tolist() == [10, 2]  # "Envi* 10 2"


def test_rdna_tidygraph_edge_counts(sample):
    two = two_mode_graph(sample)
    assert (two.number_of_nodes(), two.number_of_edges()) == (13, 22)
    assert actor_network(sample, aggregation="ignore").number_of_edges() == 21


# leifeld/dna, rDNA/rDNA/tests/testthat/test-backbone.R, "Nested backbone works": with
# dna_backbone's defaults (rDNA/rDNA/R/dna_backbone.R: qualifierAggregation = "subtract",
# duplicates = "document") it asserts attributes(b)$numStatementsFull == 23 and
# dim(b) == c(6, 5), i.e. 23 statements survive the per-document duplicate filter (the
# qualifier counts, since the aggregation is not "ignore") and there are 6 concepts.

def test_rdna_backbone_statement_count_after_document_duplicates(sample):
    assert len(filter_statements(sample, duplicates="document", qualifier=True)) == 23
    assert network_matrix(sample, "onemode", mode="claim", aggregation="subtract",
                          normalization="average", duplicates="document").shape == (6, 6)


# ---------------------------------------------------------------------------
# Figures derived by hand from the raw SQL rows (DNA's tests publish no congruence,
# conflict, subtract or normalised values for the DNA 3 sample)
# ---------------------------------------------------------------------------

@pytest.mark.parametrize("aggregation, normalization, a, b, expected", [
    # EPA says "There should be legislation..." 10x agree; the Alliance 1x agree: 10 x 1.
    ("congruence", "no", EPA, ALLIANCE, 10),
    # Sierra Club agrees on CO2 (2x) and "There should be..." (1x); NPRA disagrees with
    # both (2x, 2x): conflict 2*2 + 1*2 = 6, no congruence.
    ("conflict", "no", SIERRA, NPRA, 6),
    ("congruence", "no", SIERRA, NPRA, 0),
    ("subtract", "no", SIERRA, NPRA, -6),
    # Senate: CO2 0 (2x), Emissions 0 (1x), There 1 (2x); EEA: CO2 0 (2x), Emissions 0 (1x)
    # and 1 (1x). Congruence 2*2 + 1*1 = 5, conflict 1*1 = 1, subtract 4.
    ("congruence", "no", SENATE, ENER, 5),
    ("conflict", "no", SENATE, ENER, 1),
    ("subtract", "no", SENATE, ENER, 4),
    # average: Senate has 5 statements, EEA 4 -> 4 / 4.5
    ("subtract", "average", SENATE, ENER, 4 / 4.5),
    # cosine (DNA: sqrt(5^2) * sqrt(4^2) = 20)
    ("congruence", "cosine", SENATE, ENER, 5 / 20),
    # jaccard over (concept, level) cells: m10 = Senate-only counts (There:1 -> 2) = 2,
    # m01 = EEA-only (Emissions:1 -> 1) = 1, m11 = CO2:0 2*2 + Emissions:0 1*1 = 5 -> 8
    ("congruence", "jaccard", SENATE, ENER, 5 / 8),
    # ignore: product of concept counts, CO2 2*2 + Emissions 1*2 = 6
    ("ignore", "no", SENATE, ENER, 6),
])
def test_onemode_cells_by_hand(sample, aggregation, normalization, a, b, expected):
    m = network_matrix(sample, "onemode", aggregation=aggregation, normalization=normalization)
    assert m.loc[a, b] == pytest.approx(expected)
    assert m.loc[b, a] == pytest.approx(expected)


@pytest.mark.parametrize("aggregation, row, column, expected", [
    ("subtract", ENER, EMIS, 0),     # 1 agree - 1 disagree
    ("subtract", ENER, CO2, -2),
    ("subtract", SIERRA, CO2, 2),
    ("combine", ENER, EMIS, 3),      # both qualifier values
    ("combine", ENER, CO2, 2),       # disagreement only
    ("combine", SIERRA, CO2, 1),     # agreement only
    ("combine", SIERRA, CAP, 0),
])
def test_twomode_cells_by_hand(sample, aggregation, row, column, expected):
    assert network_matrix(sample, "twomode", aggregation=aggregation).loc[row, column] == expected


def test_congruence_plus_conflict_is_ignore_without_neutral(sample):
    parts = [network_matrix(sample, aggregation=a).values.sum() for a in ("congruence", "conflict")]
    assert parts == [160, 116]
    assert sum(parts) == 276


def test_document_duplicates_without_qualifier(sample):
    # 'ignore' drops the qualifier from the duplicate key: EEA's Emissions 0 and 1 in
    # document 1 collapse into one statement -> 22 instead of 23.
    assert len(filter_statements(sample, duplicates="document", qualifier=False)) == 22
    assert network_matrix(sample, "twomode", duplicates="document").values.sum() == 22


def _plain_array(raw):
    """A second, plain implementation: counts[org][concept][agreement]."""
    counts = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    for org, concept, agreement, _ in raw:
        counts[org][concept][agreement] += 1
    return counts


def _plain_onemode(raw, aggregation, normalization):
    counts = _plain_array(raw)
    orgs = sorted(counts)
    concepts = sorted({c for _, c, _, _ in raw})
    out = pd.DataFrame(0.0, index=orgs, columns=orgs)
    for a in orgs:
        for b in orgs:
            if a == b:
                continue
            same = diff = product = 0
            for c in concepts:
                x, y = counts[a][c], counts[b][c]
                same += x[0] * y[0] + x[1] * y[1]
                diff += x[0] * y[1] + x[1] * y[0]
                product += sum(x) * sum(y)
            value = {"ignore": product, "congruence": same, "conflict": diff,
                     "subtract": same - diff}[aggregation]
            n_a = sum(sum(v) for v in counts[a].values())
            n_b = sum(sum(v) for v in counts[b].values())
            cells = [(counts[a][c][k], counts[b][c][k]) for c in concepts for k in (0, 1)]
            norm = {"no": 1, "average": (n_a + n_b) / 2, "cosine": n_a * n_b,
                    "jaccard": sum(x for x, y in cells if y == 0) + sum(y for x, y in cells if x == 0)
                    + sum(x * y for x, y in cells)}[normalization]
            out.loc[a, b] = value / norm if norm else 0.0
    return out


@pytest.mark.parametrize("aggregation", ["ignore", "congruence", "conflict", "subtract"])
@pytest.mark.parametrize("normalization", ["no", "average", "jaccard", "cosine"])
def test_onemode_matches_plain_implementation(sample, raw, aggregation, normalization):
    expected = _plain_onemode(raw, aggregation, normalization)
    got = network_matrix(sample, "onemode", aggregation=aggregation, normalization=normalization)
    pd.testing.assert_frame_equal(got, expected, check_exact=False)


def _plain_twomode(raw, aggregation, normalization):
    counts = _plain_array(raw)
    orgs, concepts = sorted(counts), sorted({c for _, c, _, _ in raw})
    value = {"ignore": lambda x: x[0] + x[1], "subtract": lambda x: x[1] - x[0],
             "combine": lambda x: 2 * (x[0] > 0) + (x[1] > 0)}[aggregation]
    out = pd.DataFrame([[float(value(counts[o][c])) for c in concepts] for o in orgs],
                       index=orgs, columns=concepts)
    totals = pd.DataFrame([[float(sum(counts[o][c])) for c in concepts] for o in orgs],
                          index=orgs, columns=concepts)
    if normalization == "no":
        return out
    base = {"ignore": out, "subtract": totals, "combine": (out > 0).astype(float)}[aggregation]
    axis = 1 if normalization == "activity" else 0
    return out.div(base.sum(axis=axis), axis=0 if axis == 1 else 1).fillna(0.0)


@pytest.mark.parametrize("aggregation", ["ignore", "subtract", "combine"])
@pytest.mark.parametrize("normalization", ["no", "activity", "prominence"])
def test_twomode_matches_plain_implementation(sample, raw, aggregation, normalization):
    expected = _plain_twomode(raw, aggregation, normalization)
    got = network_matrix(sample, "twomode", aggregation=aggregation, normalization=normalization)
    pd.testing.assert_frame_equal(got, expected, check_exact=False)


def test_claim_network_is_the_transposed_view(sample):
    m = network_matrix(sample, "onemode", mode="claim", aggregation="ignore")
    assert m.shape == (6, 6)
    # EEA: CO2 2x, Emissions 2x; Senate: CO2 2x, Emissions 1x; EPA: CO2 1x, Emissions 0;
    # NPRA: CO2 2x; Alliance: Emissions 2x; Sierra: 2x, 1x; PIRG: 1x, 1x.
    assert m.loc[CO2, EMIS] == 2 * 2 + 2 * 1 + 2 * 1 + 1 * 1
    assert claim_network(sample, aggregation="ignore").edges[CO2, EMIS]["weight"] == 9


# ---------------------------------------------------------------------------
# Toy statements shaped like the seeds
# ---------------------------------------------------------------------------

def S(doc, actor, claim, stance, date="2018-04-08", start=0, end=10, text="", **kw):
    return Statement(doc=doc, actor=actor, claim=claim, stance=stance, date=date,
                     start=start, end=end, text=text or f"{actor} {stance} {claim}", **kw)


TOY = [
    S("000", "USA", "CW_ATTACKS", "support", start=1562, end=1600, cue="قالت", source="واشنطن"),
    S("000", "UN", "CW_ATTACKS", "support", start=1700, end=1750),
    S("000", "RUS", "CW_ATTACKS", "oppose", start=1640, end=1670, cue="إنكارها", source="روسيا"),
    S("001", "SYR", "CW_ATTACKS", "oppose", date="2018-04-10", start=10, end=60),
    S("001", "RUS", "CW_ATTACKS", "oppose", date="2018-04-10", start=70, end=90),
    S("002", "USA", "RESPONSE", "support", date="2018-05-14", start=5, end=40),
    S("002", "RUS", "RESPONSE", "oppose", date="2018-05-14", start=50, end=80),
    S("002", "UN", "RESPONSE", "neutral", date="2018-05-14", start=90, end=99),
]


def test_seed_polarisation():
    g = two_mode_graph(TOY)
    net = {actor: g.edges[actor, "CW_ATTACKS"]["net"] for actor in ("USA", "UN", "RUS", "SYR")}
    assert net == {"USA": 1, "UN": 1, "RUS": -2, "SYR": -1}
    a = actor_network(TOY, aggregation="subtract")
    assert a.edges["USA", "UN"]["weight"] > 0 and a.edges["RUS", "SYR"]["weight"] > 0
    for x in ("USA", "UN"):
        for y in ("RUS", "SYR"):
            assert a.edges[x, y]["weight"] < 0
    assert sorted(sorted(c) for c in communities(a)) == [["RUS", "SYR"], ["UN", "USA"]]


def test_every_edge_points_back_to_its_statements():
    g = two_mode_graph(TOY)
    by_edge = defaultdict(list)
    for s in TOY:
        by_edge[frozenset((s.actor, s.claim))].append(s)
    assert g.number_of_edges() == len(by_edge)
    for u, v, data in g.edges(data=True):
        statements = by_edge[frozenset((u, v))]
        assert data["weight"] == len(data["evidence"]) == len(statements)
        assert data["support"] + data["oppose"] + data["neutral"] == data["weight"]
        assert data["net"] == data["support"] - data["oppose"]
        keys = {(e["doc"], e["start"], e["end"], e["stance"], e["text"]) for e in data["evidence"]}
        assert keys == {(s.doc, s.start, s.end, s.stance, s.text) for s in statements}
    evidence = g.edges["USA", "CW_ATTACKS"]["evidence"][0]
    assert (evidence["cue"], evidence["source"], evidence["sentence"]) == ("قالت", "واشنطن", 0)


def test_two_mode_node_attributes():
    g = two_mode_graph(TOY)
    assert nx.is_bipartite(g)
    assert {n for n, d in g.nodes(data=True) if d["bipartite"] == 0} == {"USA", "UN", "RUS", "SYR"}
    assert {d["mode"] for n, d in g.nodes(data=True) if d["bipartite"] == 1} == {"claim"}


def test_id_used_as_actor_and_claim_is_an_error():
    with pytest.raises(ValueError, match="both as actor and as claim"):
        two_mode_graph([S("d", "X", "Y", "support"), S("d", "Y", "Z", "support")])


@pytest.mark.parametrize("a, b, aggregation, expected", [
    # integer qualifier -1 / 0 / +1, range 2 (DNA's integer-qualifier weights)
    ("support", "support", "congruence", 1.0),
    ("support", "neutral", "congruence", 0.5),
    ("support", "neutral", "conflict", 0.5),
    ("support", "neutral", "subtract", 0.0),
    ("support", "oppose", "congruence", 0.0),
    ("support", "oppose", "conflict", 1.0),
    ("neutral", "neutral", "congruence", 1.0),
])
def test_neutral_is_the_middle_of_an_integer_qualifier(a, b, aggregation, expected):
    m = network_matrix([S("d", "A", "C", a), S("d", "B", "C", b)], aggregation=aggregation)
    assert m.loc["A", "B"] == pytest.approx(expected)


@pytest.mark.parametrize("stances, expected", [
    # levels present in ascending order: oppose (-1), neutral (0), support (+1)
    (["support"], 1), (["neutral"], 2), (["oppose"], 4), (["support", "oppose"], 5),
])
def test_combine_with_neutral_levels(stances, expected):
    statements = [S("d", "A", "C", s) for s in stances] + [S("d", "B", "C", "neutral")]
    assert network_matrix(statements, "twomode", aggregation="combine").loc["A", "C"] == expected


@pytest.mark.parametrize("duplicates, expected", [
    ("include", 4), ("document", 3), ("week", 3), ("month", 2), ("year", 1), ("acrossrange", 1),
])
def test_duplicates_per_period(duplicates, expected):
    statements = [S("d1", "A", "C", "support", date="2018-04-02"),
                  S("d1", "A", "C", "support", date="2018-04-02"),
                  S("d2", "A", "C", "support", date="2018-04-20"),
                  S("d3", "A", "C", "support", date="2018-06-01")]
    assert two_mode_graph(statements, duplicates=duplicates).edges["A", "C"]["weight"] == expected


def test_month_duplicates_keep_the_year_apart():
    statements = [S("d1", "A", "C", "support", date="2017-04-02"),
                  S("d2", "A", "C", "support", date="2018-04-02")]
    assert len(filter_statements(statements, duplicates="month")) == 2


def test_date_window_is_inclusive_and_drops_undated():
    statements = TOY + [S("x", "USA", "CW_ATTACKS", "support", date=None)]
    g = two_mode_graph(statements, start_date="2018-04-10", stop_date="2018-05-14")
    assert g.graph["statements"] == 5
    assert set(g.nodes) == {"SYR", "RUS", "CW_ATTACKS", "USA", "RESPONSE", "UN"}


def test_time_windows_by_month():
    windows = time_windows(TOY, "month")
    assert [(a.strftime("%Y-%m-%d"), b.strftime("%Y-%m-%d")) for a, b, _ in windows] == [
        ("2018-04-01", "2018-05-01"), ("2018-05-01", "2018-06-01")]
    assert [g.graph["statements"] for _, _, g in windows] == [5, 3]


def test_time_windows_moving_and_one_mode():
    windows = time_windows(TOY, "14D", step="7D", build=actor_network, aggregation="subtract")
    assert len(windows) == 6
    assert all(isinstance(g, nx.Graph) for _, _, g in windows)
    assert windows[0][2].edges["USA", "RUS"]["weight"] < 0


def test_event_windows_are_centred_runs_of_statements():
    windows = event_windows(TOY, 4)                 # 2 statements either side of the centre
    # sorted by (date, doc, start): USA 1562, RUS 1640, UN 1700, SYR, RUS, USA, RUS, UN
    assert len(windows) == len(TOY) - 4
    assert [g.graph["statements"] for _, g in windows] == [5, 5, 5, 5]
    assert [t.strftime("%m-%d") for t, _ in windows] == ["04-08", "04-10", "04-10", "05-14"]
    first = windows[0][1]
    assert (first.graph["start"], first.graph["end"]) == ("2018-04-08", "2018-04-10")
    assert not first.has_edge("USA", "RESPONSE")     # the May statements are outside it
    assert windows[-1][1].has_edge("USA", "RESPONSE")


def test_event_windows_build_one_mode_and_reject_a_window_under_two():
    windows = event_windows(TOY, 2, build=actor_network, aggregation="conflict")
    assert len(windows) == len(TOY) - 2
    assert all(isinstance(g, nx.Graph) for _, g in windows)
    assert event_windows(TOY[:2], 2) == []          # no statement has a neighbour on both sides
    with pytest.raises(ValueError, match="at least 2"):
        event_windows(TOY, 1)


def test_event_windows_on_sample_dna(sample):
    # rDNA's tests (leifeld/dna, rDNA/tests/testthat/test-multiclust.R, "dna_multiclust works
    # longitudinally"): timewindow = "events", windowsize = 28 on the 40 sample statements
    # gives 12 windows.
    windows = event_windows(sample, 28)
    assert len(windows) == 12
    assert all(g.graph["statements"] == 29 for _, g in windows)


def test_roll_up_follows_the_hierarchy():
    statements = [S("d", "USA_STATE", "C", "support"), S("d", "RUS", "C", "oppose")]
    rolled = roll_up(statements, {"USA_STATE": "USA_GOV", "USA_GOV": "USA"})
    assert [s.actor for s in rolled] == ["USA", "RUS"]
    with pytest.raises(ValueError, match="cycle"):
        roll_up(statements, {"USA_STATE": "X", "X": "USA_STATE"})


def test_communities_ignore_negative_ties_and_are_reproducible():
    g = actor_network(TOY, aggregation="subtract")
    assert communities(g, seed=1) == communities(g, seed=1)
    greedy = communities(g, method="greedy")
    assert sorted(sorted(c) for c in greedy) == [["RUS", "SYR"], ["UN", "USA"]]


@pytest.mark.parametrize("kwargs, message", [
    ({"aggregation": "combine"}, "'aggregation' must be one of"),
    ({"network_type": "twomode", "aggregation": "congruence"}, "'aggregation' must be one of"),
    ({"normalization": "activity"}, "'normalization' must be one of"),
    ({"duplicates": "day"}, "'duplicates' must be one of"),
])
def test_invalid_options_name_the_allowed_values(kwargs, message):
    with pytest.raises(ValueError, match=message):
        network_matrix(TOY, **kwargs)


def test_dicts_and_dataframes_are_accepted():
    frame = to_dataframe(TOY)
    assert list(frame.columns[:4]) == ["doc", "actor", "claim", "stance"]
    assert as_statements(frame) == TOY
    assert as_statements(frame.to_dict("records")) == TOY
    frame.loc[0, "date"] = None
    assert as_statements(frame)[0].date is None
    with pytest.raises(ValueError, match="'stance' must be one of"):
        as_statements([{"doc": "d", "actor": "A", "claim": "C", "stance": "agree"}])


def test_edges_dataframe_and_exports(tmp_path):
    g = two_mode_graph(TOY)
    edges = edges_dataframe(g)
    assert len(edges) == g.number_of_edges()
    assert json.loads(edges.loc[0, "evidence"])[0]["doc"] == "000"
    write_graphml(g, tmp_path / "g.graphml")
    back = nx.read_graphml(tmp_path / "g.graphml")
    evidence = json.loads(back.edges["USA", "CW_ATTACKS"]["evidence"])
    assert evidence[0]["cue"] == "قالت"
    assert back.nodes["USA"]["mode"] == "actor"
    write_gexf(g, tmp_path / "g.gexf")
    assert nx.read_gexf(tmp_path / "g.gexf").number_of_edges() == g.number_of_edges()
    write_graphml(actor_network(TOY), tmp_path / "a.graphml")
    assert nx.read_graphml(tmp_path / "a.graphml").number_of_nodes() == 4


def test_node_link_is_json():
    data = to_node_link(two_mode_graph(TOY))
    text = json.dumps(data, ensure_ascii=False)
    assert "واشنطن" in text
    rebuilt = nx.node_link_graph(data, edges="edges")
    assert rebuilt.edges["RUS", "CW_ATTACKS"]["oppose"] == 2


def test_empty_input_gives_empty_results():
    assert two_mode_graph([]).number_of_nodes() == 0
    assert network_matrix([]).shape == (0, 0)
    assert actor_network([]).number_of_nodes() == 0
    assert time_windows([]) == []
    assert np.array_equal(network_matrix([], "twomode").values, np.zeros((0, 0)))
