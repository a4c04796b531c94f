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
the terms, the speakers, the progress and, for each query, the spans the word
index finds (compact arrays; the literal matches the app finds itself in
its folded copy of the text, from the first frame). The index stays in
the child. The child reads the file again and analyses it only if it still
holds the bytes the app read (their SHA-256, :attr:`Article.digest`): else
:class:`FileChanged`, and the app's text and the child's index never differ.

No Textual import: the child process imports this module and the core only.
"""

from __future__ import annotations

import dataclasses
import gc
import os
import threading
import time
from array import array
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, NamedTuple, Protocol

if TYPE_CHECKING:  # pragma: no cover
    from .analysis import Term
    from .text import Article

#: Progress is reported at most this often (fraction of the article's characters).
PROGRESS_STEP = 0.01
#: Seconds a cancelled analysis in the child has to stop at its next progress
#: report before the child is killed and a fresh one started.
CANCEL_GRACE = 1.0
#: glibc's ``mallopt`` parameter for the size from which a buffer gets a mapping of its own.
M_MMAP_THRESHOLD = -3
#: The child's threshold: see :func:`_map_big_buffers`.
MMAP_THRESHOLD = 128 * 1024


class CoreError(Exception):
    """The core raised in the child process (message: type and text)."""


class Cancelled(Exception):
    """The caller gave up waiting (its worker was cancelled)."""


class FileChanged(Exception):
    """The file no longer holds the article the app read (message:
    ``changed`` or ``deleted``): the child does not analyse another text
    than the one shown."""


class Explored(NamedTuple):
    """What the explorer shows of an article's analysis."""

    terms: tuple
    speakers: tuple
    index: Any
    """A :class:`~tui.search.WordIndex`, or None if building it failed."""
    problems: tuple[tuple[str, str], ...] = ()
    """``(stage, "Type: message")`` of each stage that failed (speakers,
    search index); the others still hold their results."""


class PackedSpans:
    """A term's ``(line, start, end)`` spans in one array: what the child
    sends the app in place of the tuple of tuples (a 10 MB article's
    130,000 spans took 15 MB of the app as tuples, 1.5 MB here). Reads as
    that tuple does: its length, its spans in order, one by index."""

    __slots__ = ("_flat",)

    def __init__(self, flat: array) -> None:
        self._flat = flat

    @classmethod
    def of(cls, spans: Iterable[tuple[int, int, int]]) -> PackedSpans:
        flat = array("i")
        for span in spans:
            flat.extend(span)
        return cls(flat)

    def __len__(self) -> int:
        return len(self._flat) // 3

    def __getitem__(self, i: int) -> tuple[int, int, int]:
        if not -len(self) <= i < len(self):
            raise IndexError(i)
        k = 3 * (i % len(self))
        return self._flat[k], self._flat[k + 1], self._flat[k + 2]

    def __iter__(self) -> Iterator[tuple[int, int, int]]:
        flat = self._flat
        return zip(flat[0::3], flat[1::3], flat[2::3])

    def __eq__(self, other: object) -> bool:
        return tuple(self) == tuple(other) if isinstance(other, (PackedSpans, tuple)) else NotImplemented

    def __hash__(self) -> int:
        return hash(tuple(self))

    def __getstate__(self) -> array:
        return self._flat

    def __setstate__(self, flat: array) -> None:
        self._flat = flat


def packed(terms: Iterable[Term]) -> tuple[Term, ...]:
    """``terms`` with their spans packed (:class:`PackedSpans`)."""
    return tuple(dataclasses.replace(t, spans=PackedSpans.of(t.spans)) for t in terms)


class Store(Protocol):
    """Where analyses are kept between runs (:class:`tui.library.ExploreCache`)."""

    def load(self, article: Article) -> Explored | None: ...

    def save(self, article: Article, explored: Explored) -> None: ...


def explore(article: Article, progress: Callable[[float], None] | None = None, store: Store | None = None) -> Explored:
    """Terms, speakers and the search index of ``article`` in one pass.

    ``progress(fraction)`` is called as the blocks are read (fraction of the
    text's characters, at most every :data:`PROGRESS_STEP`); it may raise
    :class:`Cancelled` to stop the pass. A failure of the quotes reader or
    the index builder is reported in ``problems`` and leaves the rest.
    With a ``store``, an article analysed before is answered from it (no
    pass at all) and a new analysis is saved to it.
    """
    if store is not None:
        found = store.load(article)
        if found is not None:
            return found
        found = explore(article, progress)
        store.save(article, found)
        return found
    from .analysis import analyze_on_demand
    from .quotes import find_speakers
    from .search import IndexBuilder

    total = max(1, article.text_chars)
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


def _read_as_shown(path: str, digest: str | None) -> Article:
    """The article at ``path``, if the file still holds the bytes whose
    SHA-256 is ``digest`` (what the app read and shows; None: any); else
    :class:`FileChanged`. Read again rather than sent through the pipe:
    pickling 10 MB of article took the app 0.7 s, holding the GIL."""
    from .text import ArticleError, read_article

    try:
        article = read_article(path)
    except ArticleError:
        raise FileChanged("changed" if os.path.lexists(path) else "deleted") from None
    if digest is not None and article.digest != digest:
        raise FileChanged("changed")
    return article


