"""What the library shows: a :class:`Row` per article file, the people
quoted across the articles, and the matches of a search, grouped by article.

Plain frozen data, like the article model, so the UI can keep, sort and
compare them and they cross process boundaries as they are.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from typing import TYPE_CHECKING, Any, Iterator, Literal

if TYPE_CHECKING:  # pragma: no cover
    from ..search import Match

RowState = Literal["new", "read", "analysed", "unreadable", "failed"]


@dataclass(frozen=True)
class Row:
    """One article file of the library, as its list shows it.

    A row starts ``new`` (only the file is known: its title is the file
    name), becomes ``read`` once the file was read and parsed (title, date,
    host; literal search works) and ``analysed`` once Sudachi went through it
    (speakers and quotes; every search mode works). A file that cannot be
    read is ``unreadable`` with the one-line reason in :attr:`problem`; one
    whose analysis raised is ``failed`` (literal search still works; the
    next run tries again).
    """

    path: str
    """The file's path as found (relative to the folder given on the command line, or as given)."""
    state: RowState = "new"
    title: str = ""
    date: date | None = None
    date_from: str | None = None
    """Where the date came from: ``file`` (name or folders), ``text`` (a dateline) or ``source`` (its URL)."""
    host: str | None = None
    """The source URL's host name."""
    chars: int = 0
    """Characters of readable text."""
    speakers: int | None = None
    """How many speakers were found (None until analysed)."""
    quotes: int | None = None
    first_speakers: tuple[str, ...] = ()
    """The names of the first few speakers, in order of appearance."""
    problem: str | None = None
    """Why the file cannot be read (``unreadable``), or which stage of the
    analysis failed (``analysed``: the rest still holds)."""
    digest: str | None = None
    """SHA-256 of the file's bytes (None while ``new`` or ``unreadable``)."""
    title_from: str | None = None
    """Where the title came from (:attr:`tui.text.Article.title_from`): ``file`` is the file's name."""

    @property
    def analysed(self) -> bool:
        return self.state == "analysed"

    @property
    def settled(self) -> bool:
        """Nothing more will be learnt of it in this run (analysed, unreadable or failed)."""
        return self.state in ("analysed", "unreadable", "failed")

    @property
    def searchable(self) -> bool:
        """Whether a literal search can look into it."""
        return self.state in ("read", "analysed", "failed")

    def sort_key(self, column: str) -> tuple:
        """A key to sort rows by ``column`` (``path``, ``title``, ``date``,
        ``host``, ``speakers``, ``quotes``), rows missing the value last."""
        value = getattr(self, column)
        return (value is None or value == "", value if value is not None else 0, self.path)

    def at(self, path: str) -> Row:
        """This row for the same bytes found at ``path`` (a copy under
        another name): the title and the date a file name gave are that
        file's own; with no title, the file's name."""
        from pathlib import PurePath

        from ..text import as_text
        from .dates import path_date

        name = PurePath(path)
        title = as_text(name.stem) if self.title_from == "file" else self.title
        day, where = path_date(name), "file"
        if day is None:
            day, where = (None, None) if self.date_from == "file" else (self.date, self.date_from)
        return replace(self, path=path, title=title or name.name, date=day, date_from=where)

    def with_problem(self, problem: str) -> Row:
        return replace(self, state="unreadable", problem=problem, digest=None)


@dataclass(frozen=True)
class Progress:
    """How far the analysis of a library is: ``analysed 412/1000``."""

    analysed: int
    """Rows analysed (or found unreadable): done for good."""
    read: int
    """Rows read at least (literal search covers them)."""
    total: int
    unknown: int = 0
    """Rows not looked up in the cache yet (:meth:`tui.library.Library.recall`):
    what they hold is not known, so nothing is said of the analysis."""

    @property
    def done(self) -> bool:
        return self.analysed >= self.total

    def __str__(self) -> str:
        return "" if self.unknown else f"analysed {self.analysed}/{self.total}"


@dataclass(frozen=True)
class ArticleHits:
    """The matches of a query in one article."""

    row: Row
    matches: tuple[Match, ...]
    """The matches kept, in document order: every one, or the first
    :data:`~tui.library.search.KEEP_MATCHES` and the last when there are
    more (a line of one letter searched for it has millions)."""
    contexts: tuple[str, ...]
    """The first few matches with the text around them, control characters
    made visible (``…会議はハノイで開かれ…``)."""
    literal_only: bool = False
    """Searched literally only: the article was not analysed yet."""
    total: int = -1
    """How many matches there are (-1: those kept are all)."""
    hits: Any = field(default=None, repr=False, compare=False)
    """The article's :class:`~tui.search.Hits`, to read every match again (:meth:`every_match`)."""

    @property
    def count(self) -> int:
        return self.total if self.total >= 0 else len(self.matches)

    def every_match(self) -> Iterator[Match]:
        """Every match, kept or not, one at a time."""
        return self.hits.iter_matches() if self.hits is not None else iter(self.matches)


@dataclass(frozen=True)
class ArticleCount:
    """An article with matches as the count found it: what a list of results
    shows before (or without) reading the matches themselves
    (:meth:`~tui.library.LibrarySearch.hits` does)."""

    row: Row
    count: int
    contexts: int
    """How many of its matches the results show in context (the first few)."""
    literal_only: bool = False
    """Searched literally only: the article was not analysed yet."""


@dataclass(frozen=True)
class SearchSummary:
    """Where a library search stands: ``312 in 640/1000 articles``."""

    query: str
    matches: int
    """Matches found so far, over every article."""
    articles: int
    """Articles with at least one match."""
    indexed: int
    """Articles searched in every mode (analysed)."""
    total: int
    """Articles in the library (readable or not)."""
    done: bool = False
    """Every candidate has been searched."""
    searched: int = 0
    candidates: int = 0
    """Articles with a match whose matches were read so far; ``candidates``:
    the articles the count looked at."""
    counted: bool = False
    """:attr:`matches` and :attr:`articles` are the final counts (the
    articles' matches may still be being read)."""

    def __str__(self) -> str:
        if self.indexed >= self.total:
            return f"{self.matches} in {self.total} articles"
        return f"{self.matches} in {self.indexed}/{self.total} articles"


@dataclass(frozen=True)
class PersonQuote:
    """One quote of a person, with the article it is in."""

    path: str
    title: str
    date: date | None
    speaker: str
    """The name as the article gives it."""
    line: int
    """The source line where the quote starts."""
    kind: str
    text: str
    verb: str
    start: int = 0
    end: int = 0
    """Offsets of ``text`` in the text of the block at :attr:`block`."""
    block: int = 0
    """The block holding the quote, named by its first line (what the explorer scrolls to)."""


@dataclass(frozen=True)
class Person:
    """A speaker across the library: every article's speakers merged by name."""

    name: str
    kind: str
    """``person``, ``organization`` or ``unnamed_person`` (not merged across articles)."""
    articles: int
    quotes: int
    aliases: tuple[str, ...] = ()
    paths: tuple[str, ...] = field(default=(), repr=False)
    """The articles they are quoted in."""
    latest: date | None = None
    """The newest dated article that quotes them."""
