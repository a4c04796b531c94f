"""Sudachi tokenisation with exact character offsets.

One :class:`sudachipy.Dictionary` per process, loaded lazily on first use;
one tokenizer per thread and split mode (Sudachi's tokenizers must not be
shared between threads). Sudachi refuses inputs over 49,149 UTF-8 bytes, and
normalised forms over 65,535, so long texts are cut at sentence ends (falling
back to a hard cut) and every token's ``start``/``end`` still indexes the
original text.
"""

from __future__ import annotations

import sys
import threading
import unicodedata
from functools import lru_cache
from typing import Literal, NamedTuple

from ..text import SENTENCE_ENDS, katakana_to_hiragana

Mode = Literal["A", "B", "C"]

#: Sudachi's limit is 49,149 UTF-8 bytes per call; its normalisation can
#: lengthen text (㌔ → キロ), so stay well below.
MAX_CHUNK_BYTES = 16_000
#: Sudachi also refuses a piece whose normalised form (NFKC and lower case,
#: before its own rewriting) passes 65,535 bytes; a compatibility character
#: can be eleven times longer normalised (ﷺ: 3 bytes, 33 normalised; ㍻ → 平成),
#: so a piece is cut further until its normalised form is at most this.
MAX_NORMALIZED_BYTES = 32_000
#: Where a chunk may end: after a sentence terminator or a line break.
SENTENCE_BREAKS = SENTENCE_ENDS + "\n"
_BREAKS_UTF8 = tuple(ch.encode("utf-8") for ch in SENTENCE_BREAKS)

_dictionary = None
_dictionary_lock = threading.Lock()
_local = threading.local()


def dictionary():
    """The process-wide Sudachi dictionary (core), loaded on first use."""
    global _dictionary
    if _dictionary is None:
        with _dictionary_lock:
            if _dictionary is None:
                from sudachipy import Dictionary

                _dictionary = Dictionary(dict="core")
    return _dictionary


def tokenizer(mode: Mode = "C"):
    """This thread's tokenizer for ``mode``."""
    cache = getattr(_local, "tokenizers", None)
    if cache is None:
        cache = _local.tokenizers = {}
    tok = cache.get(mode)
    if tok is None:
        from sudachipy import SplitMode

        tok = cache[mode] = dictionary().tokenizer(mode=getattr(SplitMode, mode))
    return tok


class Token(NamedTuple):
    """One morpheme, with offsets into the text it came from.

    A named tuple rather than a frozen dataclass: immutable and compared by
    value all the same, but built by ``tuple.__new__`` in one step, where a
    frozen dataclass sets each of its nine fields through
    ``object.__setattr__`` (a quarter of :func:`tokenize`'s time, ``make bench``).
    """

    start: int
    end: int
    surface: str
    pos: tuple[str, ...]
    normalized: str
    dictionary: str
    reading: str
    """Hiragana reading."""
    synonyms: tuple[int, ...] = ()
    oov: bool = False

    @property
    def is_noun(self) -> bool:
        return self.pos[0] == "名詞"


def _fits(piece: str) -> bool:
    """Whether Sudachi's normalised form of ``piece`` (at most
    :data:`MAX_CHUNK_BYTES` bytes) stays under :data:`MAX_NORMALIZED_BYTES`:
    at once for text already normalised (lower case grows a byte at most
    by half), else measured."""
    if len(piece) * 33 <= MAX_NORMALIZED_BYTES or unicodedata.is_normalized("NFKC", piece):
        return True
    return len(unicodedata.normalize("NFKC", piece.lower()).encode("utf-8")) <= MAX_NORMALIZED_BYTES


