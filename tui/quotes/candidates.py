"""A speaker candidate: a noun phrase that may name who speaks, and what it names."""

from __future__ import annotations

from dataclasses import dataclass

from ..analysis import Mention
from .directory import Person

#: Subject particles: Sは, Sが, Sも, and Sから for a statement that came from S
#: (同社では is read as 同社は).
SUBJECT_PARTICLES = ("は", "が", "も", "から")
#: Particles that make a phrase the topic of its sentence: it speaks for every
#: clause of the sentence, while Sが belongs to the nearest predicate.
TOPIC_PARTICLES = ("は", "も")
#: Demonstratives that point back to someone described before (この運転士, 同男性).
ANAPHORS = ("この", "その", "同")


@dataclass(frozen=True)
class Candidate:
    """A phrase that could be the speaker: the noun phrase before は/が/も/から,
    a name or description right before a 「」 with no particle (山田氏「…」), or
    one in brackets right after it (「…」（同社広報）)."""

    particle: int
    """Token index of the particle after the phrase (for a phrase without one,
    of the token after it)."""
    kind: str
    """person, title, unnamed, organization or "" (a topic that is not a speaker)."""
    text: str
    mention: Mention | None = None
    described: str = ""
    """For a title alone: the title with the words that say whose (同会派の幹事長)."""
    person: Person | None = None
    """For 同氏: the person it refers back to."""
    start: int = -1
    """Token index where the phrase starts."""
    anaphor: bool = False
    """この運転士, 同男性: an unnamed person described before."""
    head: str = ""
    """For an unnamed person, the noun that says what they are (男性, 運転士);
    for an organisation, the name it resolves to."""

    @property
    def speaks(self) -> bool:
        """Whether the phrase names a possible speaker (not a mere topic)."""
        return self.kind in ("person", "title", "unnamed", "organization")

    @property
    def human(self) -> bool:
        """Whether the phrase names a person (by name, title or description)."""
        return self.kind in ("person", "title", "unnamed")
