"""The library screen, its search and the people view, driven through
Textual's Pilot: real files in a temporary folder, real Sudachi in real
worker processes, a cache folder of each test's own."""

from __future__ import annotations

import asyncio
import fcntl
import os
import struct
import termios
from pathlib import Path

import pytest

from library_fixtures import ARTICLES, write_library
from pilot_waits import screen_ready, until
from tui.app import LibraryApp, first_rows
from tui.app.library_app import FIRST_ROWS
from tui.app.library_screen import ArticleList, HitLine, HitLines, HitList, LibraryScreen
from tui.app.people_screen import PeopleScreen
from tui.library import Cache, ExploreCache, Library

#: Articles with several matches each for 述べる, dated, to walk n/N through.
SEVERAL = {
    "20240101_a.txt": "一月の記事\n\n山田太郎外相は「協力する」と述べた。\n\n鈴木一郎氏も「賛成だ」と述べた。\n",
    "20240201_b.txt": "二月の記事\n\nハノイで会議が開かれた。\n",
    "20240301_c.txt": "三月の記事\n\n山田太郎外相は「続ける」と述べた。\n\n佐藤花子首相は見解を述べる予定だ。\n\n山田太郎外相は再び「終わらない」と述べた。\n",
}


_OPENED: list[LibraryApp] = []


def open_app(tmp_path: Path, articles: dict[str, str] = ARTICLES, extra: dict[str, bytes] | None = None) -> LibraryApp:
    """The library app on ``articles`` (and files of ``extra`` bytes) written
    under ``tmp_path``, with a cache of its own there."""
    folder = write_library(tmp_path / "lib", articles)
    for name, data in (extra or {}).items():
        (folder / name).write_bytes(data)
    library = Library.open([folder], cache=Cache.open(tmp_path / "cache"))
    app = LibraryApp(library, str(folder), jobs=1, store=ExploreCache(tmp_path / "cache"))
    _OPENED.append(app)
    return app


def screen_text(app) -> str:
    return "\n".join("".join(seg.text for seg in strip) for strip in app.screen._compositor.render_strips())


def shown_paths(app) -> list[str]:
    return [Path(v.row.path).name for v in app.library_screen.articles.views]


async def analysed(app, pilot) -> None:
    await until(pilot, lambda: app.library.progress.done, "the analysis of every article")
    await until(pilot, lambda: "analysed" in screen_text(app) and all(
        v.row.settled for v in app.library_screen.articles.views), "the rows on screen")


async def searched(app, pilot, query: str) -> None:
    screen = app.library_screen
    await until(pilot, lambda: screen.summary is not None and screen.summary.query == query and screen.summary.done
                and not screen.results.unread_on_screen(), f"the search for {query!r}, its matches on screen read")
    await pilot.pause()


async def explorer_ready(app, pilot) -> None:
    await until(pilot, lambda: app.screen is app.default_screen and not app.query_one("#terms").loading
                and app.index is not None, "the article in the explorer")
    await pilot.pause()


def count_text(app) -> str:
    return str(app.query_one("#match-count").render())


@pytest.fixture(autouse=True)
def close_libraries():
    yield
    while _OPENED:
        app = _OPENED.pop()
        app.library.close()
        if app._store is not None:
            app._store.close()


# --- the list -------------------------------------------------------------------


async def test_every_file_has_a_row_at_once_and_the_rows_fill_in_as_the_analysis_reports(tmp_path):
    app = open_app(tmp_path, extra={"bin.txt": b"\x00\x01\x02binary", "bad.txt": b"\xff\xfe\xfa\x80\x81"})
    async with app.run_test(size=(120, 35)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)
        assert len(app.library_screen.articles.views) == 5  # before anything was read
        await analysed(app, pilot)
        text = screen_text(app)
        assert "analysed 5/5" in text.splitlines()[0]
        kaidan = next(v for v in app.library_screen.articles.views if v.row.path.endswith("20240503_kaidan.txt"))
        assert (kaidan.row.speakers, kaidan.row.quotes) == (2, 2)
        row = next(line for line in text.splitlines() if "外相会談の結果" in line)
        assert "2024-05-03" in row and "news.example.com" in row and "山田太郎、佐藤花子" in row
        assert "binary file" in next(line for line in text.splitlines() if "bin.txt" in line)
        assert "not valid" in next(line for line in text.splitlines() if "bad.txt" in line)


