"""The term rules' edges, one behaviour per test (tui/analysis/terms): each
input trips the one rule it is named after, so deleting or bending that rule
fails it (``make mutate GROUPS=terms``). Small texts written here, invented
names; the real-text evidence is the devset and its scorer."""

from __future__ import annotations

import pytest

from test_analysis import _term, _texts  # tests/ is on sys.path

# --- where a block ends ----------------------------------------------------------------


def test_a_caption_naming_a_person_still_finds_the_quantity_it_ends_with():
    text = "写真：山田一郎さんと部員3人"  # no full stop: the block's last character is a counter
    assert _texts(text, "quantity") == ["3人"]


def test_a_paper_introduced_by_its_country_at_the_end_of_a_line_is_an_organisation():
    text = "情報源は英紙ガーディアン"  # the paper's run is the block's last
    assert _texts(text, "organization") == ["ガーディアン"]


def test_a_cram_school_with_a_name_is_an_organisation():
    text = "大手予備校の洛陽進学アカデミーから指摘を受けた。京都ゼミナールも同じだった。予備校は多い。\n"
    assert _texts(text, "organization") == ["洛陽進学アカデミー", "京都ゼミナール"]


# --- organisations named by their context ------------------------------------------------


def test_a_two_character_paper_word_names_no_paper():
    text = "本紙の取材に対し、担当者は答えた。他紙の報道によると、被害は広がった。\n"
    assert _texts(text, "organization") == []


def test_a_common_noun_before_a_prefecture_in_brackets_is_no_school_team():
    text = "大会は総合運動公園（宮城）で開かれた。\n"
    assert _texts(text, "organization") == []


def test_a_place_with_its_prefecture_written_out_in_brackets_is_no_school_team():
    text = "北町温泉（宮城県）を訪れた。\n"
    assert _texts(text, "organization") == []


# --- organisations -----------------------------------------------------------------------


def test_an_organisation_runs_across_a_title_word_to_the_head_right_after_it():
    text = "青葉新聞記者協会が抗議した。\n"
    assert _texts(text, "organization") == ["青葉新聞記者協会"]


def test_a_religion_word_and_its_head_after_a_time_word_are_no_organisation():
    text = "昨年仏教会に加わった。\n"  # two words before the head, 昨年 not counted
    assert _texts(text, "organization") == []


def test_the_prefix_dai_of_the_next_word_is_no_university():
    text = "青葉大混乱の一日だった。\n"
    assert _texts(text, "organization") == []


# --- places and stations ---------------------------------------------------------------


def test_a_station_before_a_word_of_its_own_is_that_station():
    text = "北浜駅東口で待ち合わせた。\n"
    assert _texts(text, "place") == ["北浜駅"]


def test_the_words_before_a_stations_name_stay_a_keyword():
    text = "地下鉄東西線・市役所通り駅で降りた。\n"
    assert _texts(text, "place") == ["市役所通り駅"]
    assert "地下鉄東西線" in _texts(text, "keyword")


# --- quantities ------------------------------------------------------------------------


def test_an_ordinal_quantity_keeps_its_dai():
    text = "第5回大会が開かれた。\n"
    assert _texts(text, "quantity") == ["第5回"]


def test_a_noun_before_a_quantity_in_one_run_stays_a_keyword():
    text = "参加者2,500人が集まった。\n\n翌日も参加者3,000人が訪れた。\n"
    assert _texts(text, "keyword") == ["参加者"]


# --- laws and events -------------------------------------------------------------------


def test_a_law_named_after_an_organisation_is_one_keyword():
    text = "青葉大学設置法が改正された。\n"
    assert _texts(text, "keyword") == ["青葉大学設置法"]
    assert _texts(text, "organization") == []


def test_a_charter_named_after_an_institution_is_one_keyword_not_the_institution():
    text = "国連憲章に反する行為だ。\n"
    assert _texts(text, "keyword") == ["国連憲章"]
    assert _texts(text, "organization") == []


