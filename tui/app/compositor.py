"""A compositor whose partial updates draw only the rows that changed.

Textual answers a partial update (a keystroke: the search box, the counter
and a few article lines) by rendering every widget that meets the rectangle
around *all* the changed cells, each widget whole: with the search bar at the
bottom and article lines near the top, that rectangle is the screen, some 300
widget lines of panes, borders and scroll bars drawn from their caches to
repaint 5 to 30. Here each band of changed rows is rendered on its own: the
widgets that meet it, each for those rows only. A full update (layout, resize)
is Textual's own.
"""

from __future__ import annotations

from typing import Iterable

from textual._compositor import ChopsUpdate, Compositor
from textual.geometry import Region
from textual.screen import Screen
from textual.strip import Strip

#: Changed rows with at most this many unchanged rows between them are drawn
#: as one band: a widget rendered once for a few more rows costs less than
#: rendered twice.
BAND_GAP = 2


def bands(spans: Iterable[tuple[int, int, int]], gap: int | None = None) -> list[Region]:
    """The changed spans ``(y, x1, x2)`` grouped into rectangles of rows with
    at most ``gap`` unchanged rows between them, each as wide as its spans."""
    gap = BAND_GAP if gap is None else gap
    out: list[list[int]] = []
    for y, x1, x2 in sorted(spans):
        if out and y - out[-1][1] - 1 <= gap:
            band = out[-1]
            band[1] = y
            band[2] = min(band[2], x1)
            band[3] = max(band[3], x2)
        else:
            out.append([y, y, x1, x2])
    return [Region(x1, y1, x2 - x1, y2 - y1 + 1) for y1, y2, x1, x2 in out]


class BandedCompositor(Compositor):
    """:class:`textual._compositor.Compositor` with partial updates by band."""

    def render_partial_update(self) -> ChopsUpdate | None:
        update_regions = self._dirty_regions.copy()
        self._dirty_regions.clear()
        if not update_regions:
            return None
        screen = self.size.region
        spans = list(self._regions_to_spans(update_regions))
        cuts = self.cuts
        chops: list[dict[int, Strip | None]] = [dict.fromkeys(cut_set[:-1]) for cut_set in cuts]
        for band in bands(spans):
            band = band.intersection(screen)
            if band.area:
                self._render_band(band, cuts, chops)
        return ChopsUpdate(chops, spans, [cut_set[1:] for cut_set in cuts])  # type: ignore[arg-type]

    def _render_band(self, band: Region, cuts: list[list[int]], chops: list[dict[int, Strip | None]]) -> None:
        """Fill ``chops`` for the rows of ``band`` with the widgets that meet
        it, front to back (the first strip of a cut wins, as in Textual)."""
        top, bottom = band.y, band.bottom
        overlaps = band.overlaps
        for widget, (region, clip) in self.visible_widgets.items():
            if not overlaps(clip):
                continue
            visible = region.intersection(clip)
            y1, y2 = max(visible.y, top), min(visible.bottom, bottom)
            if y1 >= y2 or not visible.width:
                continue
            strips = widget.render_lines(Region(visible.x - region.x, y1 - region.y, visible.width, y2 - y1))
            first_cut, last_cut = visible.x, visible.right
            for y, strip in zip(range(y1, y2), strips):
                chops_line = chops[y]
                final_cuts = [cut for cut in cuts[y] if last_cut >= cut >= first_cut]
                for cut, piece in zip(final_cuts, strip.divide([cut - first_cut for cut in final_cuts[1:]])):
                    if chops_line.get(cut) is None:
                        chops_line[cut] = piece


class BandedScreen(Screen):
    """A screen drawn by a :class:`BandedCompositor`."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._compositor = BandedCompositor()
