"""What a run saw, for report.html and the summary: counted page by page, memory flat.

Only counters: pages per publish month, per source, per site, a text-length histogram, repairs
by rule, errors by reason, duplicates. Sites are the ``site_name`` the page states, else its
URL host.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from pipeline.batch.worker import PageInfo

LENGTH_BINS = (0, 1, 100, 300, 1000, 3000, 10_000, 30_000, 100_000)
"""Lower edges of the text-length histogram (characters); the last bin is open."""


@dataclass
class RunStats:
    months: Counter[str] = field(default_factory=Counter)
    sources: Counter[str] = field(default_factory=Counter)
    sites: Counter[str] = field(default_factory=Counter)
    langs: Counter[str] = field(default_factory=Counter)
    lengths: Counter[int] = field(default_factory=Counter)  # bin index -> records
    repairs: Counter[str] = field(default_factory=Counter)
    errors: Counter[str] = field(default_factory=Counter)
    duplicates: Counter[str] = field(default_factory=Counter)  # "exact" / "near"
    no_date: int = 0
    records: int = 0

    def add(self, info: PageInfo, duplicate: str | None) -> None:
        if info.error is not None:
            self.errors[info.error] += 1
            return
        self.records += 1
        if info.month:
            self.months[info.month] += 1
        else:
            self.no_date += 1
        if info.source:
            self.sources[info.source] += 1
        site = info.site_name or info.host
        if site:
            self.sites[site] += 1
        if info.lang:
            self.langs[info.lang] += 1
        self.lengths[length_bin(info.n_chars)] += 1
        self.repairs.update(info.repair_rules)
        if duplicate:
            self.duplicates[duplicate] += 1


def length_bin(n_chars: int) -> int:
    for index in range(len(LENGTH_BINS) - 1, -1, -1):
        if n_chars >= LENGTH_BINS[index]:
            return index
    return 0


def length_label(index: int) -> str:
    low = LENGTH_BINS[index]
    if index + 1 >= len(LENGTH_BINS):
        return f"≥{_short(low)}"
    high = LENGTH_BINS[index + 1]
    return "empty" if high == 1 else f"{_short(low)}–{_short(high)}"


def _short(n: int) -> str:
    if n >= 1000 and n % 1000 == 0:
        return f"{n // 1000}k"
    return str(n)


def month_series(months: Counter[str], max_span: int = 240) -> list[tuple[str, int]]:
    """Records per month in time order, empty months between the first and last filled in
    (unless the span is over ``max_span`` months: stray dates would stretch the chart)."""
    valid = {m: n for m, n in months.items() if len(m) == 7 and m[:4].isdigit() and m[5:].isdigit()}
    if not valid:
        return sorted(months.items())
    first, last = min(valid), max(valid)
    start = int(first[:4]) * 12 + int(first[5:]) - 1
    end = int(last[:4]) * 12 + int(last[5:]) - 1
    if end - start > max_span:
        return sorted(months.items())
    return [
        (f"{i // 12:04d}-{i % 12 + 1:02d}", months.get(f"{i // 12:04d}-{i % 12 + 1:02d}", 0))
        for i in range(start, end + 1)
    ]
