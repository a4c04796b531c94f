"""The reader's state across an article: the speakers as they are built
(:class:`SpeakerDraft`), the people, organisations and unnamed speakers met
so far, and who spoke last (:class:`Reader`). Mentions resolve to speakers
here, in one place: names and their later forms, 同氏 and 同社, titles used
alone, descriptions by role (フランスの元首) and by pointer (この運転士)."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..analysis import is_club, title_head
from .candidates import Candidate
from .directory import Directory, Person
from .model import Quote, Speaker, SpeakerKind
from .speech import MEDIA_HEADS

#: Heads of government bodies, parties, places and unions: 同社 never points
#: to them (a union is 同組合, the prefectural police 同県警, a police unit 同隊,
#: a fire or water bureau 同局).
PUBLIC_HEADS = (
    "省", "庁", "府", "党", "県", "市", "町", "村", "区", "国", "会", "議会", "政府", "当局", "委員会", "署",
    "取引所", "裁判所", "地裁", "高裁", "最高裁", "家裁", "地検", "高検", "警察", "警", "消防", "研究所", "事務所",
    "協会", "連盟", "機構", "大学", "病院", "学校", "高校", "県連", "連合", "組合", "隊", "局",
)


#: Heads that end in a shorter one but take 同 with their whole word: an
#: assembly is 同議会 (同市議会), never 同会, which points to a society or a group.
LONGER_HEADS = {"会": ("議会",)}


@dataclass
class SpeakerDraft:
    """A speaker while the article is read: becomes a :class:`~tui.quotes.Speaker`."""

    name: str
    kind: SpeakerKind
    person: Person | None = None
    aliases: list[str] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)

    def alias(self, form: str) -> None:
        if form and form != self.name and form not in self.aliases:
            self.aliases.append(form)


class Organizations:
    """The organisations named so far, in order, with the short names the
    article gives them (北浜改革の会（以下、改革）, ハッピーストア（ハピスト）)."""

    def __init__(self) -> None:
        self._names: dict[str, str] = {}
        """Every form seen, to the organisation's name."""
        self._recent: dict[str, None] = {}
        """Names in the order of their latest mention (the last is the latest)."""
        self._acting: dict[str, None] = {}
        """The same for mentions as the subject or source of a sentence (Xは, Xによると)."""
        self._media: set[str] = set()
        """Names cited as the news media a report draws on (NHKなどによると, Xの報道では)."""

    def see(self, name: str, acting: bool = False, media: bool = False) -> None:
        """An organisation named in the text; ``acting``: as the one who does or
        says something (Xは, Xが, Xによると), not inside another noun phrase;
        ``media``: cited as a news source (NHKなどによると)."""
        canon = self._names.setdefault(name, name)
        if media:
            self._media.add(canon)
        for recent in (self._recent, self._acting) if acting else (self._recent,):
            recent.pop(canon, None)
            recent[canon] = None

    def alias(self, short: str, name: str) -> None:
        """``short`` is what the article calls ``name`` from now on."""
        if short and short != name and short not in self._names:
            self._names[short] = self._names.get(name, name)

    def known(self, form: str) -> bool:
        return form in self._names

    def resolve(self, form: str) -> str | None:
        """The organisation ``form`` names: a name or short name seen before,
        or 同社/同省/同党 (the latest organisation of that kind), else None."""
        name = self._names.get(form)
        if name is not None:
            return name
        if form.startswith("同") and 2 <= len(form) <= 3:
            head = form[1:]
            for recent in (self._acting, self._recent):
                for name in reversed(recent):
                    if name.endswith(MEDIA_HEADS) or name in self._media:
                        continue  # a newspaper is 同紙, a broadcaster 同局, never 同社
                    if head == "社" and not name.endswith(PUBLIC_HEADS) and not is_club(name) or head != "社" and name.endswith(head) and not (
                            name.endswith(LONGER_HEADS.get(head, ()))):
                        return name
        return None