def test_a_named_law_inside_a_longer_run_is_a_keyword_with_its_reading():
    text = "会議ではジュネーブ条約改正案が議論された。\n"
    assert _term(text, "keyword", "ジュネーブ条約").reading == "じゅねーぶじょうやく"


def test_a_named_law_inside_a_longer_run_weighs_as_much_as_standing_alone():
    inside = _term("会議ではジュネーブ条約改正案が議論された。\n", "keyword", "ジュネーブ条約")
    alone = _term("会議ではジュネーブ条約が議論された。\n", "keyword", "ジュネーブ条約")
    assert inside.rank == alone.rank


# --- keywords --------------------------------------------------------------------------


def test_a_one_character_word_left_beside_a_place_is_no_keyword():
    text = "中国案とロシア案が対立した。中国案は退けられた。\n"
    assert "案" not in _texts(text, "keyword")


def test_a_keyword_after_a_place_in_its_run_is_read_from_its_own_words():
    text = "ベトナム経済特区の開発が進む。ベトナム経済特区は広い。\n"
    assert _term(text, "keyword", "経済特区").reading == "けいざいとっく"


def test_hiragana_words_are_no_keywords():
    text = "そのことが問題だ。このことは重い。あのことも忘れない。\n"
    assert _texts(text, "keyword") == []


# --- names in brackets -----------------------------------------------------------------


def test_a_slogan_named_by_toiu_hyougo_hides_the_place_inside():
    text = "観光庁は「ようこそ、ニッポン。」という標語を掲げた。\n"
    assert _texts(text, "place") == []


def test_a_place_glued_to_a_latin_letter_inside_a_short_name_is_no_place():
    text = "同社は「ハノイX」という企画を発表した。\n"
    assert _texts(text, "place") == []


# --- names in a list joined by ・ ---------------------------------------------------------


def test_names_in_kanji_joined_by_a_dot_are_each_an_organisation():
    text = "東西新聞・北海新聞などが報じた。\n"
    assert _texts(text, "organization") == ["東西新聞", "北海新聞"]


def test_katakana_words_joined_by_a_dot_are_one_name():
    text = "アジア・アフリカ言語文化研究所が発表した。\n"
    assert _texts(text, "organization") == ["アジア・アフリカ言語文化研究所"]


def test_a_kanji_name_and_katakana_joined_by_a_dot_are_one_name():
    assert _texts("日本・アラブ協会が発表した。\n", "organization") == ["日本・アラブ協会"]
    assert _texts("アジア・太平洋研究所が発表した。\n", "organization") == ["アジア・太平洋研究所"]


# --- a given name that names a thing ----------------------------------------------------


def test_a_given_name_given_to_a_thing_in_brackets_is_no_person_anywhere():
    text = "同社はロボット「ミモリ」を発売する。\n\nミモリは高さ約40センチ。\n"
    assert _texts(text, "person") == []


def test_a_given_name_in_brackets_said_with_an_honorific_elsewhere_is_a_person():
    text = "愛称は「マリア」。\n\nマリアさんは笑った。\n"
    assert _texts(text, "person") == ["マリア"]


def test_a_given_name_outside_the_brackets_of_a_things_name_is_a_person():
    text = "新製品「北斗」を担当したマリアは喜んだ。\n"
    assert _texts(text, "person") == ["マリア"]


# --- a body named in brackets after its kind ---------------------------------------------


@pytest.mark.parametrize("seat", ["本社・さいたま市", "本部：東京都"])
def test_a_name_in_brackets_with_its_seat_after_it_is_an_organisation(seat):
    text = f"給食を調理したのは「むさしの給食サービス」（{seat}）。\n"
    assert _texts(text, "organization") == ["むさしの給食サービス"]


def test_a_company_named_with_an_electrical_goods_ending_is_an_organisation():
    assert _texts("家電メーカーのカグラ電器は製品を回収すると発表した。\n", "organization") == ["カグラ電器"]


def test_a_publisher_introduced_by_its_kind_is_an_organisation():
    # 出版元の白鷺書房: 出版|元 before の, then a publisher's ending
    assert _texts("出版元の白鷺書房によると、作家は入院していたという。\n", "organization") == ["白鷺書房"]


