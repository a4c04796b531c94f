"""The explorer, driven through Textual's Pilot: every binding and every pane."""

from __future__ import annotations

import threading

import pytest
from textual.command import CommandList, CommandPalette
from textual.widgets import Input, OptionList, Tree

from pilot_waits import analysed, count_text, counted, help_closed, help_shown, notices_heard, status_text, until
from kiji_fixtures import fixed_speakers, install_fixed_core, long_article, write_article
from tui.app import KijiApp, UnknownTheme, parse_keymap, resolve_theme, theme_names
from tui.text import read_article
from tui.text import bundled_article
from tui.quotes import Quote, Speaker
from tui.app.article_view import ArticleView
from tui.app.search_bar import SearchInput


def screen_text(app) -> str:
    """Everything on screen, as the terminal would receive it (text only)."""
    lines = []
    for strip in app.screen._compositor.render_strips():
        lines.append("".join(seg.text for seg in strip))
    return "\n".join(lines)


def marked_matches(view: ArticleView) -> list[tuple[int, str]]:
    """``(piece, text)`` of every search match the view would highlight."""
    return [(p, view.pieces[p].text[s:e]) for p in range(len(view.pieces)) for s, e in view.matches_of(p)]


def view_lines(view: ArticleView) -> list[str]:
    """Every visual line of the article, rendered."""
    out = []
    for index, vline in enumerate(view._vlines):
        strip = view._render_vline(vline, view.scrollable_content_region.width, view.rich_style)
        out.append("".join(seg.text for seg in strip))
    return out


@pytest.fixture
def fixed_core(monkeypatch):
    install_fixed_core(monkeypatch)


# --- opening -------------------------------------------------------------------


async def test_opens_bundled_article_with_every_pane():
    app = KijiApp()
    async with app.run_test(size=(120, 35)) as pilot:
        for widget_id in ("#outline", "#terms", "#article", "#quotes", "#search", "#match-count"):
            assert app.query_one(widget_id).display
        await analysed(app, pilot)
        text = screen_text(app)
        assert "vietnamnet.vn" in text.splitlines()[0]
        assert "調印式には" in text
        assert count_text(app) == "0/0"


async def test_panes_show_what_the_core_finds():
    from tui.analysis import analyze
    from tui.quotes import find_speakers

    article = read_article(bundled_article())
    analysis = analyze(article)
    speakers = find_speakers(article, analysis)
    app = KijiApp()
    async with app.run_test(size=(120, 35)) as pilot:
        await analysed(app, pilot)
        terms = app.query_one("#terms", Tree)
        leaves = [n for cat in terms.root.children for n in cat.children]
        assert len(leaves) == len(analysis.terms) or (not analysis.terms and len(terms.root.children) == 1)
        quotes = app.query_one("#quotes", Tree)
        shown = [n for n in quotes.root.children if isinstance(n.data, Speaker)]
        assert [n.data.name for n in shown] == [s.name for s in speakers]
        outline = app.query_one("#outline", OptionList)
        assert outline.option_count == len([s for s in article.sections if s.heading or s.blocks])


async def test_first_screen_paints_before_analysis_finishes(tmp_path, monkeypatch):
    import tui.explore as core_process

    release = threading.Event()
    real = core_process.explore

    def slow_explore(article, progress=None):
        progress(0.42)
        release.wait(10)
        return real(article, progress)

    monkeypatch.setattr(core_process, "explore", slow_explore)
    app = KijiApp([write_article(tmp_path, long_article(200))])
    async with app.run_test(size=(120, 35)) as pilot:
        await pilot.pause()
        assert "第0段落" in screen_text(app)
        assert app.query_one("#terms").loading and app.query_one("#quotes").loading
        await until(pilot, lambda: "42%" in status_text(app), "the progress in the status line")
        assert "analysing… 42%" in status_text(app)
        release.set()
        await analysed(app, pilot)
        assert not app.query_one("#terms").loading
        assert str(app.query_one("#status").render()).strip() == ""


async def test_literal_matches_are_counted_while_the_analysis_runs_and_the_current_match_stays(tmp_path, monkeypatch):
    import tui.explore as core_process

    release = threading.Event()
    real = core_process.explore

    def slow_explore(article, progress=None):
        release.wait(10)
        return real(article, progress)

    monkeypatch.setattr(core_process, "explore", slow_explore)
    # 述べた is found only by the words mode, once the index is built; 述べる literally at once
    text = "記事\n\n大臣は協力すると述べた。\n\n報道官は明日、見解を述べる予定だ。\n"
    app = KijiApp([write_article(tmp_path, text)])
    async with app.run_test(size=(120, 35)) as pilot:
        await pilot.press("slash", *"述べる")
        await until(pilot, lambda: count_text(app) == "1/1+", "the literal count, partial")
        assert [m for _, m in marked_matches(app.view)] == ["述べる"]
        piece = app.view.hl.current[0]
        release.set()
        await analysed(app, pilot)
        assert count_text(app) == "2/2"  # the word match came before it: it is now the second
        assert app.view.hl.current[0] == piece
        assert [m for _, m in marked_matches(app.view)] == ["述べた", "述べる"]


async def test_progress_is_reported_as_the_blocks_are_read():
    from tui.explore import explore

    seen: list[float] = []
    found = explore(read_article(bundled_article()), seen.append)
    assert seen and seen == sorted(seen) and 0 < seen[0] and seen[-1] == pytest.approx(1.0)
    assert found.index is not None and len(found.index.spans("述べる").starts) == 4


async def test_core_failure_keeps_the_article_readable(monkeypatch):
    import tui.quotes

    def broken(article, analysis):
        raise RuntimeError("boom")

    monkeypatch.setattr(tui.quotes, "find_speakers", broken)
    app = KijiApp()
    async with app.run_test(size=(120, 35)) as pilot:
        await analysed(app, pilot)
        assert app.is_running
        assert "speakers failed" in str(app.query_one("#status").render())
        assert not app.query_one("#quotes").loading
        # the terms and the search come all the same
        assert app.terms and app.index is not None


# --- search ---------------------------------------------------------------------


async def test_slash_then_query_counts_matches():
    app = KijiApp()
    async with app.run_test(size=(120, 35)) as pilot:
        await analysed(app, pilot)
        await pilot.press("slash")
        assert isinstance(app.focused, SearchInput)
        await pilot.press(*"述べる")
        await analysed(app, pilot)
        assert count_text(app) == "1/4"
        assert [text for _, text in marked_matches(app.view)] == ["述べた"] * 4


