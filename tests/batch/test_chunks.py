"""Big containers are cut into chunks read by the parent; the output does not depend on it."""

from __future__ import annotations

import json
from collections import Counter

from pipeline import run
from pipeline.batch import tasks
from pipeline.readers import walk_inputs
from tests.batch.pages import make_batch
from tests.builders import jsonl_lines


def test_chunked_containers_and_worker_counts_give_the_same_output(tmp_path, monkeypatch):
    source = tmp_path / "in"
    make_batch(source, pages=10, seed=41)
    lines = json.loads(json.dumps([{"text": f"标题{i}\n" + "正文内容。" * 20} for i in range(20)]))
    (source / "feed.jsonl").write_bytes(jsonl_lines([*lines[:7], "{broken", *lines[7:]]))
    whole = run(source, tmp_path / "whole", workers=1)
    monkeypatch.setattr(tasks, "SPLIT_BYTES", 1)  # every container is read by the parent...
    monkeypatch.setattr(tasks, "CHUNK_PAGES", 3)  # ... in chunks of three pages
    plan = list(tasks.plan_tasks(walk_inputs(source), max_page_bytes=2**20, skipped=Counter()))
    assert max(len(t.sources) for t in plan if not hasattr(t.sources[0], "rel")) == 3
    one = run(source, tmp_path / "one", workers=1)
    two = run(source, tmp_path / "two", workers=2)
    for name in ("records.jsonl", "errors.csv", "repairs.csv"):
        expected = (tmp_path / "whole" / name).read_bytes()
        assert (tmp_path / "one" / name).read_bytes() == expected, name
        assert (tmp_path / "two" / name).read_bytes() == expected, name
    assert whole.skipped == one.skipped == two.skipped == {"warc-non-html": 4}
    assert whole.pages == one.pages == two.pages == 10 + 21 + 4


def test_the_last_tasks_of_a_pass_are_smaller(tmp_path):
    """With several workers the last files go in small tasks (the workers finish closer together);
    every file is still in exactly one task, in input order."""
    for i in range(100):
        (tmp_path / f"p{i:03d}.txt").write_text(f"标题{i}\n正文。", encoding="utf-8")
    files = list(walk_inputs(tmp_path))
    one = list(tasks.plan_tasks(files, max_page_bytes=2**20, skipped=Counter()))
    two = list(tasks.plan_tasks(files, max_page_bytes=2**20, skipped=Counter(), workers=2))
    for plan in (one, two):
        assert [source.rel for task in plan for source in task.sources] == [item.rel for item in files]
    assert {len(task.sources) for task in one[:-1]} == {tasks.FILES_PER_TASK}
    tail_from = len(files) - 2 * tasks.FILES_PER_TASK
    spans, start = [], 0  # (first file, number of files) of each task
    for task in two:
        spans.append((start, len(task.sources)))
        start += len(task.sources)
    head = [size for first, size in spans if first + size <= tail_from]
    tail = [size for first, size in spans if first >= tail_from]
    assert head == [tasks.FILES_PER_TASK] * (tail_from // tasks.FILES_PER_TASK)
    assert max(tail) == tasks.TAIL_FILES_PER_TASK and sum(tail) > tasks.FILES_PER_TASK
    few = files[: tasks.FILES_PER_TASK]  # fewer files than the tail: small tasks from the start
    assert [
        len(task.sources) for task in tasks.plan_tasks(few, max_page_bytes=2**20, skipped=Counter(), workers=2)
    ] == [tasks.TAIL_FILES_PER_TASK] * (tasks.FILES_PER_TASK // tasks.TAIL_FILES_PER_TASK)