def _map_big_buffers() -> None:
    """Give every buffer of :data:`MMAP_THRESHOLD` or more a mapping of its
    own in this process (glibc; elsewhere nothing changes).

    The index grows arrays of megabytes a token at a time while the
    analysis makes and drops small objects. By default glibc maps only
    buffers larger than the largest one freed so far (up to 32 MB), so an
    array outgrowing its place was copied within the heap, and the copies
    left behind (and big temporaries: joined strings, pickles) became holes
    the heap never gave back: on a 10 MB article a third of the child's
    heap (35 of 104 MB) was free space at the end of the analysis. A
    mapping grows in place (``mremap``) and goes back to the system when
    freed."""
    try:
        import ctypes

        ctypes.CDLL(None).mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD)
    except (OSError, AttributeError):  # not glibc
        pass


def _serve(conn) -> None:
    """The child's loop: one request at a time, the index kept between them.

    While exploring, a ``("cancel", ())`` from the parent stops the pass at
    its next progress report (reply ``("cancelled", None)``); a cancel that
    comes after the reply was sent is ignored.
    """
    # the child shares the parent's terminal: nothing it prints may reach the screen
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.dup2(devnull, 2)
    _map_big_buffers()
    index = None

    def progress(fraction: float) -> None:
        conn.send(("progress", fraction))
        if conn.poll() and conn.recv()[0] == "cancel":
            raise Cancelled("explore")

    while True:
        try:
            op, args = conn.recv()
        except (EOFError, OSError):
            return
        if op == "cancel":
            continue  # the request it meant had already been answered
        try:
            if op == "explore":
                index = None  # the previous article's
                # (path, store=None, digest=None): without a digest, the file as it is now
                path, store, digest = (*args, None, None)[:3]
                found = explore(_read_as_shown(path, digest), progress, store)
                index = found.index
                # the index stays here; the app asks it through RemoteWords
                result: Any = found._replace(terms=packed(found.terms), index=index is not None)
                del found
                gc.collect()  # the pass's garbage, before the reply is pickled
            elif op == "search":
                if index is None:
                    raise ValueError("no search index")
                # three flat arrays, not an object per match: the app has the
                # texts and finds the literal matches itself
                result = index.spans(args[0])
            else:
                raise ValueError(f"unknown request {op!r}")
            reply = ("ok", result)
        except Cancelled:
            reply = ("cancelled", None)
        except FileChanged as exc:
            reply = ("changed", str(exc))
        except Exception as exc:  # noqa: BLE001 - reported to the app, which shows it
            reply = ("error", f"{type(exc).__name__}: {exc}")
        try:
            conn.send(reply)
        except (OSError, ValueError):
            return
        if op == "explore":
            # the terms and speakers are the app's now: only the index stays,
            # and no collection need walk it again
            reply = result = None
            gc.freeze()


class CoreProcess:
    """A child process that explores one article at a time and keeps its search index."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.explored = 0
        """How many analyses were asked of this core: a :class:`RemoteWords`
        answers only while its article is the latest."""
        self._start()

    def _start(self) -> None:
        import multiprocessing  # only with a big article: off a small one's first frame

        context = multiprocessing.get_context("spawn")
        self._conn, child = context.Pipe()
        self._process = context.Process(target=_serve, args=(child,), name="kiji-core", daemon=True)
        self._process.start()
        child.close()

    def call(self, op: str, *args: Any, cancelled: Callable[[], bool] = lambda: False,
             progress: Callable[[float], None] | None = None) -> Any:
        """Send one request and wait for its reply (releasing the GIL while
        waiting); ``progress`` receives the child's progress reports.

        ``cancelled()`` is asked while the request waits for an earlier one
        and while it runs: then :class:`Cancelled` is raised. A cancelled
        analysis is stopped in the child (see :meth:`_abandon`), so the next
        request does not wait for it; a running search, a few milliseconds,
        is left to finish.
        """
        while not self._lock.acquire(timeout=0.05):
            if cancelled():
                raise Cancelled(op)
        try:
            if cancelled():
                raise Cancelled(op)
            if op == "explore":
                self.explored += 1
            self._conn.send((op, args))
            while True:
                while not self._conn.poll(0.05):
                    if op == "explore" and cancelled():
                        self._abandon()
                        raise Cancelled(op)
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
        if status == "changed":
            raise FileChanged(result)
        if status == "cancelled":
            raise Cancelled(op)
        return result

    def _abandon(self) -> None:
        """Stop the analysis running in the child: ask it to stop at its next
        progress report; if it has not within :data:`CANCEL_GRACE` seconds
        (one long block reports rarely), kill it and start a fresh child."""
        try:
            self._conn.send(("cancel", ()))
            deadline = time.monotonic() + CANCEL_GRACE
            while (left := deadline - time.monotonic()) > 0 and self._conn.poll(left):
                if self._conn.recv()[0] != "progress":
                    return  # cancelled, or finished before it saw the cancel
        except (EOFError, OSError):
            pass
        self._stop()
        self._start()

    def _stop(self) -> None:
        try:
            self._conn.close()
        finally:
            if self._process.is_alive():
                self._process.terminate()
                self._process.join(timeout=2)

    def close(self) -> None:
        """Stop the child at once (it may be in the middle of an analysis)."""
        self._stop()


class RemoteWords:
    """A :class:`~tui.search.WordIndex` that lives in a :class:`CoreProcess`:
    the core explored last."""

    def __init__(self, core: CoreProcess) -> None:
        self._core = core
        self._explored = core.explored

    def spans(self, query: str, cancelled: Callable[[], bool] = lambda: False) -> Any:
        """The :class:`~tui.search.Spans` of ``query``; :class:`Cancelled` when
        ``cancelled()`` while it waits (an analysis is running), or when
        another article has been sent to the core since this index was built."""
        stale = lambda: cancelled() or self._core.explored != self._explored  # noqa: E731
        if stale():
            raise Cancelled("search")
        return self._core.call("search", query, cancelled=stale)
