"""A speaker candidate: the noun phrase before は/が/も/から and what it names."""

from __future__ import annotations

from dataclasses import dataclass

from ..analysis import Mention
from .directory import Person

#: Subject particles: Sは, Sが, Sも, and Sから for a statement that came from S.
SUBJECT_PARTICLES = ("は", "が", "も", "から")


@dataclass(frozen=True)
class Candidate:
    """A phrase that could be the speaker: the noun phrase before は/が/も/から."""

    particle: int
    """Token index of the particle."""
    kind: str
    """person, title, unnamed, organization or "" (a topic that is not a speaker)."""
    text: str
    mention: Mention | None = None
    described: str = ""
    """For a title alone: the title with the words that say whose (同会派の幹事長)."""
    person: Person | None = None
    """For 同氏: the person it refers back to."""
