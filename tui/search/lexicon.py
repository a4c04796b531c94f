"""The distinct words of an article (:class:`Lexicon`), their flags, and the
mode-A pieces of mode-C words."""

from __future__ import annotations

from array import array
from functools import lru_cache
from typing import Sequence

from ..analysis import Token, token_reading, tokenize
from .flat import flattened
from .model import FUNCTION_POS, SEP, SYMBOL_POS

#: Lexeme flags.
CONTENT = 1
"""Can carry a search on its own (see :func:`is_content`)."""
ATTACHES = 2
"""Belongs to the word before it when that word inflects: an auxiliary verb
(た, ます, られる, ない) or the conjunctive particles て/で/ば."""
ENDS = 4
"""Closes the word: a particle, or an inflected form (終止形, 連体形, 命令形,
意志推量形) other than the negative ん (述べませんでした goes on)."""
INFLECTS = 8
"""A verb or adjective (動詞, 形容詞): the words a reader types in dictionary form."""
#: Conjunctive particles that belong to the verb before them.
ATTACHING_PARTICLES = frozenset({"て", "で", "ば"})
#: Conjugation forms (the sixth part of speech field) that close a word.
CLOSING_FORMS = ("終止形", "連体形", "命令形", "意志推量形")
INFLECTING_POS = frozenset({"動詞", "形容詞"})
#: Distinct words whose Sudachi calls a process remembers (:func:`_split_a`
#: and the others ask the dictionary alone, so the answer is the word's for
#: every article: a library's worker analysing thousands asks once per word).
REMEMBERED = 1 << 14


def is_content(token: Token) -> bool:
    """A token that can carry a search on its own: not a particle, auxiliary,
    symbol, or a dependent word such as する/いる/なる."""
    return token.pos[0] not in FUNCTION_POS and (len(token.pos) < 2 or token.pos[1] != "非自立可能")


def _flags(t: Token) -> int:
    pos = t.pos
    flags = CONTENT if is_content(t) else 0
    if pos[0] == "助動詞" or (len(pos) > 1 and pos[1] == "接続助詞" and t.dictionary in ATTACHING_PARTICLES):
        flags |= ATTACHES
    if pos[0] == "助詞" or (len(pos) > 5 and pos[5].startswith(CLOSING_FORMS) and t.dictionary != "ぬ"):
        flags |= ENDS
    if pos[0] in INFLECTING_POS:
        flags |= INFLECTS
    return flags


@lru_cache(maxsize=REMEMBERED)
def _dictionary_reading(dictionary_form: str) -> str | None:
    """The hiragana reading of a verb or adjective in its dictionary form
    (する for し, のべる for 述べ), when Sudachi reads the form as one word."""
    toks = tokenize(dictionary_form, "C")
    if len(toks) == 1 and toks[0].dictionary == dictionary_form and toks[0].reading:
        return toks[0].reading
    return None


#: What :func:`_split_a` returns when a word tokenised alone comes back as another word.
IN_CONTEXT = object()


@lru_cache(maxsize=REMEMBERED)
def _split_a(surface: str, normalized: str, pos: tuple[str, ...]) -> tuple[Token, ...] | None | object:
    """The mode-A pieces of a mode-C word; None when it does not split;
    :data:`IN_CONTEXT` when the word must be split with what follows it.

    Sudachi's finer split is a property of the dictionary entry, so a word
    tokenised alone splits as it does in its sentence, provided it comes back
    as the same single word in mode C. One or two calls per distinct word
    instead of tokenising the whole article a second time (on the 1 MB
    benchmark article the pieces differ from a mode-A tokenisation for 0.05%
    of the words: 取り上げ in a 未然形 stays whole). Particles and auxiliaries
    (まで, において) are never split: their parts are no words to search.
    """
    if len(surface) < 2 or pos[0] in FUNCTION_POS:
        return None
    pieces = tokenize(surface, "A")
    if len(pieces) < 2:
        return None
    whole = tokenize(surface, "C")
    if len(whole) != 1 or whole[0].normalized != normalized or whole[0].pos != pos:
        return IN_CONTEXT
    return tuple(pieces)


@lru_cache(maxsize=REMEMBERED)
def _split_a_before(surface: str, after: str) -> tuple[Token, ...] | None:
    """The mode-A pieces of ``surface`` tokenised with the word ``after`` it
    (取り組ん needs its で to be read as a verb), or None."""
    pieces = tokenize(surface + after, "A")
    if not any(p.end == len(surface) for p in pieces):
        return None
    inside = tuple(p for p in pieces if p.end <= len(surface))
    return inside if len(inside) > 1 else None


