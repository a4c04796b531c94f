"""The article, its terms and its speakers as plain data (``kiji dump``).

One place defines the JSON schema; the readable outline is drawn from the
same data.
"""

from __future__ import annotations

from typing import Any, Iterable

from .analysis import Term
from .quotes import Speaker, speaker_dict
from .text import Article, Block, visible

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
