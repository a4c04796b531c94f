"""A list of rows with a cursor, drawn with the Line API: the library's
articles, a search's results, the people and their quotes.

Ten thousand rows in a ``DataTable`` took seconds to add and paint
(``add_rows`` measures every cell); here a row is drawn only when it is on
screen (:meth:`LineList.render_row`, cached per row until it changes), so
opening, sorting and filtering cost what the rows on screen cost.

Cells are fitted to their columns by terminal cells (Japanese characters
take two): :func:`fit`. Whatever a subclass draws must already be made
visible (:func:`tui.text.visible`): segments go to the terminal as they are.
"""

from __future__ import annotations

from typing import NamedTuple

from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import Binding
from textual.cache import LRUCache
from textual.geometry import Region, Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from ..text import cells, cut


def fit(text: str, width: int, align: str = "left") -> str:
    """``text`` in exactly ``width`` cells: cut (:func:`tui.text.cut`) or padded."""
    if width <= 0:
        return ""
    text = cut(text, width)
    pad = " " * (width - cells(text))
    return pad + text if align == "right" else text + pad


class Column(NamedTuple):
    """One column of a :class:`LineList` drawn as a table."""

    key: str
    heading: str
    width: int = 0
    """Fixed width in cells; 0: a share (``flex``) of what is left."""
    flex: int = 0
    minimum: int = 0
    align: str = "left"


