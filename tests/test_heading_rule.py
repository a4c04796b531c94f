"""The subheading rule (``tui.text.parse``), one behaviour per test.

A line between two paragraphs is a subheading when it is short (at most
:data:`HEADING_MAX_CHARS`), one sentence at most, and not a quote, a list
item, an interviewer's question or a sentence with its subject. Each rule
has an input that it alone rejects (every other rule would take it for a
heading) beside a near twin that passes, and the boundaries are pinned: the
40th and 41st character, a 「 at the start and in the middle, each closing
character. Measured by ``make mutate`` (deleting any one rule fails a test).
"""

from __future__ import annotations

import pytest

from tui.text import parse
from tui.text.parse import HEADING_MAX_CHARS

LEAD = "東京都は１日、新しい条例を発表した。知事は記者会見で詳しく説明した。"
PARA = "条例は来年四月に施行される予定で、都議会での審議が続いている。多くの都民が関心を寄せている。"


def is_heading(line: str) -> bool:
    """Whether ``line``, alone between two paragraphs, is read as a subheading."""
    article = parse(f"{LEAD}\n\n{line}\n\n{PARA}\n")
    titles = [s.title for s in article.sections if s.title is not None]
    assert titles in ([], [line]), titles
    return titles == [line]


# --- length -------------------------------------------------------------------------


def test_the_limit_is_forty_characters():
    assert HEADING_MAX_CHARS == 40


def test_a_line_of_forty_characters_is_a_heading():
    line = "審" * 38 + "行方"
    assert len(line) == 40 and is_heading(line)


def test_a_line_of_forty_one_characters_is_not():
    line = "審" * 39 + "行方"
    assert len(line) == 41 and not is_heading(line)


def test_padding_around_a_line_does_not_count_toward_the_limit():
    line = "\u3000" + "審" * 38 + "行方" + " \t"
    assert is_heading(line)


def test_other_spaces_are_text_and_count():
    line = "審" * 38 + "行方" + "\u2003"  # an em space is not padding
    assert not is_heading(line)


# --- what it ends with ----------------------------------------------------------------


@pytest.mark.parametrize("end", [":", "：", "、", ","])
def test_a_line_that_introduces_what_follows_is_not_a_heading(end):
    assert not is_heading(f"委員の顔ぶれ{end}")


@pytest.mark.parametrize("line", ["新型機の名はX", "X線検査の「新基準」", "「鬼滅」の新作X"])
def test_a_heading_may_end_or_start_with_any_letter(line):
    assert is_heading(line)


def test_those_characters_inside_a_line_do_not_stop_a_heading():
    assert is_heading("委員：顔ぶれ、任期")


# --- sentences --------------------------------------------------------------------------


def test_one_sentence_with_a_full_stop_is_a_heading():
    assert is_heading("市民のための条例、未来のための都政。")


@pytest.mark.parametrize("stop", ["。", "．", "！", "？", "!", "?"])
def test_two_sentences_are_not_a_heading(stop):
    assert not is_heading(f"雨の一日{stop}風の夜")


def test_two_sentences_each_with_a_full_stop_are_not_a_heading():
    assert not is_heading("雨の一日。風の夜。")


def test_two_marks_at_the_end_read_as_two_sentence_ends():
    assert not is_heading("本当か？！")


@pytest.mark.parametrize("stop", ["。", "．", "！", "？", "!", "?"])
def test_a_sentence_end_only_at_the_end_is_one_sentence(stop):
    assert is_heading(f"雨の一日と風の夜{stop}")


# --- an interviewer's question --------------------------------------------------------------


@pytest.mark.parametrize("dash", ["―", "─", "—"])
def test_a_question_after_dashes_is_not_a_heading(dash):
    assert not is_heading(f"{dash}{dash}次の一手。")


def test_a_question_after_one_dash_is_not_a_heading():
    assert not is_heading("―次の一手。")


