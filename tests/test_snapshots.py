"""The look of the explorer, pinned with pytest-textual-snapshot.

The core is replaced by fixed terms and speakers (``kiji_fixtures``) so the
snapshots change only when the explorer's look does. Update them with
``make snapshots`` after a deliberate change and review the SVG diffs.
"""

from __future__ import annotations

import pytest
from textual.widgets import Input
from textual.worker import WorkerCancelled

from kiji_fixtures import install_fixed_core
from tui.app import KijiApp


@pytest.fixture(autouse=True)
def fixed_core(monkeypatch):
    install_fixed_core(monkeypatch)


async def settled(pilot) -> None:
    """Wait for the analysis (its worker starts after the first frame: it may
    not exist yet, and a pane still loading takes no focus) and the other
    workers, and freeze the cursor blink."""
    app = pilot.app
    while True:
        try:
            await app.workers.wait_for_complete()
        except WorkerCancelled:
            pass  # superseded by a newer one: wait for the rest
        await pilot.pause()
        if not app.workers and not any(pane.loading for pane in app.query("#terms, #quotes")):
            break
        await pilot.pause(0.01)
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


def analysed(*keys: str):
    async def run_before(pilot) -> None:
        app = pilot.app
        while not app.library.progress.done or not all(v.row.settled for v in app.library_screen.articles.views) \
                or not app.screen.query("FooterKey"):  # the footer comes a frame after the rows
            await pilot.pause(0.05)
        await settled(pilot)
        if keys:
            await pilot.press(*keys)
            screen = app.library_screen
            while screen.search_query and (screen.summary is None or not screen.summary.done):
                await pilot.pause(0.05)
            await settled(pilot)

    return run_before


def test_library_at_120x35(snap_compare, tmp_path, monkeypatch):
    assert snap_compare(library_app(tmp_path, monkeypatch), terminal_size=(120, 35), run_before=analysed())


def test_library_search_at_80x24(snap_compare, tmp_path, monkeypatch):
    assert snap_compare(library_app(tmp_path, monkeypatch), terminal_size=(80, 24),
                        run_before=analysed("slash", *"述べる", "enter"))
