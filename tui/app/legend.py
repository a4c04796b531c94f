"""How each highlight looks, in one place: the article view, the terms pane,
the help screen and the README legend all read it from here.

Every category differs by text attribute as well as colour, so highlights
stay distinguishable with ``NO_COLOR`` and on terminals without colour.
The colours themselves come from the stylesheet (``kiji.tcss``) so themes
change them; the attributes below are what the stylesheet sets.
"""

from __future__ import annotations

from typing import NamedTuple


class Highlight(NamedTuple):
    """One kind of highlight in the article."""

    name: str
    """Component class suffix: ``article--{name}``."""
    label: str
    """What a user calls it."""
    look: str
    """The text attributes that set it apart without colour."""


#: Term categories, in the order of ``analysis.CATEGORIES`` (a test checks it;
#: not imported here, so the first frame need not load the core's term rules).
CATEGORY_HIGHLIGHTS: tuple[Highlight, ...] = (
    Highlight("person", "person", "bold"),
    Highlight("place", "place", "underline"),
    Highlight("organization", "organization", "italic"),
    Highlight("quantity", "quantity", "bold + underline"),
    Highlight("keyword", "keyword", "italic + underline"),
)

#: Other marks in the article.
OTHER_HIGHLIGHTS: tuple[Highlight, ...] = (
    Highlight("match", "search match / selected term", "reverse"),
    Highlight("match-current", "current search match", "reverse + bold, ▶ in the margin"),
    Highlight("quote", "selected quote", "colour, ▌ in the margin"),
    Highlight("target", "paragraph c copies", "▏ in the margin"),
)

#: Marks used in the quotes pane for the kind of a quote.
QUOTE_KIND_MARKS = {"direct": "「」", "indirect": "〜"}
