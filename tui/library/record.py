"""What the library learns from one article file, as plain picklable data:
read (no Sudachi: title, date, host, the folded text for literal search) and
analysed (terms, speakers, the search index and its keys).

These functions run in the analysis worker processes; the parent stores
their :class:`Record` s in the cache. The explorer's cache lookups use the
same encoding (:func:`analysed_from`, :func:`explored_from`).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Sequence

from ..text import Article, ArticleError, TooLarge, read_article
from .dates import article_date

if TYPE_CHECKING:  # pragma: no cover - the rules load in the workers, not to open a library from the cache
    from ..analysis import Term
    from ..quotes import Speaker

#: How many speakers' names a row shows.
FIRST_SPEAKERS = 3


@dataclass(frozen=True)
class StatKey:
    """What tells that a file may have changed without reading it."""

    size: int
    mtime_ns: int
    ctime_ns: int
    inode: int

    @classmethod
    def of(cls, path: Path | str) -> StatKey | None:
        try:
            st = os.stat(path)
        except (OSError, ValueError):
            return None
        return cls(st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino)


@dataclass(frozen=True)
class Info:
    """What reading and parsing a file tell (no Sudachi)."""

    title: str
    title_from: str
    date: str | None
    """ISO date (``2024-05-03``)."""
    date_from: str | None
    host: str | None
    chars: int


@dataclass(frozen=True)
class Analysed:
    """What Sudachi and the rules found, encoded for the cache."""

    terms: str
    """JSON: ``[[text, category, reading, base, [[line, start, end]…], rank]…]``."""
    speakers: str
    """JSON: ``[speaker_dict…]`` (the schema of ``kiji dump --json``)."""
    words: bytes | None
    """The word index (:class:`tui.search.WordIndex` as :func:`tui.search.index_to_bytes`
    writes it); None if building it failed."""
    keys: str
    """The word keys for the full-text table (:attr:`tui.search.Vocabulary.words`)."""
    readings: str
    speaker_count: int
    quote_count: int
    first_speakers: tuple[str, ...]
    problems: tuple[tuple[str, str], ...] = ()
    surfaces: tuple[tuple[str, str], ...] = ()
    """``(key, folded text)`` of the words that may stand where a query's
    text does not (:func:`tui.search.surfaces`) and the readings marked
    where they are not the text (:func:`tui.search.kana_marks`): what tells
    the library whose count of a query is its literal count."""
    kana: bytes = b""
    kana_starts: bytes = b""
    rows: tuple[tuple[str, bytes], ...] = ()
    """Where each word stands, by key (:func:`tui.search.word_rows`), and
    its tokens' readings and spans (:func:`tui.search.token_table`): a
    query's count where it is not the literal count, with no word index."""
    tokens: bytes = b""


@dataclass(frozen=True)
class Record:
    """One file read (and perhaps analysed)."""

    path: str
    stat: StatKey | None
    digest: str
    info: Info
    folded: str
    literal: bytes
    """The folded text for literal search (:class:`tui.search.LiteralText`, stored)."""
    analysed: Analysed | None = None


@dataclass(frozen=True)
class Unreadable:
    """A file that cannot be read as an article, and why (one line)."""

    path: str
    stat: StatKey | None
    problem: str


def load(path: Path | str) -> tuple[Article, str]:
    """The article at ``path`` (named as spelt) and the SHA-256 of the bytes it was read from."""
    article = read_article(os.fspath(path))
    return article, article.digest


def info_of(article: Article) -> Info:
    day, where = article_date(article)
    host = None
    if article.source is not None:
        try:
            host = article.source.host
        except ValueError:  # a malformed URL: no host, the text stays
            host = None
    return Info(article.title, article.title_from, day.isoformat() if day else None, where, host, article.text_chars)


def terms_json(terms: Sequence[Term]) -> str:
    return json.dumps([[t.text, t.category, t.reading, t.base, [list(s) for s in t.spans], t.rank] for t in terms],
                      ensure_ascii=False, separators=(",", ":"))


