"""A library: the article files of folders (or a list of files), each a
:class:`~tui.library.model.Row`, analysed once into the cache.

:meth:`Library.open` is quick: it finds the files and asks the cache what
it knows of each by its size and times, reading none of them; what the
cache knows is a row at once, the rest are ``new`` rows named after their
file. :meth:`Library.analyse` then reads and analyses the rest in worker
processes (:class:`AnalysisRun`), each result stored in the cache and
given to the caller as it arrives.
"""

from __future__ import annotations

import os
import threading
import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Iterator, Sequence

from ..text import Article, ArticleError, digest_of, read_bytes
from .cache import Cache
from .model import Progress, Row
from .pool import Failed, Pool, Result, default_jobs
from .record import Record, StatKey, Unreadable, load
from .scan import DEFAULT_GLOBS, collect

if TYPE_CHECKING:  # pragma: no cover
    from ..explore import Explored
    from ..search import SearchIndex
    from .people import Person, PersonQuote
    from .search import LibrarySearch


#: Results stored in one transaction, at most; and at most this long after
#: the first of them arrived (rows reach the caller in small bursts). A
#: bigger transaction stores each article's word rows for less
#: (:class:`~tui.library.cache._Rows`): 4.7 ms an article in 16s, 4.1 in 32s.
BATCH = 32
BATCH_SECONDS = 0.25


@dataclass(frozen=True)
class Update:
    """One row changed by the analysis, and how far it is."""

    row: Row
    progress: Progress


