"""The side panes: the outline, the terms and who said what.

Each pane only shows what the core found (sections from the article model,
terms from ``analysis``, speakers from ``quotes``); selecting an entry posts
the usual Textual selection message and the app moves the article. Every
label is built as :class:`rich.text.Text` from sanitised text, never markup.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING, Iterable

from rich.text import Text
from textual import events, on
from textual.binding import Binding
from textual.content import Content
from textual.geometry import Size
from textual.widget import Widget
from textual.widgets import OptionList, Static, Tree
from textual.widgets.option_list import Option

from ..text import Article, cells, cut, visible, wrap, wrap_hanging
from .legend import CATEGORY_HIGHLIGHTS, QUOTE_KIND_MARKS

if TYPE_CHECKING:  # pragma: no cover - the core loads after the first frame
    from ..analysis import Term
    from textual.widgets.tree import TreeNode

    from ..quotes import Quote, Speaker


def cut_text(text: Text, width: int) -> Text:
    """A styled ``text`` cut as :func:`tui.text.cut` cuts its characters."""
    plain = cut(text.plain, width)
    if plain == text.plain:
        return text
    return text[: len(plain) - 1] + Text(plain[-1:])


class Outline(OptionList):
    """The sections of the article: the lead and every subheading."""

    BINDINGS = [
        Binding("down,j", "cursor_down", "Down", show=False, id="list.down", tooltip="Next row"),
        Binding("up,k", "cursor_up", "Up", show=False, id="list.up", tooltip="Previous row"),
        Binding("home,g", "first", "First", show=False, id="list.first", tooltip="The first row"),
        Binding("end,G", "last", "Last", show=False, id="list.last", tooltip="The last row"),
        Binding("enter", "select", "Select", show=False, id="list.select", tooltip="Scroll the article to the section"),
    ]

    _section_lines: list[int] = []

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._entries: list[tuple[str, int]] = []
        """Each section's label and source line."""
        self._width = 0

    def show_article(self, article: Article) -> None:
        entries = []
        for section in article.sections:
            if section.heading is not None:
                entries.append((visible(section.heading.text), section.heading.line))
            elif section.blocks:
                entries.append(("(lead)", section.blocks[0].line))
        self._entries = entries
        self._section_lines = [line for _, line in entries]
        self._width = 0
        if not self.size.width:
            self.clear_options()
            return  # not laid out yet (the first frame): filled at its width by on_resize
        self._fill()
        if entries:
            self.highlighted = 0

    def _label_width(self) -> int:
        # one cell kept for the scrollbar a long outline shows (a steady
        # gutter would make the box a row taller than its sections)
        return max(4, self.size.width - 1)

    def _fill(self) -> None:
        """The options, each heading wrapped to the width with a hanging indent."""
        self._width = width = self._label_width()
        highlighted = self.highlighted
        self.set_options(
            Option(Content("\n".join(wrap_hanging(label, width))), id=f"line-{line}") for label, line in self._entries
        )
        if highlighted is not None and self._entries:
            self.highlighted = min(highlighted, len(self._entries) - 1)

    def on_resize(self) -> None:
        if self._entries and self._label_width() != self._width:
            first = not self._width
            self._fill()
            if first:
                self.highlighted = 0

    # the cursor stops at the ends, as in the other lists (OptionList wraps around)
    def action_cursor_down(self) -> None:
        if self.highlighted is None or self.highlighted < self.option_count - 1:
            super().action_cursor_down()

    def action_cursor_up(self) -> None:
        if self.highlighted is None or self.highlighted > 0:
            super().action_cursor_up()

    def index_for_line(self, line: int) -> int | None:
        """The option of the section holding the block at source ``line``."""
        if not self._section_lines:
            return None
        return max(0, bisect_right(self._section_lines, line) - 1)

    @staticmethod
    def line_of(option: Option) -> int:
        """The source line an option stands for."""
        return int((option.id or "line-0").removeprefix("line-"))


