"""Streaming writers for the output tables: records (CSV, JSONL, Parquet), errors, repairs.

Each writer appends to a temp file as results arrive (memory does not grow with the batch) and
only renames it into place on ``close()``; ``abort()`` removes the temp file.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from pipeline.record import FIELD_NAMES, Record
from pipeline.writers.atomic import commit, temp_path_for
from pipeline.writers.excel import excel_safe_row

PARQUET_BATCH = 1000


class _TempFileWriter:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.temp = temp_path_for(path)
        self.count = 0

    def close(self) -> None:
        self._flush_and_close()
        commit(self.temp, self.path)

    def abort(self) -> None:
        try:
            self._flush_and_close()
        finally:
            self.temp.unlink(missing_ok=True)

    def _flush_and_close(self) -> None:
        raise NotImplementedError


class CsvTableWriter(_TempFileWriter):
    """RFC 4180 CSV (UTF-8, CRLF rows, fields quoted where needed); optional Excel-safe mode."""

    def __init__(self, path: Path, header: Sequence[str], *, excel: bool = False) -> None:
        super().__init__(path)
        self.excel = excel
        self.handle = open(self.temp, "w", encoding="utf-8-sig" if excel else "utf-8", newline="")  # noqa: SIM115
        # Excel mode quotes every cell (OWASP): a spreadsheet splitting on ";" still sees one cell.
        quoting = csv.QUOTE_ALL if excel else csv.QUOTE_MINIMAL
        self.writer = csv.writer(self.handle, lineterminator="\r\n", quoting=quoting)
        self.writer.writerow(header)

    def write_row(self, row: Sequence[Any]) -> None:
        cells = ["" if v is None else str(v) for v in row]
        if self.excel:
            cells = excel_safe_row(cells)
        self.writer.writerow(cells)
        self.count += 1

    def _flush_and_close(self) -> None:
        self.handle.close()


class JsonlWriter(_TempFileWriter):
    """One JSON object per line, UTF-8, non-ASCII kept as is."""

    def __init__(self, path: Path) -> None:
        super().__init__(path)
        self.handle = open(self.temp, "w", encoding="utf-8", newline="\n")  # noqa: SIM115

    def write(self, obj: dict[str, Any]) -> None:
        self.handle.write(json.dumps(obj, ensure_ascii=False) + "\n")
        self.count += 1

    def _flush_and_close(self) -> None:
        self.handle.close()


class ParquetWriter(_TempFileWriter):
    """Records as Parquet (pyarrow), written in row groups of PARQUET_BATCH records."""

    def __init__(self, path: Path) -> None:
        super().__init__(path)
        import pyarrow.parquet as pq

        from pipeline.writers.arrow_schema import record_schema

        self.schema = record_schema()
        self.writer = pq.ParquetWriter(self.temp, self.schema, compression="zstd")
        self.buffer: list[dict[str, Any]] = []

    def write(self, obj: dict[str, Any]) -> None:
        self.buffer.append(obj)
        self.count += 1
        if len(self.buffer) >= PARQUET_BATCH:
            self._flush()

    def _flush(self) -> None:
        import pyarrow as pa

        if self.buffer:
            self.writer.write_table(pa.Table.from_pylist(self.buffer, schema=self.schema))
            self.buffer = []

    def _flush_and_close(self) -> None:
        try:
            self._flush()
        finally:
            self.writer.close()


class RecordWriters:
    """Writes each record to every requested format."""

    def __init__(self, output: Path, formats: Sequence[str], *, excel: bool = False) -> None:
        self.writers: list[_TempFileWriter] = []
        self.csv = self.excel_csv = self.jsonl = self.parquet = None
        try:
            if "csv" in formats:
                self.csv = CsvTableWriter(output / "records.csv", FIELD_NAMES)
                self.writers.append(self.csv)
            if excel:  # beside records.csv, which stays exact for imports
                self.excel_csv = CsvTableWriter(output / "records.excel.csv", FIELD_NAMES, excel=True)
                self.writers.append(self.excel_csv)
            if "jsonl" in formats:
                self.jsonl = JsonlWriter(output / "records.jsonl")
                self.writers.append(self.jsonl)
            if "parquet" in formats:
                self.parquet = ParquetWriter(output / "records.parquet")
                self.writers.append(self.parquet)
        except BaseException:
            self.abort()
            raise

    def write(self, record: Record) -> None:
        if self.csv is not None or self.excel_csv is not None:
            row = record.to_csv_row()
            if self.csv is not None:
                self.csv.write_row(row)
            if self.excel_csv is not None:
                self.excel_csv.write_row(row)
        if self.jsonl is not None or self.parquet is not None:
            obj = record.to_dict()
            if self.jsonl is not None:
                self.jsonl.write(obj)
            if self.parquet is not None:
                self.parquet.write(obj)

    def close(self) -> None:
        for writer in self.writers:
            writer.close()

    def abort(self) -> None:
        for writer in self.writers:
            try:
                writer.abort()
            except Exception:
                pass
