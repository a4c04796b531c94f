"""Keys act on the focused pane, as in lazygit or tig: the lists move their
cursor with j/k/g/G, the article scrolls with them; Tab follows the screen;
the focused pane shows it; sections from the article with } and {; the help
scrolls and fits 80 columns. At 120×35, 80×24 and 60×20."""

from __future__ import annotations

import threading

import pytest
from textual.color import Color
from textual.widgets import OptionList, Tree

from kiji_fixtures import install_fixed_core, long_article, write_article
from pilot_waits import analysed, until
from tui.app import KijiApp
from tui.quotes import Quote, Speaker

SIZES = [(120, 35), (80, 24), (60, 20)]


@pytest.fixture
def fixed_core(monkeypatch):
    install_fixed_core(monkeypatch)


def sectioned_article(sections: int = 6, paragraphs: int = 8) -> str:
    """An article of several subheaded sections, each long enough to scroll."""
    parts = ["節のある記事の見出し", "リード文です。会議が開かれた。"]
    for s in range(sections):
        parts.append(f"第{s}節の小見出し")
        parts += [f"第{s}節の第{p}段落。ハノイで国連と公安省、ベトナムの代表が協力の強化について議論した。" for p in range(paragraphs)]
        parts.append(f"ジョン・ブランドリーノ氏は「第{s}節の協力が大切だ」と強調した。")
        parts.append(f"ルオン・タム・クアン大臣は第{s}節の会議を評価したと述べた。")
    return "\n\n".join(parts) + "\n"


async def show_pane(app, pilot, pane: str) -> None:
    """Make ``pane``'s column visible at this size (it floats below 120 or 80 columns)."""
    if not app.query_one(pane).display or not all(n.display for n in app.query_one(pane).ancestors if n is not app.screen):
        await pilot.press("s" if pane == "#quotes" else "o")
        await pilot.pause()


# --- j/k/g/G act on the focused widget -------------------------------------------


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("pane", ["#outline", "#terms", "#quotes"])
async def test_j_k_g_G_move_the_focused_lists_cursor_not_the_article(fixed_core, tmp_path, size, pane):
    app = KijiApp([write_article(tmp_path, sectioned_article())])
    async with app.run_test(size=size) as pilot:
        await analysed(app, pilot)
        await show_pane(app, pilot, pane)
        widget = app.query_one(pane)
        widget.focus()
        await pilot.pause()

        def cursor() -> int:
            return widget.highlighted if isinstance(widget, OptionList) else widget.cursor_line

        scroll = app.view.scroll_y
        assert cursor() == 0  # shown as soon as the list has the focus
        await pilot.press("j", "j")
        assert cursor() == 2
        await pilot.press("k")
        assert cursor() == 1
        await pilot.press("G")
        last = (widget.option_count if isinstance(widget, OptionList) else widget.last_line + 1) - 1
        assert cursor() == last > 1
        await pilot.press("g")
        assert cursor() == 0
        assert app.view.scroll_y == scroll  # the article stayed where it was


@pytest.mark.parametrize("size", SIZES)
async def test_the_article_keeps_j_k_g_G_when_it_has_the_focus(tmp_path, size):
    app = KijiApp([write_article(tmp_path, long_article())])
    async with app.run_test(size=size) as pilot:
        await analysed(app, pilot)
        assert app.focused is app.view
        await pilot.press("j", "j")
        assert app.view.scroll_y == 2
        await pilot.press("G")
        assert app.view.scroll_y == app.view.max_scroll_y > 2
        await pilot.press("g")
        assert app.view.scroll_y == 0


async def test_esc_in_a_side_pane_goes_back_to_the_article_then_clears_the_search(tmp_path):
    app = KijiApp([write_article(tmp_path, sectioned_article())])
    async with app.run_test(size=(120, 35)) as pilot:
        await analysed(app, pilot)
        await pilot.press("slash", *"会議", "escape")
        assert app.focused is app.view and app.hits is not None
        app.query_one("#outline").focus()
        await pilot.pause()
        await pilot.press("escape")
        assert app.focused is app.view and app.hits is not None  # the search stays
        await pilot.press("escape")
        assert app.hits is None


# --- Tab follows the screen; the focused pane shows it -----------------------------


@pytest.mark.parametrize("size", SIZES)
async def test_tab_follows_the_screen_left_to_right_then_the_search_box(fixed_core, size):
    app = KijiApp()
    async with app.run_test(size=size) as pilot:
        await analysed(app, pilot)
        if size[0] < 120:
            await pilot.press("s")  # a floating pane is in the round as well
            await pilot.pause()
        seen = [app.focused.id]
        for _ in range(len(app.screen.focus_chain) - 1):
            await pilot.press("tab")
            seen.append(app.focused.id)
        at = seen.index("search")
        order = seen[at + 1:] + seen[: at + 1]  # the round, from the one after the search box
        assert order[-1] == "search"
        panes = [app.query_one(f"#{i}").region for i in order[:-1]]
        for a, b in zip(panes, panes[1:]):  # left to right; one above the other in a column
            assert (a.x, a.y) < (b.x, b.y)
        expected = {(120, 35): ["outline", "terms", "article", "quotes"], (80, 24): ["outline", "terms", "article", "quotes"],
                    (60, 20): ["article", "quotes"]}[size]
        assert order[:-1] == expected
        await pilot.press("shift+tab")
        assert app.focused.id == seen[-2]


