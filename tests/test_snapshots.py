"""The look of the explorer, pinned with pytest-textual-snapshot.

The core is replaced by fixed terms and speakers (``kiji_fixtures``) so the
snapshots change only when the explorer's look does. Update them with
``make snapshots`` after a deliberate change and review the SVG diffs.
"""

from __future__ import annotations

import pytest
from textual.widgets import Input

from kiji_fixtures import install_fixed_core
from tui.app import KijiApp


@pytest.fixture(autouse=True)
def fixed_core(monkeypatch):
    install_fixed_core(monkeypatch)


async def settled(pilot) -> None:
    """Wait for the workers, and freeze the cursor blink."""
    app = pilot.app
    await app.workers.wait_for_complete()
    await pilot.pause()
    for widget in app.query(Input):
        widget.cursor_blink = False
    await pilot.pause()


def run(*keys: str):
    async def run_before(pilot) -> None:
        await settled(pilot)
        if keys:
            await pilot.press(*keys)
            await settled(pilot)

    return run_before


def test_three_panes_at_120x35(snap_compare):
    assert snap_compare(KijiApp(), terminal_size=(120, 35), run_before=run())


def test_two_panes_at_80x24(snap_compare):
    assert snap_compare(KijiApp(), terminal_size=(80, 24), run_before=run())


def test_speakers_overlay_at_80x24(snap_compare):
    assert snap_compare(KijiApp(), terminal_size=(80, 24), run_before=run("s"))


def test_one_pane_at_60x20(snap_compare):
    assert snap_compare(KijiApp(), terminal_size=(60, 20), run_before=run())


def test_search_highlights_at_120x35(snap_compare):
    assert snap_compare(KijiApp(), terminal_size=(120, 35), run_before=run("slash", *"述べる"))


def test_search_at_80x24(snap_compare):
    assert snap_compare(KijiApp(), terminal_size=(80, 24), run_before=run("slash", *"ハノイ", "escape"))


def test_help_screen(snap_compare):
    assert snap_compare(KijiApp(), terminal_size=(120, 35), run_before=run("f1"))


def test_ansi_theme(snap_compare):
    assert snap_compare(KijiApp(theme="ansi"), terminal_size=(120, 35), run_before=run())
