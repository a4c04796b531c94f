"""The Textual explorer. Placeholder until issue 5 lands: it starts and quits."""

from __future__ import annotations

from pathlib import Path

from textual.app import App, ComposeResult
from textual.widgets import Footer, Static
from rich.text import Text

from .article import read_article
from .bundled import bundled_article


class KijiApp(App[int]):
    BINDINGS = [("q", "quit", "Quit")]

    def __init__(self, paths: list[Path] | None = None, theme: str | None = None) -> None:
        super().__init__()
        self.paths = list(paths or [bundled_article()])
        self.article = read_article(self.paths[0])

    def compose(self) -> ComposeResult:
        yield Static(Text(self.article.title))
        yield Footer()
