"""What shapes a batch run (RunOptions) and what it reports (RunSummary)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.process import Step, default_steps
from pipeline.readers import MAX_PAGE_BYTES
from pipeline.strip.templates import Templates

ALL_FORMATS = ("csv", "jsonl", "parquet")
ENGINES = ("local", "dask")
DEFAULT_PAGE_TIMEOUT = 30.0
DEFAULT_WORKER_MEMORY = 2048  # MiB a worker may grow by


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
    page_timeout: float = DEFAULT_PAGE_TIMEOUT  # seconds per page; 0: no limit
    worker_memory: int = DEFAULT_WORKER_MEMORY  # MiB a worker may grow by; 0: no cap
    engine: str = "local"  # "local" (process pool) or "dask"
    scheduler: str | None = None  # Dask scheduler address; None: a LocalCluster
    resume: bool = True  # reuse the pages an earlier run over this output already cleaned
    dedup: bool = True  # mark duplicate_of (exact and near duplicates)
    drop_duplicates: bool = False  # leave the copies out of records.*
    near_threshold: float = 0.8  # estimated Jaccard similarity of 5-character shingles
    progress: bool = False  # a progress bar (a terminal) or log lines (otherwise) on stderr
    report: bool = True  # write report.html

    def worker_count(self) -> int:
        return self.workers or os.cpu_count() or 1

    def steps(self, templates: Templates | None = None) -> list[Step]:
        return default_steps(repair=self.repair, templates=templates)

    def outcome_fingerprint(self) -> dict[str, Any]:
        """The options a page's outcome depends on: a resumed run reuses pages only when these match."""
        return {"repair": self.repair, "templates": self.templates, "max_page_bytes": self.max_page_bytes}


@dataclass(slots=True)
class RunSummary:
    """Counts of a finished run; ``pages == records + errors``.

    ``records`` counts every page that gave a record; with ``drop_duplicates`` the copies
    (``dropped``) are left out of the files, which hold ``records - dropped`` rows.
    """

    files: int = 0
    pages: int = 0
    records: int = 0
    errors: int = 0
    repairs: int = 0
    skipped: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    output: str = ""
    errors_by_kind: dict[str, int] = field(default_factory=dict)
    duplicates: int = 0  # records that copy an earlier one (exact + near)
    near_duplicates: int = 0
    dropped: int = 0
    reused: int = 0  # pages taken from an earlier run's state instead of being cleaned again
    reused_observations: int = 0  # pass 1: pages whose observation came from the state
    workers: int = 0
    engine: str = "local"
    report: str | None = None

    def text(self) -> str:
        rate = self.pages / self.seconds if self.seconds else 0.0
        lines = [
            f"{self.pages} pages from {self.files} files in {self.seconds:.1f} s ({rate:.1f} pages/s, "
            f"{self.workers} {self.engine} workers): {self.records} records, {self.errors} errors, "
            f"{self.repairs} number repairs",
        ]
        if self.reused:
            lines.append(f"resumed: {self.reused} pages taken from the earlier run, {self.pages - self.reused} cleaned")
        if self.duplicates:
            exact = self.duplicates - self.near_duplicates
            kept = "dropped" if self.dropped else "marked in duplicate_of"
            lines.append(f"duplicates: {self.duplicates} ({exact} exact, {self.near_duplicates} near), {kept}")
        if self.errors_by_kind:
            kinds = ", ".join(f"{k} {v}" for k, v in sorted(self.errors_by_kind.items(), key=lambda kv: -kv[1]))
            lines.append(f"errors by kind: {kinds} (see errors.csv)")
        if self.skipped:
            lines.append("skipped (not pages): " + ", ".join(f"{k} {v}" for k, v in sorted(self.skipped.items())))
        lines.append(f"output: {self.output}" + (f" (report: {self.report})" if self.report else ""))
        return "\n".join(lines)


def clean_options(options: dict[str, Any]) -> dict[str, Any]:
    """``run(**options)`` keywords as RunOptions fields (formats may be a comma-separated string)."""
    if options.get("formats") is not None:
        formats = options["formats"]
        if isinstance(formats, str):
            formats = [f.strip() for f in formats.split(",") if f.strip()]
        unknown = set(formats) - set(ALL_FORMATS)
        if unknown:
            raise ValueError(f"unknown output format(s): {', '.join(sorted(unknown))}")
        options["formats"] = tuple(formats)
    if options.get("engine") is not None and options["engine"] not in ENGINES:
        raise ValueError(f"unknown engine {options['engine']!r} (local or dask)")
    return {k: v for k, v in options.items() if v is not None}
