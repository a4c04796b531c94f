"""Waits for the Pilot tests: each waits for a condition the test needs
(the panes filled, a count on screen), frame after frame, never for a time
and never for "no worker running" (the analysis worker starts after the
first frame: before it exists, no worker is running either).

The patience is long because it is only spent when something is wrong: a
loaded machine or coverage tracing makes the analysis slow, not different.
"""

from __future__ import annotations

import time
from typing import Callable

#: Seconds a wait gives its condition before it fails the test: a generous
#: bound for a busy two-core machine (the analysis runs in child and worker
#: processes that load Sudachi), not a speed requirement.
PATIENCE = 180.0


async def until(pilot, condition: Callable[[], bool], what: str, patience: float = PATIENCE) -> None:
    """Wait for ``condition()``, a frame at a time, at most ``patience`` seconds."""
    deadline = time.monotonic() + patience
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"never came: {what}")
        await pilot.pause(0.02)


def status_text(app) -> str:
    return str(app.default_screen.query_one("#status").render())


def analysis_shown(app) -> bool:
    """The open article's analysis is on screen: the terms and speakers
    panes filled and the search index in (``load_article`` clears it, so an
    earlier article's does not count), or the failure said in the status."""
    screen = app.default_screen  # the explorer's, whatever screen is on top
    if screen.query_one("#terms").loading or screen.query_one("#quotes").loading:
        return False
    return app.index is not None or "failed" in status_text(app)


async def analysed(app, pilot) -> None:
    """Wait until the explorer shows the open article's analysis, then for
    the frame that paints it."""
    await until(pilot, lambda: analysis_shown(app), "the analysis on screen (terms, speakers, search index)")
    await pilot.pause()


def count_text(app) -> str:
    return str(app.default_screen.query_one("#match-count").render())


def count_final(app) -> bool:
    """The match count answers the query with every search mode: not
    waiting for the folded text (``…``) nor for the word index (``i/n+``)."""
    text = count_text(app).strip()
    return text != "…" and not text.endswith("+")


async def counted(app, pilot) -> None:
    """Wait until the match count is final (a query answered in the child
    process comes after the keystroke), then for the frame that paints it."""
    await until(pilot, lambda: analysis_shown(app) and count_final(app), "the final match count")
    await pilot.pause()


def help_shown(app) -> bool:
    """The help screen is on top, its keys mounted: on a loaded machine
    ``pilot.press`` can return before the key's binding has run (it did, at
    a load of 20)."""
    return len(app.screen_stack) > 1 and bool(app.screen.query("#help-keys"))


def help_closed(app) -> bool:
    """The help screen is gone (or the app quit: the test then says so)."""
    return not app.is_running or len(app.screen_stack) == 1


def screen_ready(app, kind) -> bool:
    """A screen of ``kind`` is on top and its ``on_mount`` has run (pushed is
    not enough: a test that ends before the mount ends the app during it)."""
    return isinstance(app.screen, kind) and app.screen.is_mounted


def notices_heard(app) -> list[tuple[str, str, str]]:
    """Every notice the app raises from now on, as (severity, title, message),
    kept: the app's own list (``app._notifications``) drops each once its
    timeout passes (5-8 s), which a loaded machine can outlast before a test
    reads it (a run of make app-loop failed so)."""
    heard: list[tuple[str, str, str]] = []
    notify = app.notify

    def record(message, *args, **kwargs):
        heard.append((kwargs.get("severity", "information"), kwargs.get("title", ""), str(message)))
        return notify(message, *args, **kwargs)

    app.notify = record
    return heard
