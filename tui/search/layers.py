"""The index's token layers: mode-A tokens as flat arrays (:class:`Layer`)
and the mode-C compounds mode A splits (:class:`Compounds`)."""

from __future__ import annotations

from array import array
from bisect import bisect_left, bisect_right
from typing import Iterable, Iterator, Sequence

from .codes import ReadingCodes
from .flat import Runs, flattened
from .lexicon import ATTACHES, CONTENT, ENDS, Lexicon
from .model import SEP, How

#: :attr:`Layer.length` of a token of this many characters or more.
LONG = 255


class Layer:
    """The mode-A tokens of every block as flat arrays: where each starts in
    the joined text, its length and its lexeme, and the positions of every
    lexeme; and the concatenated readings of the tokens (blocks and symbols
    separated by :data:`SEP`) with where each token's reading starts.
    Whitespace tokens are left out so a run of words may span a space.
    Arrays, not objects, and small ones: a token takes four bytes for its
    start, one for its length (longer ones kept aside), two for its lexeme
    (four past 65,536 lexemes), four for its place in its lexeme's postings
    (all in one array, made once the tokens are in), four for where its
    reading starts, and its reading one byte a character
    (:class:`~tui.search.codes.ReadingCodes`): about 17 bytes a token, and
    the garbage collector never walks them, so a big index adds no pause to
    collections.
    """

    def __init__(self) -> None:
        self.start = array("i")
        self.length = bytearray()
        """Each token's length; :data:`LONG` for one of 255 characters or more (in :attr:`long`)."""
        self.long: dict[int, int] = {}
        self.lex = array("H")
        self.postings = Runs(array("i", [0]), array("i"))
        """Each lexeme's positions, made by :meth:`finish`."""
        self.rstart = array("i")
        self.codes = ReadingCodes()
        self.coded = ""
        """The readings in :attr:`codes` (same offsets as :attr:`reading`)."""
        self._readings: list[str] = []
        self._coded_of: list[str] = []
        """Each lexeme's reading in codes."""
        self._offset = 0

    def __len__(self) -> int:
        return len(self.lex)

    @property
    def reading(self) -> str:
        """The readings of the tokens, concatenated (hiragana)."""
        return self.codes.decode(self.coded)

    def _coded_readings(self, lexicon: Lexicon) -> list[str]:
        """Each lexeme's reading in codes (the lexemes added since the last call encoded now)."""
        coded, codes = self._coded_of, self.codes
        if len(coded) < len(lexicon.reading):
            raw = codes.raw
            coded.extend(codes.encode(r) for r in lexicon.reading[len(coded):])
            if codes.raw and not raw:  # out of codes: back to the readings as they are
                coded[:] = lexicon.reading
                self._readings = [r.translate(codes.decoding) for r in self._readings]
                coded = self._coded_of
        return coded

    def add_block(self, base: int, toks: Iterable[tuple[int, int, int]], lexicon: Lexicon) -> None:
        """Append one block's ``(start, end, lexeme)`` tokens; ``base`` is where
        the block starts in the joined text."""
        if self.lex.typecode == "H" and len(lexicon.reading) > 0xFFFF:
            self.lex = array("i", self.lex)
        start, length, lexes = self.start.append, self.length.append, self.lex.append
        pos = len(self.lex)
        rstart = self.rstart.append
        parts: list[str] = []
        offset = self._offset
        readings = self._coded_readings(lexicon)
        for s, e, lex in toks:
            start(base + s)
            if e - s < LONG:
                length(e - s)
            else:
                length(LONG)
                self.long[pos] = e - s
            lexes(lex)
            pos += 1
            reading = readings[lex]
            rstart(offset)
            parts.append(reading)
            offset += len(reading)
        parts.append(SEP)
        self._readings.append("".join(parts))
        self._offset = offset + 1

    def finish(self) -> None:
        self.coded = "".join(self._readings)
        self._readings, self._coded_of = [], []
        self.postings = Runs.positions(self.lex)

    def end(self, p: int) -> int:
        n = self.length[p]
        return self.start[p] + (n if n != LONG else self.long[p])

    def ends(self) -> list[int]:
        """Every token's :meth:`end`, in one pass (what a walk over all the
        tokens reads in place of a call per token)."""
        out = [s + n for s, n in zip(self.start, self.length)]
        for p, n in self.long.items():
            out[p] = self.start[p] + n
        return out

    def extended_ends(self, lexicon: Lexicon, ends: Sequence[int]) -> list[int]:
        """Per token ``p``, ``end(extend(p, lexicon))`` (``ends``: :meth:`ends`),
        in one pass from the last token back."""
        out = list(ends)
        for p in range(len(self.lex) - 2, -1, -1):
            if self._goes_on(p, lexicon.flags, ends[p]):
                out[p] = out[p + 1]
        return out

    def _goes_on(self, p: int, flags: bytearray, end: int) -> bool:
        """Whether the word at token ``p`` (ending at ``end``) goes on into the
        next token: it does not close the word, and the next one attaches to
        it with no gap (述べ + た)."""
        lex = self.lex
        return not flags[lex[p]] & ENDS and bool(flags[lex[p + 1]] & ATTACHES) and self.start[p + 1] == end

    def runs(self, wanted: Sequence[tuple[set[int], set[int]]]) -> Iterator[tuple[int, int, How]]:
        """``(first, last, how)`` of every run of tokens matching the query
        token for token: by form (``words``) or, for at least one token, by a
        shared synonym group (``synonym``). ``wanted`` holds, per query token,
        the lexemes equal by form and those sharing a synonym."""
        k = len(wanted)
        n = len(self.lex)
        if not k or k > n:
            return
        postings = self.postings
        # anchor on the rarest query token: a query led by の stays cheap
        costs = [sum(map(postings.count, w)) + sum(map(postings.count, s)) for w, s in wanted]
        anchor = min(range(k), key=costs.__getitem__)
        if costs[anchor] == 0:
            return
        lex = self.lex
        w0, s0 = wanted[anchor]
        for x in (*w0, *s0):
            for p in postings.get(x, ()):
                first = p - anchor
                last = first + k - 1
                if first < 0 or last >= n:
                    continue
                how: How = "words"
                for i, (w, s) in enumerate(wanted):
                    at = lex[first + i]
                    if at in w:
                        continue
                    if at in s:
                        how = "synonym"
                        continue
                    break
                else:
                    yield first, last, how

    def reading_runs(self, kana: str, lexicon: Lexicon) -> Iterator[tuple[int, int]]:
        """``(first, last)`` of every run of tokens whose readings, concatenated,
        are ``kana``, and which holds at least one content word."""
        rstart, reading, lex, flags, readings = self.rstart, self.coded, self.lex, lexicon.flags, lexicon.reading
        kana = self.codes.query(kana)  # type: ignore[assignment]
        if kana is None:
            return
        at = reading.find(kana)
        while at != -1:
            first = bisect_left(rstart, at)
            if first < len(rstart) and rstart[first] == at:
                end = at + len(kana)
                last = bisect_left(rstart, end) - 1  # kana holds no SEP: same block
                if rstart[last] + len(readings[lex[last]]) == end and any(
                    flags[lex[p]] & CONTENT for p in range(first, last + 1)
                ):
                    yield first, last
            at = reading.find(kana, at + 1)

    def dictionary_reading_runs(self, kana: str, lexicon: Lexicon) -> Iterator[tuple[int, int]]:
        """Like :meth:`reading_runs`, but the last word is read in its
        dictionary form (しょめいする finds 署名し of 署名した)."""
        rstart, reading, lex, flags = self.rstart, self.coded, self.lex, lexicon.flags
        for cut in range(len(kana)):
            lexes = lexicon.by_dictionary_reading.get(kana[cut:])
            if not lexes:
                continue
            prefix = self.codes.query(kana[:cut])
            if prefix is None:  # read nowhere in the article
                continue
            for x in lexes:
                for last in self.postings.get(x, ()):
                    first = prefix_start(rstart, reading, last, prefix) if prefix else last
                    if first < 0:
                        continue
                    if any(flags[lex[p]] & CONTENT for p in range(first, last + 1)):
                        yield first, last

    def extend(self, last: int, lexicon: Lexicon) -> int:
        """The last token of the word that ``last`` begins to inflect: over the
        auxiliaries and particles that follow it without a gap (述べ → 述べた)."""
        n = len(self.lex)
        while last + 1 < n and self._goes_on(last, lexicon.flags, self.end(last)):
            last += 1
        return last