@pytest.mark.parametrize("size", SIZES)
async def test_the_focused_pane_is_drawn_so_and_the_article_too(fixed_core, size):
    app = KijiApp()
    async with app.run_test(size=size) as pilot:
        await analysed(app, pilot)
        accent = app.current_theme.accent
        view = app.view
        assert app.focused is view and view.styles.border_left[0] == "tall"
        await show_pane(app, pilot, "#quotes")
        quotes = app.query_one("#quotes")
        if app.focused is not quotes:
            quotes.focus()
            await pilot.pause()
        assert view.styles.border_left[0] in ("blank", "")  # the article's bar goes with the focus
        border = app.query_one("#speakers").styles.border_top[1]  # the pane around the list
        assert border.hex.lower() != app.query_one("#outline").styles.border_top[1].hex.lower()  # lit, the others not
        assert sum(abs(a - b) for a, b in zip(border.rgb, Color.parse(accent).rgb)) <= 6  # the theme's accent
        tree = app.query_one("#quotes", Tree)
        assert tree.cursor_line == 0
        row = tree.render_line(0)
        assert any(seg.style and seg.style.bgcolor for seg in row)  # the cursor row is drawn as such


# --- a floating pane opened while the article is analysed --------------------------------


@pytest.fixture
def held_analysis(monkeypatch):
    """The analysis waits until the test sets the event it returns."""
    import tui.explore as core_process

    release, real = threading.Event(), core_process.explore

    def held(article, progress=None, store=None):
        release.wait(30)
        return real(article, progress)

    monkeypatch.setattr(core_process, "explore", held)
    yield release
    release.set()


def in_view(app, pane: str) -> bool:
    return all(n.display for n in app.query_one(pane).ancestors_with_self if n is not app.screen)


@pytest.mark.parametrize(("size", "key", "pane"), [
    ((80, 24), "s", "#quotes"), ((60, 20), "s", "#quotes"), ((60, 20), "t", "#terms"),  # the panes that float there
])
async def test_a_pane_opened_while_the_article_is_analysed_takes_the_focus_once_filled(held_analysis, tmp_path, size, key, pane):
    app = KijiApp([write_article(tmp_path, sectioned_article())])
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        widget = app.query_one(pane)
        assert widget.loading and not in_view(app, pane)
        await pilot.press(key)
        await until(pilot, lambda: in_view(app, pane), "the pane in view")
        assert app.focused is app.view  # a loading list cannot take the focus yet
        held_analysis.set()
        await analysed(app, pilot)
        await until(pilot, lambda: app.focused is widget, "the focus on the filled list")
        before = widget.highlighted if isinstance(widget, OptionList) else widget.cursor_line
        await pilot.press("j")  # the list's cursor moves, as after the analysis
        assert (widget.highlighted if isinstance(widget, OptionList) else widget.cursor_line) == before + 1


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_a_pane_closed_again_before_the_analysis_ends_leaves_the_focus_on_the_article(held_analysis, tmp_path, size):
    app = KijiApp([write_article(tmp_path, sectioned_article())])
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        await pilot.press("s")
        await until(pilot, lambda: in_view(app, "#quotes"), "the speakers pane in view")
        await pilot.press("s")
        await until(pilot, lambda: not in_view(app, "#quotes"), "the speakers pane gone")
        held_analysis.set()
        await analysed(app, pilot)
        assert app.focused is app.view


# --- speakers: Enter jumps, Space folds -----------------------------------------------


@pytest.mark.parametrize("size", SIZES)
async def test_enter_on_a_speaker_jumps_to_their_first_quote_without_folding_space_folds(fixed_core, size):
    app = KijiApp()
    async with app.run_test(size=size) as pilot:
        await analysed(app, pilot)
        await show_pane(app, pilot, "#quotes")
        tree = app.query_one("#quotes", Tree)
        tree.focus()
        await pilot.pause()
        node = list(tree.root.children)[1]
        tree.move_cursor(node)
        speaker: Speaker = node.data
        await pilot.press("enter")
        await pilot.pause()
        first: Quote = speaker.quotes[0]
        assert app.view.hl.quote is not None and app.view.hl.quote[0] == app.view.piece_for_line(first.line)
        assert node.is_expanded  # Enter did not fold it
        if size[0] < 120:
            return  # the floating pane closed to show the quote
        await pilot.press("space")
        assert not node.is_expanded
        await pilot.press("space")
        assert node.is_expanded


# --- sections from the article ---------------------------------------------------------


