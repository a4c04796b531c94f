"""Terms: people, places, organisations, quantities and keywords, on small articles written here."""

from __future__ import annotations

import pytest

from tui.analysis import Term, analyze
from tui.text import parse
from tui.export import term_dict
from tui.analysis.terms import MAX_TERM_CHARS, noun_runs, token_classes
from tui.analysis.tokens import chunk_starts, tokenize

from test_properties import is_occurrence_of_term  # tests/ is on sys.path


def _terms(text: str, category: str | None = None) -> list[Term]:
    terms = analyze(parse(text)).terms
    return [t for t in terms if category is None or t.category == category]


def _texts(text: str, category: str) -> list[str]:
    return [t.text for t in _terms(text, category)]


def _term(text: str, category: str, name: str) -> Term:
    return next(t for t in _terms(text, category) if t.text == name)


# --- people --------------------------------------------------------------------


def test_katakana_name_joined_by_nakaguro_is_one_person_without_title():
    text = "会見で、ミハイル・ペトロフ外相は「協力を続ける」と述べた。\n"
    assert _texts(text, "person") == ["ミハイル・ペトロフ"]


def test_kanji_name_before_a_title_is_a_person_without_the_title():
    text = "前原誠司国土交通大臣は十日、記者会見を開いた。\n"
    assert _texts(text, "person") == ["前原誠司"]


def test_surname_mention_groups_with_the_full_name():
    text = "田中美穂知事は会見した。\n\n田中氏は「結果を重く受け止める」と述べた。\n"
    (person,) = _terms(text, "person")
    assert person.text == "田中美穂"
    assert person.count == 2
    assert person.lines == (1, 3)


def test_surname_shared_by_two_full_names_stays_apart():
    text = "山田太郎氏と山田花子氏が出席した。\n\n山田氏は「良かった」と語った。\n"
    names = _texts(text, "person")
    assert "山田太郎" in names and "山田花子" in names
    assert all(t.count == 1 for t in _terms(text, "person") if t.text != "山田")


def test_common_word_tagged_as_given_name_is_not_a_person():
    text = "平和と正義のために努力する。\n"
    assert _texts(text, "person") == []


# --- places and organisations --------------------------------------------------------


def test_place_names_are_places_with_a_hiragana_reading():
    text = "首相はハノイを訪れ、ベトナムの首脳と会談した。\n"
    assert _texts(text, "place") == ["ハノイ", "ベトナム"]
    assert _term(text, "place", "ハノイ").reading == "はのい"


def test_ministry_is_an_organisation_cut_before_the_title():
    text = "内務省報道官は記者会見で、外務省と連携すると述べた。\n"
    assert _texts(text, "organization") == ["内務省", "外務省"]


def test_office_head_after_a_proper_noun_ends_the_organisation_not_the_title_after_it():
    text = "国連児童基金事務所条約課長が来日した。\n"
    assert _texts(text, "organization") == ["国連児童基金事務所"]


def test_generic_body_phrases_are_not_organisations():
    text = "国際機関や研究機関、地域機関の代表が集まった。\n"
    assert _texts(text, "organization") == []


def test_place_inside_an_organisation_belongs_to_the_organisation_only():
    text = "大阪府警察本部は十日、男を逮捕した。大阪府では初めて。\n"
    assert _texts(text, "organization") == ["大阪府警察本部"]
    place = _term(text, "place", "大阪府")
    assert place.count == 1  # only the second, standalone mention


def test_anaphoric_organisation_is_not_a_new_organisation():
    text = "文化庁は調査を始めた。同庁によると、結果は来月出る。\n"
    assert _texts(text, "organization") == ["文化庁"]


def test_organisation_name_after_a_lone_back_reference_word_is_no_new_organisation():
    text = "山田一郎教授は北浜大学の出身で、同大学大学院で研究している。\n"
    assert _texts(text, "organization") == ["北浜大学"]
    assert "同大学大学院" not in _texts(text, "keyword")


def test_proper_noun_with_a_weak_head_is_an_organisation():
    text = "ロイター通信によると、アメリカ政府は声明を出した。\n"
    assert _texts(text, "organization") == ["ロイター通信", "アメリカ政府"]


def test_named_treaty_is_a_keyword_not_a_place():
    text = "ジュネーブ条約の改正が議論された。ジュネーブ条約は古い。\n"
    assert "ジュネーブ" not in _texts(text, "place")
    assert "ジュネーブ条約" in _texts(text, "keyword")


