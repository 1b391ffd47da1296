"""The local engine: a pool of worker processes that survives slow, greedy and crashing pages.

Each worker has its own pair of pipes and up to PREFETCH tasks sent to it: the one it runs and the
next, which a thread of the worker has already taken off the pipe (so the worker never waits for
the parent to hand out work, and the parent never blocks sending a big task to a busy worker).
Before each task and each page the worker writes which task and page it is on, and since when,
into a small shared-memory ``Beacon``. The parent dispatches tasks in input order (at most
WINDOW_PER_WORKER per worker ahead of the oldest unfinished one, so memory stays flat), hands
results back in input order, and watches:

- a worker that dies (segfault, abort, the OOM killer) is replaced at once;
- a page still running HARD_TIMEOUT_FACTOR x ``page_timeout`` (+1 s) after it started is stuck
  where SIGALRM cannot reach it (one long C call): its worker is killed and replaced.

Either way the task is split around the page the beacon names: the pages before it and after it
run again as ordinary tasks, and the page itself runs once more alone; if it takes that worker
down too, it becomes an errors row (``Timeout`` or ``WorkerDied``) and the run goes on. The task
queued behind it on that worker runs again whole.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import queue
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Iterator
from multiprocessing.connection import Connection, wait
from typing import Any

from pipeline.batch.guards import cap_memory
from pipeline.batch.options import RunOptions
from pipeline.batch.tasks import Task
from pipeline.batch.worker import PageResult, TaskResult, WorkerState, error_result, run_task, views_of
from pipeline.errors import PageError
from pipeline.strip.templates import Templates

WINDOW_PER_WORKER = 4
PREFETCH = 2  # tasks sent to a worker at once: the one it runs and the next
HARD_TIMEOUT_FACTOR = 1.5
WATCH_SECONDS = 0.25
DOC_BYTES = 1024
# A page makes hundreds of thousands of objects and frees them by reference counting (no cycles):
# collecting the young generation every 700 objects (the default) cost ~1% of a worker's time.
WORKER_GC_YOUNG = 10_000


class Beacon:
    """Shared memory a worker writes before each task (its number) and page (index in the task, doc_id, start)."""

    def __init__(self, context: Any) -> None:
        self.task = context.RawValue("q", -1)  # the dispatch number of the task being run
        self.index = context.RawValue("q", -1)
        self.started = context.RawValue("d", 0.0)
        self.doc = context.RawArray("c", DOC_BYTES)

    def announce(self, index: int, doc_id: str) -> None:
        if index >= 0:
            self.index.value = index
        self.doc.value = doc_id.encode("utf-8", "replace")[: DOC_BYTES - 1].replace(b"\x00", b"?")
        self.started.value = time.monotonic()

    def begin(self, number: int) -> None:
        self.index.value = -1
        self.started.value = 0.0
        self.task.value = number

    def idle(self) -> None:
        self.started.value = 0.0

    def reset(self) -> None:
        self.task.value = -1
        self.index.value = -1
        self.started.value = 0.0
        self.doc.value = b""

    @property
    def doc_id(self) -> str:
        return self.doc.value.decode("utf-8", "replace")


def worker_main(
    tasks: Connection, results: Connection, beacon: Beacon, options: RunOptions, templates: Templates | None, mode: str
) -> None:
    """A worker process: tasks in, results out, until told to stop (None) or the pipe closes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    inbox: queue.SimpleQueue[tuple[int, Task] | None] = queue.SimpleQueue()
    threading.Thread(target=_take_tasks, args=(tasks, inbox), name="task-inbox", daemon=True).start()
    cap_memory(options.worker_memory)  # after the thread has its stack
    state = WorkerState(options, templates, mode, announce=beacon.announce)
    gc.freeze()  # what the worker inherited lives as long as it does: keep it out of every collection
    gc.set_threshold(WORKER_GC_YOUNG, *gc.get_threshold()[1:])
    while True:
        item = inbox.get()
        if item is None:
            return
        number, task = item
        beacon.begin(number)
        result = run_task(task, state)
        beacon.idle()
        try:
            results.send(result)
        except (BrokenPipeError, OSError):  # the parent is gone
            return


