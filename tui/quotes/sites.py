"""A quote found in a sentence before its speaker is known: a :class:`Site`.

Finding quotes (:mod:`tui.quotes.direct`, :mod:`tui.quotes.reported`) and
attributing them (:mod:`tui.quotes.sieves`) are two steps: the finders say
where the quoted text and its reporting predicate are; the sieves, most
precise first, say who speaks.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from .candidates import Candidate
from .sentences import Sentence


@dataclass
class Site:
    """A quote waiting for its speaker."""

    kind: Literal["direct", "indirect"]
    sent: Sentence
    open: int
    """Token index where the quote starts: its first 「 (direct), or the first
    token the reported content may start from (indirect: the sentence's)."""
    close: int
    """Token index of the quotative marker (と, ことを, よう) after the quote,
    or of the token after the last 」 when there is none; -1 at the sentence end."""
    start: int
    """Character offset where the quoted text starts (direct: after 「)."""
    end: int
    """Character offset where the quoted text ends (direct: at 」; indirect: at the marker)."""
    floor: int = 0
    """Token index after the previous quote's predicate in the sentence: a
    speaker phrase before it belongs to that quote."""
    first: int = -1
    """First token of the reporting predicate (-1: none, a quote standing alone)."""
    last: int = -1
    """Last token of the reporting predicate."""
    verb_from: int = -1
    """Character offset where the verb text starts (the quotative), -1 for no verb."""
    strict: bool = True
    """A speech predicate, not merely the first verb after と (「…」と拍手が送られた)."""
    passive: bool = False
    """言われた, 質問されると: the speaker is the one the words came from (Xから)."""
    statement: bool = False
    """The predicate is a statement noun and its verb (意見が出た, 通報があった)."""
    bracketed: Candidate | None = None
    """「…」（同社広報）とされている: the speaker in brackets after the quote."""
    head: Candidate | None = None
    """「…」と話す男性: the person the reporting predicate describes."""
    only: bool = False
    """The sentence is nothing but this quote (and its full stop)."""
    speechlike: bool = True
    """The quoted words read as something said (a sentence, a predicate)."""
    note: str = ""
    """Which sieve attributed the quote (for tests and debugging)."""
    verb_text: str | None = None
    """The verb text when it is not in the quote's own sentence (the
    announcing sentence's 言った), else None: the text from ``verb_from``."""
    owner: object = None
    """A speaker the finder already knows (Sの発言として、…とした)."""
    parts: tuple[tuple[int, int], ...] = ()
    """Direct: the ``(start, end)`` of each 「」's text when adjacent brackets
    share the site (「…」「…」と述べた: two quotes); () for one."""
    listed: bool = False
    """Direct: the first of a list of quotes that share a later one's verb
    (Aは「…」、Bは「…」と述べた): its speaker is its own, never one after it."""
    content_floor: int = 0
    """Character offset before which a reported statement's content cannot
    start: the end of the previous statement's predicate in the sentence
    (…と述べ、…と語った), so that statements never overlap."""

    @property
    def verbless(self) -> bool:
        return self.first < 0
