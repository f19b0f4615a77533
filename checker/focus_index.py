"""The index entries of a whole archive as arrays, read and written as one blob (`checker ci --new`).

A CI run on a cached archive needs every article's IndexEntry (checker.focus). Read as 10,000
separate rows and decoded one by one they took 0.8 s; as compressed rows of term ids (in each
entry's own order, so that an entry read back is the entry stored) they are one read. The claims
cache keeps the latest run's FocusIndex as a snapshot: the next run takes the rows of the keys it
still has and reads only the entries of new keys from the cache's table. Rows are keyed by content
key, and an entry never changes for a key, so a snapshot is never stale, only incomplete.
"""
from __future__ import annotations

import pickle
from dataclasses import dataclass, field
from typing import Iterable, Mapping

import numpy as np

from .model import IndexEntry
from .stories import cells_of


@dataclass(frozen=True)
class FocusIndex:
    keys: tuple[str, ...]                   # one row per content key
    vocabulary: tuple[str, ...]             # term id -> term
    indptr: np.ndarray                      # row i's cells: indptr[i]:indptr[i + 1]
    terms: np.ndarray                       # each cell's term id
    weights: np.ndarray                     # each cell's weight
    people: tuple[tuple[str, ...], ...]     # each row's office_people
    _rows: dict[str, int] = field(init=False, repr=False, compare=False)

    def __post_init__(self):
        object.__setattr__(self, "_rows", {k: i for i, k in enumerate(self.keys)})

    @classmethod
    def empty(cls) -> FocusIndex:
        return cls((), (), np.zeros(1, dtype=np.int64), np.zeros(0, dtype=np.int32), np.zeros(0), ())

    def __contains__(self, key: str) -> bool:
        return key in self._rows

    def __len__(self) -> int:
        return len(self.keys)

    def row(self, key: str) -> int:
        return self._rows[key]

    def raw(self, row: int) -> dict[str, float]:
        """The row's weighted terms, as IndexEntry.terms held them (same order)."""
        start, end = self.indptr[row], self.indptr[row + 1]
        return dict(zip((self.vocabulary[t] for t in self.terms[start:end].tolist()), self.weights[start:end].tolist()))

    def row_of_cells(self) -> np.ndarray:
        return np.repeat(np.arange(len(self.keys)), np.diff(self.indptr))

    def cells(self, rows: np.ndarray) -> np.ndarray:
        """Positions of the cells of `rows`, one row after the other."""
        return cells_of(self.indptr, rows)[0]

    def select(self, keys: Iterable[str]) -> FocusIndex:
        """The rows of those `keys` it holds, in that order."""
        rows = np.array([self._rows[k] for k in keys if k in self._rows], dtype=np.int64)
        if len(rows) == len(self.keys) and np.array_equal(rows, np.arange(len(rows))):
            return self
        cells = self.cells(rows)
        lengths = self.indptr[rows + 1] - self.indptr[rows]
        return FocusIndex(tuple(self.keys[r] for r in rows.tolist()), self.vocabulary,
                          np.concatenate(([0], np.cumsum(lengths))).astype(np.int64),
                          self.terms[cells], self.weights[cells], tuple(self.people[r] for r in rows.tolist()))

    def plus(self, entries: Mapping[str, IndexEntry]) -> FocusIndex:
        """With a row added for each entry of a key it does not hold (in the mapping's order)."""
        added = [(k, e) for k, e in entries.items() if k not in self._rows]
        if not added:
            return self
        ids = {t: i for i, t in enumerate(self.vocabulary)}
        vocabulary = list(self.vocabulary)
        for _, entry in added:
            for term in entry.terms:
                if term not in ids:
                    ids[term] = len(vocabulary)
                    vocabulary.append(term)
        lengths = [len(e.terms) for _, e in added]
        return FocusIndex(self.keys + tuple(k for k, _ in added), tuple(vocabulary),
                          np.concatenate((self.indptr, self.indptr[-1] + np.cumsum(lengths))).astype(np.int64),
                          np.concatenate((self.terms, np.array([ids[t] for _, e in added for t in e.terms],
                                                               dtype=np.int32))),
                          np.concatenate((self.weights, np.array([w for _, e in added for w in e.terms.values()],
                                                                 dtype=np.float64))),
                          self.people + tuple(tuple(e.office_people) for _, e in added))

    def document_frequencies(self) -> np.ndarray:
        """How many rows give each term id."""
        return np.bincount(self.terms, minlength=len(self.vocabulary))

    def to_bytes(self) -> bytes:
        """The snapshot as stored: its vocabulary shrunk to the terms its rows still give."""
        used = np.flatnonzero(self.document_frequencies())
        new_id = np.zeros(len(self.vocabulary), dtype=np.int32)
        new_id[used] = np.arange(len(used), dtype=np.int32)
        vocabulary = [self.vocabulary[t] for t in used.tolist()]
        return pickle.dumps((self.keys, vocabulary, self.indptr, new_id[self.terms], self.weights, self.people),
                            protocol=pickle.HIGHEST_PROTOCOL)

    @classmethod
    def from_bytes(cls, blob: bytes) -> FocusIndex:
        keys, vocabulary, indptr, terms, weights, people = pickle.loads(blob)
        return cls(tuple(keys), tuple(vocabulary), indptr, terms, weights, tuple(people))
