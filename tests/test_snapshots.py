"""The look of the explorer, pinned with pytest-textual-snapshot.

The core is replaced by fixed terms and speakers (``kiji_fixtures``) so the
snapshots change only when the explorer's look does. Update them with
``make snapshots`` after a deliberate change and review the SVG diffs.
"""

from __future__ import annotations

import pytest
from textual.widgets import Input

from kiji_fixtures import install_fixed_core
from pilot_waits import analysed, counted, until
from tui.app import KijiApp


@pytest.fixture(autouse=True)
def fixed_core(monkeypatch):
    install_fixed_core(monkeypatch)


async def still(pilot) -> None:
    """Freeze the cursor blink, then wait for the frame that paints it."""
    for widget in pilot.app.query(Input):
        widget.cursor_blink = False
    await pilot.pause()


def run(*keys: str):
    """Wait for the analysis on screen (the panes filled), press ``keys``
    (the explorer answers a search on the keystroke once its index is in)."""

    async def run_before(pilot) -> None:
        await analysed(pilot.app, pilot)
        await still(pilot)
        if keys:
            await pilot.press(*keys)
            if keys[0] == "slash":
                await counted(pilot.app, pilot)
            await still(pilot)

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


# --- the library ------------------------------------------------------------------


def library_app(tmp_path, monkeypatch):
    """The library of ``library_fixtures.ARTICLES`` and a binary file, named
    relative to the test's folder (the screen shows paths), its own cache."""
    from library_fixtures import write_library
    from tui.app import LibraryApp
    from tui.library import Cache, Library

    monkeypatch.chdir(tmp_path)
    folder = write_library(tmp_path / "news")
    (folder / "binary.txt").write_bytes(b"\x00\x01binary")
    library = Library.open(["news"], cache=Cache.open(tmp_path / "cache"))
    return LibraryApp(library, "news", jobs=1)


def library_analysed(*keys: str):
    """Wait for every row analysed and the footer, press ``keys``, and wait
    for the search they make (if any) to be done."""

    async def run_before(pilot) -> None:
        app = pilot.app
        await until(pilot, lambda: app.library.progress.done and all(v.row.settled for v in app.library_screen.articles.views)
                    and bool(app.screen.query("FooterKey")), "the rows analysed and the footer")  # the footer comes a frame after the rows
        await still(pilot)
        if keys:
            await pilot.press(*keys)
            screen = app.library_screen
            await until(pilot, lambda: not screen.search_query or (screen.summary is not None and screen.summary.done
                                                                   and not screen.results.unread_on_screen()),
                        "the search done")
            await still(pilot)

    return run_before


def test_library_at_120x35(snap_compare, tmp_path, monkeypatch):
    assert snap_compare(library_app(tmp_path, monkeypatch), terminal_size=(120, 35), run_before=library_analysed())


def test_library_search_at_80x24(snap_compare, tmp_path, monkeypatch):
    assert snap_compare(library_app(tmp_path, monkeypatch), terminal_size=(80, 24),
                        run_before=library_analysed("slash", *"述べる", "enter"))


@pytest.mark.parametrize("size", [(120, 35), (80, 24), (60, 20)], ids=["120x35", "80x24", "60x20"])
def test_a_quote_shown_whole_under_the_speakers_list(snap_compare, size):
    # the speakers pane focused, its cursor on the first speaker's first quote:
    # the quote whole beneath the list, the paragraph c would copy marked
    assert snap_compare(KijiApp(), terminal_size=size, run_before=run("s", "j"))


@pytest.mark.parametrize("size", [(120, 35), (60, 20)], ids=["120x35", "60x20"])
def test_how_a_reading_match_was_found(snap_compare, size):
    # a kana query: the bar says it matched by reading, beside the counter
    assert snap_compare(KijiApp(), terminal_size=size, run_before=run("slash", *"こくれん"))
