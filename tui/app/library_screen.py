"""The library screen: one row per article of a folder (or of several
files), filled in as the background analysis reports, sortable by column,
narrowed by a filter on the titles, and searched as one with ``/``.

The rows are the core's :class:`~tui.library.Row` s (``tui.library``), drawn
with the Line API (:class:`~tui.app.line_list.LineList`): opening, sorting
and filtering cost what the rows on screen cost. A search runs in an
exclusive thread worker (a newer query cancels the older between two
articles) and posts its results to the screen in batches; its results are
grouped by article (:class:`HitList`) and Enter opens the article at the
match (the app does: :meth:`LibraryApp.open_article`).
"""

from __future__ import annotations

import threading
import time
from bisect import bisect_right
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, Callable, Iterable, Sequence, overload

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.content import Content
from textual.message import Message
from textual.screen import Screen
from textual.strip import Strip
from textual.widget import Widget
from textual.widgets import Input, Static
from textual.worker import get_current_worker

from ..text import visible
from .footer import FittedFooter
from .header import CutLine
from .line_list import Column, LineList, column_widths, fit
from .search_bar import GrowingLabel, SearchInput

if TYPE_CHECKING:  # pragma: no cover - the app imports the library before the screen
    from ..library import ArticleCount, ArticleHits, Library, Row, SearchSummary

#: The columns of the articles list (``key``: the :class:`Row` field it shows and sorts by).
COLUMNS = (
    Column("title", "Title", flex=5, minimum=12),
    Column("date", "Date", width=10),
    Column("host", "Source", flex=2, minimum=6),
    Column("speakers", "Spk", width=4, align="right"),
    Column("quotes", "Quo", width=4, align="right"),
    Column("first_speakers", "Speakers", flex=3, minimum=8),
)
#: What ``s`` cycles through: library order (the path), then the columns.
SORTS = ("path", "title", "date", "host", "speakers", "quotes")
#: Columns a reader wants largest (newest) first.
DESCENDING_FIRST = frozenset({"date", "speakers", "quotes"})
#: Seconds between two batches of articles' matches posted to the screen
#: (each costs the screen a redraw).
READ_BATCH_SECONDS = 0.05
#: A search shown while the analysis goes on is run again this often (seconds).
RESEARCH_SECONDS = 2.0


def _count(value: int | None) -> str:
    return "" if value is None else str(value)


@dataclass(frozen=True)
class RowView:
    """A row as the list draws it: every text made visible once."""

    row: Row
    title: str
    date: str
    host: str
    names: str

    @classmethod
    def of(cls, row: Row) -> RowView:
        return cls(row, visible(row.title or row.path), row.date.isoformat() if row.date else "",
                   visible(row.host or ""), visible("、".join(row.first_speakers)))

    def matches(self, folded: str, fold: Callable[[str], str]) -> bool:
        """Whether the filter ``folded`` is in the title or the file's path."""
        return folded in fold(self.row.title) or folded in fold(self.row.path)


def sort_views(views: Iterable[RowView], column: str, descending: bool) -> list[RowView]:
    """``views`` sorted by ``column``; rows without a value stay last either way."""
    views = list(views)
    if column == "path":
        return views[::-1] if descending else views  # library order is path order
    present = [v for v in views if not v.row.sort_key(column)[0]]
    missing = [v for v in views if v.row.sort_key(column)[0]]
    present.sort(key=lambda v: v.row.sort_key(column), reverse=descending)
    return present + missing


class ColumnHeader(Widget):
    """The headings of the articles list, the sorted one marked ▲ or ▼; a
    click on a heading sorts by it (again: the other way)."""

    DEFAULT_CSS = "ColumnHeader { height: 1; }"

    class Clicked(Message):
        def __init__(self, column: str) -> None:
            super().__init__()
            self.column = column

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.sort: tuple[str, bool] = ("path", False)

    def set_sort(self, column: str, descending: bool) -> None:
        self.sort = (column, descending)
        self.refresh()

    def _widths(self) -> list[int]:
        return column_widths(COLUMNS, max(1, self.size.width - 1))

    def render_line(self, y: int) -> Strip:
        base = self.rich_style
        segments = [Segment(" ", base)]
        for i, (column, width) in enumerate(zip(COLUMNS, self._widths())):
            label = column.heading
            if column.key == self.sort[0]:
                label += "▼" if self.sort[1] else "▲"
            if i:
                segments.append(Segment(" ", base))
            segments.append(Segment(fit(label, width, column.align), base + Style(bold=column.key == self.sort[0])))
        return Strip(segments).adjust_cell_length(self.size.width, base)

    def on_click(self, event: events.Click) -> None:
        x = event.x - 1
        for column, width in zip(COLUMNS, self._widths()):
            if x < width + 1:
                if column.key in SORTS:
                    self.post_message(self.Clicked(column.key))
                return
            x -= width + 1


