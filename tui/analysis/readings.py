"""Readings and base forms of token spans, as the terms pane and search show them.

Sudachi reads numerals it does not know digit by digit (120 → いちにーぜろ);
here they are read as numbers (ひゃくにじゅう), and native counting with つ
(4つ → よっつ). A name Sudachi does not know because of a kanji variant
(髙橋, 﨑山: unknown words read as written) is read as its common form
(:func:`tui.text.fold_variants`: たかはし, さきやま).
"""

from __future__ import annotations

import re
from typing import Sequence

from functools import lru_cache

from ..text import fold_variants, has_variants, katakana_to_hiragana
from .tokens import Token, tokenize

_DIGITS = re.compile(r"[0-9０-９]")

_ONES = ("", "いち", "に", "さん", "よん", "ご", "ろく", "なな", "はち", "きゅう")
_HUNDREDS = {3: "さんびゃく", 6: "ろっぴゃく", 8: "はっぴゃく"}
_THOUSANDS = {3: "さんぜん", 8: "はっせん"}
_UNITS = ("", "まん", "おく", "ちょう", "けい")
#: Longest numeral read as a number: the units above reach 9,999けい (20 digits);
#: longer runs (a scrape's digit soup, past Python's int-conversion limit) are
#: read as Sudachi reads them.
MAX_NUMBER_DIGITS = 4 * len(_UNITS)


def _under_10000(n: int) -> str:
    out = []
    th, h, t, o = n // 1000, n // 100 % 10, n // 10 % 10, n % 10
    if th:
        out.append(_THOUSANDS.get(th, ("" if th == 1 else _ONES[th]) + "せん"))
    if h:
        out.append(_HUNDREDS.get(h, ("" if h == 1 else _ONES[h]) + "ひゃく"))
    if t:
        out.append(("" if t == 1 else _ONES[t]) + "じゅう")
    if o:
        out.append(_ONES[o])
    return "".join(out)


def number_reading(n: int) -> str:
    """The hiragana reading of a non-negative integer (2500 → にせんごひゃく)."""
    if n == 0:
        return "ぜろ"
    parts = []
    for unit in _UNITS:
        n, group = divmod(n, 10000)
        if group:
            parts.append(_under_10000(group) + unit)
        if not n:
            break
    return "".join(reversed(parts)) if not n else ""


#: Native counting with つ, which Sudachi reads as よん + つ.
TSU_READINGS = ("", "ひとつ", "ふたつ", "みっつ", "よっつ", "いつつ", "むっつ", "ななつ", "やっつ", "ここのつ")


def token_reading(tok: Token) -> str:
    """Sudachi's reading, except for numerals it does not know (120, 3,400),
    which it reads digit by digit; the ones it knows keep their reading in
    context (2日間: ふつか)."""
    n = tok.normalized
    # ASCII digits only: isdigit() holds for ² and ①, which int() refuses
    if tok.oov and len(n) <= MAX_NUMBER_DIGITS and n.isascii() and n.isdigit() and _DIGITS.search(tok.surface):
        r = number_reading(int(n))
        if r:
            return r
    if tok.oov and has_variants(tok.surface):
        return variant_reading(tok.surface) or tok.reading
    return tok.reading


@lru_cache(maxsize=1024)
def variant_reading(surface: str) -> str:
    """The reading of ``surface`` written with the common forms of its name
    variants (髙橋 → たかはし), when Sudachi knows every word of it; else ""."""
    toks = tokenize(fold_variants(surface), "C")
    if not toks or any(t.oov for t in toks):
        return ""
    return "".join(token_reading(t) for t in toks)


def span_reading(tokens: Sequence[Token], i: int, j: int, text: str, start: int, end: int) -> str:
    """Reading of ``text[start:end]`` covered by ``tokens[i:j]`` (partial tokens read as written)."""
    out = []
    for tok in tokens[i:j]:
        if tok.start >= start and tok.end <= end:
            out.append(token_reading(tok))
        else:
            out.append(katakana_to_hiragana(text[max(tok.start, start) : min(tok.end, end)]))
    return "".join(out)


def span_base(tokens: Sequence[Token], i: int, j: int, text: str, start: int, end: int) -> str:
    """Sudachi's normalised form of ``text[start:end]`` (partial tokens as written)."""
    out = []
    for tok in tokens[i:j]:
        if tok.start >= start and tok.end <= end:
            out.append(tok.normalized if tok.pos[0] != "補助記号" else tok.surface)
        else:
            out.append(text[max(tok.start, start) : min(tok.end, end)])
    return "".join(out)
