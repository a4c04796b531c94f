"""Person mentions: names from Sudachi tokens, titles as evidence, not part of the name."""

from __future__ import annotations

from tui.people import Mention, find_people, people_in
from tui.tokens import tokenize


def names(text: str) -> list[str]:
    return [m.name for m in people_in(text)]


def only(text: str) -> Mention:
    found = people_in(text)
    assert len(found) == 1, found
    return found[0]


def test_find_people_takes_the_tokens_it_is_given():
    text = "山田太郎氏が来た。"
    assert [m.name for m in find_people(text, tokenize(text))] == ["山田太郎"]


def test_surname_and_given_name_are_one_person():
    m = only("昨日、小池百合子氏が会見した。")
    assert (m.name, m.parts, m.title) == ("小池百合子", ("小池", "百合子"), "氏")


def test_name_span_indexes_the_text():
    text = "きょう前原誠司国土交通大臣が来た。"
    m = only(text)
    assert text[m.start : m.end] == "前原誠司"
    assert text[m.title_start : m.title_end] == "国土交通大臣"


def test_surname_with_honorific_is_a_mention():
    assert names("石丸氏は敗れた。") == ["石丸"]


def test_surname_with_title_is_a_mention():
    m = only("内村選手が優勝した。")
    assert (m.name, m.title) == ("内村", "選手")


def test_compound_title_after_name_is_not_part_of_name():
    m = only("山田一郎外務常任副大臣は語った。")
    assert (m.name, m.after) == ("山田一郎", "外務常任副大臣")


def test_katakana_name_joined_by_nakaguro_is_one_person():
    assert names("ジョン・スミス氏が来日した。") == ["ジョン・スミス"]


def test_katakana_name_with_parts_sudachi_does_not_know_is_whole():
    # Sudachi tags the invented parts as common nouns or unknown words
    m = only("ミン・クオック・トアン少将は述べた。")
    assert m.name == "ミン・クオック・トアン"
    assert m.parts == ("ミン", "クオック", "トアン")


def test_katakana_name_joined_by_double_hyphen_is_one_person():
    assert names("アレクサンドル＝デュマ氏の作品。") == ["アレクサンドル＝デュマ"]


def test_title_before_and_after_a_name_are_both_kept():
    m = only("国防大臣ジョン・スミス将軍が演説した。")
    assert (m.name, m.before, m.after) == ("ジョン・スミス", "国防大臣", "将軍")
    assert m.titles == ("国防大臣", "将軍")


def test_long_organisation_title_before_a_name_is_a_title():
    m = only("国連開発計画部長ジョン・スミス氏は語った。")
    assert (m.name, m.before) == ("ジョン・スミス", "国連開発計画部長")


def test_unknown_katakana_word_before_a_title_is_a_person():
    assert names("ズマ大統領が発表した。") == ["ズマ"]


def test_given_name_that_is_a_common_word_needs_evidence():
    assert names("正義のために戦う。") == []


def test_given_name_that_is_a_common_word_with_honorific_is_a_person():
    assert names("正義さんが来た。") == ["正義"]


def test_katakana_name_that_is_a_common_word_needs_evidence():
    assert names("次のマイルストーンである条約発効に向かう。") == []


def test_given_name_after_a_relation_is_a_person():
    m = only("選手の父・和久さんが喜んだ。")
    assert (m.name, m.title) == ("和久", "さん")


def test_unambiguous_surname_alone_is_a_person():
    assert names("盛岡大付の平松が投げ切った。") == ["平松"]


def test_place_and_organisation_names_are_not_people():
    assert names("東京都とトヨタ自動車が協定を結んだ。ジャカルタ・ポスト紙によれば") == []


def test_two_people_in_a_list_stay_apart():
    assert names("小池百合子氏と、蓮舫氏が争った。") == ["小池百合子", "蓮舫"]


def test_title_glued_to_a_parenthesis_still_counts():
    m = only("マックス・ウィットロック選手（イギリス）も述べた。")
    assert (m.name, m.title) == ("マックス・ウィットロック", "選手")
