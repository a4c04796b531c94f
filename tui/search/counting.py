"""When a query's count in an article is its literal count, so that a
library of thousands counts a query without opening any article's index.

A match of the words, reading or synonym mode that stands exactly on a
literal occurrence of the query (its folded text is the folded query)
merges with that occurrence and adds nothing to the count (see
:mod:`tui.search.hits`). In most articles every such match does: 警察 is
found as the word 警察 where the text says 警察. So an article's count is
``folded.count(needle)`` unless it holds a match whose text is another
(述べた for 述べる, 国連 for 国際連合, 国連 read こくれん). What an article
can answer about that without its index, stored once when it is analysed:

- :func:`surfaces`: ``(key, folded text)`` of its words whose text is not
  their form folded (述べ under 述べる, ヶ国 under 箇国), of every content
  word under each of its synonym groups, and of the words before a space
  (a run of words across it is no literal occurrence);
- :func:`kana_marks`: its readings (the reading mode's string) one byte a
  character, the high bit set on the readings of words whose text is not
  their reading (国連 read こくれん) or that follow a space; and
  :func:`reading_starts`, a bit per character where a word's reading
  starts (a reading match covers whole words: こく in かんこく is none).

A query's :class:`CountKeys` (:func:`count_keys`) then name the articles to
search exactly: those with a row under one of its keys whose text is not the
query's, a word of a form that does not fold to the query, a reading of the
query on whole words over a marked character, or a word read in its
dictionary form as the query ends; a phrase's rows count only in the articles
that hold a word of each of its words (one full-text query). Queries this cannot vouch for (a verb typed in dictionary form,
romaji, a needle whose occurrences may overlap) get None: every candidate is
searched. ``tests/test_library_search.py`` holds the count to the exact
search, article by article, for hundreds of queries on real articles.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Sequence

from ..analysis import Token
from .folding import fold
from .index import SearchIndex, _dictionary_form_word, _query_tokens, _synonym_worthy, clean_query
from .keys import DICTIONARY_READING_KEY, _word_keys
from .lexicon import CONTENT, is_content
from .literal import _has_border
from .model import SEP
from .romaji import reading_query

#: Key of the words of a form (normalised or dictionary), of a synonym group.
FORM_KEY, GROUP_KEY = "w:{}", "s:{}"
#: Prefix of a key of the word before a space.
BEFORE_GAP = "_"
#: The key of an article whose folding changes a text's length somewhere
#: (offsets need the exact search): always among a query's keys.
IRREGULAR_KEY = "!"
#: :func:`kana_marks`' byte of a character: hiragana from 0x10, ー, the
#: block separator; anything else is :data:`OTHER`. :data:`MARK` is the high bit.
_KANA_BASE, _FIRST_KANA, _LAST_KANA = 0x10, 0x3041, 0x309F
_CODES = {**{chr(c): _KANA_BASE + c - _FIRST_KANA for c in range(_FIRST_KANA, _LAST_KANA + 1)}, "ー": 0x6F, SEP: 0x0A}
OTHER, MARK = 0x7F, 0x80
#: ``bytes.translate`` tables that clear and set :data:`MARK`.
UNMARKED = bytes(b & 0x7F for b in range(256))
_MARKED = bytes(b | MARK for b in range(256))


def kana_code(text: str) -> bytes | None:
    """``text`` (kana) one byte a character as :func:`kana_marks` writes
    them; None if a character has no byte of its own."""
    out = bytes(_CODES.get(ch, OTHER) for ch in text)
    return None if OTHER in out or 0x0A in out else out


def _key_texts(index: SearchIndex):
    """Per lexeme of ``index``: its keys, each with the text that needs no
    row under it (None: every text does)."""
    lexicon = index.words._lexicon  # type: ignore[union-attr]
    form = {i: f for f, i in lexicon.forms.items()}
    keys: dict[int, tuple[tuple[str, str | None], ...]] = {}

    def keys_of(lex: int) -> tuple[tuple[str, str | None], ...]:
        found = keys.get(lex)
        if found is None:
            forms = dict.fromkeys((form[lexicon.norm[lex]], form[lexicon.dic[lex]]))
            found = tuple((FORM_KEY.format(f), fold(f)) for f in forms)
            if lexicon.flags[lex] & CONTENT:
                found += tuple((GROUP_KEY.format(g), None) for g in lexicon.synonyms[lex])
            keys[lex] = found
        return found

    return keys_of


def _gaps(index: SearchIndex, ends: Sequence[int]) -> set[int]:
    """Mode-A positions followed, in the same block, by a space (a token
    the index leaves out) rather than by the next token (``ends``: each
    token's end, :meth:`~tui.search.layers.Layer.ends`)."""
    fine, bases = index.words._fine, index.words._bases  # type: ignore[union-attr]
    start = fine.start
    out: set[int] = set()
    b, nb = 0, len(bases)
    for p in range(len(fine) - 1):
        nxt = start[p + 1]
        if nxt == ends[p]:
            continue
        while b + 1 < nb and bases[b + 1] <= start[p]:
            b += 1
        if b + 1 >= nb or nxt < bases[b + 1]:
            out.add(p)
    return out


def surfaces(index: SearchIndex) -> set[tuple[str, str]]:
    """``(key, folded text)`` of the words the words and synonym modes can
    match in ``index`` (each mode-A token and each mode-C word that mode A
    splits) that may stand where the query's text does not: under its
    normalised and its dictionary form where the text is not that form
    folded (述べ under 述べる, ヶ国 under 箇国; not 警察 under 警察: most
    words), under each of its synonym groups (a content word), and with
    ``("_" + key, "")`` for every key of a word before a space."""
    words = index.words
    if words is None:
        return set()
    text, fine, compounds = index.text, words._fine, words._compounds
    if text._maps:
        return {(IRREGULAR_KEY, "")}
    keys_of = _key_texts(index)
    # no irregular folding: a global offset is its folded offset
    folded, start, ends = text.folded, fine.start, fine.ends()
    gaps = _gaps(index, ends)
    spans = [(start[p], ends[p], fine.lex[p], p) for p in range(len(fine))]
    spans += [(start[f], ends[f + n - 1], x, f + n - 1)
              for f, n, x in zip(compounds.first, compounds.count, compounds.lex)]
    out: set[tuple[str, str]] = set()
    seen: set[tuple[int, str]] = set()
    before_gap: set[int] = set()
    for s, e, lex, last in spans:
        piece = folded[s:e]
        if (lex, piece) not in seen:
            seen.add((lex, piece))
            out.update((k, piece) for k, plain in keys_of(lex) if piece != plain)
        if last in gaps and lex not in before_gap:
            before_gap.add(lex)
            out.update((BEFORE_GAP + k, "") for k, _ in keys_of(lex))
    return out


def kana_marks(index: SearchIndex) -> bytes:
    """The readings of ``index`` (:attr:`~tui.search.layers.Layer.reading`)
    one byte a character, marked (:data:`MARK`) on the words whose folded
    text is not their reading and on the words after a space; empty when
    the article has no word index or an irregular folding."""
    words = index.words
    if words is None or index.text._maps:
        return b""
    text, fine, lexicon = index.text, words._fine, words._lexicon
    code = bytearray(_CODES.get(ch, OTHER) for ch in fine.reading)
    # no irregular folding: a global offset is its folded offset
    folded, readings, start, ends, rstart = text.folded, lexicon.reading, fine.start, fine.ends(), fine.rstart
    # a reading runs across a space, not across a symbol (read as SEP)
    after_gap = {p + 1 for p in _gaps(index, ends) if readings[fine.lex[p]] != SEP}
    for p, lex in enumerate(fine.lex):
        reading = readings[lex]
        if p in after_gap or folded[start[p]:ends[p]] != reading:
            r = rstart[p]
            code[r:r + len(reading)] = code[r:r + len(reading)].translate(_MARKED)
    return bytes(code)


def reading_starts(index: SearchIndex) -> bytes:
    """A bit per character of the readings of ``index`` (and one past the
    end), set where a word's reading starts or at a block's end: bit ``i``
    is ``starts[i >> 3] >> (i & 7) & 1``."""
    words = index.words
    if words is None:
        return b""
    fine = words._fine
    reading = fine.reading
    bits = bytearray(len(reading) // 8 + 1)
    for i in (*fine.rstart, *(i for i, ch in enumerate(reading) if ch == SEP), len(reading)):
        bits[i >> 3] |= 1 << (i & 7)
    return bytes(bits)


def _starts_at(starts: bytes, i: int) -> bool:
    return i >> 3 < len(starts) and bool(starts[i >> 3] >> (i & 7) & 1)


@dataclass(frozen=True)
class Way:
    """One way the query splits into words (mode C, or mode A when it splits
    finer) and what names the articles where its matches' text may be another."""

    rows: tuple[tuple[str, str], ...]
    """``(key, text)``: an article with a :func:`surfaces` row under the key
    whose text is not this one."""
    forms: tuple[str, ...] = ()
    """Forms of a query word that do not fold to its text (か国's 箇国):
    an article with a word of such a form."""
    present: tuple[tuple[str, ...], ...] = ()
    """For a phrase, the word keys (:attr:`~tui.search.Vocabulary.words`)
    of each of its content words: only an article with one of each can hold
    a match (() for one word: its rows say as much)."""


@dataclass(frozen=True)
class CountKeys:
    """What names the articles where ``query``'s count may not be its
    literal count (:attr:`needle` in the folded text): see the module."""

    needle: str
    ways: tuple[Way, ...]
    """The rows under :data:`IRREGULAR_KEY`, then each way's."""
    kana: bytes | None = None
    """The query read as kana (:func:`kana_code`): an article where it
    occurs in the readings over a marked character."""
    dictionary_readings: tuple[tuple[str, bytes], ...] = ()
    """``(key, prefix)``: the word key (:data:`~tui.search.keys.DICTIONARY_READING_KEY`)
    of an ending of the query read in dictionary form (しょめい|する), with the
    reading before it (:func:`kana_code`): an article with a word of that
    key whose readings hold the prefix."""

    def marked(self, marks: bytes, starts: bytes, endings: Iterable[str] = ()) -> bool:
        """Whether :attr:`kana` occurs in the readings ``marks`` on whole
        words (``starts``: :func:`reading_starts`) over a marked character,
        or the prefix of one of ``endings`` (the keys of
        :attr:`dictionary_readings` the article has) anywhere."""
        kana = self.kana
        if kana is None:
            return False
        plain = marks.translate(UNMARKED)
        if plain.count(kana) != marks.count(kana):
            k = len(kana)
            at = plain.find(kana)
            while at != -1:
                if marks[at:at + k] != kana and _starts_at(starts, at) and _starts_at(starts, at + k):
                    return True
                at = plain.find(kana, at + 1)
        prefixes = dict(self.dictionary_readings)
        return any(plain.find(prefixes[key]) != -1 for key in endings)


def _way(tokens: Sequence[Token], synonyms: bool) -> Way | None:
    """The :class:`Way` of the query split into ``tokens`` (``synonyms``:
    found by synonym too); None if its matches can stand where its text does
    not whatever an article holds."""
    if _dictionary_form_word(tokens[-1]):
        return None  # 述べる highlights 述べた
    rows: list[tuple[str, str]] = []
    forms: list[str] = []
    for i, t in enumerate(tokens):
        piece = fold(t.surface)
        keys = [FORM_KEY.format(f) for f in dict.fromkeys((t.normalized, t.dictionary))]
        for f in dict.fromkeys((t.normalized, t.dictionary)):
            if fold(f) == piece:
                rows.append((FORM_KEY.format(f), piece))
            else:
                forms.append(f)
        if synonyms and _synonym_worthy(t):
            groups = [GROUP_KEY.format(g) for g in t.synonyms]
            rows += [(g, piece) for g in groups]
            keys += groups
        if i + 1 < len(tokens):
            rows += [(BEFORE_GAP + k, SEP) for k in keys]  # a text no row has: any row counts
    present = tuple(_word_keys(t, synonyms) for t in tokens if is_content(t)) if len(tokens) > 1 else ()
    return Way(tuple(dict.fromkeys(rows)), tuple(dict.fromkeys(forms)), present)


def count_keys(query: str) -> CountKeys | None:
    """The :class:`CountKeys` of ``query``; None when its count needs the
    exact search in every article it can match in."""
    query = clean_query(query)
    needle = fold(query)
    if not needle or SEP in needle or _has_border(needle):
        return None
    kana, endings = None, ()
    reading = reading_query(query)
    if reading:
        kana = kana_code(reading) if reading == needle else None  # romaji: never its own text
        if kana is None:
            return None
        endings = tuple((DICTIONARY_READING_KEY.format(reading[cut:]), kana[:cut]) for cut in range(len(reading)))
    c = _query_tokens(query, "C")
    a = _query_tokens(query, "A")
    ways = [(c, True)] if any(is_content(t) for t in c) else []
    if [(t.start, t.end) for t in a] != [(t.start, t.end) for t in c] and any(is_content(t) for t in a):
        ways.append((a, False))
    found = [Way(((IRREGULAR_KEY, needle),))]
    for tokens, synonyms in ways:
        if "".join(fold(t.surface) for t in tokens) != needle:
            return None  # a space inside the query: its matches may have none
        way = _way(tokens, synonyms)
        if way is None:
            return None
        found.append(way)
    return CountKeys(needle, tuple(found), kana, endings)