class Library:
    """The articles of a library and the cache behind them.

    Rows keep the order of the command line (a folder's files sorted by
    path). Safe to read from one thread while an :class:`AnalysisRun`
    iterates in another; :meth:`close` when done.
    """

    def __init__(self, paths: Sequence[str], roots: Sequence[str], cache: Cache) -> None:
        self.cache = cache
        self._lock = threading.Lock()
        self._rows: dict[str, Row] = {p: Row(p, "new", title=os.path.basename(p)) for p in paths}
        self._abs: dict[str, str] = {p: os.path.abspath(p) for p in paths}
        self._ids: dict[str, int] = {}
        self._stats: dict[str, StatKey | None] = {}
        self._roots = tuple(roots)
        self._indexes: dict[int, SearchIndex] = {}
        self._searchable: tuple[list[Row], list[tuple[Row, int]]] | None = None
        """Every row and the searchable ones with their ids, made again after a row changes."""
        self._texts: dict[int, tuple[str, tuple[bytes, bytes] | None]] = {}
        """Folded texts and marked readings by article id, loaded with the
        first search and kept (about 3 bytes a character: 35 MB for 10,000 articles)."""
        self._unrecalled: list[str] = list(paths)
        """Paths not looked up in the cache yet (:meth:`recall`)."""
        self._recall_lock = threading.Lock()

    @classmethod
    def open(cls, paths: Iterable[Path | str], globs: Sequence[str] = DEFAULT_GLOBS, cache: Cache | None = None,
             first: int | None = None) -> Library:
        """The library of ``paths`` (folders walked for ``globs``, files as
        given). :class:`ArticleError` for a path that does not exist or a
        folder without article files; ``cache`` defaults to :meth:`Cache.open`.
        ``first``: only the first rows are looked up in the cache now (what a
        screen shows first), the others by :meth:`recall`."""
        paths = list(paths)
        found = collect(paths, globs)
        roots = [os.path.abspath(p) for p in paths if Path(p).is_dir()]
        library = cls([f.path for f in found], roots, cache if cache is not None else Cache.open())
        if first is None:
            library.recall()
        else:
            library._recall(first)
        return library

    def recall(self) -> list[Row]:
        """Look up the rows :meth:`open` left (none unless it was given
        ``first``) in the cache, and forget the files under the library's
        folders that the cache knew but are gone: the rows the cache knew.
        Every search, the people, the quotes and the analysis do it first."""
        with self._recall_lock:
            if not self._unrecalled:
                return []
            rows = self._recall(len(self._unrecalled))
            if self._roots:
                self.cache.forget_missing(self._roots, self._abs.values())
            return rows

    def _recall(self, count: int) -> list[Row]:
        """Rows from the cache for the next ``count`` files not looked up,
        where it knows the file's size and times (the rows it knew)."""
        paths, self._unrecalled = self._unrecalled[:count], self._unrecalled[count:]
        known = self.cache.lookup([self._abs[p] for p in paths])
        found: list[Row] = []
        ids: dict[str, int] = {}
        for path in paths:
            stat = StatKey.of(path)
            self._stats[path] = stat
            entry = known.get(self._abs[path])
            if entry is not None and stat is not None and entry[0] == stat:
                cached = entry[1]
                found.append(cached.row.at(path))
                if cached.article_id is not None:
                    ids[path] = cached.article_id
        with self._lock:
            self._rows.update((r.path, r) for r in found)
            self._ids.update(ids)
            self._searchable = None
        return found

    def close(self) -> None:
        self.cache.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- rows ----------------------------------------------------------------------

    @property
    def rows(self) -> list[Row]:
        """Every row, in library order (a snapshot)."""
        with self._lock:
            return list(self._rows.values())

    def row(self, path: str) -> Row:
        return self._rows[path]

    def __len__(self) -> int:
        return len(self._rows)

    @property
    def progress(self) -> Progress:
        rows = self.rows
        done = sum(r.settled for r in rows)
        read = sum(r.state != "new" for r in rows)
        return Progress(done, read, len(rows), len(self._unrecalled))

    def article_id(self, path: str) -> int | None:
        """The cache's id of the article at ``path`` (None until it was read)."""
        return self._ids.get(path)

    def ids(self) -> dict[str, int]:
        with self._lock:
            return dict(self._ids)

    def searchable(self) -> tuple[list[Row], list[tuple[Row, int]]]:
        """Every row, and the rows a search looks into (read or analysed)
        with their ids, in library order: kept from query to query until a
        row changes (10,000 rows cost a search ~15 ms to list again)."""
        with self._lock:
            found = self._searchable
            if found is None:
                rows, ids = list(self._rows.values()), self._ids
                found = self._searchable = (rows, [(r, ids[r.path]) for r in rows if r.searchable and r.path in ids])
            return found

    def apply(self, result: Result) -> Row:
        """Store a worker's result in the cache and update its row."""
        return self.apply_many([result])[0]

    def apply_many(self, results: Sequence[Result]) -> list[Row]:
        """Store workers' results in the cache (one transaction) and update their rows."""
        stored = iter(self.cache.store_many([r for r in results if not isinstance(r, Failed)]))
        rows: list[Row] = []
        for result in results:
            path = result.path
            old = self._rows[path]
            article_id: int | None = None
            if isinstance(result, Failed):
                row = replace(old, state="failed", problem=f"{result.kind} failed: {result.problem}")
            elif isinstance(result, Unreadable):
                next(stored)
                row = old.with_problem(result.problem)
            else:
                article_id, analysed = next(stored)
                row = _row_of(path, result)
                if analysed and result.analysed is None:  # the same bytes were analysed before
                    known = self.cache.article(result.digest)
                    row = known[1].at(path) if known is not None else row
            with self._lock:
                self._rows[path] = row
                self._searchable = None
                if article_id is not None:
                    self._ids[path] = article_id
                    self._indexes.pop(article_id, None)
                    self._texts.pop(article_id, None)
                elif not isinstance(result, Failed):
                    self._ids.pop(path, None)
            rows.append(row)
        return rows

    def adopt(self, path: str) -> Row | None:
        """If the cache knows the bytes now at ``path`` (under any name),
        the row from it, the file remembered by its new size and times."""
        stat = StatKey.of(path)
        try:
            digest = digest_of(read_bytes(path))  # refuses pipes and devices, which would never end
        except ArticleError:
            return None  # reading it properly will say why
        stored = self.cache.article(digest)
        if stored is None or stat is None:
            return None
        article_id, cached = stored
        self.cache.link(self._abs[path], stat, digest)
        row = cached.at(path)
        with self._lock:
            self._rows[path] = row
            self._ids[path] = article_id
            self._searchable = None
        return row

    # --- analysis ------------------------------------------------------------------

    def analyse(self, jobs: int | None = None, read_first: bool = True) -> AnalysisRun:
        """Start analysing the rows that need it, in ``jobs`` worker processes
        (default: all cores but one; 0 runs everything in the thread that
        iterates). Iterate the run for the updates (the rows :meth:`recall`
        finds first, if it was not called)."""
        return AnalysisRun(self, default_jobs() if jobs is None else jobs, read_first)

    # --- articles ------------------------------------------------------------------

    def article(self, path: str) -> Article:
        """The article at ``path``, read now (:class:`ArticleError` if it cannot be)."""
        return load(path)[0]

    def explored(self, path: str) -> Explored | None:
        """The analysis the explorer shows (terms, speakers, search index), from
        the cache, if the file still holds what was analysed."""
        from .explorer_cache import explored_from_cache

        try:
            article, digest = load(path)
        except ArticleError:
            return None
        return explored_from_cache(self.cache, article, digest)

    def index(self, path: str) -> SearchIndex | None:
        """The stored search index of an analysed row (kept in memory while
        the library is open, up to :data:`tui.library.search.KEEP_INDEXES`)."""
        from .search import stored_index

        article_id = self._ids.get(path)
        if article_id is None or not self._rows[path].analysed:
            return None
        return stored_index(self, article_id, words=True)

    # --- search and people ---------------------------------------------------------

    def search(self, query: str, contexts: int | None = None) -> LibrarySearch:
        """Search every article for ``query`` (see :class:`LibrarySearch`)."""
        from .search import CONTEXTS, LibrarySearch

        self.recall()
        return LibrarySearch(self, query, CONTEXTS if contexts is None else contexts)

    def people(self) -> list[Person]:
        """Every speaker of the analysed articles, merged by name (see :mod:`tui.library.people`)."""
        from .people import people

        self.recall()
        return people(self)

    def quotes(self, person: Person | None = None) -> list[PersonQuote]:
        """The quotes of ``person`` across the library (everyone's if None),
        newest article first when dates are known."""
        from .people import quotes

        self.recall()
        return quotes(self, person)


