"""Actor × claim networks with the Discourse Network Analyzer's definitions."""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import fields, replace
from typing import Any

import networkx as nx
import numpy as np
import pandas as pd

from discourse.records import STANCES, Statement

#: The stance as an integer qualifier (DNA's boolean ``agreement`` is 1 = agree,
#: 0 = disagree; we use +1 / -1 and put neutral in the middle, see
#: :func:`qualifier_levels`).
STANCE_VALUES: dict[str, int] = {"oppose": -1, "neutral": 0, "support": 1}
DUPLICATES = ("include", "document", "week", "month", "year", "acrossrange")
ONE_MODE_AGGREGATIONS = ("ignore", "congruence", "conflict", "subtract")
TWO_MODE_AGGREGATIONS = ("ignore", "subtract", "combine")
ONE_MODE_NORMALIZATIONS = ("no", "average", "jaccard", "cosine")
TWO_MODE_NORMALIZATIONS = ("no", "activity", "prominence")
NETWORK_TYPES = ("onemode", "twomode")
MODES = ("actor", "claim")
EVIDENCE_KEYS = ("doc", "sentence", "start", "end", "text", "cue", "source", "stance", "confidence")
_FIELDS = tuple(f.name for f in fields(Statement))

StatementsLike = Iterable[Statement] | Iterable[Mapping[str, Any]] | pd.DataFrame


def check_choice(name: str, value: Any, allowed: Iterable[Any]) -> None:
    """Raise ``ValueError`` naming the argument, the allowed values and the value given."""
    allowed = tuple(allowed)
    if value not in allowed:
        raise ValueError(f"{name!r} must be one of {allowed} (got {value!r})")


# ---------------------------------------------------------------------------
# Statements in, statements out
# ---------------------------------------------------------------------------

def as_statements(data: StatementsLike) -> list[Statement]:
    """Normalise statements, dicts with Statement's keys or a DataFrame to a list of Statement.

    Example
    -------
    >>> as_statements([{"doc": "d1", "actor": "USA", "claim": "CW", "stance": "support"}])[0].actor
    'USA'
    """
    if isinstance(data, pd.DataFrame):
        data = data.to_dict("records")
    return [item if isinstance(item, Statement) else _statement_from_mapping(item) for item in data]


def _statement_from_mapping(item: Mapping[str, Any]) -> Statement:
    values = {k: _clean(item[k]) for k in _FIELDS if k in item}
    check_choice("stance", values.get("stance"), STANCES)
    for key in ("sentence", "start", "end"):
        if values.get(key) is not None:
            values[key] = int(values[key])
    if values.get("confidence") is not None:
        values["confidence"] = float(values["confidence"])
    if values.get("date") is not None:
        values["date"] = _iso_date(values["date"])
    for key in ("doc", "actor", "claim"):
        values[key] = str(values[key])
    return Statement(**values)


def _clean(value: Any) -> Any:
    """Missing values of a DataFrame (NaN, NaT, pd.NA) become None."""
    if value is None or isinstance(value, (list, dict, tuple)):
        return value
    return None if pd.isna(value) else value


def _iso_date(value: Any) -> str:
    """A date given as str, date, datetime or Timestamp, as 'YYYY-MM-DD'."""
    return pd.Timestamp(value).date().isoformat()


def filter_statements(
    statements: StatementsLike,
    duplicates: str = "include",
    start_date: Any = None,
    stop_date: Any = None,
    qualifier: bool = True,
) -> list[Statement]:
    """Statements in a date window, sorted by date, with duplicates removed like DNA.

    Parameters
    ----------
    statements : iterable of Statement, dicts or a DataFrame
    duplicates : {'include', 'document', 'week', 'month', 'year', 'acrossrange'}
        'include' keeps all; 'document' keeps one statement per actor–claim–stance
        and document; 'week' / 'month' / 'year' one per calendar period
        (ISO weeks, Monday to Sunday); 'acrossrange' one in the whole window.
        DNA's exporter compares only the month (or week) number, so that January
        2005 and January 2006 collide; here a period is the month of its year.
        Undated statements share one period.
    start_date, stop_date : str, date or Timestamp, optional
        Inclusive bounds on the statement date. With a bound, undated statements
        are left out.
    qualifier : bool
        Whether the stance takes part in the duplicate key (DNA: yes unless the
        qualifier aggregation is 'ignore').

    Returns
    -------
    list of Statement
        Sorted by (date, doc, start); of duplicates the first is kept.

    Example
    -------
    >>> s = [Statement("d1", "USA", "CW", "support", date="2018-04-08")] * 2
    >>> len(filter_statements(s, duplicates="document"))
    1
    """
    check_choice("duplicates", duplicates, DUPLICATES)
    kept = [s for s in as_statements(statements)
            if s.actor and s.claim and _in_window(s.date, start_date, stop_date)]
    kept.sort(key=lambda s: (s.date or "", s.doc, s.start))
    if duplicates == "include":
        return kept
    seen: set[tuple] = set()
    out = []
    for s in kept:
        key = (s.actor, s.claim, s.stance if qualifier else None, _scope(s, duplicates))
        if key not in seen:
            seen.add(key)
            out.append(s)
    return out


