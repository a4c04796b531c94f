"""Who said what: direct and reported speech, speakers, aliases, and ``kiji quotes``."""

from __future__ import annotations

import csv
import io
import json
import time

from rich.cells import cell_len

from tui.analysis import analyze
from tui.text import parse, read_article
from tui.text import bundled_article
from tui.quotes import Quote, Speaker, find_speakers, render_quotes


def speakers(text: str) -> tuple[Speaker, ...]:
    article = parse(text)
    return find_speakers(article, analyze(article))


def said(text: str) -> list[tuple[str, int, str]]:
    """(speaker, line, kind) of every quote, in speaker order."""
    return [(s.name, q.line, q.kind) for s in speakers(text) for q in s.quotes]


def one_quote(text: str) -> tuple[Speaker, Quote]:
    found = speakers(text)
    assert len(found) == 1 and len(found[0].quotes) == 1, found
    return found[0], found[0].quotes[0]


# --- the bundled seed -------------------------------------------------------------


def test_seed_has_nine_quotes_by_four_speakers():
    article = read_article(bundled_article())
    found = find_speakers(article, analyze(article))
    assert [(s.name, [q.line for q in s.quotes]) for s in found] == [
        ("ルオン・タム・クアン", [3, 14, 25]),
        ("ジョン・ブランドリーノ", [31, 38, 40]),
        ("グエン・ミン・ヴー", [47, 49]),
        ("グエン・クオック・トアン", [56]),
    ]
    kinds = {q.line: q.kind for s in found for q in s.quotes}
    assert kinds[38] == "direct" and kinds[3] == "indirect"
    assert "外務次官" in found[2].aliases


# --- direct quotes ------------------------------------------------------------------


def test_quote_before_speaker_and_verb():
    sp, q = one_quote("「景気は回復している」と山田一郎首相は述べた。")
    assert (sp.name, q.kind, q.text, q.verb) == ("山田一郎", "direct", "景気は回復している", "と山田一郎首相は述べた")


def test_speaker_before_quote():
    sp, q = one_quote("鈴木花子知事は「県民の安全を守る」と語った。")
    assert (sp.name, q.text) == ("鈴木花子", "県民の安全を守る")


def test_speaker_with_comma_before_quote():
    sp, q = one_quote("佐藤健太社長は、「来年は黒字にする」と強調した。")
    assert (sp.name, q.verb) == ("佐藤健太", "と強調した")


def test_quote_offsets_point_into_the_block():
    text = "鈴木花子知事は「県民の安全を守る」と語った。"
    _, q = one_quote(text)
    assert text[q.start : q.end] == q.text


def test_polite_form_counts():
    _, q = one_quote("「準備は整った」と田中誠教授は強調しました。")
    assert q.verb == "と田中誠教授は強調しました"


def test_two_adjacent_brackets_under_one_verb_are_two_quotes_of_one_speaker():
    text = "山田一郎首相は「景気は回復した」「賃金も上げる」と力説。"
    [sp] = speakers(text)
    assert [(q.text, q.verb) for q in sp.quotes] == [("景気は回復した", "と力説"), ("賃金も上げる", "と力説")]
    assert [text[q.start : q.end] for q in sp.quotes] == ["景気は回復した", "賃金も上げる"]


def test_brackets_joined_by_a_comma_are_two_quotes_never_one_with_the_joint():
    [sp] = speakers("鈴木花子知事は「感謝したい」、「前に進む」と語った。")
    assert [q.text for q in sp.quotes] == ["感謝したい", "前に進む"]
    assert not any("」" in q.text or "「" in q.text for q in sp.quotes)


def test_two_quotes_with_their_own_verbs_are_two():
    assert said("山田一郎首相は「感謝したい」と語ったほか、選挙については「残念だ」と振り返った。") == [
        ("山田一郎", 1, "direct"),
        ("山田一郎", 1, "direct"),
    ]


