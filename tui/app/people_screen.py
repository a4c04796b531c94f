"""The people view (``p`` in the library): everyone quoted across the
library, merged by name, with their article and quote counts; Enter lists a
person's quotes across the articles (newest first when dates are known);
Enter on a quote opens its article at it.

What it lists is the core's :func:`tui.library.grouped` (one pass over the
cache), gathered in a thread worker: the people of the articles analysed so
far, gathered again when the view is opened after more were analysed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Input, Static
from textual.worker import get_current_worker

from ..text import visible
from .legend import QUOTE_KIND_MARKS
from .library_screen import FilterInput
from .footer import FittedFooter
from .header import CutLine
from .line_list import Column, LineList, column_widths, fit

if TYPE_CHECKING:  # pragma: no cover
    from ..library import Library, Person, PersonQuote

PEOPLE_COLUMNS = (
    Column("name", "Name", flex=3, minimum=10),
    Column("kind", "Kind", width=12),
    Column("articles", "Articles", width=8, align="right"),
    Column("quotes", "Quotes", width=6, align="right"),
    Column("latest", "Latest", width=10),
)
QUOTE_COLUMNS = (
    Column("date", "Date", width=10),
    Column("title", "Article", flex=2, minimum=8),
    Column("text", "Quote", flex=5, minimum=12),
)
#: How a speaker's kind reads in the list.
KINDS = {"person": "person", "organization": "organization", "unnamed_person": "unnamed"}


def _many(n: int, what: str) -> str:
    return f"{n} {what}{'' if n == 1 else 's'}"


def _row(columns: tuple[Column, ...], cells: list[tuple[str, Style]], width: int, base: Style) -> list[Segment]:
    segments = [Segment(" ", base)]
    for i, (column, (text, style), w) in enumerate(zip(columns, cells, column_widths(columns, max(1, width - 1)))):
        if i:
            segments.append(Segment(" ", base))
        segments.append(Segment(fit(text, w, column.align), style))
    return segments


def _heading(columns: tuple[Column, ...], width: int) -> Text:
    text = Text(" ")
    for i, (column, w) in enumerate(zip(columns, column_widths(columns, max(1, width - 1)))):
        text.append((" " if i else "") + fit(column.heading, w, column.align))
    return text


class PeopleList(LineList):
    """Every speaker across the library."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.people: list[tuple[Person, list[PersonQuote]]] = []
        self._names: list[str] = []

    def show(self, people: list[tuple[Person, list[PersonQuote]]], keep: tuple[str, str] | None = None) -> None:
        self.people = people
        self._names = [visible(p.name) for p, _ in people]
        index = next((i for i, (p, _) in enumerate(people) if (p.name, p.kind) == keep), None) if keep else None
        self.reset(len(people), index or 0, keep_scroll=index is not None)

    @property
    def current(self) -> tuple[Person, list[PersonQuote]] | None:
        return self.people[self.cursor] if 0 <= self.cursor < len(self.people) else None

    def render_row(self, index: int, width: int, base: Style) -> list[Segment]:
        person, _ = self.people[index]
        dim = base + self.style("dim")
        return _row(PEOPLE_COLUMNS, [
            (self._names[index], base + Style(bold=True)),
            (KINDS.get(person.kind, person.kind), dim),
            (str(person.articles), base),
            (str(person.quotes), base),
            (person.latest.isoformat() if person.latest else "", dim),
        ], width, base)


