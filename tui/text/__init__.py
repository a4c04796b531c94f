"""Text: an article file read into the article model, and text made safe to show.

The door of the package. What the rest of kiji may use:

- the model: :class:`Article`, :class:`Section`, :class:`Block`, :class:`Source`;
- reading: :func:`read_article` (a path), :func:`read_bytes` (its checked bytes),
  :func:`decode` (bytes), :func:`parse`; the size limit (:func:`max_size`,
  :data:`MAX_SIZE_ENV`, :func:`parse_size`, :func:`format_size`, :class:`TooLarge`)
  (decoded text), :func:`split_lines`, :func:`is_turn` (a paragraph that is a
  label and a quote: an interview's turn), :func:`quote_runs_to_end` (a 「
  whose 」 ends the text); :class:`ArticleError` for a file that
  cannot be read as an article; :func:`bundled_article`, the shipped example
  (:data:`BUNDLED_NAME`, what outputs call it);
- character classes (:data:`SENTENCE_ENDS`, :func:`is_kana` …) every rule asks;
- :func:`fold_variants`, the kanji variants common in names (髙 = 高, 邉 = 辺)
  in one form (:data:`NAME_VARIANTS`, with its source), and
  :data:`VARIATION_SELECTORS`;
- :func:`visible` (control characters and undecodable bytes of names as
  visible stand-ins: for everything shown, file names and queries too),
  :func:`as_text` (a name's undecodable bytes as ``\\xNN``), :func:`to_json`
  (JSON safe to print) and :func:`wrap`
  (line breaking with Japanese kinsoku rules);
- :func:`cut` and :func:`cut_middle` (a text shortened to a width in cells,
  one ``…`` at the cut), :func:`cells` (its width);
- :func:`readable_url`: a URL's percent-escapes decoded for showing;
- :func:`split_url` / :func:`web_url`: a URL from article text split into
  its parts, or None when it cannot be parsed (never an exception).
"""

from .bundled import BUNDLED_NAME, SEED_NAME, bundled_article
from .chars import (
    FULL_STOPS, HIRAGANA, KATAKANA, SENTENCE_ENDS, is_hiragana, is_kana, is_kanji, is_katakana, katakana_to_hiragana,
)
from .files import DEFAULT_MAX_SIZE, MAX_SIZE_ENV, TooLarge, decode, digest_of, format_size, max_size, parse_size, read_article, read_bytes
from .model import Article, ArticleError, Block, BlockKind, Section, Source
from .parse import PADDING, is_blank, is_turn, parse, quote_runs_to_end, split_lines
from .sanitize import REPLACED, as_text, char_class, json_chunks, json_with_items, to_json, visible
from .kinsoku import line_width, wrap, wrap_hanging
from .variants import NAME_VARIANTS, VARIATION_SELECTORS, fold_variants, has_variants
from .cutting import ELLIPSIS, cells, cut, cut_middle
from .urls import readable_url, split_url, web_url

__all__ = [
    "BUNDLED_NAME", "SEED_NAME", "bundled_article",
    "FULL_STOPS", "HIRAGANA", "KATAKANA", "SENTENCE_ENDS", "is_hiragana", "is_kana", "is_kanji", "is_katakana",
    "katakana_to_hiragana",
    "DEFAULT_MAX_SIZE", "MAX_SIZE_ENV", "TooLarge", "decode", "digest_of", "format_size", "max_size", "parse_size", "read_article",
    "read_bytes",
    "Article", "ArticleError", "Block", "BlockKind", "Section", "Source",
    "PADDING", "is_blank", "is_turn", "parse", "quote_runs_to_end", "split_lines",
    "REPLACED", "as_text", "char_class", "json_chunks", "json_with_items", "to_json", "visible",
    "line_width", "wrap", "wrap_hanging",
    "NAME_VARIANTS", "VARIATION_SELECTORS", "fold_variants", "has_variants",
    "ELLIPSIS", "cells", "cut", "cut_middle",
    "readable_url", "split_url", "web_url",
]
