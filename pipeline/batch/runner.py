"""Batch runs: walk the input, clean every page in a process pool, stream the outputs to disk.

Work is split by input file; results come back in input order (so the output is the same with
any number of workers) and are written as they arrive. Every page ends as a record or an
errors row. Output files appear only when complete (atomic rename).
"""

from __future__ import annotations

import json
import multiprocessing
import os
import platform
import sys
import time
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from pipeline.errors import ERROR_FIELDS, PageError
from pipeline.page import RawPage
from pipeline.process import Step, StepFailed, default_steps, new_page, run_steps
from pipeline.readers import MAX_PAGE_BYTES, InputFile, WalkStats, read_input, walk_inputs
from pipeline.readers.parse import decode_page
from pipeline.record import Record
from pipeline.strip.templates import Observation, Templates, learn, observe
from pipeline.writers import CsvTableWriter, RecordWriters, write_text_atomic

ALL_FORMATS = ("csv", "jsonl", "parquet")
REPAIR_FIELDS = ("doc_id", "rule", "before", "after", "offset", "context", "field", "confidence")


@dataclass(slots=True)
class RunOptions:
    """Everything that shapes a run (also written to run.json)."""

    input: Path
    output: Path
    formats: tuple[str, ...] = ALL_FORMATS
    workers: int = 0  # 0: one per CPU
    limit: int | None = None  # stop after this many pages
    excel: bool = False
    repair: bool = True
    templates: bool = True  # learn per-site templates in a first pass over the batch
    max_page_bytes: int = MAX_PAGE_BYTES

    def steps(self, templates: Templates | None = None) -> list[Step]:
        return default_steps(repair=self.repair, templates=templates)


@dataclass(slots=True)
class PageOutcome:
    """What one page produced: a record with its repair audit rows, or an error."""

    record: Record | None = None
    repairs: list[tuple[Any, ...]] = field(default_factory=list)
    error: PageError | None = None


@dataclass(slots=True)
class FileOutcome:
    rel: str
    pages: list[PageOutcome]
    skipped: Counter[str]
    seconds: float


@dataclass(slots=True)
class RunSummary:
    """Counts of a finished run; ``pages == records + errors``."""

    files: int = 0
    pages: int = 0
    records: int = 0
    errors: int = 0
    repairs: int = 0
    skipped: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    output: str = ""
    errors_by_kind: dict[str, int] = field(default_factory=dict)

    def text(self) -> str:
        rate = self.pages / self.seconds if self.seconds else 0.0
        lines = [
            f"{self.pages} pages from {self.files} files in {self.seconds:.1f} s ({rate:.1f} pages/s): "
            f"{self.records} records, {self.errors} errors, {self.repairs} number repairs",
        ]
        if self.errors_by_kind:
            kinds = ", ".join(f"{k} {v}" for k, v in sorted(self.errors_by_kind.items(), key=lambda kv: -kv[1]))
            lines.append(f"errors by kind: {kinds} (see errors.csv)")
        if self.skipped:
            lines.append("skipped (not pages): " + ", ".join(f"{k} {v}" for k, v in sorted(self.skipped.items())))
        lines.append(f"output: {self.output}")
        return "\n".join(lines)


# --- worker side -------------------------------------------------------------------------------

_worker_steps: list[Step] | None = None
_worker_options: RunOptions | None = None


def _init_worker(options: RunOptions, templates: Templates | None) -> None:
    global _worker_steps, _worker_options
    _worker_options = options
    _worker_steps = options.steps(templates)


def observe_file(item: InputFile, options: RunOptions | None = None) -> list[Observation]:
    """Pass 1: what template learning needs of each page in one file (decoded, never parsed)."""
    options = options or _worker_options
    assert options is not None
    observations = []
    for raw in read_input(item, max_page_bytes=options.max_page_bytes):
        if isinstance(raw, PageError):
            continue
        try:
            observations.append(observe(decode_page(new_page(raw))))
        except Exception:  # pass 2 reports this page's problem; learning just goes without it
            continue
    return observations


