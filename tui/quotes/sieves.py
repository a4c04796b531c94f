"""Who said it: ordered sieves from a quote to its speaker.

Core module (no Textual). Each sieve looks at one :class:`~tui.quotes.sites.Site`
and the sentence around it and either names the speaker or passes; the
first sieve that names one decides, so a later, looser sieve never
overrides an earlier, surer one (the design of the best published quote
attributors). The order, most precise first, is :data:`SIEVES`:

1. ``relayed``: the finder already knows (Sの発言として、…とした).
2. ``relative_head``: the reporting predicate describes the speaker (「…」と話す男性),
   or a cleft names them (「…」と話すのは…女性だ).
3. ``bracketed``: the speaker in brackets after the quote (「…」（同社広報）とされている).
4. ``between``: the speaker between the quote and its verb (「…」と山田氏は述べた,
   「…」と警備員から通報があった, 「…」と大統領の発言が引用され).
5. ``written``: what a letter or diary says is its writer's (山田さんの日記には「…」と
   記されていた; 手紙には「…」とつづられていた after Xから手紙が届いた).
6. ``named_before``: a name right before the 「 with no particle (戸田花子さん（声優）「…」,
   a list line: 乳児を抱いて避難した女性（29）「…」).
7. ``stated``: the speaker phrase before the quote in its sentence (山田氏は「…」と述べた),
   skipping subjects of embedded clauses (警察が…した当初は, 生徒が通う中学校の
   校長は, 教諭が…したことを明らかにした) and the content of other statements
   (判決は、担当医が…と認定し; 同僚の多くも…といい; 校長は「…」とした上で、教職員が…),
   and who asked (記者から…を聞かれ、);
   an organisation speaks only in 「」; a statement chained after a quote
   (「…」と述べ、…と明らかにした) is the quote's sentence subject's.
8. ``asked``: whom a condition right before the quote asked or addressed answers
   (記者が店主に尋ねると、「…」と答えた, 男性に声をかけると、「…」と返事があった).
9. ``announced``: a quote standing alone after a sentence that announces it
   (ロペス大統領は言った。「…」).
10. ``continued``: a statement with no subject of its own is the previous
   speaker's (また「…」と述べた), unless another subject came between.

Two more decide across sentences in the reader (:mod:`tui.quotes.reader`):
a quote standing alone whose speaker the *next* sentence names
(「…」。山田監督はこう語った), and list lines sharing one verb
(日本は「…」⏎英国外務省は「…」⏎…などと述べた). A quote no sieve attributes is
left out rather than guessed.
"""

from __future__ import annotations

from typing import Callable, Protocol, Sequence

from ..analysis import Token
from .candidates import Candidate
from .directory import Person
from .reported import is_time_noun
from .sentences import Sentence
from .sites import Site
from .speech import (
    CUSTODY_WORDS, DOCUMENT_NOUNS, FINDING_NOUNS, NAME_NOUNS, OCCASION_VERBS, OWNER_NOUNS, PUBLISHING, QUESTIONING, SUSPECT_TITLES, WRITTEN,
    head_of, is_passive, is_relative, speech_head, verb_word,
)
from .state import Reader, SpeakerDraft


