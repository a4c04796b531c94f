"""Time to first paint in a real pseudo-terminal.

Each sample starts a fresh process on a 120×35 pty (``TERM=xterm-256color``),
reads what it writes, and stops the clock when the screen shows the opening
words of the article's second paragraph (escape sequences stripped; the
first paragraph's are in the seed's title bar, drawn before the article). The same stop condition is
used for a bare Textual app that shows one ``Static`` line with those words,
so the ratio is what kiji adds to Textual's own start-up: imports, reading
and parsing the file, composing the panes and laying out the article.
Samples of the variants alternate, so machine noise hits them alike.
"""

from __future__ import annotations

import codecs
import os
import re
import select
import signal
import statistics
import struct
import subprocess
import time
from dataclasses import dataclass

import fcntl
import termios

from benchmarks.measure import ROOT, child, child_env, compiled, kiji

COLUMNS, ROWS = 120, 35
#: CSI, OSC (ended by BEL or ST), other two-byte escapes.
ESCAPES = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-Z\\-_]|\x1b.")


@dataclass(frozen=True)
class Paint:
    seconds: float
    screen: str
    """The text written up to the first paint, escapes removed."""


def first_paint(argv: list[str], needle: str, timeout: float = 60.0) -> Paint:
    """Seconds from starting ``argv`` on a pty until ``needle`` is on screen."""
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLUMNS, 0, 0))
    env = child_env() | {"TERM": "xterm-256color", "COLUMNS": str(COLUMNS), "LINES": str(ROWS)}
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdin=slave, stdout=slave, stderr=slave, env=env, cwd=ROOT, start_new_session=True)
    os.close(slave)
    decoder = codecs.getincrementaldecoder("utf-8")("replace")
    raw = ""
    try:
        while True:
            left = timeout - (time.perf_counter() - start)
            if left <= 0:
                raise TimeoutError(f"{argv}: {needle!r} not on screen after {timeout:.0f} s")
            ready, _, _ = select.select([master], [], [], min(left, 0.5))
            if not ready:
                if proc.poll() is not None:
                    raise RuntimeError(f"{argv} exited ({proc.returncode}) before painting: {ESCAPES.sub('', raw)[-300:]!r}")
                continue
            try:
                data = os.read(master, 65536)
            except OSError:  # the child closed the pty
                data = b""
            if not data:
                raise RuntimeError(f"{argv} closed its terminal before painting")
            raw += decoder.decode(data)
            screen = ESCAPES.sub("", raw)
            if needle in screen:
                return Paint(time.perf_counter() - start, screen)
    finally:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        proc.wait()
        os.close(master)


def compare(variants: dict[str, tuple[list[str], str]], samples: int = 5) -> dict[str, list[Paint]]:
    """``samples`` first paints of every variant, interleaved (kiji's bytecode
    written first: :func:`benchmarks.measure.compiled`)."""
    compiled()
    out: dict[str, list[Paint]] = {name: [] for name in variants}
    for _ in range(samples):
        for name, (argv, needle) in variants.items():
            out[name].append(first_paint(argv, needle))
    return out


def median(paints: list[Paint]) -> float:
    return statistics.median(p.seconds for p in paints)


def run(seed_path: str, big_path: str, needle: str, samples: int = 5) -> dict[str, float | bool]:
    """Median first paint (seconds) of kiji on the seed and the big article
    and of the bare app; whether the big one painted while still analysing."""
    paints = compare(
        {
            "bare": (child("bare-app", needle), needle),
            "seed": (kiji(seed_path), needle),
            "big": (kiji(big_path), needle),
        },
        samples,
    )
    return {
        "bare_s": median(paints["bare"]),
        "seed_s": median(paints["seed"]),
        "big_s": median(paints["big"]),
        "big_painted_while_analysing": all("analysing" in p.screen for p in paints["big"]),
    }


if __name__ == "__main__":
    import tempfile
    from pathlib import Path

    from benchmarks import corpus

    with tempfile.TemporaryDirectory() as tmp:
        big = corpus.write(Path(tmp) / "1mb.txt", corpus.article_text(corpus.MB))
        print(run(str(corpus.SEED), str(big), corpus.opening_words(paragraph=1)))
