"""Regression articles, rounds 4 to 49: forty-six sets of Wikinews-style articles
(16 + 20 × 45, about 6,310 quotes) each written for kiji by someone who had
seen neither its rules nor the other sets, with gold by the development
set's conventions (each folder's README.md says how it was made; the people
and bodies in them are invented). Not held out any more: each set was scored
once before any rule changed for it (quotes F1 0.99, 0.93, 0.96, 0.94, 0.91,
0.96, 0.93, 0.92, 0.96, 0.96, 0.965, 0.905, 0.929, 0.945, 0.962, 0.968, 0.874, 0.943, 0.941, 0.983, 0.961, 0.975, 0.963, 0.979, 0.984, 0.955, 0.995, 0.963, 0.945, 0.959, 0.948, 0.971, 0.956, 0.940, 0.944, 0.956, 0.930, 0.943, 0.966, 0.981, 0.924, 0.957, 0.917, 0.967, 0.967 and 0.982; set 9 was scored a second time, 0.96 again, after the rules set 8
led to and before any of its own), then the rules were corrected against its
misses, so the thresholds below keep what each reached from slipping back.
Where a set's author decided a convention otherwise than the development set
(intentions such as …方針を示した counted as quotes, reporters' questions left
out), kiji keeps the development set's, and the thresholds allow for it.
Scored as ``../shared/tools/score-devset`` scores the development set
(:mod:`regression_scoring`).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from regression_scoring import gold_of, quote_scores, score
from tui.text import read_article

HERE = Path(__file__).parent / "regression3"

#: set -> (articles, quotes precision, quotes recall, persons recall, persons matching no gold one)
REACHED = {
    "set4": (16, 1.00, 1.00, 0.98, 0),
    "set5": (20, 1.00, 0.99, 0.96, 0),
    "set6": (20, 1.00, 0.98, 0.98, 1),
    # set 7: 0.97 until a title made plural named people (選手たち, as 住民たち):
    # its author reads 監督は、…選手たちが「…」とたたえた as the coach's words
    "set7": (20, 0.96, 1.00, 0.98, 0),
    # set 8: P 0.99 until a subject inside what a report found no longer spoke (報告書は、同級生らが…と認定)
    "set8": (20, 1.00, 1.00, 1.00, 0),
    "set9": (20, 1.00, 0.98, 0.97, 0),
    "set10": (20, 1.00, 0.98, 0.97, 0),
    # set 11: 0.96 until the one addressed answered (男性に声をかけると、「…」と返事があった), a
    # subject opening a statement chained after the topic's quote stopped speaking it (…とした上で、
    # 当面は教職員が…と説明した), 何度も stopped ending who a sentence is about and what a
    # source told (教育委員会によると、…要望しているという) stopped being the last speaker's, nor a
    # subject inside what was told (同僚の多くも…だったといい、「…」) the quote's after it
    "set11": (20, 0.99, 0.98, 0.98, 1),
    # set 12: P 1.00 until the sides of a trial spoke as people (sets 7, 8, 14 and 15 annotate
    # 検察側 and 弁護側 so); its author left 検察側は冒頭陳述で、…と指摘した out
    "set12": (20, 0.99, 0.99, 0.98, 0),
    # set 13: R 1.00 and P 0.99 for a while, then 0.98 each once a body named after its kind and の was read as one
    # (所属事務所の「はるの木舎」が発表した): a statement with no subject in the next paragraph then
    # continues the body, as the rules have any body acting continue
    "set13": (20, 0.97, 0.98, 0.95, 0),
    "set14": (20, 1.00, 0.99, 1.00, 0),
    # set 15: longer reports of courts, funerals and features; left: a question quoted with
    # という質問には, a letter whose writers are named only in what sent it, an answer to a
    # question with no asker
    "set15": (20, 0.98, 0.97, 1.00, 1),
    # set 16: elections, sport and culture; left: sumo ring names (嵐ノ浦), a rakugo name
    # (風鈴亭こはる), a name with a katakana given name and no title
    "set16": (20, 0.98, 0.95, 0.93, 2),
    # set 17: science, health, business and transport
    "set17": (20, 1.00, 0.99, 0.98, 1),
    # set 18: international reports; its author lists the katakana reading of a Chinese or
    # Korean name (鄒海濤（ゾウ・ハイタオ）) as a person of its own, and single-character
    # surnames alone (鄒首相); kiji reads the reading as part of the name
    "set18": (20, 0.99, 0.99, 0.87, 3),
    # set 19: assemblies, press conferences, arrests, courts; left: a subject with its own act
    # before what it disclosed (深町副知事が答弁に立ち、…ことを明らかにしたうえで), a call
    # reported without brackets (…と、近くに住む男性から119番通報があった)
    "set19": (20, 0.99, 0.99, 0.96, 0),
    # set 20: sport and features; left: teams named by a katakana word and a place (ブリッツ
    # 千葉), a foreign player after his position and a comma (センター、ママドゥ・ディアロ),
    # 本人 alone for the person a portrait is about, a katakana given name read as a word
    "set20": (20, 1.00, 0.95, 0.94, 1),
    # set 21: Wikinews-style reports compiled from other media; left: a broadcaster cited as a
    # source taken for 同社 (NHK), a dealer's claim inside hearsay (…としているが、…という)
    "set21": (20, 1.00, 0.98, 0.98, 1),
    # set 22: communities, disasters and everyday life; left: a crowd's voices with a stated group
    # (…人たちから「…」「…」の声が上がった)
    "set22": (20, 1.00, 0.99, 1.00, 1),
    # set 23: many speakers in one Wikinews-style report (elections, summits, courts), 0.983
    # before any rule changed for it
    "set23": (20, 0.98, 1.00, 0.97, 0),
    # set 24: the world, science, health; its author lists the katakana reading of a Chinese or
    # Korean name as a person of its own (崔在允（チェ・ジェユン）)
    "set24": (20, 0.98, 0.98, 0.83, 0),
    # set 25: early Wikinews (2005-2012): terse reports compiled from papers and wires
    "set25": (20, 0.98, 0.98, 0.98, 3),
    # set 26: the boundary between reported speech and what only looks like it (intentions,
    # hearsay, bodies' decisions); left: a subjectless paragraph after a body's claim
    "set26": (20, 1.00, 0.98, 0.96, 0),
    # set 27: sport and culture in Wikinews style; left: interview answers after ―― questions
    # whose interviewee the text names only by title and name in the lead (a shogi title holder)
    "set27": (20, 1.00, 0.97, 0.92, 2),
    # set 28: business, economy and technology in Wikinews style
    "set28": (20, 1.00, 1.00, 1.00, 0),
    # set 29: politics, local government and diplomacy in Wikinews style
    "set29": (20, 1.00, 1.00, 0.95, 0),
    # set 30: obituaries, anniversaries, awards, science and health in Wikinews style
    "set30": (20, 1.00, 1.00, 0.95, 1),
    # set 31: crimes, courts, accidents and the world in Wikinews style
    "set31": (20, 1.00, 1.00, 0.98, 0),
    # set 32: features and interviews; left: a call reported without brackets (…、と電話があった),
    # a quote alone after a passive sentence about the portrait's subject, reactions
    # reported without brackets (…と笑う), a quote inside a clause (…と名乗り出た時のこと)
    "set32": (20, 0.98, 0.96, 0.98, 2),
    # set 33: world affairs through foreign media; left: a name before a body and a post
    # (マルタ・ヘイデン国連開発計画…常駐代表: マルタ is a country to Sudachi)
    "set33": (20, 1.00, 0.99, 0.96, 0),
    # set 34: schools, weather, transport and local services
    "set34": (20, 1.00, 1.00, 1.00, 0),
    # set 35: long reports (8-13 speakers each); left: the judge's words after a topic that is
    # a thing (…との関連は「…」とした: no one's, no longer the thing's), a headline quote with
    # a comma
    "set35": (20, 0.98, 0.98, 0.96, 1),
    # set 36: experts' and officials' analysis; left: a suspect's pitch in an arrest's lead, a
    # company's claim inside a ruling, a group's view without brackets (専門家の間では…との声も)
    "set36": (20, 0.99, 0.97, 1.00, 0),
    # set 37: entertainment and sport reactions; left: stage names (ハヤト, ジン, 真白（ましろ）,
    # 大黒屋ひょうたん), a writer's name without an honorific after their role (原作者の鈴懸ゆずるは)
    "set37": (20, 1.00, 0.93, 0.88, 3),
    # set 38: local news full of unnamed people; its author counts intentions stated with a
    # speech verb (…考えを示した) as quotes; left: a survey's answer read as the last speaker's
    "set38": (20, 0.99, 0.99, 1.00, 1),
    # set 39: science and research; its author counts questions with a stated asker as quotes;
    # left: a speech verb made a noun inside hearsay (…と指摘したのをきっかけに)
    "set39": (20, 0.99, 0.98, 1.00, 1),
    # set 40: business news; its author counts intentions with a speech verb; left: a
    # committee's words quoted from its report, a company's statement without brackets after
    # a customer's words it reported
    "set40": (20, 0.99, 0.97, 0.98, 1),
    # set 41: sport with foreign players; left: a statement inside a hearsay frame; persons:
    # towns read as surnames before a club's name (金沢, 福井, 伊勢崎)
    "set41": (20, 1.00, 0.98, 0.92, 3),
    # set 42: transport accidents and infrastructure; its author counts intentions with a speech
    # verb; left: an instruction inside a source's frame (国土交通省によると、管制官は…よう指示
    # していた), a thing's clause before a quote read as a body (流された橋桁は…見つかっており、「…」)
    "set42": (20, 0.97, 0.99, 1.00, 0),
    # set 43: agriculture, fisheries, forestry and the environment
    "set43": (20, 0.99, 1.00, 0.98, 0),
    # set 44: organisations as speakers; its author gives a report's words to the body that wrote
    # it and counts intentions with a speech verb; left: a body's name in 「」 before its
    # document (…「遺族の会」は同日、「…」とする意見書を), a sender's words a clerk reported, a
    # counterpart's words inside a ministry's ground (同船が「…」として)
    "set44": (20, 0.95, 0.94, 1.00, 3),  # P 0.958
    # set 45: short news briefs (46 quotes: the floor of 100 quotes a set is not asked of it);
    # left: a clause reported with a reaction (…のが響いたと悔しさをにじませた)
    "set45": (20, 1.00, 0.97, 1.00, 1),
    # set 46: courts and trials in depth, scored last in the sixth session, its misses mostly not
    # worked on: its author gives the sides of a trial (検察側, 弁護側) their words without 「」
    # as people's, and the words inside a ruling's findings to whom they quote
    "set46": (20, 0.94, 0.90, 0.97, 0),
    # set 47: health and medicine, misses not worked on yet
    "set47": (20, 0.96, 0.96, 1.00, 1),
    # set 48: education and young people, misses not worked on yet
    "set48": (20, 0.96, 0.96, 0.96, 2),
    # set 49: the world through wire services, misses not worked on yet; persons: katakana
    # names of papers, places and a dam (エル・ミラドール, ポルト・セレス) read as persons
    "set49": (20, 1.00, 0.96, 0.98, 8),
}


#: set -> subheadings missed (none is ever found that the gold does not have)
HEADINGS_MISSED = {
    "set15": 1,  # 「2回の接種で防げる」, a quote alone and the article's only subheading
    "set35": 1,  # 「食い違い、さらに調査」: a headline quote with a comma, read as speech
    "set37": 1,  # a headline quote over a hero interview's first answer
}


@pytest.fixture(scope="module", params=sorted(REACHED))
def scored(request):
    folder = HERE / request.param
    gold = gold_of(folder)
    return request.param, gold, [score(folder, g) for g in gold]


#: Sets of short items, with fewer quotes than the others' hundred and more.
SHORT = {"set45": 40}


def test_each_set_is_its_articles_with_quotes(scored):
    name, gold, _ = scored
    assert len(gold) == REACHED[name][0]
    assert sum(len(s["quotes"]) for g in gold for s in g["speakers"]) > SHORT.get(name, 100)


def test_quotes_by_line_and_speaker(scored):
    name, _, scores = scored
    precision, recall, misses = quote_scores(scores)
    assert precision >= REACHED[name][1] and recall >= REACHED[name][2], misses


def test_persons(scored):
    name, gold, scores = scored
    found = sum(len(s.found) for s in scores) / sum(len(g["persons"]) for g in gold)
    wrong = sorted(p for s in scores for p in s.wrong)
    assert found >= REACHED[name][3] and len(wrong) <= REACHED[name][4], (found, wrong)


@pytest.mark.parametrize("name", sorted(REACHED))
def test_subheadings(name):
    folder = HERE / name
    extra, missed = [], []
    for g in gold_of(folder):
        got = {b.line for b in read_article(folder / g["file"]).blocks() if b.kind == "heading"}
        want = set(g["headings"])
        extra += [(g["file"], line) for line in sorted(got - want)]
        missed += [(g["file"], line) for line in sorted(want - got)]
    assert extra == [] and len(missed) <= HEADINGS_MISSED.get(name, 0), (extra, missed)
