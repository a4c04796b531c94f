"""Shapes of attribution met in a blind set of news articles, one behaviour per test.

Each rule has an input it alone accepts beside a near twin it rejects: a
statement made with する (…必要ないとした), an adjectival adverb between と and
the verb (…と正式に発表した), some of a group as the speaker (教員の一部から),
relatives (男性の妻), a note between equals signs after a name
(山田県議（44）＝北浜市選出＝は), reactions of the voice and the eyes (と声を
震わせた, と語気を強めた), local assembly members as a title (県議) and a
speaker ending the sentence after the quote with no verb (「…」と山田市長。).
"""

from __future__ import annotations

import pytest

from tui.analysis import analyze, people_in
from tui.quotes import find_speakers
from tui.text import parse

LEAD = "市は新しい制度を一日から始めた。"


def said(text: str) -> list[tuple[str, str, str]]:
    """(speaker, kind, quote text) of every quote of ``text``."""
    article = parse(text)
    return [(s.name, q.kind, q.text) for s in find_speakers(article, analyze(article)) for q in s.quotes]


# --- a statement made with する ---------------------------------------------------------


@pytest.mark.parametrize("ending", ["とした。", "としている。", "とし、説明を終えた。"])
def test_a_clause_stated_with_suru_is_reported_speech(ending):
    assert said(f"{LEAD}山田太郎氏は、謝罪は必要ない{ending}") == [("山田太郎", "indirect", "謝罪は必要ない")]


def test_a_clause_given_as_a_ground_with_toshite_is_no_statement():
    assert said(f"{LEAD}山田太郎氏は、謝罪は必要ないとして、市を提訴した。") == []


def test_a_noun_made_something_with_suru_is_no_statement():
    assert said(f"{LEAD}山田太郎氏は、売上高を目標とした。") == []


def test_a_clause_stated_with_suru_before_a_noun_is_that_nouns_content():
    # …とする方針 is a clause modifying 方針, not the predicate of a statement
    assert said(f"{LEAD}山田太郎氏は、謝罪は必要ないとする書類を作った。") == []


# --- the gap between と and the verb ---------------------------------------------------


def test_an_adjectival_adverb_may_stand_between_to_and_the_verb():
    assert said(f"{LEAD}山田太郎投手は、今季限りで引退すると正式に発表した。") == [("山田太郎", "indirect", "今季限りで引退する")]


def test_a_request_is_still_read_after_a_clause_with_to():
    # よう is an adjectival noun too: the gap stops at it, and the request stays one; the
    # concern shown before it (と懸念を示し) is a statement of its own, as a quote's would be
    got = said(f"{LEAD}山田太郎社長は、納期が遅れると懸念を示し、組合に交渉へ戻るよう求めた。")
    assert got == [("山田太郎", "indirect", "納期が遅れる"), ("山田太郎", "indirect", "組合に交渉へ戻る")]


# --- who speaks ------------------------------------------------------------------------


def test_some_of_a_group_of_people_is_the_speaker():
    assert said(f"{LEAD}教員の一部から「服装が乱れる」と懸念する声も上がった。") == [("教員の一部", "direct", "服装が乱れる")]


def test_a_speaker_described_by_a_clause_between_the_quote_and_a_reaction_speaks():
    # 「…」と、会見した同社の山田太郎社長は目を潤ませた: 会見した describes him; the reaction reports
    assert said(f"{LEAD}「感謝したい」と、打ち上げ後に会見した同社の山田太郎社長は目を潤ませた。") == [
        ("山田太郎", "direct", "感謝したい")]


@pytest.mark.parametrize("face", ["目を赤くした", "目を丸くした"])
def test_a_face_made_so_after_a_speaker_described_by_a_clause_reports_the_quote(face):
    # 「…」と、向かいに住む女性（70）は目を赤くした: 住む describes her, 目を赤くした reports
    assert said(f"{LEAD}「毎朝あいさつを交わしていた」と、向かいに住む女性（70）は{face}。") == [
        ("向かいに住む女性（70）", "direct", "毎朝あいさつを交わしていた")]


def test_a_fact_introduced_with_shoukai_is_reported_speech_and_keeps_the_quote_after_it():
    # …と紹介し、「…」と述べた: the place in what he told (小学校では) is no speaker
    got = said(f"{LEAD}山田太郎議員は、視察した小学校では断水でトイレが使えなかったと紹介し、「悪循環が起きている」と述べた。")
    assert got == [("山田太郎", "indirect", "視察した小学校では断水でトイレが使えなかった"),
                   ("山田太郎", "direct", "悪循環が起きている")]


def test_a_bodys_seat_in_brackets_after_its_name_is_no_speaker():
    # 「むさしの給食サービス」（本社・さいたま市）: where it sits, not who spoke the name
    got = said(f"{LEAD}調理したのは「むさしの給食サービス」（本社・さいたま市）。同社は「深くおわびします」とのコメントを発表した。")
    assert got == [("むさしの給食サービス", "direct", "深くおわびします")]


def test_a_concern_shown_is_reported_speech_but_a_voice_of_concern_is_no_ones():
    got = said(f"{LEAD}山田太郎研究員は、開発が生息地を脅かしているとの懸念を示した。")
    assert got == [("山田太郎", "indirect", "開発が生息地を脅かしている")]
    # 警察庁では、…「…」という懸念の声が上がっている: a voice, not the agency's words
    assert said("警察庁では、「元号を表示してよいのか」という懸念の声が上がっている。") == []


@pytest.mark.parametrize("sentence, content, verb", [
    ("山田太郎市議は、高齢者が取り残されるのではないかとただした。", "高齢者が取り残されるのではないか", "とただした"),
    ("山田太郎さんは、客の負担感が大きくなると懸念を示した。", "客の負担感が大きくなる", "と懸念を示した"),
    ("山田太郎容疑者は、現金とは知らなかったと容疑を否認している。", "現金とは知らなかった", "と容疑を否認している"),
    ("山田太郎さんは、新作の販売を延期せざるを得なくなったと嘆いた。", "新作の販売を延期せざるを得なくなった", "と嘆いた"),
])
def test_a_question_pressed_a_concern_or_a_denial_without_brackets_is_reported_speech(sentence, content, verb):
    article = parse(f"{LEAD}{sentence}")
    got = [(s.name, q.kind, q.text, q.verb) for s in find_speakers(article, analyze(article)) for q in s.quotes]
    assert got == [("山田太郎", "indirect", content, verb)]


@pytest.mark.parametrize("from_", ["株主から", "株主からは"])
def test_voices_from_shareholders_are_theirs(from_):
    # 株主からは「…」「…」といった声も上がった: a group named as the voices' source (devset 05: 町民からも)
    got = said(f"{LEAD}総会では、{from_}「役員が責任を取るべきだ」「無理を強いていたのではないか」といった声も上がった。")
    assert [name for name, _, _ in got] == ["株主", "株主"]


def test_words_someone_liked_to_say_are_theirs():
    # 「…」という言葉を好んで口にしていた: a saying of theirs, not a name for something
    got = said(f"{LEAD}山田花子さんは作家の育成に力を注ぎ、「書くことは、忘れないことだ」という言葉を好んで口にしていた。")
    assert got == [("山田花子", "direct", "書くことは、忘れないことだ")]


