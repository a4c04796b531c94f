"""The keys line at the bottom fits the width: the keys that fit whole, the
next cut with one ``…`` (tui.text.cut), the palette key whole at the right;
never a key run under the palette (``s Speakers▏^p palettet``)."""

from __future__ import annotations

import pytest
from rich.cells import cell_len

from pilot_waits import analysed, until
from tui.app import KijiApp

FULL = "q Quit ? Help / Search n Next t Terms s Speakers h Highlights y Copy"


def footer_row(app) -> str:
    strips = app.screen._compositor.render_strips()
    return "".join(seg.text for seg in strips[-1])


@pytest.mark.parametrize("width", [120, 80, 60, 58, 49, 40])
async def test_the_footer_is_cut_with_one_ellipsis_where_its_keys_do_not_fit(width):
    app = KijiApp()
    async with app.run_test(size=(width, 20)) as pilot:
        await analysed(app, pilot)
        await until(pilot, lambda: "palette" in footer_row(app), "the footer's keys")
        row = footer_row(app)
        keys, bar, palette = row.partition("▏")
        assert bar and palette.strip() == "^p palette" and cell_len(row) == width
        shown = keys.rstrip()
        if width >= 80:
            assert shown == FULL
        else:
            assert shown.count("…") == 1 and shown.endswith("…")
            assert FULL.startswith(shown[:-1]) and len(shown) > 10
            assert cell_len(keys) <= width - len("▏^p palette ")
