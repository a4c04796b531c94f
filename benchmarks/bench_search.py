"""How fast search answers while a query is typed, one keystroke at a time.

For the seed and a 1 MB article (``benchmarks.corpus``), build the index once,
then run every prefix of realistic queries, as the search box would, and report
the median and worst latency per query; plus the odd queries that must stay
prompt (a 5,000-character query, a character found everywhere).

Run: ``.venv/bin/python -m benchmarks.bench_search`` (about 15 s).
"""

from __future__ import annotations

import statistics
import time
from typing import Callable, Iterable

from benchmarks.corpus import MB, SEED, article_text
from tui.article import Article, parse, read_article
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


def prefixes(queries: Iterable[str]) -> list[str]:
    """Every prefix of every query: the queries a search box sees while typing."""
    return [q[:i] for q in queries for i in range(1, len(q) + 1)]


def _time(index: SearchIndex, query: str) -> tuple[float, int]:
    t = time.perf_counter()
    n = len(index.search(query))
    return (time.perf_counter() - t) * 1000, n


def measure(article: Article, queries: Iterable[str] = QUERIES) -> dict[str, float | str]:
    """Build time and per-keystroke query latency (milliseconds) on ``article``."""
    t = time.perf_counter()
    index = SearchIndex.build(article)
    build_ms = (time.perf_counter() - t) * 1000
    timings = [(*_time(index, q), q) for q in prefixes(queries)]
    ms = [m for m, _, _ in timings]
    worst_ms, worst_n, worst_q = max(timings)
    odd = {"long_query_5000_ms": _time(index, "サイバー犯罪の防止" * 556)[0]}
    for name, q in (("everywhere_no", "の"), ("everywhere_kana_pair", "ハノ")):
        odd[f"{name}_ms"], odd[f"{name}_matches"] = _time(index, q)
    return {
        "chars": sum(len(b.text) for b in article.text_blocks()),
        "build_ms": build_ms,
        "queries": len(ms),
        "median_ms": statistics.median(ms),
        "p95_ms": statistics.quantiles(ms, n=20)[-1],
        "worst_ms": worst_ms,
        "worst_query": worst_q,
        "worst_query_matches": worst_n,
        **odd,
    }


def run(report: Callable[[str], None] = print) -> dict[str, dict[str, float | str]]:
    """Measure on the seed and on a 1 MB article; report one line each."""
    SearchIndex.build(parse("準備")).search("準備")  # load Sudachi outside the timings
    figures = {
        "seed": measure(read_article(SEED)),
        "1MB": measure(parse(article_text(MB), path="<1MB>")),
    }
    for name, f in figures.items():
        report(
            f"search {name}: {f['chars']:,} chars, build {f['build_ms']:.0f} ms; "
            f"{f['queries']} keystroke queries: median {f['median_ms']:.2f} ms, p95 {f['p95_ms']:.2f} ms, "
            f"worst {f['worst_ms']:.2f} ms ({f['worst_query']!r}, {f['worst_query_matches']} matches); "
            f"5,000-char query {f['long_query_5000_ms']:.2f} ms; "
            f"'の' {f['everywhere_no_ms']:.2f} ms ({f['everywhere_no_matches']} matches)"
        )
    return figures


if __name__ == "__main__":
    run()
