"""The term rules for one block: which token spans are places, organisations,
quantities and keyword candidates (persons come from :mod:`tui.analysis.people`).

The door of the package, for :mod:`tui.analysis`: :class:`BlockTerms` runs the
rules over a block's tokens; :func:`name_quotes`, :func:`kind_named` and :func:`part_of_name` tell
names and slogans in 「」 from speech; :func:`is_club` tells a club's name; the word lists other rules share.
"""

from .block import BlockTerms
from .classes import Found, noun_runs, token_classes
from .heads import is_club
from .quoted import kind_named, name_quotes, part_of_name
from .words import BODY_WORDS, DATE_COUNTERS, MAX_TERM_CHARS, SEAT_JOINERS, SEATS

__all__ = ["BlockTerms", "BODY_WORDS", "DATE_COUNTERS", "Found", "is_club", "MAX_TERM_CHARS", "SEATS", "SEAT_JOINERS", "kind_named", "name_quotes", "noun_runs",
           "part_of_name", "token_classes"]
