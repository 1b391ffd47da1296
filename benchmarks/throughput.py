"""Batch throughput: pages/s with 1 and 2 workers, per core, peak memory, beside trafilatura's batch mode.

    python benchmarks/throughput.py [--corpora PATH] [--synthetic 10000] [--repeat 2] [--max-busy 0.25] [--write]
    python benchmarks/throughput.py --workers 1 --only-ours --no-checks --synthetic 0   # our 1-worker side only

Input: every page of the four ``*/pages`` folders of ../shared/corpora, copied into a temp
folder (one run over all of them). Each system runs as its command line in a subprocess, timed
end to end (start-up and the template pass included):

- ours: ``run_pipeline.py -i IN -o OUT -j N --no-progress`` (a fresh output folder each time);
  peak memory from its run.json (peak RSS of the parent and of the largest worker);
- trafilatura: ``trafilatura --input-dir IN --output-dir OUT --parallel N``; peak memory is
  the largest RSS of its processes (``RUSAGE_CHILDREN``).

The two systems alternate (ours 1 worker, trafilatura 1, ours 2, trafilatura 2), ``--repeat``
times; each row keeps its quickest run. The machine is shared: before each measurement the
script waits (up to ``--wait`` seconds) until the other processes use less than ``--max-busy``
cores (measured from /proc/stat over 3 s; the load average would also count our own last run),
and the table shows what they used just before each kept run. CPU seconds (user + system of the
command and all its processes) are less sensitive to the load than wall time: "pages per
CPU-second" is the per-core rate of a machine with nothing else running.

Then the crash check (SIGKILL half-way through a 2-worker run, rerun, compare records.jsonl with
a clean run), a rerun over the same output (what an incremental run costs), the in-process cost
of the passes (without the runner) and a synthetic run of ``--synthetic`` pages (the corpus
pages copied under distinct names) for memory per worker over many pages. ``--write`` replaces
only the section between ``<!-- throughput:start -->`` and ``<!-- throughput:end -->`` in
benchmarks/RESULTS.md.
"""

from __future__ import annotations

import argparse
import compileall
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
if str(REPO) not in sys.path:  # runnable as a script from the repo root
    sys.path.insert(0, str(REPO))
from benchmarks.results_md import replace_section  # noqa: E402

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
    busy: float | None = None  # cores other processes used just before the run

    @property
    def rate(self) -> float:
        return self.pages / self.seconds if self.seconds else 0.0

    @property
    def cpu_rate(self) -> float | None:
        return self.pages / self.cpu_seconds if self.cpu_seconds else None


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def busy_cores(seconds: float = 3.0) -> float:
    """Cores in use (by anyone) over the next ``seconds``, from /proc/stat."""

    def sample() -> tuple[int, int]:
        with open("/proc/stat") as handle:
            values = [int(v) for v in handle.readline().split()[1:]]
        return sum(values), values[3] + values[4]  # all, idle + iowait

    total, idle = sample()
    time.sleep(seconds)
    total2, idle2 = sample()
    spent = max(1, total2 - total)
    return (os.cpu_count() or 1) * (1 - (idle2 - idle) / spent)


def wait_for_quiet(max_busy: float, wait: float) -> float:
    """Wait until other processes use fewer than ``max_busy`` cores (at most ``wait`` s); return the last use."""
    deadline = time.monotonic() + wait
    busy = busy_cores()
    while busy >= max_busy and time.monotonic() < deadline:
        busy = busy_cores()
    return busy


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


def run_ours(source: Path, out: Path, workers: int, *, fresh: bool = True, busy: float | None = None) -> Measure:
    if fresh:
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
        f"CPU: parent {timings.get('parent_cpu_seconds', 0):.2f} s, "
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
        busy,
    )


def run_trafilatura(source: Path, out: Path, workers: int, pages: int, busy: float | None = None) -> Measure | None:
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
    return Measure("trafilatura CLI", workers, pages, seconds, None, mib, f"{written} output files", cpu, busy)


@dataclass
class Costs:
    """CPU ms per page of each part, measured in one process without the runner."""

    decode: float  # pass 1 reads and decodes ...
    observe: float  # ... and observes
    steps: float  # pass 2: every step, reading and decoding again included

    @property
    def pass1(self) -> float:
        return self.decode + self.observe


