"""Terms worth highlighting, found with Sudachi: people, places, organisations,
quantities and the article's keywords.

Core module: no Textual import. Work in progress (issue 3): the term rules are
being written; ``analyze`` already tokenises every text block.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from .article import Article, Block
from .tokens import Token, tokenize

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

    @property
    def count(self) -> int:
        return len(self.spans)

    @property
    def lines(self) -> tuple[int, ...]:
        return tuple(sorted({line for line, _, _ in self.spans}))


@dataclass(frozen=True)
class Analysis:
    """Everything Sudachi found in an article."""

    tokens: dict[int, tuple[Token, ...]]
    """Mode-C tokens of every text block, keyed by the block's line."""
    terms: tuple[Term, ...]


def analyze(article: Article) -> Analysis:
    """Tokenise every text block of ``article`` and find its terms."""
    tokens = {b.line: tuple(tokenize(b.text)) for b in article.text_blocks()}
    return Analysis(tokens=tokens, terms=())
