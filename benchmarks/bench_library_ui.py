"""The library screen as a reader feels it, on the corpora of
:mod:`benchmarks.bench_library` with their cache warm (every article analysed):

- **warm open**: a fresh ``kiji DIR`` on a real 120×35 pty until the screen
  shows the first row's title, against the bare Textual app showing the same
  words (:func:`benchmarks.bench_paint.compare`: samples alternate);
- **search per keystroke, end to end**: ``kiji DIR`` open, ``/`` pressed,
  then every prefix of :data:`benchmarks.bench_library.QUERIES` (at 10,000
  articles, of :data:`QUERIES_LARGE`) typed a key at a time; after each key the clock runs until the search bar shows the
  query and its final count over the library (``… 312 in 1000 articles``,
  the count asked of the core in this process beforehand: a screen showing
  another count, or a search still going, ``…``, does not stop it); beside
  it the bare Textual ``Input`` echoing the same keys
  (:mod:`benchmarks.bench_keys`);
- **memory**: the library opened headless (the list, then one search for
  :data:`MEMORY_QUERY`: its count and the matches of the articles on
  screen, all the screen reads), peak PSS summed over the process tree
  (:func:`benchmarks.measure.run`), against the bare Textual app.

Run alone: ``.venv/bin/python -m benchmarks.bench_library_ui [COUNT ...]``
(writes and analyses its corpora first, as ``bench_library`` does).
"""

from __future__ import annotations

import contextlib
import os
import statistics
import sys
from pathlib import Path
from typing import Iterator

from benchmarks import bench_keys
from benchmarks.bench_library import QUERIES
from benchmarks.bench_search import prefixes
from benchmarks.bench_paint import compare, median
from benchmarks.measure import child, kiji, run
from benchmarks.terminal import Screen, Terminal

COLUMNS, ROWS = 120, 35
#: The library's search bar: the row above the footer.
SEARCH_ROW = ROWS - 2
#: The query searched once in the memory measure: a common word, many matches.
MEMORY_QUERY = "述べる"
#: The queries typed at 10,000 articles: a whole count takes tens of seconds
#: there, so three of :data:`QUERIES` (a place, a noun, a word with
#: readings), not all ten.
QUERIES_LARGE = ("ハノイ", "警察", "選挙")
#: Seconds a count may take to reach the screen before the measure gives up.
COUNT_TIMEOUT = 900.0


@contextlib.contextmanager
def cache_folder(folder: Path) -> Iterator[None]:
    """Child processes started meanwhile use the cache in ``folder``."""
    saved = os.environ.get("KIJI_CACHE_DIR")
    os.environ["KIJI_CACHE_DIR"] = str(folder)
    try:
        yield
    finally:
        if saved is None:
            os.environ.pop("KIJI_CACHE_DIR", None)
        else:
            os.environ["KIJI_CACHE_DIR"] = saved


def first_title(folder: Path) -> tuple[str, int]:
    """The first row's title (its first words, as the list shows them) and
    the number of articles."""
    from tui.library import Library
    from tui.text import visible

    with Library.open([folder]) as library:
        rows = library.rows
        assert library.progress.done, "the library is analysed"
        return visible(rows[0].title)[:8], len(rows)


def warm_open(folder: Path, samples: int = 7) -> dict:
    """Median seconds to the first row on screen, ``kiji DIR`` and the bare app."""
    needle, _ = first_title(folder)
    paints = compare({"bare": (child("bare-app", needle), needle), "kiji": (kiji(str(folder)), needle)}, samples)
    return {"kiji_s": median(paints["kiji"]), "bare_s": median(paints["bare"])}


def expected_counts(folder: Path, queries: list[str]) -> dict[str, int]:
    """Every query's count over the library, asked of the core."""
    from tui.library import Library

    with Library.open([folder]) as library:
        out = {}
        for q in queries:
            search = library.search(q)
            search.count()  # exact: tests/test_library_search.py holds it to the whole search
            out[q] = search.summary.matches
        return out


def echoed(query: str):
    """The search box shows ``query`` (its count may not be there yet)."""

    def check(screen: Screen) -> bool:
        return screen.row(SEARCH_ROW).lstrip().startswith("/" + query + " ")

    return check


def counted(query: str, count: int, articles: int):
    """The search bar shows ``query`` and its final count over the library."""
    done = f"{count} in {articles} articles"

    def check(screen: Screen) -> bool:
        bar = screen.row(SEARCH_ROW).rstrip()
        return bar.lstrip().startswith("/" + query + " ") and bar.endswith(done)

    return check


