"""The matches of one query, counted and read without an object per match.

A one-character query finds tens of thousands of spans in a megabyte of
text. :class:`Hits` keeps the literal occurrences implicit (the folded text
and the query: ``str.count`` counts them, ``str.find`` reads those wanted)
and lists only the spans the other modes found (:class:`Spans`, usually
few), merged with the literal occurrences they overlap. So the count, the
first match, the match after or before another, its number and the matches
of one block, or of a stretch of it (the lines on screen), each cost a few
calls of C code, and the full list is never built unless asked for
(:meth:`Hits.iter_matches` reads them one at a time, for ``kiji search``):
a 2 MB line of one letter searched for that letter has 2 million matches.

Matches are the union in document order: overlapping spans merge into one
whose ``how`` is the first of :data:`HOWS` among them; spans that merely
touch stay apart.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left, bisect_right
from heapq import merge
from typing import Iterator, NamedTuple

from .literal import LiteralText, Occurrences
from .model import HOWS, How, Match

#: ``how`` ranks: literal 0, words 1, reading 2, synonym 3.
LITERAL = 0
READING = HOWS.index("reading")


class Spans(NamedTuple):
    """Spans in global offsets, sorted, none overlapping another, each with
    the rank of its ``how`` (the index in :data:`HOWS`): what the word
    index found for a query, compact enough to cross a pipe."""

    starts: array
    ends: array
    ranks: bytes
    read_as: tuple[tuple[int, str], ...] = ()
    """``(start, kana)`` of the reading spans found by another kana than
    the query's own reading (a romaji query's long vowels: ``tokyo`` finds
    東京 as とうきょう)."""

    @classmethod
    def merged(cls, spans: list[tuple[int, int, int]], read_as: dict[tuple[int, int], str] | None = None) -> Spans:
        """``(start, end, rank)`` spans sorted and merged where they overlap;
        ``read_as``: the kana a reading span ``(start, end)`` was found by,
        where not the query's own (a merged span keeps its first part's)."""
        starts, ends, ranks, kana = array("i"), array("i"), bytearray(), {}
        for s, e, r in sorted(spans):
            k = read_as.get((s, e)) if read_as and r == READING else None
            if starts and s < ends[-1]:
                ends[-1] = max(ends[-1], e)
                ranks[-1] = min(ranks[-1], r)
                if k:
                    kana.setdefault(starts[-1], k)
                continue
            starts.append(s)
            ends.append(e)
            ranks.append(r)
            if k:
                kana[s] = k
        return cls(starts, ends, bytes(ranks), tuple(kana.items()))

    @classmethod
    def empty(cls) -> Spans:
        return cls(array("i"), array("i"), b"")


class Hit(NamedTuple):
    """One match: its global span and how it was found."""

    start: int
    end: int
    rank: int

    @property
    def how(self) -> How:
        return HOWS[self.rank]


class Hits:
    """Every match of a query in an article (see the module's docstring).

    ``partial``: the other modes have not been asked yet (their index is
    being built); the count is of the literal matches, a lower bound.
    """

    def __init__(self, text: LiteralText, query: str, others: Spans | None = None) -> None:
        self.text = text
        self.partial = others is None
        self._occ: Occurrences | None = text.occurrences(query)
        self._n = len(self._occ.needle) if self._occ is not None else 0
        groups = self._merge(others if others is not None else Spans.empty())
        self._starts, self._ends, self._ranks, absorbed = groups
        self._absorbed = absorbed
        self._read_as = dict(others.read_as) if others is not None else {}
        literal = self._occ.count if self._occ is not None else 0
        self.count = literal - len(absorbed) + len(self._starts)

    # --- building -----------------------------------------------------------

    def _literal_in(self, lo: int, hi: int) -> Iterator[tuple[int, int, int]]:
        """``(folded start, global start, global end)`` of the literal
        occurrences starting in folded ``[lo, hi)``."""
        if self._occ is None:
            return
        to_global, n = self.text.to_global, self._n
        for f in self._occ.between(lo, hi):
            yield (f, *to_global(f, n))

    def _overlapping(self, s: int, e: int) -> Iterator[tuple[int, int, int]]:
        """The literal occurrences overlapping global ``[s, e)`` (one block)."""
        text = self.text
        lo, hi = text.block_span(text.block_of(s))
        fs, fe = text.to_folded(s), text.to_folded(e, end=True)
        for f, gs, ge in self._literal_in(max(lo, fs - self._n + 1), min(hi, fe)):
            if gs < e and ge > s:
                yield f, gs, ge

    def _merge(self, others: Spans) -> tuple[array, array, bytearray, array]:
        """The groups (an other mode's span with the literal occurrences and
        other spans it overlaps) and the folded starts of the literal
        occurrences they took in."""
        starts, ends, ranks, absorbed = array("i"), array("i"), bytearray(), array("i")
        o_starts, o_ends, o_ranks = others.starts, others.ends, others.ranks
        i, n = 0, len(o_starts)
        while i < n:
            s, e, r = o_starts[i], o_ends[i], o_ranks[i]
            i += 1
            seen = e - 1
            while seen != e:
                seen = e
                for f, gs, ge in self._overlapping(s, e):
                    if not absorbed or f > absorbed[-1]:
                        absorbed.append(f)
                        s, e, r = min(s, gs), max(e, ge), LITERAL
                while i < n and o_starts[i] < e:  # others never cross blocks: same block
                    e, r = max(e, o_ends[i]), min(r, o_ranks[i])
                    i += 1
            starts.append(s)
            ends.append(e)
            ranks.append(r)
        return starts, ends, ranks, absorbed

    # --- reading ------------------------------------------------------------

    def _is_absorbed(self, f: int) -> bool:
        i = bisect_left(self._absorbed, f)
        return i < len(self._absorbed) and self._absorbed[i] == f

    def _literal_after(self, f: int) -> int:
        """The first literal occurrence not in a group starting at folded ``f`` or later (-1: none)."""
        if self._occ is None:
            return -1
        at = self._occ.next(f)
        while at != -1 and self._is_absorbed(at):
            at = self._occ.next(at + 1)
        return at

    def _literal_before(self, f: int) -> int:
        if self._occ is None:
            return -1
        at = self._occ.previous(f)
        while at != -1 and self._is_absorbed(at):
            at = self._occ.previous(at)
        return at

    def _hit_of_literal(self, f: int) -> Hit:
        return Hit(*self.text.to_global(f, self._n), LITERAL)

    def _group(self, k: int) -> Hit:
        return Hit(self._starts[k], self._ends[k], self._ranks[k])

    def first(self) -> Hit | None:
        return self.after(-1)

    def last(self) -> Hit | None:
        return self.before(self._end() + 1)

    def after(self, g: int) -> Hit | None:
        """The first match starting after global offset ``g``."""
        k = bisect_right(self._starts, g)
        group = self._group(k) if k < len(self._starts) else None
        f = self._literal_after(self.text.to_folded(g + 1) if g >= 0 else 0)
        literal = self._hit_of_literal(f) if f != -1 else None
        if literal is None or (group is not None and group.start < literal.start):
            return group
        return literal

    def before(self, g: int) -> Hit | None:
        """The last match starting before global offset ``g``."""
        k = bisect_left(self._starts, g) - 1
        group = self._group(k) if k >= 0 else None
        f = self._literal_before(self.text.to_folded(g) if g <= self._end() else len(self.text.folded) + 1)
        literal = self._hit_of_literal(f) if f != -1 else None
        if literal is None or (group is not None and group.start > literal.start):
            return group
        return literal

    def _end(self) -> int:
        blocks = self.text.blocks
        return self.text.bases[-1] + len(blocks[-1].text) if blocks else 0

    def index(self, hit: Hit) -> int:
        """The number of ``hit`` (0 for the first match)."""
        groups = bisect_left(self._starts, hit.start)
        if self._occ is None:
            return groups
        f = self.text.to_folded(hit.start)
        return groups + self._occ.before(f) - bisect_left(self._absorbed, f)

    def at(self, g: int) -> Hit | None:
        """The match holding global offset ``g``, else the first after it, else the last."""
        if not self.count:
            return None
        previous = self.before(g + 1)
        if previous is not None and g < previous.end:
            return previous
        return self.after(g) or previous

    def iter_block(self, b: int, start: int = 0, end: int | None = None) -> Iterator[Hit]:
        """The matches of block ``b`` in order, one at a time; with ``start``
        and ``end`` (offsets in its text) only those overlapping that stretch
        (none when it is empty)."""
        text = self.text
        base = text.bases[b]
        length = len(text.blocks[b].text)
        end = length if end is None else min(end, length)
        start = max(0, start)
        lo, hi = text.block_span(b)
        if start > 0 or end < length:  # the folded stretch, widened by a match's length on the left
            lo = max(lo, text.to_folded(base + start) - self._n + 1)
            hi = min(hi, text.to_folded(base + end, end=True))
        g_lo, g_hi = base + start, base + end
        literal = (self._hit_of_literal(f) for f in (self._occ.between(lo, hi) if self._occ is not None else ())
                   if not self._is_absorbed(f))
        k, stop = bisect_right(self._ends, g_lo), bisect_left(self._starts, g_hi)
        groups = (self._group(i) for i in range(k, stop))
        for hit in merge(literal, groups) if k < stop else literal:
            if hit.end > g_lo and hit.start < g_hi:
                yield hit

    def in_block(self, b: int, start: int = 0, end: int | None = None) -> list[Hit]:
        """The matches of block ``b`` (overlapping ``[start, end)`` of its text), in order."""
        return list(self.iter_block(b, start, end))

    def spans_in_block(self, b: int, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
        """``(start, end)`` of the matches of block ``b`` (overlapping ``[start, end)``), in its text."""
        base = self.text.bases[b]
        return [(h.start - base, h.end - base) for h in self.iter_block(b, start, end)]

    def iter_matches(self) -> Iterator[Match]:
        """Every match as a :class:`Match`, in document order, one at a time."""
        text = self.text
        for b, block in enumerate(text.blocks):
            base = text.bases[b]
            for s, e, r in self.iter_block(b):
                yield Match(block.line, s - base, e - base, block.text[s - base : e - base], HOWS[r])

    def matches(self) -> list[Match]:
        """Every match as a :class:`Match`, in document order."""
        return list(self.iter_matches())

    def read_as(self, hit: Hit) -> str | None:
        """The kana reading match ``hit`` was found by when it is not the
        query's own reading (``tokyo`` finding 東京 as とうきょう, not as
        typed: ときょ); None otherwise."""
        return self._read_as.get(hit.start) if hit.rank == READING else None

    def locate(self, hit: Hit) -> tuple[int, int, int]:
        """``(line, start, end)`` of ``hit`` in its block."""
        b = self.text.block_of(hit.start)
        base = self.text.bases[b]
        return self.text.blocks[b].line, hit.start - base, hit.end - base
