"""The article, its terms and its speakers as plain data (``kiji dump``).

One place defines the JSON schema; the readable outline is drawn from the
same data.
"""

from __future__ import annotations

import json
import re
from typing import Any, Iterable, Iterator

from .analysis import Term
from .article import Article, Block
from .quotes import Speaker
from .sanitize import REPLACED, visible

SCHEMA = 1


def block_dict(block: Block) -> dict[str, Any]:
    d: dict[str, Any] = {"kind": block.kind, "line": block.line, "text": block.text}
    if block.image is not None:
        d["image"] = block.image
    return d


def term_dict(term: Term) -> dict[str, Any]:
    return {
        "text": term.text,
        "category": term.category,
        "count": term.count,
        "reading": term.reading,
        "base": term.base,
        "lines": list(term.lines),
        "spans": [list(s) for s in term.spans],
    }


def speaker_dict(speaker: Speaker) -> dict[str, Any]:
    return {
        "name": speaker.name,
        "type": speaker.kind,
        "aliases": list(speaker.aliases),
        "quotes": [
            {"line": q.line, "kind": q.kind, "text": q.text, "verb": q.verb, "start": q.start, "end": q.end}
            for q in speaker.quotes
        ],
    }


def article_dict(article: Article, terms: Iterable[Term] = (), speakers: Iterable[Speaker] = ()) -> dict[str, Any]:
    """The ``kiji dump --json`` document."""
    return {
        "schema": SCHEMA,
        "path": article.path,
        "encoding": article.encoding,
        "title": article.title,
        "title_from": article.title_from,
        "source": {"url": article.source.url, "line": article.source.line} if article.source else None,
        "sections": [
            {"title": s.title, "line": s.line, "blocks": [block_dict(b) for b in s.blocks]}
            for s in article.sections
        ],
        "terms": [term_dict(t) for t in terms],
        "speakers": [speaker_dict(s) for s in speakers],
    }


#: What ``json.dumps`` keeps as it is but :func:`visible` would replace (DEL,
#: C1 controls such as CSI, line separators, bidi overrides): escaped as
#: ``\\uXXXX``, which inside a JSON string means the same character.
_UNSAFE = re.compile("[" + "".join(re.escape(ch) for ch in sorted(ch for ch in REPLACED if ch > "~")) + "]")


def _escape(m: re.Match[str]) -> str:
    return f"\\u{ord(m.group()):04x}"


def json_chunks(doc: Any, size: int = 1 << 16) -> Iterator[str]:
    """:func:`to_json`'s text in pieces of about ``size`` characters, to be
    written as they come: ``json.dumps`` holds every fragment of the document
    in a list before joining them (the 10 MB article peaked 130 MB higher)."""
    parts: list[str] = []
    n = 0
    for part in json.JSONEncoder(ensure_ascii=False, indent=1).iterencode(doc):
        parts.append(part)
        n += len(part)
        if n >= size:
            yield _UNSAFE.sub(_escape, "".join(parts))
            parts.clear()
            n = 0
    if parts:
        yield _UNSAFE.sub(_escape, "".join(parts))


def to_json(doc: Any) -> str:
    """``doc`` as JSON text that is safe to print on a terminal.

    ``json.dumps`` escapes only C0 controls; every other character
    :func:`visible` would replace gets a ``\\uXXXX`` escape too. They can
    only occur inside strings, where the escape means the same character.
    """
    return "".join(json_chunks(doc))


def outline(article: Article, terms: Iterable[Term] = (), speakers: Iterable[Speaker] = ()) -> str:
    """A readable outline: sections, blocks with line numbers, terms, who said what."""
    out: list[str] = [f"{article.title}  ({article.path}, {article.encoding})"]
    for section in article.sections:
        head = f"§ {section.title}  [line {section.line}]" if section.heading else "§ (lead)"
        out.append(head)
        for b in section.blocks:
            text = b.image if b.kind == "image" else b.text
            if len(text) > 60:
                text = text[:59] + "…"
            out.append(f"  {b.line:>5}  {b.kind:<9} {text}")
    if article.source:
        out.append(f"source [line {article.source.line}]: {article.source.url}")
    terms = list(terms)
    if terms:
        out.append("terms:")
        for cat in ("person", "place", "organization", "quantity", "keyword"):
            items = [t for t in terms if t.category == cat]
            if items:
                out.append(f"  {cat}: " + ", ".join(f"{t.text}×{t.count}" for t in items))
    speakers = list(speakers)
    if speakers:
        out.append("who said what:")
        for sp in speakers:
            alias = f" ({', '.join(sp.aliases)})" if sp.aliases else ""
            out.append(f"  {sp.name}{alias}")
            for q in sp.quotes:
                text = q.text if len(q.text) <= 50 else q.text[:49] + "…"
                out.append(f"    {q.line:>5}  {q.kind:<8} {text}  [{q.verb}]")
    return "\n".join(visible(line) for line in out)