def _in_window(date: str | None, start_date: Any, stop_date: Any) -> bool:
    if start_date is None and stop_date is None:
        return True
    if date is None:
        return False
    if start_date is not None and date < _iso_date(start_date):
        return False
    return stop_date is None or date <= _iso_date(stop_date)


def _scope(s: Statement, duplicates: str) -> Any:
    """The document or calendar period within which duplicates are counted once."""
    if duplicates == "document":
        return s.doc
    if duplicates == "acrossrange" or s.date is None:
        return None
    day = dt.date.fromisoformat(s.date)
    if duplicates == "year":
        return day.year
    if duplicates == "month":
        return (day.year, day.month)
    return tuple(day.isocalendar())[:2]


def roll_up(statements: StatementsLike, hierarchy: Mapping[str, str]) -> list[Statement]:
    """Replace every actor by its top-most parent in ``hierarchy`` (child -> parent).

    The hierarchy is followed transitively (a ministry → its government → the
    state); actors not in it stay as they are.

    Example
    -------
    >>> s = [Statement("d1", "USA_STATE_DEPT", "CW", "support")]
    >>> roll_up(s, {"USA_STATE_DEPT": "USA"})[0].actor
    'USA'
    """
    return [replace(s, actor=_root(s.actor, hierarchy)) for s in as_statements(statements)]


def _root(actor: str, hierarchy: Mapping[str, str]) -> str:
    seen = {actor}
    while actor in hierarchy:
        actor = hierarchy[actor]
        if actor in seen:
            raise ValueError(f"'hierarchy' has a cycle through {actor!r}")
        seen.add(actor)
    return actor


# ---------------------------------------------------------------------------
# Two-mode graph with evidence
# ---------------------------------------------------------------------------

def two_mode_graph(
    statements: StatementsLike,
    duplicates: str = "include",
    start_date: Any = None,
    stop_date: Any = None,
) -> nx.Graph:
    """Bipartite actor × claim graph with stance counts and the evidence of every edge.

    Parameters
    ----------
    statements : iterable of Statement, dicts or a DataFrame
    duplicates, start_date, stop_date
        As in :func:`filter_statements` (duplicates are counted per stance).

    Returns
    -------
    networkx.Graph
        Nodes carry ``bipartite`` (0 actor, 1 claim) and ``mode`` ('actor' or
        'claim'). Edges carry ``support``, ``oppose``, ``neutral``, ``weight``
        (their sum), ``net`` (support − oppose) and ``evidence``: one dict per
        statement with the keys of :data:`EVIDENCE_KEYS`.

    Example
    -------
    >>> g = two_mode_graph([Statement("d1", "USA", "CW", "support"),
    ...                     Statement("d2", "RUS", "CW", "oppose")])
    >>> g.edges["RUS", "CW"]["net"], g.nodes["CW"]["mode"]
    (-1, 'claim')
    """
    kept = filter_statements(statements, duplicates, start_date, stop_date)
    _check_disjoint({s.actor for s in kept}, {s.claim for s in kept})
    graph = nx.Graph(duplicates=duplicates, start_date=start_date, stop_date=stop_date,
                     statements=len(kept))
    for s in kept:
        graph.add_node(s.actor, bipartite=0, mode="actor")
        graph.add_node(s.claim, bipartite=1, mode="claim")
        if not graph.has_edge(s.actor, s.claim):
            graph.add_edge(s.actor, s.claim, support=0, oppose=0, neutral=0,
                           weight=0, net=0, evidence=[])
        edge = graph.edges[s.actor, s.claim]
        edge[s.stance] += 1
        edge["weight"] += 1
        edge["net"] = edge["support"] - edge["oppose"]
        edge["evidence"].append(evidence(s))
    return graph


