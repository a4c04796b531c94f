"""The kana a query is searched by in the reading mode: the query itself
when it is kana, or romaji read as kana (``yamada`` → やまだ, found in 山田).

Romaji is read by jaconv (``alphabet2kana``: Hepburn and Kunrei spellings,
``shimbun`` = ``shinbun``, ``kan'ichi`` with its apostrophe). A query is
taken as romaji when it is Latin letters only (an apostrophe allowed), not
written all in capitals (``UN``, ``NHK`` are acronyms), and every letter
reads as kana: no consonant is left over (``nhk`` would be んっっ).
Long vowels are read as typed, and also as Hepburn leaves them out: names
are written ``Tokyo``, ``Osaka``, ``Yuko`` for とうきょう, おおさか, ゆうこ, so a
romaji query is also searched with a long vowel after each of its o- and
u-sounds (:func:`long_vowel_readings`: ``tokyo`` finds 東京 as とうきょう
as well as ときょ).
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import product

from ..text import is_kana
from .folding import fold
from .model import MIN_READING_CHARS, clean_query

#: Latin letters, an apostrophe between them (kan'ichi).
ROMAJI = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)*")
#: A sokuon that doubles nothing: a consonant left over (っ at the end, before ん or another っ).
_LEFT_OVER = re.compile("っ(?:$|[んっ])|^ん")
#: Kana of the o and u sounds, and the long vowels Hepburn leaves out after them
#: (ō: おう or おお, ū: うう; ei and ii are written as they are read).
_O_SOUNDS = frozenset("おこごそぞとどのほぼぽもよょろを")
_U_SOUNDS = frozenset("うくぐすずつづぬふぶぷむゆゅる")
#: At most this many readings of one query with long vowels: each is searched.
MAX_LONG_VOWEL_READINGS = 32


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


@lru_cache(maxsize=256)
def long_vowel_readings(query: str) -> tuple[str, ...]:
    """The readings of romaji ``query`` with long vowels Hepburn does not
    write (``tokyo`` → とうきょう, ときょう, とうきょ, とおきょ, …), the reading
    as typed not among them; () when it is not romaji or has no o- or
    u-sound left short (``toukyou``). Fewer added vowels first; at most
    :data:`MAX_LONG_VOWEL_READINGS` (a long query gets every o and u long, or
    with う only, rather than every mix)."""
    kana = romaji_kana(query)
    if kana is None:
        return ()
    slots = _long_vowel_slots(kana)
    if not slots:
        return ()
    choices = [("", *long) for _, long in slots]
    if _count(choices) > MAX_LONG_VOWEL_READINGS:
        choices = [("", "う") for _ in slots]
    if _count(choices) > MAX_LONG_VOWEL_READINGS:
        choices = [("う",) for _ in slots]
    out = []
    for picked in sorted(product(*choices), key=lambda p: sum(1 for x in p if x)):
        if not any(picked):
            continue
        pieces, last = [], 0
        for (i, _), add in zip(slots, picked):
            pieces.append(kana[last:i + 1] + add)
            last = i + 1
        pieces.append(kana[last:])
        out.append("".join(pieces))
    return tuple(out[:MAX_LONG_VOWEL_READINGS])


def _long_vowel_slots(kana: str) -> list[tuple[int, tuple[str, ...]]]:
    """``(i, vowels)``: after ``kana[i]`` (an o- or u-sound not already
    long) one of ``vowels`` may follow."""
    slots: list[tuple[int, tuple[str, ...]]] = []
    for i, ch in enumerate(kana):
        following = kana[i + 1:i + 2]
        if ch in "うお" and i and kana[i - 1] in _O_SOUNDS | _U_SOUNDS:
            continue  # itself the long vowel (とう of toukyou)
        if ch in _O_SOUNDS and following not in ("う", "お"):
            slots.append((i, ("う", "お")))
        elif ch in _U_SOUNDS and following != "う":
            slots.append((i, ("う",)))
    return slots


def _count(choices: list[tuple[str, ...]]) -> int:
    n = 1
    for c in choices:
        n *= len(c)
    return n


@lru_cache(maxsize=64)
def reading_query(query: str) -> str:
    """The kana ``query`` is searched by in the reading mode: itself folded
    when it is kana, its romaji read as kana, else ""."""
    kana = fold(clean_query(query))
    if is_kana(kana):
        return kana if len(kana) >= MIN_READING_CHARS else ""
    return romaji_kana(query) or ""
