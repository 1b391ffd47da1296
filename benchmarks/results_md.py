"""benchmarks/RESULTS.md, where each benchmark script owns one section between its own markers."""

from __future__ import annotations

from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "RESULTS.md"


def replace_section(text: str, start: str, end: str, path: Path = RESULTS) -> None:
    """Put ``text`` (which opens with ``start`` and closes with ``end``) in place of the section between those
    markers, or append it when the file has none; the file is written whole to a temporary file, then renamed."""
    old = path.read_text(encoding="utf-8") if path.exists() else "# Benchmark results\n"
    if start in old and end in old:
        head, rest = old.split(start, 1)
        new = head + text + rest.split(end, 1)[1]
    else:
        new = old.rstrip("\n") + "\n\n" + text + "\n"
    temp = path.with_name(path.name + f".{start.strip('<!- ').split(':')[0]}.tmp")
    temp.write_text(new, encoding="utf-8")
    temp.replace(path)
