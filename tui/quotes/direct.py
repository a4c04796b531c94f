"""Direct quotes: where a 「…」 is speech and what reports it.

Core module (no Textual). :class:`DirectQuotes` reads each 「」 of a
sentence (adjacent ones, 「…」「…」 or 「…」、「…」, as one site: one verb,
one speaker, a quote each; a list, Aは「…」、Bは「…」と述べた, a site each
sharing the last one's verb) with what follows it: a quotative (と, との, などと…) and the speech predicate after it
(「…」と述べた), a predicate right after the bracket (「…」批判し), a speaker in
brackets (「…」（同社広報）とされている), or nothing at all when the quote ends
its sentence (山田氏「…」, 会社員は「…」。). Who speaks is decided later, by
the sieves (:mod:`tui.quotes.sieves`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..analysis import title_head
from ..text import FULL_STOPS, SENTENCE_ENDS
from .candidates import Candidate
from .phrases import SpeakerPhrases
from .sentences import OPENERS, Sentence
from .sites import Site
from .speech import (
    DOCUMENT_NOUNS, INTENTION_NOUNS, NAMING_VERBS, ORG_HEADS, REQUEST_VERBS, STATEMENT_NOUNS, VIEW_NOUNS, WRITING_VERBS, head_of, expressive_head, is_passive, is_person_noun, is_relative,
    predicate_end, reaction_start, speech_head, statement_phrase_end, view_phrase_end,
)

if TYPE_CHECKING:
    from collections.abc import Sequence

    from ..analysis import Token

#: Nouns of how a speaker looked or sounded, after a clause that ends the
#: sentence without a verb of its own: 「…」と興奮した様子。, と安心した表情だった.
MANNER_NOUNS = frozenset({"様子", "表情", "面持ち", "口ぶり", "口調", "顔つき"})
#: A look that alone ends the sentence after the quotative: 「…」と笑顔。
REACTION_NOUNS = frozenset({"笑顔", "苦笑い", "照れ笑い", "苦笑", "涙顔", "満面の笑み"})
#: Particles after a quote's closing bracket that make it a quotation: 「…」と, 「…」って.
#: Sudachi splits との, として, とも, といった and などと(して) into と and what
#: follows (など before と is stepped over), so the と is the token seen.
QUOTATIVES = ("と", "って")
#: What may stand between two 「」 read as one quote: 「…」「…」, 「…」、「…」, 「…」・「…」.
JOINERS = ("", "、", "，", "・")
#: What may follow a quote that ends its sentence: spaces and a full stop.
TRAILING = " \t\u3000" + FULL_STOPS


class DirectQuotes(SpeakerPhrases):
    """「…」 and what reports it."""

    head_set: set[int]
    """Indices of the block's speech heads (set by the block reader)."""

    def direct_sites(self, sent: Sentence, cands: list[Candidate], used: set[int]) -> list[Site]:
        """The direct quotes of ``sent``; the speech heads they take go into ``used``."""
        toks, text, out = self.toks, self.text, []
        spans = self._spans_in(sent)
        floor = sent.first  # token index after the previous quote's predicate
        listed: list[Site] = []  # quotes waiting for the verb a later one of the sentence carries
        i = 0
        while i < len(spans):
            o, last_c = spans[i]
            parts = [(o + 1, last_c)]
            while i + 1 < len(spans) and text[last_c + 1 : spans[i + 1][0]] in JOINERS:
                i += 1
                last_c = spans[i][1]
                parts.append((spans[i][0] + 1, last_c))
            i += 1
            opening = self._token_at(o, sent)
            site = Site("direct", sent, opening, -1, o + 1, last_c, floor=floor, speechlike=self._speechlike(o, last_c), parts=tuple(parts))
            if not site.speechlike and len(parts) == 1 and self._after_kind(opening, sent):
                continue  # 物流会社「ツクシ運輸」と元上司に…を求めた: a body's name after its kind, not its words
            after = self._token_at(last_c + 1, sent)
            if after >= 0:
                found = self.phrase_in_brackets(after, sent)
                if found is not None:
                    site.bracketed, after = found
                    if after >= sent.last:
                        after = -1
            tail = text[toks[after].start if after >= 0 else sent.end : sent.end]
            if after < 0 or not text[last_c + 1 : sent.end].strip(TRAILING) or (site.bracketed and not tail.strip(TRAILING)):
                # the quote ends its sentence: 山田氏「…」, 会社員は「…」。
                site.only = not text[sent.start : o].strip() and len(spans) == i
                out.append(site)
                continue
            if toks[after].surface in ("、", "，") and after + 1 < sent.last and toks[after + 1].surface in QUOTATIVES + ("など",):
                after += 1  # 「…」、と述べた: a comma before the quotative
            j = after
            if toks[j].surface == "など" and j + 1 < sent.last:
                j += 1
            later = spans[i:]
            if toks[j].surface in QUOTATIVES:
                pred = self._find_predicate(j, sent, later)
                site.verb_from = toks[after].start
                # a first verb that is no speech verb, in a description of the person who ends
                # the sentence (と、子どもを連れて駆けつけた女性（38）。), is no predicate
                if (pred is None or not pred[2]) and (named := self._speaker_ending(j + 1, sent)) is not None:
                    site.bracketed = named  # 「…」と山田市長。: the speaker ends the sentence, no verb
                    out.append(site)
                    continue
            else:
                # 担当者は「…」新しい日程を示すよう求めた, 「…」批判し: no と
                before = [c for c in cands if floor <= c.particle < opening]
                pred = self._find_predicate(j - 1, sent, later) if self._bare_quote(o, last_c, j, before) else None
                if pred is not None and not pred[2]:
                    pred = None
                if pred is None and text[last_c - 2 : last_c].endswith("よう") and head_of(toks, j, REQUEST_VERBS):
                    pred = (j, predicate_end(toks, j), True)  # 「言動を慎むよう」求めた: words of a request
                if pred is not None:
                    site.verb_from = toks[pred[0]].start
                elif text[last_c - 1] in SENTENCE_ENDS and not site.bracketed:
                    # 「…。」ロペス大統領は、そう強調した。: the quote is a sentence of its own
                    site.only = not text[sent.start : o].strip()
                    out.append(site)
                    continue
                elif self._listed(site, after, before, later):
                    site.close, site.listed = after, True
                    listed.append(site)
                    floor = after + 1  # the next quote's speaker comes after this one
                    continue
            if pred is None:
                continue
            first, last, strict = pred
            if first in used:
                continue
            named = [c for c in cands if c.particle < first and c.kind and self.inside[c.particle] < 0]
            if not strict and not (named and site.speechlike):
                continue  # 「…」と拍手が送られた counts only for a stated speaker and a sentence-like quote
            head = self._relative_head(last, sent)
            if _counted(toks, head.particle, sent.last) if head is not None else _counted(toks, first, last + 1):
                # 「…」と答えた生徒は18%に上り, 「…」との回答も3%あった: a survey's
                # answers counted, no one's words
                used.add(first)
                continue
            if is_relative(toks, last) and head is None:
                naming = toks[first].dictionary in ("言う", "いう") and not (is_passive(toks, last) and site.speechlike)
                if not strict or naming:
                    continue  # 「パン」という音, 「天才」と言われる選手: a name, not speech (「…しなさい」と言われたこと is)
            used.add(first)
            site.close, site.first, site.last, site.strict, site.head = after, first, last, strict, head
            site.passive = is_passive(toks, last)
            site.statement = toks[first].surface in STATEMENT_NOUNS and not speech_head(toks, first)
            floor = last + 1
            for shared in listed:
                # Aは「…」、Bは「…」と述べた, 「…」（A）、「…」（B）といった声: one verb for each
                shared.first, shared.last, shared.strict = first, last, strict
                shared.passive, shared.statement, shared.verb_from = site.passive, site.statement, site.verb_from
                out.append(shared)
            listed = []
            out.append(site)
        return out

    def _after_kind(self, opening: int, sent: Sentence) -> bool:
        """Whether the 「 at token ``opening`` follows the kind of body it names
        (物流会社「…」, 運送会社の「…」)."""
        toks = self.toks
        k = opening - 1
        if k > sent.first and toks[k].surface == "の":
            k -= 1
        return k >= sent.first and toks[k].end == toks[k + 1].start and toks[k].pos[0] == "名詞" and toks[k].surface.endswith(ORG_HEADS)

    def _listed(self, site: Site, after: int, before: list[Candidate], later: list[tuple[int, int]]) -> bool:
        """Whether a 「」 followed by a comma is the first of a list of quotes
        that share the verb of a later one (山田外相は「…」、鈴木氏は「…」と述べた;
        「…」（会社員の男性）、「…」（学生の女性）といった声): words that read as
        speech, of a speaker of their own (in brackets after them, or Sは
        right before them), with another 「」 after them in the sentence."""
        if not later or self.toks[after].surface not in ("、", "，") or not site.speechlike:
            return False
        return site.bracketed is not None or self._after_speaker(site.start - 1, before)

    def _after_speaker(self, open_at: int, before: list[Candidate]) -> bool:
        """Whether the 「 at offset ``open_at`` comes right after a speaker
        phrase of ``before`` (Sは「…」, Sは、「…」)."""
        k = self._token_at(open_at, None) - 1
        if k >= 0 and self.toks[k].surface == "、":
            k -= 1
        return any(c.particle == k and c.speaks for c in before)

    def _cleft(self, last: int, sent: Sentence) -> bool:
        """Whether a cleft follows the predicate ending at token ``last``
        (「…」と述べたのは山田首相だ, そう笑うのは…男性だ): its speaker is what the
        sentence ends with (:meth:`_speaker_ending` from ``last + 3``)."""
        return last + 2 < sent.last and self.toks[last + 1].surface == "の" and self.toks[last + 2].surface == "は"

    def _speaker_ending(self, k: int, sent: Sentence, copula: bool = False) -> Candidate | None:
        """The speaker named from token ``k`` to the end of ``sent`` and nothing
        else (「…」と山田市長。, 「…」と話す住民も。 is not: a verb), else None;
        with ``copula``, before a closing だ, です or だった (…のは山田市長だ。)."""
        toks, end = self.toks, sent.last
        # 「…」と、2人の子どもを連れて駆けつけた会社員の女性（38）。: after a comma, a description
        # of any length, as after a cleft's のは
        described = copula or (k < end and toks[k].surface in ("、", "，"))
        while end > k and toks[end - 1].surface.strip(TRAILING) == "":
            end -= 1
        while copula and end > k and toks[end - 1].pos[0] == "助動詞":
            end -= 1  # …山田市長だった。
        if end <= k:
            return None
        c = self._classify(end, sent, end, start_floor=k)
        # 北浜市の住民: whose, before the person; after a cleft's のは, any description (北浜市に住む山田さんだ)
        if described and not copula and any(toks[x].dictionary in NAMING_VERBS for x in range(k, c.start)):
            return None  # 「…」と、書かれた紙を持つ住民。: a text someone holds, not their words
        whose = described or all(toks[x].pos[0] in ("名詞", "接頭辞", "接尾辞") or toks[x].surface == "の" for x in range(k, c.start))
        return c if c.human and whose else None

    def _bare_quote(self, open_at: int, close_at: int, after: int, before: list[Candidate]) -> bool:
        """Whether a 「」 without a quotative is still a quote: right after its
        speaker (Sは「…」 or Sは、「…」), sentence-like, and not a term used as a
        noun (「…」を, 「…」の, 「…」です)."""
        toks = self.toks
        if not self._after_speaker(open_at, before):
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
        # 夢みたい, 夢のよう (an auxiliary's stem), ありがとう (an interjection)
        return t.pos[0] in ("動詞", "助動詞", "形容詞", "感動詞") or t.pos[1] in ("終助詞", "助動詞語幹")

    def _relative_head(self, last: int, sent: Sentence) -> Candidate | None:
        """The speaker named after a predicate that modifies it: 「…」と話す男性,
        「…」と語る山田さん; None when the head is no speaker."""
        toks = self.toks
        k = last + 1
        if self._cleft(last, sent):
            return self._speaker_ending(last + 3, sent, copula=True)
        if not is_relative(toks, last) or is_passive(toks, last):
            return None  # 「…」と言われた選手: whom the words were said to, not who said them
        end = k
        while end < sent.last and toks[end].pos[0] in ("名詞", "接尾辞", "接頭辞") and toks[end].start == toks[end - 1].end or end == k:
            end += 1
        if end >= sent.last:
            return None
        m = self.mention_end.get(toks[end - 1].end)
        if m is not None and m.start == toks[k].start:
            return Candidate(end, "person", self.text[m.span_start : m.span_end], m, start=k)
        np = self.text[toks[k].start : toks[end - 1].end]
        if is_person_noun(np):
            return Candidate(end, "unnamed", np, start=k)
        if title_head(np):  # 町長, 環境相, 青葉町長: an office, alone or with its place
            return Candidate(end, "title", np, start=k)
        return None

    def _own_statement_after(self, first_verb: int, k: int) -> tuple[int, int, bool] | None:
        """The quote's own verb when the speech predicate at ``k`` reports a
        statement of its own after it: 「…」と投稿し、…を急ぐ考えを示した,
        「…」と懸念を示し、…に応じるよう求めた (the first verb, which ends its
        clause with 、); None when ``k`` is the quote's."""
        toks = self.toks
        if first_verb < 0:
            return None
        end = predicate_end(toks, first_verb)
        if end + 1 >= k or toks[end + 1].surface != "、":
            return None
        before = toks[k - 1]
        if toks[k].surface in INTENTION_NOUNS and (before.pos[0] == "動詞" or before.pos[0] == "助動詞" and before.surface != "な"):
            return first_verb, end, True
        if head_of(toks, k, REQUEST_VERBS) and (before.surface == "よう" or before.surface == "に" and toks[k - 2].surface == "よう"):
            return first_verb, end, True
        return None

    def _writes(self, k: int, sent: Sentence) -> bool:
        """Whether the writing verb at token ``k`` closes the sentence in the
        active voice (「…」と書いた。, と記した。): someone's written words, not a
        text on a thing (と書いた横断幕) nor what a text says (と書かれていた)."""
        last = predicate_end(self.toks, k)
        end = last + 1
        return not is_passive(self.toks, last) and (
            end >= len(self.toks) or end > sent.last or self.toks[end].surface in ("。", "」"))

    def _in_document(self, j: int, sent: Sentence) -> bool:
        """Whether the quote before the quotative at token ``j`` is set in a
        letter, diary or message whose writer is known (山田さんの日記には「…」,
        手紙には「…」 after 山田さんから手紙が届いた): what they wrote."""
        toks = self.toks
        for k in range(j - 1, sent.first, -1):
            if self.inside[k] >= 0 or toks[k].surface in ("「", "」", "は", "、"):
                continue
            if toks[k].surface != "に" or not toks[k - 1].surface.endswith(DOCUMENT_NOUNS):
                return False
            doc = toks[k - 1].surface
            return k - 2 > sent.first and toks[k - 2].surface == "の" or any(doc.endswith(d) for d in self.r.documents)
        return False

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
        ground = False  # 「…」として、…: the quote is the ground of an act the sentence goes on to
        if toks[j].surface == "と" and k < stop and toks[k].pos[0] == "動詞" and toks[k].dictionary == "する":
            te = k + 1 < stop and toks[k + 1].surface == "て"
            if not te or (k + 2 < stop and toks[k + 2].dictionary in ("いる", "おる")):
                return k, predicate_end(toks, k), True  # 「…」とした, としている, とし、
            k, ground = k + 2, True  # 「…」として…を求めた: keep looking
        if toks[j].surface == "と" and k < stop and toks[k].surface in OPENERS:
            return None  # 「…」と「…」を: a list of names
        if (
            toks[j].surface == "と" and k < stop and toks[k].dictionary in ("いう", "言う")
            and is_relative(toks, predicate_end(toks, k)) and not is_passive(toks, predicate_end(toks, k))
        ):
            noun = toks[predicate_end(toks, k) + 1]
            if noun.surface not in STATEMENT_NOUNS | VIEW_NOUNS and not is_person_noun(noun.surface):
                return None  # 「パン」という音: a name for something, not speech
            if not is_person_noun(noun.surface):
                k = predicate_end(toks, k) + 1  # 「…」と言う声が: the voice's verb reports it, not 言う
        first_verb = -1
        while k < stop:
            if self.inside[k] >= 0:
                k += 1
                continue
            if k <= j + 3 and toks[k].surface in STATEMENT_NOUNS and k + 1 < stop and toks[k + 1].surface in ("に", "へ"):
                return None  # 「…」との意見に反対した: someone else's words, answered
            if k in self.head_set:
                if first_verb >= 0 and _negated(toks, k):
                    return None  # 「…」と判断し、管理職に報告していなかった: a report not made reports nothing
                return self._own_statement_after(first_verb, k) or (k, predicate_end(toks, k), True)
            end = statement_phrase_end(self.toks, k, stop)
            if end < 0:
                end = view_phrase_end(self.toks, k, stop, VIEW_NOUNS)  # a quote's 懸念を示し goes on (…よう求めた)
            if end >= 0:
                return self._own_statement_after(first_verb, k) or (k, end, True)
            if first_verb >= 0 and expressive_head(toks, k):
                # 「…」と、打ち上げ後に記者会見した同社の鷹栖CEOは目を潤ませた: the
                # first verb describes the speaker, the reaction reports the quote
                return self._own_statement_after(first_verb, k) or (reaction_start(toks, k), predicate_end(toks, k), True)
            if first_verb < 0 and ground and toks[k].pos[0] == "動詞" and is_relative(toks, predicate_end(toks, k)):
                k += 1  # 「…」として、…を管理するシステムを導入した: the act is 導入した, not a clause inside its object
                continue
            if first_verb < 0 and (toks[k].pos[0] == "動詞" or expressive_head(toks, k)):
                if toks[k].dictionary in WRITING_VERBS and self._writes(k, sent):
                    return k, predicate_end(toks, k), True  # 山田社長はメールで「…」と書いた: written words
                if toks[k].dictionary in WRITING_VERBS and self._in_document(j, sent):
                    return k, predicate_end(toks, k), True  # 日記には「…」と記されていた: what the writer wrote
                if toks[k].dictionary in NAMING_VERBS or (toks[k].dictionary == "する" and k > 0 and toks[k - 1].surface in NAMING_VERBS):
                    return None  # 「…」と呼ばれる, 「…」と書かれた: a name or a text
                if expressive_head(toks, k):
                    return reaction_start(toks, k), predicate_end(toks, k), True  # 「…」と胸を張った
                first_verb = k
            if toks[k].surface in ("。",):
                break
            k += 1
        if first_verb >= 0:
            last = predicate_end(toks, first_verb)
            if last + 1 < stop and toks[last + 1].surface in MANNER_NOUNS:
                # 「…」と興奮した様子。: how the speaker looked as they said it
                return first_verb, last + 1, True
            return first_verb, last, False
        # 「…」と言葉少なだった, と上機嫌だった: no verb, a description of the
        # speaker that ends the sentence (accepted, like a first verb, only for a
        # stated speaker and a sentence-like quote)
        last = k - 1 if k < len(toks) and toks[k].surface == "。" else k
        if toks[j].surface == "と" and j + 1 < last <= j + 5 and last < len(toks) and toks[last].pos[0] == "助動詞":
            first = j + 1
            if toks[first].pos[0] in ("名詞", "形状詞") and all(self.inside[x] < 0 and toks[x].pos[0] != "助詞" for x in range(first, last + 1)):
                return first, last, False
        if toks[j].surface == "と" and j + 1 <= last < len(toks) and toks[j + 1].pos[0] == "形容詞" and all(
                toks[x].pos[0] in ("形容詞", "助動詞") for x in range(j + 1, last + 1)):
            return j + 1, last, False  # 「…」と素っ気ない, と手厳しかった: how the speaker was, ending the sentence
        if toks[j].surface == "と" and last == j + 1 and last < len(toks) and toks[last].surface in REACTION_NOUNS:
            # 「…」と笑顔。: the speaker's look ends the sentence, as a reaction does
            # (笑顔を見せた): a report of the quote, whoever the sentence is about
            return last, last, True
        return None


def _negated(toks: Sequence[Token], k: int) -> bool:
    """Whether the predicate whose head is token ``k`` is negated (報告していなかった, 言わず)."""
    return any(t.pos[0] == "助動詞" and t.dictionary in ("ない", "ぬ", "ず") for t in toks[k + 1 : predicate_end(toks, k) + 1])


def _counted(toks: Sequence[Token], at: int, end: int) -> bool:
    """Whether a share follows token ``at`` in its clause, before token
    ``end`` and any comma (18%, 3割)."""
    for k in range(at + 1, end - 1):
        if toks[k].surface in ("、", "，"):
            return False
        if toks[k].pos[1] == "数詞" and toks[k + 1].surface in ("%", "％", "割"):
            return True
    return False
