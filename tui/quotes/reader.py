"""Finding quotes and their speakers: one pass over an article's prose.

Core module (no Textual); the public entry point is :func:`find_speakers`.
Blocks are read in document order, sentence by sentence, each once, so the
work is linear in the article's length. For each sentence the finders
(:mod:`tui.quotes.direct`, :mod:`tui.quotes.reported`) list its quotes as
:class:`~tui.quotes.sites.Site` s and the sieves (:mod:`tui.quotes.sieves`)
name their speakers; this module carries what crosses sentences: who spoke
last, a sentence announcing the next one's quote (Sは言った。「…」), a quote
standing alone whose speaker the next sentence names (「…」。Sはこう語った),
list lines sharing one verb, and interview answers. Whom each sentence is
about, which decides who a statement with no subject continues, is
:mod:`tui.quotes.about`'s.
"""

from __future__ import annotations

import re
from typing import Sequence

from ..analysis import Analysis, Mention, Token, find_people, title_head, tokenize
from ..text import FULL_STOPS, Article, Block, is_katakana, is_turn
from .about import SentenceTopics
from .candidates import SUBJECT_PARTICLES, Candidate
from .model import Quote, Speaker
from .reported import RELAYED_NOUNS, is_time_noun
from .sentences import Sentence, sentences
from .sieves import attribute
from .sites import Site
from .speech import (
    ASKING_VERBS, DECLINING_VERBS, DOCUMENT_NOUNS, HEAD_SURFACES, OWNER_NOUNS, SPEECH_VERBS, STATED_VIEW_NOUNS, WEBSITE_NOUNS, expressive_head, is_passive, is_relative,
    grounded, predicate_end, reaction_start, speech_head, speech_heads,
)
from .state import Reader, SpeakerDraft

#: How an interviewer's question line starts (――今季の目標は。).
QUESTION_MARKS = ("―", "─", "—", "Ｑ", "Q：", "Q.", "Q:", "問：")

#: Surfaces a rule may start from (with the speech verbs by dictionary form).
_START_SURFACES = frozenset(SUBJECT_PARTICLES) | HEAD_SURFACES | STATED_VIEW_NOUNS | RELAYED_NOUNS

#: A label line that names who speaks in the quote lines after it.
LABEL_RE = re.compile(r"(?:以下[、，]?)?(?P<who>.+?)(?:の(?:コメント|談話|声明|発言|主な発言|話|一問一答)(?:は次の通り|全文)?)?")

#: What follows a name cited as the news media a report draws on (NHKなどによると).
MEDIA_CUES = ("などによると", "などによれば", "などの報道", "の報道", "が報じ", "などが報じ")
#: What follows an organisation that does or says something: Xは, Xによると; or the
#: name a sentence ends with (…を製造したのは、部品メーカー、潮見精密工業。): its answer.
ACTING = ("は", "が", "も", "では", "によると", "によれば", "側", "の発表", "の広報", "として", "。", "だ。", "です。")
#: A short name given in brackets after an organisation's: （以下、改革）, （ハピスト）, （EU）.
SHORT_NAME_RE = re.compile(r"[（(](以下[、，]?)?([^（）()、。\s]{1,12})[)）]")
#: Endings of a bracket that says where, not what: 北浜放送（北浜市）.
_PLACE_ENDINGS = ("市", "町", "村", "県", "都", "府", "道", "区", "州", "国")


def find_speakers(article: Article, analysis: Analysis) -> tuple[Speaker, ...]:
    """The speakers of ``article`` in order of their first quote, quotes in document order."""
    return read(article, analysis).result()


def explain(article: Article, analysis: Analysis) -> list[tuple[str, Quote, str]]:
    """Every quote as ``(speaker name, quote, rule)``, in the order they were
    found: which sieve (or cross-sentence rule) attributed each."""
    reader = read(article, analysis)
    reader.result()  # settles the speakers' names
    return [(sp.name, q, rule) for sp, q, rule in reader.trace]


