"""URLs taken from article text (the ``出典:`` line), read defensively.

A source line is data written by whoever made the file: ``http://[::1/``
(an unclosed IPv6 bracket), ``http://[abc]/`` or a host that NFKC turns
into a path (``http://ex℁ample/``) make :func:`urllib.parse.urlsplit`
raise. Everything kiji derives from a URL (the title, the host, a date, the
hyperlink) asks here, and a URL that cannot be split is text: no host, no
title from it, shown as it is.
"""

from __future__ import annotations

from urllib.parse import SplitResult, unquote, urlsplit


def split_url(url: str) -> SplitResult | None:
    """``url`` split into its parts, or None when it cannot be parsed."""
    try:
        parts = urlsplit(url)
        parts.hostname  # noqa: B018 - parses the bracketed host too
    except ValueError:
        return None
    return parts


def web_url(url: str) -> SplitResult | None:
    """The parts of an ``http``/``https`` URL, else None (another scheme, or
    not a URL that can be parsed)."""
    parts = split_url(url)
    return parts if parts is not None and parts.scheme in ("http", "https") else None


def readable_url(url: str) -> str:
    """``url`` as a reader reads it: its percent-escapes decoded
    (``…/wiki/%E6%9D%B1%E4%BA%AC`` → ``…/wiki/東京``) when they spell UTF-8
    text; else as it is. For showing only: the link stays the encoded URL."""
    if "%" not in url:
        return url
    try:
        return unquote(url, errors="strict")
    except UnicodeDecodeError:
        return url