def test_speaker_named_after_the_quote():
    assert said("「まだ始まりだ」と鈴木花子知事は話した。") == [("鈴木花子", 1, "direct")]


def test_quote_first_then_speaker_sentence():
    assert said("「必ず勝つ」。山田一郎監督はこう語った。") == [("山田一郎", 1, "direct")]


def test_speaker_line_then_quote_line():
    text = "山田一郎監督は試合後、次のように語った。\n\n「選手たちを誇りに思う。最後までよく走った」\n"
    assert said(text) == [("山田一郎", 3, "direct")]


def test_organisation_is_speaker_of_a_bracket_quote():
    sp, _ = one_quote("同漁業組合は、「確認が不足していた」と釈明した。")
    assert (sp.name, sp.kind) == ("漁業組合", "organization")


def test_unnamed_speaker_keeps_its_description():
    sp, _ = one_quote("市役所の担当者は「対応を急ぐ」と話した。")
    assert (sp.name, sp.kind) == ("市役所の担当者", "unnamed_person")


def test_statement_from_someone_via_kara():
    sp, _ = one_quote("会議では委員から、「もっと議論が必要だ」との意見が出た。")
    assert (sp.name, sp.kind) == ("委員", "unnamed_person")


def test_same_description_in_two_paragraphs_is_two_speakers():
    text = "A社の担当者は「忙しい」と話した。\n\nB社の担当者は「暇だ」と話した。\n"
    found = speakers(text)
    assert [s.name for s in found] == ["A社の担当者", "B社の担当者"]
    text = "協会では、担当者は「忙しい」と話した。\n\n会社では、担当者は「暇だ」と話した。\n"
    assert len(speakers(text)) == 2


# --- not quotes ---------------------------------------------------------------------


def test_brackets_around_a_name_are_not_a_quote():
    assert said("この町は「平和の町」として知られている。") == []


def test_brackets_around_a_slogan_are_not_a_quote():
    assert said("山田一郎首相は「強い経済」という目標を掲げた。") == []


def test_caption_is_not_speech():
    text = "本文の段落です。\n\nphoto.jpg\n山田一郎首相が演説した。\n\n別の段落です。\n"
    assert said(text) == []


def test_caption_with_brackets_is_not_speech():
    text = "本文の段落です。\n\nphoto.jpg\n山田一郎首相は「勝つ」と述べた。\n\n別の段落です。\n"
    assert said(text) == []


def test_media_cited_as_source_is_not_a_speaker():
    assert said("東西新聞によると、物価は上がり続けていると伝えた。") == []


def test_relative_clause_is_not_a_statement():
    assert said("外務省は結果を発表する記者会見を開いた。") == []


def test_organisation_statement_without_brackets_is_not_a_quote():
    assert said("外務省は、交渉は順調だと説明した。") == []


def test_belief_is_not_a_quote():
    assert said("山田一郎首相は、景気は回復するとみている。") == []


def test_article_without_quotes_has_no_speakers():
    assert speakers("試合は3対2で終わった。\n\n観客は5万人だった。\n") == ()


# --- reported speech ------------------------------------------------------------------


def test_reported_speech_with_to_nobeta():
    sp, q = one_quote("山田一郎首相は、景気は回復していると述べた。")
    assert (sp.name, q.kind, q.text, q.verb) == ("山田一郎", "indirect", "景気は回復している", "と述べた")


def test_reported_speech_polite_and_te_iru_forms():
    assert said("山田一郎首相は、増税はしないと話しています。") == [("山田一郎", 1, "indirect")]
    assert said("鈴木花子知事は、予算は足りると説明していた。") == [("鈴木花子", 1, "indirect")]


def test_reported_view():
    _, q = one_quote("山田一郎首相は、景気は回復しているとの見方を示した。")
    assert q.text == "景気は回復している"


