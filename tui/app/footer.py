"""The keys line at the bottom: Textual's footer, fitted to the width.

Textual's :class:`~textual.widgets.Footer` lays its keys side by side and
lets the last ones run under the palette key (``s Speakers▏^p palettet`` at
60 columns). Here the keys that fit are shown whole, the next one is cut
with :func:`tui.text.cut` (one ``…``), and none after it: what is missing
is in the help (``?``).
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.content import Content
from textual.widget import Widget
from textual.widgets import Footer, Label

from ..text import cells, cut


def is_key(widget: Widget) -> bool:
    """A footer key (Textual's ``FooterKey``, not public), not a group of them."""
    return hasattr(widget, "key_display") and hasattr(widget, "description")


def key_cells(key) -> int:
    """Cells a compact footer key takes: its key, a space, its description."""
    return cells(key.key_display) + (1 + cells(key.description) if key.description else 0)


class FittedFooter(Footer):
    """A compact footer whose keys are cut to the width, never overrun."""

    def __init__(self) -> None:
        super().__init__(compact=True)
        self._fitted_to = 0

    def compose(self) -> ComposeResult:
        widgets = list(super().compose())
        width = self.size.width
        self._fitted_to = width
        if not width:
            yield from widgets  # not laid out yet: fitted on the first resize
            return
        palette = [w for w in widgets if w.has_class("-command-palette")]
        keys = [w for w in widgets if not w.has_class("-command-palette")]
        # the palette key sits at the right edge: a one-cell bar, the key, the
        # one-cell margin every compact key has
        room = width - sum(1 + key_cells(p) + 1 for p in palette if is_key(p))
        used, last = 0, None
        for widget in keys:
            if not is_key(widget):  # a group of keys: kept only where all fits
                if used < room:
                    yield widget
                continue
            need = key_cells(widget)
            if used + need <= room:  # its one-cell margin may go under the palette's bar
                yield widget
                used += need + 1
                last = widget if widget.description else None
                continue
            # the first key that does not fit: cut there, one … at the cut
            left = room - used - cells(widget.key_display) - 1
            if widget.description and left >= 2:
                widget.description = cut(widget.description, left)
                yield widget
            elif room - used >= 1:
                yield Label(Content("…"))
            elif last is not None and used <= room:  # in the last key's margin
                last.description += "…"
            elif last is not None:  # the last key shown ends at the edge: cut it
                last.description = cut(last.description, cells(last.description) - 1)
            break
        yield from palette

    def on_resize(self) -> None:
        if self.size.width != self._fitted_to and self.is_attached:
            self.call_after_refresh(self.recompose)
