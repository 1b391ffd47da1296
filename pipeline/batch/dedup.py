"""Duplicate detection across a batch: exact (hash of the normalised text) and near (MinHash/LSH).

Workers compute a page's keys (``dedup_keys``: cheap, numpy); the parent, which sees pages in input
order, asks ``Deduplicator.check`` whether an earlier page holds the same text, so ``duplicate_of``
always names the first copy in input order, whatever the number of workers.

The near-duplicate signature is a one-permutation MinHash (one 64-bit hash per 5-character
shingle, split into NUM_PERM bins, the minimum of each bin, empty bins filled from their
neighbour): O(shingles) instead of O(shingles x permutations), and a drop-in for datasketch's
LSH, which only bands the hash values. Only first copies are indexed, and an LSH candidate is
confirmed by the signatures' agreement, so a copy never points at a copy.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

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
    return NOT_WORD.sub("", text.casefold())


def exact_key(normalised: str) -> int | None:
    """64-bit BLAKE2b of the normalised text; None for an empty text (never a duplicate)."""
    if not normalised:
        return None
    return int.from_bytes(hashlib.blake2b(normalised.encode("utf-8"), digest_size=8).digest(), "big")


def signature(normalised: str) -> bytes | None:
    """NUM_PERM 32-bit MinHash values of the text's 5-character shingles; None for short texts."""
    if len(normalised) < MIN_NEAR_CHARS:
        return None
    codes = np.frombuffer(normalised.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
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
    normalised = normalise_for_dedup(text)
    return exact_key(normalised), signature(normalised)


def lsh_params(threshold: float, recall: float = 0.97) -> tuple[int, int]:
    """(bands, rows) that make a pair at the threshold a candidate with probability >= ``recall``.

    Candidates are confirmed with the signatures, so recall matters more than a few extra
    candidates (datasketch's own choice misses about a fifth of the pairs at the threshold).
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


@dataclass
class Deduplicator:
    """First copies seen so far, in input order; answers "which earlier page is this a copy of?"."""

    threshold: float = DEFAULT_THRESHOLD
    counts: DedupCounts = field(default_factory=DedupCounts)

    def __post_init__(self) -> None:
        from datasketch import MinHashLSH

        self._exact: dict[int, str] = {}
        self._lsh = MinHashLSH(num_perm=NUM_PERM, params=lsh_params(self.threshold))
        self._firsts: list[tuple[str, np.ndarray]] = []  # LSH key -> (doc_id, signature)

    def check(self, doc_id: str, exact: int | None, sig: bytes | None) -> tuple[str | None, str | None]:
        """``(doc_id of the first copy, "exact"|"near")``, or ``(None, None)`` for a first copy."""
        if exact is not None:
            first = self._exact.get(exact)
            if first is not None:
                self.counts.exact += 1
                return first, "exact"
            self._exact[exact] = doc_id
        if sig is None:
            return None, None
        values = np.frombuffer(sig, dtype=np.uint32)
        from datasketch import LeanMinHash

        minhash = LeanMinHash(seed=1, hashvalues=values, scheme="affine32")
        best: int | None = None
        for key in self._lsh.query(minhash):
            if (best is None or key < best) and float(np.mean(self._firsts[key][1] == values)) >= self.threshold:
                best = key
        if best is not None:
            self.counts.near += 1
            return self._firsts[best][0], "near"
        key = len(self._firsts)
        self._firsts.append((doc_id, values))
        self._lsh.insert(key, minhash, check_duplication=False)
        return None, None
