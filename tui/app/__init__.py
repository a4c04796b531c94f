"""The explorer: the Textual app, its widgets and its stylesheet (``kiji.tcss``).

The door of the package. The only part of kiji that imports Textual; it
draws what the core (text, analysis, quotes, search, explore) returns.
:class:`LibraryApp` is loaded when first asked for: the library's screens
stay off the path of an article's first frame.
"""

from typing import Any

from .explorer import COPY_ENV, COPY_STYLES, KijiApp, parse_keymap
from .themes import UnknownTheme, resolve_theme, theme_names

__all__ = ["COPY_ENV", "COPY_STYLES", "KijiApp", "LibraryApp", "UnknownTheme", "first_rows", "parse_keymap", "resolve_theme", "theme_names"]


def __getattr__(name: str) -> Any:
    if name in ("LibraryApp", "first_rows"):
        from . import library_app

        return getattr(library_app, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
