"""The ways real news attributes speech (issue 10), one test per format.

Each article is invented in the shape of lines of the real development set
(names and words are made up); each test says who speaks on which line and
which rule of the reader (:func:`tui.quotes.reader.explain`) found it, so a
test fails when its rule is taken out. The ``stays out`` tests pin what is
no quote (a reporter's question is the reporter's, media are sources,
hearsay and names in 「」 are not speech).
"""

from __future__ import annotations

import pytest

from tui.analysis import analyze
from tui.quotes import find_speakers
from tui.quotes.reader import explain
from tui.text import parse


def rules(text: str) -> list[tuple[str, int, str, str]]:
    """(speaker, line, kind, rule) of every quote, in the order found."""
    article = parse(text)
    return [(name, q.line, q.kind, rule) for name, q, rule in explain(article, analyze(article))]


def said(text: str) -> list[tuple[str, int, str]]:
    """(speaker, line, kind) of every quote, speakers in order of their first quote."""
    article = parse(text)
    return [(s.name, q.line, q.kind) for s in find_speakers(article, analyze(article)) for q in s.quotes]


# --- 1. reaction lists without a verb --------------------------------------------

REACTIONS = (
    "映画「海の果て」の公開を記念して、出演者のコメントが紹介されている。\n"
    "田中一郎さん（主人公役）「撮影は本当に楽しかった。皆さんにぜひ見てほしいです」\n"
    "山本花子氏（原作者）「原作者として感無量です」\n"
    "川上隆聖（りゅうせい）氏（悪役）「たいへん光栄です。ありがとうございます」\n"
)


def test_reaction_list_lines_each_quote_the_name_that_leads_them():
    assert rules(REACTIONS) == [
        ("田中一郎", 2, "direct", "named_before"),
        ("山本花子", 3, "direct", "named_before"),
        ("川上隆聖", 4, "direct", "named_before"),
    ]


def test_a_reading_in_brackets_belongs_to_the_name():
    article = parse(REACTIONS)
    persons = [t.text for t in analyze(article).terms if t.category == "person"]
    assert "川上隆聖" in persons and not any("りゅうせい" in p for p in persons)


def test_a_work_title_leading_a_line_is_no_speaker():
    assert said("映画「未来の扉」（監督作）「全国で公開」\n") == []


# --- 2. the speaker in one sentence, the quote in the next ------------------------


def test_a_speech_verb_without_content_announces_the_next_quote():
    text = "会見の終わりに、佐藤健一首相は言った。「改革は止めない。必ずやり遂げる」\n"
    assert rules(text) == [("佐藤健一", 1, "direct", "announced")]


def test_a_description_by_role_is_the_person_with_that_office():
    text = (
        "北の国のキム・ソンホ大統領は会見を開いた。\n\n"
        "北の国の元首は批判に答えず、このように切り返した。「我々は何も恐れない」\n"
    )
    article = parse(text)
    [(name, q, rule)] = explain(article, analyze(article))
    assert (name, q.line, rule, q.verb) == ("キム・ソンホ", 3, "announced", "このように切り返した")


def test_a_label_line_names_the_speaker_of_the_quote_lines_after_it():
    text = "市長選の結果が出た。\n\n以下、田村氏のコメント\n\n「地域のために全力を尽くしたい」\n\n「公約は必ず守ります」\n"
    assert said(text) == [("田村", 5, "direct"), ("田村", 7, "direct")]


@pytest.mark.parametrize("between, after", [
    ("投票率は40％だった。", "田村"),  # things only: still 田村's story
    ("落選した鈴木一郎氏は会見を開かなかった。", "鈴木一郎"),  # someone else now
])
def test_after_a_label_s_quote_lines_a_quote_alone_is_whom_the_paragraph_between_leaves(between, after):
    text = ("市長選の結果が出た。\n\n以下、田村氏のコメント\n\n「地域のために全力を尽くしたい」\n\n「公約は必ず守ります」\n\n"
            f"{between}\n\n「次も頑張る」\n")
    assert said(text)[-1] == (after, 11, "direct")


def test_a_label_naming_a_surname_read_as_a_common_word_is_the_person_introduced_with_it():
    # 朴 alone is a common word to Sudachi; after 朴秀珍 it is his surname
    text = "韓国の朴秀珍外相が来日した。\n\n以下、朴のコメント全文\n\n「協議を続ける」\n"
    assert said(text) == [("朴秀珍", 5, "direct")]


