"""Benchmark number repair on damage-dev, beside ftfy, in one process.

    python benchmarks/repair.py [--corpora PATH] [--write] [--failures]

For each system: the share of damaged paragraphs restored exactly (output == original),
overall and per defect type; the share of clean paragraphs left untouched
(output == input); and the time per paragraph.  ``--write`` replaces only the section
between ``<!-- repair:start -->`` and ``<!-- repair:end -->`` in benchmarks/RESULTS.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import platform
import shlex
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:  # runnable as a script from the repo root
    sys.path.insert(0, str(REPO))

from benchmarks.results_md import replace_section  # noqa: E402
from pipeline.repair import repair_numbers  # noqa: E402

RESULTS = REPO / "benchmarks" / "RESULTS.md"
START, END = "<!-- repair:start -->", "<!-- repair:end -->"
TYPES = ("fullwidth-digits", "year-month-glued", "month-day-glued", "percent-separator-lost")


@dataclass
class Score:
    """Counts for one system."""

    name: str
    restored: dict[str, list[int]] = field(default_factory=dict)  # type -> [ok, total]
    damaged_ok: int = 0
    damaged: int = 0
    clean_ok: int = 0
    clean: int = 0
    seconds: float = 0.0
    paragraphs: int = 0
    failures: list[str] = field(default_factory=list)

    def us_per_paragraph(self) -> float:
        return 1e6 * self.seconds / max(1, self.paragraphs)


def load(corpora: Path) -> list[dict]:
    path = corpora / "damage-dev.jsonl"
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def systems() -> dict[str, Callable[[str], str]]:
    """The systems compared; ftfy only if installed."""
    out: dict[str, Callable[[str], str]] = {"ours: repair_numbers": lambda s: repair_numbers(s)[0]}
    try:
        import ftfy
        from ftfy.fixes import fix_character_width
    except ImportError:  # pragma: no cover - ftfy is in the bench extra
        return out
    out["ftfy.fix_text (defaults)"] = ftfy.fix_text
    out["ftfy fix_character_width"] = fix_character_width
    return out


def score(name: str, fn: Callable[[str], str], rows: list[dict], repeat: int) -> Score:
    s = Score(name, {t: [0, 0] for t in TYPES})
    inputs = [r["input"] for r in rows]
    outputs = [fn(x) for x in inputs]  # warm-up and the outputs scored
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        for x in inputs:
            fn(x)
        best = min(best, time.perf_counter() - t0)
    s.seconds, s.paragraphs = best, len(inputs)
    for r, out in zip(rows, outputs, strict=True):
        if r["kind"] == "clean":
            s.clean += 1
            ok = out == r["input"]
            s.clean_ok += ok
        else:
            s.damaged += 1
            ok = out == r["original"]
            s.damaged_ok += ok
            for t in r["types"]:
                cell = s.restored.setdefault(t, [0, 0])
                cell[0] += ok
                cell[1] += 1
        if not ok:
            s.failures.append(f"{r['id']} ({r['kind']}: {', '.join(r['types']) or 'clean'})")
    return s


def _cell(ok: int, total: int) -> str:
    return f"{ok / total:.3f} ({ok}/{total})" if total else "-"


def table(scores: list[Score]) -> str:
    types = [t for t in TYPES if any(s.restored.get(t, [0, 0])[1] for s in scores)]
    types += sorted({t for s in scores for t in s.restored} - set(types))
    head = ["system", "restored overall", *types, "clean untouched", "µs/paragraph"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for s in scores:
        cells = [s.name, _cell(s.damaged_ok, s.damaged)]
        cells += [_cell(*s.restored.get(t, [0, 0])) for t in types]
        cells += [_cell(s.clean_ok, s.clean), f"{s.us_per_paragraph():.1f}"]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def section(scores: list[Score], rows: list[dict], command: str, clean_us: float) -> str:
    damaged = sum(r["kind"] == "damaged" for r in rows)
    return "\n".join(
        [
            START,
            "## Number repair (damage-dev)",
            "",
            f"Run {dt.date.today().isoformat()} with `{command}` "
            f"(Python {platform.python_version()}, {platform.machine()}).",
            f"{len(rows)} paragraphs: {damaged} damaged, {len(rows) - damaged} clean. "
            "Restored = output equals the original exactly; clean untouched = output equals "
            "the input. A damaged paragraph with two defect types counts in both columns.",
            "",
            table(scores),
            "",
            f"Our repair on clean paragraphs only (the common case): {clean_us:.1f} µs/paragraph.",
            "",
            "Failures of `repair_numbers`: " + ("; ".join(scores[0].failures) if scores[0].failures else "none") + ".",
            END,
        ]
    )


def write_section(text: str, path: Path = RESULTS) -> None:
    """Replace our marked section of RESULTS.md (append it if absent; create the file)."""
    replace_section(text, START, END, path)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--corpora",
        type=Path,
        default=REPO.parent / "shared" / "corpora",
        help="folder holding damage-dev.jsonl (default: ../shared/corpora)",
    )
    ap.add_argument("--repeat", type=int, default=5, help="timing runs (best is kept)")
    ap.add_argument("--write", action="store_true", help="update benchmarks/RESULTS.md")
    ap.add_argument("--failures", action="store_true", help="list our failing ids")
    args = ap.parse_args(argv)

    rows = load(args.corpora)
    scores = [score(name, fn, rows, args.repeat) for name, fn in systems().items()]
    clean = [r for r in rows if r["kind"] == "clean"]
    clean_us = score("clean", lambda s: repair_numbers(s)[0], clean, args.repeat).us_per_paragraph()

    argv_shown = sys.argv[1:] if argv is None else argv
    command = "python benchmarks/repair.py " + " ".join(shlex.quote(a) for a in argv_shown)
    text = section(scores, rows, command.strip(), clean_us)
    print(text)
    if args.failures:
        for f in scores[0].failures:
            print("FAIL", f)
    if args.write:
        write_section(text)
        print(f"updated {RESULTS.relative_to(REPO)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
