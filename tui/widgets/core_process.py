"""Run the core in a child process, so the explorer stays responsive on big articles.

Sudachi's tokenizer holds the GIL for tens of milliseconds per call, so a
thread worker analysing a 1 MB article starves Textual's event loop: keys
wait seconds. For big articles the app runs the very same core calls
(``analyze``, ``find_speakers``, ``SearchIndex.build`` and ``search``) in a
child process and receives only what it shows: the terms, the speakers and
the matches of each query. Tokens and the index stay in the child.

No Textual import: the child process imports this module and the core only.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from typing import Any, Callable


class CoreError(Exception):
    """The core raised in the child process (message: type and text)."""


class Cancelled(Exception):
    """The caller gave up waiting (its worker was cancelled)."""


def _serve(conn) -> None:
    """The child's loop: one request at a time, state kept between them."""
    # the child shares the parent's terminal: nothing it prints may reach the screen
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.dup2(devnull, 2)
    state: dict[str, Any] = {}
    while True:
        try:
            op, args = conn.recv()
        except (EOFError, OSError):
            return
        try:
            if op == "analyse":
                from ..analysis import analyze

                state.clear()
                state["article"] = article = args[0]
                state["analysis"] = analysis = analyze(article)
                result: Any = analysis.terms
            elif op == "speakers":
                from ..quotes import find_speakers

                result = find_speakers(state["article"], state["analysis"])
            elif op == "index":
                from ..search import SearchIndex

                state["index"] = SearchIndex.build(state["article"], state["analysis"])
                result = True
            elif op == "search":
                result = state["index"].search(args[0])
            else:
                raise ValueError(f"unknown request {op!r}")
            reply = ("ok", result)
        except Exception as exc:  # noqa: BLE001 - reported to the app, which shows it
            reply = ("error", f"{type(exc).__name__}: {exc}")
        try:
            conn.send(reply)
        except (OSError, ValueError):
            return


class CoreProcess:
    """A child process holding one article's analysis and search index."""

    def __init__(self) -> None:
        context = multiprocessing.get_context("spawn")
        self._conn, child = context.Pipe()
        self._process = context.Process(target=_serve, args=(child,), name="kiji-core", daemon=True)
        self._process.start()
        child.close()
        self._lock = threading.Lock()

    def call(self, op: str, *args: Any, cancelled: Callable[[], bool] = lambda: False) -> Any:
        """Send one request and wait for its reply (releasing the GIL while waiting)."""
        while not self._lock.acquire(timeout=0.05):
            if cancelled():
                raise Cancelled(op)
        try:
            self._conn.send((op, args))
            while not self._conn.poll(0.05):
                if not self._process.is_alive():
                    raise CoreError("the analysis process ended")
            status, result = self._conn.recv()
        except (EOFError, OSError) as exc:
            raise CoreError(f"the analysis process ended ({exc})") from None
        finally:
            self._lock.release()
        if status == "error":
            raise CoreError(result)
        return result

    def close(self) -> None:
        """Stop the child at once (it may be in the middle of an analysis)."""
        try:
            self._conn.close()
        finally:
            if self._process.is_alive():
                self._process.terminate()
                self._process.join(timeout=2)


class RemoteIndex:
    """A :class:`~tui.search.SearchIndex` that lives in a :class:`CoreProcess`."""

    def __init__(self, core: CoreProcess) -> None:
        self._core = core

    def search(self, query: str) -> list:
        return self._core.call("search", query)
