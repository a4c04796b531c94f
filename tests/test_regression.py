"""Regression articles, round 1 and 2: invented by the kiji team, with
hand-made gold (devset conventions). They are not held out: the rules were
changed against them before they were committed (both rounds), so they pin
what the rules do on them and show a regression, not how the rules do on
text they have never seen; that evidence is ``../shared/devset`` and its
scorer (``../shared/tools/score-devset``).

Written for kiji in the style of real outlets (a court report, a wire story
from abroad with katakana names and ＝, a sports report, an explainer with ■
subheadings; round 2: an interview with ――questions, a sports report with
a captioned picture, a company apology); names are invented. Each test states what a reader expects:
the subheadings, the people named, and who said what on which line. The gold
follows ../shared/devset/README.md: names without titles, unnamed speakers as
written, media via によると are no speakers, organisations speak only 「」.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.analysis import analyze
from tui.text import read_article
from tui.quotes import find_speakers

HERE = Path(__file__).parent / "regression"

#: file -> (subheading lines, persons, [(speaker, kind, [(line, quote kind)])])
GOLD = {
    "court_kaigo.txt": (
        [],
        {"森本健二", "小林真理子", "津田恭子"},
        [
            ("小林真理子", "person", [(5, "direct")]),
            ("弁護側", "unnamed_person", [(7, "direct")]),
            ("検察側", "unnamed_person", [(7, "direct")]),
            ("森本健二", "person", [(9, "direct")]),
            ("50代の男性", "unnamed_person", [(11, "direct")]),
            ("津田恭子", "person", [(15, "indirect")]),
            ("市の担当者", "unnamed_person", [(17, "direct")]),
        ],
    ),
    "world_summit.txt": (
        [],
        {"田中一郎", "ジョー・ウォーカー", "エマニュエル・デュボワ", "ドミトリー・ソコロフ", "ロペス"},
        [
            ("ジョー・ウォーカー", "person", [(3, "direct")]),
            ("エマニュエル・デュボワ", "person", [(5, "indirect"), (5, "direct")]),
            ("ドミトリー・ソコロフ", "person", [(7, "direct")]),
            ("米政府高官", "unnamed_person", [(9, "direct")]),
            ("フランス大統領府", "organization", [(13, "direct")]),
        ],
    ),
    "sports_sayonara.txt": (
        [],
        {"森川翔平", "西村大和", "岡本和男", "高木誠", "田中健太", "村上悠斗"},
        [
            ("森川翔平", "person", [(3, "direct")]),
            ("西村大和", "person", [(7, "direct")]),
            ("岡本和男", "person", [(9, "direct")]),
            ("高木誠", "person", [(11, "direct")]),
            ("田中健太", "person", [(13, "direct")]),
            ("村上悠斗", "person", [(15, "direct")]),
        ],
    ),
    "explainer_subheadings.txt": (
        [3, 9, 13],
        {"佐藤隆之"},
        [
            ("警察庁の担当者", "unnamed_person", [(7, "direct")]),
            ("会社員の女性（29）", "unnamed_person", [(15, "direct")]),
            ("佐藤隆之", "person", [(17, "indirect"), (17, "direct")]),
            ("同庁幹部", "unnamed_person", [(19, "direct")]),
        ],
    ),
    "interview_town.txt": (
        [3, 17],
        {"原田光男", "平野美穂"},
        [
            ("原田光男", "person", [(1, "direct"), (7, "direct"), (11, "direct"), (15, "direct")]),
            ("平野美穂", "person", [(19, "direct")]),
        ],
    ),
    "sports_judo.txt": (
        [3, 13, 17],
        {"藤原美咲", "今井真央", "石田翔", "鈴木大輔"},
        [
            ("藤原美咲", "person", [(9, "direct")]),
            ("今井真央", "person", [(11, "direct")]),
            ("石田翔", "person", [(15, "direct")]),
            ("鈴木大輔", "person", [(19, "direct")]),
        ],
    ),
    "scandal_foods.txt": (
        [],
        {"中村秀樹", "坂口あゆみ"},
        [
            ("中村秀樹", "person", [(3, "direct"), (5, "indirect"), (7, "direct")]),
            ("坂口あゆみ", "person", [(7, "direct")]),
            ("同庁の担当者", "unnamed_person", [(9, "direct")]),
            ("30代の主婦", "unnamed_person", [(13, "direct")]),
        ],
    ),
}


@pytest.fixture(scope="module")
def read():
    cache = {}

    def get(name: str):
        if name not in cache:
            article = read_article(HERE / name)
            analysis = analyze(article)
            cache[name] = (article, analysis, find_speakers(article, analysis))
        return cache[name]

    return get


@pytest.mark.parametrize("name", sorted(GOLD))
def test_regression_subheadings_are_the_short_title_lines_only(read, name):
    article, _, _ = read(name)
    assert [s.line for s in article.sections if s.title] == GOLD[name][0]


@pytest.mark.parametrize("name", sorted(GOLD))
def test_regression_people_are_found_by_name_and_nothing_else_is_a_person(read, name):
    _, analysis, _ = read(name)
    persons = {t.text for t in analysis.terms if t.category == "person"}
    assert persons == GOLD[name][1]


@pytest.mark.parametrize("name", sorted(GOLD))
def test_regression_speakers_and_their_quote_lines(read, name):
    _, _, speakers = read(name)
    assert [(s.name, s.kind, [(q.line, q.kind) for q in s.quotes]) for s in speakers] == GOLD[name][2]
