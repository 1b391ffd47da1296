"""Atomic file replacement: write to a temp file beside the target, fsync, then rename.

A crash mid-write leaves the previous file (or none) in place, never a truncated file that
looks complete.
"""

from __future__ import annotations

import os
from pathlib import Path


def temp_path_for(path: Path) -> Path:
    """The temp file used while ``path`` is being written (same folder, so rename is atomic)."""
    return path.with_name(f".{path.name}.tmp-{os.getpid()}")


def commit(temp: Path, path: Path) -> None:
    """Flush ``temp`` to disk and move it over ``path`` in one step."""
    with open(temp, "rb") as handle:
        os.fsync(handle.fileno())
    os.replace(temp, path)
    _fsync_dir(path.parent)


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def write_text_atomic(path: Path, text: str) -> None:
    """Write a whole small file (run.json, report.html) atomically."""
    temp = temp_path_for(path)
    temp.write_text(text, encoding="utf-8")
    commit(temp, path)
