"""grep-like output of matches: ``PATH:LINE:COL: context``."""

from __future__ import annotations

from bisect import bisect_right
from pathlib import Path
from typing import Iterable, Iterator

from ..text import Article, Block, decode, split_lines, visible
from .model import Match

#: Characters of context shown on each side of a match by :func:`render_matches`.
CONTEXT_CHARS = 30
#: SGR sequences that highlight a match (bold, reverse) and end the highlight.
HIGHLIGHT_ON, HIGHLIGHT_OFF = "\x1b[1;7m", "\x1b[0m"


def _source_lines(article: Article) -> list[str] | None:
    """The article file's lines, when the file can still be read."""
    try:
        data = Path(article.path).read_bytes()
        return split_lines(decode(data, article.path)[0])
    except Exception:  # a missing, changed or undecodable file: fall back
        return None


def _line_starts(block: Block, lines: list[str] | None) -> list[tuple[int, int]]:
    """``(offset in block.text, source line)`` where each source line of a
    hard-wrapped block begins; just the block's line when it cannot be told."""
    fallback = [(0, block.line)]
    if block.end_line == block.line or lines is None or block.end_line > len(lines):
        return fallback
    out: list[tuple[int, int]] = []
    offset = 0
    for number in range(block.line, block.end_line + 1):
        piece = lines[number - 1]
        # joining adds at most one space between two lines
        if block.text.startswith(piece, offset):
            at = offset
        elif offset and block.text.startswith(piece, offset + 1):
            at = offset + 1
        else:
            return fallback
        out.append((at, number))
        offset = at + len(piece)
    return out if offset == len(block.text) else fallback


def _context(text: str, start: int, end: int, color: bool) -> str:
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

    LINE and COL (1-based, in characters) point into the source file; for a
    hard-wrapped block they are found by reading the file again, and fall back
    to the block's first line and the column in the joined text if the file no
    longer matches. The context is about :data:`CONTEXT_CHARS` characters each
    side, with control characters made visible; with ``color`` the match is
    highlighted (bold, reverse).
    """
    blocks = {b.line: b for b in article.text_blocks()}
    path = visible(article.path)
    lines: list[str] | None = None
    wrapped = {b.line for b in blocks.values() if b.end_line > b.line}
    if wrapped:
        lines = _source_lines(article)
    starts: dict[int, list[tuple[int, int]]] = {}
    for m in matches:
        block = blocks[m.line]
        if block.line not in starts:
            starts[block.line] = _line_starts(block, lines)
        offsets = starts[block.line]
        i = bisect_right([o for o, _ in offsets], m.start) - 1
        line_offset, line = offsets[max(i, 0)]
        yield f"{path}:{line}:{m.start - line_offset + 1}: {_context(block.text, m.start, m.end, color)}"
