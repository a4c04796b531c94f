"""Who said what in whole articles written the way Japanese news is written.

Each article is made up for the test (names included) in the style of a wire
story, a prefectural press conference, a company release, a sports report, a
local incident, an interview or a culture page; each test states one thing a
reader of that article would expect from ``kiji quotes``.
"""

from __future__ import annotations

import pytest

from tui.analysis import analyze
from tui.text import parse
from tui.quotes import Speaker, find_speakers
from tui.quotes.reader import explain


def speakers(text: str) -> tuple[Speaker, ...]:
    article = parse(text)
    return find_speakers(article, analyze(article))


def who(text: str) -> list[tuple[str, str, list[tuple[int, str]]]]:
    """(name, kind, [(line, quote kind), ...]) per speaker."""
    return [(s.name, s.kind, [(q.line, q.kind) for q in s.quotes]) for s in speakers(text)]


POLITICS = (
    "川村俊介首相は15日、首相官邸で記者団の取材に応じ、物価高対策について「年内に経済対策をまとめたい」と述べた。\n\n"
    "川村氏は、賃上げの流れを地方にも広げる考えを示した。首相は「中小企業の賃上げを後押しする」と強調した。\n\n"
    "一方、野党第1党の森下健吾代表は「対策が遅すぎる」と批判した。同氏は国会内で記者団に、補正予算の早期提出を求めた。\n"
)


def test_politics_full_name_then_surname_then_title_alone_are_one_speaker():
    found = speakers(POLITICS)
    # line 5: 森下 criticised (「…」と批判した), then asked for an act (…の早期提出を求めた)
    assert [(s.name, [q.line for q in s.quotes]) for s in found] == [("川村俊介", [1, 3]), ("森下健吾", [5, 5])]
    assert {"川村俊介首相", "川村氏", "首相"} <= set(found[0].aliases)


def test_politics_intention_without_to_is_not_a_quote():
    assert all(q.line != 3 or q.kind == "direct" for s in speakers(POLITICS) for q in s.quotes)


PREFECTURE = (
    "北陸県の大野美和知事は20日の定例会見で、博覧会の準備状況について、開幕までに全ての工事を終えられるとの見通しを示した。\n\n"
    "「必ず間に合わせる。県民の皆さんに安心してほしい」。知事はこう語り、協力を呼びかけた。\n\n"
    "会見に同席した県の幹部は「資材の高騰が課題だ」と話した。\n"
)


def test_prefecture_quote_first_sentence_with_kou_goes_to_the_governor():
    assert who(PREFECTURE) == [
        ("大野美和", "person", [(1, "indirect"), (3, "direct")]),
        ("県の幹部", "unnamed_person", [(5, "direct")]),
    ]


RELEASE = (
    "北海電機は1日、新型の家庭用蓄電池「ホクデン・ミライ」を4月に発売すると発表した。\n\n"
    "同社は発表文で「災害への備えとして、多くの家庭に届けたい」としている。\n\n"
    "同社によると、初年度に1万台の販売を見込む。小田切誠社長は記者会見で、国内の工場で生産する方針を明らかにした。\n\n"
    "同社長は、「価格は80万円台に抑えたい」と語った。\n"
)


def test_press_release_quotes_the_company_and_its_president():
    assert who(RELEASE) == [
        ("同社", "organization", [(3, "direct")]),
        ("小田切誠", "person", [(7, "direct")]),
    ]


def test_company_announcement_without_brackets_is_not_a_quote():
    assert all(q.line != 1 for s in speakers(RELEASE) for q in s.quotes)


SPORTS = (
    "プロ野球の東海ドルフィンズは3日、本拠地で北都ベアーズに3対2で勝った。\n\n"
    "試合後、岡野昭広監督は「選手がよく粘ってくれた」と笑顔を見せた。決勝打を放った佐伯光選手は「打ててほっとした。次も頑張りたい」と話した。\n\n"
    "「まだ優勝は決まっていない」。主将の中井拓真選手は気を引き締めた。\n"
)


def test_sports_manager_and_players_each_get_their_quote():
    assert who(SPORTS) == [
        ("岡野昭広", "person", [(3, "direct")]),
        ("佐伯光", "person", [(3, "direct")]),
        ("中井拓真", "person", [(5, "direct")]),
    ]


