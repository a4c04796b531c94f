"""Terms worth highlighting, found with Sudachi: people, places, organisations,
quantities and the article's keywords.

Core module: no Textual import. The rules for one block live in
:mod:`tui.analysis.terms` and person names in :mod:`tui.analysis.people`; this module runs them
over the article and groups the occurrences into :class:`Term` s:

- occurrences with the same category and normalised form are one term (か国,
  カ国 and ヶ国 group under Sudachi's 箇国);
- a surname or a single part of a katakana name (山田, ロッシ) joins the one
  full name in the article it belongs to (山田花子), so a reader sees one
  person with every mention; when two full names share it, it stays apart;
- spans never overlap: person names first, then named laws and events, then
  organisations (a place inside one belongs to it), places, quantities,
  keywords;
- keywords are ranked by how often they occur and how compound they are, and
  only the best :data:`KEYWORD_LIMIT` are kept.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from operator import attrgetter
from collections.abc import Callable, Iterator, Mapping, Sequence

from ..text import Article, Block, is_kanji
from .model import CATEGORIES, Analysis, Term
from .people import Mention, find_people
from .readings import span_reading
from .terms import BlockTerms, kind_named, name_quotes, part_of_name
from .tokens import Token, tokenize

#: How many keywords an article gets at most.
KEYWORD_LIMIT = 15
#: Sudachi's kinds of common nouns that name actions and qualities (確認, 安全, 今後).
GENERIC_NOUN_KINDS = frozenset(("サ変可能", "形状詞可能", "副詞可能"))
#: How much more a keyword written in the article's title counts.
TITLE_BONUS = 2.0
#: Name separators inside katakana names (アンナ・マリア・ロッシ).
NAME_SEPARATORS = "・＝="


def person_spans(text: str, tokens: Sequence[Token]) -> list[tuple[int, int]]:
    """Name spans, titles excluded (the person rules live in :mod:`tui.analysis.people`)."""
    return [(m.start, m.end) for m in find_people(text, tokens)]


class _Group:
    """Occurrences of one term while the article is read."""

    __slots__ = ("text", "category", "base", "reading", "spans", "first", "rank", "parts", "spellings", "strong")

    def __init__(self, text: str, category: str, base: str, reading: str, first: tuple[int, int]) -> None:
        self.text, self.category, self.base, self.reading = text, category, base, reading
        self.spans: list[tuple[int, int, int]] = []
        self.first = first
        self.rank = 0.0
        #: Keywords of three words or more: the words' normalised forms (for sub-compounds).
        self.parts: tuple[str, ...] = ()
        #: Quantities: how often each spelling occurs (72か国 ×1, 72カ国 ×2).
        self.spellings: dict[str, int] = {}
        #: Persons: whether a mention with evidence (a title, a given name) names them.
        self.strong = False

    def term(self) -> Term:
        # a quantity is named by the article's own usual spelling of it (the
        # first one on a tie); the others are its notation variants
        text = max(self.spellings, key=self.spellings.__getitem__) if self.spellings else self.text
        return Term(text, self.category, self.reading, self.base, tuple(sorted(self.spans)), self.rank)  # type: ignore[arg-type]


class TermFinder:
    """The terms of an article, read block by block in document order."""

    def __init__(self, title: str = "") -> None:
        #: The article's title: keywords in it say what the article is about.
        self._title = title
        self._groups: dict[tuple[str, str], _Group] = {}
        self._candidates: dict[str, _Group] = {}
        self._blocks: list[tuple[int, str]] = []
        #: Organisations named by their context somewhere (共同通信によると): name → base.
        self._learnt: dict[str, str] = {}
        #: Given names that are the whole of a 「」 somewhere (ロボット「ミモリ」): names of things.
        self._things: set[str] = set()
        #: Names mentioned with a title or honorific somewhere: people for sure.
        self._titled: set[str] = set()

    def _add(self, category: str, base: str, text: str, reading: str, line: int, start: int, end: int) -> None:
        g = self._groups.get((category, base))
        if g is None:
            g = self._groups[(category, base)] = _Group(text, category, base, reading, (line, start))
        g.spans.append((line, start, end))
        if category == "quantity":
            g.spellings[text] = g.spellings.get(text, 0) + 1

    def read(
        self, line: int, text: str, toks: Sequence[Token], mentions: Sequence[Mention] | None = None
    ) -> list[tuple[int, int]]:
        """Find the terms of the block at ``line`` (the next one in the article);
        ``mentions``: its person mentions, when they were found already.
        Returns the block's organisation spans, for the quotes reader."""
        add = self._add
        if mentions is None:
            mentions = find_people(text, toks)
        people = [(m.start, m.end) for m in mentions]
        names = name_quotes(text)
        for m in mentions:
            s, e = m.start, m.end
            if names and part_of_name(text, names, s, e):
                continue  # a word of a name or slogan in 「」, not a person mentioned
            name = text[s:e]
            if m.title:
                self._titled.add(name)
            elif names and any(a == s and b == e for a, b, _ in names):
                self._things.add(name)
            add("person", name, name, _reading(toks, text, s, e), line, s, e)
            if not m.weak:
                self._groups[("person", name)].strong = True
        bt = BlockTerms(text, toks, people)
        bodies = kind_named(text, names) if names else []
        for s, e in bodies:
            add("organization", text[s:e], text[s:e], _reading(toks, text, s, e), line, s, e)
        for f in bt.found:
            if names and f.category == "place" and part_of_name(text, names, f.start, f.end):
                continue  # ニッポン in 「もっと、ニッポン。」キャンペーン: part of a name, not a place
            if bodies and any(s <= f.start and f.end <= e for s, e in bodies):
                continue  # a word of 運送会社「ミナト急送」's name
            add(f.category, f.base, text[f.start : f.end], f.reading, line, f.start, f.end)
        for f in bt.learnt:
            self._learnt.setdefault(text[f.start : f.end], f.base)
        self._blocks.append((line, text))
        orgs = sorted([(f.start, f.end) for f in bt.found if f.category == "organization"] + bodies)
        candidates = self._candidates
        for start, end, base, i, j, named in bt.keywords:
            g = candidates.get(base)
            if g is None:
                reading = span_reading(toks, i, j, text, start, end)
                g = candidates[base] = _Group(text[start:end], "keyword", base, reading, (line, start))
                g.rank = _weight(g.text, j - i, named, toks[i].pos) * (TITLE_BONUS if g.text in self._title else 1)
                if j - i > 2:
                    g.parts = tuple(t.normalized for t in toks[i:j])
            g.spans.append((line, start, end))
        return orgs

    def terms(self) -> tuple[Term, ...]:
        """The terms of the blocks read: every category in order, then the best keywords."""
        groups = self._groups
        for name in self._things - self._titled:
            groups.pop(("person", name), None)  # 「ミモリ」 named a robot: ミモリは… is no person either
        _merge_short_names(groups)
        self._spread_learnt()
        counts = _counts_with_compounds(self._candidates)
        ranked = sorted(
            (g for g in self._candidates.values() if counts[g.base] >= 2 or (g.spans and g.rank >= _weight("xxxx", 2, True))),
            key=lambda g: (-g.rank * counts[g.base], g.first),
        )
        order = {c: i for i, c in enumerate(CATEGORIES)}
        terms = sorted((g.term() for g in groups.values() if g.spans), key=lambda t: (order[t.category], t.spans[0]))
        keywords = []
        for g in ranked[:KEYWORD_LIMIT]:
            g.rank = round(g.rank * counts[g.base], 2)
            keywords.append(g.term())
        return tuple(terms + keywords)

    def _spread_learnt(self) -> None:
        """An organisation its context named once (共同通信によると, 仙台育英（宮城）)
        is that organisation wherever else the article writes it (a heading,
        a later mention without the cue). Another reading that crosses the
        mention's edges, or a person inside it, wins instead."""
        if not self._learnt:
            return
        names = sorted(self._learnt.items(), key=lambda kv: -len(kv[0]))
        # one scan of each block for any of the names first: most blocks hold
        # none, and asking each name of each block was the slow part (1 MB: 60 ms)
        anywhere = re.compile("|".join(re.escape(name) for name, _ in names))
        found: dict[int, list[tuple[int, int, str]]] = {}
        for line, text in self._blocks:
            if anywhere.search(text) is None:
                continue
            for name, base in names:
                s = text.find(name)
                while s >= 0:
                    found.setdefault(line, []).append((s, s + len(name), base))
                    s = text.find(name, s + len(name))
        if not found:
            return
        on_line: dict[int, list[tuple[int, int, _Group]]] = {}
        for g in (*self._groups.values(), *self._candidates.values()):
            for line, s, e in g.spans:
                if line in found:
                    on_line.setdefault(line, []).append((s, e, g))
        removed: dict[int, set[tuple[int, int, int]]] = {}
        groups: dict[int, _Group] = {}
        for line, occurrences in found.items():
            # spans of different terms never overlap, so sorted by start they
            # are sorted by end too: the ones crossing [s, e) are one slice,
            # found by bisection (a scan per occurrence was quadratic in a
            # block of many terms)
            spans = sorted(on_line.get(line, []), key=lambda x: (x[0], x[1]))
            starts = [a for a, _, _ in spans]
            ends = [b for _, b, _ in spans]
            for s, e, base in occurrences:
                lo, hi = bisect_right(ends, s), bisect_left(starts, e)
                inside = spans[lo:hi]
                org = self._groups[("organization", base)]
                if any(a < s or b > e or g is org or g.category == "person" for a, b, g in inside):
                    continue
                for a, b, g in inside:
                    removed.setdefault(id(g), set()).add((line, a, b))
                    groups[id(g)] = g
                del spans[lo:hi], starts[lo:hi], ends[lo:hi]
                spans.insert(lo, (s, e, org))
                starts.insert(lo, s)
                ends.insert(lo, e)
                org.spans.append((line, s, e))
                org.first = min(org.first, (line, s))
        for key, g in groups.items():
            gone = removed[key]
            g.spans = [x for x in g.spans if x not in gone]