class PaneLoading(Static):
    """What a pane shows while the analysis fills it: a still "analysing…"
    (the header says how far it is). Textual's loading indicator is redrawn
    16 times a second, and with one over each side pane every such frame
    repainted the screen between them, article included: the event loop's
    share of the two cores, taken from the fold and the analysis."""

    DEFAULT_CSS = """
    PaneLoading {
        width: 100%;
        height: 100%;
        layer: _loading;
        dock: top;
        content-align: center middle;
        background: $boost;
        color: $text-muted;
    }
    """

    def __init__(self) -> None:
        super().__init__(Content("analysing…"))

    @on(events.InputEvent)
    def _swallow(self, event: events.InputEvent) -> None:
        """The pane under it takes no input while it loads."""
        event.stop()
        event.prevent_default()


class FittedTree(Tree[object]):
    """A two-level tree whose labels are cut to the pane's width
    (:func:`tui.text.cut`), and rebuilt when the width changes."""

    BINDINGS = [
        Binding("down,j", "cursor_down", "Down", show=False, id="list.down", tooltip="Next row"),
        Binding("up,k", "cursor_up", "Up", show=False, id="list.up", tooltip="Previous row"),
        Binding("home,g", "scroll_home", "First", show=False, id="list.first", tooltip="The first row"),
        Binding("end,G", "scroll_end", "Last", show=False, id="list.last", tooltip="The last row"),
        Binding("enter", "select_cursor", "Select", show=False, id="list.select",
                tooltip="Select: go to the section, mark the term, jump to the quote"),
        Binding("space", "toggle_node", "Fold", show=False, id="list.fold",
                tooltip="Fold or unfold a speaker's quotes, a category's terms"),
    ]

    #: Cells before a label: the fold mark of a top node, the guide of a leaf.
    INDENT = 2

    def __init__(self, root: str, *, id: str | None = None) -> None:
        super().__init__(Text(root), id=id)
        self.show_root = False
        self.guide_depth = 2
        self.auto_expand = False  # Enter selects (jumps); Space folds
        self._room = 0

    def get_loading_widget(self) -> Widget:
        return PaneLoading()

    def on_focus(self) -> None:
        """A list shows its cursor as soon as it has the focus."""
        if self.cursor_line < 0 and self.root.children:
            self.cursor_line = 0

    def label_room(self) -> int:
        """Cells a label may take at the pane's width now."""
        return max(4, self.scrollable_content_region.width - self.INDENT)

    def _rebuild(self) -> None:
        """Add the nodes again, their labels fitted to :attr:`_room`."""

    def rebuild(self) -> None:
        self._room = self.label_room()
        self._rebuild()

    def on_resize(self) -> None:
        if self.root.children and self.label_room() != self._room:
            self.rebuild()


class TermsTree(FittedTree):
    """The highlighted terms grouped by category, with their counts."""

    COMPONENT_CLASSES = {f"terms--{h.name}" for h in CATEGORY_HIGHLIGHTS}

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__("terms", id=id)
        self._terms: tuple[Term, ...] = ()

    def show_terms(self, terms: Iterable[Term]) -> None:
        self._terms = tuple(terms)
        self.rebuild()

    def _rebuild(self) -> None:
        self.clear()
        for category in (h.name for h in CATEGORY_HIGHLIGHTS):
            items = sorted((t for t in self._terms if t.category == category), key=lambda t: (-t.count, t.text))
            if not items:
                continue
            style = self.get_component_rich_style(f"terms--{category}", partial=True)
            label = Text.assemble((category, style), f" ({len(items)})")
            node = self.root.add(label, data=category, expand=True)
            for term in items:
                # the count first, so a long name cut at the pane's edge keeps it
                count = f"{term.count:>3} "
                name = cut(visible(term.text), self._room - len(count))
                node.add_leaf(Text.assemble((count, "dim"), (name, style)), data=term)
        if not self._terms:
            self.root.add_leaf(Text("(no terms found)", style="dim"), data=None)

    def on_mount(self) -> None:
        # labels carry the category styles, whose colours come from the theme
        self.watch(self.app, "theme", lambda: self.call_after_refresh(self._restyle), init=False)

    def _restyle(self) -> None:
        if self._terms:
            self.rebuild()


