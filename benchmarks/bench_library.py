"""A library of 1,000 and 10,000 articles: analysed once, searched as one.

Corpora are written to a temporary folder from the devset's real paragraphs,
recombined so no two articles are alike (:func:`benchmarks.corpus.write_library`).
Every figure is measured beside a reference in the same run:

- **cold analysis of 1,000**: ``kiji quotes DIR --format csv`` on an empty
  cache with ``--jobs 2`` against ``--jobs 1`` (one process), fresh
  processes, wall time;
- **per article against kiji dump**: the library's analysis per article
  (the CPU time of the ``--jobs 1`` run above, over its article count)
  against ``kiji dump --json`` per article, run in one process on a sample
  of the same articles (start-up not counted: the library pays it once);
- **library search per query**, in process, with the cache warm (every
  article analysed) and a fresh :class:`~tui.library.Library` (its memory of
  indexes empty, then kept from query to query): each of :data:`QUERIES`,
  median and worst, at 1,000 and 10,000 articles, to the first page
  (:data:`PAGE` articles with a match, what the list shows first) and to
  the whole count (candidates, every match in every article);
  beside it, a plain literal scan of the same texts held in memory
  (``str.count`` of the folded query in each), the least any search of the
  library can cost;
- **cache size per article**: the cache file and its log over the articles,
  and per character of their text;
- **the library screen** on the same corpora and caches
  (:mod:`benchmarks.bench_library_ui`): warm open against a bare Textual
  app, search per keystroke end to end in a real pty, memory at 10,000.

Run alone: ``.venv/bin/python -m benchmarks.bench_library [COUNT ...]``
(default 1000 10000; the 10,000 library is analysed with ``--jobs 2``, some
minutes on two cores).
"""

from __future__ import annotations

import contextlib
import io
import statistics
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.corpus import write_library
from benchmarks.measure import child_env, kiji

#: What a reader might type in a library of news: names, places, words in
#: each search mode (inflection, reading, synonym), one character, a phrase.
QUERIES = ("大統領", "述べる", "こくれん", "国際連合", "ハノイ", "警察", "協力を強化", "しょめいする", "選挙", "国")
#: Articles whose dump is timed for the per-article reference.
DUMP_SAMPLE = 40
#: Articles with a match that make the first page of results.
PAGE = 20


def cold_analysis(folder: Path, jobs: int, cache: Path) -> tuple[float, float]:
    """Wall seconds and CPU seconds (the process and its workers) of ``kiji
    quotes FOLDER`` on an empty cache with ``--jobs``. On a shared machine the
    CPU seconds say what the wall time would be on free cores."""
    import resource
    import subprocess

    env = child_env()
    env["KIJI_CACHE_DIR"] = str(cache)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    out = subprocess.run(kiji("quotes", str(folder), "--format", "csv", "--jobs", str(jobs)), env=env,
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if out.returncode != 0:
        raise RuntimeError(f"kiji quotes failed: {out.stderr[-500:]}")
    return seconds, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def dump_per_article(files: list[Path]) -> float:
    """CPU seconds of ``kiji dump --json`` per article, in this process."""
    from tui.cli import main

    with contextlib.redirect_stdout(io.StringIO()):
        main(["dump", "--json", str(files[0])])  # load Sudachi outside the timing
        start = time.process_time()
        for f in files:
            main(["dump", "--json", str(f)])
        return (time.process_time() - start) / len(files)


def search_latency(folder: Path, cache_dir: Path) -> dict:
    """Each of :data:`QUERIES` searched in a fresh library on a warm cache:
    seconds to the first page (the first :data:`PAGE` articles with a match,
    what a list shows first) and to the whole count (median, worst); and the
    plain literal scan of the same texts held in memory."""
    from tui.library import Cache, Library
    from tui.search import fold, folded_text

    times: list[tuple[float, float, str, int, int]] = []
    with Library.open([folder], cache=Cache.open(cache_dir)) as library:
        assert library.progress.done, "the library is analysed"
        library.search("準備").all()  # load Sudachi outside the timings
        library._indexes.clear()
        for query in QUERIES:
            start = time.perf_counter()
            search = library.search(query)
            page = start
            for k, _ in enumerate(search, 1):
                if k == PAGE:
                    page = time.perf_counter()
            end = time.perf_counter()
            times.append((end - start, (page if page > start else end) - start, query, search.summary.matches,
                          search.candidates))
        texts = [folded_text(library.article(r.path).text_blocks()) for r in library.rows]
    scan: list[float] = []
    for query in QUERIES:
        needle = fold(query)
        start = time.perf_counter()
        sum(t.count(needle) for t in texts)
        scan.append(time.perf_counter() - start)
    full = max(times)
    first = max(times, key=lambda t: t[1])
    return {"median_ms": statistics.median(t[0] for t in times) * 1000, "worst_ms": full[0] * 1000,
            "worst_query": full[2], "worst_candidates": full[4],
            "page_median_ms": statistics.median(t[1] for t in times) * 1000, "page_worst_ms": first[1] * 1000,
            "page_worst_query": first[2], "queries": len(times),
            "scan_median_ms": statistics.median(scan) * 1000, "scan_worst_ms": max(scan) * 1000}


def cache_size(cache_dir: Path) -> dict:
    from tui.library import Cache

    with Cache.open(cache_dir) as cache:
        info = cache.info()
        chars = cache._guard(0, lambda conn: conn.execute("SELECT coalesce(sum(chars), 0) FROM articles").fetchone()[0])
    return {"bytes": info.bytes, "articles": info.articles, "per_article_kb": info.bytes / max(1, info.articles) / 1024,
            "per_char": info.bytes / max(1, chars)}


def run(counts=(1000, 10000), ui: bool = True) -> dict:
    """Every measure, for each library size in ``counts`` (the cold
    comparison and the dump reference on the first); with ``ui``, the
    library screen's too, on the same corpora and warm caches
    (:mod:`benchmarks.bench_library_ui`)."""
    out: dict = {"sizes": {}}
    with tempfile.TemporaryDirectory(prefix="kiji-bench-library-") as tmp:
        for n in counts:
            folder = write_library(Path(tmp) / f"lib{n}", n)
            files = sorted(folder.rglob("*.txt"))
            size: dict = {"articles": len(files)}
            warm = Path(tmp) / f"cache{n}-2"
            if n == counts[0]:
                one, one_cpu = cold_analysis(folder, 1, Path(tmp) / f"cache{n}-1")
                two, two_cpu = cold_analysis(folder, 2, warm)
                size.update(jobs1_s=one, jobs2_s=two, jobs1_cpu_s=one_cpu, jobs2_cpu_s=two_cpu, speedup=one / two,
                            library_per_article_ms=one_cpu / len(files) * 1000,
                            dump_per_article_ms=dump_per_article(files[:DUMP_SAMPLE]) * 1000)
            else:
                two, two_cpu = cold_analysis(folder, 2, warm)
                size.update(jobs2_s=two, jobs2_cpu_s=two_cpu)
            size["search"] = search_latency(folder, warm)
            size["cache"] = cache_size(warm)
            if ui:
                from benchmarks import bench_library_ui  # it reads QUERIES from here

                size["ui"] = bench_library_ui.measure(folder, warm, n)
            out["sizes"][n] = size
    return out


def main(argv: list[str]) -> int:
    counts = tuple(int(a) for a in argv) or (1000, 10000)
    import json

    print(json.dumps(run(counts), indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