def test_reported_koto_wo_with_chained_verbs_is_one_quote():
    _, q = one_quote("山田一郎首相は、各国に協力を強化することを提案し、要請した。")
    assert (q.text, q.verb) == ("各国に協力を強化する", "ことを提案し、要請した")


def test_koto_wo_akiraka_ni_shita():
    _, q = one_quote("鈴木花子知事は、来年退任することを明らかにした。")
    assert q.verb == "ことを明らかにした"


def test_koto_mo_akiraka_ni_shita_is_reported_like_koto_wo():
    sp, q = one_quote("鈴木花子知事は、来年の選挙には出馬しないことも明らかにした。")
    assert (sp.name, q.kind, q.text, q.verb) == ("鈴木花子", "indirect", "来年の選挙には出馬しない", "ことも明らかにした")


def test_quote_closed_by_a_description_of_the_speaker_without_a_verb():
    sp, q = one_quote("敗れた南西大の北野誠監督は「あと一本が出なかった。切り替える」と言葉少なだった。")
    assert (sp.name, q.kind, q.verb) == ("北野誠", "direct", "と言葉少なだった")


def test_term_in_brackets_before_a_description_is_no_quote():
    assert said("北野誠監督は「新人王」と同じ扱いだった。") == []


def test_speaker_after_the_reported_content():
    sp, q = one_quote("前の大統領が死去したと、山田一郎首相が発表した。")
    assert (sp.name, q.text) == ("山田一郎", "前の大統領が死去した")


def test_conversation_partner_is_not_reported_speech():
    assert said("山田一郎首相は大統領と話した。") == []


def test_reported_content_starts_after_the_day_and_the_occasion():
    _, q = one_quote("山田一郎首相は15日、首相官邸で記者団の取材に応じ、経済対策を急ぐと述べた。")
    assert q.text == "経済対策を急ぐ"


def test_reported_content_starts_after_the_setting_of_the_statement():
    _, q = one_quote("鈴木花子知事は20日、定例会見において、予算案を見直すと語った。")
    assert q.text == "予算案を見直す"


def test_a_date_inside_the_reported_content_is_kept():
    _, q = one_quote("鈴木花子知事は、来月3日にも工事を再開すると述べた。")
    assert q.text == "来月3日にも工事を再開する"


def test_a_clause_of_the_content_ending_in_a_verb_is_kept():
    _, q = one_quote("山田一郎首相は、景気は回復し、雇用も増えたと述べた。")
    assert q.text == "景気は回復し、雇用も増えた"


# --- who the speaker is ------------------------------------------------------------------


def test_title_alone_resolves_to_the_person_with_that_title():
    text = "山田一郎外務大臣は、交渉は続くと述べた。\n\n大臣は、合意は近いと語った。\n"
    assert said(text) == [("山田一郎", 1, "indirect"), ("山田一郎", 3, "indirect")]


def test_compatible_title_resolves_to_the_same_office():
    text = "山田一郎外務常任副大臣は、交渉は続くと述べた。\n\n外務次官は、合意は近いと語った。\n"
    found = speakers(text)
    assert [(s.name, len(s.quotes)) for s in found] == [("山田一郎", 2)]
    assert "外務次官" in found[0].aliases


def test_title_alone_resolves_to_the_most_recent_matching_person():
    text = (
        "山田一郎知事は、予算は足りると述べた。\n\n"
        "佐藤健太社長は、工場を増やすと語った。\n\n"
        "知事は、協力したいと話した。\n"
    )
    assert [(s.name, [q.line for q in s.quotes]) for s in speakers(text)] == [("山田一郎", [1, 5]), ("佐藤健太", [3])]


def test_ambiguous_title_stays_unresolved():
    text = (
        "山田一郎外務大臣は、交渉は続くと述べた。\n\n"
        "佐藤健太防衛大臣は、訓練は続くと述べた。\n\n"
        "大臣は、「合意は近い」と語った。\n"
    )
    found = speakers(text)
    assert found[-1].name == "大臣" and found[-1].kind == "unnamed_person"


