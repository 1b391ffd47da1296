"""A page's output lines, rendered in the worker; the parent only appends bytes to the output files.

Formatting a record (CSV quoting, JSON encoding, the Arrow conversion) was most of the parent's
work per page, and the parent is one process for all workers. So the worker renders each page
into ``PageLines`` (the bytes of its records.jsonl, records.csv, records.excel.csv, repairs.csv or
errors.csv lines, exactly what the table writers in pipeline/writers would write), the parent
writes them as they are, and Parquet row groups are read from the JSONL lines by Arrow's JSON
reader (C++) instead of being built from Python dicts.

``duplicate_of`` is only known in the parent: the lines are rendered with it empty, and
``PageLines`` keeps where its cell is so that the parent can fill it in (``BatchOutputs.write``).
The same ``PageLines`` is what the resume state keeps; it also holds the page's rows (record
JSON, repair and error rows) so that a later run with other ``--formats``/``--excel`` renders
the lines it needs again (``for_views``).
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

from pipeline.errors import ERROR_FIELDS, PageError
from pipeline.record import FIELD_NAMES, Record
from pipeline.writers.atomic import commit, temp_path_for
from pipeline.writers.excel import excel_safe_cell, excel_safe_row
from pipeline.writers.tables import PARQUET_BATCH

REPAIR_FIELDS = ("doc_id", "rule", "before", "after", "offset", "context", "field", "confidence")
DUPLICATE_AT = FIELD_NAMES.index("duplicate_of")
assert 2 <= DUPLICATE_AT < len(FIELD_NAMES) - 1  # _record_csv renders the cells around it as rows of 2+ cells
BOM = "\ufeff".encode()
_NULL_DUPLICATE = b'"duplicate_of": null'
ENCODING_ERRORS = "replace"  # a lone surrogate (never expected: the readers scrub text) must not stop the run


class Views(NamedTuple):
    """Which CSV lines a page needs: records.csv (the csv format) and the spreadsheet variants (--excel)."""

    csv: bool
    excel: bool


@dataclass(slots=True)
class PageLines:
    """One page's output lines (UTF-8 bytes, line ends included) and the rows they come from."""

    views: Views
    record: bytes | None = None  # records.jsonl line, duplicate_of null (also read for Parquet); None: an error
    csv: bytes | None = None  # records.csv line (views.csv)
    excel: bytes | None = None  # records.excel.csv line (views.excel)
    csv_duplicate: int = 0  # byte offsets of the (empty) duplicate_of cell in ``csv`` ...
    excel_duplicate: tuple[int, int] = (0, 0)  # ... and its span in ``excel`` (an empty quoted cell)
    repairs: bytes = b""  # repairs.csv lines
    error: bytes | None = None  # errors.csv line
    repair_rows: tuple[tuple[Any, ...], ...] = ()
    error_row: tuple[str, ...] | None = None

    @property
    def n_repairs(self) -> int:
        return len(self.repair_rows)


def csv_row(cells: Sequence[str], *, quote_all: bool) -> str:
    """One row as ``csv.writer`` writes it in CsvTableWriter's dialect (``,``, ``"`` doubled, CRLF)."""
    return _csv_cells(cells, quote_all=quote_all) + "\r\n"


def _csv_cells(cells: Sequence[str], *, quote_all: bool) -> str:
    """A row's cells as ``csv.writer`` renders them, without the line end.

    The csv module copies every character through a buffer of its own (most of the time a worker
    spent rendering a record, for its text cell); the dialect's rule is short, and string methods
    apply it in C over a whole cell: QUOTE_MINIMAL quotes a cell holding ``,``, ``"``, CR or LF,
    QUOTE_ALL every cell, quotes inside are doubled, and a row of one empty cell is ``""``. The tests
    check it against csv.writer, code point by code point.
    """
    if quote_all:
        return ",".join(['"' + cell.replace('"', '""') + '"' for cell in cells])
    line = ",".join([_minimal(cell) for cell in cells])
    return '""' if not line and len(cells) == 1 else line


def _minimal(cell: str) -> str:
    if '"' in cell:
        return '"' + cell.replace('"', '""') + '"'
    if "," in cell or "\n" in cell or "\r" in cell:
        return '"' + cell + '"'
    return cell


def _encode(text: str) -> bytes:
    return text.encode("utf-8", ENCODING_ERRORS)


