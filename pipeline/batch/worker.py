"""Worker side: read a task's pages, clean each one under the page guards, pack the results.

The same code runs in a local worker process and in a Dask task. A page's outcome travels as
its output lines, rendered here (``PageLines``, output.py: the parent only appends them to the
files), and packed (pickle + deflate, also made here) for the parent to keep in the resume state;
beside them a small ``PageInfo`` carries what the parent needs for duplicates, the report and
the resume check.
"""

from __future__ import annotations

import pickle
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from isal import isal_zlib

from pipeline.batch.dedup import dedup_keys
from pipeline.batch.guards import PageTimeout, peak_rss_mib, time_limit
from pipeline.batch.options import RunOptions
from pipeline.batch.output import PageLines, Views, render_error, render_record
from pipeline.batch.tasks import Task, TemplateDigests, content_hash, source_file
from pipeline.errors import PageError
from pipeline.page import Page, RawPage
from pipeline.process import Step, StepFailed, new_page, run_steps
from pipeline.readers import InputFile, read_input
from pipeline.readers.parse import decode_page
from pipeline.record import Record
from pipeline.strip.templates import ApplyTemplates, Observation, Templates, observe, site_key

TRANSIENT_ERRORS = frozenset({"Timeout", "MemoryError", "WorkerDied"})
"""Errors of the guards, not of the page: not kept for resume, a later run tries the page again."""

SITE_NOTE = "template_site"


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
class PageInfo:
    """The few facts about a page the parent uses (duplicates, report, resume)."""

    error: str | None = None  # the error kind when the page gave no record
    transient: bool = False
    site: str = ""  # the site whose templates were applied ...
    tdigest: bytes = b""  # ... and a fingerprint of those templates
    exact: int | None = None  # duplicate keys
    signature: bytes | None = None
    month: str | None = None  # report facts
    source: str | None = None
    site_name: str | None = None
    host: str | None = None
    lang: str | None = None
    n_chars: int = 0
    repair_rules: tuple[str, ...] = ()


@dataclass(slots=True)
class PageResult:
    """One page's result; ``reused`` when an earlier run's outcome stands (the parent has it).

    ``lines`` are written by the parent; ``blob`` (the same lines, packed) goes to the resume state.
    """

    doc_id: str
    file: str
    content_hash: bytes | None = None
    reused: bool = False
    lines: PageLines | None = None
    blob: bytes | None = None
    info: PageInfo | None = None


@dataclass(slots=True)
class ObservedPage:
    """Pass 1's result for one page: its observation (None when it could not be observed), or
    ``kept`` when an earlier run observed the same content (the parent has it in the state)."""

    doc_id: str
    file: str
    content_hash: bytes | None = None
    observation: Observation | None = None
    kept: bool = False


@dataclass(slots=True)
class TaskResult:
    task_id: int
    pages: list[PageResult] = field(default_factory=list)  # clean mode
    observations: list[ObservedPage] = field(default_factory=list)  # observe mode, one per page
    skipped: Counter[str] = field(default_factory=Counter)
    peak_rss_mib: float = 0.0
    seconds: float = 0.0

    @property
    def n_pages(self) -> int:
        return len(self.pages) + len(self.observations)


def pack(lines: PageLines) -> bytes:
    """The lines pickled and deflated (a zlib stream): ISA-L's level 1 makes the same size as zlib's
    level 1 in under a third of its time, and every page of a run is packed."""
    return isal_zlib.compress(pickle.dumps(lines, protocol=pickle.HIGHEST_PROTOCOL), 1)


def unpack(blob: bytes) -> PageLines:
    return pickle.loads(isal_zlib.decompress(blob))


def views_of(options: RunOptions) -> Views:
    """The CSV lines a run writes: records.csv (the csv format), records.excel.csv and excel-safe tables."""
    return Views(csv="csv" in options.formats, excel=options.excel)


