"""The core as the explorer runs it: one pass over the article, in a thread
or, for big articles, in a child process so the explorer stays responsive.

:func:`explore` tokenises each block once and hands its tokens to the term
rules, the quotes reader and the search index as it goes, then lets them go:
memory for one block's tokens, not the whole article's (about 30 MB per MB
of text), and a progress report as the blocks are read.

Sudachi's tokenizer holds the GIL for tens of milliseconds per call, so a
thread worker analysing a 1 MB article starves Textual's event loop: keys
wait seconds. For big articles the app runs :func:`explore` and the searches
in a child process (:class:`CoreProcess`) and receives only what it shows:
the terms, the speakers, the progress and the matches of each query. The
index stays in the child.

No Textual import: the child process imports this module and the core only.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from typing import TYPE_CHECKING, Any, Callable, NamedTuple

if TYPE_CHECKING:  # pragma: no cover
    from ..article import Article

#: Progress is reported at most this often (fraction of the article's characters).
PROGRESS_STEP = 0.01


class CoreError(Exception):
    """The core raised in the child process (message: type and text)."""


class Cancelled(Exception):
    """The caller gave up waiting (its worker was cancelled)."""


class Explored(NamedTuple):
    """What the explorer shows of an article's analysis."""

    terms: tuple
    speakers: tuple
    index: Any
    """A :class:`~tui.search.SearchIndex`, or None if building it failed."""
    problems: tuple[tuple[str, str], ...] = ()
    """``(stage, "Type: message")`` of each stage that failed (speakers,
    search index); the others still hold their results."""


def explore(article: Article, progress: Callable[[float], None] | None = None) -> Explored:
    """Terms, speakers and the search index of ``article`` in one pass.

    ``progress(fraction)`` is called as the blocks are read (fraction of the
    text's characters, at most every :data:`PROGRESS_STEP`); it may raise
    :class:`Cancelled` to stop the pass. A failure of the quotes reader or
    the index builder is reported in ``problems`` and leaves the rest.
    """
    from ..analysis import analyze_on_demand
    from ..quotes import find_speakers
    from ..search import IndexBuilder

    total = max(1, sum(len(b.text) for b in article.text_blocks()))
    builder: IndexBuilder | None = IndexBuilder()
    problems: list[tuple[str, str]] = []
    done = 0
    reported = 0.0

    def on_block(block, tokens) -> None:
        nonlocal builder, done, reported
        if builder is not None:
            try:
                builder.add(block, tokens)
            except Exception as exc:  # noqa: BLE001 - the terms and speakers still come
                builder = None
                problems.append(("search index", f"{type(exc).__name__}: {exc}"))
        done += len(block.text)
        if progress is not None and done / total - reported >= PROGRESS_STEP:
            reported = done / total
            progress(reported)

    analysis, tokens = analyze_on_demand(article, on_block)
    speakers: tuple = ()
    try:
        speakers = tuple(find_speakers(article, analysis))
    except Cancelled:
        raise
    except Exception as exc:  # noqa: BLE001 - the terms and the index still come
        problems.append(("speakers", f"{type(exc).__name__}: {exc}"))
    terms = tokens.terms()  # reads the blocks the quotes reader left
    index = None
    if builder is not None:
        try:
            index = builder.finish()
        except Exception as exc:  # noqa: BLE001
            problems.append(("search index", f"{type(exc).__name__}: {exc}"))
    return Explored(tuple(terms), speakers, index, tuple(problems))


def _serve(conn) -> None:
    """The child's loop: one request at a time, the index kept between them."""
    # the child shares the parent's terminal: nothing it prints may reach the screen
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.dup2(devnull, 2)
    index = None
    while True:
        try:
            op, args = conn.recv()
        except (EOFError, OSError):
            return
        try:
            if op == "explore":
                from ..article import read_article

                index = None  # the previous article's
                found = explore(read_article(args[0]), lambda fraction: conn.send(("progress", fraction)))
                index = found.index
                # the index stays here; the app asks it through RemoteIndex
                result: Any = found._replace(index=index is not None)
            elif op == "search":
                if index is None:
                    raise ValueError("no search index")
                result = index.search(args[0])
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
    """A child process that explores one article at a time and keeps its search index."""

    def __init__(self) -> None:
        context = multiprocessing.get_context("spawn")
        self._conn, child = context.Pipe()
        self._process = context.Process(target=_serve, args=(child,), name="kiji-core", daemon=True)
        self._process.start()
        child.close()
        self._lock = threading.Lock()

    def call(self, op: str, *args: Any, cancelled: Callable[[], bool] = lambda: False,
             progress: Callable[[float], None] | None = None) -> Any:
        """Send one request and wait for its reply (releasing the GIL while
        waiting); ``progress`` receives the child's progress reports."""
        while not self._lock.acquire(timeout=0.05):
            if cancelled():
                raise Cancelled(op)
        try:
            self._conn.send((op, args))
            while True:
                while not self._conn.poll(0.05):
                    if not self._process.is_alive():
                        raise CoreError("the analysis process ended")
                status, result = self._conn.recv()
                if status != "progress":
                    break
                if progress is not None:
                    progress(result)
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
