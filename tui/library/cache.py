"""The on-disk cache: every article analysed once, remembered in SQLite.

One file, ``kiji-cache.sqlite3``, in the user's cache folder
(``platformdirs.user_cache_dir("kiji")``, or ``$KIJI_CACHE_DIR``), in WAL
mode so several kiji processes read and write it at once (writes wait for
each other, up to :data:`BUSY_SECONDS`).

Tables:

``articles``
    one row per article *content*, keyed by the SHA-256 of the file's bytes
    and :func:`analysis_version` (kiji's version and code, SudachiPy's and
    the dictionary's): title, date, host, and once analysed the terms, the
    speakers, the folded text and the word index (:func:`tui.search.index_to_bytes`);
``files``
    one row per file path: its size, times and inode (a change of any means
    the file is read again), the digest of its bytes, or why it cannot be read;
``literal``
    FTS5, trigram tokenizer: the folded text (literal search) and the
    readings (kana search) of each article;
``keys``
    FTS5, unicode61 tokenizer: each analysed article's word keys (forms,
    synonym groups, dictionary readings; :func:`tui.search.vocabulary`);
``surfaces``
    each analysed article's words that may stand where a query's text does
    not, as ``(key, folded text)`` (:func:`tui.search.surfaces`; with the
    articles' ``kana`` and ``kana_starts`` columns, :func:`tui.search.kana_marks`
    and :func:`tui.search.reading_starts`): which
    articles' count of a query may not be their literal count
    (:meth:`Cache.differing`);
``spans``
    where each word of each analysed article stands, by key (its forms,
    synonym groups, dictionary-form reading: :func:`tui.search.word_rows`),
    with the articles' ``tokens`` column (:func:`tui.search.token_table`):
    the count of a query in the articles whose count is not their literal
    count (:meth:`Cache.word_rows`, :class:`tui.search.Tally`).

A library query is one SQL query over the two full-text tables
(:meth:`Cache.candidates`) for the articles worth searching; its count is
the literal count of each (the folded texts, :meth:`Cache.folded_texts`)
except in the articles :meth:`Cache.differing` names, counted from their
rows in ``spans`` (or, for a phrase, searched exactly: :mod:`tui.library.search`).

Failures never stop kiji: a damaged cache file is moved aside (one
warning) and a new one started; a folder that cannot be written means one
warning and a temporary cache that is deleted at exit. The cache only ever
touches its own files (the cache file, its ``-wal``/``-shm`` companions and
the damaged copies it moved aside), never an article.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import sqlite3
import tempfile
import threading
import time
import unicodedata
import weakref
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, Sequence, TypeVar

from .model import Row
from .record import Record, StatKey, Unreadable

if TYPE_CHECKING:  # pragma: no cover - the search loads with the first query, not to open a library
    from ..search import CountKeys, QueryKeys

#: The cache's file name inside the cache folder.
FILE_NAME = "kiji-cache.sqlite3"
#: Environment variable naming the cache folder.
ENV = "KIJI_CACHE_DIR"
#: How long a write waits for another process's write to finish.
BUSY_SECONDS = 30.0
#: Version of the tables' layout; another layout is dropped and rebuilt.
SCHEMA = 6
#: Parameters per SQL statement when a list of ids or paths is sent in pieces.
CHUNK = 500
#: Articles whose rows :meth:`Cache.word_rows` looks up one by one, at most
#: (for more, it reads every row of the keys).
ROWS_BY_ARTICLE = 2000
#: Shortest string the trigram index can look up (shorter ones are scanned).
TRIGRAM = 3
_UNDECODABLE = re.compile("[\udc80-\udcff]")
_KEYED = re.compile("\x00([0-9a-f]{2})")


def _key(path: str) -> str:
    """``path`` as SQLite can store it: a byte of the name that does not
    decode (a lone surrogate, which SQLite cannot encode) as NUL and its two
    hex digits, a spelling no real path can have (paths hold no NUL). Every
    other path is its own key."""
    return _UNDECODABLE.sub(lambda m: f"\x00{ord(m.group()) - 0xDC00:02x}", path)


def _unkey(key: str) -> str:
    """The path that :func:`_key` stored as ``key``."""
    return _KEYED.sub(lambda m: chr(0xDC00 + int(m.group(1), 16)), key) if "\x00" in key else key

T = TypeVar("T")

_TABLES = """
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS articles (
    id INTEGER PRIMARY KEY,
    digest TEXT NOT NULL,
    version TEXT NOT NULL,
    title TEXT, title_from TEXT, date TEXT, date_from TEXT, host TEXT, chars INTEGER,
    analysed INTEGER NOT NULL DEFAULT 0,
    speaker_count INTEGER, quote_count INTEGER, first_speakers TEXT, problems TEXT,
    literal_index BLOB, terms TEXT, speakers TEXT, word_index BLOB, kana BLOB, kana_starts BLOB,
    tokens BLOB,
    UNIQUE (digest, version)
);
CREATE TABLE IF NOT EXISTS files (
    path TEXT PRIMARY KEY,
    size INTEGER, mtime_ns INTEGER, ctime_ns INTEGER, inode INTEGER,
    digest TEXT,
    problem TEXT,
    version TEXT
);
CREATE INDEX IF NOT EXISTS files_digest ON files (digest);
CREATE VIRTUAL TABLE IF NOT EXISTS literal USING fts5 (folded, readings, tokenize = 'trigram');
CREATE VIRTUAL TABLE IF NOT EXISTS keys USING fts5 (words, tokenize = 'unicode61 remove_diacritics 0');
CREATE TABLE IF NOT EXISTS surfaces (
    key TEXT NOT NULL, folded TEXT NOT NULL, article INTEGER NOT NULL,
    PRIMARY KEY (key, folded, article)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS spans (
    key TEXT NOT NULL, article INTEGER NOT NULL, data BLOB NOT NULL,
    PRIMARY KEY (key, article)
) WITHOUT ROWID;
"""
_DROP = ("DROP TABLE IF EXISTS articles; DROP TABLE IF EXISTS files; DROP TABLE IF EXISTS literal; "
         "DROP TABLE IF EXISTS keys; DROP TABLE IF EXISTS surfaces; DROP TABLE IF EXISTS spans;")


def default_folder() -> Path:
    """``$KIJI_CACHE_DIR`` if set, else the user's cache folder for kiji."""
    env = os.environ.get(ENV)
    if env:
        return Path(env).expanduser()
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("kiji", appauthor=False))


