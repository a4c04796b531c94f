"""The colour themes ``--theme`` accepts: Textual's built-in themes, and
short names for the common ones."""

from __future__ import annotations

from textual.theme import BUILTIN_THEMES

from ..text import visible

#: Short names accepted by ``--theme`` for Textual's built-in themes.
THEME_ALIASES = {"ansi": "ansi-dark", "dark": "textual-dark", "light": "textual-light"}


class UnknownTheme(ValueError):
    """A theme name that is neither an alias nor a built-in theme; the
    message lists the valid names."""

    def __init__(self, name: str) -> None:
        super().__init__(f"unknown theme '{visible(name)}' (choose one of: {', '.join(theme_names())})")
        self.name = name


def theme_names() -> list[str]:
    """Every name ``--theme`` accepts: the short names, then Textual's themes."""
    return [*THEME_ALIASES, *sorted(BUILTIN_THEMES)]


def resolve_theme(name: str) -> str:
    """The Textual theme that ``name`` stands for; :class:`UnknownTheme` if none."""
    resolved = THEME_ALIASES.get(name, name)
    if resolved not in BUILTIN_THEMES:
        raise UnknownTheme(name)
    return resolved
