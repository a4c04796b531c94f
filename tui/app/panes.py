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
from textual.content import Content
from textual.widgets import OptionList, Static, Tree
from textual.widgets.option_list import Option

from ..text import Article, visible
from .legend import CATEGORY_HIGHLIGHTS, QUOTE_KIND_MARKS

if TYPE_CHECKING:  # pragma: no cover - the core loads after the first frame
    from ..analysis import Term
    from ..quotes import Quote, Speaker


class Outline(OptionList):
    """The sections of the article: the lead and every subheading."""

    _section_lines: list[int] = []

    def show_article(self, article: Article) -> None:
        options = []
        for n, section in enumerate(article.sections):
            if section.heading is not None:
                label = Content(visible(section.heading.text))
                options.append(Option(label, id=f"line-{section.heading.line}"))
            elif section.blocks:
                options.append(Option(Content("(lead)"), id=f"line-{section.blocks[0].line}"))
        self._section_lines = [self.line_of(option) for option in options]
        self.set_options(options)
        if options:
            self.highlighted = 0

    def index_for_line(self, line: int) -> int | None:
        """The option of the section holding the block at source ``line``."""
        if not self._section_lines:
            return None
        return max(0, bisect_right(self._section_lines, line) - 1)

    @staticmethod
    def line_of(option: Option) -> int:
        """The source line an option stands for."""
        return int((option.id or "line-0").removeprefix("line-"))


class TermsTree(Tree[object]):
    """The highlighted terms grouped by category, with their counts."""

    COMPONENT_CLASSES = {f"terms--{h.name}" for h in CATEGORY_HIGHLIGHTS}

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(Text("terms"), id=id)
        self.show_root = False
        self.guide_depth = 2
        self._terms: tuple[Term, ...] = ()

    def show_terms(self, terms: Iterable[Term]) -> None:
        self._terms = tuple(terms)
        self._rebuild()

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
                node.add_leaf(Text.assemble((f"{term.count:>3} ", "dim"), (visible(term.text), style)), data=term)
        if not self._terms:
            self.root.add_leaf(Text("(no terms found)", style="dim"), data=None)

    def on_mount(self) -> None:
        # labels carry the category styles, whose colours come from the theme
        self.watch(self.app, "theme", lambda: self.call_after_refresh(self._restyle), init=False)

    def _restyle(self) -> None:
        if self._terms:
            self._rebuild()


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


class QuotesTree(Tree[object]):
    """Speakers in order of appearance, each with their quotes."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(Text("speakers"), id=id)
        self.show_root = False
        self.guide_depth = 2
        self._speakers: tuple[Speaker, ...] = ()
        self._label_width = 0

    def show_speakers(self, speakers: Iterable[Speaker]) -> None:
        self._speakers = tuple(speakers)
        self._rebuild()

    def _width(self) -> int:
        return max(8, self.scrollable_content_region.width - 5)

    def _quote_label(self, quote: Quote) -> Text:
        mark = QUOTE_KIND_MARKS.get(quote.kind, "?")
        label = Text.assemble((mark, "bold"), " ", visible(quote.text))
        label.truncate(self._label_width, overflow="ellipsis")
        return label

    def _rebuild(self) -> None:
        self._label_width = self._width()
        self.clear()
        for speaker in self._speakers:
            label = Text.assemble((visible(speaker.name), "bold"), f" ({len(speaker.quotes)})")
            if speaker.kind != "person":
                label.append(f" {speaker.kind.replace('_', ' ')}", style="dim")
            label.truncate(self._label_width + 2, overflow="ellipsis")
            node = self.root.add(label, data=speaker, expand=True)
            for quote in speaker.quotes:
                node.add_leaf(self._quote_label(quote), data=quote)
        if not self._speakers:
            self.root.add_leaf(Text("(no speakers found)", style="dim"), data=None)

    def on_resize(self) -> None:
        if self._speakers and self._width() != self._label_width:
            self._rebuild()

    def selected_quote(self) -> Quote | None:
        from ..quotes import Quote

        node = self.cursor_node
        return node.data if node is not None and isinstance(node.data, Quote) else None

