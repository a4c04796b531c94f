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
from .index import SearchIndex, _dictionary_form_word, _query_tokens, _synonym_worthy, clean_query
from .lexicon import CONTENT, is_content
from .literal import LiteralText, _has_border
from .model import SEP
from .romaji import reading_query

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


#: Key of the words of a form (normalised or dictionary), of a synonym group
#: in :func:`surfaces` and :attr:`CountKeys.keys`.
FORM_KEY, GROUP_KEY = "w:{}", "s:{}"
#: The key :func:`surfaces` gives an article whose folding changes a text's
#: length somewhere (its offsets need the exact search: never counted by the keys).
IRREGULAR_KEY = "!"


def surfaces(index: SearchIndex) -> set[tuple[str, str]]:
    """``(key, folded text)`` of the words the words and synonym modes can
    match in ``index`` (each mode-A token and each mode-C word that mode A
    splits), with its text as literal search sees it: under its normalised
    and its dictionary form where the text is not that form folded (述べ
    under 述べる, ヶ国 under 箇国; not 警察 under 警察: most words), and under
    each of its synonym groups (a content word). What :class:`CountKeys`
    asks: does a word equal to the query stand where its text is anything
    but the query's?"""
    words = index.words
    if words is None:
        return set()
    text, lexicon, fine, compounds = index.text, words._lexicon, words._fine, words._compounds
    if text._maps:
        return {(IRREGULAR_KEY, "")}
    form = {i: f for f, i in lexicon.forms.items()}
    keys: dict[int, tuple[tuple[str, str | None], ...]] = {}

    def keys_of(lex: int) -> tuple[tuple[str, str | None], ...]:
        """The keys of ``lex``, each with the text that needs no row under it (None: any needs one)."""
        found = keys.get(lex)
        if found is None:
            forms = dict.fromkeys((form[lexicon.norm[lex]], form[lexicon.dic[lex]]))
            found = tuple((FORM_KEY.format(f), fold(f)) for f in forms)
            if lexicon.flags[lex] & CONTENT:
                found += tuple((GROUP_KEY.format(g), None) for g in lexicon.synonyms[lex])
            keys[lex] = found
        return found

    folded, to_folded = text.folded, text.to_folded
    spans = [(fine.start[p], fine.end(p), fine.lex[p]) for p in range(len(fine))]
    spans += [(fine.start[f], fine.end(f + n - 1), x) for f, n, x in zip(compounds.first, compounds.count, compounds.lex)]
    out: set[tuple[str, str]] = set()
    for s, e, lex in spans:
        piece = folded[to_folded(s):to_folded(e, end=True)]
        out.update((k, piece) for k, plain in keys_of(lex) if piece != plain)
    return out


@dataclass(frozen=True)
class CountKeys:
    """When a query's count in an article is its literal count.

    For a query of one content word (not a verb or adjective typed in
    dictionary form, not split finer by mode A, not read as kana) whose
    folded text has no border (see :func:`tui.search.literal._has_border`),
    the words and synonym modes find exactly the words under :attr:`keys`;
    where each of them stands on a literal occurrence of :attr:`needle`
    (its folded text is the needle), each merges with that occurrence and
    adds nothing: the count is ``folded.count(needle)``. Only an article
    with a word under :attr:`keys` whose folded text is not the needle (or
    :data:`IRREGULAR_KEY`) needs the exact search.
    """

    needle: str
    keys: tuple[str, ...]
    """Keys whose rows name the articles to search exactly (their words'
    text is not the needle)."""
    forms: tuple[str, ...] = ()
    """Forms of the query's word that do not fold to the needle (か国's
    箇国): every article with a word of such a form is searched exactly."""


def count_keys(query: str) -> CountKeys | None:
    """The :class:`CountKeys` of ``query``; None when its count needs the
    exact search in every article its words can match in (several words,
    a reading, an inflecting word, a needle with a border)."""
    query = clean_query(query)
    needle = fold(query)
    if not needle or SEP in needle or _has_border(needle) or reading_query(query):
        return None
    c = _query_tokens(query, "C")
    a = _query_tokens(query, "A")
    if [(t.start, t.end) for t in a] != [(t.start, t.end) for t in c] and any(is_content(t) for t in a):
        return None
    if not any(is_content(t) for t in c):
        return CountKeys(needle, ())  # the literal mode alone
    if len(c) != 1 or _dictionary_form_word(c[0]):
        return None
    q = c[0]
    forms = tuple(dict.fromkeys((q.normalized, q.dictionary)))
    keys = [FORM_KEY.format(f) for f in forms if fold(f) == needle]
    if _synonym_worthy(q):
        keys += [GROUP_KEY.format(g) for g in q.synonyms]
    return CountKeys(needle, (*keys, IRREGULAR_KEY), tuple(f for f in forms if fold(f) != needle))


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
    return QueryKeys(literal, tuple(alternatives), reading, ends)


def literal_index(article: Article) -> SearchIndex:
    """An index of ``article`` that finds literal matches only, built without
    tokenising the article (for articles not analysed yet)."""
    return SearchIndex(LiteralText(article.text_blocks()), None)
