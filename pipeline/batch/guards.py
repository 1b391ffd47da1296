"""Per-page guards inside a worker: a time limit per page, and a memory cap per worker process.

The time limit interrupts Python code: SIGALRM (``setitimer``) in a worker's main thread; in a
thread (Dask worker threads) a watchdog thread raises the exception in the page's thread with
``PyThreadState_SetAsyncExc``. Either way the exception is delivered between bytecodes, which
covers pure-Python loops and C calls that return now and then (regex, lxml per call). A page
stuck in one long C call is the parent's business: the local engine kills the worker and
retries the page alone (see local.py).

``PageTimeout`` derives from BaseException so that a step's ``except Exception`` cannot swallow it.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import resource
import signal
import sys
import threading
import time
from collections.abc import Iterator
from types import FrameType

RUN_STEPS = "run_steps"  # the function whose ``step`` local names the step being run


class PageTimeout(BaseException):
    """A page ran past the time limit; ``stage`` names the step it was in, when known."""

    def __init__(self, stage: str | None = None) -> None:
        super().__init__(stage)
        self.stage = stage


def current_stage(frame: FrameType | None) -> str | None:
    """The step a frame stack is in: the ``step`` local of the innermost ``run_steps`` frame."""
    while frame is not None:
        if frame.f_code.co_name == RUN_STEPS:
            step = frame.f_locals.get("step")
            return getattr(step, "__name__", None) or type(step).__name__
        frame = frame.f_back
    return None


class _AlarmGuard:
    """SIGALRM-based limit (main thread only)."""

    def __init__(self) -> None:
        self.armed = False
        signal.signal(signal.SIGALRM, self._on_alarm)

    def _on_alarm(self, signum: int, frame: FrameType | None) -> None:
        if self.armed:
            self.armed = False
            raise PageTimeout(current_stage(frame))

    @contextlib.contextmanager
    def limit(self, seconds: float) -> Iterator[None]:
        self.armed = True
        signal.setitimer(signal.ITIMER_REAL, seconds)
        try:
            yield
        finally:
            self.armed = False
            signal.setitimer(signal.ITIMER_REAL, 0)


class _ThreadGuard:
    """Watchdog thread that raises PageTimeout asynchronously in a page's thread."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.deadlines: dict[int, float] = {}
        self.fired: dict[int, str | None] = {}
        thread = threading.Thread(target=self._watch, name="page-timeout-watchdog", daemon=True)
        thread.start()

    def _watch(self) -> None:
        while True:
            time.sleep(0.05)
            now = time.monotonic()
            with self.lock:
                for ident, deadline in list(self.deadlines.items()):
                    if now >= deadline:
                        del self.deadlines[ident]
                        self.fired[ident] = current_stage(sys._current_frames().get(ident))
                        ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(ident), ctypes.py_object(PageTimeout))

    @contextlib.contextmanager
    def limit(self, seconds: float) -> Iterator[None]:
        ident = threading.get_ident()
        with self.lock:
            self.deadlines[ident] = time.monotonic() + seconds
        try:
            yield
        except PageTimeout:
            with self.lock:
                stage = self.fired.pop(ident, None)
            raise PageTimeout(stage) from None
        finally:
            with self.lock:
                self.deadlines.pop(ident, None)
                if ident in self.fired:  # fired but not yet delivered: cancel it
                    del self.fired[ident]
                    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(ident), None)


_alarm: _AlarmGuard | None = None
_threads: _ThreadGuard | None = None
_setup = threading.Lock()


@contextlib.contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise PageTimeout in this block after ``seconds`` (None or 0: no limit)."""
    global _alarm, _threads
    if not seconds:
        yield
        return
    if threading.current_thread() is threading.main_thread():
        if _alarm is None:
            _alarm = _AlarmGuard()
        with _alarm.limit(seconds):
            yield
        return
    with _setup:
        if _threads is None:
            _threads = _ThreadGuard()
    with _threads.limit(seconds):
        yield


def address_space() -> int:
    """This process's virtual memory size in bytes."""
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")


def cap_memory(extra_mib: int) -> int | None:
    """Let this process grow by at most ``extra_mib`` MiB of address space (RLIMIT_AS); 0: no cap.

    Past the cap allocations fail: Python raises MemoryError, which fails the page, not the worker.
    Returns the limit set in bytes (None when none could be set).
    """
    if extra_mib <= 0:
        return None
    try:
        limit = address_space() + extra_mib * 2**20
        _, hard = resource.getrlimit(resource.RLIMIT_AS)
        if hard != resource.RLIM_INFINITY:
            limit = min(limit, hard)
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (OSError, ValueError):
        return None
    return limit


def peak_rss_mib() -> float:
    """Peak resident memory of this process (MiB; Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
