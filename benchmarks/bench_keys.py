"""Search as a reader feels it: a key typed in a real terminal, and the time
until the screen shows its result.

kiji runs on a 120×35 pty (:mod:`benchmarks.terminal`, the screen kept by a
terminal emulator). Queries are typed one key at a time; after each key the
clock runs until the screen shows the query in the search box, the match
counter of that query (``1/n``, or ``0/0``) and the current match drawn
highlighted (bold reverse) in the article. The reference is a bare Textual
app with one ``Input``, the same keys typed into it, the clock stopped when
the box shows them: the fastest a Textual screen echoes a key. Samples of
the two alternate query by query, so machine noise hits both alike.

What a count should be is asked of the core in this process
(:class:`tui.search.SearchIndex`): a screen that shows another count does
not stop the clock.

"Typed at once": a fresh kiji on the big article, ``/`` and a query written
in one go right after the first paint, while the analysis runs; the clock
stops when the box shows the query, when a count is shown (the literal
matches, ``n+`` while the index is being built), and when the full count is.

Run: ``.venv/bin/python -m benchmarks.bench_keys`` (about a minute).
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Iterable
from dataclasses import dataclass

from benchmarks.bench_search import BIG_QUERIES, QUERIES, prefixes
from benchmarks.measure import child, kiji
from benchmarks.terminal import Screen, Terminal

COLUMNS, ROWS = 120, 35
SEARCH_ROW = ROWS - 2
CLEAR = "\x15"  # ctrl+u: delete to the start of the box
#: What the bare app's empty box shows.
BARE_PLACEHOLDER = "type here"
#: The query of the "typed at once" case: a phrase found by several modes.
AT_ONCE_QUERY = "国際協力"


@dataclass(frozen=True)
class Expected:
    """What the screen must show once a query's key has been handled."""

    query: str
    count: int
    first: str
    """The current (first) match's text."""
    partial: bool = False
    """The count is of the literal matches only, shown as ``n+``."""

    def counter(self) -> str:
        if not self.count:
            return "0/0"
        return f"1/{self.count}" + ("+" if self.partial else "")


def expectations(path: str, queries: Iterable[str]) -> dict[str, Expected]:
    """Each prefix's count and first match, found by the core."""
    from tui.search import SearchIndex
    from tui.text import read_article

    index = SearchIndex.build(read_article(path))
    out = {}
    for q in queries:
        found = index.search(q)
        out[q] = Expected(q, len(found), found[0].text if found else "")
    return out


def _squeeze(text: str) -> str:
    return "".join(text.split())


def shows(expected: Expected):
    """kiji's screen shows the query, its count and its current match."""

    def check(screen: Screen) -> bool:
        bar = screen.row(SEARCH_ROW).strip()
        if not bar.startswith("/" + expected.query) or not bar.endswith(" " + expected.counter()):
            return False
        if not expected.count:
            return True
        # the current match is drawn in the colours of the ▶ in its margin
        current = screen.drawn_like("▶", 1, SEARCH_ROW - 1)
        return current is not None and _squeeze(current.replace("▶", "")) == _squeeze(expected.first)

    return check


def echoed(text: str):
    """The bare app's box shows ``text`` (its placeholder when empty)."""

    def check(screen: Screen) -> bool:
        return screen.row(0).rstrip() == (text or BARE_PLACEHOLDER)

    return check


def _analysed(screen: Screen) -> bool:
    return "analysing" not in screen.row(0) and "Terms" in screen.text()


def _search_focused(screen: Screen) -> bool:
    return "Quit" not in screen.row(ROWS - 1)  # the footer drops q once keys go to the box


def open_kiji(path: str, needle: str) -> Terminal:
    """kiji on ``path``, analysed, the search box focused."""
    term = Terminal(kiji(path), COLUMNS, ROWS)
    term.wait(lambda s: needle in s.text(), what="first paint")
    term.wait(_analysed, what="the analysis")
    term.send("/")
    term.wait(_search_focused, what="the search box")
    return term


def open_bare() -> Terminal:
    term = Terminal(child("bare-input", BARE_PLACEHOLDER), COLUMNS, ROWS)
    # its placeholder drawn: the app reads keys (before, the pty would echo them itself)
    term.wait(echoed(""), what="the bare input")
    term.send("x")
    term.wait(echoed("x"), what="the bare input's first echo")
    term.send(CLEAR)
    term.wait(echoed(""), what="an empty box")
    return term


def _kiji_cleared(screen: Screen) -> bool:
    bar = screen.row(SEARCH_ROW).strip()
    return bar.endswith(" 0/0") and (bar[1:-3].strip() == "" or bar.startswith("/search:"))  # empty, or the placeholder