def evidence(statement: Statement) -> dict[str, Any]:
    """The audit record of one statement: where it is and what it says."""
    return {key: getattr(statement, key) for key in EVIDENCE_KEYS}


def _check_disjoint(actors: set[str], claims: set[str]) -> None:
    both = sorted(actors & claims)
    if both:
        raise ValueError(f"ids used both as actor and as claim: {both}; rename one of them")


# ---------------------------------------------------------------------------
# DNA's network matrices
# ---------------------------------------------------------------------------

def qualifier_levels(statements: Iterable[Statement]) -> np.ndarray:
    """The integer qualifier levels in use: always -1 (oppose) and +1 (support), 0 if neutral occurs.

    Without neutral statements every DNA formula then gives exactly the result
    of DNA's boolean ``agreement`` qualifier; with neutral ones, DNA's integer
    qualifier formulas apply to the scale -1 / 0 / +1 (range 2): support and
    neutral are half congruent, half conflicting; support and oppose fully
    conflicting. (DNA takes an integer qualifier's levels from the values
    observed; we always keep both poles, like its boolean qualifier does.)
    """
    values = {-1, 1} | {STANCE_VALUES[s.stance] for s in statements}
    return np.array(sorted(values))


def _array(statements: list[Statement], rows: str, cols: str):
    """DNA's 3-D array: row entity × column entity × qualifier level → count."""
    row_names = sorted({getattr(s, rows) for s in statements})
    col_names = sorted({getattr(s, cols) for s in statements})
    levels = qualifier_levels(statements)
    r_index = {name: i for i, name in enumerate(row_names)}
    c_index = {name: j for j, name in enumerate(col_names)}
    k_index = {int(q): k for k, q in enumerate(levels)}
    array = np.zeros((len(row_names), len(col_names), len(levels)))
    for s in statements:
        array[r_index[getattr(s, rows)], c_index[getattr(s, cols)],
              k_index[STANCE_VALUES[s.stance]]] += 1
    return row_names, col_names, levels, array


def network_matrix(
    statements: StatementsLike,
    network_type: str = "onemode",
    mode: str = "actor",
    aggregation: str = "ignore",
    normalization: str = "no",
    duplicates: str = "include",
    start_date: Any = None,
    stop_date: Any = None,
) -> pd.DataFrame:
    """The network matrix that DNA's exporter (and rDNA's ``dna_network``) computes.

    Parameters
    ----------
    statements : iterable of Statement, dicts or a DataFrame
    network_type : {'onemode', 'twomode'}
    mode : {'actor', 'claim'}
        The row variable (DNA's ``variable1``); the other one is the column
        variable of a two-mode matrix, or the variable through which one-mode
        ties run.
    aggregation : str
        Qualifier aggregation. One-mode: 'ignore' (product of the two rows'
        counts per claim), 'congruence', 'conflict', 'subtract' (congruence −
        conflict), with DNA's integer-qualifier weights ``1 − |q1 − q2| / range``
        and ``|q1 − q2| / range`` over :func:`qualifier_levels`. Two-mode:
        'ignore' (count), 'subtract' (support − oppose), 'combine' (lexical rank
        of the levels present, ascending: without neutral 1 = support only,
        2 = oppose only, 3 = both).
    normalization : str
        One-mode: 'no', 'average', 'jaccard', 'cosine'; two-mode: 'no',
        'activity' (rows), 'prominence' (columns); DNA's exporter formulas.
    duplicates, start_date, stop_date
        As in :func:`filter_statements`; the stance is part of the duplicate key
        unless ``aggregation == 'ignore'``, as in DNA.

    Returns
    -------
    pandas.DataFrame
        Rows and columns labelled and sorted as DNA sorts them; one-mode
        diagonals are 0.

    Example
    -------
    >>> s = [Statement("d1", "USA", "CW", "support"), Statement("d1", "UN", "CW", "support"),
    ...      Statement("d2", "RUS", "CW", "oppose")]
    >>> network_matrix(s, aggregation="subtract").loc["USA", ["RUS", "UN"]].tolist()
    [-1.0, 1.0]
    """
    check_choice("network_type", network_type, NETWORK_TYPES)
    check_choice("mode", mode, MODES)
    one_mode = network_type == "onemode"
    check_choice("aggregation", aggregation, ONE_MODE_AGGREGATIONS if one_mode else TWO_MODE_AGGREGATIONS)
    check_choice("normalization", normalization,
                 ONE_MODE_NORMALIZATIONS if one_mode else TWO_MODE_NORMALIZATIONS)
    kept = filter_statements(statements, duplicates, start_date, stop_date,
                             qualifier=aggregation != "ignore")
    other = "claim" if mode == "actor" else "actor"
    rows, cols, levels, array = _array(kept, mode, other)
    if one_mode:
        values = _one_mode(array, levels, aggregation, normalization)
        return pd.DataFrame(values, index=rows, columns=rows)
    values = _two_mode(array, levels, aggregation, normalization)
    return pd.DataFrame(values, index=rows, columns=cols)


