"""Search an article the way a reader of Japanese means it.

A query matches a span of a text block (subheading, paragraph or caption; never
an image file name or the source line) in four ways, tried together:

``literal``
    The query occurs in the text once both are folded: NFKC (２，５００ = 2,500,
    ﾊﾟ = パ), case, and katakana as hiragana (はのい finds ハノイ).
``words``
    The query's Sudachi tokens equal a run of the text's tokens by normalised
    or dictionary form (述べる finds 述べた, か国 finds カ国/ヶ国, 2500 finds 2,500).
``reading``
    A kana-only query equals the concatenated readings of a run of tokens
    (こくれん finds 国連).
``synonym``
    Query and text tokens share a Sudachi synonym group (国際連合 finds 国連).

Results are the union in document order. Overlapping spans are merged into one
match whose ``how`` is the first of the modes above among those merged (the
list is ordered from the most to the least evident reason); spans that merely
touch stay separate, so two adjacent occurrences count twice.

Every query runs against an index built once per article (folded text of each
block with a map back to the original offsets, and token arrays with lookup
tables for forms, readings and synonym groups), so a query costs the
tokenisation of the query itself plus work proportional to the candidates it
hits, never a re-tokenisation of the article.

Core module: no Textual import.
"""

from __future__ import annotations

import unicodedata
from array import array
from bisect import bisect_right
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Iterator, Literal, Sequence

from .article import Article, Block, decode, split_lines
from .sanitize import visible
from .tokens import Mode, Token, katakana_to_hiragana, tokenize

if TYPE_CHECKING:  # pragma: no cover
    from .analysis import Analysis

How = Literal["literal", "words", "reading", "synonym"]
#: The modes from the most to the least evident; a merged match takes the first.
HOWS: tuple[How, ...] = ("literal", "words", "reading", "synonym")

#: Parts of speech that never make a query worth a word search on their own
#: (particles, auxiliaries, punctuation, symbols, whitespace).
FUNCTION_POS = frozenset({"助詞", "助動詞", "補助記号", "記号", "空白"})
#: Tokens that separate readings: a reading never runs across punctuation.
SYMBOL_POS = frozenset({"補助記号", "記号", "空白"})
#: Shortest kana query searched by reading (one kana reads as too many words).
MIN_READING_CHARS = 2
#: Shortest query token whose synonyms are searched (国 has a crowd of them).
MIN_SYNONYM_CHARS = 2
#: Separator between blocks in the joined strings; block text never holds a newline.
SEP = "\n"
#: Characters stripped from both ends of a query (ASCII and ideographic spaces).
QUERY_PADDING = " \t\u3000"
#: Characters of context shown on each side of a match by :func:`render_matches`.
CONTEXT_CHARS = 30
#: SGR sequences that highlight a match (bold, reverse) and end the highlight.
HIGHLIGHT_ON, HIGHLIGHT_OFF = "\x1b[1;7m", "\x1b[0m"


@dataclass(frozen=True, slots=True)
class Match:
    """One span of a text block that matches a query."""

    line: int
    """The block's first source line (:attr:`Block.line`)."""
    start: int
    """Character offset of the match in the block's text."""
    end: int
    text: str
    """``block.text[start:end]``: the original text, never the folded one."""
    how: How

    def to_dict(self) -> dict[str, int | str]:
        """The JSON form: ``{"line", "start", "end", "text", "how"}``."""
        return {"line": self.line, "start": self.start, "end": self.end, "text": self.text, "how": self.how}


# --- folding --------------------------------------------------------------------


def _continues_cluster(ch: str) -> bool:
    """Whether NFKC may fold ``ch`` into the character before it (combining
    marks, half-width voicing marks, Hangul vowel and final jamo)."""
    if unicodedata.combining(ch):
        return True
    if 0x1160 <= ord(ch) <= 0x11FF:
        return True
    norm = unicodedata.normalize("NFKC", ch)
    return bool(norm) and unicodedata.combining(norm[0]) != 0


def _fold_piece(text: str) -> str:
    return katakana_to_hiragana(unicodedata.normalize("NFKC", text).casefold())


