"""Analysis: Sudachi tokens, people and their titles, and the terms of an article.

The door of the package. What the rest of kiji may use:

- :func:`analyze` (every block tokenised and kept) and :func:`analyze_on_demand`
  (a block's tokens made when asked for, for big articles); their result
  :class:`Analysis` and its :class:`Term` s by :data:`CATEGORIES`;
- :class:`Token` and :func:`tokenize` (mode C or A, exact character offsets),
  :func:`chunk_starts` (where the tokenizer cuts a long text);
- :class:`Mention` and :func:`find_people` (person names with their titles),
  the title word lists and :func:`title_head` / :func:`title_group`;
- :func:`is_club` (a club's name as the term rules find it: セレスタ京都, never
  同社 to the quotes);
- :func:`token_reading` (the reading the terms pane and search share) and
  :data:`DATE_COUNTERS`.
"""

from .finder import TokensOnDemand, analyze, analyze_on_demand
from .model import CATEGORIES, Analysis, Category, Term
from .people import Mention, find_people, people_in
from .readings import token_reading
from .terms import DATE_COUNTERS, SEAT_JOINERS, SEATS, is_club
from .titles import HONORIFICS, TITLES, title_group, title_head, title_part
from .tokens import Mode, Token, chunk_starts, dictionary, tokenize

__all__ = [
    "TokensOnDemand", "analyze", "analyze_on_demand",
    "CATEGORIES", "Analysis", "Category", "Term",
    "Mention", "find_people", "people_in",
    "token_reading", "DATE_COUNTERS", "SEATS", "SEAT_JOINERS", "is_club",
    "HONORIFICS", "TITLES", "title_group", "title_head", "title_part",
    "Mode", "Token", "chunk_starts", "dictionary", "tokenize",
]