class Reader:
    """The state carried through the article: who is who, the speakers, who spoke last."""

    def __init__(self) -> None:
        self.directory = Directory()
        self.orgs = Organizations()
        self.speakers: dict[object, SpeakerDraft] = {}
        self.described: dict[str, tuple[str, int]] = {}
        """Unnamed people by what they are (男性, 運転士): the latest description and its block."""
        self.documents: dict[str, Candidate] = {}
        """Who wrote the letter, message … the text named last by that word
        (山田さんの手紙, 回復した男性から手紙が届いた): a later 手紙は「…」 quotes them."""
        self.statement_of: Candidate | None = None
        """The body whose statement a sentence put out last (学会は…声明を採択した):
        a later 声明は「…」 quotes it."""
        self.previous: SpeakerDraft | None = None
        """Who spoke last, or whom the last sentence with a subject was about:
        the speaker of a statement whose subject is left out."""
        self.carried: SpeakerDraft | None = None
        """While :attr:`previous` is None after a sentence describing a thing
        (第3セットは…逆転だった): who spoke before it, whom a statement with a
        verb and no subject still continues (not a quote standing alone)."""
        self.announcer: tuple[SpeakerDraft, str, int, bool] | None = None
        """The speaker, verb, block and strength of a sentence announcing a
        statement (Sは言った。, Sは次のように述べた。 are strong; Sは…と称した。 is
        not): a quote standing alone next is theirs."""
        self.interviewee: Person | None = None
        """Who answered the last interview question."""
        self.label: SpeakerDraft | None = None
        """Who a label line introduced (以下、山田氏のコメント): quote lines after it are theirs."""
        self.pending: tuple | None = None
        """A quote standing alone with no speaker yet, and the block reader
        holding it: the next sentence may name its speaker."""

        self.trace: list[tuple[SpeakerDraft, Quote, str]] = []
        """Every quote recorded, with its speaker and the rule that attributed it."""

    def record(self, sp: SpeakerDraft, quote: Quote, rule: str) -> None:
        """``quote`` is ``sp``'s, by ``rule`` (a sieve's name)."""
        sp.quotes.append(quote)
        self.trace.append((sp, quote, rule))

    # -- speakers

    def speaker_for(self, cand: Candidate, block_no: int, direct: bool) -> SpeakerDraft | None:
        """The speaker ``cand`` names, or None (a topic that speaks for nobody,
        an organisation for reported speech, an office nobody holds yet)."""
        if cand.kind == "person" and cand.person is not None:
            cand.person.add_form(cand.text)  # 同氏
            return self._person_speaker(cand.person)
        if cand.kind == "person" and cand.mention is not None:
            person = self.directory._match(cand.mention)
            if person is None:
                return None
            sp = self._person_speaker(person)
            if cand.text != person.name and cand.text not in person.forms:
                sp.alias(cand.text)  # 山田一郎副報道官 with a post that is no known title
            return sp
        if cand.kind == "title":
            whose = cand.described[: -len(cand.text)].removesuffix("の") if cand.described.endswith(cand.text) else ""
            person = self.directory.resolve_role(cand.text, whose) or self.directory.resolve_title(cand.text)
            if person is not None:
                self.directory.last = person  # 首相は…。同氏は: the person referred to last
                sp = self._person_speaker(person)
                sp.alias(cand.described or cand.text)
                return sp
            if cand.described and cand.described != cand.text:
                return self._unnamed(cand.described, block_no)
            office = cand.text.removeprefix("同")
            # 同副社長 is a 副社長; 同社副社長 is written so (社副社長 names nothing)
            return self._unnamed(office if title_head(office) == office else cand.text, block_no)
        if cand.kind == "unnamed":
            return self._described(cand, block_no)
        if cand.kind == "organization" and direct:
            name = cand.head or cand.text.removeprefix("同")
            if len(name) < 2:
                name = cand.text  # 同社, 同省 with nothing to point to: the reference as written
            sp = self.speakers.setdefault(("org", name), SpeakerDraft(name, "organization"))
            sp.alias(cand.text)
            return sp
        return None

    def note(self, cand: Candidate, block_no: int) -> None:
        """Remember an unnamed person described in the text (男性（40）も…),
        whom a later この男性 or 男性 may point back to."""
        if cand.kind == "unnamed" and not cand.anaphor and cand.head:
            earlier = self.described.get(cand.head)
            if cand.text == cand.head and earlier is not None and earlier[1] == block_no:
                return  # 息子を名乗る男から…。男は: the bare word points back, it describes no one new
            self.described[cand.head] = (cand.text, block_no)

    def _described(self, cand: Candidate, block_no: int) -> SpeakerDraft:
        """An unnamed person: この運転士 points back to the latest 運転士 described
        anywhere; a bare 男性 to the one described in the same paragraph; the
        same description in another paragraph may be someone else (two 担当者)."""
        earlier = self.described.get(cand.head)
        if earlier is not None and (cand.anaphor or (cand.text == cand.head and earlier[1] == block_no)):
            sp = self._unnamed(*earlier)
            sp.alias(cand.text)
            return sp
        if cand.anaphor:
            # その記者 with nobody described before: the description, without the pointer
            name = cand.text.removeprefix("この").removeprefix("その").removeprefix("同") or cand.text
            sp = self._unnamed(name, block_no)
            sp.alias(cand.text)
            return sp
        self.note(cand, block_no)
        return self._unnamed(cand.text, block_no)

    def _person_speaker(self, person: Person) -> SpeakerDraft:
        sp = self.speakers.get(("person", person.id))
        if sp is None:
            sp = self.speakers[("person", person.id)] = SpeakerDraft(person.name, "person", person)
        return sp

    def _unnamed(self, name: str, block_no: int) -> SpeakerDraft:
        return self.speakers.setdefault(("unnamed", name, block_no), SpeakerDraft(name, "unnamed_person"))

    def result(self) -> tuple[Speaker, ...]:
        done = [s for s in self.speakers.values() if s.quotes]
        for s in done:
            s.quotes.sort(key=lambda q: (q.block, q.start))
        done.sort(key=lambda s: (s.quotes[0].block, s.quotes[0].start))
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
