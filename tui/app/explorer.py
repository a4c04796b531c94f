"""The Textual explorer: the article in the centre, its sections and terms on
the left, who said what on the right, a live search at the bottom.

The app holds no analysis logic: it shows the article model at once, then
runs the core in a thread worker: first the folded text for literal search
(no Sudachi: a query typed right after the first frame is counted at once,
``n+`` until the rest is known), then ``explore.explore`` (terms, speakers
and the word index in one pass over the article, its progress in the
header), and fills the panes when it ends; when a big article is open the
worker hands the pass to a child process, because Sudachi holds the GIL.
A keystroke in the search box is answered in the event loop when the word
index is here (a small article), else by an exclusive thread worker asking
the child (a newer query supersedes an older one, and typing never waits).
Matches are never listed: :class:`~tui.search.Hits` counts them and the
article view asks it for the lines it draws.
"""

from __future__ import annotations

import gc
import os
import sys
import threading
from pathlib import Path
from typing import Any, Iterator

from textual import events, on, work
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.css.query import NoMatches
from textual.widget import Widget
from textual.widgets import OptionList, Static, Tree
from textual.worker import get_current_worker

from .. import explore as core_process
from ..explore import Cancelled, CoreError, CoreProcess, Explored, FileChanged, RemoteWords
from ..text import Article, ArticleError, bundled_article, digest_of, read_article, read_bytes, visible
from .article_view import ArticleView
from .commands import KijiCommands, PaletteCommand
from .compositor import BandedScreen
from .footer import FittedFooter
from .header import TitleBar
from .help import HelpScreen, keys_text, legend_text, pane_text, remap_text
from .legend import CATEGORY_HIGHLIGHTS
from .panes import FittedTree, Outline, QuoteInfo, QuotesTree, TermInfo, TermsTree
from .search_bar import MatchCount, MatchHow, SearchInput
from .themes import resolve_theme

#: Environment variable with key remappings: ``id=keys`` pairs separated by ``;``.
KEYMAP_ENV = "KIJI_KEYMAP"
#: Environment variable choosing what ``y`` copies of a quote (:data:`COPY_STYLES`).
COPY_ENV = "KIJI_COPY"
#: ``cited``: 「…」（name・title、source URL）, the default; ``quote``: the words
#: alone (:data:`tui.quotes.CITE_STYLES`, not imported: the core loads after the first frame).
COPY_STYLES = ("cited", "quote")
#: Longest wait of the analysis for the frame that shows a query's first count (seconds).
FRAME_WAIT = 0.5
#: Longest article (characters) a keystroke typed before the analysis worker
#: has folded the text folds itself (a few milliseconds), counting at once;
#: a longer one's key is echoed at once and counted when the worker's fold comes.
FOLD_AT_KEY = 20_000
#: Characters of a copied text the notice shows.
COPY_PREVIEW = 40


def parse_keymap(spec: str) -> dict[str, str]:
    """``"kiji.quit=x;article.down=j,ctrl+n"`` → ``{"kiji.quit": "x", ...}``."""
    keymap = {}
    for item in spec.split(";"):
        binding_id, sep, keys = item.partition("=")
        if sep and binding_id.strip() and keys.strip():
            keymap[binding_id.strip()] = keys.strip()
    return keymap


def start_resource_tracker() -> None:
    """Start multiprocessing's resource tracker, which every spawn of a
    worker process starts first if it is not running, and which is handed
    ``sys.stderr``'s file descriptor: Textual's stand-in for stderr has none
    (-1, which the spawn refuses). It gets /dev/null, for the moment of
    starting it (its only output would be warnings the screen cannot show).
    Only when there is work for worker processes (a big article, a library
    not in the cache): a library opened from the cache starts no process at all."""
    from multiprocessing import resource_tracker  # a big article's: off a small one's start

    saved = sys.stderr
    with open(os.devnull, "w") as devnull:
        sys.stderr = devnull
        try:
            resource_tracker.ensure_running()
        finally:
            if sys.stderr is devnull:
                sys.stderr = saved


