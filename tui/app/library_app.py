"""kiji on a library (``kiji DIR``, or several files): the library screen
first, the explorer for one article at a time.

:class:`LibraryApp` is the explorer (:class:`~tui.app.explorer.KijiApp`,
whose widgets stay on the default screen) with the library's screens pushed
over it: the list (:class:`~tui.app.library_screen.LibraryScreen`) and the
people (:class:`~tui.app.people_screen.PeopleScreen`). Opening an article
takes those screens off the stack (they are installed, so they keep their
cursor and scroll) and loads it into the explorer; Esc or Backspace puts
them back. The library's analysis runs in a thread worker iterating the
core's :class:`~tui.library.AnalysisRun` (the work itself in worker
processes) and hands the rows to the list in batches.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterator

from rich.text import Text
from textual import events, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.compose import compose
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Static

from ..explore import CoreProcess
from .. import text as text_room  # its parse(): a module of the same name sits behind the door
from ..text import ArticleError, read_article, visible
from .commands import PaletteCommand
from .explorer import KijiApp, parse_keymap, start_resource_tracker
from .help import HelpScreen, keys_text, remap_text
from .library_screen import LEGEND, SORTS, LibraryScreen
from .people_screen import PeopleScreen

if TYPE_CHECKING:  # pragma: no cover
    from ..library import ArticleCount, ArticleHits, Library, PersonQuote, Row
    from ..search import Match

#: Rows looked up in the cache before the library's first frame when the
#: terminal's height is unknown: more than any terminal shows at once; the
#: others right after it (:meth:`tui.library.Library.recall`, in the analysis's thread).
FIRST_ROWS = 200

#: Seconds between two batches of analysed rows handed to the list.
BATCH_SECONDS = 0.1
#: The interpreter's switch interval while the library is open (seconds;
#: Python's default is 0.005): the screen's thread, back from the terminal
#: with a key, waits this long for the interpreter when the search's thread
#: is counting, and it gives it back several times per key.
SWITCH_SECONDS = 0.001
#: Explorer actions, of no use while a library screen is shown.
EXPLORER_ACTIONS = frozenset({
    "next_match", "previous_match", "escape", "toggle_terms", "toggle_sidebar", "toggle_quotes",
    "toggle_highlights", "copy_quote", "copy_paragraph", "section", "switch_article", "back",
})


def first_rows(fd: int | None = None) -> int:
    """How many rows to look up before the first frame: the height of the
    terminal on ``fd`` (kiji's output), which the list's rows never fill
    (the header, the column names and the footer take some), else
    :data:`FIRST_ROWS`. A row looked up costs ~60 µs of the first frame."""
    try:
        lines = os.get_terminal_size(sys.__stdout__.fileno() if fd is None else fd).lines
    except (AttributeError, OSError, ValueError):  # no stdout, not a terminal, closed
        return FIRST_ROWS
    return lines if lines > 0 else FIRST_ROWS  # a terminal that gives no size says 0


class LibraryApp(KijiApp):
    """The library screen over the explorer."""

    BINDINGS = [
        Binding("backspace", "back", "List", id="kiji.back", tooltip="Back to the list the article was opened from"),
    ]

    def __init__(self, library: Library, name: str, theme: str | None = None, jobs: int | None = None,
                 store: Any = None) -> None:
        """``library``: opened (its rows known); ``name``: what the header calls
        it (the folder); ``jobs``: worker processes for the analysis
        (default: all cores but one)."""
        super().__init__(None, theme=theme, article=text_room.parse(""), store=store)
        self.paths = []
        self.library = library
        self.jobs = jobs
        self.library_screen = LibraryScreen(library, name)
        self.people_screen: PeopleScreen | None = None
        self._return: list[Screen] = []
        """The library's screens the open article was opened from (Esc puts them back)."""
        self._walk: tuple[str, str] | None = None
        """``(query, path)`` when the open article came from the library's search
        results: ``n``/``N`` go on into the next or previous article with matches."""
        self._run = None
        self._explorer_composed = False
        self._switch = sys.getswitchinterval()
        self._early_input: list[events.InputEvent] | None = []
        """Keys and clicks that came before the library's screen was up (None since)."""

    # --- start and end ------------------------------------------------------------

    def compose(self) -> ComposeResult:
        # the explorer's widgets come with the first article opened: the
        # library's screen paints first without styling and laying them out
        if self._explorer_composed:
            yield from super().compose()

    def on_mount(self, event: events.Mount) -> None:
        event.prevent_default()  # the explorer's on_mount would load an article: none is open yet
        self._switch = sys.getswitchinterval()
        sys.setswitchinterval(min(self._switch, SWITCH_SECONDS))
        if self._keymap_spec:
            self.set_keymap(parse_keymap(self._keymap_spec))
        self.install_screen(self.library_screen, "library")
        # pushed once the app has started: Textual starts an app in a batch of
        # updates, and a screen pushed inside it is styled and drawn, then not
        # shown (~30 ms of the first frame); keys and clicks that come first
        # wait for it (:meth:`on_event`)
        self.call_later(self._show_library)

    async def _show_library(self) -> None:
        await self.push_screen("library")
        # the rows after the first screen's, and the analysis, once the list is
        # drawn: their thread would hold the interpreter while the first frame is made
        self.call_after_refresh(self.analyse_library)
        early, self._early_input = self._early_input, None
        for event in early or ():
            await super().on_event(event)

    async def on_event(self, event: events.Event) -> None:
        if self._early_input is not None and isinstance(event, events.InputEvent) and not event.is_forwarded:
            self._early_input.append(event)  # typed before the library's screen is up: its keys
            return
        await super().on_event(event)

    def _arrange_panes(self) -> None:
        # the explorer's on_resize lays out its panes: none until an article is
        # opened (the event itself goes on: the screens are resized with the terminal)
        if self._explorer_composed:
            super()._arrange_panes()

    async def _compose_explorer(self) -> None:
        """The explorer's widgets, on the default screen, once."""
        if self._explorer_composed:
            return
        self._explorer_composed = True
        await self.default_screen.mount_all(compose(self))
        self.prepare_explorer()
        await self.query_one("#header").mount(Static(id="library-position"), before="#status")

    def exit(self, *args, **kwargs) -> None:
        self._stop_analysis()
        super().exit(*args, **kwargs)

    def on_unmount(self) -> None:
        self._stop_analysis()  # then the explorer's on_unmount (Textual calls both)
        sys.setswitchinterval(self._switch)

    def _stop_analysis(self) -> None:
        if self._run is not None:
            self._run.cancel()

    # --- the analysis -------------------------------------------------------------

    def analyse_library(self) -> None:
        self.run_analysis()

    @work(thread=True, exclusive=True, group="library-analysis")
    def run_analysis(self) -> None:
        """The rows after the first screen's from the cache (the first
        frame had only those: :func:`first_rows`), then what the cache does
        not know analysed in worker processes; the new rows go to the list
        every :data:`BATCH_SECONDS`."""
        batch: list[Row] = []
        shown = time.monotonic()
        try:
            recalled = self.library.recall()
            progress = self.library.progress
            self.call_from_worker(self._rows_updated, recalled, progress)
            if not progress.done:
                start_resource_tracker()
            self._run = run = self.library.analyse(jobs=self.jobs)
            for update in run:
                batch.append(update.row)
                progress = update.progress
                if time.monotonic() - shown >= BATCH_SECONDS:
                    self.call_from_worker(self._rows_updated, batch, progress)
                    batch, shown = [], time.monotonic()
            self.call_from_worker(self._rows_updated, batch, self.library.progress)
        except Exception as exc:  # noqa: BLE001 - the library stays readable
            self.call_from_worker(self.notify, visible(f"analysis stopped: {type(exc).__name__}: {exc}"),
                                  severity="error", markup=False)

    def _rows_updated(self, rows: list[Row], progress: Any) -> None:
        self.library_screen.update_rows(rows)
        self.library_screen.show_progress(progress)

    # --- opening an article -----------------------------------------------------

    def open_article(self, path: str, walk: list[str], then: Callable[[], None] | None = None,
                     walk_query: str | None = None) -> None:
        """Show the article at ``path`` in the explorer (``]``/``[`` walk ``walk``),
        then ``then()`` once it is laid out; ``walk_query``: it was opened from
        the library's results for that query (``n``/``N`` go on through them).
        A file that cannot be read any more is reported and the list stays."""
        self.call_later(self._open, path, walk, then, walk_query)

    async def _open(self, path: str, walk: list[str], then: Callable[[], None] | None, walk_query: str | None) -> None:
        try:
            article = read_article(path)
        except ArticleError as exc:
            self.notify(visible(str(exc)), title="Cannot open the article", severity="error", markup=False)
            return
        await self._compose_explorer()
        above = [s for s in self.screen_stack[1:] if isinstance(s, (LibraryScreen, PeopleScreen))]
        if above:  # else from the explorer itself (n/N into the next article): the way back stays
            self._return = above
        while len(self.screen_stack) > 1:
            self.pop_screen()
        if path not in walk:
            walk = [path, *walk]
        self.paths = [Path(p) for p in walk]
        self.article_index = walk.index(path)
        self._walk = (walk_query, path) if walk_query is not None else None
        if self._core is None and article.text_chars >= self.PROCESS_THRESHOLD:
            start_resource_tracker()
            self._core = CoreProcess()  # Sudachi holds the GIL: a big article in a thread would stall the keys
        self.load_article(article)
        self.view.focus()
        self._show_library_position()
        if then is not None:
            self._when_laid_out(then)

    def _when_laid_out(self, then: Callable[[], None], tries: int = 100) -> None:
        """``then()`` once the article view has its size, the article its
        lines and the view its scrollbar (the explorer's screen is laid out a
        frame or more after the article is given to it: Textual ignores a
        scroll before that)."""
        view = self.view
        ready = view.size.width and view.virtual_size.height and (
            view.allow_vertical_scroll or view.virtual_size.height <= view.size.height)
        if ready or not tries:
            then()
        else:
            self.call_after_refresh(self._when_laid_out, then, tries - 1)

    def open_match(self, hits: ArticleHits, match: Match, query: str, walk: list[str]) -> None:
        """Open the article of ``hits`` at ``match``, its matches highlighted."""
        self.open_article(hits.row.path, walk, lambda: self.search_at(query, match.line, match.start), walk_query=query)

    def open_quote(self, quote: PersonQuote, walk: list[str]) -> None:
        """Open the article of ``quote`` at it, marked."""
        self.open_article(quote.path, walk, lambda: self.view.mark_quote(quote.block, quote.start, quote.end))

    def action_back(self) -> None:
        """Back to the library screen(s) the article was opened from, where they were."""
        if not self._return:
            return
        path = str(self.paths[self.article_index]) if self.paths else None
        screens, self._return = self._return, []
        for screen in screens:
            self.push_screen(screen)
        if path is not None and screens[-1] is self.library_screen:
            self.library_screen.select_path(path)

    def action_escape(self) -> None:
        """Close a floating pane; else back to the list."""
        if self._close_overlays():
            return
        if self._return:
            self.action_back()
            return
        super().action_escape()

    def show_people(self) -> None:
        """The people view, over the library's list (from the explorer: back to it first)."""
        if self.screen is self.default_screen:
            if self._return:
                self.action_back()
            else:
                self.push_screen(self.library_screen)
        if self.people_screen is None:
            self.people_screen = PeopleScreen(self.library)
            self.install_screen(self.people_screen, "people")
        if self.screen is not self.people_screen:
            self.push_screen(self.people_screen)

    # --- n/N through the whole library ------------------------------------------------

    def _walk_results(self) -> tuple[list[ArticleCount], int] | None:
        """The library's results the open article belongs to, and its place in them."""
        if self._walk is None or self._walk[0] != self._query:
            return None
        results = self.library_screen.results.results
        k = next((i for i, h in enumerate(results) if h.row.path == str(self.paths[self.article_index])), None)
        return (results, k) if k is not None else None

    def _step_library(self, step: int) -> bool:
        """At the last (first) match of the article, the next (previous)
        article of the library's results at its first (last) match."""
        found = self._walk_results()
        hits, current = self.hits, self.current
        if found is None or hits is None or current is None:
            return False
        if (hits.after(current.start) if step > 0 else hits.before(current.start)) is not None:
            return False
        results, k = found
        if not 0 <= k + step < len(results):
            return False
        nxt = self.library_screen.results.hits_of(k + step)  # read now if it was never on screen
        if nxt is None or not nxt.matches:
            return False
        walk = [str(p) for p in self.paths]
        self.open_match(nxt, nxt.matches[0] if step > 0 else nxt.matches[-1], self._query, walk)
        return True

    def action_next_match(self) -> None:
        if not self._step_library(1):
            super().action_next_match()

    def action_previous_match(self) -> None:
        if not self._step_library(-1):
            super().action_previous_match()

    def _show_count(self, pending: bool = False) -> None:
        super()._show_count(pending)
        self._show_library_position()

    def _show_library_position(self) -> None:
        """``library 37/1140``: the current match over the library's, when the
        article was opened from the library's search results."""
        try:
            label = self.query_one("#library-position", Static)
        except Exception:  # noqa: BLE001 - not mounted yet
            return
        found = self._walk_results()
        summary = self.library_screen.summary
        if found is None or summary is None or self.hits is None or self.current is None:
            label.update(Content(""))
            return
        results, k = found
        number = self.library_screen.results.bases[k] + self.hits.index(self.current) + 1
        label.update(Content(f"library {number}/{summary.matches}"))

    # --- keys, help and palette ---------------------------------------------------

    def _base_screen(self) -> Screen:
        """The screen under any help or palette: the explorer's or a library one."""
        for screen in reversed(self.screen_stack):
            if screen is self.default_screen or isinstance(screen, (LibraryScreen, PeopleScreen)):
                return screen
        return self.default_screen

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        screen = self.screen
        if action == "focus_search":
            return screen is self.default_screen or isinstance(screen, (LibraryScreen, PeopleScreen))
        if action in EXPLORER_ACTIONS and screen is not self.default_screen:
            return False
        if action == "back":
            return bool(self._return)
        return super().check_action(action, parameters)

    def action_focus_search(self) -> None:
        screen = self.screen
        if isinstance(screen, (LibraryScreen, PeopleScreen)):
            screen.focus_search()
        else:
            super().action_focus_search()

    def binding_groups(self):
        groups = super().binding_groups()
        kiji = [b for b in KijiApp.BINDINGS + LibraryApp.BINDINGS if isinstance(b, Binding)]
        return [("Explorer", kiji), *groups[1:]]

    def action_help(self) -> None:
        screen = self._base_screen()
        if not isinstance(screen, (LibraryScreen, PeopleScreen)):
            super().action_help()
            return
        everywhere = [b for b in KijiApp.BINDINGS if isinstance(b, Binding) and b.id in ("kiji.quit", "kiji.force-quit", "kiji.help")]
        everywhere.append(Binding("ctrl+p", "command_palette", "Command palette (people, sorting, themes)"))
        groups = [*screen.binding_groups(), ("Everywhere", everywhere)]
        keys = keys_text(groups, self.key_display)
        about = screen.help_for_focus()
        pane = Text.assemble(("This screen\n", "bold underline"), f"  {about}\n") if about else Text()
        legend = LEGEND if isinstance(screen, LibraryScreen) else Text()
        self.push_screen(HelpScreen(keys, legend, pane, remap_text(groups, self.key_display)))

    def palette_commands(self) -> Iterator[PaletteCommand]:
        screen = self._base_screen()
        if screen is self.default_screen:
            for command in super().palette_commands():
                if not command.text.startswith("Open article: "):  # thousands: the list is for that
                    yield command
            if self._return:
                yield PaletteCommand("Back to the list", "Same as Esc or Backspace", self.action_back)
        else:
            for column in SORTS:
                yield PaletteCommand(f"Sort by: {column}", "Same as s (S: the other way)",
                                     lambda c=column: self.library_screen.sort_by(c))
            yield PaletteCommand("Filter by title", "Same as f", self.library_screen.action_filter)
            for name in sorted(self.available_themes):
                yield PaletteCommand(f"Switch theme: {name}", "Colours (ansi-dark uses the terminal's palette)",
                                     lambda name=name: setattr(self, "theme", name))
        yield PaletteCommand("People: everyone quoted across the library", "Same as p in the library", self.show_people)
