"""Whom a sentence is about: who a statement with its subject left out in a
later sentence continues, and whether a sentence announces a quote standing
alone after it (Sはこう語った。「…」).

Core module (no Textual), one concept of the quote reader
(:mod:`tui.quotes.reader`): after each sentence, its topic or subject (not a
time, a setting, a thing described, someone things were done to), else the
person a cleft, a noun phrase, a presence or a piece of hearsay names, is
whom the next subjectless statement continues; a press conference held or an
interview given says whose the answers after ―― questions are.
"""

from __future__ import annotations

import re

from .candidates import Candidate
from .directory import RELATIVES
from .direct import DirectQuotes
from .reported import ReportedSpeech, is_time_noun
from .sentences import Sentence
from .sites import Site
from .speech import (
    CROWD_NOUNS, DOCUMENT_NOUNS, PUBLISHING, READING_OUT, STATEMENT_DOCUMENTS, expressive_head, head_of, is_passive, predicate_end, speech_head,
    verb_word,
)
from .state import SpeakerDraft

#: An age in brackets ending where a search stops (矢萩美咲さん（18）|の姿).
AGE_BEFORE_RE = re.compile(r"[（(][0-9０-９]{1,3}(?:歳|代)?[)）]$")


def _one_person(c: Candidate) -> bool:
    """Whether an unnamed speaker phrase is one person (男性の長女（55）), not a
    crowd (観客, 町民200名: a number outside the age's brackets)."""
    bare = re.sub(r"[（(][^）)]*[）)]", "", c.text)
    return c.head not in CROWD_NOUNS and not any(ch.isdigit() for ch in bare)


