"""The Dask engine: the same tasks on a dask.distributed cluster, results in the same order.

``--engine dask`` connects to ``--scheduler ADDRESS`` (or starts a LocalCluster with one
single-threaded worker process per ``--workers``). The templates are scattered to every worker
once; a task then carries only its file list (workers must see the input paths: a shared
folder) or, for chunks of big containers, the pages the parent read. Results come back in input
order, so the parent writes the same records as with the local engine.

Per-page time limits run inside the task (a watchdog thread raises the timeout in the task's
thread). A task whose worker dies is retried by Dask; when Dask gives up (``KilledWorker``) the
task is split into one task per source, and a source that still kills its worker becomes an
errors row (``WorkerDied``).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from typing import Any

from pipeline.batch.options import RunOptions
from pipeline.batch.tasks import Task, source_file
from pipeline.batch.worker import TaskResult, WorkerState, error_result, run_task, views_of
from pipeline.errors import PageError
from pipeline.strip.templates import Templates

WINDOW_PER_WORKER = 4
_states: dict[tuple[str, int], WorkerState] = {}  # per Dask worker process: steps built once per run


def dask_run_task(task: Task, options: RunOptions, templates: Templates | None, mode: str, run_key: str) -> TaskResult:
    """Run one task on a Dask worker (steps cached per run and mode)."""
    key = (f"{run_key}:{mode}", id(templates))
    state = _states.get(key)
    if state is None:
        _states.clear()
        state = _states[key] = WorkerState(options, templates, mode)
    return run_task(task, state)


class DaskEngine:
    """Runs tasks on a Dask cluster; ``run`` yields their results in task order."""

    def __init__(
        self, options: RunOptions, templates: Templates | None, workers: int, mode: str, client: Any = None
    ) -> None:
        self.options = options
        self.templates = templates
        self.workers = max(1, workers)
        self.mode = mode
        self.client = client
        self.worker_peak_mib = 0.0
        self.replaced = 0

    def start(self) -> None:
        """Nothing to start: the cluster is already there."""

    def stop(self) -> None:
        """Nothing to stop: the cluster outlives the engine."""

    def run(self, tasks: Iterator[Task]) -> Iterator[TaskResult]:
        import uuid

        from distributed import as_completed

        client = self.client
        assert client is not None
        run_key = uuid.uuid4().hex
        templates = client.scatter(self.templates, broadcast=True, hash=False) if self.templates else None
        n_workers = max(1, len(client.scheduler_info().get("workers", {})) or self.workers)
        window = WINDOW_PER_WORKER * n_workers
        order: deque[_Slot] = deque()
        futures = as_completed()
        slots_by_key: dict[str, _Slot] = {}
        exhausted = False

        def submit(slot: _Slot) -> None:
            future = client.submit(
                dask_run_task, slot.task, self.options, templates, self.mode, run_key, pure=False, retries=0
            )
            slots_by_key[future.key] = slot
            futures.add(future)

        try:
            while True:
                while not exhausted and len(order) < window:
                    task = next(tasks, None)
                    if task is None:
                        exhausted = True
                        break
                    slot = _Slot(task)
                    order.append(slot)
                    submit(slot)
                if order and order[0].done():
                    while order and order[0].done():
                        yield order.popleft().collect()
                    continue  # the window has room again: take more tasks before waiting
                if not order:  # the loop above takes a task whenever one is left
                    return
                future = next(futures)  # order[0] waits for a future (its own or its parts')
                slot = slots_by_key.pop(future.key)
                if future.status == "finished":
                    slot.result = future.result()
                    self.worker_peak_mib = max(self.worker_peak_mib, slot.result.peak_rss_mib)
                else:
                    self._on_failure(slot, future.exception(), submit)
                future.release()
        finally:
            for future in futures.futures:
                future.cancel()

    def _on_failure(self, slot: _Slot, error: BaseException | None, submit) -> None:
        task = slot.task
        if len(task.sources) > 1:
            slot.parts = [_Slot(Task(task.id, [source], known=task.known)) for source in task.sources]
            for part in slot.parts:
                submit(part)
            return
        name = source_file(task.sources[0]) if task.sources else "?"
        doc_id = getattr(task.sources[0], "doc_id", name) if task.sources else name
        message = f"the Dask worker died or failed on this input ({type(error).__name__}: {error})"
        page_error = PageError(doc_id, "pipeline", "WorkerDied", message)
        result = error_result(page_error, views_of(self.options), file=name, transient=True)
        slot.result = TaskResult(task.id, pages=[result])


class _Slot:
    __slots__ = ("parts", "result", "task")

    def __init__(self, task: Task) -> None:
        self.task = task
        self.result: TaskResult | None = None
        self.parts: list[_Slot] | None = None

    def done(self) -> bool:
        return self.result is not None or (self.parts is not None and all(p.done() for p in self.parts))

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
        return merged


def connect(options: RunOptions, workers: int) -> tuple[Any, Any]:
    """A Client for ``options.scheduler``, or for a new LocalCluster (returned to be closed after)."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise RuntimeError("--engine dask needs Dask: pip install 'crawl-pipeline[dask]'") from None
    if options.scheduler:
        return Client(options.scheduler), None
    memory = f"{options.worker_memory + 512}MiB" if options.worker_memory else None
    cluster = LocalCluster(
        n_workers=max(1, workers),
        threads_per_worker=1,
        processes=True,
        memory_limit=memory or 0,
        dashboard_address=None,
        silence_logs=40,
    )
    return Client(cluster), cluster
