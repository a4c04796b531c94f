"""Person mentions: names from Sudachi tokens, titles as evidence, not part of the name."""

from __future__ import annotations

import pytest

from tui.analysis import Mention, find_people, people_in
from tui.analysis.tokens import tokenize


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
    m = only("昨日、高橋美咲氏が会見した。")
    assert (m.name, m.parts, m.title) == ("高橋美咲", ("高橋", "美咲"), "氏")


def test_name_span_indexes_the_text():
    text = "きょう森田健一環境大臣が来た。"
    m = only(text)
    assert text[m.start : m.end] == "森田健一"
    assert text[m.title_start : m.title_end] == "環境大臣"


def test_surname_with_honorific_is_a_mention():
    assert names("吉川氏は敗れた。") == ["吉川"]


def test_surname_with_title_is_a_mention():
    m = only("中島選手が優勝した。")
    assert (m.name, m.title) == ("中島", "選手")


def test_compound_title_after_name_is_not_part_of_name():
    m = only("山田一郎外務常任副大臣は語った。")
    assert (m.name, m.after) == ("山田一郎", "外務常任副大臣")


def test_katakana_name_joined_by_nakaguro_is_one_person():
    assert names("ジョン・スミス氏が来日した。") == ["ジョン・スミス"]


def test_katakana_name_with_parts_sudachi_does_not_know_is_whole():
    # Sudachi tags the invented parts as common nouns or unknown words
    m = only("ミン・クオック・タイン少将は述べた。")
    assert m.name == "ミン・クオック・タイン"
    assert m.parts == ("ミン", "クオック", "タイン")


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
    assert names("ムベキ大統領が発表した。") == ["ムベキ"]


def test_given_name_that_is_a_common_word_needs_evidence():
    assert names("正義のために戦う。") == []


def test_given_name_that_is_a_common_word_with_honorific_is_a_person():
    assert names("正義さんが来た。") == ["正義"]


def test_katakana_name_that_is_a_common_word_needs_evidence():
    assert names("次のマイルストーンである条約発効に向かう。") == []


def test_given_name_after_a_relation_is_a_person():
    m = only("選手の母・花子さんが喜んだ。")
    assert (m.name, m.title) == ("花子", "さん")


def test_unambiguous_surname_alone_is_a_person():
    assert names("相手の投手・平松が投げ切った。") == ["平松"]


def test_place_and_organisation_names_are_not_people():
    assert names("東京都とトヨタ自動車が協定を結んだ。ジャカルタ・ポスト紙によれば") == []


def test_two_people_in_a_list_stay_apart():
    assert names("高橋美咲氏と、森田健一氏が争った。") == ["高橋美咲", "森田健一"]


def test_title_glued_to_a_parenthesis_still_counts():
    m = only("ピーター・ウィットフィールド選手（カナダ）も述べた。")
    assert (m.name, m.title) == ("ピーター・ウィットフィールド", "選手")


def test_name_glued_into_an_award_or_place_is_not_a_person():
    assert names("ノーベル平和賞を受賞した。富士見坂団地前で降りた。") == []


def test_unknown_given_name_closed_by_a_parenthesis_joins_the_surname():
    m = only("委員は中川典巳（大学教授）である。")
    assert (m.name, m.parts) == ("中川典巳", ("中川", "典巳"))


def test_plural_honorific_after_a_list_of_names():
    assert names("高橋、森田両氏が出馬した。") == ["高橋", "森田"]


def test_name_before_an_affiliation_in_brackets_is_a_person_though_read_as_common_words():
    # Sudachi reads 野村 as a proper noun (the company) and 真珠 as a common noun
    assert names("委員\n野村真珠（全国婦人連盟理事）") == ["野村真珠"]


def test_proper_noun_and_word_before_a_place_in_brackets_is_not_a_person():
    assert names("野村証券（東京）は発表した。") == []


def test_surname_after_batting_order_is_a_player():
    assert names("3回に2番・石垣の3ランで先制した。") == ["石垣"]


def test_surname_after_a_school_team_is_a_player():
    assert names("延長12回、明星学園・石垣の打球が遊撃手の失策を誘った。") == ["石垣"]


def test_position_after_batting_order_is_not_a_player():
    assert names("1番・中堅の起用が当たった。") == []


def test_name_glued_inside_an_organisation_before_a_title_is_not_a_person():
    assert names("日本福音基督教団牧師の話。") == []


def test_title_sudachi_cuts_into_two_words_still_follows_the_name():
    m = only("国連のアルバレス事務総長が演説した。")
    assert (m.name, m.title) == ("アルバレス", "事務総長")


