"""Token classes and noun runs: the coarse view of a block the term rules read.

A part-of-speech tuple maps to one small class (noun, place, person,
proper noun, numeral, counter, prefix, suffix …), cached per tuple; a
*noun run* is a maximal sequence of tokens whose classes continue one.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Sequence

from ...text import is_kanji
from ..tokens import Token

OTHER, NOUN, PLACE, PERSON, PROPER, NUMBER, COUNTER, PREFIX, SUFFIX, ADVERBIAL, DOT = range(11)
#: Classes that continue a noun run.
RUN_CLASSES = frozenset((NOUN, PLACE, PERSON, PROPER, NUMBER, COUNTER, PREFIX, SUFFIX, ADVERBIAL, DOT))

_class_cache: dict[tuple[str, ...], int] = {}


def token_class(pos: tuple[str, ...]) -> int:
    """The coarse class of a part-of-speech tuple (cached: there are few distinct tuples)."""
    c = _class_cache.get(pos)
    if c is None:
        p0, p1, p2 = pos[0], pos[1], pos[2]
        if p0 == "名詞":
            if p1 == "固有名詞":
                c = PLACE if p2 == "地名" else PERSON if p2 == "人名" else PROPER
            elif p1 == "数詞":
                c = NUMBER
            elif p2 == "助数詞可能":
                c = COUNTER
            elif p2 == "副詞可能":
                c = ADVERBIAL
            else:
                c = NOUN
        elif p0 == "接頭辞":
            c = PREFIX
        elif p0 == "接尾辞":
            c = COUNTER if p2 == "助数詞" else SUFFIX
        elif p0 == "形状詞" and p1 == "一般":
            c = NOUN  # グローバル, ハイテク: modifiers inside compounds
        elif p0 == "補助記号" and pos[1] == "一般":
            c = DOT  # ・ inside a name; checked by surface below
        else:
            c = OTHER
        _class_cache[pos] = c
    return c


@dataclass(frozen=True, slots=True)
class Found:
    """A term occurrence in one block: ``text[start:end]`` and its category."""

    start: int
    end: int
    category: str
    base: str
    reading: str


def token_classes(tokens: Sequence[Token]) -> list[int]:
    """:func:`token_class` of every token."""
    get = _class_cache.get
    classes = [get(t.pos) for t in tokens]
    if None in classes:
        classes = [token_class(t.pos) for t in tokens]
    return classes


def noun_runs(
    tokens: Sequence[Token], classes: Sequence[int], blocked: bytearray | None, cuts: Iterable[int] = ()
) -> list[tuple[int, int]]:
    """``(i, j)`` index ranges of maximal noun runs, not crossing blocked
    characters (person names, URLs) nor the offsets ``cuts`` where the
    tokenizer cut the text into pieces (:func:`tui.analysis.tokens.chunk_starts`)."""
    runs = []
    i = None
    run_classes = RUN_CLASSES
    cut_at = frozenset(cuts)
    for k, c in enumerate(classes):
        if cut_at and i is not None and tokens[k].start in cut_at:
            runs.append((i, k))
            i = None
        ok = c in run_classes and (c != DOT or tokens[k].surface in "・＝" and not _list_dot(tokens, k)) and (
            blocked is None or not blocked[tokens[k].start]
        )
        if ok:
            if i is None:
                i = k
        elif i is not None:
            runs.append((i, k))
            i = None
    if i is not None:
        runs.append((i, len(tokens)))
    return runs


def _list_dot(tokens: Sequence[Token], k: int) -> bool:
    """Whether the ・ (or ＝) at token ``k`` joins two names in a list
    (産経新聞・朝日新聞, 自民・公明党) rather than the words of one name
    (ジャカルタ・ポスト, アジア・アフリカ言語文化研究所, 日本・アラブ協会): kanji
    on both sides."""
    return 0 < k < len(tokens) - 1 and is_kanji(tokens[k - 1].surface[-1]) and is_kanji(tokens[k + 1].surface[0])