LOCAL = (
    "警察によると、現場は住宅街の一角で、火は約2時間後に消し止められた。\n\n"
    "近くに住む70代の女性は「煙がすごくて怖かった」と話した。\n\n"
    "「ドンという音がした」と話す男性もいた。\n"
)


def test_local_news_unnamed_witnesses_as_described():
    assert who(LOCAL) == [
        ("70代の女性", "unnamed_person", [(3, "direct")]),
        ("男性", "unnamed_person", [(5, "direct")]),
    ]


INTERVIEW = (
    "今季から大リーグに挑む田村翔投手に話を聞いた。\n\n"
    "――今季の目標は。\n\n"
    "「まずはけがをしないこと。一年を通して投げたい」\n\n"
    "――若手へのメッセージは。\n\n"
    "田村投手「失敗を恐れずに挑戦してほしい」\n"
)


def test_interview_answers_belong_to_the_interviewee():
    assert who(INTERVIEW) == [("田村翔", "person", [(5, "direct"), (9, "direct")])]


def test_explain_names_the_rule_behind_each_quote():
    # kiji's own debugging view (which sieve or cross-sentence rule decided)
    article = parse("山田一郎首相は「景気は回復している」と述べた。\n\n" + INTERVIEW)
    rules = [(q.line, rule) for _, q, rule in explain(article, analyze(article))]
    assert rules == [(1, "stated"), (7, "interview"), (11, "interview")]


def test_interview_question_lines_are_not_quotes():
    assert all(not q.text.startswith("―") for s in speakers(INTERVIEW) for q in s.quotes)


HEADLINES = (
    "■「子どもの未来を守る」\n"
    "■「物価高に全力で対応」\n"
    "■「地方の声を国政に」\n\n"
    "参院選の公示を前に、各党の党首が街頭で第一声を上げた。\n"
)


def test_bullet_headlines_in_brackets_are_not_quotes():
    assert speakers(HEADLINES) == ()


CULTURE = (
    "人気シリーズの最新作「風のゆくえ」が公開され、初日から多くの観客が映画館に詰めかけた。\n\n"
    "原作は、作家の森川葉月さんの小説『風の記憶』。劇中では「明日へ」という主題歌が流れる。\n\n"
    "キャッチコピーは「もう一度、会いに行く」。特設会場には「読書の秋」「本と出会う」といった標語が掲げられた。\n\n"
    "市は「ごみゼロの町」を目指している。\n"
)


def test_titles_slogans_and_product_names_in_brackets_are_not_quotes():
    assert speakers(CULTURE) == ()


WEATHER = (
    "気象庁によると、台風10号は25日夜にも九州南部に上陸するとみられる。\n\n"
    "記録的な大雨になると考えられ、同庁は早めの避難を呼びかけている。\n\n"
    "近所の人の話では、川の水位はすでに上がっているという。\n"
)


def test_reports_expectations_and_hearsay_are_not_quotes():
    assert speakers(WEATHER) == ()


CITY = (
    "港北市の水野竜也市長は12日、市議会の本会議で、来年度から小学校の給食費を無償にすることを明らかにした。\n\n"
    "水野市長は財源について、ふるさと納税を充てると説明した。市長は答弁の中で、子育て世代の負担を減らしたいと語った。\n\n"
    "これに対し、保護者の一人は「もっと早く実現してほしかった」と話し、市教育委員会の担当者は「準備を急ぐ」と語った。\n"
)


def test_city_mayor_reported_speech_and_two_speakers_in_one_sentence():
    assert who(CITY) == [
        ("水野竜也", "person", [(1, "indirect"), (3, "indirect"), (3, "indirect")]),
        ("保護者の一人", "unnamed_person", [(5, "direct")]),
        ("市教育委員会の担当者", "unnamed_person", [(5, "direct")]),
    ]


def test_koto_wo_akiraka_ni_shita_keeps_its_content():
    q = speakers(CITY)[0].quotes[0]
    assert q.text.endswith("来年度から小学校の給食費を無償にする") and q.verb == "ことを明らかにした"


BOARD = "東邦製鉄の橋田英治会長は記者会見で「買収は必ず実現させる」と述べ、森山浩副会長も「計画に変更はない」と語った。\n"


def test_two_executives_in_one_sentence():
    assert who(BOARD) == [("橋田英治", "person", [(1, "direct")]), ("森山浩", "person", [(1, "direct")])]


