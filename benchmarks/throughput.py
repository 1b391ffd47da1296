"""Batch throughput: pages/s with 1 and 2 workers, peak memory, beside trafilatura's batch mode.

    python benchmarks/throughput.py [--corpora PATH] [--synthetic 10000] [--write]

Input: every page of the four ``*/pages`` folders of ../shared/corpora, copied into a temp
folder (one run over all of them). Each system runs as its command line in a subprocess, timed
end to end (start-up and the template pass included):

- ours: ``run_pipeline.py -i IN -o OUT -j N --no-progress`` (a fresh output folder each time);
  peak memory from its run.json (peak RSS of the parent and of the largest worker);
- trafilatura: ``trafilatura --input-dir IN --output-dir OUT --parallel N``; peak memory is
  the largest RSS of its processes (``RUSAGE_CHILDREN``).

Then the crash check (SIGKILL half-way through a 2-worker run, rerun, compare records.jsonl with
the clean run) and a synthetic run of ``--synthetic`` pages (the corpus pages copied under
distinct names) for memory per worker over many pages. ``--write`` replaces only the section
between ``<!-- throughput:start -->`` and ``<!-- throughput:end -->`` in benchmarks/RESULTS.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
RESULTS = REPO / "benchmarks" / "RESULTS.md"
START, END = "<!-- throughput:start -->", "<!-- throughput:end -->"
SETS = ("zh-dev", "zh-dev-dump", "en-scrapinghub", "meta-dev")


@dataclass
class Measure:
    system: str
    workers: int
    pages: int
    seconds: float
    parent_mib: float | None = None
    worker_mib: float | None = None
    note: str = ""
    cpu_seconds: float | None = None  # user + system time of the command and all its processes

    @property
    def rate(self) -> float:
        return self.pages / self.seconds if self.seconds else 0.0

    @property
    def cpu_rate(self) -> float | None:
        return self.pages / self.cpu_seconds if self.cpu_seconds else None


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def copy_corpus(corpora: Path, target: Path, copies: int = 1) -> int:
    """The pages of the four sets under ``target`` (``copies`` times, under distinct names)."""
    count = 0
    for copy in range(copies):
        for name in SETS:
            source = corpora / name / "pages"
            if not source.is_dir():
                continue
            folder = target / (f"copy{copy:03d}" if copies > 1 else "") / name
            folder.mkdir(parents=True, exist_ok=True)
            for page in sorted(source.iterdir()):
                if page.is_file():
                    shutil.copyfile(page, folder / page.name)
                    count += 1
    return count


def ours_command(source: Path, out: Path, workers: int) -> list[str]:
    script = str(REPO / "run_pipeline.py")
    return [sys.executable, script, "-i", str(source), "-o", str(out), "-j", str(workers), "--no-progress"]


def run_ours(source: Path, out: Path, workers: int) -> Measure:
    shutil.rmtree(out, ignore_errors=True)
    cpu = children_cpu()
    started = time.perf_counter()
    subprocess.run(ours_command(source, out, workers), check=True, capture_output=True)
    seconds = time.perf_counter() - started
    cpu = children_cpu() - cpu
    info = json.loads((out / "run.json").read_text())
    memory = info.get("memory", {})
    timings = info["timings"]
    note = (
        f"passes: templates {timings.get('templates_seconds', 0):.1f} s, cleaning {timings['clean_seconds']:.1f} s; "
        f"CPU: parent {timings.get('parent_cpu_seconds', 0):.1f} s, "
        f"workers {timings.get('workers_cpu_seconds', 0):.1f} s"
    )
    return Measure(
        "ours",
        workers,
        info["counts"]["pages"],
        seconds,
        memory.get("parent_peak_mib"),
        memory.get("worker_peak_mib"),
        note,
        cpu,
    )


def run_trafilatura(source: Path, out: Path, workers: int, pages: int) -> Measure | None:
    exe = shutil.which("trafilatura") or str(Path(sys.executable).parent / "trafilatura")
    if not Path(exe).exists():
        return None
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    cpu = children_cpu()
    started = time.perf_counter()
    subprocess.run(
        [exe, "--input-dir", str(source), "--output-dir", str(out), "--parallel", str(workers)],
        check=False,
        capture_output=True,
    )
    seconds = time.perf_counter() - started
    cpu = children_cpu() - cpu
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    written = sum(1 for p in out.rglob("*") if p.is_file())
    mib = peak / 1024 if peak > before else None
    return Measure("trafilatura CLI", workers, pages, seconds, None, mib, f"{written} output files", cpu)


def step_costs(source: Path) -> tuple[float, float]:
    """CPU ms per page of pass 1 (observe) and pass 2 (the steps) in one process, no runner around them."""
    sys.path.insert(0, str(REPO))
    from pipeline.errors import PageError
    from pipeline.process import default_steps, new_page, run_steps
    from pipeline.readers import read_input, walk_inputs
    from pipeline.readers.parse import decode_page
    from pipeline.strip.templates import learn, observe

    raws = [page for item in walk_inputs(source) for page in read_input(item) if not isinstance(page, PageError)]
    started = time.process_time()
    observations = [observe(decode_page(new_page(raw))) for raw in raws]
    observe_ms = 1000 * (time.process_time() - started) / len(raws)
    steps = default_steps(templates=learn(observations))
    started = time.process_time()
    for raw in raws:
        try:
            run_steps(raw, steps)
        except Exception:
            continue
    steps_ms = 1000 * (time.process_time() - started) / len(raws)
    return observe_ms, steps_ms


def crash_check(source: Path, clean: Path, out: Path, seconds: float) -> str:
    """SIGKILL a 2-worker run half-way, rerun it, compare with the clean run."""
    shutil.rmtree(out, ignore_errors=True)
    process = subprocess.Popen(
        ours_command(source, out, 2), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
    )
    try:
        process.wait(timeout=seconds * 0.5)
        killed = False
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        killed = True
    subprocess.run(ours_command(source, out, 2), check=True, capture_output=True)
    after = out.with_name(out.name + "-clean")  # a clean run now: other sessions may edit the code meanwhile
    subprocess.run(ours_command(source, after, 2), check=True, capture_output=True)
    names = ("records.jsonl", "errors.csv", "repairs.csv")
    same = all((out / n).read_bytes() == (after / n).read_bytes() for n in names)
    stable = all((clean / n).read_bytes() == (after / n).read_bytes() for n in names)
    reused = json.loads((out / "run.json").read_text())["resume"]["reused_pages"]
    when = f"killed at {seconds * 0.5:.1f} s" if killed else "the run finished before the kill"
    note = "" if stable else " (the code changed during the benchmark: compared with a clean run made after)"
    return f"{when}; the rerun took {reused} pages from the state; records, errors and repairs equal: {same}{note}"


def fmt(value: float | None, digits: int = 0) -> str:
    return "–" if value is None else f"{value:,.{digits}f}"


def render(
    measures: list[Measure],
    synthetic: Measure | None,
    crash: str,
    pages: int,
    command: str,
    costs: tuple[float, float] | None,
) -> str:
    by = {(m.system, m.workers): m for m in measures}
    lines = [
        "## Batch throughput (all corpus pages, end to end)",
        "",
        f"Run {dt.date.today().isoformat()} with `{command}` (Python {platform.python_version()}, "
        f"{platform.machine()}, {os.cpu_count()} cores shared with other sessions: timings are noisy).",
        f"Input: the {pages} pages of {', '.join(SETS)} in one folder. Wall time of the whole command (start-up, "
        "template pass and writing of CSV/JSONL/Parquet included). Peak memory is peak RSS (shared pages included).",
        "",
        "| system | workers | pages/s | pages per CPU-second | seconds | CPU seconds | peak parent MiB "
        "| peak worker MiB | note |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for m in measures:
        lines.append(
            f"| {m.system} | {m.workers} | {m.rate:.1f} | {fmt(m.cpu_rate, 1)} | {m.seconds:.1f} | "
            f"{fmt(m.cpu_seconds, 1)} | {fmt(m.parent_mib)} | {fmt(m.worker_mib)} | {m.note} |"
        )
    lines.append("")
    one, two = by.get(("ours", 1)), by.get(("ours", 2))
    traf = by.get(("trafilatura CLI", 1))
    if one and two:
        lines.append(f"- Scaling: 2 workers / 1 worker = **{two.rate / one.rate:.2f}x** (target ≥ 1.7x).")
    if one and traf:
        cpu_note = "."
        if one.cpu_rate and traf.cpu_rate:
            cpu_note = (
                f"; **{one.cpu_rate / traf.cpu_rate:.2f}x** in pages per CPU-second "
                "(less sensitive to the load of other sessions)."
            )
        lines.append(
            f"- Per core vs trafilatura's batch mode on one core: **{one.rate / traf.rate:.2f}x** in wall time "
            f"({one.rate:.1f} vs {traf.rate:.1f} pages/s; target ≥ 5x){cpu_note}"
        )
    if one and one.cpu_seconds and costs:
        total_ms = 1000 * one.cpu_seconds / one.pages
        overhead = total_ms - sum(costs)
        lines.append(
            f"- Where the CPU goes (1 worker): {total_ms:.1f} ms per page in all, of which pass 1 `observe` "
            f"{costs[0]:.1f} ms and the steps {costs[1]:.1f} ms (both measured in one process without the runner); "
            f"the runner around them (process start-up and imports, reading, hashing, packing, dedup signatures, "
            f"the parent's writing and state): {overhead:.1f} ms ({100 * overhead / total_ms:.0f}%). "
            "CPU time per page moves by 10-20% with the load of other sessions, so this difference is rough."
        )
    if synthetic and synthetic.cpu_seconds and costs:
        total_ms = 1000 * synthetic.cpu_seconds / synthetic.pages
        overhead = total_ms - sum(costs)
        lines.append(
            f"- The same over the {synthetic.pages:,}-page run (start-up spread over more pages): {total_ms:.1f} ms "
            f"per page, runner {overhead:.1f} ms ({100 * overhead / total_ms:.0f}%)."
        )
    if synthetic:
        lines.append(
            f"- {synthetic.pages:,}-page synthetic run (corpus pages copied under distinct names), 2 workers: "
            f"{synthetic.rate:.1f} pages/s, peak worker {fmt(synthetic.worker_mib)} MiB, peak parent "
            f"{fmt(synthetic.parent_mib)} MiB (target ≤ 300 MiB per worker). {synthetic.note}."
        )
    lines.append(f"- Crash check: {crash}.")
    return "\n".join(lines)


def write_section(text: str) -> None:
    current = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else "# Benchmark results\n"
    block = f"{START}\n{text}\n{END}"
    if START in current and END in current:
        head, rest = current.split(START, 1)
        _, tail = rest.split(END, 1)
        current = head + block + tail
    else:
        current = current.rstrip("\n") + "\n\n" + block + "\n"
    RESULTS.write_text(current, encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpora", type=Path, default=REPO.parent / "shared" / "corpora")
    parser.add_argument("--synthetic", type=int, default=10_000, help="pages of the synthetic run (0: skip)")
    parser.add_argument("--write", action="store_true", help="write the section of benchmarks/RESULTS.md")
    args = parser.parse_args()
    if not args.corpora.is_dir():
        print(f"no corpora at {args.corpora}", file=sys.stderr)
        return 1
    command = "python benchmarks/throughput.py" + (" --write" if args.write else "")
    with tempfile.TemporaryDirectory(prefix="throughput-") as temp:
        root = Path(temp)
        pages = copy_corpus(args.corpora, root / "in")
        measures: list[Measure] = []
        for workers in (1, 2):
            measure = run_ours(root / "in", root / f"ours{workers}", workers)
            measures.append(measure)
            print(f"ours, {workers} workers: {measure.rate:.1f} pages/s", flush=True)
        for workers in (1, 2):
            measure = run_trafilatura(root / "in", root / f"traf{workers}", workers, pages)
            if measure:
                measures.append(measure)
                print(f"trafilatura, {workers} workers: {measure.rate:.1f} pages/s", flush=True)
        two = next(m for m in measures if m.system == "ours" and m.workers == 2)
        crash = crash_check(root / "in", root / "ours2", root / "crash", two.seconds)
        print(crash, flush=True)
        costs = step_costs(root / "in")
        synthetic = None
        if args.synthetic:
            copies = -(-args.synthetic // max(1, pages))
            shutil.rmtree(root / "in", ignore_errors=True)
            copy_corpus(args.corpora, root / "synthetic", copies)
            synthetic = run_ours(root / "synthetic", root / "synthetic-out", 2)
            print(f"synthetic: {synthetic.pages} pages, {synthetic.rate:.1f} pages/s", flush=True)
    text = render(measures, synthetic, crash, pages, command, costs)
    print(text)
    if args.write:
        write_section(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
