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
    """The source line where the quoted text starts (inside a hard-wrapped
    block, the line it is on, not the block's first)."""
    kind: Literal["direct", "indirect"]
    text: str
    verb: str
    """The reporting expression as written, from the quotative (と, ことを,
    よう) to the reporting predicate (と述べた, などと発言し); "" when there is
    none (山田氏「…」)."""
    start: int = 0
    end: int = 0
    """Offsets of ``text`` in the block's text."""
    block: int = 0
    """The block holding the quote, named by its first line (as terms and
    search matches name blocks); 0 means the same as ``line``."""

    def __post_init__(self) -> None:
        if not self.block:
            object.__setattr__(self, "block", self.line)


@dataclass(frozen=True)
class Speaker:
    """A person (or organisation) quoted in the article."""

    name: str
    aliases: tuple[str, ...]
    quotes: tuple[Quote, ...]
    kind: SpeakerKind = "person"