def test_accused_in_a_court_report_is_a_title_not_part_of_the_name():
    m = only("殺人罪に問われた無職、木下一夫被告（40）の判決があった。")
    assert (m.name, m.title) == ("木下一夫", "被告")
    assert (only("木下被告は起訴内容を認めた。").name) == "木下"


# --- Chinese and Korean names, and a title after a ・ --------------------------


def test_chinese_given_name_read_as_a_place_joins_the_family_name():
    m = only("鄭永平氏が会見した。")  # 鄭 and 永平 both proper nouns of places
    assert (m.name, m.parts, m.title) == ("鄭永平", ("鄭", "永平"), "氏")


def test_chinese_given_name_read_as_a_common_word_joins_before_an_honorific():
    assert (only("周海洋氏が会見した。").name) == "周海洋"


def test_common_word_after_a_family_name_character_before_a_title_is_no_name():
    assert names("全加盟国代表が集まった。") == []
    assert "韓政府" not in names("韓政府報道官が述べた。")  # 韓 for Korea, 政府 a common word


def test_given_name_sudachi_misreads_as_one_word_gets_its_last_character():
    m = only("金正民氏が会見した。")  # 金正 read as a given name, 民 as a suffix
    assert (m.name, m.parts) == ("金正民", ("金", "正民"))


def test_name_the_dictionary_knows_keeps_the_prefix_of_its_title_out():
    m = only("王明副報道局長が会見した。")
    assert (m.name, m.title) == ("王明", "副報道局長")


def test_honorific_closes_a_chinese_name_cut_into_characters():
    assert only("趙立堅氏が会見した。").name == "趙立堅"


def test_title_cut_into_words_closes_a_korean_name():
    assert only("金正恩総書記が視察した。").name == "金正恩"


def test_title_after_a_nakaguro_is_the_names_title():
    m = only("山田太郎・外相が会見した。")
    assert (m.name, m.title) == ("山田太郎", "外相")
    assert only("鄭永平・外相が会見した。").name == "鄭永平"


def test_president_of_taiwan_is_a_title():
    assert only("林一平総統が演説した。").title == "総統"


def test_offices_joined_by_a_nakaguro_inside_a_title_are_one_title():
    m = only("北浜市のジョン・コール海洋・環境担当特使が来た。")
    assert (m.name, m.title) == ("ジョン・コール", "海洋・環境担当特使")


def test_a_nakaguro_after_a_title_does_not_join_the_next_name():
    assert [(m.name, m.title) for m in people_in("山田太郎外相・鈴木一郎財務相が来た。")] == [
        ("山田太郎", "外相"), ("鈴木一郎", "財務相")
    ]


def test_a_surname_read_as_a_place_before_a_given_name_and_a_title_is_a_name():
    # 石動 is also a town: Sudachi reads the place; 正和 is listed as a given name too
    m = only("石動正和首相が会見した。")
    assert (m.name, m.parts, m.title) == ("石動正和", ("石動", "正和"), "首相")
    assert only("石動太郎氏が来た。").name == "石動太郎"


def test_a_surname_read_as_a_place_is_the_person_again_with_an_honorific_after_their_full_name():
    assert [(m.name, m.parts) for m in people_in("桐ヶ谷修さんは欠席した。桐ヶ谷さんは喜んだ。")] == [
        ("桐ヶ谷修", ("桐ヶ谷", "修")), ("桐ヶ谷", ("桐ヶ谷",))]
    assert names("桐ヶ谷さんは喜んだ。") == []  # before any full name: a place
    assert names("桐ヶ谷修さんは欠席した。桐ヶ谷は晴れた。") == ["桐ヶ谷修"]  # no honorific: the place


def test_a_place_and_a_given_name_with_no_title_are_no_name():
    assert names("石動正和が会見した。") == []


def test_a_place_before_a_word_and_a_title_is_no_name():
    assert names("札幌中央区長が会見した。") == []  # 中央: no given name
    assert names("大阪光会長が会見した。") == []  # 光: a given name too, but read as a common word of one kanji
    assert names("奈良大和会長が会見した。") == []  # 大和: a given name too, but read as a place
    assert names("名古屋名鉄社長が会見した。") == []  # 名鉄: a proper noun, no given name



def test_a_surname_read_as_a_place_before_a_given_name_cut_into_pieces_and_a_title_is_a_name():
    # in its sentence Sudachi cuts 直人 into 直 + 人; together they are a given name
    text = "あさひ野リサーチの湊川直人アナリストは「価格はまだ高い」とみる。"
    assert [(m.name, m.parts, m.title) for m in people_in(text)] == [("湊川直人", ("湊川", "直人"), "アナリスト")]


