"""The explorer's screen draws only the rows a partial update changed, and
draws them as Textual would: every update of a session of keys is compared
with Textual's own rendering of the same changes."""

from __future__ import annotations

import pytest
from textual._compositor import Compositor
from textual.geometry import Region

from kiji_fixtures import install_fixed_core, long_article, write_article
from pilot_waits import analysed, counted
from tui.app import KijiApp
from tui.app.compositor import BandedCompositor, bands


def test_changed_rows_close_together_make_one_band_as_wide_as_their_spans():
    spans = [(33, 2, 103), (1, 29, 86), (2, 29, 86), (4, 30, 60), (20, 29, 86), (33, 105, 120)]
    assert bands(spans, gap=2) == [Region(29, 1, 57, 4), Region(29, 20, 57, 1), Region(2, 33, 118, 1)]
    assert bands(spans, gap=0) == [Region(29, 1, 57, 2), Region(30, 4, 30, 1), Region(29, 20, 57, 1), Region(2, 33, 118, 1)]
    assert bands([]) == []


@pytest.fixture
def compared(monkeypatch):
    """Every partial update drawn twice, by band and as Textual draws it; the
    escapes each would write to the terminal are kept side by side."""
    pairs: list[tuple[str, str]] = []
    banded = BandedCompositor.render_partial_update

    def both(self):
        dirty = set(self._dirty_regions)
        ours = banded(self)
        self._dirty_regions = dirty
        textuals = Compositor.render_partial_update(self)
        if ours is not None or textuals is not None:
            console = self_app[0].console
            pairs.append((ours.render_segments(console), textuals.render_segments(console)))
        return ours

    self_app: list = []
    monkeypatch.setattr(BandedCompositor, "render_partial_update", both)
    return pairs, self_app


@pytest.mark.parametrize("size", [(120, 35), (80, 24)])
async def test_every_partial_update_draws_what_textual_would(compared, monkeypatch, tmp_path, size):
    install_fixed_core(monkeypatch)
    pairs, self_app = compared
    app = KijiApp([write_article(tmp_path, long_article(80))])
    self_app.append(app)
    async with app.run_test(size=size) as pilot:
        await analysed(app, pilot)
        await pilot.press("slash", *"協力")
        await counted(app, pilot)
        await pilot.press("enter", "enter", "backspace", "backspace", *"第7", "escape")
        await counted(app, pilot)
        await pilot.press("j", "j", "space", "G", "n", "N", "t", "s", "s", "t", "slash", "ctrl+u", *"会議", "tab", "down")
        await counted(app, pilot)
        await pilot.pause()
    assert len(pairs) > 10
    for ours, textuals in pairs:
        assert ours == textuals


async def test_the_explorer_screen_draws_by_band():
    app = KijiApp()
    async with app.run_test(size=(120, 35)):
        assert isinstance(app.default_screen._compositor, BandedCompositor)
