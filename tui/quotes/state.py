"""The reader's state across an article: the speakers as they are built
(:class:`SpeakerDraft`), the people met so far and who spoke last (:class:`Reader`)."""

from __future__ import annotations

from dataclasses import dataclass, field

from .candidates import Candidate
from .directory import Directory, Person
from .model import Quote, Speaker, SpeakerKind


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


class Reader:
    """The state carried through the article: the people, the speakers, the last speaker."""

    def __init__(self) -> None:
        self.directory = Directory()
        self.speakers: dict[object, SpeakerDraft] = {}
        self.previous: SpeakerDraft | None = None
        """Who spoke in the previous sentence (None if nobody did)."""
        self.lead: tuple[SpeakerDraft, str] | None = None
        """A speaker whose statement comes in the next block (Sは次のように述べた。)."""
        self.interviewee: Person | None = None
        """Who answered the last interview question."""

    # -- speakers

    def speaker_for(self, cand: Candidate, block_no: int, direct: bool) -> SpeakerDraft | None:
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
            person = self.directory.resolve_title(cand.text)
            if person is not None:
                sp = self._person_speaker(person)
                sp.alias(cand.text)
                return sp
            if cand.described and cand.described != cand.text:
                return self._unnamed(cand.described, block_no, cand.described)
            return self._unnamed(cand.text.removeprefix("同"), block_no, cand.text)
        if cand.kind == "unnamed":
            return self._unnamed(cand.text, block_no, cand.text)
        if cand.kind == "organization" and direct:
            name = cand.text.removeprefix("同")
            if len(name) < 2:
                name = cand.text  # 同社, 同省: the reference as written
            sp = self.speakers.setdefault(("org", name), SpeakerDraft(name, "organization"))
            sp.alias(cand.text)
            return sp
        return None

    def _person_speaker(self, person: Person) -> SpeakerDraft:
        sp = self.speakers.get(("person", person.id))
        if sp is None:
            sp = self.speakers[("person", person.id)] = SpeakerDraft(person.name, "person", person)
        return sp

    def _unnamed(self, name: str, block_no: int, form: str) -> SpeakerDraft:
        # the same description in another paragraph may be someone else (two 担当者)
        return self.speakers.setdefault(("unnamed", name, block_no), SpeakerDraft(name, "unnamed_person"))

    def result(self) -> tuple[Speaker, ...]:
        done = [s for s in self.speakers.values() if s.quotes]
        done.sort(key=lambda s: (s.quotes[0].line, s.quotes[0].start))
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
