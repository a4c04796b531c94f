"""What an index can match and what a query needs, as plain strings: the
keys of a full-text table that picks the articles worth searching.

A library of thousands of articles keeps, per article, the keys of its
:class:`SearchIndex` (:func:`vocabulary`) in a full-text table; a query's
keys (:func:`query_keys`) then select the *candidates*, a superset of the
articles where :meth:`SearchIndex.search` can find anything, and only
those are searched. The rules here mirror the four modes of
:mod:`tui.search.index` and sit beside it so they change together
(``tests/test_library_search.py`` checks the superset on real articles).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from ..analysis import Token
from ..text import Article, Block
from .folding import fold
from .index import SearchIndex, _query_tokens, _synonym_worthy, clean_query
from .lexicon import CONTENT, is_content
from .literal import LiteralText
from .model import SEP
from .romaji import long_vowel_readings, reading_query

#: Key of a synonym group in :attr:`Vocabulary.words`.
SYNONYM_KEY = "synonym{}"
#: Key of the reading of a verb's or adjective's dictionary form (する for し).
DICTIONARY_READING_KEY = "dict{}"


@dataclass(frozen=True)
class Vocabulary:
    """The searchable keys of one article's index."""

    folded: str
    """The text blocks folded for literal search (:func:`folded_text`)."""
    words: str
    """Space-separated keys: every normalised and dictionary form of the
    article's words (both split modes), a :data:`SYNONYM_KEY` per synonym
    group of its content words and a :data:`DICTIONARY_READING_KEY` per
    dictionary-form reading its inflected words can be searched by."""
    readings: str
    """The words' readings in order (hiragana), :data:`SEP` between blocks
    and at symbols: what a kana query is found in."""


@dataclass(frozen=True)
class QueryKeys:
    """What an article must hold for ``query`` to match in it."""

    literal: str
    """The folded query, found in :attr:`Vocabulary.folded` by a literal
    match ('' when the literal mode cannot match)."""
    words: tuple[tuple[tuple[str, ...], ...], ...]
    """Alternatives (the query split in mode C, then in mode A): a words or
    synonym match needs, for one alternative, one key of each group among
    :attr:`Vocabulary.words`. Empty when the query has no content word."""
    reading: str
    """Kana found in :attr:`Vocabulary.readings` by a reading match ('' when
    the query is not kana of at least :data:`MIN_READING_CHARS`)."""
    reading_ends: tuple[tuple[str, str], ...]
    """``(prefix, key)``: the query read as ``prefix`` (in the readings)
    followed by a word read in its dictionary form (``key`` in the words)."""
    reading_variants: tuple[str, ...] = ()
    """More kana found in :attr:`Vocabulary.readings` by a reading match:
    a romaji query's long vowels (:func:`~tui.search.romaji.long_vowel_readings`)."""

    @property
    def empty(self) -> bool:
        """A query that matches nothing anywhere (empty or only spaces)."""
        return not (self.literal or self.words or self.reading)


def folded_text(blocks: Sequence[Block]) -> str:
    """The text blocks as literal search compares them: each folded, joined
    by :data:`SEP` (what :attr:`Vocabulary.folded` holds, without an index)."""
    return SEP.join(fold(b.text) for b in blocks)


def vocabulary(index: SearchIndex) -> Vocabulary:
    """The keys of ``index`` (see :class:`Vocabulary`); only the folded text
    when it has no word index yet."""
    if index.words is None:
        return Vocabulary(index.text.folded, "", "")
    lexicon = index.words._lexicon
    words = set(lexicon.forms)
    for lex, groups in enumerate(lexicon.synonyms):
        if lexicon.flags[lex] & CONTENT:
            words.update(SYNONYM_KEY.format(g) for g in groups)
    words.update(DICTIONARY_READING_KEY.format(r) for r in lexicon.by_dictionary_reading)
    return Vocabulary(index.text.folded, " ".join(sorted(words)), index.words._fine.reading)


def _word_keys(t: Token, synonyms: bool) -> tuple[str, ...]:
    """The keys an article's word must have to equal query token ``t``: its
    forms and, with ``synonyms``, its synonym groups (as the index asks)."""
    keys = [t.normalized, t.dictionary]
    if synonyms and _synonym_worthy(t):
        keys += [SYNONYM_KEY.format(g) for g in t.synonyms]
    return tuple(dict.fromkeys(keys))


def query_keys(query: str) -> QueryKeys:
    """The keys of ``query`` (see :class:`QueryKeys`), as
    :meth:`SearchIndex.search` would look for it."""
    query = clean_query(query)
    if not query:
        return QueryKeys("", (), "", ())
    literal = fold(query)
    if SEP in literal:
        literal = ""
    alternatives: list[tuple[tuple[str, ...], ...]] = []
    c = _query_tokens(query, "C")
    a = _query_tokens(query, "A")
    if any(is_content(t) for t in c):
        alternatives.append(tuple(_word_keys(t, synonyms=True) for t in c if is_content(t)))
    if [(t.start, t.end) for t in a] != [(t.start, t.end) for t in c] and any(is_content(t) for t in a):
        alternatives.append(tuple(_word_keys(t, synonyms=False) for t in a if is_content(t)))
    kana = reading_query(query)
    reading, ends = "", ()
    if kana:
        reading = kana
        ends = tuple((kana[:cut], DICTIONARY_READING_KEY.format(kana[cut:])) for cut in range(len(kana)))
    return QueryKeys(literal, tuple(alternatives), reading, ends, long_vowel_readings(query) if kana else ())


def literal_index(article: Article) -> SearchIndex:
    """An index of ``article`` that finds literal matches only, built without
    tokenising the article (for articles not analysed yet)."""
    return SearchIndex(LiteralText(article.text_blocks()), None)
