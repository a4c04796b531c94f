"""visible(): article text printed on a terminal can never drive it."""

from tui.text import visible


def test_escape_becomes_a_visible_symbol():
    assert visible("a\x1b[31mb") == "a␛[31mb"


def test_other_c0_controls_become_control_pictures():
    assert visible("\x00\x07\t\n\r") == "␀␇␉␊␍"


def test_delete_becomes_a_visible_symbol():
    assert visible("\x7f") == "␡"


def test_c1_controls_become_hex_escapes():
    assert visible("\x9b2J\x85") == "\\x9b2J\\x85"


def test_bidi_overrides_and_line_separators_become_escapes():
    assert visible("a\u202eb\u2028c") == "a\\u202eb\\u2028c"


def test_ordinary_japanese_text_is_unchanged():
    text = "ハノイ条約、２，５００人。「技術は人々のために」"
    assert visible(text) == text
