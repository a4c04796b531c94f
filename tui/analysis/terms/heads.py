"""What a word can be inside a term: an organisation's head and how strong,
a law's or event's head, a title, a back-reference (同省), a cited medium.
Answers are cached per surface: an article repeats its words.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable, Sequence

from ..tokens import Token, dictionary
from ..titles import HONORIFICS, TITLE_SUFFIXES, title_part
from ...text import is_hiragana
from .classes import COUNTER, NOUN, PERSON, PREFIX, PROPER, SUFFIX
from .words import (
    DEICTIC_PREFIXES, ERA_NAMES, FACILITY_HEADS, INSTITUTIONS, MEDIA_HEADS, ORG_HEADS_STRONG, ORG_HEADS_WEAK,
    PLATFORMS, SOURCE_CUES, WORK_HEADS,
)


@lru_cache(maxsize=4096)
def could_be_place(surface: str) -> bool:
    """Whether the dictionary also lists ``surface`` as a place name (福井, read as a surname)."""
    return any(m.part_of_speech()[2] == "地名" for m in dictionary().lookup(surface))


_CLUB_RE = re.compile(r"([\u30a1-\u30fa\u30fc・]{2,})([\u4e00-\u9fff]{1,3})|([\u4e00-\u9fff]{1,3})([\u30a1-\u30fa\u30fc・]{3,}[スズツ])")


def is_club(name: str) -> bool:
    """Whether ``name`` is a club's as the term rules find them: a katakana word and
    its town (セレスタ京都), or the town and an English plural (常陸ブレイカーズ);
    not a company's (トヨタ自動車: 自動車 is no town)."""
    m = _CLUB_RE.fullmatch(name)
    return m is not None and could_be_place(m.group(2) or m.group(3))


def ends_with(surface: str, heads: Iterable[str], single_min: int = 3) -> str | None:
    """The head ``surface`` ends with. One-character heads need a longer word
    (外務省, not 反省 or 当局)."""
    for h in heads:
        if surface.endswith(h):
            if len(h) == 1 and len(surface) < single_min and surface != h:
                continue
            return h
    return None


#: Organisation head → strength: 2 names an organisation after any modifier,
#: 1 only after a proper noun or another organisation.
ORG_HEAD_STRENGTH = {**{h: 1 for h in ORG_HEADS_WEAK}, **{h: 2 for h in ORG_HEADS_STRONG}, "事務局": 1, "当局": 0, "省庁": 0}
_ORG_HEAD_LENGTHS = sorted({len(h) for h in ORG_HEAD_STRENGTH}, reverse=True)


def org_head_strength(surface: str) -> int:
    """0, 1 or 2: how ``surface`` can end an organisation name (longest head wins)."""
    strength = _strength_cache.get(surface)
    if strength is None:
        strength = _strength_cache[surface] = _strength_of(surface)
    return strength


_strength_cache: dict[str, int] = {}
_title_cache: dict[str, bool] = {}


def _strength_of(surface: str) -> int:
    if surface in INSTITUTIONS:
        return 2
    for n in _ORG_HEAD_LENGTHS:
        if len(surface) >= n:
            h = surface[-n:]
            strength = ORG_HEAD_STRENGTH.get(h)
            if strength is not None:
                if n == 1 and surface != h and len(surface) < 3:
                    continue  # 反省, 最大, 会社: ordinary words, not heads
                if len(surface) == 2 and surface[0] in DEICTIC_PREFIXES:
                    return 0  # 同省, 各党
                return strength
    return 0


def org_head(run: Sequence[Token], k: int, cls: Sequence[int]) -> int:
    """How ``run[k]`` can end an organisation (see :func:`org_head_strength`)."""
    tok = run[k]
    s = tok.surface
    c = cls[k]
    if k + 1 < len(run) and run[k + 1].surface in TITLE_SUFFIXES:
        return 0  # 事務局長, 部長: a title, not the office
    if c == PROPER:
        if ends_with(s, FACILITY_HEADS, 2) or is_work_head(s) or s in ERA_NAMES or s in PLATFORMS or s[-1] == "線":
            return 0  # 山手線, 北陸新幹線: a railway line, not its operator
        return 2
    if c == SUFFIX and s == "大" and k + 1 < len(run) and cls[k + 1] in (NOUN, PROPER) and not is_title_word(run, k + 1):
        return 0  # 大阪大混乱: the prefix 大 of the next word, not a university
    if c in (NOUN, COUNTER, SUFFIX):
        return org_head_strength(s)
    if c == PREFIX and s == "大" and k > 0 and k + 1 < len(run) and is_title_word(run, k + 1):
        return 2  # 早稲田大教授: Sudachi reads 大 as a prefix of the title
    return 0


_work_cache: dict[str, bool] = {}


def is_work_head(s: str) -> bool:
    """Whether ``s`` ends a law or event name (条約, 選手権大会)."""
    work = _work_cache.get(s)
    if work is None:
        work = _work_cache[s] = ends_with(s, WORK_HEADS, 2) is not None
    return work


def single_word(s: str, c: int) -> str:
    """What a noun run of the one word ``s`` (class ``c``) is: a category or ""."""
    if c == PERSON:
        if not org_head_strength(s):
            return ""  # a name no person rule took: nothing else either
        c = NOUN
    if c == PROPER and title_part(s):
        return ""  # 最高執行責任者: Sudachi's proper noun for a post, a role
    if c == PROPER:
        if ends_with(s, FACILITY_HEADS, 2):
            return "place"
        if not (is_work_head(s) or s in ERA_NAMES or s in PLATFORMS or s[-1] == "線"):
            return "organization"
    elif c in (NOUN, COUNTER) and org_head_strength(s) == 2 and s not in ORG_HEAD_STRENGTH:
        return "organization"
    if c not in (NOUN, PROPER) or len(s) < 2 or is_hiragana(s) or s in "・＝":
        return ""
    if bool(title_part(s)) or s in HONORIFICS or s in TITLE_SUFFIXES:
        return ""  # 報道官: a role, not a topic
    return "keyword"


def deictic(tok: Token, c: int) -> bool:
    """同, 各 (as a prefix or a word of its own: 同 + 大学大学院), or a
    two-character word made with them (同市, 各国): a run starting so points
    back to an organisation already named instead of naming a new one."""
    s = tok.surface
    return s[0] in DEICTIC_PREFIXES and (c == PREFIX or len(s) <= 2)


def is_title_word(run: Sequence[Token], k: int) -> bool:
    """Titles and honorifics (the person rules' lists): 報道官, 大臣, 部+長, 氏."""
    s = run[k].surface
    title = _title_cache.get(s)
    if title is None:
        title = _title_cache[s] = bool(title_part(s)) or s in HONORIFICS or s in TITLE_SUFFIXES
    return title


def cited(tokens: Sequence[Token], j: int) -> bool:
    """Whether ``tokens[j:]`` begin with one of :data:`SOURCE_CUES`."""
    for cue in _CUES_BY_FIRST.get(tokens[j].surface, ()):
        if tuple([t.surface for t in tokens[j : j + len(cue)]]) == cue:
            return True
    return False


_CUES_BY_FIRST: dict[str, list[tuple[str, ...]]] = {}
for _cue in SOURCE_CUES:
    _CUES_BY_FIRST.setdefault(_cue[0], []).append(_cue)
CUES_AFTER = frozenset(_CUES_BY_FIRST)
BRACKETS = frozenset(("（", "("))
#: How the last word of a medium's name can end (電子版 is two words: 版 ends it).
MEDIA_TAILS = (*MEDIA_HEADS, "版")