def outcome_result(doc_id: str, file: str, outcome: PageOutcome, views: Views, **fields: Any) -> PageResult:
    """A PageResult carrying the outcome's lines, rendered and packed."""
    if outcome.record is not None:
        lines = render_record(views, outcome.record, outcome.repairs)
    else:
        assert outcome.error is not None
        lines = render_error(views, outcome.error)
    return PageResult(doc_id, file, lines=lines, blob=pack(lines), **fields)


def error_result(error: PageError, views: Views, *, file: str | None = None, transient: bool = False) -> PageResult:
    """The result of a page that failed outside a worker's page loop (a dead worker, a failed Dask task)."""
    file = file if file is not None else error.doc_id.split("#", 1)[0]
    return outcome_result(error.doc_id, file, PageOutcome(error=error), views, info=PageInfo(error.error, transient))


class _ApplyTemplatesNoting:
    """ApplyTemplates that also notes which site's templates it applied (for resume checks)."""

    __name__ = "apply_templates"

    def __init__(self, inner: ApplyTemplates) -> None:
        self.inner = inner

    def __call__(self, page: Page) -> Page:
        page = self.inner(page)
        page.extras[SITE_NOTE] = site_key(page)
        return page


def _announce_nothing(index: int, doc_id: str) -> None:
    return None


class WorkerState:
    """What a worker keeps between tasks: its steps, built once."""

    def __init__(
        self,
        options: RunOptions,
        templates: Templates | None,
        mode: str,
        announce: Callable[[int, str], None] = _announce_nothing,
    ) -> None:
        self.options = options
        self.mode = mode
        self.steps = [
            _ApplyTemplatesNoting(s) if isinstance(s, ApplyTemplates) else s for s in options.steps(templates)
        ]
        self.digests = TemplateDigests(templates)
        self.views = views_of(options)
        self.announce = announce


def run_task(task: Task, state: WorkerState) -> TaskResult:
    """Every page of the task's range, in order: observed (pass 1) or cleaned (pass 2)."""
    started = time.perf_counter()
    result = TaskResult(task.id)
    for item, file in _pages_in_range(task, state, result.skipped):
        if state.mode == "observe":
            result.observations.append(_observe(item, file, task, state))
        else:
            result.pages.append(_clean(item, file, task, state))
    result.peak_rss_mib = peak_rss_mib()
    result.seconds = time.perf_counter() - started
    return result


def _pages_in_range(task: Task, state: WorkerState, counted: Counter[str]) -> Iterator[tuple[RawPage | PageError, str]]:
    """The pages ``start <= index < stop`` of the task's sources.

    Non-page container records (``skipped``) are counted by the part of a split task that reads
    them on its way to one of its own pages, so a task split in parts counts them once.
    """
    index = 0
    for source in task.sources:
        if task.stop is not None and index >= task.stop:
            return
        file = source_file(source)
        reading: Counter[str] = Counter()
        if isinstance(source, InputFile):
            pages = read_input(source, max_page_bytes=state.options.max_page_bytes, skipped=reading)
        else:
            pages = iter((source,))
        seen: Counter[str] = Counter()
        while task.stop is None or index < task.stop:
            state.announce(index, file)
            item = next(pages, None)
            if reading != seen:
                if index >= task.start:
                    counted.update(reading - seen)
                seen = reading.copy()
            if item is None:
                break
            if index >= task.start:
                yield item, file
            index += 1


def _observe(item: RawPage | PageError, file: str, task: Task, state: WorkerState) -> ObservedPage:
    if isinstance(item, PageError):
        return ObservedPage(item.doc_id, file)
    digest = content_hash(item)
    if task.known.get(item.doc_id) == digest:
        return ObservedPage(item.doc_id, file, digest, kept=True)
    try:
        with time_limit(state.options.page_timeout):
            return ObservedPage(item.doc_id, file, digest, observe(decode_page(new_page(item))))
    except (Exception, PageTimeout):  # pass 2 reports this page's problem; learning goes without it
        return ObservedPage(item.doc_id, file, digest)


