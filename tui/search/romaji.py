"""The kana a query is searched by in the reading mode: the query itself
when it is kana, or romaji read as kana (``yamada`` → やまだ, found in 山田).

Romaji is read by jaconv (``alphabet2kana``: Hepburn and Kunrei spellings,
``shimbun`` = ``shinbun``, ``kan'ichi`` with its apostrophe). A query is
taken as romaji when it is Latin letters only (an apostrophe allowed), not
written all in capitals (``UN``, ``NHK`` are acronyms), and every letter
reads as kana: no consonant is left over (``nhk`` would be んっっ).
Long vowels are read as typed: ``toukyou`` or ``tōkyō`` is not written
the way Hepburn writes names (``Tokyo``), and ``tokyo`` reads ときょ.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..text import is_kana
from .folding import fold
from .model import MIN_READING_CHARS, clean_query

#: Latin letters, an apostrophe between them (kan'ichi).
ROMAJI = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)*")
#: A sokuon that doubles nothing: a consonant left over (っ at the end, before ん or another っ).
_LEFT_OVER = re.compile("っ(?:$|[んっ])|^ん")


@lru_cache(maxsize=256)
def romaji_kana(query: str) -> str | None:
    """``query`` read as romaji, in hiragana (``yamada`` → やまだ); None when
    it is not romaji (see the module's docstring)."""
    query = clean_query(query)
    if not ROMAJI.fullmatch(query) or (len(query) > 1 and query.isupper()):
        return None
    import jaconv  # only for queries that are romaji

    kana = jaconv.alphabet2kana(query.lower())
    if not is_kana(kana) or _LEFT_OVER.search(kana) or len(kana) < MIN_READING_CHARS:
        return None
    return kana


@lru_cache(maxsize=64)
def reading_query(query: str) -> str:
    """The kana ``query`` is searched by in the reading mode: itself folded
    when it is kana, its romaji read as kana, else ""."""
    kana = fold(clean_query(query))
    if is_kana(kana):
        return kana if len(kana) >= MIN_READING_CHARS else ""
    return romaji_kana(query) or ""