class ArticleList(LineList):
    """The articles, one row each, in the order and under the filter the screen chose."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.views: list[RowView] = []

    def show(self, views: list[RowView], keep: str | None = None) -> None:
        """Show ``views``, the cursor on the article at path ``keep`` if it is there
        (the scroll kept), else on the first row."""
        self.views = views
        index = next((i for i, v in enumerate(views) if v.row.path == keep), None) if keep is not None else None
        self.reset(len(views), index or 0, keep_scroll=index is not None)

    @property
    def current(self) -> RowView | None:
        return self.views[self.cursor] if 0 <= self.cursor < len(self.views) else None

    def render_row(self, index: int, width: int, base: Style) -> list[Segment]:
        view = self.views[index]
        row = view.row
        widths = column_widths(COLUMNS, max(1, width - 1))
        pending = base + self.style("dim")
        segments = [Segment(" ", base)]
        if row.state == "unreadable":
            segments.append(Segment(fit(view.title, widths[0]), base))
            rest = sum(widths[1:]) + len(widths) - 1
            segments.append(Segment(" " + fit(visible(row.problem or "cannot be read"), rest - 1), base + self.style("problem")))
            return segments
        cells = [view.title, view.date, view.host, _count(row.speakers), _count(row.quotes), view.names]
        if row.state == "failed":
            cells[5] = visible(row.problem or "analysis failed")
        for i, (column, text, w) in enumerate(zip(COLUMNS, cells, widths)):
            if i:
                segments.append(Segment(" ", base))
            style = base
            if row.state == "new" or (row.state != "analysed" and column.key in ("speakers", "quotes", "first_speakers")):
                style = pending
            if row.state == "failed" and i == 5:
                style = base + self.style("problem")
            if row.state != "analysed" and row.state != "failed" and column.key in ("speakers", "quotes") and not text:
                text = "…"
            segments.append(Segment(fit(text, w, column.align), style))
        return segments


@dataclass(frozen=True)
class HitLine:
    """One line of the search results: an article (``context == -1``) or one of its contexts."""

    article: int
    context: int


class HitLines(Sequence[HitLine]):
    """The lines of the results, an article's line then one per context,
    made when asked for (a query in thousands of articles has tens of
    thousands of lines; only those on screen are ever looked at)."""

    def __init__(self, contexts: Iterable[int]) -> None:
        self.starts: list[int] = []
        """The line of each article."""
        total = 0
        for n in contexts:
            self.starts.append(total)
            total += 1 + n
        self._total = total

    def __len__(self) -> int:
        return self._total

    def line(self, article: int, context: int) -> int:
        return self.starts[article] + 1 + context

    @overload
    def __getitem__(self, index: int) -> HitLine: ...

    @overload
    def __getitem__(self, index: slice) -> list[HitLine]: ...

    def __getitem__(self, index: int | slice) -> HitLine | list[HitLine]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(self._total))]
        if index < 0:
            index += self._total
        if not 0 <= index < self._total:
            raise IndexError(index)
        article = bisect_right(self.starts, index) - 1
        return HitLine(article, index - self.starts[article] - 1)


def _highlighted(context: str, needles: Iterable[str], base: Style, mark: Style) -> list[Segment]:
    """``context`` with every occurrence of the matched texts ``needles`` marked."""
    spans: list[tuple[int, int]] = []
    for needle in {n for n in needles if n}:
        at = context.find(needle)
        while at != -1:
            spans.append((at, at + len(needle)))
            at = context.find(needle, at + len(needle))
    spans.sort()
    out: list[Segment] = []
    pos = 0
    for s, e in spans:
        if s < pos:
            s = pos
        if s >= e:
            continue
        out.append(Segment(context[pos:s], base))
        out.append(Segment(context[s:e], base + mark))
        pos = e
    out.append(Segment(context[pos:], base))
    return out


def in_view(context: str, needle: str, width: int) -> str:
    """``context`` cut on the left (``…``) if its match ``needle`` would
    end past ``width`` cells: the match is what the line is for. The match
    is the occurrence nearest the middle (contexts are centred on it)."""
    if cell_len(context) <= width or not needle:
        return context
    middle = (len(context) - len(needle)) / 2
    found, at = -1, context.find(needle)
    while at != -1:
        if found == -1 or abs(at - middle) < abs(found - middle):
            found = at
        at = context.find(needle, at + 1)
    if found == -1 or cell_len(context[: found + len(needle)]) <= width - 2:
        return context
    start = found
    while start > 0 and cell_len(context[start - 1: found + len(needle)]) < width * 2 // 3:
        start -= 1
    return "…" + context[start:].lstrip("…")


class HitList(LineList):
    """A library search's results, grouped by article: its title, date, host
    and count, then its first matches in context (the match marked).

    The list is laid out from the count alone (:class:`~tui.library.ArticleCount`:
    an article's line, then one per match shown in context); an article's
    matches are read only when its lines are drawn (or asked for by
    :meth:`hits_of`): drawing a context not read yet shows ``…`` and posts
    :class:`Wanted`, and the screen reads them in a thread
    (:meth:`loaded`). Thousands of matching articles cost what those on
    screen cost."""

    class Wanted(Message):
        """Articles (indexes in :attr:`HitList.results`) drawn before their matches were read."""

        def __init__(self, articles: set[int]) -> None:
            super().__init__()
            self.articles = articles

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.results: list[ArticleCount] = []
        self.lines = HitLines(())
        self.bases: list[int] = []
        """Matches in the articles before each one: ``bases[k] + j + 1`` is a match's number."""
        self._titles: dict[int, str] = {}
        self._hits: dict[int, ArticleHits | None] = {}
        """The matches read so far, by article (None: it has none any more)."""
        self._wanted: set[int] = set()
        self._read: Callable[[Row], ArticleHits | None] | None = None

    @staticmethod
    def layout(results: list[ArticleCount]) -> tuple[HitLines, list[int]]:
        """The lines of ``results`` and the matches before each article (what
        :meth:`show` needs; made in the search's thread: for thousands of
        articles it takes the screen's thread some milliseconds)."""
        bases, total = [], 0
        for counted in results:
            bases.append(total)
            total += counted.count
        return HitLines(counted.contexts for counted in results), bases

    def show(self, results: list[ArticleCount], read: Callable[[Row], ArticleHits | None] | None = None,
             keep: tuple[str, int] | None = None, more: bool = False,
             layout: tuple[HitLines, list[int]] | None = None,
             hits: dict[int, ArticleHits | None] | None = None) -> None:
        """Show ``results`` (``read``: an article's matches, from any thread;
        ``layout``: :meth:`layout` of them, if made already; ``hits``: the
        matches of some of them, read already, by index); the cursor on
        ``keep`` (``(path, context)``) if it is there. ``more``: the same
        search, further on (cursor and scroll stay)."""
        old = self.line_key(self.cursor) if more else None
        if not (more and read is not None and read == self._read):  # the same search further on: its articles stay
            self._hits, self._wanted, self._titles = {}, set(), {}
        self.results = results
        self._read = read
        if hits:
            self._take(hits)
        self.lines, self.bases = layout if layout is not None else self.layout(results)
        target = keep or old
        index = None
        if target is not None:
            path, context = target
            k = next((k for k, counted in enumerate(results) if counted.row.path == path), None)
            if k is not None and context < results[k].contexts:
                index = self.lines.line(k, context)
        self.reset(len(self.lines), index or 0, keep_scroll=index is not None)

    def unread_on_screen(self) -> set[int]:
        """The articles with a line on screen whose matches were not read yet."""
        top = int(self.scroll_y)
        shown = self.lines[top:top + self.scrollable_content_region.height]
        return {line.article for line in shown if line.context >= 0 and line.article not in self._hits}

    def loaded(self, found: dict[int, ArticleHits | None]) -> None:
        """The matches of some articles, read (for the results shown now)."""
        self._take(found)
        self.refresh_rows()

    def _take(self, found: dict[int, ArticleHits | None]) -> None:
        for k, hits in found.items():
            if 0 <= k < len(self.results) and (hits is None or hits.row.path == self.results[k].row.path):
                self._hits[k] = hits
        self._wanted -= set(found)

    @staticmethod
    def first_articles(lines: HitLines, height: int) -> list[int]:
        """The articles with a line among the first ``height`` lines of ``lines``."""
        return [k for k, start in enumerate(lines.starts) if start < height]

    def hits_of(self, article: int) -> ArticleHits | None:
        """The matches of the article at ``article``, read now if they were not."""
        if article not in self._hits and 0 <= article < len(self.results) and self._read is not None:
            self.loaded({article: self._read(self.results[article].row)})
        return self._hits.get(article)

    def _want(self, article: int) -> None:
        if not self._wanted:
            self.call_later(self._ask)
        self._wanted.add(article)

    def _ask(self) -> None:
        wanted = {k for k in self._wanted if k not in self._hits}
        if wanted:
            self.post_message(self.Wanted(wanted))

    def line_key(self, index: int) -> tuple[str, int] | None:
        if not 0 <= index < len(self.lines):
            return None
        line = self.lines[index]
        return self.results[line.article].row.path, line.context

    def match_number(self, index: int) -> int:
        """The number (1-based, over the library) of the match at line ``index`` (0: none)."""
        if not 0 <= index < len(self.lines):
            return 0
        line = self.lines[index]
        return self.bases[line.article] + max(0, line.context) + 1

    def render_row(self, index: int, width: int, base: Style) -> list[Segment]:
        line = self.lines[index]
        counted = self.results[line.article]
        if line.context < 0:
            count = f"{counted.count} literal" if counted.literal_only else str(counted.count)
            row = counted.row
            about = "  ".join(x for x in (row.date.isoformat() if row.date else "", visible(row.host or "")) if x)
            right = f"{about}  {count} " if about else f"{count} "
            title_width = max(1, width - 1 - len(right) - 1)
            title = self._titles.get(line.article)
            if title is None:
                title = self._titles[line.article] = visible(row.title or row.path)
            return [Segment(" ", base), Segment(fit(title, title_width), base + self.style("heading")),
                    Segment(" ", base), Segment(fit(right, len(right), "right"), base + self.style("dim"))]
        if line.article not in self._hits:
            self._want(line.article)
            return [Segment("    …", base + self.style("dim"))]
        hits = self._hits[line.article]
        if hits is None or line.context >= len(hits.contexts):
            return []
        context = hits.contexts[line.context]
        shown = [visible(m.text) for m in hits.matches[: len(hits.contexts)]]
        text = fit(in_view(context, shown[line.context], max(1, width - 4)), max(1, width - 4))
        return [Segment("    ", base), *_highlighted(text, shown, base, self.style("match"))]


class SummaryLine(GrowingLabel):
    """The search's summary beside the box (``5/1140  1140 in 640/1000
    articles``): :meth:`after_paint` holds work back until what it shows
    now is drawn."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._after: list[Callable[[], None]] = []
        self.painted = True
        """What it shows was drawn (False from a new text until its frame)."""

    def show_content(self, content: Content) -> None:
        shown = self._shown
        super().show_content(content)
        if self._shown != shown:
            self.painted = False

    def after_paint(self, callback: Callable[[], None]) -> None:
        """``callback()`` once the text shown now is drawn (at once if it was)."""
        if self.painted:
            callback()
            return
        self._after.append(callback)

    def render(self):  # type: ignore[no-untyped-def]
        self.painted = True
        if self._after:  # run after this frame, not in it
            callbacks, self._after = self._after, []
            for callback in callbacks:
                self.call_later(callback)
        return super().render()


class LibrarySearchInput(SearchInput):
    """The library's search box: Enter goes to the results."""

    BINDINGS = [
        Binding("enter", "submit", "Results", show=False, id="library.search-results", tooltip="Go to the results"),
    ]


class FilterInput(Input):
    """The filter on titles: Enter or Esc go back to the list (the filter stays)."""

    BINDINGS = [
        Binding("enter,escape", "leave", "Back to the list", show=False, id="library.filter-leave",
                tooltip="Back to the list (the filter stays)"),
    ]

    class Left(Message):
        """The user left the filter box."""

    def action_leave(self) -> None:
        self.post_message(self.Left())


#: What the screen's panes are for, shown by help (``?``) for the focused one.
HELP = {
    "articles": "The library: one row per article. ↑/↓ (j/k) move, Enter opens the article (Esc or Backspace "
    "come back here), s sorts by the next column (S the other way; a click on a heading sorts by it), "
    "f filters by title, / searches every article, p lists the people quoted. Rows in grey are not "
    "analysed yet; they fill in as the background analysis reports (the header counts it).",
    "results": "Search results, grouped by article: each article's title, date, source and number of "
    "matches, then its first matches in context. Enter opens the article at the match (on a title: at "
    "its first), n/N go to the next/previous match, Esc clears the search.",
    "library-search": "Search every article: the same words, inflections, readings and synonyms as the "
    "explorer's search. Enter goes to the results, ↑/↓ recall earlier queries, Esc goes back to the list "
    "(the results stay).",
    "filter": "Filter: only the articles whose title (or file name) holds what you type. Enter or Esc "
    "go back to the list; the filter stays until you clear it (Esc in the list).",
}

LEGEND = Text.assemble(
    ("Columns\n", "bold underline"),
    "  Title     the article's title (its file name until it is read)\n",
    "  Date      from the file name, a dateline or the source URL\n",
    "  Source    the host of the source URL\n",
    "  Spk, Quo  speakers and quotes found (… until analysed)\n",
    "  Speakers  the first speakers, in order of appearance\n",
    ("\nUnreadable files are listed with the reason; grey rows are not analysed yet.\n", "dim"),
)


class LibraryScreen(Screen):
    """Every article of a library; ``/`` searches them all."""

    BINDINGS = [
        Binding("s", "sort(1)", "Sort", id="library.sort", tooltip="Sort by the next column (path, title, date, source, speakers, quotes)"),
        Binding("S", "sort(0)", "Reverse", show=False, id="library.reverse", tooltip="Sort the other way"),
        Binding("f", "filter", "Filter", id="library.filter", tooltip="Filter the articles by title"),
        Binding("p", "people", "People", id="library.people", tooltip="Everyone quoted across the library"),
        Binding("n", "step(1)", "Next", show=False, id="library.next-match", tooltip="Next match in the library"),
        Binding("N", "step(-1)", "Prev", show=False, id="library.previous-match", tooltip="Previous match in the library"),
        Binding("escape", "clear", "Clear", show=False, id="library.clear", tooltip="Clear the search, then the filter"),
    ]

    def __init__(self, library: Library, name: str) -> None:
        super().__init__()
        self.library = library
        self.library_name = name
        self._views: dict[str, RowView] = {}
        self.sort: tuple[str, bool] = ("path", False)
        self.filter_text = ""
        self._folded_filter = ""
        self.search_query = ""
        """The query whose results are shown (or being searched)."""
        self.summary: SearchSummary | None = None
        self._generation = 0
        self._searched_at = 0.0
        self._progress_text = ""
        self._search_lock = threading.Lock()
        self._live_search: Any = None
        """The :class:`~tui.library.LibrarySearch` the worker is counting."""
        self._search: Any = None
        """The :class:`~tui.library.LibrarySearch` whose results are shown."""
        self._unreadable: int | None = None
        """Rows that cannot be read (None: to be counted again)."""
        self._reading: set[int] = set()
        """Articles of the results whose matches are being read."""
        self._make_later()

    # --- layout ---------------------------------------------------------------

    def compose(self) -> ComposeResult:
        with Horizontal(id="library-header"):
            yield CutLine(id="library-title")
            yield Static(id="library-status")
        yield ColumnHeader(id="columns")
        yield ArticleList(id="articles")
        yield CutLine(id="library-info")
        with Horizontal(id="library-searchbar"):
            yield Static(Content("/"), id="library-search-prompt")
            yield LibrarySearchInput(placeholder="search every article: word, reading or synonym", id="library-search",
                                     compact=True)
            yield SummaryLine(id="library-summary")

    async def _compose_later(self) -> None:
        """What the first frame does without: the search results and the
        filter box (hidden until wanted) and the footer. The rows are what
        the first frame is for; these cost as much again to style and draw.
        Not on a screen the app took away before it came (quitting at once)."""
        if not self.is_attached:
            return
        await self.mount(self._results, before="#library-info")
        await self.mount(self._filter_bar, before="#library-searchbar")
        await self.mount(FittedFooter())
        self.refresh_bindings()  # the footer shows the keys when told they changed

    def _make_later(self) -> None:
        self._results = HitList(id="results")
        self._results.display = False
        self._filter = FilterInput(placeholder="title or file name", id="filter", compact=True)
        self._filter_count = GrowingLabel(id="filter-count")
        self._filter_bar = Horizontal(Static(Content("filter "), id="filter-prompt"), self._filter, self._filter_count,
                                      id="filter-bar")
        self._filter_bar.display = False

    @property
    def articles(self) -> ArticleList:
        return self.query_one("#articles", ArticleList)

    @property
    def results(self) -> HitList:
        return self._results

    def on_mount(self) -> None:
        if not self.is_attached:
            return  # the app closed as this screen opened: its widgets are gone
        self.query_one("#library-title", Static).update(
            Content.assemble(("kiji library  ", "bold"), (visible(self.library_name), ""),
                             (f"  {len(self.library)} articles", "dim")))
        self._views = {row.path: RowView.of(row) for row in self.library.rows}
        self._show_rows()
        self.show_progress(self.library.progress)
        self.watch(self.query_one("#library-search", LibrarySearchInput), "value", self._query_changed, init=False)
        self.watch(self._filter, "value", self._filter_changed, init=False)
        # at once, not on the next idle as Widget.focus does: a "/" typed as kiji
        # started is handled before that idle, and its search box would lose the focus
        self.set_focus(self.articles)
        self.call_after_refresh(self._compose_later)

    # --- rows -----------------------------------------------------------------

    def _shown_views(self) -> list[RowView]:
        views: Iterable[RowView] = self._views.values()
        if self._folded_filter:
            from ..search import fold

            views = [v for v in views if v.matches(self._folded_filter, fold)]
        return sort_views(views, *self.sort)

    def _show_rows(self) -> None:
        current = self.articles.current
        views = self._shown_views()
        self.articles.show(views, keep=current.row.path if current is not None else None)
        self._show_filter_count(len(views))

    def _show_filter_count(self, shown: int) -> None:
        text = f"{shown}/{len(self._views)}" if self._folded_filter else ""
        self._filter_count.show_content(Content(text))

    def update_rows(self, rows: list[Row]) -> None:
        """New states of some rows (the analysis reported them)."""
        changed = False
        for row in rows:
            if row.path in self._views:
                self._views[row.path] = RowView.of(row)
                self._unreadable = None
                changed = True
        if not changed:
            return
        if self.sort[0] == "path" and not self._folded_filter:
            # the order stays: redraw what changed in place
            articles = self.articles
            index = {v.row.path: i for i, v in enumerate(articles.views)} if len(rows) > 8 else None
            for row in rows:
                i = index.get(row.path) if index is not None else next(
                    (i for i, v in enumerate(articles.views) if v.row.path == row.path), None)
                if i is not None:
                    articles.views[i] = self._views[row.path]
                    articles.refresh_row(i)
            self._show_info()
        else:
            self._show_rows()

    def show_progress(self, progress: Any) -> None:
        """``analysed 412/1000`` in the header; a search shown is run again
        now and then while the analysis goes on, to cover more."""
        self._progress_text = str(progress)
        status = self.query_one("#library-status", Static)
        status.update(Content(self._progress_text))
        status.set_class(progress.done, "-done")
        if self.search_query and self.summary is not None and self.summary.counted and (
                progress.done or time.monotonic() - self._searched_at > RESEARCH_SECONDS):
            if self.summary.indexed < self.summary.total:
                self._start_search(more=True)

    def row_paths(self) -> list[str]:
        """The paths of the readable articles, in the list's order (what ``]``/``[`` walk)."""
        return [v.row.path for v in self.articles.views if v.row.state != "unreadable"]

    def select_path(self, path: str) -> None:
        """Put the list's cursor on the article at ``path`` (the one the reader came back from)."""
        for i, v in enumerate(self.articles.views):
            if v.row.path == path:
                self.articles.move_to(i)
                return

    # --- sorting and filtering ------------------------------------------------

    def sort_by(self, column: str, descending: bool | None = None) -> None:
        if descending is None:
            descending = column in DESCENDING_FIRST
        self.sort = (column, descending)
        self.query_one("#columns", ColumnHeader).set_sort(column, descending)
        self._show_rows()

    def action_sort(self, step: int) -> None:
        column, descending = self.sort
        if step:
            self.sort_by(SORTS[(SORTS.index(column) + 1) % len(SORTS)])
        else:
            self.sort_by(column, not descending)

    @on(ColumnHeader.Clicked)
    def _heading_clicked(self, event: ColumnHeader.Clicked) -> None:
        if event.column == self.sort[0]:
            self.sort_by(event.column, not self.sort[1])
        else:
            self.sort_by(event.column)

    def action_filter(self) -> None:
        self._leave_search_results()
        self._filter_bar.display = True
        self._filter.focus()

    def _filter_changed(self, value: str) -> None:
        from ..search import fold

        self.filter_text = value
        self._folded_filter = fold(value.strip())
        self._show_rows()

    @on(FilterInput.Left)
    def _filter_left(self, event: FilterInput.Left) -> None:
        event.stop()
        self._filter_bar.display = bool(self.filter_text)
        self.articles.focus()

    def clear_filter(self) -> None:
        self._filter.value = ""
        self._filter_bar.display = False

    # --- the info line ----------------------------------------------------------

    @on(LineList.Moved)
    def _moved(self, event: LineList.Moved) -> None:
        event.stop()
        if event.lines is self.results:
            self._show_summary()
        self._show_info()

    def _show_info(self) -> None:
        """The path and state of the article under the cursor."""
        if self.results.display:
            line = self.results.lines[self.results.cursor] if 0 <= self.results.cursor < len(self.results.lines) else None
            row = self.results.results[line.article].row if line is not None else None
        else:
            view = self.articles.current
            row = view.row if view is not None else None
        if row is None:
            text = Content("")
        else:
            state = {"new": "not read yet", "read": "not analysed yet", "analysed": f"{row.chars} characters",
                     "unreadable": row.problem or "cannot be read", "failed": row.problem or "analysis failed"}[row.state]
            text = Content.assemble((visible(row.path), ""), (f"  {visible(state)}", "dim"))
        self.query_one("#library-info", Static).update(text)

    # --- search ---------------------------------------------------------------

    def focus_search(self) -> None:
        """``/``: the search box takes the keys (a "/" typed in a box is text)."""
        focused = self.focused
        if isinstance(focused, Input):
            focused.post_message(events.Key("slash", "/"))
            return
        self.set_focus(self.query_one("#library-search", LibrarySearchInput))

    def _query_changed(self, value: str) -> None:
        self.search_query = value
        if not value.strip():
            self._generation += 1
            self._cancel_running()
            self.workers.cancel_group(self, "library-search")
            self.summary = None
            self._leave_search_results()
            self._show_summary()
            return
        self._start_search()

    def _cancel_running(self) -> None:
        """Stop the search being run at its next article (a newer query came)."""
        running = self._live_search
        if running is not None:
            running.cancel()

    def _start_search(self, more: bool = False) -> None:
        self._cancel_running()
        self._generation += 1
        self._searched_at = time.monotonic()
        # the lines the results will show first: the list's height once it was laid out,
        # else the articles' and their headings' (the results take their place)
        shown = self.results.scrollable_content_region.height or self.articles.scrollable_content_region.height + 1
        self.run_search(self.search_query, self._generation, more, 0 if more else shown)
        if not more:
            self._show_summary(searching=True)

    @work(thread=True, exclusive=True, group="library-search")
    def run_search(self, query: str, generation: int, more: bool, first: int = 0) -> None:
        """Count ``query`` in every article and post the count, then the
        results with the matches of the articles on their ``first`` lines.

        A newer query cancels this one; the count sees it between two
        articles, and only then does the newer one start (a lock): two
        searches at once would share the interpreter (the GIL) and both be
        slower, the newer waiting for the older all the same.
        """
        worker = get_current_worker()
        with self._search_lock:
            if worker.is_cancelled:
                return  # a newer query came while the older one finished
            try:
                self._search_now(query, generation, more, worker, first)
            except Exception as exc:  # noqa: BLE001 - the library stays usable
                if not worker.is_cancelled:
                    self.app.call_from_worker(self.notify, visible(f"search failed: {type(exc).__name__}: {exc}"),
                                              severity="error", markup=False)

    class Found(Message):
        """The count of the search ``generation`` (posted from its thread, not waited for)."""

        def __init__(self, generation: int, search: Any, results: list[ArticleCount], summary: SearchSummary,
                     more: bool) -> None:
            super().__init__()
            self.generation, self.search, self.results, self.summary, self.more = generation, search, results, summary, more
            self.layout = HitList.layout(results)
            self.hits: dict[int, ArticleHits | None] = {}
            """Matches read already, by article (those the list shows first)."""

    def _search_now(self, query: str, generation: int, more: bool, worker: Any, first: int = 0) -> None:
        search = self.library.search(query)
        self._live_search = search
        if generation != self._generation:
            return  # a newer query came while the candidates were looked up
        shown = more

        def progress() -> None:  # a long count: the articles counted so far, to act on meanwhile
            nonlocal shown
            if not more and not worker.is_cancelled:
                self.post_message(self.Found(generation, search, search.by_article, search.summary, shown))
                shown = True

        if not search.count(progress) or worker.is_cancelled:
            return
        # the count is the search's whole work here: the articles' matches are
        # read for the lines on screen (HitList.Wanted), not for every article
        if not more:  # the count on screen at once (counted, not done); the list of articles follows
            self.post_message(self.Counted(generation, search.summary))
        found = self.Found(generation, search, search.by_article, replace(search.summary, done=True), shown)
        # the matches of the articles the list shows first, read here: drawn once, with
        # them, rather than drawn with "…" for each and again when the screen has read them
        for k in HitList.first_articles(found.layout[0], first):
            if worker.is_cancelled:
                return
            try:
                found.hits[k] = search.hits(found.results[k].row)
            except Exception:  # noqa: BLE001 - left unread: the list asks for it, and says what went wrong
                pass
        self.post_message(found)

    class Counted(Message):
        """The count of the search ``generation``, before its list of articles."""

        def __init__(self, generation: int, summary: SearchSummary) -> None:
            super().__init__()
            self.generation, self.summary = generation, summary

    @on(Counted)
    def _counted(self, event: Counted) -> None:
        if event.generation == self._generation:
            self.summary = event.summary
            self._show_summary()

    @on(Found)
    def _found(self, event: Found) -> None:
        # the count first, in a frame of its own: the list's first drawing costs several
        # times what the count's line does, and the reader is waiting for the count
        self.query_one("#library-summary", SummaryLine).after_paint(lambda: self._show_found(event))

    def _show_found(self, event: Found) -> None:
        if event.generation != self._generation:
            return  # superseded
        if event.search is not self._search:
            self._search = event.search
            self._reading.clear()
        self._show_results(event.results, event.summary, event.more, event.layout, event.hits)

    def _show_results(self, results: list[ArticleCount], summary: SearchSummary, more: bool,
                      layout: tuple[HitLines, list[int]], hits: dict[int, ArticleHits | None] | None = None) -> None:
        self.summary = summary
        hitlist = self.results
        if not hitlist.display:
            hitlist.display = True
            self.articles.display = False
            self.query_one("#columns").display = False
            if self.articles.has_focus:
                hitlist.focus()
        hitlist.show(results, self._search.hits, more=more, layout=layout, hits=hits)
        self._show_summary()
        self._show_info()

    @on(HitList.Wanted)
    def _wanted(self, event: HitList.Wanted) -> None:
        """Read the matches of the articles drawn (in a thread: a long article's take a while)."""
        event.stop()
        results = self.results.results
        # indexes of the list drawn: a newer search's shorter list may have replaced it since
        new = {k for k in event.articles if k < len(results)} - self._reading
        if not new or self._search is None:
            return
        self._reading |= new
        self.read_hits(self._search, self._generation, [(k, results[k].row) for k in sorted(new)])

    @work(thread=True, group="library-hits")
    def read_hits(self, search: Any, generation: int, articles: list[tuple[int, Row]]) -> None:
        found: dict[int, ArticleHits | None] = {}
        posted = time.monotonic()
        for k, row in articles:
            if generation != self._generation:
                return
            try:
                found[k] = search.hits(row)
            except Exception as exc:  # noqa: BLE001 - the results stay usable: this article shows no context
                found[k] = None
                self.app.call_from_worker(self.notify, visible(f"search failed: {type(exc).__name__}: {exc}"),
                                          severity="error", markup=False)
            if time.monotonic() - posted >= READ_BATCH_SECONDS:
                self.post_message(self.Read(generation, found))
                found, posted = {}, time.monotonic()
        if found:
            self.post_message(self.Read(generation, found))

    class Read(Message):
        """The matches of some articles of the results of search ``generation``."""

        def __init__(self, generation: int, found: dict[int, ArticleHits | None]) -> None:
            super().__init__()
            self.generation, self.found = generation, found

    @on(Read)
    def _read(self, event: Read) -> None:
        if event.generation != self._generation:
            return
        self._reading -= set(event.found)
        self.results.loaded(event.found)

    def _show_summary(self, searching: bool = False) -> None:
        """``5/1140  1140 in 640/1000 articles``: the match under the cursor over
        the library's, and how much was searched."""
        summary = self.summary
        label = self.query_one("#library-summary", SummaryLine)
        if not self.search_query.strip():
            label.show_content(Content(""))
            return
        if summary is None or searching:
            label.show_content(Content("searching…"))
            return
        number = self.results.match_number(self.results.cursor) if self.results.display else 0
        position = f"{number}/{summary.matches}" if summary.matches else "0/0"
        more = "" if summary.done or summary.counted else " …"
        label.show_content(Content.assemble((position, "bold"), (f"  {self._searched_text(summary)}{more}", "")))

    def _searched_text(self, summary: SearchSummary) -> str:
        """``312 in 640/1000 articles``: how much of the library was searched in
        every mode. A file that cannot be read counts as done (the header's
        ``analysed 1000/1000`` counts it so): nothing more will be searched."""
        if self._unreadable is None:  # counted again only when rows change (not on every cursor move)
            self._unreadable = sum(v.row.state == "unreadable" for v in self._views.values())
        total = summary.total - self._unreadable
        if summary.indexed >= total:
            return f"{summary.matches} in {total} articles"
        return f"{summary.matches} in {summary.indexed}/{total} articles"

    def _leave_search_results(self) -> None:
        if self.results.display:
            focus = self.results.has_focus
            self.results.display = False
            self.articles.display = True
            self.query_one("#columns").display = True
            if focus:
                self.articles.focus()
        self._show_info()

    @on(SearchInput.Submitted, "#library-search")
    def _search_submitted(self, event: SearchInput.Submitted) -> None:
        event.stop()  # not the explorer's
        self.query_one("#library-search", LibrarySearchInput).remember(event.value)
        (self.results if self.results.display else self.articles).focus()

    @on(SearchInput.Left)
    def _search_left(self, event: SearchInput.Left) -> None:
        event.stop()  # not the explorer's
        (self.results if self.results.display else self.articles).focus()

    def action_step(self, step: int) -> None:
        """``n``/``N``: the next/previous match of the results (wrapping around)."""
        hitlist = self.results
        if not hitlist.display or not hitlist.lines:
            return
        n, i = len(hitlist.lines), hitlist.cursor
        for _ in range(n):
            i = (i + step) % n
            if hitlist.lines[i].context >= 0:
                break
        hitlist.move_to(i)
        hitlist.focus()

    def action_clear(self) -> None:
        """Esc: clear the search, else the filter."""
        search = self.query_one("#library-search", LibrarySearchInput)
        if search.value:
            search.value = ""
        elif self.filter_text:
            self.clear_filter()

    @on(LineList.Selected, "#articles")
    def _article_selected(self, event: LineList.Selected) -> None:
        event.stop()
        view = self.articles.current
        if view is None:
            return
        if view.row.state == "unreadable":
            self.notify(visible(f"{view.row.path}: {view.row.problem or 'cannot be read'}"), title="Cannot open the article",
                        severity="error", markup=False)
            return
        self.app.open_article(view.row.path, self.row_paths())  # type: ignore[attr-defined]

    @on(LineList.Selected, "#results")
    def _result_selected(self, event: LineList.Selected) -> None:
        event.stop()
        hitlist = self.results
        line = hitlist.lines[event.index]
        hits = hitlist.hits_of(line.article)
        if hits is None or not hits.matches:
            return
        walk = [h.row.path for h in hitlist.results]
        self.app.open_match(hits, hits.matches[max(0, line.context)], self.search_query, walk)  # type: ignore[attr-defined]

    def action_people(self) -> None:
        self.app.show_people()  # type: ignore[attr-defined]

    # --- help -----------------------------------------------------------------

    def help_for_focus(self) -> str | None:
        focused = self.focused
        return HELP.get(focused.id or "") if focused is not None else HELP["articles"]

    def binding_groups(self) -> list[tuple[str, list[Binding]]]:
        return [
            ("Library", [b for b in self.BINDINGS if isinstance(b, Binding)]),
            ("Lists", LineList.BINDINGS),
            ("Search box", LibrarySearchInput.BINDINGS + [b for b in SearchInput.BINDINGS if b.key != "enter"]),
            ("Filter box", FilterInput.BINDINGS),
        ]