@pytest.mark.parametrize("name", ["長門自然史ミュージアム", "潮見水族館", "近江文化美術館"])
def test_a_museum_or_zoo_with_a_name_is_an_organisation(name):
    assert _texts(f"{name}は新種と発表した。\n", "organization") == [name]


def test_a_museum_with_no_name_is_no_organisation():
    assert _texts("美術館は新種と発表した。\n", "organization") == []


def test_a_company_ending_that_begins_a_schools_department_ends_no_name():
    # 食品科: the school's food department; the name ends at 高校, not at the company ending 食品
    assert _texts("県立南霧島農業高校食品科の生徒たちが開発した。\n", "organization") == ["県立南霧島農業高校"]


def test_a_company_ending_after_a_proper_noun_before_a_word_still_ends_the_name():
    assert "福喜食品" in _texts("上海福喜食品製の食材を提供した。\n", "organization")


def test_a_name_in_brackets_after_a_kind_of_body_is_an_organisation():
    text = "運送会社「ミナト急送」（愛知県）の運転手が亡くなった。\n"
    assert _texts(text, "organization") == ["ミナト急送"]


@pytest.mark.parametrize("formed", ["住民でつくる", "被災者らで作る"])
def test_a_name_in_brackets_after_who_it_is_made_of_is_an_organisation(formed):
    assert _texts(f"{formed}「鹿瀬川水害被災者の会」は反発した。\n", "organization") == ["鹿瀬川水害被災者の会"]


def test_a_name_in_brackets_after_a_kind_of_thing_is_no_organisation():
    assert _texts("新製品「北斗」を発売した。\n", "organization") == []


def test_the_words_of_a_bodys_name_in_brackets_are_no_terms_of_their_own():
    text = "地域政党「岡山未来の会」が発足した。\n"
    assert _texts(text, "organization") == ["岡山未来の会"] and _texts(text, "place") == []


def test_a_bodys_name_in_brackets_is_one_term_though_its_words_name_a_body():
    # 青葉学園 is a body by its head too: one term, one mention
    text = "学校法人「青葉学園」が会見した。\n"
    assert len(_term(text, "organization", "青葉学園").spans) == 1


def test_a_name_in_brackets_with_a_naming_word_after_it_names_no_body():
    # 「北斗」ブランド: a brand's name, though a kind of body stands before it
    assert _texts("電機会社「北斗」ブランドの製品が売れた。\n", "organization") == []


# --- what stands before an organisation's name ---------------------------------------


def test_a_countrys_prefix_before_a_katakana_name_is_no_part_of_it():
    assert _texts("米ウェストフィールド大学の研究チームが発表した。\n", "organization") == ["ウェストフィールド大学"]


def test_a_countrys_prefix_before_a_common_head_is_part_of_the_name():
    assert _texts("英外務省は声明を出した。\n", "organization") == ["英外務省"]


def test_a_kind_of_body_before_a_katakana_name_is_no_part_of_it():
    text = "証券会社グレイソン・アンド・パートナーズの山田太郎氏は語った。\n"
    assert _texts(text, "organization") == ["グレイソン・アンド・パートナーズ"]


def test_a_company_introduced_by_its_industry_is_an_organisation_without_a_proper_noun():
    # 北斗 is a common noun: 家電大手の says what follows names a company
    assert _texts("家電大手の北斗電機は新製品を発表した。\n", "organization") == ["北斗電機"]


def test_a_company_set_beside_its_industry_with_a_comma_is_an_organisation():
    # 部品メーカー、潮見精密工業: the apposition of newspapers (潮見 is a common noun)
    assert _texts("部品を製造したのは、部品メーカー、潮見精密工業。\n", "organization") == ["潮見精密工業"]


def test_a_chief_officers_post_is_a_title_not_an_organisation():
    # 最高執行責任者 is a proper noun to Sudachi; like 最高経営責任者, a post
    assert _texts("最高執行責任者のアイシャ・モンロー氏が就任した。\n", "organization") == []


