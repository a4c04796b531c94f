"""Scoring a folder of regression articles against its gold, as
``../shared/tools/score-devset`` scores the development set: a quote is its
(line, speaker) pair, a predicted name matches a gold one when equal or when
one contains the other (two characters at least)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from tui.analysis import analyze
from tui.quotes import find_speakers
from tui.text import read_article


def same_name(pred: str, names: list[str]) -> bool:
    return any(pred == n or (len(pred) >= 2 and (pred in n or n in pred)) for n in names)


@dataclass(frozen=True)
class Scored:
    """One article: gold and predicted (line, speaker) pairs, gold persons
    found, predicted persons that match no gold one."""

    file: str
    want: frozenset
    got: frozenset
    found: frozenset
    wrong: frozenset


def gold_of(folder: Path) -> list[dict]:
    return json.loads((folder / "gold.json").read_text(encoding="utf-8"))


def score(folder: Path, gold: dict) -> Scored:
    article = read_article(folder / gold["file"])
    analysis = analyze(article)
    want = {(q["line"], i) for i, s in enumerate(gold["speakers"]) for q in s["quotes"]}
    got = set()
    for sp in find_speakers(article, analysis):
        cands = [i for i, g in enumerate(gold["speakers"]) if same_name(sp.name, [g["name"], *g["aliases"]])]
        for q in sp.quotes:
            got.add((q.line, next((i for i in cands if (q.line, i) in want), cands[0] if cands else f"?{sp.name}")))
    persons = {t.text for t in analysis.terms if t.category == "person"}
    found = {p for p in gold["persons"] if same_name(p, list(persons))}
    wrong = {p for p in persons if not same_name(p, gold["persons"])}
    return Scored(gold["file"], frozenset(want), frozenset(got), frozenset(found), frozenset(wrong))


def quote_scores(scored: list[Scored]) -> tuple[float, float, dict]:
    """(precision, recall, the misses and extras by file) over the set."""
    tp = sum(len(s.want & s.got) for s in scored)
    fp = sum(len(s.got - s.want) for s in scored)
    fn = sum(len(s.want - s.got) for s in scored)
    misses = {s.file: (sorted(s.want - s.got, key=str), sorted(s.got - s.want, key=str)) for s in scored if s.want != s.got}
    return tp / (tp + fp), tp / (tp + fn), misses
