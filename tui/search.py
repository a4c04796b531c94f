"""Search an article the way a reader of Japanese means it.

A query matches a span of a text block (subheading, paragraph or caption; never
an image file name or the source line) in four ways, tried together:

``literal``
    The query occurs in the text once both are folded: NFKC (２，５００ = 2,500,
    ﾊﾟ = パ), case, and katakana as hiragana (はのい finds ハノイ).
``words``
    The query's Sudachi tokens equal a run of the text's tokens by normalised
    or dictionary form (述べる finds 述べた, か国 finds カ国/ヶ国, 2500 finds 2,500).
    When the query ends with a verb or adjective in dictionary form, the match
    covers the inflection that follows the word in the text, as a reader sees
    it: 述べる highlights 述べた, 述べませんでした, 述べて (auxiliaries and the
    particles て/で/ば, up to the form that closes the word).
``reading``
    A kana-only query equals the concatenated readings of a run of tokens
    (こくれん finds 国連), the last one possibly read in its dictionary form
    (しょめいする finds 署名した, covering the inflection as above). A token's
    reading is the one the terms pane shows (:func:`tui.terms.token_reading`:
    にせんごひゃくにん finds 2,500人).
``synonym``
    Query and text tokens share a Sudachi synonym group (国際連合 finds 国連).

Results are the union in document order. Overlapping spans are merged into one
match whose ``how`` is the first of the modes above among those merged (the
list is ordered from the most to the least evident reason); spans that merely
touch stay separate, so two adjacent occurrences count twice.

Every query runs against an index built once per article (folded text of each
block with a map back to the original offsets, and token arrays with lookup
tables for forms, readings and synonym groups), so a query costs the
tokenisation of the query itself plus work proportional to the candidates it
hits, never a re-tokenisation of the article. Words are matched in both of
Sudachi's split modes: C (国際連合 as one word) and A (its parts, so きょうりょく
finds 協力 inside 国際協力); the index stores mode A and the mode-C words
that split (see :class:`SearchIndex`).

Core module: no Textual import.
"""

from __future__ import annotations

import unicodedata
from array import array
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Iterator, Literal, Sequence

from .article import Article, Block, decode, split_lines
from .chars import is_kana
from .sanitize import visible
from .terms import token_reading
from .tokens import Mode, Token, katakana_to_hiragana, tokenize

if TYPE_CHECKING:  # pragma: no cover
    from .analysis import Analysis

How = Literal["literal", "words", "reading", "synonym"]
#: The modes from the most to the least evident; a merged match takes the first.
HOWS: tuple[How, ...] = ("literal", "words", "reading", "synonym")

#: Parts of speech that never make a query worth a word search on their own
#: (particles, auxiliaries, punctuation, symbols, whitespace).
FUNCTION_POS = frozenset({"助詞", "助動詞", "補助記号", "記号", "空白"})
#: Tokens that separate readings: a reading never runs across punctuation.
SYMBOL_POS = frozenset({"補助記号", "記号", "空白"})
#: Shortest kana query searched by reading (one kana reads as too many words).
MIN_READING_CHARS = 2
#: Shortest query token whose synonyms are searched (国 has a crowd of them).
MIN_SYNONYM_CHARS = 2
#: Separator between blocks in the joined strings; block text never holds a newline.
SEP = "\n"
#: Characters stripped from both ends of a query (ASCII and ideographic spaces).
QUERY_PADDING = " \t\u3000"
#: Characters of context shown on each side of a match by :func:`render_matches`.
CONTEXT_CHARS = 30
#: SGR sequences that highlight a match (bold, reverse) and end the highlight.
HIGHLIGHT_ON, HIGHLIGHT_OFF = "\x1b[1;7m", "\x1b[0m"


@dataclass(frozen=True, slots=True)
class Match:
    """One span of a text block that matches a query."""

    line: int
    """The block's first source line (:attr:`Block.line`)."""
    start: int
    """Character offset of the match in the block's text."""
    end: int
    text: str
    """``block.text[start:end]``: the original text, never the folded one."""
    how: How

    def to_dict(self) -> dict[str, int | str]:
        """The JSON form: ``{"line", "start", "end", "text", "how"}``."""
        return {"line": self.line, "start": self.start, "end": self.end, "text": self.text, "how": self.how}


