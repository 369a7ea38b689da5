"""notebooks/analyst.ipynb runs top to bottom (nbclient) on an output this test makes from corpora/."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")

ROOT = Path(__file__).resolve().parent.parent
EXE = str(Path(sys.executable).with_name("extractor"))


def test_analyst_notebook_runs_on_make_run_output(tmp_path, monkeypatch):
    out = tmp_path / "news.duckdb"
    proc = subprocess.run([EXE, "run", str(ROOT / "corpora"), "-o", str(out), "-q"],
                          capture_output=True, text=True, cwd=ROOT)  # what `make run` does
    assert proc.returncode in (0, 1), proc.stderr  # 1: some inputs failed, recorded in errors
    monkeypatch.setenv("EXTRACTOR_OUT", str(out))
    monkeypatch.setenv("MPLBACKEND", "module://matplotlib_inline.backend_inline")  # plots as PNG outputs
    nb = nbformat.read(ROOT / "notebooks" / "analyst.ipynb", as_version=4)
    nbclient.NotebookClient(nb, timeout=300, kernel_name="python3",
                            resources={"metadata": {"path": str(ROOT / "notebooks")}}).execute()
    outputs = [o for cell in nb.cells if cell.cell_type == "code" for o in cell.get("outputs", [])]
    assert not [o for o in outputs if o.get("output_type") == "error"]
    text = "\n".join(o.get("text", "") if o.get("output_type") == "stream"
                     else str(o.get("data", {}).get("text/plain", "")) for o in outputs)
    assert str(out) in text and "'figures':" in text
    assert "money" in text and "percent" in text
    assert "inconsistent claim(s)" in text and "plotted" in text
    assert any("image/png" in o.get("data", {}) for o in outputs)  # the plot
