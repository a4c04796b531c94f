"""The explorer: the Textual app, its widgets and its stylesheet (``kiji.tcss``).

The door of the package. The only part of kiji that imports Textual; it
draws what the core (text, analysis, quotes, search, explore) returns.
"""

from .explorer import COPY_ENV, COPY_STYLES, KijiApp, parse_keymap
from .library_app import LibraryApp
from .themes import UnknownTheme, resolve_theme, theme_names

__all__ = ["COPY_ENV", "COPY_STYLES", "KijiApp", "LibraryApp", "UnknownTheme", "parse_keymap", "resolve_theme", "theme_names"]