def _cleared(screen: Screen) -> bool:
    return screen.row(SEARCH_ROW).lstrip().startswith("/search every article")


def keystrokes(folder: Path, queries: tuple[str, ...] = QUERIES, rounds: int = 1) -> dict:
    """For every prefix of ``queries`` typed a key at a time: seconds
    from the key to the box showing it (typing never waits for a search) and
    to the query's final count on screen (median of ``rounds``); and the
    bare Input's echo of the same keys."""
    needle, articles = first_title(folder)
    typed = prefixes(queries)
    expected = expected_counts(folder, typed)
    echo: dict[str, list[float]] = {q: [] for q in typed}
    count: dict[str, list[float]] = {q: [] for q in typed}
    bare: list[float] = []
    with Terminal(kiji(str(folder)), COLUMNS, ROWS) as term, bench_keys.open_bare() as box:
        term.wait(lambda s: needle in s.text() and f"analysed {articles}/{articles}" in s.row(0), what="the library")
        term.send("/")
        term.wait(lambda s: "Quit" not in s.row(ROWS - 1) and "Search" in s.row(ROWS - 1), what="the search box")
        for _ in range(rounds):
            for query in queries:
                bare.extend(bench_keys.type_query(box, query, bench_keys.echoed, bench_keys.echoed("")))
                for i in range(1, len(query) + 1):
                    prefix = query[:i]
                    sent = term.send(query[i - 1])
                    final = counted(prefix, expected[prefix], articles)
                    at_echo = term.wait(lambda s: echoed(prefix)(s) or final(s), what=repr(prefix))
                    at_count = at_echo if final(term.screen) else term.wait(final, COUNT_TIMEOUT, f"the count of {prefix!r}")
                    echo[prefix].append(at_echo - sent)
                    count[prefix].append(at_count - sent)
                term.send(bench_keys.CLEAR)
                term.wait(_cleared, what="a cleared box")
    per_count = {q: statistics.median(s) for q, s in count.items()}
    per_echo = {q: statistics.median(s) for q, s in echo.items()}
    worst = max(per_count, key=per_count.__getitem__)
    return {"queries": list(queries), "median_s": statistics.median(per_count.values()), "worst_s": per_count[worst], "worst_query": worst,
            "worst_count": expected[worst], "prefixes": len(per_count),
            "echo_median_s": statistics.median(per_echo.values()), "echo_worst_s": max(per_echo.values()),
            "bare_median_s": statistics.median(bare),
            "per_prefix": {q: [round(per_count[q], 3), round(per_echo[q], 3), expected[q]] for q in typed}}


def memory(folder: Path) -> dict:
    """Peak PSS (MB) of the library opened headless and searched once, and of the bare app."""
    lib = run(child("library-headless", str(folder), MEMORY_QUERY), pss=True)
    if lib.returncode != 0:
        raise RuntimeError(f"library-headless failed ({lib.returncode})")
    bare = run(child("bare-app-headless", "kiji"), pss=True)
    return {"pss_mb": lib.max_pss_mb, "rss_mb": lib.max_rss_mb, "processes": lib.processes, "seconds": lib.seconds,
            "bare_pss_mb": bare.max_pss_mb, "report": lib.stdout.strip()}


def measure(folder: Path, cache: Path, count: int) -> dict:
    """The library screen's figures on ``folder`` (``count`` articles) with
    the warm cache in ``cache``: warm open at 1,000 (the target's size),
    search per keystroke at every size, memory at 10,000 and more."""
    out: dict = {}
    with cache_folder(cache):
        if count <= 1000:
            out["open"] = warm_open(folder)
        out["keys"] = keystrokes(folder, QUERIES if count <= 1000 else QUERIES_LARGE)
        if count >= 10000:
            out["memory"] = memory(folder)
    return out


def main(argv: list[str]) -> int:
    import json
    import tempfile

    from benchmarks.bench_library import cold_analysis
    from benchmarks.corpus import write_library

    counts = tuple(int(a) for a in argv) or (1000, 10000)
    with tempfile.TemporaryDirectory(prefix="kiji-bench-library-ui-") as tmp:
        for n in counts:
            folder = write_library(Path(tmp) / f"lib{n}", n)
            cache = Path(tmp) / f"cache{n}"
            cold_analysis(folder, 2, cache)
            print(json.dumps({n: measure(folder, cache, n)}, indent=1), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
