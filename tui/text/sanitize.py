r"""Make text safe to print on a terminal.

Article text is data, not terminal commands: an ESC in a file must not recolour
or move the cursor of whoever prints it. :func:`visible` swaps every control
character for a visible stand-in, for every place that writes article text, a
file name or a query to a terminal; :func:`to_json` and :func:`json_chunks`
write JSON that carries the same characters escaped.

File names and command-line arguments are not always text: Python hands a
byte that does not decode (a Shift_JIS name under a UTF-8 locale, ``\xff``)
over as a lone surrogate (U+DC80–U+DCFF, "surrogateescape"), which no
terminal, JSON reader or SQLite accepts. :func:`visible` and the JSON writers
show such a byte as ``\xNN``; :func:`as_text` does only that, for a name
that must become text without being shown yet (a title taken from a file name).
"""

from __future__ import annotations

import re
from typing import Any, Iterable, Iterator

from .jsonenc import json_pieces

#: C0 controls (U+0000–U+001F) as their Control Pictures (␀ … ␟; ESC is ␛), DEL as ␡.
_C0 = {code: chr(0x2400 + code) for code in range(0x20)}
_C0[0x7F] = "\u2421"
#: C1 controls (U+0080–U+009F) have no pictures: ``\x85`` style escapes.
_C1 = {code: f"\\x{code:02x}" for code in range(0x80, 0xA0)}
#: Line separators and bidi embeddings/overrides/isolates: terminals may break
#: lines at them or reorder what follows (the "Trojan Source" trick).
_FORMAT = {
    code: f"\\u{code:04x}"
    for code in (0x2028, 0x2029, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A))
}
#: Lone surrogates: an undecodable byte NN of a file name or argument as
#: ``\xNN`` (U+DCNN, Python's "surrogateescape"), any other as ``\udNNN``.
_SURROGATES = {code: f"\\x{code - 0xDC00:02x}" if 0xDC80 <= code <= 0xDCFF else f"\\u{code:04x}"
               for code in range(0xD800, 0xE000)}
_TABLE = {**_C0, **_C1, **_FORMAT, **_SURROGATES}
#: Every character :func:`visible` replaces.
REPLACED = frozenset(map(chr, _TABLE))
_HAS_SURROGATE = re.compile("[\ud800-\udfff]")


def char_class(chars: Iterable[str]) -> str:
    """A regular expression character class matching exactly ``chars``, as
    ranges (``[\\x00-\\x1f...]``): compiled in a millisecond where one
    listing the 2,000 surrogates of :data:`REPLACED` took ten, at start-up."""
    codes = sorted(set(map(ord, chars)))
    parts, i = [], 0
    while i < len(codes):
        j = i
        while j + 1 < len(codes) and codes[j + 1] == codes[j] + 1:
            j += 1
        first, last = re.escape(chr(codes[i])), re.escape(chr(codes[j]))
        parts.append(first if i == j else f"{first}-{last}")
        i = j + 1
    return "[" + "".join(parts) + "]"


def visible(text: str) -> str:
    """``text`` with every control character replaced by a visible stand-in,
    so a terminal prints it instead of obeying it, and every undecodable byte
    of a file name or argument as ``\\xNN``: for article text, file names,
    queries and messages that quote them alike."""
    return text.translate(_TABLE)


def as_text(name: str) -> str:
    """``name`` (a file name, an argument) as text that can be encoded:
    its undecodable bytes as ``\\xNN``, everything else as it is."""
    if _HAS_SURROGATE.search(name) is None:
        return name
    return name.translate(_SURROGATES)


#: What ``json.dumps`` keeps as it is but :func:`visible` would replace (DEL,
#: C1 controls such as CSI, line separators, bidi overrides): escaped as
#: ``\\uXXXX``, which inside a JSON string means the same character; and lone
#: surrogates (undecodable bytes of a file name or argument), which are no
#: text: written as the text ``\\xNN`` (:func:`as_text`), as everywhere else.
_UNSAFE = re.compile(char_class(ch for ch in REPLACED if ch > "~"))


def _escape(m: re.Match[str]) -> str:
    code = ord(m.group())
    if 0xD800 <= code < 0xE000:
        return _SURROGATES[code].replace("\\", "\\\\")
    return f"\\u{code:04x}"


def json_chunks(doc: Any, indent: int | None = 1) -> Iterator[str]:
    """:func:`to_json`'s text in pieces, to be written as they come:
    ``json.dumps`` holds every fragment of the document in a list before
    joining them (the 10 MB article peaked 130 MB higher). With
    ``indent=None``, one line with no spaces (NDJSON). The text is
    ``json.JSONEncoder(ensure_ascii=False)``'s (:mod:`tui.text.jsonenc`
    writes it faster)."""
    for piece in json_pieces(doc, indent):
        yield _UNSAFE.sub(_escape, piece)


def json_with_items(doc: dict, key: str, items: Iterable[Any]) -> Iterator[str]:
    """:func:`to_json` of ``doc`` whose ``key`` holds a list, given empty in
    ``doc`` and filled from ``items`` as they come (each encoded when it is
    reached: two million matches are never a list). The same text as
    :func:`to_json` of the whole document."""
    head = to_json(doc)
    slot = "\n " + to_json(key) + ": []"  # a key of the top level: its line is indented once
    at = head.index(slot) + len(slot) - 1
    before, after = head[:at - 1], head[at + 1:]
    yield before + "["
    first = True
    for item in items:
        yield ("\n  " if first else ",\n  ") + to_json(item).replace("\n", "\n  ")
        first = False
    yield ("]" if first else "\n ]") + after


def to_json(doc: Any, indent: int | None = 1) -> str:
    """``doc`` as JSON text that is safe to print on a terminal (on one
    line with ``indent=None``).

    ``json.dumps`` escapes only C0 controls; every other character
    :func:`visible` would replace gets a ``\\uXXXX`` escape too. They can
    only occur inside strings, where the escape means the same character.
    """
    return "".join(json_chunks(doc, indent=indent))