async def test_the_rows_after_the_first_screens_come_from_the_cache_once_it_is_drawn(tmp_path):
    folder = write_library(tmp_path / "lib")
    with Library.open([folder], cache=Cache.open(tmp_path / "cache")) as library:
        library.analyse(jobs=0).wait()
    library = Library.open([folder], cache=Cache.open(tmp_path / "cache"), first=1)
    app = LibraryApp(library, str(folder), jobs=1)
    _OPENED.append(app)
    async with app.run_test(size=(120, 35)) as pilot:
        await analysed(app, pilot)
        text = screen_text(app)
        assert "analysed 3/3" in text.splitlines()[0]
        assert all(title in text for title in ("外相会談の結果", "輸出の見通し", "地方の話題"))


async def test_keys_typed_before_the_list_is_up_are_its_keys(tmp_path):
    """Typed as kiji starts: the terminal's input thread queues them ahead
    of everything the app schedules while it mounts, the list's screen
    included; they wait for it (s sorts the list, but typed after / it is
    the search's)."""
    from textual import events

    app = open_app(tmp_path)
    for key, ch in (("slash", "/"), ("s", "s"), ("t", "t")):
        assert app.post_message(events.Key(key, ch))
    async with app.run_test(size=(120, 35)) as pilot:
        box = app.library_screen.query_one("#library-search")
        await until(pilot, lambda: box.value == "st", "the early keys in the library's search box")
        assert app.focused is box and app.library_screen.sort == ("path", False)


async def test_the_rows_are_drawn_again_to_the_new_width_when_the_terminal_is_resized(tmp_path):
    # the list asks its width and style once per drawing, not once per row:
    # never the width of an earlier drawing
    app = open_app(tmp_path)
    async with app.run_test(size=(120, 35)) as pilot:
        await analysed(app, pilot)
        articles = app.library_screen.articles
        wide = articles.scrollable_content_region.width
        await pilot.resize_terminal(70, 20)
        await until(pilot, lambda: articles.scrollable_content_region.width < wide, "the list at the new width")
        await pilot.pause()
        width = articles.scrollable_content_region.width
        assert {articles.render_line(y).cell_length for y in range(3)} == {width}
        text = screen_text(app)
        assert "外相会談の結果" in text and all(len(line) <= 70 for line in text.splitlines())


async def test_s_sorts_by_the_next_column_and_shift_s_the_other_way(tmp_path):
    app = open_app(tmp_path)
    async with app.run_test(size=(120, 35)) as pilot:
        await analysed(app, pilot)
        assert shown_paths(app) == ["20240503_kaidan.txt", "20240601_boeki.txt", "undated.txt"]  # path order
        await pilot.press("s", "s")  # title, then date: newest first, undated last
        assert app.library_screen.sort == ("date", True)
        assert shown_paths(app) == ["20240601_boeki.txt", "20240503_kaidan.txt", "undated.txt"]
        assert "Date▼" in screen_text(app)
        await pilot.press("S")  # oldest first; an undated row stays last
        assert shown_paths(app) == ["20240503_kaidan.txt", "20240601_boeki.txt", "undated.txt"]
        assert "Date▲" in screen_text(app)


async def test_a_click_on_a_heading_sorts_by_it(tmp_path):
    app = open_app(tmp_path)
    async with app.run_test(size=(120, 35)) as pilot:
        await analysed(app, pilot)
        await pilot.click("#columns", offset=(2, 0))  # Title
        assert app.library_screen.sort == ("title", False)
        assert shown_paths(app) == ["undated.txt", "20240503_kaidan.txt", "20240601_boeki.txt"]  # 地方, 外相, 輸出
        await pilot.click("#columns", offset=(2, 0))  # again: the other way
        assert shown_paths(app) == ["20240601_boeki.txt", "20240503_kaidan.txt", "undated.txt"]


