"""What was said: where a reported statement's content starts and which
statements a sentence holds, one behaviour per test.

Measured against the gold's ``text_start`` of the development set and the
regression sets (a quote found for the right speaker whose text started at a
setting, an addressee or the speaker's own quote before it; a stated
intention, …する考えを示した, hidden behind another quote of the same line):
each rule has an input it alone accepts beside a near twin it rejects.
"""

from __future__ import annotations

import pytest

from tui.analysis import analyze
from tui.quotes import find_speakers
from tui.text import parse


def quotes(text: str) -> list[tuple[str, str, str, str]]:
    """(speaker, kind, text, verb) of every quote of ``text``."""
    article = parse(text)
    return [(s.name, q.kind, q.text, q.verb) for s in find_speakers(article, analyze(article)) for q in s.quotes]


def contents(text: str) -> list[str]:
    return [q[2] for q in quotes(text)]


# --- an intention stated: …する考えを示した ------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "山田一郎市長は、来年度から路線を廃止する考えを示した。",
        "山田一郎市長は、工場を閉鎖する方針を明らかにした。",
        "山田一郎市長は、続投したい意向を表明した。",
        "山田一郎市長は、路線を廃止する考えだ。",
    ],
)
def test_an_intention_with_no_to_is_no_quote(sentence):
    # the devset README: beliefs and intentions (〜考え) are not quotes; with と
    # (…とする考えを明らかにした, devset 07) they are
    assert quotes(sentence) == []


def test_an_intention_after_a_quote_and_its_verb_ends_the_quotes_verb():
    # 「…」と投稿し、…を急ぐ考えを示した: the quote is reported by と投稿し; the
    # intention after it is a statement of its own (no quote: no と)
    found = quotes("山田一郎委員長は「議論から逃げた」と投稿し、候補者調整を急ぐ考えを示した。")
    assert found == [("山田一郎", "direct", "議論から逃げた", "と投稿し")]


def test_a_view_described_with_na_after_a_quote_stays_the_quotes_verb():
    # 前向きな考え: what the view is like, no clause of its own
    found = quotes("山田一郎会長は「格差は広がっている」と懸念を示し、前向きな考えを示した。")
    assert [(q[1], q[3]) for q in found] == [("direct", "と懸念を示し、前向きな考えを示した")]


# --- a statement of its own after the speaker's quote --------------------------------------------


def test_a_request_after_a_quote_and_its_verb_is_a_second_statement():
    found = quotes("山田一郎会長は「格差は広がっている」と懸念を示し、適正な価格転嫁に応じるよう求めた。")
    assert found == [
        ("山田一郎", "direct", "格差は広がっている", "と懸念を示し"),
        ("山田一郎", "indirect", "適正な価格転嫁に応じる", "よう求めた"),
    ]


def test_a_request_with_yoni_after_a_quote_is_a_second_statement():
    found = quotes("山田一郎会長は「格差は広がっている」と懸念を示し、価格転嫁に応じるように求めた。")
    assert found[1] == ("山田一郎", "indirect", "価格転嫁に応じる", "ように求めた")


def test_a_verb_that_does_not_end_its_clause_leaves_the_request_to_the_quote():
    # と懸念を示して: no 、 closes the quote's verb, so the request is how the quote is reported
    found = quotes("山田一郎会長は「格差は広がっている」と懸念を示して価格転嫁に応じるよう求めた。")
    assert [(q[1], q[3]) for q in found] == [("direct", "と懸念を示して価格転嫁に応じるよう求めた")]


def test_a_statement_after_the_speakers_quote_starts_after_its_verb():
    found = quotes("山田一郎市長は「残念だ」と述べ、今後も続けると強調した。")
    assert found == [("山田一郎", "direct", "残念だ", "と述べ"), ("山田一郎", "indirect", "今後も続ける", "と強調した")]


def test_a_quote_relayed_inside_a_statement_stays_in_its_content():
    # 報道官は、事務総長が「…」と評価したと明らかにした: the quote is what the statement relays
    found = quotes("報道官は、事務総長が「画期的だ」と評価したと明らかにした。")
    assert ("報道官", "indirect", "事務総長が「画期的だ」と評価した", "と明らかにした") in found


@pytest.mark.parametrize("link", ["つつ", "ながら"])
def test_tsutsu_and_nagara_belong_to_the_verb(link):
    found = quotes(f"山田一郎大統領は「諦めない」と述べ{link}、協力を求めると強調した。")
    assert found == [
        ("山田一郎", "direct", "諦めない", f"と述べ{link}"),
        ("山田一郎", "indirect", "協力を求める", "と強調した"),
    ]


# --- the circumstances before the content: whom it was said to, when, where ---------------------


@pytest.mark.parametrize(
    "circumstance",
    [
        "記者団に対し、",  # whom it was said to
        "読売新聞の取材に対して、",
        "記者団に、",  # a bare に after the press
        "東西通信に、",  # or a news agency
        "ブリュッセルで記者団に、",  # where, then whom
        "現地時間7日、",  # a time abroad
        "5日（現地時間）、",  # a time with a note in brackets
        "2025年6月10日（UTC+9）の閣議後の記者会見で、",  # a setting with a note in brackets
        "会議後、",  # after an event
        "首相官邸で記者会見し、",  # an occasion made with する
        "きっかけについて問われると、",  # the question answered
    ],
)
def test_a_circumstance_before_the_content_is_not_what_was_said(circumstance):
    assert contents(f"山田一郎首相は、{circumstance}景気は回復していると述べた。") == ["景気は回復している"]


@pytest.mark.parametrize(
    "words",
    [
        "茨城関連の31養鶏場以外に、",  # a bare に after no press nor person: part of what was said
        "原因については、",  # the topic of the statement: part of what was said
        "今後も、",  # an adverb
    ],
)
def test_words_before_the_content_that_are_no_circumstance_are_what_was_said(words):
    assert contents(f"山田一郎首相は、{words}景気は回復していると述べた。") == [f"{words}景気は回復している"]


def test_a_long_question_answered_is_still_a_circumstance():
    # up to MAX_QUESTION tokens: …ことについて問われると、
    question = "北朝鮮による弾道ミサイルの発射が続いていることについて問われると、"
    assert contents(f"山田一郎首相は、{question}連携して対応すると述べた。") == ["連携して対応する"]


def test_a_question_asked_in_the_active_is_what_was_said():
    # 問うと、: the speaker asked (not 問われると, a question put to them)
    assert contents("山田一郎首相は、政府に問うと、回答はなかったと述べた。") == ["政府に問うと、回答はなかった"]


def test_a_statement_after_a_continued_quote_starts_after_its_verb():
    # no subject: the previous speaker goes on, and what he said starts after とも述べ、
    found = quotes("山田一郎教授は「期待が持てる」と話す。一方で、「限らない」とも述べ、5年はかかるとの見通しを示した。")
    assert found[-1] == ("山田一郎", "indirect", "5年はかかる", "との見通しを示した")