class BlockReader(Protocol):
    """What a sieve may ask of the reader of the block
    (:class:`tui.quotes.reader.BlockReader`)."""

    r: Reader
    block_no: int
    toks: Sequence[Token]
    cands: list[Candidate]
    """The speaker phrases of the sentence being read."""
    turn: bool
    """The block is a turn of an interview (記者「…」 beside 山田さん「…」)."""
    prior: Person | None
    """The person mentioned last before the sentence being read."""
    text: str
    sites: list[Site]
    """The quotes of the sentence being read, in order."""

    def usable(self, site: Site) -> list[Candidate]: ...
    def matrix(self, c: Candidate) -> bool: ...
    def subject(self, c: Candidate) -> bool: ...
    def is_topic(self, c: Candidate) -> bool: ...
    def embedded(self, c: Candidate, upto: int) -> bool: ...
    def first_predicate_end(self, at: int, upto: int, stops: Callable[[Token], bool]) -> int: ...
    def speaker(self, cands: list[Candidate], direct: bool) -> SpeakerDraft | None: ...
    def phrase_before(self, at: int, sent: Sentence) -> Candidate | None: ...
    def owner_between(self, close: int, first: int, sent: Sentence) -> SpeakerDraft | None: ...
    def site_owner(self, site: Site) -> SpeakerDraft | None: ...
    def content_start(self, site: Site, speaker: Candidate | None) -> int: ...
    def after_token(self, k: int, sent: Sentence) -> int: ...
    def adjacent_topic(self, site: Site) -> Candidate | None: ...
    def addressee(self, site: Site) -> Candidate | None: ...


Sieve = Callable[[Site, BlockReader], "SpeakerDraft | None"]


def relayed(site: Site, br: BlockReader) -> SpeakerDraft | None:
    return site.owner  # type: ignore[return-value]


def relative_head(site: Site, br: BlockReader) -> SpeakerDraft | None:
    if site.head is None:
        return None
    return br.r.speaker_for(site.head, br.block_no, site.kind == "direct")


def bracketed(site: Site, br: BlockReader) -> SpeakerDraft | None:
    if site.bracketed is None:
        return None
    return br.r.speaker_for(site.bracketed, br.block_no, site.kind == "direct")


def between(site: Site, br: BlockReader) -> SpeakerDraft | None:
    """「…」と山田氏は述べた, …と、山田氏が発表した: a subject between the quotative
    and the predicate; Sから only when the words came from S (passive, or a
    statement noun: 「…」と警備員から通報があった); Sの発言/声 (「…」と大統領の
    発言が引用され, と男の声で…通報があり)."""
    if site.verbless or site.close < 0 or site.listed:
        return None
    direct = site.kind == "direct"
    inner = [c for c in br.cands if site.close < c.particle < site.first]
    if inner:
        # 「…」との桐ヶ谷さんのメッセージを司会者が代読した: whose message, before who read it out
        start = min(c.start if c.start >= 0 else c.particle for c in inner)
        owner = br.owner_between(site.close, start, site.sent)
        if owner is not None:
            return owner
    came_from = site.strict and (site.passive or site.statement)
    for c in inner:
        if br.toks[c.particle].surface == "から" and not came_from:
            continue
        if c.human or (direct and c.kind == "organization"):
            sp = br.r.speaker_for(c, br.block_no, direct)
            if sp is not None:
                return sp
    return br.owner_between(site.close, site.first, site.sent)


def named_before(site: Site, br: BlockReader) -> SpeakerDraft | None:
    """戸田花子さん（声優）「…」: a name or title right before the 「 (a reaction
    list, an interview answer line); the quote must read as speech, or be a
    turn of an interview (記者「次の作品は」 beside 山田さん「…」)."""
    if site.kind != "direct" or not (site.speechlike or not site.verbless or br.turn):
        return None
    c = br.phrase_before(site.open, site.sent)
    return br.r.speaker_for(c, br.block_no, True) if c is not None else None


def stated(site: Site, br: BlockReader) -> SpeakerDraft | None:
    if site.kind == "direct":
        return _stated_direct(site, br)
    return _stated_reported(site, br)