def test_a_body_named_in_brackets_after_its_kind_and_no_speaks():
    # 運航会社の「カモテス・マリン・ライン」は声明で「…」とした
    got = said(f"{LEAD}運航会社の「カモテス・マリン・ライン」は声明で「調査に全面的に協力する」とした。")
    assert got == [("カモテス・マリン・ライン", "direct", "調査に全面的に協力する")]


def test_a_call_made_with_the_quote_inside_a_clause_is_its_callers():
    # 女性が長男に「…」と電話をかけたことで発覚した: 電話をかけた reports it, though a clause
    assert said(f"{LEAD}事件は、女性が長男に「お金は足りたの」と電話をかけたことで発覚した。") == [
        ("女性", "direct", "お金は足りたの")]


def test_some_of_a_place_is_no_speaker():
    assert said(f"{LEAD}市の一部から「服装が乱れる」との声も上がった。") == []


@pytest.mark.parametrize("relative", ["妻", "父", "娘"])
def test_a_relative_is_described_by_whose_relative(relative):
    assert said(f"{LEAD}男性の{relative}は「怖かった」と話した。") == [(f"男性の{relative}", "direct", "怖かった")]


@pytest.mark.parametrize("eq", ["＝", "="])
def test_a_note_between_equals_signs_after_a_name_is_skipped(eq):
    assert said(f"{LEAD}山田太郎県議（44）{eq}北浜市選出{eq}は「申し訳ない」と述べた。") == [("山田太郎", "direct", "申し訳ない")]


def test_a_local_assembly_member_is_a_title():
    assert [(m.name, m.title) for m in people_in("山田太郎県議が会見した。")] == [("山田太郎", "県議")]


@pytest.mark.parametrize("reaction", ["声を震わせた", "語気を強めた", "声を荒らげた", "目を潤ませた", "表情を曇らせた"])
def test_a_reaction_of_the_voice_or_the_face_reports_the_quote(reaction):
    assert said(f"{LEAD}山田太郎さんは「許せない」と{reaction}。") == [("山田太郎", "direct", "許せない")]


@pytest.mark.parametrize("verb", ["警鐘を鳴らした", "不安を口にした", "ため息をついた", "目頭を押さえた"])
def test_a_warning_or_words_voiced_continue_the_person_named_before(verb):
    # 山田さんは、問題を取り上げた。「…」と警鐘を鳴らした: no subject, and still a report of speech
    assert said(f"{LEAD}山田太郎さんは、問題を取り上げた。「信頼を失う」と{verb}。") == [("山田太郎", "direct", "信頼を失う")]


def test_words_voiced_without_brackets_are_reported_speech():
    article = parse(f"{LEAD}山田太郎さんは、水が足りなくなるのではないかと不安を口にした。")
    got = [(s.name, q.kind, q.text, q.verb) for s in find_speakers(article, analyze(article)) for q in s.quotes]
    assert got == [("山田太郎", "indirect", "水が足りなくなるのではないか", "と不安を口にした")]


# --- the speaker ends the sentence, with no verb ---------------------------------------


@pytest.mark.parametrize("speaker, name", [("山田太郎氏", "山田太郎"), ("北浜市の住民", "北浜市の住民")])
def test_a_speaker_ending_the_sentence_after_to_speaks_the_quote(speaker, name):
    assert said(f"{LEAD}「改革を進める」と{speaker}。") == [(name, "direct", "改革を進める")]


@pytest.mark.parametrize("description", ["駆けつけた会社員の女性（38）", "2人の子どもを連れて駆けつけた市内の会社員の女性（38）"])
def test_a_person_described_after_to_and_a_comma_speaks_the_quote(description):
    # 「…」と、…駆けつけた会社員の女性（38）。: a description of any length after the comma
    assert said(f"{LEAD}「市政を見てくれると思う」と、{description}。") == [
        ("会社員の女性（38）", "direct", "市政を見てくれると思う")]


def test_a_cleft_naming_a_person_themself_names_the_speaker():
    # 「…」と話すのは、鍬田さん本人だ: the person named, with 本人
    text = "鍛冶職人の鍬田勘吉さん（88）。\n\n元会社員の森永拓也さん（31）が来た。\n\n「最初は断った」と話すのは、鍬田さん本人だ。\n"
    assert said(text) == [("鍬田勘吉", "direct", "最初は断った")]


@pytest.mark.parametrize("how", ["素っ気ない", "手厳しかった"])
def test_how_the_speaker_was_ending_the_sentence_after_to_reports_a_stated_quote(how):
    assert said(f"{LEAD}山田太郎さんは「賞をもらっても変わらない」と{how}。") == [("山田太郎", "direct", "賞をもらっても変わらない")]


def test_a_place_ending_the_sentence_after_to_is_no_speaker():
    assert said(f"{LEAD}「改革を進める」と北浜市。") == []


@pytest.mark.parametrize("comma", ["", "、"])
def test_a_person_holding_what_was_written_is_no_speaker(comma):
    assert said(f"{LEAD}「改革を進める」と{comma}書かれた紙を持つ住民。") == []


# --- a quote of several paragraphs -----------------------------------------------------


def test_a_quote_left_open_goes_on_in_the_next_paragraph():
    text = (
        f"{LEAD}\n\n山田太郎社長は、次のように語った。「失敗は悔しい。必ず次につなげる。\n\n"
        "「私たちの目標は変わらない」\n"
    )
    assert said(text) == [
        ("山田太郎", "direct", "失敗は悔しい。必ず次につなげる。"),
        ("山田太郎", "direct", "私たちの目標は変わらない"),
    ]


# --- the speaker named in a cleft after the quote --------------------------------------


@pytest.mark.parametrize("focus", ["山田太郎首相だ。", "山田太郎首相だった。", "、北浜市に住む山田太郎さん（４５）。"])
def test_the_speaker_is_what_a_cleft_ends_with(focus):
    assert said(f"{LEAD}「改革を進める」と述べたのは{focus}") == [("山田太郎", "direct", "改革を進める")]


def test_a_cleft_that_ends_with_no_person_names_no_speaker():
    # …のは会見の最後だった says when; the quote keeps the speaker of the sentence
    assert said("山田太郎首相は会見した。「改革を進める」と述べたのは会見の最後だった。") == [
        ("山田太郎", "direct", "改革を進める")
    ]


def test_a_cleft_that_denies_names_no_speaker():
    assert said(f"{LEAD}「改革を進める」と述べたのは山田太郎首相ではない。") == [("市", "direct", "改革を進める")]


def test_a_verb_before_no_and_ha_that_is_no_cleft_keeps_the_speaker_before():
    assert said(f"{LEAD}山田太郎首相が「改革を進める」と述べたのは北浜市の会見だ。") == [("山田太郎", "direct", "改革を進める")]


# --- punctuation between a quote and its marker ----------------------------------------


def test_a_comma_between_the_quote_and_its_quotative_keeps_it_direct():
    assert said(f"{LEAD}山田太郎首相は会見で「改革を進める」、と述べた。") == [("山田太郎", "direct", "改革を進める")]


def test_two_quotes_joined_by_a_middle_dot_share_the_verb():
    assert said(f"{LEAD}山田太郎首相は「改革を進める」・「年内に決める」と述べた。") == [
        ("山田太郎", "direct", "改革を進める"),
        ("山田太郎", "direct", "年内に決める"),
    ]


def test_a_quote_alone_after_a_tab_is_the_speakers_last_words():
    assert said(f"{LEAD}山田太郎首相は記者団に語った。\t「改革を進める」") == [("山田太郎", "direct", "改革を進める")]