def test_a_company_ending_with_no_introduction_needs_a_proper_noun():
    assert _texts("北斗電機は新製品を発表した。\n", "organization") == []


def test_a_description_after_a_kind_of_body_is_no_name():
    assert "全国組織" not in _texts("労働組合の全国組織が声明を出した。\n", "organization")


def test_a_company_ending_after_a_kind_of_body_and_another_particle_needs_a_proper_noun():
    # 大手や新興電機: new electronics makers, listed beside the big ones, not one named
    assert _texts("大手や新興電機が参入した。\n", "organization") == []


@pytest.mark.parametrize("text, found", [
    ("セレスタ京都は処分を受け入れた。\n", ["セレスタ京都"]),  # a katakana word Sudachi does not know
    ("首位のヴェルデ福井が勝った。\n", ["ヴェルデ福井"]),  # the town read as a surname
    ("ロッソ熊本市で試合があった。\n", []),  # a city's own name ends no club's
    ("ホテル京都に泊まった。\n", []),  # a facility's word
    ("岡山スカイラークスは辞任を発表した。\n", ["岡山スカイラークス"]),  # the town first, an English plural
    ("金沢サンダーバーズが勝った。\n", ["金沢サンダーバーズ"]),  # the town read as a surname
    ("関東エリアで雪が降った。\n", []),  # no plural: a region's word
])
def test_a_club_is_a_katakana_word_and_its_town(text, found):
    assert _texts(text, "organization") == found


def test_a_hotel_is_a_facility_named_so():
    assert _texts("帝国ホテルで会見した。\n", "place") == ["帝国ホテル"]


@pytest.mark.parametrize("text, name", [
    ("鷲尾化成は5日、臨時の取締役会で反対を決議した。\n", "鷲尾化成"),  # a surname, then a company's ending
    ("菓子メーカーのひばり野製菓は10月2日、発表した。\n", "ひばり野製菓"),  # a given name and a suffix before it
])
def test_a_name_read_as_a_persons_before_a_company_ending_is_the_companys(text, name):
    assert _texts(text, "organization") == [name]


def test_a_paper_introduced_by_a_word_of_three_characters_is_an_organisation():
    # 地元紙 + ヘラルド: the paper word ends a longer first word of the run, no cue after it
    assert _texts("地元紙ヘラルドの記者は話した。\n", "organization") == ["ヘラルド"]


def test_a_list_dot_after_a_one_character_word_is_read():
    # 仏・独: a one-character name before the ・ (the list rule reads its last character)
    assert _texts("仏・独の両国は合意した。\n", "organization") == []


def test_a_url_yields_no_terms():
    text = "詳細は https://example.com/tokyo/kokusai-kaigi に載っている。\n"
    assert [t for t in _texts(text, "place") + _texts(text, "keyword") if t.isascii() or "東京" in t] == []


@pytest.mark.parametrize("name, club", [("セレスタ京都", True), ("常陸ブレイカーズ", True), ("トヨタ自動車", False),
                                        ("常陸電機工業", False), ("東京ガス", False)])
def test_a_clubs_name_is_a_katakana_word_and_a_town(name, club):
    from tui.analysis import is_club
    assert is_club(name) is club


def test_an_orchestra_is_an_organisation():
    # 管弦楽団: a body that announces, as 協会 or 学会 do (a bare 楽団 names none)
    assert _texts("北都フィルハーモニー管弦楽団（札幌市）は9月2日、発表した。\n楽団は解散した。\n", "organization") == [
        "北都フィルハーモニー管弦楽団"]


def test_a_precision_maker_is_a_company():
    assert _texts("地元の企業のひだ匠精機（岐阜市）は、発表した。\n", "organization") == ["ひだ匠精機"]


def test_a_company_ending_in_katakana_is_a_company():
    # 朝凪フーズ: Foods, as 食品 ends 北山食品
    assert _texts("冷凍食品メーカーの朝凪フーズ（本社・静岡県焼津市）は9日、発表した。\n", "organization") == ["朝凪フーズ"]
