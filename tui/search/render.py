"""grep-like output of matches: ``PATH:LINE:COL: context``."""

from __future__ import annotations

from typing import Iterable, Iterator

from ..text import Article, visible
from .model import Match

#: Characters of context shown on each side of a match by :func:`render_matches`.
CONTEXT_CHARS = 30
#: SGR sequences that highlight a match (bold, reverse) and end the highlight.
HIGHLIGHT_ON, HIGHLIGHT_OFF = "\x1b[1;7m", "\x1b[0m"


def context(text: str, start: int, end: int, color: bool = False) -> str:
    """``text[start:end]`` with about :data:`CONTEXT_CHARS` characters each
    side (``…`` where cut), control characters made visible; with ``color``
    the match is highlighted (bold, reverse)."""
    left = max(0, start - CONTEXT_CHARS)
    right = min(len(text), end + CONTEXT_CHARS)
    hit = visible(text[start:end])
    if color:
        hit = f"{HIGHLIGHT_ON}{hit}{HIGHLIGHT_OFF}"
    before = ("…" if left else "") + visible(text[left:start])
    after = visible(text[end:right]) + ("…" if right < len(text) else "")
    return before + hit + after


def render_matches(article: Article, matches: Iterable[Match], color: bool) -> Iterator[str]:
    """grep-like lines ``PATH:LINE:COL: context``, one per match.

    LINE and COL (1-based, in characters) point into the source file, also
    inside a hard-wrapped block (:meth:`Block.line_at`). The context is about
    :data:`CONTEXT_CHARS` characters each side, with control characters made
    visible; with ``color`` the match is highlighted (bold, reverse).
    """
    blocks = {b.line: b for b in article.text_blocks()}
    path = visible(article.path)
    for m in matches:
        block = blocks[m.line]
        line = block.line_at(m.start)
        column = m.start - block.line_start(line) + 1
        yield f"{path}:{line}:{column}: {context(block.text, m.start, m.end, color)}"
