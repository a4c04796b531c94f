"""Cutting a text to a width in cells: one ``…`` at the cut, no space before
it, never half a wide character, at most the width given."""

from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from tui.text import cells, cut, cut_middle


def test_a_text_that_fits_is_left_whole():
    assert cut("国連", 4) == "国連"
    assert cut_middle("photo.jpg", 9) == "photo.jpg"


def test_a_cut_ends_in_one_ellipsis_within_the_width():
    assert cut("ジョン・ブランドリーノ", 10) == "ジョン・…"
    assert cut("abcdefgh", 5) == "abcd…"


def test_a_wide_character_is_never_split():
    # 9 cells: four wide characters take 8, the ninth would need two
    assert cut("あいうえおか", 9) == "あいうえ…"
    assert cells(cut("あいうえおか", 9)) == 9
    assert cut("あいうえおか", 8) == "あいう…"
    assert cells(cut("あいうえおか", 8)) == 7  # one cell left for the caller to pad


def test_no_space_before_the_ellipsis():
    assert cut("ハノイ条約は、安全で 信頼できる", 22) == "ハノイ条約は、安全で…"
    assert cut("kiji reads news", 6) == "kiji…"
    assert cut("国連　会議", 6) == "国連…"


def test_tiny_widths():
    assert cut("国連", 1) == "…"
    assert cut("国連", 0) == ""
    assert cut("国連", 2) == "…"
    assert cut_middle("a.jpg", 0) == ""


def test_combining_marks_stay_with_their_letter():
    assert cut("e\u0301e\u0301e\u0301e\u0301", 3) == "e\u0301e\u0301…"


def test_middle_cut_keeps_the_extension():
    name = "z7157588517514_1471cc05946c11fe4159fc679254b7e4.jpg"
    short = cut_middle(name, 30)
    assert short.endswith("b7e4.jpg") and short.startswith("z71575885")
    assert short.count("…") == 1 and cells(short) == 30


def test_middle_cut_of_wide_names():
    short = cut_middle("東京都庁舎の写真その一.jpeg", 15)
    assert short.endswith(".jpeg") and "…" in short and cells(short) <= 15


@given(st.text(alphabet=st.sampled_from("aあ 　\u0301漢字.Zｶ"), max_size=40), st.integers(min_value=0, max_value=50))
@pytest.mark.parametrize("function", [cut, cut_middle])
def test_any_cut_is_within_the_width_and_marked_once(function, text, width):
    short = function(text, width)
    assert cells(short) <= max(width, 0)
    if cells(text) <= width:
        assert short == text
    elif width > 0:
        assert short.count("…") == 1
        assert not short.split("…")[0].endswith((" ", "\u3000"))
        if function is cut:
            assert text.startswith(short[:-1])


def test_styled_content_is_cut_the_same_way_its_styles_kept():
    from textual.content import Content

    from tui.app.header import cut_content

    content = Content.assemble(("国連の", "bold"), "会議 ", ("ハノイ", "italic"))
    short = cut_content(content, 12)
    assert short.plain == "国連の会議…" and short.spans[0].style == "bold"
    assert cut_content(content, 40) is content


@pytest.mark.parametrize("function", [cut, cut_middle])
def test_a_text_of_no_width_fits_in_no_width(function):
    assert function("\u0301", 0) == "\u0301"
    assert function("a", 0) == ""