def test_a_line_after_dashes_without_a_full_stop_is_a_heading():
    assert is_heading("――次の一手")


def test_dashes_in_the_middle_do_not_make_a_question():
    assert is_heading("次の一手――新たな挑戦。")


# --- quotes -----------------------------------------------------------------------------------


def test_a_quote_reported_in_one_sentence_is_speech_not_a_heading():
    # 「 at the start, a full stop at the end, no subject: only the quote rule rejects it
    assert not is_heading("「全力を尽くす」と語った。")


def test_a_quote_opening_in_the_middle_of_a_sentence_is_speech_too():
    assert not is_heading("会見で「全力を尽くす」と語った。")


def test_a_quote_in_a_line_without_a_full_stop_can_be_a_heading():
    assert is_heading("会見で「全力を尽くす」")


@pytest.mark.parametrize("quote", ["「公約を守ります。」", "『公約を守ります！』", "「公約を、守ります」", "「公約を守ります』",
                                   "「公約は必ず守ります、そう約束して二十年がたちました」"])
def test_a_quote_standing_alone_is_speech_not_a_heading(quote):
    assert not is_heading(quote)


@pytest.mark.parametrize("quote", ["「公約を守ります」", "『手が覚えるまで10年』"])
def test_a_short_quote_with_no_stop_or_comma_among_other_subheadings_is_a_headline(quote):
    # a feature's subheadings quote its people (「手が覚えるまで10年」), the words coming later
    article = parse(f"{LEAD}\n\n{quote}\n\n{PARA}\n\n審議の行方\n\n{PARA}\n")
    assert [s.title for s in article.sections if s.title] == [quote, "審議の行方"]
    assert not is_heading(quote)  # the only one: speech, more likely


@pytest.mark.parametrize("opening", ["優勝から一夜明けた20日、望月選手に話を聞いた。", "大会の後、望月選手にインタビューした。"])
def test_the_only_short_quote_over_an_interview_is_its_headline(opening):
    # 「世界で勝ちたい」 over the paragraph that opens the interview: a section's headline
    article = parse(f"{LEAD}\n\n{PARA}\n\n「世界で勝ちたい」\n\n{opening}\n\n{PARA}\n")
    assert [s.title for s in article.sections if s.title] == ["「世界で勝ちたい」"]


@pytest.mark.parametrize("before, after", [
    ("市長は会見で、こう語った。", "市の予算は来月決まる。"),  # announced
    ("市長は会見に臨んだ。", "と、市長は述べた。"),  # carried on
    ("市長は会見に臨んだ。", "会見の最後に、市長はこう締めくくった。"),  # pointed back to
    ("市長は会見に臨んだ。", "そう語るのは、市長の山田一郎さんだ。"),
])
def test_a_short_quote_the_paragraphs_around_it_frame_is_speech(before, after):
    article = parse(f"{LEAD}\n\n{before}\n\n「公約を守ります」\n\n{after}\n\n{PARA}\n\n審議の行方\n\n{PARA}\n")
    assert [s.title for s in article.sections if s.title] == ["審議の行方"]


def test_a_line_that_opens_with_a_quote_and_goes_on_is_a_heading():
    assert is_heading("「鬼滅」ブームの行方")


def test_a_line_that_ends_with_a_quote_it_did_not_open_with_is_a_heading():
    assert is_heading("映画「鬼滅」")


# --- a sentence with its subject -----------------------------------------------------------------


@pytest.mark.parametrize("line", ["試合時間は4時間だった。", "農林水産省も検査を行う方針だ。", "大会が始まった。",
                                  "会場には多くの人。", "東京では雨。", "条例とは何か。",
                                  "橋の両側に住む人たちは遠回りを強いられている。",  # people in the plural
                                  "ハンドルを握ったのは、運転士の長谷部浩司さん（57）。"])  # a cleft
def test_a_short_sentence_with_its_subject_is_a_paragraph(line):
    assert not is_heading(line)