class Lexicon:
    """The distinct words of an article: one entry per normalised form,
    dictionary form, reading, part of speech and synonym groups. Token
    positions refer to these ids, so a word seen 10,000 times is stored once."""

    def __init__(self) -> None:
        self.ids: dict[tuple, int] = {}
        self.forms: dict[str, int] = {}
        """Every normalised or dictionary form, to its id."""
        self.norm = array("i")
        self.dic = array("i")
        self.reading: list[str] = []
        """Hiragana reading; :data:`SEP` for symbols (a reading never runs across them)."""
        self.flags = bytearray()
        self.synonyms: list[tuple[int, ...]] = []
        self.dictionary: list[str] = []
        self._pieces: dict[tuple, tuple | None | object] = {}
        self._pieces_before: dict[tuple[str, str], tuple | None] = {}

    def add(self, t: Token) -> int:
        key = (t.normalized, t.dictionary, t.reading, t.pos, t.synonyms)
        lex = self.ids.get(key)
        if lex is None:
            lex = self.ids[key] = len(self.reading)
            forms = self.forms
            self.norm.append(forms.setdefault(t.normalized, len(forms)))
            self.dic.append(forms.setdefault(t.dictionary, len(forms)))
            # the reading the terms pane shows (2,500 is にせんごひゃく, not Sudachi's に,ごれいれい)
            reading = token_reading(t)
            self.reading.append(SEP if t.pos[0] in SYMBOL_POS or not reading else reading)
            self.flags.append(_flags(t))
            self.synonyms.append(t.synonyms)
            self.dictionary.append(t.dictionary)
        return lex

    def __getstate__(self) -> dict:
        return flattened(self.__dict__, ("by_norm", "by_dic", "by_group"))

    def finish(self) -> None:
        """Build the lookup tables, once every word is in."""
        self.by_norm: dict[int, list[int]] = {}
        self.by_dic: dict[int, list[int]] = {}
        self.by_group: dict[int, list[int]] = {}
        self.by_dictionary_reading: dict[str, list[int]] = {}
        """Inflected verbs and adjectives by the reading of their dictionary
        form, where it differs from the reading as written (する for し)."""
        dictionary_readings: dict[str, str | None] = {}
        for lex in range(len(self.reading)):
            self.by_norm.setdefault(self.norm[lex], []).append(lex)
            self.by_dic.setdefault(self.dic[lex], []).append(lex)
            flags = self.flags[lex]
            if flags & CONTENT:
                for g in self.synonyms[lex]:
                    self.by_group.setdefault(g, []).append(lex)
            if flags & INFLECTS:
                form = self.dictionary[lex]
                if form not in dictionary_readings:
                    dictionary_readings[form] = _dictionary_reading(form)
                reading = dictionary_readings[form]
                if reading is not None and reading != self.reading[lex]:
                    self.by_dictionary_reading.setdefault(reading, []).append(lex)
        self.ids, self._pieces, self._pieces_before = {}, {}, {}  # only needed while building

    def pieces(self, t: Token, after: str) -> tuple[tuple[int, int, int], ...] | None:
        """``(start, end, lexeme)`` of the mode-A pieces of mode-C token ``t``
        (offsets in ``t``), or None when it does not split; ``after`` is the
        surface of the token that follows it. Cached per distinct word."""
        key = (t.surface, t.normalized, t.pos)
        found = self._pieces.get(key, False)
        if found is False:
            found = _split_a(*key)
            found = self._pieces[key] = found if found is IN_CONTEXT else self._lexemes(found)
        if found is IN_CONTEXT:
            key = (t.surface, after)
            found = self._pieces_before.get(key, False)
            if found is False:
                found = self._pieces_before[key] = self._lexemes(_split_a_before(*key))
        return found

    def _lexemes(self, pieces: Sequence[Token] | None) -> tuple[tuple[int, int, int], ...] | None:
        return None if pieces is None else tuple((p.start, p.end, self.add(p)) for p in pieces)  # type: ignore[union-attr]

    def words(self, q: Token) -> set[int]:
        """Lexemes equal to query token ``q`` by normalised or dictionary form."""
        found: set[int] = set()
        n, d = self.forms.get(q.normalized), self.forms.get(q.dictionary)
        if n is not None:
            found.update(self.by_norm.get(n, ()))
        if d is not None:
            found.update(self.by_dic.get(d, ()))
        return found

    def synonyms_of(self, q: Token) -> set[int]:
        """Content lexemes sharing a synonym group with ``q``."""
        found: set[int] = set()
        for g in q.synonyms:
            found.update(self.by_group.get(g, ()))
        return found
