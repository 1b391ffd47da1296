"""Resume state: every cleaned page's outcome, kept in the output folder across runs.

``<output>/.pipeline-state/pages.sqlite`` holds one row per page (doc_id, input file, content
hash, the site and template fingerprint it was cleaned with, its PageInfo and packed outcome).
SQLite gives the crash safety: rows are committed in transactions (WAL journal), so a run killed
with SIGKILL, even mid-write, leaves the rows of the last commit and nothing half-written; the
next run rolls back the rest on open. The final records.* are written to temp files and
renamed only when complete, so they never mix two runs.

The table ``observations`` keeps pass 1's observation of every page with its content hash: a
later run takes them instead of reading and observing unchanged pages again.

A later run over the same output reuses a page when its doc_id, content hash and its site's
template fingerprint are unchanged, and the outcome-shaping options and the pipeline's code
match (``fingerprint``); otherwise the state is cleared. Guard errors (Timeout, MemoryError,
WorkerDied) are not kept: the next run tries those pages again. A lock file stops two runs from
sharing one output folder.
"""

from __future__ import annotations

import fcntl
import json
import os
import pickle
import shutil
import sqlite3
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from pipeline.batch.tasks import Known, TemplateDigests
from pipeline.batch.worker import ObservedPage, PageInfo, PageResult
from pipeline.strip.templates import Observation

STATE_DIR = ".pipeline-state"
SCHEMA = 3  # 2: outcomes kept as rendered lines (output.PageLines); pass 1's observations kept; 3: XXH3 hashes
COMMIT_SECONDS = 0.5
COMMIT_ROWS = 1000


class OutputLocked(RuntimeError):
    """Another run is writing to the same output folder."""


