"""Who is who in an article: people introduced so far, and title-only references.

Core module (no Textual). A :class:`Directory` is filled in document order with
:class:`~tui.analysis.people.Mention` objects; later forms of the same person (surname +
title, given name + さん, 同+title, a title alone) resolve to the entry that
introduced them. Lookups are by dictionary, so a long article stays linear.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..analysis import HONORIFICS, Mention, title_group, title_head

#: How many recent holders of an office are compared when resolving a title alone.
RECENT = 8


@dataclass
class Person:
    """A person seen in the article, with every form used for them."""

    id: int
    name: str
    parts: tuple[str, ...]
    titles: list[str] = field(default_factory=list)
    forms: list[str] = field(default_factory=list)
    """Name + title forms as written and resolved title-only references, in order."""
    seen: int = 0
    """Position (a running counter) of the latest mention."""

    def add_form(self, form: str) -> None:
        if form and form != self.name and form not in self.forms:
            self.forms.append(form)


class Directory:
    """People in order of appearance, with indexes by name part and by office."""

    def __init__(self) -> None:
        self.people: list[Person] = []
        self._by_part: dict[str, list[Person]] = {}
        self._by_head: dict[str, list[Person]] = {}
        self._clock = 0
        self.last: Person | None = None
        """The person mentioned last (whom 同氏 refers to)."""

    def _tick(self) -> int:
        self._clock += 1
        return self._clock

    def _match(self, m: Mention) -> Person | None:
        """An earlier person this mention names: same name, or a shared part (山田 of 山田一郎)."""
        found = self._by_part.get(m.name)
        if found:
            return found[-1]
        if len(m.parts) > 1:
            # a full name matches only itself, or someone known by one of its parts
            for key in m.parts:
                for p in reversed(self._by_part.get(key, ())):
                    if len(p.parts) == 1:
                        return p
        return None

    def knows(self, part: str) -> bool:
        """Whether someone introduced so far has ``part`` as a name part."""
        return part in self._by_part

    def add(self, m: Mention, text: str) -> Person:
        """Record mention ``m`` (from ``text``) and return its person."""
        person = self._match(m)
        if person is None:
            person = Person(id=len(self.people), name=m.name, parts=m.parts or (m.name,))
            self.people.append(person)
        elif len(m.parts) > len(person.parts) and person.name in m.parts:
            person.name, person.parts = m.name, m.parts  # 山田 first, 山田一郎 later
        for key in {m.name, *m.parts}:
            lst = self._by_part.setdefault(key, [])
            if not lst or lst[-1] is not person:
                lst.append(person)
        person.seen = self._tick()
        self.last = person
        for title in m.titles:
            if title not in HONORIFICS:
                if title not in person.titles:
                    person.titles.append(title)
                self._index_title(person, title)
        if m.titles:
            person.add_form(text[m.span_start : m.span_end])
        return person

    def _index_title(self, person: Person, title: str) -> None:
        head = title_head(title)
        if not head:
            return
        lst = self._by_head.setdefault(head, [])
        if person in lst[-RECENT:]:
            lst.remove(person)
        lst.append(person)

    def resolve_title(self, ref: str) -> Person | None:
        """The person a title used alone refers to (大臣, 経済次官, 同環境相), or None
        when no one or more than one person fits equally well."""
        anaphor = ref.startswith("同")
        title = ref[1:] if anaphor else ref
        head = title_head(title)
        if not head or head in HONORIFICS:
            return None
        domain = title[: len(title) - len(head)] if title.endswith(head) else ""
        exact: list[Person] = []
        related: list[Person] = []
        loose: list[Person] = []
        seen: set[int] = set()
        for h in title_group(head):
            for p in self._by_head.get(h, [])[-RECENT:]:
                if p.id in seen:
                    continue
                seen.add(p.id)
                for t in p.titles:
                    th = title_head(t)
                    if th == head and (t == title or t.endswith(title)):
                        exact.append(p)
                        break
                else:
                    if domain and any(domain in t for t in p.titles):
                        related.append(p)
                    elif not domain or anaphor:
                        loose.append(p)  # 次官 for a 経済副大臣; 外務大臣 never for a 防衛大臣
        for level in (exact, related, loose):
            if not level:
                continue
            level.sort(key=lambda p: p.seen)
            if len(level) == 1 or anaphor:
                person = level[-1]
                person.add_form(ref)
                return person
            return None  # several people hold such an office: do not guess
        return None