def _package_version(name: str) -> str:
    """The installed version of distribution ``name``: from the name of its
    ``.dist-info`` folder beside the package (``importlib.metadata`` looks
    through every folder of the path, ~0.1 s before a library's first
    frame), else as ``importlib.metadata`` says."""
    import importlib.util

    try:
        # the module's name: a distribution's may have a hyphen (sudachidict-core),
        # which is no module's, and the slow way below took ~30 ms
        spec = importlib.util.find_spec(name.replace("-", "_"))
    except (ImportError, ValueError):
        spec = None
    if spec is not None and spec.origin:
        folder = Path(spec.origin).parent.parent
        prefix = name.replace("-", "_").lower() + "-"
        try:
            found = [e for e in os.listdir(folder) if e.endswith(".dist-info") and e.lower().startswith(prefix)]
        except OSError:
            found = []
        if len(found) == 1:
            return found[0][len(prefix):-len(".dist-info")]
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(name)
    except PackageNotFoundError:
        return "?"


@lru_cache(maxsize=1)
def analysis_version() -> str:
    """What an analysis depends on besides the file's bytes: kiji's version
    and a digest of its core's source (so a changed rule is never answered
    from an older analysis, released or not), SudachiPy's version and the
    dictionary's."""
    from .. import __version__

    package = Path(__file__).resolve().parent.parent
    code = hashlib.sha256()
    for source in sorted(package.rglob("*.py")):
        rel = source.relative_to(package).as_posix()
        if rel.startswith("app/") or rel == "cli.py":
            continue
        code.update(rel.encode())
        code.update(source.read_bytes())
    return (f"kiji {__version__} code {code.hexdigest()[:12]}; sudachipy {_package_version('sudachipy')}; "
            f"sudachidict-core {_package_version('sudachidict-core')}")


def _is_corrupt(exc: BaseException) -> bool:
    if not isinstance(exc, sqlite3.DatabaseError):
        return False
    name = getattr(exc, "sqlite_errorname", "")
    text = str(exc).lower()
    return name in ("SQLITE_CORRUPT", "SQLITE_NOTADB") or "malformed" in text or "not a database" in text


def _reason(exc: BaseException) -> str:
    return getattr(exc, "strerror", None) or str(exc) or type(exc).__name__


def _phrase(text: str) -> str:
    """``text`` as an FTS5 string (a phrase of its tokens)."""
    return '"' + text.replace('"', '""') + '"'


def _has_tokens(key: str) -> bool:
    """Whether unicode61 finds a token in ``key`` (letters, digits, private use)."""
    return any(unicodedata.category(ch)[0] in "LN" or unicodedata.category(ch) == "Co" for ch in key)


@dataclass(frozen=True)
class CacheInfo:
    """What ``kiji cache info`` shows."""

    path: str
    """The cache file, or what stands for it (a temporary file, ``:memory:``)."""
    persistent: bool
    bytes: int
    """The cache file and its write-ahead log."""
    articles: int
    analysed: int
    files: int
    unreadable: int
    set_aside: tuple[str, ...]
    """Damaged cache files moved aside."""
    version: str


@dataclass(frozen=True)
class Cached:
    """A file's entry in the cache, as :meth:`Cache.lookup` finds it."""

    row: Row
    """The row (without its path relative to the library: the caller sets it)."""
    article_id: int | None


