"""The article model: frozen dataclasses holding the text exactly as it
stands in the file (after decoding and line-ending normalisation) with the
1-based source line of every block, so every later feature (terms, quotes,
search, the UI) can point back into the file."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator, Literal

BlockKind = Literal["paragraph", "image", "caption", "heading"]


class ArticleError(Exception):
    """A file that cannot be read as an article (missing, binary, undecodable...)."""

    def __init__(self, path: Path | str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


@dataclass(frozen=True)
class Block:
    """One unit of the article: a paragraph, an image, its caption or a subheading."""

    kind: BlockKind
    line: int
    """1-based source line of the block's first line."""
    text: str
    """The text exactly as in the file (hard-wrapped lines joined)."""
    end_line: int = 0
    """1-based source line of the block's last line (same as ``line`` for one line)."""
    image: str | None = None
    """The image file name, for image blocks."""
    line_starts: tuple[int, ...] = field(default=(), repr=False)
    """For a hard-wrapped block, the offset in ``text`` where each source line
    from the second on begins (empty for a block of one line)."""

    def __post_init__(self) -> None:
        if not self.end_line:
            object.__setattr__(self, "end_line", self.line)

    def line_at(self, offset: int) -> int:
        """The 1-based source line holding character ``offset`` of ``text``."""
        return self.line + bisect_right(self.line_starts, offset)

    def line_start(self, line: int) -> int:
        """The offset in ``text`` where source ``line`` of the block begins."""
        k = line - self.line
        return 0 if k <= 0 else self.line_starts[min(k, len(self.line_starts)) - 1]

    @property
    def is_prose(self) -> bool:
        """Whether the block is text to read and analyse (not an image file name)."""
        return self.kind != "image"


@dataclass(frozen=True)
class Section:
    """The lead (no heading) or a subheading with the blocks under it."""

    heading: Block | None
    blocks: tuple[Block, ...]

    @property
    def title(self) -> str | None:
        return self.heading.text if self.heading else None

    @property
    def line(self) -> int | None:
        return self.heading.line if self.heading else None


@dataclass(frozen=True)
class Source:
    """Where the article came from: the ``出典:`` line."""

    url: str
    line: int

    @property
    def host(self) -> str | None:
        """The URL's host name, if the reference is a URL."""
        from .urls import web_url

        parts = web_url(self.url)
        return parts.hostname if parts is not None else None


@dataclass(frozen=True)
class Article:
    """A parsed article file."""

    path: str
    """The file as the user named it, shown in every output (relative stays
    relative); the bundled article is ``seeds/…`` (:data:`BUNDLED_NAME`)."""
    encoding: str
    title: str
    title_from: Literal["line", "source", "file", "lead"]
    """Where the title came from: a heading-like first line, the source URL, the
    file name, or (when the file name is only an id) the lead's first sentence."""
    sections: tuple[Section, ...]
    source: Source | None = None
    title_line: int | None = None
    line_count: int = 0
    _text_blocks: tuple[Block, ...] = field(default=(), repr=False, compare=False)
    digest: str = field(default="", repr=False, compare=False)
    """SHA-256 (hex) of the file's bytes it was read from ("" when parsed
    from text): what tells whether the file still holds this article."""

    def blocks(self) -> Iterator[Block]:
        """Every block in document order, subheadings included."""
        for section in self.sections:
            if section.heading:
                yield section.heading
            yield from section.blocks

    def text_blocks(self) -> tuple[Block, ...]:
        """The blocks that hold readable text: subheadings, paragraphs and captions."""
        return self._text_blocks

    @property
    def text_chars(self) -> int:
        """Characters of readable text: what analysis and search work through."""
        return sum(len(block.text) for block in self._text_blocks)

    def block_at(self, line: int) -> Block | None:
        """The block whose source lines include ``line``."""
        for block in self.blocks():
            if block.line <= line <= block.end_line:
                return block
        return None
