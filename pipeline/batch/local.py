"""The local engine: a pool of worker processes that survives slow, greedy and crashing pages.

Each worker takes one task at a time over its own pipe and writes, before each page, which page
it is on and since when into a small shared-memory ``Beacon``. The parent dispatches tasks in
input order (at most WINDOW_PER_WORKER per worker ahead of the oldest unfinished one, so memory
stays flat), hands results back in input order, and watches:

- a worker that dies (segfault, abort, the OOM killer) is replaced at once;
- a page still running HARD_TIMEOUT_FACTOR x ``page_timeout`` (+1 s) after it started is stuck
  where SIGALRM cannot reach it (one long C call): its worker is killed and replaced.

Either way the task is split around the page the beacon names: the pages before it and after it
run again as ordinary tasks, and the page itself runs once more alone; if it takes that worker
down too, it becomes an errors row (``Timeout`` or ``WorkerDied``) and the run goes on.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
import time
from collections import deque
from collections.abc import Iterator
from multiprocessing.connection import Connection, wait
from typing import Any

from pipeline.batch.guards import cap_memory
from pipeline.batch.options import RunOptions
from pipeline.batch.tasks import Task
from pipeline.batch.worker import PageInfo, PageOutcome, PageResult, TaskResult, WorkerState, pack, run_task
from pipeline.errors import PageError
from pipeline.strip.templates import Templates

WINDOW_PER_WORKER = 4
HARD_TIMEOUT_FACTOR = 1.5
WATCH_SECONDS = 0.25
DOC_BYTES = 1024


class Beacon:
    """Shared memory one worker writes before each page: its index in the task, its doc_id, the start time."""

    def __init__(self, context: Any) -> None:
        self.index = context.RawValue("q", -1)
        self.started = context.RawValue("d", 0.0)
        self.doc = context.RawArray("c", DOC_BYTES)

    def announce(self, index: int, doc_id: str) -> None:
        if index >= 0:
            self.index.value = index
        self.doc.value = doc_id.encode("utf-8", "replace")[: DOC_BYTES - 1].replace(b"\x00", b"?")
        self.started.value = time.monotonic()

    def idle(self) -> None:
        self.started.value = 0.0

    def reset(self) -> None:
        self.index.value = -1
        self.started.value = 0.0
        self.doc.value = b""

    @property
    def doc_id(self) -> str:
        return self.doc.value.decode("utf-8", "replace")


def worker_main(conn: Connection, beacon: Beacon, options: RunOptions, templates: Templates | None, mode: str) -> None:
    """A worker process: tasks in, results out, until told to stop (None) or the pipe closes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    cap_memory(options.worker_memory)
    state = WorkerState(options, templates, mode, announce=beacon.announce)
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        result = run_task(task, state)
        beacon.idle()
        conn.send(result)


class _Node:
    """A task's place in the output order; after a worker death, its parts fill the same place."""

    __slots__ = ("parts", "result", "task")

    def __init__(self, task: Task) -> None:
        self.task = task
        self.result: TaskResult | None = None
        self.parts: list[_Node] | None = None

    def done(self) -> bool:
        if self.result is not None:
            return True
        return self.parts is not None and all(part.done() for part in self.parts)

    def collect(self) -> TaskResult:
        if self.result is not None:
            return self.result
        merged = TaskResult(self.task.id)
        for part in self.parts or ():
            result = part.collect()
            merged.pages += result.pages
            merged.observations += result.observations
            merged.skipped.update(result.skipped)
            merged.peak_rss_mib = max(merged.peak_rss_mib, result.peak_rss_mib)
            merged.seconds += result.seconds
        return merged


class _Slot:
    __slots__ = ("beacon", "conn", "killed", "node", "process", "task")

    def __init__(self, beacon: Beacon) -> None:
        self.beacon = beacon
        self.process: Any = None
        self.conn: Connection | None = None
        self.task: Task | None = None
        self.node: _Node | None = None
        self.killed: str | None = None