class Cache:
    """The SQLite cache (see the module's docstring). Open with :meth:`open`
    (or :meth:`temporary`); safe to use from several threads (one connection
    behind a lock); :attr:`warnings` holds the one-line warnings for the user
    (:meth:`take_warnings` gives those not yet taken)."""

    def __init__(self, conn: sqlite3.Connection, path: Path | None, persistent: bool,
                 warnings: list[str], scratch: Path | None = None) -> None:
        self._conn = conn
        self.path = path
        self.persistent = persistent
        self.warnings = warnings
        self._taken = 0
        self._lock = threading.RLock()
        self._write_failed = False
        self._recovered = False
        self.version = analysis_version()
        self._scratch = scratch
        self._wanted: frozenset[int] = frozenset()
        self._wanted_conn: sqlite3.Connection | None = None
        self._finalizer = weakref.finalize(self, Cache._cleanup, conn, scratch)

    # --- opening -------------------------------------------------------------------

    @classmethod
    def open(cls, folder: Path | str | None = None, enabled: bool = True) -> Cache:
        """The cache in ``folder`` (default: :func:`default_folder`), created if
        needed. Never raises for the cache's sake: a folder that cannot be
        written gives a :meth:`temporary` cache and a warning; a damaged cache
        file is moved aside, with a warning, and a new one started. With
        ``enabled=False`` (``--no-cache``) a temporary cache, silently."""
        warnings: list[str] = []
        if not enabled:
            return cls.temporary(warnings)
        where = Path(folder) if folder is not None else default_folder()
        try:
            where.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            warnings.append(f"cache folder {where} cannot be created ({_reason(exc)}); working without a cache")
            return cls.temporary(warnings)
        path = where / FILE_NAME
        for attempt in range(2):
            conn = None
            try:
                conn = _connect(path)
                _prepare(conn)
                return cls(conn, path, True, warnings)
            except (sqlite3.Error, OSError) as exc:
                if conn is not None:
                    conn.close()
                if attempt == 0 and _is_corrupt(exc):
                    try:
                        aside = _move_aside(path)
                    except OSError as move_exc:
                        warnings.append(f"cache file {path} is damaged and cannot be moved aside "
                                        f"({_reason(move_exc)}); working without a cache")
                        return cls.temporary(warnings)
                    warnings.append(f"cache file {path} was damaged ({exc}); moved it to {aside.name} and started a new one")
                    continue
                warnings.append(f"cache {path} cannot be used ({_reason(exc)}); working without a cache")
                return cls.temporary(warnings)
        return cls.temporary(warnings)  # pragma: no cover - the loop returns

    @classmethod
    def temporary(cls, warnings: list[str] | None = None) -> Cache:
        """A cache for this run only: a file in a new temporary folder
        (deleted when the cache is closed or collected), else in memory."""
        warnings = warnings if warnings is not None else []
        try:
            scratch = Path(tempfile.mkdtemp(prefix="kiji-cache-"))
            conn = _connect(scratch / FILE_NAME)
            _prepare(conn)
            return cls(conn, scratch / FILE_NAME, False, warnings, scratch)
        except (OSError, sqlite3.Error):
            conn = sqlite3.connect(":memory:", check_same_thread=False, isolation_level=None)
            _prepare(conn)
            return cls(conn, None, False, warnings)

    def reopen(self) -> Cache:
        """Another cache on the same file (for another process or thread
        that wants its own connection); a temporary cache in memory cannot."""
        if self.path is None:
            raise ValueError("an in-memory cache cannot be shared")
        conn = _connect(self.path)
        _prepare(conn)
        return Cache(conn, self.path, self.persistent, [], None)

    @staticmethod
    def _cleanup(conn: sqlite3.Connection, scratch: Path | None) -> None:
        try:
            conn.close()
        except sqlite3.Error:
            pass
        if scratch is not None:
            shutil.rmtree(scratch, ignore_errors=True)

    def close(self) -> None:
        """Close the connection (and delete a temporary cache)."""
        with self._lock:
            self._finalizer()

    def __enter__(self) -> Cache:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def take_warnings(self) -> list[str]:
        """The warnings added since the last call."""
        with self._lock:
            new = self.warnings[self._taken:]
            self._taken = len(self.warnings)
            return new

    # --- guarded access ------------------------------------------------------------

    def _guard(self, default: T, action: Callable[[sqlite3.Connection], T], write: bool = False) -> T:
        """Run ``action`` on the connection; a cache failure is a warning and
        ``default``, never an exception. A damaged file is moved aside and a
        new cache started (once); a write that fails (disk full, a folder made
        read-only) stops further writes."""
        with self._lock:
            if write and self._write_failed:
                return default
            try:
                return action(self._conn)
            except sqlite3.Error as exc:
                if self._conn.in_transaction:
                    try:
                        self._conn.execute("ROLLBACK")
                    except sqlite3.Error:
                        pass
                if _is_corrupt(exc):
                    self._recover(exc)
                elif write:
                    self._write_failed = True
                    self.warnings.append(f"cache {self.path or 'in memory'} cannot be written ({exc}); "
                                         "results are not kept for next time")
                else:
                    self.warnings.append(f"cache {self.path or 'in memory'} cannot be read ({exc})")
                return default

    def _recover(self, exc: BaseException) -> None:
        """The file turned out damaged while in use: move it aside and start anew."""
        try:
            self._conn.close()
        except sqlite3.Error:
            pass
        if self.persistent and self.path is not None and not self._recovered:
            self._recovered = True
            try:
                aside = _move_aside(self.path)
                self._conn = _connect(self.path)
                _prepare(self._conn)
                self.warnings.append(f"cache file {self.path} was damaged ({exc}); moved it to {aside.name} and started a new one")
                return
            except (OSError, sqlite3.Error) as again:
                exc = again
        self._conn = sqlite3.connect(":memory:", check_same_thread=False, isolation_level=None)
        _prepare(self._conn)
        self.warnings.append(f"cache {self.path or 'in memory'} failed ({exc}); working without a cache")

    def _write(self, action: Callable[[sqlite3.Connection], T], default: T) -> T:
        def run(conn: sqlite3.Connection) -> T:
            conn.execute("BEGIN IMMEDIATE")
            try:
                result = action(conn)
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")
            return result

        return self._guard(default, run, write=True)

    # --- files and articles --------------------------------------------------------

    def lookup(self, paths: Sequence[str]) -> dict[str, tuple[StatKey, Cached]]:
        """What the cache knows of each absolute path in ``paths``, with the
        stat it was stored with: the caller compares it with the file's own."""

        def run(conn: sqlite3.Connection) -> dict[str, tuple[StatKey, Cached]]:
            out: dict[str, tuple[StatKey, Cached]] = {}
            for i in range(0, len(paths), CHUNK):
                chunk = [_key(p) for p in paths[i:i + CHUNK]]
                marks = ",".join("?" * len(chunk))
                for r in conn.execute(
                    f"SELECT f.path, f.size, f.mtime_ns, f.ctime_ns, f.inode, f.digest, f.problem, f.version, {_ROW_COLUMNS} "
                    f"FROM files f LEFT JOIN articles a ON a.digest = f.digest AND a.version = ? "
                    f"WHERE f.path IN ({marks})", (self.version, *chunk)
                ):
                    stat = StatKey(r[1], r[2], r[3], r[4])
                    path = _unkey(r[0])
                    if r[5] is None:
                        if r[6] is not None and r[7] == self.version:
                            out[path] = (stat, Cached(Row(path, "unreadable", title=Path(path).name, problem=r[6]), None))
                    elif r[8] is not None:
                        out[path] = (stat, Cached(_row(path, r[5], r[8:]), r[8]))
            return out

        return self._guard({}, run)

    def store(self, record: Record | Unreadable) -> int | None:
        """Remember what a worker learnt of one file; the article's id (None
        for an unreadable file, or when the cache cannot be written)."""
        return self.store_many([record])[0][0]

    def store_many(self, records: Sequence[Record | Unreadable]) -> list[tuple[int | None, bool]]:
        """:meth:`store` for several files in one transaction (a full-text
        table's commit is the costly part); per record, the article's id and
        whether the cache holds its analysis (maybe from an earlier run)."""
        default: list[tuple[int | None, bool]] = [(None, False)] * len(records)

        def run(conn: sqlite3.Connection) -> list[tuple[int | None, bool]]:
            out: list[tuple[int | None, bool]] = []
            rows = _Rows()
            for record in records:
                path = _key(os.path.abspath(record.path))
                stat = record.stat or StatKey(-1, -1, -1, -1)
                if isinstance(record, Unreadable):
                    conn.execute("INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?, ?, NULL, ?, ?)",
                                 (path, stat.size, stat.mtime_ns, stat.ctime_ns, stat.inode, record.problem, self.version))
                    out.append((None, False))
                    continue
                out.append(self._put_article(conn, record, rows))
                conn.execute("INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?, ?, ?, NULL, ?)",
                             (path, stat.size, stat.mtime_ns, stat.ctime_ns, stat.inode, record.digest, self.version))
            rows.insert(conn)
            return out

        return self._write(run, default) if records else []

    def link(self, path: str, stat: StatKey, digest: str) -> None:
        """Remember that the file at ``path`` (absolute) holds bytes already stored."""
        self._write(lambda conn: conn.execute(
            "INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?, ?, ?, NULL, ?)",
            (_key(path), stat.size, stat.mtime_ns, stat.ctime_ns, stat.inode, digest, self.version)), None)

    def _put_article(self, conn: sqlite3.Connection, record: Record, rows: _Rows) -> tuple[int, bool]:
        found = conn.execute("SELECT id, analysed FROM articles WHERE digest = ? AND version = ?",
                             (record.digest, self.version)).fetchone()
        info = record.info
        a = record.analysed
        if found is None:
            cur = conn.execute(
                "INSERT INTO articles (digest, version, title, title_from, date, date_from, host, chars, literal_index) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (record.digest, self.version, info.title, info.title_from, info.date, info.date_from, info.host, info.chars,
                 record.literal),
            )
            article_id = cur.lastrowid
            # the readings with the text when they came together: an update of a
            # full-text row indexes it again (its trigrams deleted and inserted)
            conn.execute("INSERT INTO literal (rowid, folded, readings) VALUES (?, ?, ?)",
                         (article_id, record.folded, a.readings if a is not None else ""))
            analysed = False
        else:
            article_id, analysed = found
        if a is not None and not analysed:
            conn.execute(
                "UPDATE articles SET analysed = 1, speaker_count = ?, quote_count = ?, first_speakers = ?, problems = ?, "
                "terms = ?, speakers = ?, word_index = ?, kana = ?, kana_starts = ?, tokens = ? WHERE id = ?",
                (a.speaker_count, a.quote_count, json.dumps(list(a.first_speakers), ensure_ascii=False),
                 json.dumps([list(p) for p in a.problems], ensure_ascii=False) if a.problems else None,
                 a.terms, a.speakers, a.words, a.kana, a.kana_starts, a.tokens, article_id),
            )
            if found is not None:
                conn.execute("UPDATE literal SET readings = ? WHERE rowid = ?", (a.readings, article_id))
            conn.execute("INSERT INTO keys (rowid, words) VALUES (?, ?)", (article_id, a.keys))
            rows.surfaces.extend((key, folded, article_id) for key, folded in a.surfaces)
            rows.spans.extend((key, article_id, data) for key, data in a.rows)
            analysed = True
        return article_id, bool(analysed)

    def article(self, digest: str) -> tuple[int, Row] | None:
        """The cached article with these bytes (any path), if any."""

        def run(conn: sqlite3.Connection) -> tuple[int, Row] | None:
            r = conn.execute(f"SELECT {_ROW_COLUMNS} FROM articles a WHERE a.digest = ? AND a.version = ?",
                             (digest, self.version)).fetchone()
            return None if r is None else (r[0], _row("", digest, r))

        return self._guard(None, run)

    def analysis(self, article_id: int) -> tuple[str, str, bytes | None] | None:
        """``(terms JSON, speakers JSON, word index bytes)`` of an analysed article."""

        def run(conn: sqlite3.Connection):
            r = conn.execute("SELECT terms, speakers, word_index FROM articles WHERE id = ? AND analysed = 1",
                             (article_id,)).fetchone()
            return None if r is None else (r[0], r[1], r[2])

        return self._guard(None, run)

    def index_bytes(self, article_id: int, words: bool) -> tuple[bytes | None, bytes | None] | None:
        """The stored folded text of an article and, with ``words``, its word
        index (None until analysed); None when the cache has no such article."""
        column = "word_index" if words else "NULL"

        def run(conn: sqlite3.Connection) -> tuple[bytes | None, bytes | None] | None:
            r = conn.execute(f"SELECT literal_index, {column} FROM articles WHERE id = ?", (article_id,)).fetchone()
            return None if r is None else (r[0], r[1])

        return self._guard(None, run)

    def speakers(self, article_ids: Iterable[int]) -> Iterator[tuple[int, str]]:
        """``(id, speakers JSON)`` of the analysed articles among ``article_ids``."""
        ids = list(article_ids)

        def run(conn: sqlite3.Connection) -> list[tuple[int, str]]:
            out: list[tuple[int, str]] = []
            for i in range(0, len(ids), CHUNK):
                chunk = ids[i:i + CHUNK]
                out.extend(conn.execute(
                    f"SELECT id, speakers FROM articles WHERE analysed = 1 AND id IN ({','.join('?' * len(chunk))})", chunk))
            return out

        yield from self._guard([], run)

    def forget_missing(self, roots: Iterable[str], present: Iterable[str]) -> int:
        """Drop the files under the folders ``roots`` (absolute) that are not
        in ``present`` (they were deleted), then every article no file refers
        to any more or analysed by another version. How many files were dropped."""
        present_set = {_key(p) for p in present}

        def find(conn: sqlite3.Connection) -> list[str]:
            gone: list[str] = []
            for root in roots:
                low, high = (_key(root.rstrip(os.sep)) + end for end in (os.sep, chr(ord(os.sep) + 1)))
                gone += [p for (p,) in conn.execute("SELECT path FROM files WHERE path >= ? AND path < ?", (low, high))
                         if p not in present_set]
            return gone

        gone = self._guard([], find)
        orphans = self._guard([], lambda conn: [i for (i,) in conn.execute(_ORPHANS, (self.version,))])
        if not gone and not orphans:
            return 0

        def run(conn: sqlite3.Connection) -> int:
            for i in range(0, len(gone), CHUNK):
                chunk = gone[i:i + CHUNK]
                conn.execute(f"DELETE FROM files WHERE path IN ({','.join('?' * len(chunk))})", chunk)
            ids = [i for (i,) in conn.execute(_ORPHANS, (self.version,))]
            for i in range(0, len(ids), CHUNK):
                chunk = ids[i:i + CHUNK]
                marks = ",".join("?" * len(chunk))
                for table, column in (("articles", "id"), ("literal", "rowid"), ("keys", "rowid")):
                    conn.execute(f"DELETE FROM {table} WHERE {column} IN ({marks})", chunk)
            if ids:  # no index by article (it would double the table): one pass for all
                conn.execute("CREATE TEMP TABLE IF NOT EXISTS gone (id INTEGER PRIMARY KEY)")
                conn.execute("DELETE FROM temp.gone")
                conn.executemany("INSERT OR IGNORE INTO temp.gone VALUES (?)", ((i,) for i in ids))
                conn.execute("DELETE FROM surfaces WHERE article IN (SELECT id FROM temp.gone)")
                conn.execute("DELETE FROM spans WHERE article IN (SELECT id FROM temp.gone)")
            return len(gone)

        return self._write(run, 0)

    # --- search --------------------------------------------------------------------

    def candidates(self, keys: QueryKeys, among: Iterable[int]) -> dict[int, bool]:
        """The articles among ``among`` (ids) that ``keys`` can match in, each
        with whether its word index can add anything (else its literal
        matches are all it has): one SQL query over the full-text tables. A
        superset: the exact search decides. Articles only read (not analysed)
        have no word keys nor readings, so only a literal match picks them."""
        wanted = list(among)
        parts, params = _candidate_sql(keys)
        if not parts or not wanted:
            return {}

        def run(conn: sqlite3.Connection) -> dict[int, bool]:
            ids = frozenset(wanted)
            if ids != self._wanted or conn is not self._wanted_conn:  # the library's ids, kept between queries
                conn.execute("CREATE TEMP TABLE IF NOT EXISTS wanted (id INTEGER PRIMARY KEY)")
                conn.execute("DELETE FROM temp.wanted")
                conn.executemany("INSERT OR IGNORE INTO temp.wanted VALUES (?)", ((i,) for i in ids))
                self._wanted, self._wanted_conn = ids, conn
            union = " UNION ALL ".join(f"SELECT id, {'w' if words < 0 else words} AS words FROM ({sql})"
                                       for sql, words in parts)
            sql = f"SELECT id, max(words) FROM ({union}) WHERE id IN (SELECT id FROM temp.wanted) GROUP BY id"
            return {i: bool(words) for i, words in conn.execute(sql, params)}

        return self._guard({}, run)

    def differing(self, keys: CountKeys) -> set[int] | None:
        """The articles the cache names for :class:`tui.search.CountKeys`
        ``keys``: a row under one of its keys whose text is another, or a
        word of one of its forms at all (the kana marks are the caller's:
        :meth:`CountKeys.marked`); None if the cache cannot tell (every
        article must be searched exactly)."""
        if not all(_has_tokens(f) for way in keys.ways for f in way.forms):
            return None

        def run(conn: sqlite3.Connection) -> set[int]:
            found: set[int] = set()
            for way in keys.ways:
                named: set[int] = set()
                if way.rows:
                    wanted = ", ".join(["(?, ?)"] * len(way.rows))
                    named.update(i for (i,) in conn.execute(
                        f"WITH q (key, text) AS (VALUES {wanted}) SELECT DISTINCT s.article FROM q "
                        "JOIN surfaces s ON s.key = q.key AND s.folded != q.text", [x for row in way.rows for x in row]))
                if way.forms:
                    named.update(i for (i,) in conn.execute("SELECT rowid FROM keys WHERE keys MATCH ?",
                                                            (" OR ".join(_phrase(f) for f in way.forms),)))
                expression = _words_expression([way.present]) if named and way.present else None
                if expression is not None:  # a phrase: only where each of its words is
                    named &= {i for (i,) in conn.execute("SELECT rowid FROM keys WHERE keys MATCH ?", (expression,))}
                found |= named
            return found

        return self._guard(None, run)

    def with_words(self, words: Iterable[str]) -> dict[str, set[int]] | None:
        """The analysed articles with each of the word keys ``words``
        (:attr:`tui.search.Vocabulary.words`; a key that cannot be looked up
        is said to be in every analysed article); None if the cache cannot tell."""
        wanted = list(words)

        def run(conn: sqlite3.Connection) -> dict[str, set[int]]:
            every = None
            out: dict[str, set[int]] = {}
            for word in wanted:
                if _has_tokens(word):
                    out[word] = {i for (i,) in conn.execute("SELECT rowid FROM keys WHERE keys MATCH ?", (_phrase(word),))}
                else:
                    if every is None:
                        every = {i for (i,) in conn.execute("SELECT rowid FROM keys")}
                    out[word] = every
            return out

        return self._guard(None, run)

    def word_rows(self, keys: Sequence[str], among: Iterable[int]) -> dict[int, dict[str, bytes]] | None:
        """Per article among ``among`` (ids), its rows under ``keys``
        (:func:`tui.search.word_rows`; the articles with none are left
        out); None if the cache cannot tell."""
        wanted, ids = list(keys), sorted(set(among))

        def run(conn: sqlite3.Connection) -> dict[int, dict[str, bytes]]:
            out: dict[int, dict[str, bytes]] = {}
            marks = ",".join("?" * len(wanted))
            if len(ids) > ROWS_BY_ARTICLE:  # most of a library: every row of the keys, the others dropped
                every = frozenset(ids)
                for key, article, data in conn.execute(f"SELECT key, article, data FROM spans WHERE key IN ({marks})", wanted):
                    if article in every:
                        out.setdefault(article, {})[key] = data
                return out
            for i in range(0, len(ids), CHUNK):
                chunk = ids[i:i + CHUNK]
                for key, article, data in conn.execute(
                        f"SELECT key, article, data FROM spans WHERE key IN ({marks}) "
                        f"AND article IN ({','.join('?' * len(chunk))})", (*wanted, *chunk)):
                    out.setdefault(article, {})[key] = data
            return out

        return self._guard(None, run) if wanted else {}

    def token_tables(self, article_ids: Sequence[int]) -> dict[int, bytes]:
        """The :func:`tui.search.token_table` of each analysed article among ``article_ids`` that has one."""
        ids = list(article_ids)

        def run(conn: sqlite3.Connection) -> dict[int, bytes]:
            out: dict[int, bytes] = {}
            for i in range(0, len(ids), CHUNK):
                chunk = ids[i:i + CHUNK]
                out.update(conn.execute(f"SELECT id, tokens FROM articles WHERE analysed = 1 AND tokens IS NOT NULL "
                                        f"AND id IN ({','.join('?' * len(chunk))})", chunk))
            return out

        return self._guard({}, run)

    def folded_texts(self, article_ids: Iterable[int]) -> dict[int, tuple[str, tuple[bytes, bytes] | None]]:
        """The folded text (:attr:`tui.search.LiteralText.folded`) of each
        article among ``article_ids``, with its marked readings and where
        their words start (:func:`tui.search.kana_marks`,
        :func:`tui.search.reading_starts`; None until analysed)."""
        ids = list(article_ids)

        def run(conn: sqlite3.Connection) -> dict[int, tuple[str, tuple[bytes, bytes] | None]]:
            out: dict[int, tuple[str, tuple[bytes, bytes] | None]] = {}
            for i in range(0, len(ids), CHUNK):
                chunk = ids[i:i + CHUNK]
                out.update((article, (folded, (kana, starts) if analysed else None))
                           for article, folded, kana, starts, analysed in conn.execute(
                    "SELECT l.rowid, l.folded, a.kana, a.kana_starts, a.analysed FROM literal l "
                    f"JOIN articles a ON a.id = l.rowid WHERE l.rowid IN ({','.join('?' * len(chunk))})", chunk))
            return out

        return self._guard({}, run)

    # --- the whole cache -----------------------------------------------------------

    def info(self) -> CacheInfo:
        """Where the cache is, how big, how much it holds."""

        def count(conn: sqlite3.Connection) -> tuple[int, int, int, int]:
            a, n = conn.execute("SELECT count(*), coalesce(sum(analysed), 0) FROM articles").fetchone()
            f, u = conn.execute("SELECT count(*), coalesce(sum(digest IS NULL), 0) FROM files").fetchone()
            return a, n, f, u

        articles, analysed, files, unreadable = self._guard((0, 0, 0, 0), count)
        size = 0
        aside: tuple[str, ...] = ()
        if self.path is not None:
            for suffix in ("", "-wal"):
                try:
                    size += os.stat(str(self.path) + suffix).st_size
                except OSError:
                    pass
            aside = tuple(sorted(p.name for p in _aside_files(self.path)))
        return CacheInfo(str(self.path) if self.path else ":memory:", self.persistent, size, articles, analysed,
                         files, unreadable, aside, self.version)

    def clear(self) -> None:
        """Empty the cache (other kiji processes using it stay consistent)
        and delete the damaged copies moved aside."""

        def run(conn: sqlite3.Connection) -> None:
            for table in ("articles", "files", "literal", "keys", "surfaces", "spans"):
                conn.execute(f"DELETE FROM {table}")

        self._write(run, None)
        self._guard(None, lambda conn: conn.execute("VACUUM"))
        if self.path is not None:
            for p in _aside_files(self.path):
                try:
                    p.unlink()
                except OSError:
                    pass


