"""Search: find what a reader of Japanese means in an article.

The door of the package. What the rest of kiji may use:

- :class:`SearchIndex` (built once per article: ``SearchIndex.build``): its
  ``find`` returns :class:`Hits` (count, first, next, previous, the
  matches of a block, all without an object per match), its ``search``
  every :class:`Match` found by the four modes (:data:`HOWS`: literal,
  words, reading, synonym);
- its two halves: :class:`LiteralText` (the folded text, ready at once, no
  Sudachi) and :class:`WordIndex` (built block by block with
  :class:`IndexBuilder` from tokens made elsewhere; its ``spans`` are the
  other modes' matches as compact :class:`Spans`);
- :func:`fold` / :func:`fold_map`, the form literal search compares, and
  :func:`clean_query`, the query as searched; :func:`reading_query`, the
  kana the reading mode searches (the query's own, or its romaji read as
  kana: :func:`romaji_kana`, and with the long vowels Hepburn leaves out:
  :func:`long_vowel_readings`);
- :func:`render_matches`, the grep-like lines of ``kiji search``, and
  :func:`context`, a match with the text around it;
- for a library of articles: :func:`index_to_bytes` / :func:`index_from_bytes`
  (an index stored and read back), :func:`vocabulary` and :func:`query_keys`
  (the keys that pick the articles worth searching), :func:`surfaces`,
  :func:`kana_marks`, :func:`reading_starts` and :func:`count_keys` (where a query's count is its
  literal count: :mod:`tui.search.counting`), :func:`word_rows`, :func:`token_table`
  and :func:`query_tally` (a query's count from them where it is not:
  :mod:`tui.search.tally`), :func:`folded_text`
  and :func:`literal_index` (literal search before any analysis).

The word index and what needs it (the analysis, and Sudachi to build it)
load when first asked for: the explorer's literal search from the first
frame must not wait for them.
"""

from .folding import fold, fold_map
from .hits import Hit, Hits, Spans
from .literal import LiteralText
from .model import HOWS, How, Match, clean_query
from .render import HIGHLIGHT_OFF, HIGHLIGHT_ON, context, render_matches
from .romaji import MAX_LONG_VOWEL_READINGS, long_vowel_readings, reading_query, romaji_kana

__all__ = [
    "HIGHLIGHT_OFF", "HIGHLIGHT_ON", "HOWS", "Hit", "Hits", "How", "IndexBuilder", "LiteralText", "Match", "SearchIndex",
    "Spans", "WordIndex", "clean_query", "fold", "fold_map", "context", "render_matches",
    "CountKeys", "QueryKeys", "Vocabulary", "count_keys", "folded_text", "kana_marks", "literal_index", "query_keys",
    "reading_starts", "surfaces", "vocabulary", "Tally", "Tokens", "query_tally", "token_table", "word_rows",
    "index_from_bytes", "index_to_bytes", "reading_query", "romaji_kana", "long_vowel_readings", "MAX_LONG_VOWEL_READINGS",
]

#: Loaded when first asked for (the word index imports the analysis).
_LATER = {
    "IndexBuilder": "index", "SearchIndex": "index", "WordIndex": "index",
    "QueryKeys": "keys", "Vocabulary": "keys",
    "CountKeys": "counting", "count_keys": "counting", "kana_marks": "counting", "reading_starts": "counting",
    "surfaces": "counting", "folded_text": "keys", "literal_index": "keys",
    "query_keys": "keys", "vocabulary": "keys",
    "Tally": "tally", "Tokens": "tally", "query_tally": "tally", "token_table": "tally", "word_rows": "tally",
    "index_from_bytes": "store", "index_to_bytes": "store",
}


def __getattr__(name: str):
    where = _LATER.get(name)
    if where == "index":
        from . import index as module
    elif where == "keys":
        from . import keys as module
    elif where == "counting":
        from . import counting as module
    elif where == "tally":
        from . import tally as module
    elif where == "store":
        from . import store as module
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(module, name)
    globals()[name] = value
    return value