class QuoteList(LineList):
    """One person's quotes across the library, newest article first."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.quotes: list[PersonQuote] = []
        self._texts: list[tuple[str, str]] = []

    def show(self, quotes: list[PersonQuote]) -> None:
        self.quotes = quotes
        self._texts = [(visible(q.title or q.path), visible(q.text)) for q in quotes]
        self.reset(len(quotes))

    @property
    def current(self) -> PersonQuote | None:
        return self.quotes[self.cursor] if 0 <= self.cursor < len(self.quotes) else None

    def render_row(self, index: int, width: int, base: Style) -> list[Segment]:
        quote = self.quotes[index]
        title, text = self._texts[index]
        mark = QUOTE_KIND_MARKS.get(quote.kind, "?")
        return _row(QUOTE_COLUMNS, [
            (quote.date.isoformat() if quote.date else "", base + self.style("dim")),
            (title, base + self.style("dim")),
            (f"{mark} {text}", base),
        ], width, base)


HELP = {
    "people": "Everyone quoted across the library, merged by name (an unnamed speaker such as 男性 is "
    "someone else in each article), the most quoted first: how many articles quote them, how many "
    "quotes, the newest article's date. Enter lists their quotes; / finds a name; Esc goes back to "
    "the library.",
    "person-quotes": "One person's quotes across the library, newest article first (undated ones "
    "after). 「」 marks a direct quote, 〜 reported speech. Enter opens the article at the quote "
    "(Esc or Backspace there come back here); Esc goes back to the people.",
    "people-filter": "Find a person: only the names holding what you type. Enter or Esc go back to the list.",
}


class PeopleScreen(Screen):
    """The people quoted across the library, and one person's quotes."""

    BINDINGS = [
        Binding("escape,backspace", "back", "Back", id="people.back", tooltip="Back: from the quotes to the people, "
                "from the people to the library"),
    ]

    def __init__(self, library: Library) -> None:
        super().__init__()
        self.library = library
        self._gathered_at: tuple[int, int] | None = None
        self._name_filter = ""

    def compose(self) -> ComposeResult:
        with Horizontal(id="people-header"):
            yield CutLine(id="people-title")
            yield Static(id="people-status")
        yield Static(id="people-columns")
        yield PeopleList(id="people")
        yield QuoteList(id="person-quotes")
        yield CutLine(id="people-info")
        with Horizontal(id="people-filter-bar"):
            yield Static(Content("/ "), id="people-filter-prompt")
            yield FilterInput(placeholder="a name", id="people-filter", compact=True)
            yield Static(id="people-filter-count")
        yield FittedFooter()

    @property
    def people(self) -> PeopleList:
        return self.query_one("#people", PeopleList)

    @property
    def quotes(self) -> QuoteList:
        return self.query_one("#person-quotes", QuoteList)

    def on_mount(self) -> None:
        if not self.is_attached:
            return  # the app closed as this screen opened: its widgets are gone
        self.quotes.display = False
        self.query_one("#people-filter-bar").display = False
        self.watch(self.query_one("#people-filter", FilterInput), "value", self._filter_changed, init=False)
        self.people.focus()
        self._show_columns()
        self._gather_if_stale()

    def on_screen_resume(self) -> None:
        if self.is_mounted and self.is_attached:
            self._gather_if_stale()

    def _gather_if_stale(self) -> None:
        """Gather the people again if more articles were analysed since."""
        progress = self.library.progress
        key = (progress.analysed, progress.total)
        if key != self._gathered_at:
            self._gathered_at = key
            self._title("gathering…")
            self.gather(progress)

    def on_resize(self) -> None:
        self._show_columns()

    # --- gathering ------------------------------------------------------------

    @work(thread=True, exclusive=True, group="people")
    def gather(self, progress) -> None:
        """Everyone quoted in the analysed articles (the cache, in this thread)."""
        from ..library import grouped

        worker = get_current_worker()
        try:
            found = grouped(self.library)
        except Exception as exc:  # noqa: BLE001 - shown, the library stays usable
            self.app.call_from_worker(self.notify, visible(f"people: {exc}"), severity="error", markup=False)
            return
        if not worker.is_cancelled:
            self.app.call_from_worker(self._gathered, found, progress)

    def _gathered(self, found: list[tuple[Person, list[PersonQuote]]], progress) -> None:
        self._all = found
        current = self.people.current
        self._show_people(keep=(current[0].name, current[0].kind) if current else None)
        note = "" if progress.done else f"  from the {progress.analysed} of {progress.total} articles analysed so far"
        self._title(f"{_many(len(found), 'speaker')}{note}")

    def _show_people(self, keep: tuple[str, str] | None = None) -> None:
        found = getattr(self, "_all", [])
        if self._name_filter:
            from ..search import fold

            found = [(p, q) for p, q in found if self._name_filter in fold(p.name)]
        self.people.show(found, keep)
        text = f"{len(found)}/{len(getattr(self, '_all', []))}" if self._name_filter else ""
        self.query_one("#people-filter-count", Static).update(Content(text))

    def _title(self, status: str) -> None:
        current = self.people.current if self.quotes.display else None
        title = Content.assemble(("kiji people", "bold"))
        if current is not None:
            person = current[0]
            title = Content.assemble(("kiji people  ", "bold"), (visible(person.name), "bold"),
                                     (f"  {_many(person.quotes, 'quote')} in {_many(person.articles, 'article')}", "dim"))
        self.query_one("#people-title", Static).update(title)
        if status:
            self.query_one("#people-status", Static).update(Content(status))

    def _show_columns(self) -> None:
        columns = QUOTE_COLUMNS if self.quotes.display else PEOPLE_COLUMNS
        self.query_one("#people-columns", Static).update(_heading(columns, self.size.width))

    # --- moving between the lists -----------------------------------------------

    @on(LineList.Selected, "#people")
    def _person_selected(self, event: LineList.Selected) -> None:
        event.stop()
        current = self.people.current
        if current is None:
            return
        self.quotes.show(current[1])
        self.people.display = False
        self.quotes.display = True
        self.quotes.focus()
        self._show_columns()
        self._title("")
        self._show_info()

    @on(LineList.Selected, "#person-quotes")
    def _quote_selected(self, event: LineList.Selected) -> None:
        event.stop()
        quote = self.quotes.current
        if quote is not None:
            walk = list(dict.fromkeys(q.path for q in self.quotes.quotes))
            self.app.open_quote(quote, walk)  # type: ignore[attr-defined]

    @on(LineList.Moved)
    def _moved(self, event: LineList.Moved) -> None:
        event.stop()
        self._show_info()

    def _show_info(self) -> None:
        if self.quotes.display:
            quote = self.quotes.current
            text = Content.assemble((visible(quote.path), ""), (f"  line {quote.line}  {visible(quote.speaker)}", "dim")) if quote else Content("")
        else:
            current = self.people.current
            text = Content("")
            if current is not None and current[0].aliases:
                text = Content.assemble(("also: ", "dim"), (visible("、".join(current[0].aliases)), ""))
        self.query_one("#people-info", Static).update(text)

    def action_back(self) -> None:
        if self.quotes.display:
            self.quotes.display = False
            self.people.display = True
            self.people.focus()
            self._show_columns()
            self._title("")
            self._show_info()
        else:
            self.app.pop_screen()

    # --- finding a name -------------------------------------------------------

    def focus_search(self) -> None:
        """``/``: find a person by name (a "/" typed in the box is text)."""
        from textual import events

        focused = self.focused
        if isinstance(focused, Input):
            focused.post_message(events.Key("slash", "/"))
            return
        if self.quotes.display:
            self.action_back()
        self.query_one("#people-filter-bar").display = True
        self.set_focus(self.query_one("#people-filter", FilterInput))

    def _filter_changed(self, value: str) -> None:
        from ..search import fold

        self._name_filter = fold(value.strip())
        self._show_people()

    @on(FilterInput.Left)
    def _filter_left(self, event: FilterInput.Left) -> None:
        event.stop()
        self.query_one("#people-filter-bar").display = bool(self._name_filter)
        self.people.focus()

    # --- help -----------------------------------------------------------------

    def help_for_focus(self) -> str | None:
        focused = self.focused
        return HELP.get(focused.id or "") if focused is not None else HELP["people"]

    def binding_groups(self) -> list[tuple[str, list[Binding]]]:
        return [
            ("People", [b for b in self.BINDINGS if isinstance(b, Binding)]),
            ("Lists", LineList.BINDINGS),
            ("Find a name", FilterInput.BINDINGS),
        ]