def _fitted(offset: int, piece: str, limit: int) -> list[tuple[int, str]]:
    """``piece`` as it is if its normalised form fits, else cut with half the limit."""
    if _fits(piece):
        return [(offset, piece)]
    return [(offset + o, p) for o, p in chunks(piece, max(1, limit // 2))]


def chunks(text: str, limit: int = MAX_CHUNK_BYTES) -> list[tuple[int, str]]:
    """Cut ``text`` into ``(offset, piece)`` parts of at most ``limit`` UTF-8
    bytes, preferring to cut after a sentence end; a part whose normalised
    form would be too long for Sudachi (:data:`MAX_NORMALIZED_BYTES`) is cut
    again with half the limit.

    Works on the UTF-8 bytes (``rfind`` per break character), not character
    by character: a 1 MB paragraph has 360,000 characters.
    """
    data = text.encode("utf-8")
    if len(data) <= limit:
        return _fitted(0, text, limit) if text else []
    out: list[tuple[int, str]] = []
    pos = offset = 0
    n = len(data)
    while pos < n:
        end = pos + limit
        if end >= n:
            end = n
        else:
            # after the last sentence end that fits; UTF-8 never matches inside another character
            cut = max((at + len(brk) for brk in _BREAKS_UTF8 if (at := data.rfind(brk, pos, end)) >= 0), default=-1)
            if cut > pos:
                end = cut
            else:
                while end > pos and data[end] & 0xC0 == 0x80:
                    end -= 1  # a hard cut, at a character boundary
                if end == pos:  # a limit below one character's length
                    end = pos + 1
                    while end < n and data[end] & 0xC0 == 0x80:
                        end += 1
        piece = data[pos:end].decode("utf-8")
        out.extend(_fitted(offset, piece, limit))
        offset += len(piece)
        pos = end
    return out


def chunk_starts(text: str, limit: int = MAX_CHUNK_BYTES) -> list[int]:
    """Where :func:`tokenize` starts a new piece of ``text`` (after the first):
    no morpheme spans such an offset, and at a hard cut the characters on either
    side were tokenised apart. Empty for a text that fits in one piece (without
    encoding it when it is short enough in characters)."""
    if len(text) * 4 <= limit and _fits(text):
        return []
    return [offset for offset, _ in chunks(text, limit)[1:]]


@lru_cache(maxsize=None)
def _pos_of(pos_id: int) -> tuple[str, ...]:
    """The part of speech with this id: one shared tuple per id, not one per token."""
    return tuple(dictionary().pos_of(pos_id))


@lru_cache(maxsize=1 << 16)
def _hiragana(reading: str) -> str:
    """A katakana reading in hiragana, one shared string per reading."""
    return sys.intern(katakana_to_hiragana(reading))


#: What a dictionary word contributes to every token of it, by Sudachi word id:
#: ``(pos, normalized, dictionary, reading, synonyms, oov)``.
_words: dict[int, tuple] = {}
#: Forget the words past this many (a dictionary has millions; an article a few thousand).
MAX_WORDS = 1 << 18


def _word(m) -> tuple:
    """The fields of morpheme ``m`` that do not depend on where it stands."""
    synonyms = m.synonym_group_ids()
    return (
        _pos_of(m.part_of_speech_id()),
        sys.intern(m.normalized_form()),
        sys.intern(m.dictionary_form()),
        _hiragana(m.reading_form()),
        tuple(synonyms) if synonyms else (),
        m.is_oov(),
    )


def tokenize(text: str, mode: Mode = "C") -> list[Token]:
    """Tokenise ``text``; each token's span indexes ``text`` exactly.

    A dictionary word's part of speech, forms, reading and synonyms depend
    only on its word id, so they are fetched from Sudachi once per word and
    shared by every token of it: a 1 MB article has ~220,000 tokens but only
    a few thousand distinct words. That is two calls into Sudachi per
    token instead of nine, and one string per word instead of one per token
    (96 MB → 31 MB of tokens). Unknown words (numerals joined by Sudachi,
    names it does not know) carry their own forms and readings (三 is read
    ミッ before 日), so they are read per token.
    """
    tok = tokenizer(mode)
    words = _words
    if len(words) > MAX_WORDS:
        words.clear()
    get = words.get
    out: list[Token] = []
    append = out.append
    intern = sys.intern
    new = tuple.__new__
    for offset, piece in chunks(text):
        b = 0  # morphemes tile the text: each begins where the one before ended
        for m in tok.tokenize(piece):
            e = b + len(m)  # its length in characters: cheaper than asking for m.end()
            if b == e:
                continue  # empty (normalisation can make them)
            wid = m.word_id()
            word = get(wid)
            if word is None:
                word = _word(m)
                if not word[5]:
                    words[wid] = word
            # the word's fields joined on as a tuple: cheaper than unpacking them into one
            append(new(Token, (offset + b, offset + e, intern(piece[b:e])) + word))
            b = e
    return out