@pytest.mark.parametrize("size", SIZES)
async def test_curly_brackets_go_to_the_next_and_previous_section(tmp_path, size):
    app = KijiApp([write_article(tmp_path, sectioned_article())])
    async with app.run_test(size=size) as pilot:
        await analysed(app, pilot)
        view = app.view
        headings = [i for i, p in enumerate(view.pieces) if p.kind == "heading"]

        def top_heading() -> str:
            return view.pieces[view.current_piece()].text

        await pilot.press("right_curly_bracket")
        assert top_heading() == "第0節の小見出し"
        await pilot.press("right_curly_bracket", "right_curly_bracket")
        assert top_heading() == "第2節の小見出し"
        await pilot.press("j", "j", "j")
        await pilot.press("left_curly_bracket")  # to the start of this section
        assert top_heading() == "第2節の小見出し"
        await pilot.press("left_curly_bracket")
        assert top_heading() == "第1節の小見出し"
        await pilot.press("left_curly_bracket", "left_curly_bracket")
        assert view.scroll_y == 0
        assert len(headings) == 6


async def test_square_brackets_still_walk_the_articles(tmp_path):
    first = write_article(tmp_path, sectioned_article(), "a.txt")
    second = write_article(tmp_path, "二つ目の記事\n\n次の本文です。\n", "b.txt")
    app = KijiApp([first, second])
    async with app.run_test(size=(80, 24)) as pilot:
        await analysed(app, pilot)
        await pilot.press("right_curly_bracket")
        assert app.article_index == 0
        await pilot.press("right_square_bracket")
        await analysed(app, pilot)
        assert app.article_index == 1


# --- help ----------------------------------------------------------------------------------


async def open_help(app, pilot):
    await pilot.press("f1")
    await pilot.pause()
    return app.screen


@pytest.mark.parametrize("size", SIZES)
async def test_help_scrolls_with_j_k_space_g_G(size):
    app = KijiApp()
    async with app.run_test(size=size) as pilot:
        await analysed(app, pilot)
        screen = await open_help(app, pilot)
        body = screen.query_one("#help-body")
        assert body.max_scroll_y > 0
        await pilot.press("j", "j")
        await pilot.pause()
        assert body.scroll_y == 2
        await pilot.press("k")
        await pilot.pause()
        assert body.scroll_y == 1
        await pilot.press("space")
        await pilot.pause()
        assert body.scroll_y > 3
        await pilot.press("G")
        await pilot.pause()
        assert body.scroll_y == body.max_scroll_y
        await pilot.press("g")
        await pilot.pause()
        assert body.scroll_y == 0


@pytest.mark.parametrize("size", [(120, 35), (80, 24)])
async def test_help_shows_keys_first_ids_only_where_remapping_is_explained_and_no_row_wraps(size):
    app = KijiApp()
    async with app.run_test(size=size) as pilot:
        await analysed(app, pilot)
        screen = await open_help(app, pilot)
        keys = screen.query_one("#help-keys")
        remap = screen.query_one("#help-remap")
        keys_text, remap_text = str(keys.render()), str(remap.render())
        ids = {b.id for _, group in app.binding_groups() for b in group if b.id}
        assert ids and not any(i in keys_text for i in ids)
        assert all(i in remap_text for i in ids)
        assert "KIJI_KEYMAP" in remap_text
        for row in keys_text.splitlines():
            if row.startswith("  "):
                assert row[2:3] != " "  # the key comes first
        for widget in (keys, remap, screen.query_one("#help-legend"), screen.query_one("#help-mouse")):
            rows = str(widget.render()).split("\n")
            assert widget.size.height <= len(rows), widget.id  # not one row wrapped


async def test_help_says_how_to_select_text_while_kiji_holds_the_mouse():
    app = KijiApp()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_help(app, pilot)
        assert "Shift" in str(screen.query_one("#help-mouse").render())


def test_one_name_for_the_speakers_pane():
    from tui.app.help import legend_text
    from rich.style import Style

    app = KijiApp()
    toggle = next(b for b in app.BINDINGS if b.action == "toggle_quotes")
    assert toggle.description == "Speakers" and "speakers" in toggle.tooltip
    assert "Speakers pane" in legend_text(lambda name: Style()).plain


def test_the_readme_keys_table_names_every_binding_of_the_explorer():
    import re
    from pathlib import Path

    readme = Path(__file__).resolve().parent.parent.joinpath("README.md").read_text(encoding="utf-8")
    table = readme[readme.index("### Keys"):readme.index("### Highlight legend")]
    named = set(re.findall(r"`([a-z]+\.[a-z-]+)`", table))
    app = KijiApp()
    ids = {b.id for _, group in app.binding_groups() for b in group if b.id}
    from tui.app.help import HelpScreen
    from tui.app.library_app import LibraryApp

    ids |= {b.id for b in HelpScreen.BINDINGS} | {b.id for b in LibraryApp.BINDINGS}  # Backspace: back to the library
    assert ids - named == set(), "missing from the README's keys table"
    assert named - ids == set(), "in the README's keys table but not a binding"
