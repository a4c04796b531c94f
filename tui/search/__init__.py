"""Search: find what a reader of Japanese means in an article.

The door of the package. What the rest of kiji may use:

- :class:`SearchIndex` (built once per article: ``SearchIndex.build``, or
  block by block with :class:`IndexBuilder` from tokens made elsewhere) and
  its ``search`` returning :class:`Match` es found by the four modes
  (:data:`HOWS`: literal, words, reading, synonym);
- :func:`fold` / :func:`fold_map`, the form literal search compares;
- :func:`render_matches`, the grep-like lines of ``kiji search``.
"""

from .folding import fold, fold_map
from .index import IndexBuilder, SearchIndex
from .model import HOWS, How, Match
from .render import HIGHLIGHT_OFF, HIGHLIGHT_ON, render_matches

__all__ = ["HIGHLIGHT_OFF", "HIGHLIGHT_ON", "HOWS", "How", "IndexBuilder", "Match", "SearchIndex", "fold", "fold_map", "render_matches"]
