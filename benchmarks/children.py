"""Small programs the benchmarks run in child processes, one per sample.

``python -m benchmarks.children plain-sudachi FILE``  tokenise FILE with Sudachi only
``python -m benchmarks.children bare-app TEXT``        a Textual app showing one line
``python -m benchmarks.children bare-input PLACEHOLDER`` a Textual app with one focused Input
``python -m benchmarks.children kiji-headless FILE``   open FILE in kiji headless until the panes are filled
``python -m benchmarks.children library-headless DIR QUERY``  the library of DIR headless: its list, then QUERY searched
``python -m benchmarks.children bare-app-headless TEXT``  the bare app headless, until its first frame

A child measures from ``KIJI_BENCH_T0`` (the parent's ``time.time()`` just
before it started the child), so interpreter start and imports count.
"""

from __future__ import annotations

import json
import os
import sys
import time


def _since_start() -> float:
    return time.time() - float(os.environ.get("KIJI_BENCH_T0", time.time()))


def plain_sudachi(path: str) -> None:
    """The least any analysis must do: load the dictionary, tokenise every
    line in mode C and materialise each morpheme's surface. Lines of the
    benchmark articles are far below Sudachi's 49,149-byte limit."""
    from sudachipy import Dictionary, SplitMode

    tokenizer = Dictionary(dict="core").tokenizer(mode=SplitMode.C)
    count = 0
    with open(path, encoding="utf-8") as f:
        for line in f:
            for m in tokenizer.tokenize(line):
                m.surface()
                count += 1
    print(json.dumps({"morphemes": count}))


def bare_app(text: str) -> None:
    """The floor for first paint: Textual drawing one line of text."""
    from textual.app import App, ComposeResult
    from textual.widgets import Static

    class Bare(App):
        def compose(self) -> ComposeResult:
            yield Static(text)

    Bare().run()


def bare_input(placeholder: str) -> None:
    """The floor for a keystroke: Textual echoing a key typed in an ``Input``."""
    from textual.app import App, ComposeResult
    from textual.widgets import Input

    class Bare(App):
        def compose(self) -> ComposeResult:
            yield Input(placeholder=placeholder, compact=True)

    Bare().run()


def kiji_headless(path: str) -> None:
    """Open ``path`` in kiji without a terminal; report when the article view
    has lines and when the analysis worker has filled the panes."""
    import asyncio
    from pathlib import Path

    from tui.app import KijiApp

    async def main() -> dict:
        app = KijiApp([Path(path)])
        async with app.run_test(size=(120, 35)) as pilot:
            await pilot.pause()
            shown = _since_start()
            await app.workers.wait_for_complete()
            await pilot.pause()
            filled = _since_start()
            # the search index is the worker's last result
            assert app.index is not None, "analysis did not complete"
            return {"shown_s": shown, "filled_s": filled}

    print(json.dumps(asyncio.run(main())))


def library_headless(folder: str, query: str) -> None:
    """Open the library of ``folder`` headless (its cache: ``KIJI_CACHE_DIR``)
    until its rows are listed, then search ``query`` (its count over the
    library and the matches of the articles on screen); report when."""
    import asyncio

    from tui.app import LibraryApp
    from tui.library import Library

    async def main() -> dict:
        app = LibraryApp(Library.open([folder]), folder)
        async with app.run_test(size=(120, 35)) as pilot:
            screen = app.library_screen
            while not screen.articles.views:
                await pilot.pause(0.05)
            shown = _since_start()
            await pilot.press("slash", *query)
            while not (screen.summary is not None and screen.summary.query == query and screen.summary.done
                       and not screen.results.unread_on_screen()):
                await pilot.pause(0.05)
            return {"rows": len(screen.articles.views), "shown_s": shown, "searched_s": _since_start(),
                    "matches": screen.summary.matches}

    print(json.dumps(asyncio.run(main())))


def bare_app_headless(text: str) -> None:
    """The bare app headless, until its first frame: the floor for memory."""
    import asyncio

    from textual.app import App, ComposeResult
    from textual.widgets import Static

    class Bare(App):
        def compose(self) -> ComposeResult:
            yield Static(text)

    async def main() -> None:
        async with Bare().run_test(size=(120, 35)) as pilot:
            await pilot.pause()

    asyncio.run(main())


if __name__ == "__main__":
    what, args = sys.argv[1], (sys.argv[2:] or [""])
    {"plain-sudachi": plain_sudachi, "bare-app": bare_app, "bare-input": bare_input, "kiji-headless": kiji_headless,
     "library-headless": library_headless, "bare-app-headless": bare_app_headless}[what](*args)
