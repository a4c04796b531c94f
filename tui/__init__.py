"""kiji: a terminal explorer for Japanese news articles."""

__version__ = "0.1.0"