def _row_of(path: str, record: Record) -> Row:
    """The row of a file from what its worker found (as the cache would give it)."""
    from datetime import date

    from .cache import problems_text

    info, a = record.info, record.analysed
    return Row(
        path=path,
        state="analysed" if a is not None else "read",
        title=info.title,
        date=date.fromisoformat(info.date) if info.date else None,
        date_from=info.date_from,
        host=info.host,
        chars=info.chars,
        speakers=a.speaker_count if a else None,
        quotes=a.quote_count if a else None,
        first_speakers=a.first_speakers if a else (),
        problem=problems_text(a.problems) if a and a.problems else None,
        digest=record.digest,
        title_from=info.title_from,
    )


class AnalysisRun:
    """The library's rows analysed in the background.

    Iterate it (from a worker thread: it blocks) for an :class:`Update` per
    row as each result arrives; :attr:`progress` says ``analysed 412/1000``.
    Before any Sudachi work, rows whose file changed only in its times, or
    whose bytes the cache knows under another name, are found by their
    digest; with ``read_first`` every new file is then read (title, date,
    host; literal search) before any is analysed, so the list fills in
    within seconds. :meth:`cancel`, from any thread, stops the workers at
    once and ends the iteration.
    """

    def __init__(self, library: Library, jobs: int, read_first: bool) -> None:
        self.library = library
        self.jobs = jobs
        self.read_first = read_first
        self._cancelled = threading.Event()
        self._pool = Pool(jobs)

    @property
    def progress(self) -> Progress:
        return self.library.progress

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def cancel(self) -> None:
        """Stop: no more results, the workers end at once."""
        self._cancelled.set()
        self._pool.close()

    def _identify(self) -> Iterator[Update]:
        """New rows whose bytes the cache already knows (a touched, copied or
        renamed file): found by hashing, without parsing or Sudachi."""
        lib = self.library
        for row in lib.rows:
            if self._cancelled.is_set():
                return
            if row.state == "new":
                new = lib.adopt(row.path)
                if new is not None:
                    yield Update(new, lib.progress)

    def __iter__(self) -> Iterator[Update]:
        lib = self.library
        try:
            recalled = lib.recall()
            if recalled:
                progress = lib.progress
                yield from (Update(row, progress) for row in recalled)
            yield from self._identify()
            phases: list[str] = ["read", "analyse"] if self.read_first else ["analyse"]
            for kind in phases:
                if self._cancelled.is_set():
                    return
                wanted = ("new",) if kind == "read" else ("new", "read")
                tasks = [(kind, r.path) for r in lib.rows if r.state in wanted]
                if not tasks:
                    continue
                batch: list[Result] = []
                flushed = time.monotonic()
                for result in self._pool.run(tasks, self._cancelled.is_set):
                    batch.append(result)
                    if len(batch) >= BATCH or time.monotonic() - flushed >= BATCH_SECONDS:
                        yield from self._flush(batch)
                        batch, flushed = [], time.monotonic()
                yield from self._flush(batch)
        finally:
            self._pool.close()

    def _flush(self, batch: list[Result]) -> Iterator[Update]:
        """Store a batch; an update per row, each with the progress as of that row."""
        lib = self.library
        before = [lib.row(r.path) for r in batch]
        progress = lib.progress
        done, read = progress.analysed, progress.read
        for old, row in zip(before, lib.apply_many(batch)):
            done += row.settled - old.settled
            read += (row.state != "new") - (old.state != "new")
            yield Update(row, Progress(done, read, progress.total))

    def wait(self) -> Progress:
        """Run to the end (or until cancelled), ignoring the updates."""
        for _ in self:
            pass
        return self.progress
