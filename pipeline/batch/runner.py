"""Batch runs: walk the input, learn site templates, clean every page in parallel, write the outputs.

Pass 1 observes every page (decoded, never parsed) and learns the per-site templates; pass 2
cleans every page with them. Both passes run the same tasks (tasks.py) on an engine (local.py:
worker processes; dask_engine.py: a Dask cluster) that returns results in input order, so the
output does not depend on the number of workers. The parent then, page by page in input order:
keeps the outcome in the resume state (state.py), finds duplicates (dedup.py), counts for the
report (stats.py) and appends the page's lines, rendered by the worker (output.py), to temp files
renamed into place at the end (atomic). Every page ends as a record or an errors row.
"""

from __future__ import annotations

import contextlib
import json
import os
import platform
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import asdict
from pathlib import Path
from typing import Any

from pipeline.batch.dedup import Deduplicator
from pipeline.batch.guards import peak_rss_mib
from pipeline.batch.local import LocalEngine
from pipeline.batch.options import ALL_FORMATS, RunOptions, RunSummary, clean_options
from pipeline.batch.output import BatchOutputs, for_views, with_duplicate
from pipeline.batch.patterns import TEMP_FILE
from pipeline.batch.progress import Progress
from pipeline.batch.state import StateStore
from pipeline.batch.stats import LENGTH_BINS, RunStats, length_label, month_series
from pipeline.batch.tasks import TemplateDigests, plan_tasks
from pipeline.batch.worker import PageResult, TaskResult, process_file, unpack
from pipeline.readers import InputFile, WalkStats, walk_inputs
from pipeline.strip.templates import Observation, Templates, learn
from pipeline.writers import write_text_atomic
from pipeline.writers.report import ERROR_COLOR, Chart, write_report

OUTPUT_NAMES = (
    "records.csv",
    "records.excel.csv",
    "records.jsonl",
    "records.parquet",
    "errors.csv",
    "repairs.csv",
    "run.json",
    "report.html",
)

__all__ = ["ALL_FORMATS", "RunOptions", "RunSummary", "process_file", "run", "run_with"]

Engine = Any  # LocalEngine | DaskEngine: run(tasks) -> Iterator[TaskResult]
EngineFactory = Callable[[Templates | None, str], Engine]


def run(
    input: str | os.PathLike[str] = "raw", output: str | os.PathLike[str] = "cleaned", **options: Any
) -> RunSummary:
    """Clean every page under ``input`` into ``output`` (records, errors, repairs, run.json, report.html).

    Options are RunOptions fields: ``formats`` (csv/jsonl/parquet), ``workers`` (0 = CPU count),
    ``limit``, ``excel``, ``repair``, ``templates``, ``page_timeout``, ``worker_memory``, ``engine``
    (local/dask), ``scheduler``, ``resume``, ``dedup``, ``drop_duplicates``, ``progress``, ...
    """
    return run_with(RunOptions(input=Path(input), output=Path(output), **clean_options(options)))


def run_with(opts: RunOptions) -> RunSummary:
    """Run with explicit options (the command line and ``run`` both come here)."""
    if not opts.input.exists():
        raise FileNotFoundError(f"input not found: {opts.input}")
    opts.output.mkdir(parents=True, exist_ok=True)
    started = time.time()
    walk_stats = WalkStats()
    files = list(walk_inputs(opts.input, walk_stats))
    workers = opts.worker_count()
    summary = RunSummary(files=len(files), output=str(opts.output), workers=workers, engine=opts.engine)
    cpu_at_start = _cpu_seconds()
    state = StateStore(opts.output, _fingerprint(opts), fresh=not opts.resume)
    timings: dict[str, float] = {}
    memory: dict[str, float] = {}
    try:
        _remove_stale_temp_files(opts.output)
        with _engines(opts, workers) as make_engine:
            templates = None
            total = None
            if opts.templates:
                pass_started = time.monotonic()
                templates, total = learn_templates(files, opts, make_engine, memory, state, summary)
                timings["templates_seconds"] = round(time.monotonic() - pass_started, 3)
            pass_started = time.monotonic()
            stats = _clean_pass(files, opts, templates, total, make_engine, state, summary, memory)
            timings["clean_seconds"] = round(time.monotonic() - pass_started, 3)
        state.commit()
        summary.seconds = time.time() - started
        if walk_stats.hidden:
            summary.skipped["hidden-files"] = walk_stats.hidden
        if walk_stats.symlinked_dirs:
            summary.skipped["symlinked-folders"] = walk_stats.symlinked_dirs
        memory["parent_peak_mib"] = round(peak_rss_mib(), 1)
        timings.update(_cpu_seconds(cpu_at_start))
        if opts.report:
            summary.report = str(opts.output / "report.html")
            _write_report(opts, summary, stats)
        info = _run_info(opts, summary, started, timings, memory, state.cleared)
        write_text_atomic(opts.output / "run.json", json.dumps(info, indent=2, ensure_ascii=False))
    finally:
        state.close()  # the lock is held until every output file is in place
    return summary