# --- folding --------------------------------------------------------------------


def _continues_cluster(ch: str) -> bool:
    """Whether NFKC may fold ``ch`` into the character before it (combining
    marks, half-width voicing marks, Hangul vowel and final jamo)."""
    if unicodedata.combining(ch):
        return True
    if 0x1160 <= ord(ch) <= 0x11FF:
        return True
    norm = unicodedata.normalize("NFKC", ch)
    return bool(norm) and unicodedata.combining(norm[0]) != 0


def _fold_piece(text: str) -> str:
    return katakana_to_hiragana(unicodedata.normalize("NFKC", text).casefold())


def _fold_clusters(text: str) -> tuple[str, list[tuple[int, int, int, int]] | None]:
    """Fold ``text``; return the folded text and its irregular pieces
    ``(folded start, folded length, original start, original length)``: the
    clusters that do not fold one character to one character (None when there
    are none and nothing moved). Every other folded character stands for the
    original character at the same distance from the last irregular piece."""
    if unicodedata.is_normalized("NFKC", text):
        folded = katakana_to_hiragana(text.casefold())
        if len(folded) == len(text):  # casefold never shrinks: same length, same places
            return folded, None
    parts: list[str] = []
    irregular: list[tuple[int, int, int, int]] = []
    n = len(text)
    i = at = 0
    while i < n:
        j = i + 1
        while j < n and _continues_cluster(text[j]):
            j += 1
        piece = _fold_piece(text[i:j])
        if j - i != 1 or len(piece) != 1:
            irregular.append((at, len(piece), i, j - i))
        parts.append(piece)
        at += len(piece)
        i = j
    return "".join(parts), irregular


def fold_map(text: str) -> tuple[str, array | None, array | None]:
    """Fold ``text`` for literal search; return ``(folded, starts, ends)`` where
    ``text[starts[i]:ends[i]]`` is the original of folded character ``i``.

    The maps are ``None`` when folding keeps every character in place (the
    common case: then folded index = original index).
    """
    folded, irregular = _fold_clusters(text)
    if irregular is None:
        return folded, None, None
    fmap = _FoldMap(irregular)
    spans = [fmap.original(i) for i in range(len(folded))]
    return folded, array("l", [s for s, _ in spans]), array("l", [e for _, e in spans])


def fold(text: str) -> str:
    """The form literal search compares: NFKC, case-folded, katakana as hiragana."""
    return _fold_clusters(text)[0]


class _FoldMap:
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


# --- the index ------------------------------------------------------------------

#: Lexeme flags.
CONTENT = 1
"""Can carry a search on its own (see :func:`_is_content`)."""
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


def _is_content(token: Token) -> bool:
    """A token that can carry a search on its own: not a particle, auxiliary,
    symbol, or a dependent word such as する/いる/なる."""
    return token.pos[0] not in FUNCTION_POS and (len(token.pos) < 2 or token.pos[1] != "非自立可能")


def _flags(t: Token) -> int:
    pos = t.pos
    flags = CONTENT if _is_content(t) else 0
    if pos[0] == "助動詞" or (len(pos) > 1 and pos[1] == "接続助詞" and t.dictionary in ATTACHING_PARTICLES):
        flags |= ATTACHES
    if pos[0] == "助詞" or (len(pos) > 5 and pos[5].startswith(CLOSING_FORMS) and t.dictionary != "ぬ"):
        flags |= ENDS
    if pos[0] in INFLECTING_POS:
        flags |= INFLECTS
    return flags


def _dictionary_reading(dictionary_form: str) -> str | None:
    """The hiragana reading of a verb or adjective in its dictionary form
    (する for し, のべる for 述べ), when Sudachi reads the form as one word."""
    toks = tokenize(dictionary_form, "C")
    if len(toks) == 1 and toks[0].dictionary == dictionary_form and toks[0].reading:
        return toks[0].reading
    return None


#: What :func:`_split_a` returns when a word tokenised alone comes back as another word.
IN_CONTEXT = object()


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


