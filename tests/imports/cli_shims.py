"""Stand-ins for the ``psql`` and ``sqlite3`` shells, for machines that lack them.

The README's commands then run unchanged, their SQL executed through psycopg or Python's sqlite3.
Only what the README uses is understood (psql: ``-v``, ``-c``, ``-f``, a script on stdin, ``\\copy
… FROM 'file' WITH (…)``; sqlite3: a database, SQL or dot-commands as an argument or on stdin,
``.import --csv [--skip N] FILE TABLE``); anything else is an error, never ignored.

    python cli_shims.py psql ARGS…      python cli_shims.py sqlite3 DB [COMMAND]
"""

from __future__ import annotations

import csv
import re
import shlex
import sqlite3
import sys
from collections.abc import Iterator

_COPY = re.compile(r"\\copy\s+(?P<target>\w+)\s+FROM\s+'(?P<file>[^']*)'\s+WITH\s+(?P<options>\(.*\))\s*;?", re.I)


def psql(argv: list[str]) -> None:
    import psycopg

    scripts = []
    args = iter(argv)
    for arg in args:
        if arg == "-v":
            next(args)  # ON_ERROR_STOP=1: the stand-in always stops at the first error
        elif arg == "-c":
            scripts.append(next(args))
        elif arg == "-f":
            with open(next(args), encoding="utf-8") as handle:
                scripts.append(handle.read())
        else:
            raise SystemExit(f"psql stand-in: unsupported argument {arg!r}")
    if not scripts:
        scripts.append(sys.stdin.read())
    # Connection from the PG* environment variables, as psql takes it; autocommit, as psql.
    with psycopg.connect("", autocommit=True) as conn:
        for script in scripts:
            for kind, text in _split(script, "\\"):
                if kind == "sql":
                    conn.execute(text)
                    continue
                match = _COPY.fullmatch(text.strip())
                if not match:
                    raise SystemExit(f"psql stand-in: unsupported command {text.strip()!r}")
                statement = f"COPY {match['target']} FROM STDIN WITH {match['options']}"
                with conn.cursor() as cursor, cursor.copy(statement) as copy, open(match["file"], "rb") as handle:
                    while chunk := handle.read(1 << 20):
                        copy.write(chunk)


def sqlite3_shell(argv: list[str]) -> None:
    if len(argv) not in (1, 2):
        raise SystemExit("sqlite3 stand-in: DB [COMMAND]")
    script = argv[1] if len(argv) == 2 else sys.stdin.read()
    conn = sqlite3.connect(argv[0], isolation_level=None)
    try:
        for kind, text in _split(script, "."):
            if kind == "sql":
                conn.executescript(text)
            else:
                _sqlite_import(conn, text)
    finally:
        conn.close()


def _sqlite_import(conn: sqlite3.Connection, command: str) -> None:
    words = shlex.split(command)
    if words[0] != ".import":
        raise SystemExit(f"sqlite3 stand-in: unsupported command {command.strip()!r}")
    skip, positional, rest = 0, [], iter(words[1:])
    for word in rest:
        if word == "--csv":
            continue
        if word == "--skip":
            skip = int(next(rest))
        elif word.startswith("--"):
            raise SystemExit(f"sqlite3 stand-in: unsupported .import option {word!r}")
        else:
            positional.append(word)
    path, table = positional
    csv.field_size_limit(1 << 30)  # a page's text is one cell
    with open(path, encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))[skip:]
    if not rows:
        return
    marks = ", ".join("?" * len(rows[0]))
    conn.execute("BEGIN")
    conn.executemany(f'INSERT INTO "{table}" VALUES ({marks})', rows)
    conn.execute("COMMIT")


def _split(script: str, command_start: str) -> Iterator[tuple[str, str]]:
    """The script as ``("sql", text)`` runs and ``("command", line)`` lines, in order."""
    sql: list[str] = []
    for line in script.splitlines(keepends=True):
        if line.lstrip().startswith(command_start) and not line.lstrip().startswith("--"):
            if "".join(sql).strip():
                yield "sql", "".join(sql)
            sql = []
            yield "command", line
        else:
            sql.append(line)
    if "".join(sql).strip():
        yield "sql", "".join(sql)


if __name__ == "__main__":
    shells = {"psql": psql, "sqlite3": sqlite3_shell}
    shells[sys.argv[1]](sys.argv[2:])
