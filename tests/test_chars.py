"""Character classes shared by the core modules (tui.text.chars)."""

from __future__ import annotations

from tui.text import SENTENCE_ENDS, is_hiragana, is_kana, is_kanji, is_katakana, katakana_to_hiragana
from tui.analysis.tokens import SENTENCE_BREAKS


def test_tokenizer_breaks_are_the_sentence_ends_and_the_line_break():
    assert SENTENCE_BREAKS == SENTENCE_ENDS + "\n"


def test_katakana_names_allow_the_long_vowel_mark_but_not_the_name_separator():
    assert is_katakana("ルーシー") and not is_katakana("アン・ナ") and not is_katakana("")


def test_hiragana_words_are_hiragana_and_katakana_is_not():
    assert is_hiragana("こと") and not is_hiragana("コト") and not is_hiragana("")


def test_kanji_with_iteration_marks_is_kanji():
    assert is_kanji("佐々木") and is_kanji("霞ヶ関") and not is_kanji("山田さん")


def test_kana_covers_both_syllabaries():
    assert is_kana("ひらカタ") and not is_kana("かな漢字")


def test_katakana_is_written_as_hiragana_and_the_rest_is_kept():
    assert katakana_to_hiragana("ヴァイオリンとABC") == "ゔぁいおりんとABC"