def _stated_direct(site: Site, br: BlockReader) -> SpeakerDraft | None:
    """山田氏は「…」と述べた, 山田氏は、…を受け、「…」。: the nearest speaker phrase
    before the quote that is not the subject of a clause closed before it; a
    verbless quote needs a topic (Sは) and words that read as speech."""
    if site.verbless and not site.speechlike:
        return None
    toks = br.toks
    published = _published_owner(site, br)
    if published is not None:
        return published
    window = [c for c in br.usable(site) if site.floor <= c.particle < site.open]
    topics = [c for c in br.usable(site) if c.particle < site.open and toks[c.particle].surface != "から" and c.speaks]
    if site.verbless:
        return br.speaker([c for c in topics if br.is_topic(c)], True)
    passive = site.passive
    humans_before = any(c.human for c in topics)
    from_ok = passive or site.statement or not humans_before
    silenced = [
        c for c in topics + window if (
            # 判決は、…担当医が…しなかったと認定し、「…」と指摘した: what the ruling stated of the doctor
            _under_silent_topic(c, site, br.usable(site), br) and any(t.pos[0] == "動詞" for t in toks[c.particle + 1 : site.open])
            # 記者から抱負を聞かれ、「…」と答えた: who asked, in a passive clause closed before the quote
            or _asked_by(c, site, br)
            # 記者からの「…」との質問には、「…」と答えた: whose words the first quote was
            or _owns_earlier_quote(c, site, br)
            # 同僚の多くも似た症状だったといい、「…」と苦笑いした: what the speaker told of them
            or _in_hearsay(c, site, br)
        )
    ]
    topics = [c for c in topics if c not in silenced]
    near = [c for c in reversed(window) if (from_ok or toks[c.particle].surface != "から") and c not in silenced]
    if passive:
        near = [c for c in near if toks[c.particle].surface == "から"] or near
    sp = br.speaker(near, True) or br.speaker(topics, True)
    if sp is None:
        sp = _named_by_copula(site, br)  # 知らせた相手は妻の芙美子さん（70）で、「…」と笑う
    if sp is None and site.strict:
        # 自民党静岡県連は「…」としている: a topic right before the quote that no
        # list names still speaks, as a body
        c = br.adjacent_topic(site)
        if (c is not None and not c.speaks and br.toks[c.particle - 1].surface != "で"
                and not c.text.endswith(NAME_NOUNS + FINDING_NOUNS) and not _relation(c, br.toks)):
            # (not Xでは: 現地では「…」との声が上がった names a place, not a body; nor
            # 名称は「…」とする: what something is called; nor 報告書は「…」と指摘している: a
            # document's wording, as the development set reads it; nor …との関連は「…」とした:
            # a relation between things)
            sp = br.r.speaker_for(Candidate(c.particle, "organization", c.text, start=c.start, head=c.text), br.block_no, True)
    if sp is None:
        sp = br.site_owner(site)  # 同店のホームページには「…」とする文章が掲載された
    if sp is None and site.statement:
        # 野党席からは「そうだ」との声が上がり: the voices came from those there
        c = _voices_from(site, br)
        if c is not None:
            sp = br.r.speaker_for(Candidate(c.particle, "unnamed", c.text, start=c.start, head=c.text), br.block_no, True)
    return sp


def _named_by_copula(site: Site, br: BlockReader) -> SpeakerDraft | None:
    """The person a topic is said to be, right before the quote (発見を最初に知らせた
    相手は妻の芙美子さん（70）で、「…」と笑う: Xで、「…」), else None."""
    toks, k = br.toks, site.open - 2
    if k <= site.sent.first or toks[k + 1].surface != "、" or toks[k].surface != "で":
        return None
    c = br.phrase_before(k, site.sent)
    return br.r.speaker_for(c, br.block_no, True) if c is not None and c.human else None


def _voices_from(site: Site, br: BlockReader) -> Candidate | None:
    """The phrase of ``Xからは「…」`` (or Xからも) right before a quote that a
    statement noun reports (との声が上がった, との不満も漏れた), when X is a common
    noun kiji knows no speaker by (周辺, 野党席), not a name (米国) or a time."""
    toks = br.toks
    k = site.open - 1
    if k >= 0 and toks[k].surface == "、":
        k -= 1
    if k < 1 or toks[k].surface not in ("は", "も") or toks[k - 1].surface != "から":
        return None
    for c in br.usable(site):
        if c.particle == k - 1 and not c.speaks and c.text and c.start >= 0:
            last = toks[k - 2]
            if last.pos[1] == "普通名詞" and not is_time_noun(last):
                return c
    return None