def _split_a_before(surface: str, after: str) -> tuple[Token, ...] | None:
    """The mode-A pieces of ``surface`` tokenised with the word ``after`` it
    (取り組ん needs its で to be read as a verb), or None."""
    pieces = tokenize(surface + after, "A")
    if not any(p.end == len(surface) for p in pieces):
        return None
    inside = tuple(p for p in pieces if p.end <= len(surface))
    return inside if len(inside) > 1 else None


class _Lexicon:
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


class _Layer:
    """The mode-A tokens of every block as flat arrays: where each starts in
    the joined text, its length and its lexeme, and the positions of every
    lexeme; and the concatenated readings of the tokens (blocks and symbols
    separated by :data:`SEP`) with where each token's reading starts.
    Whitespace tokens are left out so a run of words may span a space.
    Arrays, not objects: about 18 bytes and a reading a token, and the garbage
    collector never walks them, so a big index adds no pause to collections.
    """

    def __init__(self) -> None:
        self.start = array("i")
        self.length = array("H")  # a token is shorter than a Sudachi chunk (16,000 bytes)
        self.lex = array("i")
        self.postings: dict[int, array] = {}
        self.rstart = array("i")
        self.reading = ""
        self._readings: list[str] = []
        self._offset = 0

    def __len__(self) -> int:
        return len(self.lex)

    def add_block(self, base: int, toks: Iterable[tuple[int, int, int]], lexicon: _Lexicon) -> None:
        """Append one block's ``(start, end, lexeme)`` tokens; ``base`` is where
        the block starts in the joined text."""
        start, length, lexes, postings = self.start.append, self.length.append, self.lex.append, self.postings
        pos = len(self.lex)
        rstart = self.rstart.append
        parts: list[str] = []
        offset = self._offset
        lex_reading = lexicon.reading
        for s, e, lex in toks:
            start(base + s)
            length(e - s)
            lexes(lex)
            post = postings.get(lex)
            if post is None:
                post = postings[lex] = array("i")
            post.append(pos)
            pos += 1
            reading = lex_reading[lex]
            rstart(offset)
            parts.append(reading)
            offset += len(reading)
        parts.append(SEP)
        self._readings.append("".join(parts))
        self._offset = offset + 1

    def finish(self) -> None:
        self.reading = "".join(self._readings)
        self._readings = []

    def end(self, p: int) -> int:
        return self.start[p] + self.length[p]

    def runs(self, wanted: Sequence[tuple[set[int], set[int]]]) -> Iterator[tuple[int, int, How]]:
        """``(first, last, how)`` of every run of tokens matching the query
        token for token: by form (``words``) or, for at least one token, by a
        shared synonym group (``synonym``). ``wanted`` holds, per query token,
        the lexemes equal by form and those sharing a synonym."""
        k = len(wanted)
        n = len(self.lex)
        if not k or k > n:
            return
        postings = self.postings
        # anchor on the rarest query token: a query led by の stays cheap
        costs = [sum(len(postings.get(x, ())) for x in w) + sum(len(postings.get(x, ())) for x in s) for w, s in wanted]
        anchor = min(range(k), key=costs.__getitem__)
        if costs[anchor] == 0:
            return
        lex = self.lex
        w0, s0 = wanted[anchor]
        for x in (*w0, *s0):
            for p in postings.get(x, ()):
                first = p - anchor
                last = first + k - 1
                if first < 0 or last >= n:
                    continue
                how: How = "words"
                for i, (w, s) in enumerate(wanted):
                    at = lex[first + i]
                    if at in w:
                        continue
                    if at in s:
                        how = "synonym"
                        continue
                    break
                else:
                    yield first, last, how

    def reading_runs(self, kana: str, lexicon: _Lexicon) -> Iterator[tuple[int, int]]:
        """``(first, last)`` of every run of tokens whose readings, concatenated,
        are ``kana``, and which holds at least one content word."""
        rstart, reading, lex, flags, readings = self.rstart, self.reading, self.lex, lexicon.flags, lexicon.reading
        at = reading.find(kana)
        while at != -1:
            first = bisect_left(rstart, at)
            if first < len(rstart) and rstart[first] == at:
                end = at + len(kana)
                last = bisect_left(rstart, end) - 1  # kana holds no SEP: same block
                if rstart[last] + len(readings[lex[last]]) == end and any(
                    flags[lex[p]] & CONTENT for p in range(first, last + 1)
                ):
                    yield first, last
            at = reading.find(kana, at + 1)

    def dictionary_reading_runs(self, kana: str, lexicon: _Lexicon) -> Iterator[tuple[int, int]]:
        """Like :meth:`reading_runs`, but the last word is read in its
        dictionary form (しょめいする finds 署名し of 署名した)."""
        rstart, reading, lex, flags = self.rstart, self.reading, self.lex, lexicon.flags
        for cut in range(len(kana)):
            lexes = lexicon.by_dictionary_reading.get(kana[cut:])
            if not lexes:
                continue
            prefix = kana[:cut]
            for x in lexes:
                for last in self.postings.get(x, ()):
                    first = last
                    if prefix:
                        r = rstart[last]
                        s = r - len(prefix)
                        if s < 0 or reading[s:r] != prefix:
                            continue
                        first = bisect_left(rstart, s)
                        if rstart[first] != s:
                            continue
                    if any(flags[lex[p]] & CONTENT for p in range(first, last + 1)):
                        yield first, last

    def extend(self, last: int, lexicon: _Lexicon) -> int:
        """The last token of the word that ``last`` begins to inflect: over the
        auxiliaries and particles that follow it without a gap (述べ → 述べた)."""
        lex, flags = self.lex, lexicon.flags
        n = len(lex)
        while not flags[lex[last]] & ENDS and last + 1 < n:
            nxt = last + 1
            if not flags[lex[nxt]] & ATTACHES or self.start[nxt] != self.end(last):
                break
            last = nxt
        return last


