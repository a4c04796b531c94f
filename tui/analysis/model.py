"""What the analysis of an article gives: its :class:`Term` s and the
tokens and person mentions the other readers (quotes, search) reuse."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal

from .people import Mention
from .tokens import Token

Category = Literal["person", "place", "organization", "quantity", "keyword"]
CATEGORIES: tuple[Category, ...] = ("person", "place", "organization", "quantity", "keyword")


@dataclass(frozen=True)
class Term:
    """A highlighted term and every place it occurs."""

    text: str
    category: Category
    reading: str
    """Hiragana reading."""
    base: str
    """Sudachi's normalised form: what groups notation variants (か国/カ国)."""
    spans: tuple[tuple[int, int, int], ...]
    """``(line, start, end)``: block line and character offsets in its text."""
    rank: float = 0.0
    """Keywords: the ranking score (higher first); other categories: 0."""

    @property
    def count(self) -> int:
        return len(self.spans)

    @property
    def lines(self) -> tuple[int, ...]:
        return tuple(sorted({line for line, _, _ in self.spans}))


@dataclass(frozen=True)
class Analysis:
    """Everything Sudachi found in an article."""

    tokens: Mapping[int, tuple[Token, ...]]
    """Mode-C tokens of every text block, keyed by the block's line."""
    terms: tuple[Term, ...]
    people: Mapping[int, Sequence[Mention]] = field(default_factory=dict)
    """Person mentions of blocks (:func:`~tui.analysis.people.find_people` on their
    tokens), by line, so the quotes reader need not find them again; a block
    missing here has them found again."""
    organizations: Mapping[int, Sequence[tuple[int, int]]] = field(default_factory=dict)
    """Organisation spans of blocks as the term rules found them, by line: the
    quotes reader's organisations (同社 points back to the last one)."""
