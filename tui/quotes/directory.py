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

#: Descriptions of an office holder by role, and the titles that hold it:
#: フランスの元首 is the person introduced as フランスの…大統領.
ROLE_NOUNS: dict[str, frozenset[str]] = {
    "元首": frozenset({"大統領", "国王", "女王", "国家主席", "主席", "天皇", "皇帝"}),
    "国家元首": frozenset({"大統領", "国王", "女王", "国家主席", "主席", "天皇", "皇帝"}),
    "指導者": frozenset({"大統領", "首相", "総理", "総理大臣", "国家主席", "主席", "総書記", "党首", "最高指導者", "代表", "書記長"}),
    "最高指導者": frozenset({"最高指導者", "総書記", "国家主席", "主席", "大統領"}),
    "首脳": frozenset({"大統領", "首相", "総理", "総理大臣", "国家主席", "主席"}),
    "トップ": frozenset({"社長", "会長", "代表", "理事長", "知事", "市長", "町長", "村長", "総裁", "委員長", "大統領", "首相", "党首", "学長", "院長"}),
}


#: What a relative is introduced as (長男の朝比奈悠一さん): then called by the given name.
RELATIVES = ("長男", "長女", "次男", "次女", "三男", "三女", "妻", "夫", "息子", "娘", "父", "母", "兄", "姉", "弟", "妹", "孫",
             "父親", "母親", "祖父", "祖母", "夫人")


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
    affiliations: list[str] = field(default_factory=list)
    """What a mention said the person belongs to: アメリカ of アメリカの…大統領."""
    past: bool = False
    """Introduced with an age at the time of what happened (山田花子さん（当時38）):
    someone the story tells of, a victim most often, not one who speaks now."""

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

    def _shared(self, m: Mention) -> Person | None | bool:
        """For a surname alone that several people share: the one it means
        when all but one were introduced as someone's relative (朝比奈さん
        after 作家の朝比奈透さん and 長男の朝比奈悠一さん: the writer; a
        relative is called by the given name) or with an age at the time of
        what happened (高月さん after 高月美咲さん（当時38） and her husband
        高月啓介さん（45）: the husband), else False (either, so none);
        None when the name is not shared."""
        found = self._by_part.get(m.name)
        if not found or len(m.parts) > 1:
            return None
        others = {p.id: p for p in found if p.name != m.name}
        if len(others) <= 1:
            return None
        main = [p for p in others.values() if not p.past and not any(a.endswith(RELATIVES) for a in p.affiliations)]
        return main[0] if len(main) == 1 else False

    def _match(self, m: Mention) -> Person | None:
        """An earlier person this mention names: same name, or a shared part (山田 of 山田一郎)."""
        found = self._by_part.get(m.name)
        if found:
            shared = self._shared(m)
            if shared is not None:
                return shared or None  # 佐藤 when 佐藤一郎 and 佐藤健太 are both in the article: either
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

    def add(self, m: Mention, text: str, affiliation: str = "", joiner: str = "の") -> Person | None:
        """Record mention ``m`` (from ``text``) and return its person;
        ``affiliation``: the phrase written before it (アメリカの), if any,
        and ``joiner``, what joins it to the name (の, or ・ after a title).
        A surname two people share names neither (None): it is left unresolved."""
        if self._shared(m) is False:
            return None
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
        person.past = person.past or text.startswith("（当時", m.span_end)
        self.last = person
        if affiliation and affiliation not in person.affiliations:
            person.affiliations.append(affiliation)
        for title in m.titles:
            if title not in HONORIFICS:
                if title not in person.titles:
                    person.titles.append(title)
                self._index_title(person, title)
        if m.titles:
            person.add_form(text[m.span_start : m.span_end])
        titled = any(t not in HONORIFICS for t in m.titles)
        if len(affiliation) > 1 and not affiliation.startswith("同") and titled != bool(title_head(affiliation)):
            # a title written before the name with の or ・ (前北浜市長の鈴木一郎氏,
            # 前北浜市長・鈴木一郎氏), or the body whose title follows it
            # (青空党の山田太郎代表): cited so; not a pointer (同社の…社長), nor
            # a title on both sides
            if joiner == "の" or not titled:
                person.add_form(f"{affiliation}{joiner}{text[m.span_start : m.span_end]}")
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
                titles = [t for t in p.titles if not _deputy_of(title_head(t), head)]
                if not titles:
                    continue  # 同社副社長 is never the 社長, nor 副知事 the 知事
                for t in titles:
                    th = title_head(t)
                    if th == head and (t == title or t.endswith(title)):
                        exact.append(p)
                        break
                else:
                    if domain and any(domain in t for t in titles):
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

    def resolve_role(self, role: str, whose: str = "") -> Person | None:
        """The one person a description by role refers to (フランスの元首: the
        person introduced as アメリカの…大統領), or None when nobody or more
        than one person fits."""
        titles = ROLE_NOUNS.get(role)
        if not titles:
            return None
        fits = [
            p for p in self.people
            if any(title_head(t) in titles or t in titles for t in p.titles)
            and (not whose or any(whose in a or a in whose for a in p.affiliations))
        ]
        return fits[0] if len(fits) == 1 else None


def _deputy_of(one: str, other: str) -> bool:
    """Whether one office is the other's deputy, either way (社長 and 副社長)."""
    return one == "副" + other or other == "副" + one
