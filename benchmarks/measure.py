"""Running a child process and measuring it: wall time and peak memory."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
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
    max_pss_mb: float
    """Peak of the proportional set size summed over the process and its
    children (``/proc/PID/smaps_rollup``, sampled every 20 ms; 0 unless
    asked for): the memory the whole tree takes, a page mapped by two of
    them (the dictionary) counted once, as two halves."""
    processes: int
    """Most processes seen at once in the tree."""
    returncode: int
    stdout: str
    pss_at_peak: tuple[tuple[float, float], ...] = ()
    """At the moment of :attr:`max_pss_mb`: each process's ``(PSS, file-backed
    PSS)`` in MB (the program first, then its children as they started);
    file-backed is mostly Sudachi's dictionary."""


def child_env(t0: float | None = None) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH", "")]))
    if t0 is not None:
        env["KIJI_BENCH_T0"] = repr(t0)
    return env


def run(argv: list[str], pss: bool = False) -> Run:
    """Run ``argv`` to completion. Peak RSS comes from ``wait4``: the largest
    single process of the tree (not our ``RUSAGE_CHILDREN``, the maximum over
    every child so far); the summed figures, private memory and PSS, are
    sampled over the whole tree; PSS only with ``pss`` (reading
    ``smaps_rollup`` walks the page tables of the 200 MB dictionary mapping,
    which timings should not pay for). Run one measured program at a time:
    PSS shares a page among every process mapping it, measured or not."""
    with tempfile.TemporaryFile() as out:
        t0 = time.time()
        start = time.perf_counter()
        proc = subprocess.Popen(argv, stdout=out, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL,
                                env=child_env(t0), cwd=ROOT)
        anon = pss_kb = processes = 0
        at_peak: tuple[tuple[float, float], ...] = ()
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            tree = _tree(proc.pid)
            processes = max(processes, len(tree))
            anon = max(anon, sum(_status_kb(p, "RssAnon:") for p in tree))
            if pss:
                each = [_pss_kb(p) for p in (tree[0], *sorted(tree[1:]))]
                if sum(k for k, _ in each) > pss_kb:
                    pss_kb = sum(k for k, _ in each)
                    at_peak = tuple((k / 1024, f / 1024) for k, f in each)
            time.sleep(0.02)
        seconds = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        text = out.read().decode("utf-8", "replace")
    return Run(seconds, usage.ru_maxrss / 1024, anon / 1024, pss_kb / 1024, processes, proc.returncode, text, at_peak)


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


def _field_kb(path: str, field: str) -> int:
    try:
        for line in Path(path).read_text().splitlines():
            if line.startswith(field):
                return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def _status_kb(pid: int, field: str) -> int:
    return _field_kb(f"/proc/{pid}/status", field)


def _pss_kb(pid: int) -> tuple[int, int]:
    """``(PSS, file-backed PSS)`` of ``pid`` in kB."""
    try:
        lines = Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines()
    except OSError:
        return 0, 0
    fields = {line.split(":")[0]: line.split()[1] for line in lines if line.startswith(("Pss:", "Pss_File:"))}
    try:
        return int(fields.get("Pss", 0)), int(fields.get("Pss_File", 0))
    except ValueError:
        return 0, 0


def compiled() -> None:
    """Write kiji's bytecode (``__pycache__`` beside its modules) as Python
    does on a first run, so that a start measured is a user's second start,
    not its first. Where writing it is turned off (``PYTHONDONTWRITEBYTECODE``,
    as on the shared machine) every start compiled kiji's modules again
    (~0.1 s of a library's first paint), while the bare app's Textual was
    compiled when it was installed."""
    import compileall

    compileall.compile_dir(str(ROOT / "tui"), quiet=1)


def kiji(*args: str) -> list[str]:
    return [PYTHON, "-m", "tui", *args]


def child(*args: str) -> list[str]:
    return [PYTHON, "-m", "benchmarks.children", *args]


def best(*fns: Callable[[], object], runs: int = 5) -> list[float]:
    """The best CPU time of each function over ``runs`` interleaved rounds
    (interleaving keeps a busy machine from favouring one of them)."""
    times: list[list[float]] = [[] for _ in fns]
    for _ in range(runs):
        for fn, ts in zip(fns, times):
            t0 = time.process_time()
            fn()
            ts.append(time.process_time() - t0)
    return [min(ts) for ts in times]
