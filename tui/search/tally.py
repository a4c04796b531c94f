"""A query's count in an article from what the library stores of it at
analysis, without loading the article's word index.

An article's count of a query (:attr:`~tui.search.Hits.count`) is the
number of groups its matches make: the literal occurrences of the folded
query and the spans the words, reading and synonym modes find, merged where
they overlap (spans that only touch stay apart). This module stores, per
article, what those spans are made of, and counts from it with the rules of
:mod:`tui.search.index` and :mod:`tui.search.layers` applied to it:

- :func:`word_rows`: under a key per normalised form, dictionary form and
  synonym group, and per reading of a dictionary form (する for し), where
  each word of the key stands (mode-A tokens and the mode-C compounds mode
  A splits): its position, its span, and how far its inflection goes (述べ
  of 述べた extends to 述べた), as ``array('i')`` bytes: a library keeps
  them in one table, so a query's words are looked up once for all
  articles;
- :func:`token_table`: per mode-A token where its reading starts and how
  long it is, its span and whether it is a content word (the reading mode's
  runs), read only for the articles whose readings hold the
  query's kana over words written otherwise (the marked readings of
  :func:`~tui.search.kana_marks`).

:func:`query_tally` makes a query's :class:`Tally`;
:meth:`Tally.count` counts one article. ``tests/test_tally.py`` holds every
count to :meth:`SearchIndex.find`'s on real articles, prefixes included.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from dataclasses import dataclass
from typing import Callable, Iterable, Mapping

from ..analysis import Token
from .counting import UNMARKED, _starts_at, kana_code
from .folding import fold
from .index import SearchIndex, _dictionary_form_word, _query_tokens, _synonym_worthy, clean_query
from .layers import prefix_start
from .lexicon import CONTENT
from .literal import Occurrences, _has_border
from .model import SEP
from .romaji import long_vowel_readings, reading_query

#: Key prefixes: a word whose normalised and dictionary forms are one,
#: its normalised form, its dictionary form (when they differ), a synonym
#: group of a content word, the reading of an inflected word's dictionary form.
BOTH, NORM, DIC, GROUP, DICTIONARY_READING = "w:", "n:", "d:", "s:", "r:"
#: The key of an article whose folding changes a text's length somewhere
#: (offsets need the exact search): the only row such an article has.
IRREGULAR = "!"
#: Ints per stored word: where it is (:func:`_where`), its start, and its
#: length with, above :data:`SHIFT` bits, how far its inflection goes past its end.
FIELDS = 3
SHIFT = 16
#: Most mode-A pieces of a compound stored (more: the article is counted by the exact search).
MAX_PIECES = 255
#: Longest inflection stored (longer: the article is counted by the exact search).
MAX_INFLECTION = (1 << 15) - 1


def _form_keys(normalized: str, dictionary: str) -> tuple[str, ...]:
    return (BOTH + normalized,) if normalized == dictionary else (NORM + normalized, DIC + dictionary)


def word_rows(index: SearchIndex) -> dict[str, bytes]:
    """Where each word of ``index`` stands, by key (see the module); an
    article with an irregular folding has only :data:`IRREGULAR`; one
    without a word index, nothing."""
    words = index.words
    if words is None:
        return {}
    if index.text._maps:
        return {IRREGULAR: b""}
    lexicon, fine, compounds = words._lexicon, words._fine, words._compounds
    form = {i: f for f, i in lexicon.forms.items()}
    readings: dict[int, list[str]] = {}
    for reading, lexes in lexicon.by_dictionary_reading.items():
        for lex in lexes:
            readings.setdefault(lex, []).append(DICTIONARY_READING + reading)
    keys: dict[int, tuple[str, ...]] = {}

    def keys_of(lex: int) -> tuple[str, ...]:
        found = keys.get(lex)
        if found is None:
            found = _form_keys(form[lexicon.norm[lex]], form[lexicon.dic[lex]])
            if lexicon.flags[lex] & CONTENT:
                found += tuple(GROUP + str(g) for g in lexicon.synonyms[lex])
            keys[lex] = found
        return found

    out: dict[str, array] = {}

    def put(keys: Iterable[str], where: int, s: int, e: int, more: int) -> None:
        if more > MAX_INFLECTION:
            raise OverflowError
        found = (where, s, (e - s) | more << SHIFT)  # a word is shorter than Sudachi's input (49,149 bytes)
        for key in keys:
            row = out.get(key)
            if row is None:
                row = out[key] = array("i")
            row.extend(found)

    start, ends = fine.start, fine.ends()
    extended = fine.extended_ends(lexicon, ends)
    covered = bytearray(len(fine))
    for first, count in zip(compounds.first, compounds.count):
        if count > MAX_PIECES:
            return {IRREGULAR: b""}
        covered[first:first + count] = b"\x01" * count
    token_keys: dict[int, tuple[str, ...]] = {}
    try:
        for p, lex in enumerate(fine.lex):
            mine = token_keys.get(lex)
            if mine is None:
                mine = token_keys[lex] = (*keys_of(lex), *readings.get(lex, ()))
            e = ends[p]
            put(mine, p << 1 | covered[p], start[p], e, extended[p] - e)
        for first, count, lex in zip(compounds.first, compounds.count, compounds.lex):
            last = first + count - 1
            e = ends[last]
            put(keys_of(lex), -1 - (first << 8 | count), start[first], e, extended[last] - e)
    except OverflowError:
        return {IRREGULAR: b""}
    return {key: row.tobytes() for key, row in out.items()}


def token_table(index: SearchIndex) -> bytes:
    """Per mode-A token of ``index``: where its reading starts in the
    readings and its length, its span, and 1 for a content word (see the
    module); empty without a word index."""
    words = index.words
    if words is None:
        return b""
    lexicon, fine = words._lexicon, words._fine
    n = len(fine)
    lengths = array("i", (len(lexicon.reading[x]) for x in fine.lex))
    ends = array("i", (fine.end(p) for p in range(n)))
    flags = bytes(1 if lexicon.flags[x] & CONTENT else 0 for x in fine.lex)
    parts = (array("i", [n]).tobytes(), fine.rstart.tobytes(), lengths.tobytes(), array("i", fine.start).tobytes(),
             ends.tobytes(), flags)
    return b"".join(parts)


class Tokens:
    """A :func:`token_table` read back."""

    __slots__ = ("rstart", "rlen", "start", "end", "content")

    def __init__(self, raw: bytes) -> None:
        """:class:`ValueError` for bytes that are no token table. The
        arrays are views of ``raw``, not copies."""
        if len(raw) < 4:
            raise ValueError("a truncated token table")
        view = memoryview(raw)
        n = view[:4].cast("i")[0]
        size = 4 * n
        if n < 0 or len(raw) != 4 + 4 * size + n:
            raise ValueError("a truncated token table")
        self.rstart, self.rlen, self.start, self.end = (view[4 + k * size:4 + (k + 1) * size].cast("i") for k in range(4))
        self.content = raw[4 + 4 * size:]


def _occurrences(data: bytes) -> array:
    found = array("i")
    found.frombytes(data)
    return found


def _where(f: int) -> tuple[int, int, bool]:
    """The first and last mode-A positions of a stored word, and whether it
    is a mode-C word (a compound, or a token no compound covers)."""
    if f >= 0:
        return f >> 1, f >> 1, not f & 1
    v = -1 - f
    first = v >> 8
    return first, first + (v & 0xFF) - 1, True


def _span(found: array, i: int, inflected: bool) -> tuple[int, int]:
    """The span of the word at ``found[i:i + FIELDS]``, with its inflection or not."""
    s, packed = found[i + 1], found[i + 2]
    e = s + (packed & 0xFFFF)
    return s, e + (packed >> SHIFT) if inflected else e


@dataclass(frozen=True)
class Tally:
    """What counting one query needs of an article (see the module)."""

    needle: str
    """The folded query: its literal occurrences."""
    words: tuple[tuple[str, ...], ...] = ()
    """Keys of each word of the query in mode C (its forms, its synonym
    groups): a run of mode-A tokens under them, and a run of mode-C words
    (compounds and the tokens no compound covers), in one block; for one
    word, each word under them."""
    words_extend: bool = False
    """The last word is a verb or adjective in dictionary form: a match covers the inflection."""
    pieces: tuple[tuple[str, ...], ...] = ()
    """Keys of each word of the query split finer (mode A), by form only: a run of mode-A tokens under them."""
    pieces_extend: bool = False
    kana: tuple[bytes, ...] = ()
    """The query's reading and its long-vowel readings (romaji), one byte a
    character (:func:`~tui.search.counting.kana_code`): runs of whole words
    read so, one a content word."""
    endings: tuple[tuple[str, bytes], ...] = ()
    """``(key, prefix)``: the query read as ``prefix`` then a word read in
    its dictionary form (key :data:`DICTIONARY_READING`)."""
    border: bool = False
    """A proper prefix of the needle is also its suffix (:func:`~tui.search.literal._has_border`): its occurrences may overlap."""
    own_reading: bool = False
    """The reading is the needle itself (a kana query whose occurrences
    cannot overlap): where the readings hold it over unmarked words, the
    text holds it too, a literal occurrence, so only marked ones need the token table."""

    @property
    def keys(self) -> tuple[str, ...]:
        """Every key whose rows :meth:`count` reads, :data:`IRREGULAR` first."""
        found = [IRREGULAR, *(k for keys in (*self.words, *self.pieces) for k in keys), *(k for k, _ in self.endings)]
        return tuple(dict.fromkeys(found))

    def count(self, folded: str, marks: tuple[bytes, bytes] | None, rows: Mapping[str, bytes],
              tokens: Callable[[], Tokens | None], reads_tokens: bool | None = None) -> int | None:
        """The query's count in the article whose folded text, marked
        readings (:func:`~tui.search.kana_marks`, :func:`~tui.search.reading_starts`)
        and rows under :attr:`keys` these are; ``tokens()`` reads its token
        table when the readings need it (``reads_tokens``: what
        :meth:`reads_tokens` says, if the caller asked it already). None when they cannot tell (an
        irregular folding, marks or a token table missing): the exact
        search must count."""
        if IRREGULAR in rows:
            return None
        spans: list[tuple[int, int]] = []
        if len(self.words) == 1:
            for key in self.words[0]:
                data = rows.get(key)
                if data:
                    found, inflected = _occurrences(data), self.words_extend
                    spans.extend(_span(found, i, inflected) for i in range(0, len(found), FIELDS))
        elif self.words:
            spans.extend(self._runs(folded, rows, self.words, self.words_extend, words=False))
            spans.extend(self._runs(folded, rows, self.words, self.words_extend, words=True))
        if self.pieces:
            spans.extend(self._runs(folded, rows, self.pieces, self.pieces_extend, words=False))
        if self.kana:
            if marks is None:
                return None
            found = self._readings(marks, rows, tokens, reads_tokens)
            if found is None:
                return None
            spans.extend(found)
        needle, n = self.needle, len(self.needle)
        if self.border:  # occurrences may overlap: those a left-to-right scan keeps, as Hits counts them
            occurrences = Occurrences(folded, needle)
            if not spans:
                return occurrences.count
            spans.extend((f, f + n) for f in occurrences.between(0, len(folded)))
        elif not spans:
            return folded.count(needle)
        else:
            at = folded.find(needle)
            while at != -1:
                spans.append((at, at + n))
                at = folded.find(needle, at + n)
        spans.sort()
        groups, reach = 0, -1
        for s, e in spans:
            if s >= reach:
                groups += 1
                reach = e
            elif e > reach:
                reach = e
        return groups

    @staticmethod
    def _runs(folded: str, rows: Mapping[str, bytes], query: tuple[tuple[str, ...], ...], extend: bool,
              words: bool) -> Iterable[tuple[int, int]]:
        """The spans of the runs of words under the keys of each query word
        in turn, in one block: mode-A tokens
        (:meth:`~tui.search.layers.Layer.runs`) or, with ``words``, mode-C
        words (:meth:`~tui.search.layers.Compounds.runs`: a compound, or a
        token no compound covers); the last one's inflection with ``extend``."""
        at: list[dict[int, tuple[int, int, int]]] = []  # per query word: first position -> last, start, end
        k = len(query)
        for j, keys in enumerate(query):
            found_at: dict[int, tuple[int, int, int]] = {}
            inflected = extend and j == k - 1
            for key in keys:
                data = rows.get(key)
                if data:
                    found = _occurrences(data)
                    for i in range(0, len(found), FIELDS):
                        first, last, whole = _where(found[i])
                        if (whole if words else found[i] >= 0):
                            found_at[first] = (last, *_span(found, i, inflected))
            if not found_at:
                return
            at.append(found_at)
        for first, (last, s, e) in at[0].items():
            w = s
            for j in range(1, k):
                nxt = at[j].get(last + 1)
                if nxt is None:
                    break
                last, w, e = nxt
            else:
                if folded.find(SEP, s, w) == -1:  # the first and the last word in one block
                    yield s, e

    def _readings(self, marks: tuple[bytes, bytes], rows: Mapping[str, bytes],
                  tokens: Callable[[], Tokens | None], reads: bool | None) -> list[tuple[int, int]] | None:
        """The spans of the reading mode (:meth:`~tui.search.index.WordIndex._reading`),
        from the token table only where the marks cannot vouch that each is
        a literal occurrence; None without a token table."""
        if not (self.reads_tokens(marks, rows) if reads is None else reads):
            return []
        plain = marks[0].translate(UNMARKED)
        endings = [(rows[key], prefix) for key, prefix in self.endings if rows.get(key)]
        table = tokens()
        if table is None:
            return None
        rstart, rlen, start, end, content = table.rstart, table.rlen, table.start, table.end, table.content
        n = len(rstart)
        spans: list[tuple[int, int]] = []
        for kana in self.kana:
            k = len(kana)
            at = plain.find(kana)
            while at != -1:
                first = bisect_left(rstart, at)
                if first < n and rstart[first] == at:
                    last = bisect_left(rstart, at + k) - 1
                    if rstart[last] + rlen[last] == at + k and any(content[first:last + 1]):
                        spans.append((start[first], end[last]))
                at = plain.find(kana, at + 1)
        for data, prefix in endings:
            found = _occurrences(data)
            for i in range(0, len(found), FIELDS):
                last = found[i] >> 1  # a reading's word: a mode-A token
                first = prefix_start(rstart, plain, last, prefix) if prefix else last
                if first < 0:
                    continue
                if any(content[first:last + 1]):
                    spans.append((start[first], _span(found, i, True)[1]))
        return spans

    def reads_tokens(self, marks: tuple[bytes, bytes] | None, rows: Mapping[str, bytes]) -> bool:
        """Whether :meth:`count` reads the article's token table: a word
        read in its dictionary form as the query ends (``rows``), or a
        reading of whole words (``marks``: :func:`~tui.search.kana_marks`,
        :func:`~tui.search.reading_starts`) that may be a span that is no
        literal occurrence: anywhere for romaji, over a marked word for kana."""
        if not self.kana or marks is None:
            return False
        kana_marks, starts = marks
        plain = kana_marks.translate(UNMARKED)
        if any(rows.get(key) and plain.find(prefix) != -1 for key, prefix in self.endings):
            return True  # (the prefix read before the word; b"" is everywhere)
        for i, kana in enumerate(self.kana):
            k = len(kana)
            at = plain.find(kana)
            while at != -1:
                if _starts_at(starts, at) and _starts_at(starts, at + k) and (
                        i or not self.own_reading or kana_marks[at:at + k] != kana):
                    return True
                at = plain.find(kana, at + 1)
        return False


