"""How fast search answers while a query is typed, one keystroke at a time.

For the seed and a 1 MB article (``benchmarks.corpus``), build the index once,
then run every prefix of realistic queries, as the search box would, and report
the median and worst latency per query; plus the odd queries that must stay
prompt (a 5,000-character query, a character found everywhere). On 1 MB the
queries include longer ones typed on the big article's own text
(:data:`BIG_QUERIES`), and each keystroke is also timed as the explorer asks
it: through the child process (:func:`measure_with_core`).

Run: ``.venv/bin/python -m benchmarks.bench_search`` (about 15 s).

``.venv/bin/python -m benchmarks.bench_search memory [MB]`` measures the
index alone on an article of MB megabytes (10 by default) in a fresh child
process: resident memory once the dictionary and article are loaded, then
the peak while building (``ru_maxrss``) and what the built index keeps, with
and without the tokens of an analysis (the explorer passes them).
"""

from __future__ import annotations

import json
import resource
import statistics
import subprocess
import sys
import time
from typing import Callable, Iterable

from benchmarks.corpus import MB, SEED, article_text
from tui.text import Article, parse, read_article
from tui.search import SearchIndex

#: What a reader of the seed might type: each mode, names, kana, Latin.
QUERIES = (
    "ハノイ条約",
    "サイバー犯罪",
    "か国",
    "述べる",
    "はのい",
    "こくれん",
    "こくさいきょうりょく",
    "2500",
    "国際連合",
    "署名する",
    "ルオン・タム・クアン",
    "国際協力の強化",
    "Hanoi",
)
#: Longer queries a reader of the big benchmark article (the devset repeated)
#: might type: phrases, a name, a reading; every prefix is timed too.
BIG_QUERIES = (
    "産経新聞によると",
    "世界遺産の主要要素",
    "ネルソン・マンデラ元大統領",
    "記者会見で明らかにした",
    "とりいんふるえんざ",
    "鳥インフルエンザの感染が確認された",
)


def prefixes(queries: Iterable[str]) -> list[str]:
    """Every prefix of every query: the queries a search box sees while typing."""
    return [q[:i] for q in queries for i in range(1, len(q) + 1)]


def _time(index, query: str) -> tuple[float, int]:
    """Milliseconds to what the explorer shows of a query: its count and
    first match (``find``, no list of matches)."""
    t = time.perf_counter()
    hits = index.find(query)
    hits.first()
    return (time.perf_counter() - t) * 1000, hits.count


def _figures(timings: list[tuple[float, int, str]]) -> dict[str, float | str]:
    ms = [m for m, _, _ in timings]
    worst_ms, worst_n, worst_q = max(timings)
    return {
        "queries": len(ms),
        "median_ms": statistics.median(ms),
        "p95_ms": statistics.quantiles(ms, n=20)[-1],
        "worst_ms": worst_ms,
        "worst_query": worst_q,
        "worst_query_matches": worst_n,
    }


def _odd(index) -> dict[str, float]:
    odd = {"long_query_5000_ms": _time(index, "サイバー犯罪の防止" * 556)[0]}
    for name, q in (("everywhere_no", "の"), ("everywhere_kana_pair", "ハノ")):
        odd[f"{name}_ms"], odd[f"{name}_matches"] = _time(index, q)
    return odd


def measure(article: Article, queries: Iterable[str] = QUERIES) -> dict[str, float | str]:
    """Build time and per-keystroke query latency (milliseconds) on ``article``."""
    t = time.perf_counter()
    index = SearchIndex.build(article)
    build_ms = (time.perf_counter() - t) * 1000
    timings = [(*_time(index, q), q) for q in prefixes(queries)]
    return {
        "chars": article.text_chars,
        "build_ms": build_ms,
        **_figures(timings),
        **_odd(index),
    }


def measure_with_core(path: str, queries: Iterable[str] = QUERIES + BIG_QUERIES) -> dict[str, dict[str, float | str]]:
    """Per-keystroke latency on the article at ``path`` in this process
    (``SearchIndex.find``) and as the explorer asks it for a big article:
    the word index's spans through a real :class:`CoreProcess`
    (``RemoteWords``, the pipe round trip included) merged with the literal
    matches found here. The child analyses the article while the index is
    built here; then each keystroke is timed both ways, one after the
    other, so load on the machine hits both alike."""
    from concurrent.futures import ThreadPoolExecutor

    from tui.explore import CoreProcess, RemoteWords
    from tui.search import Hits, clean_query

    core = CoreProcess()
    try:
        with ThreadPoolExecutor(max_workers=1) as pool:
            explored = pool.submit(core.call, "explore", path)
            article = read_article(path)
            t = time.perf_counter()
            local = SearchIndex.build(article)
            build_ms = (time.perf_counter() - t) * 1000  # while the child analyses: two cores busy
            explored.result()
        words = RemoteWords(core)

        class Remote:
            """The explorer's search of a big article."""

            def find(self, query: str) -> Hits:
                query = clean_query(query)
                return Hits(local.text, query, words.spans(query))

        remote = Remote()
        remote.find("準備")  # the first reply pays for importing the pickled classes
        here, there = [], []
        for q in prefixes(queries):
            here.append((*_time(local, q), q))
            there.append((*_time(remote, q), q))
        chars = article.text_chars
        return {"local": {"chars": chars, "build_ms": build_ms, **_figures(here), **_odd(local)},
                "core": {"chars": chars, **_figures(there), **_odd(remote)}}
    finally:
        core.close()