class _Compounds:
    """The mode-C words that mode A splits (国際協力 = 国際 + 協力), by the
    mode-A positions they cover. With the mode-A layer this gives mode C
    without storing it: every other mode-C word is one mode-A token with the
    same lexeme, and compounds are a few percent of the words."""

    def __init__(self) -> None:
        self.first = array("i")
        """Mode-A position of each compound's first piece, in order."""
        self.count = array("H")
        self.lex = array("i")
        self.postings: dict[int, array] = {}
        """Compound lexeme to the indexes of its compounds."""

    def add(self, first: int, count: int, lex: int) -> None:
        post = self.postings.get(lex)
        if post is None:
            post = self.postings[lex] = array("i")
        post.append(len(self.first))
        self.first.append(first)
        self.count.append(count)
        self.lex.append(lex)

    def covering(self, p: int) -> int:
        """The index of the compound covering mode-A position ``p``, or -1."""
        k = bisect_right(self.first, p) - 1
        return k if k >= 0 and p < self.first[k] + self.count[k] else -1

    def runs(self, wanted: Sequence[tuple[set[int], set[int]]], fine: _Layer) -> Iterator[tuple[int, int, How]]:
        """Like :meth:`_Layer.runs` on the mode-C words: ``(first, last, how)``
        as mode-A positions of the first and last piece. A one-word query
        gives only the compounds (the mode-A layer has the other words)."""
        k = len(wanted)
        if not k:
            return
        lex = fine.lex
        n = len(lex)
        costs = [sum(len(fine.postings.get(x, ())) + len(self.postings.get(x, ())) for x in (*w, *s)) for w, s in wanted]
        anchor = min(range(k), key=costs.__getitem__)
        if costs[anchor] == 0:
            return

        def word_before(p: int) -> tuple[int, int]:
            """(first mode-A position, lexeme) of the mode-C word ending at ``p``."""
            c = self.covering(p)
            return (self.first[c], self.lex[c]) if c >= 0 else (p, lex[p])

        def word_at(p: int) -> tuple[int, int]:
            """(last mode-A position, lexeme) of the mode-C word starting at ``p``."""
            c = self.covering(p)
            return (p + self.count[c] - 1, self.lex[c]) if c >= 0 else (p, lex[p])

        def how_of(i: int, x: int, how: How) -> How | None:
            w, s = wanted[i]
            return how if x in w else "synonym" if x in s else None

        starts: list[tuple[int, int]] = []  # the anchor word's (first, last) mode-A positions
        for x in (*wanted[anchor][0], *wanted[anchor][1]):
            for c in self.postings.get(x, ()):
                starts.append((self.first[c], self.first[c] + self.count[c] - 1))
            if k > 1:
                starts.extend((p, p) for p in fine.postings.get(x, ()) if self.covering(p) < 0)
        for a_first, a_last in starts:
            how: How | None = how_of(anchor, lex[a_first] if a_first == a_last else self.lex[self.covering(a_first)], "words")
            first, last = a_first, a_last
            for i in range(anchor - 1, -1, -1):
                if how is None or first == 0:
                    how = None
                    break
                first, x = word_before(first - 1)
                how = how_of(i, x, how)
            for i in range(anchor + 1, k):
                if how is None or last + 1 >= n:
                    how = None
                    break
                last, x = word_at(last + 1)
                how = how_of(i, x, how)
            if how is not None:
                yield first, last, how