def _relation(c: Candidate, toks) -> bool:
    """Whether the phrase of ``c`` is what relates to or is about something
    (病気とPFASとの関連は, 今後の対応についての考えは, 計画をめぐる見通しは):
    a thing, never a body that speaks."""
    k = c.start
    if k >= 2 and toks[k - 1].surface == "の" and toks[k - 2].surface in ("と", "て"):
        return toks[k - 2].surface == "と" or k >= 3 and toks[k - 3].dictionary == "つく"  # との, についての
    return k >= 2 and toks[k - 1].dictionary in ("関する", "めぐる") and toks[k - 2].surface in ("に", "を")


def _published_owner(site: Site, br: BlockReader) -> SpeakerDraft | None:
    """The person whose words a clause right before the quote puts out
    (外務省は23日、三雲克典外務報道官の談話を発表し、「…」とした: the press
    secretary's, not the ministry's), else None."""
    toks = br.toks
    k = site.open - 1
    if k <= site.floor or toks[k].surface != "、":
        return None
    for j in range(k - 1, max(site.floor, site.sent.first + 2, k - 6) - 1, -1):
        if toks[j].surface == "を" and toks[j - 1].surface in OWNER_NOUNS and toks[j - 2].surface == "の":
            if head_of(toks, j + 1, PUBLISHING):
                return br.owner_between(j - 3, j, site.sent)
            return None
    return None


def _stated_reported(site: Site, br: BlockReader) -> SpeakerDraft | None:
    """山田氏は、…と述べた: the first speaker phrase of the sentence before the
    marker; what follows it is the content. An organisation's statement
    without 「」 is not a quote (it stops the search); a subject inside the
    content (…国々が支持していると) is skipped. After an earlier statement in
    the sentence (山田氏は…と述べ、田中氏は…と語った) a speaker after its
    predicate comes first; so does a topic after a clause closed before it
    (山田大使も「…」を表明し、井上大使は、…と訴えた)."""
    usable = br.usable(site)
    toks = br.toks
    if site.content_floor:
        usable = [c for c in usable if toks[c.particle].start >= site.content_floor] + [
            c for c in usable if toks[c.particle].start < site.content_floor]
    later = [c for c in usable if br.is_topic(c) and c.particle < site.close and (
        c.human and _clause_closed_before(c, site, br)
        # 元教授は…退職しており、同大学は、…としている: a body set off by 、 after any clause closed
        # before it (not …インタビューに応じ、EUの加盟国は…べきだと主張した: what was said)
        or c.kind == "organization" and toks[c.particle + 1].surface == "、" and _clause_closed_before(c, site, br, any_verb=True))]
    for c in later[-1:] + [c for c in usable if not later or c is not later[-1]]:
        if not (site.open <= c.particle < site.close) or not c.kind:
            continue
        if c.kind == "organization":
            if br.matrix(c):
                return None
            continue
        if not br.matrix(c) or _inside_later_topic(c, site, usable, br) or _inside_koto(c, site, br):
            continue
        if c.kind == "unnamed" and _in_relative_topic(c, site, br):
            continue  # a named person there still speaks (山田首相が来年に予定する選挙は…と述べた)
        if _under_silent_topic(c, site, usable, br):
            return None
        if _inside_chained(c, site, usable, br):
            continue
        sp = br.r.speaker_for(c, br.block_no, False)
        if sp is not None:
            site.start = br.content_start(site, c)
            return sp
    return _after_own_quote(site, usable, br)


