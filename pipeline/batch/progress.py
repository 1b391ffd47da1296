"""Progress on stderr: a tqdm bar on a terminal, a plain log line every LOG_SECONDS otherwise."""

from __future__ import annotations

import sys
import time
from typing import Any

LOG_SECONDS = 10.0


class Progress:
    """Pages done, pages/s, ETA (when the total is known) and the error count."""

    def __init__(self, label: str, total: int | None, *, enabled: bool, stream: Any = None) -> None:
        self.label = label
        self.total = total
        self.enabled = enabled
        self.stream = stream if stream is not None else sys.stderr
        self.done = 0
        self.errors = 0
        self.started = time.monotonic()
        self._last_log = self.started
        self._bar = None
        if enabled and _is_terminal(self.stream):
            from tqdm import tqdm

            tqdm.monitor_interval = 0  # no monitor thread: workers are forked from this process
            self._bar = tqdm(total=total, desc=label, unit="page", file=self.stream, dynamic_ncols=True, smoothing=0.1)

    def update(self, pages: int, errors: int = 0) -> None:
        self.done += pages
        self.errors += errors
        if not self.enabled:
            return
        if self._bar is not None:
            self._bar.update(pages)
            if errors:
                self._bar.set_postfix(errors=self.errors, refresh=False)
            return
        now = time.monotonic()
        if now - self._last_log >= LOG_SECONDS:
            self._last_log = now
            self._log(now)

    def _log(self, now: float) -> None:
        elapsed = max(now - self.started, 1e-9)
        rate = self.done / elapsed
        parts = [f"{self.label}: {self.done}" + (f"/{self.total}" if self.total else "") + " pages"]
        if self.total:
            parts.append(f"{100 * self.done / self.total:.0f}%")
        parts.append(f"{rate:.1f} pages/s")
        if self.total and rate > 0:
            parts.append(f"ETA {_duration((self.total - self.done) / rate)}")
        parts.append(f"{self.errors} errors")
        print(", ".join(parts), file=self.stream, flush=True)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
        elif self.enabled:
            self._log(time.monotonic())


def _is_terminal(stream: Any) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False


def _duration(seconds: float) -> str:
    seconds = int(seconds)
    if seconds >= 3600:
        return f"{seconds // 3600}h{seconds % 3600 // 60:02d}m"
    if seconds >= 60:
        return f"{seconds // 60}m{seconds % 60:02d}s"
    return f"{seconds}s"
