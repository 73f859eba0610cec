"""Tests of discourse.plot: every plot returns its Axes, draws Arabic labels in an Arabic font."""
from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pytest  # noqa: E402
from matplotlib import font_manager  # noqa: E402
from matplotlib.ft2font import FT2Font  # noqa: E402

from discourse.network import actor_network, communities, two_mode_graph  # noqa: E402
from discourse.plot import (STANCE_COLOURS, arabic_font, plot_congruence,  # noqa: E402
                            plot_stance_heatmap, plot_stance_over_time, plot_two_mode)
from discourse.records import Statement  # noqa: E402

USA, UN, RUS, SYR = "الولايات المتحدة", "الأمم المتحدة", "روسيا", "سوريا"
CW, STRIKE = "هجمات كيماوية", "الضربة العسكرية"


def S(doc, actor, claim, stance, date):
    return Statement(doc, actor, claim, stance, date=date, start=0, end=5, text="...")


STATEMENTS = [
    S("d1", USA, CW, "support", "2018-04-08"), S("d1", UN, CW, "support", "2018-04-09"),
    S("d2", RUS, CW, "oppose", "2018-04-10"), S("d2", SYR, CW, "oppose", "2018-04-10"),
    S("d3", USA, STRIKE, "support", "2018-05-14"), S("d3", RUS, STRIKE, "oppose", "2018-05-14"),
    S("d4", UN, STRIKE, "neutral", "2018-05-20"), S("d5", USA, CW, "oppose", "2018-06-03"),
]


def _congruence(ax=None):
    graph = actor_network(STATEMENTS, aggregation="subtract")
    return plot_congruence(graph, communities(graph), ax=ax)


PLOTS = {
    "two_mode": lambda ax=None: plot_two_mode(two_mode_graph(STATEMENTS), ax=ax),
    "heatmap": lambda ax=None: plot_stance_heatmap(STATEMENTS, ax=ax),
    "congruence": _congruence,
    "over_time": lambda ax=None: plot_stance_over_time(STATEMENTS, ax=ax),
}


@pytest.fixture(autouse=True)
def no_show(monkeypatch):
    monkeypatch.setattr(plt, "show", lambda *a, **k: pytest.fail("plot functions must not call show()"))
    yield
    plt.close("all")


def _labels(ax) -> list:
    texts = list(ax.texts) + ax.get_xticklabels() + ax.get_yticklabels()
    legend = ax.get_legend()
    return texts + (list(legend.get_texts()) if legend else [])


def test_arabic_font_has_arabic_glyphs():
    path = font_manager.findfont(arabic_font(), fallback_to_default=False)
    font = FT2Font(path)
    assert all(font.get_char_index(ord(char)) for char in "روسيا الولايات")


@pytest.mark.parametrize("name", sorted(PLOTS))
def test_returns_the_axes_it_was_given(name):
    _, ax = plt.subplots()
    assert PLOTS[name](ax=ax) is ax


@pytest.mark.parametrize("name", sorted(PLOTS))
def test_arabic_labels_in_an_arabic_font(name, tmp_path):
    ax = PLOTS[name]()
    arabic = [t for t in _labels(ax) if RUS in t.get_text()]
    assert arabic, "the Arabic actor label is drawn"
    assert all(t.get_fontfamily()[0] == arabic_font() for t in arabic)
    ax.figure.savefig(tmp_path / f"{name}.png")
    assert (tmp_path / f"{name}.png").stat().st_size > 5_000


def test_two_mode_edges_coloured_by_stance():
    ax = PLOTS["two_mode"]()
    colours = {matplotlib.colors.to_hex(line.get_color()) for line in ax.lines}
    assert set(STANCE_COLOURS.values()) <= colours
    widths = [line.get_linewidth() for line in ax.lines
              if matplotlib.colors.to_hex(line.get_color()) == STANCE_COLOURS["oppose"]]
    assert len(set(widths)) >= 1 and max(widths) > 1


def test_heatmap_shows_net_stance():
    ax = PLOTS["heatmap"]()
    values = {t.get_text() for t in ax.texts}
    assert {"+1", "-1", "0"} <= values


def test_stance_over_time_one_line_per_actor():
    ax = plot_stance_over_time(STATEMENTS, actors=[USA, RUS])
    assert [line.get_label() for line in ax.lines[:2]] == [USA, RUS]
    assert list(ax.lines[0].get_ydata()) == [1.0, 1.0, -1.0]
