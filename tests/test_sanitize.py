"""visible(): article text, file names and queries printed on a terminal can never drive it."""

import json
import os

from tui.text import as_text, to_json, visible


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


def test_an_undecodable_byte_of_a_file_name_becomes_a_hex_escape():
    name = os.fsdecode(b"\x93\xfa\x96{.txt")  # 日本.txt in Shift_JIS, under a UTF-8 locale
    assert visible(name) == "\\x93\\xfa\\x96{.txt"
    assert as_text(name) == "\\x93\\xfa\\x96{.txt"
    visible(name).encode("utf-8")  # no lone surrogate left: it can be written anywhere


def test_as_text_keeps_control_characters_for_the_writers_that_escape_them():
    assert as_text("a\x1bb\udcffc") == "a\x1bb\\xffc"


def test_json_writes_an_undecodable_byte_as_the_text_of_its_escape_and_controls_as_json_escapes():
    name = "a\x1b]0;t\x07\n\udcff.txt"
    out = to_json({"path": name}, indent=None)
    assert out == '{"path":"a\\u001b]0;t\\u0007\\n\\\\xff.txt"}'
    assert json.loads(out) == {"path": "a\x1b]0;t\x07\n\\xff.txt"}


def test_char_class_matches_exactly_its_characters():
    import re

    from tui.text import REPLACED, char_class

    for chars in (REPLACED, {"a", "b", "c", "e", "]", "-", "^", "\\"}, {"\u3042"}):
        pattern = re.compile(char_class(chars))
        wanted = {ord(ch) for ch in chars}
        # every character of the set, and every neighbour of one (where a range could overreach)
        probes = wanted | {c + d for c in wanted for d in (-1, 1) if 0 <= c + d < 0x110000} | set(range(0x80))
        assert {c for c in probes if pattern.fullmatch(chr(c))} == wanted