def _in_relative_topic(c: Candidate, site: Site, br: BlockReader) -> bool:
    """Whether subject ``c`` (Sが) is the subject of a clause describing the
    topic of what was said (父が最後に出演した映画は、…予定だと明かした):
    part of the content, not who said it, when nobody named (the caller's test)."""
    toks = br.toks
    if toks[c.particle].surface != "が":
        return False
    for k in range(c.particle + 1, site.close):
        if br.inside[k] >= 0 or toks[k].surface == "、":
            return False
        if toks[k].surface in ("は", "を") and toks[k].pos[0] == "助詞":
            # (…薬剤師が確認する手順を導入したと説明した: the clause describes what was done)
            j = k - 1
            while j > c.particle and toks[j].pos[0] in ("名詞", "接尾辞", "接頭辞"):
                j -= 1
            return j < k - 1 and j > c.particle and toks[j].pos[0] in ("動詞", "助動詞") and is_relative(toks, j)
    return False


def _after_own_quote(site: Site, usable: list[Candidate], br: BlockReader) -> SpeakerDraft | None:
    """山田氏は「…」と述べ、…と明らかにした: a statement chained after a quote
    in its sentence, with no subject of its own, is the sentence topic's; what
    was said starts after the quote's verb."""
    quote = next((d for d in br.sites if d.kind == "direct" and d.close == site.open and d.last >= 0), None)
    if quote is None:
        return None
    # (not 担任が…ことについて問われると: the subject of a clause about what was asked)
    topics = [c for c in usable if c.particle < quote.open and br.matrix(c) and not br.embedded(c, quote.open)]
    if not topics:
        return None
    start = br.after_token(quote.last, site.sent)
    words = [t for t in br.toks[quote.last + 1 : site.close] if t.start >= start]
    if words and words[-1].surface in ("だ", "である") and all(t.pos[0] in ("名詞", "接頭辞", "接尾辞") for t in words[:-1]):
        return None  # 「…」と述べ、野蛮行為だと批判した: what the quote is called, no words of its own
    sp = br.r.speaker_for(topics[-1], br.block_no, False)
    if sp is not None:
        site.start = max(br.content_start(site, None), start)
    return sp


def _on_occasion(c: Candidate, site: Site, br: BlockReader) -> bool:
    """Whether the first predicate after ``c`` (Sが) closes, with a comma, a
    clause of the occasion it speaks on (副知事が答弁に立ち、…ことを明らかにした,
    社長が会見を開き、): then it is who said what follows."""
    toks = br.toks
    end = br.first_predicate_end(c.particle, site.close, lambda t: False)
    if end < 1 or toks[end + 1].surface != "、" or not toks[end].pos[5].startswith("連用形"):
        return False
    return verb_word(toks, end) in OCCASION_VERBS


def _inside_koto(c: Candidate, site: Site, br: BlockReader) -> bool:
    """Whether the subject ``c`` (Sが, no comma) is the subject of a …ことを
    clause that is what was said (教諭が薬品を試していたことを明らかにした:
    who disclosed it is someone else), a predicate standing between them."""
    toks = br.toks
    if site.kind != "indirect" or site.close < 0 or not _unmarked(c, br):
        return False
    if toks[site.close].surface == "こと":
        return any(toks[k].pos[0] in ("動詞", "形容詞", "助動詞") for k in range(c.particle + 1, site.close)) and not _on_occasion(c, site, br)
    # …、被告が救護や通報をしたことや、…ことは、量刑上考慮したとした: the subject of a こと
    # clause inside the content, its first predicate closed by こと
    end = br.first_predicate_end(c.particle, site.close, lambda t: t.surface in ("、", "，"))
    return 0 <= end and end + 1 < site.close and toks[end + 1].surface == "こと"


def _unmarked(c: Candidate, br: BlockReader, particles: tuple[str, ...] = ("が",)) -> bool:
    """Whether ``c`` is a subject (Sが, or one of ``particles``) not set off by
    a comma: one that may belong to a clause inside the sentence."""
    toks = br.toks
    return toks[c.particle].surface in particles and toks[c.particle + 1].surface != "、"