_ROW_COLUMNS = ("a.id, a.title, a.title_from, a.date, a.date_from, a.host, a.chars, a.analysed, "
                "a.speaker_count, a.quote_count, a.first_speakers, a.problems")
_ORPHANS = ("SELECT id FROM articles WHERE version != ? OR NOT EXISTS "
            "(SELECT 1 FROM files WHERE files.digest = articles.digest)")


class _Rows:
    """The word rows of a transaction's articles, inserted together in key
    order: a table keyed by word takes a batch's rows in one walk down its
    B-tree rather than a random place per row (``store_many`` of 1,000
    articles in batches of 16: 5.9 ms an article, 4.7 ms sorted)."""

    def __init__(self) -> None:
        self.surfaces: list[tuple[str, str, int]] = []
        self.spans: list[tuple[str, int, bytes]] = []

    def insert(self, conn: sqlite3.Connection) -> None:
        self.surfaces.sort()
        self.spans.sort(key=lambda row: (row[0], row[1]))
        conn.executemany("INSERT OR IGNORE INTO surfaces VALUES (?, ?, ?)", self.surfaces)
        conn.executemany("INSERT OR IGNORE INTO spans VALUES (?, ?, ?)", self.spans)


def problems_text(problems: Iterable[Sequence[str]]) -> str:
    """The stages of an analysis that failed, as a row's one-line problem."""
    return "; ".join(f"{stage} failed: {text}" for stage, text in problems)


