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
    # よう is an adjectival noun too: the gap stops at it, and the request stays one
    got = said(f"{LEAD}山田太郎社長は、納期が遅れると懸念を示し、組合に交渉へ戻るよう求めた。")
    assert [(name, kind) for name, kind, _ in got] == [("山田太郎", "indirect")]
    assert got[0][2].endswith("交渉へ戻る")


# --- who speaks ------------------------------------------------------------------------


def test_some_of_a_group_of_people_is_the_speaker():
    assert said(f"{LEAD}教員の一部から「服装が乱れる」と懸念する声も上がった。") == [("教員の一部", "direct", "服装が乱れる")]


def test_some_of_a_place_is_no_speaker():
    assert said(f"{LEAD}市の一部から「服装が乱れる」との声も上がった。") == []


@pytest.mark.parametrize("relative", ["妻", "父", "娘"])
def test_a_relative_is_described_by_whose_relative(relative):
    assert said(f"{LEAD}男性の{relative}は「怖かった」と話した。") == [(f"男性の{relative}", "direct", "怖かった")]


def test_a_note_between_equals_signs_after_a_name_is_skipped():
    assert said(f"{LEAD}山田太郎県議（44）＝北浜市選出＝は「申し訳ない」と述べた。") == [("山田太郎", "direct", "申し訳ない")]


def test_a_local_assembly_member_is_a_title():
    assert [(m.name, m.title) for m in people_in("山田太郎県議が会見した。")] == [("山田太郎", "県議")]


@pytest.mark.parametrize("reaction", ["声を震わせた", "語気を強めた", "声を荒らげた", "目を潤ませた", "表情を曇らせた"])
def test_a_reaction_of_the_voice_or_the_face_reports_the_quote(reaction):
    assert said(f"{LEAD}山田太郎さんは「許せない」と{reaction}。") == [("山田太郎", "direct", "許せない")]


# --- the speaker ends the sentence, with no verb ---------------------------------------


@pytest.mark.parametrize("speaker, name", [("山田太郎氏", "山田太郎"), ("北浜市の住民", "北浜市の住民")])
def test_a_speaker_ending_the_sentence_after_to_speaks_the_quote(speaker, name):
    assert said(f"{LEAD}「改革を進める」と{speaker}。") == [(name, "direct", "改革を進める")]


def test_a_place_ending_the_sentence_after_to_is_no_speaker():
    assert said(f"{LEAD}「改革を進める」と北浜市。") == []


def test_a_person_holding_what_was_written_is_no_speaker():
    assert said(f"{LEAD}「改革を進める」と書かれた紙を持つ住民。") == []


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
