"""Search a whole library: one SQL query picks the candidate articles; the
count comes first, then each article's matches, found by its own
:class:`~tui.search.SearchIndex` with the explorer's four modes.

The count is exact and cheap (a screen shows it first, then reads the
matches of the articles it shows, :meth:`LibrarySearch.hits`): in most articles a query's matches are its
literal occurrences (every word the other modes find stands on one), so
the article's count is ``folded.count(needle)`` over its folded text, kept
in memory; the cache names the articles where that is not so
(:func:`~tui.search.count_keys`, :meth:`~tui.library.Cache.differing`), and
only those, or every candidate of a verb in dictionary form or of romaji,
are counted from the rows the cache keeps of their words
(:class:`~tui.search.Tally`, :meth:`~tui.library.Cache.word_rows`: one SQL
query for all), or, for a phrase in mode C, searched exactly.

An analysed article's index comes from the cache (kept in memory for the
next keystrokes, :data:`KEEP_INDEXES` at most); an article only read so far
is searched literally (its text folded, no Sudachi), so a search works from
the first second of a library and says how much of it was searched in
every mode (:class:`~tui.library.model.SearchSummary`).
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from itertools import islice
from typing import Any, Callable, Iterator

from ..search import (CountKeys, LiteralText, Match, SearchIndex, Tokens, WordIndex, context, count_keys,
                      index_from_bytes, literal_index, query_keys, query_tally)
from ..text import ArticleError
from .model import ArticleCount, ArticleHits, Row, SearchSummary


#: Matches of an article shown with their context.
CONTEXTS = 3
#: Matches of an article kept (besides the last): the rest are counted, and
#: read again when asked for (:meth:`ArticleHits.every_match`).
KEEP_MATCHES = 1000
#: Seconds between two reports of a count's progress (:meth:`LibrarySearch.count`).
PROGRESS_SECONDS = 0.5
#: Token tables read from the cache in one query (:class:`TokenTables`).
TABLES_AT_ONCE = 64
#: Indexes kept in memory between queries (some 200 KB each for a word
#: index of a 1,000-character article: about 50 MB).
KEEP_INDEXES = 256


def stored_index(library: Any, article_id: int, words: bool = True) -> SearchIndex | None:
    """The index of an article from memory or the cache: its folded text
    and, with ``words``, its word index (if it was analysed)."""
    kept, lock = library._indexes, library._lock
    with lock:
        found = kept.pop(article_id, None)
    if found is None or (words and found.words is None):
        data = library.cache.index_bytes(article_id, words)
        if data is None or data[0] is None:
            return None
        try:
            text = found.text if found is not None else index_from_bytes(data[0], LiteralText)
            word_index = index_from_bytes(data[1], WordIndex) if data[1] is not None else None
        except ValueError:
            return None  # a damaged entry: read from the file instead
        found = SearchIndex(text, word_index)
    with lock:
        kept[article_id] = found  # most recent last
        while len(kept) > KEEP_INDEXES:
            del kept[next(iter(kept))]
    return found


def folded_texts(library: Any, article_ids: list[int]) -> dict[int, tuple[str, tuple[bytes, bytes] | None]]:
    """The folded texts and marked readings of (at least) ``article_ids`` (those the
    cache has: :meth:`~tui.library.Cache.folded_texts`), from memory or,
    the first time, the cache."""
    kept, lock = library._texts, library._lock
    with lock:
        missing = [i for i in article_ids if i not in kept]
    if missing:
        found = library.cache.folded_texts(missing)
        with lock:
            kept.update(found)
    return kept  # a dict of the library's: read with .get (those the cache did not have are not there)


@dataclass(frozen=True)
class Named:
    """The articles a query's :class:`~tui.search.CountKeys` send to the
    exact search for its count: those the cache names
    (:meth:`~tui.library.Cache.differing`), and those whose marked
    readings hold the query's reading where the text is another."""

    keys: CountKeys
    differing: set[int]
    endings: dict[int, list[str]]
    """The keys of :attr:`CountKeys.dictionary_readings` each article has."""

    @classmethod
    def of(cls, cache: Any, keys: CountKeys) -> Named | None:
        """What ``cache`` says; None if it cannot tell (every article is named)."""
        differing = cache.differing(keys)
        found = cache.with_words(key for key, _ in keys.dictionary_readings) if keys.dictionary_readings else {}
        if differing is None or found is None:
            return None
        endings: dict[int, list[str]] = {}
        for key, ids in found.items():
            for i in ids:
                endings.setdefault(i, []).append(key)
        return cls(keys, differing, endings)

    def names(self, article_id: int, analysed: bool, marks: tuple[bytes, bytes] | None) -> bool:
        """Whether the article needs the exact search (``marks``: its
        :func:`~tui.search.kana_marks` and :func:`~tui.search.reading_starts`,
        None if not at hand)."""
        if article_id in self.differing:
            return True
        if not analysed or self.keys.kana is None:
            return False
        return marks is None or self.keys.marked(*marks, self.endings.get(article_id, ()))