async def test_the_filter_narrows_the_list_by_title_and_esc_clears_it(tmp_path):
    app = open_app(tmp_path)
    async with app.run_test(size=(120, 35)) as pilot:
        await analysed(app, pilot)
        await pilot.press("f", *"見通し")
        assert shown_paths(app) == ["20240601_boeki.txt"]
        assert "1/3" in screen_text(app)
        await pilot.press("escape")  # back to the list, the filter kept
        assert isinstance(app.focused, ArticleList) and shown_paths(app) == ["20240601_boeki.txt"]
        await pilot.press("escape")
        assert len(shown_paths(app)) == 3


async def test_file_names_and_titles_are_shown_never_read_as_markup_or_obeyed(tmp_path):
    articles = {"[bold]x[/].txt": "[red]赤い[/red]見出し\x1b[2J\n\n本文です。\n"}
    app = open_app(tmp_path, articles)
    async with app.run_test(size=(120, 35)) as pilot:
        await analysed(app, pilot)
        text = screen_text(app)
        assert "[red]赤い[/red]見出し␛[2J" in text
        assert "[bold]x[/].txt" in text  # the info line names the file
        assert "\x1b" not in text


# --- opening an article and coming back ----------------------------------------------


async def test_enter_opens_the_article_and_esc_returns_to_the_list_where_it_was(tmp_path):
    many = {f"{i:03}.txt": f"記事{i:03}の見出し\n\n本文{i:03}。山田太郎外相は「協力する」と述べた。\n" for i in range(80)}
    app = open_app(tmp_path, many)
    async with app.run_test(size=(120, 35)) as pilot:
        await analysed(app, pilot)
        await pilot.press(*["down"] * 50)
        articles = app.library_screen.articles
        cursor, scroll = articles.cursor, articles.scroll_y
        assert cursor == 50 and scroll > 0
        await pilot.press("enter")
        await explorer_ready(app, pilot)
        assert "記事050の見出し" in screen_text(app).splitlines()[0]
        await pilot.press("escape")
        await until(pilot, lambda: app.screen is app.library_screen, "back in the library")
        assert (articles.cursor, articles.scroll_y) == (cursor, scroll)
        await pilot.press("enter")
        await explorer_ready(app, pilot)
        await pilot.press("backspace")
        await until(pilot, lambda: app.screen is app.library_screen, "back in the library")
        assert articles.cursor == cursor


async def test_brackets_walk_the_articles_in_the_lists_order_and_the_list_follows(tmp_path):
    app = open_app(tmp_path)
    async with app.run_test(size=(120, 35)) as pilot:
        await analysed(app, pilot)
        await pilot.press("s", "s", "g", "enter")  # newest first: 輸出の見通し
        await explorer_ready(app, pilot)
        assert "輸出の見通し" in screen_text(app).splitlines()[0]
        await pilot.press("right_square_bracket")
        await until(pilot, lambda: "外相会談の結果" in screen_text(app).splitlines()[0], "the next article")
        await pilot.press("escape")
        assert app.library_screen.articles.current.row.path.endswith("20240503_kaidan.txt")


async def test_an_article_the_library_analysed_opens_from_the_cache(tmp_path, monkeypatch):
    import tui.analysis

    app = open_app(tmp_path)
    async with app.run_test(size=(120, 35)) as pilot:
        await analysed(app, pilot)

        def never(*args, **kwargs):
            raise AssertionError("analysed again")

        monkeypatch.setattr(tui.analysis, "analyze_on_demand", never)
        await pilot.press("enter")
        await explorer_ready(app, pilot)
        assert [s.name for s in app.speakers] == ["山田太郎", "佐藤花子"]
        assert "failed" not in str(app.query_one("#status").render())