class TermInfo(Static):
    """Reading, base form and count of the selected term."""

    def show_term(self, term: Term | None) -> None:
        self.display = term is not None
        if term is None:
            self.update(Content(""))
            return
        text = Text()
        text.append(visible(term.text), style="bold")
        text.append(f"  {term.category}\n")
        text.append("reading ", style="dim")
        text.append(visible(term.reading) or "—")
        text.append("  base ", style="dim")
        text.append(visible(term.base) or "—")
        text.append("  count ", style="dim")
        text.append(str(term.count))
        self.update(text)


class QuotesTree(FittedTree):
    """Speakers in order of appearance, each with their quotes; the one under
    the cursor is shown whole beneath (:class:`QuoteInfo`), scrolled from here."""

    BINDINGS = [
        Binding("J", "detail(1)", "Quote down", show=False, id="speakers.detail-down",
                tooltip="Scroll the quote shown beneath the list down a row"),
        Binding("K", "detail(-1)", "Quote up", show=False, id="speakers.detail-up",
                tooltip="Scroll the quote shown beneath the list up a row"),
    ]

    #: With more quotes than this in all, the speakers come folded and a
    #: speaker's quote rows are made when it is unfolded: a 10 MB article
    #: has some 18,000 quotes, whose rows took 17 MB of the app at once.
    EAGER_QUOTES = 2000

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__("speakers", id=id)
        self._speakers: tuple[Speaker, ...] = ()

    def show_speakers(self, speakers: Iterable[Speaker]) -> None:
        self._speakers = tuple(speakers)
        self.rebuild()

    def _quote_label(self, quote: Quote) -> Text:
        mark = QUOTE_KIND_MARKS.get(quote.kind, "?")
        return Text.assemble((mark, "bold"), " ", cut(visible(quote.text), self._room - cells(mark) - 1))

    def _rebuild(self) -> None:
        self.clear()
        folded = sum(len(s.quotes) for s in self._speakers) > self.EAGER_QUOTES
        for speaker in self._speakers:
            count = f" ({len(speaker.quotes)})"
            kind = f" {speaker.kind.replace('_', ' ')}" if speaker.kind != "person" else ""
            name = cut(visible(speaker.name), max(4, self._room - cells(count + kind)))
            label = Text.assemble((name, "bold"), count, (kind, "dim"))
            label = cut_text(label, self._room)
            node = self.root.add(label, data=speaker, expand=not folded)
            if not folded:
                self.fill(node)
        if not self._speakers:
            self.root.add_leaf(Text("(no speakers found)", style="dim"), data=None)

    def fill(self, node: TreeNode) -> None:
        """Make the quote rows of a speaker's ``node``, if they are not made yet."""
        if node.parent is self.root and not node.children and node.data is not None:
            for quote in node.data.quotes:
                node.add_leaf(self._quote_label(quote), data=quote)

    def on_tree_node_expanded(self, event: Tree.NodeExpanded) -> None:
        self.fill(event.node)

    def action_detail(self, step: int) -> None:
        """Scroll the quote shown beneath the list (lazygit's J/K on its detail panel)."""
        if self.parent is not None:
            for info in self.parent.query(QuoteInfo):
                info.scroll_body(step)

    def selected_quote(self) -> Quote | None:
        from ..quotes import Quote

        node = self.cursor_node
        return node.data if node is not None and isinstance(node.data, Quote) else None

    def speaker_of(self, quote: Quote) -> Speaker | None:
        """The speaker ``quote`` is listed under."""
        return next((s for s in self._speakers if any(q is quote for q in s.quotes)), None)

    def cursor_entry(self) -> object:
        """What the cursor is on: a :class:`Speaker`, ``(speaker, quote)``, or None."""
        node = self.cursor_node
        data = node.data if node is not None else None
        if data is None:  # the empty tree of the first frame: no need of the quotes reader
            return None
        from ..quotes import Quote

        if isinstance(data, Quote):
            speaker = self.speaker_of(data)
            return (speaker, data) if speaker is not None else None
        return data



