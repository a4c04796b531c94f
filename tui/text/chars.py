"""Character classes of Japanese text, defined once for every core module.

Core module (no Textual, no Sudachi). Where a sentence ends, what counts as
hiragana, katakana or kanji, and katakana written as hiragana: the parser
(:mod:`tui.text.parse`), the tokenizer's chunking (:mod:`tui.analysis.tokens`), the
term and person rules, the quotes rules and search all ask the same
questions, so they ask them here.
"""

from __future__ import annotations

import re
from functools import lru_cache

#: Full stops: 。 and the full-width period ． (the "，．" style of official and academic Japanese).
FULL_STOPS = "。．"
#: Sentence terminators: the full stops and question and exclamation marks of either width.
SENTENCE_ENDS = FULL_STOPS + "！？!?"

#: Hiragana as a regular-expression class body: ぁ–ゟ, with the voicing and iteration marks.
HIRAGANA = "\u3041-\u309f"
#: Katakana that write names, as a class body: ァ–ヺ and the long-vowel mark ー (not ・).
KATAKANA = "\u30a1-\u30fa\u30fc"
#: Code point ranges (inclusive) of the kana blocks, CJK ideographs and CJK punctuation.
KANA_BLOCK = (0x3040, 0x30FF)
KANJI_BLOCK = (0x4E00, 0x9FFF)
CJK_PUNCTUATION_BLOCK = (0x3000, 0x303F)
#: Marks written among kanji in names and words: 佐々木, 〆切, 霞ヶ関.
KANJI_MARKS = "々〆ヶ"

_HIRAGANA_RUN = re.compile(f"[{HIRAGANA}]+")
_KATAKANA_RUN = re.compile(f"[{KATAKANA}]+")
_TO_HIRAGANA = str.maketrans({chr(k): chr(k - 0x60) for k in range(0x30A1, 0x30F7)})


def katakana_to_hiragana(text: str) -> str:
    """Map katakana (ァ–ヶ) to hiragana; everything else is kept."""
    return text.translate(_TO_HIRAGANA)


def is_hiragana(s: str) -> bool:
    """Only hiragana (なし, こと); False for ""."""
    return _HIRAGANA_RUN.fullmatch(s) is not None


@lru_cache(maxsize=1 << 14)
def is_katakana(s: str) -> bool:
    """Only katakana (ァ–ヺ) and ー; False for "". Cached: the person rules ask it of every noun."""
    return _KATAKANA_RUN.fullmatch(s) is not None


def is_kanji(s: str) -> bool:
    """Only CJK ideographs and the marks written among them (佐々木); False for ""."""
    lo, hi = KANJI_BLOCK
    return bool(s) and all(lo <= ord(ch) <= hi or ch in KANJI_MARKS for ch in s)


def is_kana(s: str) -> bool:
    """Only characters of the hiragana and katakana blocks (ぁ–ヿ, ー and ・ included); True for ""."""
    return all(0x3041 <= ord(ch) <= KANA_BLOCK[1] for ch in s)