async def test_a_row_that_cannot_be_read_says_why_instead_of_opening(tmp_path):
    app = open_app(tmp_path, {"a.txt": "見出し\n\n本文。\n"}, extra={"bin.txt": b"\x00binary"})
    async with app.run_test(size=(120, 35)) as pilot:
        await analysed(app, pilot)
        await pilot.press("down", "enter")
        await until(pilot, lambda: any("binary file" in str(n.message) for n in app._notifications), "the reason")
        assert app.screen is app.library_screen


# --- search across the library ---------------------------------------------------


async def test_search_groups_matches_by_article_with_a_total_over_the_library(tmp_path):
    app = open_app(tmp_path, SEVERAL)
    async with app.run_test(size=(120, 35)) as pilot:
        await analysed(app, pilot)
        await pilot.press("slash", *"述べる")
        await searched(app, pilot, "述べる")
        results = app.library_screen.results
        assert [(Path(h.row.path).name, h.count) for h in results.results] == [("20240101_a.txt", 2), ("20240301_c.txt", 3)]
        text = screen_text(app)
        assert "1/5  5 in 3 articles" in text
        lines = text.splitlines()
        first = next(i for i, line in enumerate(lines) if "一月の記事" in line)
        assert "2024-01-01" in lines[first] and lines[first].rstrip().endswith("2")
        assert "述べた" in lines[first + 1] and "述べた" in lines[first + 2]  # its matches in context
        assert "三月の記事" in lines[first + 3]
        await pilot.press("enter", "n", "n", "n")  # to the results (the first title), three matches on
        assert results.match_number(results.cursor) == 3 and "3/5" in screen_text(app)
        await pilot.press("N", "N", "N")  # wraps around to the last
        assert results.match_number(results.cursor) == 5


async def test_files_that_cannot_be_read_count_as_searched(tmp_path):
    app = open_app(tmp_path, SEVERAL, extra={"bin.txt": b"\x00binary"})
    async with app.run_test(size=(120, 35)) as pilot:
        await analysed(app, pilot)
        await pilot.press("slash", *"述べる")
        await searched(app, pilot, "述べる")
        assert "1/5  5 in 3 articles" in screen_text(app)  # not "in 3/4": nothing more will be searched


async def test_enter_on_a_match_opens_its_article_at_it_with_the_highlights(tmp_path):
    app = open_app(tmp_path, SEVERAL)
    async with app.run_test(size=(120, 35)) as pilot:
        await analysed(app, pilot)
        await pilot.press("slash", *"述べる")
        await searched(app, pilot, "述べる")
        await pilot.press("enter", "n", "n", "n", "n", "n")  # the third match of 三月の記事
        results = app.library_screen.results
        line = results.lines[results.cursor]
        match = results.hits_of(line.article).matches[line.context]
        assert line.context == 2 and match.line == 7
        await pilot.press("enter")
        await explorer_ready(app, pilot)
        await until(pilot, lambda: count_text(app) == "3/3", "the current match: the third")
        assert app.hits.locate(app.current)[:2] == (match.line, match.start)
        assert "library 5/5" in screen_text(app).splitlines()[0]


async def test_n_and_shift_n_go_on_through_the_whole_library(tmp_path):
    app = open_app(tmp_path, SEVERAL)
    async with app.run_test(size=(120, 35)) as pilot:
        await analysed(app, pilot)
        await pilot.press("slash", *"述べる")
        await searched(app, pilot, "述べる")
        await pilot.press("enter", "down", "enter")  # 一月の記事's first match
        await explorer_ready(app, pilot)
        await until(pilot, lambda: count_text(app) == "1/2", "the first match")
        await pilot.press("n")
        assert count_text(app) == "2/2"
        await pilot.press("n")  # past the article's last: the next article with matches
        await explorer_ready(app, pilot)
        await until(pilot, lambda: "三月の記事" in screen_text(app).splitlines()[0] and count_text(app) == "1/3",
                    "the next article, at its first match")
        assert "library 3/5" in screen_text(app).splitlines()[0]
        await pilot.press("N")  # back: the previous article, at its last match
        await explorer_ready(app, pilot)
        await until(pilot, lambda: "一月の記事" in screen_text(app).splitlines()[0] and count_text(app) == "2/2",
                    "the previous article, at its last match")
        await pilot.press("escape")  # still back to the results
        await until(pilot, lambda: app.screen is app.library_screen, "back in the library")
        assert app.library_screen.results.display


