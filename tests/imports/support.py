"""Helpers of the import tests: the README's commands, where they run, and what the tables must hold.

The reference is ``records.jsonl`` (lists as lists, None for absent values); what a database must
hold for each record is derived here independently of pipeline/schema.py: Python's datetime
decides which ``published`` values are dates.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from pipeline.record import FIELD_NAMES, INT_FIELDS, LIST_FIELDS, LIST_SEPARATOR

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"
SHIMS = Path(__file__).resolve().parent / "cli_shims.py"

# Strings a ``published`` cell may hold, odd ones included: only real dates give a timestamp.
PUBLISHED_VALUES = [
    "2021-02",
    "2021-02-20",
    "2021-02-20T09:30",
    "2021-02-20T09:30:59",
    "2024-02-29",
    "2021-02-29",
    "2021-04-31",
    "2021-13",
    "2021-00",
    "2021-02-20T24:00",
    "2021-02-20T09:60",
    "2021-02-20T09:30:60",
    "2021-02-20 09:30",
    "2021-02-20T09:30+08:00",
    "2021-2-03",
    "0000-01-01",
    "0999-12-31",
    "abc",
    "",
]

_CODE_BLOCK = re.compile(r"^```(\w+)\n(.*?)^```$", re.M | re.S)
# The forms the record writes; years 1000-9999 (what every database and pandas can hold).
_ISO_FORM = re.compile(r"[1-9]\d{3}-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2})?)?)?")


def readme_blocks(subsection: str) -> list[tuple[str, str]]:
    """``(language, code)`` of each fenced block under README "## Importing" → "### subsection"."""
    text = README.read_text(encoding="utf-8")
    assert "\n## Importing\n" in text, "README has no Importing section"
    section = text.split("\n## Importing\n", 1)[1].split("\n## ", 1)[0]
    assert f"\n### {subsection}\n" in section, f"README Importing has no {subsection} subsection"
    part = section.split(f"\n### {subsection}\n", 1)[1].split("\n### ", 1)[0]
    return _CODE_BLOCK.findall(part)


def read_jsonl(folder: Path) -> list[dict[str, Any]]:
    with open(folder / "records.jsonl", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def expected_table(*runs: Path) -> dict[str, dict[str, Any]]:
    """The records the table must hold after importing ``runs`` in order: later ones replace."""
    table: dict[str, dict[str, Any]] = {}
    for folder in runs:
        for record in read_jsonl(folder):
            table[record["doc_id"]] = record
    return table


def stored_value(record: dict[str, Any], name: str) -> Any:
    """What a table holds in a CSV column: lists joined, empty values NULL, counts as ints."""
    value = record[name]
    if name in LIST_FIELDS:
        return LIST_SEPARATOR.join(value) or None
    if name in INT_FIELDS:
        return value
    return value if value not in (None, "") else None


def published_instant(published: str | None) -> datetime | None:
    """The first instant of the period an ISO string states; None when it is not a real date."""
    if published is None or not _ISO_FORM.fullmatch(published):
        return None
    try:
        return datetime.fromisoformat(published + "-01" if len(published) == 7 else published)
    except ValueError:
        return None


def assert_table_matches(rows: list[dict[str, Any]], expected: dict[str, dict[str, Any]]) -> None:
    """Every row equals its record field by field, typed columns included; no row twice.

    ``rows`` come back as the driver gives them, with ``published_at`` already a datetime and the
    ``*_list`` columns already lists (the caller converts SQLite's text).
    """
    ids = [row["doc_id"] for row in rows]
    assert len(ids) == len(set(ids)), "a doc_id is in the table twice"
    assert sorted(ids) == sorted(expected)
    problems = []
    for row in rows:
        record = expected[row["doc_id"]]
        wanted = {name: stored_value(record, name) for name in FIELD_NAMES}
        wanted["published_at"] = published_instant(record["published"])
        wanted.update({name + "_list": record[name] for name in LIST_FIELDS})
        for name, want in wanted.items():
            if row[name] != want:
                problems.append(f"{row['doc_id']} {name}: table has {row[name]!r:.80}, records.jsonl says {want!r:.80}")
    assert not problems, "\n".join(problems[:20])


class Workdir:
    """A fresh folder to run the README's commands in, as a user would: ``cleaned/`` beside
    ``run_pipeline.py``, ``python`` on PATH. ``shims`` puts the Python stand-ins for the psql and
    sqlite3 shells first on PATH (for machines that lack them)."""

    def __init__(self, path: Path, extra_env: dict[str, str] | None = None) -> None:
        self.path = path
        self.bin = path / "bin"
        self.bin.mkdir()
        _script(self.bin / "python", f'exec "{sys.executable}" "$@"')
        (path / "run_pipeline.py").symlink_to(ROOT / "run_pipeline.py")
        self.env = {
            **os.environ,
            "PATH": f"{self.bin}{os.pathsep}{os.environ.get('PATH', '')}",
            "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
            **(extra_env or {}),
        }

    def use_shell(self, name: str, real: bool) -> None:
        """Run ``name`` (psql or sqlite3) as installed, or as the Python stand-in."""
        if real:
            if shutil.which(name) is None:
                pytest.skip(f"no {name} on this machine (the Python stand-in runs the same commands)")
            return
        _script(self.bin / name, f'exec "{sys.executable}" "{SHIMS}" {name} "$@"')

    def use(self, run: Path) -> None:
        """Make ``run``'s output the ``cleaned/`` folder the commands import."""
        target = self.path / "cleaned"
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(run, target)

    def sh(self, code: str) -> str:
        result = subprocess.run(
            ["bash", "-e", "-o", "pipefail", "-c", code],
            cwd=self.path,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert result.returncode == 0, (
            f"command failed:\n{code}\n--- stdout\n{result.stdout}\n--- stderr\n{result.stderr}"
        )
        return result.stdout

    def python(self, code: str) -> dict[str, Any]:
        """Run a README Python block here, in this process; returns its variables."""
        namespace: dict[str, Any] = {"__name__": "__readme__"}
        cwd = Path.cwd()
        os.chdir(self.path)
        try:
            exec(compile(code, "README.md", "exec"), namespace)
        finally:
            os.chdir(cwd)
        return namespace


def _script(path: Path, line: str) -> None:
    path.write_text(f"#!/bin/sh\n{line}\n", encoding="utf-8")
    path.chmod(0o755)