# --- a statement that came from someone, as a noun ------------------------------------


@pytest.mark.parametrize("noun", ["説明", "報告"])
def test_a_statement_noun_after_kara_names_whom_the_words_came_from(noun):
    assert said(f"{LEAD}「改革を進める」と山田太郎首相から{noun}があった。") == [("山田太郎", "direct", "改革を進める")]


def test_an_explanation_answered_is_someone_elses_words():
    assert said(f"{LEAD}山田太郎首相は「改革を進める」との説明に納得しなかった。") == []


# --- a view stated with も, and an adverb before the verb -----------------------------


@pytest.mark.parametrize("phrase", ["との見方も示した", "との考えを改めて示した"])
def test_a_view_with_mo_or_an_adverb_before_its_verb_is_stated(phrase):
    assert said(f"{LEAD}山田太郎首相は、改革は必要だ{phrase}。") == [("山田太郎", "indirect", "改革は必要だ")]


def test_a_view_that_exists_is_no_statement():
    assert said(f"{LEAD}山田太郎首相は、改革は必要だとの見方もある。") == []


# --- a deputy is not the office holder ------------------------------------------------


def test_a_deputy_named_by_office_alone_is_not_the_head_introduced_before():
    got = said("北浜電機の鈴木一郎社長は会見した。同社副社長は「改革を進める」と述べた。")
    assert got == [("同社副社長", "direct", "改革を進める")]


def test_a_head_named_by_office_alone_is_not_the_deputy_introduced_before():
    got = said("北浜電機の鈴木一郎副社長は会見した。同社長は「改革を進める」と述べた。")
    assert got == [("社長", "direct", "改革を進める")]


def test_a_deputy_named_by_office_alone_is_the_deputy_introduced_before():
    got = said("北浜電機の鈴木一郎副社長は会見した。同社副社長は「改革を進める」と述べた。")
    assert got == [("鈴木一郎", "direct", "改革を進める")]


# --- a statement relayed by a news agency ---------------------------------------------


@pytest.mark.parametrize("relayer", ["東西通信は、", "北浜新聞が"])
def test_the_agency_relaying_a_statement_is_not_what_was_said(relayer):
    got = said(f"{LEAD}山田太郎首相の発言として、{relayer}改革は必要だと伝えた。")
    assert got == [("山田太郎", "indirect", "改革は必要だ")]


def test_a_common_noun_as_topic_of_a_relayed_statement_is_what_was_said():
    got = said(f"{LEAD}山田太郎首相の発言として、改革は、必要だと伝えた。")
    assert got == [("山田太郎", "indirect", "改革は、必要だ")]


def test_a_place_as_topic_of_a_relayed_statement_is_what_was_said():
    got = said(f"{LEAD}山田太郎首相の発言として、北浜市は改革を進めるべきだと伝えた。")
    assert got == [("山田太郎", "indirect", "北浜市は改革を進めるべきだ")]


# --- an act asked for, as the object -------------------------------------------------


@pytest.mark.parametrize("act, verb", [
    ("北浜市の制度の即時中止", "求めた"), ("賃金の引き上げ", "改めて求めた"), ("委員会の設置", "公表している"), ("支援の拡充", "訴えた"),
])
def test_an_act_asked_for_or_announced_as_the_object_is_reported_speech(act, verb):
    assert said(f"{LEAD}山田太郎首相は、{act}を{verb}。") == [("山田太郎", "indirect", act)]


@pytest.mark.parametrize("sentence", [
    "山田太郎首相は各国に協力を求めた。",  # no act of anything: no content
    "山田太郎委員長は、約１８０万円の損害賠償を求めた。",  # a claim, no act
    "山田太郎委員長は、制度の見直しを求め、提訴した。",  # the request is a ground of the predicate
    "山田太郎首相は、制度の中止を求める声に反論した。",  # someone else's request
    "山田太郎首相は、制度の見直しを進めた。",  # no verb of asking
    "山田太郎首相は、事件についての声明を公表した。",  # a statement named, not its content
])
def test_an_object_that_is_no_act_asked_for_is_no_statement(sentence):
    assert said(f"{LEAD}{sentence}") == []


# --- a subject inside a clause describing the speaker ----------------------------------


@pytest.mark.parametrize("subject", ["女子生徒が通っていた", "山田太郎さんが通う"])
def test_a_subject_of_a_clause_describing_the_speaker_does_not_speak(subject):
    got = said(f"{LEAD}{subject}中学校の校長は、報告書を公表すると述べた。")
    assert got == [("中学校の校長", "indirect", "報告書を公表する")]


def test_a_subject_before_a_topic_of_the_content_still_speaks():
    got = said(f"{LEAD}山田太郎首相が、委員長は辞任すべきだと述べた。")
    assert got == [("山田太郎", "indirect", "委員長は辞任すべきだ")]


@pytest.mark.parametrize("content", ["来年に予定する選挙で与党が勝つ", "来年に予定する選挙は与党が勝つ"])
def test_a_subject_before_a_clause_of_the_content_still_speaks(content):
    # a subject (与党が) or a topic that names nobody (選挙は) after a relative clause is the content's
    assert said(f"{LEAD}山田太郎首相が{content}と述べた。") == [("山田太郎", "indirect", content)]


# --- the gist of what was said ----------------------------------------------------------


@pytest.mark.parametrize("marker, kind", [
    ("」という趣旨の発言をした", "direct"), ("」という内容の声明を出した", "direct"), ("」という考えを示した", "direct"),
    ("という趣旨の話をしている", "indirect"),
    ("という趣旨の発言をした", "indirect"), ("旨の発言をした", "indirect"), ("旨を述べた", "indirect"), ("旨を伝えた", "indirect"),
])
def test_the_gist_of_a_statement_is_what_was_said(marker, kind):
    opening = "「" if kind == "direct" else "、"
    assert said(f"{LEAD}山田太郎首相は{opening}改革を進める{marker}。") == [("山田太郎", kind, "改革を進める")]


@pytest.mark.parametrize("sentence", [
    "山田太郎首相は、改革の内容を説明した。",  # the content of something, no clause
    "山田太郎首相は「改革」という内容の本を出した。",  # a book, no statement
    "山田太郎首相は、改革を進める旨の通知を受けた。",  # a notice received, not given
    "山田太郎首相は、改革を進めるという趣旨の発言を問題視した。",  # someone else's words, judged
])
def test_a_gist_noun_with_no_statement_is_no_quote(sentence):
    assert said(f"{LEAD}{sentence}") == []


# --- people named by what they are, and counted --------------------------------------


@pytest.mark.parametrize("who", ["同級生", "同僚"])
def test_a_word_starting_with_dou_is_no_pointer(who):
    assert said(f"{LEAD}{who}は「改革を進める」と話した。") == [(who, "direct", "改革を進める")]


def test_dou_before_a_person_noun_still_points_back():
    got = said("北浜市の男性は会見した。同男性は「改革を進める」と話した。")
    assert got == [("北浜市の男性", "direct", "改革を進める")]


@pytest.mark.parametrize("who", ["同級生4人", "住民ら3人"])
def test_people_counted_are_one_unnamed_speaker(who):
    assert said(f"{LEAD}{who}は「改革を進める」と話した。") == [(who, "direct", "改革を進める")]


def test_a_person_and_others_counted_is_that_person():
    assert said(f"{LEAD}山田太郎さんら3人は「改革を進める」と話した。") == [("山田太郎", "direct", "改革を進める")]