def _one_mode(array: np.ndarray, levels: np.ndarray, aggregation: str, normalization: str) -> np.ndarray:
    """DNA's one-mode formulas (Exporter.computeOneModeMatrix) over the 3-D array."""
    if aggregation == "ignore":
        totals = array.sum(axis=2)  # row × column counts over all levels
        values = totals @ totals.T
    else:
        distance = np.abs(levels[:, None] - levels[None, :]) / (levels.max() - levels.min())
        congruence = np.einsum("ajk,bjl,kl->ab", array, array, 1.0 - distance)
        conflict = np.einsum("ajk,bjl,kl->ab", array, array, distance)
        values = {"congruence": congruence, "conflict": conflict,
                  "subtract": congruence - conflict}[aggregation]
    norm = _one_mode_norm(array, normalization)
    with np.errstate(divide="ignore", invalid="ignore"):
        values = np.where(norm == 0, 0.0, values / norm)
    np.fill_diagonal(values, 0.0)
    return values


def _one_mode_norm(array: np.ndarray, normalization: str) -> np.ndarray:
    """The denominator of every dyad (DNA: average activity, Jaccard, 'cosine')."""
    n = array.shape[0]
    activity = array.sum(axis=(1, 2))  # statements per row entity
    if normalization == "no":
        return np.ones((n, n))
    if normalization == "average":
        return (activity[:, None] + activity[None, :]) / 2
    if normalization == "cosine":  # DNA: sqrt(c1²) · sqrt(c2²)
        return np.outer(activity, activity)
    flat = array.reshape(n, -1)  # jaccard: m10 + m01 + m11 over (column, level) cells
    used = (flat > 0).astype(float)
    only_first = flat @ (1 - used).T          # m10: i1's counts where i2 has none
    both = flat @ flat.T                      # m11: products where both have counts
    return only_first + only_first.T + both


def _two_mode(array: np.ndarray, levels: np.ndarray, aggregation: str, normalization: str) -> np.ndarray:
    """DNA's two-mode formulas (Exporter.computeTwoModeMatrix)."""
    if aggregation == "ignore":
        values = array.sum(axis=2)
    elif aggregation == "subtract":
        values = (array * levels).sum(axis=2)
    else:  # combine: lexical rank of the binary vector of levels present
        bits = 2.0 ** np.arange(len(levels) - 1, -1, -1)
        values = ((array > 0) * bits).sum(axis=2)
    if normalization == "no":
        return values
    axis = 1 if normalization == "activity" else 0
    if aggregation == "ignore":
        denominator = values.sum(axis=axis, keepdims=True)
    elif aggregation == "combine":
        denominator = (values > 0).sum(axis=axis, keepdims=True)
    else:
        denominator = array.sum(axis=2).sum(axis=axis, keepdims=True)
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(denominator == 0, 0.0, values / denominator)


# ---------------------------------------------------------------------------
# One-mode graphs
# ---------------------------------------------------------------------------