async def test_query_typed_before_the_index_is_ready_is_searched_when_it_is():
    app = KijiApp()
    async with app.run_test(size=(120, 35)) as pilot:
        await pilot.press("slash", *"述べる")
        await analysed(app, pilot)
        assert count_text(app) == "1/4"


async def test_no_match_shows_zero_of_zero():
    app = KijiApp()
    async with app.run_test(size=(120, 35)) as pilot:
        await analysed(app, pilot)
        await pilot.press("slash", *"xyzzy")
        await analysed(app, pilot)
        assert count_text(app) == "0/0"
        assert marked_matches(app.view) == []


async def test_enter_n_and_shift_n_step_through_matches_wrapping():
    app = KijiApp()
    async with app.run_test(size=(120, 35)) as pilot:
        await analysed(app, pilot)
        await pilot.press("slash", *"述べる")
        await analysed(app, pilot)
        await pilot.press("enter")
        assert count_text(app) == "2/4"
        await pilot.press("escape")  # leave the box: n and N are keys again
        await pilot.press("n", "n")
        assert count_text(app) == "4/4"
        await pilot.press("n")
        assert count_text(app) == "1/4"
        await pilot.press("N")
        assert count_text(app) == "4/4"


async def test_current_match_is_scrolled_into_view_and_marked():
    app = KijiApp()
    async with app.run_test(size=(120, 35)) as pilot:
        await analysed(app, pilot)
        await pilot.press("slash", *"述べる", "escape", "N")  # the last match, near the end
        view = app.view
        piece, start, _ = view.hl.current
        assert piece == max(p for p, _ in marked_matches(view))
        y = view.vline_of(piece, start)
        assert view.scroll_y <= y < view.scroll_y + view.scrollable_content_region.height
        assert "▶" in screen_text(app)


async def test_escape_leaves_search_keeping_highlights_then_clears_them():
    app = KijiApp()
    async with app.run_test(size=(120, 35)) as pilot:
        await analysed(app, pilot)
        await pilot.press("slash", *"述べる")
        await analysed(app, pilot)
        await pilot.press("escape")
        assert app.focused is app.view
        assert len(marked_matches(app.view)) == 4 and count_text(app) == "1/4"
        await pilot.press("escape")
        assert marked_matches(app.view) == [] and count_text(app) == "0/0"
        assert app.query_one("#search", Input).value == ""


async def test_search_history_recalls_earlier_queries():
    app = KijiApp()
    async with app.run_test(size=(120, 35)) as pilot:
        await analysed(app, pilot)
        search = app.query_one("#search", SearchInput)
        await pilot.press("slash", *"ハノイ", "enter")
        search.value = ""
        await pilot.press(*"国連", "enter")
        search.value = ""
        await pilot.press("up")
        assert search.value == "国連"
        await pilot.press("up")
        assert search.value == "ハノイ"
        await pilot.press("down")
        assert search.value == "国連"


# --- keys -----------------------------------------------------------------------


async def test_q_quits_with_status_zero():
    app = KijiApp()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("q")
    assert app.return_code == 0


async def test_q_types_in_the_search_box_and_ctrl_q_quits_anyway():
    app = KijiApp()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("slash", "q")
        assert app.is_running
        assert app.query_one("#search", Input).value == "q"
        await pilot.press("ctrl+q")
    assert app.return_code == 0


@pytest.mark.parametrize("key", ["question_mark", "f1"])
async def test_help_lists_every_binding_and_the_legend(key):
    app = KijiApp()
    async with app.run_test(size=(120, 35)) as pilot:
        await pilot.press(key)
        await until(pilot, lambda: help_shown(app), "the help screen")
        text = str(app.screen.query_one("#help-keys").render())
        remap = str(app.screen.query_one("#help-remap").render())
        for _, bindings in app.binding_groups():
            for binding in bindings:
                assert (binding.tooltip or binding.description) in text
                if binding.id:
                    assert binding.id in remap
        legend = str(app.screen.query_one("#help-legend").render())
        for name in ("person", "place", "organization", "quantity", "keyword"):
            assert name in legend
        await pilot.press("escape")
        await until(pilot, lambda: help_closed(app), "the help closed")
        assert app.screen is app.screen_stack[0]


def test_every_binding_has_an_id_and_a_tooltip():
    app = KijiApp()
    for title, bindings in app.binding_groups():
        if title == "Everywhere":
            continue  # Textual's own focus/palette keys
        for binding in bindings:
            assert binding.id and binding.tooltip, binding


async def test_keymap_from_the_environment_remaps_by_id(monkeypatch):
    monkeypatch.setenv("KIJI_KEYMAP", "kiji.toggle-highlights=x")
    app = KijiApp()
    async with app.run_test(size=(120, 35)) as pilot:
        await pilot.press("x")
        assert app.view.highlighting is False


def test_parse_keymap_ignores_malformed_items():
    assert parse_keymap("a=b; bad ;c=d,e;=x;y=") == {"a": "b", "c": "d,e"}


async def test_tab_and_shift_tab_move_between_panes():
    app = KijiApp()
    async with app.run_test(size=(120, 35)) as pilot:
        await analysed(app, pilot)
        assert app.focused is app.view
        seen = []
        for _ in range(5):
            await pilot.press("tab")
            seen.append(app.focused.id)
        assert {"quotes", "search", "outline", "terms"} <= set(seen)
        await pilot.press("shift+tab")
        assert app.focused.id == seen[-2]


@pytest.mark.parametrize(
    "keys, where",
    [
        (["j"], "down"), (["down"], "down"), (["pagedown"], "down"), (["space"], "down"), (["G"], "end"), (["end"], "end"),
        (["G", "k"], "up"), (["G", "up"], "up"), (["G", "pageup"], "up"), (["G", "b"], "up"), (["G", "g"], "top"), (["G", "home"], "top"),
    ],
)
async def test_scroll_keys_move_the_article(tmp_path, keys, where):
    app = KijiApp([write_article(tmp_path, long_article())])
    async with app.run_test(size=(120, 35)) as pilot:
        await analysed(app, pilot)
        view = app.view
        before = view.scroll_y if keys[0] != "G" else view.max_scroll_y
        await pilot.press(*keys)
        if where == "down":
            assert view.scroll_y > before
        elif where == "up":
            assert 0 < view.scroll_y < before
        elif where == "end":
            assert view.scroll_y == view.max_scroll_y > 0
        else:
            assert view.scroll_y == 0