class KijiApp(App[int]):
    """Explore one or more articles."""

    CSS_PATH = "kiji.tcss"
    TITLE = "kiji"
    COMMANDS = App.COMMANDS | {KijiCommands}
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (80, "-medium"), (120, "-wide")]
    #: Width of a pane floating over the article (at most 90% of the screen).
    OVERLAY_WIDTH = 40
    #: Width of the sections/terms pane from 80 to 119 columns (as in kiji.tcss).
    MEDIUM_SIDEBAR_WIDTH = 24
    #: With an article of at least this many characters (or a file of three
    #: bytes per character), articles are analysed in a child process:
    #: Sudachi holds the GIL, and a thread would stall the keys.
    PROCESS_THRESHOLD = 50_000

    BINDINGS = [
        Binding("q", "quit", "Quit", id="kiji.quit", tooltip="Quit kiji"),
        Binding("ctrl+q", "quit", "Quit", show=False, priority=True, id="kiji.force-quit", tooltip="Quit, even from the search box"),
        Binding("question_mark,f1", "help", "Help", id="kiji.help", tooltip="Keys and highlight legend"),
        # priority: the app sees "/" before the focused pane does, so the keys
        # typed right after it (often in the same read) go to the search box
        Binding("slash", "focus_search", "Search", id="kiji.search", tooltip="Focus the search box", priority=True),
        Binding("n", "next_match", "Next", id="kiji.next-match", tooltip="Next search match"),
        Binding("N", "previous_match", "Prev", show=False, id="kiji.previous-match", tooltip="Previous search match"),
        Binding("escape", "escape", "Clear", show=False, id="kiji.clear", tooltip="Close a floating pane, leave a side pane, clear the search"),
        Binding("t", "toggle_terms", "Terms", id="kiji.toggle-terms", tooltip="Show/hide the terms pane"),
        Binding("o", "toggle_sidebar", "Sections", show=False, id="kiji.toggle-sidebar", tooltip="Show/hide the left column (sections and terms)"),
        Binding("s", "toggle_quotes", "Speakers", id="kiji.toggle-speakers", tooltip="Show/hide the speakers pane"),
        Binding("h", "toggle_highlights", "Highlights", id="kiji.toggle-highlights", tooltip="Highlight terms or not"),
        Binding("y", "copy_quote", "Copy", id="kiji.copy-quote", tooltip="Copy the selected quote (or the paragraph)"),
        Binding("c", "copy_paragraph", "Copy ¶", show=False, id="kiji.copy-paragraph", tooltip="Copy the paragraph"),
        # priority: the screen's own Tab (Textual's order) would come first
        Binding("tab", "focus_pane(1)", "Next pane", show=False, priority=True, id="kiji.next-pane", tooltip="Next pane, left to right, then the search box"),
        Binding("shift+tab", "focus_pane(-1)", "Previous pane", show=False, priority=True, id="kiji.previous-pane", tooltip="Previous pane"),
        # not ]] / [[ as in vim: ] and [ alone walk the articles, at once
        Binding("right_curly_bracket", "section(1)", "Next section", show=False, id="kiji.next-section", tooltip="Scroll the article to the next section"),
        Binding("left_curly_bracket", "section(-1)", "Previous section", show=False, id="kiji.previous-section", tooltip="Scroll the article to this or the previous section"),
        Binding("r", "reload", "Reload", show=False, id="kiji.reload",
                tooltip="Read the article again (its file changed on disk)"),
        Binding("right_square_bracket", "switch_article(1)", "Next article", show=False, id="kiji.next-article", tooltip="Next article (the library's list, or the files given)"),
        Binding("left_square_bracket", "switch_article(-1)", "Previous article", show=False, id="kiji.previous-article", tooltip="Previous article"),
    ]

    def __init__(self, paths: list[Path] | None = None, theme: str | None = None, article: Article | None = None,
                 store: Any = None) -> None:
        """``article``, if given, is ``paths[0]`` already read (the command line
        reads every file first to refuse bad ones before the screen is taken).
        An unknown ``theme`` raises :class:`~tui.app.themes.UnknownTheme`
        (the command line has refused it already, as a usage error).
        ``store`` keeps analyses between runs (:class:`tui.library.ExploreCache`:
        a second open fills the panes from it), or is a function that opens
        one: called once, by the analysis worker after the first frame (the
        cache's SQLite and its imports stay off the start path), its
        ``warnings`` shown as notices."""
        super().__init__()
        self._store = store
        self.paths = [Path(p) for p in (paths or [bundled_article()])]
        self.article_index = 0
        self.article: Article = article if article is not None else read_article(self.paths[0])
        self.terms: tuple = ()
        self.speakers: tuple = ()
        self._core: CoreProcess | None = None
        self.literal = None
        """The article's :class:`~tui.search.LiteralText`, once folded (just after the first frame)."""
        self._fold_lock = threading.Lock()
        self._fold: tuple[int, Any] | None = None
        """``(generation, literal text)``: the article folded, by whoever needed it first (:meth:`folded`)."""
        self.index = None
        """The word index (:class:`~tui.search.WordIndex`, or :class:`RemoteWords`
        in the child process), once the analysis has built it."""
        self.hits = None
        """The :class:`~tui.search.Hits` of the query shown."""
        self._focus_when_loaded = None
        """A pane's list brought into view while it was loading (the analysis
        running): it takes the focus when it is filled."""
        self.current = None
        """The current :class:`~tui.search.Hit`."""
        self._query = ""
        self._target: tuple[str, int, int] | None = None
        """``(query, line, start)``: the match to make current when that
        query's matches come (:meth:`search_at`)."""
        self._generation = 0
        self._status = ""
        self._on_disk = ""
        """What became of the article's file since it was read: "" (the
        same), "changed" or "deleted"; said in the header until reloaded."""
        self._checked: tuple[int, tuple[int, int, int] | None] | None = None
        """``(generation, stat)`` the file was last compared at: a check reads
        the file again only when its size, time or inode changed."""
        self._pane_override: dict[str, bool] = {}
        self._terms_shown = True
        """The terms pane under the sections (``t``); the left column itself is ``o``."""
        self._mode = ""
        if theme:
            self.theme = resolve_theme(theme)
        self._keymap_spec = os.environ.get(KEYMAP_ENV, "")
        style = os.environ.get(COPY_ENV, "").strip()
        self.copy_style = style if style in COPY_STYLES else COPY_STYLES[0]
        """What ``y`` copies of a quote (``$KIJI_COPY``; the command line refuses another value)."""
        self.marked_quote = None
        """``(speaker, quote)`` marked in the article (Enter in the speakers pane, the palette)."""
        self._big = self.article.text_chars >= self.PROCESS_THRESHOLD or any(
            p.stat().st_size >= self.PROCESS_THRESHOLD * 3 for p in self.paths[1:] if p.is_file()
        )
        """The articles are analysed in a child process, started by the first analysis (after the first frame)."""
        self._painted = False
        """The first frame is on screen (:meth:`on_ready`): an analysis may start."""
        self._analysis_due = False
        """An article was loaded before the first frame: :meth:`on_ready` analyses it."""

    # --- layout ---------------------------------------------------------------

    def compose(self) -> ComposeResult:
        with Horizontal(id="header"):
            yield TitleBar(id="title")
            yield Static(id="status")
        with Horizontal(id="body"):
            with Vertical(id="sidebar"):
                yield Outline(id="outline")
                with Vertical(id="terms-pane"):
                    yield TermsTree(id="terms")
                    yield TermInfo(id="term-info")
            yield ArticleView(id="article")
            with Vertical(id="speakers"):
                yield QuotesTree(id="quotes")
                yield QuoteInfo(id="quote-info")
        with Horizontal(id="searchbar"):
            yield Static(Content("/"), id="search-prompt")
            yield SearchInput(placeholder="search: word, reading or synonym", id="search", compact=True)
            yield MatchHow(Content(""), id="match-how")
            yield MatchCount(Content("0/0"), id="match-count")
        yield FittedFooter()

    def get_default_screen(self) -> BandedScreen:
        # a keystroke repaints the search bar and a few article lines: only those rows are drawn
        return BandedScreen(id="_default")

    @property
    def view(self) -> ArticleView:
        return self.query_one("#article", ArticleView)

    def on_mount(self) -> None:
        self.prepare_explorer()
        self.load_article(self.article)

    def prepare_explorer(self) -> None:
        """Titles, keymap, focus and the watches of the explorer's widgets
        (the library app prepares them without loading an article)."""
        self.set_interval(self.FILE_CHECK_SECONDS, self.check_file)
        self.query_one("#outline").border_title = "Sections"
        self.query_one("#terms-pane").border_title = "Terms"
        self.query_one("#speakers").border_title = "Speakers"
        if self._keymap_spec:
            self.set_keymap(parse_keymap(self._keymap_spec))
        # at once, not on the next idle as Widget.focus does: keys typed before
        # the first frame are already queued ahead of that idle, and a "/"
        # among them would have its search box's focus taken back afterwards
        self.view.screen.set_focus(self.view)
        self.watch(self.view, "scroll_y", self._sync_outline, init=False)
        # watched, not a Changed message: the search runs as the key is
        # handled, so the count and marks share the frame that echoes the key
        # (a message would be handled after it, a frame later)
        self.watch(self.query_one("#search", SearchInput), "value", self._query_changed, init=False)

    def on_resize(self) -> None:
        self.call_after_refresh(self._arrange_panes)

    def _layout_mode(self) -> str:
        width = self.size.width
        return "wide" if width >= 120 else "medium" if width >= 80 else "narrow"

    def _arrange_panes(self) -> None:
        """Three panes from 120 columns, two from 80 (speakers as an overlay),
        one below 80 (both side panes as overlays)."""
        mode = self._layout_mode()
        if mode != self._mode:
            self._mode = mode
            self._pane_override.clear()
        defaults = {"wide": (True, True), "medium": (True, False), "narrow": (False, False)}[mode]
        show_left = self._pane_override.get("left", defaults[0])
        show_right = self._pane_override.get("right", defaults[1])
        sidebar = self.query_one("#sidebar")
        quotes = self.query_one("#speakers")
        sidebar.display = show_left
        quotes.display = show_right
        self.query_one("#terms-pane").display = self._terms_shown
        sidebar.set_class(not self._terms_shown, "-no-terms")
        sidebar.set_class(mode == "narrow", "-overlay")
        quotes.set_class(mode != "wide", "-overlay")
        # an absolutely positioned pane still counts when `fr` widths are shared
        # out, so the article gets an explicit width while a pane floats
        body_width = self.size.width
        if mode == "wide":
            self.view.styles.width = "1fr"
        else:
            beside = self.MEDIUM_SIDEBAR_WIDTH if (show_left and mode == "medium") else 0
            self.view.styles.width = max(10, body_width - beside)
        overlay_width = max(10, min(self.OVERLAY_WIDTH, body_width * 9 // 10))
        sidebar.styles.width = overlay_width if mode == "narrow" else None
        quotes.styles.width = overlay_width if mode != "wide" else None
        quotes.styles.offset = (body_width - overlay_width, 0) if mode != "wide" else (0, 0)

    def _toggle_pane(self, side: str, widget_id: str, focus: str | None = None) -> None:
        """Show or hide a side pane; a pane that floats takes the focus
        (``focus``: which of its widgets), one that goes gives it back to the article."""
        self._arrange_panes()
        widget = self.query_one(widget_id)
        show = not widget.display
        self._pane_override[side] = show
        self._arrange_panes()
        if show and widget.has_class("-overlay"):
            self.call_after_refresh(self._focus_pane, widget.query_one(focus) if focus else widget)
        elif not show:
            self._refocus()

    def _focus_pane(self, widget: Widget) -> None:
        """Focus ``widget`` of a pane that came into view; while it is loading
        (it cannot take the focus then), as soon as it is filled."""
        self._focus_when_loaded = widget if widget.loading else None
        if not widget.loading:
            widget.focus()

    def _filled(self, widget: Widget) -> None:
        """``widget`` is filled: it takes the focus if it was brought into
        view while loading, is still in view, and the focus has stayed on the article."""
        if self._focus_when_loaded is not widget:
            return
        self._focus_when_loaded = None
        in_view = all(node.display for node in widget.ancestors_with_self if node is not self.screen)
        if in_view and self.screen is self.default_screen and self.focused in (None, self.view):
            widget.focus()

    def _refocus(self) -> None:
        """Give the focus back to the article if its widget was hidden."""
        focused = self.focused
        if focused is None or any(not node.display for node in focused.ancestors_with_self if node is not self.screen):
            self.view.focus()

    #: The panes in the order Tab visits them: as the screen shows them, left
    #: to right (a column top to bottom), then the search box. Textual's own
    #: order is by position, and a floating pane's is its place before the offset.
    PANE_ORDER = ("outline", "terms", "article", "quotes", "search")

    def action_focus_pane(self, step: int) -> None:
        """Focus the next (previous) visible pane in :data:`PANE_ORDER`."""
        if self.screen is not self.default_screen:
            self.screen.focus_next() if step > 0 else self.screen.focus_previous()
            return
        chain = set(self.screen.focus_chain)
        panes = [w for w in (self.query_one(f"#{i}") for i in self.PANE_ORDER) if w in chain]
        if not panes:
            return
        focused = self.focused
        at = next((i for i, w in enumerate(panes) if focused is not None and focused in w.ancestors_with_self), -1)
        if at < 0 and step < 0:
            at = 0
        self.screen.set_focus(panes[(at + step) % len(panes)])

    def _close_overlays(self) -> bool:
        closed = False
        for side, widget_id in (("left", "#sidebar"), ("right", "#speakers")):
            widget = self.query_one(widget_id)
            if widget.has_class("-overlay") and widget.display:
                self._pane_override[side] = False
                closed = True
        if closed:
            self._arrange_panes()
            self.view.focus()
        return closed

    # --- loading --------------------------------------------------------------

    def load_article(self, article: Article) -> None:
        """Show ``article`` now; analyse it in a worker."""
        self.article = article
        self._generation += 1
        self.terms, self.speakers, self.index, self.literal = (), (), None, None
        self._fold = None  # the last article's folded text: not kept past it
        self.hits, self.current, self._target = None, None, None
        self.marked_quote = None
        self.workers.cancel_group(self, "search")  # the last article's
        self._on_disk, self._checked = "", None
        host = article.source.host if article.source else None
        position = f"({self.article_index + 1}/{len(self.paths)})" if len(self.paths) > 1 else ""
        self.query_one("#title", TitleBar).show(visible(article.title), visible(host or ""), position)
        self.sub_title = visible(article.title)
        # the lines below the screen are wrapped once the text is folded:
        # the two would share the interpreter, and a query typed at once waits for the fold
        self.view.hold_wrapping(True)
        self.view.set_article(article)
        self.query_one("#outline", Outline).show_article(article)
        self.query_one("#term-info", TermInfo).show_term(None)
        self.query_one("#quote-info", QuoteInfo).show_node(None)
        for pane in ("#terms", "#quotes"):
            self.query_one(pane).loading = True
        self._set_status("analysing…")
        # start the analysis once the article is on screen: paint first
        if self._painted:
            self.call_after_refresh(self._start_analysis, self._generation)
        else:
            self._analysis_due = True  # on_ready starts it
        if self._query:
            self._show_count(pending=True)

    def on_ready(self) -> None:
        """The first frame is on screen: start the analysis now, not after the
        frames that follow it (the panes fitted to their widths, the footer's
        keys), so that a query typed at once is counted as soon as the text
        is folded. The child process of a big article is started by the
        analysis, once the text is folded: off the first frame's two cores."""
        self._painted = True
        if not gc.isenabled():
            # `kiji` turned the collector off until the first frame (tui.cli.cmd_open):
            # what was made until now is kept out of its collections (the modules,
            # the widgets, the rows: ~70,000 objects, ~35 ms to go through, which
            # the first collection after enabling it would spend as the first
            # frame is being written out), with the few cycles already dropped
            # (~2,000 objects)
            gc.freeze()
            gc.enable()
        if self._analysis_due:
            self._start_analysis()

    def _start_analysis(self, generation: int | None = None) -> None:
        """Analyse the article shown (unless another was loaded since ``generation``)."""
        if generation is not None and generation != self._generation:
            return
        self._analysis_due = False
        self.analyse(self.article, self.paths[self.article_index], self._generation)

    def _stop_core(self) -> None:
        if self._core is not None:
            self._core.close()
            self._core = None

    def exit(self, *args, **kwargs) -> None:
        self._stop_core()
        super().exit(*args, **kwargs)

    def on_unmount(self) -> None:
        self._stop_core()  # however the app ends (tests end without exit())

    def _set_status(self, text: str) -> None:
        self._status = text
        note = {"changed": "changed on disk: r reloads", "deleted": "file deleted"}.get(self._on_disk, "")
        self.query_one("#status", Static).update(Content("  ".join(x for x in (text, note) if x)))

    # --- the file on disk -----------------------------------------------------

    #: How often the article's file is looked at (its stat; read again only when that changed).
    FILE_CHECK_SECONDS = 1.0

    @work(thread=True, exclusive=True, group="file")
    def check_file(self) -> None:
        """Whether the article's file still holds the bytes it was read from
        (their SHA-256); the answer goes to :meth:`_file_checked`."""
        article, generation = self.article, self._generation
        if not article.digest or not self.paths:
            return  # not read from a file
        path = self.paths[self.article_index]
        try:
            st = os.stat(path)
            stamp: tuple[int, int, int] | None = (st.st_ino, st.st_size, st.st_mtime_ns)
        except OSError:
            stamp = None
        if self._checked == (generation, stamp):
            return
        if stamp is None:
            state = "deleted"
        else:
            try:
                state = "" if digest_of(read_bytes(path)) == article.digest else "changed"
            except ArticleError:
                state = "changed"  # grown past the limit, become a directory...
        self.call_from_worker(self._file_checked, generation, stamp, state)

    def _file_checked(self, generation: int, stamp: tuple[int, int, int] | None, state: str) -> None:
        if generation != self._generation:
            return
        self._checked = (generation, stamp)
        self._file_state(state)

    def _file_state(self, state: str) -> None:
        """Say what became of the file (once per change), in the header until reloaded."""
        if state == self._on_disk:
            return
        self._on_disk = state
        self._set_status(self._status)
        path = visible(str(self.paths[self.article_index]))
        if state == "changed":
            self.notify(f"{path} changed on disk: r reloads it (the article shown is the one read before)",
                        title="File changed", severity="warning", timeout=8, markup=False)
        elif state == "deleted":
            self.notify(f"{path} was deleted or moved: the article shown is the one read before",
                        title="File deleted", severity="warning", timeout=8, markup=False)

    def action_reload(self) -> None:
        """Read the article's file again and show it (the search box keeps its query)."""
        if not self.article.digest or not self.paths:
            return
        try:
            article = read_article(self.paths[self.article_index], name=self.article.path)
        except ArticleError as exc:
            self.notify(visible(str(exc)), title="Cannot reload the article", severity="error", markup=False)
            return
        self.load_article(article)

    @work(thread=True, exclusive=True, group="analysis")
    def analyse(self, article: Article, path: Path, generation: int) -> None:
        """Terms, speakers and the search index in one pass over the article
        (``explore.explore``), its progress in the header.

        First the text folded for literal search (shown at once, and a query
        typed meanwhile counted on screen before the analysis goes on). With a
        big article open, the pass runs in the child process (started here the
        first time), which reads ``path`` (the file ``article`` came from)
        itself rather than receive a copy through the pipe, and keeps the
        index; otherwise in this thread.
        A failure in the core leaves the article readable: the status line
        says so instead of the app exiting.
        """
        worker = get_current_worker()
        shown = -1

        def show(callback, *args) -> None:
            if not worker.is_cancelled:
                self.call_from_worker(callback, generation, *args)

        def progress(fraction: float) -> None:
            nonlocal shown
            percent = int(fraction * 100)
            if percent != shown:
                shown = percent
                show(self._progress, percent)

        try:
            show(self._literal_ready, self.folded(article, generation))
            if self._query and not worker.is_cancelled:
                # a query typed before the text was folded: its count on screen
                # first, then the analysis (Sudachi holds the GIL; a child
                # process takes a core to start)
                painted = threading.Event()
                show(self._after_frame, painted.set)
                painted.wait(FRAME_WAIT)
            if self._big and self._core is None and not worker.is_cancelled:
                start_resource_tracker()
                self._core = CoreProcess()
            core = self._core
            store = self._opened_store()
            if core is not None:
                found = core.call("explore", str(path), store, article.digest,
                                  cancelled=lambda: worker.is_cancelled, progress=progress)
                found = found._replace(index=RemoteWords(core) if found.index else None)
            else:

                def local_progress(fraction: float) -> None:
                    if worker.is_cancelled:
                        raise Cancelled("explore")
                    progress(fraction)

                explore = core_process.explore
                # tests stand in an explore() that takes no store
                found = explore(article, local_progress) if store is None else explore(article, local_progress, store)
        except Cancelled:
            return
        except FileChanged as exc:  # the child would have analysed another text than the one shown
            show(self._analysis_stopped, str(exc))
            return
        except Exception as exc:  # noqa: BLE001 - shown to the user, the article stays usable
            show(self._stage_failed, "analysis", f"{type(exc).__name__}: {exc}")
            return
        show(self._explored, found)

    def _after_frame(self, generation: int, callback) -> None:
        self.call_after_refresh(callback)

    def _opened_store(self) -> Any:
        """The store, opened if it was given as a function that opens it (in
        the analysis worker: one at a time); its warnings as notices."""
        if callable(self._store):
            opener, self._store = self._store, None
            self._store = opener()
            for warning in getattr(self._store, "warnings", ()):
                self.call_from_worker(self.notify, visible(warning), title="Cache", severity="warning", timeout=8,
                                      markup=False)
        return self._store

    def _progress(self, generation: int, percent: int) -> None:
        if generation == self._generation and self.index is None:
            self._set_status(f"analysing… {percent}%")

    def _explored(self, generation: int, found: Explored) -> None:
        if generation != self._generation:
            return
        self._analysis_ready(generation, found.terms)
        self._speakers_ready(generation, found.speakers)
        if found.index is not None:
            self._index_ready(generation, found.index)
        for stage, problem in found.problems:
            self._stage_failed(generation, stage, problem)
        # what is here now stays as long as the article: keep the collector
        # from walking it (a full collection took ~140 ms with 1 MB open,
        # and one could fall on any keystroke)
        gc.freeze()

    def _analysis_stopped(self, generation: int, state: str) -> None:
        """The file changed before the child read it: no analysis of another
        text; the header says so and ``r`` reloads."""
        if generation != self._generation:
            return
        for pane in ("#terms", "#quotes"):
            self.query_one(pane).loading = False
        self._set_status("not analysed")
        self._file_state(state)

    def _stage_failed(self, generation: int, stage: str, problem: str) -> None:
        if generation != self._generation:
            return
        for pane in ("#terms", "#quotes"):
            self.query_one(pane).loading = False
        self.view.hold_wrapping(False)  # a fold that failed: nothing to wait for
        self._set_status(f"{stage} failed")
        self.notify(visible(f"{stage} failed: {problem}"), severity="error", markup=False)

    def _analysis_ready(self, generation: int, terms) -> None:
        if generation != self._generation:
            return
        self.terms = tuple(terms)
        self.query_one("#terms", TermsTree).show_terms(self.terms)
        self.query_one("#terms").loading = False
        self._filled(self.query_one("#terms"))
        self.view.set_terms(self.terms)

    def _speakers_ready(self, generation: int, speakers) -> None:
        if generation != self._generation:
            return
        self.speakers = tuple(speakers)
        tree = self.query_one("#quotes", QuotesTree)
        tree.show_speakers(self.speakers)
        tree.loading = False
        self._filled(tree)
        self.query_one("#quote-info", QuoteInfo).show_node(tree.cursor_entry())

    def folded(self, article: Article, generation: int):
        """``article`` (loaded as ``generation``) folded for literal search
        (:class:`~tui.search.LiteralText`), once: by the analysis worker just
        after the first frame, or by a keystroke that comes first in a short
        article (:data:`FOLD_AT_KEY`), which waits for it."""
        with self._fold_lock:
            if self._fold is None or self._fold[0] != generation:
                from ..search import LiteralText

                self._fold = (generation, LiteralText(article.text_blocks()))
            return self._fold[1]

    def _literal_ready(self, generation: int, literal) -> None:
        if generation != self._generation:
            return
        self.view.hold_wrapping(False)
        if literal is self.literal:
            return  # folded for a keystroke already
        self.literal = literal
        if self._query:
            self._search()

    def _index_ready(self, generation: int, index) -> None:
        if generation != self._generation:
            return
        self.index = index
        self._set_status("")
        if self._query:
            self._search(keep=True)

    # --- search ---------------------------------------------------------------

    def _query_changed(self, value: str) -> None:
        self._query = value
        if self._target is not None and self._target[0] != value:
            self._target = None
        self._search()

    def search_at(self, query: str, line: int, start: int) -> None:
        """Search ``query`` with its match at ``start`` of the block at
        ``line`` as the current one (the library opens an article at a match)."""
        self._target = (query, line, start)
        search = self.query_one("#search", SearchInput)
        search.remember(query)
        if search.value == query:
            self._search()
        else:
            search.value = query  # searches (a watch)

    def _search(self, keep: bool = False) -> None:
        """Search the query in the box. With the word index here (or none
        yet: the literal matches, partial) at once; with it in the child
        process, in a worker. ``keep``: the same query, more complete (the
        index has come): the current match stays where it is."""
        query = self._query
        if not query.strip():
            self._show_hits(query, None)
            return
        if self.literal is None:  # typed before the analysis worker folded the text
            if self.article.text_chars > FOLD_AT_KEY:
                # the key is echoed now and counted with the worker's fold
                # (:meth:`_literal_ready`): folding here would hold the echo
                # back, ~0.3 s a million characters
                self._show_count(pending=True)
                return
            self.literal = self.folded(self.article, self._generation)
        if isinstance(self.index, RemoteWords):
            self.run_search(query, keep)
            return
        from ..search import Hits, clean_query

        query_clean = clean_query(query)
        spans = self.index.spans(query_clean) if self.index is not None else None
        self._show_hits(query, Hits(self.literal, query_clean, spans), keep)

    @work(thread=True, exclusive=True, group="search")
    def run_search(self, query: str, keep: bool = False) -> None:
        """Ask the child process for the word index's spans of ``query``; a
        newer query cancels this one, and so does another article (a search
        waiting for the child process gives up)."""
        index, literal = self.index, self.literal
        if not isinstance(index, RemoteWords) or literal is None:
            return
        from ..search import Hits, clean_query

        worker = get_current_worker()
        query_clean = clean_query(query)
        try:
            spans = index.spans(query_clean, cancelled=lambda: worker.is_cancelled)
            hits = Hits(literal, query_clean, spans)
        except Cancelled:
            return
        except CoreError as exc:
            self.call_from_worker(self.notify, visible(f"search failed: {exc}"), severity="error", markup=False)
            return
        if not worker.is_cancelled:
            self.call_from_worker(self._show_hits, query, hits, keep)

    def call_from_worker(self, callback, *args, **kwargs) -> None:
        """``callback(*args)`` in the app's thread, from a worker's; nothing
        once the app is closing (its screens go while the worker runs: a
        search the child answered as the app quit failed a run of the app
        tests with NoMatches). Every worker of the app and its screens hands
        over through here."""
        try:
            self.call_from_thread(callback, *args, **kwargs)
        except NoMatches:
            pass  # the app is closing: its screen went while the worker ran
        except RuntimeError:
            if self.is_running:
                raise

    def _show_hits(self, query: str, hits, keep: bool = False) -> None:
        if query != self._query or (hits is not None and hits.text is not self.literal):
            return  # superseded while it ran
        previous = self.current if keep else None
        self.hits = hits if hits is not None and hits.count else None
        target = self._target if self._target is not None and self._target[0] == query else None
        if self.hits is None:
            self.current = None
        elif target is not None:
            block = self.hits.text.block_at_line(target[1])
            self.current = self.hits.at(self.hits.text.bases[block] + target[2]) if block is not None else self.hits.first()
            if not self.hits.partial:
                self._target = None  # every mode has answered: it stays where it is from now on
        elif previous is not None:
            self.current = self.hits.at(previous.start)
        else:
            self.current = self.hits.first()
        self._show_current()

    def _show_current(self) -> None:
        hits, current = self.hits, self.current
        self.view.set_hits(hits, hits.locate(current) if hits is not None and current is not None else None)
        self._show_count()

    def _show_count(self, pending: bool = False) -> None:
        counter = self.query_one("#match-count", MatchCount)
        how = self.query_one("#match-how", MatchHow)
        hits = self.hits
        if pending:
            counter.show_pending()
            how.show(None)
        elif hits is None or self.current is None:
            counter.show(0, 0, partial=False)
            how.show(None)
        else:
            counter.show(hits.index(self.current) + 1, hits.count, partial=hits.partial)
            found = self.current.how
            kana = ""
            if found == "reading":  # what the match was read as: tokyo finds 東京 as とうきょう
                from ..search import romaji_kana

                kana = hits.read_as(self.current) or romaji_kana(self._query) or ""
            how.show(found, kana)

    def _step_match(self, step: int) -> None:
        hits, current = self.hits, self.current
        if hits is None or current is None:
            query = visible(self._query.strip())
            if not query:
                self.notify("No search yet: / to search", timeout=2, markup=False)
            elif self.literal is None:
                self.notify(f"Still searching for {query}", timeout=2, markup=False)
            else:  # the words, readings and synonyms may still come while the analysis runs
                self.notify(f"No match for {query}" + (" yet" if self.index is None else ""), timeout=2, markup=False)
            return
        if step > 0:
            self.current = hits.after(current.start) or hits.first()
        else:
            self.current = hits.before(current.start) or hits.last()
        self.view.set_current_match(hits.locate(self.current))
        self._show_count()

    @on(SearchInput.Submitted, "#search")
    def _search_submitted(self, event: SearchInput.Submitted) -> None:
        self.query_one("#search", SearchInput).remember(event.value)
        self._step_match(1)

    @on(SearchInput.Left)
    def _search_left(self) -> None:
        self.view.focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "focus_search" and self.screen is not self.default_screen:
            return False  # a "/" typed in the palette or help is theirs
        return super().check_action(action, parameters)

    def action_focus_search(self) -> None:
        search = self.query_one("#search", SearchInput)
        if self.focused is search:
            # a "/" typed in the query is text: queue it behind the keys the
            # box has not handled yet, so it lands where it was typed
            search.post_message(events.Key("slash", "/"))
            return
        self._close_overlays()
        # focus at once, not on the next idle as Widget.focus does: the keys
        # after "/" are forwarded to whatever has focus when they come
        self.screen.set_focus(search)

    def action_next_match(self) -> None:
        self._step_match(1)

    def action_previous_match(self) -> None:
        self._step_match(-1)

    def action_escape(self) -> None:
        """Close an overlay; else leave a side pane for the article; else
        clear the search; else the marks."""
        if self._close_overlays():
            return
        if self.focused is not None and self.focused.id in ("outline", "terms", "quotes"):
            self.view.focus()
            return
        search = self.query_one("#search", SearchInput)
        if search.value or self.hits is not None:
            search.value = ""
            self._query = ""
            self._show_hits("", None)
            return
        self.view.hl.quote = None
        self.marked_quote = None
        self.view.restyle()
        self.view.set_focus_term(None)
        self.query_one("#term-info", TermInfo).show_term(None)

    # --- panes ----------------------------------------------------------------

    def _sync_outline(self) -> None:
        """Keep the outline's highlight on the section at the top of the article."""
        outline = self.query_one("#outline", Outline)
        if outline.has_focus or not outline.option_count:
            return
        piece = self.view.current_piece()
        if piece is None:
            return
        line = self.view.pieces[piece].line
        index = outline.index_for_line(line)
        if index is not None and outline.highlighted != index:
            outline.highlighted = index

    def go_to_speaker(self, speaker) -> None:
        """Mark the speaker's first quote and put the speakers pane's cursor on it."""
        if not speaker.quotes:
            return
        quote = speaker.quotes[0]
        self._mark_quote(speaker, quote)
        tree = self.query_one("#quotes", QuotesTree)
        for node in tree.root.children:
            if node.data is speaker:
                if not node.is_expanded:  # folded (a big article's): its rows are made now, laid out next frame
                    tree.fill(node)
                    node.expand()
                    if node.children:
                        tree.call_after_refresh(tree.move_cursor, node.children[0])
                elif node.children:
                    tree.move_cursor(node.children[0])

    @on(OptionList.OptionSelected, "#outline")
    def _section_selected(self, event: OptionList.OptionSelected) -> None:
        self.view.scroll_to_line(Outline.line_of(event.option))
        self._close_overlays()

    @on(Tree.NodeSelected, "#terms")
    def _term_selected(self, event: Tree.NodeSelected) -> None:
        """A term is a search (vim's ``*``): its text in the search box, every
        match under n/N and the counter, the current one its first occurrence
        from the top of the view on."""
        term = event.node.data
        if isinstance(term, str):  # a category: nothing to go to, Enter folds it
            event.node.toggle()
            return
        if term is None:
            return
        self.query_one("#term-info", TermInfo).show_term(term)
        self.view.set_focus_term(None)
        top = self.view.current_piece()
        top_line = self.view.pieces[top].line if top is not None else 0
        spans = term.spans
        line, start, _ = next((sp for sp in spans if sp[0] >= top_line), spans[0]) if spans else (0, 0, 0)
        self.search_at(term.text, line, start)
        self._close_overlays()

    @on(Tree.NodeSelected, "#quotes")
    def _quote_selected(self, event: Tree.NodeSelected) -> None:
        from ..quotes import Quote, Speaker

        data = event.node.data
        speaker = data if isinstance(data, Speaker) else self.query_one("#quotes", QuotesTree).speaker_of(data)
        if isinstance(data, Speaker) and data.quotes:
            data = data.quotes[0]
        if isinstance(data, Quote) and speaker is not None:
            self._mark_quote(speaker, data)
            self._close_overlays()

    @on(Tree.NodeHighlighted, "#quotes")
    def _quote_highlighted(self, event: Tree.NodeHighlighted) -> None:
        self.query_one("#quote-info", QuoteInfo).show_node(self.query_one("#quotes", QuotesTree).cursor_entry())

    def _mark_quote(self, speaker, quote) -> None:
        """Mark ``quote`` in the article (what ``y`` copies from then on) and scroll to it."""
        self.marked_quote = (speaker, quote)
        self.view.mark_quote(quote.block, quote.start, quote.end)

    def action_toggle_terms(self) -> None:
        """Show/hide the terms pane; the sections above it stay. Where the
        left column floats (below 80 columns) it comes and goes with it."""
        self._arrange_panes()
        sidebar = self.query_one("#sidebar")
        if not sidebar.display:
            self._terms_shown = True
            self._toggle_pane("left", "#sidebar", focus="#terms")
        elif sidebar.has_class("-overlay") and self._terms_shown:
            self._toggle_pane("left", "#sidebar")
        else:
            self._terms_shown = not self._terms_shown
            self._arrange_panes()
            if self._terms_shown and sidebar.has_class("-overlay"):
                self.call_after_refresh(self._focus_pane, self.query_one("#terms"))
            self._refocus()

    def action_toggle_sidebar(self) -> None:
        """Show/hide the whole left column: sections and terms."""
        self._toggle_pane("left", "#sidebar", focus="#outline")

    def action_toggle_quotes(self) -> None:
        self._toggle_pane("right", "#speakers", focus="#quotes")

    def action_toggle_highlights(self) -> None:
        view = self.view
        view.highlighting = not view.highlighting
        view.restyle()
        self.notify("Highlights on" if view.highlighting else "Highlights off", timeout=2, markup=False)

    def toggle_category(self, category: str) -> None:
        hidden = self.view.hidden_categories
        hidden.symmetric_difference_update({category})
        self.view.restyle()
        self.notify(visible(f"{category}: {'hidden' if category in hidden else 'shown'}"), timeout=2, markup=False)

    def action_section(self, step: int) -> None:
        """Scroll the article to the next section (``step`` 1) or to the start
        of this or the previous one (-1)."""
        self.view.go_to_section(step)

    def action_switch_article(self, step: int) -> None:
        """Open the article ``step`` places away; one that can no longer be
        read (deleted, changed into something refused) is reported and the
        current one stays."""
        if len(self.paths) < 2:
            return
        index = (self.article_index + step) % len(self.paths)
        try:
            article = read_article(self.paths[index])
        except ArticleError as exc:
            self.notify(visible(str(exc)), title="Cannot open the article", severity="error", markup=False)
            return
        self.article_index = index
        self.load_article(article)

    # --- copying --------------------------------------------------------------

    def quote_to_copy(self):
        """``(speaker, quote)`` that ``y`` copies: the one under the speakers
        pane's cursor while that list has focus (shown whole beneath it),
        else the one marked in the article; None: ``y`` copies the paragraph."""
        tree = self.query_one("#quotes", QuotesTree)
        if self.focused is tree:
            entry = tree.cursor_entry()
            if isinstance(entry, tuple):
                return entry
        return self.marked_quote

    def action_copy_quote(self) -> None:
        found = self.quote_to_copy()
        if found is None:
            self.action_copy_paragraph(" (no quote selected)")
            return
        from ..quotes import cite, named_as

        speaker, quote = found
        source = self.article.source
        text = cite(quote, speaker, source.url if source else None, self.copy_style)
        what = "quote with its source" if self.copy_style == "cited" else "quote"
        self._copy(text, f"Copied {named_as(speaker)}'s {what}")

    def action_copy_paragraph(self, why: str = "") -> None:
        """Copy the paragraph marked ``▏`` (:meth:`ArticleView.paragraph_piece`);
        the notice names it (title, heading, paragraph...) and its line, then ``why``."""
        piece = self.view.paragraph_piece()
        if piece is None:
            return
        p = self.view.pieces[piece]
        kind = {"title": "title", "heading": "heading", "caption": "caption", "image": "image file name",
                "source": "source line"}.get(p.kind, "paragraph")
        self._copy(p.source_text, f"Copied the {kind}" + (f" (line {p.line})" if p.line else "") + why)

    def _copy(self, text: str, title: str) -> None:
        """Copy ``text``; the notice says what it was and begins it."""
        self.copy_to_clipboard(text)
        preview = text if len(text) <= COPY_PREVIEW else text[: COPY_PREVIEW - 1] + "…"
        self.notify(visible(f"{preview} ({len(text)} characters)"), title=visible(title), timeout=3, markup=False)

    # --- help and palette -----------------------------------------------------

    def binding_groups(self):
        """Every key, grouped as the help screen shows them."""
        return [
            ("Explorer", [b for b in self.BINDINGS if isinstance(b, Binding)]),
            ("Article", ArticleView.BINDINGS),
            ("Lists: sections, terms, speakers", FittedTree.BINDINGS),
            ("Speakers pane", QuotesTree.BINDINGS),
            ("Search box", SearchInput.BINDINGS),
            ("Everywhere", [
                Binding("ctrl+p", "command_palette", "Command palette (sections, speakers, themes)"),
            ]),
        ]

    def key_display(self, binding: Binding) -> str:
        """The keys of ``binding`` as a user reads them, after any remapping."""
        keys = parse_keymap(self._keymap_spec).get(binding.id or "", binding.key)
        return " ".join(self.get_key_display(Binding(key.strip(), binding.action)) for key in keys.split(","))

    def action_help(self) -> None:
        groups = self.binding_groups()
        keys = keys_text(groups, self.key_display)
        focused = self.focused
        pane = None
        for node in focused.ancestors_with_self if focused is not None else ():
            if node.id in ("article", "outline", "terms", "quotes", "search"):
                pane = node.id
                break
        self.push_screen(HelpScreen(keys, legend_text(self.view.mark_style), pane_text(pane),
                                    remap_text(groups, self.key_display)))

    def palette_commands(self) -> Iterator[PaletteCommand]:
        """kiji's entries in the command palette."""
        for section in self.article.sections:
            if section.heading is not None:
                line = section.heading.line
                yield PaletteCommand(f"Go to section: {visible(section.heading.text)}", "Scroll the article to this section",
                                     lambda line=line: self.view.scroll_to_line(line))
        readings = {term.text: term.reading for term in self.terms if term.reading}
        for speaker in self.speakers:
            if speaker.quotes:
                names = (speaker.name, *speaker.aliases)
                yield PaletteCommand(f"Go to speaker: {visible(speaker.name)}", f"First of {len(speaker.quotes)} quote(s)",
                                     lambda sp=speaker: self.go_to_speaker(sp),
                                     tuple(readings[n] for n in names if n in readings))
        for h in CATEGORY_HIGHLIGHTS:
            yield PaletteCommand(f"Toggle highlight: {h.name}", f"Show or hide {h.name} highlights ({h.look})",
                                 lambda name=h.name: self.toggle_category(name))
        yield PaletteCommand("Toggle all highlights", "Same as h", self.action_toggle_highlights)
        for name in sorted(self.available_themes):
            yield PaletteCommand(f"Switch theme: {name}", "Colours (ansi-dark uses the terminal's palette)",
                                 lambda name=name: setattr(self, "theme", name))
        if len(self.paths) > 1:
            for i, path in enumerate(self.paths):
                yield PaletteCommand(f"Open article: {visible(path.name)}", "Switch article",
                                     lambda i=i: self.action_switch_article(i - self.article_index))