def _clean(item: RawPage | PageError, file: str, task: Task, state: WorkerState) -> PageResult:
    if isinstance(item, PageError):
        return outcome_result(item.doc_id, file, PageOutcome(error=item), state.views, info=PageInfo(error=item.error))
    digest = content_hash(item)
    if task.known.get(item.doc_id) == digest:
        return PageResult(item.doc_id, file, digest, reused=True)
    state.announce(-1, item.doc_id)
    outcome, page = clean_guarded(item, state.steps, state.options.page_timeout)
    info = _info(outcome, page, state) if page is not None else PageInfo()
    if outcome.error is not None:
        info.error = outcome.error.error
        info.transient = outcome.error.error in TRANSIENT_ERRORS
    return outcome_result(item.doc_id, file, outcome, state.views, content_hash=digest, info=info)


def clean_guarded(raw: RawPage, steps: Sequence[Step], timeout: float | None) -> tuple[PageOutcome, Page | None]:
    """One page through the steps within the time limit; every failure becomes an error outcome."""
    try:
        with time_limit(timeout):
            page = run_steps(raw, steps)
    except StepFailed as failed:
        error = failed.error
        message = failed.message
        if error == "MemoryError":
            message = "the page needs more memory than a worker may use (--worker-memory)"
        return PageOutcome(error=PageError(raw.doc_id, failed.stage, error, message)), None
    except PageTimeout as timeout_hit:
        message = f"cleaning took longer than {timeout:g} s (--page-timeout)"
        return PageOutcome(error=PageError(raw.doc_id, timeout_hit.stage or "pipeline", "Timeout", message)), None
    except MemoryError:
        message = "the page needs more memory than a worker may use (--worker-memory)"
        return PageOutcome(error=PageError(raw.doc_id, "pipeline", "MemoryError", message)), None
    except Exception as exc:  # a bug outside the steps still must not lose the page
        return PageOutcome(error=PageError(raw.doc_id, "pipeline", type(exc).__name__, str(exc))), None
    repairs = [
        (page.record.doc_id, r.rule, r.before, r.after, r.offset, r.context, where, r.confidence)
        for where, r in page.repairs
    ]
    return PageOutcome(record=page.record, repairs=repairs), page


def _info(outcome: PageOutcome, page: Page, state: WorkerState) -> PageInfo:
    record = outcome.record
    assert record is not None
    exact, signature = dedup_keys(record.text) if state.options.dedup else (None, None)
    published = record.published or ""
    host = None
    if record.url:
        try:
            host = (urlsplit(record.url).hostname or "").removeprefix("www.") or None
        except ValueError:
            host = None
    return PageInfo(
        site=page.extras.get(SITE_NOTE, ""),
        tdigest=state.digests.of_hashes(page.template_hashes),
        exact=exact,
        signature=signature,
        month=published[:7] if len(published) >= 7 else None,
        source=record.source,
        site_name=record.site_name,
        host=host,
        lang=record.lang,
        n_chars=record.n_chars,
        repair_rules=tuple(row[1] for row in outcome.repairs),
    )


# --- the single-file API (kept for callers of the earlier runner) ------------------------------


def clean_raw_page(raw: RawPage, steps: Sequence[Step], timeout: float | None = None) -> PageOutcome:
    """One page through the steps; a failing step becomes an error outcome, never an exception."""
    return clean_guarded(raw, steps, timeout)[0]


def process_file(
    item: InputFile, options: RunOptions | None = None, steps: Sequence[Step] | None = None
) -> FileOutcome:
    """Read one input file and clean every page in it, in this process (no guards: see run_with)."""
    options = options if options is not None else RunOptions(input=item.path, output=item.path.parent)
    steps = steps if steps is not None else options.steps()
    start = time.perf_counter()
    skipped: Counter[str] = Counter()
    outcomes: list[PageOutcome] = []
    for item_or_error in read_input(item, max_page_bytes=options.max_page_bytes, skipped=skipped):
        if isinstance(item_or_error, PageError):
            outcomes.append(PageOutcome(error=item_or_error))
        else:
            outcomes.append(clean_raw_page(item_or_error, steps))
    return FileOutcome(item.rel, outcomes, skipped, time.perf_counter() - start)