async def test_t_and_s_hide_and_show_the_terms_and_speakers_panes_at_full_width():
    app = KijiApp()
    async with app.run_test(size=(120, 35)) as pilot:
        await pilot.pause()
        terms, quotes = app.query_one("#terms-pane"), app.query_one("#speakers")
        assert terms.display and quotes.display
        app.query_one("#terms").focus()
        await pilot.press("t")
        await pilot.pause()
        assert not terms.display and app.query_one("#outline").display  # the sections stay
        assert app.focused is app.view
        assert app.query_one("#outline").size.height > 20  # and take the column
        width = app.view.size.width
        await pilot.press("s")
        await pilot.pause()
        assert not quotes.display and app.view.size.width > width
        await pilot.press("t", "s")
        assert terms.display and quotes.display


async def test_o_hides_and_shows_the_whole_left_column():
    app = KijiApp()
    async with app.run_test(size=(120, 35)) as pilot:
        await pilot.pause()
        sidebar = app.query_one("#sidebar")
        width = app.view.size.width
        await pilot.press("o")
        await pilot.pause()
        assert not sidebar.display and app.view.size.width > width
        await pilot.press("o")
        assert sidebar.display


async def test_at_80_columns_speakers_are_a_toggled_overlay():
    app = KijiApp()
    async with app.run_test(size=(80, 24)) as pilot:
        await analysed(app, pilot)
        quotes = app.query_one("#speakers")
        assert app.query_one("#sidebar").display and not quotes.display
        width = app.view.size.width
        await pilot.press("s")
        await pilot.pause()
        assert quotes.display and quotes.has_class("-overlay")
        assert app.view.size.width == width  # floats over the article
        assert quotes.region.right == 80
        await pilot.press("escape")
        assert not quotes.display


async def test_below_80_columns_both_panes_are_overlays():
    app = KijiApp()
    async with app.run_test(size=(60, 20)) as pilot:
        await analysed(app, pilot)
        assert not app.query_one("#sidebar").display and not app.query_one("#speakers").display
        assert app.view.size.width >= 58
        await pilot.press("o")
        await pilot.pause()
        assert app.query_one("#sidebar").display
        assert app.focused.id == "outline"
        await pilot.press("enter")  # choosing a section closes the overlay
        assert not app.query_one("#sidebar").display


async def test_t_below_80_columns_floats_the_terms_and_takes_them_away():
    app = KijiApp()
    async with app.run_test(size=(60, 20)) as pilot:
        await analysed(app, pilot)
        await pilot.press("t")
        await pilot.pause()
        assert app.query_one("#sidebar").display and app.query_one("#terms-pane").display
        assert app.focused.id == "terms"
        await pilot.press("t")
        await pilot.pause()
        assert not app.query_one("#sidebar").display and app.focused is app.view


async def test_resizing_changes_the_layout_and_rewraps_the_article():
    app = KijiApp()
    async with app.run_test(size=(120, 35)) as pilot:
        await analysed(app, pilot)
        wide = len(app.view._vlines)
        await pilot.resize_terminal(60, 20)
        await pilot.pause()
        await pilot.pause()
        assert app.screen.has_class("-narrow")
        assert not app.query_one("#sidebar").display
        assert all(len(line.rstrip()) for line in screen_text(app).splitlines()[:1])
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        await pilot.pause()
        assert app.screen.has_class("-medium") and app.query_one("#sidebar").display
        assert len(app.view._vlines) != wide


async def test_h_toggles_highlighting(fixed_core):
    app = KijiApp()
    async with app.run_test(size=(120, 35)) as pilot:
        await analysed(app, pilot)
        person = app.view.mark_style("person")
        styles_on = {seg.style for seg in app.view.render_line(3)}
        await pilot.press("h")
        assert app.view.highlighting is False
        assert not any(st and st.bold and st.color == person.color for st in {s.style for s in app.view.render_line(3)})
        await pilot.press("h")
        assert app.view.highlighting is True
        assert styles_on


def palette_first(app) -> str | None:
    """The first line (the command) of the palette's first hit, once it has searched."""
    commands = app.screen.query_one(CommandList)
    if not commands.option_count:
        return None
    prompt = commands.get_option_at_index(0).prompt
    return str(getattr(prompt, "plain", prompt)).split("\n", 1)[0]


async def test_palette_toggles_a_highlight_category(fixed_core):
    app = KijiApp()
    async with app.run_test(size=(120, 35)) as pilot:
        await analysed(app, pilot)
        await pilot.press("ctrl+p")
        await until(pilot, lambda: isinstance(app.screen, CommandPalette), "the palette")
        await pilot.press(*"Toggle highlight: person")
        await until(pilot, lambda: palette_first(app) == "Toggle highlight: person", "the command found in the palette")
        await pilot.press("enter")
        await until(pilot, lambda: not isinstance(app.screen, CommandPalette), "the palette closed")
        assert "person" in app.view.hidden_categories


async def test_palette_lists_sections_speakers_categories_and_themes(fixed_core):
    app = KijiApp()
    async with app.run_test(size=(120, 35)) as pilot:
        await analysed(app, pilot)
        texts = [c.text for c in app.palette_commands()]
        assert any(t.startswith("Go to section: ") for t in texts)
        assert any(t.startswith("Go to speaker: ") for t in texts)
        assert "Toggle highlight: keyword" in texts
        assert "Switch theme: ansi-dark" in texts
        theme = next(c for c in app.palette_commands() if c.text == "Switch theme: nord")
        theme.run()
        assert app.theme == "nord"


# --- panes ----------------------------------------------------------------------


async def test_selecting_a_section_scrolls_the_article_to_it(tmp_path):
    text = long_article(30).replace("第20段落。", "二十番目の見出し\n\n第20段落。")
    app = KijiApp([write_article(tmp_path, text)])
    async with app.run_test(size=(120, 35)) as pilot:
        await analysed(app, pilot)
        app.query_one("#outline").focus()
        await pilot.press("down", "enter")
        assert app.view.scroll_y > 0
        assert "二十番目の見出し" in screen_text(app)


