"""An article's date, when its file name, its text or its source gives one.

Japanese news writes dates many ways: ``2024年5月3日``, ``２０２４年５月３日``,
``令和6年5月3日`` (``令和元年`` for its first year), ``二〇二四年五月三日``,
``R6.5.3``, ``2024/05/03``, ``2024-05-03``; scrapers name files
``20240503_…`` or ``2024-05-03-…``. Only full dates count (a year, a month
and a day that exist): ``5月3日`` alone cannot be placed in time.

Where a date is looked for, most telling first (:func:`article_date`):

``file``
    the file's name, then its folders (``2024/05/03/a.txt``);
``text``
    a dateline: a short block with no sentence in it (a line of its own)
    among the first and last few blocks that holds a date, or one of them
    that opens with a date
    (``2024年5月3日、政府は…``, ``【2024年5月3日】``);
``source``
    the source URL's path (``…/2024/05/03/…``, ``…/20240503…``).

A date anywhere else in the text is what the article is about, not when it
was written, and is left alone.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from functools import lru_cache
from pathlib import PurePath
from typing import Iterator, Literal
from urllib.parse import unquote

from ..text import FULL_STOPS, PADDING, Article, split_url

DateFrom = Literal["file", "text", "source"]

#: The first year of each era (``令和元年`` is 2019).
ERAS = {"明治": 1868, "大正": 1912, "昭和": 1926, "平成": 1989, "令和": 2019}
#: Their one-letter abbreviations (``R6.5.3``).
ERA_LETTERS = {"M": 1868, "T": 1912, "S": 1926, "H": 1989, "R": 2019}
#: A block this short that holds a date is a dateline.
DATELINE_MAX_CHARS = 40
#: How many blocks from each end of the article may be a dateline.
DATELINE_BLOCKS = 3
#: Years a news article can carry.
YEARS = range(1868, 2200)

_KANJI_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_NUM = r"[0-9〇零一二三四五六七八九十]{1,4}"
_SPACE = r"[ \u3000]*"
_JAPANESE = re.compile(
    rf"(?:(?P<era>{'|'.join(ERAS)}){_SPACE}(?P<era_year>元|{_NUM})|(?P<year>{_NUM})){_SPACE}年{_SPACE}"
    rf"(?P<month>{_NUM}){_SPACE}月{_SPACE}(?P<day>{_NUM}){_SPACE}日"
)
#: 2024-05-03, 2024/5/3, 2024.05.03 and R6.5.3, not inside a longer number.
_NUMERIC = re.compile(
    r"(?<![0-9A-Za-z.])(?:(?P<letter>[MTSHR])(?P<era_year>[0-9]{1,2})|(?P<year>(?:18|19|20|21)[0-9]{2}))"
    r"(?P<sep>[-/.])(?P<month>[0-9]{1,2})(?P=sep)(?P<day>[0-9]{1,2})(?![0-9])"
)
#: 20240503 in a name: eight digits, not part of a longer number.
_COMPACT = re.compile(r"(?<![0-9])(?P<year>(?:18|19|20|21)[0-9]{2})(?P<month>[01][0-9])(?P<day>[0-3][0-9])(?![0-9])")
#: What any date holds (after NFKC): a digit or a kanji numeral.
_DIGIT = re.compile("[0-9〇零一二三四五六七八九十]")
#: 2024/05/03 as three path segments (folders or URL path).
_SEGMENTS = re.compile(r"(?<![0-9])(?P<year>(?:18|19|20|21)[0-9]{2})/(?P<month>[01]?[0-9])/(?P<day>[0-3]?[0-9])(?![0-9])")


def kanji_number(text: str) -> int | None:
    """``text`` as a number: Arabic digits, kanji digits read place by place
    (二〇二四), or with 十 (十二, 二十三, 三十); None if it is none of these."""
    if text.isascii():
        return int(text) if text.isdigit() else None
    if "十" in text:
        tens, _, ones = text.partition("十")
        if "十" in ones or len(tens) > 1 or len(ones) > 1:
            return None
        high = _KANJI_DIGITS.get(tens, -1) if tens else 1
        low = _KANJI_DIGITS.get(ones, -1) if ones else 0
        return None if high < 0 or low < 0 else high * 10 + low
    value = 0
    for ch in text:
        if ch not in _KANJI_DIGITS:
            return None
        value = value * 10 + _KANJI_DIGITS[ch]
    return value


def _make(year: int | None, month: int | None, day: int | None) -> date | None:
    if year is None or month is None or day is None or year not in YEARS:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _year(m: re.Match[str], eras: dict[str, int], era_group: str) -> int | None:
    era = m.group(era_group)
    if era is None:
        return kanji_number(m.group("year"))
    number = 1 if m.group("era_year") == "元" else kanji_number(m.group("era_year"))
    return None if number is None or number < 1 else eras[era] + number - 1


def dates_in(text: str) -> Iterator[tuple[int, date]]:
    """``(offset, date)`` of every full date written in ``text``, in order
    (offsets into the NFKC form, which turns full-width digits into ASCII)."""
    text = unicodedata.normalize("NFKC", text)
    found: list[tuple[int, date]] = []
    for m in _JAPANESE.finditer(text):
        d = _make(_year(m, ERAS, "era"), kanji_number(m.group("month")), kanji_number(m.group("day")))
        if d is not None:
            found.append((m.start(), d))
    for m in _NUMERIC.finditer(text):
        d = _make(_year(m, ERA_LETTERS, "letter"), int(m.group("month")), int(m.group("day")))
        if d is not None:
            found.append((m.start(), d))
    found.sort(key=lambda f: f[0])
    yield from found


def _in_name(text: str) -> date | None:
    """The last full date in a file or folder name, or a URL path."""
    text = unicodedata.normalize("NFKC", text)
    if not _DIGIT.search(text):
        return None  # every date has a number in it
    found = [(at, d) for at, d in dates_in(text)]
    for pattern in (_COMPACT, _SEGMENTS):
        for m in pattern.finditer(text):
            d = _make(int(m.group("year")), int(m.group("month")), int(m.group("day")))
            if d is not None:
                found.append((m.start(), d))
    return max(found, key=lambda f: f[0])[1] if found else None


def path_date(path: str | PurePath) -> date | None:
    """A date in the file's name, else in its folders (nearest first)."""
    p = PurePath(path)
    found = _in_name(p.stem)
    if found is not None:
        return found
    folders = p.parent.parts[-3:]
    return _folders_date("/".join(folders)) if folders else None