def test_a_name_alone_then_a_quote():
    assert said("佐藤一郎氏。\n「約束は守る」\n") == [("佐藤一郎", 2, "direct")]


# --- 3. the quote first, the speaker after ------------------------------------------


def test_speaker_between_the_quote_and_the_verb():
    assert rules("「景気は回復している」と田村一郎氏は述べた。\n") == [("田村一郎", 1, "direct", "between")]


def test_a_quote_line_then_the_speaker_on_the_next_line():
    assert rules("「いつでも話し合う用意がある」\nと、佐藤健一首相は述べた。\n") == [("佐藤健一", 1, "direct", "between")]


def test_a_quote_standing_alone_is_the_next_sentences_speakers():
    text = "「まだ何も決まっていない」。主将の中井拓真選手は気を引き締めた。\n"
    assert rules(text) == [("中井拓真", 1, "direct", "named_after")]


def test_a_quote_standing_alone_is_the_next_sentences_speakers_though_a_body_is_named_in_brackets():
    # 住民団体「…」: a body's name after its kind, no quote of the next sentence's own
    text = "「本当によかった」。住民団体「未来を考える会」の嶋津キヨ子代表（76）は、声を詰まらせた。\n"
    assert rules(text) == [("嶋津キヨ子", 1, "direct", "named_after")]


def test_a_quote_paragraph_is_named_by_the_next_paragraphs_first_sentence():
    text = (
        "北浜ベアーズが延長戦を制した。\n\n"
        "「最後まで諦めなかった」\n\n"
        "試合後の会見で、主将の中井拓真選手は笑顔でこう振り返った。次の試合は週末に行われる。\n"
    )
    assert rules(text) == [("中井拓真", 3, "direct", "named_after")]


def test_a_quote_ending_a_paragraph_of_other_sentences_is_not_named_by_the_next_paragraph():
    # only a paragraph that is nothing but the quote waits for the next one: the man objecting did not say it
    text = "会場は熱気に包まれた。「最高の夜だった」\n\n近くに住む男性は強く反発した。次の公演は来年だ。\n"
    assert said(text) == []


def test_a_next_paragraph_announcing_its_own_quote_does_not_claim_the_one_before():
    text = (
        "北浜ベアーズが延長戦を制した。\n\n"
        "「最後まで諦めなかった」\n\n"
        "主将の中井拓真選手はこう振り返った。「次も勝ちたい」\n"
    )
    assert [(name, line) for name, line, _, _ in rules(text)] == [("中井拓真", 5)]


def test_a_quote_paragraph_after_a_statement_with_content_is_its_speakers():
    text = "報道官の山下明美氏は、記者の質問について容認できないと称した。\n\n「このような質問は侮辱的だと考えている」\n"
    assert rules(text) == [("山下明美", 3, "direct", "announced")]


def test_a_quote_alone_after_a_bodys_quote_ending_in_any_verb_after_to_is_the_bodys():
    # と応じた is no speech verb, but a verb after a quotative と reports: it announces the next quote
    text = "北山製作所は「安全に問題はない」と応じた。「再発防止に努める」\n"
    assert said(text) == [("北山製作所", 1, "direct"), ("北山製作所", 1, "direct")]


def test_the_speaker_in_brackets_after_the_quote():
    text = "新商品は全国で販売されたが、「健康への影響はない」（北山食品広報）とされている。\n"
    assert rules(text) == [("北山食品広報", 1, "direct", "bracketed")]


def test_the_caller_after_the_quote_is_the_speaker():
    text = "「夜中に大きな音がした」と、近所に住む男性から警察に通報があった。\n"
    assert rules(text) == [("近所に住む男性", 1, "direct", "between")]


def test_words_quoted_as_someones_remark():
    text = "「橋は来年完成する」と山田一郎知事の発言が引用された。\n"
    assert rules(text) == [("山田一郎", 1, "direct", "between")]


# --- 4. list lines sharing one verb ------------------------------------------------

LIST = (
    "演習には各国から批判が相次いだ。\n"
    "日本は「地域の緊張を招く行為」\n"
    "北欧外務省は「不安定化を招く」\n"
    "南洋連合も「強く懸念している」\n"
    "などと述べ、自制を呼びかけた。\n"
)