@pytest.mark.parametrize("size", [(120, 35), (80, 24), (60, 20)])
async def test_a_term_wider_than_the_pane_is_cut_with_an_ellipsis_without_a_scrollbar(fixed_core, size):
    from tui.text import cells

    app = KijiApp()
    async with app.run_test(size=size) as pilot:
        await analysed(app, pilot)
        if size[0] < 80:
            await pilot.press("t")  # the left column floats
            await pilot.pause()
        terms = app.query_one("#terms", Tree)
        leaves = {n.data.text: n.label.plain for cat in terms.root.children for n in cat.children}
        label = leaves["ジョン・ブランドリーノ"]
        if cells("  4 ジョン・ブランドリーノ") + 2 > terms.scrollable_content_region.width:
            assert label.endswith("…") and label.count("…") == 1
            assert "ジョン・ブランドリーノ".startswith(label.split()[-1].removesuffix("…"))
            assert len(label.split()[-1]) > 3
        else:  # the floating pane at 60 columns is wide enough
            assert label == "  4 ジョン・ブランドリーノ"
        assert cells(label) + 2 <= terms.scrollable_content_region.width
        assert terms.virtual_size.width <= terms.scrollable_content_region.width
        assert not terms.show_horizontal_scrollbar
        assert leaves["ハノイ"].endswith("ハノイ")  # what fits stays whole


async def test_selecting_a_term_shows_reading_base_count_and_marks_occurrences(fixed_core):
    app = KijiApp()
    async with app.run_test(size=(120, 35)) as pilot:
        await analysed(app, pilot)
        tree = app.query_one("#terms", Tree)
        tree.focus()
        leaf = tree.root.children[0].children[0]  # first term of the first category
        tree.move_cursor(leaf)
        await pilot.press("enter")
        term = leaf.data
        info = str(app.query_one("#term-info").render())
        assert term.reading in info and term.base in info and str(term.count) in info
        await analysed(app, pilot)
        assert [text for _, text in marked_matches(app.view)] == [term.text] * term.count  # marked as a search


async def test_speakers_in_order_with_counts_and_kind_marks(fixed_core):
    app = KijiApp()
    async with app.run_test(size=(120, 35)) as pilot:
        await analysed(app, pilot)
        speakers = fixed_speakers(app.article)
        tree = app.query_one("#quotes", Tree)
        nodes = list(tree.root.children)
        assert [n.data.name for n in nodes] == [s.name for s in speakers]
        for node, speaker in zip(nodes, speakers):
            assert f"({len(speaker.quotes)})" in str(node.label)
            assert len(node.children) == len(speaker.quotes)
            for leaf in node.children:
                label = str(leaf.label)
                assert label.startswith("「」" if leaf.data.kind == "direct" else "〜")
                assert len(label) <= tree.size.width


async def test_selecting_a_quote_scrolls_to_its_paragraph_and_marks_it(fixed_core):
    app = KijiApp()
    async with app.run_test(size=(120, 35)) as pilot:
        await analysed(app, pilot)
        tree = app.query_one("#quotes", Tree)
        tree.focus()
        last = list(tree.root.children)[-1].children[-1]
        tree.move_cursor(last)
        await pilot.press("enter")
        quote: Quote = last.data
        piece = app.view.piece_for_line(quote.line)
        assert app.view.hl.quote[0] == piece
        assert "▌" in screen_text(app)


async def test_y_copies_the_selected_quote_and_c_the_paragraph(fixed_core):
    app = KijiApp()
    async with app.run_test(size=(120, 35)) as pilot:
        await analysed(app, pilot)
        tree = app.query_one("#quotes", Tree)
        tree.focus()
        first = list(tree.root.children)[0].children[0]
        tree.move_cursor(first)
        await pilot.press("enter", "y")
        url = app.article.source.url
        assert first.data.kind == "indirect"  # reported speech: cited as written, no 「」 of its own
        assert app.clipboard == f"{first.data.text}（ジョン・ブランドリーノ、{url}）"
        await pilot.press("c")
        block = app.article.block_at(first.data.line)
        assert app.clipboard == block.text


async def test_c_copies_the_paragraph_at_the_top_without_a_selection():
    app = KijiApp()
    async with app.run_test(size=(120, 35)) as pilot:
        await analysed(app, pilot)
        await pilot.press("c")
        # the seed's title is its lead's first sentence, so the view starts with the lead
        assert app.clipboard == next(app.article.blocks()).text


async def test_switching_between_several_articles(tmp_path):
    first = write_article(tmp_path, "一つ目の記事\n\n最初の本文です。\n", "a.txt")
    second = write_article(tmp_path, "二つ目の記事\n\n次の本文です。\n", "b.txt")
    app = KijiApp([first, second])
    async with app.run_test(size=(120, 35)) as pilot:
        await analysed(app, pilot)
        assert "(1/2)" in str(app.query_one("#title").render())
        await pilot.press("right_square_bracket")
        await analysed(app, pilot)
        assert "次の本文" in screen_text(app)
        await pilot.press("left_square_bracket")
        await analysed(app, pilot)
        assert "最初の本文" in screen_text(app)


@pytest.mark.parametrize("size", [(120, 35), (80, 24), (60, 20)])
async def test_the_header_keeps_the_host_and_position_whole_and_shortens_the_title(tmp_path, size):
    from tui.text import cells

    title = "国連のサイバー犯罪条約がハノイで署名され七十二か国の代表が参加した長い見出し"
    body = f"{title}\n\n本文です。\n\n出典: https://www.example-news.co.jp/article/1\n"
    first = write_article(tmp_path, body, "a.txt")
    second = write_article(tmp_path, "二つ目\n\n本文。\n", "b.txt")
    app = KijiApp([first, second])
    async with app.run_test(size=size) as pilot:
        await analysed(app, pilot)
        header = screen_text(app).splitlines()[0]
        assert "www.example-news.co.jp" in header and "(1/2)" in header
        assert header.startswith(" 国連のサイバー")
        if cells(title) + 40 > size[0]:
            assert "…" in header and title not in header
            assert "…  www.example-news.co.jp  (1/2)" in header  # no space before the …
        else:
            assert title in header
        assert cells(header.rstrip()) <= size[0]


async def test_switching_to_an_article_deleted_since_reports_it_and_stays(tmp_path):
    first = write_article(tmp_path, "一つ目の記事\n\n最初の本文です。\n", "a.txt")
    second = write_article(tmp_path, "二つ目の記事\n\n次の本文です。\n", "b.txt")
    app = KijiApp([first, second])
    heard = notices_heard(app)
    async with app.run_test(size=(120, 35)) as pilot:
        await analysed(app, pilot)
        second.unlink()
        await pilot.press("right_square_bracket")
        await analysed(app, pilot)
        assert app.is_running and app.article_index == 0
        assert "最初の本文" in screen_text(app)
        assert any(severity == "error" and "b.txt" in message for severity, _, message in heard)


# --- the article ----------------------------------------------------------------