@lru_cache(maxsize=1024)
def _folders_date(folders: str) -> date | None:
    """:func:`_in_name` of folders, which a library's files share."""
    return _in_name(folders)


def text_date(article: Article) -> date | None:
    """A dateline's date: a short block with no full stop, or one that opens with a date,
    among the first and last :data:`DATELINE_BLOCKS` blocks (the title line
    included)."""
    blocks = [b.text for b in article.text_blocks()]
    if article.title_from == "line":
        blocks.insert(0, article.title)
    near = blocks[:DATELINE_BLOCKS] + blocks[-DATELINE_BLOCKS:][::-1]
    for text in near:
        stripped = text.strip(PADDING + "【】[]（）()<>〈〉《》■□●◆◇・")
        for at, d in dates_in(stripped):
            if at == 0 or (len(stripped) <= DATELINE_MAX_CHARS and not any(ch in FULL_STOPS for ch in stripped)):
                return d
            break
    return None


def source_date(article: Article) -> date | None:
    """A date in the path of the source URL."""
    if article.source is None:
        return None
    parts = split_url(article.source.url)
    path = parts.path if parts is not None else article.source.url  # a malformed URL is text
    return _in_name(unquote(path))


def article_date(article: Article, path: str | PurePath | None = None) -> tuple[date | None, DateFrom | None]:
    """The article's date and where it came from (``file``, ``text`` or
    ``source``), or ``(None, None)``."""
    for where, find in (("file", lambda: path_date(path if path is not None else article.path)),
                        ("text", lambda: text_date(article)),
                        ("source", lambda: source_date(article))):
        found = find()
        if found is not None:
            return found, where  # type: ignore[return-value]
    return None, None
