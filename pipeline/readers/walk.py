"""Find the input files: recursive, sorted, never leaving the input folder."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class InputFile:
    """A file to read, with its doc_id stem (path relative to the input, POSIX separators)."""

    path: Path
    rel: str
    size: int
    outside: bool = False  # a symlink resolving outside the input folder: reported, never read


@dataclass(slots=True)
class WalkStats:
    """What the walk passed over on purpose (reported in run.json)."""

    hidden: int = 0
    symlinked_dirs: int = 0


def walk_inputs(root: Path, stats: WalkStats | None = None) -> Iterator[InputFile]:
    """Every regular file below ``root`` (or ``root`` itself when it is a file), in sorted order.

    Hidden files and folders (``.git``, ``.DS_Store``) are skipped, symlinked folders are not
    entered (no loops, no escapes), and a symlinked file that resolves outside ``root`` is
    yielded with ``outside=True`` so the caller reports it instead of reading it.
    """
    stats = stats if stats is not None else WalkStats()
    root = Path(root)
    if root.is_file():
        yield InputFile(root, root.name, _size(root))
        return
    real_root = root.resolve()
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError:
            continue
        subfolders = []
        for entry in entries:
            if entry.name.startswith("."):
                stats.hidden += 1
                continue
            path = Path(entry.path)
            if entry.is_dir(follow_symlinks=False):
                subfolders.append(path)
                continue
            if entry.is_symlink():
                if path.is_dir():
                    stats.symlinked_dirs += 1
                    continue
                target = path.resolve()
                outside = not target.is_relative_to(real_root)
                yield InputFile(path, path.relative_to(root).as_posix(), _size(path), outside)
                continue
            if entry.is_file(follow_symlinks=False):
                yield InputFile(path, path.relative_to(root).as_posix(), _size(path))
        # Depth-first in name order: reversed so the first sub-folder is popped first.
        stack.extend(reversed(subfolders))


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0
