"""``kiji dump --json`` against plain Sudachi tokenisation of the same file.

Both run as fresh processes (interpreter start, imports, dictionary load and
all), alternating, and the medians are compared: the ratio is what kiji's
analysis (tokens with readings and forms, terms, people, speakers, JSON)
costs on top of Sudachi itself.
"""

from __future__ import annotations

import statistics

from benchmarks.measure import child, kiji, run as run_child


def run(path: str, samples: int = 3) -> dict[str, float]:
    dump, plain = [], []
    for _ in range(samples):
        d = run_child(kiji("dump", "--json", path))
        p = run_child(child("plain-sudachi", path))
        if d.returncode or p.returncode:
            raise RuntimeError(f"dump exited {d.returncode}, plain Sudachi {p.returncode}")
        dump.append(d.seconds)
        plain.append(p.seconds)
    return {"dump_s": statistics.median(dump), "plain_s": statistics.median(plain)}
