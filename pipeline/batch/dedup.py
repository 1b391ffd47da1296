"""Duplicate detection across a batch: exact (hash of the normalised text) and near (MinHash/LSH).

Workers compute a page's keys (``dedup_keys``: cheap, numpy); the parent, which sees pages in input
order, asks ``Deduplicator.check`` whether an earlier page holds the same text, so ``duplicate_of``
always names the first copy in input order, whatever the number of workers.

The near-duplicate signature is a one-permutation MinHash (one 64-bit hash per 5-character
shingle, split into NUM_PERM bins, the minimum of each bin, empty bins filled from their
neighbour): O(shingles) instead of O(shingles x permutations). Candidates come from banded LSH
(the signature cut in bands of rows; two signatures sharing a band are candidates), and a
candidate is confirmed by the signatures' agreement. Only first copies are indexed, so a copy
never points at a copy.

The index lives in a SQLite file, not in the parent's memory: in memory (datasketch's MinHashLSH
and a dict of exact hashes) it took about 7 kB per distinct page, 7 GB for a million pages, which
is the scale this runs at. On disk it is a few hundred bytes per page, and the parent's memory stays
flat (SQLite's page cache, ``CACHE_KIB``). The file is scratch: made anew by each run (the
duplicates are found again in input order, resumed pages included) and removed at its end.
"""

from __future__ import annotations

import functools
import hashlib
import math
import os
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from pipeline.batch.patterns import NOT_WORD

NUM_PERM = 128
SHINGLE = 5
MIN_NEAR_CHARS = 50  # shorter normalised texts are only matched exactly
DEFAULT_THRESHOLD = 0.8

_BIN_BITS = 7  # 2**7 == NUM_PERM bins
_VALUE_MASK = np.uint64((1 << 32) - 1)
_MULT = np.uint64(1_000_003)
_MIX1 = np.uint64(0xBF58476D1CE4E5B9)
_MIX2 = np.uint64(0x94D049BB133111EB)
_FILL_STEP = np.uint64(0x9E3779B9)


def normalise_for_dedup(text: str) -> str:
    """Case-folded text without whitespace or punctuation: what two copies share."""
    return _normalise(text.casefold())[0]