class QuoteInfo(Widget):
    """The quote under the speakers pane's cursor shown whole, with its
    speaker as the article names them with their title (山田太郎代表), the
    reporting verb and the line: what ``y`` copies while that list has focus.

    The name takes the first row (cut to it, :func:`tui.text.cut`); the quote
    is wrapped beneath with the article's line-breaking rules, as many rows as
    the pane gives (half of it at most). A longer quote scrolls, as lazygit's
    detail panel does, with ``J``/``K`` from the list (or the wheel): the last
    row shown ends in ``…`` and the first row says which rows are shown.
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._head: Text | None = None
        """The name row (with a speaker's count)."""
        self._body = Text()
        """The quote, verb and line, wrapped to the width when drawn."""
        self._wrapped: tuple[int, list[Text]] = (-1, [])
        self.top = 0
        """The first body row shown."""
        self.display = False

    def show_node(self, data: object) -> None:
        """Show a quote, or a speaker (their name with title, their count), or nothing."""
        # nothing (the empty pane of the first frame) needs no quotes reader
        head, body = _described(data) if data is not None else (None, Text())
        self._head, self._body, self._wrapped, self.top = head, body, (-1, []), 0
        self.display = head is not None
        self.refresh(layout=True)

    def body_lines(self, width: int) -> list[Text]:
        """The body wrapped to ``width`` cells (kinsoku rules, as the article)."""
        if self._wrapped[0] != width:
            plain = self._body.plain
            self._wrapped = (width, [self._body[s:e] for s, e in wrap(plain, max(1, width))] if plain else [])
        return self._wrapped[1]

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return 1 + len(self.body_lines(width)) if self._head is not None else 0

    def _rows(self) -> int:
        """Body rows the widget has room for."""
        return max(0, self.content_size.height - 1)

    def scroll_body(self, step: int) -> bool:
        """Scroll the quote ``step`` rows; False when it cannot go that way."""
        total = len(self.body_lines(self.content_size.width))
        top = max(0, min(self.top + step, total - self._rows()))
        if top == self.top:
            return False
        self.top = top
        self.refresh()
        return True

    def on_mouse_scroll_down(self, event: events.MouseScrollDown) -> None:
        if self.scroll_body(1):
            event.stop()

    def on_mouse_scroll_up(self, event: events.MouseScrollUp) -> None:
        if self.scroll_body(-1):
            event.stop()

    def render(self) -> Text:
        if self._head is None:
            return Text()
        width, rows = self.content_size.width, self._rows()
        lines = self.body_lines(width)
        self.top = top = max(0, min(self.top, len(lines) - rows))
        shown = lines[top:top + rows]
        if top + rows < len(lines) and shown:  # more below: the cut said with one …
            shown[-1] = cut_text(shown[-1] + lines[top + rows], width)
        head = self._head
        if len(lines) > rows:
            where = Text(f" {top + 1}–{top + len(shown)}/{len(lines)} J/K", style="dim")
            head = cut_text(head, max(1, width - where.cell_len)) + where
        text = Text("\n", no_wrap=True, overflow="crop").join([cut_text(head, width), *shown])
        text.no_wrap, text.overflow = True, "crop"
        return text


def _described(data: object) -> tuple[Text | None, Text]:
    """What :class:`QuoteInfo` shows of a speaker or a ``(speaker, quote)``:
    the name row and the body (no name row: nothing to show)."""
    from ..quotes import Quote, Speaker, named_as

    head, body = None, Text()
    if isinstance(data, Speaker):
        head = Text(visible(named_as(data)), style="bold")
        n = len(data.quotes)
        body.append(f"{n} quote{'s' if n != 1 else ''}", style="dim")
    elif isinstance(data, tuple) and len(data) == 2 and isinstance(data[1], Quote):
        speaker, quote = data
        head = Text(visible(named_as(speaker)), style="bold")
        if quote.kind == "direct":
            body.append(f"「{visible(quote.text)}」")
        else:
            body.append(QUOTE_KIND_MARKS.get(quote.kind, "") + " ", style="bold")
            body.append(visible(quote.text))
        if quote.verb:
            body.append(visible(quote.verb), style="dim")
        body.append(f"  line {quote.line}", style="dim")
    return head, body