ASSEMBLY = (
    "東都の大石百合知事は、都議会で、新たな子育て支援策を来年度から始めると表明した。\n\n"
    "一方、都議会の与党会派は、財源の説明が不十分だと批判した。同会派の幹事長は「丁寧な説明が必要だ」と述べた。\n"
)


def test_organisation_criticism_without_brackets_is_not_a_quote_but_its_officer_is():
    assert who(ASSEMBLY) == [
        ("大石百合", "person", [(1, "indirect")]),
        ("同会派の幹事長", "unnamed_person", [(3, "direct")]),
    ]


ACADEMIC = (
    "東西大学の山内健一教授（地震学）によると、大地震が今後30年以内に起きる確率は高いとみられる。\n\n"
    "山内教授は「日頃の備えが何より大切だ」と指摘した。被害は広い範囲に及ぶと考えられる。\n"
)


def test_professor_cited_with_ni_yoru_to_is_quoted_only_where_he_speaks():
    assert who(ACADEMIC) == [("山内健一", "person", [(3, "direct")])]


AGENCY = (
    "南国の保健省は21日、新たに3人の感染を確認した。\n\n"
    "東西通信は、同国の保健当局者の発言として、感染者は10人に増えたと伝えた。\n"
)


def test_wire_story_relays_an_official_not_the_agency():
    assert who(AGENCY) == [("同国の保健当局者", "unnamed_person", [(3, "indirect")])]


COURT = (
    "強盗致傷罪に問われた会社員、大島浩一被告（34）の初公判が9日、横浜地裁であった。\n\n"
    "被告は罪状認否で「間違いありません」と起訴内容を認めた。\n\n"
    "検察側は冒頭陳述で「借金の返済に困っての犯行だった」と指摘した。弁護側は「深く反省している」として寛大な判決を求めた。\n"
)


def test_court_accused_named_by_title_alone_is_the_accused_without_the_title():
    assert who(COURT)[0] == ("大島浩一", "person", [(3, "direct")])


def test_court_prosecution_and_defence_are_speakers_of_their_quotes():
    # the prosecutors and the defence lawyers: people, as four blind sets' authors read them
    assert who(COURT)[1:] == [("検察側", "unnamed_person", [(5, "direct")]), ("弁護側", "unnamed_person", [(5, "direct")])]


def test_doushi_refers_to_the_person_mentioned_last():
    text = (
        "首相は16日、党首会談に臨む。野党の大西美帆代表は、会談で補正予算案の早期提出を求める考えだ。"
        "同氏は記者団に「国民の声を直接ぶつける」と語った。\n"
    )
    found = speakers(text)
    assert [(s.name, [q.line for q in s.quotes]) for s in found] == [("大西美帆", [1])]
    assert "同氏" in found[0].aliases


def test_company_named_without_an_organisation_word_speaks_its_comment():
    text = (
        "家電大手の東洋電機株式会社は20日、業績予想を下方修正した。\n\n"
        "東洋電機は同日、「ご心配をおかけし、深くおわび申し上げます」とのコメントを発表した。\n"
    )
    assert who(text) == [("東洋電機", "organization", [(3, "direct")])]


def test_shopper_described_by_occupation_is_an_unnamed_speaker():
    text = "株価は一時18%安まで下落した。スーパーにいた30代の主婦は「ショックです」と話した。\n"
    assert who(text) == [("30代の主婦", "unnamed_person", [(1, "direct")])]


def test_plain_interview_answer_after_a_question_is_the_interviewees():
    text = (
        "町長の原田光男氏に話を聞いた。\n\n――きっかけは。\n\n"
        "小学校が閉校になったことです。未来はないと感じました。\n"
    )
    assert who(text) == [("原田光男", "person", [(5, "direct")])]


# --- heldout14: wire reports of elections, treaties, sport and companies -------------------------------------------


def test_surname_of_a_foreign_name_sudachi_reads_as_a_place_is_that_person_and_the_one_doushi_means():
    # バルディビア is also a city: with 氏, after エルネスト・バルディビア, the candidate;
    # and the person mentioned last, so 同氏 two sentences on is him, not ウアマン
    text = (
        "決選投票では、エルネスト・バルディビア元経済相がカミラ・ウアマン元下院議員を上回った。\n\n"
        "バルディビア氏は8日、「ともに国を立て直そう」と呼びかけた。\n\n"
        "同氏は公約を掲げて戦った。同氏は記者団に対し、特別法案を議会に提出すると述べた。\n"
    )
    assert who(text) == [("エルネスト・バルディビア", "person", [(3, "direct"), (5, "indirect")])]