def test_people_counted_with_no_noun_are_people():
    assert said(f"{LEAD}3人は「改革を進める」と話した。") == [("3人", "direct", "改革を進める")]


@pytest.mark.parametrize("bodies", ["野党3党", "加盟5か国"])
def test_bodies_counted_are_one_body_with_their_number(bodies):
    article = parse(f"{LEAD}{bodies}は「改革を進める」と発表した。")
    assert [(s.name, s.kind) for s in find_speakers(article, analyze(article))] == [(bodies, "organization")]


# --- subjects of what was said, and sources whom a statement continues -----------------


def test_the_subject_of_a_koto_clause_inside_what_was_said_is_no_speaker():
    # 一方で、被告が救護をしたことは、量刑上考慮したとした: what the judge said of the defendant
    got = said(f"{LEAD}山田太郎裁判長は「悪質な運転だ」と述べた。一方で、被告が救護をしたことは、量刑上考慮したとした。")
    assert got[0] == ("山田太郎", "direct", "悪質な運転だ") and all(name != "被告" for name, _, _ in got)


def test_a_subject_inside_a_koto_clause_is_not_who_disclosed_it():
    got = said("山田太郎校長は「申し訳ない」と謝罪した。授業を担当した男性教諭が薬品を試していたことを明らかにした。")
    assert got == [("山田太郎", "direct", "申し訳ない"), ("山田太郎", "indirect", "授業を担当した男性教諭が薬品を試していた")]


@pytest.mark.parametrize("sentence, content", [
    ("男性教諭が、薬品を試していたことを明らかにした。", "薬品を試していた"),  # set off by a comma: the sentence's subject
    ("男性教諭が事故当時のことを明らかにした。", "事故当時の"),  # no clause: こと is the matter told
    ("男性教諭が薬品を試したと明らかにした。", "薬品を試した"),  # と, not こと: the subject may be the sentence's
])
def test_a_subject_before_a_koto_clause_with_a_comma_or_before_to_speaks(sentence, content):
    assert said(f"{LEAD}{sentence}") == [("男性教諭", "indirect", content)]


@pytest.mark.parametrize("occasion", ["答弁に立ち", "会見を開き", "取材に応じ"])
def test_a_subject_whose_first_clause_is_the_occasion_it_speaks_on_speaks_the_koto_clause(occasion):
    got = said(f"山田太郎校長は「申し訳ない」と謝罪した。男性教諭が{occasion}、薬品を試していたことを明らかにした。")
    assert got == [("山田太郎", "direct", "申し訳ない"), ("男性教諭", "indirect", "薬品を試していた")]


def test_a_subject_whose_first_clause_is_no_occasion_stays_inside_the_koto_clause():
    got = said("山田太郎校長は「申し訳ない」と謝罪した。男性教諭が薬品を試し、記録していたことを明らかにした。")
    assert got[1][0] == "山田太郎"


def test_a_person_cited_as_a_source_is_whom_the_next_statement_continues():
    text = f"{LEAD}山田太郎教授によると、電池は容量を保ったという。実用化については「2030年ごろになる」との見通しを示した。"
    assert said(text) == [("山田太郎", "direct", "2030年ごろになる")]


@pytest.mark.parametrize("source", ["東西新聞によると", "北浜市教育委員会によると", "山田太郎教授による調査では"])
def test_a_body_cited_as_a_source_or_a_persons_work_is_whom_no_statement_continues(source):
    text = f"{LEAD}{source}、電池は容量を保ったという。実用化については「2030年ごろになる」との見通しを示した。"
    assert said(text) == []


# --- a statement relaying another's words ---------------------------------------------


@pytest.mark.parametrize("inner", ["「歴史的な一歩だ」と述べた", "宣言を「歴史的な一歩」と評価した"])
def test_a_spokesperson_relaying_a_quote_states_the_whole_clause(inner):
    got = said(f"{LEAD}国連の山田太郎報道官は、事務総長が{inner}と明らかにした。")
    assert got == [
        ("山田太郎", "indirect", f"事務総長が{inner}"),
        ("事務総長", "direct", inner[inner.index("「") + 1 : inner.index("」")]),
    ]


def test_a_judgement_with_to_is_reported_speech():
    assert said(f"{LEAD}山田太郎首相は、改革は成功したと評価した。") == [("山田太郎", "indirect", "改革は成功した")]
    assert said(f"{LEAD}山田太郎首相は、改革を評価した。") == []


# --- words said to someone, passive ---------------------------------------------------


def test_words_said_to_someone_told_as_a_fact_are_the_sayers():
    got = said(f"{LEAD}山田花子さんは、入院していた女性から「物語を書きなさい」と言われたことを明かした。")
    assert ("入院していた女性", "direct", "物語を書きなさい") in got


def test_a_name_someone_is_called_is_no_quote():
    assert said(f"{LEAD}北浜の山田太郎は「天才」と言われる選手だ。") == []


def test_whom_the_words_were_said_to_is_not_who_said_them():
    assert said(f"{LEAD}北浜市の男性から「帰れ」と言われた女性は驚いた。") == [("北浜市の男性", "direct", "帰れ")]


# --- more speakers and settings -------------------------------------------------------


def test_a_setting_set_off_by_a_comma_does_not_stop_the_previous_speaker():
    text = "山田太郎社長は、分離が確認されると喜んだ。その後の記者会見では、「支えてくれた人に感謝したい」と目を潤ませた。"
    assert said(text) == [("山田太郎", "direct", "支えてくれた人に感謝したい")]


def test_choking_on_ones_words_reports_a_quote():
    got = said(f"{LEAD}区長を務める男性（68）は「早めに逃げるよう声をかけていたのだが」と言葉を詰まらせた。")
    assert got == [("区長を務める男性（68）", "direct", "早めに逃げるよう声をかけていたのだが")]


@pytest.mark.parametrize("line, who", [
    ("球磨川沿いに住む無職の男性（77）", "球磨川沿いに住む無職の男性（77）"),
    ("乳児を抱いて避難した女性（29）", "乳児を抱いて避難した女性（29）"),
    ("会社員の男性（50）", "会社員の男性（50）"),
    ("週2回透析に通う女性（83）", "週2回透析に通う女性（83）"),
    ("高校に通う女子生徒（17）", "高校に通う女子生徒（17）"),
])
def test_a_line_of_reactions_names_its_speaker_by_all_before_the_quote(line, who):
    assert said(f"{LEAD}\n\n{line}「家がどうなっているのか分からない」\n") == [(who, "direct", "家がどうなっているのか分からない")]


def test_a_body_named_in_brackets_after_its_kind_speaks():
    got = said(f"{LEAD}旅行会社「北浜トラベル」（東京都新宿区）は、取材に「当面、ツアーは中止する」としている。")
    assert got == [("北浜トラベル", "direct", "当面、ツアーは中止する")]


def test_a_work_named_in_brackets_is_no_body():
    assert said(f"{LEAD}映画「北浜物語」は、観客に「感動した」と言わせた。") == [("市", "direct", "感動した")]


def test_dousha_never_points_to_a_court():
    text = (
        "青空ケア株式会社の施設で事故があった。北浜地裁は10日、同社に賠償を命じた。"
        "同社は「判決を厳粛に受け止める」とのコメントを発表した。"
    )
    assert [name for name, _, _ in said(text)] == ["青空ケア株式会社"]


