"""Finding quotes and their speakers, sentence by sentence (issue 4).

Core module (no Textual); the public entry point is
:func:`tui.quotes.find_speakers`. One pass over the article's prose blocks in
document order; each sentence is read once, so the work is linear in the
article's length. This module holds the pass: the speakers as they are
built (:class:`Reader`), quotes announced or answered across sentences
(Sは次のように述べた。「…」), and interview answers. The rules live in
:mod:`tui.quotes.sentences` (spans, sentences), :mod:`tui.quotes.phrases`,
:mod:`tui.quotes.direct` and :mod:`tui.quotes.reported`.
"""

from __future__ import annotations

from typing import Sequence

from ..analysis import Analysis, Mention, Token, find_people, tokenize
from ..text import FULL_STOPS, Article
from .candidates import SUBJECT_PARTICLES, Candidate
from .direct import DirectQuotes
from .directory import Person
from .model import Quote, Speaker
from .reported import RELAYED_NOUNS, ReportedSpeech
from .sentences import Sentence, sentences, within
from .state import Reader, SpeakerDraft
from .speech import (
    EXPRESSIVE_LIGHT_VERBS, HEAD_SURFACES, SPEECH_VERBS, VIEW_NOUNS, expressive_head, is_passive, is_relative,
    predicate_end, speech_head, speech_heads,
)


#: Words that introduce the quote in the next sentence or block: Sはこう述べた.
CATAPHORS = ("こう", "このように", "次のように", "以下のように", "そう")

#: How an interviewer's question line starts (――今季の目標は。).
QUESTION_MARKS = ("―", "─", "—", "Ｑ", "Q：", "Q.", "Q:", "問：")

#: Surfaces a rule may start from (with the speech verbs by dictionary form).
_START_SURFACES = frozenset(SUBJECT_PARTICLES) | HEAD_SURFACES | VIEW_NOUNS | RELAYED_NOUNS


# --- one block ---------------------------------------------------------------------


class _BlockReader(DirectQuotes, ReportedSpeech):
    """Quotes in one prose block: the direct and reported rules sentence by
    sentence, and quotes announced or answered across sentences."""

    def __init__(self, reader: Reader, line: int, block_no: int, text: str, tokens: Sequence[Token], mentions: Sequence[Mention]) -> None:
        super().__init__(text, tokens, mentions)
        self.r = reader
        self.line = line
        self.block_no = block_no
        # the tokens the rules start from, found in one pass over the block:
        # subject particles, speech heads (述べた, 強調し), view nouns (見方)
        # and relayed nouns (発言)
        hits = [i for i, t in enumerate(tokens) if t.surface in _START_SURFACES or t.dictionary in SPEECH_VERBS]
        self.particles = [i for i in hits if tokens[i].surface in SUBJECT_PARTICLES]
        self.heads = speech_heads(tokens, hits)
        self.head_set = set(self.heads)
        self.markers = sorted(self.head_set.union([i for i in hits if tokens[i].surface in VIEW_NOUNS]))
        self.relayed = [i for i in hits if tokens[i].surface in RELAYED_NOUNS]
        self.topic: Person | None = None
        """The person the previous sentence was about (Sは…)."""

    def read(self) -> list[tuple[int, Quote, SpeakerDraft]]:
        found: list[tuple[int, Quote, SpeakerDraft]] = []
        directory = self.r.directory
        mi = 0
        sents = sentences(self.text, self.spans, self.toks)
        for n, sent in enumerate(sents):
            self.prior = directory.last
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
            self.topic = topic.person or directory._match(topic.mention) if topic and (topic.person or topic.mention) else None
        return found

    def _only_quote(self, sent: Sentence) -> tuple[int, int] | None:
        """The 「」 span if the sentence is nothing but one quote."""
        spans = self._spans_in(sent)
        if len(spans) == 1:
            o, c = spans[0]
            rest = (self.text[sent.start : o] + self.text[c + 1 : sent.end]).strip(" \u3000。")
            if not rest:
                return o, c
        return None

    def _lead_quote(self, sent: Sentence, n: int) -> list[tuple[int, Quote, SpeakerDraft]]:
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

    def _note_lead(self, sent: Sentence, cands: list[Candidate], used: set[int], last_in_block: bool) -> None:
        """Remember a speaker who announces a statement (こう述べた, 次のように語った)."""
        toks = self.toks
        for k in within(self.heads, sent):
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

    def _answer_to_pending(self, sent: Sentence, cands: list[Candidate], used: set[int]) -> None:
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
            if is_relative(toks, last) or is_passive(self.toks, last) or self._marker(k, sent) is not None:
                return
            sp = self._speaker([c for c in cands if c.particle < k and c.kind in ("person", "title", "unnamed")], False)
            if sp is None:
                return
            start = k - 2 if expressive_head(toks, k) and toks[k].dictionary in EXPRESSIVE_LIGHT_VERBS else k
            o, c = pending
            sp.quotes.append(Quote(self.line, "direct", self.text[o + 1 : c], self.text[toks[start].start : toks[last].end], o + 1, c))
            self._pending = None
            return

    def _pending_sentence_before(self, sent: Sentence, pending: tuple[int, int]) -> bool:
        return pending[1] < sent.start and not self.text[pending[1] + 1 : sent.start].strip(" \u3000。")


def find_speakers(article: Article, analysis: Analysis) -> tuple[Speaker, ...]:
    """The speakers of ``article`` in order of their first quote, quotes in document order."""
    reader = Reader()
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
        prose = block.kind == "paragraph" or (block.kind == "heading" and block.text.rstrip().endswith(tuple(FULL_STOPS)))
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


def _answer(br: _BlockReader, reader: Reader) -> bool:
    """An interview answer after a question line (――今季の目標は。): a block that
    is a 「」 alone, a name and a 「」 (山田選手「…」), or plain words with no 「」. Its speaker is the person
    named, else the last person who answered, else the only person introduced."""
    text = br.text.rstrip()
    if not br.spans and text.strip():
        # an answer in plain words, without 「」: the whole block is speech
        o, c = len(text) - len(text.lstrip()) - 1, len(text)
        head = ""
    elif len(br.spans) != 1 or br.spans[0][1] != len(text) - 1:
        return False
    else:
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