def _synonym_worthy(q: Token) -> bool:
    return bool(q.synonyms) and _is_content(q) and len(q.surface) >= MIN_SYNONYM_CHARS


def _query_tokens(query: str, mode: Mode) -> list[Token]:
    return [t for t in tokenize(query, mode) if t.pos[0] != "空白"]


def _dictionary_form_word(q: Token) -> bool:
    """A verb or adjective typed in its dictionary form (述べる, する, 美しい)."""
    return q.pos[0] in INFLECTING_POS and q.surface == q.dictionary


@dataclass(frozen=True)
class _FoldedBlock:
    offset: int
    """Where the block's folded text starts in the joined folded string."""
    map: _FoldMap | None
    """Folded offsets back to the block's text; None when they are the same."""


class SearchIndex:
    """Everything a query needs about one article, built once.

    About 7.5 MB per MB of text (a 1 MB article has ~220,000 tokens): the
    folded text, the distinct words (:class:`_Lexicon`), the mode-A tokens as
    arrays of ids with their readings (:class:`_Layer`), and the few mode-C
    words that mode A splits (:class:`_Compounds`). No token object is kept.
    """

    def __init__(self, blocks: Sequence[Block], folded: str, folds: Sequence[_FoldedBlock],
                 lexicon: _Lexicon, fine: _Layer, compounds: _Compounds) -> None:
        self.blocks = tuple(blocks)
        self._folded = folded
        self._folds = tuple(folds)
        self._fold_offsets = array("i", [f.offset for f in folds])
        bases, at = array("i"), 0
        for b in self.blocks:
            bases.append(at)
            at += len(b.text) + len(SEP)
        self._bases = bases
        self._lexicon = lexicon
        self._fine = fine
        self._compounds = compounds

    @classmethod
    def build(cls, article: Article, analysis: Analysis | None = None) -> SearchIndex:
        """Index ``article``'s text blocks. An ``analysis`` lends its mode-C
        tokens; otherwise each block is tokenised here, one at a time. Mode A
        comes from splitting the mode-C words that split (see :func:`_split_a`)."""
        known = analysis.tokens if analysis is not None else {}
        builder = IndexBuilder()
        for b in article.text_blocks():
            builder.add(b, known[b.line] if b.line in known else tokenize(b.text, "C"))
        return builder.finish()

    def _span(self, first: int, last: int) -> tuple[int, int, int]:
        """``(block, start, end)`` of mode-A tokens ``first..last``."""
        g = self._fine.start[first]
        b = bisect_right(self._bases, g) - 1
        base = self._bases[b]
        return b, g - base, self._fine.end(last) - base

    def _same_block(self, first: int, last: int) -> bool:
        bases, start = self._bases, self._fine.start
        return first == last or bisect_right(bases, start[first]) == bisect_right(bases, start[last])

    # --- the four modes ---

    def _literal(self, query: str) -> Iterator[tuple[int, int, int]]:
        needle = fold(query)
        if not needle or SEP in needle:
            return
        haystack = self._folded
        at = haystack.find(needle)
        while at != -1:
            end = at + len(needle)
            b = bisect_right(self._fold_offsets, at) - 1
            f = self._folds[b]
            s, e = at - f.offset, end - f.offset
            if f.map is not None:
                s, e = f.map.original(s)[0], f.map.original(e - 1)[1]
            yield b, s, e
            at = haystack.find(needle, end)

    def _words(self, query: str) -> Iterator[tuple[int, int, int, How]]:
        c = _query_tokens(query, "C")
        a = _query_tokens(query, "A")
        fine, lexicon = self._fine, self._lexicon
        runs: list[tuple[list[Token], Iterator[tuple[int, int, How]]]] = []
        if any(_is_content(t) for t in c):
            wanted = self._wanted(c, synonyms=True)
            runs += [(c, self._compounds.runs(wanted, fine)), (c, fine.runs(wanted))]
        split_finer = [(t.start, t.end) for t in a] != [(t.start, t.end) for t in c]
        if split_finer and any(_is_content(t) for t in a):
            runs.append((a, fine.runs(self._wanted(a, synonyms=False))))
        for query_tokens, found in runs:
            inflects = _dictionary_form_word(query_tokens[-1])
            for first, last, how in found:
                if not self._same_block(first, last):
                    continue
                if inflects:
                    last = fine.extend(last, lexicon)
                yield (*self._span(first, last), how)

    def _wanted(self, query: Sequence[Token], synonyms: bool) -> list[tuple[set[int], set[int]]]:
        """Per query token, the lexemes equal to it by form and, with
        ``synonyms``, the other content lexemes sharing a synonym group."""
        lexicon = self._lexicon
        out = []
        for q in query:
            words = lexicon.words(q)
            syn = lexicon.synonyms_of(q) - words if synonyms and _synonym_worthy(q) else set()
            out.append((words, syn))
        return out

    def _reading(self, query: str) -> Iterator[tuple[int, int, int]]:
        kana = fold(query)
        if len(kana) < MIN_READING_CHARS or not is_kana(kana):
            return
        fine, lexicon = self._fine, self._lexicon
        for first, last in fine.reading_runs(kana, lexicon):
            yield self._span(first, last)
        for first, last in fine.dictionary_reading_runs(kana, lexicon):
            yield self._span(first, fine.extend(last, lexicon))

    def search(self, query: str) -> list[Match]:
        """Every match of ``query``, merged, in document order. A query that is
        empty or only spaces matches nothing."""
        query = query.strip(QUERY_PADDING)
        if not query:
            return []
        rank = {how: i for i, how in enumerate(HOWS)}
        spans: list[tuple[int, int, int, int]] = []
        spans.extend((b, s, e, 0) for b, s, e in self._literal(query))
        spans.extend((b, s, e, rank[how]) for b, s, e, how in self._words(query))
        spans.extend((b, s, e, 2) for b, s, e in self._reading(query))
        return list(self._merge(spans))

    def _merge(self, spans: Iterable[tuple[int, int, int, int]]) -> Iterator[Match]:
        current: list[int] | None = None
        for b, s, e, r in sorted(spans):
            if current is not None and b == current[0] and s < current[2]:
                current[2] = max(current[2], e)
                current[3] = min(current[3], r)
                continue
            if current is not None:
                yield self._match(*current)
            current = [b, s, e, r]
        if current is not None:
            yield self._match(*current)

    def _match(self, b: int, s: int, e: int, r: int) -> Match:
        block = self.blocks[b]
        return Match(block.line, s, e, block.text[s:e], HOWS[r])


