"""The Dask engine writes the same records as the local engine (a LocalCluster in this process)."""

from __future__ import annotations

import json
import time

import pytest

from pipeline import run
from pipeline.batch.options import RunOptions
from tests.batch.pages import make_batch
from tests.batch.test_guards import BAD_PAGE, misbehave_on

distributed = pytest.importorskip("distributed")


def spin() -> None:
    """A pure-Python loop: what the thread watchdog can interrupt (a blocking C call it cannot)."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        pass


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(
        n_workers=1, threads_per_worker=2, processes=False, dashboard_address=None, silence_logs=40
    ) as local:
        yield local


def test_dask_engine_writes_what_the_local_engine_writes(tmp_path, cluster):
    make_batch(tmp_path / "in", pages=24, seed=21)
    run(tmp_path / "in", tmp_path / "local", workers=2)
    summary = run(tmp_path / "in", tmp_path / "dask", engine="dask", scheduler=cluster.scheduler_address)
    assert summary.engine == "dask" and summary.pages == 34
    for name in ("records.jsonl", "errors.csv", "repairs.csv"):
        assert (tmp_path / "dask" / name).read_bytes() == (tmp_path / "local" / name).read_bytes(), name
    local_info = json.loads((tmp_path / "local" / "run.json").read_text())
    dask_info = json.loads((tmp_path / "dask" / "run.json").read_text())
    assert dask_info["counts"] == local_info["counts"]


def test_dask_engine_takes_more_tasks_when_every_task_in_its_window_is_done(tmp_path, cluster, monkeypatch):
    """A window of one task is emptied by every result: the engine must take the next task, not wait
    for a result that cannot come (it raised StopIteration when all its tasks ended before it looked)."""
    from pipeline.batch import dask_engine, tasks

    make_batch(tmp_path / "in", pages=6, seed=23)
    monkeypatch.setattr(dask_engine, "WINDOW_PER_WORKER", 1)
    monkeypatch.setattr(tasks, "FILES_PER_TASK", 1)
    summary = run(tmp_path / "in", tmp_path / "out", engine="dask", scheduler=cluster.scheduler_address)
    assert summary.pages == 16 and summary.records + summary.errors == 16


def test_dask_engine_times_out_a_slow_page_in_a_worker_thread(tmp_path, cluster, monkeypatch):
    make_batch(tmp_path / "in", pages=8, seed=22)
    monkeypatch.setattr(RunOptions, "steps", misbehave_on(BAD_PAGE, spin))
    started = time.monotonic()
    summary = run(tmp_path / "in", tmp_path / "out", engine="dask", scheduler=cluster.scheduler_address, page_timeout=1)
    assert time.monotonic() - started < 30
    assert summary.errors_by_kind == {"Timeout": 1}
    assert summary.records == summary.pages - 1