@pytest.mark.parametrize("other", ["北浜県警", "北浜電鉄の労働組合", "北浜県警の高速道路交通警察隊"])
def test_dousha_never_points_to_the_police_or_a_union(other):
    text = (
        f"北浜電鉄の列車が脱線した。{other}は10日、北浜電鉄の本社を調べた。"
        "同社は「深くおわびする」とのコメントを発表した。"
    )
    assert [name for name, _, _ in said(text)] == ["北浜電鉄"]


def test_a_body_called_by_the_katakana_name_in_brackets_after_it_says_nothing_without_brackets():
    # 国連児童基金（ユニセフ）: ユニセフ alone names the body, whose statement without 「」
    # is no one's quote, not the last speaker's
    text = ("国連児童基金（ユニセフ）は10日、報告書を公表した。山田太郎さんは「うれしい」と話した。"
            "ユニセフは支援が必要だとしている。")
    assert said(text) == [("山田太郎", "direct", "うれしい")]


def test_a_statement_after_a_quote_of_its_own_is_only_its_words():
    got = said(f"{LEAD}山田太郎首相は「改革を進める」と述べ、増税はしないと明らかにした。")
    assert got == [("山田太郎", "direct", "改革を進める"), ("山田太郎", "indirect", "増税はしない")]


def test_a_line_of_reactions_after_a_setting_names_who_is_described():
    got = said(f"{LEAD}\n\n避難所では、大雨で家を失った女性（40）「家がどうなっているのか分からない」\n")
    assert got == [("大雨で家を失った女性（40）", "direct", "家がどうなっているのか分からない")]


def test_a_chained_characterisation_of_a_quote_is_no_second_quote():
    got = said(f"{LEAD}山田太郎首相は「我々の資源の奪取だ」と述べ、野蛮行為だと批判した。")
    assert got == [("山田太郎", "direct", "我々の資源の奪取だ")]


def test_a_chained_statement_after_a_connective_starts_after_it():
    got = said(f"{LEAD}山田太郎首相は「改革を進める」と述べ、その上で、増税はしないと明らかにした。")
    assert got == [("山田太郎", "direct", "改革を進める"), ("山田太郎", "indirect", "増税はしない")]


def test_a_chained_statement_of_a_body_without_brackets_is_no_quote():
    assert said(f"{LEAD}北浜電機は「改革を進める」と発表し、増税はしないと明らかにした。") == [
        ("北浜電機", "direct", "改革を進める")
    ]


def test_a_chained_statement_is_the_speaker_of_the_quote_right_before_it():
    got = said(f"{LEAD}山田太郎首相は「改革を進める」と述べ、鈴木一郎外相は「異論はない」と答え、増税はしないと明らかにした。")
    assert ("鈴木一郎", "indirect", "増税はしない") in got


def test_a_chained_statement_after_a_subject_with_ga_is_the_subjects():
    got = said(f"{LEAD}山田太郎首相が「改革を進める」と述べ、増税はしないと明らかにした。")
    assert got == [("山田太郎", "direct", "改革を進める"), ("山田太郎", "indirect", "増税はしない")]


def test_a_chained_statement_after_words_heard_is_the_hearers():
    got = said(f"{LEAD}山田太郎首相は鈴木一郎外相から「辞めるべきだ」と言われ、辞任はしないと明らかにした。")
    assert got == [("鈴木一郎", "direct", "辞めるべきだ"), ("山田太郎", "indirect", "辞任はしない")]


# --- a second blind set (heldout8): callers, suspects, reactions, frames -------------------------


def test_words_heard_on_the_phone_are_the_callers():
    # 男から「…」などと電話を受けていた: the caller speaks, not the one called
    got = said(f"{LEAD}女性はその前日、息子を名乗る男から「金を使い込んだ」などと電話を受けていた。")
    assert got == [("息子を名乗る男", "direct", "金を使い込んだ")]


@pytest.mark.parametrize("count", ["", "5件", "100通以上"])
def test_words_sent_in_are_the_senders_however_many(count):
    got = said(f"{LEAD}同社によると、購入者から「硬いものが歯に当たった」といった連絡が{count}寄せられた。")
    assert got == [("購入者", "direct", "硬いものが歯に当たった")]


def test_people_made_plural_are_people():
    got = said(f"{LEAD}住民たちからは「怖い」という声が寄せられた。")
    assert got == [("住民たち", "direct", "怖い")]


ARREST = "長野県警は、バスの運転手、高森健一容疑者（58）を過失運転致傷の疑いで逮捕した。"


@pytest.mark.parametrize("statement", ["調べに対し「眠気を感じていた」と話しているという。", "「眠気を感じていた」と供述しているという。"])
def test_a_statement_under_questioning_after_an_arrest_is_the_suspects(statement):
    # the police are the previous sentence's topic, the suspect its object
    assert said(f"{LEAD}{ARREST}{statement}") == [("高森健一", "direct", "眠気を感じていた")]


def test_a_statement_not_under_questioning_after_an_arrest_is_the_polices():
    assert said(f"{LEAD}{ARREST}「捜査を続ける」と説明した。") == [("長野県警", "direct", "捜査を続ける")]


def test_a_confession_with_no_speaker_before_is_the_person_mentioned_last():
    text = f"{LEAD}県警によると、唐沢拓也容疑者は9月14日、空き家に放火した疑いがある。調べに対し「むしゃくしゃしてやった」などと容疑を認めているという。"
    assert said(text) == [("唐沢拓也", "direct", "むしゃくしゃしてやった")]


@pytest.mark.parametrize("reaction", ["と口をそろえた", "と首をかしげた", "と容疑を否認している"])
def test_a_reaction_reports_words_that_end_in_a_noun(reaction):
    # 「…生まれて初めて」 ends in a noun: only a verb known to report speech makes it a quote
    assert said(f"{LEAD}70代の夫婦は、「こんな雨は生まれて初めて」{reaction}。") == [("70代の夫婦", "direct", "こんな雨は生まれて初めて")]


def test_words_that_end_in_a_noun_before_any_verb_are_no_quote():
    assert said(f"{LEAD}70代の夫婦は、「こんな雨は生まれて初めて」と帰っていった。") == []


@pytest.mark.parametrize("words", ["夢みたい", "夢のよう", "ありがとう"])
def test_a_reaction_with_no_verb_that_reads_as_speech_is_a_quote(words):
    assert said(f"{LEAD}スタンドの保護者の女性は「{words}」。") == [("保護者の女性", "direct", words)]


def test_a_noun_in_brackets_after_a_topic_with_no_verb_is_no_quote():
    assert said(f"{LEAD}スタンドの保護者の女性は「夢」。") == []


def test_the_subject_of_what_a_noun_says_is_not_the_speaker():
    # …生徒が出るとの指摘については、「…」: the governor, speaking before, goes on
    text = f"{LEAD}真田孝典知事は計画を説明した。統合で通学時間が延びる生徒が出るとの指摘については、「知恵を出し合いたい」と話した。"
    assert said(text) == [("真田孝典", "direct", "知恵を出し合いたい")]


def test_a_subject_before_a_noun_with_to_meaning_with_is_the_speaker():
    # 自民との合意: と after a noun is "with", no clause of a noun's content
    text = f"{LEAD}真田孝典知事は計画を説明した。山田一郎代表が自民との合意文書に「法案を成立させる」と書き込んだ。"
    assert said(text)[-1] == ("山田一郎", "direct", "法案を成立させる")