# --- engines ---------------------------------------------------------------------------------------


@contextlib.contextmanager
def _engines(opts: RunOptions, workers: int) -> Iterator[EngineFactory]:
    """Engines for both passes; the Dask client (and a LocalCluster) live as long as the run."""
    if opts.engine != "dask":
        yield lambda templates, mode: LocalEngine(opts, templates, workers, mode)
        return
    from pipeline.batch.dask_engine import DaskEngine, connect

    client, cluster = connect(opts, workers)
    try:
        yield lambda templates, mode: DaskEngine(opts, templates, workers, mode, client)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _results(engine: Engine, tasks: Iterator[Any], memory: dict[str, float]) -> Iterator[TaskResult]:
    try:
        yield from engine.run(tasks)
    finally:
        memory["worker_peak_mib"] = round(max(memory.get("worker_peak_mib", 0.0), engine.worker_peak_mib), 1)
        memory["workers_replaced"] = memory.get("workers_replaced", 0) + engine.replaced


# --- pass 1 ------------------------------------------------------------------------------------------


def learn_templates(
    files: list[InputFile],
    opts: RunOptions,
    make_engine: EngineFactory,
    memory: dict[str, float],
    state: StateStore | None = None,
    summary: RunSummary | None = None,
) -> tuple[Templates, int]:
    """Pass 1: observe every page (up to ``limit``), learn the site templates; also counts the pages.

    With a ``state``, unchanged pages observed by an earlier run are not observed again: the
    workers only hash them, and their observations come from the state (new ones are kept there).
    """
    known = state.observed() if state is not None else None
    tasks = plan_tasks(
        files, max_page_bytes=opts.max_page_bytes, skipped=Counter(), known=known, workers=opts.worker_count()
    )
    progress = Progress("learning templates", None, enabled=opts.progress)
    pages = 0

    def observations() -> Iterator[Observation]:
        nonlocal pages
        with contextlib.closing(_results(make_engine(None, "observe"), tasks, memory)) as results:
            for result in results:
                if state is not None:
                    state.save_observations(result.observations)
                for observed in result.observations:
                    if opts.limit is not None and pages >= opts.limit:
                        return
                    pages += 1
                    observation = observed.observation
                    if observed.kept:
                        observation = state.load_observation(observed.doc_id) if state is not None else None
                        if observation is None:  # cannot happen: the state said it had the page
                            raise RuntimeError(f"resume state lost the observation of {observed.doc_id}")
                        if summary is not None:
                            summary.reused_observations += 1
                    if observation is not None:
                        yield observation
                for _ in result.pages:  # pages whose worker died (errors rows in pass 2 too)
                    if opts.limit is not None and pages >= opts.limit:
                        return
                    pages += 1
                progress.update(result.n_pages)

    templates = learn(observations())
    progress.close()
    return templates, pages


# --- pass 2 ------------------------------------------------------------------------------------------