def test_a_body_named_in_brackets_after_its_kind_is_the_speaker_of_its_statement():
    # 国際環境NGO「…」は同日、「…」とする声明: the term finder's body, not the person before
    text = (
        "会議では、議長の汐見恭平氏が「大きな一歩だ」と述べた。\n\n"
        "一方、国際環境NGO「ブルーホライズン」は同日、「保護区を決めるべきだ」とする声明を発表した。\n"
    )
    assert [(name, lines) for name, _, lines in who(text)] == [
        ("汐見恭平", [(1, "direct")]), ("ブルーホライズン", [(3, "direct")])]


def test_a_name_in_brackets_is_a_things_not_a_person_another_name_is_part_of():
    # 通販サイト「ルミナ・マート」: a site; ルミナ（東京都渋谷区）, a company by its seat;
    # its announcement without 「」 is no quote, of a person least of all
    text = "通販サイト「ルミナ・マート」を運営するルミナ（東京都渋谷区）は3日、個人情報が流出した恐れがあると発表した。\n"
    assert who(text) == []


@pytest.mark.parametrize("described", ["2-5からの逆転だった", "2-5からの逆転劇である", "2-5からの逆転劇となった",
                                       "2-5からの大逆転劇"])
def test_a_thing_described_between_a_speaker_and_a_subjectless_quote_keeps_the_speaker(described):
    # 第3セットは…逆転だった: a thing described, not acting; the quote after it is still 仲里's
    text = (
        "仲里美羽は試合後、「うれしい」と涙ぐんだ。\n\n"
        f"第3セットは{described}。劣勢について聞かれると、「スコアボードは見なかった」と明かした。\n"
    )
    assert who(text) == [("仲里美羽", "person", [(1, "direct"), (3, "direct")])]


def test_a_thing_acting_between_a_speaker_and_a_subjectless_quote_ends_the_speaker():
    # 報告書は…と認定。: the report acts; the quote after it is the report's words, no one's
    text = (
        "委員会の山田一郎委員長は「重く受け止める」と述べた。\n\n"
        "報告書は、同級生らが悪口を書き込んでいたと認定。学校の対応を「重大な誤り」と批判した。\n"
    )
    assert who(text) == [("山田一郎", "person", [(1, "direct")])]


# --- heldout15: longer reports of courts, funerals, features ---------------------------------------------------


def test_a_quote_paragraph_someone_was_about_to_say_is_not_the_next_paragraphs_speakers():
    # the next paragraph's 弔辞を述べた is 相良さん's own eulogy, not a naming of the one before:
    # only a sentence pointing back (そう話すのは, こう振り返った) takes it from 若林市長
    text = (
        "葬儀委員長の若林俊之市長は、時折声を詰まらせながら弔辞を読み上げた。\n\n"
        "「どうか安らかにお眠りください」\n\n"
        "高校の同級生だった元教員の相良進さん（87）は、友人代表として弔辞を述べた。相良さんは「ありがとう」と語りかけた。\n"
    )
    assert who(text) == [("若林俊之", "person", [(3, "direct")]), ("相良進", "person", [(5, "direct")])]


@pytest.mark.parametrize("manner", ["ゆっくりと", "淡々と", "きっぱりと"])
def test_how_someone_began_to_speak_is_no_statement(manner):
    # つえを手に壇上に立つと、…ゆっくりと語り始めた: と of the manner, and 立つと is "when"
    text = f"砂田ハツエさん（95）は、つえを手に壇上に立つと、低い声で、{manner}語り始めた。\n"
    assert who(text) == []


def test_the_sides_of_a_trial_speak_as_people_and_their_plea_for_a_ruling_is_no_statement():
    # 検察側, 弁護側: the prosecutors and the lawyers; what they argue is reported speech,
    # a sentence they ask for (…の判決を求めた) is a claim, as 損害賠償を求めた is
    text = (
        "冒頭陳述で検察側は、被告が救護をしなかったと指摘した。"
        "一方、弁護側は、被告は深く反省しているとして、執行猶予付きの判決を求めた。\n\n"
        "弁護側は閉廷後、被告の減刑を改めて求めた。\n"
    )
    assert who(text) == [("検察側", "unnamed_person", [(1, "indirect")]), ("弁護側", "unnamed_person", [(3, "indirect")])]


