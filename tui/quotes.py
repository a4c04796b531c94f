"""Speakers and what they said. Work in progress (issue 4)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from .analysis import Analysis
from .article import Article


@dataclass(frozen=True)
class Quote:
    """One statement attributed to a speaker."""

    line: int
    kind: Literal["direct", "indirect"]
    text: str
    verb: str
    start: int = 0
    end: int = 0
    """Offsets of ``text`` in the block at ``line``."""


@dataclass(frozen=True)
class Speaker:
    """A person (or organisation) quoted in the article."""

    name: str
    aliases: tuple[str, ...]
    quotes: tuple[Quote, ...]
    kind: Literal["person", "organization", "unnamed_person"] = "person"


def find_speakers(article: Article, analysis: Analysis) -> tuple[Speaker, ...]:
    """The speakers of ``article`` in order of first appearance."""
    return ()