def fold_map(text: str) -> tuple[str, array | None, array | None]:
    """Fold ``text`` for literal search; return ``(folded, starts, ends)`` where
    ``text[starts[i]:ends[i]]`` is the original of folded character ``i``.

    The maps are ``None`` when folding keeps every character in place (the
    common case: then folded index = original index).
    """
    if unicodedata.is_normalized("NFKC", text):
        folded = katakana_to_hiragana(text.casefold())
        if len(folded) == len(text):  # casefold never shrinks: same length, same places
            return folded, None, None
    parts: list[str] = []
    starts = array("l")
    ends = array("l")
    n = len(text)
    i = 0
    while i < n:
        j = i + 1
        while j < n and _continues_cluster(text[j]):
            j += 1
        piece = _fold_piece(text[i:j])
        parts.append(piece)
        starts.extend([i] * len(piece))
        ends.extend([j] * len(piece))
        i = j
    return "".join(parts), starts, ends


def fold(text: str) -> str:
    """The form literal search compares: NFKC, case-folded, katakana as hiragana."""
    return fold_map(text)[0]


def _is_kana(text: str) -> bool:
    return all(0x3041 <= ord(ch) <= 0x30FF for ch in text)


# --- the index ------------------------------------------------------------------


def _is_content(token: Token) -> bool:
    """A token that can carry a search on its own: not a particle, auxiliary,
    symbol, or a dependent word such as する/いる/なる."""
    return token.pos[0] not in FUNCTION_POS and (len(token.pos) < 2 or token.pos[1] != "非自立可能")


class _Layer:
    """The tokens of every block in one split mode, as flat arrays.

    Whitespace tokens are left out so a run of words may span a space. Forms
    are stored as ids and positions in arrays, not as lists of objects: the
    garbage collector never walks arrays, so a 1 MB index adds no pause to the
    collections that any allocation-heavy code (a search, the UI) triggers.
    """

    def __init__(self, tokens: Sequence[Sequence[Token]]) -> None:
        self.block = array("l")
        self.start = array("l")
        self.end = array("l")
        self.forms: dict[str, int] = {}
        """Every normalised or dictionary form, to its id."""
        self.norm = array("l")
        self.dic = array("l")
        self.content = bytearray()
        self.synonyms: dict[int, tuple[int, ...]] = {}
        """Synonym group ids, for the positions that have any."""
        by_form: dict[int, list[int]] = {}
        by_group: dict[int, list[int]] = {}
        readings: list[str] = []
        reading_marks: list[tuple[int, int, int]] = []  # (start, end, position)
        offset = 0
        pos = 0
        for b, toks in enumerate(tokens):
            for t in toks:
                if t.pos[0] == "空白":
                    continue
                norm = self.forms.setdefault(t.normalized, len(self.forms))
                dic = self.forms.setdefault(t.dictionary, len(self.forms))
                self.block.append(b)
                self.start.append(t.start)
                self.end.append(t.end)
                self.norm.append(norm)
                self.dic.append(dic)
                self.content.append(_is_content(t))
                by_form.setdefault(norm, []).append(pos)
                if dic != norm:
                    by_form.setdefault(dic, []).append(pos)
                if t.synonyms:
                    self.synonyms[pos] = t.synonyms
                    for g in t.synonyms:
                        by_group.setdefault(g, []).append(pos)
                # symbols (and the odd token without a reading) break a reading run
                reading = SEP if t.pos[0] in SYMBOL_POS or not t.reading else t.reading
                readings.append(reading)
                reading_marks.append((offset, offset + len(reading), pos))
                offset += len(reading)
                pos += 1
            readings.append(SEP)
            offset += 1
        self.size = pos
        self.by_form = {k: array("l", v) for k, v in by_form.items()}
        self.by_group = {k: array("l", v) for k, v in by_group.items()}
        self.reading = "".join(readings)
        #: position of the token whose reading starts / ends at each offset, or -1
        self.reading_start = array("l", [-1]) * (offset + 1)
        self.reading_end = array("l", [-1]) * (offset + 1)
        for start, end, p in reading_marks:
            self.reading_start[start] = p
            self.reading_end[end] = p

    def _form_ids(self, q: Token) -> set[int]:
        return {self.forms[f] for f in (q.normalized, q.dictionary) if f in self.forms}

    def _cost(self, q: Token, synonyms: bool) -> int:
        """How many positions :meth:`_candidates` would give (an upper bound)."""
        n = sum(len(self.by_form[f]) for f in self._form_ids(q))
        if synonyms:
            n += sum(len(self.by_group.get(g, ())) for g in q.synonyms)
        return n

    def _candidates(self, q: Token, synonyms: bool) -> set[int]:
        found: set[int] = set()
        for f in self._form_ids(q):
            found.update(self.by_form[f])
        if synonyms:
            for g in q.synonyms:
                found.update(self.by_group.get(g, ()))
        return found

    def runs(self, query: Sequence[Token], synonyms: bool) -> Iterator[tuple[int, int, int, How]]:
        """``(block, start, end, how)`` of every run of tokens matching ``query``
        token for token, by form (``words``) or, with ``synonyms``, by a shared
        synonym group for at least one token (``synonym``)."""
        k = len(query)
        if not k or k > self.size:
            return
        use_syn = [synonyms and _synonym_worthy(q) for q in query]
        wanted = [(self.forms.get(q.normalized, -1), self.forms.get(q.dictionary, -1)) for q in query]
        # anchor on the rarest query token: a query led by の stays cheap
        costs = [self._cost(q, use_syn[i]) for i, q in enumerate(query)]
        anchor = min(range(k), key=costs.__getitem__)
        if costs[anchor] == 0:
            return
        for p in sorted(self._candidates(query[anchor], use_syn[anchor])):
            first, last = p - anchor, p - anchor + k - 1
            if first < 0 or last >= self.size or self.block[first] != self.block[last]:
                continue
            how: How = "words"
            for i, (norm, dic) in enumerate(wanted):
                at = first + i
                if self.norm[at] == norm or self.dic[at] == dic:
                    continue
                if use_syn[i] and self.content[at] and not set(query[i].synonyms).isdisjoint(self.synonyms.get(at, ())):
                    how = "synonym"
                    continue
                break
            else:
                yield self.block[first], self.start[first], self.end[last], how

    def reading_runs(self, kana: str) -> Iterator[tuple[int, int, int]]:
        """``(block, start, end)`` of every run of tokens whose readings,
        concatenated, are ``kana``, and which holds at least one content word."""
        at = self.reading.find(kana)
        while at != -1:
            first = self.reading_start[at]
            last = self.reading_end[at + len(kana)]
            if first >= 0 and last >= 0 and any(self.content[first : last + 1]):
                yield self.block[first], self.start[first], self.end[last]
            at = self.reading.find(kana, at + 1)


