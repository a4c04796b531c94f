"""Line breaking for Japanese text by terminal cell width, with kinsoku rules.

Textual and Rich wrap Japanese per cell, so a line can start with 、or 」and
end with 「. Japanese typesetting forbids that (kinsoku shori): closing
punctuation, the prolonged sound mark and small kana never start a line, and
opening brackets never end one. :func:`wrap` applies these rules by pushing
the offending characters onto the next line (oidashi), keeps runs of Latin
letters and digits whole where the width allows, and never splits a
character (a wide character takes two cells).

Pure module: no Textual import, so the core and the benchmarks can use it.
"""

from __future__ import annotations

from rich.cells import get_character_cell_size

#: Characters that must not start a line: closing brackets and quotes,
#: punctuation, iteration and prolonged sound marks, small kana, ellipses.
NO_START = frozenset(
    "、。，．,.・：；:;？！?!‼⁇⁈⁉゛゜ヽヾゝゞ々〻ー―‐゠–〜～"
    "」』）］｝〕〉》】〙〗〟’”｠»)]}"
    "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ"
    "…‥％%"
)
#: Characters that must not end a line: opening brackets and quotes.
NO_END = frozenset("「『（［｛〔〈《【〘〖〝‘“｟«([{")
#: Spaces a line may be broken at; they are dropped at the start of a line.
SPACES = frozenset(" \u3000")


def cell_width(ch: str) -> int:
    """Terminal cells taken by one character (0, 1 or 2)."""
    return get_character_cell_size(ch)


def _latin(ch: str) -> bool:
    return ch.isascii() and ch.isprintable() and ch != " "


def can_break(text: str, pos: int) -> bool:
    """Whether a line may end just before ``text[pos]``.

    Spaces at a break are dropped, so the rules apply to the characters on
    either side of the run of spaces around ``pos``.
    """
    n = len(text)
    if pos <= 0 or pos >= n:
        return True
    a, b = pos, pos
    while a > 0 and text[a - 1] in SPACES:
        a -= 1
    while b < n and text[b] in SPACES:
        b += 1
    if a == 0:
        return False  # the line would hold nothing but spaces
    if b == n:
        return True
    before, after = text[a - 1], text[b]
    if after in NO_START or before in NO_END:
        return False
    if a != pos or b != pos:
        return True  # a space separates them: a word boundary
    if cell_width(after) == 0:  # combining marks stay with their base
        return False
    if _latin(before) and _latin(after):  # inside a Latin word or number
        return False
    return True


def wrap(text: str, width: int) -> list[tuple[int, int]]:
    """Break ``text`` into lines of at most ``width`` cells.

    Returns ``(start, end)`` character offsets, one pair per line, in order.
    Spaces where a line was broken are left out of both lines. A line is only
    wider than ``width`` when it holds a single character wider than the width.
    A break that the rules forbid is made only when the line offers no allowed
    break point at all (e.g. a long run of closing punctuation or a URL wider
    than the line).
    """
    n = len(text)
    if n == 0:
        return [(0, 0)]
    width = max(1, width)
    lines: list[tuple[int, int]] = []
    start = 0
    while start < n:
        col = 0
        i = start
        while i < n:
            w = cell_width(text[i])
            if col + w > width and i > start:
                break
            col += w
            i += 1
        if i >= n:
            lines.append((start, n))
            break
        brk = i
        while brk > start + 1 and not can_break(text, brk):
            brk -= 1
        if not can_break(text, brk):
            brk = i  # no allowed break on this line: cut where it is full
        end = brk
        while end > start + 1 and text[end - 1] in SPACES:
            end -= 1  # trailing spaces at a break are not drawn
        lines.append((start, end))
        start = brk
        while start < n and text[start] in SPACES:
            start += 1
    return lines


def line_width(text: str, start: int, end: int) -> int:
    """Cells taken by ``text[start:end]``."""
    return sum(cell_width(ch) for ch in text[start:end])


def wrap_hanging(text: str, width: int, indent: int = 2) -> list[str]:
    """``text`` broken as :func:`wrap` breaks it, in ``width`` cells, each
    line after the first indented by ``indent`` spaces (a hanging indent, so
    a list of wrapped entries shows where each begins)."""
    first = wrap(text, max(1, width))
    if len(first) == 1:
        return [text[first[0][0]:first[0][1]]]
    start, end = first[0]
    rest = text[first[1][0]:]
    lines = [text[start:end]]
    lines += [" " * indent + rest[s:e] for s, e in wrap(rest, max(1, width - indent))]
    return lines
