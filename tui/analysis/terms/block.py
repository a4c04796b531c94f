"""Term rules for one text block: which token spans are places, organisations,
quantities and keyword candidates.

Sudachi tags place names (``固有名詞,地名``) and person names, but has no tag for
organisations, quantities or topic terms: those are built here from *noun
runs* (maximal sequences of nouns, prefixes and noun suffixes) with general
Japanese word lists (organisation heads, title words, counters). Person names
come from :mod:`tui.analysis.people`; this module only keeps its runs clear of them.

Everything is decided from the tokens of one block in one pass plus a little
work per noun run, so analysing costs little beside tokenising.
"""

from __future__ import annotations

from typing import Iterable, Sequence

from ...text import is_hiragana, is_katakana
from ..readings import TSU_READINGS, span_base, span_reading, token_reading
from ..tokens import Token, chunk_starts
from .classes import (
    ADVERBIAL, COUNTER, DOT, NOUN, NUMBER, PERSON, PLACE, PREFIX, PROPER, SUFFIX, Found, noun_runs, token_classes,
)
from .heads import (
    BRACKETS, CUES_AFTER, MEDIA_TAILS, ORG_HEAD_STRENGTH, cited, could_be_place, deictic, ends_with, is_title_word, is_work_head,
    org_head, org_head_strength, single_word,
)
from .quoted import skipped_spans
from .words import (
    COUNTRY_PREFIXES, DATE_COUNTERS, DEICTIC_PREFIXES, FACILITY_HEADS, LINE_HEADS, MAX_TERM_CHARS, MEDIA_DESCRIPTORS,
    MEDIA_HEADS, NOT_STATION_NAMES, ORG_KINDS, PLACE_HEADS, RELIGION_WORDS, RELIGIOUS_HEADS, VAGUE_NUMERALS,
)

#: What a run of one word is, by (surface, class): see :func:`single_word`.
_word_cache: dict[tuple[str, int], str] = {}


def _trim(toks: Sequence[Token], cls: Sequence[int], i: int, j: int, lead: frozenset, tail: frozenset) -> tuple[int, int]:
    """Drop classes ``lead``/``tail``, separators and hiragana-only words (なし, こと) from the ends."""
    while i < j and (cls[i] in lead or toks[i].surface in "・＝" or is_hiragana(toks[i].surface)):
        i += 1
    while j > i and (cls[j - 1] in tail or toks[j - 1].surface in "・＝" or is_hiragana(toks[j - 1].surface)):
        j -= 1
    return i, j


_LEAD_JUNK = frozenset((NUMBER, COUNTER, SUFFIX, ADVERBIAL, DOT))
_LEAD_KEY = frozenset((NUMBER, COUNTER, SUFFIX, ADVERBIAL, DOT, PREFIX))
_TAIL_KEY = frozenset((PREFIX, DOT, ADVERBIAL, NUMBER))
_KEY_BREAK = frozenset((PERSON, PLACE, NUMBER))


def _name_start(run: Sequence[Token], start: int, end: int) -> int:
    """Where the name of the organisation ``run[start:end]`` starts: after a
    country's one-character prefix or a kind of body written before a katakana
    name (米ウェストフィールド大学, 証券会社グレイソン・アンド・パートナーズ:
    ウェストフィールド大学, グレイソン・…), which say what it is, not its name."""
    for k in range(end - 2, start - 1, -1):
        t = run[k]
        if is_katakana(run[k + 1].surface[:1]) and (t.surface in COUNTRY_PREFIXES or t.surface.endswith(ORG_KINDS)):
            return k + 1
    return start


#: Endings of a municipality's or region's own name (熊本市, 千葉県): a place, never a club's town.
_ADMINISTRATIVE = ("都", "道", "府", "県", "市", "区", "町", "村", "郡", "州")


