"""Plots of stance networks; Arabic labels are shaped by matplotlib (>= 3.11) itself."""
from __future__ import annotations

from functools import lru_cache
from typing import Any

import networkx as nx
import numpy as np
import pandas as pd

from discourse.network import (STANCE_VALUES, StatementsLike, as_statements, network_matrix,
                               to_dataframe)

#: Fonts with Arabic glyphs, in order of preference; the first one installed is used.
ARABIC_FONTS = ("Noto Sans Arabic", "Noto Naskh Arabic", "DejaVu Sans", "Arial", "FreeSans")
STANCE_COLOURS = {"support": "#2e7d32", "oppose": "#c62828", "neutral": "#9e9e9e"}


@lru_cache(maxsize=1)
def arabic_font() -> str:
    """The first installed font of :data:`ARABIC_FONTS` (fallback: matplotlib's default).

    Do not reshape or reorder the text (arabic-reshaper, python-bidi): matplotlib
    >= 3.11 lays out right-to-left text itself and would reverse it twice.

    Example
    -------
    >>> isinstance(arabic_font(), str)
    True
    """
    from matplotlib import font_manager, rcParams

    installed = {f.name for f in font_manager.fontManager.ttflist}
    for name in ARABIC_FONTS:
        if name in installed:
            return name
    return rcParams["font.family"][0]


def _axes(ax):
    import matplotlib.pyplot as plt

    if ax is None:
        _, ax = plt.subplots(figsize=(9, 6))
    return ax


def _text(**kwargs: Any) -> dict[str, Any]:
    """Label style: the Arabic font on a light box so that edges do not cross the letters."""
    box = {"facecolor": "white", "edgecolor": "none", "alpha": 0.8, "pad": 1.5}
    return {"fontfamily": arabic_font(), "bbox": box, **kwargs}


def plot_two_mode(graph: nx.Graph, ax=None, max_width: float = 8.0):
    """The signed actor × claim network: actors left, claims right.

    One line per stance of an edge (support green, oppose red, neutral grey),
    its width proportional to the number of statements.

    Parameters
    ----------
    graph : networkx.Graph from :func:`discourse.network.two_mode_graph`
    ax : matplotlib Axes, optional
    max_width : float
        Line width of the most frequent edge.

    Returns
    -------
    matplotlib.axes.Axes

    Example
    -------
    >>> from discourse.network import two_mode_graph
    >>> from discourse.records import Statement
    >>> ax = plot_two_mode(two_mode_graph([Statement("d1", "روسيا", "CW", "oppose")]))
    """
    from matplotlib.lines import Line2D

    ax = _axes(ax)
    actors = sorted(n for n, d in graph.nodes(data=True) if d.get("mode") == "actor")
    claims = sorted(n for n, d in graph.nodes(data=True) if d.get("mode") == "claim")
    pos = {**_column(actors, 0.0), **_column(claims, 1.0)}
    largest = max((d[s] for _, _, d in graph.edges(data=True) for s in STANCE_COLOURS), default=1)
    for u, v, data in graph.edges(data=True):
        actor, claim = (u, v) if u in pos and pos[u][0] == 0.0 else (v, u)
        present = [s for s in STANCE_COLOURS if data.get(s, 0) > 0]
        for i, stance in enumerate(present):
            shift = (i - (len(present) - 1) / 2) * 0.025
            (x0, y0), (x1, y1) = pos[actor], pos[claim]
            ax.plot([x0, x1], [y0 + shift, y1 + shift], color=STANCE_COLOURS[stance],
                    linewidth=0.8 + max_width * data[stance] / largest, alpha=0.8,
                    solid_capstyle="butt", zorder=1)
    for nodes, x, colour, align in ((actors, 0.0, "#37474f", "right"), (claims, 1.0, "#1565c0", "left")):
        ax.scatter([x] * len(nodes), [pos[n][1] for n in nodes], s=120, color=colour, zorder=2)
        for n in nodes:
            ax.text(x + (-0.04 if align == "right" else 0.04), pos[n][1], str(n),
                    **_text(ha=align, va="center", fontsize=12))
    handles = [Line2D([], [], color=c, linewidth=3, label=s) for s, c in STANCE_COLOURS.items()]
    ax.legend(handles=handles, loc="upper center", bbox_to_anchor=(0.5, -0.02), ncol=3, frameon=False)
    ax.set_xlim(-0.6, 1.6)
    ax.set_ylim(-0.08, 1.08)
    ax.set_axis_off()
    return ax


def _column(nodes: list, x: float) -> dict[Any, tuple[float, float]]:
    """Evenly spaced positions, first node on top."""
    if len(nodes) == 1:
        return {nodes[0]: (x, 0.5)}
    return {n: (x, 1.0 - i / (len(nodes) - 1)) for i, n in enumerate(nodes)}


