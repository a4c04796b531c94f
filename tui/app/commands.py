"""kiji's own commands in the command palette (ctrl+p): jump to a section or
a speaker, toggle a highlight category, switch theme. Found as the search
finds words: by fuzzy match, folded text, and readings (kana or romaji).

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
    readings: tuple[str, ...] = ()
    """Kana readings of the names it holds (a speaker's, from the terms):
    the palette finds it by them as the search does (:meth:`KijiCommands.search`)."""


class KijiCommands(Provider):
    """Sections, speakers, highlight categories and themes."""

    def _commands(self) -> list[PaletteCommand]:
        commands = getattr(self.app, "palette_commands", None)
        return list(commands()) if commands else []

    async def discover(self) -> Hits:
        for command in self._commands():
            yield DiscoveryHit(Content(command.text), command.run, text=command.text, help=command.help)

    async def search(self, query: str) -> Hits:
        """Textual's fuzzy match on the text, else the search's folding and
        readings: ろぺす or ropesu finds マリア・ロペス, やまだ or
        yamada finds 山田太郎 (by the speaker's reading among the terms)."""
        from ..search import fold, reading_query

        matcher = self.matcher(query)
        wanted = [_squash(w) for w in (fold(query), reading_query(query)) if _squash(w)]
        for command in self._commands():
            score = matcher.match(command.text)
            if score <= 0 and wanted:
                forms = [_squash(fold(command.text)), *(_squash(r) for r in command.readings)]
                if any(w in f for w in wanted for f in forms):
                    score = READING_SCORE
            if score > 0:
                yield Hit(score, Content(command.text), command.run, text=command.text, help=command.help)


#: The score of a command found by its folded text or a reading (Textual's
#: fuzzy scores run from 0 to 1: these come after the closest fuzzy matches).
READING_SCORE = 0.5


def _squash(text: str) -> str:
    """``text`` without the separators a reader does not type (・, spaces)."""
    return text.replace("・", "").replace(" ", "").replace("\u3000", "")