def analyze(article: Article) -> Analysis:
    """Tokenise every text block of ``article`` and find its terms."""
    tokens: dict[int, tuple[Token, ...]] = {}
    people: dict[int, list[Mention]] = {}
    orgs: dict[int, list[tuple[int, int]]] = {}
    finder = TermFinder(article.title)
    for block in article.text_blocks():
        toks = tokens[block.line] = tuple(tokenize(block.text))
        mentions = people[block.line] = find_people(block.text, toks)
        orgs[block.line] = finder.read(block.line, block.text, toks, mentions)
    return Analysis(tokens=tokens, terms=finder.terms(), people=people, organizations=orgs)


class TokensOnDemand(Mapping[int, tuple[Token, ...]]):
    """Each block's tokens, made when asked for and not kept, the term rules
    run on them on the way: for one pass over the article (the quotes
    reader in ``kiji dump``), memory for one block's tokens instead of the
    whole article's (about 30 MB per MB of text).

    Blocks asked for in document order are tokenised once; a block asked
    for again is tokenised again, so every answer is right whatever the
    order. The term finder always reads each block once, in order.
    ``people`` and ``organizations`` hold the person mentions and the
    organisation spans of the block read last, and only those, for the
    quotes reader.

    ``on_block(block, tokens)``, if given, is called once for each block
    right after the term finder has read it, in document order: another
    consumer of the same tokens (the explorer's search index) or a progress
    report (how many of ``len(self)`` blocks are read).
    """

    def __init__(self, article: Article, on_block: Callable[[Block, tuple[Token, ...]], None] | None = None) -> None:
        self._blocks = article.text_blocks()
        self._index = {b.line: i for i, b in enumerate(self._blocks)}
        self._next = 0
        """Index of the first block the term finder has not read."""
        self._finder = TermFinder(article.title)
        self.people: dict[int, list[Mention]] = {}
        self.organizations: dict[int, list[tuple[int, int]]] = {}
        self._on_block = on_block

    def _read(self, i: int) -> tuple[Token, ...]:
        block = self._blocks[i]
        toks = tuple(tokenize(block.text))
        mentions = find_people(block.text, toks)
        orgs = self._finder.read(block.line, block.text, toks, mentions)
        self.people.clear()
        self.people[block.line] = mentions
        self.organizations.clear()
        self.organizations[block.line] = orgs
        self._next = i + 1
        if self._on_block is not None:
            self._on_block(block, toks)
        return toks

    def __getitem__(self, line: int) -> tuple[Token, ...]:
        i = self._index[line]
        if i < self._next:
            return tuple(tokenize(self._blocks[i].text))
        while self._next < i:
            self._read(self._next)
        return self._read(i)

    def __contains__(self, line: object) -> bool:
        return line in self._index

    def __iter__(self) -> Iterator[int]:
        return iter(self._index)

    def __len__(self) -> int:
        return len(self._index)

    def terms(self) -> tuple[Term, ...]:
        """The article's terms, as :func:`analyze` finds them (the blocks not asked for are read now)."""
        while self._next < len(self._blocks):
            self._read(self._next)
        return self._finder.terms()


