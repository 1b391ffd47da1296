"""Each benchmark script starts as the README runs it (``python benchmarks/NAME.py``), without the benchmark
extra: an import that only works from another folder (as throughput.py's did after a refactor) fails here."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SCRIPTS = sorted(path.name for path in (REPO / "benchmarks").glob("*.py") if path.name != "results_md.py")


def test_every_benchmark_script_is_listed() -> None:
    assert {"extraction.py", "metadata.py", "repair.py", "throughput.py", "heldout.py"} <= set(SCRIPTS)


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_benchmark_script_starts(script: str) -> None:
    done = subprocess.run(
        [sys.executable, f"benchmarks/{script}", "--help"], cwd=REPO, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert "usage:" in done.stdout
