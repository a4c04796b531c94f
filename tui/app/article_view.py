"""The article itself: a Line API view that scales to megabyte articles.

No widget per paragraph: the article is held as a list of display pieces
(title, subheadings, paragraphs, image placeholders, captions, source link),
wrapped once per width with kinsoku rules into visual lines, and each visible
line is drawn on demand in :meth:`ArticleView.render_line` from the piece's
text and the highlight spans that cross it. Strips are cached; a change of
terms or marks clears the cache, so only the lines on screen are restyled;
a new search repaints only the lines on screen whose search marks change
(a cached line remembers whether it showed any), and asks the search's
:class:`~tui.search.Hits` for the matches of the pieces drawn, never for
a list of them all.

Wrapping is lazy: a new width wraps the pieces up to the screen's last line
(the first frame waits for no more), then the rest in an async worker a few
milliseconds at a time, between frames; anything that needs a later piece's
lines (a jump to a section, a match, the end) wraps up to it first. Until the
end is reached, the scrollable height is estimated from the text left.

Article text is never parsed as markup and never reaches the terminal raw:
each piece's text goes through :func:`tui.text.visible`, and offsets from
the core (terms, quotes, matches) are mapped onto the visible text.
"""

from __future__ import annotations

import asyncio
import re
from array import array
import time
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import Any, Iterable, NamedTuple

from rich.segment import Segment
from rich.style import Style
from textual import work
from textual.binding import Binding
from textual.cache import LRUCache
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

from ..text import REPLACED, Article, cells, char_class, cut_middle, line_width, readable_url, visible, web_url, wrap
from .legend import CATEGORY_HIGHLIGHTS

#: Cells on the left for marks (current match, selected quote, what ``c`` copies).
GUTTER = 2
#: Any character :func:`~tui.text.visible` replaces.
_REPLACED = re.compile(char_class(REPLACED))
#: Longest stretch of background wrapping between two frames (seconds).
WRAP_SLICE = 0.005
#: Seconds between two updates of the estimated height while wrapping in the background.
WRAP_SIZE_EVERY = 0.5
#: Pieces longer than this (characters) have their search matches read per stretch drawn, not kept whole.
WHOLE_PIECE_MATCHES = 4096
#: The categories a term may be marked with, by their number in :attr:`Highlights.terms`.
MARKED_CATEGORIES = tuple(h.name for h in CATEGORY_HIGHLIGHTS)
#: Where the source URL may be a terminal hyperlink: printable ASCII only.
_SAFE_URL = frozenset(chr(c) for c in range(0x21, 0x7F))


@dataclass
class Piece:
    """One displayed unit: a block of the article, the title or the source line."""

    kind: str
    """title, heading, paragraph, caption, image or source."""
    line: int
    """The block's source line (0 for the title)."""
    text: str
    """Visible (sanitised) text."""
    offsets: list[int] | None = None
    """Visible offset of each source character (plus the end), or None when they coincide."""
    link: str | None = None
    source_text: str = ""
    """The text as in the file, for copying."""

    def to_visible(self, offset: int) -> int:
        if self.offsets is None:
            return offset
        return self.offsets[max(0, min(offset, len(self.offsets) - 1))]


class VLine(NamedTuple):
    """One visual line: ``text[start:end]`` of a piece, or a decoration."""

    piece: int
    start: int
    end: int
    role: str
    """text, blank, rule, frame-top, frame-mid or frame-bottom."""


ROLES = ("text", "blank", "rule", "frame-top", "frame-mid", "frame-bottom")
_ROLE_CODES = {role: i for i, role in enumerate(ROLES)}


class VisualLines:
    """The visual lines wrapped so far, as flat arrays: a 10 MB article has
    some 200,000 of them, and a tuple with its numbers for each took tens of
    megabytes of the app process; four numbers a line here. Indexed like a
    list (a :class:`VLine` is made when asked for)."""

    __slots__ = ("_piece", "_start", "_end", "_role")

    def __init__(self) -> None:
        self._piece, self._start, self._end = array("i"), array("i"), array("i")
        self._role = bytearray()

    def append(self, vline: VLine) -> None:
        self._piece.append(vline.piece)
        self._start.append(vline.start)
        self._end.append(vline.end)
        self._role.append(_ROLE_CODES[vline.role])

    def __len__(self) -> int:
        return len(self._role)

    def __getitem__(self, i: int) -> VLine:
        return VLine(self._piece[i], self._start[i], self._end[i], ROLES[self._role[i]])

    def __iter__(self):
        for i in range(len(self._role)):
            yield self[i]