def test_list_lines_before_one_verb_each_quote_their_own_topic():
    assert said(LIST) == [("日本", 2, "direct"), ("北欧外務省", 3, "direct"), ("南洋連合", 4, "direct")]
    # words that alone read as no speech: the shared verb at the end makes them a quote
    assert ("日本", 2, "direct", "list_run") in rules(LIST)


def test_a_list_line_that_reads_as_no_speech_without_the_shared_verb_stays_out():
    assert said("演習には各国から批判が相次いだ。\n日本は「地域の緊張を招く行為」\n") == []


def test_a_surname_shared_with_a_relative_names_the_one_who_is_no_relative():
    # 長男の朝比奈悠一さん is called 悠一さん; 朝比奈さん is the writer
    text = ("作家の朝比奈透さんが死去した。長男の朝比奈悠一さんが発表した。\n\n"
            "朝比奈さんは生前、「書くことは、名前を呼び戻すことだ」と語っていた。\n")
    assert said(text) == [("朝比奈透", 3, "direct")]


def test_a_list_line_whose_speaker_is_unknown_does_not_end_the_run():
    # 佐藤氏 may be either 佐藤: that line stays out, the lines around it still share the verb
    text = (
        "演習には各国から批判が相次いだ。佐藤一郎氏と佐藤健太氏も視察した。\n"
        "日本は「地域の緊張を招く行為」\n"
        "佐藤氏は「強く懸念している」\n"
        "南洋連合も「容認できない」\n"
        "などと述べ、自制を呼びかけた。\n"
    )
    assert said(text) == [("日本", 2, "direct"), ("南洋連合", 4, "direct")]


def test_a_topic_and_a_term_in_brackets_without_a_verb_after_them_is_no_quote():
    assert said("今年のテーマは「平和」。\n\n会場は「中央広場」\n") == []


# --- 5. a speaker continued across sentences and paragraphs -------------------------

CONTINUED = (
    "こうした批判に中国外務省の汪明副報道局長は猛反発した。「各国は事実を見ていない」と述べた。\n\n"
    "また各国の主張は誤りだと主張した。\n\n"
    "加えて「我々は断固として対応する」と述べた。\n"
)


def test_statements_without_a_subject_continue_the_previous_speaker():
    assert rules(CONTINUED) == [
        ("汪明", 1, "direct", "continued"),
        ("汪明", 3, "indirect", "continued"),
        ("汪明", 5, "direct", "continued"),
    ]


def test_another_subject_between_stops_the_continuation():
    text = "山田一郎社長は「増産する」と述べた。\n\n一方、労働組合は人員が足りないと批判した。\n\nまた、賃上げが必要だと訴えた。\n"
    assert said(text) == [("山田一郎", 1, "direct")]


def test_a_subject_in_a_concessive_clause_does_not_stop_the_continuation():
    text = "被告の女性は和解後も騒音を出し続けた。原告の男性が注意しても、「辛抱するべきだ」などと発言した。\n"
    assert rules(text) == [("被告の女性", 1, "direct", "continued")]


# --- 6. subject and embedded clauses --------------------------------------------------


def test_the_topic_speaks_not_the_subject_of_an_embedded_clause():
    text = "南の国のカルロス・ロペス大統領は、北の軍が作戦を実施した当初は、「資源の奪取だ」と述べた。\n"
    assert rules(text) == [("カルロス・ロペス", 1, "direct", "stated")]


def test_a_subject_of_a_time_clause_keeps_speaking():
    text = "しかし、地元住民が現地を確認したところ「何も変わっていない」とし、対応を求めた。\n"
    assert said(text) == [("地元住民", 1, "direct")]


# --- 7. organisations and 同社 -------------------------------------------------------


def test_dousha_is_the_company_named_before():
    text = "北山製作所によると、健康被害は確認されていない。同社は「ご心配をおかけし申し訳ない」とコメントしている。\n"
    assert said(text) == [("北山製作所", 1, "direct")]


def test_dousha_is_the_company_that_acted_though_given_a_short_name_in_brackets():
    # 北山製作所（以下、北山）は: the subject of the sentence, not the company whose parts it uses
    text = "北山製作所（以下、北山）は新製品を発表した。南海電機株式会社の部品を使っている。同社は「自信作だ」とコメントした。\n"
    assert said(text) == [("北山製作所", 1, "direct")]