def test_other_ministry_title_does_not_resolve():
    text = "山田一郎公安大臣は、治安は良いと述べた。\n\n外務次官は、「交渉は続く」と語った。\n"
    assert [s.name for s in speakers(text)] == ["山田一郎", "外務次官"]


def test_surname_with_title_is_the_same_person():
    text = "高橋一郎知事は、予算は足りると述べた。\n\nその後、高橋知事は「安心してほしい」と語った。\n"
    found = speakers(text)
    assert [(s.name, len(s.quotes)) for s in found] == [("高橋一郎", 2)]
    assert "高橋知事" in found[0].aliases


def test_surname_read_as_a_place_is_the_person_already_introduced():
    # Sudachi reads 松本 in 松本知事 as the city
    text = "松本一郎知事は、予算は足りると述べた。\n\nその後、松本知事は「安心してほしい」と語った。\n"
    assert [(s.name, len(s.quotes)) for s in speakers(text)] == [("松本一郎", 2)]


def test_aliases_hold_name_with_title_forms():
    found = speakers("山田一郎外務大臣は、交渉は続くと述べた。\n\n大臣は、合意は近いと語った。\n")
    assert {"山田一郎外務大臣", "外務大臣", "大臣"} <= set(found[0].aliases)


def test_a_title_two_people_hold_is_no_alias_of_either():
    found = speakers("日本の山田一郎外相と韓国の朴秀珍外相が会談した。山田一郎外相は「協力を深める」と述べた。")
    assert [s.name for s in found] == ["山田一郎"] and "外相" not in found[0].aliases


def test_a_title_sudachi_reads_as_two_words_alone_is_the_person_holding_it():
    # 党総書記 is 党|総|書記: no one word of it is a title, the whole is
    text = "北朝鮮の金正恩朝鮮労働党総書記が演説した。党総書記は「対話に応じる」と述べた。"
    assert said(text) == [("金正恩", 1, "direct")]


def test_sentence_without_subject_continues_the_previous_speaker():
    text = "山田一郎首相は、景気は回復していると述べた。その上で「賃金も上げる」と話している。"
    assert said(text) == [("山田一郎", 1, "indirect"), ("山田一郎", 1, "direct")]


def test_sentence_without_subject_after_non_speech_is_not_attributed():
    assert said("式典には100人が参加した。「楽しかった」としている。") == []


def test_several_speakers_in_one_paragraph():
    text = "山田一郎首相は「勝った」と語った。鈴木花子知事は「負けた」と述べた。"
    assert said(text) == [("山田一郎", 1, "direct"), ("鈴木花子", 1, "direct")]


def test_speakers_in_order_of_first_quote():
    text = "鈴木花子知事と山田一郎首相が会談した。\n\n山田一郎首相は「良い会談だった」と語った。\n\n鈴木花子知事は「同感だ」と述べた。\n"
    assert [s.name for s in speakers(text)] == ["山田一郎", "鈴木花子"]


def test_passive_question_belongs_to_who_asked():
    text = "山田一郎選手は、記者から「疲れたか」と質問されたことについて「全く」と述べた。"
    assert said(text) == [("記者", 1, "direct"), ("山田一郎", 1, "direct")]


def test_katakana_names_are_whole_speakers():
    assert said("ジョン・スミス国防長官は、軍は撤退すると述べた。") == [("ジョン・スミス", 1, "indirect")]


# --- kiji quotes ---------------------------------------------------------------------


SAMPLE = (
    Speaker("山田一郎", ("首相",), (Quote(3, "direct", "勝った\x1b[31m", "語った"),)),
    Speaker("Ann", (), (Quote(12, "indirect", 'say "hi", ok', "述べた"),)),
)


def test_table_aligns_columns_by_display_width():
    lines = render_quotes(SAMPLE, "table").splitlines()
    assert len(lines) == 3
    columns = {cell_len(line[: line.index(kind)]) for line, kind in zip(lines, ("kind", "direct", "indirect"))}
    assert len(columns) == 1