def _row(path: str, digest: str, r: Sequence[Any]) -> Row:
    """A row from the columns of :data:`_ROW_COLUMNS`."""
    from datetime import date

    _, title, title_from, day, date_from, host, chars, analysed, speakers, quotes, first, problems = r
    problem = problems_text(json.loads(problems)) if problems else None
    return Row(
        path=path,
        state="analysed" if analysed else "read",
        title=title,
        date=date.fromisoformat(day) if day else None,
        date_from=date_from,
        host=host,
        chars=chars or 0,
        speakers=speakers if analysed else None,
        quotes=quotes if analysed else None,
        first_speakers=tuple(json.loads(first)) if analysed and first else (),
        problem=problem,
        digest=digest,
        title_from=title_from,
    )


def _candidate_sql(keys: QueryKeys) -> tuple[list[tuple[str, int]], list[Any]]:
    """The SELECTs of the articles ``keys`` can match in (each selecting
    ``id``), with 1 where the word index is needed (words, readings,
    synonyms), 0 where only the literal text is."""
    parts: list[tuple[str, int]] = []
    params: list[Any] = []
    scans: list[tuple[str, str, int]] = []  # strings too short for the trigram index

    def contains(column: str, text: str, words: int) -> None:
        if len(text) >= TRIGRAM:
            parts.append(("SELECT rowid AS id FROM literal WHERE literal MATCH ?", words))
            params.append(f"{{{column}}}: {_phrase(text)}")
        else:
            scans.append((column, text, words))

    if keys.literal:
        contains("folded", keys.literal, 0)
    if keys.words:
        expression = _words_expression(keys.words)
        if expression is None:  # some alternative cannot be narrowed: every analysed article
            parts.append(("SELECT rowid AS id FROM keys", 1))
        else:
            parts.append(("SELECT rowid AS id FROM keys WHERE keys MATCH ?", 1))
            params.append(expression)
    if keys.reading:
        contains("readings", keys.reading, 1)
        for kana in keys.reading_variants:  # tokyo: とうきょう too
            contains("readings", kana, 1)
        ends = [key for prefix, key in keys.reading_ends if len(prefix) < TRIGRAM]
        if ends:  # a short reading before the word: not worth a scan, the exact search decides
            parts.append(("SELECT rowid AS id FROM keys WHERE keys MATCH ?", 1))
            params.append(" OR ".join(_phrase(k) for k in ends))
        for prefix, key in keys.reading_ends:
            if len(prefix) >= TRIGRAM:
                parts.append(("SELECT rowid AS id FROM keys WHERE keys MATCH ? AND rowid IN "
                              "(SELECT rowid FROM literal WHERE literal MATCH ?)", 1))
                params += [_phrase(key), f"{{readings}}: {_phrase(prefix)}"]
    if scans:  # one pass over the library's texts for every short string
        found = " OR ".join(f"instr({column}, ?) > 0" for column, _, _ in scans)
        words = " OR ".join(f"instr({column}, ?) > 0" for column, _, w in scans if w) or "0"
        parts.append((f"SELECT rowid AS id, ({words}) AS w FROM literal WHERE rowid IN (SELECT id FROM temp.wanted) "
                      f"AND ({found})", -1))
        params += [text for _, text, w in scans if w] + [text for _, text, _ in scans]
    return parts, params


