"""The explorer's header line: the article's title, the source's host and,
with several articles, the position among them (``(20/22)``).

The line is fitted when it is drawn, to the width the header leaves it: the
position and the host stay whole, the title is cut (:func:`tui.text.cut`);
only when even the host does not fit beside a few cells of title is the
host cut too.
"""

from __future__ import annotations

from textual.content import Content
from textual.widget import Widget

from ..text import cells, cut

#: Cells of title kept before the host is cut.
MIN_TITLE = 6
#: Cells between two parts of the header.
GAP = "  "


class TitleBar(Widget):
    """Title, host and position, fitted to the widget's width."""

    DEFAULT_CSS = "TitleBar { height: 1; }"

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.title_text = ""
        self.host = ""
        self.position = ""

    def show(self, title: str, host: str = "", position: str = "") -> None:
        """Show these (already made visible: :func:`tui.text.visible`)."""
        self.title_text, self.host, self.position = title, host, position
        self.refresh()

    def parts(self, width: int) -> tuple[str, str, str]:
        """The title, host and position as they fit in ``width`` cells."""
        host = GAP + self.host if self.host else ""
        position = GAP + self.position if self.position else ""
        room = width - cells(position)
        title_room = room - cells(host)
        if title_room < min(MIN_TITLE, cells(self.title_text)):
            title_room = min(MIN_TITLE, cells(self.title_text), max(0, room))
            host = cut(host, max(0, room - title_room)) if host else ""
        return cut(self.title_text, max(0, title_room)), host, position

    def render(self) -> Content:
        title, host, position = self.parts(self.content_region.width)
        return Content.assemble((title, "bold"), (host, "dim"), position)