def test_urls_inside_a_paragraph_yield_no_terms():
    text = "詳細はhttps://www.example.com/tokyo/osaka-news を参照。\n"
    spans = [s for t in _terms(text) for s in t.spans]
    start = text.index("https")
    assert all(end <= start for _, _, end in spans)


# --- quantities ------------------------------------------------------------------


def test_number_with_counter_is_a_quantity():
    text = "会議には110か国以上から2,500人が参加し、2日間続いた。4つの分科会があった。\n"
    assert _texts(text, "quantity") == ["110か国", "2,500人", "2日間", "4つ"]


def test_counter_variants_group_under_the_normalised_form():
    text = "72か国が署名した。\n\nその後72カ国と72ヶ国が批准した。\n"
    (q,) = _terms(text, "quantity")
    assert q.count == 3
    assert q.base == "72箇国"


def test_a_quantity_is_named_by_its_most_frequent_spelling():
    text = "72か国が署名した。\n\nその後72カ国が批准し、さらに72カ国が参加した。\n"
    (q,) = _terms(text, "quantity")
    assert (q.text, q.count) == ("72カ国", 3)


def test_a_quantity_spelled_equally_often_is_named_by_its_first_spelling():
    text = "72か国が署名した。\n\nその後72カ国が批准した。\n"
    (q,) = _terms(text, "quantity")
    assert q.text == "72か国"


def test_quantity_reading_reads_arabic_numerals_as_numbers():
    text = "2,500人が集まった。\n"
    assert _term(text, "quantity", "2,500人").reading == "にせんごひゃくにん"


def test_quantity_reading_keeps_sudachis_reading_of_known_numerals_in_context():
    text = "会議は2日間続き、4つの案が出た。\n"
    assert _term(text, "quantity", "2日間").reading == "ふつかかん"
    assert _term(text, "quantity", "4つ").reading == "よっつ"


def test_dates_are_not_quantities():
    text = "2024年7月7日に投票が行われた。\n"
    assert _texts(text, "quantity") == []


def test_digits_inside_a_code_are_not_quantities():
    text = "H5N1型ウイルスが見つかった。\n"
    assert _texts(text, "quantity") == []


# --- keywords ----------------------------------------------------------------------


def test_recurring_compound_nouns_are_ranked_keywords():
    text = (
        "政府はサイバー犯罪の対策を強化する。\n\n"
        "サイバー犯罪は国際協力なしには防げない。\n\n"
        "国際協力の枠組みを広げ、サイバー犯罪に備える。\n"
    )
    keywords = _terms(text, "keyword")
    assert [k.text for k in keywords[:2]] == ["サイバー犯罪", "国際協力"]
    assert keywords[0].rank >= keywords[1].rank


def test_titles_are_not_keywords():
    text = "公安大臣が述べた。公安大臣は出席した。\n"
    assert "公安大臣" not in _texts(text, "keyword")


def test_a_noun_run_longer_than_a_term_can_be_is_no_term():
    wall = "x" * (MAX_TERM_CHARS + 1)
    text = f"ログには{wall}とだけ書かれていた。ログの{wall}を調べた。\n"
    assert all(len(t.text) <= MAX_TERM_CHARS for t in _terms(text))
    assert wall not in _texts(text, "keyword")


def test_noun_runs_do_not_cross_the_tokenizers_pieces():
    text = "x" * 40_000  # no sentence end: cut hard into pieces of MAX_CHUNK_BYTES
    tokens = tokenize(text)
    cuts = chunk_starts(text)
    assert cuts
    runs = noun_runs(tokens, token_classes(tokens), None, cuts)
    assert len(runs) == len(cuts) + 1
    assert not any(tokens[i].start < cut < tokens[j - 1].end for i, j in runs for cut in cuts)


# --- grouping, spans, order --------------------------------------------------------


def test_every_span_of_every_category_is_an_occurrence_of_its_term():
    text = (
        "見出しではない文。ハノイとベトナムと外務省。\n\n"
        "3人がハノイに行った。72か国と72カ国が集まった。\n\n"
        "山田太郎氏が会見した。山田氏はサイバー犯罪対策を語った。サイバー犯罪対策は急務だ。\n"
    )
    article = parse(text)
    blocks = {b.line: b.text for b in article.text_blocks()}
    terms = analyze(article).terms
    assert {t.category for t in terms} == {"person", "place", "organization", "quantity", "keyword"}
    for term in terms:
        for line, start, end in term.spans:
            assert is_occurrence_of_term(blocks[line][start:end], term.text, term.category), (term, start, end)


