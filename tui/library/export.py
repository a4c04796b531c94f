"""``kiji export``: one JSON document per article, for a search engine.

Each document is ``kiji dump --json``'s (schema 1: sections, terms with
readings and base forms, speakers and their quotes) plus what a library
knows of the file: ``hash`` (SHA-256 of its bytes), ``date``, ``host``,
``chars``, and ``text``, the readable blocks joined by blank lines, which a
search engine analyses with Sudachi. ``docs/export.schema.json`` is the
JSON Schema of a document; ``docs/elasticsearch-index.json`` the index
settings and mapping (Elasticsearch or OpenSearch with the Sudachi
analysis plugin) that search it the way kiji does.
"""

from __future__ import annotations

from typing import Any, Iterator

from ..export import article_dict
from ..text import Article
from .model import Row
from .record import speakers_from_json, terms_from_json

#: Between two blocks in a document's ``text``.
BLOCK_SEPARATOR = "\n\n"


def export_dict(article: Article, row: Row, terms_json: str, speakers_json: str) -> dict[str, Any]:
    """The export document of ``article`` (analysed: its terms and speakers
    as the cache holds them), described by ``docs/export.schema.json``."""
    doc = article_dict(article, terms_from_json(terms_json), speakers_from_json(speakers_json))
    doc.update({
        "hash": row.digest,
        "date": row.date.isoformat() if row.date else None,
        "date_from": row.date_from,
        "host": row.host,
        "chars": article.text_chars,
        "text": BLOCK_SEPARATOR.join(b.text for b in article.text_blocks()),
    })
    return doc


def bulk_action(doc: dict[str, Any]) -> dict[str, Any]:
    """The ``_bulk`` action line before a document: index it under its hash
    (the same bytes at two paths are one document)."""
    return {"index": {"_id": doc["hash"]}}


def export_docs(library: Any) -> Iterator[tuple[Row, dict[str, Any] | str]]:
    """``(row, document)`` of every analysed article in library order, or
    ``(row, problem)`` for one that cannot be exported (unreadable, not
    analysed, changed since it was analysed)."""
    from ..text import ArticleError
    from .record import load

    ids = library.ids()
    for row in library.rows:
        if row.state == "unreadable" or row.state == "failed":
            yield row, row.problem or "cannot be read"
            continue
        if not row.analysed or row.path not in ids:
            yield row, "not analysed"
            continue
        stored = library.cache.analysis(ids[row.path])
        try:
            article, digest = load(row.path)
        except ArticleError as exc:
            yield row, exc.problem
            continue
        if stored is None or digest != row.digest:
            yield row, "changed since it was analysed"
            continue
        yield row, export_dict(article, row, stored[0], stored[1])
