"""Kinsoku line breaking (tui/wrap.py)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tui.text.kinsoku import NO_END, NO_START, SPACES, can_break, line_width, wrap


def lines_of(text: str, width: int) -> list[str]:
    return [text[s:e] for s, e in wrap(text, width)]


def test_short_text_is_one_line():
    assert lines_of("ハノイ条約", 20) == ["ハノイ条約"]


def test_empty_text_is_one_empty_line():
    assert wrap("", 10) == [(0, 0)]


def test_wide_characters_fill_two_cells_each():
    assert lines_of("あいうえおかきくけこ", 10) == ["あいうえお", "かきくけこ"]


def test_odd_width_leaves_a_cell_rather_than_splitting_a_wide_character():
    assert lines_of("あいうえお", 5) == ["あい", "うえ", "お"]


def test_comma_does_not_start_a_line():
    # 5 wide characters fit in 10 cells; the 6th is 、 and must not lead a line
    lines = lines_of("あいうえお、かきくけこ", 10)
    assert lines == ["あいうえ", "お、かきく", "けこ"]


def test_full_stop_and_closing_bracket_do_not_start_a_line():
    lines = lines_of("「こんにちは」。さようなら", 14)
    assert all(line[0] not in NO_START for line in lines)


def test_small_kana_and_prolonged_mark_do_not_start_a_line():
    for text in ("サイバーセキュリティ", "ちょっとまって", "ジャーナリスト"):
        for width in range(6, 12):  # narrower lines can leave no allowed break
            for line in lines_of(text, width)[1:]:
                assert line[0] not in NO_START, (text, width, line)


def test_opening_bracket_does_not_end_a_line():
    lines = lines_of("あいうえ「かきくけこ」", 10)
    assert lines[0] == "あいうえ"
    assert all(line[-1] not in NO_END for line in lines)


def test_latin_words_are_kept_whole():
    assert lines_of("hello world again", 12) == ["hello world", "again"]


def test_number_with_separator_is_kept_whole():
    lines = lines_of("代表者は2,500人を超える", 10)
    assert any("2,500" in line for line in lines)


def test_word_longer_than_the_line_is_cut():
    lines = lines_of("https://example.com/a/very/long/path", 10)
    assert all(line_width(line, 0, len(line)) <= 10 for line in lines)
    assert "".join(lines) == "https://example.com/a/very/long/path"


def test_width_narrower_than_a_wide_character_still_progresses():
    assert lines_of("あい", 1) == ["あ", "い"]


japanese = st.text(
    alphabet=st.sampled_from(list("あいうえおかきくけこサイバーャュョッ漢字、。「」『』（）・…abc 12,")),
    max_size=80,
)


@settings(max_examples=300, deadline=None)
@given(text=japanese, width=st.integers(min_value=1, max_value=30))
def test_wrap_properties(text: str, width: int):
    spans = wrap(text, width)
    # the lines cover the text in order; only spaces are left out between them
    pos = 0
    for start, end in spans:
        assert start >= pos and all(ch in SPACES for ch in text[pos:start])
        assert start <= end
        pos = end
    assert all(ch in SPACES for ch in text[pos:])
    for start, end in spans:
        # never wider than the width, unless the line is one character
        assert line_width(text, start, end) <= width or end - start == 1
    for (start, end), (nstart, _) in zip(spans, spans[1:]):
        # every break obeys kinsoku, unless the line had no allowed break at all
        if not can_break(text, end):
            assert not any(can_break(text, p) for p in range(start + 1, end + 1))


@settings(max_examples=200, deadline=None)
@given(text=japanese, width=st.integers(min_value=4, max_value=30))
def test_lines_never_start_with_closing_or_end_with_opening_when_avoidable(text: str, width: int):
    spans = wrap(text, width)
    for (start, end), (nstart, nend) in zip(spans, spans[1:]):
        ok = can_break(text, end) or not any(can_break(text, p) for p in range(start + 1, end + 1))
        assert ok
        if can_break(text, end) and text[end:end + 1] not in SPACES:
            assert text[nstart] not in NO_START
            assert text[end - 1] not in NO_END


def test_a_space_before_closing_punctuation_is_not_a_way_round_the_rule():
    # breaking at the space would start the next line with 」
    lines = lines_of("あいう 」です", 8)
    assert all(line.lstrip()[:1] not in NO_START for line in lines[1:])
