"""Direct quotes: 「…」と述べた, 「…」と話す男性, Sは「…」, and their speakers.

Core module (no Textual). :class:`DirectQuotes` reads each 「」 of a
sentence with the quotative after it (と, との, などと…) and the speech
predicate that follows, then picks the speaker among the phrases around it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..text import SENTENCE_ENDS
from ..analysis import TITLES, title_head
from .model import Quote
from .sentences import OPENERS, Sentence
from .candidates import Candidate
from .phrases import SpeakerPhrases
from .speech import (
    EXPRESSIVE_LIGHT_VERBS, NAMING_VERBS, PERSON_NOUNS, STATEMENT_NOUNS, expressive_head, is_passive, is_relative,
    predicate_end, speech_head, statement_phrase_end, view_phrase_end,
)

if TYPE_CHECKING:
    from .state import SpeakerDraft


#: Particles after a quote's closing bracket that make it a quotation: 「…」と, との, などと…
QUOTATIVES = ("と", "との", "として", "とも", "といった", "などと", "などとして", "って")


class DirectQuotes(SpeakerPhrases):
    """「…」 with a quotative and a speech predicate, and whose they are."""

    head_set: set[int]
    """Indices of the block's speech heads (set by the block reader)."""

    def direct(self, sent: Sentence, cands: list[Candidate], used: set[int]) -> list[tuple[int, Quote, SpeakerDraft]]:
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

    def _bare_quote(self, open_at: int, close_at: int, after: int, before: list[Candidate]) -> bool:
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
        if any(ch in inner for ch in SENTENCE_ENDS):
            return True
        k = self._token_at(close_at, None) - 1
        if k < 0 or self.toks[k].start <= open_at:
            return False
        t = self.toks[k]
        return t.pos[0] in ("動詞", "助動詞", "形容詞") or t.pos[1] == "終助詞"

    def _relative_head(self, last: int, sent: Sentence) -> Candidate | None:
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
            return Candidate(end, "person", self.text[m.span_start : m.span_end], m)
        np = self.text[toks[k].start : toks[end - 1].end]
        if np.endswith(PERSON_NOUNS):
            return Candidate(end, "unnamed", np)
        if title_head(np) and np in TITLES:
            return Candidate(end, "title", np)
        return None

    def _direct_speaker(self, between, before, cands, open_at, first, last) -> SpeakerDraft | None:
        between_subj = [c for c in between if self.toks[c.particle].surface != "から"]
        sp = self._speaker(between_subj, True)
        if sp:
            return sp
        statement = self.toks[first].surface in STATEMENT_NOUNS and not speech_head(self.toks, first)
        topics = [c for c in cands if c.particle < self._token_at(open_at, None) and self.toks[c.particle].surface != "から" and c.kind]
        from_ok = is_passive(self.toks, last) or statement or not any(c.kind in ("person", "title", "unnamed") for c in topics)
        near = [c for c in reversed(before) if from_ok or self.toks[c.particle].surface != "から"]
        if is_passive(self.toks, last):
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

    def _find_predicate(self, j: int, sent: Sentence, later: list[tuple[int, int]]) -> tuple[int, int, bool] | None:
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
            end = statement_phrase_end(self.toks, k, stop)
            if end < 0:
                end = view_phrase_end(self.toks, k, stop)
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
        # 「…」と言葉少なだった, と上機嫌だった: no verb, a description of the
        # speaker that ends the sentence (accepted, like a first verb, only for a
        # stated speaker and a sentence-like quote)
        last = k - 1 if k < len(toks) and toks[k].surface == "。" else k
        if toks[j].surface == "と" and j + 1 < last <= j + 5 and last < len(toks) and toks[last].pos[0] == "助動詞":
            first = j + 1
            if toks[first].pos[0] in ("名詞", "形状詞") and all(self.inside[x] < 0 and toks[x].pos[0] != "助詞" for x in range(first, last + 1)):
                return first, last, False
        return None