def make_piece(kind: str, line: int, text: str, link: str | None = None) -> Piece:
    """A piece showing ``text`` with control characters made visible."""
    if _REPLACED.search(text) is None:  # nearly always: a search is ~30x faster than translate
        return Piece(kind, line, text, None, link, text)
    shown = visible(text)
    offsets = None
    if len(shown) != len(text):
        offsets, pos = [], 0
        for ch in text:
            offsets.append(pos)
            pos += len(visible(ch))
        offsets.append(pos)
    return Piece(kind, line, shown, offsets, link, text)


def article_pieces(article: Article) -> list[Piece]:
    """The article as display pieces, in reading order."""
    # a title taken from the lead's first sentence would only repeat it
    pieces = [] if article.title_from == "lead" else [make_piece("title", 0, article.title or "(untitled)")]
    for block in article.blocks():
        if block.kind == "image":
            pieces.append(make_piece("image", block.line, block.image or block.text.strip()))
        else:
            pieces.append(make_piece(block.kind, block.line, block.text))
    if article.source is not None:
        url = article.source.url
        link = url if set(url) <= _SAFE_URL and web_url(url) is not None else None
        # shown decoded (readable Japanese), linked and copied as written
        piece = make_piece("source", article.source.line, f"出典: {readable_url(url)}", link)
        piece.source_text = f"出典: {url}"
        pieces.append(piece)
    return pieces


@dataclass
class Highlights:
    """Everything marked in the article, in visible offsets, keyed by piece index."""

    terms: dict[int, array] = field(default_factory=dict)
    """Per piece, its terms' marks three numbers each: start, end and the
    category's place in :data:`MARKED_CATEGORIES` (a 10 MB article has some
    130,000: a tuple each took 15 MB)."""
    hits: Any = None
    """The search's :class:`~tui.search.Hits`: asked for the matches of the
    pieces drawn only, so a query with 50,000 matches costs what the screen shows."""
    current: tuple[int, int, int] | None = None
    """(piece, start, end) of the current match."""
    focus: dict[int, list[tuple[int, int]]] = field(default_factory=dict)
    quote: tuple[int, int, int] | None = None


