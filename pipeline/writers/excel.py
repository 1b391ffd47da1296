"""Spreadsheet safety: cells that would run as formulas are neutralised, long cells truncated."""

from __future__ import annotations

EXCEL_CELL_LIMIT = 32_767
TRUNCATION_MARK = "…[truncated; full text in records.jsonl]"
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def excel_safe_cell(value: str) -> str:
    """Prefix formula-looking cells with ``'`` and cut cells over Excel's 32,767-character limit."""
    if value.startswith(_FORMULA_STARTS):
        value = "'" + value
    if len(value) > EXCEL_CELL_LIMIT:
        value = value[: EXCEL_CELL_LIMIT - len(TRUNCATION_MARK)] + TRUNCATION_MARK
    return value


def excel_safe_row(cells: list[str]) -> list[str]:
    return [excel_safe_cell(cell) for cell in cells]
