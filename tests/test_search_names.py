"""Search for names as readers type them: romaji read as kana (koike finds 小池)
and the kanji variants common in names (髙橋 = 高橋, 渡邉 = 渡辺) as one form."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tui.cli import main
from tui.search import (MAX_LONG_VOWEL_READINGS, SearchIndex, fold, fold_map, long_vowel_readings, query_keys,
                        reading_query, romaji_kana)
from tui.text import NAME_VARIANTS, VARIATION_SELECTORS, fold_variants, parse

TEXT = "小池百合子知事は15日、会見を開いた。髙橋一郎さんと渡邉花子さんも出席した。\n\n齋藤健太議員は「支える」と述べた。﨑山さんも同席した。\n"


def found(query: str, text: str = TEXT) -> list[tuple[str, str]]:
    return [(m.text, m.how) for m in SearchIndex.build(parse(text)).search(query)]


# --- romaji -------------------------------------------------------------------------


@pytest.mark.parametrize(("query", "kana"), [
    ("koike", "こいけ"), ("Koike", "こいけ"), ("shimbun", "しんぶん"), ("kan'ichi", "かんいち"), (" abe ", "あべ"),
])
def test_romaji_reads_as_kana(query, kana):
    assert romaji_kana(query) == kana


@pytest.mark.parametrize("query", ["UN", "NHK", "nhk", "mcdonalds", "a", "koike1", "小池", "こいけ", "ko ike"])
def test_acronyms_left_over_consonants_and_non_latin_are_not_romaji(query):
    assert romaji_kana(query) is None


def test_romaji_query_finds_the_name_by_its_reading():
    assert found("koike") == [("小池", "reading")]


def test_the_reading_mode_searches_kana_as_typed_and_romaji_as_kana():
    assert (reading_query("こいけ"), reading_query("コイケ"), reading_query("koike"), reading_query("小池")) == (
        "こいけ", "こいけ", "こいけ", "")


def test_a_library_picks_articles_for_a_romaji_query_by_its_reading():
    assert query_keys("koike").reading == "こいけ"


def test_kiji_search_takes_romaji(tmp_path, capsys):
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    assert main(["search", "koike", str(path), "--json"]) == 0
    assert [(m["text"], m["how"]) for m in json.loads(capsys.readouterr().out)["matches"]] == [("小池", "reading")]


PLACES = "東京と大阪で会議が開かれた。佐藤優子さんと大野浩一さんが出席した。\n"


@pytest.mark.parametrize(("query", "name"), [
    ("tokyo", "東京"), ("osaka", "大阪"), ("yuko", "優子"), ("ono", "大野"), ("sato", "佐藤"),
    ("toukyou", "東京"), ("Tokyo", "東京"),
])
def test_romaji_finds_names_whose_long_vowels_it_leaves_out_as_hepburn_does(query, name):
    assert found(query, PLACES) == [(name, "reading")]


def test_long_vowels_are_tried_after_o_and_u_sounds_only_where_not_written():
    tokyo = long_vowel_readings("tokyo")
    assert "とうきょう" in tokyo and "とおきょ" in tokyo and "ときょ" not in tokyo  # as typed: reading_query's
    assert long_vowel_readings("toukyou") == () and long_vowel_readings("yamada") == ()
    assert long_vowel_readings("koike") == ("こういけ", "こおいけ")
    assert long_vowel_readings("UN") == () and long_vowel_readings("東京") == ()


def test_a_match_found_by_a_long_vowel_says_which_reading_it_was_found_by():
    hits = SearchIndex.build(parse("東京と大阪、ときょの会合と小池さん。\n")).find("tokyo")
    read = {hits.locate(h)[1:]: (h.how, hits.read_as(h)) for h in (hits.first(), hits.last())}
    assert read == {(0, 2): ("reading", "とうきょう"), (6, 9): ("reading", None)}  # ときょ: the query's own reading
    osaka = SearchIndex.build(parse(PLACES)).find("osaka")
    assert osaka.read_as(osaka.first()) == "おおさか"
    koike = SearchIndex.build(parse(TEXT)).find("koike")
    assert koike.first().how == "reading" and koike.read_as(koike.first()) is None  # the query's own: こいけ


def test_a_long_romaji_query_has_a_bounded_number_of_readings():
    many = long_vowel_readings("tokyotoyokohamaosakakobenagoyakyoto")
    assert 1 <= len(many) <= MAX_LONG_VOWEL_READINGS
    assert "とうきょうとうようこうはまおうさかこうべなごうやきょうとう" in many  # every o long, with う


def test_the_library_finds_a_romaji_name_by_its_long_vowels_as_each_article_alone_does(tmp_path):
    from tui.library import Cache, Library

    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "a.txt").write_text("会議\n\n" + PLACES, encoding="utf-8")
    (folder / "b.txt").write_text("会議\n\nときょの会合が開かれた。北浜市で議論した。\n", encoding="utf-8")
    (folder / "c.txt").write_text("会議\n\n北浜市で議論が続いた。\n", encoding="utf-8")
    assert query_keys("tokyo").reading == "ときょ" and "とうきょう" in query_keys("tokyo").reading_variants
    with Library.open([folder], cache=Cache.open(tmp_path / "cache")) as library:
        library.analyse(jobs=0).wait()
        found_in = {Path(h.row.path).name: [m.text for m in h.matches] for h in library.search("tokyo")}
        alone = {p.name: [m.text for m in SearchIndex.build(parse(p.read_text(encoding="utf-8"))).search("tokyo")]
                 for p in sorted(folder.glob("*.txt"))}
        assert found_in["a.txt"] == ["東京"] and "c.txt" not in found_in
        assert found_in == {name: texts for name, texts in alone.items() if texts}


# --- kanji variants -----------------------------------------------------------------


@pytest.mark.parametrize(("typed", "written"), [
    ("高橋", "髙橋"), ("渡辺", "渡邉"), ("斉藤", "齋藤"), ("斎藤", "齋藤"), ("崎山", "﨑山"),
])
def test_literal_search_folds_name_variants(typed, written):
    assert found(typed) == [(written, "literal")]


@pytest.mark.parametrize(("a", "b"), [
    ("渕", "淵"), ("斉", "斎"), ("斎", "齋"), ("髙", "高"), ("﨑", "崎"), ("澤", "沢"), ("濱", "浜"), ("邊", "辺"), ("邉", "辺"),
])
def test_each_variant_pair_of_the_issue_folds_to_one_form(a, b):
    assert fold(a) == fold(b)


def test_variants_fold_one_character_to_one():
    assert all(len(k) == len(v) == 1 for k, v in NAME_VARIANTS.items())
    text = "".join(NAME_VARIANTS)
    assert len(fold_variants(text)) == len(text)


def test_reading_search_reads_a_name_sudachi_knows_only_in_its_common_form():
    assert found("たかはし") == [("髙橋", "reading")]
    assert found("さきやま") == [("﨑山", "reading")]
    assert found("takahashi") == [("髙橋", "reading")]


def test_a_variation_selector_is_the_same_character_for_search():
    text = "葛\U000E0100飾区の辻\U000E0100さん。"
    assert found("葛飾区", text) == [("葛\U000E0100飾区", "literal")]
    assert found("辻さん", text) == [("辻\U000E0100さん", "literal")]


_NAMEY = st.text(st.sampled_from(list(NAME_VARIANTS) + ["高", "辺", "ｶ", "ﾞ", "\U000E0100", "\ufe00", "a", "あ", "㌔", "e", "\u0301"]), max_size=40)


@settings(max_examples=300, deadline=None)
@given(_NAMEY)
def test_fold_map_stays_exact_with_variants_and_selectors(text):
    folded, starts, ends = fold_map(text)
    assert folded == fold(text)
    if starts is None:
        assert len(folded) == len(text)
        return
    assert len(starts) == len(folded)
    covered = set()
    for i, ch in enumerate(folded):
        # each folded character comes from a span of the original that folds to it, in order
        assert ch in fold(text[starts[i] : ends[i]])
        assert i == 0 or starts[i] >= starts[i - 1]
        covered.update(range(starts[i], ends[i]))
    # what no folded character stands for is only what folding drops: variation selectors
    assert all(VARIATION_SELECTORS.match(text[j]) for j in range(len(text)) if j not in covered)