async def test_only_the_articles_on_screen_have_their_matches_read_and_n_reads_the_next_as_it_goes(tmp_path):
    # 60 articles with a match: the list is laid out from the count (every
    # article's line and its context lines), the contexts read for the lines
    # drawn; scrolling reads the others; n in the explorer goes on into an
    # article whose matches were never on screen
    many = {f"{i:03}.txt": f"記事{i:03}の見出し\n\n本文{i:03}。山田太郎外相は「協力する」と述べた。\n" for i in range(60)}
    app = open_app(tmp_path, many)
    async with app.run_test(size=(120, 35)) as pilot:
        await analysed(app, pilot)
        await pilot.press("slash", *"述べる")
        await searched(app, pilot, "述べる")
        results = app.library_screen.results
        assert len(results.results) == 60 and len(results.lines) == 120  # a title and a context each
        read = set(results._hits)
        assert read and max(read) < 30  # the first screenful, not the 60
        assert "1/60  60 in 60 articles" in screen_text(app)
        last = max(read)  # the last article drawn: its context is the lowest line on screen
        await pilot.press("enter")
        results.move_to(2 * last + 1)
        await pilot.press("enter")
        await explorer_ready(app, pilot)
        assert f"library {last + 1}/60" in screen_text(app).splitlines()[0]
        assert last + 1 not in results._hits
        await pilot.press("n")  # past its only match: the next article, never drawn, read now
        await until(pilot, lambda: f"記事{last + 1:03}の見出し" in screen_text(app).splitlines()[0], "the next article")
        await explorer_ready(app, pilot)
        assert f"library {last + 2}/60" in screen_text(app).splitlines()[0]
        await pilot.press("escape")  # back to the results; to their end
        await pilot.press("G")
        await until(pilot, lambda: not results.unread_on_screen(), "the last articles' matches read")
        assert 59 in results._hits and "本文059" in screen_text(app)
        assert results.match_number(results.cursor) == 60


async def test_a_newer_query_supersedes_the_one_being_searched(tmp_path):
    app = open_app(tmp_path, SEVERAL)
    async with app.run_test(size=(120, 35)) as pilot:
        await analysed(app, pilot)
        await pilot.press("slash", *"ハノイ")
        await pilot.press("backspace", "backspace", "backspace", *"述べる")
        await searched(app, pilot, "述べる")
        screen = app.library_screen
        # every search started (one per keystroke) has ended, so a result of
        # an older query, had it been shown, would be on screen by now
        await until(pilot, lambda: all(w.is_finished for w in screen.workers if w.group == "library-search"),
                    "every search worker ended")
        await pilot.pause()
        assert screen.summary.query == "述べる" and screen.summary.matches == 5
        assert all(h.count for h in screen.results.results) and len(screen.results.results) == 2


async def test_matches_wanted_for_a_list_a_newer_search_replaced_are_not_read(tmp_path):
    """The list draws its articles, asks for their matches, and a newer
    query's shorter list replaces it before the screen reads them: the
    articles it no longer has are left alone (an index past its end
    crashed the app)."""
    app = open_app(tmp_path, SEVERAL)
    async with app.run_test(size=(120, 35)) as pilot:
        await analysed(app, pilot)
        await pilot.press("slash", *"述べる")
        await searched(app, pilot, "述べる")
        screen = app.library_screen
        assert len(screen.results.results) == 2
        screen.results.post_message(HitList.Wanted({0, 5, 7}))  # drawn from a longer list before
        await pilot.pause()
        await until(pilot, lambda: all(w.is_finished for w in screen.workers if w.group == "library-hits"),
                    "the matches read")
        assert app.is_running and screen.summary.query == "述べる" and screen.summary.matches == 5


