"""Running a child process and measuring it: wall time and peak memory."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable


@dataclass(frozen=True)
class Run:
    seconds: float
    max_rss_mb: float
    """Peak resident memory, file-backed pages included (Sudachi's dictionary is a 200 MB mapped file)."""
    max_anon_mb: float
    """Peak of the private (anonymous) memory of the process and its children,
    sampled every 20 ms: their own heap."""
    returncode: int
    stdout: str


def child_env(t0: float | None = None) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH", "")]))
    if t0 is not None:
        env["KIJI_BENCH_T0"] = repr(t0)
    return env


def run(argv: list[str]) -> Run:
    """Run ``argv`` to completion. Peak RSS comes from ``wait4`` (the largest
    of the process and its own children; not our ``RUSAGE_CHILDREN``, the
    maximum over every child so far)."""
    with tempfile.TemporaryFile() as out:
        t0 = time.time()
        start = time.perf_counter()
        proc = subprocess.Popen(argv, stdout=out, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL,
                                env=child_env(t0), cwd=ROOT)
        anon = 0
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            anon = max(anon, sum(_rss_anon_kb(p) for p in _tree(proc.pid)))
            time.sleep(0.02)
        seconds = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        text = out.read().decode("utf-8", "replace")
    return Run(seconds, usage.ru_maxrss / 1024, anon / 1024, proc.returncode, text)


def _tree(pid: int) -> list[int]:
    """``pid`` and its descendants (kiji may analyse in a child process)."""
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        for task in Path(f"/proc/{p}/task").glob("*/children"):
            try:
                todo.extend(int(c) for c in task.read_text().split())
            except OSError:
                pass
    return out


def _rss_anon_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("RssAnon:"):
                return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def kiji(*args: str) -> list[str]:
    return [PYTHON, "-m", "tui", *args]


def child(*args: str) -> list[str]:
    return [PYTHON, "-m", "benchmarks.children", *args]
