"""Keys typed early: before the first frame, or before the analysis worker
has folded the article's text for literal search. They are handled as if
typed after it: a ``/`` keeps the search box focused, and the box echoes
a key at once even when its count has to wait for the fold."""

from __future__ import annotations

import threading

from textual import events

from kiji_fixtures import long_article, write_article
from pilot_waits import count_text, until
from tui.app import KijiApp
from tui.app.explorer import FOLD_AT_KEY

TEXT = "記事\n\n大臣は協力すると述べた。\n\n報道官は明日、見解を述べる予定だ。\n"


def typed_before_the_first_frame(app: KijiApp, keys: str) -> None:
    """Queue ``keys`` before the app runs, as the terminal's input thread
    does when they were typed before the first frame: they come ahead of
    everything the app schedules while it mounts."""
    for ch in keys:
        assert app.post_message(events.Key("slash" if ch == "/" else ch, ch))


async def test_a_query_typed_before_the_first_frame_keeps_the_search_box_focused(tmp_path):
    app = KijiApp([write_article(tmp_path, TEXT)])
    typed_before_the_first_frame(app, "/st")  # s and t are the article's keys too
    async with app.run_test(size=(120, 35)) as pilot:
        search = app.query_one("#search")
        await until(pilot, lambda: search.value == "st", "the early keys in the box")
        await pilot.pause()
        assert app.focused is search
        assert app.query_one("#speakers").display and app.query_one("#terms-pane").display  # not toggled by s, t
        await pilot.press("a")
        await until(pilot, lambda: search.value == "sta", "a later key in the box too")


async def test_a_key_typed_before_a_long_article_is_folded_is_echoed_before_its_count(tmp_path, monkeypatch):
    import tui.search as search_room

    started, release = threading.Event(), threading.Event()
    real = search_room.LiteralText

    def slow_fold(blocks):
        started.set()
        release.wait(30)  # a regression (the key waiting for the fold) shows as the count before the echo
        return real(blocks)

    monkeypatch.setattr(search_room, "LiteralText", slow_fold)
    app = KijiApp([write_article(tmp_path, long_article(1000))])
    assert app.article.text_chars > FOLD_AT_KEY
    async with app.run_test(size=(120, 35)) as pilot:
        await until(pilot, started.is_set, "the fold started")
        await pilot.press("slash", "協")
        search = app.query_one("#search")
        await until(pilot, lambda: search.value == "協", "the key echoed")
        await pilot.pause()
        assert count_text(app).strip() == "…"  # counted when the fold comes
        release.set()
        await until(pilot, lambda: count_text(app).strip().startswith("1/"), "the count after the fold")


async def test_the_article_is_wrapped_below_the_screen_once_it_is_folded(tmp_path, monkeypatch):
    import tui.search as search_room

    started, release = threading.Event(), threading.Event()
    real = search_room.LiteralText

    def slow_fold(blocks):
        started.set()
        release.wait(30)
        return real(blocks)

    monkeypatch.setattr(search_room, "LiteralText", slow_fold)
    app = KijiApp([write_article(tmp_path, long_article(3000))])
    async with app.run_test(size=(120, 35)) as pilot:
        view = app.view
        await until(pilot, started.is_set, "the fold started")
        held = len(view._first_vline)
        for _ in range(5):
            await pilot.pause()
        # the screen's lines only: the rest would share the interpreter with the fold
        assert len(view._first_vline) == held and not view.wrapped
        release.set()
        await until(pilot, lambda: view.wrapped, "the whole article wrapped after the fold")
