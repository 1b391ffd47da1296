"""Clean crawled web pages (HTML, text dumps, WARC, JSONL) into structured records.

Public API:
    clean_page(data, *, name=None, url=None) -> Record   one page, every step
    run(input, output, **options) -> RunSummary          a whole folder, to CSV/JSONL/Parquet
    load(cleaned_dir) -> pandas.DataFrame                 a run's records, typed
    repair_numbers(text) -> (text, repairs)               the number-repair stage on its own
    Record                                                the CSV contract
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pipeline.load import load
from pipeline.process import clean_page, default_steps
from pipeline.record import FIELD_NAMES, Record

if TYPE_CHECKING:
    from pipeline.batch import RunSummary, run
    from pipeline.repair import Repair


def __getattr__(name: str) -> Any:
    """``run`` and ``RunSummary``, imported on first use: the batch package (its process pool, dedup with numpy,
    writers) is not loaded by a program that only calls ``clean_page``."""
    if name in ("run", "RunSummary"):
        from pipeline import batch

        return getattr(batch, name)
    raise AttributeError(f"module 'pipeline' has no attribute {name!r}")


def repair_numbers(text: str, *, crawl_year: int | None = None) -> tuple[str, list[Repair]]:
    """Repair digits glued together or written full-width; returns the text and the audit rows."""
    from pipeline.repair import repair_numbers as _repair

    return _repair(text, crawl_year=crawl_year)


__all__ = ["FIELD_NAMES", "Record", "RunSummary", "clean_page", "default_steps", "load", "repair_numbers", "run"]
__version__ = "0.1.0"