class ArticleView(ScrollView, can_focus=True):
    """The article, wrapped with kinsoku rules and highlighted at render time."""

    COMPONENT_CLASSES = {
        "article--title",
        "article--heading",
        "article--rule",
        "article--caption",
        "article--image",
        "article--source",
        "article--gutter",
        "article--match",
        "article--match-current",
        "article--quote",
        "article--target",
        *(f"article--{h.name}" for h in CATEGORY_HIGHLIGHTS),
    }

    BINDINGS = [
        Binding("j,down", "scroll_down", "Down", show=False, id="article.down", tooltip="Scroll the article down a line"),
        Binding("k,up", "scroll_up", "Up", show=False, id="article.up", tooltip="Scroll the article up a line"),
        Binding("pagedown,space", "page_down", "Page down", show=False, id="article.page-down", tooltip="Scroll the article down a page"),
        Binding("pageup,b", "page_up", "Page up", show=False, id="article.page-up", tooltip="Scroll the article up a page"),
        Binding("g,home", "scroll_home", "Top", show=False, id="article.top", tooltip="Go to the top of the article"),
        Binding("G,end", "scroll_end", "Bottom", show=False, id="article.bottom", tooltip="Go to the end of the article"),
    ]

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.pieces: list[Piece] = []
        self._headings: list[int] = []
        """The pieces that are subheadings, in order."""
        self._piece_by_line: dict[int, int] = {}
        self._vlines = VisualLines()
        self._first_vline = array("i")
        """First visual line of each piece wrapped so far."""
        self._wrapped_chars = 0
        self._total_chars = 0
        self._layout_width = -1
        self._wrap_held = False
        """The lines below the screen wait to be wrapped (:meth:`hold_wrapping`)."""
        self._cache: LRUCache[int, tuple[Strip, int | None, bool]] = LRUCache(2048)
        """Each line's strip, the search it showed marks of (None: it showed
        none), and whether it showed the mark of the piece ``c`` copies."""
        self._search = 0
        """Bumped with every new search or current match."""
        self._styles: dict[str, Style] = {}
        self._drawing: tuple[int, Style, int | None] | None = None
        """Width, base style and :meth:`paragraph_piece` of the frame being drawn."""
        self.hl = Highlights()
        self._piece_matches: dict[int, list[tuple[int, int]]] = {}
        """The visible spans of the search matches of the pieces drawn so far."""
        self.highlighting = True
        self.hidden_categories: set[str] = set()

    # --- content ------------------------------------------------------------

    def set_article(self, article: Article) -> None:
        """Show ``article`` from the top, without highlights."""
        self.pieces = article_pieces(article)
        self._total_chars = sum(len(p.text) for p in self.pieces)
        self._piece_by_line = {p.line: i for i, p in enumerate(self.pieces) if p.line}
        self._headings = [i for i, p in enumerate(self.pieces) if p.kind == "heading"]
        self.hl = Highlights()
        self._piece_matches.clear()
        self._layout_width = -1
        self._vlines, self._first_vline = VisualLines(), array("i")  # the previous article's: no anchor
        self._relayout()
        self.scroll_to(y=0, animate=False, immediate=True)

    def piece_for_line(self, line: int) -> int | None:
        """Index of the piece for the block at source ``line``."""
        return self._piece_by_line.get(line)

    # --- highlights ---------------------------------------------------------

    def _spans(self, spans: Iterable[tuple[int, int, int]]) -> Iterable[tuple[int, int, int]]:
        """Map ``(line, start, end)`` source spans to ``(piece, start, end)`` visible spans."""
        for line, start, end in spans:
            index = self._piece_by_line.get(line)
            if index is None:
                continue
            piece = self.pieces[index]
            yield index, piece.to_visible(start), piece.to_visible(end)

    def set_terms(self, terms: Iterable) -> None:
        """Highlight every span of every term, by category."""
        by_piece: dict[int, array] = {}
        for term in terms:
            category = MARKED_CATEGORIES.index(term.category)
            for index, start, end in self._spans(term.spans):
                marks = by_piece.get(index)
                if marks is None:
                    marks = by_piece[index] = array("i")
                marks.extend((start, end, category))
        self.hl.terms = by_piece
        self.restyle()

    def set_focus_term(self, term) -> None:
        """Mark every occurrence of ``term`` (or none) and scroll to the first."""
        focus: dict[int, list[tuple[int, int]]] = {}
        first = None
        for index, start, end in self._spans(term.spans if term else ()):
            focus.setdefault(index, []).append((start, end))
            if first is None:
                first = (index, start)
        self.hl.focus = focus
        self.restyle()
        if first is not None:
            self.scroll_to_offset(*first)

    def set_hits(self, hits, current: tuple[int, int, int] | None) -> None:
        """Highlight the matches of ``hits`` (a :class:`~tui.search.Hits`, or
        None), ``current`` (source ``(line, start, end)``) as the current one,
        scrolled into view."""
        self.hl.hits = hits
        self._piece_matches.clear()
        self.set_current_match(current)

    def set_current_match(self, current: tuple[int, int, int] | None) -> None:
        spans = list(self._spans([current])) if current is not None else []
        self.hl.current = spans[0] if spans else None
        self._search += 1
        if spans:
            self.scroll_to_match()
        self._repaint_search_marks()

    def _search_marks(self, vline: VLine) -> bool:
        """Whether ``vline`` shows search marks now: a match on it, or the ▶ of its piece."""
        if vline.piece < 0:
            return False
        current = self.hl.current
        return bool(self.matches_of(vline.piece, vline.start, max(vline.end, vline.start + 1))) or (
            current is not None and current[0] == vline.piece)

    def _repaint_search_marks(self) -> None:
        """Repaint the lines on screen whose search marks were or are to be shown."""
        top = int(self.scroll_y)
        for y in range(top, min(top + self.scrollable_content_region.height, len(self._vlines))):
            entry = self._cache.get(y)
            if (entry is not None and entry[1] is not None) or self._search_marks(self._vlines[y]):
                self._cache.discard(y)
                self.refresh_line(y)

    def matches_of(self, piece: int, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
        """The visible spans of the search matches in ``piece`` (overlapping
        its visible ``[start, end)``). A long piece's matches are read for the
        stretch asked for only: a 2 MB line of one letter searched for it has
        2 million, and a frame draws some forty lines."""
        p = self.pieces[piece]
        if len(p.text) > WHOLE_PIECE_MATCHES:
            return self._matches_in(p, start, len(p.text) if end is None else end)
        found = self._piece_matches.get(piece)
        if found is None:
            found = self._piece_matches[piece] = self._matches_in(p, 0, len(p.text))
        if start > 0 or (end is not None and end < len(p.text)):
            stop = len(p.text) if end is None else end
            return [(s, e) for s, e in found if s < stop and e > start]
        return found

    def _matches_in(self, p: Piece, start: int, end: int) -> list[tuple[int, int]]:
        """The visible spans of the matches overlapping visible ``[start, end)`` of ``p``."""
        hits = self.hl.hits
        block = hits.text.block_at_line(p.line) if hits is not None else None
        if block is None:
            return []
        lo, hi = start, end
        if p.offsets is not None:  # visible offsets back to the source's
            lo = max(0, bisect_right(p.offsets, start) - 1)
            hi = min(len(p.offsets) - 1, bisect_left(p.offsets, end) + 1)
        return [(p.to_visible(s), p.to_visible(e)) for s, e in hits.spans_in_block(block, lo, hi)]

    def mark_quote(self, line: int, start: int, end: int) -> None:
        """Mark a quote's span and paragraph, and scroll to it."""
        spans = list(self._spans([(line, start, end)]))
        self.hl.quote = spans[0] if spans else None
        self.restyle()
        if spans:
            self.scroll_to_offset(spans[0][0], spans[0][1])

    def restyle(self) -> None:
        """Redraw the visible lines after a change of highlights."""
        self._cache.clear()
        self.refresh()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._styles.clear()
        self._cache.clear()

    # --- layout ------------------------------------------------------------

    @property
    def text_width(self) -> int:
        return max(1, self.scrollable_content_region.width - GUTTER - 1)

    def _relayout(self) -> None:
        if not self.scrollable_content_region.width:
            return  # not laid out yet: on_resize will come
        width = self.text_width
        if width == self._layout_width:
            return
        anchor = self.top_offset()
        self._layout_width = width
        self._vlines, self._first_vline, self._wrapped_chars = VisualLines(), array("i"), 0
        self._cache.clear()
        # enough for the screen now (from the piece at the top), the rest later
        self.ensure_wrapped(anchor[0] if anchor is not None else 0)
        self._wrap_until_line((self._first_vline[anchor[0]] if anchor else 0) + 2 * self.size.height)
        self._update_virtual_size()
        if anchor is not None:
            self.scroll_to_offset(*anchor, top=True)
        self.refresh()
        if len(self._first_vline) < len(self.pieces) and not self._wrap_held:
            self._wrap_rest(width)

    def hold_wrapping(self, held: bool) -> None:
        """Hold (or let go) the wrapping of the lines below the screen in the
        background; held, lines are still wrapped as they are scrolled to."""
        self._wrap_held = held
        if not held and self._layout_width > 0 and len(self._first_vline) < len(self.pieces):
            self._wrap_rest(self._layout_width)

    @property
    def wrapped(self) -> bool:
        """Every piece is wrapped at the current width."""
        return len(self._first_vline) == len(self.pieces)

    def _wrap_piece(self) -> None:
        """Append the visual lines of the next piece not yet wrapped."""
        vlines, width = self._vlines, self._layout_width
        index = len(self._first_vline)
        piece = self.pieces[index]
        if index and piece.kind != "caption":
            vlines.append(VLine(-1, 0, 0, "blank"))
            if piece.kind == "heading":
                vlines.append(VLine(-1, 0, 0, "blank"))
        self._first_vline.append(len(vlines))
        self._wrapped_chars += len(piece.text)
        if piece.kind == "image":  # the file name on one line, its middle elided if need be
            vlines.append(VLine(index, 0, 0, "frame-top"))
            vlines.append(VLine(index, 0, len(piece.text), "frame-mid"))
            vlines.append(VLine(index, 0, 0, "frame-bottom"))
            return
        for start, end in wrap(piece.text, width):
            vlines.append(VLine(index, start, end, "text"))
        if piece.kind in ("title", "heading"):
            vlines.append(VLine(index, 0, 0, "rule"))

    def ensure_wrapped(self, piece: int) -> None:
        """Wrap every piece up to ``piece`` (and the one after, whose blank
        lines end it) now."""
        last = min(piece + 1, len(self.pieces) - 1)
        if len(self._first_vline) > last:
            return
        while len(self._first_vline) <= last:
            self._wrap_piece()
        self._update_virtual_size()

    def _wrap_until_line(self, y: int) -> None:
        while len(self._vlines) <= y and not self.wrapped:
            self._wrap_piece()

    def _update_virtual_size(self) -> None:
        """Lines so far, plus an estimate for the text not wrapped yet."""
        lines = len(self._vlines)
        if not self.wrapped and self._wrapped_chars:
            left = self._total_chars - self._wrapped_chars
            lines += int(left * lines / self._wrapped_chars) + 2 * (len(self.pieces) - len(self._first_vline))
        self.virtual_size = Size(self.scrollable_content_region.width, lines)

    @work(exclusive=True, group="article-wrap")
    async def _wrap_rest(self, width: int) -> None:
        """Wrap the pieces left, a slice at a time between frames. The
        estimated height is updated every :data:`WRAP_SIZE_EVERY` seconds and
        at the end only: each change of it lays out the whole screen again."""
        sized = time.perf_counter()
        while not self.wrapped and width == self._layout_width and not self._wrap_held:
            now = time.perf_counter()
            ends = now + WRAP_SLICE
            while not self.wrapped and time.perf_counter() < ends:
                self._wrap_piece()
            if self.wrapped or now - sized >= WRAP_SIZE_EVERY:
                sized = now
                self._update_virtual_size()
            await asyncio.sleep(0)

    def on_resize(self) -> None:
        if self.pieces:
            self._relayout()

    def top_offset(self) -> tuple[int, int] | None:
        """``(piece, offset)`` at the top of the view, to keep it there on resize."""
        if not self._vlines:
            return None
        y = min(int(self.scroll_y), len(self._vlines) - 1)
        for i in range(y, len(self._vlines)):
            vline = self._vlines[i]
            if vline.piece >= 0:
                return vline.piece, vline.start if vline.role == "text" else 0
        return None

    def vline_of(self, piece: int, offset: int) -> int:
        """The visual line showing ``offset`` of ``piece``."""
        self.ensure_wrapped(piece)
        y = self._first_vline[piece]
        if self.pieces[piece].kind == "image":
            return y
        starts = []
        while y + len(starts) < len(self._vlines):
            v = self._vlines[y + len(starts)]
            if v.piece != piece or v.role != "text":
                break
            starts.append(v.start)
        return y + max(0, bisect_right(starts, offset) - 1)

    def current_piece(self) -> int | None:
        """The piece at the top of the view."""
        top = self.top_offset()
        return top[0] if top else None

    # --- scrolling ---------------------------------------------------------

    def scroll_to_offset(self, piece: int, offset: int = 0, top: bool = False) -> None:
        """Bring ``offset`` of ``piece`` into view (at the top, or a third down)."""
        if not self._vlines:
            return
        y = self.vline_of(piece, offset)
        if not top:
            y -= max(0, self.scrollable_content_region.height // 3)
        self.scroll_to(y=max(0, y), animate=False, immediate=True)

    def scroll_to_line(self, line: int) -> None:
        """Bring the block at source ``line`` to the top of the view."""
        index = self._piece_by_line.get(line)
        if index is not None:
            self.ensure_wrapped(index)
            y = self._first_vline[index]
            if self.pieces[index].kind == "heading":
                y -= 1
            self.scroll_to(y=max(0, y), animate=False, immediate=True)

    def scroll_to_match(self) -> None:
        """Bring the current match into view, if it is not."""
        if self.hl.current is not None:
            piece, start, _ = self.hl.current
            y = self.vline_of(piece, start)
            if not (self.scroll_y <= y < self.scroll_y + self.scrollable_content_region.height):
                self.scroll_to_offset(piece, start)

    def action_scroll_down(self) -> None:
        self.scroll_relative(y=1, animate=False)

    def action_scroll_up(self) -> None:
        self.scroll_relative(y=-1, animate=False)

    def action_page_down(self) -> None:
        self.scroll_relative(y=max(1, self.scrollable_content_region.height - 1), animate=False)

    def action_page_up(self) -> None:
        self.scroll_relative(y=-max(1, self.scrollable_content_region.height - 1), animate=False)

    def action_scroll_home(self) -> None:
        self.scroll_to(y=0, animate=False, immediate=True)

    def _section_top(self, piece: int) -> int:
        """The line a section is scrolled to: its heading with the blank line above."""
        self.ensure_wrapped(piece)
        return max(0, self._first_vline[piece] - 1)

    def go_to_section(self, step: int) -> bool:
        """Scroll to the next section's heading (``step`` > 0), or to the start
        of the section at the top, or the one before if it starts at the top
        (``step`` < 0; the article's start counts as one). False when there is
        none that way."""
        top = int(self.scroll_y)
        headings = self._headings
        if step > 0:
            target = next((y for y in map(self._section_top, headings) if y > top), None)
            if target is None or top >= self.max_scroll_y:
                return False
        else:
            starts = [0] + [self._section_top(i) for i in headings if i < len(self._first_vline)]
            target = max((y for y in starts if y < top), default=None)
            if target is None:
                return False
        self.scroll_to(y=target, animate=False, immediate=True)
        return True

    def action_scroll_end(self) -> None:
        if self.pieces:
            self.ensure_wrapped(len(self.pieces) - 1)
        self.scroll_to(y=self.max_scroll_y, animate=False, immediate=True)

    # --- rendering ---------------------------------------------------------

    def mark_style(self, name: str) -> Style:
        """The style of one highlight (component class ``article--{name}``), without the base."""
        style = self._styles.get(name)
        if style is None:
            style = self._styles[name] = self.get_component_rich_style(f"article--{name}", partial=True)
        return style

    def render_lines(self, crop):
        if self.pieces and self._layout_width < 0:
            # the first frame: laid out now, at the size it is drawn at, rather
            # than on the resize event that comes a frame or three later
            self._relayout()
        # the base style, the width and the piece c copies, once for the lines
        # of a frame: each costs more to compute than to draw a line
        self._drawing = (self.scrollable_content_region.width, self.rich_style, self.paragraph_piece())
        try:
            return super().render_lines(crop)
        finally:
            self._drawing = None

    def render_line(self, y: int) -> Strip:
        width, base, target = self._drawing or (self.scrollable_content_region.width, self.rich_style,
                                                 self.paragraph_piece())
        index = int(self.scroll_y) + y
        if index >= len(self._vlines) and not self.wrapped and self._layout_width > 0:
            self._wrap_until_line(index)  # scrolled ahead of the background wrapping
            self._update_virtual_size()
        if index >= len(self._vlines):
            return Strip.blank(width, base)
        vline = self._vlines[index]
        targeted = vline.piece >= 0 and vline.piece == target and vline.role != "rule"
        entry = self._cache.get(index)
        if entry is not None:
            strip, search, was_targeted = entry
            if strip.cell_length == width and was_targeted == targeted and (
                    search == self._search or (search is None and not self._search_marks(vline))):
                return strip
        strip = self._render_vline(vline, width, base, targeted)
        self._cache[index] = (strip, self._search if self._search_marks(vline) else None, targeted)
        return strip

    def _render_vline(self, vline: VLine, width: int, base: Style, targeted: bool = False) -> Strip:
        if vline.role == "blank":
            return Strip.blank(width, base)
        piece = self.pieces[vline.piece]
        segments = [self._gutter(vline, base, targeted)]
        if vline.role == "rule":
            rule = "─" * min(self._layout_width, max(4, line_width(piece.text, 0, len(piece.text))))
            segments.append(Segment(rule, base + self.mark_style("rule")))
        elif vline.role.startswith("frame"):
            segments.extend(self._frame(vline, piece, base))
        else:
            segments.extend(self._text(vline, piece, base))
        return Strip(segments).adjust_cell_length(width, base)

    def _gutter(self, vline: VLine, base: Style, targeted: bool = False) -> Segment:
        """The line's mark: ``▶`` the current match, ``▌`` the marked quote's
        paragraph, ``▏`` the paragraph ``c`` (and ``y`` with no quote) copies."""
        hl = self.hl
        if hl.current is not None and vline.role == "text":
            piece, start, _ = hl.current
            if piece == vline.piece and vline.start <= start < max(vline.end, vline.start + 1):
                return Segment("▶ ", base + self.mark_style("match-current"))
        if hl.quote is not None and hl.quote[0] == vline.piece:
            return Segment("▌ ", base + self.mark_style("quote"))
        if targeted:
            return Segment("▏ ", base + self.mark_style("target"))
        return Segment(" " * GUTTER, base + self.mark_style("gutter"))

    def _frame(self, vline: VLine, piece: Piece, base: Style) -> list[Segment]:
        """An image placeholder: a box labelled "image" around the file name
        (on one line: :func:`~tui.text.cut_middle` keeps its start and extension)."""
        style = base + self.mark_style("image")
        name = cut_middle(piece.text, max(1, self._layout_width - 4))
        used = max(7, cells(name))
        if vline.role == "frame-top":
            return [Segment("┌─ image " + "─" * (used - 6) + "┐", style)]
        if vline.role == "frame-bottom":
            return [Segment("└" + "─" * (used + 2) + "┘", style)]
        return [Segment("│ " + name + " " * (used - cells(name)) + " │", style)]

    def _text(self, vline: VLine, piece: Piece, base: Style) -> list[Segment]:
        start, end = vline.start, vline.end
        text = piece.text
        kind_style = base
        if piece.kind in ("title", "heading", "caption", "source"):
            kind_style = base + self.mark_style(piece.kind)
        if piece.link:
            kind_style += Style(link=piece.link)
        layers: list[tuple[int, int, Style]] = []
        index = vline.piece
        hl = self.hl
        if self.highlighting:
            marks = hl.terms.get(index, ())
            for k in range(0, len(marks), 3):
                s, e, category = marks[k], marks[k + 1], MARKED_CATEGORIES[marks[k + 2]]
                if s < end and e > start and category not in self.hidden_categories:
                    layers.append((s, e, self.mark_style(category)))
        if hl.quote is not None and hl.quote[0] == index:
            _, s, e = hl.quote
            if s < end and e > start:
                layers.append((s, e, self.mark_style("quote")))
        for s, e in hl.focus.get(index, ()):
            if s < end and e > start:
                layers.append((s, e, self.mark_style("match")))
        if hl.hits is not None:
            current = hl.current[1] if hl.current is not None and hl.current[0] == index else None
            for s, e in self.matches_of(index, start, max(end, start + 1)):
                if s < end and e > start:
                    layers.append((s, e, self.mark_style("match-current" if s == current else "match")))
        if not layers:
            return [Segment(text[start:end], kind_style)]
        cuts = {start, end}
        for s, e, _ in layers:
            cuts.add(min(max(s, start), end))
            cuts.add(min(max(e, start), end))
        points = sorted(cuts)
        segments = []
        for a, b in zip(points, points[1:]):
            if a == b:
                continue
            style = kind_style
            for s, e, layer in layers:
                if s <= a and e >= b:
                    style += layer
            segments.append(Segment(text[a:b], style))
        return segments

    # --- copying -------------------------------------------------------------

    def paragraph_piece(self) -> int | None:
        """The piece ``c`` copies: the marked quote's (``▌``), else the current
        match's (``▶``), else the one at the top of the view."""
        if self.hl.quote is not None:
            return self.hl.quote[0]
        if self.hl.current is not None:
            return self.hl.current[0]
        return self.current_piece()

    def paragraph_text(self, piece: int | None = None) -> str | None:
        """The source text of ``piece`` (default: :meth:`paragraph_piece`)."""
        if piece is None:
            piece = self.paragraph_piece()
        if piece is None:
            return None
        return self.pieces[piece].source_text