async def test_esc_leaves_the_search_box_then_clears_the_search(tmp_path):
    app = open_app(tmp_path, SEVERAL)
    async with app.run_test(size=(120, 35)) as pilot:
        await analysed(app, pilot)
        await pilot.press("slash", *"ハノイ")
        await searched(app, pilot, "ハノイ")
        await pilot.press("escape")
        assert isinstance(app.focused, HitList)
        await pilot.press("escape")
        assert app.library_screen.articles.display and not app.library_screen.results.display
        assert isinstance(app.focused, ArticleList)


#: 60 articles quoting 山田太郎, one in two naming 山田花子 too: "山田" and
#: "山田花" both fill more than a screen of results, in lists of other lengths
#: and with other first articles.
YAMADA = {f"{i:03}.txt": f"記事{i:03}の見出し\n\n本文{i:03}。山田太郎外相は「協力する」と述べた。\n"
          + ("\n山田花子氏も出席した。\n" if i % 2 else "") for i in range(60)}


async def test_a_keystroke_in_the_search_lays_out_nothing_once_its_results_are_shown(tmp_path):
    # each key changes the count beside the box, the info line and the length
    # of the results: each is repainted, none asks for a layout of the whole
    # screen (and the repaint of all of it that follows), which was most of
    # the screen's work for a key
    app = open_app(tmp_path, YAMADA)
    async with app.run_test(size=(120, 35)) as pilot:
        await analysed(app, pilot)
        await pilot.press("slash", *"山田")
        await searched(app, pilot, "山田")
        screen = app.library_screen
        lines = len(screen.results.lines)
        layouts = []
        laid_out = screen._refresh_layout

        def counting(*args, **kwargs):
            layouts.append(args)
            return laid_out(*args, **kwargs)

        screen._refresh_layout = counting
        await pilot.press("花")
        await searched(app, pilot, "山田花")
        assert "1/30  30 in 60 articles" in screen_text(app)
        assert len(screen.results.results) == 30 and len(screen.results.lines) != lines
        assert screen.results.virtual_size.height == len(screen.results.lines)
        assert layouts == []


async def test_the_count_is_drawn_first_then_the_results_with_the_matches_of_those_on_screen(tmp_path):
    # the count gets a frame of its own (drawing the list costs several times
    # what its line does); the list comes with the matches of the articles it
    # shows first, read by the search: drawn once, not with "…" for each and
    # again once the screen has read them
    app = open_app(tmp_path, YAMADA)
    async with app.run_test(size=(120, 35)) as pilot:
        await analysed(app, pilot)
        screen = app.library_screen
        summary, results = screen.query_one("#library-summary"), screen.results
        events = []
        drawn, shown, wanted = summary.render, results.show, results._want

        def drawing():
            events.append(("count", str(summary.visual)))
            return drawn()

        def showing(found, *args, **kwargs):
            events.append(("list", len(found)))
            return shown(found, *args, **kwargs)

        summary.render, results.show = drawing, showing
        results._want = lambda article: (events.append(("unread", article)), wanted(article))
        await pilot.press("slash", *"山田花")
        await searched(app, pilot, "山田花")
        assert "1/30  30 in 60 articles" in screen_text(app) and "山田花子氏も出席した" in screen_text(app)
        count = next(i for i, e in enumerate(events) if e[0] == "count" and "30 in 60 articles" in e[1])
        assert ("list", 30) in events[count:] and ("list", 30) not in events[:count]
        assert not [e for e in events if e[0] == "unread"]


# --- people ---------------------------------------------------------------------


async def test_people_are_merged_by_name_and_enter_lists_their_quotes_newest_first(tmp_path):
    app = open_app(tmp_path)
    async with app.run_test(size=(120, 35)) as pilot:
        await analysed(app, pilot)
        await pilot.press("p")
        await until(pilot, lambda: screen_ready(app, PeopleScreen), "the people screen")
        people = app.screen.people
        await until(pilot, lambda: len(people.people) == 3, "the people")
        first = next(line for line in screen_text(app).splitlines() if "山田太郎" in line)
        assert first.split()[1:] == ["person", "3", "3", "2024-06-01"]
        await pilot.press("enter")
        quotes = app.screen.quotes
        assert [q.text for q in quotes.quotes] == ["国連と連携する", "協力を強化する", "地方の声を聞く"]
        assert "2024-06-01" in screen_text(app) and "「」 国連と連携する" in screen_text(app)


