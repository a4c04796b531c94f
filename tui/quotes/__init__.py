"""Quotes: who said what in an article, direct 「…」 and reported speech.

The door of the package. What the rest of kiji may use:

- :func:`find_speakers` reads an analysed article and returns its
  :class:`Speaker` s, each with their :class:`Quote` s;
- :func:`render_quotes` prints them for ``kiji quotes`` (table, CSV,
  Markdown, JSON), :func:`render_rows` any rows of quotes so (the library's
  too), and :func:`speaker_dict` is a speaker's JSON form;
- :func:`cite` is a quote as copied with its attribution and source
  (:data:`CITE_STYLES`), :func:`named_as` and :func:`speaker_title` the
  speaker as the article names them with their title.
"""

from .citation import CITE_STYLES, CiteStyle, attribution, cite, named_as, speaker_title
from .model import Quote, Speaker, SpeakerKind
from .reader import find_speakers
from .render import COLUMNS, render_quotes, render_rows, speaker_dict

__all__ = [
    "CITE_STYLES", "CiteStyle", "attribution", "cite", "named_as", "speaker_title",
    "COLUMNS", "Quote", "Speaker", "SpeakerKind", "find_speakers", "render_quotes", "render_rows", "speaker_dict",
]
