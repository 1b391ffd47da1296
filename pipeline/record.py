"""The record: one cleaned page, and the CSV contract every writer and loader follows.

The field order here *is* the column order of ``records.csv``; the README documents it.
Empty means "not found": ``None`` for scalars (an empty CSV cell), ``[]`` for lists.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any

LIST_SEPARATOR = "; "
"""How list fields (authors, editors, warnings) are joined in a CSV cell."""


@dataclass(slots=True)
class Record:
    """A cleaned page. ``published`` is ISO 8601 with the precision the page shows."""

    doc_id: str
    url: str | None = None
    title: str | None = None
    published: str | None = None
    source: str | None = None
    authors: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)
    section: str | None = None
    site_name: str | None = None
    lang: str | None = None
    page_type: str | None = None
    text: str = ""
    n_chars: int = 0
    input_format: str | None = None
    encoding: str | None = None
    repairs: int = 0
    duplicate_of: str | None = None
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The fields in contract order, lists copied (JSONL and Parquet write this)."""
        return asdict(self)

    def to_csv_row(self) -> list[str]:
        """The fields as CSV cells: lists joined with ``; ``, empty values as empty cells."""
        return [to_cell(getattr(self, name)) for name in FIELD_NAMES]


FIELD_NAMES: tuple[str, ...] = tuple(f.name for f in fields(Record))
LIST_FIELDS: frozenset[str] = frozenset({"authors", "editors", "warnings"})
INT_FIELDS: frozenset[str] = frozenset({"n_chars", "repairs"})
DATE_FIELDS: frozenset[str] = frozenset({"published"})
"""ISO 8601 strings of varying precision (``YYYY-MM``, ``YYYY-MM-DD``, ``YYYY-MM-DDTHH:MM[:SS]``)."""
KEY_FIELD = "doc_id"
"""Unique per record in a run and stable across reruns: the primary key of every import."""


def to_cell(value: Any) -> str:
    """One CSV cell: ``None`` is empty, lists are joined with ``; ``."""
    if value is None:
        return ""
    if isinstance(value, list):
        return LIST_SEPARATOR.join(str(v) for v in value)
    return str(value)