def analyze_on_demand(
    article: Article, on_block: Callable[[Block, tuple[Token, ...]], None] | None = None
) -> tuple[Analysis, TokensOnDemand]:
    """An analysis for one pass over ``article``'s blocks: its tokens are
    made per block as they are asked for and then let go. Its ``terms`` are
    empty: ask the returned :class:`TokensOnDemand` for them after the pass.
    ``on_block``: see :class:`TokensOnDemand`."""
    tokens = TokensOnDemand(article, on_block)
    return Analysis(tokens=tokens, terms=(), people=tokens.people, organizations=tokens.organizations), tokens


def _weight(surface: str, morphemes: int, named: bool, pos: tuple[str, ...] = ()) -> float:
    """How much one occurrence of a keyword candidate counts: compounds and
    longer words say more about the topic than single short nouns; a single
    verbal or adjectival noun (確認, 強化, 安全) or a short common noun (条約)
    says least: every article has them."""
    w = math.log2(1 + min(len(surface), 12)) * (1 + 0.5 * (min(morphemes, 4) - 1))
    if morphemes == 1 and pos:
        if pos[2] in GENERIC_NOUN_KINDS:
            w *= 0.4
        elif pos[1] == "普通名詞" and len(surface) <= 2:
            w *= 0.7
    return w * (2 if named else 1)


