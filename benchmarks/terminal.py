"""A program on a real pseudo-terminal, its screen kept by a terminal
emulator (``pyte``), and the time at which the screen first showed something.

A thread reads the pty and stamps each chunk with the time it arrived; the
caller feeds the chunks to the emulator and checks a condition on the screen
after each. When it holds, the answer is the arrival time of the chunk that
made it hold: the emulator's own cost (pure Python, a few milliseconds for
a full repaint) never counts against the program measured.
"""

from __future__ import annotations

import atexit
import codecs
import fcntl
import os
import queue
import select
import signal
import struct
import subprocess
import sys
import termios
import threading
import time
from collections.abc import Callable

import pyte

from benchmarks.measure import ROOT, child_env


class Screen:
    """What a terminal shows: text by row, and the cells drawn in one style."""

    def __init__(self, columns: int, rows: int) -> None:
        self.columns, self.rows = columns, rows
        self._screen = pyte.Screen(columns, rows)
        self._stream = pyte.Stream(self._screen)
        self._decoder = codecs.getincrementaldecoder("utf-8")("replace")

    def feed(self, data: bytes) -> None:
        self._stream.feed(self._decoder.decode(data))

    def row(self, y: int) -> str:
        """Row ``y`` as text (a wide character once, its second cell dropped)."""
        line = self._screen.buffer[y]
        return "".join(line[x].data for x in range(self.columns))

    def text(self) -> str:
        return "\n".join(self.row(y) for y in range(self.rows))

    def drawn_like(self, mark: str, first: int, last: int) -> str | None:
        """The characters of rows ``first..last`` drawn in the style of the
        first cell showing ``mark`` (a margin mark drawn in a highlight's
        colours), in order; None when ``mark`` is not on screen."""
        buffer = self._screen.buffer
        style = next(
            ((c.fg, c.bg, c.bold, c.reverse) for y in range(first, last + 1) for x in range(self.columns)
             if (c := buffer[y][x]).data == mark),
            None,
        )
        if style is None:
            return None
        out = []
        for y in range(first, last + 1):
            line = buffer[y]
            out.extend(c.data for x in range(self.columns) if ((c := line[x]).fg, c.bg, c.bold, c.reverse) == style)
        return "".join(out)


class Terminal:
    """``argv`` running on a ``columns``×``rows`` pty (``TERM=xterm-256color``)."""

    def __init__(self, argv: list[str], columns: int = 120, rows: int = 35) -> None:
        master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
        env = child_env() | {"TERM": "xterm-256color", "COLUMNS": str(columns), "LINES": str(rows)}
        self.started = time.perf_counter()
        self._proc = subprocess.Popen(argv, stdin=slave, stdout=slave, stderr=slave, env=env, cwd=ROOT, start_new_session=True)
        os.close(slave)
        self._master = master
        self.screen = Screen(columns, rows)
        self._chunks: queue.Queue[tuple[float, bytes]] = queue.Queue()
        self._closed = threading.Event()
        # the reader must stamp a chunk as soon as it comes, not when the
        # thread feeding the emulator lets go of the interpreter
        self._switch = sys.getswitchinterval()
        sys.setswitchinterval(0.0005)
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()
        # a benchmark that dies must not leave the program running on a closed pty (it spins)
        atexit.register(self._kill)

    def _read(self) -> None:
        while not self._closed.is_set():
            ready, _, _ = select.select([self._master], [], [], 0.1)
            if not ready:
                continue
            try:
                data = os.read(self._master, 65536)
            except OSError:
                data = b""
            self._chunks.put((time.perf_counter(), data))
            if not data:
                return

    def send(self, text: str) -> float:
        """Write ``text`` as typed keys; the time it was written."""
        at = time.perf_counter()
        os.write(self._master, text.encode("utf-8"))
        return at

    def wait(self, condition: Callable[[Screen], bool], timeout: float = 60.0, what: str = "") -> float:
        """The arrival time of the output that made ``condition(screen)`` true."""
        deadline = time.perf_counter() + timeout
        if condition(self.screen):
            return time.perf_counter()
        while True:
            left = deadline - time.perf_counter()
            if left <= 0:
                raise TimeoutError(f"not on screen after {timeout:.0f} s: {what}\n{self.screen.text()}")
            try:
                at, data = self._chunks.get(timeout=min(left, 0.5))
            except queue.Empty:
                if self._proc.poll() is not None:
                    raise RuntimeError(f"exited ({self._proc.returncode}) waiting for {what}:\n{self.screen.text()}") from None
                continue
            if not data:
                raise RuntimeError(f"closed its terminal waiting for {what}:\n{self.screen.text()}")
            self.screen.feed(data)
            if condition(self.screen):
                return at

    def _kill(self) -> None:
        try:
            os.killpg(self._proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass

    def close(self) -> None:
        self._closed.set()
        self._kill()
        atexit.unregister(self._kill)
        self._proc.wait()
        self._reader.join(timeout=1)
        os.close(self._master)
        sys.setswitchinterval(self._switch)

    def __enter__(self) -> Terminal:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