def _take_tasks(tasks: Connection, inbox: queue.SimpleQueue) -> None:
    """Keep the task pipe drained (the parent's send never waits on a busy worker)."""
    while True:
        try:
            item = tasks.recv()
        except (EOFError, OSError):
            item = None
        inbox.put(item)
        if item is None:
            return


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
    """A worker process, its pipes and the tasks sent to it (in the order it runs them)."""

    __slots__ = ("beacon", "killed", "process", "queue", "results", "tasks")

    def __init__(self, beacon: Beacon) -> None:
        self.beacon = beacon
        self.process: Any = None
        self.tasks: Connection | None = None  # parent -> worker
        self.results: Connection | None = None  # worker -> parent
        self.queue: deque[tuple[int, _Node]] = deque()  # (dispatch number, node) sent, not yet returned
        self.killed: str | None = None

    @property
    def busy(self) -> bool:
        return bool(self.queue)


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
        self.dispatched = 0
        timeout = options.page_timeout
        self.hard_timeout = HARD_TIMEOUT_FACTOR * timeout + 1.0 if timeout else None

    # --- workers -------------------------------------------------------------------------------

    def _spawn(self, slot: _Slot) -> None:
        tasks_in, tasks_out = self.context.Pipe(duplex=False)
        results_in, results_out = self.context.Pipe(duplex=False)
        slot.beacon.reset()
        process = self.context.Process(
            target=worker_main,
            args=(tasks_in, results_out, slot.beacon, self.options, self.templates, self.mode),
            name="crawl-pipeline-worker",
            daemon=True,
        )
        process.start()
        tasks_in.close()
        results_out.close()
        slot.process, slot.tasks, slot.results, slot.killed = process, tasks_out, results_in, None
        slot.queue.clear()

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
                if not slot.busy and slot.process.is_alive():
                    slot.tasks.send(None)
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
            slot.tasks.close()
            slot.results.close()
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
            for depth in range(PREFETCH):  # first one task per idle worker, then one more each
                for slot in self.slots:
                    if len(slot.queue) > depth:
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
            busy = [slot for slot in self.slots if slot.busy]
            if not busy:
                if retry or not exhausted:
                    continue
                raise RuntimeError("batch engine stalled with unfinished tasks")  # a bug, never expected
            handles: list[Any] = [slot.results for slot in busy] + [slot.process.sentinel for slot in busy]
            ready = set(wait(handles, timeout=WATCH_SECONDS))
            for slot in busy:
                if slot.results in ready:
                    self._receive(slot, retry)
                elif slot.process.sentinel in ready:
                    self._on_death(slot, retry)
            self._watch(busy)

    def _assign(self, slot: _Slot, node: _Node, retry: deque[_Node]) -> None:
        self.dispatched += 1
        slot.queue.append((self.dispatched, node))
        try:
            slot.tasks.send((self.dispatched, node.task))
        except (OSError, ValueError):  # the worker is gone: replace it, run its tasks again
            nodes = [queued for _, queued in slot.queue]
            self._replace(slot)
            retry.extendleft(reversed(nodes))

    def _receive(self, slot: _Slot, retry: deque[_Node]) -> None:
        try:
            result: TaskResult = slot.results.recv()
        except (EOFError, OSError):
            self._on_death(slot, retry)
            return
        _, node = slot.queue.popleft()
        node.result = result
        self.worker_peak_mib = max(self.worker_peak_mib, result.peak_rss_mib)

    def _watch(self, busy: list[_Slot]) -> None:
        if self.hard_timeout is None:
            return
        now = time.monotonic()
        for slot in busy:
            started = slot.beacon.started.value
            if slot.busy and started and now - started > self.hard_timeout and slot.killed is None:
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
        slot.tasks.close()
        slot.results.close()
        self.replaced += 1
        self._spawn(slot)

    def _on_death(self, slot: _Slot, retry: deque[_Node]) -> None:
        """Replace the worker; split its task around the page it was on (see the module doc)."""
        number, node = slot.queue[0]
        task = node.task
        queued = [later for _, later in list(slot.queue)[1:]]
        reason = slot.killed or "WorkerDied"
        slot.process.join(5)
        exitcode = slot.process.exitcode
        index, doc_id = slot.beacon.index.value, slot.beacon.doc_id
        if slot.beacon.task.value != number:  # it died before it started this task
            index, doc_id = -1, ""
        self._replace(slot)
        retry.extendleft(reversed(queued))  # the next task it had taken runs again whole
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
        return error_result(PageError(doc_id, "pipeline", reason, message), views_of(self.options), transient=True)


def _exit_reason(exitcode: int | None) -> str:
    if exitcode is not None and exitcode < 0:
        try:
            return f"signal {signal.Signals(-exitcode).name}"
        except ValueError:
            return f"signal {-exitcode}"
    return f"exit code {exitcode}"
