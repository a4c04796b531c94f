"""Voices, interview turns and labelled quotes, one behaviour per test.

Two shapes of real news the sieves met late: words reported as a group's
voice or posts (「…」といった利用者の投稿が相次いだ, 「…」との市民の声も上がった),
whose speaker is the noun before の and whose predicate is a statement noun
with 上がる or 相次ぐ; and an interview written as turns, a label and a
quote per paragraph (記者「…」⏎山田さん「…」), where a short turn is a line of
the exchange, not a subheading; and a quote after a label and a colon
(鈴木外相：「…」, 加藤市長のコメント：「…」), speech and never a subheading. Each
rule has an input it alone accepts beside a near twin it rejects.
"""

from __future__ import annotations

import pytest

from tui.analysis import analyze
from tui.quotes import find_speakers
from tui.text import is_turn, parse

LEAD = "市は新しい制度を一日から始めた。"
SOURCE = "\n\n出典: https://example.org/news/1\n"


def quotes(text: str) -> list[tuple[str, str]]:
    """(speaker, quote text) of every quote of ``text``."""
    article = parse(text)
    return [(s.name, q.text) for s in find_speakers(article, analyze(article)) for q in s.quotes]


# --- voices ---------------------------------------------------------------------------


@pytest.mark.parametrize("predicate", ["声が上がった", "声も上がった", "声が相次いだ", "投稿が相次いだ", "書き込みが相次いだ"])
def test_a_voice_or_posts_that_rose_carry_the_words_of_whoever_is_named_before_no(predicate):
    assert quotes(f"{LEAD}ネット上では「説明が足りない」との市民の{predicate}。") == [("市民", "説明が足りない")]


def test_a_voice_that_only_exists_carries_no_words():
    # 上がる/相次ぐ make the voice a statement; a voice that is merely there is not
    assert quotes(f"{LEAD}ネット上では「説明が足りない」との市民の声が小さい。") == []


def test_two_posts_under_one_toitta_are_two_quotes_of_the_same_users():
    text = f"{LEAD}SNS上では「待ち時間が長すぎる」「説明が足りない」といった利用者の投稿が相次いだ。"
    assert quotes(text) == [("利用者", "待ち時間が長すぎる"), ("利用者", "説明が足りない")]


@pytest.mark.parametrize("iu", ["という", "と言う"])
def test_a_voice_introduced_by_iu_in_kana_or_kanji_is_read_alike(iu):
    assert quotes(f"{LEAD}会場では「増税が必要だ」{iu}声が上がり、市民の関心を集めた。山田一郎市長は「説明を尽くす」と述べた。") == [
        ("山田一郎", "説明を尽くす")]
    assert quotes(f"{LEAD}ネット上では「説明が足りない」{iu}市民の声が上がった。") == [("市民", "説明が足りない")]
    assert quotes(f"{LEAD}住民からは「説明が足りない」{iu}声が上がった。") == [("住民", "説明が足りない")]


@pytest.mark.parametrize("verb", ["反対した", "賛同した", "反論した"])
def test_words_the_subject_answered_are_not_the_subjects(verb):
    # 「…」との意見に反対した: the opinion is someone else's
    assert quotes(f"{LEAD}山田一郎市長は「増税が必要だ」との意見に{verb}。") == []


def test_an_opinion_the_subject_gave_is_theirs():
    # the near twin: との意見を述べた
    assert quotes(f"{LEAD}山田一郎市長は「増税が必要だ」との意見を述べた。") == [("山田一郎", "増税が必要だ")]


def test_the_quoting_clause_is_not_part_of_who_spoke():
    # 「…」という来場者の声: the speaker is 来場者, not "いう来場者"
    assert quotes(f"{LEAD}会場では「感動した。また来たい」という来場者の声が聞かれた。") == [("来場者", "感動した。また来たい")]


def test_a_relative_clause_that_describes_the_speaker_is_kept():
    assert quotes(f"{LEAD}「便利になった」と近くに住む住民の声が聞かれた。") == [("近くに住む住民", "便利になった")]


@pytest.mark.parametrize("place", ["ネット上", "現地"])
def test_a_place_set_as_the_topic_with_de_wa_is_not_a_speaker(place):
    # nobody is named: the voice has no speaker, and the place is not one
    assert quotes(f"{LEAD}{place}では「説明が足りない」との声が上がった。") == []


def test_a_voice_that_rose_is_not_the_previous_speakers_words():
    said = "山田一郎市長は「制度は定着する」と述べた。"
    assert quotes(f"{said}一方、「説明が足りない」との声が上がった。") == [("山田一郎", "制度は定着する")]


def test_a_statement_the_previous_speaker_made_is_theirs():
    # the near twin: 声明を出した has no subject of its own, so it is 山田's
    said = "山田一郎市長は「制度は定着する」と述べた。"
    found = quotes(f"{said}また「説明を尽くす」との声明を出した。")
    assert found == [("山田一郎", "制度は定着する"), ("山田一郎", "説明を尽くす")]


def test_a_body_set_as_the_topic_with_wa_still_speaks():
    # the near twin: Xは「…」としている, X read as a body
    assert quotes(f"{LEAD}東洋電機は「原因を調べている」としている。") == [("東洋電機", "原因を調べている")]


def test_a_body_set_as_the_topic_with_wa_and_a_comma_still_speaks():
    # 球団は、「…」: a common noun no list names as a body, the comma between it and the quote
    assert quotes(f"{LEAD}球団は、「原因を調べている」としている。") == [("球団", "原因を調べている")]


