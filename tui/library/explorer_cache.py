"""The cache as the single-article explorer uses it: a second open of an
article fills the panes from the cache instead of analysing it again.

:class:`ExploreCache` is the ``store`` that :func:`tui.explore.explore`
takes (``load(article)`` before the pass, ``save(article, explored)``
after). It is picklable (only the cache folder travels), so the explorer's
child process for big articles uses it too; it opens its own connection
where it is used.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..text import Article, ArticleError
from .cache import Cache
from .record import StatKey, load, record_of, speakers_from_json, terms_from_json

if TYPE_CHECKING:  # pragma: no cover
    from ..explore import Explored


def _same_text(a: Article, b: Article) -> bool:
    """Whether two readings of a file hold the same text blocks."""
    return [(x.line, x.text) for x in a.text_blocks()] == [(y.line, y.text) for y in b.text_blocks()]


def explored_from_cache(cache: Cache, article: Article, digest: str) -> Explored | None:
    """Terms, speakers and search index of ``article`` (whose file's bytes
    hash to ``digest``) from ``cache``, if it was analysed."""
    from ..explore import Explored

    stored = cache.article(digest)
    if stored is None or not stored[1].analysed:
        return None
    found = cache.analysis(stored[0])
    if found is None:
        return None
    terms, speakers, blob = found
    try:
        from ..search import WordIndex, index_from_bytes  # the analysis: loaded when an article is opened

        index = index_from_bytes(blob, WordIndex) if blob is not None else None
        return Explored(terms_from_json(terms), speakers_from_json(speakers), index, ())
    except (ValueError, KeyError, TypeError):
        return None  # a damaged entry: analysed again


class ExploreCache:
    """The on-disk cache as :func:`tui.explore.explore`'s store.

    ``folder``: the cache folder (default: :func:`tui.library.cache.default_folder`).
    Never raises: whatever goes wrong with the cache or the file means an
    analysis from scratch (and, for the cache, a warning in :attr:`warnings`).
    """

    def __init__(self, folder: Path | str | None = None) -> None:
        self.folder = None if folder is None else Path(folder)
        self._cache: Cache | None = None
        self._digests: dict[int, tuple[Article, str]] = {}

    def __getstate__(self) -> dict[str, Any]:
        return {"folder": self.folder}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(state["folder"])  # type: ignore[misc]

    def open(self) -> Cache | None:
        """The cache, opened on first use; None when only a temporary one
        could be had (nothing would be kept for a second open)."""
        if self._cache is None:
            self._cache = Cache.open(self.folder)
        return self._cache if self._cache.persistent else None

    @property
    def warnings(self) -> list[str]:
        return self._cache.warnings if self._cache is not None else []

    def _digest(self, article: Article) -> str | None:
        """The digest of the bytes ``article`` was read from, if the file
        still holds the same text (it may have changed since it was read)."""
        kept = self._digests.get(id(article))
        if kept is not None and kept[0] is article:
            return kept[1]
        try:
            again, digest = load(article.path)
        except ArticleError:
            return None
        if not _same_text(again, article):
            return None
        self._digests = {id(article): (article, digest)}
        return digest

    def load(self, article: Article) -> Explored | None:
        """The stored analysis of ``article``, or None."""
        try:
            cache = self.open()
            digest = self._digest(article) if cache is not None else None
            return explored_from_cache(cache, article, digest) if cache is not None and digest else None
        except Exception:  # noqa: BLE001 - the cache is an optimisation, never a failure
            return None

    def save(self, article: Article, explored: Explored) -> None:
        """Store the analysis of ``article`` for the next open."""
        try:
            cache = self.open()
            digest = self._digest(article) if cache is not None else None
            if cache is not None and digest and explored.index is not None and not explored.problems:
                cache.store(record_of(article, digest, explored, StatKey.of(article.path)))
        except Exception:  # noqa: BLE001 - the cache is an optimisation, never a failure
            pass

    def close(self) -> None:
        if self._cache is not None:
            self._cache.close()
            self._cache = None