def _asked_by(c: Candidate, site: Site, br: BlockReader) -> bool:
    """Whether ``c`` (Sから) is whom a passive clause closed before the quote
    came from (記者から…を聞かれ、「…」と答えた, 質問され、, …と問われると、), or
    whom the words an answer answers came from (記者から質問が相次ぎ、「…」と答えた):
    the asker, not who answers."""
    toks = br.toks
    if toks[c.particle].surface != "から":
        return False
    if site.first >= 0 and any(t.dictionary in ANSWER_VERBS for t in toks[site.first : site.last + 1]):
        return True  # 記者から質問が相次ぎ、「…」と答えた: who answers is never whom the words came from
    return any(toks[k].surface == "、" and _passive_before(toks, k - 1) for k in range(c.particle + 2, site.open))


#: Verbs of answering: the one who answers is asked, never the asker.
ANSWER_VERBS = frozenset({"答える", "応じる", "応ずる", "応える", "返す"})


def _passive_before(toks: Sequence[Token], k: int) -> bool:
    """Whether a passive predicate ends at token ``k``, or before the
    conditional と after it (聞かれ, 問われると)."""
    if toks[k].surface == "と" and toks[k].pos[1] == "接続助詞":
        k -= 1
    return toks[k].pos[0] in ("動詞", "助動詞") and is_passive(toks, k)


def _owns_earlier_quote(c: Candidate, site: Site, br: BlockReader) -> bool:
    """Whether ``c`` (Sから「, Sからの「) says whose words an earlier quote of
    the sentence were, not who speaks this one (記者からの「続投するのか」との
    質問には、「…」と答えた: the reporter asked, the mayor answers)."""
    toks = br.toks
    if toks[c.particle].surface != "から" or toks[c.particle + 1].surface not in ("の", "「"):
        return False
    return any(toks[k].surface == "」" for k in range(c.particle + 1, site.open))


def _inside_chained(c: Candidate, site: Site, usable: list[Candidate], br: BlockReader) -> bool:
    """Whether the subject ``c`` (Sが, no comma) opens what a statement chained
    after the topic's own quote says (校長は「…」とした上で、当面は教職員が…と
    説明した: the principal explains, the staff are what he explains of)."""
    toks = br.toks
    if not site.content_floor or toks[c.particle].start < site.content_floor or not _unmarked(c, br):
        return False
    return any(d.human and br.is_topic(d) and toks[d.particle].start < site.content_floor for d in usable)


def _in_hearsay(c: Candidate, site: Site, br: BlockReader) -> bool:
    """Whether ``c`` (Sも, Sが, no comma) is inside a clause of what someone
    said that closes before the quote (同僚の多くも似た症状だったといい、「…」):
    it is what was told of, not who speaks next."""
    toks = br.toks
    if not _unmarked(c, br, ("も", "が")):
        return False  # 山田首相は、…といい、「…」と語った: the topic is who told it
    return any(
        toks[k].surface == "、" and toks[k - 1].dictionary in ("いう", "言う") and toks[k - 2].surface == "と"
        for k in range(c.particle + 3, site.open)
    )


def _under_silent_topic(c: Candidate, site: Site, usable: list[Candidate], br: BlockReader) -> bool:
    """Whether the subject ``c`` (Sが, no comma) comes after the sentence's
    topic, set off by a comma, that is a finding of no speaker (判決は、…
    担当医が…しなかったと認定し, 報告書は、同級生らが…と認定: the ruling or
    the report states it, the doctor is what it states of). Not any topic:
    副首都構想は、維新が…「…」と書き込んだ is what the party wrote of."""
    toks = br.toks
    if not _unmarked(c, br):
        return False
    return any(
        not d.kind and br.is_topic(d) and site.sent.first <= d.particle < c.particle
        and toks[d.particle + 1].surface == "、" and d.text.endswith(FINDING_NOUNS)
        for d in usable
    )


def _inside_later_topic(c: Candidate, site: Site, usable: list[Candidate], br: BlockReader) -> bool:
    """Whether the subject ``c`` belongs to a clause that describes a topic
    after it (女子生徒が通っていた中学校の校長は、…と述べた: the principal speaks)."""
    later = [d for d in usable if c.particle < d.particle < site.close and br.is_topic(d) and d.kind]
    return bool(later) and br.embedded(c, later[0].start)