def clean_raw_page(raw: RawPage, steps: Sequence[Step]) -> PageOutcome:
    """One page through the steps; a failing step becomes an error outcome, never an exception."""
    try:
        page = run_steps(raw, steps)
    except StepFailed as failed:
        return PageOutcome(error=PageError(raw.doc_id, failed.stage, failed.error, failed.message))
    except Exception as exc:  # a bug outside the steps still must not lose the page
        return PageOutcome(error=PageError(raw.doc_id, "pipeline", type(exc).__name__, str(exc)))
    repairs = [
        (page.record.doc_id, r.rule, r.before, r.after, r.offset, r.context, where, r.confidence)
        for where, r in page.repairs
    ]
    return PageOutcome(record=page.record, repairs=repairs)


def process_file(
    item: InputFile, options: RunOptions | None = None, steps: Sequence[Step] | None = None
) -> FileOutcome:
    """Read one input file and clean every page in it."""
    options = options or _worker_options
    steps = steps or _worker_steps
    assert options is not None and steps is not None
    start = time.perf_counter()
    skipped: Counter[str] = Counter()
    outcomes: list[PageOutcome] = []
    for item_or_error in read_input(item, max_page_bytes=options.max_page_bytes, skipped=skipped):
        if isinstance(item_or_error, PageError):
            outcomes.append(PageOutcome(error=item_or_error))
        else:
            outcomes.append(clean_raw_page(item_or_error, steps))
    return FileOutcome(item.rel, outcomes, skipped, time.perf_counter() - start)


def _process_in_worker(item: InputFile) -> FileOutcome:
    return process_file(item)


# --- parent side -------------------------------------------------------------------------------


def _observe_in_worker(item: InputFile) -> list[Observation]:
    return observe_file(item)


def _pool(options: RunOptions, workers: int, templates: Templates | None):
    context = multiprocessing.get_context("fork" if sys.platform.startswith("linux") else "spawn")
    return context.Pool(workers, initializer=_init_worker, initargs=(options, templates), maxtasksperchild=500)


def learn_templates(files: list[InputFile], options: RunOptions, workers: int) -> Templates:
    """Pass 1: observe every page, then learn which lines recur across each site's pages."""
    if workers <= 1 or len(files) <= 1:
        return learn(obs for item in files for obs in observe_file(item, options))
    with _pool(options, workers, None) as pool:
        return learn(obs for batch in pool.imap_unordered(_observe_in_worker, files, chunksize=8) for obs in batch)


def _outcomes(
    files: list[InputFile], options: RunOptions, workers: int, templates: Templates | None
) -> Iterator[FileOutcome]:
    if workers <= 1 or len(files) <= 1:
        steps = options.steps(templates)
        for item in files:
            yield process_file(item, options, steps)
        return
    with _pool(options, workers, templates) as pool:
        yield from pool.imap(_process_in_worker, files, chunksize=4)


def run(
    input: str | os.PathLike[str] = "raw", output: str | os.PathLike[str] = "cleaned", **options: Any
) -> RunSummary:
    """Clean every page under ``input`` into ``output`` (records, errors, repairs, run.json).

    Options: ``formats`` (iterable of csv/jsonl/parquet), ``workers`` (0 = CPU count),
    ``limit`` (pages), ``excel``, ``repair``, ``max_page_bytes``.
    """
    opts = RunOptions(input=Path(input), output=Path(output), **_clean_options(options))
    return run_with(opts)


def _clean_options(options: dict[str, Any]) -> dict[str, Any]:
    if "formats" in options and options["formats"] is not None:
        formats = options["formats"]
        if isinstance(formats, str):
            formats = [f.strip() for f in formats.split(",") if f.strip()]
        unknown = set(formats) - set(ALL_FORMATS)
        if unknown:
            raise ValueError(f"unknown output format(s): {', '.join(sorted(unknown))}")
        options["formats"] = tuple(formats)
    return {k: v for k, v in options.items() if v is not None}


