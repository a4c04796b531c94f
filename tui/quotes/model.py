"""The quote model: a :class:`Quote` and the :class:`Speaker` who said it.

Plain frozen data with source lines and character offsets, like the article
model; the reader (:mod:`tui.quotes.reader`) builds them, the renderers
(:mod:`tui.quotes.render`) print them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

SpeakerKind = Literal["person", "organization", "unnamed_person"]


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
    kind: SpeakerKind = "person"
