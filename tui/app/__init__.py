"""The explorer: the Textual app, its widgets and its stylesheet (``kiji.tcss``).

The door of the package. The only part of kiji that imports Textual; it
draws what the core (text, analysis, quotes, search, explore) returns.
"""

from .explorer import KijiApp, parse_keymap

__all__ = ["KijiApp", "parse_keymap"]
