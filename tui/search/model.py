"""What a search returns: a :class:`Match` and how it was found, and the
constants every part of the index shares."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

How = Literal["literal", "words", "reading", "synonym"]
#: The modes from the most to the least evident; a merged match takes the first.
HOWS: tuple[How, ...] = ("literal", "words", "reading", "synonym")

#: Parts of speech that never make a query worth a word search on their own
#: (particles, auxiliaries, punctuation, symbols, whitespace).
FUNCTION_POS = frozenset({"助詞", "助動詞", "補助記号", "記号", "空白"})
#: Tokens that separate readings: a reading never runs across punctuation.
SYMBOL_POS = frozenset({"補助記号", "記号", "空白"})
#: Shortest kana query searched by reading (one kana reads as too many words).
MIN_READING_CHARS = 2
#: Shortest query token whose synonyms are searched (国 has a crowd of them).
MIN_SYNONYM_CHARS = 2
#: Separator between blocks in the joined strings; block text never holds a newline.
SEP = "\n"
#: Characters stripped from both ends of a query (ASCII and ideographic spaces).
QUERY_PADDING = " \t\u3000"


def clean_query(query: str) -> str:
    """The query as searched: padding (ASCII and ideographic spaces) stripped."""
    return query.strip(QUERY_PADDING)


@dataclass(frozen=True, slots=True)
class Match:
    """One span of a text block that matches a query."""

    line: int
    """The block's first source line (:attr:`Block.line`)."""
    start: int
    """Character offset of the match in the block's text."""
    end: int
    text: str
    """``block.text[start:end]``: the original text, never the folded one."""
    how: How

    def to_dict(self) -> dict[str, int | str]:
        """The JSON form: ``{"line", "start", "end", "text", "how"}``."""
        return {"line": self.line, "start": self.start, "end": self.end, "text": self.text, "how": self.how}