def _normalise(folded: str) -> tuple[str, np.ndarray | None]:
    """``NOT_WORD.sub("", folded)``, and its code points when they were at hand.

    The pattern tests every character against the Unicode database (most of the cost of the
    duplicate keys): ASCII text is filtered by ``bytes.translate``, text in the Basic Multilingual
    Plane by a table of its word characters (built once per process); text beyond it (rare: emoji,
    rare ideographs) by the pattern. All three keep exactly ``re``'s word characters.
    """
    if folded.isascii():
        return folded.encode("ascii").translate(None, _ASCII_NOT_WORD).decode("ascii"), None
    codes = np.frombuffer(folded.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    if codes.max() > 0xFFFF:
        return NOT_WORD.sub("", folded), None
    kept = codes[_bmp_word_table()[codes]]
    return kept.tobytes().decode("utf-32-le"), kept


_ASCII_NOT_WORD = bytes(code for code in range(128) if NOT_WORD.match(chr(code)))


@functools.cache
def _bmp_word_table() -> np.ndarray:
    """For each code point of the Basic Multilingual Plane: kept by ``NOT_WORD.sub`` (about 5 ms)."""
    return np.fromiter((NOT_WORD.match(chr(code)) is None for code in range(0x10000)), dtype=bool, count=0x10000)


def exact_key(normalised: str) -> int | None:
    """64-bit BLAKE2b of the normalised text; None for an empty text (never a duplicate)."""
    if not normalised:
        return None
    return int.from_bytes(hashlib.blake2b(normalised.encode("utf-8"), digest_size=8).digest(), "big")


def signature(normalised: str) -> bytes | None:
    """NUM_PERM 32-bit MinHash values of the text's 5-character shingles; None for short texts."""
    if len(normalised) < MIN_NEAR_CHARS:
        return None
    return _signature_of(np.frombuffer(normalised.encode("utf-32-le"), dtype=np.uint32))


def _signature_of(code_points: np.ndarray) -> bytes:
    codes = code_points.astype(np.uint64)
    n = len(codes) - SHINGLE + 1
    hashes = np.zeros(n, dtype=np.uint64)
    for offset in range(SHINGLE):  # polynomial rolling hash, vectorised over all shingles
        hashes = hashes * _MULT + codes[offset : offset + n]
    hashes ^= hashes >> np.uint64(31)  # splitmix64 finaliser: spread the bits
    hashes *= _MIX1
    hashes ^= hashes >> np.uint64(27)
    hashes *= _MIX2
    hashes ^= hashes >> np.uint64(31)
    bins = (hashes >> np.uint64(64 - _BIN_BITS)).astype(np.intp)
    values = hashes & _VALUE_MASK
    mins = np.full(NUM_PERM, _VALUE_MASK, dtype=np.uint64)
    np.minimum.at(mins, bins, values)
    filled = np.zeros(NUM_PERM, dtype=bool)
    filled[bins] = True
    if not filled.all():  # densify: an empty bin borrows the next filled bin's value, shifted
        order = np.arange(NUM_PERM)
        nearest = np.where(filled, order, NUM_PERM * 2)
        nearest = np.minimum.accumulate(np.concatenate([nearest, nearest])[::-1])[::-1][:NUM_PERM]
        distance = (nearest - order).astype(np.uint64)
        source = nearest % NUM_PERM
        mins = np.where(filled, mins, (mins[source] + distance * _FILL_STEP) & _VALUE_MASK)
    return mins.astype(np.uint32).tobytes()


def dedup_keys(text: str) -> tuple[int | None, bytes | None]:
    """What the parent needs to find this page's earlier copies."""
    normalised, code_points = _normalise(text.casefold())
    if code_points is None or len(normalised) < MIN_NEAR_CHARS:
        return exact_key(normalised), signature(normalised)
    return exact_key(normalised), _signature_of(code_points)


def lsh_params(threshold: float, recall: float = 0.97) -> tuple[int, int]:
    """(bands, rows) that make a pair at the threshold a candidate with probability >= ``recall``.

    Candidates are confirmed with the signatures, so recall matters more than a few extra
    candidates (datasketch's default choice misses about a fifth of the pairs at the threshold).
    """
    for rows in range(NUM_PERM, 0, -1):
        bands = NUM_PERM // rows
        if 1 - (1 - threshold**rows) ** bands >= recall:
            return bands, rows
    return NUM_PERM, 1


@dataclass(slots=True)
class DedupCounts:
    exact: int = 0
    near: int = 0
    dropped: int = 0


CACHE_KIB = 16 * 1024  # SQLite page cache of the index


def band_hashes(sig: bytes, bands: int, rows: int) -> list[int]:
    """One signed 64-bit hash per band of a signature (the band's number mixed in: one table for all).

    Python's own ``hash`` (SipHash, in C) of the band's number and bytes: eight times quicker than
    numpy over a few short rows. It differs between processes, which does not matter here: the
    index is scratch, made anew and read by the parent alone in each run.
    """
    width = rows * 4
    return [hash((band, sig[band * width : (band + 1) * width])) for band in range(bands)]


class Deduplicator:
    """First copies seen so far, in input order; answers "which earlier page is this a copy of?".

    ``path``: where the index is kept (a temp file by default); ``close`` removes it.
    """

    def __init__(self, threshold: float = DEFAULT_THRESHOLD, path: Path | None = None) -> None:
        self.threshold = threshold
        self.counts = DedupCounts()
        self.bands, self.rows = lsh_params(threshold)
        self._agree = math.ceil(threshold * NUM_PERM - 1e-9)  # equal values a near copy shares at least
        if path is None:
            handle, name = tempfile.mkstemp(prefix="dedup-", suffix=".sqlite")
            os.close(handle)
            path = Path(name)
        self.path = path
        self._remove_files()
        self.db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        for pragma in ("journal_mode=OFF", "synchronous=OFF", f"cache_size=-{CACHE_KIB}", "temp_store=FILE"):
            self.db.execute(f"PRAGMA {pragma}")
        self.db.execute("CREATE TABLE exact (hash INTEGER PRIMARY KEY, doc_id TEXT NOT NULL)")
        self.db.execute("CREATE TABLE firsts (key INTEGER PRIMARY KEY, doc_id TEXT NOT NULL, sig BLOB NOT NULL)")
        self.db.execute(
            "CREATE TABLE bands (hash INTEGER NOT NULL, key INTEGER NOT NULL, PRIMARY KEY (hash, key)) WITHOUT ROWID"
        )
        self.db.execute("BEGIN")
        self._firsts = 0
        self._candidates = "SELECT DISTINCT key FROM bands WHERE hash IN ({}) ORDER BY key".format(
            ",".join("?" * self.bands)
        )

    def check(self, doc_id: str, exact: int | None, sig: bytes | None) -> tuple[str | None, str | None]:
        """``(doc_id of the first copy, "exact"|"near")``, or ``(None, None)`` for a first copy.

        A near copy's exact hash is kept with the first copy's doc_id: its own exact copies, later,
        name the first copy too."""
        db = self.db
        stored_hash = None
        if exact is not None:
            stored_hash = exact - (1 << 64) if exact >= 1 << 63 else exact  # SQLite integers are signed
            row = db.execute("SELECT doc_id FROM exact WHERE hash = ?", (stored_hash,)).fetchone()
            if row is not None:
                self.counts.exact += 1
                return row[0], "exact"
        first = None
        if sig is not None:
            values = np.frombuffer(sig, dtype=np.uint32)
            hashes = band_hashes(sig, self.bands, self.rows)
            for (candidate,) in db.execute(self._candidates, hashes).fetchall():  # earliest first
                name, stored = db.execute("SELECT doc_id, sig FROM firsts WHERE key = ?", (candidate,)).fetchone()
                if np.count_nonzero(np.frombuffer(stored, dtype=np.uint32) == values) >= self._agree:
                    first = name
                    break
            if first is None:
                key = self._firsts
                self._firsts += 1
                db.execute("INSERT INTO firsts VALUES (?, ?, ?)", (key, doc_id, sig))
                db.executemany("INSERT OR IGNORE INTO bands VALUES (?, ?)", [(h, key) for h in hashes])
        if stored_hash is not None:
            db.execute("INSERT INTO exact VALUES (?, ?)", (stored_hash, first or doc_id))
        if first is None:
            return None, None
        self.counts.near += 1
        return first, "near"

    def close(self) -> None:
        """Drop the index (its file included)."""
        try:
            self.db.close()
        finally:
            self._remove_files()

    def _remove_files(self) -> None:
        for suffix in ("", "-journal", "-wal", "-shm"):
            Path(f"{self.path}{suffix}").unlink(missing_ok=True)