@pytest.mark.parametrize("cited", ["NHKなどによると", "NHKなどによれば", "NHKなどの報道では", "NHKの報道によると",
                                    "NHKが報じたところでは", "NHKなどが報じたところでは"])
def test_dousha_is_never_the_broadcaster_a_report_cites(cited):
    # the only organisation known is NHK, cited as the report's source (the
    # bus company is no term: 青葉 and ハイウェイバス are common words): 同社 stays as written
    text = (f"バス横転\n\n{cited}、バスが横転した。\n\n運行する青葉ハイウェイバス（本社・名古屋市）の社長が謝罪した。\n\n"
            "同社は「人手が足りなかった」と説明している。\n")
    assert said(text)[-1] == ("同社", 7, "direct")


def test_dousha_is_never_a_high_school():
    text = "商品開発\n\n県立南霧島農業高校の生徒が開発した。\n\n同社は「協力を続けたい」としている。\n"
    assert said(text) == [("同社", 5, "direct")]


def test_dousha_is_never_a_public_bureau():
    text = ("遊具停止\n\n運営する北山レジャー株式会社によると、装置が作動した。姫路市消防局によると、けが人はいない。"
            "同社は「申し訳ない」としている。\n")
    assert said(text) == [("北山レジャー株式会社", 3, "direct")]


def test_dokai_is_a_society_never_an_assembly():
    # 同会 points to the parents' group, not to the city assembly named after it (that is 同議会)
    text = ("請願\n\n保護者らでつくる市民団体「給食を考える保護者の会」は請願書を出した。\n\n"
            "同会の代表は、市議会の議長に請願書を手渡した。\n\n同会は「活動を続ける」としている。\n")
    assert said(text) == [("給食を考える保護者の会", 7, "direct")]


def test_a_bodys_seat_speaks_for_the_body():
    # 北山化学工業の本社（東京都）は…「…」とのコメントを掲載した: the company, at its seat
    text = "排水\n\n北山化学工業株式会社の本社（東京都千代田区）は、「おわび申し上げます」とのコメントを出した。\n"
    assert said(text) == [("北山化学工業株式会社", 3, "direct")]


def test_a_list_line_under_an_office_no_one_named_holds_is_told_by_what_they_are():
    text = ("決議\n\n採決後、各国の代表は次のように述べた。\n日本の水落晴臣国連大使「支持する」\n"
            "中国の代表「対話による解決こそが根本的な道だ」\n")
    assert said(text) == [("水落晴臣", 4, "direct"), ("中国の代表", 5, "direct")]


def test_a_short_name_given_in_brackets_names_the_body_later():
    text = "南海未来党（以下、未来党）は選挙に臨んだ。\n\n未来党は「必ず議席を取る」と主張をしている。\n"
    assert [(s.name, s.kind) for s in find_speakers(parse(text), analyze(parse(text)))] == [("南海未来党", "organization")]


def test_an_organisations_statement_without_brackets_is_no_quote():
    assert said("北山電機は、新製品を来月発売すると発表した。\n") == []


# --- 8. unnamed speakers told apart --------------------------------------------------


def test_unnamed_residents_are_told_apart_by_age_and_pointed_back_to():
    text = (
        "取材に応じた会社員の男性（50）は、「家が全焼した」。\n\n"
        "同じく会社員の男性（39）も「何も残っていない」と絶句していた。\n\n"
        "倉庫を建てた男性（40）も被害を受けた。この男性は「再建したい」と述べた。\n"
    )
    assert said(text) == [
        ("会社員の男性（50）", 1, "direct"),
        ("会社員の男性（39）", 3, "direct"),
        ("倉庫を建てた男性（40）", 5, "direct"),
    ]


# --- 9. Chinese and Korean names in kanji ---------------------------------------------


def test_a_kanji_name_with_a_title_and_a_reading_is_one_person():
    text = "南の国の文在寅（ムン・ジェイン）大統領は「対話を続ける」と述べた。\n"
    article = parse(text)
    assert said(text) == [("文在寅", 1, "direct")]
    assert [t.text for t in analyze(article).terms if t.category == "person"] == ["文在寅"]


# --- 10. names -------------------------------------------------------------------------


def test_the_phrase_before_a_name_is_not_part_of_it():
    assert said("心臓外科部長の山田太郎教授は「手術は成功した」と述べた。\n") == [("山田太郎", 1, "direct")]