def column_widths(columns: tuple[Column, ...], total: int, gap: int = 1) -> list[int]:
    """Each column's width in ``total`` cells: the fixed ones first, the
    rest shared by ``flex`` (at least ``minimum``; what rounding leaves goes
    to the first flexible column)."""
    fixed = sum(c.width for c in columns if c.width)
    left = max(0, total - fixed - gap * (len(columns) - 1))
    flexes = sum(c.flex for c in columns if not c.width) or 1
    widths = [c.width if c.width else max(c.minimum, left * c.flex // flexes) for c in columns]
    spare = total - sum(widths) - gap * (len(columns) - 1)
    for i, c in enumerate(columns):
        if not c.width:
            widths[i] = max(1, widths[i] + spare)
            break
    return widths


class LineList(ScrollView, can_focus=True):
    """Rows with a cursor; Enter (or a click on the cursor's row) selects.

    Subclasses say how many rows there are (:meth:`reset`) and draw one
    (:meth:`render_row`); :meth:`refresh_row` redraws a row that changed.
    """

    COMPONENT_CLASSES = {
        "line-list--cursor",
        "line-list--cursor-blurred",
        "line-list--dim",
        "line-list--heading",
        "line-list--match",
        "line-list--problem",
        "line-list--accent",
    }

    BINDINGS = [
        Binding("down,j", "move(1)", "Down", show=False, id="list.down", tooltip="Next row"),
        Binding("up,k", "move(-1)", "Up", show=False, id="list.up", tooltip="Previous row"),
        Binding("pagedown,space", "page(1)", "Page down", show=False, id="list.page-down", tooltip="A page down"),
        Binding("pageup,b", "page(-1)", "Page up", show=False, id="list.page-up", tooltip="A page up"),
        Binding("home,g", "edge(0)", "First", show=False, id="list.first", tooltip="The first row"),
        Binding("end,G", "edge(1)", "Last", show=False, id="list.last", tooltip="The last row"),
        Binding("enter", "select", "Open", id="list.open", tooltip="Open the row under the cursor"),
    ]

    class _RowMessage(Message):
        """A message about row :attr:`index` of :attr:`lines`."""

        def __init__(self, lines: LineList, index: int) -> None:
            super().__init__()
            self.lines = lines
            self.index = index

        @property
        def control(self) -> LineList:
            return self.lines

    class Selected(_RowMessage):
        """Enter (or a click) on row :attr:`index`."""

    class Moved(_RowMessage):
        """The cursor moved to row :attr:`index` (-1: no rows)."""

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.count = 0
        self.cursor = -1
        self._cache: LRUCache[int, Strip] = LRUCache(512)
        self._styles: dict[str, Style] = {}

    # --- content ------------------------------------------------------------

    def reset(self, count: int, cursor: int = 0, keep_scroll: bool = False) -> None:
        """Now ``count`` rows, the cursor on row ``cursor`` (clamped); all redrawn."""
        self.count = count
        self._cache.clear()
        self._set_virtual_height(count)
        old = self.cursor
        self.cursor = min(max(0, cursor), count - 1) if count else -1
        if not keep_scroll:
            self.scroll_to(y=0, animate=False, immediate=True)
        self.scroll_to_cursor()
        self.refresh()
        if self.cursor != old or not keep_scroll:
            self.post_message(self.Moved(self, self.cursor))

    def _set_virtual_height(self, count: int) -> None:
        """The list is ``count`` rows tall now. Setting the virtual size
        asks for a layout of the whole screen (and a repaint of all of it)
        though the list's place does not change: a search's results change
        with every keystroke, and that layout was most of the screen's work
        for one. Only when the scrollbar comes or goes is a layout needed;
        else the scrollbar is told the new height."""
        size = Size(self.scrollable_content_region.width, count)
        if size == self.virtual_size:
            return
        scrollbar = count > self.container_size.height
        if size.width != self.virtual_size.width or scrollbar != self.show_vertical_scrollbar \
                or self.styles.overflow_y != "auto":
            self.virtual_size = size
            return
        self.set_reactive(LineList.virtual_size, size)
        if scrollbar:
            self.vertical_scrollbar.window_virtual_size = count
        if self.scroll_y > self.max_scroll_y:
            self.scroll_to(y=self.max_scroll_y, animate=False, immediate=True)

    def refresh_row(self, index: int) -> None:
        """Redraw row ``index`` (its content changed)."""
        self._cache.discard(index)
        y = index - int(self.scroll_y)
        if 0 <= y < self.scrollable_content_region.height:
            self.refresh_line(index)

    def refresh_rows(self) -> None:
        """Redraw every row (their content changed)."""
        self._cache.clear()
        self.refresh()

    # --- the cursor ---------------------------------------------------------

    def move_to(self, index: int) -> None:
        """Put the cursor on row ``index`` (clamped) and bring it into view."""
        if not self.count:
            return
        index = min(max(0, index), self.count - 1)
        if index != self.cursor:
            old, self.cursor = self.cursor, index
            self.refresh_row(old)
            self.refresh_row(index)
            self.post_message(self.Moved(self, index))
        self.scroll_to_cursor()

    def scroll_to_cursor(self) -> None:
        height = self.scrollable_content_region.height
        if self.cursor < 0 or height <= 0:
            return
        top = int(self.scroll_y)
        if self.cursor < top:
            self.scroll_to(y=self.cursor, animate=False, immediate=True)
        elif self.cursor >= top + height:
            self.scroll_to(y=self.cursor - height + 1, animate=False, immediate=True)

    def action_move(self, step: int) -> None:
        self.move_to(self.cursor + step)

    def action_page(self, step: int) -> None:
        height = max(1, self.scrollable_content_region.height - 1)
        self.scroll_to(y=self.scroll_y + step * height, animate=False, immediate=True)
        self.move_to(self.cursor + step * height)

    def action_edge(self, end: int) -> None:
        self.move_to(self.count - 1 if end else 0)

    def action_select(self) -> None:
        if 0 <= self.cursor < self.count:
            self.post_message(self.Selected(self, self.cursor))

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None:
            return
        index = int(self.scroll_y) + offset.y
        if not 0 <= index < self.count:
            return
        if index == self.cursor:
            self.action_select()
        else:
            self.move_to(index)

    def on_resize(self) -> None:
        self._set_virtual_height(self.count)
        self._cache.clear()
        self.scroll_to_cursor()

    def on_focus(self) -> None:
        self.refresh_row(self.cursor)

    def on_blur(self) -> None:
        self.refresh_row(self.cursor)

    # --- drawing ------------------------------------------------------------

    def style(self, name: str) -> Style:
        """The style of component class ``line-list--{name}`` (without the base)."""
        style = self._styles.get(name)
        if style is None:
            style = self._styles[name] = self.get_component_rich_style(f"line-list--{name}", partial=True)
        return style

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._styles.clear()
        self._cache.clear()

    _drawing: tuple[int, Style] | None = None
    """The width and base style of the rows being drawn (one drawing: :meth:`render_lines`)."""

    def render_lines(self, crop: Region) -> list[Strip]:
        self._drawing = None  # its style or size may have changed since the last drawing
        try:
            return super().render_lines(crop)
        finally:
            self._drawing = None

    def render_line(self, y: int) -> Strip:
        # the width and base style once per drawing, not once per row: each walks
        # the widget's ancestors (a third of a row's drawing, for a list of results)
        if self._drawing is None:
            self._drawing = (self.scrollable_content_region.width, self.rich_style)
        width, base = self._drawing
        index = int(self.scroll_y) + y
        if not 0 <= index < self.count:
            return Strip.blank(width, base)
        cursor = index == self.cursor
        strip = None if cursor else self._cache.get(index)
        if strip is None or strip.cell_length != width:
            if cursor:
                base = base + self.style("cursor" if self.has_focus else "cursor-blurred")
            strip = Strip(self.render_row(index, width, base)).adjust_cell_length(width, base)
            if not cursor:
                self._cache[index] = strip
        return strip

    def render_row(self, index: int, width: int, base: Style) -> list[Segment]:
        """The segments of row ``index`` (text made visible), at most ``width``
        cells, each styled ``base`` plus its own (``base`` holds the cursor's
        colours on the cursor's row)."""
        raise NotImplementedError