def step_costs(source: Path) -> Costs:
    sys.path.insert(0, str(REPO))
    from pipeline.errors import PageError
    from pipeline.process import default_steps, new_page, run_steps
    from pipeline.readers import read_input, walk_inputs
    from pipeline.readers.parse import decode_page
    from pipeline.strip.templates import learn, observe

    raws = [page for item in walk_inputs(source) for page in read_input(item) if not isinstance(page, PageError)]
    started = time.process_time()
    pages = [decode_page(new_page(raw)) for raw in raws]
    decode_ms = 1000 * (time.process_time() - started) / len(raws)
    started = time.process_time()
    observations = [observe(page) for page in pages]
    observe_ms = 1000 * (time.process_time() - started) / len(raws)
    del pages
    steps = default_steps(templates=learn(observations))
    started = time.process_time()
    for raw in raws:
        try:
            run_steps(raw, steps)
        except Exception:
            continue
    steps_ms = 1000 * (time.process_time() - started) / len(raws)
    return Costs(decode_ms, observe_ms, steps_ms)


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
    crash: str | None,
    rerun: Measure | None,
    pages: int,
    command: str,
    costs: Costs | None,
    max_busy: float,
) -> str:
    by = {(m.system, m.workers): m for m in measures}
    lines = [
        "## Batch throughput (all corpus pages, end to end)",
        "",
        f"Run {dt.date.today().isoformat()} with `{command}` (Python {platform.python_version()}, "
        f"{platform.machine()}, {os.cpu_count()} cores shared with other sessions: timings are noisy; each "
        f"measurement waits until other processes use under {max_busy:g} cores, the table shows what they used "
        "just before it).",
        f"Input: the {pages} pages of {', '.join(SETS)} in one folder. Wall time of the whole command (start-up, "
        "template pass and writing of CSV/JSONL/Parquet included); the quickest of the repeats. Peak memory is peak "
        "RSS (shared pages included).",
        "",
        "| system | workers | pages/s | pages/s per core | pages per CPU-second | seconds | CPU seconds | busy cores "
        "before | peak parent MiB | peak worker MiB | note |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for m in measures:
        lines.append(
            f"| {m.system} | {m.workers} | {m.rate:.1f} | {m.rate / m.workers:.1f} | {fmt(m.cpu_rate, 1)} | "
            f"{m.seconds:.1f} | {fmt(m.cpu_seconds, 1)} | {fmt(m.busy, 2)} | {fmt(m.parent_mib)} | "
            f"{fmt(m.worker_mib)} | {m.note} |"
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
                f"({one.cpu_rate:.1f} vs {traf.cpu_rate:.1f}: less sensitive to the load of other sessions)."
            )
        lines.append(
            f"- Per core vs trafilatura's batch mode on one core: **{one.rate / traf.rate:.2f}x** in wall time "
            f"({one.rate:.1f} vs {traf.rate:.1f} pages/s; target ≥ 5x){cpu_note}"
        )
    if one and one.cpu_seconds and costs:
        total_ms = 1000 * one.cpu_seconds / one.pages
        overhead = total_ms - costs.pass1 - costs.steps
        lines.append(
            f"- Where the CPU goes (1 worker): {total_ms:.1f} ms per page in all, of which pass 1 {costs.pass1:.1f} ms "
            f"(reading and decoding {costs.decode:.1f} ms, `observe` {costs.observe:.1f} ms) and the steps "
            f"{costs.steps:.1f} ms (both measured in one process without the runner); the runner around them "
            f"(process start-up and imports, content hashes, dedup signatures, rendering the output lines, the "
            f"parent's writing, state and template learning): {overhead:.1f} ms ({100 * overhead / total_ms:.0f}%). "
            "CPU time per page moves by 10-20% with the load of other sessions, so this difference is rough."
        )
        if traf and traf.cpu_rate:
            traf_ms = 1000 / traf.cpu_rate
            lines.append(
                f"- For the 5x target ours would need {traf_ms / 5:.1f} CPU ms per page; trafilatura spends "
                f"{traf_ms:.1f} ms, the steps alone {costs.steps:.1f} ms."
            )
    if synthetic and synthetic.cpu_seconds and costs:
        total_ms = 1000 * synthetic.cpu_seconds / synthetic.pages
        overhead = total_ms - costs.pass1 - costs.steps
        lines.append(
            f"- The same over the {synthetic.pages:,}-page run (start-up spread over more pages): {total_ms:.1f} ms "
            f"per page, runner {overhead:.1f} ms ({100 * overhead / total_ms:.0f}%)."
        )
    if synthetic:
        lines.append(
            f"- {synthetic.pages:,}-page synthetic run (corpus pages copied under distinct names), 2 workers: "
            f"{synthetic.rate:.1f} pages/s, {fmt(synthetic.cpu_rate, 1)} pages per CPU-second, peak worker "
            f"{fmt(synthetic.worker_mib)} MiB, peak parent {fmt(synthetic.parent_mib)} MiB (target ≤ 300 MiB per "
            f"worker). {synthetic.note}."
        )
    if rerun:
        lines.append(
            f"- Rerun over the same output, nothing changed (2 workers): {rerun.seconds:.1f} s, "
            f"{1000 * (rerun.cpu_seconds or 0) / rerun.pages:.1f} CPU ms per page (pages and pass-1 observations "
            "taken from the resume state)."
        )
    if crash:
        lines.append(f"- Crash check: {crash}.")
    return "\n".join(lines)


def write_section(text: str) -> None:
    replace_section(f"{START}\n{text}\n{END}", START, END, RESULTS)


def quickest(runs: list[Measure]) -> Measure:
    return min(runs, key=lambda m: m.seconds)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpora", type=Path, default=REPO.parent / "shared" / "corpora")
    parser.add_argument("--synthetic", type=int, default=10_000, help="pages of the synthetic run (0: skip)")
    parser.add_argument("--repeat", type=int, default=2, help="runs of each measurement (the quickest is kept)")
    parser.add_argument("--max-busy", type=float, default=0.25, help="wait until others use fewer cores than this")
    parser.add_argument("--wait", type=float, default=300, help="seconds to wait for it at most, per measurement")
    parser.add_argument("--write", action="store_true", help="write the section of benchmarks/RESULTS.md")
    parser.add_argument("--workers", default="1,2", help="worker counts to measure, comma-separated (default: 1,2)")
    parser.add_argument("--only-ours", action="store_true", help="do not run trafilatura")
    parser.add_argument("--no-checks", action="store_true", help="skip the rerun and the crash check")
    args = parser.parse_args()
    if not args.corpora.is_dir():
        print(f"no corpora at {args.corpora}", file=sys.stderr)
        return 1
    counts = tuple(int(n) for n in args.workers.split(",") if n.strip())
    if args.write and (counts != (1, 2) or args.only_ours or args.no_checks):
        print("--write needs the whole measurement (no --workers, --only-ours or --no-checks)", file=sys.stderr)
        return 2
    command = "python benchmarks/throughput.py" + (" --write" if args.write else "")
    # The package's bytecode, written once as any install's first run does: a shell with PYTHONDONTWRITEBYTECODE
    # set (some containers) would otherwise compile every module at each run's start (~0.08 s), which the peer,
    # installed in site-packages with its bytecode, does not pay.
    compileall.compile_dir(str(REPO / "pipeline"), quiet=1)
    with tempfile.TemporaryDirectory(prefix="throughput-") as temp:
        root = Path(temp)
        pages = copy_corpus(args.corpora, root / "in")
        runs: dict[tuple[str, int], list[Measure]] = {}
        for _ in range(max(1, args.repeat)):
            for workers in counts:
                busy = wait_for_quiet(args.max_busy, args.wait)
                ours = run_ours(root / "in", root / f"ours{workers}", workers, busy=busy)
                runs.setdefault(("ours", workers), []).append(ours)
                print(
                    f"ours, {workers} workers: {ours.rate:.1f} pages/s, {ours.cpu_rate or 0:.1f} pages per CPU-second "
                    f"(others busy {busy:.2f}; {ours.note})",
                    flush=True,
                )
                if args.only_ours:
                    continue
                busy = wait_for_quiet(args.max_busy, args.wait)
                traf = run_trafilatura(root / "in", root / f"traf{workers}", workers, pages, busy=busy)
                if traf:
                    runs.setdefault(("trafilatura CLI", workers), []).append(traf)
                    print(
                        f"trafilatura, {workers} workers: {traf.rate:.1f} pages/s (others busy {busy:.2f})", flush=True
                    )
        order = [("ours", 1), ("ours", 2), ("trafilatura CLI", 1), ("trafilatura CLI", 2)]
        measures = [quickest(runs[key]) for key in order if key in runs]
        two = next((m for m in measures if m.system == "ours" and m.workers == 2), None)
        rerun, crash = None, None
        if two is not None and not args.no_checks:
            rerun = run_ours(root / "in", root / "ours2", 2, fresh=False, busy=wait_for_quiet(args.max_busy, args.wait))
            crash = crash_check(root / "in", root / "ours2", root / "crash", two.seconds)
            print(crash, flush=True)
        synthetic = None
        if args.synthetic:
            copies = -(-args.synthetic // max(1, pages))
            copy_corpus(args.corpora, root / "synthetic", copies)
            busy = wait_for_quiet(args.max_busy, args.wait)
            synthetic = run_ours(root / "synthetic", root / "synthetic-out", 2, busy=busy)
            print(f"synthetic: {synthetic.pages} pages, {synthetic.rate:.1f} pages/s", flush=True)
            shutil.rmtree(root / "synthetic", ignore_errors=True)
        # Last: this loads every page into this process, and Linux carries a process's peak RSS over
        # exec into the commands started after it (their run.json would report this one's peak).
        costs = step_costs(root / "in")
    text = render(measures, synthetic, crash, rerun, pages, command, costs, args.max_busy)
    print(text)
    if args.write:
        write_section(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
