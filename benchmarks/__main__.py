"""``make bench``: every figure of issues 6 and 12 measured side by side, one table.

- analysis: ``kiji dump --json`` on 1 MB versus plain Sudachi (target ≤ 1.5×),
  and on the same text as one line (one block) versus in paragraphs;
- first paint of the explorer on the seed and on 1 MB versus a bare Textual
  app showing one line, in a real pty (target ≤ 1.25×);
- key to counter: every prefix of real queries typed a key at a time into
  kiji in a real pty, until the screen shows the count and the highlight,
  against a bare Textual ``Input`` echoing the same keys (``bench_keys``;
  target ≤ 1.5× at every prefix); and a query typed at once right after
  the first paint of 1 MB, while the analysis runs (a count ≤ 200 ms);
- search latency per keystroke on the seed and on 1 MB (``bench_search``;
  targets: worst ≤ 16 ms and ≤ 50 ms); on 1 MB both in this process and
  through the core's child process, as the explorer searches a big article;
- peak memory of the 10 MB article, dumped and opened headless (≤ 300 MB):
  PSS summed over the process tree (the explorer is two processes), and in
  brackets the largest process's RSS and the private part summed over the
  tree (``bench_memory``);
- the library (``bench_library``): cold analysis of 1,000 articles with
  ``--jobs 2`` against one process (≥ 1.7×), per article against ``kiji
  dump --json``, library search per query at 1,000 and 10,000 articles
  (first page and whole count, beside a literal scan in memory), and the
  cache's size per article;
- the library screen on the same libraries (``bench_library_ui``): warm open
  of 1,000 articles against the bare app's first paint (≤ 1.5×), search per
  keystroke in a real pty until the count over the library is on screen
  (median ≤ 50 ms at 1,000, ≤ 150 ms at 10,000), beside the bare Input's
  echo, and the PSS of 10,000 articles open and searched (≤ 300 MB).

``python -m benchmarks PART ...`` runs only those parts (``analysis``,
``paint``, ``keys``, ``search``, ``memory``, ``library``); the table's
heading gives the load average before and after. Kiji's own modules are
compiled to bytecode first (``compileall``), as an installed package's are:
with ``PYTHONDONTWRITEBYTECODE`` set, every fresh process would otherwise
compile them again while Textual's were compiled at install.

Big articles and libraries are written to a temporary folder from real text
(``benchmarks.corpus``). About twenty minutes on two cores, most of it the
library's (analysing 12,000 articles from scratch) and the keys typed in a pty.
"""

from __future__ import annotations

import compileall
import os
import platform
import sys
import tempfile
import time
from pathlib import Path

from benchmarks import bench_analysis, bench_keys, bench_library, bench_memory, bench_paint, bench_search, corpus
from tui.text import parse, read_article


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    except (ValueError, OSError):
        mem = 0
    return f"{cpu}, {os.cpu_count()} cores, {mem:.0f} GB, {platform.system()} {platform.release()}, Python {platform.python_version()}"


def row(measure: str, kiji: str, reference: str, figure: str, target: str, met: bool | None) -> list[str]:
    return [measure, kiji, reference, figure, target, "—" if met is None else "yes" if met else "NO"]


def table(rows: list[list[str]]) -> str:
    head = ["measure", "kiji", "reference", "figure", "target", "met"]
    widths = [max(len(r[i]) for r in [head, *rows]) for i in range(len(head))]
    line = lambda cells: "| " + " | ".join(c.ljust(w) for c, w in zip(cells, widths)) + " |"  # noqa: E731
    return "\n".join([line(head), "|" + "|".join("-" * (w + 2) for w in widths) + "|", *map(line, rows)])


def library_ui_rows(n: int, ui: dict | None) -> list[list[str]]:
    """The table's rows for :func:`benchmarks.bench_library_ui.measure` at ``n`` articles."""
    if not ui:
        return []
    out: list[list[str]] = []
    if "open" in ui:
        o = ui["open"]
        ratio = o["kiji_s"] / o["bare_s"]
        out.append(row(f"library screen, warm open of {n:,}", f"first row on screen at {o['kiji_s'] * 1000:.0f} ms",
                       f"bare app {o['bare_s'] * 1000:.0f} ms", f"{ratio:.2f}×", "≤ 1.5×", ratio <= 1.5))
    k = ui["keys"]
    limit = 50 if n <= 1000 else 150
    out.append(row(f"library screen, search per key, {n:,} ({k['prefixes']} prefixes)",
                   f"count on screen: median {k['median_s'] * 1000:.0f} ms, worst {k['worst_s'] * 1000:.0f} ms "
                   f"({k['worst_query']!r}); echo median {k['echo_median_s'] * 1000:.0f} ms",
                   f"bare Input echo {k['bare_median_s'] * 1000:.0f} ms", f"{k['median_s'] * 1000:.0f} ms",
                   f"≤ {limit} ms", k["median_s"] * 1000 <= limit))
    if "memory" in ui:
        m = ui["memory"]
        out.append(row(f"library screen, {n:,} open and searched", f"PSS {m['pss_mb']:.0f} MB (largest RSS {m['rss_mb']:.0f}, "
                       f"{m['processes']} processes)", f"bare app PSS {m['bare_pss_mb']:.0f} MB", f"{m['pss_mb']:.0f} MB",
                       "≤ 300 MB", m["pss_mb"] <= 300))
    return out


