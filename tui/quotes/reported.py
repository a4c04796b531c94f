"""Reported speech: Sは…と述べた, …ことを明らかにした, …との見方を示した, relayed statements.

Core module (no Textual). :class:`ReportedSpeech` starts from each speech
predicate (or view noun) of a sentence, finds the marker of its content
(と, ことを, ように) and the speaker before or between them.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..analysis import DATE_COUNTERS
from ..text import FULL_STOPS
from .sentences import CLOSERS, Sentence, within
from .candidates import Candidate
from .phrases import SpeakerPhrases
from .sites import Site
from .speech import (
    CATAPHORS, CLAIMS, CONCERN_NOUNS, KOTO_VERBS, MEDIA_HEADS, OBJECT_VERBS, OCCASION_VERBS, REQUEST_VERBS, STATED_VIEW_NOUNS, STATEMENT_NOUNS, grounded, head_of,
    is_passive, is_person_noun, is_relative, predicate_end, verb_word, view_phrase_end,
)

if TYPE_CHECKING:
    from collections.abc import Sequence

    from ..analysis import Token
    from .state import SpeakerDraft


def _manner(toks: Sequence[Token], j: int) -> bool:
    """Whether the と at token ``j`` makes an adverb of the word before it
    (ゆっくりと, きっぱりと, 淡々と): how something was said, no quotative."""
    return j > 0 and toks[j].pos[0] == "助詞" and (toks[j - 1].pos[0] == "副詞" or toks[j - 1].pos[:2] == ("形状詞", "タリ"))


#: Tokens that may stand between the quotative と and its verb: と記者団に語った.
GAP_PARTICLES = frozenset({"に", "で", "へ", "に対し", "に対して", "にて", "も", "、", "から", "の"})

#: Sentence openers that link to the previous statement, not part of what was said
#: (a longer form before its prefix: さらには, not さらに and は).
CONNECTIVES = ("その上で", "そのうえで", "その上", "そのうえ", "また", "さらには", "さらに", "一方で", "一方", "しかし", "ただ", "なお")

#: Nouns of a relayed statement: Sの発言として、…とした.
RELAYED_NOUNS = frozenset({"発言", "話", "証言", "談話", "コメント", "説明", "見解"})

#: Longest gap (in tokens) between と and the speech verb it belongs to.
MAX_GAP = 6
#: Longest gap when a speaker set after と、 is in it, with the setting of
#: what they said (…と、隣国の山田一郎外相が1日、記者会見で発表した).
MAX_SPEAKER_GAP = 20

#: How a setting ends before what was said: 記者会見で、, 定例会見において、,
#: 記者団を前に、; or whom it was said to: 記者団に対し、, 読売新聞の取材に対して、
#: (and 記者団に、, 同通信に、: a bare に only after the press or a person,
#: not 31養鶏場以外に、).
SETTING_ENDS = ("で", "にて", "において", "を前に", "に対して", "に対し", "に")
#: Verbs of asking, whose passive (問われると、, 聞かれ、) is the question answered.
QUESTION_VERBS = frozenset({"問う", "聞く", "尋ねる", "質問", "ただす", "質す"})
#: Nouns of a time of day or a day, besides numerals and dates: 同日、, 15日午後、.
TIME_WORDS = frozenset({"同日", "当日", "同夜", "前日", "翌日", "午前", "午後", "未明", "早朝", "夜", "朝", "夕方", "深夜"})
#: Longest circumstance clause (in tokens) trimmed from the start of reported
#: content; the question it answered (…について問われると、) may be as long as MAX_QUESTION.
MAX_CIRCUMSTANCE = 12
MAX_QUESTION = 24


#: Periods named from now or from a time just mentioned: 昨季, 今年, 来週, 前回, 同月.
RELATIVE_TIME = re.compile(r"[昨今来前翌先本同][季年期月週春夏秋冬回度]|[昨今来前]シーズン|[昨今来本]年度|..+直?後")  # 試合後: after
#: Parts of an occasion Sudachi does not tag as times: 最後は「…」と締めくくった.
PHASE_WORDS = frozenset({"最後", "冒頭", "序盤", "終盤", "最終日", "終わり", "結び"})
#: How far back a cataphor may start before its verb (the longest, 以下のように).
CATAPHOR_CHARS = max(len(c) for c in CATAPHORS)


def is_time_noun(t: Token) -> bool:
    """Whether a word ends a time (今回, 15日, 同日, 昨季, 最後): as a topic it
    says when, not who."""
    return _time_word(t) or t.pos[0] == "名詞" and (
        t.pos[2:3] == ("副詞可能",) or t.surface in PHASE_WORDS or RELATIVE_TIME.fullmatch(t.surface) is not None
    ) or t.pos[0] == "接尾辞" and t.pos[2:3] == ("副詞可能",)  # ゴール後, 試合中: after, during


def _time_word(t) -> bool:
    """A word of a time phrase: a numeral, a date or time counter, 午後, 同日."""
    if t.pos[0] == "名詞":
        return t.pos[1] == "数詞" or t.surface in TIME_WORDS or t.surface in DATE_COUNTERS
    return t.pos[0] == "接尾辞" and t.surface in DATE_COUNTERS


def _unbracketed(tokens: Sequence[Token]) -> list[Token]:
    """``tokens`` without what stands in round brackets: 10日（UTC+9）の会見 is
    read as 10日の会見, 5日（現地時間） as 5日."""
    out, depth = [], 0
    for t in tokens:
        if t.surface in ("（", "("):
            depth += 1
        elif t.surface in ("）", ")") and depth:
            depth -= 1
        elif not depth:
            out.append(t)
    return out


def _noun_phrase_word(t) -> bool:
    """A word of a noun phrase: nouns, affixes, numerals, the particle の."""
    return t.pos[0] in ("名詞", "接頭辞", "接尾辞") or t.surface == "の"


class ReportedSpeech(SpeakerPhrases):
    """Statements without 「」: Sは…と述べた, …ことを明らかにした, …との考えを示した,
    …ように求めた, and those relayed by a news agency (Sの発言として、…とした)."""

    # set by the block reader (tui.quotes.reader)
    head_set: set[int]
    """Indices of the block's speech heads."""
    markers: list[int]
    """Speech heads and view nouns (見方), in order: where a statement may end."""
    relayed: list[int]
    """Nouns of a relayed statement (発言, 談話)."""
    _cands_cache: list[Candidate]
    """The speaker phrases of the sentence being read."""

    def _cataphor_before(self, k: int, sent: Sentence) -> str:
        """The word written right before token ``k`` that points to the words
        reported (こう of こう述べた, 次のように), or ""."""
        before = self.text[max(sent.start, self.toks[k].start - CATAPHOR_CHARS) : self.toks[k].start]
        return next((c for c in CATAPHORS if before.endswith(c)), "")

    def reported_sites(self, sent: Sentence, used: set[int], direct: list[Site]) -> list[Site]:
        """The reported statements of ``sent`` whose speech head no direct quote took."""
        toks, out = self.toks, []
        direct_ends = [s.close for s in direct if s.close >= 0]
        k = sent.first
        said = sent.start  # where the previous statement's predicate ended
        for head in within(self.markers, sent):
            if head < k or self.inside[head] >= 0 or head in used:
                continue
            marker = self._marker(head, sent)
            if marker is None:
                continue
            m_at, content_end, verb_first = marker
            view_end = view_phrase_end(self.toks, head, sent.last) if toks[head].surface in STATED_VIEW_NOUNS else -1
            last = view_end if view_end >= 0 else predicate_end(toks, head)
            if is_relative(toks, last) or is_passive(self.toks, last):
                asked = self._question_site(sent, head, marker, last) if is_passive(toks, last) else None
                if asked is not None:
                    used.add(head)
                    out.append(asked)
                    said = toks[last].end
                k = last + 1
                continue
            used.add(head)
            ends = [d for d in direct_ends if d <= m_at]
            inner = [s.open for s in direct if s.close >= 0 and s.last + 1 == m_at]
            if inner:
                # 事務総長が「…」と評価したと明らかにした: the quote and its verb are
                # part of what this statement relays
                ends = [d for d in ends if d < inner[0]]
            floor = max([sent.first, *ends])
            # 山田氏は「…」と述べ、…と強調した: what was said starts after the quote's verb
            quoted = [toks[s.last].end for s in direct if s.close >= 0 and 0 <= s.last < m_at and s.open not in inner]
            out.append(Site(
                "indirect", sent, floor, m_at, -1, content_end, floor=floor, first=verb_first, last=last,
                verb_from=toks[m_at].start, content_floor=max([said, *quoted]),
            ))
            said = toks[last].end
            k = last + 1
        return out

    def _question_site(self, sent: Sentence, head: int, marker: tuple[int, int, int], last: int) -> Site | None:
        """記者から、…のかと問われると: a question put to the sentence's subject,
        reported with と and a verb of asking in the passive, is the words of
        whom it came from (Sから, a person), what follows S its content."""
        toks = self.toks
        m_at, content_end, verb_first = marker
        if toks[m_at].surface != "と" or verb_word(toks, head) not in QUESTION_VERBS:
            return None
        asker = next((c for c in reversed(self._cands_cache) if c.particle < m_at and c.human
                      and toks[c.particle].surface == "から" and sent.first <= c.particle), None)
        if asker is None:
            return None
        j = asker.particle + 1
        while j < m_at and toks[j].surface in ("、", "，"):
            j += 1
        if j >= m_at:
            return None
        site = Site("indirect", sent, j, m_at, toks[j].start, content_end, floor=j, first=verb_first, last=last,
                    verb_from=toks[m_at].start, passive=True)
        site.owner = self.r.speaker_for(asker, self.block_no, False)
        return site if site.owner is not None else None

    def content_start(self, site: Site, speaker: Candidate | None) -> int:
        """Where a reported statement's content starts: after its speaker when
        the speaker comes first (Sは、…と述べた), else at the sentence's start
        past a leading 〜によると、 or そのうえで、 (…と、Sが発表した)."""
        toks = self.toks
        if speaker is None or speaker.particle >= site.close:
            start = self._after_source(site.sent)
        else:
            j = speaker.particle + 1
            if j < site.sent.last and toks[j].surface == "、":
                j += 1
            start = toks[j].start if j < site.sent.last else toks[speaker.particle].end
            start = self._skip_connective(start, site.sent)
        if start < site.content_floor:  # 山田氏は…と述べ、…と語った: the second is what follows the first
            start = self._skip_connective(site.content_floor, site.sent)
        return start

    def relayed_sites(self, sent: Sentence, used: set[int]) -> list[Site]:
        """Sの発言として、…とした / …と伝えた: a statement relayed by whoever reports
        it (often a news agency, never the speaker); the speaker is the person or
        unnamed official before の. Not 〜の話として伝えたところによると (a source)."""
        toks = self.toks
        for k in within(self.relayed, sent):
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
            first = k + 4
            while first < tail and toks[first].surface in ("、", "，"):
                first += 1
            j = first
            while j < tail and toks[j].pos[0] in ("名詞", "接尾辞", "接頭辞"):
                j += 1
            relayer = self.text[toks[first].start : toks[j - 1].end] if first < j else ""
            if relayer and toks[j].surface in ("は", "が") and (
                relayer.endswith(MEDIA_HEADS)
                or any(t.pos[1] == "固有名詞" for t in toks[first:j]) and toks[j + 1].surface in ("、", "，")
            ):
                first = j + 1  # 東西通信は、…と伝えた: who relays it, not what was said
            start = toks[first].start
            while start < sent.end and self.text[start] in "、，, \u3000":
                start += 1
            end = toks[tail].start
            if start >= end:
                return []
            used.add(tail + 1)
            site = Site("indirect", sent, k + 4, tail, start, end, first=k, last=k + 3, verb_from=toks[k].start)
            site.owner = speaker
            # what reports it is the closing verb (と伝えた, とした), not 発言として
            site.verb_text = self.text[toks[tail].start : toks[predicate_end(toks, tail + 1)].end]
            return [site]
        return []

    def _owner_before(self, no: int, sent: Sentence) -> SpeakerDraft | None:
        """The person or unnamed speaker in the の-chain ending at token ``no``
        (市当局者の同日の発言: 市当局者), nearest first, at most three links."""
        toks = self.toks
        for _ in range(3):
            cand = self._classify(no, sent)
            if cand.kind in ("person", "title", "unnamed"):
                return self.r.speaker_for(cand, self.block_no, False)
            j = self._phrase_start(no - 1, sent.first + 1)
            if j - 1 <= sent.first or toks[j - 1].surface != "の":
                return None
            no = j - 1
        return None

    def _closing_to(self, k: int, sent: Sentence) -> int | None:
        """The last quotative と from token ``k`` on that a verb follows (…とした, と伝えた)."""
        toks = self.toks
        for j in range(sent.last - 2, k, -1):
            if toks[j].surface == "と" and toks[j].pos[0] == "助詞" and self.inside[j] < 0 and toks[j + 1].pos[0] == "動詞":
                return j
        return None

    def after_token(self, k: int, sent: Sentence) -> int:
        """Where what was said starts after token ``k`` (a predicate before it):
        past 、 and a connective (「…」と述べ、その上で、…)."""
        start = self.toks[k].end
        while start < sent.end and self.text[start] in "、，, \u3000":
            start += 1
        return self._skip_connective(start, sent)

    def _after_source(self, sent: Sentence) -> int:
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

    def _skip_connective(self, start: int, sent: Sentence) -> int:
        """Past a leading また、 or その上で、: they link statements, nobody said
        them; then past the circumstances of the statement (:meth:`_skip_circumstances`)."""
        for link in CONNECTIVES:
            after = start + len(link)
            k = self._token_at(after, sent)
            # a word of its own: not the ただ of ただちに, nor the 一方 of 一方的に
            if self.text.startswith(link, start) and (k < 0 or self.toks[k].start == after):
                start = after
                break
        while start < sent.end and self.text[start] in "、，, \u3000":
            start += 1
        return self._skip_circumstances(start, sent)

    def _skip_circumstances(self, start: int, sent: Sentence) -> int:
        """Past leading clauses that say when, where or on what occasion the
        statement was made, each closed by 、: 15日、, 記者会見で、, 定例会見において、,
        記者団の取材に応じ、. What was said starts after them."""
        toks = self.toks
        for _ in range(3):
            k = self._token_at(start, sent)
            if k < 0:
                break
            end = self._circumstance_end(k, sent)
            if end < 0:
                break
            start = toks[end].end
            while start < sent.end and self.text[start] in "、，, \u3000":
                start += 1
        return start

    def _circumstance_end(self, k: int, sent: Sentence) -> int:
        """The index of the 、 closing a circumstance clause that starts at token
        ``k`` (a time, a setting, or an occasion verb's clause), else -1."""
        toks = self.toks
        j = k
        stop = min(sent.last, k + MAX_QUESTION + 1)
        while j < stop and toks[j].surface != "、" and self.inside[j] < 0:
            j += 1
        if j == k or j >= stop or toks[j].surface != "、":
            return -1
        clause = toks[k:j]
        surface = self.text[toks[k].start : clause[-1].end]
        if self._question(j - 1):
            return j  # …について問われると、: what was asked, not said
        plain = _unbracketed(clause)
        if len(plain) > MAX_CIRCUMSTANCE:
            return -1
        if surface.startswith("現地時間") and len(plain) > 2:
            plain = plain[2:]  # 現地時間7日、
        if plain and (all(_time_word(t) for t in plain) or all(_noun_phrase_word(t) for t in plain) and plain[-1].surface in ("後", "前")):
            return j  # 20日、, 15日午後、, 同日、, 5日（現地時間）、, 会議後、
        words = clause[:-1]
        last = clause[-1]
        if surface.endswith(SETTING_ENDS):
            cut = len(surface) - next(len(e) for e in SETTING_ENDS if surface.endswith(e))
            head = _unbracketed([t for t in clause if t.end - toks[k].start <= cut])
            if head and surface[cut:] == "に" and not (
                surface[:cut].endswith(MEDIA_HEADS + ("記者団",)) or is_person_noun(head[-1].surface)
            ):
                return -1
            if head and all(_noun_phrase_word(t) or t.surface == "で" and 0 < i < len(head) - 1 for i, t in enumerate(head)):
                return j  # 記者会見で、, 2017年1月11日の定例会見において、, ブリュッセルで記者団に、
            return -1
        verb = last.dictionary
        if last.dictionary == "する" and len(clause) > 1:
            verb, words = clause[-2].surface, clause[:-2]  # 会議に出席し、
        if (
            last.pos[0] == "動詞" and last.pos[5].startswith("連用形") and verb in OCCASION_VERBS
            and words and all(_noun_phrase_word(t) or t.surface in ("に", "を", "で", "と", "から") for t in words)
        ):
            return j  # 首相官邸で記者団の取材に応じ、, ロイターのインタビューに答え、
        return -1

    def _question(self, k: int) -> bool:
        """Whether token ``k`` ends a question put to the speaker: 問われると,
        聞かれ, 質問されると (a verb of asking in the passive, then と or its
        continuative form)."""
        toks = self.toks
        if k < 2:
            return False
        if toks[k].surface == "と" and toks[k].pos[1] == "接続助詞":
            k -= 1
        if toks[k].dictionary not in ("れる", "られる"):
            return False
        return verb_word(toks, k - 1) in QUESTION_VERBS

    def _marker(self, k: int, sent: Sentence) -> tuple[int, int, int] | None:
        """For a speech predicate at token ``k``: (marker token, end of content, first verb token).

        Sは…と述べた; …と、Sが発表した; …とする見方を示した; …ことを明らかにした; …ように求めた.
        """
        toks = self.toks
        view_end = -1
        if toks[k].surface in STATED_VIEW_NOUNS:
            view_end = view_phrase_end(self.toks, k, sent.last)
        ground = grounded(toks, k) if view_end < 0 else -1
        if ground >= 0:
            after = predicate_end(toks, k) + 1
            if after >= len(toks) or toks[after].surface in FULL_STOPS:
                return self._with_content(ground, k)  # …として、理解を求めた。: the ground is what was said
        if view_end < 0 and k not in self.head_set:
            return None
        if view_end >= 0:
            # …とする見方を示した / …との考えを明らかにした
            j = k - 1
            # Sudachi splits との, という, とする: the と is the token before
            if j > sent.first and toks[j].surface in ("する", "いう", "の") and toks[j - 1].surface == "と":
                return self._with_content(j - 1, k)
            if toks[k].surface in CONCERN_NOUNS and toks[j].surface == "と" and toks[j].pos[0] == "助詞":
                return self._with_content(j, k)  # …と懸念を示した: the concern's words, right before it
            if toks[k].surface == "旨" and toks[j].pos[0] in ("動詞", "助動詞", "形容詞"):
                return self._with_content(k, k)  # …を進める旨を述べた: 旨 right after the clause
            return None
        if toks[k].pos[0] == "名詞" and toks[k].surface in STATED_VIEW_NOUNS:
            return None
        if self._cataphor_before(k, sent):
            return None  # …と尋ねると、こう答えた: the words are those it points to, not a clause before
        j = k - 1
        if (toks[k].surface in ("口", "否認") and j - 1 > sent.first and toks[j].surface == "を"
                and toks[j - 1].pos[0] == "名詞" and self.inside[j - 1] < 0):
            j -= 2  # …と不安を口にした, …と容疑を否認している: what the words were, then the verb
        # allow a short gap: と記者団に語った, と、Sが発表した, と改めて強調した, と正式に発表した
        gap = 0
        subject = False  # a speaker phrase in the gap (と、…外相が1日、記者会見で発表した)
        short = -1  # where the search stood at the usual gap's end
        while j > sent.first and gap < MAX_SPEAKER_GAP and (
                toks[j].surface != "と" or _manner(toks, j)) and self.inside[j] < 0:
            t = toks[j]
            if t.surface == "と":  # ないときっぱりと否定した: the と of how it was said is part of the gap
                j -= 1
                gap += 1
                if gap == MAX_GAP:
                    short = j
                continue
            if t.surface == "も" and toks[j - 1].surface == "こと":
                break  # …ことも明らかにした: the content's marker, not a gap
            # よう after a verb is the marker of a request (急ぐよう求めた); after の a
            # comparison, part of the gap (と、以前のように強調した)
            like = t.surface in ("よう", "様") and toks[j - 1].surface != "の"
            # (an adjective's adverbial form, 強く求めた, 厳しく批判した, is how it was said)
            if not (t.surface in GAP_PARTICLES or t.pos[0] in ("名詞", "副詞", "接尾辞", "接頭辞") or t.pos[0] == "形状詞" and not like
                    or t.pos[0] == "形容詞" and t.pos[5].startswith("連用形") or t.surface in ("が", "は", "・")):
                break
            if t.surface in ("が", "は") and not any(c.particle == j and c.kind for c in self._cands_cache):
                break
            subject = subject or t.surface == "が"
            j -= 1
            gap += 1
            if gap == MAX_GAP:
                short = j
        if gap > MAX_GAP and not (subject and toks[j].surface == "と" and toks[j + 1].surface == "、"):
            j = short  # a longer gap only for the speaker set after と、: else the usual one
        t = toks[j]
        # Sudachi tags a quotative と after a verb as 格助詞 or 接続助詞 (足りると説明した)
        if t.surface == "と" and t.pos[0] == "助詞" and j > sent.first:
            before = toks[j - 1]
            if before.surface in CLOSERS or before.pos[0] in ("名詞", "代名詞") and before.surface != "こと":
                return None  # 「…」と is direct; 大統領と話した is a conversation
            if _manner(toks, j):
                return None  # ゆっくりと語り始めた, 淡々と語った: how it was said, no content
            if before.pos[5].startswith("意志推量形") and toks[k].dictionary == "する":
                return None  # 現金を引き出そうとした: tried to, no statement
            if before.surface == "か" and j - 2 >= sent.first and toks[j - 2].pos[0] == "代名詞":
                return None  # 誰かと話しながら: with someone, no content
            return self._with_content(j, k)
        if t.surface in ("を", "も") and j > sent.first and toks[j - 1].surface == "こと" and head_of(toks, k, KOTO_VERBS):
            return self._with_content(j - 1, k)
        if t.surface == "を" and head_of(toks, k, OBJECT_VERBS) and self._act_demanded(j, k, sent):
            return self._with_content(j, k)  # …の即時中止を求めた
        if t.surface == "よう" and head_of(toks, k, REQUEST_VERBS):  # ように is よう|に: below
            return self._with_content(j, k)
        if t.surface == "に" and j > sent.first and toks[j - 1].surface == "よう" and head_of(toks, k, REQUEST_VERBS):
            return self._with_content(j - 1, k)
        return None

    def _act_demanded(self, wo: int, k: int, sent: Sentence) -> bool:
        """Whether the object before を (token ``wo``) of the predicate at ``k`` is
        what was said: an act with what it is of (調査の即時中止, 賃金の引き上げ),
        the predicate closing the sentence. Not a bare 協力を求めた (no content),
        nor …の損害賠償を求めた (a claim, no act), nor …を求めて提訴した."""
        toks = self.toks
        if wo - 2 <= sent.first:
            return False
        noun, before = toks[wo - 1], toks[wo - 2]
        if noun.pos[0] != "名詞" or noun.surface in STATEMENT_NOUNS or noun.surface in CLAIMS or self.inside[wo - 1] >= 0:
            return False
        if not (noun.pos[2] == "サ変可能" or "\u3041" <= noun.surface[-1] <= "\u3096"):
            return False  # 見直し, 引き上げ: acts named by a verb's stem
        if not (before.surface in ("の", "な") or before.pos[0] in ("名詞", "接頭辞", "接尾辞")):
            return False
        end = predicate_end(toks, k) + 1
        return end >= sent.last or toks[end].surface in FULL_STOPS

    def _with_content(self, marker: int, head: int) -> tuple[int, int, int]:
        return marker, self.toks[marker].start, head
