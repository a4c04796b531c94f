"""Search an article the way a reader of Japanese means it.

A query matches a span of a text block (subheading, paragraph or caption; never
an image file name or the source line) in four ways, tried together:

``literal``
    The query occurs in the text once both are folded: NFKC (２，５００ = 2,500,
    ﾊﾟ = パ), case, and katakana as hiragana (はのい finds ハノイ).
``words``
    The query's Sudachi tokens equal a run of the text's tokens by normalised
    or dictionary form (述べる finds 述べた, か国 finds カ国/ヶ国, 2500 finds 2,500).
    When the query ends with a verb or adjective in dictionary form, the match
    covers the inflection that follows the word in the text, as a reader sees
    it: 述べる highlights 述べた, 述べませんでした, 述べて (auxiliaries and the
    particles て/で/ば, up to the form that closes the word).
``reading``
    A kana-only query, or romaji read as kana (``yamada`` finds 山田:
    :mod:`tui.search.romaji`), equals the concatenated readings of a run of tokens
    (こくれん finds 国連), the last one possibly read in its dictionary form
    (しょめいする finds 署名した, covering the inflection as above). A token's
    reading is the one the terms pane shows (:func:`tui.analysis.token_reading`:
    にせんごひゃくにん finds 2,500人).
``synonym``
    Query and text tokens share a Sudachi synonym group (国際連合 finds 国連).

Results are the union in document order. Overlapping spans are merged into one
match whose ``how`` is the first of the modes above among those merged (the
list is ordered from the most to the least evident reason); spans that merely
touch stay separate, so two adjacent occurrences count twice.

Every query runs against an index built once per article: the folded text
(:class:`~tui.search.literal.LiteralText`, no Sudachi needed, so literal
search works from the first frame) and the word index (:class:`WordIndex`:
token arrays with lookup tables for forms, readings and synonym groups). A
query costs the tokenisation of the query itself plus work proportional to
the candidates the word index hits, never a re-tokenisation of the article;
literal matches are counted and read on demand (:class:`~tui.search.Hits`),
never listed unless asked for. Words are matched in both of
Sudachi's split modes: C (国際連合 as one word) and A (its parts, so きょうりょく
finds 協力 inside 国際協力); the index stores mode A and the mode-C words
that split (see :class:`SearchIndex`).

Core module: no Textual import.
"""

from __future__ import annotations

from array import array
from bisect import bisect_right
from functools import lru_cache
from typing import Iterator, Sequence

from ..analysis import Analysis, Mode, Token, tokenize
from ..text import Article, Block
from .hits import Hits, Spans
from .layers import Compounds, Layer
from .lexicon import INFLECTING_POS, Lexicon, is_content
from .literal import LiteralText
from .model import HOWS, MIN_SYNONYM_CHARS, SEP, How, Match, clean_query
from .romaji import long_vowel_readings, reading_query


def _synonym_worthy(q: Token) -> bool:
    return bool(q.synonyms) and is_content(q) and len(q.surface) >= MIN_SYNONYM_CHARS


@lru_cache(maxsize=64)
def _query_tokens(query: str, mode: Mode) -> tuple[Token, ...]:
    """The query's tokens (spaces left out); remembered, as a library search
    asks for them once per article searched."""
    return tuple(t for t in tokenize(query, mode) if t.pos[0] != "空白")


def _dictionary_form_word(q: Token) -> bool:
    """A verb or adjective typed in its dictionary form (述べる, する, 美しい)."""
    return q.pos[0] in INFLECTING_POS and q.surface == q.dictionary