def type_query(term: Terminal, query: str, done, cleared) -> list[float]:
    """Type ``query`` a key at a time; seconds from each key to ``done(prefix)``; then clear the box."""
    out = []
    for i in range(1, len(query) + 1):
        sent = term.send(query[i - 1])
        out.append(term.wait(done(query[:i]), what=repr(query[:i])) - sent)
    term.send(CLEAR)
    term.wait(cleared, what="a cleared box")
    return out


@dataclass(frozen=True)
class Keys:
    """Key-to-screen seconds for every prefix (median of the rounds) of one article."""

    per_prefix: dict[str, float]
    bare: list[float]

    @property
    def median(self) -> float:
        return statistics.median(self.per_prefix.values())

    @property
    def worst(self) -> tuple[str, float]:
        q = max(self.per_prefix, key=self.per_prefix.__getitem__)
        return q, self.per_prefix[q]

    @property
    def bare_median(self) -> float:
        return statistics.median(self.bare)


def measure(path: str, needle: str, queries: Iterable[str], rounds: int = 3) -> Keys:
    """Every prefix of ``queries`` typed into kiji on ``path`` and into the bare app, ``rounds`` times."""
    queries = tuple(queries)
    expected = expectations(path, prefixes(queries))
    samples: dict[str, list[float]] = {q: [] for q in prefixes(queries)}
    bare: list[float] = []
    with open_kiji(path, needle) as k, open_bare() as b:
        for _ in range(rounds):
            for q in queries:
                bare.extend(type_query(b, q, echoed, echoed("")))
                for i, seconds in enumerate(type_query(k, q, lambda p: shows(expected[p]), _kiji_cleared), 1):
                    samples[q[:i]].append(seconds)
    return Keys({q: statistics.median(s) for q, s in samples.items()}, bare)


def typed_at_once(path: str, needle: str, query: str, samples: int = 3) -> dict[str, float]:
    """Median seconds from ``/`` and ``query`` written in one go right after
    the first paint, while the analysis runs, to the query echoed in the
    box, to a count on screen (the literal matches, ``n+``, or already the
    full count) and to the full count."""
    from tui.search import SearchIndex
    from tui.text import read_article

    full = len(SearchIndex.build(read_article(path)).search(query))
    echo, first, final = [], [], []
    for _ in range(samples):
        with Terminal(kiji(path), COLUMNS, ROWS) as term:
            term.wait(lambda s: needle in s.text(), what="first paint")
            sent = term.send("/" + query)
            echo.append(term.wait(lambda s: s.row(SEARCH_ROW).strip().startswith("/" + query), what="the echo") - sent)

            def counted(screen: Screen) -> bool:
                bar = screen.row(SEARCH_ROW).strip()
                return bar.startswith("/" + query) and re.fullmatch(r"[1-9]\d*/\d+\+?", bar.split()[-1]) is not None

            first.append(term.wait(counted, what="a count") - sent)
            final.append(term.wait(lambda s: s.row(SEARCH_ROW).strip().endswith(f"/{full}"), what="the full count") - sent)
    return {"echo_s": statistics.median(echo), "first_s": statistics.median(first), "full_s": statistics.median(final),
            "matches": full}


def run(seed: str, big: str, needle: str) -> dict[str, object]:
    return {
        "seed": measure(seed, needle, QUERIES),
        "big": measure(big, needle, QUERIES + BIG_QUERIES),
        "at_once": typed_at_once(big, needle, AT_ONCE_QUERY),
    }


if __name__ == "__main__":
    import tempfile
    from pathlib import Path

    from benchmarks import corpus

    with tempfile.TemporaryDirectory() as tmp:
        one_mb = corpus.write(Path(tmp) / "1mb.txt", corpus.article_text(corpus.MB))
        needle = corpus.opening_words()
        for name, path, queries in (("seed", str(corpus.SEED), QUERIES), ("1 MB", str(one_mb), QUERIES + BIG_QUERIES)):
            k = measure(path, needle, queries)
            q, w = k.worst
            print(f"{name}: key to counter median {k.median * 1000:.1f} ms, worst {w * 1000:.1f} ms ({q!r}); "
                  f"bare Input echo median {k.bare_median * 1000:.1f} ms")
            for p, s in sorted(k.per_prefix.items(), key=lambda kv: -kv[1])[:8]:
                print(f"   {p!r}: {s * 1000:.1f} ms")
        print(typed_at_once(str(one_mb), needle, AT_ONCE_QUERY))