async def test_enter_on_a_quote_opens_its_article_at_it_and_esc_comes_back_to_the_quotes(tmp_path):
    app = open_app(tmp_path)
    async with app.run_test(size=(120, 35)) as pilot:
        await analysed(app, pilot)
        await pilot.press("p")
        await until(pilot, lambda: screen_ready(app, PeopleScreen), "the people screen")
        people = app.screen.people
        await until(pilot, lambda: len(people.people) == 3, "the people")
        await pilot.press("enter", "down")  # 山田太郎's second quote: 協力を強化する
        screen = app.screen
        quote = screen.quotes.current
        assert quote.text == "協力を強化する"
        await pilot.press("enter")
        await explorer_ready(app, pilot)
        assert "外相会談の結果" in screen_text(app).splitlines()[0]
        view = app.view
        await until(pilot, lambda: view.hl.quote is not None, "the quote marked")
        assert view.pieces[view.hl.quote[0]].line == quote.block
        assert "▌" in screen_text(app)
        await pilot.press("escape")
        await until(pilot, lambda: app.screen is screen, "back in the people screen")
        assert screen.quotes.display and screen.quotes.cursor == 1
        await pilot.press("escape")
        await until(pilot, lambda: screen.people.display, "the list of people")
        await pilot.press("escape")
        await until(pilot, lambda: app.screen is app.library_screen, "back in the library")


@pytest.mark.parametrize("turns", [0, 1], ids=["at-once", "after-one-turn"])
async def test_quitting_as_the_people_screen_opens_closes_cleanly(tmp_path, turns):
    # the screen's mount (at once) or its resume (a turn later) ran after the
    # app had begun closing and found its widgets gone: NoMatches on exit
    app = open_app(tmp_path)
    async with app.run_test(size=(120, 35)) as pilot:
        await until(pilot, lambda: screen_ready(app, LibraryScreen), "the library screen")
        app.show_people()
        for _ in range(turns):
            await asyncio.sleep(0)
        app.exit(0)
    assert app.return_code == 0


async def test_a_quote_far_down_its_article_is_scrolled_into_view(tmp_path):
    body = "\n\n".join(f"第{i}段落。会議では各国の代表が協力の強化について議論した。" for i in range(80))
    articles = {"long.txt": f"長い記事\n\n{body}\n\n山田太郎外相は「最後まで協力する」と述べた。\n"}
    app = open_app(tmp_path, articles)
    async with app.run_test(size=(120, 35)) as pilot:
        await analysed(app, pilot)
        await pilot.press("p")
        people = app.screen.people
        await until(pilot, lambda: len(people.people) == 1, "the people")
        await pilot.press("enter", "enter")
        await explorer_ready(app, pilot)
        view = app.view
        await until(pilot, lambda: view.hl.quote is not None, "the quote marked")
        piece, start, _ = view.hl.quote
        y = view.vline_of(piece, start)
        assert view.scroll_y > 0 and view.scroll_y <= y < view.scroll_y + view.scrollable_content_region.height
        assert "最後まで協力する" in screen_text(app)


def test_the_results_lines_are_each_articles_line_then_its_contexts():
    lines = HitLines([2, 0, 3])  # contexts shown per article
    assert len(lines) == 8
    assert [(line.article, line.context) for line in lines] == [
        (0, -1), (0, 0), (0, 1), (1, -1), (2, -1), (2, 0), (2, 1), (2, 2)]
    assert lines[-1] == HitLine(2, 2) and lines[3:5] == [HitLine(1, -1), HitLine(2, -1)]
    assert lines.line(2, 1) == 6 and lines.line(0, -1) == 0
    with pytest.raises(IndexError):
        lines[8]