def _synonym_worthy(q: Token) -> bool:
    return bool(q.synonyms) and _is_content(q) and len(q.surface) >= MIN_SYNONYM_CHARS


def _query_tokens(query: str, mode: Mode) -> list[Token]:
    return [t for t in tokenize(query, mode) if t.pos[0] != "空白"]


@dataclass(frozen=True)
class _FoldedBlock:
    offset: int
    """Where the block's folded text starts in the joined folded string."""
    starts: array | None
    ends: array | None


class SearchIndex:
    """Everything a query needs about one article, built once."""

    def __init__(self, blocks: Sequence[Block], folded: str, folds: Sequence[_FoldedBlock], layers: Sequence[_Layer]):
        self.blocks = tuple(blocks)
        self._folded = folded
        self._folds = tuple(folds)
        self._fold_offsets = [f.offset for f in folds]
        self._layers = tuple(layers)  # mode C first, then mode A

    @classmethod
    def build(cls, article: Article, analysis: Analysis | None = None) -> SearchIndex:
        """Index ``article``'s text blocks. An ``analysis`` lends its mode-C
        tokens; mode A (the finer split) is always tokenised here."""
        blocks = article.text_blocks()
        texts: list[str] = []
        folds: list[_FoldedBlock] = []
        offset = 0
        for b in blocks:
            folded, starts, ends = fold_map(b.text)
            folds.append(_FoldedBlock(offset, starts, ends))
            texts.append(folded)
            offset += len(folded) + len(SEP)
        known = analysis.tokens if analysis is not None else {}
        tokens_c = [known[b.line] if b.line in known else tokenize(b.text, "C") for b in blocks]
        tokens_a = [tokenize(b.text, "A") for b in blocks]
        layers = [_Layer(tokens_c), _Layer(tokens_a)]
        return cls(blocks, SEP.join(texts), folds, layers)

    # --- the four modes ---

    def _literal(self, query: str) -> Iterator[tuple[int, int, int]]:
        needle = fold(query)
        if not needle or SEP in needle:
            return
        haystack = self._folded
        at = haystack.find(needle)
        while at != -1:
            end = at + len(needle)
            b = bisect_right(self._fold_offsets, at) - 1
            f = self._folds[b]
            s, e = at - f.offset, end - f.offset
            if f.starts is not None:
                s, e = f.starts[s], f.ends[e - 1]
            yield b, s, e
            at = haystack.find(needle, end)

    def _words(self, query: str) -> Iterator[tuple[int, int, int, How]]:
        c = _query_tokens(query, "C")
        a = _query_tokens(query, "A")
        if any(_is_content(t) for t in c):
            for layer in self._layers:
                yield from layer.runs(c, synonyms=True)
        split_finer = [(t.start, t.end) for t in a] != [(t.start, t.end) for t in c]
        if split_finer and any(_is_content(t) for t in a):
            yield from self._layers[1].runs(a, synonyms=False)

    def _reading(self, query: str) -> Iterator[tuple[int, int, int]]:
        kana = fold(query)
        if len(kana) < MIN_READING_CHARS or not _is_kana(kana):
            return
        for layer in self._layers:
            yield from layer.reading_runs(kana)

    def search(self, query: str) -> list[Match]:
        """Every match of ``query``, merged, in document order. A query that is
        empty or only spaces matches nothing."""
        query = query.strip(QUERY_PADDING)
        if not query:
            return []
        rank = {how: i for i, how in enumerate(HOWS)}
        spans: list[tuple[int, int, int, int]] = []
        spans.extend((b, s, e, 0) for b, s, e in self._literal(query))
        spans.extend((b, s, e, rank[how]) for b, s, e, how in self._words(query))
        spans.extend((b, s, e, 2) for b, s, e in self._reading(query))
        return list(self._merge(spans))

    def _merge(self, spans: Iterable[tuple[int, int, int, int]]) -> Iterator[Match]:
        current: list[int] | None = None
        for b, s, e, r in sorted(spans):
            if current is not None and b == current[0] and s < current[2]:
                current[2] = max(current[2], e)
                current[3] = min(current[3], r)
                continue
            if current is not None:
                yield self._match(*current)
            current = [b, s, e, r]
        if current is not None:
            yield self._match(*current)

    def _match(self, b: int, s: int, e: int, r: int) -> Match:
        block = self.blocks[b]
        return Match(block.line, s, e, block.text[s:e], HOWS[r])


