"""Find the input files: recursive, sorted, never leaving the input folder, never blocking.

Only regular files are read. Anything else the walk meets (a named pipe, a socket, a device, a
broken or looping symlink, a folder it may not list) is yielded with a ``problem`` so that it ends
as an errors row instead of hanging the run or vanishing without a trace.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class InputFile:
    """A file to read, with its doc_id stem (path relative to the input, POSIX separators).

    ``path`` is what the reader opens: for a symlink inside the input, its resolved target.
    ``problem`` is ``(error kind, message)`` for an entry that cannot be read at all.
    """

    path: Path
    rel: str
    size: int
    outside: bool = False  # a symlink resolving outside the input folder: reported, never read
    problem: tuple[str, str] | None = None


@dataclass(slots=True)
class WalkStats:
    """What the walk passed over on purpose (reported in run.json)."""

    hidden: int = 0
    symlinked_dirs: int = 0


def walk_inputs(root: Path, stats: WalkStats | None = None) -> Iterator[InputFile]:
    """Every file below ``root`` (or ``root`` itself when it is not a folder), in sorted order.

    Hidden files and folders (``.git``, ``.DS_Store``) are skipped, symlinked folders are not
    entered (no loops, no escapes), and a symlinked file that resolves outside ``root`` is
    yielded with ``outside=True`` so the caller reports it instead of reading it.
    """
    stats = stats if stats is not None else WalkStats()
    root = Path(root)
    if not root.is_dir():
        yield _single(root)
        return
    real_root = root.resolve()
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            with os.scandir(folder) as scan:
                entries = sorted(scan, key=lambda e: e.name)
        except OSError as exc:
            if folder != root:
                yield InputFile(folder, _rel(folder, root), 0, problem=_folder_problem(exc))
            continue
        subfolders = []
        for entry in entries:
            if entry.name.startswith("."):
                stats.hidden += 1
                continue
            path = Path(entry.path)
            try:
                mode = entry.stat(follow_symlinks=False).st_mode
            except OSError as exc:
                yield InputFile(path, _rel(path, root), 0, problem=os_error_row(exc))
                continue
            if stat.S_ISDIR(mode):
                subfolders.append(path)
            elif stat.S_ISLNK(mode):
                found = _symlink(path, _rel(path, root), real_root, stats)
                if found is not None:
                    yield found
            else:
                yield _entry(path, _rel(path, root), mode, _entry_size(entry))
        # Depth-first in name order: reversed so the first sub-folder is popped first.
        stack.extend(reversed(subfolders))


def _single(path: Path) -> InputFile:
    """The input given as one file (whatever kind of file it is; a symlink named by the user is followed)."""
    name = _display(path.name)
    try:
        target = path.resolve(strict=True)
        mode = target.stat().st_mode
    except OSError as exc:
        return InputFile(path, name, 0, problem=os_error_row(exc))
    except RuntimeError:  # a symlink loop (Python 3.11)
        return InputFile(path, name, 0, problem=("BrokenSymlink", "symlink loop; not followed"))
    return _entry(target, name, mode, _size(target))


def _entry(path: Path, rel: str, mode: int, size: int) -> InputFile:
    if stat.S_ISREG(mode):
        return InputFile(path, rel, size)
    return InputFile(path, rel, 0, problem=not_regular_problem(mode))


def _symlink(path: Path, rel: str, real_root: Path, stats: WalkStats) -> InputFile | None:
    """A symlink: followed only to a file inside the input; folders are never entered."""
    try:
        target = path.resolve(strict=True)
    except FileNotFoundError:
        return InputFile(path, rel, 0, problem=("BrokenSymlink", "symlink to a file that does not exist"))
    except (OSError, RuntimeError):  # RuntimeError: a symlink loop (Python 3.11)
        return InputFile(path, rel, 0, problem=("BrokenSymlink", "symlink loop or unreadable symlink; not followed"))
    try:
        mode = target.stat().st_mode  # a stat, never a read: folders are counted wherever they point
    except OSError as exc:
        return InputFile(path, rel, 0, problem=os_error_row(exc))
    if stat.S_ISDIR(mode):
        stats.symlinked_dirs += 1
        return None
    if not target.is_relative_to(real_root):
        return InputFile(path, rel, 0, outside=True)
    return _entry(target, rel, mode, _size(target))


def _entry_size(entry: os.DirEntry[str]) -> int:
    try:
        return entry.stat(follow_symlinks=False).st_size
    except OSError:
        return 0


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _rel(path: Path, root: Path) -> str:
    return _display(path.relative_to(root).as_posix())


def _display(name: str) -> str:
    """A file name as valid text: bytes that are not UTF-8 (a GBK name on Linux) shown as ``\\xNN``.

    Python keeps such bytes as lone surrogates, which no UTF-8 output file can hold.
    """
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return os.fsencode(name).decode("utf-8", "backslashreplace")
    return name


_SPECIAL_FILES = (
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISDIR, "a folder"),
)


def not_regular_problem(mode: int) -> tuple[str, str]:
    """The errors row for something that is not a regular file (never opened: it could block)."""
    what = next((name for test, name in _SPECIAL_FILES if test(mode)), "not a regular file")
    return "NotRegularFile", f"{what}, not a file; not read"


def _folder_problem(exc: OSError) -> tuple[str, str]:
    kind, message = os_error_row(exc)
    return ("UnreadableFolder", f"folder cannot be listed: {message}") if kind == "Unreadable" else (kind, message)


def os_error_row(exc: OSError) -> tuple[str, str]:
    """A short error kind and a message for an OS error met while finding or opening a file."""
    reason = exc.strerror or type(exc).__name__
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "Unreadable", f"permission denied ({reason})"
    if exc.errno == errno.ENOENT:
        return "Vanished", "the file disappeared before it could be read"
    if exc.errno == errno.ELOOP:
        return "ChangedDuringRun", "the file was replaced by a symlink after the input was listed; not followed"
    return "ReadFailed", f"the file could not be read ({reason})"
