"""The library on the command line: ``kiji search`` over many files and
``kiji quotes`` across them, as text, CSV, Markdown or JSON.

Every path and every text is shown with control characters made visible
(:func:`tui.text.visible`); JSON carries them escaped.
"""

from __future__ import annotations

from typing import Any, Iterable, Sequence

from ..text import to_json, visible
from .model import Person, PersonQuote

#: The columns of ``kiji quotes`` over a library, in every format.
QUOTE_COLUMNS = ("speaker", "path", "date", "line", "kind", "quote")


def quote_dict(q: PersonQuote) -> dict[str, Any]:
    return {"path": q.path, "title": q.title, "date": q.date.isoformat() if q.date else None, "line": q.line,
            "kind": q.kind, "text": q.text, "verb": q.verb, "start": q.start, "end": q.end, "block": q.block}


def person_dict(person: Person, quotes: Sequence[PersonQuote]) -> dict[str, Any]:
    return {"name": person.name, "type": person.kind, "aliases": list(person.aliases), "articles": person.articles,
            "quotes": [quote_dict(q) for q in quotes]}


def _rows(grouped: Iterable[tuple[Person, Sequence[PersonQuote]]]) -> list[tuple[str, ...]]:
    return [
        (visible(q.speaker), visible(q.path), q.date.isoformat() if q.date else "", str(q.line), q.kind, visible(q.text))
        for _, quotes in grouped for q in quotes
    ]


def render_people_quotes(grouped: Sequence[tuple[Person, Sequence[PersonQuote]]], fmt: str = "table") -> str:
    """Who said what across a library, one row per quote with its file:
    speakers merged by name (most quoted first), each one's quotes newest
    first; ``table`` (aligned by display width), ``csv``, ``markdown`` or ``json``."""
    if fmt == "json":
        return to_json({"speakers": [person_dict(p, qs) for p, qs in grouped]}) + "\n"
    from ..quotes import render_rows  # here: the quotes door loads the reader and the analysis, which opening a library does without

    return render_rows(QUOTE_COLUMNS, _rows(grouped), fmt, numeric=3)