# --- grep-like output -----------------------------------------------------------


def _source_lines(article: Article) -> list[str] | None:
    """The article file's lines, when the file can still be read."""
    try:
        data = Path(article.path).read_bytes()
        return split_lines(decode(data, article.path)[0])
    except Exception:  # a missing, changed or undecodable file: fall back
        return None


def _line_starts(block: Block, lines: list[str] | None) -> list[tuple[int, int]]:
    """``(offset in block.text, source line)`` where each source line of a
    hard-wrapped block begins; just the block's line when it cannot be told."""
    fallback = [(0, block.line)]
    if block.end_line == block.line or lines is None or block.end_line > len(lines):
        return fallback
    out: list[tuple[int, int]] = []
    offset = 0
    for number in range(block.line, block.end_line + 1):
        piece = lines[number - 1]
        # joining adds at most one space between two lines
        if block.text.startswith(piece, offset):
            at = offset
        elif offset and block.text.startswith(piece, offset + 1):
            at = offset + 1
        else:
            return fallback
        out.append((at, number))
        offset = at + len(piece)
    return out if offset == len(block.text) else fallback


def _context(text: str, start: int, end: int, color: bool) -> str:
    left = max(0, start - CONTEXT_CHARS)
    right = min(len(text), end + CONTEXT_CHARS)
    hit = visible(text[start:end])
    if color:
        hit = f"{HIGHLIGHT_ON}{hit}{HIGHLIGHT_OFF}"
    before = ("…" if left else "") + visible(text[left:start])
    after = visible(text[end:right]) + ("…" if right < len(text) else "")
    return before + hit + after


def render_matches(article: Article, matches: Iterable[Match], color: bool) -> Iterator[str]:
    """grep-like lines ``PATH:LINE:COL: context``, one per match.

    LINE and COL (1-based, in characters) point into the source file; for a
    hard-wrapped block they are found by reading the file again, and fall back
    to the block's first line and the column in the joined text if the file no
    longer matches. The context is about :data:`CONTEXT_CHARS` characters each
    side, with control characters made visible; with ``color`` the match is
    highlighted (bold, reverse).
    """
    blocks = {b.line: b for b in article.text_blocks()}
    path = visible(article.path)
    lines: list[str] | None = None
    wrapped = {b.line for b in blocks.values() if b.end_line > b.line}
    if wrapped:
        lines = _source_lines(article)
    starts: dict[int, list[tuple[int, int]]] = {}
    for m in matches:
        block = blocks[m.line]
        if block.line not in starts:
            starts[block.line] = _line_starts(block, lines)
        offsets = starts[block.line]
        i = bisect_right([o for o, _ in offsets], m.start) - 1
        line_offset, line = offsets[max(i, 0)]
        yield f"{path}:{line}:{m.start - line_offset + 1}: {_context(block.text, m.start, m.end, color)}"
