"""What ``c`` and ``y`` will copy is on screen before they are pressed: the
paragraph ``c`` copies has ``▏`` down its margin (``▶`` the current match's
line, ``▌`` a marked quote's paragraph), and the notice names what was
copied. At 120×35, 80×24 and 60×20."""

from __future__ import annotations

import pytest

from kiji_fixtures import write_article
from pilot_waits import analysed, counted, until
from tui.app import KijiApp

SIZES = [(120, 35), (80, 24), (60, 20)]

#: Paragraphs long enough to take several lines at every size, no spaces
#: (a wrapped line's text joins back to the paragraph's).
PARAGRAPHS = [
    f"第{i}段落。架空市の青空会議では、各地の代表が協力の強化について議論し、多くの提案が出されたと山川一郎議長が述べた。"
    for i in range(30)
]
TEXT = "架空市で青空会議\n\n" + "\n\n".join(PARAGRAPHS) + "\n"


def line_of(paragraph: int) -> int:
    """The source line of ``PARAGRAPHS[paragraph]`` (the title is line 1)."""
    return 3 + 2 * paragraph


def notices(app) -> list[tuple[str, str]]:
    return [(n.title, n.message) for n in app._notifications]


def article_rows(app) -> list[str]:
    """The article's rows as the terminal shows them (margin included, no scrollbar)."""
    region = app.view.scrollable_content_region
    strips = app.screen._compositor.render_strips()
    return ["".join(seg.text for seg in strips[y].crop(region.x, region.right)) for y in range(region.y, region.bottom)]


def marked(app) -> tuple[list[str], str]:
    """The margin marks of the rows marked as what ``c`` copies, and their text joined."""
    rows = [row for row in article_rows(app) if row[:1] in ("▏", "▶", "▌")]
    return [row[0] for row in rows], "".join(row[2:].rstrip() for row in rows)


@pytest.mark.parametrize("size", SIZES)
async def test_the_paragraph_c_copies_is_marked_and_the_mark_follows_the_top_of_the_view(tmp_path, size):
    app = KijiApp([write_article(tmp_path, TEXT)])
    async with app.run_test(size=size) as pilot:
        await analysed(app, pilot)
        marks, text = marked(app)
        assert set(marks) == {"▏"} and text == "架空市で青空会議"  # the title, at the top
        await pilot.press("c")
        assert app.clipboard == text and notices(app)[-1][0] == "Copied the title"

        app.view.scroll_to_line(line_of(5))
        await pilot.pause()
        marks, text = marked(app)
        assert set(marks) == {"▏"} and len(marks) > 1 and text == PARAGRAPHS[5]
        await pilot.press("c")
        assert app.clipboard == PARAGRAPHS[5]
        assert notices(app)[-1][0] == f"Copied the paragraph (line {line_of(5)})"

        await pilot.press("space")  # a page on: the mark went with the top
        await pilot.pause()
        marks, text = marked(app)
        assert text != PARAGRAPHS[5] and text in PARAGRAPHS[6:]
        await pilot.press("c")
        assert app.clipboard == text


@pytest.mark.parametrize("size", SIZES)
async def test_with_a_current_match_its_paragraph_is_marked_and_copied(tmp_path, size):
    app = KijiApp([write_article(tmp_path, TEXT)])
    async with app.run_test(size=size) as pilot:
        await analysed(app, pilot)
        await pilot.press("slash", *"第12段落", "enter", "escape")
        await counted(app, pilot)
        await until(pilot, lambda: "▶" in marked(app)[0], "the current match on screen")
        marks, text = marked(app)
        assert marks.count("▶") == 1 and "▏" in marks and text == PARAGRAPHS[12]
        await pilot.press("c")
        assert app.clipboard == PARAGRAPHS[12]
        assert notices(app)[-1][0] == f"Copied the paragraph (line {line_of(12)})"


async def test_y_with_no_quote_says_it_copied_the_marked_paragraph_instead(tmp_path):
    app = KijiApp([write_article(tmp_path, TEXT)])
    async with app.run_test(size=(80, 24)) as pilot:
        await analysed(app, pilot)
        app.view.scroll_to_line(line_of(3))
        await pilot.pause()
        assert marked(app)[1] == PARAGRAPHS[3]
        await pilot.press("y")
        assert app.clipboard == PARAGRAPHS[3]
        assert notices(app)[-1][0] == f"Copied the paragraph (line {line_of(3)}) (no quote selected)"


async def test_a_marked_quote_moves_the_mark_to_its_paragraph(tmp_path):
    app = KijiApp([write_article(tmp_path, TEXT)])
    async with app.run_test(size=(120, 35)) as pilot:
        await analysed(app, pilot)
        tree = app.query_one("#quotes")
        speaker = list(tree.root.children)[0]
        tree.focus()
        tree.move_cursor(speaker.children[7])
        await pilot.press("enter")
        await pilot.pause()
        quote = app.marked_quote[1]
        marks, text = marked(app)
        assert set(marks) == {"▌"} and text == app.view.pieces[app.view.piece_for_line(quote.block)].text
        await pilot.press("c")
        assert app.clipboard == text