def test_a_stage_name_and_its_short_form_are_one_person():
    text = "落語家の桂文助さんは「感謝しかない」と語った。公演後、文助さんは「また来たい」と話した。\n"
    assert said(text) == [("桂文助", 1, "direct"), ("桂文助", 1, "direct")]


def test_a_surname_two_people_share_is_left_unresolved():
    text = (
        "父の佐藤一郎選手は「楽しかった」と話した。息子の佐藤健太選手は「次は勝つ」と語った。"
        "佐藤選手は「また出たい」とも述べた。\n"
    )
    assert said(text) == [("佐藤一郎", 1, "direct"), ("佐藤健太", 1, "direct")]


# --- 11. what stays out -----------------------------------------------------------------


def test_a_reporters_question_is_the_reporters_not_the_answer():
    text = "記者から「増税はあるのか」と質問されると、佐藤健一首相は「今は考えていない」と答えた。\n"
    assert said(text) == [("記者", 1, "direct"), ("佐藤健一", 1, "direct")]


def test_media_cited_as_sources_are_no_speakers():
    assert said("共同通信によると、政府は来年度の予算案をまとめた。\n") == []


def test_hearsay_is_no_quote():
    assert said("近くに住む人によると、昨夜大きな音がしたという。\n") == []


def test_names_and_sounds_in_brackets_are_no_quotes():
    text = "町では「まちおこし」と呼ばれる取り組みが進む。警備員は「パン」という音を聞いた。新制度は「未来戦略」と名付けられた。\n"
    assert said(text) == []


# --- 12. label lines --------------------------------------------------------------------


def test_a_label_line_is_a_subheading():
    article = parse("市長選の結果が出た。\n\n以下、田村氏のコメント\n\n「地域のために全力を尽くしたい」\n")
    assert [s.title for s in article.sections if s.heading] == ["以下、田村氏のコメント"]


def test_a_quote_standing_alone_is_never_a_subheading():
    article = parse("前の段落。\n\n「公約は必ず守ります」\n\n次の段落。\n")
    assert [s.title for s in article.sections if s.heading] == []


def test_a_one_sentence_paragraph_taken_for_a_subheading_is_still_read_for_speech():
    # no topic and no 「: parsed as a subheading, but its 。 says it is a sentence of the text
    text = (
        "山田一郎首相は会見で、景気は回復していると述べた。\n\n"
        "また、物価の上昇を抑えると強調。\n\n"
        "政府は来月にも新たな経済対策をまとめる方針で、与党との調整を急いでいる。\n"
    )
    assert [s.title for s in parse(text).sections if s.heading] == ["また、物価の上昇を抑えると強調。"]
    assert said(text) == [("山田一郎", 1, "indirect"), ("山田一郎", 3, "indirect")]


# --- each sieve, by name ---------------------------------------------------------------


def test_sieve_relayed_a_statement_relayed_by_an_agency_is_its_speakers():
    text = "ロイター通信は、保健当局者の同日の発言として、患者は11人だとした。\n"
    assert rules(text) == [("保健当局者", 1, "indirect", "relayed")]


def test_sieve_relative_head_the_reporting_verb_describes_the_speaker():
    assert rules("「ドンという音がした」と話す男性もいた。\n") == [("男性", 1, "direct", "relative_head")]


def test_sieve_stated_reported_speech_after_its_speaker():
    assert rules("山田一郎首相は、景気は回復していると述べた。\n") == [("山田一郎", 1, "indirect", "stated")]


def test_the_sieves_are_tried_most_precise_first():
    from tui.quotes.sieves import SIEVES

    assert [s.__name__ for s in SIEVES] == [
        "relayed", "relative_head", "bracketed", "between", "written", "named_before", "stated", "asked", "announced", "continued",
    ]


def test_a_label_may_say_whose_the_speaker_is():
    assert said("店主の田中一郎さん。「毎日が勝負です」\n") == [("田中一郎", 1, "direct")]


def test_a_sentence_about_a_thing_labels_no_one():
    assert said("町の人口は減った。「寂しい」\n") == []


def test_a_quote_alone_that_the_next_sentence_does_not_name_is_the_previous_speakers():
    # the sentence after the quote says nothing of who spoke: the person the text was about
    text = "山田一郎首相は記者団と握手した。「景気は回復している」。会見は三十分で終わった。\n"
    assert rules(text) == [("山田一郎", 1, "direct", "announced")]