def test_a_surname_read_as_a_place_before_a_hiragana_given_name_and_an_honorific_is_a_name():
    assert [(m.name, m.parts) for m in people_in("浜松ひかりさんが来た。")] == [("浜松ひかり", ("浜松", "ひかり"))]
    # 選手 and an age: then 汐見選手 is the same person again
    assert names("汐見かれん選手（24）が優勝した。汐見選手は喜んだ。") == ["汐見かれん", "汐見"]


def test_a_surname_before_a_hiragana_given_name_that_is_a_word_and_an_honorific_is_a_name():
    # こころ is a common word to Sudachi (心); 松尾 is a surname (in a sentence, a proper noun)
    text = "福岡市から移住してきた松尾こころさん（12）。こころさんは笑った。"
    assert [(m.name, m.parts) for m in people_in(text)][:1] == [("松尾こころ", ("松尾", "こころ"))]
    assert names("松尾まつり会長が来た。") == []  # a title alone is not enough


def test_a_surname_read_as_a_common_word_before_a_given_name_and_a_title_is_a_name():
    # 葦原 is a common word to Sudachi (a reed plain); 惟人 only a given name
    assert names("北浜大学の葦原惟人特任教授が受賞した。葦原氏は喜んだ。") == ["葦原惟人", "葦原"]


def test_a_common_word_ending_a_compound_before_a_given_name_is_no_surname():
    assert names("北浜大学の葦原惟人が受賞した。") == []  # no title: no evidence
    assert "葦原惟人" not in names("大学葦原惟人教授が来た。")  # 葦原 ends a compound (大学葦原)


def test_a_surname_read_as_a_place_before_a_hiragana_given_name_and_an_age_is_a_name():
    # sport pages write an athlete with no title: 瀬名川あかり（28）; then 瀬名川 alone
    assert names("女子やり投げで瀬名川あかり（28）が優勝した。瀬名川さんは喜んだ。") == ["瀬名川あかり", "瀬名川"]


def test_a_place_before_hiragana_and_a_title_without_an_age_is_no_name():
    assert names("神戸まつり会長が来た。") == []  # the chair of a festival
    assert names("汐見かれん選手が優勝した。") == []
    assert names("福岡からさんが来た。") == []  # a particle is no name

# --- heldout9: names of foreign people --------------------------------------------------------


def test_a_katakana_name_before_a_post_kiji_does_not_know_is_a_person():
    # 最高法務責任者 is no known title, but ends as a post does (者)
    assert names("同社のエミリー・チャン最高法務責任者も投稿した。") == ["エミリー・チャン"]


def test_a_katakana_name_whose_last_part_sudachi_reads_as_a_prefix_is_a_person():
    # ハク is a prefix to Sudachi; joined by ・ and before a title it is a name's part
    assert names("病院で治療に当たるナスリン・ハク医師は答えた。") == ["ナスリン・ハク"]


def test_katakana_parts_read_as_places_joined_and_honoured_are_a_name():
    assert names("同国の作家、オリンダ・バルカルセ氏が死去した。") == ["オリンダ・バルカルセ"]
    assert names("ロサンゼルス・サンフランシスコ間を走る。") == []  # places, no honorific


def test_katakana_parts_sudachi_knows_nothing_of_joined_by_a_dot_are_a_name():
    # センター、ママドゥ・ディアロが: no title, no known part, but nothing else either
    assert names("セネガル出身のセンター、ママドゥ・ディアロが20得点と奮闘した。") == ["ママドゥ・ディアロ"]
    assert names("トンガ出身のNo.8シオネ・ヴァイプルがトライを挙げた。") == ["シオネ・ヴァイプル"]  # after a number


@pytest.mark.parametrize("text", ["同国の有力紙ガゼタ・ヴィスワのインタビューに答えた。",  # after its kind (紙)
                                  "台湾の蕭文傑（シャオ・ウェンジエ）さんが来た。"])  # a reading in brackets
def test_unknown_katakana_parts_after_a_kind_or_as_a_reading_are_no_name_of_their_own(text):
    assert "ガゼタ・ヴィスワ" not in names(text) and "シャオ・ウェンジエ" not in names(text)


def test_a_katakana_name_glued_to_a_noun_that_is_no_post_is_no_person():
    # エミリー・チャン記念館: a name inside a building's
    assert names("エミリー・チャン記念館が開館した。") == []