# --- grep-like output -----------------------------------------------------------


class IndexBuilder:
    """A :class:`SearchIndex` built block by block, from mode-C tokens made
    elsewhere: whoever tokenises an article once for other reasons (the term
    and quote rules) hands each block's tokens here and lets them go, so no
    more than one block's tokens need be alive. Blocks come in document
    order, every text block of the article once; :meth:`finish` returns the
    index."""

    def __init__(self) -> None:
        self._blocks: list[Block] = []
        self._texts: list[str] = []
        self._folds: list[_FoldedBlock] = []
        self._offset = 0
        self._base = 0
        self._lexicon = _Lexicon()
        self._fine, self._compounds = _Layer(), _Compounds()

    def add(self, block: Block, toks: Sequence[Token]) -> None:
        """Index the next text block, given its mode-C tokens."""
        folded, irregular = _fold_clusters(block.text)
        self._folds.append(_FoldedBlock(self._offset, _FoldMap(irregular) if irregular else None))
        self._texts.append(folded)
        self._blocks.append(block)
        self._offset += len(folded) + len(SEP)
        lexicon, fine, compounds = self._lexicon, self._fine, self._compounds
        add = lexicon.add
        a_toks: list[tuple[int, int, int]] = []
        at = len(fine)
        for i, t in enumerate(toks):
            if t.pos[0] == "空白":
                continue
            lex = add(t)
            pieces = lexicon.pieces(t, toks[i + 1].surface if i + 1 < len(toks) else "")
            if pieces is None:
                a_toks.append((t.start, t.end, lex))
            else:
                compounds.add(at + len(a_toks), len(pieces), lex)
                a_toks.extend((t.start + s, t.start + e, x) for s, e, x in pieces)
        fine.add_block(self._base, a_toks, lexicon)
        self._base += len(block.text) + len(SEP)

    def finish(self) -> SearchIndex:
        """The index of the blocks added."""
        self._lexicon.finish()
        self._fine.finish()
        index = SearchIndex(self._blocks, SEP.join(self._texts), self._folds, self._lexicon, self._fine, self._compounds)
        self._texts = []
        return index


