"""Peak memory of the 10 MB article: PSS over the process tree, the largest
process's RSS and the private part.

Three programs on the same file, one after the other (PSS splits a page
among every process that maps it, so two measured programs side by side
would each be charged half of the dictionary): ``kiji dump --json``; kiji
opened headless until the analysis worker has filled the panes (two
processes: the app and the core's child, each mapping the 200 MB Sudachi
dictionary); and plain Sudachi, whose peak is mostly that dictionary.

- **PSS** (proportional set size, summed over the tree, sampled every 20 ms):
  what the program takes from the machine, the dictionary pages both
  explorer processes map counted once. The figure held to the target.
- **largest process**: peak RSS of one process (``wait4``), what ``top``
  shows for the biggest.
- **private**: RSS without file-backed pages, summed over the tree: the heaps.

For the explorer, the PSS of each process at the peak and the file-backed
part of it (Sudachi's dictionary, mapped by the core's child: its share
depends on how many other processes on the machine map it too).
"""

from __future__ import annotations

import json

from benchmarks.measure import Run, child, kiji, run as run_child


def run(path: str) -> dict[str, float]:
    runs: dict[str, Run] = {
        "dump": run_child(kiji("dump", "--json", path), pss=True),
        "tui": run_child(child("kiji-headless", path), pss=True),
        "plain": run_child(child("plain-sudachi", path), pss=True),
    }
    figures: dict[str, float] = {}
    for name, r in runs.items():
        if r.returncode:
            raise RuntimeError(f"{name} on the 10 MB article exited {r.returncode}")
        figures |= {f"{name}_pss_mb": r.max_pss_mb, f"{name}_mb": r.max_rss_mb, f"{name}_anon_mb": r.max_anon_mb,
                    f"{name}_s": r.seconds, f"{name}_processes": r.processes}
    figures["tui_filled_s"] = json.loads(runs["tui"].stdout.strip().splitlines()[-1])["filled_s"]
    # the explorer at its peak: the app, then its children by pid (the core's
    # child, multiprocessing's resource tracker); file-backed: the dictionary
    each = runs["tui"].pss_at_peak
    figures["tui_app_pss_mb"] = each[0][0] if each else 0.0
    figures["tui_children_pss_mb"] = [round(p, 1) for p, _ in each[1:]]
    figures["tui_file_pss_mb"] = sum(f for _, f in each)
    return figures
