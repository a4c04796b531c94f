"""Kanji variants common in Japanese names, folded to one form for search.

The one table of them (:data:`NAME_VARIANTS`): a person registered as 髙橋
is written 高橋 as often as not, 渡邉 as 渡辺, 﨑 as 崎, and a reader types
the form their keyboard offers. Each variant maps to one character, so
folding keeps every offset where it was (the search's offset maps stay
exact).

Source: the pairs are variant pairs recorded in the Unicode Han Database
(Unihan, ``Unihan_Variants.txt``: kZVariant and kSemanticVariant; 髙/高,
﨑/崎, 嵜/崎, 渕/淵, 澤/沢, 濱/浜, 邊/邉/辺, 嶋/島, 齊/斉, 齋/斎), kept to those
that are frequent in personal and place names (the 旧字体 and 異体字 forms the
Ministry of Justice's 人名用漢字 lists beside their common forms). 斉 and 斎
are two characters in Unihan, not variants; they are folded together
because the surname Saitō is written with either (斉藤, 斎藤, 齊藤, 齋藤) and a
reader searching one means all. 﨑 (U+FA11) sits among the compatibility
ideographs but has no decomposition, so NFKC leaves it alone.

Ideographic variation sequences (a kanji followed by a variation selector,
U+E0100–U+E01EF, or U+FE00–U+FE0F: the glyph of 葛󠄀 or 辻󠄀 registered in the
IVD) are the same character for search: :data:`VARIATION_SELECTORS` are
dropped by the search's folding (:mod:`tui.search.folding`).
"""

from __future__ import annotations

import re

#: Variant → the form search compares (the common, 常用 form where there is one).
NAME_VARIANTS: dict[str, str] = {
    "髙": "高",
    "﨑": "崎", "嵜": "崎",
    "淵": "渕",
    "澤": "沢",
    "濱": "浜",
    "邊": "辺", "邉": "辺",
    "嶋": "島",
    "斉": "斎", "齊": "斎", "齋": "斎",
}

_TABLE = str.maketrans(NAME_VARIANTS)

#: Variation selectors: a glyph variant of the character before them (IVS, SVS).
VARIATION_SELECTORS = re.compile("[\ufe00-\ufe0f\U000e0100-\U000e01ef]")


def fold_variants(text: str) -> str:
    """``text`` with the name variants of :data:`NAME_VARIANTS` in their common
    form; the same length, every character where it was."""
    return text.translate(_TABLE)


def has_variants(text: str) -> bool:
    """Whether ``text`` holds a variant :func:`fold_variants` changes."""
    return fold_variants(text) != text
