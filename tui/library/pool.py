"""Worker processes that read and analyse article files, several at once.

Sudachi and the rules are Python and hold the GIL, so threads would not
run side by side, and a UI thread analysing would starve the event loop:
each worker is a process of its own (spawned, so it starts clean), given
one file at a time (four in flight, so it never waits for the next) and
answering with a :class:`~tui.library.record.Record`. A thread of the
caller's process takes the results from the workers' pipes as they come
(a record is ~100 KB, more than a pipe holds: without it a worker would wait
while the caller stores the last batch) and hands out the next files. The
caller iterates the results as they finish, in whatever order; a worker that
dies (a crash, out of memory) fails its file and is replaced.
"""

from __future__ import annotations

import os
import threading
from collections import deque
from dataclasses import dataclass
from queue import Empty, Full, Queue
from typing import TYPE_CHECKING, Callable, Iterable, Iterator, Literal

from .record import Record, Unreadable, analyse_record, read_record

if TYPE_CHECKING:  # pragma: no cover
    from multiprocessing.connection import Connection

TaskKind = Literal["read", "analyse"]
#: Files handed to a worker before it answers the first: enough for it never
#: to run dry while the caller stores a batch of results (16 articles, ~0.1 s,
#: about two articles' analysis).
IN_FLIGHT = 4
#: How often a wait for results looks at ``cancelled()`` (seconds).
POLL = 0.05
#: Results taken from the workers and not yet given to the caller, at most
#: (~100 KB each): beyond, the workers wait for the caller.
WAITING = 64


@dataclass(frozen=True)
class Failed:
    """A file that was read but whose analysis raised, or whose worker died."""

    path: str
    kind: TaskKind
    problem: str


Result = Record | Unreadable | Failed


def default_jobs() -> int:
    """All cores but one (one for the UI and the rest of the machine), at least one."""
    return max(1, (os.cpu_count() or 2) - 1)


def run_task(kind: TaskKind, path: str) -> Result:
    """Do one task here; an exception in the analysis is a :class:`Failed`."""
    try:
        return read_record(path) if kind == "read" else analyse_record(path)
    except Exception as exc:  # noqa: BLE001 - one bad file must not stop the library
        return Failed(path, kind, f"{type(exc).__name__}: {exc}")


def _work(conn: Connection) -> None:
    """A worker's loop: a task in, its result out, until the pipe closes."""
    # workers share the terminal of the UI: nothing they print may reach it
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.dup2(devnull, 2)
    while True:
        try:
            kind, path = conn.recv()
        except (EOFError, OSError):
            return
        try:
            conn.send(run_task(kind, path))
        except (OSError, ValueError):
            return


class _Worker:
    def __init__(self) -> None:
        import multiprocessing  # ~12 ms of imports, when the first worker starts (none for a library the cache knows)

        context = multiprocessing.get_context("spawn")
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_work, args=(child,), name="kiji-library", daemon=True)
        self.process.start()
        child.close()
        self.tasks: deque[tuple[TaskKind, str]] = deque()

    def stop(self) -> None:
        try:
            self.conn.close()
        except OSError:
            pass
        if self.process.is_alive():
            self.process.terminate()
        self.process.join(timeout=2)


class Pool:
    """``jobs`` worker processes (started on first use), or none: with
    ``jobs=0`` every task runs in the calling thread."""

    def __init__(self, jobs: int) -> None:
        self.jobs = max(0, jobs)
        self._workers: list[_Worker] = []
        self._closed = False
        self._results: Queue[object] | None = None

    @property
    def waiting(self) -> int:
        """Results taken from the workers that the caller has not asked for yet."""
        return self._results.qsize() if self._results is not None else 0

    def run(self, tasks: Iterable[tuple[TaskKind, str]], cancelled: Callable[[], bool] = lambda: False) -> Iterator[Result]:
        """The result of every task, as each finishes; stops early when
        ``cancelled()`` (asked between results and every :data:`POLL` s)."""
        if self.jobs == 0:
            for kind, path in tasks:
                if cancelled() or self._closed:
                    return
                yield run_task(kind, path)
            return
        queue = deque(tasks)
        if not self._workers and not self._closed:
            try:
                self._workers = [_Worker() for _ in range(min(self.jobs, max(1, len(queue))))]
            except OSError:  # no process can be started here (limits): do the work in this thread
                self.close()
                self._closed = False
                self.jobs = 0
                yield from self.run(queue, cancelled)
                return
        # the workers' results are taken from their pipes by a thread of their own, so a
        # worker never waits on a full pipe (a result is ~100 KB) while the caller stores
        # the last ones: analysis and storing go on side by side
        results: Queue[object] = Queue(maxsize=WAITING)
        self._results = results
        stop = threading.Event()

        def pump() -> None:
            for result in self._pump(queue, lambda: cancelled() or stop.is_set()):
                while not stop.is_set():
                    try:
                        results.put(result, timeout=POLL)
                        break
                    except Full:
                        continue

        thread = threading.Thread(target=pump, name="kiji-pool", daemon=True)
        thread.start()
        try:
            while True:
                try:
                    item = results.get(timeout=POLL)
                except Empty:
                    if cancelled() or self._closed or not thread.is_alive() and results.empty():
                        return
                    continue
                if cancelled() or self._closed:
                    return
                yield item  # type: ignore[misc]
        finally:
            stop.set()
            thread.join()

    def _pump(self, queue: deque[tuple[TaskKind, str]], cancelled: Callable[[], bool]) -> Iterator[Result]:
        """The workers' results as they finish, handing each its next task."""
        from multiprocessing import connection

        while not self._closed:
            for w in self._workers:
                while queue and len(w.tasks) < IN_FLIGHT:
                    task = queue.popleft()
                    try:
                        w.conn.send(task)
                    except (OSError, ValueError):
                        queue.appendleft(task)
                        break
                    w.tasks.append(task)
            busy = [w for w in self._workers if w.tasks]
            if not busy:
                return
            try:
                ready = connection.wait([w.conn for w in busy], timeout=POLL)
            except (OSError, ValueError):  # closed from another thread
                return
            if cancelled() or self._closed:
                return
            for w in busy:
                if w.conn not in ready:
                    continue
                try:
                    result = w.conn.recv()
                except (EOFError, OSError):
                    if self._closed:
                        return
                    yield from self._replace(w, queue)
                    continue
                w.tasks.popleft()
                yield result

    def _replace(self, dead: _Worker, queue: deque[tuple[TaskKind, str]]) -> Iterator[Result]:
        """A worker died: the file it was on fails, the others go back to the queue."""
        kind, path = dead.tasks.popleft()
        queue.extendleft(reversed(dead.tasks))
        dead.stop()
        self._workers[self._workers.index(dead)] = _Worker()
        code = dead.process.exitcode
        yield Failed(path, kind, f"the analysis process ended (exit status {code})")

    def close(self) -> None:
        """Stop every worker at once (one may be in the middle of a file)."""
        self._closed = True
        for w in self._workers:
            w.stop()
        self._workers = []