def actor_network(
    statements: StatementsLike,
    aggregation: str = "congruence",
    normalization: str = "no",
    duplicates: str = "include",
    start_date: Any = None,
    stop_date: Any = None,
    weight: str = "weight",
) -> nx.Graph:
    """Actor × actor network through shared claims, with DNA's definitions.

    See :func:`network_matrix` for the aggregation and normalization options.
    Every actor is a node (``mode='actor'``); a dyad with a non-zero value is an
    edge whose ``weight`` attribute holds it (negative for 'subtract' when
    conflict outweighs congruence) and whose ``claims`` lists the claims both
    actors spoke about.

    Example
    -------
    >>> s = [Statement("d1", "USA", "CW", "support"), Statement("d1", "UN", "CW", "support"),
    ...      Statement("d2", "RUS", "CW", "oppose")]
    >>> sorted(actor_network(s).edges)
    [('UN', 'USA')]
    """
    return _one_mode_graph(statements, "actor", aggregation, normalization,
                           duplicates, start_date, stop_date, weight)


def claim_network(
    statements: StatementsLike,
    aggregation: str = "congruence",
    normalization: str = "no",
    duplicates: str = "include",
    start_date: Any = None,
    stop_date: Any = None,
    weight: str = "weight",
) -> nx.Graph:
    """Claim × claim network through shared actors, with DNA's definitions.

    The mirror image of :func:`actor_network`: edges carry ``weight`` and
    ``actors``, the actors who spoke about both claims.

    Example
    -------
    >>> s = [Statement("d1", "USA", "CW", "support"), Statement("d1", "USA", "STRIKE", "support")]
    >>> claim_network(s).edges["CW", "STRIKE"]["weight"]
    1.0
    """
    return _one_mode_graph(statements, "claim", aggregation, normalization,
                           duplicates, start_date, stop_date, weight)


def _one_mode_graph(statements, mode, aggregation, normalization, duplicates,
                    start_date, stop_date, weight) -> nx.Graph:
    kept = filter_statements(statements, duplicates, start_date, stop_date,
                             qualifier=aggregation != "ignore")
    matrix = network_matrix(kept, "onemode", mode, aggregation, normalization)
    through = "claim" if mode == "actor" else "actor"
    shared = _shared(kept, mode, through)
    graph = nx.Graph(aggregation=aggregation, normalization=normalization,
                     duplicates=duplicates, statements=len(kept))
    graph.add_nodes_from(matrix.index, mode=mode)
    labels = list(matrix.index)
    for i, a in enumerate(labels):
        for b in labels[i + 1:]:
            value = float(matrix.at[a, b])
            if value != 0:
                graph.add_edge(a, b, **{weight: value, through + "s": shared(a, b)})
    return graph


def _shared(statements: list[Statement], mode: str, through: str) -> Callable[[str, str], list[str]]:
    used: dict[str, set[str]] = {}
    for s in statements:
        used.setdefault(getattr(s, mode), set()).add(getattr(s, through))
    return lambda a, b: sorted(used[a] & used[b])


# ---------------------------------------------------------------------------
# Time, communities
# ---------------------------------------------------------------------------

_PERIODS = {"week": pd.DateOffset(weeks=1), "month": pd.DateOffset(months=1),
            "year": pd.DateOffset(years=1)}


def time_windows(
    statements: StatementsLike,
    window: str | pd.DateOffset | pd.Timedelta = "month",
    step: str | pd.DateOffset | pd.Timedelta | None = None,
    build: Callable[..., nx.Graph] = two_mode_graph,
    **kwargs: Any,
) -> list[tuple[pd.Timestamp, pd.Timestamp, nx.Graph]]:
    """Slice dated statements into windows and build one graph per window.

    Parameters
    ----------
    statements : iterable of Statement, dicts or a DataFrame
    window : 'week', 'month', 'year', a pandas offset alias ('14D') or offset
        Length of a window. 'week' / 'month' / 'year' windows start on a
        Monday / the 1st / 1 January; others at the first statement's date.
    step : same types as ``window``, optional
        How far each window moves on; default ``window`` (no overlap). A step
        shorter than the window gives DNA-style moving windows.
    build : callable
        Graph builder called as ``build(window_statements, **kwargs)``, e.g.
        :func:`two_mode_graph` (default) or :func:`actor_network`.

    Returns
    -------
    list of (start, end, graph)
        ``start`` inclusive, ``end`` exclusive; windows without statements are
        kept (empty graphs) so the time axis is regular. Undated statements are
        left out.

    Example
    -------
    >>> s = [Statement("d1", "USA", "CW", "support", date="2018-04-08"),
    ...      Statement("d2", "RUS", "CW", "oppose", date="2018-05-02")]
    >>> [(a.strftime("%Y-%m"), g.number_of_edges()) for a, b, g in time_windows(s)]
    [('2018-04', 1), ('2018-05', 1)]
    """
    dated = [s for s in as_statements(statements) if s.date is not None]
    if not dated:
        return []
    length = _offset(window)
    move = length if step is None else _offset(step)
    days = pd.to_datetime([s.date for s in dated])
    start = _anchor(days.min(), window)
    out = []
    while start <= days.max():
        end = start + length
        inside = [s for s, day in zip(dated, days) if start <= day < end]
        out.append((start, end, build(inside, **kwargs)))
        start = start + move
    return out


