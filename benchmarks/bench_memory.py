"""Peak memory of the 10 MB article: RSS (from ``wait4``) and its private part.

Three processes on the same file: ``kiji dump --json``; kiji opened headless
until the analysis worker has filled the panes; and plain Sudachi, whose
peak is mostly the memory-mapped 200 MB dictionary every kiji process maps
too. The two kiji runs go side by side (one per core) to save wall time; peak
memory does not depend on speed.
"""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor

from benchmarks.measure import Run, child, kiji, run as run_child


def run(path: str) -> dict[str, float]:
    with ThreadPoolExecutor(max_workers=2) as pool:
        dump = pool.submit(run_child, kiji("dump", "--json", path))
        tui = pool.submit(run_child, child("kiji-headless", path))
        dump_run: Run = dump.result()
        tui_run: Run = tui.result()
    plain = run_child(child("plain-sudachi", path))
    for name, r in (("dump", dump_run), ("tui", tui_run), ("plain", plain)):
        if r.returncode:
            raise RuntimeError(f"{name} on the 10 MB article exited {r.returncode}")
    opened = json.loads(tui_run.stdout.strip().splitlines()[-1])
    return {
        "dump_mb": dump_run.max_rss_mb,
        "dump_anon_mb": dump_run.max_anon_mb,
        "tui_anon_mb": tui_run.max_anon_mb,
        "plain_anon_mb": plain.max_anon_mb,
        "dump_s": dump_run.seconds,
        "tui_mb": tui_run.max_rss_mb,
        "tui_filled_s": opened["filled_s"],
        "plain_mb": plain.max_rss_mb,
        "plain_s": plain.seconds,
    }