def _source_lines(article: Article) -> list[str] | None:
    """The article file's lines, when the file can still be read."""
    try:
        data = Path(article.path).read_bytes()
        return split_lines(decode(data, article.path)[0])
    except Exception:  # a missing, changed or undecodable file: fall back
        return None


def _line_starts(block: Block, lines: list[str] | None) -> list[tuple[int, int]]:
    """``(offset in block.text, source line)`` where each source line of a
    hard-wrapped block begins; just the block's line when it cannot be told."""
    fallback = [(0, block.line)]
    if block.end_line == block.line or lines is None or block.end_line > len(lines):
        return fallback
    out: list[tuple[int, int]] = []
    offset = 0
    for number in range(block.line, block.end_line + 1):
        piece = lines[number - 1]
        # joining adds at most one space between two lines
        if block.text.startswith(piece, offset):
            at = offset
        elif offset and block.text.startswith(piece, offset + 1):
            at = offset + 1
        else:
            return fallback
        out.append((at, number))
        offset = at + len(piece)
    return out if offset == len(block.text) else fallback


def _context(text: str, start: int, end: int, color: bool) -> str:
    left = max(0, start - CONTEXT_CHARS)
    right = min(len(text), end + CONTEXT_CHARS)
    hit = visible(text[start:end])
    if color:
        hit = f"{HIGHLIGHT_ON}{hit}{HIGHLIGHT_OFF}"
    before = ("…" if left else "") + visible(text[left:start])
    after = visible(text[end:right]) + ("…" if right < len(text) else "")
    return before + hit + after


def render_matches(article: Article, matches: Iterable[Match], color: bool) -> Iterator[str]:
    """grep-like lines ``PATH:LINE:COL: context``, one per match.

    LINE and COL (1-based, in characters) point into the source file; for a
    hard-wrapped block they are found by reading the file again, and fall back
    to the block's first line and the column in the joined text if the file no
    longer matches. The context is about :data:`CONTEXT_CHARS` characters each
    side, with control characters made visible; with ``color`` the match is
    highlighted (bold, reverse).
    """
    blocks = {b.line: b for b in article.text_blocks()}
    path = visible(article.path)
    lines: list[str] | None = None
    wrapped = {b.line for b in blocks.values() if b.end_line > b.line}
    if wrapped:
        lines = _source_lines(article)
    starts: dict[int, list[tuple[int, int]]] = {}
    for m in matches:
        block = blocks[m.line]
        if block.line not in starts:
            starts[block.line] = _line_starts(block, lines)
        offsets = starts[block.line]
        i = bisect_right([o for o, _ in offsets], m.start) - 1
        line_offset, line = offsets[max(i, 0)]
        yield f"{path}:{line}:{m.start - line_offset + 1}: {_context(block.text, m.start, m.end, color)}"