def plot_stance_heatmap(statements: StatementsLike, ax=None, cmap: str = "RdYlGn"):
    """Actor × claim heatmap of the net stance (support − oppose), counts written in the cells.

    Example
    -------
    >>> from discourse.records import Statement
    >>> ax = plot_stance_heatmap([Statement("d1", "روسيا", "CW", "oppose")])
    """
    ax = _axes(ax)
    net = network_matrix(statements, "twomode", aggregation="subtract")
    limit = max(1.0, float(np.abs(net.values).max(initial=0)))
    image = ax.imshow(net.values, cmap=cmap, vmin=-limit, vmax=limit, aspect="auto")
    for (i, j), value in np.ndenumerate(net.values):
        colour = "white" if abs(value) > 0.6 * limit else "black"
        ax.text(j, i, f"{value:+.0f}" if value else "0", ha="center", va="center", color=colour)
    ax.set_xticks(range(net.shape[1]), [str(c) for c in net.columns], rotation=30, ha="right",
                  fontfamily=arabic_font())
    ax.set_yticks(range(net.shape[0]), [str(r) for r in net.index], fontfamily=arabic_font(),
                  fontsize=11)
    ax.figure.colorbar(image, ax=ax, label="net stance (support − oppose)")
    return ax


def plot_congruence(graph: nx.Graph, communities: list[set] | None = None, ax=None,
                    weight: str = "weight", seed: int = 0):
    """A one-mode network (e.g. actor congruence), nodes coloured by community.

    Positive ties are solid (width by weight), negative ties (from 'subtract')
    red and dashed; the layout uses positive ties only.

    Example
    -------
    >>> import networkx as nx
    >>> ax = plot_congruence(nx.Graph([("روسيا", "سوريا", {"weight": 2.0})]))
    """
    import matplotlib

    ax = _axes(ax)
    positive = nx.Graph()
    positive.add_nodes_from(graph.nodes)
    positive.add_edges_from((u, v, d) for u, v, d in graph.edges(data=True) if d.get(weight, 1) > 0)
    pos = nx.spring_layout(positive, weight=weight, seed=seed)
    largest = max((abs(d.get(weight, 1)) for _, _, d in graph.edges(data=True)), default=1)
    for u, v, d in graph.edges(data=True):
        w = d.get(weight, 1)
        ax.plot(*zip(pos[u], pos[v]), color="#607d8b" if w > 0 else STANCE_COLOURS["oppose"],
                linestyle="-" if w > 0 else "--", linewidth=0.8 + 5 * abs(w) / largest,
                alpha=0.7, zorder=1)
    member = {n: i for i, group in enumerate(communities or [set(graph.nodes)]) for n in group}
    palette = matplotlib.colormaps["tab10"]
    nodes = list(graph.nodes)
    ax.scatter([pos[n][0] for n in nodes], [pos[n][1] for n in nodes], s=300, zorder=2,
               color=[palette(member.get(n, 9) % 10) for n in nodes], edgecolor="white")
    for n in nodes:
        ax.annotate(str(n), pos[n], xytext=(0, 14), textcoords="offset points",
                    **_text(ha="center", fontsize=12))
    ax.margins(0.2)
    ax.set_axis_off()
    return ax


def plot_stance_over_time(statements: StatementsLike, actors: list[str] | None = None,
                          freq: str = "M", ax=None):
    """Mean stance per actor and period (−1 all oppose … +1 all support).

    Parameters
    ----------
    statements : iterable of Statement, dicts or a DataFrame (undated ones are left out)
    actors : actors to draw; default all
    freq : pandas period alias ('D', 'W', 'M', 'Q', 'Y')
    ax : matplotlib Axes, optional

    Example
    -------
    >>> from discourse.records import Statement
    >>> ax = plot_stance_over_time([Statement("d1", "روسيا", "CW", "oppose", date="2018-04-08")])
    """
    ax = _axes(ax)
    table = to_dataframe(as_statements(statements)).dropna(subset=["date"])
    if actors is not None:
        table = table[table["actor"].isin(actors)]
    table = table.assign(value=table["stance"].map(STANCE_VALUES),
                         period=pd.to_datetime(table["date"]).dt.to_period(freq))
    means = table.groupby(["actor", "period"])["value"].mean()
    for actor in (actors or sorted(table["actor"].unique())):
        if actor in means.index.get_level_values(0):
            series = means.loc[actor]
            ax.plot(series.index.to_timestamp(), series.values, marker="o", label=str(actor))
    ax.axhline(0, color=STANCE_COLOURS["neutral"], linewidth=0.8)
    ax.set_ylim(-1.1, 1.1)
    ax.set_ylabel("mean stance (oppose −1 … support +1)")
    ax.legend(prop={"family": arabic_font(), "size": 11})
    ax.figure.autofmt_xdate()
    return ax
