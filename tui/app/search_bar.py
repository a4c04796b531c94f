"""The search box with its history, the match counter beside it, and how
the current match was found."""

from __future__ import annotations

from textual.binding import Binding
from textual.content import Content
from textual.message import Message
from textual.widgets import Input, Static


class SearchInput(Input):
    """The search box: every keystroke searches; ↑/↓ recall earlier queries."""

    BINDINGS = [
        Binding("enter", "submit", "Next match", show=False, id="search.next", tooltip="Go to the next match (wraps around)"),
        Binding("up", "history(-1)", "Earlier query", show=False, id="search.history-back", tooltip="Recall the previous query"),
        Binding("down", "history(1)", "Later query", show=False, id="search.history-forward", tooltip="Recall the next query"),
        Binding("escape", "leave", "Leave search", show=False, id="search.leave", tooltip="Leave the search box, keeping the highlights"),
    ]

    class Left(Message):
        """The user left the search box with Esc (the highlights stay)."""

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.history: list[str] = []
        self._recall: int | None = None

    def refresh(self, *regions, repaint: bool = True, layout: bool = False, recompose: bool = False):
        # Input sets its virtual size (the text's width, for scrolling it) on
        # every keystroke, and a change of virtual size asks for a layout of
        # the whole screen: most of a keystroke's time in the explorer. The
        # box is one line of a fixed width (kiji.tcss): its text never moves
        # another widget, so it only repaints.
        return super().refresh(*regions, repaint=repaint, layout=False, recompose=recompose)

    def remember(self, query: str) -> None:
        """Add ``query`` to the history (most recent last, no repeats)."""
        query = query.strip()
        if not query:
            return
        if query in self.history:
            self.history.remove(query)
        self.history.append(query)
        self._recall = None

    def action_history(self, step: int) -> None:
        if not self.history:
            return
        if self._recall is None:
            typed = bool(self.value.strip())
            self.remember(self.value)
            position = len(self.history) - 1 if typed else len(self.history)
        else:
            position = self._recall
        position = max(0, min(len(self.history) - 1, position + step))
        self._recall = position
        self.value = self.history[position]
        self.cursor_position = len(self.value)

    def action_leave(self) -> None:
        self.remember(self.value)
        self.post_message(self.Left())


class GrowingLabel(Static):
    """A one-line label beside a search box, redrawn for every keystroke,
    whose width only grows: a new text repaints it, and only a text wider
    than any before asks for a layout (a layout of the whole screen and the
    repaint that follows cost more than the rest of a keystroke). The same
    text again is not even repainted (a repaint would widen the keystroke's
    frame)."""

    _cells = 0
    """Its width in cells so far (a subclass starts at its stylesheet's ``min-width``)."""
    _shown: tuple[str, list] | None = None

    def show_content(self, content: Content) -> None:
        """Show ``content``."""
        shown = (content.plain, content.spans)
        if shown == self._shown:
            return
        self._shown = shown
        cells = content.cell_length + self.styles.gutter.width  # its padding
        if cells > self._cells:
            self._cells = cells
            self.styles.min_width = cells
        self.update(content, layout=False)


class MatchCount(GrowingLabel):
    """``i/n`` while there are matches, ``i/n+`` while more may come (the
    word index is being built), ``0/0`` when there are none, ``…`` while
    the query waits for the article's text to be folded."""

    _cells = 7
    """Its width (kiji.tcss: at least 7 cells)."""
    _shown = ("0/0", [])

    def show(self, number: int, total: int, partial: bool) -> None:
        """Match ``number`` (1-based) of ``total``."""
        self.show_content(Content(f"{number}/{total}{'+' if partial else ''}" if total else "0/0"))

    def show_pending(self) -> None:
        self.show_content(Content("…"))


#: How a match was found, as the search bar says it (the keys are :data:`tui.search.HOWS`).
HOW_LABELS = {"literal": "literal", "words": "same word", "reading": "reading", "synonym": "synonym"}


class MatchHow(GrowingLabel):
    """How the current match was found, left of the counter: ``literal``,
    ``same word``, ``reading`` (with the kana a romaji query was read as
    where it matched: ``reading やまだ``, ``tokyo`` → ``reading とうきょう``)
    or ``synonym``; empty without a current match."""

    _shown = ("", [])

    def show(self, how: str | None, kana: str = "") -> None:
        """``how``: a mode of :data:`tui.search.HOWS`, or None; ``kana``: what a romaji query was read as where it matched."""
        if how is None:
            text = ""
        else:
            text = " " + HOW_LABELS.get(how, how) + (f" {kana}" if how == "reading" and kana else "")
        self.show_content(Content(text))
