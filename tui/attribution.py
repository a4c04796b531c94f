"""Finding quotes and their speakers, sentence by sentence (issue 4).

Core module (no Textual); the public entry point is
:func:`tui.quotes.find_speakers`. One pass over the article's prose blocks in
document order; each sentence is read once, so the work is linear in the
article's length. See ``docs/CONTRACTS.md`` and issue 4 for the rules.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from operator import attrgetter
from typing import TYPE_CHECKING, Sequence

from .people import TITLES, Mention, find_people, title_head
from .quotes import Quote, Speaker, SpeakerKind
from .speakers import Directory, Person
from .speech import (
    CLAUSE_LINKS, EXPRESSIVE_LIGHT_VERBS, KOTO_VERBS, NAMING_VERBS, MEDIA_HEADS, ORG_HEADS, PERSON_NOUNS, REQUEST_VERBS, STATEMENT_LIGHT_VERBS,
    STATEMENT_NOUNS, VIEW_NOUNS, VIEW_VERBS, expressive_head, head_of, is_relative, predicate_end,
    HEAD_SURFACES, SPEECH_VERBS, speech_head, speech_heads,
)
from .tokens import Token, tokenize

if TYPE_CHECKING:
    from .analysis import Analysis
    from .article import Article

#: Quotation marks, opening to closing. 『』 is also a title mark: as with 「」,
#: only a quotative and a predicate after it make a quote.
QUOTE_PAIRS = {"「": "」", "『": "』", "〝": "〟", "“": "”"}
OPENERS = frozenset(QUOTE_PAIRS)
CLOSERS = frozenset(QUOTE_PAIRS.values())
#: Sentence ends (outside 「」).
SENTENCE_ENDS = "。！？!?"
#: Particles after a quote's closing bracket that make it a quotation: 「…」と, との, などと…
QUOTATIVES = ("と", "との", "として", "とも", "といった", "などと", "などとして", "って")
#: Subject particles: Sは, Sが, Sも, and Sから for a statement that came from S.
SUBJECT_PARTICLES = ("は", "が", "も", "から")
#: Words that introduce the quote in the next sentence or block: Sはこう述べた.
CATAPHORS = ("こう", "このように", "次のように", "以下のように", "そう")
#: Tokens that may stand between the quotative と and its verb: と記者団に語った.
GAP_PARTICLES = frozenset({"に", "で", "へ", "に対し", "に対して", "にて", "も", "、", "から"})
#: Sentence openers that link to the previous statement, not part of what was said.
CONNECTIVES = ("その上で", "そのうえで", "その上", "そのうえ", "また", "さらに", "さらには", "一方で", "一方", "しかし", "ただ", "なお")
#: How an interviewer's question line starts (――今季の目標は。).
QUESTION_MARKS = ("―", "─", "—", "Ｑ", "Q：", "Q.", "Q:", "問：")
#: Nouns of a relayed statement: Sの発言として、…とした.
RELAYED_NOUNS = frozenset({"発言", "話", "証言", "談話", "コメント", "説明", "見解"})
#: Phrase endings that name an organisation or a news medium.
ORG_OR_MEDIA_HEADS = ORG_HEADS + MEDIA_HEADS
#: The regular expressions of the marks above.
_OPENER = re.compile("[" + "".join(QUOTE_PAIRS) + "]")
_PAIR_MARKS = {o: re.compile(f"[{o}{c}]") for o, c in QUOTE_PAIRS.items()}
_SENTENCE_END = re.compile(f"[{SENTENCE_ENDS}]")
_START = attrgetter("start")
_END = attrgetter("end")
#: Surfaces a rule may start from (with the speech verbs by dictionary form).
_START_SURFACES = frozenset(SUBJECT_PARTICLES) | HEAD_SURFACES | VIEW_NOUNS | RELAYED_NOUNS
#: Longest gap (in tokens) between と and the speech verb it belongs to.
MAX_GAP = 6


# --- speakers as they are built -------------------------------------------------


@dataclass
class _Speaker:
    name: str
    kind: SpeakerKind
    person: Person | None = None
    aliases: list[str] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)

    def alias(self, form: str) -> None:
        if form and form != self.name and form not in self.aliases:
            self.aliases.append(form)


@dataclass(frozen=True)
class _Candidate:
    """A phrase that could be the speaker: the noun phrase before は/が/も/から."""

    particle: int
    """Token index of the particle."""
    kind: str
    """person, title, unnamed, organization or "" (a topic that is not a speaker)."""
    text: str
    mention: Mention | None = None
    described: str = ""
    """For a title alone: the title with the words that say whose (同会派の幹事長)."""

    @property
    def from_source(self) -> bool:
        return False


@dataclass
class _Sentence:
    start: int
    end: int
    first: int
    """Index of its first token in the block's token list."""
    last: int
    """Index after its last token."""


