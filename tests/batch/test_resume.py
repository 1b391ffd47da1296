"""Resume and incremental runs: SIGKILL at random points then a rerun gives the clean run's output.

The crash test runs the real command (run_pipeline.py, two workers) in a subprocess, kills its
whole process group with SIGKILL at random moments (seeded), reruns it over the same output, and
compares records.jsonl, errors.csv and repairs.csv byte for byte with an uninterrupted run.
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pipeline import run
from pipeline.batch.state import STATE_DIR, OutputLocked, StateStore
from tests.batch.pages import article_html, make_batch

ROOT = Path(__file__).resolve().parents[2]
COMPARED = ("records.jsonl", "errors.csv", "repairs.csv")


def command(source: Path, out: Path) -> list[str]:
    return [sys.executable, str(ROOT / "run_pipeline.py"), "-i", str(source), "-o", str(out), "-j", "2"]


def run_command(source: Path, out: Path, kill_when=None) -> int:
    """Run the command; with ``kill_when(out, elapsed)``, SIGKILL it (and its workers) once that is true."""
    process = subprocess.Popen(
        command(source, out), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True
    )
    if kill_when is None:
        _, stderr = process.communicate(timeout=300)
        assert process.returncode == 0, stderr.decode("utf-8", "replace")
        assert b"Traceback" not in stderr
        return 0
    started = time.monotonic()
    while process.poll() is None:
        if kill_when(out, time.monotonic() - started):
            os.killpg(process.pid, signal.SIGKILL)  # the parent and its workers, as a crash would
            break
        time.sleep(0.01)
    process.wait()
    process.stderr.close()
    return process.returncode


def after(seconds: float):
    return lambda out, elapsed: elapsed >= seconds


def once_committed(pages: int, delay: float):
    """True ``delay`` seconds after the state holds ``pages`` committed pages (read beside the run)."""
    seen: list[float] = []

    def check(out: Path, elapsed: float) -> bool:
        path = out / STATE_DIR / "pages.sqlite"
        if not seen and path.exists():
            try:
                with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=0.1)) as db:
                    if db.execute("SELECT count(*) FROM pages").fetchone()[0] >= pages:
                        seen.append(elapsed)
            except sqlite3.Error:
                pass
        return bool(seen) and elapsed >= seen[0] + delay

    return check


def once_exists(pattern: str, delay: float):
    """True ``delay`` seconds after a file matching ``pattern`` appeared in the output folder."""
    seen: list[float] = []

    def check(out: Path, elapsed: float) -> bool:
        if not seen and out.exists() and any(out.glob(pattern)):
            seen.append(elapsed)
        return bool(seen) and elapsed >= seen[0] + delay

    return check


def assert_same_output(out: Path, clean: Path) -> None:
    for name in COMPARED:
        assert (out / name).read_bytes() == (clean / name).read_bytes(), name
    doc_ids = [json.loads(line)["doc_id"] for line in (out / "records.jsonl").read_text("utf-8").splitlines()]
    assert len(doc_ids) == len(set(doc_ids))
    leftovers = [p.name for p in out.iterdir() if ".tmp-" in p.name]
    assert not leftovers


@pytest.fixture(scope="module")
def crawl(tmp_path_factory) -> tuple[Path, Path, float]:
    root = tmp_path_factory.mktemp("resume")
    make_batch(root / "in", pages=1500, seed=11)  # long enough for several state commits (every 0.5 s)
    started = time.monotonic()
    run_command(root / "in", root / "clean")
    return root / "in", root / "clean", time.monotonic() - started


def test_sigkill_at_random_points_then_rerun_equals_a_clean_run(crawl, tmp_path):
    """Kills in pass 1, in pass 2 (once pages are committed), and while the outputs are written."""
    source, clean, seconds = crawl
    rng = random.Random(20240501)
    plans = {
        "pass1": [after(rng.uniform(0.05, 0.3) * seconds)],
        "pass2": [once_committed(rng.randint(20, 200), rng.uniform(0.0, 0.2))],
        "twice": [once_exists(".records.jsonl.tmp-*", rng.uniform(0.0, 0.3)), after(rng.uniform(0.1, 0.5) * seconds)],
    }
    reused = []
    for folder, kills in plans.items():
        out = tmp_path / folder
        codes = [run_command(source, out, kill_when=kill) for kill in kills]
        assert codes[0] == -signal.SIGKILL, f"{folder}: the run ended before the kill"
        run_command(source, out)
        assert_same_output(out, clean)
        reused.append(json.loads((out / "run.json").read_text())["resume"]["reused_pages"])
    assert reused[1] > 0, reused  # the rerun took the pages committed before the kill in pass 2


def test_new_and_changed_pages_are_cleaned_the_rest_reused(tmp_path):
    source = tmp_path / "in"
    make_batch(source, pages=30, seed=3)
    first = run(source, tmp_path / "out", workers=2)
    rng = random.Random(5)
    (source / "newsite").mkdir()
    for i in range(6):
        (source / "newsite" / f"n{i}.html").write_text(article_html(rng, "新站点"), encoding="utf-8")
    changed = source / "site0" / "page_0003.html"
    changed.write_text(article_html(rng, "示例站点0"), encoding="utf-8")
    second = run(source, tmp_path / "out", workers=2)
    assert second.pages == first.pages + 6
    assert second.reused == first.pages - 1
    assert second.reused_observations == first.pages - 1  # pass 1 observed only the new and changed pages
    run(source, tmp_path / "clean", workers=1)
    assert_same_output(tmp_path / "out", tmp_path / "clean")


def test_changed_options_or_fresh_clear_the_state(tmp_path):
    source = tmp_path / "in"
    make_batch(source, pages=12, seed=4)
    run(source, tmp_path / "out", workers=1, report=False)
    assert run(source, tmp_path / "out", workers=1, report=False).reused > 0
    assert run(source, tmp_path / "out", workers=1, resume=False, report=False).reused == 0
    no_repair = run(source, tmp_path / "out", workers=1, repair=False, report=False)
    assert no_repair.reused == 0
    info = json.loads((tmp_path / "out" / "run.json").read_text())
    assert info["resume"]["state_cleared"] == "the options or the pipeline's code changed"


def test_stale_temp_files_are_removed_and_a_second_run_is_locked_out(tmp_path):
    source = tmp_path / "in"
    make_batch(source, pages=3, seed=5)
    out = tmp_path / "out"
    out.mkdir()
    stale = out / ".records.jsonl.tmp-999999"
    stale.write_text('{"doc_id": "half a rec')
    keep = out / "notes.txt"
    keep.write_text("mine")
    run(source, out, workers=1, report=False)
    assert not stale.exists() and keep.exists()
    holder = StateStore(out, {"x": 1})
    try:
        with pytest.raises(OutputLocked):
            run(source, out, workers=1, report=False)
    finally:
        holder.close()
    assert (out / STATE_DIR / "pages.sqlite").exists()


def test_rerun_with_other_formats_reuses_pages_and_writes_what_a_clean_run_writes(tmp_path):
    """The state keeps rendered lines; a run with other --formats/--excel renders its own from them."""
    source = tmp_path / "in"
    make_batch(source, pages=12, seed=6)
    first = run(source, tmp_path / "out", workers=2, formats=["jsonl"], report=False)
    second = run(source, tmp_path / "out", workers=2, formats=["csv", "jsonl"], excel=True, report=False)
    assert second.reused == first.pages
    run(source, tmp_path / "clean", workers=1, formats=["csv", "jsonl"], excel=True, report=False)
    for name in (*COMPARED, "records.csv", "records.excel.csv"):
        assert (tmp_path / "out" / name).read_bytes() == (tmp_path / "clean" / name).read_bytes(), name
