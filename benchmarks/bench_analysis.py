"""``kiji dump --json`` against plain Sudachi tokenisation of the same file.

Both run as fresh processes (interpreter start, imports, dictionary load and
all), alternating, and the medians are compared: the ratio is what kiji's
analysis (tokens with readings and forms, terms, people, speakers, JSON)
costs on top of Sudachi itself.
"""

from __future__ import annotations

import statistics

from benchmarks.measure import child, kiji, run as run_child


def run(path: str, one_line: str | None = None, samples: int = 3) -> dict[str, float]:
    """Medians of ``dump --json`` and plain Sudachi on ``path``; with
    ``one_line`` (the same amount of text with no line break, one block),
    of ``dump --json`` on it too: a huge block must cost what many small
    ones do (it took 7× as long while a name's reading was looked up by
    scanning its block)."""
    dump, plain, line = [], [], []
    for _ in range(samples):
        d = run_child(kiji("dump", "--json", path))
        p = run_child(child("plain-sudachi", path))
        if d.returncode or p.returncode:
            raise RuntimeError(f"dump exited {d.returncode}, plain Sudachi {p.returncode}")
        dump.append(d.seconds)
        plain.append(p.seconds)
        if one_line:
            o = run_child(kiji("dump", "--json", one_line))
            if o.returncode:
                raise RuntimeError(f"dump of one line exited {o.returncode}")
            line.append(o.seconds)
    out = {"dump_s": statistics.median(dump), "plain_s": statistics.median(plain)}
    if line:
        out["one_line_s"] = statistics.median(line)
    return out


def main(argv: list[str]) -> int:
    """``python -m benchmarks.bench_analysis [MB] [SAMPLES]``: the analysis
    row of ``make bench`` alone (default 1 MB, 3 samples), with the load
    average before and after: the figure is only as good as the machine is quiet."""
    import os
    import tempfile
    from pathlib import Path

    from benchmarks import corpus

    size = float(argv[0]) if argv else 1.0
    samples = int(argv[1]) if len(argv) > 1 else 3
    with tempfile.TemporaryDirectory(prefix="kiji-bench-") as tmp:
        path = corpus.write(Path(tmp) / "article.txt", corpus.article_text(int(size * corpus.MB)))
        load = os.getloadavg()[0]
        r = run(str(path), samples=samples)
        after = os.getloadavg()[0]
    print(f"analysis, {size:g} MB: dump --json {r['dump_s']:.2f} s, plain Sudachi {r['plain_s']:.2f} s, "
          f"{r['dump_s'] / r['plain_s']:.2f}× (median of {samples}; load average {load:.1f} → {after:.1f})")
    return 0


if __name__ == "__main__":
    import sys

    raise SystemExit(main(sys.argv[1:]))