def test_table_shows_control_characters_as_visible_symbols():
    out = render_quotes(SAMPLE, "table")
    assert "\x1b" not in out and "勝った␛[31m" in out


def test_table_shows_c1_and_bidi_controls_instead_of_obeying_them():
    found = (Speaker("A\u202e", (), (Quote(1, "direct", "x\x9b2Jy", "述べた"),)),)
    out = render_quotes(found, "table")
    assert "\x9b" not in out and "\u202e" not in out
    assert "x\\x9b2Jy" in out and "A\\u202e" in out


def test_json_escapes_c1_and_bidi_controls_like_dump():
    found = (Speaker("A\u202e", (), (Quote(1, "direct", "x\x9b2J\u2028y", "述べた"),)),)
    out = render_quotes(found, "json")
    assert not any(ch in out for ch in "\x9b\u202e\u2028")
    doc = json.loads(out)
    assert doc["speakers"][0]["name"] == "A\u202e"
    assert doc["speakers"][0]["quotes"][0]["text"] == "x\x9b2J\u2028y"


def test_csv_quotes_cells_with_commas():
    rows = list(csv.reader(io.StringIO(render_quotes(SAMPLE, "csv"))))
    assert rows[0] == ["speaker", "line", "kind", "quote"]
    assert rows[2] == ["Ann", "12", "indirect", 'say "hi", ok']


def test_markdown_escapes_pipes():
    out = render_quotes((Speaker("A", (), (Quote(1, "direct", "a|b", "述べた"),)),), "markdown")
    assert "a\\|b" in out and out.startswith("| speaker |")


def test_json_uses_the_dump_schema():
    doc = json.loads(render_quotes(SAMPLE, "json"))
    assert doc["speakers"][0]["name"] == "山田一郎"
    assert doc["speakers"][0]["quotes"][0]["line"] == 3


def test_no_quotes_table_says_so():
    assert render_quotes((), "table") == "no quotes found\n"


# --- speed ------------------------------------------------------------------------------


def test_long_article_is_linear():
    para = "山田一郎首相は、景気は回復していると述べた。その上で「賃金も上げる」と話している。大臣は、予算は足りると説明した。\n\n"
    small, big = parse(para * 50), parse(para * 400)
    a_small, a_big = analyze(small), analyze(big)
    t0 = time.perf_counter()
    find_speakers(small, a_small)
    t1 = time.perf_counter()
    found = find_speakers(big, a_big)
    t2 = time.perf_counter()
    assert sum(len(s.quotes) for s in found) == 1200
    assert (t2 - t1) < 8 * 8 * (t1 - t0) + 0.5  # 8× the text, well under 64× the time


# --- more patterns --------------------------------------------------------------------


def test_connective_after_the_speaker_is_not_part_of_the_content():
    _, q = one_quote("同社長はまた、雇用は守ると語った。")
    assert q.text == "雇用は守る"


def test_headline_with_brackets_is_not_a_quote():
    text = "本文の最初の段落です。選挙が終わった。\n\n山田氏「全力を尽くした」\n\n山田一郎氏は敗れた。支持者は落胆した。\n"
    assert said(text) == []


def test_speaker_sentence_after_quote_first_sentence_with_kou_nobe():
    text = "「結果を重く受け止めている」。記者会見した文部科学省の幹部はこう述べ、再発防止を誓った。"
    sp, q = one_quote(text)
    assert (sp.name, q.kind, q.text) == ("文部科学省の幹部", "direct", "結果を重く受け止めている")


def test_title_with_counter_prefix_same_company():
    text = "山田一郎社長は、「増産する」と強調した。同社長はまた、雇用は守ると語った。"
    assert said(text) == [("山田一郎", 1, "direct"), ("山田一郎", 1, "indirect")]


# --- speaker phrases -----------------------------------------------------------------