def read(article: Article, analysis: Analysis) -> Reader:
    """The reader after one pass over ``article``."""
    reader = Reader()
    asked = False  # the previous block was an interviewer's question
    blocks = article.text_blocks()
    # an interview written as turns (記者「…」⏎山田さん「…」): a turn beside another
    turn = [b.kind in ("paragraph", "heading") and is_turn(b.text) for b in blocks]
    for block_no, block in enumerate(blocks):
        tokens = analysis.tokens.get(block.line)
        if tokens is None:
            tokens = tuple(tokenize(block.text))
        mentions = analysis.people.get(block.line)  # found by the analysis on the same tokens
        if mentions is None:
            mentions = find_people(block.text, tokens)
        orgs = analysis.organizations.get(block.line, ())
        br = BlockReader(reader, block, block_no, tokens, mentions, orgs)
        br.turn = turn[block_no] and ((block_no > 0 and turn[block_no - 1]) or (block_no + 1 < len(blocks) and turn[block_no + 1]))
        # captions and headlines name people but hold no quotes; a one-sentence
        # paragraph may have been taken for a subheading: its 。 gives it away
        prose = block.kind == "paragraph" or (block.kind == "heading" and block.text.rstrip().endswith(tuple(FULL_STOPS)))
        if asked and block.kind in ("paragraph", "heading") and _answer(br, reader):
            asked = False
            _settle(reader)
            continue
        asked = block.text.lstrip().startswith(QUESTION_MARKS)
        label = br.label() if block.kind in ("paragraph", "heading") else None
        if label is not None:
            _settle(reader)
            reader.label, reader.announcer = label, None  # 以下、山田氏のコメント: the quote lines after it are theirs
            br.skim(keep_label=True)
            continue
        if not prose:
            _settle(reader)
            br.skim()
            continue
        br.read()
    _settle(reader)
    return reader


def _settle(reader: Reader) -> None:
    """A quote paragraph that waited for the next paragraph to name its
    speaker, and that paragraph did not (it is not prose, or there is none):
    its fallback speaker's, if it has one."""
    pending, reader.pending = reader.pending, None
    if pending is not None and pending[2] is not None:
        site, owner, fallback = pending
        site.note = "announced"
        owner.record(fallback, site, "")