def library_rows(lib: dict) -> list[list[str]]:
    """The table's rows for :func:`benchmarks.bench_library.run`."""
    out: list[list[str]] = []
    for n, size in lib["sizes"].items():
        if "jobs1_s" in size:
            out.append(row(f"library, cold analysis of {n:,}", f"--jobs 2: {size['jobs2_s']:.0f} s (CPU {size['jobs2_cpu_s']:.0f} s)",
                           f"--jobs 1: {size['jobs1_s']:.0f} s (CPU {size['jobs1_cpu_s']:.0f} s)", f"{size['speedup']:.2f}×",
                           "≥ 1.7×", size["speedup"] >= 1.7))
            ratio = size["library_per_article_ms"] / size["dump_per_article_ms"]
            out.append(row("library, analysis per article (CPU)", f"{size['library_per_article_ms']:.0f} ms (--jobs 1)",
                           f"dump --json {size['dump_per_article_ms']:.0f} ms", f"{ratio:.2f}×", "≤ 1×", ratio <= 1))
        else:
            out.append(row(f"library, cold analysis of {n:,}", f"--jobs 2: {size['jobs2_s']:.0f} s (CPU {size['jobs2_cpu_s']:.0f} s)",
                           "", "", "", None))
        s = size["search"]
        limit = 50 if n <= 1000 else 150
        scan = f"literal scan in memory {s['scan_median_ms']:.1f} ms"
        out.append(row(f"library search, {n:,}: first page", f"median {s['page_median_ms']:.0f} ms, worst "
                       f"{s['page_worst_ms']:.0f} ms ({s['page_worst_query']!r})", scan, f"{s['page_median_ms']:.0f} ms",
                       f"≤ {limit} ms (key to screen)", s["page_median_ms"] <= limit))
        out.append(row(f"library search, {n:,}: whole count", f"median {s['median_ms']:.0f} ms, worst {s['worst_ms']:.0f} ms "
                       f"({s['worst_query']!r}, {s['worst_candidates']} candidates)", scan, f"{s['median_ms']:.0f} ms",
                       f"≤ {limit} ms (key to screen)", s["median_ms"] <= limit))
        out.extend(library_ui_rows(n, size.get("ui")))
        c = size["cache"]
        out.append(row(f"library cache, {n:,} articles", f"{c['per_article_kb']:.0f} KB per article", "UTF-8 text: 3 bytes per char",
                       f"{c['per_char']:.0f} B/char", "—", None))
    return out


PARTS = ("analysis", "paint", "keys", "search", "memory", "library")


def load() -> str:
    return "/".join(f"{x:.1f}" for x in os.getloadavg())


