"""Writers: records (CSV, JSONL, Parquet), errors.csv, repairs.csv, run.json; all atomic."""

from pipeline.writers.atomic import write_text_atomic
from pipeline.writers.tables import CsvTableWriter, JsonlWriter, ParquetWriter, RecordWriters

__all__ = ["CsvTableWriter", "JsonlWriter", "ParquetWriter", "RecordWriters", "write_text_atomic"]
