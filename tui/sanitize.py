"""Make text safe to print on a terminal.

Article text is data, not terminal commands: an ESC in a file must not recolour
or move the cursor of whoever prints it. :func:`visible` swaps every control
character for a visible stand-in; it is used by ``kiji search`` output and can
serve any other place that writes article text to a terminal.
"""

from __future__ import annotations

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
_TABLE = {**_C0, **_C1, **_FORMAT}
#: Every character :func:`visible` replaces.
REPLACED = frozenset(map(chr, _TABLE))


def visible(text: str) -> str:
    """``text`` with every control character replaced by a visible stand-in,
    so a terminal prints it instead of obeying it."""
    return text.translate(_TABLE)
