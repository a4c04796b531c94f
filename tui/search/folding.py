"""Folding for literal search (NFKC, case, katakana as hiragana, the kanji
variants common in names as one form, variation selectors dropped) with
exact maps from folded offsets back to the original text."""

from __future__ import annotations

import re
import unicodedata
from array import array
from bisect import bisect_right
from functools import lru_cache
from typing import Sequence

from ..text import VARIATION_SELECTORS, fold_variants, katakana_to_hiragana


@lru_cache(maxsize=1 << 14)
def _continues_cluster(ch: str) -> bool:
    """Whether NFKC may fold ``ch`` into the character before it (combining
    marks, half-width voicing marks, Hangul vowel and final jamo), or
    folding drops it (a variation selector)."""
    if unicodedata.combining(ch) or VARIATION_SELECTORS.match(ch):
        return True
    if 0x1160 <= ord(ch) <= 0x11FF:
        return True
    norm = unicodedata.normalize("NFKC", ch)
    return bool(norm) and unicodedata.combining(norm[0]) != 0


def _fold_piece(text: str) -> str:
    folded = fold_variants(katakana_to_hiragana(unicodedata.normalize("NFKC", text).casefold()))
    return VARIATION_SELECTORS.sub("", folded) if VARIATION_SELECTORS.search(folded) else folded


@lru_cache(maxsize=1 << 14)
def _fold_char(ch: str) -> str | None:
    """The folding of ``ch`` standing alone, when it is one character and
    ``ch`` never joins the character before it; else None (a cluster to fold
    as a whole)."""
    if _continues_cluster(ch):
        return None
    folded = _fold_piece(ch)
    return folded if len(folded) == 1 else None


#: Below this many characters a text is folded cluster by cluster (no run
#: translation to set up).
SHORT_TEXT = 200


def _fold_by_cluster(text: str) -> tuple[str, list[tuple[int, int, int, int]]]:
    parts: list[str] = []
    irregular: list[tuple[int, int, int, int]] = []
    n = len(text)
    i = at = 0
    while i < n:
        j = i + 1
        while j < n and _continues_cluster(text[j]):
            j += 1
        piece = _fold_char(text[i]) if j == i + 1 else None
        if piece is None:
            piece = _fold_piece(text[i:j])
            if j - i != 1 or len(piece) != 1:
                irregular.append((at, len(piece), i, j - i))
        parts.append(piece)
        at += len(piece)
        i = j
    return "".join(parts), irregular


def fold_clusters(text: str) -> tuple[str, list[tuple[int, int, int, int]] | None]:
    """Fold ``text``; return the folded text and its irregular pieces
    ``(folded start, folded length, original start, original length)``: the
    clusters that do not fold one character to one character (None when there
    are none and nothing moved). Every other folded character stands for the
    original character at the same distance from the last irregular piece.

    A cluster is a character and the ones NFKC may fold into it. Text that
    is NFKC already folds in one go; otherwise the characters that fold
    alone to one character (nearly all: full-width digits and letters too)
    are translated in runs, and only the rare others fold cluster by cluster.
    """
    if unicodedata.is_normalized("NFKC", text) and not VARIATION_SELECTORS.search(text):
        folded = fold_variants(katakana_to_hiragana(text.casefold()))
        if len(folded) == len(text):  # casefold never shrinks: same length, same places
            return folded, None
    if len(text) < SHORT_TEXT:
        return _fold_by_cluster(text)
    table: dict[int, str] = {}
    odd: list[str] = []
    for ch in set(text):
        folded = _fold_char(ch)
        if folded is None:
            odd.append(ch)
        elif folded != ch:
            table[ord(ch)] = folded
    parts: list[str] = []
    irregular: list[tuple[int, int, int, int]] = []
    n = len(text)
    i = at = 0
    if odd:
        for m in re.finditer("[" + "".join(re.escape(ch) for ch in sorted(odd)) + "]", text):
            k = m.start()
            if k < i:
                continue  # inside the cluster just folded
            start = k
            while start > i and _continues_cluster(text[start]):
                start -= 1  # the cluster begins at the character it joins
            end = k + 1
            while end < n and _continues_cluster(text[end]):
                end += 1
            if start > i:
                parts.append(text[i:start].translate(table))
                at += start - i
            piece = _fold_piece(text[start:end])
            if end - start != 1 or len(piece) != 1:
                irregular.append((at, len(piece), start, end - start))
            parts.append(piece)
            at += len(piece)
            i = end
    if i < n:
        parts.append(text[i:].translate(table))
    return "".join(parts), irregular


def fold_map(text: str) -> tuple[str, array | None, array | None]:
    """Fold ``text`` for literal search; return ``(folded, starts, ends)`` where
    ``text[starts[i]:ends[i]]`` is the original of folded character ``i``.

    The maps are ``None`` when folding keeps every character in place (the
    common case: then folded index = original index).
    """
    folded, irregular = fold_clusters(text)
    if irregular is None:
        return folded, None, None
    fmap = FoldMap(irregular)
    spans = [fmap.original(i) for i in range(len(folded))]
    return folded, array("l", [s for s, _ in spans]), array("l", [e for _, e in spans])


def fold(text: str) -> str:
    """The form literal search compares: NFKC, case-folded, katakana as
    hiragana, name variants in one form (:func:`tui.text.fold_variants`),
    no variation selectors."""
    return fold_clusters(text)[0]


class FoldMap:
    """Folded offsets back to original ones, stored only where they change:
    a block of full-width digits keeps a few numbers instead of two per character."""

    __slots__ = ("fstart", "flen", "ostart", "olen")

    def __init__(self, irregular: Sequence[tuple[int, int, int, int]]) -> None:
        self.fstart = array("i", [p[0] for p in irregular])
        self.flen = array("i", [p[1] for p in irregular])
        self.ostart = array("i", [p[2] for p in irregular])
        self.olen = array("i", [p[3] for p in irregular])

    def original(self, i: int) -> tuple[int, int]:
        """The original span of folded character ``i``."""
        k = bisect_right(self.fstart, i) - 1
        if k < 0:
            return i, i + 1
        if i < self.fstart[k] + self.flen[k]:
            return self.ostart[k], self.ostart[k] + self.olen[k]
        shift = self.ostart[k] + self.olen[k] - self.fstart[k] - self.flen[k]
        return i + shift, i + shift + 1

    def folded(self, o: int, end: bool = False) -> int:
        """The folded offset of original offset ``o``; inside a cluster that
        folds to something else, where its folding starts (or, with ``end``,
        ends)."""
        k = bisect_right(self.ostart, o) - 1
        if k < 0:
            return o
        start, stop = self.ostart[k], self.ostart[k] + self.olen[k]
        if o == start or (o < stop and not end):
            return self.fstart[k]
        if o < stop:
            return self.fstart[k] + self.flen[k]
        return o - stop + self.fstart[k] + self.flen[k]