async def test_images_captions_headings_and_source_link():
    app = KijiApp()
    async with app.run_test(size=(120, 35)) as pilot:
        await analysed(app, pilot)
        lines = view_lines(app.view)
        text = "\n".join(lines)
        assert "┌─ image" in text and "z7157588517514" in text
        assert any("公安大臣ルオン・タム・クアン将軍が演説した。" in line for line in lines)
        assert "─" * 8 in text  # subheadings have a rule under them
        source = app.view.pieces[-1]
        assert source.kind == "source" and source.link.startswith("https://vietnamnet.vn/")
        strip = app.view._render_vline(app.view._vlines[-1], 80, app.view.rich_style)
        assert any(seg.style and seg.style.link == source.link for seg in strip)


@pytest.mark.parametrize("size", [(120, 35), (80, 24), (60, 20)])
async def test_an_image_file_name_stays_on_one_line_its_middle_elided(tmp_path, size):
    from tui.text import cells

    name = "z7157588517514_1471cc05946c11fe4159fc679254b7e4_and_more_of_the_name.jpg"
    app = KijiApp([write_article(tmp_path, f"見出しの行\n\n本文です。\n\n{name}\n写真の説明。\n")])
    async with app.run_test(size=size) as pilot:
        await analysed(app, pilot)
        lines = view_lines(app.view)
        top = next(i for i, line in enumerate(lines) if "┌─ image" in line)
        assert "└" in lines[top + 2]  # one line between the frame's edges
        inside = lines[top + 1].strip().strip("│").strip()
        assert inside.startswith("z7157588") and inside.endswith("_name.jpg")
        assert inside.count("…") == 1
        assert cells(lines[top + 1].rstrip()) <= app.view.scrollable_content_region.width
        assert "写真の説明。" in lines[top + 3]


async def test_lines_follow_kinsoku_rules():
    app = KijiApp()
    async with app.run_test(size=(80, 24)) as pilot:
        await analysed(app, pilot)
        view = app.view
        for vline in view._vlines:
            if vline.role == "text" and vline.start > 0:
                text = view.pieces[vline.piece].text
                assert text[vline.start] not in "、。」』）ーゃゅょっ"
                assert text[vline.end - 1] not in "「『（"


HOSTILE = (
    "[bold]見出し[/bold] [/b]\n\n"
    "本文に[red]マークアップ[/red]と\x1b[31mエスケープ\x1b[0mと\x1b]8;;http://evil.example\x07リンク\x1b]8;;\x07、"
    "C1制御\x9bと\x07ベルとタブ\tがある。[link=http://x]x[/link]\n\n"
    "二つ目の[@click=app.quit]段落[/]。\n\n"
    "出典: https://example.com/\x1b[2J\n"
)


async def test_markup_and_escape_sequences_are_shown_literally(tmp_path, monkeypatch):
    path = write_article(tmp_path, HOSTILE)
    article = read_article(path)
    block = article.text_blocks()[0]
    import tui.quotes

    speaker = Speaker("[b]名前[/b]\x1b[31m", (), (Quote(block.line, "direct", "[/i]引用\x1b[2J", "述べた", 0, 5),))
    monkeypatch.setattr(tui.quotes, "find_speakers", lambda article, analysis: (speaker,))
    app = KijiApp([path])
    async with app.run_test(size=(120, 35)) as pilot:
        await analysed(app, pilot)
        await pilot.press("slash", *"マークアップ")
        await analysed(app, pilot)
        assert app.is_running
        text = screen_text(app)
        assert "\x1b" not in text and "\x9b" not in text and "\x07" not in text
        assert "[bold]見出し[/bold] [/b]" in text
        assert "[red]マークアップ[/red]" in text
        assert "␛[31mエスケープ␛[0m" in text
        assert "␛]8;;http://evil.example␇リンク" in text
        assert "\\x9b" in text and "␉" in text
        assert "[link=http://x]x[/link]" in text and "[@click=app.quit]段落[/]" in text
        assert "[b]名前[/b]␛[31m" in text
        assert "[/i]引用␛[2J" in text
        assert app.view.pieces[-1].link is None  # a URL with controls is not made a hyperlink
        await pilot.press("escape", "question_mark")
        assert "\x1b" not in screen_text(app)


async def test_offsets_after_a_widened_control_character_still_line_up(tmp_path):
    path = write_article(tmp_path, "見出し\n\n前\x85後のハノイで\n")
    app = KijiApp([path])
    async with app.run_test(size=(120, 35)) as pilot:
        await analysed(app, pilot)
        await pilot.press("slash", *"ハノイ")
        await analysed(app, pilot)
        piece, start, end = app.view.hl.current
        assert app.view.pieces[piece].text[start:end] == "ハノイ"
        assert [text for _, text in marked_matches(app.view)] == ["ハノイ"]


def test_theme_option_accepts_ansi_and_builtin_names():
    assert KijiApp(theme="ansi").theme == "ansi-dark"
    assert KijiApp(theme="nord").theme == "nord"


def test_every_theme_name_offered_is_one_the_app_takes():
    article = read_article(bundled_article())
    for name in theme_names():
        assert KijiApp(theme=name, article=article).theme == resolve_theme(name)


def test_unknown_theme_is_refused_before_the_app_runs():
    with pytest.raises(UnknownTheme, match="no-such-theme"):
        KijiApp(theme="no-such-theme")


async def test_large_article_opens_and_searches_without_blocking(tmp_path):
    paragraph = "ハノイ条約は、国際協力の法的基盤を構築するとともに、サイバー空間が真に平和、正義、持続可能な開発に資する環境となるよう求めた。"
    text = "大きな記事\n\n" + "\n\n".join(f"{i}: {paragraph}" for i in range(3000)) + "\n"
    app = KijiApp([write_article(tmp_path, text)])
    assert app._core is None  # big enough for the child process, which starts after the first frame
    async with app.run_test(size=(120, 35)) as pilot:
        await pilot.pause()
        assert "0: ハノイ条約" in screen_text(app)
        await pilot.press("slash", *"持続")
        await analysed(app, pilot)
        assert app._core is not None
        await counted(app, pilot)  # the word index answers in the child process, after the analysis
        assert count_text(app) == "1/3000"
        await pilot.press("G")
        assert app.is_running
    assert app._core is None  # stopped on exit



def big_article(paragraphs: int) -> str:
    paragraph = "ハノイ条約は、国際協力の法的基盤を構築するとともに、サイバー空間が真に平和、正義、持続可能な開発に資する環境となるよう求めた。"
    return "大きな記事\n\n" + "\n\n".join(f"{i}: {paragraph}" for i in range(paragraphs)) + "\n"


