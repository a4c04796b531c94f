"""Who said what across a library: every analysed article's speakers merged
by name, and their quotes, newest article first.

A named person or organisation is the same speaker in every article that
gives the same name (``山田太郎`` here and there); an unnamed speaker
(``男性``, ``関係者``) is someone else in each article, so they are never
merged across articles.
"""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import date
from typing import Any, Iterator

from .model import Person, PersonQuote, Row


#: Speakers of this kind are not merged across articles.
UNNAMED = "unnamed_person"


def _speakers(library: Any) -> Iterator[tuple[Row, dict]]:
    """``(row, speaker as in kiji dump --json)`` of every analysed row, in library order."""
    rows = [r for r in library.rows if r.analysed]
    ids = library.ids()
    by_id: dict[int, list[Row]] = defaultdict(list)
    for r in rows:
        if r.path in ids:
            by_id[ids[r.path]].append(r)
    stored = dict(library.cache.speakers(by_id))
    for r in rows:
        data = stored.get(ids.get(r.path, -1))
        if data:
            for speaker in json.loads(data):
                yield r, speaker


def _key(row: Row, speaker: dict) -> tuple[str, ...]:
    if speaker["type"] == UNNAMED:
        return speaker["name"], speaker["type"], row.path
    return speaker["name"], speaker["type"]


def _quote(row: Row, speaker: dict, q: dict) -> PersonQuote:
    return PersonQuote(row.path, row.title, row.date, speaker["name"], q["line"], q["kind"], q["text"], q["verb"],
                       q["start"], q["end"], q.get("block", q["line"]))


def _newest_first(quotes: list[PersonQuote], order: dict[str, int]) -> list[PersonQuote]:
    """The newest dated article first, then the undated ones in library
    order; within an article, in the order of the text."""
    def key(q: PersonQuote) -> tuple:
        when = (0, -q.date.toordinal()) if q.date is not None else (1, 0)
        return (*when, order[q.path], q.line, q.start)

    return sorted(quotes, key=key)


def grouped(library: Any) -> list[tuple[Person, list[PersonQuote]]]:
    """Every speaker of the library's analysed articles, merged by name,
    with their quotes (newest first): most quoted first, then in most
    articles, then by name. One pass over the cache (the rows not looked
    up in it yet first: :meth:`~tui.library.Library.recall`)."""
    library.recall()
    order = {r.path: i for i, r in enumerate(library.rows)}
    quotes: dict[tuple, list[PersonQuote]] = defaultdict(list)
    paths: dict[tuple, dict[str, None]] = defaultdict(dict)
    aliases: dict[tuple, dict[str, None]] = defaultdict(dict)
    latest: dict[tuple, date] = {}
    for row, speaker in _speakers(library):
        key = _key(row, speaker)
        quotes[key].extend(_quote(row, speaker, q) for q in speaker["quotes"])
        paths[key][row.path] = None
        for alias in speaker["aliases"]:
            aliases[key][alias] = None
        if row.date is not None and (key not in latest or row.date > latest[key]):
            latest[key] = row.date
    out = [
        (Person(key[0], key[1], len(paths[key]), len(quotes[key]), tuple(aliases[key]), tuple(paths[key]),
                latest.get(key)), _newest_first(quotes[key], order))
        for key in quotes
    ]
    out.sort(key=lambda pq: (-pq[0].quotes, -pq[0].articles, pq[0].name))
    return out


def people(library: Any) -> list[Person]:
    """Every speaker across the library, merged by name (see :func:`grouped`)."""
    return [person for person, _ in grouped(library)]


def quotes(library: Any, person: Person | None = None) -> list[PersonQuote]:
    """The quotes of ``person`` (everyone's if None) across the library,
    newest article first when dates are known."""
    order = {r.path: i for i, r in enumerate(library.rows)}
    found = [
        _quote(row, speaker, q)
        for row, speaker in _speakers(library)
        if person is None or (speaker["name"] == person.name and speaker["type"] == person.kind and row.path in person.paths)
        for q in speaker["quotes"]
    ]
    return _newest_first(found, order)
