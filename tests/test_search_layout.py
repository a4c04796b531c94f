"""The word index's compact layout answers as the plain one did: readings one
byte a character (and as they are when an article uses too many distinct
characters), token lengths past a byte, postings in one array."""

from __future__ import annotations

import pickle

from tui.search import SearchIndex
from tui.search.codes import ReadingCodes
from tui.search.flat import Runs
from tui.text import parse

# unknown words are read as written: Latin letters with diacritics and
# Cyrillic ones, each a word between spaces, are some 200 distinct characters
MANY_SCRIPTS = " ".join(chr(c) for r in ((0x100, 0x250), (0x410, 0x460)) for c in range(*r))


def index_of(text: str) -> SearchIndex:
    return SearchIndex.build(parse(f"見出し\n\n{text}\n", path="<test>"))


def test_readings_are_one_byte_a_character_and_read_back_as_hiragana():
    index = index_of("国連の総会で署名した。")
    fine = index.words._fine
    assert fine.coded.isascii() is False and max(fine.coded) < "\u0100"
    assert "こくれん" in fine.reading and "しょめい" in fine.reading
    assert [(m.text, m.how) for m in index.search("こくれん")] == [("国連", "reading")]
    assert [(m.text, m.how) for m in index.search("しょめいする")] == [("署名した", "reading")]


def test_a_kana_no_reading_holds_finds_nothing():
    index = index_of("国連の総会で署名した。")
    assert index.search("ゔぁ") == []


def test_too_many_distinct_characters_keeps_readings_as_they_are():
    index = index_of(f"{MANY_SCRIPTS} 国連の総会で署名した。")
    fine = index.words._fine
    assert fine.codes.raw and fine.coded == fine.reading
    assert [(m.text, m.how) for m in index.search("こくれん")] == [("国連", "reading")]
    assert [(m.text, m.how) for m in index.search("しょめいする")] == [("署名した", "reading")]


def test_codes_read_back_after_pickling():
    codes = ReadingCodes()
    coded = codes.encode("こくれんー")
    again = pickle.loads(pickle.dumps(codes))
    assert again.decode(coded) == "こくれんー" and again.query("れん") == codes.query("れん") != "れん"
    assert again.query("ぬ") is None


def test_a_word_longer_than_a_byte_ends_where_it_ends():
    long = "x" * 300
    index = index_of(f"{long}は国連です。")
    spans = index.words.spans(long)
    block = index.text.blocks[0]
    assert [(s - index.text.bases[0], e - index.text.bases[0]) for s, e in zip(spans.starts, spans.ends)] == [(0, 300)]
    assert block.text.startswith(long)
    assert [(m.start, m.end) for m in index.search("こくれん")] == [(301, 303)]


def test_postings_list_every_position_of_each_key_in_order():
    keys = [3, 0, 3, 1, 3, 0]
    from array import array

    runs = Runs.positions(array("H", keys))
    assert [list(runs.get(k, ())) for k in range(4)] == [[1, 5], [3], [], [0, 2, 4]]
    assert [runs.count(k) for k in range(5)] == [2, 1, 0, 3, 0] and runs.get(9, ()) == ()
