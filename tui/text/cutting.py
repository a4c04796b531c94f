"""Cutting text to a width in terminal cells: one rule for every place that
shortens a text (the panes' rows, the header, the library's lists, an image's
file name).

A cut text ends in one ``…`` and takes at most the width given: a wide
(Japanese) character takes two cells and is never split, so a cut may leave
one cell free (callers pad); spaces right before the ``…`` are dropped, as a
typesetter would. :func:`cut_middle` keeps both ends, for names whose end
matters (a file's extension).

Pure module: no Textual import.
"""

from __future__ import annotations

from rich.cells import cell_len, get_character_cell_size

#: The mark where a text was cut.
ELLIPSIS = "…"
#: Spaces dropped next to the mark.
_SPACES = " \u3000\t"


def cells(text: str) -> int:
    """Terminal cells taken by ``text``."""
    return cell_len(text)


def _head(text: str, width: int) -> str:
    """The longest start of ``text`` within ``width`` cells (with the
    zero-width characters that belong to its last character)."""
    used = 0
    for end, ch in enumerate(text):
        size = get_character_cell_size(ch)
        if size and used + size > width:
            return text[:end]
        used += size
    return text


def _tail(text: str, width: int) -> str:
    """The longest end of ``text`` within ``width`` cells, never starting
    with a zero-width character cut from its base."""
    used, start = 0, len(text)
    for i in range(len(text) - 1, -1, -1):
        size = get_character_cell_size(text[i])
        if used + size > width:
            break
        used += size
        start = i
    while start < len(text) and get_character_cell_size(text[start]) == 0:
        start += 1
    return text[start:]


def cut(text: str, width: int) -> str:
    """``text`` in at most ``width`` cells: whole if it fits, else its start
    and one ``…`` (never half a wide character, no space before the mark)."""
    if cell_len(text) <= width:
        return text  # a text of no width (a lone combining mark) fits anywhere
    if width <= 0:
        return ""
    return _head(text, width - 1).rstrip(_SPACES) + ELLIPSIS


def cut_middle(text: str, width: int) -> str:
    """``text`` in at most ``width`` cells with its middle elided: the start
    and the end kept (a file name's extension whole when it fits:
    ``z71575…254b7e4.jpg``). Falls back to :func:`cut` when too narrow."""
    if cell_len(text) <= width:
        return text  # a text of no width (a lone combining mark) fits anywhere
    if width <= 0:
        return ""
    dot = text.rfind(".")
    suffix = cell_len(text[dot:]) if 0 < dot and len(text) - dot <= 6 else 0
    room = width - 1
    tail_cells = max(suffix, room // 2)
    head_cells = room - tail_cells
    if head_cells < 1:
        return cut(text, width)
    head = _head(text, head_cells).rstrip(_SPACES)
    tail = _tail(text, tail_cells).lstrip(_SPACES)
    return head + ELLIPSIS + tail