def test_a_name_with_a_middle_initial_is_one_person():
    assert names("ジェームズ・L・カートライト財務長官は述べた。") == ["ジェームズ・L・カートライト"]
    assert names("ジョン・Ｆ・ケネディ大統領が演説した。") == ["ジョン・Ｆ・ケネディ"]


def test_a_letter_after_a_name_with_no_name_after_it_is_no_initial():
    # ・A then a kanji word: a list (ジェームズ氏・A案), not a middle initial
    assert "ジェームズ・A" not in names("ジェームズ氏はジェームズ・A案を示した。")


def test_a_letter_after_a_dot_with_no_katakana_name_after_it_is_no_initial():
    # ・A then さん: no ・ and katakana after the letter, so no middle initial
    assert "ジェームズ・A" not in names("ジェームズ・Aさんが来た。")


def test_a_surname_and_a_katakana_given_name_with_an_honorific_are_one_person():
    # ミナ is 人名 in Sudachi but not 名 (given name): the honorific says it is one
    m = only("作家の篠塚ミナさんは、選考会の後に投稿した。")
    assert (m.name, m.parts, m.title) == ("篠塚ミナ", ("篠塚", "ミナ"), "さん")


def test_a_surname_and_a_katakana_given_name_before_a_title_are_one_person():
    assert names("鈴木エリカ監督は語った。") == ["鈴木エリカ"]


def test_a_surname_and_a_katakana_given_name_before_an_age_are_one_person():
    assert names("山田ハナ（82）は話した。") == ["山田ハナ"]


def test_a_surname_and_a_katakana_given_name_with_nothing_after_are_no_person():
    # with no honorific, title or bracket the katakana may be a word or another name's part
    assert names("山田ハナは話した。") == []


def test_a_market_commentators_post_after_a_name_is_a_title():
    m = only("鈴木花子チーフエコノミストは、景気は回復すると述べた。")
    assert (m.name, m.title) == ("鈴木花子", "チーフエコノミスト")
    assert names("山田太郎アナリストは語った。") == ["山田太郎"]
    assert names("田中一郎ストラテジストは語った。") == ["田中一郎"]


def test_a_part_of_a_foreign_name_read_as_a_place_is_the_person_again_with_a_title():
    # バルディビア is also a city in Chile
    text = "エルネスト・バルディビア元経済相が勝った。バルディビア氏は演説した。バルディビアは港町だ。"
    assert [(m.name, m.title) for m in people_in(text)] == [("エルネスト・バルディビア", "元経済相"), ("バルディビア", "氏")]
    assert names("バルディビア氏は演説した。") == []  # no full name before: a place


def test_a_name_with_its_seat_in_brackets_is_a_company_not_a_person():
    assert names("マクレラン（東京都渋谷区）は3日、発表した。") == []
    assert names("マクレラン（本社・大阪市北区）は3日、発表した。") == []
    assert names("マクレラン（45）は3日、発表した。") == ["マクレラン"]  # an age: a person
    assert names("マクレラン（ジャマイカ）は3日、発表した。") == ["マクレラン"]  # a country: a player


def test_posts_written_in_latin_letters_are_titles():
    # ヘッドコーチ（HC）, as basketball and rugby reports shorten it; a part Sudachi reads as a common noun
    assert names("湘南のマルコ・ベルトラミHCは敗戦を認めた。") == ["マルコ・ベルトラミ"]
    assert names("同社のジョン・ベルトラミCFOが説明した。") == ["ジョン・ベルトラミ"]


@pytest.mark.parametrize("title", ["課長補佐", "部長代理", "社長代行"])
def test_a_deputys_title_after_a_name_is_a_title(title):
    # 補佐, 代理, 代行 after a post: an unknown noun glued after a name would make it no name
    assert [(m.name, m.title) for m in people_in(f"府警捜査課の高岡咲良{title}は説明した。")] == [("高岡咲良", title)]


def test_a_deputys_office_is_its_own_not_the_posts():
    from tui.analysis import title_head

    assert (title_head("課長補佐"), title_head("捜査課長補佐"), title_head("課長")) == ("課長補佐", "課長補佐", "課長")


def test_the_surname_of_a_full_name_read_as_a_place_alone_is_still_a_name_with_a_title():
    # 高岡 is 姓 before 咲良, a place (高岡市) before 課長補佐 alone
    text = "捜査課の高岡咲良課長補佐は説明した。高岡課長補佐は注意を呼びかけた。"
    assert [m.name for m in people_in(text)] == ["高岡咲良", "高岡"]