def test_a_quote_standing_alone_is_the_next_speakers_who_says_so_before_a_quote_of_his_own():
    text = f"{LEAD}渡会蓮選手は「うれしい」と話した。「九回は負けを覚悟した」。野々村剛監督は試合後、こう明かし、「選手を誇りに思う」と続けた。"
    assert said(text)[1:] == [("野々村剛", "direct", "九回は負けを覚悟した"), ("野々村剛", "direct", "選手を誇りに思う")]


def test_a_quote_standing_alone_stays_with_its_speaker_when_the_next_sentence_does_not_point_back():
    text = f"{LEAD}渡会蓮選手は「うれしい」と話した。「九回は負けを覚悟した」。野々村剛監督は試合後、涙を流し、「選手を誇りに思う」と続けた。"
    assert said(text)[1] != ("野々村剛", "direct", "九回は負けを覚悟した")


def test_a_prefecture_announcing_is_its_government_not_the_subject_of_what_it_announced():
    text = f"{LEAD}岡山県は28日、県立病院で投与ミスがあり、男性が死亡したと発表した。"
    assert said(text) == []


def test_a_prefecture_quoted_in_brackets_speaks_as_a_body():
    assert said(f"{LEAD}岡山県は「再発防止に努める」とコメントした。") == [("岡山県", "direct", "再発防止に努める")]


@pytest.mark.parametrize("count", ["5件", "100通以上"])
def test_a_count_between_a_statement_noun_and_its_verb_keeps_it_a_statement(count):
    # 「異物混入」 ends in a noun: only a statement (連絡が…寄せられた) makes it a quote
    got = said(f"{LEAD}購入者から「異物混入」といった連絡が{count}寄せられた。")
    assert got == [("購入者", "direct", "異物混入")]


def test_a_statement_under_questioning_with_no_speaker_before_is_the_person_mentioned_last():
    # 唐沢容疑者が逮捕された: a subject, no speaker yet; the next sentence is his
    text = f"{LEAD}唐沢拓也容疑者が逮捕された。調べに対し「むしゃくしゃしてやった」と話しているという。"
    assert said(text) == [("唐沢拓也", "direct", "むしゃくしゃしてやった")]


def test_a_speech_verb_before_the_next_quote_without_kou_does_not_claim_the_quote_before():
    text = f"{LEAD}渡会蓮選手は「うれしい」と話した。「九回は負けを覚悟した」。野々村剛監督は試合後に記者団に語り、「選手を誇りに思う」と続けた。"
    assert ("野々村剛", "direct", "九回は負けを覚悟した") not in said(text)


def test_a_statement_under_questioning_first_in_the_article_is_the_person_mentioned_last():
    # nobody spoke before, no body is the topic: the suspect named before speaks
    text = "放火の疑いで逮捕\n\n空き家に放火した疑いで、唐沢拓也容疑者を逮捕した。調べに対し「むしゃくしゃしてやった」と話しているという。"
    assert said(text) == [("唐沢拓也", "direct", "むしゃくしゃしてやった")]


def test_a_statement_under_questioning_with_nobody_named_before_has_no_speaker():
    assert said("空き家が全焼した。調べに対し「火はつけていない」と供述している。") == []


# --- a third blind set (heldout9): bodies with foreign names, reporters, a second speaker ------------


def test_katakana_words_joined_by_a_dot_name_a_body_that_speaks():
    # ストラトス・ラボ: not a person (no name part), a company; its quote is not right after it
    got = said(f"{LEAD}これに対しストラトス・ラボは声明を発表し、「不当な決定だ」と反発した。")
    assert got == [("ストラトス・ラボ", "direct", "不当な決定だ")]


def test_katakana_words_joined_by_a_dot_as_a_short_name_are_the_body_named_in_full():
    text = "ヘルヴェティア・ファーマ株式会社（以下、ヘルヴェティア・ファーマ）は新薬を発表した。\n\nヘルヴェティア・ファーマは「安全性を確認した」とコメントした。"
    assert said(text) == [("ヘルヴェティア・ファーマ株式会社", "direct", "安全性を確認した")]


def test_reporters_asking_are_the_speakers_of_the_question():
    got = said(f"{LEAD}山田一郎財務長官は同日、記者団から「景気後退ではないか」と問われ、「経済は強い」と述べた。")
    assert got == [("記者団", "direct", "景気後退ではないか"), ("山田一郎", "direct", "経済は強い")]


def test_a_campaign_stating_without_brackets_does_not_continue_the_candidate():
    text = f"{LEAD}山田花子氏は「勝った」と述べた。陣営は選挙戦で教育の無償化拡大を訴えてきた。"
    assert said(text) == [("山田花子", "direct", "勝った")]


def test_a_topic_after_someone_elses_statement_speaks_for_what_follows():
    text = f"{LEAD}ルクレール国連大使も「深い失望」を表明し、日本の井上怜子国連大使は、支援を切り離すべきだと訴えた。"
    assert ("井上怜子", "indirect", "支援を切り離すべきだ") in said(text)


def test_a_topic_after_a_clause_that_is_no_statement_is_part_of_what_was_said():
    # …に基づき、女性は…: the judge found it; 女性 is the subject of what he found
    text = f"{LEAD}竹村昭彦裁判官は、映像や記録に基づき、女性は布団を叩いていたと認定した。"
    assert [(name, kind) for name, kind, _ in said(text)] == [("竹村昭彦", "indirect")]


def test_a_subject_with_ga_after_someone_elses_statement_is_part_of_what_was_said():
    # 鈴木外相が辞任すべきだ: what 山田 said, though a statement closes before it
    text = f"{LEAD}山田一郎首相は懸念を表明し、鈴木次郎外相が辞任すべきだと述べた。"
    assert [name for name, _, _ in said(text)] == ["山田一郎"]


# --- the head of a body described by its kind -----------------------------------------

COMPANY = f"{LEAD}北嶺化成の芦田浩二社長は「工場を閉じる」と述べた。"


def test_the_head_of_a_body_described_by_its_kind_is_someone_new():
    # 金属加工会社の社長: a metal-working company's president, not 北嶺化成's
    got = said(f"{COMPANY}部品を納めてきた金属加工会社の社長は、「売り上げを失う」と頭を抱えた。")
    assert got[-1] == ("金属加工会社の社長", "direct", "売り上げを失う")


def test_the_head_of_a_body_named_by_one_noun_is_the_one_met_before():
    # 会社の社長: the company of the article, whose president spoke before
    got = said(f"{COMPANY}会社の社長は、「売り上げを失う」と述べた。")
    assert got[-1] == ("芦田浩二", "direct", "売り上げを失う")


def test_the_head_of_a_body_named_by_a_proper_noun_is_the_one_met_before():
    got = said(f"{COMPANY}米国北嶺化成の社長は、「売り上げを失う」と述べた。")
    assert got[-1] == ("芦田浩二", "direct", "売り上げを失う")


@pytest.mark.parametrize("group", ["選手たち", "監督ら"])
def test_a_title_made_plural_names_a_group_of_people(group):
    # not one office holder: people, like 住民たち
    got = said(f"{LEAD}{group}からは「お疲れさま」「ありがとう」といった声が寄せられた。")
    assert got == [(group, "direct", "お疲れさま"), (group, "direct", "ありがとう")]


# --- who a subjectless quote continues ------------------------------------------------

PITCHER = f"{LEAD}山田太郎投手は「勝った」と話した。"