class BlockReader(SentenceTopics):
    """Quotes in one prose block: the finders sentence by sentence, the sieves
    for each quote found, and what carries over to the next sentence."""

    def __init__(
        self, reader: Reader, block: Block, block_no: int, tokens: Sequence[Token], mentions: Sequence[Mention],
        orgs: Sequence[tuple[int, int]] = (),
    ) -> None:
        super().__init__(block.text, tokens, mentions, block.line_starts)
        self.r = reader
        self.block = block
        self.line = block.line
        self.block_no = block_no
        self.orgs = sorted(orgs)
        # the tokens the rules start from, found in one pass over the block:
        # subject particles, speech heads (述べた, 強調し), view nouns (見方),
        # relayed nouns (発言) and verbs of declining to comment (説明を避けた)
        hits = [i for i, t in enumerate(tokens) if t.surface in _START_SURFACES or t.dictionary in SPEECH_VERBS or t.dictionary == "する"
                or t.dictionary in DECLINING_VERBS]
        self.particles = [i for i in hits if tokens[i].surface in SUBJECT_PARTICLES]
        self.heads = speech_heads(tokens, hits)
        self.head_set = set(self.heads)
        self.markers = sorted(self.head_set.union(
            [i for i in hits if tokens[i].surface in STATED_VIEW_NOUNS],
            [i for i in hits if tokens[i].dictionary in DECLINING_VERBS and grounded(tokens, i) >= 0],
        ))
        self.relayed = [i for i in hits if tokens[i].surface in RELAYED_NOUNS]
        self.cands: list[Candidate] = []
        """The speaker phrases of the sentence being read."""
        self.sites: list[Site] = []
        """The quotes of the sentence being read, in order."""
        self.turn = False
        """The block is a turn of an interview (記者「…」 beside 山田さん「…」)."""
        self.run: list[tuple[Site, Candidate]] = []
        """List lines waiting for their shared verb (日本は「…」⏎英国外務省は「…」⏎…などと述べ)."""
        self._mi = 0
        self._oi = 0

    # --- the pass ---------------------------------------------------------------

    def skim(self, keep_label: bool = False) -> None:
        """A caption or a headline: learn who and what it names, quote nothing."""
        self._learn(len(self.text))
        self.r.announcer = self.r.previous = self.r.carried = None
        if not keep_label:
            self.r.label = None

    def label(self, sent: Sentence | None = None) -> SpeakerDraft | None:
        """The speaker a label names for the quote lines after it: 以下、山田氏の
        コメント, 山田太郎氏。, 同社の声明 (the whole block, or ``sent``): a person
        or body, with の + コメント/談話/声明/発言 after it or nothing."""
        if sent is None:
            if len(self.text) > 48:
                return None
            sent = Sentence(0, len(self.text), 0, len(self.toks))
        text = self.text[sent.start : sent.end]
        if len(text) > 48:
            return None
        lead = len(text) - len(text.lstrip())
        text = text.strip().rstrip("。:：")
        m = LABEL_RE.fullmatch(text)
        if m is None or self._spans_in(sent) or len(text) > 40:
            return None
        start, end = sent.start + lead + m.start("who"), sent.start + lead + m.end("who")
        first, after = self._token_at(start, sent), self._token_at(end, sent)
        if after < 0:
            after = sent.last
        if first < 0 or self.toks[first].start != start or self.toks[after - 1].end != end:
            return None
        self._learn(sent.end)
        c = self._classify(after, sent, after, start_floor=first)
        if not c.speaks or (c.start != first and not self.text[self.toks[first].start : self.toks[c.start].start].endswith("の")):
            return None  # the label is the speaker, or says whose they are (店主の田中一郎さん。)
        return self.r.speaker_for(c, self.block_no, True)

    def read(self) -> None:
        for sent in sentences(self.text, self.spans, self.toks, self.breaks):
            self.prior = self.r.directory.last
            self._learn(sent.end)
            cands = self.cands = self._cands_cache = self.candidates(sent)
            for c in cands:
                self.r.note(c, self.block_no)
            used: set[int] = set()
            direct = self.direct_sites(sent, cands, used)
            relayed = self.relayed_sites(sent, used)  # first: its closing verb (…とした) is no statement of its own
            sites = sorted(direct + self.reported_sites(sent, used, direct) + relayed, key=lambda s: s.end)
            self.sites = sites
            self._claim_pending(sent)
            found: list[tuple[Site, SpeakerDraft]] = []
            for site in sites:
                sp = attribute(site, self)
                if sp is not None and (site.kind == "direct" or site.start < site.end):
                    found.append((site, sp))
                    if site.kind == "indirect":
                        self.cands = [c for c in self.cands if not site.start <= self.toks[c.particle].start < site.end]
                elif site.only and site.verbless:
                    # the next sentence may name its speaker; else an announcement before it
                    announcer, previous = self.r.announcer, self.r.previous or self.r.carried
                    if announcer is not None:
                        fallback = announcer[0]
                    else:  # 中村は…抱き合った。「…」: the person the text was about
                        fallback = previous if previous is not None and previous.kind != "organization" else None
                    self.r.pending = (site, self, fallback)
            self._list_run(sites, found)
            for site, sp in found:
                self.record(sp, site)
            self._after_sentence(sent, cands, found)
            if not sites and (label := self.label(sent)) is not None:
                self.r.label = label  # 山田太郎氏。「…」: a name alone, then the quote
        self.flush()

    def record(self, sp: SpeakerDraft, site: Site, verb: str | None = None) -> None:
        """Record the quotes of an attributed site as ``sp``'s."""
        for quote in self.quotes(site, verb):
            self.r.record(sp, quote, site.note)

    def quotes(self, site: Site, verb: str | None = None) -> tuple[Quote, ...]:
        """The :class:`Quote` s of an attributed site: one per 「」 when
        adjacent brackets share one verb (「…」「…」と述べた: two quotes,
        the same speaker and verb), else one."""
        if verb is None:
            if site.verb_text is not None:
                verb = site.verb_text
            elif site.verb_from >= 0 and site.last >= 0:
                verb = self.text[site.verb_from : self.toks[site.last].end]
            else:
                verb = ""
        parts = site.parts if site.kind == "direct" and len(site.parts) > 1 else ((site.start, site.end),)
        line = self.block.line
        return tuple(Quote(self.block.line_at(s), site.kind, self.text[s:e], verb, s, e, line) for s, e in parts)

    def _learn(self, upto: int) -> None:
        """Add the people and organisations named before offset ``upto``."""
        directory, orgs = self.r.directory, self.r.orgs
        while self._mi < len(self.mentions) and self.mentions[self._mi].start < upto:
            m = self.mentions[self._mi]
            if not m.titles and _named_in_brackets(self.text, m.start, m.end):
                self._mi += 1  # 通販サイト「ルミナ・マート」: a name of a thing, not a person met (ルミナ is no part of it)
                continue
            person = directory.add(m, self.text, *self._affiliation(m.span_start))
            if person is not None and self.text.startswith("の", m.span_end):
                # 宇津木さんの手紙: whose words a 手紙は「…」 quotes
                doc = next((d for d in DOCUMENT_NOUNS if self.text.startswith(d, m.span_end + 1)), None)
                if doc is not None:
                    self.r.documents[doc] = Candidate(m.span_end, "person", person.name, m, person=person)
            self._mi += 1
        while self._oi < len(self.orgs) and self.orgs[self._oi][0] < upto:
            s, e = self.orgs[self._oi]
            name = self.text[s:e]
            short = SHORT_NAME_RE.match(self.text, e)
            after = short.end() if short is not None else e
            orgs.see(name, self.text.startswith(ACTING, after), self.text.startswith(MEDIA_CUES, after))
            if short is not None and _short_name(name, short.group(2), bool(short.group(1))):
                orgs.alias(short.group(2), name)
            inner = SHORT_NAME_RE.search(name)
            if inner is not None and inner.end() == len(name) and _short_name(name[: inner.start()], inner.group(2), False):
                # 国連児童基金（ユニセフ）, found as one name: ユニセフ alone names it too
                orgs.alias(inner.group(2), name)
            self._oi += 1

    def _affiliation(self, at: int) -> tuple[str, str]:
        """The noun phrase right before offset ``at`` and what joins it to
        what follows: の (アメリカの…; a title with its place or body before
        it whole: 北浜市の前市長の…), or ・ after a title (前北浜市長・…);
        ``("", "")`` when there is none."""
        k = self._token_at(at, None) - 1
        toks = self.toks
        if k < 1 or toks[k].surface not in ("の", "・") or toks[k].end != at or toks[k - 1].pos[0] not in ("名詞", "接尾辞"):
            return "", ""
        j = self._phrase_start(k - 1)
        phrase = self.text[toks[j].start : toks[k - 1].end]
        if toks[k].surface == "・":
            return (phrase, "・") if title_head(phrase) and not self._names_someone(toks[j].start) else ("", "")
        if j >= 2 and toks[j - 1].surface == "の" and toks[j - 2].pos[0] in ("名詞", "接尾辞") and title_head(phrase):
            i = self._phrase_start(j - 2)
            whose = self.text[toks[i].start : toks[j - 2].end]
            if len(whose) > 1 and not title_head(whose) and not whose.startswith("同"):
                phrase = f"{whose}の{phrase}"  # the place or body whose office it is
        return phrase, "の"

    def _names_someone(self, start: int) -> bool:
        """Whether the phrase from ``start`` to the mention being learnt is
        someone with their title, not a title alone: it opens with a name
        (山田市長・鈴木一郎氏, 鈴木一郎市長・山田花子氏: a list); 前北浜市長
        holds a surname (北浜) after 前, so reads as a title."""
        i = self._mi - 1
        while i >= 0 and self.mentions[i].start >= start:
            if self.mentions[i].span_start == start:
                return True
            i -= 1
        return False

    # --- what the sieves ask ----------------------------------------------------

    def usable(self, site: Site) -> list[Candidate]:
        """The sentence's speaker phrases that may speak ``site``: outside the
        content of the statements attributed before it, and for a direct
        quote not the subject of a clause closed before the 「."""
        if site.kind == "indirect":
            return self.cands
        return [c for c in self.cands if c.particle >= site.open or not self.embedded(c, site.open)]

    def subject(self, c: Candidate) -> bool:
        """Whether ``c`` is a subject of the sentence (:meth:`matrix`) with
        words to it, not a time (当初は, 今回は, 15日は); a phrase that names no
        speaker counts only when set off by 、 (与党会派は、…と批判した), not
        when it opens what was said (各国の主張は誤りだと主張した)."""
        t = self.toks[c.particle - 1]
        if not c.text or not self.matrix(c) or t.pos[2:3] == ("副詞可能",) or t.pos[1] == "数詞":
            return False
        if c.speaks:
            return True
        # set off by 、, but not a setting (記者会見では、, 現地では、)
        return c.particle + 1 < len(self.toks) and self.toks[c.particle + 1].surface == "、" and t.surface != "で"

    def matrix(self, c: Candidate) -> bool:
        """Whether ``c`` is the subject of the sentence, not of the reported
        content: a topic (Sは), a subject set off by 、 (警察が、…と発表した), or
        a person as subject (首相が…と表明した)."""
        toks = self.toks
        if self.is_topic(c):
            return True
        comma = c.particle + 1 < len(toks) and toks[c.particle + 1].surface == "、"
        return comma or (toks[c.particle].surface == "が" and c.human)

    def owner_between(self, close: int, first: int, sent: Sentence) -> SpeakerDraft | None:
        """「…」と大統領の発言が引用され, と男の声で: the person whose words or
        voice the reporting clause names."""
        toks = self.toks
        for k in range(close + 1, first):
            if toks[k].surface == "の" and k + 1 < len(toks) and toks[k + 1].surface in OWNER_NOUNS and self.inside[k] < 0:
                return self._owner_before(k, sent)
        return None

    def site_owner(self, site: Site) -> SpeakerDraft | None:
        """同店のホームページには「…」とする文章が掲載された: whose website (blog,
        account) the quote was put on, named before the quote in its sentence."""
        toks, sent = self.toks, site.sent
        for k in range(max(site.floor, sent.first + 1), site.open):
            if toks[k].surface in WEBSITE_NOUNS and k + 1 < site.open and toks[k + 1].surface in ("に", "で") and self.inside[k] < 0:
                no = k - 1 if toks[k - 1].surface == "の" else k - 2  # 同店の公式サイト
                if no > sent.first and toks[no].surface == "の":
                    c = self._classify(no, sent)
                    if c.speaks:
                        return self.r.speaker_for(c, self.block_no, True)
                return None
        return None

    # --- across sentences --------------------------------------------------------

    def _claim_pending(self, sent: Sentence) -> None:
        """「…」。山田監督は試合後、気を引き締めた / 「…」。知事はこう語り: a quote
        standing alone belongs to the speaker of the next sentence in its
        paragraph when that sentence reports speech (or a reaction) with no
        content of its own; else to the speaker who announced it before."""
        pending, self.r.pending = self.r.pending, None
        if pending is None:
            return
        site, owner, fallback = pending
        # a quote paragraph of its own may be named by the next paragraph's
        # first sentence (「…」⏎⏎お立ち台の真壁は、こう振り返った。), unless
        # that sentence announces a quote right after it (Sはこう語った。「…」)
        carried = owner is not self and sent.first == 0 and (
            not self._quote_follows(sent) or self.text[sent.start : sent.end].lstrip().startswith("そう")
        )  # そう points back: そう笑うのは…だ。 names the quote before it, even alone in its paragraph
        # (a body's name after its kind, 住民団体「…」の代表は, is no quote of the sentence's own)
        spans = [(o, c) for o, c in self._spans_in(sent) if not self._after_kind(self._token_at(o, sent), sent)]
        found = self._named_after(sent, pointing=carried and fallback is not None) if (owner is self or carried) and (
            not spans or self._points_back(sent, spans[0][0])) else None
        if found is not None:
            sp, verb = found
            site.note = "named_after"
            owner.record(sp, site, verb)
            self.r.previous = sp  # …そう語るのは南條監督だ。続編もあると明かし: still 南條監督
        elif fallback is not None:
            site.note = "announced"
            owner.record(fallback, site, "")

    def _points_back(self, sent: Sentence, before: int) -> bool:
        """Whether ``sent`` reports the quote before it ahead of one of its own:
        「…」。監督はこう明かし、「…」と続けた (a speech verb after こう, before
        offset ``before``)."""
        toks = self.toks
        for k in range(sent.first, sent.last):
            if toks[k].start >= before:
                return False
            if speech_head(toks, k):
                return bool(self._cataphor_before(k, sent))
        return False

    def _named_after(self, sent: Sentence, pointing: bool = False) -> tuple[SpeakerDraft, str] | None:
        """Who the sentence after a quote standing alone says said it, and
        how; with ``pointing`` (the paragraph holding the quote had someone to
        give it to: who announced it, 弔辞を読み上げた。, or whom the text was
        about), only a sentence pointing back to it (そう話すのは, こう振り返った)."""
        toks = self.toks
        for k in range(sent.first, sent.last):
            pointed = self._pointed(k, sent)
            if not (pointed >= 0 or speech_head(toks, k) or expressive_head(toks, k)):
                continue
            last = predicate_end(toks, k)
            cataphor = pointed >= 0 or bool(self._cataphor_before(k, sent))
            if pointing and not cataphor:
                return None  # 相良さんは、友人代表として弔辞を述べた: their own speech, not the quote before
            if cataphor and self._cleft(last, sent):
                # 「…」⏎そう笑うのは、…竹細工職人の男性（74）だ。: a cleft ends with who it was
                c = self._speaker_ending(last + 3, sent, copula=True)
                sp = self.r.speaker_for(c, self.block_no, True) if c is not None else None
                first = pointed if pointed >= 0 else reaction_start(toks, k)
                return (sp, self.text[toks[first].start : toks[last].end]) if sp is not None else None
            if is_relative(toks, last) and not cataphor:
                continue  # 驚いた様子でそう話した: how they were, a clause before a noun; the report is after it
            if is_relative(toks, last) or is_passive(toks, last) or (self._marker(k, sent) is not None and not cataphor):
                return None
            sp = self.speaker([c for c in self.cands if c.particle < k and c.human], False)
            if sp is None:
                return None
            return sp, self.text[toks[pointed if pointed >= 0 else reaction_start(toks, k)].start : toks[last].end]
        return None

    def _pointed(self, k: int, sent: Sentence) -> int:
        """Where the object starts when token ``k`` is a verb whose object
        follows a pointer back to the quote (そう懸念を示すのは…だ, そう危機感を
        あらわにした, そう不安を口にする: 口 before に is the verb's): whatever the
        verb, it reports the quote; else -1."""
        toks = self.toks
        if toks[k].pos[0] != "動詞" and not (toks[k].surface == "口" and k + 1 < sent.last and toks[k + 1].surface == "に"):
            return -1
        j = k - 1
        while j > sent.first and (toks[j].pos[0] == "形状詞" or toks[j].surface == "に" and toks[j].pos[0] == "助動詞"):
            j -= 1  # あらわ|に|した, 明らか|に|した
        if j - 1 < sent.first or toks[j].surface != "を" or toks[j - 1].pos[0] != "名詞":
            return -1
        return j - 1 if self._cataphor_before(j - 1, sent) else -1

    def flush(self) -> None:
        """The block ends: a quote standing alone still waiting goes to the
        speaker who announced it, if any; a paragraph that is nothing but the
        quote waits for the next paragraph's first sentence."""
        pending, self.r.pending = self.r.pending, None
        if pending is None:
            return
        site, owner, fallback = pending
        if owner is self and self._whole_block(site):
            self.r.pending = pending  # the next paragraph may name it (「…」⏎そう笑うのは…男性だ); else the fallback
        elif fallback is not None:
            site.note = "announced"
            owner.record(fallback, site, "")

    def _whole_block(self, site: Site) -> bool:
        """The block is this one quote and its full stop."""
        return site.only and site.sent.start <= len(self.text) - len(self.text.lstrip()) and site.sent.end >= len(self.text.rstrip())

    def _quote_follows(self, sent: Sentence) -> bool:
        """A 「 opens the text right after ``sent``, or ``sent`` ends its block
        (Sはこう語った。 alone may announce the next paragraph)."""
        rest = self.text[sent.end :].lstrip()
        return not rest or rest.startswith("「")

    def _list_run(self, sites: list[Site], found: list[tuple[Site, SpeakerDraft]]) -> None:
        """List lines sharing one verb: 日本は「…」⏎英国外務省は「…」⏎カナダ外務省も
        「…」などと述べた. A line without a verb that no rule attributed (its
        words alone do not read as speech, or its speaker is not known) waits
        in the run; a line of the same shape with a speech predicate confirms
        every line waiting before it; anything else ends the run."""
        lined = self._lined(sites[0]) if len(sites) == 1 else None
        if lined is None:
            self.run = []
            return
        site = sites[0]
        if not found:
            if site.verbless:
                self.run.append((site, lined))
            else:
                self.run = []
            return
        if not site.verbless:
            for waiting, c in self.run:
                sp = self.r.speaker_for(c, self.block_no, True)
                if sp is not None:
                    waiting.note = "list_run"
                    found.insert(0, (waiting, sp))
            self.run = []

    def addressee(self, site: Site) -> Candidate | None:
        """Whom a condition right before the quote asked or addressed (記者が
        店主に尋ねると、「…」と答えた; 男性に声をかけると、「…」と返事があった;
        住民に話を聞くと、「…」と話した): a person, the Xに of an asking verb in
        the condition (…と、) right before the 「."""
        toks, sent = self.toks, site.sent
        k = site.open - 1
        if k > sent.first and toks[k].surface == "、":
            k -= 1
        if not (toks[k].surface == "と" and toks[k].pos[1] == "接続助詞"):
            return None
        verb = k - 1  # its own verb, not an auxiliary: 報道陣に…を問われると (passive) is whom the question came from
        t = toks[verb]
        asking = t.dictionary in ASKING_VERBS or (
            t.dictionary in ("かける", "掛ける") and verb - 2 >= sent.first and toks[verb - 1].surface == "を" and toks[verb - 2].surface == "声"
        ) or (t.dictionary == "する" and toks[verb - 1].surface == "質問")
        if not asking:
            return None
        for j in range(verb - 1, sent.first, -1):
            if toks[j].surface == "に" and toks[j].pos[1] == "格助詞":
                c = self._classify(j, sent)
                return c if c.human else None
            if toks[j].surface in ("、", "。"):
                break
        return None

    def adjacent_topic(self, site: Site) -> Candidate | None:
        """The topic written right before a direct quote (Xは「…」, Xは、「…」)
        with words to it, not a time (今回は「…」, 15日は「…」, 同日は「…」)."""
        if site.kind != "direct":
            return None
        k = site.open - 1
        if k >= 0 and self.toks[k].surface == "、":
            k -= 1
        for c in self.cands:
            if c.particle <= k and self.is_topic(c) and c.text and (c.particle == k or self._setting_between(c.particle + 1, k + 1)):
                t = self.toks[c.particle - 1]
                if not is_time_noun(t):
                    return c
        return None

    def _setting_between(self, i: int, j: int) -> bool:
        """Whether tokens ``i``..``j - 1`` hold no speaker phrase and no statement
        of their own (16日、, 声明で, 取材に対し、, 代理人弁護士を通じて, 控訴し、,
        判決を受けると、; not …声もあると認めつつ、, nor 判決は…): the topic
        before them is still the subject of the quote after them."""
        toks = self.toks
        quoting = any(
            toks[x].surface == "と" and toks[x].pos[0] == "助詞" and toks[x - 1].pos[0] in ("動詞", "助動詞", "形容詞") and toks[x + 1].pos[0] == "動詞"
            for x in range(i, j - 1)
        )  # a clause closed by と before a verb: what someone says or thinks (不服として is no clause)
        # (…の停留所は自宅の前にあり、: where a thing is, not a setting of someone's words)
        located = any(toks[x].dictionary == "ある" and toks[x - 1].surface == "に" for x in range(i + 1, j))
        return not quoting and not located and not any(i <= c.particle < j for c in self.cands)

    def _lined(self, site: Site) -> Candidate | None:
        """The speaker written right before the quote (Xは「…」, Xも、「…」), if
        the quote's sentence starts with them."""
        c = self.adjacent_topic(site)
        return c if c is not None and c.speaks and c.start <= site.sent.first + 1 else None

def _named_in_brackets(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is the whole of a 「」 or 『』: news puts
    the names of shops, sites, works and groups so, never a person's."""
    return start > 0 and end < len(text) and (text[start - 1], text[end]) in (("「", "」"), ("『", "』"))


def _short_name(name: str, short: str, declared: bool) -> bool:
    """Whether the bracket after organisation ``name`` gives its short name:
    declared (（以下、改革）), or a Latin acronym, or a katakana name of a body
    named otherwise (国連児童基金（ユニセフ）), or letters taken from the name in
    order (ハッピーストア（ハピスト））; not a place (北浜放送（北浜市）)."""
    if declared:
        return True
    if short.endswith(_PLACE_ENDINGS) or any(ch.isdigit() for ch in short):
        return False
    if short.isascii() and short.isalpha() and short.isupper() or is_katakana(short) and not is_katakana(name[:1]):
        return True
    it = iter(name)
    return len(short) < len(name) and all(ch in it for ch in short)


def _answer(br: BlockReader, reader: Reader) -> bool:
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
    block = br.block
    reader.record(sp, Quote(block.line_at(o + 1), "direct", text[o + 1 : c], "", o + 1, c, block.line), "interview")
    reader.previous = sp
    return True