async def test_switching_away_from_a_big_article_stops_its_analysis_in_the_child(tmp_path, monkeypatch):
    import asyncio

    import tui.explore
    from tui.explore import Cancelled, CoreProcess

    big = write_article(tmp_path, big_article(8000), "big.txt")
    small = write_article(tmp_path, "小さな記事\n\n外務省の報道官は「協力を続ける」と述べた。\n", "small.txt")
    explored: list[tuple[str, str]] = []
    under_way = threading.Event()
    real_call = CoreProcess.call

    def call(self, op, *args, progress=None, **kwargs):
        def spy(fraction):
            under_way.set()
            if progress is not None:
                progress(fraction)

        try:
            result = real_call(self, op, *args, progress=spy, **kwargs)
        except Cancelled:
            if op == "explore":
                explored.append((args[0].rsplit("/", 1)[-1], "cancelled"))
            raise
        if op == "explore":
            explored.append((args[0].rsplit("/", 1)[-1], "done"))
        return result

    monkeypatch.setattr(CoreProcess, "call", call)
    # the child stops at its next progress report: on a loaded machine that may
    # take longer than the grace before a kill (its own test below), so wait for it
    monkeypatch.setattr(tui.explore, "CANCEL_GRACE", 120.0)
    app = KijiApp([big, small])
    async with app.run_test(size=(120, 35)) as pilot:
        assert await asyncio.to_thread(under_way.wait, 60)  # the big one's analysis has begun
        child = app._core._process.pid
        await pilot.press("right_square_bracket")
        await analysed(app, pilot)
        assert explored == [("big.txt", "cancelled"), ("small.txt", "done")]
        assert app.article_index == 1 and app.index is not None and not app.query_one("#terms").loading
        assert app._core._process.pid == child  # it stopped at a progress report: no new child needed
        await pilot.press("slash", *"述べる")
        await counted(app, pilot)
        assert count_text(app) == "1/1"


def test_an_analysis_that_does_not_stop_when_asked_is_killed_and_the_core_restarted(tmp_path):
    from tui.explore import Cancelled, CoreProcess

    one_block = write_article(tmp_path, big_article(20000).replace("\n\n", ""), "one-line.txt")  # no progress until its end
    small = write_article(tmp_path, "小さな記事\n\n外務省の報道官は「協力を続ける」と述べた。\n", "small.txt")
    core = CoreProcess()
    try:
        first = core._process.pid
        asked = iter([False, False])  # not before sending; then at the first poll
        with pytest.raises(Cancelled):
            core.call("explore", str(one_block), cancelled=lambda: next(asked, True))
        assert core._process.pid != first
        found = core.call("explore", str(small))
        assert found.index and core.call("search", "述べる")
    finally:
        core.close()


def test_a_search_of_the_last_articles_index_gives_up_once_another_is_sent_to_the_core(tmp_path):
    from tui.explore import Cancelled, CoreProcess, RemoteWords
    from tui.search import Hits, LiteralText

    first = write_article(tmp_path, "一つ目の記事\n\n報道官は協力を続けると述べた。\n", "a.txt")
    second = write_article(tmp_path, "二つ目の記事\n\n大臣も述べた。\n", "b.txt")
    core = CoreProcess()
    try:
        core.call("explore", str(first))
        stale = RemoteWords(core)
        core.call("explore", str(second))
        with pytest.raises(Cancelled):
            stale.spans("述べる")
        text = LiteralText(read_article(second).text_blocks())
        assert [m.text for m in Hits(text, "述べる", RemoteWords(core).spans("述べる")).matches()] == ["述べた"]
    finally:
        core.close()


async def test_outline_follows_the_section_on_screen(tmp_path):
    text = long_article(30).replace("第20段落。", "二十番目の見出し\n\n第20段落。")
    app = KijiApp([write_article(tmp_path, text)])
    async with app.run_test(size=(120, 35)) as pilot:
        await analysed(app, pilot)
        outline = app.query_one("#outline", OptionList)
        assert outline.highlighted == 0
        await pilot.press("G")
        await pilot.pause()
        assert outline.highlighted == 1


async def test_palette_go_to_speaker_marks_the_first_quote_and_moves_the_cursor(fixed_core):
    app = KijiApp()
    async with app.run_test(size=(120, 35)) as pilot:
        await analysed(app, pilot)
        command = next(c for c in app.palette_commands() if c.text.startswith("Go to speaker: ジョン"))
        command.run()
        await pilot.pause()
        tree = app.query_one("#quotes", Tree)
        quote = tree.cursor_node.data
        assert isinstance(quote, Quote)
        assert app.view.hl.quote[0] == app.view.piece_for_line(quote.line)


async def test_what_a_worker_hands_over_once_the_panes_are_gone_is_dropped(fixed_core):
    import asyncio

    app = KijiApp()
    async with app.run_test(size=(120, 35)) as pilot:
        await analysed(app, pilot)
        await app.query_one("#match-count").remove()  # as when the app closes while a search runs
        await asyncio.to_thread(app.call_from_worker, app._show_count)
        assert app.is_running and app._exception is None


@pytest.mark.parametrize("key", ["escape", "q", "question_mark", "f1"])
async def test_help_closes_with_its_keys(key):
    app = KijiApp()
    async with app.run_test(size=(120, 35)) as pilot:
        await pilot.press("f1")
        await until(pilot, lambda: help_shown(app), "the help screen")
        await pilot.press(key)
        await until(pilot, lambda: help_closed(app), "the help closed")
        assert app.is_running and app.screen is app.screen_stack[0]


async def test_help_explains_the_focused_pane():
    app = KijiApp()
    async with app.run_test(size=(120, 35)) as pilot:
        await analysed(app, pilot)  # a pane cannot take focus while it is loading
        app.query_one("#quotes").focus()
        await pilot.pause()
        await pilot.press("f1")
        await until(pilot, lambda: help_shown(app), "the help screen")
        assert "Speakers in order of appearance" in str(app.screen.query_one("#help-pane").render())


def test_legend_lists_the_core_categories_in_order():
    from tui.analysis import CATEGORIES
    from tui.app.legend import CATEGORY_HIGHLIGHTS

    assert tuple(h.name for h in CATEGORY_HIGHLIGHTS) == CATEGORIES


def test_the_explorer_loads_no_analysis_before_its_first_frame():
    import subprocess
    import sys

    code = "import sys, tui.app; print(sorted(m for m in sys.modules if m in ('tui.analysis', 'tui.quotes', 'tui.search', 'sudachipy')))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