def run_with(opts: RunOptions) -> RunSummary:
    """Run with explicit options (the command line and ``run`` both come here).

    Pass 1 learns site templates (when enabled); pass 2 cleans every page and streams the
    outputs to disk.
    """
    if not opts.input.exists():
        raise FileNotFoundError(f"input not found: {opts.input}")
    opts.output.mkdir(parents=True, exist_ok=True)
    started = time.time()
    walk_stats = WalkStats()
    files = list(walk_inputs(opts.input, walk_stats))
    workers = opts.workers or os.cpu_count() or 1

    summary = RunSummary(files=len(files), output=str(opts.output))
    skipped: Counter[str] = Counter()
    errors_by_kind: Counter[str] = Counter()
    templates = learn_templates(files, opts, workers) if opts.templates else None
    records = RecordWriters(opts.output, opts.formats, excel=opts.excel)
    errors = CsvTableWriter(opts.output / "errors.csv", ERROR_FIELDS, excel=opts.excel)
    repairs = CsvTableWriter(opts.output / "repairs.csv", REPAIR_FIELDS, excel=opts.excel)
    try:
        for outcome in _limited(_outcomes(files, opts, workers, templates), opts.limit):
            skipped.update(outcome.skipped)
            for page in outcome.pages:
                summary.pages += 1
                if page.record is not None:
                    records.write(page.record)
                    summary.records += 1
                    for row in page.repairs:
                        repairs.write_row(row)
                    summary.repairs += len(page.repairs)
                elif page.error is not None:
                    errors.write_row(page.error.to_dict().values())
                    errors_by_kind[page.error.error] += 1
                    summary.errors += 1
    except BaseException:
        for writer in (records, errors, repairs):
            writer.abort()
        raise
    for writer in (records, errors, repairs):
        writer.close()

    summary.seconds = time.time() - started
    summary.skipped = dict(skipped)
    summary.errors_by_kind = dict(errors_by_kind)
    if walk_stats.hidden:
        summary.skipped["hidden-files"] = walk_stats.hidden
    if walk_stats.symlinked_dirs:
        summary.skipped["symlinked-folders"] = walk_stats.symlinked_dirs
    write_text_atomic(
        opts.output / "run.json", json.dumps(_run_info(opts, summary, started, workers), indent=2, ensure_ascii=False)
    )
    return summary


def _limited(outcomes: Iterable[FileOutcome], limit: int | None) -> Iterator[FileOutcome]:
    """Stop after ``limit`` pages (a file's pages are cut at the limit)."""
    if limit is None:
        yield from outcomes
        return
    remaining = limit
    for outcome in outcomes:
        if remaining <= 0:
            break
        if len(outcome.pages) > remaining:
            outcome.pages = outcome.pages[:remaining]
        remaining -= len(outcome.pages)
        yield outcome


def _run_info(opts: RunOptions, summary: RunSummary, started: float, workers: int) -> dict[str, Any]:
    options = asdict(opts)
    options["input"] = str(opts.input)
    options["output"] = str(opts.output)
    options["workers"] = workers
    return {
        "counts": {
            "files": summary.files,
            "pages": summary.pages,
            "records": summary.records,
            "errors": summary.errors,
            "repairs": summary.repairs,
            "skipped": summary.skipped,
            "errors_by_kind": summary.errors_by_kind,
        },
        "options": options,
        "versions": _versions(),
        "timings": {
            "started": time.strftime("%Y-%m-%dT%H:%M:%S", time.localtime(started)),
            "seconds": round(summary.seconds, 3),
            "pages_per_second": round(summary.pages / summary.seconds, 2) if summary.seconds else None,
        },
    }


def _versions() -> dict[str, str]:
    from importlib import metadata

    versions = {"python": platform.python_version()}
    for dist in ("crawl-pipeline", "lxml", "regex", "charset-normalizer", "pyarrow", "fastwarc", "pandas"):
        try:
            versions[dist] = metadata.version(dist)
        except metadata.PackageNotFoundError:
            continue
    return versions
