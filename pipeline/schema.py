"""SQL for importing ``records.csv`` into PostgreSQL, SQLite or DuckDB, derived from the Record.

One source of truth: the columns, their order and their kinds come from ``pipeline.record``
(FIELD_NAMES, INT_FIELDS, LIST_FIELDS, DATE_FIELDS, KEY_FIELD); this module only says how each
database spells them.

The table holds the CSV's columns, in the CSV's order, under the CSV's names and with the CSV's
values (lists as their ``; ``-joined cell, ``published`` as the original string, whose length
tells the precision), so each database's plain bulk load maps the file 1:1. Empty cells are NULL.
The typed forms are computed by the database itself, at import, as generated columns appended
after them: ``published_at`` (the first instant of the period ``published`` states; NULL when it
is not a valid date) and ``<list>_list`` for each list field (an array; JSON text in SQLite; an
empty list, never NULL).

SQLite's CLI cannot ``.import`` into a table that has generated columns, so for SQLite the schema
also makes a view, ``<table>_csv``, with just the CSV's columns: inserting into it (``.import``)
upserts by ``doc_id`` and stores empty cells as NULL.
"""

from __future__ import annotations

from typing import Literal

from pipeline.record import DATE_FIELDS, FIELD_NAMES, INT_FIELDS, KEY_FIELD, LIST_FIELDS, LIST_SEPARATOR

Dialect = Literal["postgres", "sqlite", "duckdb"]
DIALECTS: tuple[Dialect, ...] = ("postgres", "sqlite", "duckdb")

DATE_SUFFIX = "_at"
LIST_SUFFIX = "_list"

_TEXT = {"postgres": "text", "sqlite": "TEXT", "duckdb": "VARCHAR"}
_INTEGER = {"postgres": "integer", "sqlite": "INTEGER", "duckdb": "INTEGER"}
_TIMESTAMP = {"postgres": "timestamp", "sqlite": "TEXT", "duckdb": "TIMESTAMP"}
_LIST = {"postgres": "text[]", "sqlite": "TEXT", "duckdb": "VARCHAR[]"}
_GENERATED_KIND = {"postgres": "STORED", "sqlite": "VIRTUAL", "duckdb": "VIRTUAL"}

# The ISO forms the record writes (YYYY-MM, YYYY-MM-DD, YYYY-MM-DDTHH:MM, YYYY-MM-DDTHH:MM:SS),
# years 1000-9999, every field in range; whether the day exists in its month is checked apart.
ISO_DATE_PATTERN = r"[1-9]\d{3}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01])(T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?)?)?"
# strptime/strftime format of each form, by its length.
_ISO_FORMATS = {19: "%Y-%m-%dT%H:%M:%S", 16: "%Y-%m-%dT%H:%M", 10: "%Y-%m-%d", 7: "%Y-%m"}


def generated_columns() -> tuple[tuple[str, str], ...]:
    """``(column, source field)`` of the typed columns every dialect computes from the CSV's."""
    dates = tuple((name + DATE_SUFFIX, name) for name in FIELD_NAMES if name in DATE_FIELDS)
    lists = tuple((name + LIST_SUFFIX, name) for name in FIELD_NAMES if name in LIST_FIELDS)
    return dates + lists


def create_table_sql(dialect: Dialect, table: str = "records") -> str:
    """The DDL for ``table``: CREATE TABLE (plus, for SQLite, the ``<table>_csv`` import view).

    Every statement says IF NOT EXISTS, so an import script may run it before each import (it
    then changes nothing: drop the table to take a newer schema).
    """
    _check(dialect)
    lines = []
    for name in FIELD_NAMES:
        kind = _INTEGER[dialect] if name in INT_FIELDS else _TEXT[dialect]
        key = " PRIMARY KEY" + (" NOT NULL" if dialect == "sqlite" else "") if name == KEY_FIELD else ""
        lines.append(f"{name} {kind}{key}")
    for column, field in generated_columns():
        if field in DATE_FIELDS:
            kind, expression = _TIMESTAMP[dialect], _date_expression(dialect, field)
        else:
            kind, expression = _LIST[dialect], _list_expression(dialect, field)
        lines.append(f"{column} {kind} GENERATED ALWAYS AS ({expression}) {_GENERATED_KIND[dialect]}")
    body = ",\n".join(f"    {line}" for line in lines)
    statements = [
        f"-- crawl-pipeline records: the columns of records.csv, then typed columns computed from them.\n"
        f"CREATE TABLE IF NOT EXISTS {table} (\n{body}\n);"
    ]
    if dialect == "sqlite":
        statements.append(_sqlite_import_view(table))
    return "\n".join(statements) + "\n"


def upsert_sql(dialect: Dialect, source: str, table: str = "records") -> str:
    """``INSERT … SELECT … FROM source ON CONFLICT (doc_id) DO UPDATE``: a rerun's rows replace old ones.

    ``source`` is a table (a staging table) or a table function (DuckDB's ``read_csv(…)``) with the
    CSV's columns.
    """
    _check(dialect)
    columns = ", ".join(FIELD_NAMES)
    # SQLite needs a WHERE before ON CONFLICT to tell the upsert from a join's ON.
    where = " WHERE true" if dialect == "sqlite" else ""
    return (
        f"INSERT INTO {table} ({columns})\n"
        f"SELECT {columns} FROM {source}{where}\n"
        f"ON CONFLICT ({KEY_FIELD}) DO UPDATE SET {_update_assignments()};"
    )