def test_a_vice_principal_is_a_title():
    assert [(m.name, m.title) for m in people_in("同校の浜田一郎教頭が説明した。")] == [("浜田一郎", "教頭")]


def test_a_country_after_a_katakana_name_starts_its_title():
    # ケオ・ラタナー・カンボジア政府報道官: カンボジア is the government's, not a part of the name
    found = [(m.name, m.title) for m in people_in("ケオ・ラタナー・カンボジア政府報道官は述べた。")]
    assert found == [("ケオ・ラタナー", "カンボジア政府報道官")]


@pytest.mark.parametrize("title", ["棋聖", "王将", "新棋王", "碁聖"])
def test_shogi_and_go_titles_are_titles(title):
    assert [(m.name, m.title) for m in people_in(f"対局後、久我奏多{title}が会見した。")] == [("久我奏多", title)]


@pytest.mark.parametrize("text, post", [("三雲紗希・翠嶺大学准教授は評価した。", "翠嶺大学准教授"),
                                        ("砂川和彦・日本地雷ゼロ基金理事長が述べた。", "日本地雷ゼロ基金理事長")])
def test_a_full_name_then_a_dot_then_where_they_work_and_their_post(text, post):
    # 翠 is a given name to Sudachi; inside the affiliation it names no one
    assert [(m.name, m.title) for m in people_in(text)] == [(text[:4], post)]


@pytest.mark.parametrize("post", ["プロデューサー", "アナウンサー", "脚本家", "声優"])
def test_posts_of_broadcasting_and_the_stage_are_titles(post):
    assert [(m.name, m.title) for m in people_in(f"三輪奈緒{post}によると、脚本は書き直された。")] == [("三輪奈緒", post)]


def test_a_foreign_name_of_common_words_joined_and_given_an_age_is_a_person():
    # カラム (a column), ホワイト + フィールド: words to Sudachi; the ・ and the age make a name
    assert names("決勝に出場したカラム・ホワイトフィールド（21）が優勝した。") == ["カラム・ホワイトフィールド"]
    assert names("決勝ではカラム・ホワイトフィールドが話題になった。") == []  # no age: a phrase of words


def test_the_part_of_a_name_found_before_is_the_person_again_unless_it_is_a_word():
    text = "カラム・ホワイトフィールド（21）が優勝した。ホワイトフィールドは喜んだ。ホワイトの帽子が人気だ。"
    assert names(text) == ["カラム・ホワイトフィールド", "ホワイトフィールド"]


@pytest.mark.parametrize("text", ["英国のEVメーカー、ハルステッド・モーターズは撤退すると発表した。",
                                  "メーカーのアトラス・スポーツは契約を続けると発表した。"])
def test_a_katakana_name_ending_in_a_company_word_is_no_person(text):
    # アトラス is a given name to Sudachi; スポーツ, モーターズ end a company's name
    assert names(text) == []


def test_a_katakana_name_glued_to_a_town_is_a_team_not_a_person():
    # 金沢 + サンダー + バーズ: Sudachi reads the katakana as a person's name
    assert names("プロ野球の金沢サンダーバーズは12月9日、発表した。") == []
    assert names("プロ野球の金沢のサンダーバーズ氏は12月9日、発表した。") == ["サンダーバーズ"]  # not glued


@pytest.mark.parametrize("text", ["グレン・マクファーレンヘッドコーチは話した。",  # the title a word of its own
                                  "ヘンドリック・ストレイダムヘッドコーチ（南アフリカ出身）が話した。"])  # read as one word with the name
def test_a_katakana_title_after_a_katakana_name_is_its_title_not_part_of_it(text):
    m = only(text)
    assert (m.title, m.name.endswith("ヘッドコーチ")) == ("ヘッドコーチ", False)


@pytest.mark.parametrize("before, found", [("FW", ["チネドゥ・オケケ"]), ("有力紙", [])])
def test_a_position_glued_before_unknown_katakana_parts_leaves_them_a_name(before, found):
    # FWチネドゥ・オケケ: a player's position; 有力紙ガゼタ・ヴィスワ: the kind of thing it names
    assert names(f"{before}チネドゥ・オケケが右からのクロスを合わせた。") == found


@pytest.mark.parametrize("title", ["代表パートナー", "プロジェクトリーダー"])
def test_a_post_of_a_firm_in_katakana_is_part_of_the_title(title):
    # 代表 + パートナー: a fund's managing partner; a lab's project leader
    m = only(f"同ファンドの山田一郎{title}が発言した。")
    assert (m.name, m.title) == ("山田一郎", title)