def _clean_pass(
    files: list[InputFile],
    opts: RunOptions,
    templates: Templates | None,
    total: int | None,
    make_engine: EngineFactory,
    state: StateStore,
    summary: RunSummary,
    memory: dict[str, float],
) -> RunStats:
    state.use_templates(TemplateDigests(templates))
    skipped: Counter[str] = Counter()
    tasks = plan_tasks(
        files, max_page_bytes=opts.max_page_bytes, skipped=skipped, known=state, workers=opts.worker_count()
    )
    engine = make_engine(templates, "clean")
    engine.start()  # the workers fork before the parent imports the Parquet writer's libraries (at the first record)
    dedup = None
    try:
        dedup = Deduplicator(opts.near_threshold, state.folder / "dedup.sqlite") if opts.dedup else None
        outputs = BatchOutputs(opts.output, opts.formats, excel=opts.excel)
    except BaseException:
        engine.stop()
        if dedup is not None:
            dedup.close()
        raise
    stats = RunStats()
    progress = Progress("cleaning", total, enabled=opts.progress)
    errors_by_kind: Counter[str] = Counter()

    def emit(page: PageResult) -> None:
        info, lines = page.info, page.lines
        if page.reused:
            loaded = state.load(page.doc_id)
            if loaded is None:  # cannot happen: the state said it had the page
                raise RuntimeError(f"resume state lost the page {page.doc_id}")
            info, lines = loaded[0], for_views(unpack(loaded[1]), outputs.views)
            summary.reused += 1
        assert info is not None and lines is not None
        summary.pages += 1
        if lines.record is None:
            assert info.error is not None
            outputs.write(lines)
            errors_by_kind[info.error] += 1
            summary.errors += 1
            stats.add(info, None)
            return
        summary.records += 1
        first, kind = dedup.check(page.doc_id, info.exact, info.signature) if dedup else (None, None)
        stats.add(info, kind)
        if first is not None:
            summary.duplicates += 1
            summary.near_duplicates += kind == "near"
            if opts.drop_duplicates:
                summary.dropped += 1
                return
            lines = with_duplicate(lines, first)
        outputs.write(lines)
        summary.repairs += lines.n_repairs

    try:
        with contextlib.closing(_results(engine, tasks, memory)) as results:
            for result in results:
                state.save(result.pages)
                skipped.update(result.skipped)
                errors_before = summary.errors
                for page in result.pages:
                    if opts.limit is not None and summary.pages >= opts.limit:
                        break
                    emit(page)
                progress.update(len(result.pages), summary.errors - errors_before)
                if opts.limit is not None and summary.pages >= opts.limit:
                    break
    except BaseException:
        outputs.abort()
        raise
    finally:
        engine.stop()
        progress.close()
        if dedup is not None:
            dedup.close()
    outputs.close()
    summary.skipped = dict(skipped)
    summary.errors_by_kind = dict(errors_by_kind)
    return stats


# --- bookkeeping -------------------------------------------------------------------------------------


def _cpu_seconds(since: dict[str, float] | None = None) -> dict[str, float]:
    """CPU time of this process and of its ended children (the local workers), since ``since``."""
    import resource

    now = {}
    for key, who in (("parent_cpu_seconds", resource.RUSAGE_SELF), ("workers_cpu_seconds", resource.RUSAGE_CHILDREN)):
        usage = resource.getrusage(who)
        now[key] = usage.ru_utime + usage.ru_stime
    if since is not None:
        now = {key: round(value - since[key], 3) for key, value in now.items()}
    return now


def _fingerprint(opts: RunOptions) -> dict[str, Any]:
    from pipeline import __version__

    return {"version": __version__, "code": code_digest(), **opts.outcome_fingerprint()}


def code_digest() -> str:
    """A hash of the pipeline's source: outcomes kept by a run of other code are not reused."""
    import hashlib

    package = Path(__file__).resolve().parents[1]
    digest = hashlib.blake2b(digest_size=16)
    for path in sorted(package.rglob("*.py")):
        digest.update(path.relative_to(package).as_posix().encode() + b"\x00" + path.read_bytes() + b"\x00")
    return digest.hexdigest()