class WordIndex:
    """What the words, reading and synonym modes need about one article, built once.

    About 4.5 MB per MB of text (a 1 MB article has ~220,000 tokens, some
    17 bytes each: :class:`Layer`): the
    distinct words (:class:`Lexicon`), the mode-A tokens as arrays of ids
    with their readings (:class:`Layer`), and the few mode-C words that
    mode A splits (:class:`Compounds`). No token object is kept. Spans are
    global offsets: the blocks' texts joined with :data:`SEP`.
    """

    def __init__(self, bases: array, lexicon: Lexicon, fine: Layer, compounds: Compounds) -> None:
        self._bases = bases
        self._lexicon = lexicon
        self._fine = fine
        self._compounds = compounds

    def _same_block(self, first: int, last: int) -> bool:
        bases, start = self._bases, self._fine.start
        return first == last or bisect_right(bases, start[first]) == bisect_right(bases, start[last])

    def _words(self, query: str) -> Iterator[tuple[int, int, How]]:
        c = _query_tokens(query, "C")
        a = _query_tokens(query, "A")
        fine, lexicon = self._fine, self._lexicon
        runs: list[tuple[Sequence[Token], Iterator[tuple[int, int, How]]]] = []
        if any(is_content(t) for t in c):
            wanted = self._wanted(c, synonyms=True)
            runs += [(c, self._compounds.runs(wanted, fine)), (c, fine.runs(wanted))]
        split_finer = [(t.start, t.end) for t in a] != [(t.start, t.end) for t in c]
        if split_finer and any(is_content(t) for t in a):
            runs.append((a, fine.runs(self._wanted(a, synonyms=False))))
        for query_tokens, found in runs:
            inflects = _dictionary_form_word(query_tokens[-1])
            for first, last, how in found:
                if not self._same_block(first, last):
                    continue
                if inflects:
                    last = fine.extend(last, lexicon)
                yield fine.start[first], fine.end(last), how

    def _wanted(self, query: Sequence[Token], synonyms: bool) -> list[tuple[set[int], set[int]]]:
        """Per query token, the lexemes equal to it by form and, with
        ``synonyms``, the other content lexemes sharing a synonym group."""
        lexicon = self._lexicon
        out = []
        for q in query:
            words = lexicon.words(q)
            syn = lexicon.synonyms_of(q) - words if synonyms and _synonym_worthy(q) else set()
            out.append((words, syn))
        return out

    def _reading(self, query: str) -> Iterator[tuple[int, int, str]]:
        """``(start, end, kana)``: the spans read as the query, with the kana
        found ("" for the query's own reading)."""
        kana = reading_query(query)
        if not kana:
            return
        fine, lexicon = self._fine, self._lexicon
        for first, last in fine.reading_runs(kana, lexicon):
            yield fine.start[first], fine.end(last), ""
        for first, last in fine.dictionary_reading_runs(kana, lexicon):
            yield fine.start[first], fine.end(fine.extend(last, lexicon)), ""
        for longer in long_vowel_readings(query):  # romaji as Hepburn writes names: tokyo = とうきょう
            for first, last in fine.reading_runs(longer, lexicon):
                yield fine.start[first], fine.end(last), longer

    def spans(self, query: str) -> Spans:
        """The spans of ``query`` by words, reading and synonyms, merged
        (global offsets; the literal matches are :class:`LiteralText`'s)."""
        query = clean_query(query)
        if not query:
            return Spans.empty()
        rank = {how: i for i, how in enumerate(HOWS)}
        found = [(s, e, rank[how]) for s, e, how in self._words(query)]
        read_as: dict[tuple[int, int], str] = {}
        for s, e, kana in self._reading(query):
            found.append((s, e, rank["reading"]))
            read_as.setdefault((s, e), kana)  # the query's own reading first: "" wins
        return Spans.merged(found, read_as)


class SearchIndex:
    """Everything a query needs about one article: its folded text and,
    once Sudachi has read it, its word index."""

    def __init__(self, text: LiteralText, words: WordIndex | None) -> None:
        self.text = text
        self.words = words

    @property
    def blocks(self) -> tuple[Block, ...]:
        return self.text.blocks

    @classmethod
    def build(cls, article: Article, analysis: Analysis | None = None) -> SearchIndex:
        """Index ``article``'s text blocks. An ``analysis`` lends its mode-C
        tokens; otherwise each block is tokenised here, one at a time. Mode A
        comes from splitting the mode-C words that split (see :func:`_split_a`)."""
        known = analysis.tokens if analysis is not None else {}
        builder = IndexBuilder()
        blocks = article.text_blocks()
        for b in blocks:
            builder.add(b, known[b.line] if b.line in known else tokenize(b.text, "C"))
        return cls(LiteralText(blocks), builder.finish())

    def find(self, query: str) -> Hits:
        """The matches of ``query`` (all of them once the word index is
        there; until then the literal ones, ``partial``). A query that is
        empty or only spaces matches nothing."""
        query = clean_query(query)
        if not query:
            return Hits(self.text, "", Spans.empty())
        return Hits(self.text, query, self.words.spans(query) if self.words is not None else None)

    def search(self, query: str) -> list[Match]:
        """Every match of ``query``, merged, in document order."""
        return self.find(query).matches()


class IndexBuilder:
    """A :class:`WordIndex` built block by block, from mode-C tokens made
    elsewhere: whoever tokenises an article once for other reasons (the term
    and quote rules) hands each block's tokens here and lets them go, so no
    more than one block's tokens need be alive. Blocks come in document
    order, every text block of the article once; :meth:`finish` returns the
    index."""

    def __init__(self) -> None:
        self._bases = array("i")
        self._base = 0
        self._lexicon = Lexicon()
        self._fine, self._compounds = Layer(), Compounds()

    def add(self, block: Block, toks: Sequence[Token]) -> None:
        """Index the next text block, given its mode-C tokens."""
        self._bases.append(self._base)
        lexicon, fine, compounds = self._lexicon, self._fine, self._compounds
        add = lexicon.add
        a_toks: list[tuple[int, int, int]] = []
        at = len(fine)
        for i, t in enumerate(toks):
            if t.pos[0] == "空白":
                continue
            lex = add(t)
            pieces = lexicon.pieces(t, toks[i + 1].surface if i + 1 < len(toks) else "")
            if pieces is None:
                a_toks.append((t.start, t.end, lex))
            else:
                compounds.add(at + len(a_toks), len(pieces), lex)
                a_toks.extend((t.start + s, t.start + e, x) for s, e, x in pieces)
        fine.add_block(self._base, a_toks, lexicon)
        self._base += len(block.text) + len(SEP)

    def finish(self) -> WordIndex:
        """The index of the blocks added."""
        self._lexicon.finish()
        self._fine.finish()
        return WordIndex(self._bases, self._lexicon, self._fine, self._compounds)