def test_name_followed_by_a_post_that_is_no_known_title_is_the_person():
    sp, _ = one_quote("ケニアのジョン・ムワンギ副水資源省は、取材に答え、雨は足りないとする見方を語った。")
    assert sp.name == "ジョン・ムワンギ" and "ジョン・ムワンギ副水資源省" in sp.aliases


def test_name_followed_by_its_office_is_an_organisation_not_the_person():
    assert said("山田一郎事務所は、近く声明を出すと述べた。") == []


def test_bare_person_noun_keeps_the_relative_clause_that_describes_it():
    sp, _ = one_quote("川沿いに住む住民が、「水が引かない」と訴えた。")
    assert (sp.name, sp.kind) == ("川沿いに住む住民", "unnamed_person")


def test_a_topic_before_the_relative_clause_is_no_part_of_the_description():
    # この日は is when, not who: the description is the clause alone
    sp, _ = one_quote("この日は来場した客が「楽しかった」と話した。")
    assert (sp.name, sp.kind) == ("来場した客", "unnamed_person")


def test_person_noun_with_an_age_keeps_it():
    sp, _ = one_quote("近くに住む60代の男性は「驚いた」と話した。")
    assert sp.name == "60代の男性"


def test_same_company_reference_stays_as_written():
    sp, _ = one_quote("北光電機は新製品を発表した。同社は「自信作だ」とコメントした。")
    assert (sp.name, sp.kind) == ("同社", "organization")


# --- quotes without a speech verb after と ---------------------------------------------


def test_quote_right_after_its_speaker_without_to():
    sp, q = one_quote("組合の担当者は「工事が遅れるのではないか」早めの連絡を求めている。")
    assert (sp.name, q.kind, q.text, q.verb) == ("組合の担当者", "direct", "工事が遅れるのではないか", "求めている")


def test_term_right_after_a_subject_is_not_a_quote():
    assert said("山田一郎社長は「北風」シリーズの新製品を紹介した。") == []


def test_quote_with_a_reaction_instead_of_a_speech_verb():
    sp, q = one_quote("試合後、山田一郎監督は「選手を褒めたい」と胸を張った。")
    assert (sp.name, q.verb) == ("山田一郎", "と胸を張った")


def test_quote_with_any_predicate_counts_for_a_stated_speaker():
    sp, q = one_quote("山田一郎氏は、「悔いはない」と支持者に頭を下げた。")
    assert (sp.name, q.verb) == ("山田一郎", "と支持者に頭を下げた")


def test_any_predicate_does_not_make_a_term_a_quote():
    assert said("山田一郎氏は、「緑の町」と大きく書かれた旗を振った。") == []
    assert said("山田一郎氏は、「希望の丘」と新しい公園を名付けた。") == []


def test_two_bracketed_names_joined_by_to_are_not_a_quote():
    found = speakers("山田一郎社長は「北風」と「南風」を来月発売すると述べた。")
    assert [q.kind for s in found for q in s.quotes] == ["indirect"]


def test_speaker_named_after_a_relative_predicate():
    sp, q = one_quote("「大きな音がした」と話す男性もいた。")
    assert (sp.name, sp.kind, q.text) == ("男性", "unnamed_person", "大きな音がした")


def test_relative_predicate_before_a_thing_is_no_speaker():
    assert said("「大きな音がした」と話す場面もあった。") == []


def test_quote_alone_then_a_reaction_of_the_speaker():
    sp, q = one_quote("「まだ何も決まっていない」。主将の山田一郎選手は気を引き締めた。")
    assert (sp.name, q.text, q.verb) == ("山田一郎", "まだ何も決まっていない", "気を引き締めた")


def test_quote_alone_then_a_speech_verb_without_content():
    sp, _ = one_quote("「本当にうれしい」。初優勝の山田一郎選手は涙ながらに語った。")
    assert sp.name == "山田一郎"


