"""Spans that are no terms of their own: names and slogans in 「」, URLs and
titles of works in 『』."""

from __future__ import annotations

from typing import Sequence

from ...text import SENTENCE_ENDS, is_hiragana
from .words import (NAME_QUOTE_MAX_CHARS, NAME_QUOTE_RE, NAMING_AFTER, NAMING_WORDS, ORG_KINDS, SEAT_JOINERS, SEATS, URL_RE,
                    WORK_TITLE_RE)


def name_quotes(text: str) -> list[tuple[int, int, bool]]:
    """Contents of 「」 that are names or slogans, not speech: ``(start, end,
    named)`` with ``text[start:end]`` inside the brackets. ``named``: a naming
    word follows (「…」キャンペーン, 「…」という愛称, 「…」と名付けた); otherwise the
    content is a short noun phrase (no 、 or sentence end inside, not ending in
    hiragana) that no quotative follows (という may: 「…」という企画)."""
    if "「" not in text:
        return []
    out = []
    for m in NAME_QUOTE_RE.finditer(text):
        start, end = m.span(1)
        after = text[end + 1 : end + 12]
        rest = after.removeprefix("という").removeprefix("との").removeprefix("の")
        if rest.startswith(NAMING_WORDS) or after.startswith(NAMING_AFTER):
            out.append((start, end, True))
            continue
        inner = m.group(1)
        if (
            len(inner) <= NAME_QUOTE_MAX_CHARS and (after[:1] != "と" or after.startswith("という"))
            and not any(ch in inner for ch in SENTENCE_ENDS + "、") and not is_hiragana(inner[-1])
        ):
            out.append((start, end, False))
    return out


#: What says who a body is made of, right before its name (住民でつくる「…」).
FORMED_BY = ("でつくる", "で作る", "で構成する")
#: A seat in brackets after a name (（本社・さいたま市）, （本部：東京都）): a body's.
SEAT_BRACKETS = tuple(f"{o}{w}{j}" for o in "（(" for w in SEATS for j in SEAT_JOINERS)


def kind_named(text: str, names: Sequence[tuple[int, int, bool]]) -> list[tuple[int, int]]:
    """The names among ``names`` (:func:`name_quotes`) that the kind of body
    written right before their 「 makes organisations: 運送会社「ミナト急送」,
    地域政党「晴れの国の会」 (not 新製品「北斗」), or who it is made of (住民で
    つくる「鹿瀬川水害被災者の会」); or the seat in brackets right after their 」
    does: 「むさしの給食サービス」（本社・さいたま市）."""
    return [(s, e) for s, e, named in names
            if not named and (text[: s - 1].endswith(ORG_KINDS + FORMED_BY) or text.startswith(SEAT_BRACKETS, e + 1))]


def part_of_name(text: str, names: Sequence[tuple[int, int, bool]], start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a word inside one of ``names``
    (:func:`name_quotes`) without being all of it: in a name followed by a
    naming word, any such word (ニッポン in 「もっと、ニッポン。」キャンペーン);
    in a short noun phrase, a word glued to the rest (東京 in 「東京大改革」),
    not one set apart by spaces or brackets (北町駅 in 「北町駅 - 南町駅」)."""
    for s, e, named in names:
        if s <= start and end <= e and (start, end) != (s, e):
            if named:
                return True
            before = text[start - 1] if start > s else ""
            after = text[end] if end < e else ""
            return any(ch.isalnum() or ch in "・＝" for ch in before + after)
    return False


def skipped_spans(text: str) -> list[tuple[int, int]]:
    """Spans that yield no terms: URLs and titles of works in 『』."""
    if "/" not in text and "www" not in text and "『" not in text:
        return []
    return [m.span() for m in URL_RE.finditer(text)] + [m.span() for m in WORK_TITLE_RE.finditer(text)]
