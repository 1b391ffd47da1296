"""Per-page guards: a slow page, a page stuck where SIGALRM cannot reach, a crashing page, a greedy page.

The misbehaving steps are test-only: RunOptions.steps is patched before the run, and the forked
workers inherit the patch. Each test checks that the bad page becomes an errors row with its
reason, that every other page still gives its record, and that the output keeps input order.
"""

from __future__ import annotations

import faulthandler
import json
import os
import signal
import time
from pathlib import Path

import pandas as pd
import pytest

from pipeline import run
from pipeline.batch.options import RunOptions
from pipeline.batch.tasks import TemplateDigests
from pipeline.page import Page
from tests.batch.pages import make_batch

BAD_PAGE = "site1/page_0004.html"


def misbehave_on(doc_id: str, action):
    """Patch the steps so that ``action()`` runs when the page ``doc_id`` reaches the first step."""
    original = RunOptions.steps

    def steps(self, templates=None):
        def trap(page: Page) -> Page:
            if page.raw.doc_id == doc_id:
                action()
            return page

        trap.__name__ = "trap"
        return [trap, *original(self, templates)]

    return steps


def sleep_long() -> None:
    time.sleep(60)


def sleep_deaf() -> None:
    """Like a long C call: SIGALRM is blocked, so only the parent's watchdog can end it."""
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
    time.sleep(60)


def crash() -> None:
    faulthandler.disable()  # pytest's traceback dump would be inherited by the worker
    os.kill(os.getpid(), signal.SIGSEGV)


def allocate_too_much() -> None:
    blocks = [bytearray(64 * 2**20) for _ in range(64)]  # 4 GiB, over a 256 MiB cap
    del blocks


@pytest.fixture(scope="module")
def batch(tmp_path_factory) -> tuple[Path, list[str], Path]:
    root = tmp_path_factory.mktemp("guards")
    doc_ids = make_batch(root / "in", pages=40)
    run(root / "in", root / "clean", workers=2, report=False)
    return root / "in", doc_ids, root / "clean"


def _records(folder: Path) -> list[dict]:
    return [json.loads(line) for line in (folder / "records.jsonl").read_text(encoding="utf-8").splitlines()]


def _check_one_error(out: Path, clean: Path, kind: str, stage: str | None = None) -> pd.Series:
    errors = pd.read_csv(out / "errors.csv", dtype=str)
    assert list(errors["doc_id"]) == [BAD_PAGE]
    row = errors.iloc[0]
    assert row["error"] == kind
    if stage:
        assert row["stage"] == stage
    expected = [r for r in _records(clean) if r["doc_id"] != BAD_PAGE]
    assert _records(out) == expected  # every other page, same records, same order
    info = json.loads((out / "run.json").read_text())
    assert info["counts"]["pages"] == info["counts"]["records"] + info["counts"]["errors"]
    return row


def test_slow_page_times_out_and_the_run_goes_on(batch, tmp_path, monkeypatch):
    source, _, clean = batch
    monkeypatch.setattr(RunOptions, "steps", misbehave_on(BAD_PAGE, sleep_long))
    started = time.monotonic()
    summary = run(source, tmp_path, workers=2, page_timeout=1, report=False)
    assert time.monotonic() - started < 30
    row = _check_one_error(tmp_path, clean, "Timeout", stage="trap")
    assert "--page-timeout" in row["message"]
    assert summary.errors_by_kind == {"Timeout": 1}


def test_page_deaf_to_the_alarm_is_stopped_by_the_watchdog(batch, tmp_path, monkeypatch):
    source, _, clean = batch
    monkeypatch.setattr(RunOptions, "steps", misbehave_on(BAD_PAGE, sleep_deaf))
    started = time.monotonic()
    run(source, tmp_path, workers=2, page_timeout=1, report=False)
    assert time.monotonic() - started < 40
    row = _check_one_error(tmp_path, clean, "Timeout")
    assert "retried alone" in row["message"]
    assert json.loads((tmp_path / "run.json").read_text())["memory"]["workers_replaced"] == 2


def test_page_that_kills_its_worker_is_retried_alone_then_reported(batch, tmp_path, monkeypatch):
    source, _, clean = batch
    monkeypatch.setattr(RunOptions, "steps", misbehave_on(BAD_PAGE, crash))
    summary = run(source, tmp_path, workers=1, report=False)
    row = _check_one_error(tmp_path, clean, "WorkerDied")
    assert "SIGSEGV" in row["message"]
    clean_info = json.loads((clean / "run.json").read_text())
    assert summary.skipped == clean_info["counts"]["skipped"]  # a split task counts container records once


def test_page_over_the_memory_cap_is_a_memory_error(batch, tmp_path, monkeypatch):
    source, _, clean = batch
    monkeypatch.setattr(RunOptions, "steps", misbehave_on(BAD_PAGE, allocate_too_much))
    run(source, tmp_path, workers=2, worker_memory=256, report=False)
    row = _check_one_error(tmp_path, clean, "MemoryError")
    assert "--worker-memory" in row["message"]


def test_guard_errors_are_not_kept_for_resume(batch, tmp_path, monkeypatch):
    """A Timeout may not happen on a quieter machine: the next run tries the page again."""
    source, _, clean = batch
    with monkeypatch.context() as patch:
        patch.setattr(RunOptions, "steps", misbehave_on(BAD_PAGE, sleep_long))
        run(source, tmp_path, workers=2, page_timeout=1, report=False)
    summary = run(source, tmp_path, workers=2, report=False)
    assert summary.errors == 0
    assert summary.reused == summary.pages - 1
    assert (tmp_path / "records.jsonl").read_bytes() == (clean / "records.jsonl").read_bytes()


def test_template_digest_is_stable_and_distinguishes_sets():
    digests = TemplateDigests(None)
    assert digests.of_hashes(frozenset()) == b""
    one = frozenset({1, 2, 3})
    assert digests.of_hashes(one) == TemplateDigests(None).of_hashes(frozenset({3, 2, 1}))
    assert digests.of_hashes(one) != digests.of_hashes(frozenset({1, 2}))
