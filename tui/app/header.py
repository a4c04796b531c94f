"""One-line headers and status lines, fitted to their width when drawn.

:class:`TitleBar` is the explorer's header line: the article's title, the
source's host and, with several articles, the position among them
(``(20/22)``): the position and the host stay whole, the title is cut
(:func:`tui.text.cut`); only when even the host does not fit beside a few
cells of title is the host cut too. :class:`CutLine` is any other line of
text cut the same way (the library's and the people's headers and info
lines), where Textual's own ``text-overflow: ellipsis`` left a space before
the ``…`` after a wide character.
"""

from __future__ import annotations

from textual.content import Content
from textual.widget import Widget
from textual.widgets import Static

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


def cut_content(content: Content, width: int) -> Content:
    """``content`` cut as :func:`tui.text.cut` cuts its text, styles kept."""
    plain = content.plain
    short = cut(plain, width)
    if short == plain:
        return content
    return content[: len(short) - 1] + Content(short[-1:])


class CutLine(Static):
    """A one-line :class:`Static` whose text is cut to its width when drawn.

    Its size never depends on its text (one line, as wide as its place:
    the text is cut to it), so a new text only repaints it: no layout of
    the screen (the library's info line changes with every keystroke of a
    search, and a layout and the repaint that follows cost more than the
    rest of the keystroke). The same text again is not repainted at all."""

    DEFAULT_CSS = "CutLine { height: 1; }"

    def __init__(self, content: Content | str = "", *, id: str | None = None) -> None:
        line = content if isinstance(content, Content) else Content(content)
        super().__init__(line, id=id)
        self._line = line

    def update(self, content: Content | str = "", *, layout: bool = False) -> None:  # type: ignore[override]
        line = content if isinstance(content, Content) else Content(content)
        if line.plain == self._line.plain and line.spans == self._line.spans:
            return
        self._line = line
        super().update(self._line, layout=layout)

    def render(self) -> Content:
        return cut_content(self._line, self.content_region.width)