def test_a_reaction_of_the_breath_reports_the_quote():
    assert said(f"{PITCHER}「体が勝手に動いた」と息を弾ませた。")[-1] == ("山田太郎", "direct", "体が勝手に動いた")


@pytest.mark.parametrize("when", ["昨季", "今年", "前回"])
def test_a_time_as_topic_between_does_not_end_whom_the_quotes_continue(when):
    got = said(f"{PITCHER}{when}は故障で休んだ。「一生忘れない」と話した。")
    assert got[-1] == ("山田太郎", "direct", "一生忘れない")


def test_a_subject_that_is_no_speaker_does_not_end_whom_the_quotes_continue():
    # 登板がなかった: a fact about him, not someone else taking the word
    got = said(f"{PITCHER}1軍での登板がなかった。「一生忘れない」と話した。")
    assert got[-1] == ("山田太郎", "direct", "一生忘れない")


@pytest.mark.parametrize("crowd", ["この日の観客は4812人だった。", "来場者は過去最多を更新した。"])
def test_a_crowd_counted_does_not_end_whom_the_quotes_continue(crowd):
    got = said(f"{PITCHER}{crowd}「一生忘れない」と話した。")
    assert got[-1] == ("山田太郎", "direct", "一生忘れない")


def test_a_thing_as_topic_with_no_one_in_its_sentence_does_not_end_whom_the_quotes_continue():
    # 試合は雨で中断した: a thing in his story (sets 13, 16: 出演作は…, and a portrait's quote after)
    got = said(f"{PITCHER}試合は雨で中断した。「一生忘れない」と話した。")
    assert got[-1] == ("山田太郎", "direct", "一生忘れない")


@pytest.mark.parametrize("sentence", ["試合は雨で中断し、観客が帰った。", "東西新聞によると、試合は中断したという。",
                                      "球団は「試合を中止する」と発表した。"])
def test_a_thing_as_topic_with_people_a_source_or_a_statement_ends_whom_the_quotes_continue(sentence):
    got = said(f"{PITCHER}{sentence}「一生忘れない」と話した。")
    assert ("山田太郎", "direct", "一生忘れない") not in got


def test_a_setting_as_topic_does_not_end_whom_the_quotes_continue():
    text = f"{LEAD}山田太郎投手は8日、先発した。「足が震えていた」。試合後の会見では、こう語った。\n\n「何もない」と振り返った。"
    assert said(text)[-1] == ("山田太郎", "direct", "何もない")


def test_a_clause_as_topic_does_not_end_whom_the_quotes_continue():
    got = said(f"{PITCHER}記録を意識したのは七回だったという。「一生忘れない」と話した。")
    assert got[-1] == ("山田太郎", "direct", "一生忘れない")


def test_a_surname_sudachi_cuts_in_two_is_the_person_introduced_with_it():
    # 三輪 alone is 三|輪 (a numeral and a counter) to Sudachi
    text = f"{LEAD}マラソンで三輪千夏（24）が優勝した。\n\n三輪は後続を引き離した。「体が勝手に動いた」と話した。"
    assert said(text) == [("三輪千夏", "direct", "体が勝手に動いた")]


def test_a_body_as_setting_is_whom_the_sentence_is_about():
    # 日本野球機構では: the body acts; the quote after it is its own, not the pitcher's
    got = said(f"{PITCHER}日本野球機構では記念品を贈る。「一生忘れない」と話した。")
    assert got[-1] == ("日本野球機構", "direct", "一生忘れない")


def test_a_name_part_glued_to_a_word_before_it_is_no_person_introduced():
    # 北三輪: a place with 三輪 in it, not 三輪千夏
    text = f"{LEAD}マラソンで三輪千夏（24）が優勝した。\n\n北三輪は「雪が多い」と述べた。"
    assert all(name != "三輪千夏" for name, _, _ in said(text))


def test_a_subject_of_a_clause_describing_a_name_in_brackets_is_no_speaker():
    # 政府が…まとめた「…プラン」: the government made the plan; the member asked
    text = f"{LEAD}山田太郎議員は、政府が昨年まとめた「新しいプラン」について「看板を掛け替えただけだ」とただした。"
    assert said(text) == [("山田太郎", "direct", "看板を掛け替えただけだ")]


def test_a_subject_of_a_clause_describing_the_quote_itself_speaks_it():
    assert said(f"{LEAD}政府が発表した「方針を堅持する」との声明を受け、市は対応を急ぐ。") == [("政府", "direct", "方針を堅持する")]


def test_what_an_advertisement_claims_is_no_quote():
    text = f"{LEAD}国民生活センターは、「初回500円」とうたう健康食品の相談が急増していると発表し、注意を呼びかけた。"
    assert said(text) == []


def test_a_subject_whose_verb_goes_on_to_a_name_in_brackets_speaks():
    # 反発し「遺憾」を表明した: a verb that goes on, not one describing 「遺憾」
    text = f"{LEAD}政府が強く反発し「遺憾」を表明した上で、「対抗措置を取る」と述べた。"
    assert said(text)[-1] == ("政府", "direct", "対抗措置を取る")


# --- an answer announced after the question --------------------------------------------

INTERVIEW = f"{LEAD}職人の山田花子さんに話を聞いた。\n\n"


def test_an_answer_announced_by_its_own_subject_after_the_question_is_theirs():
    text = f"{INTERVIEW}記者が「迷いはなかったのか」と尋ねると、山田さんは少し考えてから、こう答えた。\n\n「迷いだらけでした」"
    assert said(text) == [("記者", "direct", "迷いはなかったのか"), ("山田花子", "direct", "迷いだらけでした")]


def test_a_clause_before_a_predicate_that_points_ahead_is_not_what_it_says():
    # …と尋ねると、こう答えた: the answer is what こう points to, not the question
    text = f"{INTERVIEW}記者が「迷いはなかったのか」と尋ねると、こう答えた。"
    assert [kind for _, kind, _ in said(text)] == ["direct"]


def test_an_answer_announced_by_the_topic_before_the_question_is_theirs():
    text = f"{INTERVIEW}山田さんは、記者から「迷いはなかったのか」と問われ、こう答えた。\n\n「迷いだらけでした」"
    assert said(text)[-1] == ("山田花子", "direct", "迷いだらけでした")


def test_a_subject_of_a_clause_after_the_question_does_not_announce_the_answer():
    # 社員が見守る中: a clause of its own, not who answered
    text = f"{INTERVIEW}記者が「迷いはなかったのか」と尋ねると、山田さんは、社員が見守る中でこう答えた。\n\n「迷いだらけでした」"
    assert said(text)[-1] == ("山田花子", "direct", "迷いだらけでした")


def test_an_answer_announced_by_its_own_subject_is_not_the_sentences_first_subjects():
    text = f"{INTERVIEW}同社の山田社長は会見し、記者が「増産するのか」と尋ねると、鈴木次郎専務がこう答えた。\n\n「当面は慎重に見極める」"
    assert said(text)[-1] == ("鈴木次郎", "direct", "当面は慎重に見極める")


def test_whoever_announced_the_answer_is_whom_the_next_quote_continues():
    text = f"{INTERVIEW}記者が「迷いはなかったのか」と尋ねると、山田さんは少し考えてから、こう答えた。\n\n「迷いだらけでした」と振り返った。"
    assert said(text)[-1] == ("山田花子", "direct", "迷いだらけでした")


# --- a body as the topic, with a setting before its quote -------------------------------