def duckdb_read_csv(path: str) -> str:
    """DuckDB's ``read_csv`` of a records.csv: every cell as text (the table casts), no sniffing
    of the dialect, and rows as long as a page's text can make them (the default cap is 2 MB)."""
    quoted = path.replace("'", "''")
    return (
        f"read_csv('{quoted}', header = true, all_varchar = true, delim = ',', quote = '\"', escape = '\"', "
        f"max_line_size = 1000000000)"
    )


def _check(dialect: str) -> None:
    if dialect not in DIALECTS:
        raise ValueError(f"unknown SQL dialect {dialect!r}: choose one of {', '.join(DIALECTS)}")


def _update_assignments() -> str:
    return ", ".join(f"{name} = excluded.{name}" for name in FIELD_NAMES if name != KEY_FIELD)


def _date_expression(dialect: Dialect, field: str) -> str:
    """The first instant of the period an ISO string states; NULL for anything else.

    Only immutable functions (PostgreSQL requires them in generated columns), and never an error:
    one odd value must not fail a whole import.
    """
    if dialect == "duckdb":
        formats = ", ".join(f"'{fmt}'" for fmt in _ISO_FORMATS.values())
        return f"CASE WHEN regexp_full_match({field}, '{ISO_DATE_PATTERN}') THEN try_strptime({field}, [{formats}]) END"
    if dialect == "sqlite":
        # SQLite reads many forms and keeps 02-30 or 24:00 as written until a modifier ('+0 days')
        # normalises them: keep a string only when its normalised date formats back to it.
        # YYYY-MM is read as its first day.
        branches = []
        for length, fmt in _ISO_FORMATS.items():
            full = f"{field} || '-01'" if length == 7 else field
            branches.append(
                f"WHEN {length} THEN CASE WHEN strftime('{fmt}', {full}, '+0 days') = {field} THEN datetime({full}) END"
            )
        return f"CASE WHEN {field} GLOB '[1-9]*' THEN CASE length({field}) {' '.join(branches)} END END"
    year = f"substr({field}, 1, 4)::int"
    month = f"substr({field}, 6, 2)::int"
    day = f"coalesce(nullif(substr({field}, 9, 2), '')::int, 1)"
    hour = f"coalesce(nullif(substr({field}, 12, 2), '')::int, 0)"
    minute = f"coalesce(nullif(substr({field}, 15, 2), '')::int, 0)"
    second = f"coalesce(nullif(substr({field}, 18, 2), '')::int, 0)"
    days_in_month = f"extract(day from make_date({year}, {month}, 1) + interval '1 month' - interval '1 day')"
    # Nested CASEs: PostgreSQL may evaluate AND operands in any order, and the casts must only
    # see strings the pattern has accepted.
    return (
        f"CASE WHEN {field} ~ '^{ISO_DATE_PATTERN}$' THEN CASE WHEN {day} <= {days_in_month} "
        f"THEN make_timestamp({year}, {month}, {day}, {hour}, {minute}, {second}) END END"
    )


def _list_expression(dialect: Dialect, field: str) -> str:
    """The list in a ``; ``-joined cell; an empty list for an empty cell."""
    sep = LIST_SEPARATOR
    if dialect == "postgres":
        return f"coalesce(string_to_array({field}, '{sep}'), '{{}}')"
    if dialect == "duckdb":
        return f"coalesce(string_split({field}, '{sep}'), []::VARCHAR[])"
    # json_quote escapes the cell as one JSON string; its separators then split it into items
    # (escaping never produces the separator, so items are cut exactly where the cell was joined).
    items = f"replace(json_quote({field}), '{sep}', '\",\"')"
    return f"CASE WHEN {field} IS NULL OR {field} = '' THEN '[]' ELSE '[' || {items} || ']' END"


def _sqlite_import_view(table: str) -> str:
    view = f"{table}_csv"
    columns = ", ".join(FIELD_NAMES)
    kept = INT_FIELDS | {KEY_FIELD}
    values = ", ".join(f"NEW.{name}" if name in kept else f"NULLIF(NEW.{name}, '')" for name in FIELD_NAMES)
    return (
        f"-- sqlite3's .import cannot fill generated columns: import into {view} instead, which\n"
        f"-- upserts each row by {KEY_FIELD} and stores empty cells as NULL.\n"
        f"CREATE VIEW IF NOT EXISTS {view} AS SELECT {columns} FROM {table};\n"
        f"CREATE TRIGGER IF NOT EXISTS {view}_upsert INSTEAD OF INSERT ON {view} BEGIN\n"
        f"    INSERT INTO {table} ({columns})\n"
        f"    VALUES ({values})\n"
        f"    ON CONFLICT ({KEY_FIELD}) DO UPDATE SET {_update_assignments()};\n"
        f"END;"
    )
