"""The article ids a run has read, in 8 bytes each: a set of Python strings costs over
100 bytes an id, which a stream of millions of articles would pile up (issue 6:
memory flat in the input size).

Ids are kept as 64-bit BLAKE2b digests: the newest in a small set, the rest in
sorted arrays, larger to smaller, an array merged into the one before it while that
one is no more than twice its size (so each id is copied O(log n) times and a
lookup bisects O(log n) arrays).  Two different ids share a digest with probability
about n² / 2^65 (3e-8 for a million articles); such an id would be reported as a
duplicate, in ``errors``, not lost silently.
"""
from __future__ import annotations

import bisect
import hashlib
import heapq
from array import array

_RECENT_MAX = 1 << 14  # digests held as a set before they join the sorted arrays


def _digest(article_id: str) -> int:
    data = article_id.encode("utf-8", "surrogatepass")
    return int.from_bytes(hashlib.blake2b(data, digest_size=8).digest(), "little")


class IdSet:
    """``add`` and ``in`` for article ids, in about 8 bytes an id."""

    def __init__(self) -> None:
        self._recent: set[int] = set()
        self._levels: list[array] = []  # sorted arrays of digests, larger to smaller

    def __contains__(self, article_id: str) -> bool:
        key = _digest(article_id)
        if key in self._recent:
            return True
        for level in self._levels:
            k = bisect.bisect_left(level, key)
            if k < len(level) and level[k] == key:
                return True
        return False

    def add(self, article_id: str) -> None:
        self._recent.add(_digest(article_id))
        if len(self._recent) >= _RECENT_MAX:
            self._flush()

    def __len__(self) -> int:
        return len(self._recent) + sum(len(level) for level in self._levels)

    def _flush(self) -> None:
        merged = array("Q", sorted(self._recent))
        self._recent = set()
        # merge with the last (smallest) arrays while they are no more than twice as big
        while self._levels and len(self._levels[-1]) <= 2 * len(merged):
            merged = array("Q", heapq.merge(self._levels.pop(), merged))
        self._levels.append(merged)