class _Reader:
    """The state carried through the article: the people, the speakers, the last speaker."""

    def __init__(self) -> None:
        self.directory = Directory()
        self.speakers: dict[object, _Speaker] = {}
        self.previous: _Speaker | None = None
        """Who spoke in the previous sentence (None if nobody did)."""
        self.lead: tuple[_Speaker, str] | None = None
        """A speaker whose statement comes in the next block (Sは次のように述べた。)."""
        self.interviewee: Person | None = None
        """Who answered the last interview question."""

    # -- speakers

    def speaker_for(self, cand: _Candidate, block_no: int, direct: bool) -> _Speaker | None:
        if cand.kind == "person" and cand.mention is not None:
            person = self.directory._match(cand.mention)
            if person is None:
                return None
            sp = self._person_speaker(person)
            if cand.text != person.name and cand.text not in person.forms:
                sp.alias(cand.text)  # 山田一郎副報道官 with a post that is no known title
            return sp
        if cand.kind == "title":
            person = self.directory.resolve_title(cand.text)
            if person is not None:
                sp = self._person_speaker(person)
                sp.alias(cand.text)
                return sp
            if cand.described and cand.described != cand.text:
                return self._unnamed(cand.described, block_no, cand.described)
            return self._unnamed(cand.text.removeprefix("同"), block_no, cand.text)
        if cand.kind == "unnamed":
            return self._unnamed(cand.text, block_no, cand.text)
        if cand.kind == "organization" and direct:
            name = cand.text.removeprefix("同")
            if len(name) < 2:
                name = cand.text  # 同社, 同省: the reference as written
            sp = self.speakers.setdefault(("org", name), _Speaker(name, "organization"))
            sp.alias(cand.text)
            return sp
        return None

    def _person_speaker(self, person: Person) -> _Speaker:
        sp = self.speakers.get(("person", person.id))
        if sp is None:
            sp = self.speakers[("person", person.id)] = _Speaker(person.name, "person", person)
        return sp

    def _unnamed(self, name: str, block_no: int, form: str) -> _Speaker:
        # the same description in another paragraph may be someone else (two 担当者)
        return self.speakers.setdefault(("unnamed", name, block_no), _Speaker(name, "unnamed_person"))

    def result(self) -> tuple[Speaker, ...]:
        done = [s for s in self.speakers.values() if s.quotes]
        done.sort(key=lambda s: (s.quotes[0].line, s.quotes[0].start))
        owners: dict[str, set[int]] = {}
        for p in self.directory.people:
            for form in (*p.forms, *p.titles):
                owners.setdefault(form, set()).add(p.id)
        out = []
        for s in done:
            aliases = list(s.aliases)
            if s.person is not None:
                s.name = s.person.name
                aliases = [*s.person.forms, *s.person.titles, *aliases]
            # a form that also names someone else is not an alias
            aliases = [a for a in dict.fromkeys(aliases) if a != s.name and len(owners.get(a, ())) <= 1]
            out.append(Speaker(s.name, tuple(aliases), tuple(s.quotes), s.kind))
        return tuple(out)