def _counts_with_compounds(candidates: Mapping[str, _Group]) -> dict[str, float]:
    """Each keyword candidate's count, plus half an occurrence for each time it
    is part of a longer candidate (サイバー犯罪 in サイバー犯罪対策). Single
    words get nothing from compounds: 対策 inside every 〜対策 is no topic."""
    counts = {base: float(len(g.spans)) for base, g in candidates.items()}
    for g in candidates.values():
        parts = g.parts
        if parts and g.spans:
            n = len(parts)
            for a in range(n - 1):
                for b in range(a + 2, n + 1 if a else n):
                    key = "".join(parts[a:b])
                    if key in counts:
                        counts[key] += 0.5 * len(g.spans)
    return counts


def _reading(tokens: Sequence[Token], text: str, start: int, end: int) -> str:
    # by bisection: a scan from the block start made a paragraph with
    # thousands of names quadratic (1 MB in one line: 18 s)
    i = bisect_right(tokens, start, key=_END)
    j = bisect_left(tokens, end, lo=i, key=_START)
    return span_reading(tokens, i, j, text, start, end)


_START = attrgetter("start")
_END = attrgetter("end")


def _merge_short_names(groups: dict[tuple[str, str], _Group]) -> None:
    """Fold a surname-only person term into the one full name it belongs to."""
    persons = [g for (c, _), g in groups.items() if c == "person"]
    for short in persons:
        owners = [
            full
            for full in persons
            if full is not short and len(full.text) > len(short.text) and _name_part(short.text, full.text)
        ]
        if len(owners) == 1:
            owner = owners[0]
            owner.spans.extend(short.spans)
            owner.first = min(owner.first, short.first)
            owner.strong = owner.strong or short.strong
            del groups[("person", short.base)]
    for short in persons:
        if not short.strong and groups.get(("person", short.base)) is short:
            del groups[("person", short.base)]  # a surname alone, never with a title: 大立・永浜 are places


def _name_part(short: str, full: str) -> bool:
    """``short`` is the family name of ``full`` (山田 of 山田花子), its given
    or stage name (文枝 of 桂文枝), or one part of a katakana name written with
    separators (ロッシ of アンナ・マリア・ロッシ)."""
    parts = [p for p in _split_name(full) if p]
    if len(parts) > 1:
        return short in parts
    return full.startswith(short) or (len(short) >= 2 and full.endswith(short) and is_kanji(full))


def _split_name(name: str) -> list[str]:
    for sep in NAME_SEPARATORS[1:]:
        name = name.replace(sep, NAME_SEPARATORS[0])
    return name.split(NAME_SEPARATORS[0])
