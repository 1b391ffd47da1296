"""The number-repair step: repairs the record's text and title, keeps every repair for the audit."""

from __future__ import annotations

import re

from pipeline.page import Page

_YEAR = re.compile(r"(19|20)\d\d")


def repair_page(page: Page) -> Page:
    """Run ``repair_numbers`` on the title and the text; count the repairs on the record."""
    from pipeline.repair import repair_numbers

    record = page.record
    crawl_year = _crawl_year(page.raw.fetched_at)
    if record.title:
        record.title, repairs = repair_numbers(record.title, crawl_year=crawl_year)
        page.repairs.extend(("title", r) for r in repairs)
    if record.text:
        record.text, repairs = repair_numbers(record.text, crawl_year=crawl_year)
        page.repairs.extend(("text", r) for r in repairs)
    record.repairs = len(page.repairs)
    return page


def _crawl_year(fetched_at: str | None) -> int | None:
    match = _YEAR.search(fetched_at or "")
    return int(match.group(0)) if match else None