def test_under_questioning_the_suspect_speaks_not_the_caller_the_charge_quotes():
    # 男が「…」と電話をかけ: the charge quotes the caller; 調べに対し「…」と供述: the suspect
    text = (
        "同署によると、羽鳥拓海容疑者は氏名不詳の人物らと共謀し、長男を名乗る男が「会社の金を使い込んだ」などと"
        "女性に電話をかけ、現金を受け取った疑いが持たれている。"
        "調べに対し「紙袋を受け取っただけだ」と供述しているという。\n"
    )
    assert who(text) == [("長男を名乗る男", "unnamed_person", [(1, "direct")]), ("羽鳥拓海", "person", [(1, "direct")])]


def test_a_thing_of_a_person_as_topic_makes_the_sentence_about_that_person():
    # ルーカスさんの工房は…という。「…」と目を輝かせた: not 大滝さん, who spoke last
    text = (
        "ルーカス・ベルナールさんは、大滝房江さんに弟子入りした。\n\n"
        "大滝さんは「寂しいけれど、うれしい」と話した。\n\n"
        "ルーカスさんの工房は4月に開業する予定だという。「師匠の紙に近づきたい」と目を輝かせた。\n"
    )
    assert who(text) == [("大滝房江", "person", [(3, "direct")]), ("ルーカス・ベルナール", "person", [(5, "direct")])]


def test_a_relative_of_someone_with_an_age_is_named_with_them():
    text = "会見には原告の家族も同席した。男性（47）の妻は「働いた分を認めてほしい」と話した。\n"
    assert who(text) == [("男性（47）の妻", "unnamed_person", [(1, "direct")])]


def test_a_body_that_pointed_something_out_speaks_it_from_kara():
    text = "大学によると、3月下旬、大手予備校の洛陽進学アカデミーから「合格最低点が高い」と指摘を受けて調べ直したという。\n"
    assert who(text) == [("洛陽進学アカデミー", "organization", [(1, "direct")])]


def test_a_reaction_line_of_a_person_described_by_a_clause_is_theirs():
    # 映画『…』で監督を務めた諏訪部哲さん「…」: a line of a list of reactions, nothing after the quote
    text = "映画『川霧の町』で監督を務めた諏訪部哲さん「撮影中は毎日のように現場に来ていた。温かい人でした」\n"
    assert who(text) == [("諏訪部哲", "person", [(1, "direct")])]


def test_a_thing_in_a_clause_before_the_person_the_sentence_is_about_does_not_end_them():
    # 幸い命は取り留めたが、笠原さんは…という。「…」と…: 命 is the clause's, 笠原さん the sentence's
    text = (
        "笠原政夫さん（78）は、自治会長を務めている。\n\n"
        "知人の男性が、部屋で倒れているのを発見された。幸い命は取り留めたが、笠原さんは衝撃を受けたという。"
        "「誰にも気づかれない人を出してはいけない」と言葉をかみしめた。\n"
    )
    assert who(text) == [("笠原政夫", "person", [(3, "direct")])]


# --- heldout16: elections, sport and culture -------------------------------------------------------------------


@pytest.mark.parametrize("look", ["と笑顔。", "と照れ笑いを浮かべた。", "と苦笑いを浮かべた。"])
def test_a_look_after_the_quote_reports_it(look):
    text = f"逆転のトライを決めた山田一郎選手は「最高のプレゼントができてうれしい」{look}\n"
    assert who(text) == [("山田一郎", "person", [(1, "direct")])]


@pytest.mark.parametrize("look", ["と笑顔。", "と照れ笑いを浮かべた。"])
def test_a_look_after_a_quote_with_no_subject_continues_the_person_before(look):
    text = f"山田一郎選手は27得点を挙げた。試合後、「仲間に感謝したい」{look}\n"
    assert who(text) == [("山田一郎", "person", [(1, "direct")])]


def test_who_a_cleft_names_goes_on_speaking_in_the_next_sentence():
    # 「…」。そう語るのは…南條監督だ。続編の構想もあると明かし: 南條監督's, not the actor's before
    text = (
        "主演の早川涼真さんは「夢のような時間でした」と話した。\n\n"
        "「誰かを許すことで、自分も少し楽になれる」。そう語るのは、構想から8年をかけた南條克己監督だ。"
        "続編の構想もあると明かし、会場をどよめかせた。\n"
    )
    assert who(text) == [("早川涼真", "person", [(1, "direct")]), ("南條克己", "person", [(3, "direct"), (3, "indirect")])]