def announced(site: Site, br: BlockReader) -> SpeakerDraft | None:
    """ロペス大統領は言った。「…」, 知事は次のように述べた。「…」: a quote standing
    alone right after a sentence that announces it, with a speech verb of no
    content of its own or a cataphor (in this paragraph or ending the one
    before). An announcement with content (…と称した) only stands behind the
    quote if the next sentence does not name its speaker (the reader's
    ``pending``)."""
    if site.only and br.r.label is not None:
        site.verb_text = ""
        return br.r.label
    if not site.only or br.r.announcer is None or not br.r.announcer[3]:
        return None
    sp, verb, block_no, _ = br.r.announcer
    if block_no == br.block_no:
        site.verb_text = verb
    return sp


def asked(site: Site, br: BlockReader) -> SpeakerDraft | None:
    """記者が店主に尋ねると、「…」と答えた: the one asked or addressed in a
    condition before the quote answers it."""
    if site.kind != "direct" or site.verbless:
        return None
    c = br.addressee(site)
    return br.r.speaker_for(c, br.block_no, True) if c is not None else None


def continued(site: Site, br: BlockReader) -> SpeakerDraft | None:
    """また「…」と述べた: a statement whose subject is left out is the previous
    speaker's, when its sentence has no subject of its own before it (a topic,
    a subject set off by 、, a person as subject; not a time like 当初は).
    Under questioning (と供述した) it is the person mentioned last when the
    previous speaker is a body or there is none: the suspect."""
    if site.verbless:
        return None
    previous = br.r.previous or br.r.carried
    # under questioning, the suspect mentioned last, whoever spoke before: the
    # police (県警は…逮捕した), or a caller whose words the charge quotes (男が「…」と電話をかけ)
    custody = br.prior is not None and _in_custody(site, br) and (
        previous is None or previous.kind == "organization" or previous.person is not br.prior and _suspect(br.prior))
    if previous is None and not custody:
        return None
    if site.statement and site.first + 1 < len(br.toks) and br.toks[site.first + 1].surface in ("が", "も", "は"):
        return None  # 「…」との声が上がった: the voice is the subject; nobody carries over
    direct = site.kind == "direct"
    upto = site.open if direct else site.close
    before = br.text[br.toks[site.sent.first].start : br.toks[upto].start] if upto >= 0 else ""
    if not direct and ("によると" in before or "によれば" in before):
        return None  # 教育委員会によると、…市に要望しているという: what a source told, not the last speaker's
    if any(
        c.particle < upto and br.subject(c) and not _inside_koto(c, site, br)
        # (記者から、…と問われると、「…」と答えた: who asked, not a subject who answers)
        and not _asked_by(c, site, br)
        for c in br.usable(site) if c.particle >= site.floor or br.is_topic(c)
    ):
        return None
    topic = br.adjacent_topic(site) if direct else None
    if topic is not None and br.toks[topic.particle - 1].surface != "で":
        return None  # Xは「…」: X speaks, whatever it is (not a setting: 記者会見では、「…」)
    if not direct and not custody and any(_named_topic(c, site, br) for c in br.usable(site) if c.particle < site.close):
        return None  # 南部アフリカ開発共同体（SADC）は…と発表した: the body the sentence opens with says it
    if custody:
        # 県警は…容疑者を逮捕した。調べに対し「…」と供述している: the suspect, not the police
        previous = br.r.speaker_for(Candidate(upto, "person", br.prior.name, person=br.prior), br.block_no, direct)
    if previous is None or not direct and previous.kind == "organization":
        return None
    if not direct:
        site.start = br.content_start(site, None)
    return previous