def _keys(t: Token, synonyms: bool) -> tuple[str, ...]:
    """The keys of the words equal to query token ``t``: a normalised form
    equal to its normalised form, a dictionary form equal to its
    dictionary form (:meth:`~tui.search.lexicon.Lexicon.words`) and, with
    ``synonyms``, its synonym groups."""
    keys = (BOTH + t.normalized, NORM + t.normalized, BOTH + t.dictionary, DIC + t.dictionary)
    if synonyms and _synonym_worthy(t):
        keys += tuple(GROUP + str(g) for g in t.synonyms)
    return tuple(dict.fromkeys(keys))


def query_tally(query: str) -> Tally | None:
    """The :class:`Tally` of ``query``; None when its count needs the exact
    search (a query that folds to nothing searchable, kana with no byte in
    the marks)."""
    from .lexicon import is_content

    query = clean_query(query)
    needle = fold(query)
    if not needle or SEP in needle:
        return None
    c = _query_tokens(query, "C")
    a = _query_tokens(query, "A")
    words: tuple[tuple[str, ...], ...] = ()
    words_extend = pieces_extend = False
    pieces: tuple[tuple[str, ...], ...] = ()
    if any(is_content(t) for t in c):
        words, words_extend = tuple(_keys(t, synonyms=True) for t in c), _dictionary_form_word(c[-1])
    if [(t.start, t.end) for t in a] != [(t.start, t.end) for t in c] and any(is_content(t) for t in a):
        pieces, pieces_extend = tuple(_keys(t, synonyms=False) for t in a), _dictionary_form_word(a[-1])
    kana: tuple[bytes, ...] = ()
    endings: tuple[tuple[str, bytes], ...] = ()
    reading = reading_query(query)
    if reading:
        coded = [kana_code(r) for r in (reading, *long_vowel_readings(query))]
        if any(code is None for code in coded):
            return None
        kana = tuple(coded)  # type: ignore[arg-type]
        endings = tuple((DICTIONARY_READING + reading[cut:], kana[0][:cut]) for cut in range(len(reading)))
    border = _has_border(needle)
    own = bool(reading) and reading == needle and not border
    return Tally(needle, words, words_extend, pieces, pieces_extend, kana, endings, border, own)
