"""Reading an article file: refusing what is no text file (a directory, a
pipe, a file over the size limit, binary data), and decoding UTF-8 (with or
without BOM), UTF-16 or UTF-32 with BOM, Shift_JIS (cp932) or EUC-JP; what
cannot be told apart is refused rather than shown as mojibake."""

from __future__ import annotations

import hashlib
import os
import re
import stat
import unicodedata
from dataclasses import replace
from pathlib import Path
from typing import Any

from .chars import CJK_PUNCTUATION_BLOCK, KANA_BLOCK, KANJI_BLOCK
from .model import Article, ArticleError
from .parse import parse

#: How the candidates are tried, after BOM sniffing.
ENCODINGS = ("utf-8", "cp932", "euc-jp")
#: Byte-order marks and their codecs, UTF-32's first (its little-endian BOM starts with UTF-16's).
BOMS = ((b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"), (b"\xef\xbb\xbf", "utf-8-sig"),
        (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))
#: The largest file read unless ``--max-size`` (or ``$KIJI_MAX_SIZE``) says otherwise.
DEFAULT_MAX_SIZE = 16 << 20
#: Environment variable holding the size limit (the command line's ``--max-size``
#: sets it, so worker processes and the explorer's child read the same limit).
MAX_SIZE_ENV = "KIJI_MAX_SIZE"
#: How much of a file is looked at to tell UTF-16 without a BOM from a legacy encoding.
_SAMPLE = 1 << 16
#: Share of kana above which a reading is Japanese prose (real articles: 25-45%).
_PROSE_KANA = 0.1


class _Compiled:
    """A regular expression compiled when first used: the five below take
    ~4 ms to compile, and a library opened from its cache reads no file."""

    __slots__ = ("_args", "_pattern")

    def __init__(self, *args: Any) -> None:
        self._args: tuple[Any, ...] = args
        self._pattern: re.Pattern[str] | None = None

    def __getattr__(self, name: str) -> Any:
        if self._pattern is None:
            self._pattern = re.compile(*self._args)
        return getattr(self._pattern, name)


_CONTROLS = _Compiled("[\x00-\x08\x0b\x0e-\x1f\x7f]")
_KANA = _Compiled("[\u3041-\u309f\u30a0-\u30ff]")
_JAPANESE = _Compiled("[\u3000-\u30ff\u4e00-\u9fff\uff01-\uff60]")
#: What no article holds but a wrong decoding makes: controls, C1, private use, half-width katakana.
_JUNK = _Compiled("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ue000-\uf8ff\uff61-\uff9f]")
_SIZE = _Compiled(r"\s*(\d+(?:\.\d+)?)\s*([kmgt]?)(?:i?b)?\s*", re.IGNORECASE)


class TooLarge(ArticleError):
    """A file over the size limit: refused before it is read. The limit is
    the run's, not the file's: a library does not remember this refusal."""


def parse_size(text: str) -> int:
    """``"16M"`` → bytes: a number with an optional K, M, G or T (binary
    multiples; ``MB``, ``MiB`` alike); ValueError for anything else."""
    m = _SIZE.fullmatch(text)
    if m is None:
        raise ValueError(f"not a size: {text!r} (a number of bytes, or with K, M or G: 64M)")
    return int(float(m.group(1)) * 1024 ** " kmgt".index(m.group(2).lower() or " "))


def max_size() -> int:
    """The size limit of this run: ``$KIJI_MAX_SIZE`` if set and valid, else :data:`DEFAULT_MAX_SIZE`."""
    try:
        return parse_size(os.environ[MAX_SIZE_ENV])
    except (KeyError, ValueError):
        return DEFAULT_MAX_SIZE


def format_size(n: float) -> str:
    """``n`` bytes for a message: ``40.0 GB``, ``16 MB``, ``700 bytes``."""
    for unit in ("bytes", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "bytes" or n == int(n) else f"{n:.1f} {unit}"
        n /= 1024
    return f"{n} bytes"  # pragma: no cover


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


def _wide_without_bom(data: bytes) -> str | None:
    """``"UTF-16"`` or ``"UTF-32"`` when ``data`` (which holds NUL bytes)
    reads as text in that encoding without a BOM: its NUL bytes where that
    encoding puts them (every character's high byte in UTF-32, the high byte
    of the ASCII characters in UTF-16, always at the same places) and no
    control character in the reading but line breaks and tabs. Else None:
    binary data."""
    sample = data[:_SAMPLE]
    for width, name in ((4, "UTF-32"), (2, "UTF-16")):
        if len(sample) % width:
            continue
        for order, always_zero in (("le", width - 1), ("be", 0)):
            if width == 2:  # the NUL bytes all at one place of the two
                if any(b == 0 for b in sample[1 - always_zero::2]):
                    continue
            elif any(sample[always_zero::4]):
                continue
            try:
                text = sample.decode(f"utf-{width * 8}-{order}")
            except UnicodeDecodeError:
                continue
            if not _CONTROLS.search(text):
                return name
    return None


def _utf16_shares(data: bytes) -> tuple[float, float]:
    """``data`` read as UTF-16 without a BOM, the byte order that reads best:
    its share of kana and its share of Japanese (kana, kanji, CJK and
    full-width punctuation); zeros if it cannot be read so."""
    sample = data[:_SAMPLE]
    if len(sample) % 2:
        return 0.0, 0.0
    best = (0.0, 0.0)
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            text = sample.decode(encoding)
        except UnicodeDecodeError:
            continue
        best = max(best, (_share(_KANA, text), _share(_JAPANESE, text)))
    return best


def _mistaken_for_utf16(data: bytes, text: str, legacy: bool) -> bool:
    """Whether ``text``, decoded from ``data`` as UTF-8 or (``legacy``)
    Shift_JIS or EUC-JP, may as well be UTF-16 without a BOM read wrong.

    UTF-16 without ASCII has no NUL byte; its kana (``30 xx``) read as ASCII.
    A UTF-8 reading is doubted only when it is all ASCII and the UTF-16 one
    all Japanese with kana or ``text`` holds what no article does (controls:
    ``形作った`` in UTF-16 reads ``_bO\\0c0_`` in UTF-8); an English or hex
    text reads as kanji or Hangul in UTF-16 but has no kana there: kept. A
    legacy reading is doubted when the UTF-16 one holds more kana (prose:
    25-45%), or is all Japanese where ``text`` is mostly not and holds junk
    (private use, half-width katakana: ``国際機関`` reads ``V\\uf8f1麿j_覆``
    in Shift_JIS), or both are all Japanese and the legacy reading has no
    more kana (a few kanji: ``調`` in UTF-16 is ``漢`` in Shift_JIS)."""
    if not legacy and not text.isascii():
        return False  # UTF-8's multi-byte sequences: UTF-16 hardly ever forms them
    kana16, japanese16 = _utf16_shares(data)
    sample = text[: _SAMPLE // 2]
    if not legacy:
        return japanese16 >= 0.9 and (kana16 >= _PROSE_KANA or _JUNK.search(sample) is not None)
    kana = _share(_KANA, sample)
    if kana16 >= _PROSE_KANA and kana16 > kana:
        return True
    if japanese16 < 0.9:
        return False
    return (_share(_JAPANESE, sample) < 0.5 and _JUNK.search(sample) is not None) or kana <= kana16


def _share(pattern: _Compiled, text: str) -> float:
    return len(pattern.findall(text)) / len(text) if text else 0.0


def decode(data: bytes, path: Path | str = "<bytes>") -> tuple[str, str]:
    """Decode article bytes; return ``(text, encoding)``.

    A BOM decides UTF-8, UTF-16 or UTF-32. Otherwise NUL bytes mean binary
    data (or UTF-16/32 without a BOM: refused, saying so), and the text is
    tried as UTF-8, then Shift_JIS (cp932) and EUC-JP, keeping the legacy
    decoding that reads most like Japanese when both succeed. Bytes that read
    as Japanese in UTF-16 without a BOM better than as the text found are
    refused: which one was meant cannot be told for sure. A text holding NUL
    characters (U+0000) is refused in every encoding.
    """
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise ArticleError(path, f"not valid {encoding} despite its byte-order mark ({exc.reason} at byte {exc.start})") from None
            if "\x00" in text:
                raise ArticleError(path, f"holds NUL characters (U+0000) in its {encoding}: not a text article")
            return text, encoding
    if b"\x00" in data:
        wide = _wide_without_bom(data)
        if wide:
            raise ArticleError(path, f"looks like {wide} without a byte-order mark, which cannot be told for sure: "
                                     "save it as UTF-8 (or with a BOM)")
        raise ArticleError(path, "binary file (contains NUL bytes), not a text article")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
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
            if _utf16_shares(data)[0] >= _PROSE_KANA:
                raise _utf16_refused(path) from None
            raise ArticleError(path, "cannot decode as UTF-8, UTF-16, UTF-32, Shift_JIS or EUC-JP") from None
        _, encoding, text = max(candidates, key=lambda c: c[0])
    else:
        encoding = "utf-8"
    # UTF-16 without a BOM and without ASCII has no NUL byte; its kana
    # (30 xx) read as ASCII in UTF-8 or Shift_JIS: mojibake
    if _mistaken_for_utf16(data, text, legacy=encoding != "utf-8"):
        raise _utf16_refused(path)
    return text, encoding


def _utf16_refused(path: Path | str) -> ArticleError:
    return ArticleError(path, "reads as UTF-16 without a byte-order mark (or as mojibake otherwise), which cannot be "
                              "told for sure: save it as UTF-8 (or with a BOM)")


def read_bytes(path: Path | str, name: str | None = None, limit: int | None = None) -> bytes:
    """The bytes of the article file at ``path``; :class:`ArticleError`
    (naming the file ``name``, else ``path`` as spelt) for a directory, a
    pipe or device, a missing or unreadable file, and :class:`TooLarge` for a
    file over ``limit`` bytes (default :func:`max_size`), before reading it
    (and if it grew past the limit while read). What :func:`read_article`
    reads, for callers that also need the bytes (the library hashes them)."""
    p = Path(path)
    shown = name if name is not None else os.fspath(path)
    limit = max_size() if limit is None else limit
    try:
        st = p.stat()
        if stat.S_ISDIR(st.st_mode):
            raise ArticleError(shown, "is a directory, not an article file")
        if not stat.S_ISREG(st.st_mode):
            # a FIFO without a writer would block forever; devices never end
            raise ArticleError(shown, "not a regular file (pipes and devices are not read: save the text to a file)")
        if st.st_size > limit:
            raise _too_large(shown, st.st_size, limit)
        with open(p, "rb") as f:
            data = f.read(st.st_size + 1)
            if len(data) > st.st_size:  # it grew since: read on, never past the limit
                data += f.read(limit + 1 - len(data)) if len(data) <= limit else b""
        if len(data) > limit:
            raise _too_large(shown, len(data), limit)
        return data
    except MemoryError:
        raise ArticleError(shown, "too large to read into memory") from None
    except FileNotFoundError:
        raise ArticleError(shown, "no such file") from None
    except PermissionError:
        raise ArticleError(shown, "permission denied") from None
    except IsADirectoryError:
        raise ArticleError(shown, "is a directory, not an article file") from None
    except OSError as exc:
        raise ArticleError(shown, exc.strerror or str(exc)) from None


def _too_large(shown: str, size: int, limit: int) -> TooLarge:
    return TooLarge(shown, f"too large to read ({format_size(size)}; the limit is {format_size(limit)}: "
                           "--max-size to raise it)")


def read_article(path: Path | str, name: str | None = None) -> Article:
    """Read, decode and parse the file at ``path``.

    ``Article.path``, the name every output and error gives the article, is
    ``name`` if given, else ``path`` exactly as the caller spelt it (a
    relative path stays relative, ``./a.txt`` keeps its ``./``)."""
    shown = name if name is not None else os.fspath(path)
    data = read_bytes(path, shown)
    text, encoding = decode(data, shown)
    return replace(parse(text, path=shown, encoding=encoding), digest=digest_of(data))


def digest_of(data: bytes) -> str:
    """SHA-256 (hex) of a file's bytes: :attr:`Article.digest`, the cache's key."""
    return hashlib.sha256(data).hexdigest()