def _cells(row: Iterable[Any]) -> list[str]:
    return ["" if value is None else str(value) for value in row]


def table_line(row: Iterable[Any], *, excel: bool) -> bytes:
    """One errors.csv/repairs.csv line, as CsvTableWriter.write_row writes it."""
    cells = _cells(row)
    return _encode(csv_row(excel_safe_row(cells), quote_all=True) if excel else csv_row(cells, quote_all=False))


def header_line(fields: Sequence[str], *, excel: bool) -> bytes:
    return (BOM if excel else b"") + _encode(csv_row(fields, quote_all=excel))


def _record_csv(cells: list[str], *, excel: bool) -> tuple[bytes, int, int]:
    """The line and the byte span of its duplicate_of cell (rendered empty).

    The cells before duplicate_of and the last two are rendered apart: a csv row is its cells'
    renderings joined with commas (for rows of two cells or more), so the span is known exactly.
    """
    if excel:
        cells = excel_safe_row(cells)
    head = _encode(_csv_cells(cells[:DUPLICATE_AT], quote_all=excel) + ",")
    tail = _encode(csv_row(["", *cells[DUPLICATE_AT + 1 :]], quote_all=excel))
    empty = 2 if excel else 0  # "" when every cell is quoted
    return head + tail, len(head), len(head) + empty


def duplicate_cell(value: str, *, excel: bool) -> bytes:
    """The duplicate_of cell as the csv writer renders it inside a row."""
    if excel:
        return _encode(_csv_cells(["", excel_safe_cell(value)], quote_all=True)[3:])
    return _encode(_csv_cells(["", value], quote_all=False)[1:])


def record_json(record: Record) -> bytes:
    """The records.jsonl line (JsonlWriter's format: ``json.dumps(record.to_dict(), ensure_ascii=False)``)."""
    fields = {name: getattr(record, name) for name in FIELD_NAMES}
    return _encode(json.dumps(fields, ensure_ascii=False) + "\n")


def render_record(
    views: Views, record: Record, repair_rows: Sequence[tuple[Any, ...]] = (), *, line: bytes | None = None
) -> PageLines:
    """A record's lines for ``views`` (``line``: its JSONL line, when already made)."""
    lines = PageLines(views, record=line if line is not None else record_json(record))
    if views.csv or views.excel:
        cells = record.to_csv_row()
        if views.csv:
            lines.csv, lines.csv_duplicate, _ = _record_csv(cells, excel=False)
        if views.excel:
            lines.excel, start, end = _record_csv(cells, excel=True)
            lines.excel_duplicate = (start, end)
    lines.repair_rows = tuple(tuple(row) for row in repair_rows)
    lines.repairs = b"".join(table_line(row, excel=views.excel) for row in lines.repair_rows)
    return lines


def render_error(views: Views, error: PageError) -> PageLines:
    row = (error.doc_id, error.stage, error.error, error.message)
    return PageLines(views, error=table_line(row, excel=views.excel), error_row=row)


def for_views(lines: PageLines, views: Views) -> PageLines:
    """The same page's lines for other views (a resumed page kept by a run with other options)."""
    if lines.views == views:
        return lines
    if lines.record is None:
        assert lines.error_row is not None
        return render_error(views, PageError(*lines.error_row))
    record = Record(**json.loads(lines.record))
    return render_record(views, record, lines.repair_rows, line=lines.record)


def with_duplicate(lines: PageLines, first: str) -> PageLines:
    """The lines with duplicate_of set to ``first`` (the doc_id of the first copy)."""
    assert lines.record is not None
    marked = PageLines(lines.views, repairs=lines.repairs, repair_rows=lines.repair_rows)
    value = _encode(json.dumps(first, ensure_ascii=False))
    # The only unescaped `"duplicate_of": null` in a JSON line is the key: a quote inside a value is escaped.
    marked.record = lines.record.replace(_NULL_DUPLICATE, b'"duplicate_of": ' + value, 1)
    if lines.csv is not None:
        at = lines.csv_duplicate
        marked.csv = lines.csv[:at] + duplicate_cell(first, excel=False) + lines.csv[at:]
    if lines.excel is not None:
        start, end = lines.excel_duplicate
        marked.excel = lines.excel[:start] + duplicate_cell(first, excel=True) + lines.excel[end:]
    return marked


# --- the parent's side ---------------------------------------------------------------------------