def _words_expression(alternatives: Sequence[Sequence[Sequence[str]]]) -> str | None:
    """An FTS5 expression true where one alternative has a key of each of
    its groups; None when an alternative has no group that can be looked up."""
    out: list[str] = []
    for groups in alternatives:
        terms = []
        for group in groups:
            usable = [k for k in group if _has_tokens(k)]
            if len(usable) == len(group):
                terms.append("(" + " OR ".join(_phrase(k) for k in usable) + ")")
            # a group with a key unicode61 cannot see could match anything: no condition
        if not terms:
            return None
        out.append("(" + " AND ".join(terms) + ")")
    return " OR ".join(out)


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(str(path), timeout=BUSY_SECONDS, check_same_thread=False, isolation_level=None)
    return conn


def _prepare(conn: sqlite3.Connection) -> None:
    """WAL mode and the tables; another layout is dropped and made anew.
    Reading the schema also tells a damaged or foreign file at once."""
    conn.execute("PRAGMA journal_mode = WAL").fetchone()
    conn.execute("PRAGMA synchronous = NORMAL")
    if _is_current(conn):  # read only: no write lock to wait for while another kiji stores
        conn.execute("SELECT count(*) FROM articles").fetchone()
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        has_meta = conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'meta'").fetchone()
        schema = conn.execute("SELECT value FROM meta WHERE name = 'schema'").fetchone() if has_meta else None
        if schema is None or schema[0] != str(SCHEMA):
            for statement in _DROP.split(";"):
                if statement.strip():
                    conn.execute(statement)
        for statement in _TABLES.split(";"):
            if statement.strip():
                conn.execute(statement)
        conn.execute("INSERT OR REPLACE INTO meta VALUES ('schema', ?)", (str(SCHEMA),))
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    conn.execute("SELECT count(*) FROM articles").fetchone()


_TABLE_NAMES = tuple(re.findall(r"CREATE (?:VIRTUAL )?TABLE IF NOT EXISTS (\w+)", _TABLES))


def _is_current(conn: sqlite3.Connection) -> bool:
    """Whether the file holds this schema's tables, all of them."""
    names = {n for (n,) in conn.execute(
        f"SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ({','.join('?' * len(_TABLE_NAMES))})",
        _TABLE_NAMES)}
    if len(names) < len(_TABLE_NAMES):
        return False
    schema = conn.execute("SELECT value FROM meta WHERE name = 'schema'").fetchone()
    return schema is not None and schema[0] == str(SCHEMA)


def _aside_files(path: Path) -> list[Path]:
    return [p for p in path.parent.glob(path.name + ".damaged-*") if p.is_file()]


def _move_aside(path: Path) -> Path:
    """Move a damaged cache file (and its WAL and shared-memory files) out of
    the way; the new name says when."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    aside = path.with_name(f"{path.name}.damaged-{stamp}-{os.getpid()}")
    os.replace(path, aside)
    for suffix in ("-wal", "-shm"):
        try:
            os.unlink(str(path) + suffix)
        except FileNotFoundError:
            pass
    return aside
