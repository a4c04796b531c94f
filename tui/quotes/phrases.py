"""Who may speak: the noun phrases of a sentence that can name a speaker.

Core module (no Textual). A :class:`~tui.quotes.candidates.Candidate` is a
person (山田氏は), a title used alone (同社長は), an unnamed speaker
(市の担当者は, この運転士は), an organisation (同社は, 日本は) or a topic that is
no speaker; :class:`SpeakerPhrases` finds them in a sentence: before the
subject particles, right before a 「」 with no particle (山田氏（45）「…」), in
brackets after one (「…」（同社広報）), and says which clause each belongs to.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, Callable

from ..analysis import HONORIFICS, SEAT_JOINERS, SEATS, TITLES, Mention, title_head
from ..text import is_katakana, quote_runs_to_end
from .candidates import ANAPHORS, TOPIC_PARTICLES, Candidate
from .directory import ROLE_NOUNS, Person
from .sentences import BlockText, Sentence, within
from .speech import DOCUMENT_NOUNS, MEDIA_HEADS, STATEMENT_DOCUMENTS, ORG_HEADS, PERSON_NOUNS, is_attributive, is_person_noun, is_relative, predicate_end

#: Parts of a body named in brackets after its words (（総務部）, （広報課）).
DEPARTMENTS = ("部", "課", "室")
#: What ends what comes before a description of a person: 避難所では、…女性「…」.
_DESCRIPTION_STOPS = frozenset({"、", "，", "は", "が", "も"})

#: Counters of people after a number: 同級生4人, 住民ら3名.
PEOPLE_COUNTERS = ("人", "名")

if TYPE_CHECKING:
    from ..analysis import Token
    from .state import Reader, SpeakerDraft


#: Phrase endings that name an organisation or a news medium.
ORG_OR_MEDIA_HEADS = ORG_HEADS + MEDIA_HEADS
#: Endings of a place that is also its government (岡山県, 横浜市, 北区): as
#: the subject of a statement, the government speaks.
ADMINISTRATIONS = ("県", "都", "府", "道", "市", "町", "村", "区")
#: What a bracket after a described person may hold and keep in the name: an
#: age (男性（40）, 女性（83歳）), which tells two residents apart.
#: Nouns for some of a group of people (教員の一部, 住民の多く, 委員の中).
PARTITIVES = frozenset({"一部", "多く", "大半", "多数", "半数", "複数", "中", "間", "うち"})
#: Longest note between equals signs after a name (＝北浜市選出＝), in tokens.
NOTE_TOKENS = 12
#: Most tokens Sudachi may cut a name part into (三|輪 of 三輪).
MAX_PART_TOKENS = 3
AGE_RE = re.compile(r"[（(][0-9０-９]{1,3}(?:歳|代)?[)）]")
AGE_TAIL_RE = re.compile(AGE_RE.pattern + "$")
#: Particles and endings that close a subordinate clause: its subject (Sが…ても)
#: is not the subject of what follows.
SUBORDINATORS = frozenset({"ても", "でも", "ので", "のに", "ば", "たら", "なら", "けれど", "けれども", "けど", "ながら"})
#: Nouns after a predicate that end a clause of reason or condition with a
#: subject of its own (住民が求めたため、…; Sが…した場合). A clause of time
#: (確認したところ, 到着した後) keeps its subject: he checked, and then he said.
CLAUSE_NOUNS = frozenset({"ため", "場合"})
#: What a label before a colon may say the words are (山田市長のコメント：「…」).
LABEL_NOUNS = frozenset({"コメント", "談話", "発言", "声明", "話"})


class SpeakerPhrases(BlockText):
    """The speaker phrases of a block's sentences and whom they name (the
    article-wide :class:`~tui.quotes.state.Reader` resolves them to speakers)."""

    # set by the block reader (tui.quotes.reader), which combines the rules
    r: Reader
    block_no: int
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
            if t.surface == "も" and self._describes_next(i, sent):
                continue  # 同校の校長も務めた男性は: "also", inside what describes the speaker
            end = i
            if t.surface == "は" and toks[i - 1].surface == "で" and i - 1 > sent.first:
                end = i - 1  # 同社では: the body it names is the topic
            c = self._classify(i, sent, end)
            out.append(self._identified(c, sent))
        return out

    def _identified(self, c: Candidate, sent: Sentence) -> Candidate:
        """A speaker phrase that no name says who it is, identified right after
        it as a person (名付け親は埼玉県の主婦で、, 通報したのは近くに住む男性（45）で、,
        名付け親は東京で暮らす主婦で): that person, as described; else ``c``."""
        toks = self.toks
        if c.kind not in ("unnamed", "") or toks[c.particle - 1].surface in ("に", "で"):
            return c  # (式には、瑞穂のひ孫で…の雲井拓真さんも: a setting, no one to identify)
        first = c.particle + 1
        for k in range(first, sent.last):
            t = toks[k]
            if self.inside[k] >= 0:
                return c  # what it says, not who it is
            if t.surface == "で":
                np = self.text[toks[first].start : t.start].lstrip("、")
                age = AGE_TAIL_RE.search(np)
                bare = np[: age.start()] if age else np
                if is_person_noun(bare):
                    return Candidate(c.particle, "unnamed", np, start=c.start, head=_person_head(bare))
        return c

    def phrase_before(self, at: int, sent: Sentence) -> Candidate | None:
        """A name or description right before token ``at`` (a 「) with no
        particle between: 戸田花子さん（声優）「…」, 林一副報道局長「…」. Only at
        the start of the sentence or after 、, so a phrase that belongs to a
        clause (…した男性「…」) is not taken."""
        toks = self.toks
        end = at
        if end - 1 > sent.first and toks[end - 1].surface in ("：", ":"):
            end -= 1  # 山田外相：「…」: a label and a colon
            if end - 2 > sent.first and toks[end - 1].surface in LABEL_NOUNS and toks[end - 2].surface == "の":
                end -= 2  # 山田市長のコメント：「…」: whose words they are
        age = ""
        if end - 1 > sent.first and toks[end - 1].surface in ("）", ")"):
            j = end - 1
            while j > sent.first and toks[j].surface not in ("（", "("):
                j -= 1
            bracket = self.text[toks[j].start : toks[end - 1].end]
            age = bracket if AGE_RE.fullmatch(bracket) else ""
            end = j  # the role in brackets (アンパンマン役), or an age (29)
        if end <= sent.first:
            return None
        m = self.mention_end.get(toks[end - 1].end)
        if m is not None and (m.after or m.before):
            start = self._token_at(m.span_start, sent)
            if start == sent.first or (start > sent.first and toks[start - 1].surface in ("、", "　", " ")):
                return Candidate(end, "person", self.text[m.span_start : m.span_end], m, start=start)
            if start > sent.first and toks[start - 1].surface == "の":
                return Candidate(end, "person", self.text[m.span_start : m.span_end], m, start=start)
            if start > sent.first and sent.first == 0 and self._quote_ends_block(at):
                # 映画で監督を務めた諏訪部哲さん「…」: a line of a list of reactions, the
                # person described by a clause and the quote, nothing after it
                return Candidate(end, "person", self.text[m.span_start : m.span_end], m, start=start)
            return None
        if (m is None or not m.titles) and ((j := self._known_part(end, sent.first)) == sent.first or (
                j == sent.first + 2 and toks[j - 1].surface == "・" and toks[sent.first].pos[2:3] == ("地名",))):
            # 一ノ瀬「…」: the surname of someone named before, alone before the quote
            # (an interview's turn), though Sudachi reads it as other words; 名古屋・嶋津「…」:
            # after the team, named by its town, in a list of comments
            part = self.text[toks[j].start : toks[end - 1].end]
            return Candidate(end, "person", part, self._part_mention(j, end - 1), start=j)
        if m is None and self._honoured_part(end, sent.first, titles=True) == sent.first:
            # 葦原氏「…」, 堀之内社長「…」: the same, with an honorific or a title the name
            # finder could not tell a name by
            return self._honoured(end, sent.first, end)
        if m is None and toks[end - 1].pos[0] in ("名詞", "接尾辞"):
            # 記者「…」: a role or description alone before the quote, the whole
            # of the sentence before it (an interview's turn)
            c = self._classify(end, sent, end)
            whose = c.kind == "title" and c.described and self.text.startswith(c.described, toks[sent.first].start)
            if c.kind == "organization" and c.start == sent.first and sent.first == 0 and self._quote_ends_block(at):
                return c  # 北浜物産（名古屋市）「…」: a body's line in a list of bodies' comments
            if c.kind in ("unnamed", "title") and (c.start == sent.first or whose):
                # (中国の代表「…」: a title and whose it is, the whole of the sentence before the quote)
                # 週2回透析に通う女性（83）「…」: the age the bracket gave, as in the line's other forms
                return replace(c, text=c.text + age) if age and not c.text.endswith(age) else c
            if c.kind == "unnamed" and c.start > sent.first:
                # 乳児を抱いて避難した女性（29）「…」: a line of a list of reactions, the
                # person described by all before the quote (after a setting: 避難所では、)
                start = max([sent.first, *(x + 1 for x in range(sent.first, c.start) if toks[x].surface in _DESCRIPTION_STOPS)])
                return replace(c, text=self.text[toks[start].start : toks[end - 1].end] + age, start=start)
        return None

    def phrase_in_brackets(self, at: int, sent: Sentence) -> tuple[Candidate, int] | None:
        """「…」（同社広報）と: a speaker in brackets right after a quote, the
        bracket opening at token ``at``; returns it and the token after the
        closing bracket."""
        toks = self.toks
        if at >= sent.last or toks[at].surface not in ("（", "("):
            return None
        j = at + 1
        while j < sent.last and toks[j].surface not in ("）", ")") and j - at <= 8:
            j += 1
        if j >= sent.last or toks[j].surface not in ("）", ")") or j == at + 1:
            return None
        if toks[at + 1].surface in SEATS and at + 2 < j and toks[at + 2].surface in SEAT_JOINERS:
            return None  # 「むさしの給食サービス」（本社・さいたま市）: where the body named sits
        c = self._classify(j, sent, j, start_floor=at + 1)
        if not c.speaks and c.text.endswith(DEPARTMENTS) and len(c.text) > 1:
            return c, j + 1  # 「…」（総務部）と説明している: which part of the body said it; the body speaks
        return (c, j + 1) if c.speaks else None

    def _classify(self, i: int, sent: Sentence, end: int | None = None, start_floor: int | None = None) -> Candidate:
        """What the noun phrase ending before token ``end`` names; ``i`` is its particle."""
        toks = self.toks
        particle = i
        end = i if end is None else end
        floor = sent.first if start_floor is None else start_floor
        age = ""
        if toks[end - 1].surface in ("＝", "=") and end - 1 > floor:
            # 山田県議（44）＝北浜市選出＝は: a note between equals signs, as newspapers add
            j = end - 2
            while j > floor and end - j <= NOTE_TOKENS and toks[j].surface not in ("＝", "=", "、", "。"):
                j -= 1
            if j > floor and toks[j].surface == toks[end - 1].surface:
                end = j
        if toks[end - 1].surface in ("）", ")") and end - 1 > floor:
            # 山田氏（45）は: the phrase ends before the parenthesis
            j = end - 1
            while j > floor and toks[j].surface not in ("（", "("):
                j -= 1
            if j > floor:
                bracket = self.text[toks[j].start : toks[end - 1].end]
                age = bracket if AGE_RE.fullmatch(bracket) else ""
                end = j
        nxt = particle + 1 if particle + 1 < len(toks) and toks[particle + 1].surface != "、" else particle + 2
        if toks[end - 1].surface == "」" and end - 1 > floor and nxt < len(toks):
            # 「ひだまりケア」（東京都）は「…」: a name in brackets right before a quote
            # names a body; so does one after the kind of body it is (旅行会社「…」は)
            j = end - 2
            while j > floor and toks[j].surface != "「":
                j -= 1
            inner = self.text[toks[j].end : toks[end - 1].start]
            # the kind's word as the quotes know it (旅行会社) or as the term finder does (国際NGO: a body named)
            # (運航会社の「…」: the kind, then の)
            k = j - 2 if j - 2 >= floor and toks[j - 1].surface == "の" else j - 1
            kind = j > floor and toks[k].end == toks[k + 1].start and toks[j - 1].end == toks[j].start and (
                toks[k].surface.endswith(ORG_HEADS) or self.r.orgs.resolve(inner) is not None)
            if (
                (toks[nxt].surface == "「" or kind) and toks[j].surface == "「"
                and 1 < len(inner) <= 25 and not any(ch in inner for ch in "、。「」")
            ):
                return Candidate(particle, "organization", inner, start=j, head=self.r.orgs.resolve(inner) or inner)
        m = self.mention_end.get(toks[end - 1].end)
        if m is not None:
            return Candidate(particle, "person", self.text[m.span_start : m.span_end], m, start=self._token_at(m.span_start, sent))
        if toks[end - 1].surface in ("本人", "自身") and end - 2 >= floor and (m := self.mention_end.get(toks[end - 2].end)) is not None:
            # 鍬田さん本人だ: the person named, themself (本人 alone is left: whom it means is the story's)
            return Candidate(particle, "person", self.text[m.span_start : m.span_end], m, start=self._token_at(m.span_start, sent))
        j = self._known_part(end, floor)
        if j >= 0:
            # 朴は, after 朴秀珍 was introduced: a name part Sudachi read as a
            # common word; 三輪は, after 三輪千夏: one it cut in two (三|輪)
            part = self.text[toks[j].start : toks[end - 1].end]
            m = self._part_mention(j, end - 1)
            return Candidate(particle, "person", part, m, start=j)
        if (j := self._honoured_part(end, floor)) >= 0:
            # バルディビア氏, after エルネスト・バルディビア: a part Sudachi read as a place, with an honorific
            return self._honoured(particle, j, end)
        m = self._name_then_phrase(end, sent)
        if m is not None:
            return Candidate(particle, "person", self.text[m.span_start : toks[end - 1].end], m, start=self._token_at(m.span_start, sent))
        prev = toks[end - 1]
        if prev.pos[0] not in ("名詞", "接尾辞") or self.inside[end - 1] >= 0:
            return Candidate(particle, "", "", start=end)
        k = count_at = end - 1
        if prev.pos[0] == "接尾辞" or prev.pos[2:3] == ("助数詞可能",):
            j = k
            while j - 1 >= floor and toks[j - 1].pos[1] == "数詞" and toks[j - 1].end == toks[j].start:
                j -= 1
            if j < k:
                # 同級生4人, 住民ら3人, 4人: the people counted; 野党3党: the bodies
                k = j
                count_at = j if prev.surface in PEOPLE_COUNTERS else count_at
                if count_at == j and j - 2 >= floor and toks[j - 1].surface == "ら" and (m := self.mention_end.get(toks[j - 2].end)) is not None:
                    # 山田太郎さんら3人: the group of the person named
                    return Candidate(particle, "person", self.text[m.span_start : m.span_end], m, start=self._token_at(m.span_start, sent))
        while k - 1 >= floor and toks[k - 1].end == toks[k].start and self.inside[k - 1] < 0 and (
            toks[k - 1].pos[0] in ("名詞", "接尾辞", "接頭辞") and toks[k - 1].pos[1] != "数詞" or self._katakana_dot(k - 1, floor)
        ):
            k -= 1
        np = self.text[toks[k].start : prev.end]
        if np in SEATS and k - 1 > floor and toks[k - 1].surface == "の":
            body = self._classify(k - 1, sent)
            if body.kind == "organization":
                return replace(body, particle=particle)  # 蒼浜化学工業の本社は: the company at its seat
        if np in STATEMENT_DOCUMENTS and (body := self.r.statement_of) is not None:
            # 声明は「…」としている: the words of the body that put the statement out
            return replace(body, particle=particle, start=k)
        doc = next((d for d in DOCUMENT_NOUNS if np.endswith(d)), None)
        if doc is not None and (author := self.r.documents.get(doc)) is not None:
            # 手紙は「…」と振り返り: the words of the letter's author named before
            return replace(author, particle=particle, start=k)
        if "・" in np and is_katakana(np.replace("・", "")):
            # ストラトス・ラボ, ヘルヴェティア・ファーマ: katakana words joined by ・
            # and no person's name (a name is a mention, above) name a body
            return Candidate(particle, "organization", np, start=k, head=self.r.orgs.resolve(np) or np)
        if k > floor and toks[k - 1].surface == "ある" and toks[k - 1].pos[0] == "連体詞" and (
                title_head(np) or is_person_noun(np)):
            # ある知事は: a governor left unnamed, never the one the article named
            return Candidate(particle, "unnamed", "ある" + np + age, start=k - 1, head=np)
        core = np.removeprefix("同")
        if core != np and not is_person_noun(core) and is_person_noun(np):
            core = np  # 同級生, 同僚: a word of its own, not 同 + a noun
        last = prev.surface
        pointer = k > floor and toks[k - 1].surface in ANAPHORS and toks[k - 1].end == toks[k].start
        if core.endswith(MEDIA_HEADS):
            return Candidate(particle, "", np, start=k)
        if np.startswith("同") and core in HONORIFICS:
            # 同氏: the person the last sentence was about (樫村大臣は…深見首相と会談した。同氏は:
            # 樫村), else the person mentioned last; never an office
            about = self.r.previous.person if self.r.previous is not None else None
            person = about or self.prior
            return Candidate(particle, "person" if person else "", np, person=person, start=k)
        if core in ROLE_NOUNS:
            # フランスの元首, 同国の指導者: a description of an office holder
            return Candidate(particle, "title", np, described=self._whose(k, sent, np), start=k)
        if title_head(core) and (last in TITLES or title_head(last) or core in TITLES) and not core.endswith(PERSON_NOUNS):
            known = self._known_surname(k, end)
            if known is not None:
                return Candidate(particle, "person", np, known, start=k)
            described = self._whose(k, sent, np)
            if self._kind_of_body(k, sent):
                # 金属加工会社の社長: the head of a body described by its kind,
                # not named (同社, 北嶺化成) nor met before (チームの): someone new
                return Candidate(particle, "unnamed", described, start=k, head=np)
            return Candidate(particle, "title", np, described=described, start=k)
        if core in PARTITIVES and (whose := self._whose(k, sent, np)) != np and is_person_noun(owner := whose[: -len(np) - 1]):
            # 教員の一部から, 住民の多くは: some of the people named before の
            if core == "間" and (j := self._owner_start(k, sent)) is not None:
                # 地元の生産者の間では: among them, so they are who speaks
                return Candidate(particle, "unnamed", self._whose(j, sent, owner) + age, start=k, head=_person_head(owner))
            return Candidate(particle, "unnamed", whose + age, start=k, head=_person_head(owner))
        if is_person_noun(core) or count_at < end - 1:  # 4人, 同級生4人: people, counted
            head = _person_head(core)
            if pointer or (core != np and core == head):  # この運転士, 同男性 (not 同庁幹部)
                ref = self.text[toks[k - 1].start : prev.end] if pointer else np
                return Candidate(particle, "unnamed", ref, start=k - 1 if pointer else k, anaphor=True, head=head)
            whose = self._whose(k, sent, np)
            start = k
            if whose != np:
                np = whose
            else:
                # 近くに住む住民: a bare 住民 is described by the clause before it
                j = self._relative_clause(k, sent)
                if j < k:
                    np, start = self.text[toks[j].start : prev.end], j
            return Candidate(particle, "unnamed", np + age, start=start, head=head)
        if title_head(core) and core[-1:] not in "長官相":
            return Candidate(particle, "title", np, start=k)
        org = self.r.orgs.resolve(np)
        if org is not None:
            return Candidate(particle, "organization", np, start=k, head=org)
        if np.startswith("同") and len(np) > 1 or core.endswith(ORG_HEADS) or prev.pos[1:3] == ("固有名詞", "一般"):
            # a proper noun that is neither a person nor a place (東洋電機) names a body
            # a place is no body (東京都内は), except one named with its
            # administration, which speaks for it (岡山県は…と発表した)
            places = all(t.pos[1] == "固有名詞" and len(t.pos) > 2 and t.pos[2] == "地名" for t in toks[k:end])
            administration = toks[end - 1].pos[2:3] == ("地名",) and toks[end - 1].surface.endswith(ADMINISTRATIONS)
            return Candidate(particle, "" if places and not administration else "organization", np, start=k)
        if all(t.pos[1] == "固有名詞" and len(t.pos) > 3 and t.pos[2] == "地名" for t in toks[k:end]) and prev.pos[3] == "国":
            return Candidate(particle, "organization", np, start=k)  # 日本は「…」: a state speaks
        return Candidate(particle, "", np, start=k)

    def _katakana_dot(self, k: int, floor: int) -> bool:
        """Whether token ``k`` is a ・ between two katakana nouns glued to it."""
        toks = self.toks
        if toks[k].surface != "・" or k - 1 < floor or k + 1 >= len(toks):
            return False
        before, after = toks[k - 1], toks[k + 1]
        return (
            before.end == toks[k].start and is_katakana(before.surface) and before.pos[0] == "名詞"
            and is_katakana(after.surface) and after.pos[0] == "名詞"
        )

    def is_topic(self, c: Candidate) -> bool:
        """Whether ``c`` is the topic of its sentence (Sは, Sも), not a subject (Sが)."""
        return self.toks[c.particle].surface in TOPIC_PARTICLES

    def embedded(self, c: Candidate, upto: int) -> bool:
        """Whether a subject (Sが, Sから) belongs to a clause that closes before
        token ``upto``: a relative clause (警察が…実施した当初), a condition
        or concession (原告男性が注意しても), a time or reason (…した際). A topic
        (Sは, Sも) or a subject set off by 、 is the sentence's own; so is the
        content of a noun (生徒が出るとの指摘については、「…」).
        """
        toks = self.toks
        if toks[c.particle].surface in TOPIC_PARTICLES or (c.particle + 1 < len(toks) and toks[c.particle + 1].surface == "、"):
            return False
        for k in range(c.particle + 1, min(upto, len(toks))):
            t = toks[k]
            if self.inside[k] >= 0:
                continue
            if t.pos[0] == "助詞" and (
                t.surface in SUBORDINATORS or t.surface in ("て", "で") and k + 1 < upto and toks[k + 1].surface == "も"
            ):
                return True  # …しても, …なので
            if t.pos[0] == "助詞" and t.pos[1] == "接続助詞" and t.surface in ("が", "と", "から", "けど"):
                return True  # 山田氏が来ると, Sが…したが: a clause of its own
            if (
                t.surface == "と" and t.pos[1] == "格助詞" and k + 2 < upto and toks[k + 1].surface in ("の", "いう", "する")
                and toks[k - 1].pos[0] in ("動詞", "助動詞", "形容詞")
            ):
                return True  # 生徒が出るとの指摘 (not 自民との合意): what a noun says, a clause of its own
            if t.pos[0] in ("動詞", "助動詞", "形容詞") and k + 1 < len(toks) and (
                is_relative(toks, k) or toks[k + 1].surface in CLAUSE_NOUNS
                or toks[k + 1].surface == "「" and k + 1 < upto and is_attributive(t)
            ):
                return True  # (政府が)まとめた会合, まとめた「…プラン」について: a clause describing a noun
        return False

    def _phrase_start(self, k: int, floor: int = 0) -> int:
        """The first token (not before ``floor``) of the run of glued nouns and
        affixes ending with token ``k``: 北浜市+教育+委員会."""
        toks = self.toks
        while k - 1 >= floor and toks[k - 1].pos[0] in ("名詞", "接尾辞", "接頭辞") and toks[k - 1].end == toks[k].start:
            k -= 1
        return k

    def _quote_ends_block(self, at: int) -> bool:
        """Whether the 「 at token ``at`` opens a quote that runs to the end of the block."""
        text = self.text.rstrip()
        return quote_runs_to_end(text, self.toks[at].start)

    def _whose(self, k: int, sent: Sentence, np: str) -> str:
        """``np`` (starting at token ``k``) with the の-phrase that says whose:
        市役所の職員, 70代の女性, 同会派の幹事長."""
        j = self._owner_start(k, sent)
        return np if j is None else self.text[self.toks[j].start : self.toks[k].start] + np

    def _owner_start(self, k: int, sent: Sentence) -> int | None:
        """The first token of the noun phrase + の right before token ``k``
        (市役所 of 市役所の職員), or None."""
        toks = self.toks
        if k - 2 >= sent.first and toks[k - 1].surface == "の" and toks[k - 2].pos[0] in ("名詞", "接尾辞", "連体詞") and self.inside[k - 2] < 0:
            j = self._phrase_start(k - 2, sent.first)
            if toks[j].pos[0] != "連体詞" or toks[j].surface == "別":
                return j
        if k - 2 > sent.first and toks[k - 1].surface == "の" and toks[k - 2].surface in ("）", ")"):
            # 男性（47）の妻: the owner with an age in brackets
            o = k - 3
            while o > sent.first and k - 2 - o <= 4 and toks[o].surface not in ("（", "("):
                o -= 1
            bracket = self.text[toks[o].start : toks[k - 2].end]
            if o - 1 >= sent.first and AGE_RE.fullmatch(bracket) and toks[o - 1].pos[0] in ("名詞", "接尾辞") and self.inside[o - 1] < 0:
                return self._phrase_start(o - 1, sent.first)
        return None

    def _kind_of_body(self, k: int, sent: Sentence) -> bool:
        """Whether the title at token ``k`` comes after ``Nの`` where N is a
        compound of common nouns (金属+加工+会社, 大手+電機+メーカー): a kind
        of body, not one named or pointed to."""
        j = self._owner_start(k, sent)
        owner = self.toks[j : k - 1] if j is not None else ()
        return len(owner) >= 2 and all(t.pos[1] == "普通名詞" for t in owner)

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

    def _describes_next(self, at: int, sent: Sentence) -> bool:
        """Whether the first predicate after token ``at``, with no comma or
        bracket between, is a clause describing the noun after it (校長も務めた男性)."""
        end = self.first_predicate_end(at, sent.last, lambda t: t.pos[0] == "補助記号")
        return end >= 0 and is_relative(self.toks, end)

    def first_predicate_end(self, at: int, upto: int, stops: Callable[[Token], bool]) -> int:
        """The last token of the first predicate (a verb or an adjective) after
        token ``at`` and before ``upto``, with no quote nor token ``stops``
        holds for before it; else -1."""
        toks = self.toks
        for k in range(at + 1, upto):
            if self.inside[k] >= 0 or stops(toks[k]):
                return -1
            if toks[k].pos[0] in ("動詞", "形容詞"):
                return predicate_end(toks, k)
        return -1

    def _honoured_part(self, end: int, floor: int, titles: bool = False) -> int:
        """The first token of a name part met before that an honorific closes
        right before token ``end`` (バルディビア氏, 葦原氏), or with ``titles``
        also a title (堀之内社長, 堀之内 read as a place), else -1."""
        closer = self.toks[end - 1].surface if end - 1 > floor else ""
        if not (closer in HONORIFICS or titles and closer and title_head(closer)):
            return -1
        return self._known_part(end - 1, floor)

    def _honoured(self, particle: int, j: int, end: int) -> Candidate:
        """The person of :meth:`_honoured_part` from token ``j``, with the honorific."""
        toks = self.toks
        m = self._part_mention(j, end - 2, toks[end - 1])
        return Candidate(particle, "person", self.text[toks[j].start : toks[end - 1].end], m, start=j)

    def _relative_clause(self, k: int, sent: Sentence) -> int:
        """The first token of a relative clause ending right before token ``k``
        (麓に住む, 会場を訪れた, 電車に乗務していた): its verb with what hangs on
        it (する, て, auxiliaries) and at most one argument before it, else ``k``."""
        toks = self.toks
        j = k - 1
        if j < sent.first or not is_relative(toks, j) or self.inside[j] >= 0:
            return k
        while j > sent.first and (
            toks[j].pos[0] == "助動詞" or toks[j].surface in ("て", "で") and toks[j].pos[0] == "助詞"
            or toks[j].pos[0] == "動詞" and toks[j].pos[1] == "非自立可能"
        ):
            j -= 1
        if toks[j].pos[0] == "動詞" and toks[j].dictionary == "する" and j > sent.first and toks[j - 1].pos[0] == "名詞":
            j -= 1  # 乗務 + して
        if toks[j].pos[0] not in ("動詞", "名詞") or self.inside[j] >= 0:
            return k
        if j > sent.first and toks[j - 1].surface == "と" and toks[j - 1].pos[0] == "助詞":
            return k  # 「…」という来場者: the clause quotes them, it does not describe them
        start = j
        if j - 1 > sent.first and toks[j - 1].surface in ("に", "で", "を", "から", "も") and toks[j - 1].pos[0] == "助詞":
            a = j - 2
            if toks[a].pos[0] in ("名詞", "接尾辞") and self.inside[a] < 0:
                start = self._phrase_start(a, sent.first)
        return start

    def _known_part(self, end: int, floor: int) -> int:
        """The first token of a name part of someone introduced before, written
        alone right before token ``end`` (Sudachi may read it as a common word
        or cut it: 三|輪), else -1. Only a whole noun phrase: not 大朴 or 朴市."""
        toks = self.toks
        for j in range(end - 1, max(floor, end - MAX_PART_TOKENS) - 1, -1):
            if toks[j].pos[0] not in ("名詞", "接尾辞") or j < end - 1 and toks[j].end != toks[j + 1].start:
                return -1
            glued = j > floor and toks[j - 1].end == toks[j].start and toks[j - 1].pos[0] in ("名詞", "接頭辞")
            if not glued and toks[j].pos[0] == "名詞" and self.r.directory.knows(self.text[toks[j].start : toks[end - 1].end]):
                return j
        return -1

    def _part_mention(self, j: int, last: int, honorific: Token | None = None) -> Mention:
        """The mention of a known name part written as tokens ``j`` to ``last``
        (and an honorific after them): the person it names is now the one
        mentioned last (同氏 in the next sentence is them)."""
        toks = self.toks
        part = self.text[toks[j].start : toks[last].end]
        after, after_end = (honorific.surface, honorific.end) if honorific is not None else ("", 0)
        m = Mention(toks[j].start, toks[last].end, part, after, toks[last].end, after_end, after=after, after_end=after_end,
                    parts=(part,))
        person = self.r.directory._match(m)
        if person is not None:
            self.r.directory.last = person
        return m

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

    def speaker(self, cands: list[Candidate], direct: bool) -> SpeakerDraft | None:
        """The first of ``cands`` that names a speaker, as the reader's speaker."""
        for c in cands:
            sp = self.r.speaker_for(c, self.block_no, direct)
            if sp is not None:
                return sp
        return None


#: The person nouns, longest first (運転士 before 士).
_PERSON_NOUNS_LONGEST_FIRST = sorted(PERSON_NOUNS, key=len, reverse=True)


def _person_head(np: str) -> str:
    """The noun that says what a described person is (男性 of 70代の男性, 運転士 of 男性運転士)."""
    for noun in _PERSON_NOUNS_LONGEST_FIRST:
        if np.endswith(noun):
            return noun
    return np[-2:] if len(np) >= 2 else np