def run(report: Callable[[str], None] = print) -> dict[str, dict[str, float | str]]:
    """Measure on the seed and on a 1 MB article; report one line each."""
    SearchIndex.build(parse("準備")).search("準備")  # load Sudachi outside the timings
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory(prefix="kiji-bench-") as tmp:
        big = Path(tmp) / "1mb.txt"
        big.write_text(article_text(MB), encoding="utf-8")
        both = measure_with_core(str(big))
    figures = {"seed": measure(read_article(SEED)), "1MB": both["local"], "1MB via the core process": both["core"]}
    for name, f in figures.items():
        report(
            f"search {name}: {f.get('chars', 0):,} chars, build {f.get('build_ms', 0):.0f} ms; "
            f"{f['queries']} keystroke queries: median {f['median_ms']:.2f} ms, p95 {f['p95_ms']:.2f} ms, "
            f"worst {f['worst_ms']:.2f} ms ({f['worst_query']!r}, {f['worst_query_matches']} matches); "
            f"5,000-char query {f['long_query_5000_ms']:.2f} ms; "
            f"'の' {f['everywhere_no_ms']:.2f} ms ({f['everywhere_no_matches']} matches)"
        )
    return figures


def _rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * resource.getpagesize() / 2**20


def _anon_mb() -> float:
    """Private resident memory (RSS without file-backed pages such as the
    memory-mapped Sudachi dictionary, which tokenising pages in)."""
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("RssAnon:"):
                return int(line.split()[1]) / 1024
    return 0.0


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def memory_child(size_mb: float, with_analysis: bool) -> dict[str, float]:
    """In this process: load, (analyse,) build the index; RSS figures in MB."""
    import gc

    from tui.analysis.tokens import tokenize

    tokenize("準備")
    article = parse(article_text(int(size_mb * MB)), path="<memory>")
    analysis = None
    if with_analysis:
        from tui.analysis import analyze

        analysis = analyze(article)
    gc.collect()
    before, anon_before, peak_before = _rss_mb(), _anon_mb(), _peak_mb()
    t = time.perf_counter()
    index = SearchIndex.build(article, analysis)
    seconds = time.perf_counter() - t
    gc.collect()
    after, anon_after = _rss_mb(), _anon_mb()
    index.search("述べる")
    return {"mb": size_mb, "analysis": with_analysis, "loaded_mb": before, "build_s": seconds,
            "peak_mb": _peak_mb(), "peak_before_mb": peak_before, "kept_mb": after - before,
            "kept_anon_mb": anon_after - anon_before}


def memory(size_mb: float = 10, with_analysis: bool = False) -> dict[str, float]:
    """Run :func:`memory_child` in a fresh process (so peaks are its own)."""
    code = f"import json, benchmarks.bench_search as b; print(json.dumps(b.memory_child({size_mb!r}, {with_analysis!r})))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def report_memory(size_mb: float, report: Callable[[str], None] = print) -> None:
    for with_analysis in (False, True):
        f = memory(size_mb, with_analysis)
        given = "analysis tokens given" if with_analysis else "tokenised by the index"
        report(
            f"index memory {size_mb:g} MB ({given}): build {f['build_s']:.1f} s; loaded {f['loaded_mb']:.0f} MB RSS, "
            f"index keeps {f['kept_mb']:.0f} MB RSS ({f['kept_mb'] / size_mb:.1f} MB per MB), "
            f"{f['kept_anon_mb']:.0f} MB private ({f['kept_anon_mb'] / size_mb:.1f} MB per MB); peak RSS {f['peak_mb']:.0f} MB "
            f"(before the build {f['peak_before_mb']:.0f} MB)"
        )


if __name__ == "__main__":
    if sys.argv[1:2] == ["memory"]:
        report_memory(float(sys.argv[2]) if len(sys.argv) > 2 else 10)
    else:
        run()