def event_windows(
    statements: StatementsLike,
    size: int,
    build: Callable[..., nx.Graph] = two_mode_graph,
    **kwargs: Any,
) -> list[tuple[pd.Timestamp, nx.Graph]]:
    """DNA's event-based moving window: one graph per statement, built from the
    ``size // 2`` statements before it and after it in time.

    This is DNA's ``timeWindow = "events"`` (rDNA ``dna_network(timeWindow =
    "events", windowSize = size)``): statements are sorted by date, every
    statement with enough neighbours on both sides is the centre of a window of
    ``2 * (size // 2) + 1`` consecutive statements, and the window's time stamp
    is the centre statement's date. Where several statements share the date at
    a window's edge DNA draws among them at random; here the order of
    :func:`filter_statements` (date, document, offset) decides, so results are
    reproducible.

    Returns
    -------
    list of (date of the centre statement, graph)
        Each graph also carries ``graph.graph["start"]`` and ``["end"]`` (the
        first and last statement dates of its window) and ``["statements"]``.

    Example
    -------
    >>> s = [Statement(f"d{i}", "USA", "CW", "support", date=f"2018-04-0{i}") for i in range(1, 6)]
    >>> [(t.day, g.graph["statements"]) for t, g in event_windows(s, 2)]
    [(2, 3), (3, 3), (4, 3)]
    """
    if not isinstance(size, int) or size < 2:
        raise ValueError(f"size must be an integer of at least 2 statements (got {size!r})")
    dated = [s for s in filter_statements(statements) if s.date is not None]
    half = size // 2
    out = []
    for t in range(half, len(dated) - half):
        window = dated[t - half:t + half + 1]
        graph = build(window, **kwargs)
        graph.graph.update(start=window[0].date, end=window[-1].date, statements=len(window))
        out.append((pd.Timestamp(dated[t].date), graph))
    return out


def _offset(value: Any) -> pd.DateOffset | pd.Timedelta:
    if isinstance(value, str) and value in _PERIODS:
        return _PERIODS[value]
    if isinstance(value, str):
        return pd.tseries.frequencies.to_offset(value)
    return value


def _anchor(first: pd.Timestamp, window: Any) -> pd.Timestamp:
    if not isinstance(window, str):
        return first
    if window == "week":
        return first - pd.Timedelta(days=first.weekday())
    if window == "month":
        return first.replace(day=1)
    if window == "year":
        return first.replace(month=1, day=1)
    return first


def communities(
    graph: nx.Graph,
    weight: str = "weight",
    seed: int | None = 0,
    method: str = "louvain",
    resolution: float = 1.0,
) -> list[set]:
    """Communities of a (one-mode) network by modularity.

    Modularity needs non-negative weights, so only edges with a positive
    ``weight`` are used: for a 'subtract' network that means the congruence
    that outweighs conflict; negative ties never pull actors together.

    Parameters
    ----------
    graph : networkx.Graph
    weight : str
        Edge attribute with the tie strength (missing = 1).
    seed : int or None
        Random seed of the Louvain method (results are reproducible).
    method : {'louvain', 'greedy'}
        ``networkx.community.louvain_communities`` or
        ``greedy_modularity_communities``.
    resolution : float
        Modularity resolution (> 1 favours smaller communities).

    Returns
    -------
    list of set
        Largest community first; every node is in exactly one.

    Example
    -------
    >>> g = nx.Graph([("USA", "UN", {"weight": 2}), ("RUS", "SYR", {"weight": 2}),
    ...               ("UN", "RUS", {"weight": -1})])
    >>> sorted(sorted(c) for c in communities(g))
    [['RUS', 'SYR'], ['UN', 'USA']]
    """
    check_choice("method", method, ("louvain", "greedy"))
    positive = nx.Graph()
    positive.add_nodes_from(graph.nodes)
    positive.add_edges_from((u, v, {"w": d.get(weight, 1)})
                            for u, v, d in graph.edges(data=True) if d.get(weight, 1) > 0)
    if method == "louvain":
        parts = nx.community.louvain_communities(positive, weight="w", seed=seed, resolution=resolution)
    else:
        parts = nx.community.greedy_modularity_communities(positive, weight="w", resolution=resolution)
    return sorted((set(p) for p in parts), key=lambda c: (-len(c), min(map(str, c))))


