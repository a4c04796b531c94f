"""The quote under the speakers pane's cursor, shown whole beneath the list:
its name row cut to the pane (one ``…``, never half a wide character), the
quote wrapped to a few rows, and a longer quote read from the keyboard with
J/K as lazygit scrolls its detail panel. At 120×35, 80×24 and 60×20."""

from __future__ import annotations

import pytest
from rich.cells import cell_len

from kiji_fixtures import write_article
from pilot_waits import analysed
from tui.app import KijiApp
from tui.app.panes import QuoteInfo
from tui.quotes import Quote, Speaker

SIZES = [(120, 35), (80, 24), (60, 20)]

LONG = (
    "青空会議では各地の代表が協力の強化について長い時間をかけて議論し、多くの提案が出されたが、"
    "その多くはまだ実行に移されておらず、来年の会議までに具体的な計画を示す必要があるので、"
    "市としても予算を確保して準備を進めていきたい。" * 2
)
TEXT = (
    f"架空市で青空会議\n\n架空市の山川一郎議長は10日、記者会見を開き、「{LONG}」と述べた。\n\n"
    "山川議長は「必ず成功させる」とも語った。\n\n出典: https://example.org/news/1\n"
)


def rows(info: QuoteInfo) -> list[str]:
    """The detail's rows as drawn."""
    return str(info.render()).split("\n")


async def open_detail(app, pilot, quote: int = 0) -> QuoteInfo:
    """The speakers pane shown and focused, its cursor on the first speaker's ``quote``."""
    await analysed(app, pilot)
    if not app.query_one("#speakers").display:
        await pilot.press("s")
        await pilot.pause()
    tree = app.query_one("#quotes")
    tree.focus()
    tree.move_cursor(list(tree.root.children)[0].children[quote])
    await pilot.pause()
    return app.query_one("#quote-info", QuoteInfo)


@pytest.mark.parametrize("size", SIZES)
async def test_a_long_quote_is_wrapped_cut_with_one_ellipsis_and_scrolled_with_J_K(tmp_path, size):
    app = KijiApp([write_article(tmp_path, TEXT)])
    async with app.run_test(size=size) as pilot:
        info = await open_detail(app, pilot)
        width = info.content_size.width
        pane = app.query_one("#speakers").content_size.height
        shown = rows(info)
        assert len(shown) == info.content_size.height <= pane // 2 + 1  # a few rows, not the whole pane
        assert shown[0].startswith("山川一郎議長") and "J/K" in shown[0]
        assert shown[1].startswith("「青空会議では")
        assert shown[-1].endswith("…") and shown[-1].count("…") == 1
        assert all(cell_len(row) <= width for row in shown)
        body: dict[int, str] = {}  # each row of the quote, by its place in the quote

        def read() -> list[str]:
            now = rows(info)
            for i, row in enumerate(now[1:]):
                if not row.endswith("…"):
                    body[info.top + i] = row
            return now

        after = read()
        for _ in range(40):  # J until the end: every row of the quote comes by
            before = after
            await pilot.press("J")
            after = read()
            if after == before:
                break
        assert after[-1].endswith("line 3") and "…" not in "".join(after[1:])
        assert sorted(body) == list(range(len(body)))
        assert "".join(body[i] for i in sorted(body)).replace("  line 3", "") == f"「{LONG}」と述べた"
        await pilot.press(*"K" * 40)
        assert rows(info)[1].startswith("「青空会議では")
        assert app.query_one("#quotes").cursor_line == 1  # J/K moved the detail, not the list


@pytest.mark.parametrize("size", SIZES)
async def test_a_short_quote_is_shown_whole_with_no_scroll_mark(tmp_path, size):
    app = KijiApp([write_article(tmp_path, TEXT)])
    async with app.run_test(size=size) as pilot:
        info = await open_detail(app, pilot, quote=1)
        shown = rows(info)
        assert shown[0] == "山川一郎議長"  # no "J/K": nothing to scroll
        assert " ".join(shown[1:]).replace("  ", " ") == "「必ず成功させる」とも語った line 5"  # one row or two


@pytest.mark.parametrize("size", SIZES)
async def test_a_name_too_long_for_its_row_is_cut_by_cells_with_one_ellipsis(tmp_path, size):
    app = KijiApp([write_article(tmp_path, TEXT)])
    async with app.run_test(size=size) as pilot:
        info = await open_detail(app, pilot)
        name = "架空県青空市立第一中学校" * 5 + "校長"
        info.show_node(Speaker(name, (), (Quote(3, "direct", "はい", "と述べた"),), "organization"))
        await pilot.pause()
        head = rows(info)[0]
        width = info.content_size.width
        assert head.endswith("…") and head.count("…") == 1
        assert width - 1 <= cell_len(head) <= width  # full but for a wide character that did not fit
        assert name.startswith(head[:-1])