class LocalEngine:
    """Runs tasks in worker processes; ``run`` yields their results in task order."""

    def __init__(self, options: RunOptions, templates: Templates | None, workers: int, mode: str) -> None:
        self.options = options
        self.templates = templates
        self.workers = max(1, workers)
        self.mode = mode
        method = "fork" if sys.platform.startswith("linux") else "spawn"
        self.context = multiprocessing.get_context(method)
        self.slots: list[_Slot] = []
        self.worker_peak_mib = 0.0
        self.replaced = 0
        timeout = options.page_timeout
        self.hard_timeout = HARD_TIMEOUT_FACTOR * timeout + 1.0 if timeout else None

    # --- workers -------------------------------------------------------------------------------

    def _spawn(self, slot: _Slot) -> None:
        parent_end, child_end = self.context.Pipe(duplex=True)
        slot.beacon.reset()
        process = self.context.Process(
            target=worker_main,
            args=(child_end, slot.beacon, self.options, self.templates, self.mode),
            name="crawl-pipeline-worker",
            daemon=True,
        )
        process.start()
        child_end.close()
        slot.process, slot.conn, slot.task, slot.node, slot.killed = process, parent_end, None, None, None

    def start(self) -> None:
        """Fork the workers now (before the parent loads what they do not need: pyarrow, the LSH)."""
        if self.slots:
            return
        for _ in range(self.workers):
            slot = _Slot(Beacon(self.context))
            self._spawn(slot)
            self.slots.append(slot)

    def stop(self) -> None:
        """Stop the workers (idle ones are told to; busy ones are killed)."""
        for slot in self.slots:
            try:
                if slot.task is None and slot.process.is_alive():
                    slot.conn.send(None)
                else:
                    slot.process.kill()
            except (OSError, ValueError):
                pass
        deadline = time.monotonic() + 5
        for slot in self.slots:
            slot.process.join(max(0.0, deadline - time.monotonic()))
            if slot.process.is_alive():
                slot.process.kill()
                slot.process.join(1)
            slot.conn.close()
        self.slots = []

    # --- the loop --------------------------------------------------------------------------------

    def run(self, tasks: Iterator[Task]) -> Iterator[TaskResult]:
        self.start()
        try:
            yield from self._loop(tasks)
        finally:
            self.stop()

    def _loop(self, tasks: Iterator[Task]) -> Iterator[TaskResult]:
        order: deque[_Node] = deque()
        retry: deque[_Node] = deque()
        window = WINDOW_PER_WORKER * self.workers
        exhausted = False
        while True:
            for slot in self.slots:
                if slot.task is not None:
                    continue
                if retry:
                    node = retry.popleft()
                elif not exhausted and len(order) < window:
                    task = next(tasks, None)
                    if task is None:
                        exhausted = True
                        break
                    node = _Node(task)
                    order.append(node)
                else:
                    break
                self._assign(slot, node, retry)
            while order and order[0].done():
                yield order.popleft().collect()
            if exhausted and not order:
                return
            busy = [slot for slot in self.slots if slot.task is not None]
            if not busy:
                if retry or not exhausted:
                    continue
                raise RuntimeError("batch engine stalled with unfinished tasks")  # a bug, never expected
            handles: list[Any] = [slot.conn for slot in busy] + [slot.process.sentinel for slot in busy]
            ready = set(wait(handles, timeout=WATCH_SECONDS))
            for slot in busy:
                if slot.conn in ready:
                    self._receive(slot, retry)
                elif slot.process.sentinel in ready:
                    self._on_death(slot, retry)
            self._watch(busy)

    def _assign(self, slot: _Slot, node: _Node, retry: deque[_Node]) -> None:
        slot.beacon.reset()
        slot.task, slot.node = node.task, node
        try:
            slot.conn.send(node.task)
        except (OSError, ValueError):  # the worker is gone: replace it, run the task again
            slot.task = slot.node = None
            self._replace(slot)
            retry.appendleft(node)

    def _receive(self, slot: _Slot, retry: deque[_Node]) -> None:
        try:
            result: TaskResult = slot.conn.recv()
        except (EOFError, OSError):
            self._on_death(slot, retry)
            return
        assert slot.node is not None
        slot.node.result = result
        self.worker_peak_mib = max(self.worker_peak_mib, result.peak_rss_mib)
        slot.task = slot.node = None

    def _watch(self, busy: list[_Slot]) -> None:
        if self.hard_timeout is None:
            return
        now = time.monotonic()
        for slot in busy:
            started = slot.beacon.started.value
            if slot.task is not None and started and now - started > self.hard_timeout and slot.killed is None:
                slot.killed = "Timeout"
                try:
                    os.kill(slot.process.pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass

    def _replace(self, slot: _Slot) -> None:
        try:
            slot.process.kill()
        except (OSError, ValueError):
            pass
        slot.process.join(5)
        slot.conn.close()
        self.replaced += 1
        self._spawn(slot)

    def _on_death(self, slot: _Slot, retry: deque[_Node]) -> None:
        """Replace the worker; split its task around the page it was on (see the module doc)."""
        task, node = slot.task, slot.node
        assert task is not None and node is not None
        reason = slot.killed or "WorkerDied"
        slot.process.join(5)
        exitcode = slot.process.exitcode
        index, doc_id = slot.beacon.index.value, slot.beacon.doc_id
        self._replace(slot)
        if index < 0:
            index = task.start  # died before its first page: start the split there
        if task.isolated or index < task.start:
            node.result = TaskResult(
                task.id, pages=[self._error_page(doc_id or task.describe(), reason, exitcode, task)]
            )
            return
        parts = []
        if index > task.start:
            parts.append(task.part(task.start, index))
        parts.append(task.part(index, index + 1, isolated=True))
        if task.stop is None or index + 1 < task.stop:
            parts.append(task.part(index + 1, task.stop))
        node.parts = [_Node(part) for part in parts]
        retry.extendleft(reversed(node.parts))

    def _error_page(self, doc_id: str, reason: str, exitcode: int | None, task: Task) -> PageResult:
        if not task.isolated:
            message = "the worker stopped or got stuck while reading this file; the rest of it could not be read"
        elif reason == "Timeout":
            message = (
                f"still running {self.hard_timeout:g} s after it started, in code that cannot be interrupted; "
                "the worker was stopped (twice: the page was retried alone)"
            )
        else:
            message = (
                f"the worker process died ({_exit_reason(exitcode)}) while cleaning this page, "
                "and again when it was retried alone"
            )
        error = PageError(doc_id, "pipeline", reason, message)
        return PageResult(
            doc_id, doc_id.split("#", 1)[0], blob=pack(PageOutcome(error=error)), info=PageInfo(reason, True)
        )


def _exit_reason(exitcode: int | None) -> str:
    if exitcode is not None and exitcode < 0:
        try:
            return f"signal {signal.Signals(-exitcode).name}"
        except ValueError:
            return f"signal {-exitcode}"
    return f"exit code {exitcode}"