def test_spans_of_different_terms_never_overlap():
    text = "大阪府警察本部と大阪府、東京都の外務省報道官、ハノイ条約、110か国、ルイス・ガルシア氏。\n"
    seen: dict[int, list[tuple[int, int]]] = {}
    for term in _terms(text):
        for line, start, end in term.spans:
            for s, e in seen.get(line, []):
                assert end <= s or e <= start, term
            seen.setdefault(line, []).append((start, end))


def test_terms_sorted_by_category_then_first_appearance():
    text = "ベトナムとハノイ。外務省と財務省。3人と5台。\n"
    terms = _terms(text)
    order = ["person", "place", "organization", "quantity", "keyword"]
    cats = [order.index(t.category) for t in terms]
    assert cats == sorted(cats)
    places = [t.text for t in terms if t.category == "place"]
    assert places == ["ベトナム", "ハノイ"]


def test_term_dict_has_the_dump_fields():
    d = term_dict(_term("ハノイで会った。\n", "place", "ハノイ"))
    assert d == {"text": "ハノイ", "category": "place", "count": 1, "reading": "はのい", "base": "ハノイ",
                 "lines": [1], "spans": [[1, 0, 3]]}


@pytest.mark.parametrize("part", ["アンナ", "ロッシ"])
def test_part_of_a_katakana_name_joins_the_full_name(part):
    text = f"アンナ・マリア・ロッシ大臣は述べた。\n\n{part}大臣は笑った。\n"
    assert [t.text for t in _terms(text, "person")] == ["アンナ・マリア・ロッシ"]
    assert part not in [t.text for t in _terms(text)]


# --- tokens on demand (kiji dump) -----------------------------------------------------

ON_DEMAND = (
    "外務省の会見\n\n山田一郎外相は十日、ジュネーブ条約について述べた。\n\n"
    "山田氏は「3,400人が参加した」と話した。\n\n国連の報告書によると、120か国が署名した。\n"
)


def test_tokens_on_demand_give_the_same_terms_as_analyze():
    from tui.analysis import analyze_on_demand

    article = parse(ON_DEMAND)
    _, tokens = analyze_on_demand(article)
    for block in article.text_blocks():
        tokens.get(block.line)
    assert tokens.terms() == analyze(article).terms


def test_tokens_on_demand_are_right_in_any_order_and_terms_read_every_block_once():
    from tui.analysis import analyze_on_demand

    article = parse(ON_DEMAND)
    full = analyze(article)
    _, tokens = analyze_on_demand(article)
    lines = [b.line for b in article.text_blocks()]
    assert len(lines) == 3
    for line in [lines[2], lines[0], lines[2], lines[1]]:
        assert tokens[line] == full.tokens[line]
    assert set(tokens) == set(full.tokens) and lines[1] in tokens and -1 not in tokens
    assert tokens.get(-1) is None
    assert tokens.terms() == full.terms


# --- organisations and places in news styles (made-up articles) ----------------------------


def test_wire_service_cited_as_a_source_is_an_organisation():
    text = "共同通信によると、政府は来年度予算に関連経費を盛り込む方針だ。\n"
    assert "共同通信" in _texts(text, "organization")


def test_sports_paper_that_reported_is_an_organisation():
    text = "夕刊スポーツが報じたところでは、球団は新監督の招へいを決めた。\n"
    assert _texts(text, "organization") == ["夕刊スポーツ"]


def test_medium_described_not_named_is_no_organisation():
    text = "地元テレビによると、国営放送によれば、同通信によると、被害は広がっている。\n"
    assert _texts(text, "organization") == []


def test_newspaper_introduced_by_its_country_is_an_organisation():
    text = "英紙ガーディアンは十日、政権内の対立を伝えた。\n"
    assert _texts(text, "organization") == ["ガーディアン"]


def test_media_name_learnt_from_its_citation_is_an_organisation_elsewhere_too():
    text = "共同通信の取材に対し、担当者は答えた。\n\n共同通信は続報を配信した。\n"
    (org,) = _terms(text, "organization")
    assert (org.text, org.lines) == ("共同通信", (1, 3))