# --- the text of a block -----------------------------------------------------------


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Top-level quotation spans as ``(open, close)`` offsets of the brackets:
    「」, and 『』, 〝〟 or “” when they are the outer marks. Whatever is nested
    stays inside; an unclosed bracket is ignored (and so is all after it)."""
    spans: list[tuple[int, int]] = []
    pos = 0
    while (m := _OPENER.search(text, pos)) is not None:
        opened, opener = m.start(), m.group()
        marks = _PAIR_MARKS[opener]
        depth, pos = 1, opened + 1
        while depth:
            m = marks.search(text, pos)
            if m is None:
                return spans
            depth += 1 if m.group() == opener else -1
            pos = m.end()
        spans.append((opened, pos - 1))
    return spans


def sentences(text: str, spans: list[tuple[int, int]], tokens: Sequence[Token]) -> list[_Sentence]:
    """Sentences cut at 。！？ outside quotes, with their token ranges."""
    cuts: list[int] = []
    k = 0
    for m in _SENTENCE_END.finditer(text):
        i = m.start()
        while k < len(spans) and spans[k][1] < i:
            k += 1
        if not (k < len(spans) and spans[k][0] < i < spans[k][1]):
            cuts.append(i + 1)
    if not cuts or cuts[-1] < len(text):
        cuts.append(len(text))
    out: list[_Sentence] = []
    start, ti = 0, 0
    for end in cuts:
        first = ti
        ti = bisect_left(tokens, end, lo=ti, key=_START)
        if text[start:end].strip():
            out.append(_Sentence(start, end, first, ti))
        start = end
    return out


# --- one block ---------------------------------------------------------------------


class _BlockReader:
    """Quotes in one prose block."""

    def __init__(self, reader: _Reader, line: int, block_no: int, text: str, tokens: Sequence[Token], mentions: Sequence[Mention]) -> None:
        self.r = reader
        self.line = line
        self.block_no = block_no
        self.text = text
        self.toks = tokens
        self.spans = quote_spans(text)
        self.span_starts = [o for o, _ in self.spans]
        self.mentions = mentions
        # which tokens are inside a 「」 (token index -> span index or -1)
        self.inside: list[int] = [-1] * len(tokens)
        for k, (o, c) in enumerate(self.spans):
            lo = bisect_left(tokens, o, key=_START)
            hi = bisect_right(tokens, c, lo=lo, key=_START)
            self.inside[lo:hi] = [k] * (hi - lo)
        # the tokens the rules start from, found in one pass over the block:
        # subject particles, speech heads (述べた, 強調し), view nouns (見方)
        # and relayed nouns (発言)
        hits = [i for i, t in enumerate(tokens) if t.surface in _START_SURFACES or t.dictionary in SPEECH_VERBS]
        self.particles = [i for i in hits if tokens[i].surface in SUBJECT_PARTICLES]
        self.heads = speech_heads(tokens, hits)
        self.head_set = set(self.heads)
        self.markers = sorted(self.head_set.union([i for i in hits if tokens[i].surface in VIEW_NOUNS]))
        self.relayed = [i for i in hits if tokens[i].surface in RELAYED_NOUNS]
        self.mention_name_end = {m.end: m for m in self.mentions}
        # a mention by where its last token ends (Sudachi may glue （…） to a title)
        self.mention_end: dict[int, Mention] = {}
        ti = 0
        for m in self.mentions:
            ti = bisect_left(tokens, m.span_end, lo=ti, key=_END)
            if ti < len(tokens):
                self.mention_end[tokens[ti].end] = m
        self.topic: Person | None = None
        """The person the previous sentence was about (Sは…)."""

    # -- speaker phrases

    def candidates(self, sent: _Sentence) -> list[_Candidate]:
        """Speaker phrases of a sentence, outside quotes, in order."""
        toks, out = self.toks, []
        for i in _within(self.particles, sent):
            t = toks[i]
            if self.inside[i] >= 0 or not t.pos[0].startswith("助詞"):
                continue
            if i == sent.first or toks[i - 1].end != t.start:
                continue
            out.append(self._classify(i, sent))
        return out

    def _classify(self, i: int, sent: _Sentence) -> _Candidate:
        toks = self.toks
        particle = end = i
        if toks[i - 1].surface in ("）", ")"):
            # 山田氏（45）は: the phrase ends before the parenthesis
            j = i - 1
            while j > sent.first and toks[j].surface not in ("（", "("):
                j -= 1
            if j > sent.first:
                end = j
        m = self.mention_end.get(toks[end - 1].end)
        if m is not None:
            return _Candidate(particle, "person", self.text[m.span_start : m.span_end], m)
        m = self._name_then_phrase(end, sent)
        if m is not None:
            return _Candidate(particle, "person", self.text[m.span_start : toks[end - 1].end], m)
        i = end
        prev = toks[i - 1]
        if prev.pos[0] not in ("名詞", "接尾辞") or self.inside[i - 1] >= 0:
            return _Candidate(particle, "", "")
        k = i - 1
        while k - 1 >= sent.first and toks[k - 1].end == toks[k].start and self.inside[k - 1] < 0 and (
            toks[k - 1].pos[0] in ("名詞", "接尾辞", "接頭辞") and toks[k - 1].pos[1] != "数詞"
        ):
            k -= 1
        np = self.text[toks[k].start : prev.end]
        core = np.removeprefix("同")
        last = prev.surface
        if core.endswith(MEDIA_HEADS):
            return _Candidate(particle, "", np)
        if title_head(core) and (last in TITLES or title_head(last) or core in TITLES) and not core.endswith(PERSON_NOUNS):
            known = self._known_surname(k, i)
            if known is not None:
                return _Candidate(particle, "person", np, known)
            return _Candidate(particle, "title", np, described=self._whose(k, sent, np))
        if core.endswith(PERSON_NOUNS):
            whose = self._whose(k, sent, np)
            if whose != np:
                np = whose
            else:
                # 近くに住む住民: a bare 住民 is described by the clause before it
                j = self._relative_clause(k, sent)
                if j < k:
                    np = self.text[toks[j].start : prev.end]
            return _Candidate(particle, "unnamed", np)
        if title_head(core) and core[-1:] not in "長官相":
            return _Candidate(particle, "title", np)
        if np.startswith("同") and len(np) > 1 or core.endswith(ORG_HEADS):
            places = all(t.pos[1] == "固有名詞" and len(t.pos) > 2 and t.pos[2] == "地名" for t in toks[k:i])
            return _Candidate(particle, "" if places else "organization", np)
        return _Candidate(particle, "", np)

    def _whose(self, k: int, sent: _Sentence, np: str) -> str:
        """``np`` (starting at token ``k``) with the の-phrase that says whose:
        市役所の職員, 70代の女性, 同会派の幹事長."""
        toks = self.toks
        if k - 2 >= sent.first and toks[k - 1].surface == "の" and toks[k - 2].pos[0] in ("名詞", "接尾辞", "連体詞") and self.inside[k - 2] < 0:
            j = k - 2
            while j - 1 >= sent.first and toks[j - 1].pos[0] in ("名詞", "接尾辞", "接頭辞") and toks[j - 1].end == toks[j].start:
                j -= 1
            if toks[j].pos[0] != "連体詞" or toks[j].surface == "別":
                return self.text[toks[j].start : toks[k].start] + np
        return np

    def _name_then_phrase(self, end: int, sent: _Sentence) -> Mention | None:
        """山田一郎副報道官 where the words after the name are not a known title
        (a post, a misprint): the person, when the name ends a few nouns before
        the particle and those nouns do not name an organisation of theirs."""
        toks = self.toks
        k = end - 1
        while k > sent.first and end - k <= 4 and toks[k].pos[0] in ("名詞", "接尾辞", "接頭辞") and toks[k - 1].end == toks[k].start:
            m = self.mention_name_end.get(toks[k - 1].end)
            if m is not None and not m.after:
                phrase = self.text[toks[k].start : toks[end - 1].end]
                if toks[k].pos[0] == "接頭辞" or not phrase.endswith(ORG_OR_MEDIA_HEADS):
                    return m
                return None
            k -= 1
        return None

    def _relative_clause(self, k: int, sent: _Sentence) -> int:
        """The first token of a relative clause ending right before token ``k``
        (麓に住む, 会場を訪れた): a verb with at most one argument before it, else ``k``."""
        toks = self.toks
        j = k - 1
        while j >= sent.first and toks[j].pos[0] == "助動詞":
            j -= 1
        if j < sent.first or toks[j].pos[0] != "動詞" or self.inside[j] >= 0 or not is_relative(toks, k - 1):
            return k
        start = j
        if j - 1 > sent.first and toks[j - 1].surface in ("に", "で", "を", "から") and toks[j - 1].pos[0] == "助詞":
            a = j - 2
            if toks[a].pos[0] in ("名詞", "接尾辞") and self.inside[a] < 0:
                while a - 1 >= sent.first and toks[a - 1].pos[0] in ("名詞", "接尾辞", "接頭辞") and toks[a - 1].end == toks[a].start:
                    a -= 1
                start = a
        return start

    def _known_surname(self, k: int, i: int) -> Mention | None:
        """松本知事 where Sudachi read 松本 as a place: a person already introduced
        with that surname, followed by a title, is that person."""
        first = self.toks[k]
        if k + 1 >= i or not self.r.directory.knows(first.surface):
            return None
        title = self.text[first.end : self.toks[i - 1].end]
        m = Mention(first.start, first.end, first.surface, title, first.end, self.toks[i - 1].end, after=title, after_end=self.toks[i - 1].end, parts=(first.surface,))
        self.r.directory.add(m, self.text)
        return m

    def _speaker(self, cands: list[_Candidate], direct: bool) -> _Speaker | None:
        for c in cands:
            sp = self.r.speaker_for(c, self.block_no, direct)
            if sp is not None:
                return sp
        return None

    def _continuing(self) -> _Speaker | None:
        """The speaker of a sentence without a subject: whoever spoke in the
        previous sentence, else the person the previous sentence was about."""
        if self.r.previous is not None:
            return self.r.previous
        if self.topic is not None:
            return self.r._person_speaker(self.topic)
        return None

    # -- predicates

    def _passive(self, last: int) -> bool:
        return any(t.dictionary in ("れる", "られる") for t in self.toks[last - 2 : last + 1] if t.pos[0] == "助動詞")

    def _statement(self, k: int, stop: int) -> int:
        """End index of 意見が出た / 声明を出した / 要望を受け starting at ``k``, or -1."""
        toks = self.toks
        if toks[k].surface not in STATEMENT_NOUNS or k + 2 >= stop:
            return -1
        if toks[k + 1].surface in ("を", "が", "は", "も") and head_of(toks, k + 2, STATEMENT_LIGHT_VERBS):
            return predicate_end(toks, k + 2)
        return -1

    def _view(self, k: int, stop: int) -> int:
        """End index of 見方を示した / 考えを明らかにした starting at ``k``, or -1."""
        toks = self.toks
        if toks[k].surface not in VIEW_NOUNS or k + 2 >= stop or toks[k + 1].surface != "を":
            return -1
        j = k + 2
        while j < stop and toks[j].pos[0] == "名詞" and toks[j].pos[1] in ("数詞", "普通名詞") and toks[j].surface not in VIEW_VERBS:
            j += 1  # 見方を22日示している
        if j < stop and (head_of(toks, j, VIEW_VERBS) and (toks[j].pos[0] == "動詞" or speech_head(toks, j))):
            return predicate_end(toks, j)
        return -1

    # -- direct quotes

    def direct(self, sent: _Sentence, cands: list[_Candidate], used: set[int]) -> list[tuple[int, Quote, _Speaker]]:
        toks, text, out = self.toks, self.text, []
        spans = self._spans_in(sent)
        prev_end = sent.first  # token index after the previous quote's predicate
        i = 0
        while i < len(spans):
            o, c = spans[i]
            last_o, last_c = o, c
            while i + 1 < len(spans) and spans[i + 1][0] == last_c + 1:  # 「…」「…」と力説
                i += 1
                last_o, last_c = spans[i]
            i += 1
            j = self._token_at(last_c + 1, sent)
            if j < 0:
                continue
            marker = j
            if toks[j].surface == "など" and j + 1 < sent.last:
                j += 1
            later = spans[i:] if i < len(spans) else []
            before = [c for c in cands if prev_end <= c.particle < self._token_at(o, sent)]
            if toks[j].surface in QUOTATIVES:
                pred = self._find_predicate(j, sent, later)
            else:
                # 担当者は「…」新しい日程を示すよう求めた: a quote after its speaker, no と
                pred = self._find_predicate(j - 1, sent, later) if self._bare_quote(o, last_c, j, before) else None
                if pred is not None and not pred[2]:
                    pred = None
            if pred is None:
                continue
            first, last, strict = pred
            if first in used:
                continue
            named = [c for c in cands if c.particle < first and c.kind and self.inside[c.particle] < 0]
            if not strict and not (named and self._speechlike(o, last_c)):
                continue  # 「…」と拍手が送られた counts only for a stated speaker and a sentence-like quote
            head = self._relative_head(last, sent)
            if is_relative(toks, last) and head is None and not strict:
                continue
            used.add(first)
            verb_start = toks[first - 1].start if toks[first].dictionary == "する" and toks[first - 1].surface == "と" else toks[first].start
            between = [c for c in cands if marker < c.particle < first and c.kind and c.kind != "organization" or (marker < c.particle < first and c.kind == "organization")]
            if head is not None:
                speaker = self.r.speaker_for(head, self.block_no, True)  # 「…」と話す男性
            else:
                speaker = self._direct_speaker(between, before, cands, o, first, last)
            prev_end = last + 1
            if speaker is None:
                continue
            q = Quote(self.line, "direct", text[o + 1 : last_c], text[verb_start : toks[last].end], o + 1, last_c)
            out.append((o, q, speaker))
        return out

    def _bare_quote(self, open_at: int, close_at: int, after: int, before: list[_Candidate]) -> bool:
        """Whether a 「」 without a quotative is still a quote: right after its
        speaker (Sは「…」 or Sは、「…」), sentence-like, and not a term used as a
        noun (「…」を, 「…」の, 「…」です)."""
        toks = self.toks
        k = self._token_at(open_at, None) - 1
        if k >= 0 and toks[k].surface == "、":
            k -= 1
        if not any(c.particle == k and c.kind in ("person", "title", "unnamed", "organization") for c in before):
            return False
        nxt = toks[after]
        return nxt.pos[0] not in ("助詞", "助動詞", "補助記号", "接尾辞") and self._speechlike(open_at, close_at)

    def _speechlike(self, open_at: int, close_at: int) -> bool:
        """Whether the 「」 content reads as something said (a sentence, a
        question, a predicate at its end) rather than a name or a slogan noun."""
        inner = self.text[open_at + 1 : close_at]
        if any(ch in inner for ch in "。！？!?"):
            return True
        k = self._token_at(close_at, None) - 1
        if k < 0 or self.toks[k].start <= open_at:
            return False
        t = self.toks[k]
        return t.pos[0] in ("動詞", "助動詞", "形容詞") or t.pos[1] == "終助詞"

    def _relative_head(self, last: int, sent: _Sentence) -> _Candidate | None:
        """The speaker named after a predicate that modifies it: 「…」と話す男性,
        「…」と語る山田さん; None when the head is no speaker."""
        toks = self.toks
        k = last + 1
        if not is_relative(toks, last):
            return None
        end = k
        while end < sent.last and toks[end].pos[0] in ("名詞", "接尾辞", "接頭辞") and toks[end].start == toks[end - 1].end or end == k:
            end += 1
        if end >= sent.last:
            return None
        m = self.mention_end.get(toks[end - 1].end)
        if m is not None and m.start == toks[k].start:
            return _Candidate(end, "person", self.text[m.span_start : m.span_end], m)
        np = self.text[toks[k].start : toks[end - 1].end]
        if np.endswith(PERSON_NOUNS):
            return _Candidate(end, "unnamed", np)
        if title_head(np) and np in TITLES:
            return _Candidate(end, "title", np)
        return None

    def _direct_speaker(self, between, before, cands, open_at, first, last) -> _Speaker | None:
        between_subj = [c for c in between if self.toks[c.particle].surface != "から"]
        sp = self._speaker(between_subj, True)
        if sp:
            return sp
        statement = self.toks[first].surface in STATEMENT_NOUNS and not speech_head(self.toks, first)
        topics = [c for c in cands if c.particle < self._token_at(open_at, None) and self.toks[c.particle].surface != "から" and c.kind]
        from_ok = self._passive(last) or statement or not any(c.kind in ("person", "title", "unnamed") for c in topics)
        near = [c for c in reversed(before) if from_ok or self.toks[c.particle].surface != "から"]
        if self._passive(last):
            near = [c for c in near if self.toks[c.particle].surface == "から"] or near
        sp = self._speaker(near, True)
        if sp:
            return sp
        sp = self._speaker(topics, True)
        if sp:
            return sp
        if not any(c.kind or c.text for c in cands if c.particle < self._token_at(open_at, None)):
            return self._continuing()
        return None

    def _spans_in(self, sent: _Sentence) -> list[tuple[int, int]]:
        """The 「」 spans opening in ``sent`` (by bisection: a paragraph can hold thousands)."""
        lo = bisect_left(self.span_starts, sent.start)
        hi = bisect_left(self.span_starts, sent.end, lo)
        return self.spans[lo:hi]

    def _token_at(self, offset: int, sent: _Sentence | None) -> int:
        """Index of the first token starting at or after ``offset`` (in ``sent``), else -1."""
        lo, hi = (sent.first, sent.last) if sent else (0, len(self.toks))
        while lo < hi:
            mid = (lo + hi) // 2
            if self.toks[mid].start < offset:
                lo = mid + 1
            else:
                hi = mid
        if sent is not None and lo >= sent.last:
            return -1
        return lo

    def _find_predicate(self, j: int, sent: _Sentence, later: list[tuple[int, int]]) -> tuple[int, int, bool] | None:
        """The speech predicate after the quotative at token ``j``, before the next
        quote: ``(first, last, strict)``. Not strict: no speech verb, only the first
        predicate after と (「…」と拍手が送られた), which the caller may accept."""
        toks = self.toks
        stop = sent.last
        for o, c in later:
            # a later 「」 that is itself quoted ends the search; a term in 「」 does not
            after = self._token_at(c + 1, sent)
            if after >= 0 and toks[after].surface in QUOTATIVES + ("など",):
                stop = min(stop, self._token_at(o, sent))
                break
        k = j + 1
        if toks[j].surface == "と" and k < stop and toks[k].pos[0] == "動詞" and toks[k].dictionary == "する":
            te = k + 1 < stop and toks[k + 1].surface == "て"
            if not te or (k + 2 < stop and toks[k + 2].dictionary in ("いる", "おる")):
                return k, predicate_end(toks, k), True  # 「…」とした, としている, とし、
            k += 2  # 「…」として…を求めた: keep looking
        if toks[j].surface == "と" and k < stop and toks[k].surface in OPENERS:
            return None  # 「…」と「…」を: a list of names
        first_verb = -1
        while k < stop:
            if self.inside[k] >= 0:
                k += 1
                continue
            if k in self.head_set:
                return k, predicate_end(toks, k), True
            end = self._statement(k, stop)
            if end < 0:
                end = self._view(k, stop)
            if end >= 0:
                return k, end, True
            if first_verb < 0 and (toks[k].pos[0] == "動詞" or expressive_head(toks, k)):
                if toks[k].dictionary in NAMING_VERBS or (toks[k].dictionary == "する" and k > 0 and toks[k - 1].surface in NAMING_VERBS):
                    return None  # 「…」と呼ばれる, 「…」と書かれた: a name or a text
                if expressive_head(toks, k):
                    start = k - 2 if toks[k].dictionary in EXPRESSIVE_LIGHT_VERBS else k
                    return start, predicate_end(toks, k), True  # 「…」と胸を張った
                first_verb = k
            if toks[k].surface in ("。",):
                break
            k += 1
        if first_verb >= 0:
            return first_verb, predicate_end(toks, first_verb), False
        return None

    # -- reported speech

    def reported(self, sent: _Sentence, cands: list[_Candidate], used: set[int], direct_ends: list[int]) -> list[tuple[int, Quote, _Speaker]]:
        toks, text, out = self.toks, self.text, []
        k = sent.first
        for head in _within(self.markers, sent):
            if head < k or self.inside[head] >= 0 or head in used:
                continue
            marker = self._marker(head, sent)
            if marker is None:
                continue
            m_at, content_end, verb_first = marker
            view_end = self._view(head, sent.last) if toks[head].surface in VIEW_NOUNS else -1
            last = view_end if view_end >= 0 else predicate_end(toks, head)
            if is_relative(toks, last) or self._passive(last):
                k = last + 1
                continue
            used.add(head)
            floor = max([sent.first, *[d for d in direct_ends if d <= m_at]])
            region = [c for c in cands if floor <= c.particle < m_at]
            between = [c for c in cands if m_at < c.particle < head]
            speaker, content_start = None, None
            sp = self._speaker([c for c in between if c.kind in ("person", "title", "unnamed")], False)
            if sp is not None:
                speaker, content_start = sp, self._after_source(sent)
            else:
                for c in region:
                    if not c.kind:
                        continue
                    if c.kind == "organization":
                        break
                    if c.kind == "unnamed" and not (c.particle + 1 < sent.last and toks[c.particle + 1].surface == "、"):
                        continue  # 患者は…と述べた: the report's own topic
                    sp = self.r.speaker_for(c, self.block_no, False)
                    if sp is not None:
                        speaker = sp
                        j = c.particle + 1
                        if j < sent.last and toks[j].surface == "、":
                            j += 1
                        content_start = toks[j].start if j < sent.last else toks[c.particle].end
                        content_start = self._skip_connective(content_start, sent)
                        break
                if speaker is None and not any(c.text or c.kind for c in region):
                    speaker = self._continuing()
                    content_start = self._after_source(sent)
            if speaker is not None and content_start is not None and content_start < content_end:
                q = Quote(self.line, "indirect", text[content_start:content_end], text[toks[verb_first].start : toks[last].end], content_start, content_end)
                out.append((content_start, q, speaker))
            k = last + 1
        return out

    def _relayed(self, sent: _Sentence, used: set[int]) -> list[tuple[int, Quote, _Speaker]]:
        """Sの発言として、…とした / …と伝えた: a statement relayed by whoever reports
        it (often a news agency, never the speaker); the speaker is the person or
        unnamed official before の. Not 〜の話として伝えたところによると (a source)."""
        toks = self.toks
        for k in _within(self.relayed, sent):
            if not sent.first + 1 <= k < sent.last - 3 or self.inside[k] >= 0 or toks[k - 1].surface != "の":
                continue
            if not (toks[k + 1].surface == "と" and toks[k + 2].dictionary == "する" and toks[k + 3].surface == "て"):
                continue
            if "ところによ" in self.text[toks[k].end : sent.end]:
                return []
            speaker = self._owner_before(k - 1, sent)
            tail = self._closing_to(k + 4, sent)
            if speaker is None or tail is None:
                return []
            start = toks[k + 4].start
            while start < sent.end and self.text[start] in "、，, \u3000":
                start += 1
            end = toks[tail].start
            if start >= end:
                return []
            used.add(tail + 1)
            verb = self.text[toks[k].start : toks[k + 3].end]
            return [(start, Quote(self.line, "indirect", self.text[start:end], verb, start, end), speaker)]
        return []

    def _owner_before(self, no: int, sent: _Sentence) -> _Speaker | None:
        """The person or unnamed speaker in the の-chain ending at token ``no``
        (保健当局者の同日の発言: 保健当局者), nearest first, at most three links."""
        toks = self.toks
        for _ in range(3):
            cand = self._classify(no, sent)
            if cand.kind in ("person", "title", "unnamed"):
                return self.r.speaker_for(cand, self.block_no, False)
            j = no - 1
            while j - 1 > sent.first and toks[j - 1].pos[0] in ("名詞", "接尾辞", "接頭辞") and toks[j - 1].end == toks[j].start:
                j -= 1
            if j - 1 <= sent.first or toks[j - 1].surface != "の":
                return None
            no = j - 1
        return None

    def _closing_to(self, k: int, sent: _Sentence) -> int | None:
        """The last quotative と from token ``k`` on that a verb follows (…とした, と伝えた)."""
        toks = self.toks
        for j in range(sent.last - 2, k, -1):
            if toks[j].surface == "と" and toks[j].pos[0] == "助詞" and self.inside[j] < 0 and toks[j + 1].pos[0] == "動詞":
                return j
        return None

    def _after_source(self, sent: _Sentence) -> int:
        """Where the reported content starts when the speaker follows it: after a
        leading 〜によると、 or そのうえで、."""
        toks = self.toks
        start = sent.start
        for i in range(sent.first, min(sent.last, sent.first + 12)):
            if toks[i].surface in ("によると", "によれば") or toks[i].dictionary in ("よる",):
                j = i + 1
                while j < sent.last and toks[j].pos[0] in ("助詞", "補助記号"):
                    j += 1
                start = toks[j].start if j < sent.last else start
        return self._skip_connective(start, sent)

    def _skip_connective(self, start: int, sent: _Sentence) -> int:
        """Past a leading また、 or その上で、: they link statements, nobody said them."""
        for link in CONNECTIVES:
            if self.text.startswith(link, start):
                start += len(link)
                break
        while start < sent.end and self.text[start] in "、，, \u3000":
            start += 1
        return start

    def _marker(self, k: int, sent: _Sentence) -> tuple[int, int, int] | None:
        """For a speech predicate at token ``k``: (marker token, end of content, first verb token).

        Sは…と述べた; …と、Sが発表した; …とする見方を示した; …ことを明らかにした; …ように求めた.
        """
        toks = self.toks
        view_end = -1
        if toks[k].surface in VIEW_NOUNS:
            view_end = self._view(k, sent.last)
        if view_end < 0 and k not in self.head_set:
            return None
        if view_end >= 0:
            # …とする見方を示した / …との考えを明らかにした
            j = k - 1
            if j > sent.first and toks[j].surface in ("する", "いう", "の") and toks[j - 1].surface == "と":
                return self._with_content(j - 1, k)
            if j >= sent.first and toks[j].surface in ("との", "という", "とする"):
                return self._with_content(j, k)
            return None
        if toks[k].pos[0] == "名詞" and toks[k].surface in VIEW_NOUNS:
            return None
        j = k - 1
        # allow a short gap: と記者団に語った, と、Sが発表した, と改めて強調した
        gap = 0
        while j > sent.first and gap < MAX_GAP and toks[j].surface != "と" and self.inside[j] < 0:
            t = toks[j]
            if not (t.surface in GAP_PARTICLES or t.pos[0] in ("名詞", "副詞", "接尾辞", "接頭辞") or t.surface in ("が", "は")):
                break
            if t.surface in ("が", "は") and not any(c.particle == j and c.kind for c in self._cands_cache):
                break
            j -= 1
            gap += 1
        t = toks[j]
        # Sudachi tags a quotative と after a verb as 格助詞 or 接続助詞 (足りると説明した)
        if t.surface == "と" and t.pos[0] == "助詞" and j > sent.first:
            before = toks[j - 1]
            if before.surface in CLOSERS or before.pos[0] in ("名詞", "代名詞") and before.surface != "こと":
                return None  # 「…」と is direct; 大統領と話した is a conversation
            return self._with_content(j, k)
        if t.surface == "を" and j > sent.first and toks[j - 1].surface == "こと" and head_of(toks, k, KOTO_VERBS):
            return self._with_content(j - 1, k)
        if t.surface in ("ように", "よう") and head_of(toks, k, REQUEST_VERBS):
            return self._with_content(j if t.surface == "ように" else j, k)
        if t.surface == "に" and j > sent.first and toks[j - 1].surface == "よう" and head_of(toks, k, REQUEST_VERBS):
            return self._with_content(j - 1, k)
        return None

    def _with_content(self, marker: int, head: int) -> tuple[int, int, int]:
        return marker, self.toks[marker].start, head

    # -- the block

    def read(self) -> list[tuple[int, Quote, _Speaker]]:
        found: list[tuple[int, Quote, _Speaker]] = []
        directory = self.r.directory
        mi = 0
        sents = sentences(self.text, self.spans, self.toks)
        for n, sent in enumerate(sents):
            while mi < len(self.mentions) and self.mentions[mi].start < sent.end:
                directory.add(self.mentions[mi], self.text)
                mi += 1
            cands = self.candidates(sent)
            self._cands_cache = cands
            used: set[int] = set()
            quotes = self.direct(sent, cands, used)
            quotes += self._lead_quote(sent, n)
            ends = [self._token_at(q.end, sent) for _, q, _ in quotes]
            quotes += self.reported(sent, cands, used, [e for e in ends if e >= 0])
            quotes += self._relayed(sent, used)
            self._note_lead(sent, cands, used, n == len(sents) - 1)
            quotes.sort(key=lambda x: x[0])
            for _, q, sp in quotes:
                sp.quotes.append(q)
            self.r.previous = quotes[-1][2] if quotes else None
            found += quotes
            topic = next((c for c in cands if c.kind == "person" and self.toks[c.particle].surface in ("は", "も", "が")), None)
            self.topic = directory._match(topic.mention) if topic and topic.mention else None
        return found

    def _only_quote(self, sent: _Sentence) -> tuple[int, int] | None:
        """The 「」 span if the sentence is nothing but one quote."""
        spans = self._spans_in(sent)
        if len(spans) == 1:
            o, c = spans[0]
            rest = (self.text[sent.start : o] + self.text[c + 1 : sent.end]).strip(" \u3000。")
            if not rest:
                return o, c
        return None

    def _lead_quote(self, sent: _Sentence, n: int) -> list[tuple[int, Quote, _Speaker]]:
        """A sentence that is only a quote, attributed by the sentence before it
        (Sは次のように述べた。) or after it (「…」。Sはこう述べた)."""
        span = self._only_quote(sent)
        if span is None:
            self.r.lead = None  # an announced statement must come next
            return []
        o, c = span
        if self.r.lead is not None:
            sp, verb = self.r.lead
            self.r.lead = None
            return [(o, Quote(self.line, "direct", self.text[o + 1 : c], verb, o + 1, c), sp)]
        self._pending = (o, c)
        return []

    def _note_lead(self, sent: _Sentence, cands: list[_Candidate], used: set[int], last_in_block: bool) -> None:
        """Remember a speaker who announces a statement (こう述べた, 次のように語った)."""
        toks = self.toks
        for k in _within(self.heads, sent):
            if k in used or self.inside[k] >= 0:
                continue
            if not self.text[max(sent.start, toks[k].start - 6) : toks[k].start].endswith(CATAPHORS):
                continue
            sp = self._speaker([c for c in cands if c.kind in ("person", "title", "unnamed")], False)
            if sp is None:
                return
            last = predicate_end(toks, k)
            verb = self.text[toks[k].start : toks[last].end]
            pending = getattr(self, "_pending", None)
            if pending is not None and self._pending_sentence_before(sent, pending):
                o, c = pending
                q = Quote(self.line, "direct", self.text[o + 1 : c], verb, o + 1, c)
                sp.quotes.append(q)
                self._pending = None
            else:
                self.r.lead = (sp, verb)
            return
        self._answer_to_pending(sent, cands, used)

    def _answer_to_pending(self, sent: _Sentence, cands: list[_Candidate], used: set[int]) -> None:
        """「…」。山田監督は試合後、気を引き締めた: a quote standing alone as a sentence
        belongs to the speaker of the next sentence when that sentence reports
        speech (or a reaction) with no content of its own."""
        pending = getattr(self, "_pending", None)
        if pending is None or not self._pending_sentence_before(sent, pending) or self._spans_in(sent):
            return
        toks = self.toks
        for k in range(sent.first, sent.last):
            if k in used or not (speech_head(toks, k) or expressive_head(toks, k)):
                continue
            last = predicate_end(toks, k)
            if is_relative(toks, last) or self._passive(last) or self._marker(k, sent) is not None:
                return
            sp = self._speaker([c for c in cands if c.particle < k and c.kind in ("person", "title", "unnamed")], False)
            if sp is None:
                return
            start = k - 2 if expressive_head(toks, k) and toks[k].dictionary in EXPRESSIVE_LIGHT_VERBS else k
            o, c = pending
            sp.quotes.append(Quote(self.line, "direct", self.text[o + 1 : c], self.text[toks[start].start : toks[last].end], o + 1, c))
            self._pending = None
            return

    def _pending_sentence_before(self, sent: _Sentence, pending: tuple[int, int]) -> bool:
        return pending[1] < sent.start and not self.text[pending[1] + 1 : sent.start].strip(" \u3000。")


def _within(indices: list[int], sent: _Sentence) -> list[int]:
    """The token indices of a sorted list that fall in ``sent``."""
    return indices[bisect_left(indices, sent.first) : bisect_left(indices, sent.last)]


def attribute(article: Article, analysis: Analysis) -> tuple[Speaker, ...]:
    """Every quote in ``article`` with its speaker (see :func:`tui.quotes.find_speakers`)."""
    reader = _Reader()
    asked = False  # the previous block was an interviewer's question
    for block_no, block in enumerate(article.text_blocks()):
        tokens = analysis.tokens.get(block.line)
        if tokens is None:
            tokens = tuple(tokenize(block.text))
        mentions = analysis.people.get(block.line)  # found by the analysis on the same tokens
        if mentions is None:
            mentions = find_people(block.text, tokens)
        br = _BlockReader(reader, block.line, block_no, block.text, tokens, mentions)
        # captions and headlines name people but hold no quotes; a one-sentence
        # paragraph may have been taken for a subheading: its 。 gives it away
        prose = block.kind == "paragraph" or (block.kind == "heading" and block.text.rstrip().endswith(("。", "．")))
        if asked and block.kind in ("paragraph", "heading") and _answer(br, reader):
            asked = False
            continue
        asked = block.text.lstrip().startswith(QUESTION_MARKS)
        if not prose:
            for m in br.mentions:
                reader.directory.add(m, block.text)
            reader.lead = reader.previous = None
            continue
        br.read()
    return reader.result()


def _answer(br: _BlockReader, reader: _Reader) -> bool:
    """An interview answer after a question line (――今季の目標は。): a block that
    is a 「」 alone, or a name and a 「」 (山田選手「…」). Its speaker is the person
    named, else the last person who answered, else the only person introduced."""
    text = br.text.rstrip()
    if len(br.spans) != 1 or br.spans[0][1] != len(text) - 1:
        return False
    o, c = br.spans[0]
    head = text[:o].strip()
    if head:
        m = br.mentions[0] if br.mentions else None
        if m is None or m.span_start != text.index(head) or m.span_end != o:
            return False
        reader.directory.add(m, br.text)
        person = reader.directory._match(m)
    else:
        person = reader.interviewee or (reader.directory.people[0] if len(reader.directory.people) == 1 else None)
    if person is None:
        return False
    reader.interviewee = person
    sp = reader._person_speaker(person)
    sp.quotes.append(Quote(br.line, "direct", text[o + 1 : c], "", o + 1, c))
    reader.previous = sp
    return True
