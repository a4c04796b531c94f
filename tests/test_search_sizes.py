"""What one query materialises: counted all, read only where needed.

A query that matches every character of a 200,000-character line has
200,000 matches. ``kiji search`` streams them (never a list of them all),
and the explorer reads the matches of the lines it draws, not of the whole
paragraph. Asserted by counting (matches read, bytes allocated), never by
the clock.
"""

from __future__ import annotations

import io
import tracemalloc
from contextlib import redirect_stdout
from itertools import islice
from pathlib import Path

from hypothesis import given, settings, strategies as st

from tui.cli import main
from tui.search import Hits, SearchIndex
from tui.text import parse

LETTERS = 200_000


def long_line_article(tmp_path, letters: int = LETTERS):
    path = tmp_path / "aaa.txt"
    path.write_text("a" * letters + "\n", encoding="utf-8")
    return path


# --- a stretch of a block --------------------------------------------------------------

BLOCK_PIECES = st.sampled_from(["a", "aa", "b", "か", "カ", "㌔", "キロ", "ｶﾞ", "が", "\x1b", " ", "国連", "こくれん"])


@settings(max_examples=150, deadline=None)
@given(st.lists(st.lists(BLOCK_PIECES, min_size=1, max_size=40).map("".join), min_size=1, max_size=4),
       st.sampled_from(["a", "aa", "か", "きろ", "が", "国連", "こくれん"]), st.integers(0, 60), st.integers(1, 60))
def test_the_matches_of_a_stretch_are_the_block_matches_that_overlap_it(blocks, query, start, width):
    article = parse("\n\n".join(blocks) + "\n", "a.txt")
    hits = SearchIndex.build(article).find(query)
    for b, block in enumerate(hits.text.blocks):
        end = start + width
        whole = hits.spans_in_block(b)
        assert hits.spans_in_block(b, start, end) == [(s, e) for s, e in whole if e > start and s < end]


# --- the command line streams ----------------------------------------------------------


class Counter:
    """A standard output that counts what it is given and keeps none of it."""

    def __init__(self) -> None:
        self.lines = self.chars = 0

    def write(self, text: str) -> int:
        self.lines += text.count("\n")
        self.chars += len(text)
        return len(text)

    def flush(self) -> None:
        pass

    def isatty(self) -> bool:
        return False


def peak_bytes(run) -> int:
    tracemalloc.start()
    try:
        run()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_search_of_50000_matches_streams_them_without_a_list(tmp_path):
    path = long_line_article(tmp_path, 50_000)
    article = parse(path.read_text(), str(path))
    SearchIndex.build(article)  # the dictionary and caches, before measuring
    index_only = peak_bytes(lambda: SearchIndex.build(article).find("a").count)
    sink = Counter()

    def search() -> None:
        with redirect_stdout(sink):
            assert main(["search", "a", str(path)]) == 0

    streamed = peak_bytes(search)
    assert sink.lines == 50_000 and sink.chars > 80 * 50_000
    # a list of the 50,000 matches alone would be some 8 MB more
    assert streamed < index_only + 2_000_000, (streamed, index_only)


def test_search_json_streams_the_same_document_as_a_list_would_give(tmp_path):
    from tui.text import to_json

    path = tmp_path / "few.txt"
    path.write_text("国連の会議。\n\n国際連合の\x1b会議、国連。\n", encoding="utf-8")
    sink = io.StringIO()
    with redirect_stdout(sink):
        assert main(["search", "--json", "国連", str(path)]) == 0
    matches = SearchIndex.build(parse(path.read_text(), str(path))).search("国連")
    assert len(matches) >= 3
    assert sink.getvalue() == to_json({"query": "国連", "matches": [m.to_dict() for m in matches]}) + "\n"
    sink = io.StringIO()
    with redirect_stdout(sink):
        assert main(["search", "--json", "xyzzy", str(path)]) == 1
    assert sink.getvalue() == to_json({"query": "xyzzy", "matches": []}) + "\n"


def test_the_first_matches_of_many_are_read_without_the_rest(tmp_path, monkeypatch):
    path = long_line_article(tmp_path)
    hits = SearchIndex.build(parse(path.read_text(), str(path))).find("a")
    read = []
    real = Hits._hit_of_literal
    monkeypatch.setattr(Hits, "_hit_of_literal", lambda self, f: read.append(f) or real(self, f))
    first = list(islice(hits.iter_matches(), 5))
    assert [(m.start, m.end) for m in first] == [(i, i + 1) for i in range(5)]
    assert hits.count == LETTERS and len(read) <= 6


# --- the explorer reads what it draws --------------------------------------------------


async def test_the_explorer_reads_only_the_matches_of_the_lines_it_draws(tmp_path, monkeypatch):
    from tui.app import KijiApp

    path = long_line_article(tmp_path)
    read = [0]
    real = Hits.iter_block

    def counted(self, b, start=0, end=None):
        for hit in real(self, b, start, end):
            read[0] += 1
            yield hit

    monkeypatch.setattr(Hits, "iter_block", counted)
    app = KijiApp([path])
    async with app.run_test(size=(120, 35)) as pilot:
        while app.query_one("#terms").loading:
            await pilot.pause(0.05)
        await pilot.press("slash", "a")
        while str(app.query_one("#match-count").render()) != f"1/{LETTERS}":
            await pilot.pause(0.05)
        await pilot.pause()
        screen = "\n".join("".join(seg.text for seg in strip) for strip in app.screen._compositor.render_strips())
        assert "aaaa" in screen
        width = app.view.scrollable_content_region.width
        # every line on screen at most a few times over, never the paragraph's 200,000
        assert 0 < read[0] < 20 * 35 * width


# --- a library keeps the first matches of each article ---------------------------------


def test_a_library_search_counts_every_match_and_keeps_the_first_and_last(tmp_path):
    from tui.library import Cache, Library
    from tui.library.search import KEEP_MATCHES

    folder = tmp_path / "news"
    folder.mkdir()
    long_line_article(folder)
    (folder / "b.txt").write_text("a の記事。\n", encoding="utf-8")
    with Library.open([folder], cache=Cache.open(tmp_path / "cache")) as library:
        library.analyse(jobs=0).wait()
        found = {Path(h.row.path).name: h for h in library.search("a").all()}
        big = found["aaa.txt"]
        assert big.count == LETTERS and len(big.matches) == KEEP_MATCHES + 1
        assert [(m.start, m.end) for m in big.matches[:2]] == [(0, 1), (1, 2)]
        assert (big.matches[-1].start, big.matches[-1].end) == (LETTERS - 1, LETTERS)
        assert sum(1 for _ in big.every_match()) == LETTERS
        small = found["b.txt"]
        assert small.count == len(small.matches) == 1 and list(small.every_match()) == list(small.matches)