def test_quote_alone_then_an_unrelated_sentence_is_not_attributed():
    assert said("「本当にうれしい」。山田一郎選手は来月の大会にも出場する。") == []


# --- other quotation marks ----------------------------------------------------------------


def test_double_brackets_as_outer_quotation_marks():
    _, q = one_quote("山田一郎氏は『もう一度挑戦したい』と語った。")
    assert q.text == "もう一度挑戦したい"


def test_double_brackets_around_a_title_are_not_a_quote():
    assert said("山田一郎氏の新刊『海の記憶』が売れている。") == []


def test_nested_brackets_inside_double_brackets_stay_inside():
    _, q = one_quote("山田一郎氏は『「勝つ」と言ったのは本気だ』と述べた。")
    assert q.text == "「勝つ」と言ったのは本気だ"


def test_other_quotation_marks():
    assert [q.text for s in speakers("鈴木花子知事は〝必ずやり遂げる〟と述べた。") for q in s.quotes] == ["必ずやり遂げる"]
    assert [q.text for s in speakers("鈴木花子知事は“必ずやり遂げる”と述べた。") for q in s.quotes] == ["必ずやり遂げる"]


# --- relayed statements ---------------------------------------------------------------


def test_statement_relayed_by_an_agency_belongs_to_the_official():
    sp, q = one_quote("東西通信は、同国の保健当局者の発言として、感染者は10人に増えたと伝えた。")
    assert (sp.name, sp.kind, q.kind, q.text, q.verb) == ("同国の保健当局者", "unnamed_person", "indirect", "感染者は10人に増えた", "と伝えた")


def test_relayed_statement_skips_a_date_in_the_chain():
    sp, _ = one_quote("東西通信は、保健当局者の同日の発言として、検査を続けているとした。")
    assert sp.name == "保健当局者"


def test_source_cited_with_hanashi_to_shite_is_not_a_quote():
    assert said("東西新聞が市の担当者の話として伝えたところによると、工事は遅れているという。") == []


# --- the reader's inputs ------------------------------------------------------------


def test_quote_spans_keep_nested_marks_inside_the_outer_pair():
    from tui.quotes.sentences import quote_spans

    assert quote_spans("a「b『c』d」e") == [(1, 7)]
    assert quote_spans("『x「y」z』") == [(0, 6)]


def test_a_kagikakko_left_open_runs_to_the_end_of_the_text():
    # news closes a quote of several paragraphs only in the last one
    from tui.quotes.sentences import quote_spans

    assert quote_spans("「a」b「c「d」") == [(0, 2), (4, 9)]


def test_any_other_bracket_left_open_ends_the_quote_spans():
    from tui.quotes.sentences import quote_spans

    assert quote_spans("「a」b『c『d』") == [(0, 2)]
    assert quote_spans("「a」b「c「d") == [(0, 2)]  # two left open: which closes where is unknown


def test_sentence_end_inside_a_quote_does_not_cut_the_sentence():
    from tui.quotes.sentences import quote_spans, sentences
    from tui.analysis.tokens import tokenize

    text = "山田氏は「行く。必ず」と述べた。次だ。"
    cuts = [(s.start, s.end) for s in sentences(text, quote_spans(text), tokenize(text))]
    assert cuts == [(0, 16), (16, 19)]


def test_full_width_period_ends_a_sentence_like_the_full_stop():
    from tui.quotes.sentences import quote_spans, sentences
    from tui.analysis.tokens import tokenize

    text = "山田氏は行くと述べた．次だ．"
    cuts = [(s.start, s.end) for s in sentences(text, quote_spans(text), tokenize(text))]
    assert cuts == [(0, 11), (11, 14)]


def test_speakers_are_the_same_from_the_on_demand_tokens():
    from tui.analysis import analyze_on_demand

    article = read_article(bundled_article())
    on_demand, _ = analyze_on_demand(article)
    assert find_speakers(article, on_demand) == find_speakers(article, analyze(article))