def main(argv: list[str] | None = None) -> int:
    parts = set(sys.argv[1:] if argv is None else argv) or set(PARTS)
    if parts - set(PARTS):
        print(f"usage: python -m benchmarks [{' | '.join(PARTS)} ...]", file=sys.stderr)
        return 2
    compileall.compile_dir(str(Path(__file__).resolve().parent.parent / "tui"), quiet=1)
    load_before = load()
    began = time.perf_counter()
    say = lambda text: print(f"[{time.perf_counter() - began:5.0f} s] {text}", file=sys.stderr, flush=True)  # noqa: E731
    rows: list[list[str]] = []
    with tempfile.TemporaryDirectory(prefix="kiji-bench-") as tmp:
        one_mb = corpus.write(Path(tmp) / "1mb.txt", corpus.article_text(corpus.MB))
        ten_mb = corpus.write(Path(tmp) / "10mb.txt", corpus.article_text(10 * corpus.MB))
        one_line = corpus.write(Path(tmp) / "1mb-one-line.txt", corpus.one_paragraph(corpus.MB) + "\n")
        seed = str(corpus.SEED)

        if "analysis" in parts:
            say("analysis: kiji dump --json vs plain Sudachi on 1 MB, and on 1 MB in one line")
            a = bench_analysis.run(str(one_mb), str(one_line))
            ratio = a["dump_s"] / a["plain_s"]
            rows.append(row("analysis, 1 MB", f"dump --json {a['dump_s']:.2f} s", f"plain Sudachi {a['plain_s']:.2f} s",
                            f"{ratio:.2f}×", "≤ 1.5×", ratio <= 1.5))
            ratio = a["one_line_s"] / a["dump_s"]
            rows.append(row("analysis, 1 MB in one line", f"dump --json {a['one_line_s']:.2f} s",
                            f"in paragraphs {a['dump_s']:.2f} s", f"{ratio:.2f}×", "linear", None))

        if "paint" in parts:
            say("first paint in a pty: seed, 1 MB, bare Textual app")
            # the second paragraph's words: the seed's title bar shows the first's
            p = bench_paint.run(seed, str(one_mb), corpus.opening_words(paragraph=1))
            for name, key in (("seed", "seed_s"), ("1 MB", "big_s")):
                ratio = p[key] / p["bare_s"]
                note = " (analysis still running)" if key == "big_s" and p["big_painted_while_analysing"] else ""
                rows.append(row(f"first paint, {name}", f"{p[key] * 1000:.0f} ms{note}", f"bare app {p['bare_s'] * 1000:.0f} ms",
                                f"{ratio:.2f}×", "≤ 1.25×", ratio <= 1.25))

        if "keys" in parts:
            say("key to counter in a pty: every prefix typed into kiji (seed, 1 MB) and into a bare Input")
            needle = corpus.opening_words()
            for name, path, queries in (("seed", seed, bench_search.QUERIES),
                                        ("1 MB", str(one_mb), bench_search.QUERIES + bench_search.BIG_QUERIES)):
                k = bench_keys.measure(path, needle, queries)
                worst_q, worst = k.worst
                ratio = worst / k.bare_median
                rows.append(row(f"key to counter, {name} ({len(k.per_prefix)} prefixes)",
                                f"median {k.median * 1000:.0f} ms, worst {worst * 1000:.0f} ms ({worst_q!r})",
                                f"bare Input echo {k.bare_median * 1000:.0f} ms", f"{ratio:.2f}×", "≤ 1.5×", ratio <= 1.5))
            at_once = bench_keys.typed_at_once(str(one_mb), needle, bench_keys.AT_ONCE_QUERY)
            rows.append(row("typed at once after first paint, 1 MB",
                            f"echo at {at_once['echo_s'] * 1000:.0f} ms, a count at {at_once['first_s'] * 1000:.0f} ms",
                            f"full count ({at_once['matches']}) at {at_once['full_s']:.1f} s", f"{at_once['first_s'] * 1000:.0f} ms",
                            "≤ 200 ms", at_once["first_s"] <= 0.2))

        if "search" in parts:
            say("search latency per keystroke: seed, and 1 MB in this process and through the core's child process")
            parse("準備")
            bench_search.SearchIndex.build(parse("準備")).search("準備")  # load Sudachi outside the timings
            both = bench_search.measure_with_core(str(one_mb))
            for name, s, limit in (("seed", bench_search.measure(read_article(seed)), 16.0),
                                   ("1 MB, in process", both["local"], 50.0),
                                   ("1 MB, explorer (child process)", both["core"], 50.0)):
                rows.append(row(f"search per keystroke, {name}", f"median {s['median_ms']:.1f} ms, worst {s['worst_ms']:.1f} ms",
                                f"{s['queries']} queries ({s['worst_query']!r} worst)", f"{s['worst_ms']:.1f} ms",
                                f"≤ {limit:.0f} ms", s["worst_ms"] <= limit))

        if "memory" in parts:
            say("peak memory on 10 MB: dump, explorer, plain Sudachi, one after the other")
            m = bench_memory.run(str(ten_mb))
            plain = f"plain Sudachi PSS {m['plain_pss_mb']:.0f} MB (private {m['plain_anon_mb']:.0f})"
            rows.append(row("peak memory, 10 MB dump --json", f"PSS {m['dump_pss_mb']:.0f} MB (RSS {m['dump_mb']:.0f}, private "
                            f"{m['dump_anon_mb']:.0f}), {m['dump_s']:.0f} s", plain, f"{m['dump_pss_mb']:.0f} MB", "≤ 300 MB",
                            m["dump_pss_mb"] <= 300))
            rows.append(row(f"peak memory, 10 MB explorer ({m['tui_processes']} processes)",
                            f"PSS {m['tui_pss_mb']:.0f} MB (app {m['tui_app_pss_mb']:.0f}, children "
                            f"{' + '.join(f'{c:.0f}' for c in m['tui_children_pss_mb'])}; dictionary and other files "
                            f"{m['tui_file_pss_mb']:.0f}; largest RSS {m['tui_mb']:.0f}, private {m['tui_anon_mb']:.0f}), "
                            f"filled at {m['tui_filled_s']:.0f} s", plain, f"{m['tui_pss_mb']:.0f} MB", "≤ 300 MB",
                            m["tui_pss_mb"] <= 300))

    if "library" in parts:
        say("library: cold analysis of 1,000 articles (--jobs 2 vs 1), per article vs dump, search at 1,000 and 10,000, cache size")
        rows.extend(library_rows(bench_library.run()))

    print(f"kiji benchmarks on {machine()} ({time.perf_counter() - began:.0f} s; "
          f"load average {load_before} before, {load()} after)")
    print(table(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
