"""A quote as a reader cites it: who said it, with the title the article
gives them, and where.

Core module (no Textual). The forms come from the speaker's aliases, the
name + title forms the reader found in the article (in order of
appearance), so nothing here guesses a title the article does not give:

- :func:`speaker_title`: the title of the first such form (外務大臣 of
  マリア・ロペス外務大臣, 北浜市…部長 of 北浜市…部長山田太郎氏);
- :func:`named_as`: the name as the article writes it with that title
  (山田太郎代表, not 山田太郎);
- :func:`cite`: the text copied for a quote, in one of :data:`CITE_STYLES`.
"""

from __future__ import annotations

from typing import Literal

from ..analysis import HONORIFICS, title_head
from .model import Quote, Speaker

CiteStyle = Literal["cited", "quote"]
#: ``cited``: 「…」（鈴木一郎・前北浜市長、https://…）; ``quote``: the quoted words alone.
CITE_STYLES: tuple[CiteStyle, ...] = ("cited", "quote")
#: Marks of a term of office written before it (前市長, 元代表, 現知事): first in a joined title.
TERM_PREFIXES = frozenset("前元現")
#: Between a name and its title in a citation; the second for names with a ・ of their own.
SEPARATOR, SEPARATOR_SPACE = "・", "\u3000"


def _strip_honorific(text: str) -> str:
    for honorific in sorted(HONORIFICS, key=len, reverse=True):
        if text.endswith(honorific):
            return text[: -len(honorific)]
    return text


def _title_forms(speaker: Speaker) -> list[tuple[str, str]]:
    """``(form, title)`` of every alias that is the speaker's name with a
    title after it (山田一郎首相), before it (首相の山田一郎氏,
    前北浜市長の鈴木一郎氏, 前北浜市長・鈴木一郎氏), or with its body before
    it and の (青空党の山田太郎代表: 青空党代表; 北浜市の前市長の鈴木一郎氏:
    前北浜市長), in order."""
    name, out = speaker.name, []
    if speaker.kind != "person" or not name:
        return out
    for alias in speaker.aliases:
        if alias.startswith(name):
            title = _strip_honorific(alias[len(name):])
        elif name in alias:
            before = alias[: alias.index(name)]
            after = _strip_honorific(alias[alias.index(name) + len(name):])
            if after and not before.endswith("の"):
                continue  # a title on both sides (公安大臣…将軍): not one to cite
            before = before.removesuffix("の").removesuffix("・")
            if after:
                title = _joined(before, after)
            else:
                body, no, office = before.rpartition("の")  # 北浜市の前市長の…: 前北浜市長
                title = _joined(body, office) if no and body and title_head(office) else before
        else:
            continue
        if title and title not in HONORIFICS:
            out.append((alias, title))
    return out


def _joined(body: str, title: str) -> str:
    """The title ``title`` of ``body`` as one word: 青空党代表, 北浜市 and 市長
    as 北浜市長, a former office's 前 or 元 first (前北浜市長, 元青空党代表)."""
    prefix = title[0] if len(title) > 2 and title[0] in TERM_PREFIXES else ""
    office = title[len(prefix):]
    if body.endswith(office[0]):
        body = body[:-1]  # 北浜市の…市長: 北浜市長
    return prefix + body + office


def speaker_title(speaker: Speaker) -> str:
    """The title the article gives the speaker ("" when it gives none, and
    for organisations and unnamed people, whose name says what they are):
    the first written, or a fuller form of it (青空党代表 for 代表,
    前北浜市長 for 前市長)."""
    forms = _title_forms(speaker)
    if not forms:
        return ""
    first = forms[0][1]
    return next((t for _, t in forms[1:] if _fuller(t, first)), first)


def _fuller(title: str, first: str) -> bool:
    """Whether ``title`` is ``first`` with its place or body (a term prefix first: 前北浜市長 of 前市長)."""
    if len(title) <= len(first):
        return False
    if first[0] in TERM_PREFIXES and len(first) > 2:
        return title[0] == first[0] and title.endswith(first[1:])
    return title.endswith(first)


def named_as(speaker: Speaker) -> str:
    """The speaker's name with their title as the article writes it
    (山田太郎代表), else the name."""
    forms = _title_forms(speaker)
    return forms[0][0] if forms else speaker.name


def attribution(speaker: Speaker) -> str:
    """Who, as a citation names them: 鈴木一郎・前北浜市長, or the name
    alone; a name that holds a ・ itself is set off by an ideographic space
    (マリア・ロペス　外務大臣)."""
    title = speaker_title(speaker)
    if not title:
        return speaker.name
    return f"{speaker.name}{SEPARATOR_SPACE if '・' in speaker.name else SEPARATOR}{title}"


def cite(quote: Quote, speaker: Speaker, url: str | None = None, style: CiteStyle = "cited") -> str:
    """The text to copy for ``quote``. ``cited``: a direct quote in 「」, a
    reported one as written, then who said it and the source in （）:
    「…」（鈴木一郎・前北浜市長、https://…）. ``quote``: the words alone."""
    if style == "quote":
        return quote.text
    words = f"「{quote.text}」" if quote.kind == "direct" else quote.text
    source = [attribution(speaker)] + ([url] if url else [])
    return f"{words}（{'、'.join(source)}）"
