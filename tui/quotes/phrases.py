"""Who speaks: the noun phrase before は/が/も/から and the kind of speaker it names.

Core module (no Textual). A :class:`Candidate` is a person (山田氏は), a
title used alone (同社長は), an unnamed speaker (市の担当者は), an
organisation (同社は) or a topic that is no speaker; :class:`SpeakerPhrases`
finds them in a sentence and turns them into speakers through the reader.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..analysis import HONORIFICS, TITLES, Mention, title_head
from .candidates import Candidate
from .directory import Person
from .sentences import BlockText, Sentence, within
from .speech import MEDIA_HEADS, ORG_HEADS, PERSON_NOUNS, is_relative

if TYPE_CHECKING:
    from .state import Reader, SpeakerDraft


#: Phrase endings that name an organisation or a news medium.
ORG_OR_MEDIA_HEADS = ORG_HEADS + MEDIA_HEADS


class SpeakerPhrases(BlockText):
    """The speaker phrases of a block's sentences and whom they name (the
    article-wide :class:`~tui.quotes.state.Reader` resolves them to speakers)."""

    # set by the block reader (tui.quotes.reader), which combines the rules
    r: Reader
    block_no: int
    topic: Person | None
    """The person the previous sentence was about (Sは…)."""
    prior: Person | None = None
    """The person mentioned last before the sentence (同氏 refers to them)."""
    particles: list[int]
    """Indices of the block's subject particles (は, が, も, から)."""

    def candidates(self, sent: Sentence) -> list[Candidate]:
        """Speaker phrases of a sentence, outside quotes, in order."""
        toks, out = self.toks, []
        for i in within(self.particles, sent):
            t = toks[i]
            if self.inside[i] >= 0 or not t.pos[0].startswith("助詞"):
                continue
            if i == sent.first or toks[i - 1].end != t.start:
                continue
            out.append(self._classify(i, sent))
        return out

    def _classify(self, i: int, sent: Sentence) -> Candidate:
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
            return Candidate(particle, "person", self.text[m.span_start : m.span_end], m)
        m = self._name_then_phrase(end, sent)
        if m is not None:
            return Candidate(particle, "person", self.text[m.span_start : toks[end - 1].end], m)
        i = end
        prev = toks[i - 1]
        if prev.pos[0] not in ("名詞", "接尾辞") or self.inside[i - 1] >= 0:
            return Candidate(particle, "", "")
        k = i - 1
        while k - 1 >= sent.first and toks[k - 1].end == toks[k].start and self.inside[k - 1] < 0 and (
            toks[k - 1].pos[0] in ("名詞", "接尾辞", "接頭辞") and toks[k - 1].pos[1] != "数詞"
        ):
            k -= 1
        np = self.text[toks[k].start : prev.end]
        core = np.removeprefix("同")
        last = prev.surface
        if core.endswith(MEDIA_HEADS):
            return Candidate(particle, "", np)
        if np.startswith("同") and core in HONORIFICS:
            # 同氏: the person mentioned last, never an office
            return Candidate(particle, "person" if self.prior else "", np, person=self.prior)
        if title_head(core) and (last in TITLES or title_head(last) or core in TITLES) and not core.endswith(PERSON_NOUNS):
            known = self._known_surname(k, i)
            if known is not None:
                return Candidate(particle, "person", np, known)
            return Candidate(particle, "title", np, described=self._whose(k, sent, np))
        if core.endswith(PERSON_NOUNS):
            whose = self._whose(k, sent, np)
            if whose != np:
                np = whose
            else:
                # 近くに住む住民: a bare 住民 is described by the clause before it
                j = self._relative_clause(k, sent)
                if j < k:
                    np = self.text[toks[j].start : prev.end]
            return Candidate(particle, "unnamed", np)
        if title_head(core) and core[-1:] not in "長官相":
            return Candidate(particle, "title", np)
        if np.startswith("同") and len(np) > 1 or core.endswith(ORG_HEADS) or prev.pos[1:3] == ("固有名詞", "一般"):
            # a proper noun that is neither a person nor a place (東洋電機) names a body
            places = all(t.pos[1] == "固有名詞" and len(t.pos) > 2 and t.pos[2] == "地名" for t in toks[k:i])
            return Candidate(particle, "" if places else "organization", np)
        return Candidate(particle, "", np)

    def _whose(self, k: int, sent: Sentence, np: str) -> str:
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

    def _name_then_phrase(self, end: int, sent: Sentence) -> Mention | None:
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

    def _relative_clause(self, k: int, sent: Sentence) -> int:
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

    def _speaker(self, cands: list[Candidate], direct: bool) -> SpeakerDraft | None:
        for c in cands:
            sp = self.r.speaker_for(c, self.block_no, direct)
            if sp is not None:
                return sp
        return None

    def _continuing(self) -> SpeakerDraft | None:
        """The speaker of a sentence without a subject: whoever spoke in the
        previous sentence, else the person the previous sentence was about."""
        if self.r.previous is not None:
            return self.r.previous
        if self.topic is not None:
            return self.r._person_speaker(self.topic)
        return None