def terms_from_json(data: str) -> tuple[Term, ...]:
    from ..analysis import Term

    return tuple(Term(text, category, reading, base, tuple(tuple(s) for s in spans), rank)
                 for text, category, reading, base, spans, rank in json.loads(data))


def speakers_json(speakers: Sequence[Speaker]) -> str:
    from ..quotes import speaker_dict

    return json.dumps([speaker_dict(s) for s in speakers], ensure_ascii=False, separators=(",", ":"))


def speaker_from_dict(d: dict[str, Any]) -> Speaker:
    """The inverse of :func:`tui.quotes.speaker_dict`."""
    from ..quotes import Quote, Speaker

    quotes = tuple(Quote(q["line"], q["kind"], q["text"], q["verb"], q["start"], q["end"], q.get("block", 0))
                   for q in d["quotes"])
    return Speaker(d["name"], tuple(d["aliases"]), quotes, d["type"])


def speakers_from_json(data: str) -> tuple[Speaker, ...]:
    return tuple(speaker_from_dict(d) for d in json.loads(data))


def analysed_from(text: Any, explored: Any) -> Analysed:
    """Encode an :class:`tui.explore.Explored` (terms, speakers, word index)
    of the article whose folded text is ``text`` (:class:`tui.search.LiteralText`)
    for the cache."""
    from ..search import (SearchIndex, index_to_bytes, kana_marks, reading_starts, surfaces, token_table, vocabulary,
                          word_rows)

    blob, keys, readings, words, kana, starts, rows, tokens = None, "", "", (), b"", b"", (), b""
    if explored.index is not None:
        blob = index_to_bytes(explored.index)
        index = SearchIndex(text, explored.index)
        vocab = vocabulary(index)
        keys, readings = vocab.words, vocab.readings
        words = tuple(sorted(surfaces(index)))
        kana, starts = kana_marks(index), reading_starts(index)
        rows, tokens = tuple(word_rows(index).items()), token_table(index)
    speakers = tuple(explored.speakers)
    return Analysed(
        terms=terms_json(explored.terms),
        speakers=speakers_json(speakers),
        words=blob,
        keys=keys,
        readings=readings,
        speaker_count=len(speakers),
        quote_count=sum(len(s.quotes) for s in speakers),
        first_speakers=tuple(s.name for s in speakers[:FIRST_SPEAKERS]),
        problems=tuple(explored.problems),
        surfaces=words,
        kana=kana,
        kana_starts=starts,
        rows=rows,
        tokens=tokens,
    )


def unreadable(path: str, stat: StatKey | None, exc: ArticleError) -> Unreadable:
    """Why the file at ``path`` cannot be read. A file over the size limit is
    kept without its stat: the limit is the run's (``--max-size``), so the
    next run looks at the file again rather than answer from the cache."""
    return Unreadable(path, None if isinstance(exc, TooLarge) else stat, exc.problem)


def read_record(path: str) -> Record | Unreadable:
    """Read and parse ``path`` (no Sudachi)."""
    stat = StatKey.of(path)
    try:
        article, digest = load(path)
    except ArticleError as exc:
        return unreadable(path, stat, exc)
    return record_of(article, digest, None, stat)


def analyse_record(path: str) -> Record | Unreadable:
    """Read, parse and analyse ``path``: the explorer's one pass
    (:func:`tui.explore.explore`), encoded for the cache."""
    from ..explore import explore

    stat = StatKey.of(path)
    try:
        article, digest = load(path)
    except ArticleError as exc:
        return unreadable(path, stat, exc)
    return record_of(article, digest, explore(article), stat)


def record_of(article: Article, digest: str, explored: Any = None, stat: StatKey | None = None) -> Record:
    """The record of an article read from a file whose bytes hash to
    ``digest``, analysed if ``explored`` (:class:`tui.explore.Explored`) is given."""
    from ..search import LiteralText, index_to_bytes

    text = LiteralText(article.text_blocks())
    analysed = analysed_from(text, explored) if explored is not None else None
    return Record(article.path, stat, digest, info_of(article), text.folded, index_to_bytes(text), analysed)