class TokenTables:
    """The token tables (:func:`~tui.search.token_table`) of the articles a
    count reads them of, from the cache :data:`TABLES_AT_ONCE` at a time
    (one SQL query each), in the order the count asks for them; one batch
    kept at a time."""

    def __init__(self, cache: Any, article_ids: list[int]) -> None:
        self.cache = cache
        self.ids = article_ids
        self._at = {i: k for k, i in enumerate(article_ids)}
        self._loaded: dict[int, bytes] = {}

    def get(self, article_id: int) -> Tokens | None:
        """The article's table (None if the cache has none, or a damaged one)."""
        if article_id not in self._loaded:
            k = self._at.get(article_id)
            batch = self.ids[k:k + TABLES_AT_ONCE] if k is not None else [article_id]
            self._loaded = self.cache.token_tables(batch)
        data = self._loaded.get(article_id)
        try:
            return Tokens(data) if data else None
        except ValueError:
            return None


class LibrarySearch:
    """One query over a library.

    Creating it tokenises the query and, unless its count is literal
    (:func:`~tui.search.count_keys`), runs the one SQL query for the
    candidates. :meth:`count` counts the matches in each article (what
    :attr:`summary` says from then on, :attr:`by_article` per article);
    :meth:`hits` then reads one article's matches (what a screen does for
    the articles it shows); iterating counts first, then searches each
    article with a match in library order and yields an
    :class:`ArticleHits` for it. :attr:`summary` says where it stands at
    any moment (``312 in 640/1000 articles``). Stop iterating to cancel: nothing runs in the
    background; or :meth:`cancel` from another thread (a newer query), which
    ends the iteration at the next article, matching or not.
    """

    def __init__(self, library: Any, query: str, contexts: int = CONTEXTS) -> None:
        self.library = library
        self.query = query
        self.contexts = contexts
        self.keys = query_keys(query)
        rows, searchable = library.searchable()
        self.total = len(rows)
        self.indexed = sum(r.analysed for r in rows)
        self._simple = count_keys(query) if not self.keys.empty else None
        # (the library's list itself for a query counted from the texts: no object per article
        # each key, which at 10,000 articles made the garbage collector walk them all)
        self._order: list[tuple[Row, int]]
        """``(row, id)`` of the articles to count, in library order."""
        if self._simple is not None:  # every article is counted from its text, bar those the cache names
            self._order, self._wordy = searchable, bytearray(len(searchable))
        else:
            found = {} if self.keys.empty else library.cache.candidates(self.keys, {i for _, i in searchable})
            self._order = [(r, i) for r, i in searchable if i in found]
            self._wordy = bytearray(found[i] for _, i in self._order)  # 1: its word index can add matches
        self.candidates = len(self._order)
        """Articles the count looks at: those the cache picked, or every one."""
        self.searched = 0
        self.matches = 0
        self.articles = 0
        self.done = self.keys.empty
        self.counted = self.keys.empty
        self._counts: dict[int, int] = {}
        self._words: set[int] = set()
        """Articles whose matches need their word index (the others' are their literal occurrences)."""
        self.exact = 0
        """Articles the count searched exactly (the others: their literal count, or their tally)."""
        self.tallied = 0
        """Articles counted from their words' rows (:class:`~tui.search.Tally`)."""
        self._cancelled = False

    def cancel(self) -> None:
        """End the iteration before the next article (safe from any thread)."""
        self._cancelled = True

    @property
    def summary(self) -> SearchSummary:
        return SearchSummary(self.query, self.matches, self.articles, self.indexed, self.total, self.done,
                             self.searched, self.candidates, self.counted)

    def _index(self, row: Row, article_id: int, words: bool) -> tuple[SearchIndex | None, bool]:
        """The index to search ``row`` with, and whether it is literal only
        for want of an analysis. An analysed article whose word keys cannot
        match needs only its folded text: its literal matches are all."""
        index = stored_index(self.library, article_id, words and row.analysed)
        if index is None:
            try:
                return literal_index(self.library.article(row.path)), True
            except ArticleError:
                return None, True
        return index, not row.analysed

    def count(self, progress: Callable[[], None] | None = None, every: float = PROGRESS_SECONDS) -> bool:
        """Count the matches in every candidate (:attr:`summary` has the
        total); False when cancelled first. Only where an article's literal
        count may not be its count is it counted from its words' rows
        (:class:`~tui.search.Tally`), or searched exactly where they cannot
        tell. ``progress()`` is called every ``every`` seconds meanwhile (a
        long count goes through thousands of articles): :attr:`summary` and
        :attr:`by_article` then say how far it is (the articles counted so
        far, a beginning of the final list)."""
        if self.counted:
            return True
        last = time.monotonic()
        needle, simple = self.keys.literal, self._simple
        cache = self.library.cache
        named = Named.of(cache, simple) if simple is not None else None
        texts = folded_texts(self.library, [i for _, i in self._order]) if needle else {}
        # per article, whether its word index can add matches and whether it is counted from its text
        # (flags, not an object per article: a pass over 10,000 stays a few milliseconds)
        wordy, literals, others = bytearray(self._wordy), bytearray(len(self._order)), []
        for k, (row, article_id) in enumerate(self._order):
            words = wordy[k]
            text, marks = texts.get(article_id, (None, None))
            if simple is not None:
                words = named is None or named.names(article_id, row.analysed, marks)
            wordy[k] = words
            if text is not None and (not words or not row.analysed):
                literals[k] = 1
            else:
                others.append(article_id)
        tally = query_tally(self.query) if needle and others else None
        rows = cache.word_rows(tally.keys, others) if tally is not None else None  # only the articles tallied
        tables = [i for i in others if rows is not None and tally.reads_tokens(  # type: ignore[union-attr]
            texts.get(i, (None, None))[1], rows.get(i, {}))]
        tokens = TokenTables(cache, tables)  # the token tables the tally reads, in order
        reading = set(tables)
        matches = articles = 0
        for (row, article_id), words, literal in zip(self._order, wordy, literals):
            if self._cancelled:
                return False
            text, marks = texts.get(article_id, (None, None))
            if literal:
                n = text.count(needle)  # type: ignore[union-attr]
            elif rows is not None and text is not None and (n := tally.count(  # type: ignore[union-attr]
                    text, marks, rows.get(article_id, {}), lambda: tokens.get(article_id), article_id in reading)) is not None:
                self.tallied += 1
            else:
                index, _ = self._index(row, article_id, True)
                n = index.find(self.query).count if index is not None else 0
                self.exact += 1
            if n:
                self._counts[article_id] = n
                if words:
                    self._words.add(article_id)
                matches += n
                articles += 1
            if progress is not None and not literal and time.monotonic() - last >= every:
                self.matches, self.articles = matches, articles
                progress()
                last = time.monotonic()
        self.matches, self.articles, self.counted = matches, articles, True
        return True

    @property
    def counts(self) -> dict[str, int]:
        """Each article's count by path (those with a match), once :meth:`count` ran."""
        return {row.path: self._counts[i] for row, i in self._order if i in self._counts}

    @property
    def by_article(self) -> list[ArticleCount]:
        """Each article with a match, in library order, with its count (once
        :meth:`count` ran): a list of results without reading any match."""
        k = self.contexts
        return [ArticleCount(row, self._counts[i], min(k, self._counts[i]), not row.analysed)
                for row, i in self._order if i in self._counts]

    def hits(self, row: Row) -> ArticleHits | None:
        """The matches of one article of :attr:`by_article` (its exact search;
        safe from any thread); None if it cannot be read any more."""
        article_id = self.library.article_id(row.path)
        if article_id is None:
            return None
        return self._hits(row, article_id)

    def _hits(self, row: Row, article_id: int) -> ArticleHits | None:
        index, literal_only = self._index(row, article_id, article_id in self._words)
        if index is None:
            return None
        hits = index.find(self.query)
        if not hits.count:
            return None
        # counted all, the first kept (and the last, for walking back): not millions
        matches = tuple(islice(hits.iter_matches(), KEEP_MATCHES))
        if hits.count > len(matches):
            last = hits.last()
            line, start, end = hits.locate(last)
            text = index.blocks[hits.text.block_of(last.start)].text
            matches += (Match(line, start, end, text[start:end], last.how),)
        texts = {b.line: b.text for b in index.blocks} if self.contexts else {}
        shown = tuple(context(texts[m.line], m.start, m.end) for m in matches[:self.contexts])
        return ArticleHits(row, matches, shown, literal_only, total=hits.count, hits=hits)

    def __iter__(self) -> Iterator[ArticleHits]:
        if not self.count():
            return
        for row, article_id in self._order:
            if self._cancelled:
                return
            if article_id not in self._counts:
                continue
            self.searched += 1
            found = self._hits(row, article_id)
            if found is not None:
                yield found
        self.done = True

    def all(self) -> list[ArticleHits]:
        """Every article's hits (runs the search to the end)."""
        return list(self)
