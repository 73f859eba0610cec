"""tools/score_heldout.py: the aggregates it prints for a held-out sample."""
import importlib.util
from pathlib import Path

import pytest

TOOL = Path(__file__).resolve().parent.parent / "tools" / "score_heldout.py"


@pytest.fixture(scope="module")
def tool():
    spec = importlib.util.spec_from_file_location("score_heldout", TOOL)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


TEXT = ("وقال وزير الخارجية الروسي سيرغي لافروف إن الحل سياسي. وأكد أحمد الحربي أن الطريق مغلق. "
        "وذكرت مصادر محلية أن الأمطار غزيرة.")


def _gold(text, cue, actors, hard=False):
    return {"doc": "d", "cue": cue, "cue_start": text.index(cue), "actors": actors, "hard": hard,
            "source": None, "content_head": None}


def test_figures_count_each_kind_of_error(tool, analyzer):
    from discourse import evaluate
    predicted = analyzer.analyze(TEXT, "d")
    assert [a.actors for a in predicted] == [("RUS",), (), ()]
    gold = [_gold(TEXT, "وقال", ["RUS"]),                 # right
            _gold(TEXT, "وأكد", ["SAU"], hard=True),      # the gold names an actor, the system none
            _gold(TEXT, "وذكرت", [])]                     # right
    f = tool.figures(gold, predicted, evaluate)
    assert (f["matched"], f["actors right"], f["actor accuracy"]) == (3, 2, 0.667)
    assert f["non-hard actor accuracy"] == 1.0
    assert (f["errors: gold actor, none predicted"], f["errors: none in gold, one predicted"],
            f["errors: another actor"]) == (1, 0, 0)
    assert (f["unresolved, predicted"], f["unresolved, gold"]) == (0.667, 0.333)


def test_figures_wrong_actor_and_unmatched_gold(tool, analyzer):
    from discourse import evaluate
    predicted = analyzer.analyze(TEXT, "d")
    gold = [_gold(TEXT, "وقال", ["USA"]),                 # another actor
            {**_gold(TEXT, "وقال", []), "cue": "الحل", "cue_start": TEXT.index("الحل")}]   # no cue there
    f = tool.figures(gold, predicted, evaluate)
    assert (f["gold rows"], f["matched"], f["errors: another actor"]) == (2, 1, 1)
    assert f["actor accuracy"] == 0.0


def test_a_tree_without_discourse_is_refused(tool, tmp_path, monkeypatch):
    # the installed package would be imported instead of the tree's: refused, naming both
    import sys
    monkeypatch.setattr(sys, "path", list(sys.path))
    monkeypatch.setitem(sys.modules, "discourse._lexicons", sys.modules.get("discourse._lexicons"))
    with pytest.raises(SystemExit, match=str(tmp_path)):
        tool.load_tree(tmp_path)
