"""The Parquet (Arrow) schema of a record, derived from the Record fields."""

from __future__ import annotations

from pipeline.record import FIELD_NAMES, INT_FIELDS, LIST_FIELDS


def record_schema():
    """Strings, lists of strings, and 64-bit counts, in the contract's column order."""
    import pyarrow as pa

    def arrow_type(name: str):
        if name in LIST_FIELDS:
            return pa.list_(pa.string())
        if name in INT_FIELDS:
            return pa.int64()
        return pa.string()

    return pa.schema([pa.field(name, arrow_type(name), nullable=name != "doc_id") for name in FIELD_NAMES])
