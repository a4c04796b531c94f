"""A prose block as the quotes reader sees it: quotation spans, sentences, token indexes.

Core module (no Textual). :func:`quote_spans` finds the top-level 「」 (and
『』, 〝〟, “”) of a block, :func:`sentences` cuts it at sentence ends (。．！？) outside them,
and :class:`BlockText` keeps the indexes the rules in
:mod:`tui.quotes.phrases`, :mod:`tui.quotes.direct` and
:mod:`tui.quotes.reported` read. Scanning is by regular expression and
bisection, never a Python step per character.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from operator import attrgetter
from typing import Sequence

from ..text import SENTENCE_ENDS
from ..analysis import Mention, Token


#: Quotation marks, opening to closing. 『』 is also a title mark: as with 「」,
#: only a quotative and a predicate after it make a quote.
QUOTE_PAIRS = {"「": "」", "『": "』", "〝": "〟", "“": "”"}

OPENERS = frozenset(QUOTE_PAIRS)

CLOSERS = frozenset(QUOTE_PAIRS.values())

#: The regular expressions of the marks above.
_OPENER = re.compile("[" + "".join(QUOTE_PAIRS) + "]")

_PAIR_MARKS = {o: re.compile(f"[{o}{c}]") for o, c in QUOTE_PAIRS.items()}

_SENTENCE_END = re.compile(f"[{SENTENCE_ENDS}]")

#: Longest stretch read as one sentence. A news sentence rarely passes 400
#: characters (the development set's longest is 384); a scrape that lost its
#: full stops would otherwise be one sentence of a whole paragraph, every
#: rule scanning it for every statement in it (quadratic) and a reported
#: statement's text reaching back to its start.
MAX_SENTENCE_CHARS = 1000

#: Where a run without a sentence end is cut, failing a sentence end: after a comma or a space.
_SOFT_BREAKS = frozenset("、，, \u3000\t\n")

_START = attrgetter("start")

_END = attrgetter("end")


@dataclass
class Sentence:
    """A sentence of a block: character offsets and token range."""

    start: int
    end: int
    first: int
    """Index of its first token in the block's token list."""
    last: int
    """Index after its last token."""


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Top-level quotation spans as ``(open, close)`` offsets of the brackets:
    「」, and 『』, 〝〟 or “” when they are the outer marks. Whatever is nested
    stays inside. A 「 left open runs to the end of the text (``close`` is
    ``len(text)``): news writes a quote of several paragraphs so, closing only
    the last; any other bracket left open is ignored (and so is all after it)."""
    spans: list[tuple[int, int]] = []
    pos = 0
    while (m := _OPENER.search(text, pos)) is not None:
        opened, opener = m.start(), m.group()
        marks = _PAIR_MARKS[opener]
        depth, pos = 1, opened + 1
        while depth:
            m = marks.search(text, pos)
            if m is None:
                if depth == 1 and opener == "「":
                    spans.append((opened, len(text)))  # a quote going on in the next paragraph
                return spans
            depth += 1 if m.group() == opener else -1
            pos = m.end()
        spans.append((opened, pos - 1))
    return spans


def sentences(
    text: str, spans: list[tuple[int, int]], tokens: Sequence[Token], breaks: Sequence[int] = ()
) -> list[Sentence]:
    """Sentences cut at :data:`~tui.text.chars.SENTENCE_ENDS` outside quotes, with
    their token ranges. ``breaks`` are where the source lines of a hard-wrapped
    block begin: a line that ends with a closing bracket or a full stop ends
    its sentence there too (a reaction list, 山田氏「…」 one per line), unless
    the next line goes on with a quotative (「…」⏎と、山田氏は言った)."""
    cuts: list[int] = []
    k = 0
    for m in _SENTENCE_END.finditer(text):
        i = m.start()
        while k < len(spans) and spans[k][1] < i:
            k += 1
        if not (k < len(spans) and spans[k][0] < i < spans[k][1]):
            cuts.append(i + 1)
    if breaks:
        cuts = sorted(set(cuts).union(b for b in breaks if _line_ends_sentence(text, spans, tokens, b)))
    if not cuts or cuts[-1] < len(text):
        cuts.append(len(text))
    if len(text) > MAX_SENTENCE_CHARS:
        cuts = _windowed(text, spans, tokens, cuts)
    out: list[Sentence] = []
    start, ti = 0, 0
    for end in cuts:
        first = ti
        ti = bisect_left(tokens, end, lo=ti, key=_START)
        if text[start:end].strip():
            out.append(Sentence(start, end, first, ti))
        start = end
    return out


def _windowed(text: str, spans: list[tuple[int, int]], tokens: Sequence[Token], cuts: list[int]) -> list[int]:
    """``cuts`` with more cuts wherever two are more than :data:`MAX_SENTENCE_CHARS`
    apart, always where a token starts: after the last comma or space of the
    window, else at its last token, outside quotes; a quote longer than the
    window is kept whole."""
    starts = [t.start for t in tokens]
    soft = [s for s in starts if s and text[s - 1] in _SOFT_BREAKS]
    out: list[int] = []
    start = 0
    for end in cuts:
        while end - start > MAX_SENTENCE_CHARS:
            hi = start + MAX_SENTENCE_CHARS
            cut = _cut_in(start, hi, soft, spans) or _cut_in(start, hi, starts, spans)
            if not cut:  # the window ends inside a quote: cut after it, at a token
                k = bisect_right(spans, (hi, len(text) + 1)) - 1
                after = spans[k][1] + 1 if k >= 0 else 0
                i = bisect_left(starts, after)
                cut = starts[i] if i < len(starts) and start < starts[i] < end else 0
            if not cut:
                break
            out.append(cut)
            start = cut
        out.append(end)
        start = end
    return out


def _cut_in(lo: int, hi: int, points: list[int], spans: list[tuple[int, int]]) -> int:
    """The last of the sorted ``points`` in ``(lo + half the window, hi]`` that
    no quote span holds (0: none)."""
    floor = lo + MAX_SENTENCE_CHARS // 2
    i = bisect_right(points, hi) - 1
    while i >= 0 and points[i] > floor:
        p = points[i]
        k = bisect_right(spans, (p, -1)) - 1  # the last span opening before p
        if k < 0 or not spans[k][0] < p <= spans[k][1]:
            return p
        i = bisect_right(points, spans[k][0]) - 1  # jump before the quote
    return 0


#: What the line before a sentence-ending line break ends with.
_LINE_CLOSERS = frozenset("」』）)") | frozenset(SENTENCE_ENDS)


def _line_ends_sentence(text: str, spans: list[tuple[int, int]], tokens: Sequence[Token], at: int) -> bool:
    """Whether the source line break before offset ``at`` ends a sentence: the
    line before ends with a closing bracket or a full stop, the break is
    outside any quote, and the next line does not go on with a particle
    (と, などと, って) or punctuation."""
    if at <= 0 or at >= len(text) or text[at - 1] not in _LINE_CLOSERS:
        return False
    k = bisect_right(spans, (at, len(text) + 1)) - 1
    if k >= 0 and spans[k][0] < at <= spans[k][1]:
        return False
    i = bisect_left(tokens, at, key=_START)
    return not (i < len(tokens) and tokens[i].pos[0] in ("助詞", "補助記号") and tokens[i].surface not in OPENERS)


def within(indices: list[int], sent: Sentence) -> list[int]:
    """The token indices of a sorted list that fall in ``sent``."""
    return indices[bisect_left(indices, sent.first) : bisect_left(indices, sent.last)]


class BlockText:
    """A prose block's text and tokens with the indexes every rule reads:
    its quotation spans, which tokens lie inside one, and its person mentions
    by where their name or their last token ends."""

    def __init__(
        self, text: str, tokens: Sequence[Token], mentions: Sequence[Mention], breaks: Sequence[int] = ()
    ) -> None:
        self.text = text
        self.breaks = breaks
        """Where the block's source lines after the first begin (:attr:`Block.line_starts`)."""
        self.toks = tokens
        self.spans = quote_spans(text)
        self.span_starts = [o for o, _ in self.spans]
        self.mentions = mentions
        # which tokens are inside a 「」 (token index -> span index or -1)
        self.inside: list[int] = [-1] * len(tokens)
        for k, (o, c) in enumerate(self.spans):
            lo = bisect_left(tokens, o, key=_START)
            hi = bisect_right(tokens, c, lo=lo, key=_START)
            self.inside[lo:hi] = [k] * (hi - lo)
        self.mention_name_end = {m.end: m for m in self.mentions}
        # a mention by where its last token ends (Sudachi may glue （…） to a title)
        self.mention_end: dict[int, Mention] = {}
        ti = 0
        for m in self.mentions:
            ti = bisect_left(tokens, m.span_end, lo=ti, key=_END)
            if ti < len(tokens):
                self.mention_end[tokens[ti].end] = m

    def _spans_in(self, sent: Sentence) -> list[tuple[int, int]]:
        """The 「」 spans opening in ``sent`` (by bisection: a paragraph can hold thousands)."""
        lo = bisect_left(self.span_starts, sent.start)
        hi = bisect_left(self.span_starts, sent.end, lo)
        return self.spans[lo:hi]

    def _token_at(self, offset: int, sent: Sentence | None) -> int:
        """Index of the first token starting at or after ``offset`` (in ``sent``), else -1."""
        lo, hi = (sent.first, sent.last) if sent else (0, len(self.toks))
        while lo < hi:
            mid = (lo + hi) // 2
            if self.toks[mid].start < offset:
                lo = mid + 1
            else:
                hi = mid
        if sent is not None and lo >= sent.last:
            return -1
        return lo
