"""Spreadsheet safety for ``--excel``: cells that would run as formulas are neutralised, long cells cut.

Follows OWASP's CSV-injection guidance: a cell starting with ``= + - @``, a tab or a carriage
return is prefixed with ``'`` (also when only spaces come before such a character), and the
writer quotes every cell, so a spreadsheet that splits on ``;`` or tabs still sees one cell.
Full-width ``＝ ＋ － ＠`` are left alone: spreadsheets read them as text, never as a formula, and
Chinese text often starts with them (``－－`` dashes, ``＋`` lists).

Excel holds at most 32,767 characters (UTF-16 code units: a character outside the BMP, as in some
rare Chinese names, counts twice) in a cell; longer cells are cut and end with TRUNCATION_MARK.
The plain ``records.csv``, JSONL and Parquet keep every cell whole.
"""

from __future__ import annotations

EXCEL_CELL_LIMIT = 32_767
"""Characters (UTF-16 code units) a spreadsheet cell holds."""
TRUNCATION_MARK = "…[truncated: the full text is in records.csv/.jsonl/.parquet]"
FORMULA_STARTS = frozenset("=+-@\t\r")
NEUTRALISING_PREFIX = "'"


def excel_safe_cell(value: str) -> str:
    """The cell as a spreadsheet should get it: never a formula, never over the cell limit."""
    if value and (value[0] in FORMULA_STARTS or (value[0] == " " and value.lstrip(" ")[:1] in FORMULA_STARTS)):
        value = NEUTRALISING_PREFIX + value
    # len() counts code points, never more than UTF-16 units: only long cells need the exact count.
    if len(value) > EXCEL_CELL_LIMIT // 2 and utf16_length(value) > EXCEL_CELL_LIMIT:
        value = _truncate(value)
    return value


def excel_safe_row(cells: list[str]) -> list[str]:
    return [excel_safe_cell(cell) for cell in cells]


def utf16_length(value: str) -> int:
    """Length as a spreadsheet counts it: UTF-16 code units."""
    return len(value.encode("utf-16-le", "surrogatepass")) // 2


def _truncate(value: str) -> str:
    budget = EXCEL_CELL_LIMIT - utf16_length(TRUNCATION_MARK)
    head = value.encode("utf-16-le", "surrogatepass")[: 2 * budget]
    # A surrogate pair cut in half decodes to nothing ("ignore"): the character goes whole.
    return head.decode("utf-16-le", "ignore") + TRUNCATION_MARK