class Compounds:
    """The mode-C words that mode A splits (国際協力 = 国際 + 協力), by the
    mode-A positions they cover. With the mode-A layer this gives mode C
    without storing it: every other mode-C word is one mode-A token with the
    same lexeme, and compounds are a few percent of the words."""

    def __init__(self) -> None:
        self.first = array("i")
        """Mode-A position of each compound's first piece, in order."""
        self.count = array("H")
        self.lex = array("i")
        self.postings: dict[int, array] = {}
        """Compound lexeme to the indexes of its compounds."""

    def __getstate__(self) -> dict:
        return flattened(self.__dict__, ("postings",))

    def add(self, first: int, count: int, lex: int) -> None:
        post = self.postings.get(lex)
        if post is None:
            post = self.postings[lex] = array("i")
        post.append(len(self.first))
        self.first.append(first)
        self.count.append(count)
        self.lex.append(lex)

    def covering(self, p: int) -> int:
        """The index of the compound covering mode-A position ``p``, or -1."""
        k = bisect_right(self.first, p) - 1
        return k if k >= 0 and p < self.first[k] + self.count[k] else -1

    def runs(self, wanted: Sequence[tuple[set[int], set[int]]], fine: Layer) -> Iterator[tuple[int, int, How]]:
        """Like :meth:`Layer.runs` on the mode-C words: ``(first, last, how)``
        as mode-A positions of the first and last piece. A one-word query
        gives only the compounds (the mode-A layer has the other words)."""
        k = len(wanted)
        if not k:
            return
        lex = fine.lex
        n = len(lex)
        costs = [sum(fine.postings.count(x) + len(self.postings.get(x, ())) for x in (*w, *s)) for w, s in wanted]
        anchor = min(range(k), key=costs.__getitem__)
        if costs[anchor] == 0:
            return

        def word_before(p: int) -> tuple[int, int]:
            """(first mode-A position, lexeme) of the mode-C word ending at ``p``."""
            c = self.covering(p)
            return (self.first[c], self.lex[c]) if c >= 0 else (p, lex[p])

        def word_at(p: int) -> tuple[int, int]:
            """(last mode-A position, lexeme) of the mode-C word starting at ``p``."""
            c = self.covering(p)
            return (p + self.count[c] - 1, self.lex[c]) if c >= 0 else (p, lex[p])

        def how_of(i: int, x: int, how: How) -> How | None:
            w, s = wanted[i]
            return how if x in w else "synonym" if x in s else None

        starts: list[tuple[int, int]] = []  # the anchor word's (first, last) mode-A positions
        for x in (*wanted[anchor][0], *wanted[anchor][1]):
            for c in self.postings.get(x, ()):
                starts.append((self.first[c], self.first[c] + self.count[c] - 1))
            if k > 1:
                starts.extend((p, p) for p in fine.postings.get(x, ()) if self.covering(p) < 0)
        for a_first, a_last in starts:
            how: How | None = how_of(anchor, lex[a_first] if a_first == a_last else self.lex[self.covering(a_first)], "words")
            first, last = a_first, a_last
            for i in range(anchor - 1, -1, -1):
                if how is None or first == 0:
                    how = None
                    break
                first, x = word_before(first - 1)
                how = how_of(i, x, how)
            for i in range(anchor + 1, k):
                if how is None or last + 1 >= n:
                    how = None
                    break
                last, x = word_at(last + 1)
                how = how_of(i, x, how)
            if how is not None:
                yield first, last, how


def prefix_start(rstart: Sequence[int], reading: Sequence, last: int, prefix: Sequence) -> int:
    """The token where ``prefix`` is read right before token ``last`` begins
    (しょめい before the する of 署名した), whole tokens only; else -1.
    ``rstart`` holds each token's start in ``reading``."""
    r = rstart[last]
    s = r - len(prefix)
    if s < 0 or reading[s:r] != prefix:
        return -1
    first = bisect_left(rstart, s)
    return first if rstart[first] == s else -1