def _remove_stale_temp_files(output: Path) -> None:
    """Temp files of a killed run (the state lock says no run is using this folder now)."""
    for entry in os.scandir(output):
        match = TEMP_FILE.match(entry.name)
        if match and match["name"] in OUTPUT_NAMES and entry.is_file(follow_symlinks=False):
            Path(entry.path).unlink(missing_ok=True)


def _write_report(opts: RunOptions, summary: RunSummary, stats: RunStats) -> None:
    rate = summary.pages / summary.seconds if summary.seconds else 0.0
    facts = [
        ("input", str(opts.input)),
        ("pages", f"{summary.pages:,} from {summary.files:,} files"),
        ("records", f"{summary.records:,}"),
        ("errors", f"{summary.errors:,}"),
        ("duplicates", f"{summary.duplicates:,} ({summary.near_duplicates:,} near), {summary.dropped:,} dropped"),
        ("number repairs", f"{summary.repairs:,}"),
        ("resumed pages", f"{summary.reused:,}"),
        ("run time", f"{summary.seconds:.1f} s, {rate:.1f} pages/s, {summary.workers} {summary.engine} workers"),
    ]
    unique = stats.records - sum(stats.duplicates.values())
    charts = [
        Chart(
            "Records per publish month",
            month_series(stats.months),
            note=f"{stats.no_date:,} records without a publish date",
            vertical=True,
        ),
        Chart("Top sources", stats.sources.most_common(15)),
        Chart("Top sites", stats.sites.most_common(15), note="the site name the page states, else its host"),
        Chart(
            "Text length (characters)",
            [(length_label(i), stats.lengths.get(i, 0)) for i in range(len(LENGTH_BINS))],
            vertical=True,
        ),
        Chart("Number repairs by rule", stats.repairs.most_common()),
        Chart("Errors by reason", stats.errors.most_common(), color=ERROR_COLOR),
        Chart(
            "Duplicates",
            [
                ("first copies", unique),
                ("exact copies", stats.duplicates["exact"]),
                ("near copies", stats.duplicates["near"]),
            ],
            note="dropped from the records" if opts.drop_duplicates else "kept, with duplicate_of set",
        ),
        Chart("Languages", stats.langs.most_common(15)),
    ]
    write_report(opts.output / "report.html", f"Crawl cleaning report: {opts.output.name}", facts, charts)


def _run_info(
    opts: RunOptions,
    summary: RunSummary,
    started: float,
    timings: dict[str, float],
    memory: dict[str, float],
    state_cleared: str | None,
) -> dict[str, Any]:
    options = asdict(opts)
    options["input"] = str(opts.input)
    options["output"] = str(opts.output)
    options["workers"] = summary.workers
    return {
        "counts": {
            "files": summary.files,
            "pages": summary.pages,
            "records": summary.records,
            "errors": summary.errors,
            "repairs": summary.repairs,
            "skipped": summary.skipped,
            "errors_by_kind": summary.errors_by_kind,
            "duplicates": summary.duplicates,
            "near_duplicates": summary.near_duplicates,
            "dropped_duplicates": summary.dropped,
            "records_written": summary.records - summary.dropped,
        },
        "resume": {
            "reused_pages": summary.reused,
            "cleaned_pages": summary.pages - summary.reused,
            "reused_observations": summary.reused_observations,
            "state_cleared": state_cleared,
        },
        "options": options,
        "versions": _versions(),
        "memory": memory,
        "timings": {
            "started": time.strftime("%Y-%m-%dT%H:%M:%S", time.localtime(started)),
            "seconds": round(summary.seconds, 3),
            "pages_per_second": round(summary.pages / summary.seconds, 2) if summary.seconds else None,
            **timings,
        },
    }


def _versions() -> dict[str, str]:
    from importlib import metadata

    versions = {"python": platform.python_version()}
    for dist in (
        "crawl-pipeline",
        "lxml",
        "regex",
        "charset-normalizer",
        "pyarrow",
        "fastwarc",
        "pandas",
        "numpy",
    ):
        try:
            versions[dist] = metadata.version(dist)
        except metadata.PackageNotFoundError:
            continue
    return versions