def test_school_team_with_its_prefecture_in_brackets_is_an_organisation():
    text = (
        "大会第3日は2試合が行われた。\n\n第2試合 仙台育英 対 智弁和歌山\n\n"
        "第2試合は仙台育英（宮城）と智弁和歌山（和歌山）が対戦した。\n"
    )
    orgs = {t.text: t.count for t in _terms(text, "organization")}
    assert orgs == {"仙台育英": 2, "智弁和歌山": 2}
    assert _texts(text, "place") == ["宮城", "和歌山"]


def test_religious_body_named_with_a_religion_word_is_an_organisation():
    text = "会合には全国仏教会と神道大成派の代表が出席した。\n"
    assert _texts(text, "organization") == ["全国仏教会", "神道大成派"]


def test_religion_and_political_stance_are_not_organisations():
    text = "イスラム教の指導者が会見し、保守派と改革派の対立に触れた。\n"
    assert _texts(text, "organization") == []


def test_temple_named_after_a_surname_is_an_organisation_not_a_person():
    text = "式典は柳沢寺で行われ、日本福音基督教団牧師が祈りをささげた。\n"
    assert _texts(text, "person") == []
    assert _texts(text, "organization") == ["柳沢寺", "日本福音基督教団"]


def test_social_media_service_is_not_an_organisation():
    text = "同社は公式ツイッターで発表した。\n"
    assert _texts(text, "organization") == []


def test_railway_line_is_neither_place_nor_organisation():
    text = "JR山手線と東日本急行電鉄横浜線が一時運転を見合わせた。\n"
    assert _texts(text, "place") == []
    assert "山手線" not in _texts(text, "organization")


def test_station_named_with_common_nouns_is_a_place():
    text = "新たに市役所通り駅が開業し、主要駅の混雑が緩和された。\n"
    assert _texts(text, "place") == ["市役所通り駅"]


def test_station_named_after_a_place_is_one_place():
    text = "金沢駅から神戸港湾駅まで移動した。\n"
    assert _texts(text, "place") == ["金沢駅", "神戸港湾駅"]


def test_place_word_inside_a_campaign_name_in_brackets_is_no_place():
    text = "観光庁は「ようこそ、ニッポン。」キャンペーンを始めた。\n"
    assert _texts(text, "place") == []


def test_place_word_glued_inside_a_short_name_in_brackets_is_no_place():
    text = "同社は「ディスカバー・ジャパン50」という企画を発表した。\n"
    assert _texts(text, "place") == []


def test_place_that_is_the_whole_name_in_brackets_stays_a_place():
    text = "新駅「北浜駅」が開業した。\n"
    assert _texts(text, "place") == ["北浜駅"]


def test_places_set_apart_inside_brackets_stay_places():
    text = "バスは「南町駅 - 北浜駅」間を走る。\n"
    assert _texts(text, "place") == ["南町駅", "北浜駅"]


def test_place_inside_quoted_speech_stays_a_place():
    text = "山田一郎市長は「大阪に行きたい」と述べた。\n"
    assert _texts(text, "place") == ["大阪"]


def test_person_name_inside_a_product_name_in_brackets_is_no_person():
    text = "同社は「ミハイル・ペトロフ号」という愛称の列車を走らせる。\n"
    assert _texts(text, "person") == []


# --- keyword ranking -------------------------------------------------------------------


def test_compound_inside_a_longer_compound_counts_toward_it():
    text = (
        "県警はサイバー犯罪対策課を強化した。\n\n"
        "サイバー犯罪対策の予算は増えた。\n\n"
        "サイバー犯罪の相談件数は過去最多だった。\n"
    )
    assert "サイバー犯罪" in _texts(text, "keyword")


def test_single_generic_nouns_rank_below_a_recurring_compound():
    text = (
        "政府は安全と平和の確認を急ぐ。安全と平和の確認が続く。\n\n"
        "核燃料再処理工場の稼働が焦点だ。核燃料再処理工場は来年稼働する。\n"
    )
    keywords = _texts(text, "keyword")
    assert keywords[0] == "核燃料再処理工場"
    assert keywords.index("核燃料再処理工場") < min(keywords.index(w) for w in ("安全", "平和", "確認") if w in keywords)


def test_keyword_in_the_title_ranks_higher():
    text = "円安の影響\n\n円安が進み、物価高が続く。円安と物価高の対策が問われる。\n"
    keywords = _texts(text, "keyword")
    assert keywords.index("円安") < keywords.index("物価高")
