"""The Sections box and the source line: a long heading wraps with a hanging
indent, the box is as tall as its sections, the source URL reads decoded and
links to the URL as written. At 120×35, 80×24 and 60×20."""

from __future__ import annotations

import pytest

from kiji_fixtures import write_article
from pilot_waits import analysed
from tui.app import KijiApp
from tui.text import cells, readable_url, wrap_hanging

SIZES = [(120, 35), (80, 24), (60, 20)]
LONG_HEADING = "サイバースペースにおける安全なソリューションを世界各国が模索しています"
ENCODED = "https://ja.wikinews.org/wiki/%E8%A8%83%E5%A0%B1_%E3%83%8D%E3%83%AB%E3%82%BD%E3%83%B3"


def article(heading: str = LONG_HEADING) -> str:
    return (f"記事の見出し\n\nリード文です。二つ目の文です。\n\n{heading}\n\n本文の段落です。二つ目の文です。\n\n"
            f"短い見出し\n\n次の段落です。二つ目の文です。\n\n出典: {ENCODED}\n")


def test_wrap_hanging_indents_every_line_after_the_first():
    lines = wrap_hanging("人類のためのテクノロジー、平和のためのデジタル化。", 14)
    assert len(lines) > 2
    assert not lines[0].startswith(" ") and all(line.startswith("  ") for line in lines[1:])
    assert all(cells(line) <= 14 for line in lines)
    assert "".join(line.strip() for line in lines) == "人類のためのテクノロジー、平和のためのデジタル化。"
    assert not any(line.strip().startswith(("、", "。", "ー")) for line in lines)  # kinsoku still holds
    assert wrap_hanging("短い", 14) == ["短い"]


def test_readable_url_decodes_utf8_escapes_and_leaves_the_rest():
    assert readable_url(ENCODED) == "https://ja.wikinews.org/wiki/訃報_ネルソン"
    assert readable_url("https://example.com/a%ZZ%E3") == "https://example.com/a%ZZ%E3"  # not UTF-8: as it is
    assert readable_url("https://example.com/plain") == "https://example.com/plain"


async def show_sections(app, pilot) -> None:
    if not app.query_one("#sidebar").display:
        await pilot.press("o")
        await pilot.pause()


@pytest.mark.parametrize("size", SIZES)
async def test_a_long_heading_wraps_with_a_hanging_indent(tmp_path, size):
    app = KijiApp([write_article(tmp_path, article())])
    async with app.run_test(size=size) as pilot:
        await analysed(app, pilot)
        await show_sections(app, pilot)
        outline = app.query_one("#outline")
        prompts = [str(outline.get_option_at_index(i).prompt) for i in range(outline.option_count)]
        assert prompts[0] == "(lead)" and prompts[2] == "短い見出し"
        lines = prompts[1].split("\n")
        assert len(lines) > 1
        assert lines[0].startswith("サイバー") and all(line.startswith("  ") and line[2] != " " for line in lines[1:])
        assert "".join(line.strip() for line in lines) == LONG_HEADING
        assert all(cells(line) <= outline.scrollable_content_region.width for line in lines)


@pytest.mark.parametrize("size", SIZES)
async def test_the_sections_box_is_as_tall_as_its_content(tmp_path, size):
    app = KijiApp([write_article(tmp_path, "見出しの行\n\nリードだけの記事です。二つ目の文です。\n\n二つ目の段落です。二つ目の文です。\n")])
    async with app.run_test(size=size) as pilot:
        await analysed(app, pilot)
        await show_sections(app, pilot)
        outline = app.query_one("#outline")
        assert outline.option_count == 1
        assert outline.outer_size.height == 3  # (lead) and its border, not 7-10 rows
        assert app.query_one("#terms-pane").outer_size.height > 3  # the terms take the rest


@pytest.mark.parametrize("size", SIZES)
async def test_the_source_url_is_shown_decoded_and_links_to_the_url_as_written(tmp_path, size):
    app = KijiApp([write_article(tmp_path, article())])
    async with app.run_test(size=size) as pilot:
        await analysed(app, pilot)
        await pilot.press("G")
        view = app.view
        source = view.pieces[-1]
        assert source.kind == "source" and source.text == "出典: https://ja.wikinews.org/wiki/訃報_ネルソン"
        assert source.link == ENCODED and source.source_text == f"出典: {ENCODED}"
        from test_app import screen_text

        assert "訃報" in screen_text(app)
        strips = [view._render_vline(v, view.scrollable_content_region.width, view.rich_style)
                  for v in view._vlines if v.piece == len(view.pieces) - 1]
        linked = [seg for strip in strips for seg in strip if seg.style and seg.style.link]
        assert linked and all(seg.style.link == ENCODED for seg in linked)
        assert "訃報" in "".join(seg.text for seg in linked)


@pytest.mark.parametrize("size", SIZES)
async def test_the_sections_cursor_stops_at_the_ends_as_the_other_lists_do(tmp_path, size):
    app = KijiApp([write_article(tmp_path, article())])
    async with app.run_test(size=size) as pilot:
        await analysed(app, pilot)
        await show_sections(app, pilot)
        outline = app.query_one("#outline")
        outline.focus()
        await pilot.pause()
        last = outline.option_count - 1
        await pilot.press("G", "j", "down")
        assert outline.highlighted == last  # not back to the first
        await pilot.press("g", "k", "up")
        assert outline.highlighted == 0  # not round to the last
        await pilot.press("j")
        assert outline.highlighted == 1
