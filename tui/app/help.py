"""The help screen: every key binding (with its id, for remapping) and the
highlight legend, drawn in the article's own styles."""

from __future__ import annotations

from typing import Callable, Iterable

from rich.style import Style
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from .legend import CATEGORY_HIGHLIGHTS, OTHER_HIGHLIGHTS, QUOTE_KIND_MARKS


#: What each pane is for and how to use it, shown for the focused pane.
PANE_HELP = {
    "article": "The article. j/k or ↑/↓ scroll a line, Space/PgDn and b/PgUp a page, g/G the ends. "
    "Highlights: see below; ▶ marks the current search match, ▌ the selected quote's paragraph.",
    "outline": "Sections: the lead and each subheading. ↑/↓ choose, Enter scrolls the article there.",
    "terms": "Terms by category, with counts. Enter on a term shows its reading, base form and count "
    "and marks every occurrence in the article (Esc in the article clears the marks).",
    "quotes": "Speakers in order of appearance with their quote counts; the quote under the cursor is "
    "shown whole beneath the list, with its speaker and title. Enter on a quote scrolls to its "
    "paragraph and marks it; y copies the quote under the cursor (or, from the article, the marked "
    "one) with its speaker and source: 「…」（name・title、URL）, or the words alone with KIJI_COPY=quote.",
    "search": "Search: every keystroke searches (same word, reading, synonyms too). Enter: next match, "
    "↑/↓: earlier queries, Esc: back to the article (the highlights stay; Esc again clears them).",
}


def pane_text(pane: str | None) -> Text:
    """Help for the pane that had focus when help was asked for."""
    text = Text()
    if pane in PANE_HELP:
        text.append("This pane\n", style="bold underline")
        text.append(f"  {PANE_HELP[pane]}\n")
    return text


def keys_text(groups: Iterable[tuple[str, Iterable[Binding]]], key_display: Callable[[Binding], str]) -> Text:
    """A table of keys: one section per group, one row per binding, its id dimmed."""
    text = Text()
    for title, bindings in groups:
        text.append(f"{title}\n", style="bold underline")
        for binding in bindings:
            text.append(f"  {key_display(binding):<16}", style="bold")
            text.append(binding.tooltip or binding.description or binding.action)
            if binding.id:
                text.append(f"  {binding.id}", style="dim")
            text.append("\n")
        text.append("\n")
    return text


def legend_text(style_of: Callable[[str], Style]) -> Text:
    """The highlight legend, each entry drawn in its own style."""
    text = Text()
    text.append("Highlights\n", style="bold underline")
    for h in CATEGORY_HIGHLIGHTS + OTHER_HIGHLIGHTS:
        text.append("  ")
        text.append(f"{h.label}", style=style_of(h.name))
        text.append(" " * max(1, 32 - len(h.label)))
        text.append(f"{h.look}\n", style="dim")
    text.append("\nQuotes pane\n", style="bold underline")
    text.append(f"  {QUOTE_KIND_MARKS['direct']}  direct quote    {QUOTE_KIND_MARKS['indirect']}  indirect (reported) speech\n")
    return text


class HelpScreen(ModalScreen[None]):
    """Keys and legend; any of Esc, q, ? or F1 closes it."""

    BINDINGS = [
        Binding("escape,q,question_mark,f1", "dismiss", "Close help", id="help.close", tooltip="Close the help screen"),
    ]

    def __init__(self, keys: Text, legend: Text, pane: Text | None = None) -> None:
        super().__init__()
        self._keys = keys
        self._legend = legend
        self._pane = pane or Text()

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-body"):
            yield Static(Text("kiji — keys and highlights   (Esc closes)", style="bold"), id="help-title")
            yield Static(self._pane, id="help-pane")
            yield Static(self._keys, id="help-keys")
            yield Static(self._legend, id="help-legend")
