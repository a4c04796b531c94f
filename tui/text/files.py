"""Reading an article file: refusing what is no text file, and decoding
UTF-8 (with or without BOM), UTF-16 with BOM, Shift_JIS (cp932) or EUC-JP."""

from __future__ import annotations

import os
import stat
import unicodedata
from pathlib import Path

from .chars import CJK_PUNCTUATION_BLOCK, KANA_BLOCK, KANJI_BLOCK
from .model import Article, ArticleError
from .parse import parse

#: How the candidates are tried, after BOM sniffing.
ENCODINGS = ("utf-8", "cp932", "euc-jp")


def _japanese_score(text: str) -> int:
    """How much a decoding looks like Japanese prose (higher is better)."""
    score = 0
    (kana_lo, kana_hi), (kanji_lo, kanji_hi), (punct_lo, punct_hi) = KANA_BLOCK, KANJI_BLOCK, CJK_PUNCTUATION_BLOCK
    for ch in text:
        o = ord(ch)
        if kana_lo <= o <= kana_hi or kanji_lo <= o <= kanji_hi or punct_lo <= o <= punct_hi:
            score += 2
        elif 0xFF61 <= o <= 0xFF9F or 0xE000 <= o <= 0xF8FF or unicodedata.category(ch) == "Co":
            score -= 3  # half-width katakana and private use: typical of a wrong guess
        elif o < 0x80:
            score += 0
        else:
            score -= 1
    return score


def decode(data: bytes, path: Path | str = "<bytes>") -> tuple[str, str]:
    """Decode article bytes; return ``(text, encoding)``.

    A BOM decides UTF-8 or UTF-16. Otherwise NUL bytes mean binary data, and the
    text is tried as UTF-8, then Shift_JIS (cp932) and EUC-JP, keeping the legacy
    decoding that reads most like Japanese when both succeed.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        encoding = "utf-8-sig"
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        encoding = "utf-16"
    else:
        encoding = ""
    if encoding:
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError as exc:
            raise ArticleError(path, f"not valid {encoding} despite its byte-order mark ({exc.reason} at byte {exc.start})") from None
    if b"\x00" in data:
        raise ArticleError(path, "binary file (contains NUL bytes), not a text article")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    candidates = []
    for enc in ENCODINGS[1:]:
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        score = _japanese_score(text)
        # cp932 maps stray bytes (0xA0, 0xFD-0xFF) to private-use characters, so
        # binary junk "decodes"; a real legacy article reads as Japanese
        if score > 0:
            candidates.append((score, enc, text))
    if not candidates:
        raise ArticleError(path, "cannot decode as UTF-8, UTF-16, Shift_JIS or EUC-JP")
    _, enc, text = max(candidates, key=lambda c: c[0])
    return text, enc


def read_bytes(path: Path | str, name: str | None = None) -> bytes:
    """The bytes of the article file at ``path``; :class:`ArticleError`
    (naming the file ``name``, else ``path`` as spelt) for a directory, a
    pipe or device, a missing or unreadable file. What :func:`read_article`
    reads, for callers that also need the bytes (the library hashes them)."""
    p = Path(path)
    shown = name if name is not None else os.fspath(path)
    try:
        mode = p.stat().st_mode
        if stat.S_ISDIR(mode):
            raise ArticleError(shown, "is a directory, not an article file")
        if not stat.S_ISREG(mode):
            # a FIFO without a writer would block forever; devices never end
            raise ArticleError(shown, "not a regular file (pipes and devices are not read: save the text to a file)")
        return p.read_bytes()
    except FileNotFoundError:
        raise ArticleError(shown, "no such file") from None
    except PermissionError:
        raise ArticleError(shown, "permission denied") from None
    except IsADirectoryError:
        raise ArticleError(shown, "is a directory, not an article file") from None
    except OSError as exc:
        raise ArticleError(shown, exc.strerror or str(exc)) from None


def read_article(path: Path | str, name: str | None = None) -> Article:
    """Read, decode and parse the file at ``path``.

    ``Article.path``, the name every output and error gives the article, is
    ``name`` if given, else ``path`` exactly as the caller spelt it (a
    relative path stays relative, ``./a.txt`` keeps its ``./``)."""
    shown = name if name is not None else os.fspath(path)
    text, encoding = decode(read_bytes(path, shown), shown)
    return parse(text, path=shown, encoding=encoding)