class StateStore:
    """The pages of earlier runs over this output folder, and the pages of this one as they finish."""

    def __init__(self, output: Path, fingerprint: dict[str, Any], *, fresh: bool = False) -> None:
        self.folder = output / STATE_DIR
        self.folder.mkdir(parents=True, exist_ok=True)
        self._lock = open(self.folder / "lock", "a+")  # noqa: SIM115
        try:
            fcntl.flock(self._lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            self._lock.close()
            raise OutputLocked(f"another run is writing to {output}") from None
        self.cleared: str | None = None  # why the earlier state was dropped
        path = self.folder / "pages.sqlite"
        stamp = json.dumps({"schema": SCHEMA, **fingerprint}, sort_keys=True)
        if fresh and path.exists():
            self._remove_db(path)
            self.cleared = "--fresh"
        self.db = self._open(path)
        row = self.db.execute("SELECT value FROM meta WHERE key = 'fingerprint'").fetchone()
        if row is not None and row[0] != stamp:
            self.db.close()
            self._remove_db(path)
            self.cleared = "the options or the pipeline's code changed"
            self.db = self._open(path)
            row = None
        if row is None:
            self.db.execute("INSERT OR REPLACE INTO meta VALUES ('fingerprint', ?)", (stamp,))
        self.digests: TemplateDigests = TemplateDigests(None)
        self._pending = 0
        self._last_commit = time.monotonic()
        self.db.execute("BEGIN")

    @staticmethod
    def _open(path: Path) -> sqlite3.Connection:
        db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")
        db.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)")
        db.execute(
            "CREATE TABLE IF NOT EXISTS pages (doc_id TEXT PRIMARY KEY, file TEXT NOT NULL, hash BLOB NOT NULL, "
            "site TEXT NOT NULL, tdigest BLOB NOT NULL, info BLOB NOT NULL, outcome BLOB NOT NULL)"
        )
        db.execute("CREATE INDEX IF NOT EXISTS pages_file ON pages (file)")
        db.execute(
            "CREATE TABLE IF NOT EXISTS observations (doc_id TEXT PRIMARY KEY, file TEXT NOT NULL, "
            "hash BLOB NOT NULL, observation BLOB NOT NULL)"
        )
        db.execute("CREATE INDEX IF NOT EXISTS observations_file ON observations (file)")
        return db

    @staticmethod
    def _remove_db(path: Path) -> None:
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)

    # --- what earlier runs did -----------------------------------------------------------------

    def use_templates(self, digests: TemplateDigests) -> None:
        """The templates of this run: a page cleaned with other templates for its site is redone."""
        self.digests = digests

    def for_file(self, rel: str) -> Known:
        rows = self.db.execute("SELECT doc_id, hash, site, tdigest FROM pages WHERE file = ?", (rel,))
        return {doc_id: digest for doc_id, digest, site, tdigest in rows if self.digests.of_site(site) == tdigest}

    def for_page(self, doc_id: str) -> Known:
        row = self.db.execute("SELECT hash, site, tdigest FROM pages WHERE doc_id = ?", (doc_id,)).fetchone()
        if row is None or self.digests.of_site(row[1]) != row[2]:
            return {}
        return {doc_id: row[0]}

    def load(self, doc_id: str) -> tuple[PageInfo, bytes] | None:
        row = self.db.execute("SELECT info, outcome FROM pages WHERE doc_id = ?", (doc_id,)).fetchone()
        return None if row is None else (pickle.loads(row[0]), row[1])

    def __len__(self) -> int:
        return self.db.execute("SELECT count(*) FROM pages").fetchone()[0]

    def observed(self) -> ObservedPages:
        """The pages pass 1 observed before (the planner gives their content hashes to the workers)."""
        return ObservedPages(self.db)

    def load_observation(self, doc_id: str) -> Observation | None:
        row = self.db.execute("SELECT observation FROM observations WHERE doc_id = ?", (doc_id,)).fetchone()
        return None if row is None else pickle.loads(row[0])

    # --- what this run does --------------------------------------------------------------------

    def save(self, results: Iterable[PageResult]) -> None:
        """Keep the cleaned pages worth resuming (records and page errors, not guard errors)."""
        rows = [
            (r.doc_id, r.file, r.content_hash, r.info.site, r.info.tdigest, pickle.dumps(r.info), r.blob)
            for r in results
            if not r.reused and r.content_hash is not None and r.info is not None and not r.info.transient
        ]
        if rows:
            self.db.executemany("INSERT OR REPLACE INTO pages VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
            self._pending += len(rows)
        self._maybe_commit()

    def save_observations(self, pages: Iterable[ObservedPage]) -> None:
        """Keep pass 1's new observations (with the hash of the content they were made of)."""
        rows = [
            (page.doc_id, page.file, page.content_hash, pickle.dumps(page.observation, pickle.HIGHEST_PROTOCOL))
            for page in pages
            if page.observation is not None and page.content_hash is not None
        ]
        if rows:
            self.db.executemany("INSERT OR REPLACE INTO observations VALUES (?, ?, ?, ?)", rows)
            self._pending += len(rows)
        self._maybe_commit()

    def _maybe_commit(self) -> None:
        if self._pending >= COMMIT_ROWS or time.monotonic() - self._last_commit >= COMMIT_SECONDS:
            self.commit()

    def commit(self) -> None:
        self.db.execute("COMMIT")
        self.db.execute("BEGIN")
        self._pending = 0
        self._last_commit = time.monotonic()

    def close(self) -> None:
        try:
            if self.db.in_transaction:
                self.db.execute("COMMIT")
            self.db.close()
        finally:
            fcntl.flock(self._lock, fcntl.LOCK_UN)
            self._lock.close()


class ObservedPages:
    """KnownPages for pass 1: doc_id -> content hash of the pages with a kept observation."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def for_file(self, rel: str) -> Known:
        return dict(self.db.execute("SELECT doc_id, hash FROM observations WHERE file = ?", (rel,)))

    def for_page(self, doc_id: str) -> Known:
        return dict(self.db.execute("SELECT doc_id, hash FROM observations WHERE doc_id = ?", (doc_id,)))


def remove_state(output: Path) -> None:
    """Forget everything earlier runs over ``output`` did (``--fresh`` does this first)."""
    shutil.rmtree(output / STATE_DIR, ignore_errors=True)


def state_exists(output: Path) -> bool:
    return os.path.exists(output / STATE_DIR / "pages.sqlite")