# --- quotes shown whole and copied with their source ----------------------------------

CITED = (
    "維新の会の会見\n\n日本維新の会の吉村洋文代表は15日、大阪市内で記者会見を開き、"
    "「改革の歩みを止めることなく、府民の皆さんと一緒に次の十年を切り開いていく」と述べた。\n\n"
    "吉村代表は「必ず勝つ」とも語った。\n\n出典: https://example.org/news/1\n"
)


def notices(app) -> list[tuple[str, str]]:
    return [(n.title, n.message) for n in app._notifications]


#: The sizes the citation and search tests run at: three panes, two, one.
SIZES = [(120, 35), (80, 24), (60, 20)]


async def focus_speakers(app, pilot) -> Tree:
    """The speakers list shown (it floats below 120 columns) and focused."""
    if not app.query_one("#speakers").display:
        await pilot.press("s")
        await pilot.pause()
    tree = app.query_one("#quotes", Tree)
    tree.focus()
    await pilot.pause()
    return tree


async def focus_terms(app, pilot) -> Tree:
    """The terms list shown (the left column floats below 80 columns) and focused."""
    if not app.query_one("#terms").display or not app.query_one("#sidebar").display:
        await pilot.press("t")
        await pilot.pause()
    tree = app.query_one("#terms", Tree)
    tree.focus()
    await pilot.pause()
    return tree


def bar_row(app) -> str:
    """The search bar's row as the terminal shows it."""
    strips = app.screen._compositor.render_strips()
    return "".join(seg.text for seg in strips[-2])


async def open_cited(tmp_path, pilot_size=(120, 35)):
    return KijiApp([write_article(tmp_path, CITED)])


@pytest.mark.parametrize("size", SIZES)
async def test_the_quote_under_the_cursor_is_shown_whole_with_the_speakers_name_and_title(tmp_path, size):
    app = KijiApp([write_article(tmp_path, CITED)])
    async with app.run_test(size=size) as pilot:
        await analysed(app, pilot)
        tree = await focus_speakers(app, pilot)
        speaker = list(tree.root.children)[0]
        tree.move_cursor(speaker.children[0])
        await pilot.pause()
        info = app.query_one("#quote-info")
        shown = str(info.render()).replace("\n", "")
        assert info.display
        assert "吉村洋文代表" in shown
        assert "「改革の歩みを止めることなく、府民の皆さんと一緒に次の十年を切り開いていく」" in shown.replace(" ", "")
        # the tree's own row is cut to the pane, the line beneath is not
        assert "切り開いていく" not in str(speaker.children[0].label)


@pytest.mark.parametrize("size", SIZES)
async def test_y_in_the_speakers_pane_copies_the_quote_with_name_title_and_source(tmp_path, size):
    app = KijiApp([write_article(tmp_path, CITED)])
    async with app.run_test(size=size) as pilot:
        await analysed(app, pilot)
        tree = await focus_speakers(app, pilot)
        tree.move_cursor(list(tree.root.children)[0].children[1])
        await pilot.press("y")
        assert app.clipboard == "「必ず勝つ」（吉村洋文・日本維新の会代表、https://example.org/news/1）"
        title, message = notices(app)[-1]
        assert title == "Copied 吉村洋文代表's quote with its source" and message.startswith("「必ず勝つ」")


@pytest.mark.parametrize("size", SIZES)
async def test_kiji_copy_quote_copies_the_words_alone(tmp_path, monkeypatch, size):
    monkeypatch.setenv("KIJI_COPY", "quote")
    app = KijiApp([write_article(tmp_path, CITED)])
    async with app.run_test(size=size) as pilot:
        await analysed(app, pilot)
        tree = await focus_speakers(app, pilot)
        tree.move_cursor(list(tree.root.children)[0].children[1])
        await pilot.press("y")
        assert app.clipboard == "必ず勝つ"
        assert notices(app)[-1][0] == "Copied 吉村洋文代表's quote"


def test_an_unknown_copy_style_is_refused_before_the_screen_is_taken(monkeypatch, capsys):
    from tui.cli import main
    from tui.quotes import CITE_STYLES
    from tui.app import COPY_STYLES

    assert COPY_STYLES == CITE_STYLES  # the app's list, kept without importing the core, is the core's
    monkeypatch.setenv("KIJI_COPY", "markdown")
    assert main([]) == 2
    assert "KIJI_COPY must be one of cited, quote" in capsys.readouterr().err


@pytest.mark.parametrize("size", SIZES)
async def test_from_the_article_y_copies_the_marked_quote_and_after_esc_the_paragraph(tmp_path, size):
    app = KijiApp([write_article(tmp_path, CITED)])
    async with app.run_test(size=size) as pilot:
        await analysed(app, pilot)
        tree = await focus_speakers(app, pilot)
        tree.move_cursor(list(tree.root.children)[0].children[1])
        await pilot.press("enter")
        app.view.focus()
        tree.move_cursor(list(tree.root.children)[0].children[0])  # the cursor moved, the mark did not
        await pilot.press("y")
        assert app.clipboard.startswith("「必ず勝つ」（")
        assert "▌" in screen_text(app)
        await pilot.press("escape")
        assert "▌" not in screen_text(app)
        await pilot.press("y")
        assert notices(app)[-1][0] == "Copied the title (no quote selected)"  # nothing marked: what is at the top, named so
        assert app.clipboard == "維新の会の会見"


@pytest.mark.parametrize("size", SIZES)
async def test_c_names_what_it_copied_a_heading_or_a_paragraph(tmp_path, size):
    body = [f"第{i}段落。会議では各国の代表が協力の強化について議論した。" for i in range(40)]
    lines = ["記事の題", *body, "短い見出し", "次の段落です。二つ目の文もあります。", *body]
    path = write_article(tmp_path, "\n\n".join(lines) + "\n")
    heading, paragraph = 2 * lines.index("短い見出し") + 1, 2 * lines.index("次の段落です。二つ目の文もあります。") + 1
    app = KijiApp([path])
    async with app.run_test(size=size) as pilot:
        await analysed(app, pilot)
        await pilot.press("c")
        assert notices(app)[-1][0] == "Copied the title" and app.clipboard == "記事の題"
        app.view.scroll_to_line(heading)
        await pilot.pause()
        await pilot.press("c")
        assert notices(app)[-1][0] == f"Copied the heading (line {heading})" and app.clipboard == "短い見出し"
        app.view.scroll_to_line(paragraph)
        await pilot.pause()
        await pilot.press("c")
        assert notices(app)[-1] == (f"Copied the paragraph (line {paragraph})", "次の段落です。二つ目の文もあります。 (18 characters)")