def test_a_subject_particle_without_a_full_stop_is_a_heading():
    assert is_heading("試合時間は4時間")


def test_は_after_hiragana_is_not_a_subject():
    assert is_heading("あしたは晴れ。") and not is_heading("明日は晴れ。")


# --- where the line stands ---------------------------------------------------------------------


def test_the_first_line_is_the_title_not_a_heading():
    article = parse(f"審議の行方\n\n{LEAD}\n\n{PARA}\n")
    assert article.title == "審議の行方" and all(s.title is None for s in article.sections)


def test_the_first_block_after_the_title_line_is_not_a_heading():
    article = parse(f"記事の題\n\n審議の行方\n\n{PARA}\n\n{PARA}\n")
    assert article.title == "記事の題" and all(s.title is None for s in article.sections)


def test_the_last_paragraph_is_never_a_heading():
    article = parse(f"{LEAD}\n\n{PARA}\n\n審議の行方\n")
    assert all(s.title is None for s in article.sections)


def test_a_short_line_before_the_last_paragraph_is_a_heading():
    article = parse(f"{LEAD}\n\n審議の行方\n\n{PARA}\n")
    assert [s.title for s in article.sections] == [None, "審議の行方"]


def test_two_short_lines_in_one_block_are_no_heading():
    article = parse(f"{LEAD}\n\n審議の行方\n今後の日程\n\n{PARA}\n")
    assert all(s.title is None for s in article.sections)


# --- a caption after a picture and a blank line --------------------------------------------------


def kind_after_picture(line: str) -> str:
    """What a lone line after a picture and a blank line is read as."""
    article = parse(f"{LEAD}\n\nx.jpg\n\n{line}\n\n{PARA}\n\n{PARA}\n")
    return [b.kind for b in article.blocks()][2]


def test_a_short_line_without_a_full_stop_after_a_picture_is_its_caption():
    assert kind_after_picture("決勝の一場面") == "caption"


def test_a_short_sentence_after_a_picture_is_no_caption_but_a_heading_as_anywhere():
    assert kind_after_picture("決勝の一場面。") == "heading"


def test_a_long_line_without_a_full_stop_after_a_picture_is_a_paragraph():
    assert kind_after_picture("審" * 39 + "場面") == "paragraph"


def test_a_caption_is_measured_like_a_heading():
    assert kind_after_picture("審" * 38 + "場面") == "caption"
    assert kind_after_picture("審" * 38 + "場面" + "\u2003") == "paragraph"  # an em space is text


# --- set 13: a sentence introducing a quote paragraph ----------------------------------------------


def test_a_short_sentence_in_the_past_tense_is_a_paragraph():
    # …ビデオメッセージを寄せ、次のように語った。: 39 characters, a report of what happened
    assert not is_heading("高齢のため開幕式を欠席した三雲さんはビデオメッセージを寄せ、次のように語った。")
    assert not is_heading("ビデオメッセージを寄せ、次のように語った。")  # no subject: the tense alone tells
    assert not is_heading("開幕を前に緊張した面持ちだった。")
    assert is_heading("新たな挑戦。")  # a phrase: the た of a word, not a tense


def test_a_person_with_an_honorific_as_topic_is_a_subject():
    assert not is_heading("三雲さんは会場を見渡した様子。")
    assert is_heading("三雲さんの仕事")


@pytest.mark.parametrize("line", ["同組合の担当者によると、申し込みが相次ぐ。", "申し込みはすでに300戸を超えるという。",
                                  "関係者によれば、申し込みが相次ぐ。"])
def test_a_one_sentence_line_of_what_a_source_told_is_no_heading(line):
    assert not is_heading(line)


@pytest.mark.parametrize("line", ["会見での主なやりとりは次の通り。", "主なやりとりは以下のとおり。"])
def test_a_sentence_announcing_what_follows_is_a_paragraph(line):
    assert not is_heading(line)
