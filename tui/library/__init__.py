"""Library: a folder of thousands of articles, analysed once, searched and
quoted as one. No Textual: the library screen draws what this returns.

The door of the package. What the rest of kiji may use:

- :class:`Library`: ``Library.open(paths, globs, cache)`` finds the files
  (folders walked; :class:`~tui.text.ArticleError` for a path that does
  not exist) and gives a :class:`Row` per file at once, from the cache
  where it knows the file; ``library.rows``, ``library.progress``;
- ``library.analyse(jobs)`` → :class:`AnalysisRun`: iterate it in a worker
  thread for an :class:`Update` (new row + :class:`Progress`) per file as
  the worker processes finish it; ``run.cancel()`` from any thread;
- ``library.search(query)`` → :class:`LibrarySearch`: iterate for
  :class:`ArticleHits` per matching article (library order); or
  ``search.count()``, then ``search.by_article`` (an :class:`ArticleCount` per
  matching article) and ``search.hits(row)`` for the articles on screen;
  ``search.summary`` is a :class:`SearchSummary` (``312 in 640/1000 articles``);
  stop iterating to cancel;
- ``library.people()`` → :class:`Person` s merged by name;
  ``library.quotes(person)`` → :class:`PersonQuote` s, newest first;
  :func:`grouped` both in one pass;
- ``library.explored(path)`` and :class:`ExploreCache` (the store of
  :func:`tui.explore.explore`): an article's analysis from the cache;
- :class:`Cache` (``Cache.open(folder, enabled)``, ``info()``, ``clear()``,
  ``warnings``) and :func:`default_folder`;
- :func:`collect` (the files of a command line), :func:`article_date`;
- the command line's output: :func:`render_people_quotes`,
  :func:`export_docs` / :func:`bulk_action` (``kiji export``).

The export and the search (and with them the analysis, the quotes reader
and the word index) load when first asked for: opening a library from the
cache needs none of them.
"""

from .cache import ENV as CACHE_ENV
from .cache import FILE_NAME as CACHE_FILE_NAME
from .cache import Cache, CacheInfo, analysis_version, default_folder
from .dates import article_date, dates_in, kanji_number
from .explorer_cache import ExploreCache
from .library import AnalysisRun, Library, Update
from .model import ArticleCount, ArticleHits, Person, PersonQuote, Progress, Row, RowState, SearchSummary
from .people import grouped
from .pool import default_jobs
from .render import QUOTE_COLUMNS, render_people_quotes
from .scan import DEFAULT_GLOBS, Found, collect

__all__ = [
    "CACHE_ENV", "CACHE_FILE_NAME", "Cache", "CacheInfo", "analysis_version", "default_folder",
    "article_date", "dates_in", "kanji_number",
    "ExploreCache",
    "bulk_action", "export_dict", "export_docs",
    "AnalysisRun", "Library", "Update",
    "ArticleCount", "ArticleHits", "Person", "PersonQuote", "Progress", "Row", "RowState", "SearchSummary",
    "grouped", "default_jobs",
    "QUOTE_COLUMNS", "render_people_quotes",
    "DEFAULT_GLOBS", "Found", "collect",
    "LibrarySearch",
]

#: Loaded when first asked for (they import the analysis and the quotes reader).
_LATER = {"bulk_action": "export", "export_dict": "export", "export_docs": "export", "LibrarySearch": "search"}


def __getattr__(name: str):
    where = _LATER.get(name)
    if where == "export":
        from . import export as module
    elif where == "search":
        from . import search as module
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(module, name)
    globals()[name] = value
    return value