def _named_topic(c: Candidate, site: Site, br: BlockReader) -> bool:
    """Whether ``c`` is a topic that opens the sentence and names something
    kiji does not know as a speaker, with a proper noun in it (南部アフリカ
    開発共同体（SADC）は): a body, who says what the sentence reports; not a
    thing (選考は…決まったと説明し: what was told of), a setting (会見では) or a time."""
    toks = br.toks
    if c.kind or c.start != site.sent.first or not br.is_topic(c) or toks[c.particle - 1].surface == "で":
        return False
    return not is_time_noun(toks[c.particle - 1]) and any(t.pos[1] == "固有名詞" for t in toks[c.start : c.particle])


def _clause_closed_before(c: Candidate, site: Site, br: BlockReader, any_verb: bool = False) -> bool:
    """Whether a statement of someone else's closes between the sentence's
    start and the phrase ``c``: a speech verb in its continuative form and 、
    (「…」を表明し、, 批判して、); not a clause that is no statement (…に基づき、,
    研究者で、), after which a topic is part of what was said. With
    ``any_verb``, any verb so (退職しており、)."""
    toks = br.toks
    for k in range(max(site.sent.first, 1), c.start if c.start >= 0 else c.particle):
        if toks[k].surface != "、":
            continue
        j = k - 1
        if toks[j].surface == "て" and toks[j].pos[1] == "接続助詞":
            j -= 1
        if toks[j].pos[0] != "動詞" or not toks[j].pos[5].startswith("連用形"):
            continue
        if any_verb or speech_head(toks, j) or toks[j].dictionary == "する" and j > 0 and speech_head(toks, j - 1):
            return True
    return False


def _suspect(person: Person) -> bool:
    """Whether ``person`` is named as one under suspicion or on trial (羽鳥容疑者, 山田被告)."""
    return any(t.endswith(SUSPECT_TITLES) for t in person.titles)


def _in_custody(site: Site, br: BlockReader) -> bool:
    """Whether the statement was made under questioning (…と供述している,
    と容疑を認めている, 調べに対し「…」): a suspect's, never the police's."""
    toks = br.toks
    said = br.text[toks[site.first].start : toks[site.last].end] if site.first >= 0 else ""
    before = br.text[toks[site.sent.first].start : toks[site.open].start] if site.open > site.sent.first else ""
    return any(w in said for w in CUSTODY_WORDS) or before.lstrip("、").startswith(QUESTIONING)


def written(site: Site, br: BlockReader) -> SpeakerDraft | None:
    """手紙には「…」とつづられていた, 山田さんの日記には「…」と記されていた: what a
    document says is its writer's words, the one whose document it is (Xの手紙)
    or who sent it before (Xから手紙が届いた); else None."""
    toks = br.toks
    if site.kind != "direct" or not site.passive or site.first < 0 or verb_word(toks, site.first) not in WRITTEN:
        return None
    for d in range(site.open - 2, max(site.floor, site.sent.first) - 1, -1):
        if toks[d].surface in DOCUMENT_NOUNS and toks[d + 1].surface == "に":
            if d - 1 > site.sent.first and toks[d - 1].surface == "の":
                c = br.phrase_before(d - 1, site.sent) or next((c for c in br.cands if c.particle == d - 1), None)
                if c is not None and c.human:
                    return br.r.speaker_for(c, br.block_no, True)
            writer = br.r.documents.get(toks[d].surface)
            return br.r.speaker_for(writer, br.block_no, True) if writer is not None else None
    return None


#: The order the sieves are tried in, most precise first.
SIEVES: tuple[Sieve, ...] = (relayed, relative_head, bracketed, between, written, named_before, stated, asked, announced, continued)


def attribute(site: Site, br: BlockReader) -> SpeakerDraft | None:
    """The speaker of ``site`` by the first sieve that names one, or None."""
    for sieve in SIEVES:
        sp = sieve(site, br)
        if sp is not None:
            site.note = sieve.__name__
            if site.kind == "indirect" and site.start < 0:
                site.start = br.content_start(site, None)
            return sp
    return None