@pytest.mark.parametrize("who", ["ある知事", "ある閣僚経験者"])
def test_a_certain_someone_is_unnamed_never_the_one_the_article_named(who):
    # ある知事は「…」: not 鷲尾知事, the only governor named
    found = quotes(f"鷲尾美和知事が会見した。{who}は「国の動きは鈍い」と漏らした。")
    assert found == [(who, "国の動きは鈍い")]


@pytest.mark.parametrize("document", ["報告書", "判決"])
def test_a_document_set_as_the_topic_is_no_body(document):
    # 報告書は「…」と指摘している: a document's wording (devset 20 reads it so), not a body's words
    assert quotes(f"{LEAD}{document}は「公私の区別を著しく欠いていた」と指摘している。") == []


@pytest.mark.parametrize("topic", ["持ち株会社の名称", "新しいキャラクターの愛称", "大会のスローガン"])
def test_a_name_or_a_motto_set_as_the_topic_is_no_body(topic):
    # 名称は「…」とする: what something is called, not a body's words
    assert quotes(f"{LEAD}{topic}は「北浜ホールディングス」とする。") == []


# --- interview turns ------------------------------------------------------------------------

INTRO = "作家の山田花子さん（41）が、取材に応じた。以下は主なやりとり。"
QUESTION = "記者「次の作品の構想は」"
ANSWER = "山田さん「まだ秘密です。ただ、次も海の話になると思います」"
AFTER = "山田さんの新作は来年の春に出版される予定で、出版社は準備を進めている。"


def test_a_label_and_a_quote_and_nothing_else_is_a_turn():
    assert is_turn(QUESTION) and is_turn(ANSWER)
    assert not is_turn("記者は「次の作品の構想は」と尋ねた。")  # a sentence around the quote
    assert not is_turn("「次の作品の構想は」")  # no label
    assert not is_turn("会見で、記者「次の作品の構想は」")  # a label with punctuation


def test_a_short_turn_beside_another_turn_is_a_line_of_the_exchange_not_a_heading():
    article = parse(f"{INTRO}\n\n{QUESTION}\n\n{ANSWER}\n\n{AFTER}{SOURCE}")
    assert [s.title for s in article.sections if s.title] == []


def test_a_short_turn_among_prose_is_still_a_heading():
    # 山田氏「県政に新しい風を」 over a report: a headline quoting someone
    article = parse(f"{INTRO}\n\n{QUESTION}\n\n{AFTER}\n\n{AFTER}{SOURCE}")
    assert [s.title for s in article.sections if s.title] == [QUESTION]


def test_the_interviewers_question_in_a_turn_is_theirs_even_without_a_verb_or_a_question_mark():
    found = quotes(f"{INTRO}\n\n{QUESTION}\n\n{ANSWER}\n\n{AFTER}{SOURCE}")
    assert found == [("記者", "次の作品の構想は"), ("山田花子", "まだ秘密です。ただ、次も海の話になると思います")]


def test_a_label_that_is_a_role_alone_before_a_quote_in_prose_needs_the_quote_to_read_as_speech():
    # outside an exchange of turns, 記者「構想は」 is a heading's phrase, not speech
    found = quotes(f"{INTRO}記者「次の作品の構想は」。{AFTER}{SOURCE}")
    assert ("記者", "次の作品の構想は") not in found


# --- a label and a colon ---------------------------------------------------------------------


@pytest.mark.parametrize("colon", ["：", ":"])
def test_a_name_and_a_colon_before_a_quote_name_its_speaker(colon):
    assert quotes(f"{INTRO}\n\n鈴木次郎外相{colon}「日本は対話を続ける」\n\n{AFTER}{SOURCE}") == [("鈴木次郎", "日本は対話を続ける")]


def test_whose_comment_a_label_says_it_is_names_its_speaker():
    text = f"{INTRO}\n\n加藤九郎市長のコメント：「市民の皆様に感謝します」\n\n{AFTER}{SOURCE}"
    assert quotes(text) == [("加藤九郎", "市民の皆様に感謝します")]


def test_a_labelled_quote_is_speech_not_a_heading():
    article = parse(f"{INTRO}\n\n鈴木次郎外相：「対話を続ける」\n\n{AFTER}{SOURCE}")
    assert [s.title for s in article.sections if s.title] == []


def test_a_short_line_with_a_colon_but_no_quote_is_still_a_heading():
    # the near twin: 今後の日程：来年春 is a heading, not a labelled quote
    article = parse(f"{INTRO}\n\n今後の日程：来年春\n\n{AFTER}{SOURCE}")
    assert [s.title for s in article.sections if s.title] == ["今後の日程：来年春"]


# --- a gap with の between the marker and the verb --------------------------------------------


@pytest.mark.parametrize("text, content", [
    ("山田一郎首相は、節電するように全国の企業に求めた。", "節電する"),  # …ように全国の企業に求めた
    ("山田一郎首相は、増税はしないと党の会合で述べた。", "増税はしない"),  # …と党の会合で述べた
])
def test_whom_or_where_with_no_between_the_marker_and_the_verb_is_a_gap(text, content):
    assert [(s.name, q.kind, q.text) for s in find_speakers(parse(text), analyze(parse(text))) for q in s.quotes] == [
        ("山田一郎", "indirect", content)]