LAWYER = f"{LEAD}原告側の久住遥弁護士は「画期的だ」と述べた。"


@pytest.mark.parametrize("setting", ["代理人弁護士を通じて", "取材に対し、", "16日、", "声明で"])
def test_a_body_as_the_topic_speaks_its_quote_after_a_setting(setting):
    # not the lawyer quoted before: the sentence names who speaks
    got = said(f"{LAWYER}一方、東西急送は{setting}「判決内容を精査する」とのコメントを出した。")
    assert got[-1] == ("東西急送", "direct", "判決内容を精査する")


def test_a_body_as_the_topic_that_acts_before_its_quote_still_speaks_it():
    got = said(f"{LAWYER}一方、東西急送は判決を不服として控訴し、「判決内容を精査する」とのコメントを出した。")
    assert got[-1] == ("東西急送", "direct", "判決内容を精査する")


def test_a_topic_inside_a_statement_before_the_quote_does_not_speak_it():
    # 支援疲れの声もあると認めつつ: 声 is what the minister granted, not who speaks
    text = f"{LEAD}山田太郎外相は会見した。国内には支援疲れの声もあると認めつつ、「見捨てない」と話した。"
    assert said(text)[-1] == ("山田太郎", "direct", "見捨てない")


def test_a_body_as_the_topic_speaks_its_quote_after_a_condition():
    # …受けると、: a condition, not a statement closed by と
    got = said(f"{LAWYER}一方、東西急送は判決を受けると、代理人を通じて「判決内容を精査する」とのコメントを出した。")
    assert got[-1] == ("東西急送", "direct", "判決内容を精査する")


def test_a_topic_with_another_topic_before_the_quote_does_not_speak_it():
    # 判決は: a second topic between; who spoke is left unsaid
    got = said(f"{LAWYER}一方、東西急送は、判決は不当で、「判決内容を精査する」とのコメントを出した。")
    assert ("東西急送", "direct", "判決内容を精査する") not in got


def test_dousha_is_the_body_named_in_brackets_after_its_kind():
    text = f"{LEAD}運送会社「ミナト急送」の運転手が亡くなった。\n\n同社は「判決を精査する」としている。"
    assert said(text) == [("ミナト急送", "direct", "判決を精査する")]


# --- a topic identified as a person right after it ----------------------------------------


@pytest.mark.parametrize("topic, person", [
    ("名付け親は埼玉県の主婦", "埼玉県の主婦"),
    ("通報したのは近くに住む男性（45）", "近くに住む男性（45）"),
])
def test_a_topic_identified_as_a_person_right_after_it_is_that_person(topic, person):
    assert said(f"{LEAD}{topic}で、「煙が見えた」と話した。") == [(person, "direct", "煙が見えた")]


def test_a_place_after_the_topic_is_no_identity():
    # 会場は市役所で、: where, not who; the topic is no speaker
    assert said(f"{LEAD}山田太郎市長は会見した。会場は市役所で、「煙が見えた」と話した。")[-1][0] != "市役所"


def test_a_named_topic_stays_the_speaker_whatever_it_is_identified_as():
    assert said(f"{LEAD}山田花子さんは近所の主婦で、「煙が見えた」と話した。") == [("山田花子", "direct", "煙が見えた")]


def test_a_topic_with_mo_identified_as_a_person_is_that_person():
    assert said(f"{LEAD}名付け親も、埼玉県の主婦で「考えた名前だ」と話した。") == [("埼玉県の主婦", "direct", "考えた名前だ")]


def test_a_person_inside_the_quote_after_the_topic_is_no_identity():
    text = f"{LEAD}山田花子さんの母親は「私はただの主婦で、何もしていない」と話した。"
    assert said(text) == [("山田花子さんの母親", "direct", "私はただの主婦で、何もしていない")]


def test_a_place_before_the_identity_does_not_end_it():
    assert said(f"{LEAD}名付け親は東京で暮らす主婦で、「考えた名前だ」と話した。") == [("東京で暮らす主婦", "direct", "考えた名前だ")]


# --- words written and read out --------------------------------------------------------


def test_a_letter_named_with_its_author_speaks_the_authors_words():
    text = f"{LEAD}宇津木誠一さん（88）が寄せた手紙を、教頭が代読した。宇津木さんの手紙は、「今も思い出します」と当時を振り返った。"
    assert said(text) == [("宇津木誠一", "direct", "今も思い出します")]


def test_a_message_read_out_by_a_deputy_is_its_authors():
    text = f"{LEAD}式典では、大野木健吾知事のメッセージを副知事が代読した。メッセージは「鉄道は地域の血管だ」とした。"
    assert said(text) == [("大野木健吾", "direct", "鉄道は地域の血管だ")]


def test_a_letter_whose_author_was_never_named_is_no_persons():
    assert all(name != "宇津木誠一" for name, _, _ in said(f"{LEAD}宇津木誠一さんが来た。手紙は「今も思い出します」と結んだ。"))


# --- who the next quote continues ---------------------------------------------------------


def test_a_part_of_the_occasion_as_topic_is_no_speaker():
    text = f"{LEAD}佐久間陽菜さん（12）が別れの言葉を読み上げた。思い出を挙げ、最後は声を詰まらせながら「ありがとう」と締めくくった。"
    assert said(text) == [("佐久間陽菜", "direct", "ありがとう")]


def test_the_subject_after_a_question_is_whom_a_quote_alone_next_continues():
    text = f"{LEAD}記者が「継いでほしかったのか」と聞くと、三輪康介さんは首を横に振った。「息子には息子の人生がある」"
    assert said(text)[-1] == ("三輪康介", "direct", "息子には息子の人生がある")


def test_a_letter_after_a_question_announces_its_authors_answer_not_the_topics():
    # 校長は is the sentence's topic; the letter, after the introduction, is who answers
    text = f"{LEAD}校長は、教頭が「手紙が届いた」と紹介すると、宇津木誠一さんの手紙はこう結んだ。\n\n「今も思い出します」"
    assert said(text)[-1] == ("宇津木誠一", "direct", "今も思い出します")


# --- among a group; how the speaker looked ------------------------------------------------


def test_a_voice_among_a_group_is_the_groups():
    got = said(f"{LEAD}地元の生産者の間では「作付けが心配だ」との声も上がっている。")
    assert got == [("地元の生産者", "direct", "作付けが心配だ")]


def test_some_of_a_group_keep_the_part_in_their_name():
    assert said(f"{LEAD}住民の一部からは「怖い」との声も上がった。") == [("住民の一部", "direct", "怖い")]


@pytest.mark.parametrize("manner", ["と興奮した様子。", "と安心した表情だった。"])
def test_how_the_speaker_looked_ending_the_sentence_reports_the_quote(manner):
    assert said(f"{LEAD}山田花子さん（21）は「来年も来たい」{manner}") == [("山田花子", "direct", "来年も来たい")]


def test_a_clause_describing_a_thing_after_to_reports_no_quote_on_its_own():
    # と書いた看板: what a sign says, a thing described, not how someone looked
    assert said(f"{LEAD}「立ち入り禁止」と書いた看板。") == []


def test_a_clause_after_to_describing_a_thing_does_not_continue_the_speaker():
    # と染めた旗: a flag with words dyed on it, not how the pitcher looked
    assert said(f"{PITCHER}「必勝」と染めた旗が揺れた。") == [("山田太郎", "direct", "勝った")]
