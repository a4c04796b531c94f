"""kiji's own commands in the command palette (ctrl+p): jump to a section or
a speaker, toggle a highlight category, switch theme.

The commands are listed by the app (:meth:`KijiApp.palette_commands`) so the
palette and the keys share one set of actions. Article text in a command is
shown through ``Content`` (the palette's own highlighter parses markup, so it
is not used for article text).
"""

from __future__ import annotations

from typing import Callable, NamedTuple

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content


class PaletteCommand(NamedTuple):
    """One palette entry."""

    text: str
    """What the user reads and types to find it (already sanitised)."""
    help: str
    """Fixed help text (markup-safe: no article text)."""
    run: Callable[[], object]


class KijiCommands(Provider):
    """Sections, speakers, highlight categories and themes."""

    def _commands(self) -> list[PaletteCommand]:
        commands = getattr(self.app, "palette_commands", None)
        return list(commands()) if commands else []

    async def discover(self) -> Hits:
        for command in self._commands():
            yield DiscoveryHit(Content(command.text), command.run, text=command.text, help=command.help)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for command in self._commands():
            score = matcher.match(command.text)
            if score > 0:
                yield Hit(score, Content(command.text), command.run, text=command.text, help=command.help)