# ---------------------------------------------------------------------------
# Exports
# ---------------------------------------------------------------------------

def to_dataframe(statements: StatementsLike) -> pd.DataFrame:
    """Statements as a DataFrame, one column per Statement field (write CSV with ``.to_csv``).

    Example
    -------
    >>> to_dataframe([Statement("d1", "USA", "CW", "support")]).loc[0, "stance"]
    'support'
    """
    rows = [s.to_dict() for s in as_statements(statements)]
    return pd.DataFrame(rows, columns=list(_FIELDS))


def edges_dataframe(graph: nx.Graph) -> pd.DataFrame:
    """One row per edge: ``source``, ``target`` and its attributes (lists as JSON text).

    Example
    -------
    >>> edges_dataframe(two_mode_graph([Statement("d1", "USA", "CW", "support")]))["net"].tolist()
    [1]
    """
    rows = [{"source": u, "target": v, **_plain_attributes(d)} for u, v, d in graph.edges(data=True)]
    return pd.DataFrame(rows)


def _plain(value: Any) -> Any:
    """A GraphML/GEXF/CSV-safe value: numbers and text as is, containers as JSON text."""
    if isinstance(value, np.generic):
        return value.item()
    if isinstance(value, (str, int, float, bool)):
        return value
    if isinstance(value, (list, tuple, set, dict)):
        return json.dumps(sorted(value) if isinstance(value, set) else value,
                          ensure_ascii=False, default=str)
    return str(value)


def _plain_attributes(data: Mapping[str, Any]) -> dict[str, Any]:
    return {k: _plain(v) for k, v in data.items() if v is not None}


def _plain_graph(graph: nx.Graph) -> nx.Graph:
    out = graph.__class__()
    out.graph.update(_plain_attributes(graph.graph))
    out.add_nodes_from((n, _plain_attributes(d)) for n, d in graph.nodes(data=True))
    out.add_edges_from((u, v, _plain_attributes(d)) for u, v, d in graph.edges(data=True))
    return out


def write_graphml(graph: nx.Graph, path) -> None:
    """Write GraphML; ``evidence`` and other lists become JSON strings, None is left out.

    Example
    -------
    >>> import tempfile, os
    >>> path = os.path.join(tempfile.mkdtemp(), "g.graphml")
    >>> write_graphml(two_mode_graph([Statement("d1", "USA", "CW", "support")]), path)
    """
    nx.write_graphml(_plain_graph(graph), path)


def write_gexf(graph: nx.Graph, path) -> None:
    """Write GEXF for Gephi, with the same conversions as :func:`write_graphml`.

    Example
    -------
    >>> import tempfile, os
    >>> path = os.path.join(tempfile.mkdtemp(), "g.gexf")
    >>> write_gexf(two_mode_graph([Statement("d1", "USA", "CW", "support")]), path)
    """
    nx.write_gexf(_plain_graph(graph), path)


def to_node_link(graph: nx.Graph) -> dict[str, Any]:
    """Node-link data, ready for ``json.dumps`` (evidence stays a list of dicts).

    Example
    -------
    >>> data = to_node_link(two_mode_graph([Statement("d1", "USA", "CW", "support")]))
    >>> data["edges"][0]["evidence"][0]["doc"]
    'd1'
    """
    data = nx.node_link_data(graph, edges="edges")
    return json.loads(json.dumps(data, ensure_ascii=False, default=_plain))