class _LineFile:
    """Bytes appended to a temp file, renamed into place on ``close`` (atomic, like pipeline/writers)."""

    def __init__(self, path: Path, header: bytes = b"") -> None:
        self.path = path
        self.temp = temp_path_for(path)
        self.handle = open(self.temp, "wb")  # noqa: SIM115
        if header:
            self.handle.write(header)

    def close(self) -> None:
        self.handle.close()
        commit(self.temp, self.path)

    def abort(self) -> None:
        try:
            self.handle.close()
        finally:
            self.temp.unlink(missing_ok=True)


class _ParquetFile:
    """records.parquet: row groups of PARQUET_BATCH records read from their JSONL lines by Arrow.

    The writer (and pyarrow, about 80 ms to import) is made at the first record: by then the
    workers have their first tasks, so they do not wait for the parent's import.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.temp = temp_path_for(path)
        self.writer: Any = None
        self.lines: list[bytes] = []

    def _open(self) -> None:
        import pyarrow.parquet as pq

        from pipeline.writers.arrow_schema import record_schema

        self.schema = record_schema()
        self.writer = pq.ParquetWriter(self.temp, self.schema, compression="zstd")

    def write(self, line: bytes) -> None:
        if self.writer is None:
            self._open()
        self.lines.append(line)
        if len(self.lines) >= PARQUET_BATCH:
            self._flush()

    def _flush(self) -> None:
        if not self.lines:
            return
        import pyarrow as pa
        import pyarrow.json as pj

        data = b"".join(self.lines)
        self.lines = []
        table = pj.read_json(
            io.BytesIO(data),
            read_options=pj.ReadOptions(use_threads=False, block_size=len(data) + 1),  # one block: no line is cut
            parse_options=pj.ParseOptions(explicit_schema=self.schema, unexpected_field_behavior="error"),
        )
        self.writer.write_table(pa.Table.from_arrays(table.columns, schema=self.schema))

    def close(self) -> None:
        try:
            if self.writer is None:  # no record: the file still has the schema
                self._open()
            self._flush()
        finally:
            if self.writer is not None:
                self.writer.close()
        commit(self.temp, self.path)

    def abort(self) -> None:
        try:
            if self.writer is not None:
                self.writer.close()
        finally:
            self.temp.unlink(missing_ok=True)


class BatchOutputs:
    """The run's output tables (records in each format, errors.csv, repairs.csv), written from PageLines."""

    def __init__(self, output: Path, formats: Sequence[str], *, excel: bool) -> None:
        self.views = Views(csv="csv" in formats, excel=excel)
        self.files: list[_LineFile | _ParquetFile] = []
        self.csv = self.excel = self.jsonl = None
        self.parquet: _ParquetFile | None = None
        try:
            if self.views.csv:
                self.csv = self._open(output / "records.csv", header_line(FIELD_NAMES, excel=False))
            if excel:
                self.excel = self._open(output / "records.excel.csv", header_line(FIELD_NAMES, excel=True))
            if "jsonl" in formats:
                self.jsonl = self._open(output / "records.jsonl")
            if "parquet" in formats:
                self.parquet = _ParquetFile(output / "records.parquet")
                self.files.append(self.parquet)
            self.errors = self._open(output / "errors.csv", header_line(ERROR_FIELDS, excel=excel))
            self.repairs = self._open(output / "repairs.csv", header_line(REPAIR_FIELDS, excel=excel))
        except BaseException:
            self.abort()
            raise

    def _open(self, path: Path, header: bytes = b"") -> _LineFile:
        file = _LineFile(path, header)
        self.files.append(file)
        return file

    def write(self, lines: PageLines) -> None:
        """Append a page's lines (``for_views(lines, self.views)`` first when they may be of other views)."""
        if lines.record is None:
            if lines.error is not None:
                self.errors.handle.write(lines.error)
            return
        if self.csv is not None:
            self.csv.handle.write(lines.csv)
        if self.excel is not None:
            self.excel.handle.write(lines.excel)
        if self.jsonl is not None:
            self.jsonl.handle.write(lines.record)
        if self.parquet is not None:
            self.parquet.write(lines.record)
        if lines.repairs:
            self.repairs.handle.write(lines.repairs)

    def close(self) -> None:
        for file in self.files:
            file.close()

    def abort(self) -> None:
        for file in self.files:
            try:
                file.abort()
            except Exception:
                pass
