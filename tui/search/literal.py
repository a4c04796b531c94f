"""Literal search: an article's text blocks folded once (no Sudachi needed),
and the occurrences of a folded query in them, counted and read without
building an object per occurrence.

Offsets come in two coordinates. *Global* offsets index the blocks' own
texts joined with :data:`SEP` (block ``b`` starts at ``bases[b]``): what
the word index and :class:`~tui.search.Hits` use. *Folded* offsets index
the folded texts joined the same way; they differ from global ones only in
the rare blocks where folding changes a text's length (``㌔`` → ``きろ``).
"""

from __future__ import annotations

from array import array
from bisect import bisect_left, bisect_right
from typing import Iterator, Sequence

from ..text import Block
from .folding import FoldMap, fold, fold_clusters
from .model import SEP


def _has_border(needle: str) -> bool:
    """Whether a proper prefix of ``needle`` is also its suffix ("ああ",
    "abab"): then occurrences may overlap, and the ones a left-to-right scan
    keeps are not simply all of them."""
    fail = [0] * len(needle)
    k = 0
    for i in range(1, len(needle)):
        while k and needle[i] != needle[k]:
            k = fail[k - 1]
        if needle[i] == needle[k]:
            k += 1
        fail[i] = k
    return bool(needle) and fail[-1] > 0


class Occurrences:
    """The occurrences of ``needle`` in ``haystack`` that a left-to-right scan
    finds (each search resumes where the last occurrence ended), by folded
    start. Without a border every occurrence is one of them, and each
    question is one call of ``str.find``/``rfind``/``count``; with one (rare)
    they are listed once."""

    def __init__(self, haystack: str, needle: str) -> None:
        self.haystack, self.needle = haystack, needle
        self._listed: array | None = None
        if _has_border(needle):
            listed, at = array("i"), haystack.find(needle)
            while at != -1:
                listed.append(at)
                at = haystack.find(needle, at + len(needle))
            self._listed = listed
        self.count = len(self._listed) if self._listed is not None else haystack.count(needle)

    def before(self, p: int) -> int:
        """How many start before folded offset ``p``."""
        if self._listed is not None:
            return bisect_left(self._listed, p)
        if p <= 0:
            return 0
        return self.haystack.count(self.needle, 0, p + len(self.needle) - 1)

    def next(self, p: int) -> int:
        """The first to start at or after ``p`` (-1: none)."""
        if self._listed is not None:
            i = bisect_left(self._listed, p)
            return self._listed[i] if i < len(self._listed) else -1
        return self.haystack.find(self.needle, max(0, p))

    def previous(self, p: int) -> int:
        """The last to start before ``p`` (-1: none)."""
        if self._listed is not None:
            i = bisect_left(self._listed, p)
            return self._listed[i - 1] if i else -1
        if p <= 0:
            return -1
        return self.haystack.rfind(self.needle, 0, p + len(self.needle) - 1)

    def between(self, lo: int, hi: int) -> Iterator[int]:
        """Those starting in ``[lo, hi)``, in order."""
        if self._listed is not None:
            listed = self._listed
            for i in range(bisect_left(listed, lo), bisect_left(listed, hi)):
                yield listed[i]
            return
        find, needle, n = self.haystack.find, self.needle, len(self.needle)
        stop = hi + n - 1  # an occurrence starting before hi ends by then
        at = find(needle, max(0, lo), stop)
        while at != -1:
            yield at
            at = find(needle, at + n, stop)


class LiteralText:
    """An article's text blocks folded for literal search, joined with :data:`SEP`."""

    def __init__(self, blocks: Sequence[Block]) -> None:
        self.blocks = tuple(blocks)
        bases, fbases, parts = array("i"), array("i"), []
        maps: dict[int, FoldMap] = {}
        at = fat = 0
        for b, block in enumerate(self.blocks):
            folded, irregular = fold_clusters(block.text)
            if irregular:
                maps[b] = FoldMap(irregular)
            bases.append(at)
            fbases.append(fat)
            parts.append(folded)
            at += len(block.text) + len(SEP)
            fat += len(folded) + len(SEP)
        self.bases, self.fbases = bases, fbases
        self.folded = SEP.join(parts)
        self._maps = maps
        self._by_line = {block.line: b for b, block in enumerate(self.blocks)}

    def occurrences(self, query: str) -> Occurrences | None:
        """The occurrences of ``query`` folded; None when it folds to nothing
        searchable (empty, or holding a line break)."""
        needle = fold(query)
        if not needle or SEP in needle:
            return None
        return Occurrences(self.folded, needle)

    def block_at_line(self, line: int) -> int | None:
        """The index of the block whose first source line is ``line``."""
        return self._by_line.get(line)

    def block_of(self, g: int) -> int:
        """The block holding global offset ``g``."""
        return bisect_right(self.bases, g) - 1

    def to_global(self, f: int, length: int) -> tuple[int, int]:
        """The global span of the folded span ``[f, f + length)``."""
        b = bisect_right(self.fbases, f) - 1
        s, e = f - self.fbases[b], f - self.fbases[b] + length
        fmap = self._maps.get(b)
        if fmap is not None:
            s, e = fmap.original(s)[0], fmap.original(e - 1)[1]
        return self.bases[b] + s, self.bases[b] + e

    def to_folded(self, g: int, end: bool = False) -> int:
        """The folded offset of global offset ``g`` (inside a cluster that
        folds to something else: where the cluster's folding starts, or with
        ``end`` ends)."""
        b = self.block_of(g)
        o = g - self.bases[b]
        fmap = self._maps.get(b)
        return self.fbases[b] + (fmap.folded(o, end) if fmap is not None else o)

    def block_span(self, b: int) -> tuple[int, int]:
        """The folded span of block ``b``'s text."""
        end = self.fbases[b + 1] - len(SEP) if b + 1 < len(self.fbases) else len(self.folded)
        return self.fbases[b], end
