"""The search box with its history, and the match counter beside it."""

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


class MatchCount(Static):
    """``i/n`` while there are matches, ``0/0`` when there are none."""

    def show(self, current: int | None, total: int, pending: bool = False) -> None:
        if pending:
            self.update(Content("…"))
        elif total and current is not None:
            self.update(Content(f"{current + 1}/{total}"))
        else:
            self.update(Content("0/0"))