@pytest.mark.parametrize("hope", ["と期待を寄せた。", "と期待を込めた。"])
def test_a_hope_after_the_quote_reports_it(hope):
    text = f"党大会に参加した党員の男性（71）は「若い人にも関心を持ってもらえるのでは」{hope}\n"
    assert who(text) == [("党員の男性（71）", "unnamed_person", [(1, "direct")])]


def test_the_subject_of_a_clause_describing_what_was_said_about_is_no_speaker():
    # 父が最後に出演した映画は、…予定だと明かした: 父 is in the content, the son said it
    text = "辰巳拓真さんは取材に「幸せな役者人生でした」と語った。父が最後に出演した映画は、来春に公開される予定だと明かした。\n"
    assert [name for name, _, _ in who(text)] == ["辰巳拓真"]


@pytest.mark.parametrize("manner", ["きっぱりと否定した", "はっきりと述べた"])
def test_how_a_statement_was_made_stands_between_its_content_and_its_verb(manner):
    # 関与はないときっぱりと否定した: the quotative と is the one before the adverb's
    text = f"山田一郎社長は、不正への関与はないと{manner}。\n"
    found = speakers(text)
    assert [(s.name, [(q.kind, q.text, q.verb) for q in s.quotes]) for s in found] == [
        ("山田一郎", [("indirect", "不正への関与はない", f"と{manner}")])]


def test_an_interview_turn_under_the_surname_of_someone_named_before_is_theirs():
    text = (
        "名古屋ウィメンズマラソンで一ノ瀬千夏選手（26）が優勝した。\n\n"
        "記者「スパートは予定通りか」\n\n"
        "一ノ瀬「はい。監督と決めていた通りです」\n"
    )
    assert who(text) == [("記者", "unnamed_person", [(3, "direct")]), ("一ノ瀬千夏", "person", [(5, "direct")])]


def test_an_interview_turn_under_a_surname_and_an_honorific_read_as_other_words_is_theirs():
    # 葦原 is a common word to Sudachi: 葦原氏 names no one to the name finder alone
    text = (
        "北浜大学の葦原惟人特任教授が受賞した。\n\n"
        "記者「若い研究者に伝えたいことは」\n\n"
        "葦原氏「流行を追わず、知りたいことを追いかけてほしい」\n"
    )
    assert who(text) == [("記者", "unnamed_person", [(3, "direct")]), ("葦原惟人", "person", [(5, "direct")])]


def test_an_interview_turn_under_a_surname_and_a_title_read_as_a_place_is_theirs():
    # 堀之内 is a surname before 和臣, a place (a district of Tokyo) before 社長 alone
    text = (
        "白樺バスの堀之内和臣社長は記者会見を開いた。\n\n"
        "記者「運転手に疲労がたまっていたのではないか」\n\n"
        "堀之内社長「点呼では、問題はないと報告を受けていた」\n"
    )
    assert who(text) == [("記者", "unnamed_person", [(3, "direct")]), ("堀之内和臣", "person", [(5, "direct")])]


def test_the_answers_after_questions_are_those_of_who_held_the_press_conference_before():
    # two people quoted before; the one who held the conference answers the questions under it
    text = (
        "マラウイ保健省のグレース・チムワザ次官は「冷静に」と呼びかけた。\n\n"
        "WHOのラウラ・メンドンサ局長は同日、オンラインで記者会見し、「時間との勝負だ」と述べた。\n\n"
        "会見での主なやりとり\n\n"
        "――流行はどこまで広がっているのか。\n\n"
        "「確定例は周辺に集中している」\n"
    )
    assert [(name, [line for line, _ in quotes]) for name, _, quotes in who(text)] == [
        ("グレース・チムワザ", [1]), ("ラウラ・メンドンサ", [3, 9])]


@pytest.mark.parametrize("asked", ["トミさんに話を聞いた", "トミさんにインタビューした"])
def test_the_answers_after_questions_are_those_of_the_person_interviewed(asked):
    # two people named before: the one the text says was interviewed answers
    text = (
        "浜辺トミさんが100歳を迎えた。町内会長の吉良信行さんが祝った。\n\n"
        f"誕生会の後、{asked}。\n\n"
        "――100歳の気持ちは。\n\n"
        "「自分でもびっくりしちゅう」\n"
    )
    assert who(text) == [("浜辺トミ", "person", [(7, "direct")])]
