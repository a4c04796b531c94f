"""A read-only map of small ints to runs of ints (:class:`FlatMap`), the form
an index's lookup tables take on disk and after loading.

While an index is built its tables are dicts of lists or arrays (a
lexeme's positions, the lexemes of a normalised form). Stored that way,
loading an article's index from the library's cache built one Python object
per entry, and that was most of a library search (~1.7 ms an article, three
quarters of it these tables). Stored as three arrays, they load in a few
microseconds and answer the only question asked of them: ``get(key, default)``.
"""

from __future__ import annotations

from array import array
from typing import Any, Iterable, Mapping


class FlatMap:
    """``key -> array('i')`` from three arrays: the keys, where each key's run
    starts in ``data``, and ``data``. ``get`` answers as a dict's does."""

    __slots__ = ("keys", "starts", "data", "_slot")

    def __init__(self, keys: array, starts: array, data: array) -> None:
        self.keys, self.starts, self.data = keys, starts, data
        self._slot = dict(zip(keys, range(len(keys))))

    @classmethod
    def of(cls, table: Mapping[int, Iterable[int]]) -> FlatMap:
        """The same map as ``table`` (a dict of int runs)."""
        keys, starts, data = array("i"), array("i"), array("i")
        for key, run in table.items():
            keys.append(key)
            starts.append(len(data))
            data.extend(run)
        return cls(keys, starts, data)

    def get(self, key: int, default: Any = None) -> Any:
        slot = self._slot.get(key)
        if slot is None:
            return default
        end = self.starts[slot + 1] if slot + 1 < len(self.starts) else len(self.data)
        return self.data[self.starts[slot]:end]

    def __len__(self) -> int:
        return len(self.keys)

    def __getstate__(self) -> tuple[array, array, array]:
        return self.keys, self.starts, self.data

    def __setstate__(self, state: tuple[array, array, array]) -> None:
        self.__init__(*state)


def flattened(state: dict[str, Any], names: Iterable[str]) -> dict[str, Any]:
    """An object's ``__dict__`` for pickling with its tables ``names`` as
    :class:`FlatMap` s (the object itself keeps its dicts)."""
    state = dict(state)
    for name in names:
        table = state.get(name)
        if isinstance(table, dict):
            state[name] = FlatMap.of(table)
    return state


class Runs:
    """``key -> array('i')`` for the keys ``0 .. n-1``: every run in one
    array, each key's starting at ``starts[key]`` (the postings of a
    lexeme: four bytes a position, no object per key). ``get`` answers as
    a dict's does; :meth:`count` is the length of a run without copying it."""

    __slots__ = ("starts", "data")

    def __init__(self, starts: array, data: array) -> None:
        self.starts, self.data = starts, data

    @classmethod
    def positions(cls, keys: array) -> Runs:
        """Where each key occurs in ``keys`` (small non-negative ints), in order."""
        counts = array("i", bytes(4 * (max(keys, default=-1) + 2)))
        for key in keys:
            counts[key + 1] += 1
        total = 0
        for i in range(len(counts)):
            total += counts[i]
            counts[i] = total
        starts = counts  # now: where each key's run starts (and the end)
        fill = array("i", starts)
        data = array("i", bytes(4 * len(keys)))
        for p, key in enumerate(keys):
            data[fill[key]] = p
            fill[key] += 1
        return cls(starts, data)

    def get(self, key: int, default: Any = None) -> Any:
        if not 0 <= key < len(self.starts) - 1:
            return default
        return self.data[self.starts[key]:self.starts[key + 1]]

    def count(self, key: int) -> int:
        return self.starts[key + 1] - self.starts[key] if 0 <= key < len(self.starts) - 1 else 0

    def __len__(self) -> int:
        return max(0, len(self.starts) - 1)

    def __getstate__(self) -> tuple[array, array]:
        return self.starts, self.data

    def __setstate__(self, state: tuple[array, array]) -> None:
        self.starts, self.data = state