def test_a_context_is_cut_on_the_left_to_keep_its_match_in_view():
    from tui.app.library_screen import in_view
    from tui.app.line_list import fit

    context = "…ッポで3人のジャーナリストと自動車に同乗していた時に親アサド大統領派の民兵組織の銃撃を受けたと伝えた。…"
    assert fit(in_view(context, "大統領", 80), 80).startswith("…ッポで")  # it fits: as it is
    narrow = fit(in_view(context, "大統領", 20), 20)
    assert narrow.startswith("…") and "大統領" in narrow


async def test_the_people_view_is_in_the_command_palette(tmp_path):
    app = open_app(tmp_path)
    async with app.run_test(size=(120, 35)) as pilot:
        await analysed(app, pilot)
        texts = [c.text for c in app.palette_commands()]
        assert any(t.startswith("People") for t in texts) and "Sort by: date" in texts
        next(c for c in app.palette_commands() if c.text.startswith("People")).run()
        await until(pilot, lambda: screen_ready(app, PeopleScreen), "the people screen")


# --- keys and help --------------------------------------------------------------


async def test_help_explains_the_focused_screen(tmp_path):
    app = open_app(tmp_path)
    async with app.run_test(size=(120, 35)) as pilot:
        await analysed(app, pilot)
        await pilot.press("question_mark")
        text = screen_text(app)
        assert "The library: one row per article" in text
        assert "library.sort" in str(app.screen.query_one("#help-remap").render())  # ids where remapping is explained
        await pilot.press("escape", "p", "question_mark")
        assert "Everyone quoted across the library" in screen_text(app)


def test_every_binding_of_the_library_has_an_id_and_a_tooltip():
    from tui.app.library_screen import FilterInput, LibrarySearchInput
    from tui.app.line_list import LineList

    for cls in (LibraryApp, LibraryScreen, PeopleScreen, LineList, LibrarySearchInput, FilterInput):
        for binding in cls.BINDINGS:
            assert binding.id and binding.tooltip, (cls.__name__, binding.key)


async def test_a_keymap_remaps_library_keys_by_id(tmp_path, monkeypatch):
    monkeypatch.setenv("KIJI_KEYMAP", "library.sort=o")
    app = open_app(tmp_path)
    async with app.run_test(size=(120, 35)) as pilot:
        await analysed(app, pilot)
        await pilot.press("o")
        assert app.library_screen.sort == ("title", False)


@pytest.mark.parametrize("size", [(120, 35), (80, 24), (60, 20)])
async def test_the_library_header_is_cut_with_one_ellipsis_and_no_space_before_it(tmp_path, size):
    from tui.text import cells

    folder = write_library(tmp_path / ("国際ニュースの記事を集めたとても長い名前のフォルダ" * 2), ARTICLES)
    library = Library.open([folder], cache=Cache.open(tmp_path / "cache"))
    app = LibraryApp(library, str(folder), jobs=1, store=ExploreCache(tmp_path / "cache"))
    _OPENED.append(app)
    async with app.run_test(size=size) as pilot:
        await analysed(app, pilot)
        title = screen_text(app).splitlines()[0]
        shown = str(app.library_screen.query_one("#library-title").render())
        assert shown.endswith("…") and shown.count("…") == 1 and not shown[:-1].endswith(" ")
        assert shown.startswith("kiji library") and shown[:-1] in title
        assert cells(shown) <= app.library_screen.query_one("#library-title").content_region.width


def test_the_rows_looked_up_before_the_first_frame_are_as_many_as_the_terminal_is_high():
    master, slave = os.openpty()
    try:
        for lines, columns in ((24, 80), (35, 120)):
            fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", lines, columns, 0, 0))
            assert first_rows(slave) == lines
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 0, 0, 0, 0))
        assert first_rows(slave) == FIRST_ROWS  # a terminal that gives no size
    finally:
        os.close(master)
        os.close(slave)
    read, write = os.pipe()
    try:
        assert first_rows(write) == FIRST_ROWS  # output to a pipe: the height is unknown
    finally:
        os.close(read)
        os.close(write)