class BlockTerms:
    """The term occurrences of one block, in the order the rules claim them."""

    def __init__(self, text: str, tokens: Sequence[Token], people: Iterable[tuple[int, int]] = ()) -> None:
        self.text = text
        self.tokens = tokens
        self.found: list[Found] = []
        #: Keyword candidates: ``(start, end, base, i, j, named)`` with ``tokens[i:j]`` the words.
        self.keywords: list[tuple[int, int, str, int, int, bool]] = []
        self.classes = classes = token_classes(tokens)
        skip = [*skipped_spans(text), *people]
        blocked = None
        if skip:
            blocked = bytearray(len(text) + 1)
            for s, e in skip:
                blocked[s:e] = b"\x01" * (e - s)
        #: Organisations named by their context (media cited as a source, school
        #: teams with their prefecture): the article's other mentions of them
        #: are the same organisation (:class:`tui.analysis.TermFinder`).
        self.learnt: list[Found] = []
        #: Whether the block has a station word: most have none, so the station rule is skipped.
        self._station = "駅" in text
        n = len(tokens)
        papers = "紙" in text
        for i, j in noun_runs(tokens, classes, blocked, chunk_starts(text)):
            # the context rules, asked only where the words around the run can fit them
            if j < n:
                after = tokens[j].surface
                if (
                    (after in CUES_AFTER and tokens[j - 1].surface.endswith(MEDIA_TAILS))
                    or (after in BRACKETS and j + 1 < n and classes[j + 1] == PLACE)
                    or (papers and tokens[i].surface[-1:] == "紙")
                ) and self._named_by_context(i, j):
                    continue
            elif papers and tokens[i].surface[-1:] == "紙" and self._named_by_context(i, j):
                continue
            if j - i == 1:
                self._word(i, classes[i])
            else:
                self._run(i, j)

    def _named_by_context(self, i: int, j: int) -> bool:
        """Organisations that only their context names: a medium cited as a
        source (共同通信によると, スポーツ報知が報じた), a newspaper introduced by
        its country (英紙ガーディアン), a school team with its prefecture in
        brackets (仙台育英（宮城）). Claims the run and returns True if so."""
        toks, cls = self.tokens, self.classes
        nxt = toks[j].surface if j < len(toks) else ""
        a, b = _trim(toks, cls, i, j, _LEAD_JUNK, _TAIL_KEY)
        if b <= a or b - a > 6 or any(cls[x] == NUMBER for x in range(a, b)):
            return False
        first = toks[a].surface
        if b - a > 1 and first[-1:] == "紙" and first[:-1] in MEDIA_DESCRIPTORS:
            a, _ = _trim(toks, cls, a + 1, b, _LEAD_JUNK, _TAIL_KEY)  # 英紙 + ガーディアン
            return b > a and self._learn(a, b)
        named = any(cls[x] in (PLACE, PROPER) for x in range(a, b))
        surface = self.text[toks[a].start : toks[b - 1].end]
        if nxt in CUES_AFTER and surface.endswith(MEDIA_HEADS) and cited(toks, j):
            head = ends_with(surface, MEDIA_HEADS, 3)  # 紙 needs a name before it: 本紙, 他紙 name no paper
            if head and len(surface) > len(head):
                prefix = surface[: -len(head)]
                if named or not (prefix in MEDIA_DESCRIPTORS or prefix[0] in DEICTIC_PREFIXES):
                    return self._learn(a, b)
        if (
            b == j and b - a > 1 and named and j + 2 < len(toks)
            and nxt in BRACKETS and toks[j].start == toks[j - 1].end
            and cls[j + 1] == PLACE and toks[j + 1].pos[3] != "国" and toks[j + 2].surface in ("）", ")")
            and toks[j + 1].surface[-1] not in "都道府県市区町村郡州"
            and cls[b - 1] in (NOUN, PLACE, PROPER) and toks[b - 1].surface not in PLACE_HEADS
        ):
            return self._learn(a, b)  # 仙台育英（宮城）, 智弁和歌山（和歌山）
        return False

    def _learn(self, a: int, b: int) -> bool:
        if not self._add(self.tokens, a, b, "organization", 0):
            return False
        self.learnt.append(self.found[-1])
        return True

    def _word(self, i: int, c: int) -> None:
        """A run of one word, the common case: the same rules as :meth:`_run`, kept short."""
        tok = self.tokens[i]
        if tok.end - tok.start > MAX_TERM_CHARS:
            return
        if c == PLACE:
            self.found.append(Found(tok.start, tok.end, "place", tok.normalized, token_reading(tok)))
            return
        key = (tok.surface, c)
        what = _word_cache.get(key)
        if what is None:
            what = _word_cache[key] = single_word(tok.surface, c)
        if what == "keyword":
            self.keywords.append((tok.start, tok.end, tok.normalized, i, i + 1, False))
        elif what:
            self.found.append(Found(tok.start, tok.end, what, tok.normalized, token_reading(tok)))

    def _run(self, i: int, j: int) -> None:
        """A run of several words (``tokens[i:j]``): each rule claims words the
        rules before it left, in this order: a run that is one named law or
        event, organisations, named laws and events, places, stations named with
        common nouns, quantities, and keyword candidates from what is left."""
        run = self.tokens[i:j]
        cls = self.classes[i:j]
        for k, c in enumerate(cls):
            if c == PERSON:
                if org_head_strength(run[k].surface):
                    cls[k] = NOUN  # 神社 read as a given name, but no person rule took it
                elif k + 1 < len(run) and org_head(run, k + 1, cls) or (
                        k + 2 < len(run) and cls[k + 1] == SUFFIX and org_head(run, k + 2, cls)):
                    cls[k] = PROPER  # 柳沢+寺, 基督+教団, 鷲尾+化成, ひばり+野+製菓: a name inside an organisation's
        if self._whole_work(run, cls, i):
            return
        taken = [False] * len(run)
        if PLACE in cls or PERSON in cls:
            self._teams(run, cls, taken, i)
        self._organizations(run, cls, taken, i)
        # the rules below claim nothing without their classes in the run: not asked then
        named = PLACE in cls or PROPER in cls
        if named:
            self._works(run, cls, taken, i)
            self._places(run, cls, taken, i)
        if self._station:
            self._stations(run, cls, taken, i)
        if NUMBER in cls:
            self._quantities(run, cls, taken, i)
        self._keywords(run, cls, taken, i)

    def _whole_work(self, run: Sequence[Token], cls: list[int], offset: int) -> bool:
        """A run ending in a law or event name that holds a proper noun or an
        organisation (第10回全日本柔道選手権大会, 日本銀行法) is that name: one
        named keyword. True if the run was claimed so."""
        n = len(run)
        if n > 1 and cls[-1] in (NOUN, SUFFIX) and is_work_head(run[-1].surface):
            if any(cls[x] in (PLACE, PROPER) or org_head(run, x, cls) for x in range(n - 1)):
                a, b = _trim(run, cls, 0, n, _LEAD_KEY, _TAIL_KEY)
                if b > a:
                    self._keyword(run, cls, a, b, True, offset)
                    return True
        return False

    def _organizations(self, run: Sequence[Token], cls: list[int], taken: list[bool], offset: int) -> None:
        """Organisations: from a run's start to the last valid head (内務省,
        教育委員会, a weak head after a proper noun), across titles only when
        another head follows (労働基準監督署), else cut before the title; never a
        bare head (委員会) nor a back-reference (同省)."""
        n = len(run)
        k = 0
        introduced = self._introduced_as_body(offset)
        while k < n:
            if taken[k]:
                k += 1
                continue
            start = k
            while start < n and not taken[start] and cls[start] in _LEAD_JUNK:
                start += 1
            end = strong_end = -1
            weak_end = False  # the last head found is a weak one
            has_proper = False
            strong_inside = False
            religion = False
            m = start
            while m < n and not taken[m]:
                c = cls[m]
                if c == PERSON:
                    break
                if c in (NUMBER, COUNTER) and end < 0:
                    start, has_proper, strong_inside = m + 1, False, False  # 第89回…: no numbers in names
                if is_title_word(run, m) and end >= 0 and not self._head_ahead(run, cls, m + 1, taken):
                    break
                h = org_head(run, m, cls)
                if religion and m - start >= 2 and run[m].surface in RELIGIOUS_HEADS:
                    h = 2  # 全国仏教会, 神道大成派, 〇〇真理教
                religion = religion or run[m].surface in RELIGION_WORDS
                if h == 2 or (h == 1 and (has_proper or strong_inside or introduced)):
                    end = m + 1
                    strong_inside = True
                    weak_end = h == 1
                    if h == 2 and c != PROPER:
                        strong_end = end  # a head word (高校), not a proper noun read as one
                if c in (PLACE, PROPER):
                    has_proper = True
                m += 1
            if weak_end and strong_end > 0 and end < m and not is_title_word(run, end):
                # 南霧島農業高校食品科の生徒: 食品 begins the school's department (食品科), so the
                # name ends at its last strong head (高校), not at a company's ending inside a word
                end = strong_end
            start = _name_start(run, start, end)
            bare = end - start == 1 and run[start].surface in ORG_HEAD_STRENGTH  # 委員会, 大学 alone
            if end > start and not bare and not deictic(run[start], cls[start]):
                self._add(run, start, end, "organization", offset)
                for x in range(start, end):
                    taken[x] = True
                k = end
            else:
                k = max(m, k + 1)

    def _teams(self, run: Sequence[Token], cls: list[int], taken: list[bool], offset: int) -> None:
        """Clubs named by a katakana word and their town (セレスタ京都, ロッソ熊本,
        ヴェルデ福井): the katakana words, then a place that ends the run's name (not
        ロッソ熊本市, a place; nor ホテル京都 or マラソン大阪, a facility's or event's word);
        or the town first and an English plural ending the run (岡山スカイラークス).
        The same two shapes :func:`~tui.analysis.terms.heads.is_club` tells in a
        name found so (for the quotes, 同社 is never a club); here over tokens, with
        the facility, event and municipality words that rule them out."""
        n = len(run)
        k = 0
        while k < n:
            m = k
            while m < n and is_katakana(run[m].surface) and cls[m] in (NOUN, PROPER, PERSON):
                m += 1
            town = m < n and (cls[m] == PLACE or cls[m] == PERSON and could_be_place(run[m].surface))  # ヴェルデ|福井: a surname too
            if m > k and town and not (len(run[m].surface) > 2 and run[m].surface.endswith(_ADMINISTRATIVE)) and (m + 1 == n or cls[m + 1] not in (PLACE, NOUN, SUFFIX)):
                words = "".join(t.surface for t in run[k:m])
                if not (ends_with(words, FACILITY_HEADS, 2) or is_work_head(words)) and (k == 0 or not is_katakana(run[k - 1].surface)):
                    self._add(run, k, m + 1, "organization", offset)
                    for x in range(k, m + 1):
                        taken[x] = True
            elif m > k and m == n and k > 0 and not taken[k - 1] and (
                    cls[k - 1] == PLACE or cls[k - 1] == PERSON and could_be_place(run[k - 1].surface)):
                # 岡山スカイラークス, 金沢サンダーバーズ: the town, then the team's name, a plural
                # in English (not 関東エリア, 東京オリンピック, 東京ドーム)
                words = "".join(t.surface for t in run[k:m])
                if len(words) >= 4 and words.endswith(("ス", "ズ", "ツ")) and not ends_with(words, FACILITY_HEADS, 2):
                    self._add(run, k - 1, m, "organization", offset)
                    for x in range(k - 1, m):
                        taken[x] = True
            k = max(m, k + 1)

    def _introduced_as_body(self, i: int) -> bool:
        """Whether the run starting at token ``i`` comes after what kind of
        body it is and の or 、 (家電大手の北斗電機, 運送会社の東西急送, 部品メーカー、
        潮見精密工業): then a company ending (電機, 運輸, 工業) makes it a name though
        no proper noun is in it; not a description (全国組織)."""
        toks = self.tokens
        if i < 2 or toks[i - 1].surface not in ("の", "、") or toks[i].surface in MEDIA_DESCRIPTORS:
            return False  # 組合の全国組織: a description, no name
        kind = toks[i - 2].surface
        if i >= 3 and toks[i - 3].end == toks[i - 2].start:
            kind = toks[i - 3].surface + kind  # 出版|元 of 出版元の白鷺書房
        return kind.endswith(("大手",) + ORG_KINDS)

    def _works(self, run: Sequence[Token], cls: list[int], taken: list[bool], offset: int) -> None:
        """Named laws and events inside a run (ジュネーブ条約): a proper noun
        before a work head, as one named keyword."""
        proper_at = -1
        seg = 0
        for k in range(len(run)):
            c = cls[k]
            if taken[k]:
                seg = k + 1
            elif c in (PLACE, PROPER):
                if proper_at < seg:
                    proper_at = k
            elif c in (NOUN, COUNTER, SUFFIX) and proper_at >= seg and is_work_head(run[k].surface):
                a, b = _trim(run, cls, seg, k + 1, _LEAD_KEY, _TAIL_KEY)
                if b > a:
                    self._keyword(run, cls, a, b, True, offset)
                    for x in range(seg, k + 1):
                        taken[x] = True
                seg = k + 1

    def _places(self, run: Sequence[Token], cls: list[int], taken: list[bool], offset: int) -> None:
        """Places: 地名 words with the place heads right after them (テキサス州),
        a facility named after a place (甲子園球場), and proper nouns ending in a
        facility head (横浜駅, 札幌ドーム); not a railway line (横浜線)."""
        n = len(run)
        k = 0
        while k < n:
            c = cls[k]
            if not taken[k] and (c == PLACE or (c == PROPER and ends_with(run[k].surface, FACILITY_HEADS, 2))):
                m = k + 1
                if c == PROPER and k > 0 and not taken[k - 1] and cls[k - 1] == NOUN and len(run[k - 1].surface) == 1:
                    k -= 1  # 金 + 沢駅: Sudachi split a station's name
                while m < n and not taken[m] and (
                    cls[m] == PLACE or (cls[m] in (NOUN, SUFFIX) and run[m].surface in PLACE_HEADS)
                ):
                    m += 1
                if c == PLACE:
                    # 甲子園 + 球場, 神戸 + 港湾 + 駅: a facility named after the place
                    f = m
                    while f < n and f - m < 3 and not taken[f] and cls[f] in (NOUN, PROPER, COUNTER):
                        if ends_with(run[f].surface, FACILITY_HEADS, 1):
                            m = f + 1
                            break
                        f += 1
                if m < n and run[m].surface in LINE_HEADS:
                    k = m  # 横浜線: a railway line, not the place
                    continue
                self._add(run, k, m, "place", offset)
                for x in range(k, m):
                    taken[x] = True
                k = m
            else:
                k += 1

    def _stations(self, run: Sequence[Token], cls: list[int], taken: list[bool], offset: int) -> None:
        """Stations named with common nouns (市役所通り駅): up to three nouns
        before 駅, unless one of them describes instead of naming (主要駅)."""
        for k in range(2, len(run)):
            if run[k].surface == "駅" and not taken[k]:
                a = k
                while a > 0 and k - a < 3 and not taken[a - 1] and cls[a - 1] in (NOUN, COUNTER, PROPER):
                    a -= 1
                if k - a >= 2 and not any(run[x].surface in NOT_STATION_NAMES for x in range(a, k)):
                    self._add(run, a, k + 1, "place", offset)
                    for x in range(a, k + 1):
                        taken[x] = True

    def _quantities(self, run: Sequence[Token], cls: list[int], taken: list[bool], offset: int) -> None:
        """Quantities: numerals and a counter (120か国, 3,400人, 第2回); not a
        date, not a vague numeral (何件), not digits glued to letters (H5N1)."""
        n = len(run)
        k = 0
        while k < n:
            if cls[k] == NUMBER and not taken[k]:
                a = k - 1 if k > 0 and run[k - 1].surface == "第" and not taken[k - 1] else k
                m = k
                while m < n and cls[m] == NUMBER and not taken[m]:
                    m += 1
                glued = (a > 0 and run[a - 1].end == run[a].start and run[a - 1].surface[-1:].isascii()
                         and run[a - 1].surface[-1:].isalpha()) or (m + 1 < n and cls[m + 1] == NUMBER)
                if m < n and not taken[m] and not glued and run[k].surface not in VAGUE_NUMERALS and self._is_counter(run[m], cls[m]):
                    self._add(run, a, m + 1, "quantity", offset)
                    for x in range(a, m + 1):
                        taken[x] = True
                    k = m + 1
                    continue
                k = m
            else:
                k += 1

    def _keywords(self, run: Sequence[Token], cls: list[int], taken: list[bool], offset: int) -> None:
        """Keyword candidates: what the other rules left, in maximal stretches
        without names or numbers, trimmed of affixes and hiragana at the ends."""
        n = len(run)
        k = 0
        while k < n:
            if taken[k] or cls[k] in _KEY_BREAK or (k > 0 and cls[k - 1] == NUMBER and cls[k] == COUNTER):
                k += 1
                continue
            m = k
            while m < n and not taken[m] and cls[m] not in _KEY_BREAK:
                m += 1
            a, b = _trim(run, cls, k, m, _LEAD_KEY, _TAIL_KEY)
            if b > a:
                self._keyword(run, cls, a, b, False, offset)
            k = m

    def _head_ahead(self, run: Sequence[Token], cls: Sequence[int], m: int, taken: list[bool]) -> bool:
        while m < len(run) and not taken[m] and cls[m] != PERSON:
            if org_head(run, m, cls) == 2:
                return True
            m += 1
        return False

    @staticmethod
    def _is_counter(tok: Token, c: int) -> bool:
        if c == COUNTER:
            return tok.normalized not in DATE_COUNTERS and tok.surface not in DATE_COUNTERS
        return c == SUFFIX and tok.surface in ("人", "名", "件", "歳", "倍", "割", "分の")

    def _add(self, run: Sequence[Token], a: int, b: int, category: str, offset: int) -> bool:
        """Record ``run[a:b]`` as a term of ``category``; False if it is too long to be one."""
        start, end = run[a].start, run[b - 1].end
        if end - start > MAX_TERM_CHARS:
            return False
        base = span_base(run, a, b, self.text, start, end)
        if category == "quantity" and run[b - 1].surface == "つ" and base[:-1] in "123456789" and len(base) == 2:
            reading = TSU_READINGS[int(base[0])]  # 4つ: よっつ
        else:
            reading = span_reading(run, a, b, self.text, start, end)
        self.found.append(Found(start, end, category, base, reading))
        return True

    def _keyword(self, run: Sequence[Token], cls: Sequence[int], a: int, b: int, named: bool, offset: int) -> None:
        start, end = run[a].start, run[b - 1].end
        if end - start < 2 or end - start > MAX_TERM_CHARS:
            return
        surface = self.text[start:end]
        if is_hiragana(surface):
            return
        if b - a == 1 and cls[a] not in (NOUN, PROPER):
            return
        if not named and is_title_word(run, b - 1):
            return  # 国防大臣, 報道官: roles, not topics
        if run[a].surface in DEICTIC_PREFIXES:
            return  # 同 + 森林組合: a back-reference, not a topic
        base = run[a].normalized if b - a == 1 else "".join([t.normalized for t in run[a:b]])
        self.keywords.append((start, end, base, offset + a, offset + b, named))
