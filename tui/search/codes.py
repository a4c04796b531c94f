"""Readings one byte a character (:class:`ReadingCodes`).

The reading mode searches the concatenated readings of an article's words
with ``str.find``. Readings are hiragana, which Python stores two bytes a
character; an article's readings use a few dozen distinct characters. Each
non-ASCII one gets a code between U+0080 and U+00FF, in the order they
come, so the concatenation is a Latin-1 string, one byte a character, with
the same offsets; ASCII (digits and letters of unknown words, the block
separator) stands for itself. An article whose readings hold more than 128
distinct non-ASCII characters keeps them as they are (:attr:`ReadingCodes.raw`).
"""

from __future__ import annotations

#: First code of a non-ASCII character, and one past the last.
FIRST_CODE, END_CODE = 0x80, 0x100


class ReadingCodes:
    """The code of each character the readings of one article use."""

    __slots__ = ("encoding", "decoding", "raw")

    def __init__(self) -> None:
        self.encoding: dict[int, str] = {}
        """Non-ASCII character (as ``ord``) to its one-character code, a ``str.translate`` table."""
        self.decoding: dict[int, str] = {}
        self.raw = False
        """Too many distinct characters: readings are kept as they are."""

    def encode(self, reading: str) -> str:
        """``reading`` in codes, new characters given the next free ones;
        :attr:`raw` (and ``reading`` unchanged) once they run out."""
        if self.raw or reading.isascii():
            return reading
        encoding = self.encoding
        for ch in reading:
            if ch >= "\x80" and ord(ch) not in encoding:
                code = FIRST_CODE + len(encoding)
                if code >= END_CODE:
                    self.raw = True
                    return reading
                encoding[ord(ch)] = chr(code)
                self.decoding[code] = ch
        return reading.translate(encoding)

    def query(self, kana: str) -> str | None:
        """``kana`` in codes, or None when it holds a character no reading
        has (so nothing can match it)."""
        if self.raw or kana.isascii():
            return kana
        encoding = self.encoding
        if any(ch >= "\x80" and ord(ch) not in encoding for ch in kana):
            return None
        return kana.translate(encoding)

    def decode(self, coded: str) -> str:
        """The readings ``coded`` stands for."""
        return coded if self.raw or coded.isascii() else coded.translate(self.decoding)

    def __getstate__(self) -> tuple[dict[int, str], bool]:
        return self.encoding, self.raw

    def __setstate__(self, state: tuple[dict[int, str], bool]) -> None:
        self.encoding, self.raw = state
        self.decoding = {ord(code): chr(ch) for ch, code in self.encoding.items()}