class SentenceTopics(DirectQuotes, ReportedSpeech):
    """What each sentence of a block says about who speaks next (a mixin of
    :class:`tui.quotes.reader.BlockReader`, which sets the attributes below)."""

    sites: list[Site]
    """The quotes found in the sentence being read."""
    cands: list[Candidate]
    """Its speaker phrases."""

    def _person_source(self, sent: Sentence) -> Candidate | None:
        """The person a sentence opens by citing (山田教授によると、, 山田氏によれば、)."""
        c = self._source(sent)
        return c if c is not None and c.kind in ("person", "title") else None

    def _source(self, sent: Sentence) -> Candidate | None:
        """What a sentence opens by citing (山田教授によると、, 同保安部によると、)."""
        toks = self.toks
        for i in range(sent.first + 1, min(sent.last - 2, sent.first + 10)):
            if toks[i].surface == "に" and toks[i + 1].dictionary == "よる" and toks[i + 2].surface in ("と", "ば"):
                return self._classify(i, sent)
        return None

    def _after_sentence(self, sent: Sentence, cands: list[Candidate], found: list[tuple[Site, SpeakerDraft]]) -> None:
        """Who a subjectless statement in the next sentence continues, and
        whether this sentence announces a quote standing alone next."""
        r = self.r
        if not (len(self.sites) == 1 and self.sites[0].only and self.sites[0].verbless):
            r.label = None  # the label's quote lines are over
        main = self._main_subject(sent, cands)
        # 小宮山さんによると、当時、蔵で働く女性は自分一人だったという。「…」: who told it,
        # not the people it told of, is whom the next statement continues
        source = self._person_source(sent)
        if source is not None and main is not None and main.particle > source.particle:
            main = source
        after = self._announcer_after(cands, found, sent.last)
        if after is not None and (sp := r.speaker_for(after, self.block_no, True)) is not None:
            r.previous = sp  # 記者が「…」と聞くと、三輪さんは首を横に振った。「…」: 三輪さん's
        elif found and found[-1][0].passive:
            # 医師から「…」と告げられた: words said to the one the sentence is about, who
            # (not the doctor) is whom a statement next continues
            if (main is not None and main.speaks and self.toks[main.particle].surface != "から"
                    and (sp := r.speaker_for(main, self.block_no, True)) is not None):
                r.previous = sp
        elif found:
            r.previous = found[-1][1]
        elif (named := self._identified_at_end(sent)) is not None:
            r.previous = named  # …呼び込まれたのは、ギタリストの佐伯徹。「…」と話し: who the cleft names
        elif (main is None or not main.speaks) and (
                named := (self._named_alone(sent) if main is None else None) or self._present(cands)) is not None:
            # 批判をかわしきれなかった堀之内氏。…「…」と語った: a sentence that is a person;
            # 最終列車には、…矢萩美咲さん（18）の姿もあった: a person there
            r.previous = named
        elif main is not None and main.speaks:
            # but 夫は避難の途中で殺害された。「…」: a relative things were done to, told in the
            # story of the person before; a statement next is still that person's (not so
            # トラック運転手の男性（52）は、…足止めされた。「…」: someone new, whom it is about)
            # nor この日の観客は4812人で…: a crowd counted, whom no statement continues
            if not (main.kind == "unnamed" and (
                    is_passive(self.toks, self._last_word(sent)) and main.head in RELATIVES or main.head in CROWD_NOUNS)):
                r.previous = r.speaker_for(main, self.block_no, True)
        elif source is not None:
            # 山田教授によると、…という。「…」との見通しを示した: hearsay is no quote,
            # but the person it came from is who the next statement continues
            r.previous = r.speaker_for(source, self.block_no, True)
        elif not found and (cited := self._source(sent)) is not None and cited.kind == "organization":
            # 同保安部によると、…という。…おそれはないとしている: the body cited goes on, whose
            # words without 「」 are no quote; never the person quoted before it
            r.previous = r.carried = None
        elif main is not None and self.is_topic(main):
            # 報告書は、…と認定。: a thing acting, whom the next statement continues;
            # but 第3セットは逆転だった。: a thing described, and a statement with
            # no subject after it still continues the person spoken of before
            owner = self._owner(main)
            if owner is not None:
                # ルーカスさんの工房は…という。「…」と目を輝かせた: a thing of a person,
                # who the sentence is about
                r.previous = r.speaker_for(owner, self.block_no, True)
            else:
                r.carried = (r.previous or r.carried) if self._describes(sent) or self._about_things(sent, cands) else None
                r.previous = None
        sent_docs: dict[str, Candidate] = {}
        for c in cands:
            # 回復した男性から手紙が届けられた: whose words a later 手紙には「…」 are
            doc = self._sent_document(c)
            if doc is not None:
                r.documents[doc] = sent_docs[doc] = c
        read_out = self._read_out(sent)
        if read_out is not None and (writer := sent_docs.get(read_out)) is not None:
            # …から届いた手紙を、司会者が読み上げた。⏎「…」: the writer's words
            r.previous = r.speaker_for(writer, self.block_no, True) or r.previous
        if main is not None and main.kind == "organization" and self._issues_statement(sent):
            r.statement_of = main  # 学会は…声明を採択した。声明は「…」としている: the body's words
        r.announcer = None
        interviewed = self._interviewed(sent) or self._held_conference(sent, main)
        if interviewed is not None:
            # トミさんに話を聞いた。⏎――…⏎「…」: the answers are hers; so are those after
            # …局長は…記者会見し、「…」と述べた。⏎会見での主なやりとり⏎――…
            r.interviewee = interviewed
        head = self._final_report(sent)
        if head is None:
            return
        k, last, strong = head
        # its own subject after the last quote (記者が「…」と尋ねると、山田さんは
        # こう答えた), else the sentence's (山田さんは、記者から「…」と問われ、
        # こう答えた), else whoever spoke last in it
        own = self._announcer_after(cands, found, k) or (main if main is not None and main.speaks else None)
        if own is not None:
            speaker = r.speaker_for(own, self.block_no, True)
            if speaker is not None:
                r.previous = speaker
        else:
            speaker = found[-1][1] if found else None
        if speaker is not None:
            r.announcer = (speaker, self.text[self.toks[k].start : self.toks[last].end], self.block_no, strong)

    def _sent_document(self, c: Candidate) -> str | None:
        """The letter or message phrase ``c`` wrote or sent (Xから手紙, Xからの手紙,
        Xから届いた手紙, Xが弟子に宛てた手紙), or None."""
        toks, k = self.toks, c.particle
        if not c.human or toks[k].surface not in ("から", "が"):
            return None
        for j in range(k + 1, min(k + 9, len(toks))):
            t = toks[j]
            if t.surface in DOCUMENT_NOUNS and self.inside[j] < 0:
                before = toks[j - 1]
                clause = before.pos[0] in ("動詞", "助動詞") or before.surface == "の" or j == k + 1 and before.surface == "から"
                return t.surface if clause else None
            if t.surface in ("、", "。") or self.inside[j] >= 0 or t.pos[0] == "助詞" and t.surface not in ("に", "へ", "の"):
                return None
        return None

    def _read_out(self, sent: Sentence) -> str | None:
        """The letter or message the sentence ends by reading out (…手紙を、司会者が
        読み上げた; …手紙を、教頭が代読した), else None: its writer's words follow."""
        toks = self.toks
        k = self._last_word(sent)
        while k > sent.first and toks[k].pos[0] in ("助動詞", "助詞"):
            k -= 1
        if verb_word(toks, k) not in READING_OUT:
            return None
        wo = next((x for x in range(k - 1, sent.first + 1, -1) if toks[x].surface == "を" and self.inside[x] < 0), -1)
        return toks[wo - 1].surface if wo > 0 and toks[wo - 1].surface in DOCUMENT_NOUNS else None

    def _issues_statement(self, sent: Sentence) -> bool:
        """Whether the sentence puts out or adopts a statement (声明を発表した,
        声明を採択した, 談話を出した)."""
        toks = self.toks
        return any(
            toks[k].surface in STATEMENT_DOCUMENTS and toks[k + 1].surface == "を"
            and (head_of(toks, k + 2, PUBLISHING) or toks[k + 2].surface == "採択")
            for k in range(sent.first, sent.last - 2)
        )

    def _identified_at_end(self, sent: Sentence) -> SpeakerDraft | None:
        """The person a cleft with no quote names at its end (…呼び込まれたのは、
        ギタリストの佐伯徹。, …のは山田さんだ。), else None."""
        toks = self.toks
        for k in range(sent.first + 1, sent.last - 1):
            if toks[k].surface == "の" and toks[k].pos[1] == "準体助詞" and toks[k + 1].surface == "は" and self.inside[k] < 0:
                c = self._speaker_ending(k + 2, sent, copula=True)
                if (c is not None and c.kind == "unnamed" and not is_passive(toks, k - 1) and self.r.previous is not None
                        and self.r.previous.kind != "organization" and not any(t.surface == "を" for t in toks[sent.first : k])):
                    # 最初に受け持ったのは、…女性だった: whom the teacher the story is about taught,
                    # the clause's object left out (not クマを最初に見つけたのは…男性だ: who found it;
                    # nor after a body spoke, 通報したのは、…母親だった: no person the story is about)
                    return None
                return self.r.speaker_for(c, self.block_no, True) if c is not None else None
        return None

    def _named_alone(self, sent: Sentence) -> SpeakerDraft | None:
        """The person a sentence that is only a noun phrase names by name,
        described before (長期市政への批判をかわしきれなかった堀之内氏。), else None."""
        c = self._speaker_ending(sent.first, sent, copula=True)
        return self.r.speaker_for(c, self.block_no, True) if c is not None and c.kind == "person" else None

    def _present(self, cands: list[Candidate]) -> SpeakerDraft | None:
        """The person whose presence the sentence reports (…矢萩美咲さん（18）の姿も
        あった: Xの姿), or whose place it is set in (鳴海亘さん（55）の畑では、…傷が
        ついた: Xの畑では), else None."""
        for c in cands:
            if c.speaks or (owner := self._owner(c)) is None:
                continue
            if c.text == "姿" or self.toks[c.particle - 1].surface == "で" and self.toks[c.particle].surface == "は":
                return self.r.speaker_for(owner, self.block_no, True)
        return None

    def _held_conference(self, sent: Sentence, main: Candidate | None):
        """The person the sentence says held a press conference (Sは…記者会見し,
        Sは会見を開き), else None."""
        if main is None or main.kind != "person" or self.toks[main.particle].surface not in ("は", "が"):
            return None
        if not any(t.surface in ("記者会見", "会見") and t.start > self.toks[main.particle].start for t in self.toks[sent.first : sent.last]):
            return None
        sp = self.r.speaker_for(main, self.block_no, True)
        return sp.person if sp is not None else None

    def _interviewed(self, sent: Sentence):
        """The person the sentence says was interviewed (Xに話を聞いた, Xに
        インタビューした, Xに取材した), if it ends so; else None."""
        toks = self.toks
        k = self._last_word(sent)
        while k > sent.first and toks[k].pos[0] == "助動詞":
            k -= 1
        if toks[k].dictionary == "する" and k > sent.first and toks[k - 1].surface in ("インタビュー", "取材"):
            k -= 1
        elif not (toks[k].dictionary in ("聞く", "伺う") and k - 2 > sent.first and toks[k - 1].surface == "を"
                  and toks[k - 2].surface in ("話", "お話")):
            return None
        for j in range(k - 1, sent.first, -1):
            if toks[j].surface == "に" and toks[j].pos[1] == "格助詞" and self.inside[j] < 0:
                c = self._classify(j, sent)
                sp = self.r.speaker_for(c, self.block_no, True) if c.kind == "person" else None
                return sp.person if sp is not None else None
            if toks[j].surface in ("、", "。"):
                return None
        return None

    def _announcer_after(self, cands: list[Candidate], found: list[tuple[Site, SpeakerDraft]], k: int) -> Candidate | None:
        """A speaker phrase of its own for the reporting predicate at token ``k``
        that ends the sentence, after the predicate of the sentence's last quote
        found (…と尋ねると、山田さんは…こう答えた): None when there is no quote
        found before it."""
        if not found:
            return None
        site = found[-1][0]
        after = max(site.last, site.close)
        return next((c for c in reversed(cands) if c.speaks and after < c.start and not self.embedded(c, k)), None)

    def _main_subject(self, sent: Sentence, cands: list[Candidate]) -> Candidate | None:
        """What the sentence is about: its first topic (Sは) or subject (Sが) that
        belongs to no embedded clause, not a time (当初は, 今回は, 昨季は) nor a
        setting that names no speaker (会見では)."""
        for c in cands:
            t = self.toks[c.particle - 1]
            if is_time_noun(t) or self.embedded(c, sent.last):
                continue
            if (t.surface == "で" or t.pos[1] == "準体助詞") and not c.speaks:
                continue  # 会見では: a setting; 意識したのは: a clause; neither is who the sentence is about
            if t.pos[0] == "助詞" and not c.speaks and (
                    (d := next((d for d in cands if d.particle > c.particle and d.speaks), None)) is None
                    or d.kind in ("person", "title") or d.kind == "unnamed" and _one_person(d)):
                # 対策には、給付が盛り込まれた: a setting or a theme, and no one in it; 会見には、
                # 氏家選手も駆けつけ, 式には男性の長女（55）も同席し: a setting, and the person in it
                # is who the sentence is about; but 式典には、町民200名が参加した: a crowd is no one
                # a statement continues
                continue
            if self.toks[c.particle].surface == "も" and not c.speaks:
                continue  # 何度も来たという男性は: even, also; not who the sentence is about
            if not c.speaks and self.toks[c.particle].surface == "は" and (winner := self._final_subject(c, sent, cands)) is not None:
                return winner  # 新人賞は、…を演じた蒔田すず（13）が受賞した: who received it
            if self.toks[c.particle].surface in ("は", "も", "が"):
                later = self._topic_after_clause(c, sent, cands)
                if later is not None and (not c.speaks or later.human):
                    # 幸い命は取り留めたが、笠原さんは…: the clause's thing, then who it is about;
                    # 同社は…と主張していたが、矢吹裁判長は「…」と退けた: the one after the clause
                    return later
                return c
        return None

    def _topic_after_clause(self, c: Candidate, sent: Sentence, cands: list[Candidate]) -> Candidate | None:
        """A topic that speaks after the clause ``c`` belongs to, closed by a
        conjunctive particle and a comma (命は取り留めたが、笠原さんは)."""
        toks = self.toks
        for d in cands:
            if d.particle <= c.particle or not d.speaks or toks[d.particle].surface != "は" or self.embedded(d, sent.last):
                continue
            start = d.start if d.start >= 0 else d.particle
            if any(toks[x].pos[1] == "接続助詞" and toks[x + 1].surface == "、" for x in range(c.particle + 1, start - 1)):
                return d
            return None
        return None

    def _final_subject(self, topic: Candidate, sent: Sentence, cands: list[Candidate]) -> Candidate | None:
        """A named person who is the subject (Sが) of the sentence's last
        predicate after a topic that is a thing, nothing set off between them
        and the end (新人賞は、…蒔田すず（13）が受賞した。), else None."""
        d = next((d for d in cands if d.particle > topic.particle and d.speaks), None)
        if d is None or d.kind != "person" or self.toks[d.particle].surface != "が":
            return None
        rest = self.toks[d.particle + 1 : sent.last]
        return d if rest and not any(t.surface in ("、", "，", "「") for t in rest) else None

    def _owner(self, topic: Candidate) -> Candidate | None:
        """The person whose thing ``topic`` is, named right before it with の
        (ルーカスさんの工房は), as a candidate; else None."""
        if topic.start < 1 or self.toks[topic.start - 1].surface != "の":
            return None
        of = self.toks[topic.start - 1].start
        age = AGE_BEFORE_RE.search(self.text, 0, of)
        if age is not None:
            of = age.start()  # 矢萩美咲さん（18）の姿: the person's age between
        m = next((m for m in self.mentions if m.span_end == of), None)
        return None if m is None else Candidate(topic.particle, "person", self.text[m.span_start : m.span_end], m)

    def _about_things(self, sent: Sentence, cands: list[Candidate]) -> bool:
        """Whether the sentence tells of things only: no statement, no source
        cited, no one in it (最初の3年間は、…毎日だった。; 出演作は…に上る。):
        whom the story is about is still who it was."""
        if self.sites or any(c.human for c in cands):
            return False
        before = self.text[sent.start : sent.end]
        return not any(cue in before for cue in SOURCE_CUES)

    def _last_word(self, sent: Sentence) -> int:
        """The index of the sentence's last token before its closing symbols (。」)."""
        end = sent.last - 1
        while end > sent.first and self.toks[end].pos[0] == "補助記号":
            end -= 1
        return end

    def _describes(self, sent: Sentence) -> bool:
        """Whether the sentence ends by saying what its topic is or became, a
        noun and a copula (…逆転だった, …である), と/に なる (…ロングセラーとなった)
        or a noun alone (…たどる長編。): no act of its own."""
        toks = self.toks
        end = self._last_word(sent)
        k = end
        while k > sent.first and toks[k].pos[0] == "助動詞" and toks[k].dictionary in ("た", "ます"):
            k -= 1  # the tense and politeness after the copula or なる
        if toks[k].dictionary == "ある" and k > sent.first and toks[k - 1].dictionary == "だ":
            k -= 1  # である
        if toks[k].pos[0] == "助動詞" and toks[k].dictionary in COPULAS:
            return k > sent.first and toks[k - 1].pos[0] == "名詞"
        if k == end and toks[k].pos[0] == "名詞" and toks[k].pos[2] != "サ変可能":
            return True  # 作品は、…をたどる長編。: a noun ends it (not 認定。, an act)
        return (toks[k].dictionary == "なる" and k - 1 > sent.first and toks[k - 1].surface in ("と", "に")
                and toks[k - 2].pos[0] == "名詞")

    def _final_report(self, sent: Sentence) -> tuple[int, int, bool] | None:
        """The reporting predicate that ends the sentence, if it ends with one:
        a speech verb (言った, このように切り返した), a reaction (猛反発した), or
        any verb after a quotative と (…であると称した). ``(first, last,
        strong)``: strong when it has no content of its own (言った) or points
        ahead (次のように述べた)."""
        toks = self.toks
        end = self._last_word(sent)
        for k in range(end, max(sent.first, end - 6) - 1, -1):
            if self.inside[k] >= 0:
                return None
            if speech_head(toks, k) or expressive_head(toks, k) or (
                toks[k].pos[0] == "動詞" and k > sent.first and toks[k - 1].surface == "と" and toks[k - 1].pos[0] == "助詞"
            ):
                last = predicate_end(toks, k)
                if last >= end and not is_passive(toks, last):
                    cataphor = self._cataphor_before(k, sent)
                    start = self._token_at(toks[k].start - len(cataphor), sent) if cataphor else k
                    content = toks[k - 1].surface == "と" or self._marker(k, sent) is not None or any(
                        self.inside[x] >= 0 for x in range(sent.first, k)
                    )
                    return start, last, bool(cataphor) or not content
                return None
        return None


#: Copulas (dictionary forms): what a noun predicate ends with.
COPULAS = frozenset({"だ", "です", "である"})


#: What cites a source (東西新聞によると, 山田教授による調査では): a sentence told
#: by a source is the source's, not a story's sentence about things.
SOURCE_CUES = ("によると", "によれば", "による調査", "の調べでは", "の調べによると")