# --- search that explains itself ---------------------------------------------------


def how_text(app) -> str:
    return str(app.query_one("#match-how").render()).strip()


@pytest.mark.parametrize(("query", "how"), [
    ("ハノイ", "literal"), ("述べる", "same word"), ("こくれん", "reading"), ("国際連合", "synonym"),
])
@pytest.mark.parametrize("size", SIZES)
async def test_the_search_bar_says_how_the_current_match_was_found(query, how, size):
    app = KijiApp()
    async with app.run_test(size=size) as pilot:
        await analysed(app, pilot)
        await pilot.press("slash", *query)
        await analysed(app, pilot)
        assert count_text(app).startswith("1/")
        assert how_text(app) == how and f" {how} " in bar_row(app)  # on screen, at every size
        await pilot.press("escape", "escape")
        assert how_text(app) == "" and count_text(app) == "0/0"


@pytest.mark.parametrize("size", SIZES)
async def test_a_romaji_query_finds_the_name_by_reading_and_says_what_it_read(tmp_path, size):
    app = KijiApp([write_article(tmp_path, "都知事選の結果\n\n小池百合子知事は15日、会見を開いた。\n")])
    async with app.run_test(size=size) as pilot:
        await analysed(app, pilot)
        await pilot.press("slash", *"koike")
        await analysed(app, pilot)
        assert count_text(app) == "1/1"
        assert how_text(app) == "reading こいけ"
        assert "reading こいけ" in bar_row(app) and bar_row(app).rstrip().endswith("1/1")  # on screen, at every size
        assert [text for _, text in marked_matches(app.view)] == ["小池"]


@pytest.mark.parametrize("size", [(120, 35), (60, 20)])
async def test_a_romaji_query_says_the_reading_it_matched_with_its_long_vowels(tmp_path, size):
    app = KijiApp([write_article(tmp_path, "会議の記録\n\n東京で会議が開かれた。ときょの会合も続いた。\n")])
    async with app.run_test(size=size) as pilot:
        await analysed(app, pilot)
        await pilot.press("slash", *"tokyo")
        await analysed(app, pilot)
        assert count_text(app) == "1/2" and [text for _, text in marked_matches(app.view)] == ["東京", "ときょ"]
        assert how_text(app) == "reading とうきょう" and "reading とうきょう" in bar_row(app)  # as it matched, not ときょ
        await pilot.press("enter")  # the next match was read as typed
        assert count_text(app) == "2/2" and how_text(app) == "reading ときょ" and "reading ときょ" in bar_row(app)


@pytest.mark.parametrize("size", SIZES)
async def test_enter_on_a_term_makes_it_the_search_under_n_and_the_counter(fixed_core, size):
    app = KijiApp()
    async with app.run_test(size=size) as pilot:
        await analysed(app, pilot)
        tree = await focus_terms(app, pilot)
        node = next(leaf for cat in tree.root.children for leaf in cat.children if getattr(leaf.data, "text", "") == "ハノイ")
        tree.move_cursor(node)
        await pilot.press("enter")
        await analysed(app, pilot)
        assert app.query_one("#search", SearchInput).value == "ハノイ"
        n = sum(b.text.count("ハノイ") for b in app.article.text_blocks())
        assert n > 2 and count_text(app) == f"1/{n}" and how_text(app) == "literal"
        assert [text for _, text in marked_matches(app.view)] == ["ハノイ"] * n
        await pilot.press("n")
        assert count_text(app) == f"2/{n}"
        await pilot.press("N", "N")
        assert count_text(app) == f"{n}/{n}"


async def test_enter_on_a_term_starts_from_its_first_occurrence_on_screen(tmp_path, fixed_core):
    text = long_article(40)
    app = KijiApp([write_article(tmp_path, text)])
    async with app.run_test(size=(120, 35)) as pilot:
        await analysed(app, pilot)
        app.view.scroll_to_line(41)  # the 20th paragraph (第19段落, line 41) at the top
        await pilot.pause()
        tree = app.query_one("#terms", Tree)
        tree.focus()
        tree.move_cursor(next(leaf for cat in tree.root.children for leaf in cat.children if getattr(leaf.data, "text", "") == "ハノイ"))
        await pilot.press("enter")
        await analysed(app, pilot)
        assert count_text(app) == "20/40"  # its match is current, not the first of the article


@pytest.mark.parametrize("size", SIZES)
async def test_n_with_no_search_says_so(size):
    app = KijiApp()
    async with app.run_test(size=size) as pilot:
        await analysed(app, pilot)
        await pilot.press("n")
        assert notices(app)[-1][1] == "No search yet: / to search"
        await pilot.press("slash", *"東京都庁", "escape")
        await analysed(app, pilot)
        await pilot.press("N")
        assert notices(app)[-1][1] == "No match for 東京都庁"


@pytest.mark.parametrize("query", ["ぶらんど", "burando", "ブランド"])
async def test_the_palette_finds_a_speaker_by_reading_as_the_search_does(fixed_core, query):
    from textual.command import CommandList

    app = KijiApp()
    async with app.run_test(size=(120, 35)) as pilot:
        await analysed(app, pilot)
        await pilot.press("ctrl+p", *query)
        commands = app.screen.query_one(CommandList)
        await until(pilot, lambda: commands.option_count > 0, "palette hits")
        shown = [str(commands.get_option_at_index(i).prompt) for i in range(commands.option_count)]
        assert any("Go to speaker: ジョン・ブランドリーノ" in s for s in shown)


async def test_the_palette_finds_a_kanji_name_by_the_reading_of_its_term(tmp_path):
    app = KijiApp([write_article(tmp_path, "都知事選の結果\n\n小池百合子知事は15日、「都民の命を守る」と述べた。\n")])
    async with app.run_test(size=(120, 35)) as pilot:
        await analysed(app, pilot)
        found = [c for c in app.palette_commands() if c.text.startswith("Go to speaker")]
        assert found and "こいけゆりこ" in found[0].readings
        await pilot.press("ctrl+p", *"koike")
        from textual.command import CommandList

        commands = app.screen.query_one(CommandList)
        await until(pilot, lambda: commands.option_count > 0, "palette hits")
        assert any("小池百合子" in str(commands.get_option_at_index(i).prompt) for i in range(commands.option_count))
