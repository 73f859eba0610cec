"""The notebooks run top to bottom without errors (cwd notebooks/), and are committed without outputs."""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")
pytest.importorskip("ipykernel")

NOTEBOOKS_DIR = Path(__file__).resolve().parents[1] / "notebooks"
NOTEBOOKS = [
    "01_quickstart_seeds.ipynb",
    "02_saudinewsnet_corpus.ipynb",
    "03_your_corpus_and_codebook.ipynb",
]
CELL_TIMEOUT = 600  # seconds per cell
KERNEL = "python3"


@pytest.fixture
def kernel(tmp_path, monkeypatch) -> str:
    """A ``python3`` kernelspec that runs this very interpreter, first on the Jupyter path.

    nbclient looks ``python3`` up on the Jupyter data path (user, environment and system
    folders); a stale user-level ``python3`` kernel pointing at another Python would run the
    notebooks without this project installed. JUPYTER_PATH is searched first, so the kernel
    is always ``sys.executable -m ipykernel_launcher``, locally and in CI.
    """
    spec = tmp_path / "jupyter" / "kernels" / KERNEL
    spec.mkdir(parents=True)
    (spec / "kernel.json").write_text(json.dumps({
        "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "Python 3 (discourse tests)",
        "language": "python",
    }), encoding="utf-8")
    paths = [str(tmp_path / "jupyter"), os.environ.get("JUPYTER_PATH", "")]
    monkeypatch.setenv("JUPYTER_PATH", os.pathsep.join(p for p in paths if p))
    monkeypatch.delenv("MPLBACKEND", raising=False)  # the kernel's inline backend renders the plots
    monkeypatch.setenv("PYDEVD_DISABLE_FILE_VALIDATION", "1")
    return KERNEL


def execute(name: str, kernel_name: str):
    """Run a notebook in a fresh kernel with cwd notebooks/; raises CellExecutionError on any error."""
    nb = nbformat.read(NOTEBOOKS_DIR / name, as_version=4)
    client = nbclient.NotebookClient(
        nb, timeout=CELL_TIMEOUT, kernel_name=kernel_name, allow_errors=False,
        resources={"metadata": {"path": str(NOTEBOOKS_DIR)}},
    )
    client.execute()
    return nb


def outputs(nb, output_type: str | None = None):
    return [o for cell in nb.cells if cell.cell_type == "code" for o in cell.outputs
            if output_type is None or o.output_type == output_type]


def stdout(nb) -> str:
    return "".join(o.text for o in outputs(nb, "stream") if o.name == "stdout")


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_committed_without_outputs(name):
    nb = nbformat.read(NOTEBOOKS_DIR / name, as_version=4)
    nbformat.validate(nb)
    code = [cell for cell in nb.cells if cell.cell_type == "code"]
    assert code, f"{name} has no code cells"
    dirty = [i for i, cell in enumerate(nb.cells) if cell.cell_type == "code"
             and (cell.outputs or cell.execution_count is not None)]
    assert not dirty, f"{name}: clear the outputs of cells {dirty} before committing"
    assert nb.metadata.get("kernelspec", {}).get("name") == KERNEL


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_notebook_runs(name, kernel):
    nb = execute(name, kernel)
    assert not outputs(nb, "error")
    assert "Traceback" not in stdout(nb)


def test_quickstart_draws_plots(kernel):
    nb = execute(NOTEBOOKS[0], kernel)
    images = [o for o in outputs(nb) if "image/png" in o.get("data", {})]
    assert len(images) >= 2, "the two-mode network and the stance heatmap"
    assert any('class="spans"' in o.get("data", {}).get("text/html", "")
               and "direction: rtl" in o["data"]["text/html"] for o in outputs(nb)), "displaCy, right to left"


def test_corpus_notebook_skips_cleanly_without_corpus(kernel, tmp_path, monkeypatch):
    monkeypatch.setenv("DISCOURSE_SAUDINEWSNET", str(tmp_path / "no-corpus-here"))
    nb = execute(NOTEBOOKS[1], kernel)
    text = stdout(nb)
    assert "Skipped: the SaudiNewsNet corpus was not found" in text
    assert not [o for o in outputs(nb) if "image/png" in o.get("data", {})]
    guarded = [c for c in nb.cells if c.cell_type == "code" and "if HAVE_CORPUS:" in c.source]
    assert guarded and all("Skipped:" in "".join(o.get("text", "") for o in c.outputs) for c in guarded)
