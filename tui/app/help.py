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
    "article": "The article. j/k or ↑/↓ scroll a line, Space/PgDn and b/PgUp a page, g/G the ends, "
    "} and { the next and previous section. "
    "Highlights: see below; ▶ marks the current search match, ▌ the selected quote's paragraph, ▏ the paragraph c copies "
    "(the marked quote's, the current match's, else the one at the top).",
    "outline": "Sections: the lead and each subheading. j/k or ↑/↓ choose, g/G the first and last, "
    "Enter scrolls the article there; Esc goes back to the article.",
    "terms": "Terms by category, with counts. j/k or ↑/↓ choose, Space folds a category. Enter on a term "
    "shows its reading, base form and count and makes it the search (as vim's *): n/N and the counter "
    "go through its occurrences (Esc goes back to the article, Esc there clears the search).",
    "quotes": "Speakers in order of appearance with their quote counts; the quote under the cursor is "
    "shown whole beneath the list, with its speaker and title (J/K scroll it when it is longer). "
    "j/k or ↑/↓ choose, Space folds a "
    "speaker's quotes. Enter on a quote (on a speaker: their first) scrolls to its "
    "paragraph and marks it; y copies the quote under the cursor (or, from the article, the marked "
    "one) with its speaker and source: 「…」（name・title、URL）, or the words alone with KIJI_COPY=quote.",
    "search": "Search: every keystroke searches (same word, reading, romaji, synonyms too; the bar says "
    "how the current match was found). Enter: next match, "
    "↑/↓: earlier queries, Esc: back to the article (the highlights stay; Esc again clears them).",
}


def pane_text(pane: str | None) -> Text:
    """Help for the pane that had focus when help was asked for."""
    text = Text()
    if pane in PANE_HELP:
        text.append("This pane\n", style="bold underline")
        text.append(f"  {PANE_HELP[pane]}\n")
    return text


#: Widest key column in the help, in cells (longer keys push their row).
KEY_COLUMN = 16


def _rows(groups: Iterable[tuple[str, Iterable[Binding]]], key_display: Callable[[Binding], str]):
    for title, bindings in groups:
        yield title, [(key_display(b), b) for b in bindings]


def keys_text(groups: Iterable[tuple[str, Iterable[Binding]]], key_display: Callable[[Binding], str]) -> Text:
    """A table of keys: one section per group, one row per binding, the keys
    first and what they do beside them (the ids are in :func:`remap_text`)."""
    rows = list(_rows(groups, key_display))
    width = min(KEY_COLUMN, max((len(k) for _, group in rows for k, _ in group), default=0) + 2)
    text = Text()
    for title, group in rows:
        text.append(f"{title}\n", style="bold underline")
        for keys, binding in group:
            text.append(f"  {keys:<{width}}", style="bold")
            text.append(f"{binding.tooltip or binding.description or binding.action}\n")
        text.append("\n")
    return text


#: How a key is remapped, as the help says it (each line fits 80 columns).
REMAP_HOWTO = (
    "Set KIJI_KEYMAP to id=keys pairs, separated by ;  For example:\n"
    "  KIJI_KEYMAP='kiji.quit=x;list.down=j,ctrl+n' kiji\n"
)


def remap_text(groups: Iterable[tuple[str, Iterable[Binding]]], key_display: Callable[[Binding], str]) -> Text:
    """How to remap keys, and every binding's id with its keys now."""
    text = Text()
    text.append("Remapping keys\n", style="bold underline")
    text.append(REMAP_HOWTO)
    seen: set[str] = set()
    for _, group in _rows(groups, key_display):
        for keys, binding in group:
            if binding.id and binding.id not in seen:
                seen.add(binding.id)
                text.append(f"  {binding.id:<28}", style="dim")
                text.append(f"{keys}\n")
    return text


#: Selecting text while kiji has the mouse.
MOUSE_HELP = (
    "kiji takes the mouse: a click selects, the wheel scrolls. To select text\n"
    "with the terminal instead, drag with Shift held (in most terminals;\n"
    "Option in iTerm2, Fn in macOS Terminal).\n"
)


def mouse_text() -> Text:
    text = Text()
    text.append("Mouse\n", style="bold underline")
    text.append(MOUSE_HELP)
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
    text.append("\nSpeakers pane\n", style="bold underline")
    text.append(f"  {QUOTE_KIND_MARKS['direct']}  direct quote    {QUOTE_KIND_MARKS['indirect']}  indirect (reported) speech\n")
    return text


class HelpScreen(ModalScreen[None]):
    """Keys and legend; any of Esc, q, ? or F1 closes it; it scrolls with the
    article's keys."""

    BINDINGS = [
        Binding("escape,q,question_mark,f1", "dismiss", "Close help", id="help.close", tooltip="Close the help screen"),
        Binding("j,down", "scroll('scroll_down')", "Down", show=False, id="help.down", tooltip="Scroll the help down a line"),
        Binding("k,up", "scroll('scroll_up')", "Up", show=False, id="help.up", tooltip="Scroll the help up a line"),
        Binding("space,pagedown", "scroll('page_down')", "Page down", show=False, id="help.page-down", tooltip="Scroll the help down a page"),
        Binding("b,pageup", "scroll('page_up')", "Page up", show=False, id="help.page-up", tooltip="Scroll the help up a page"),
        Binding("g,home", "scroll('scroll_home')", "Top", show=False, id="help.top", tooltip="The top of the help"),
        Binding("G,end", "scroll('scroll_end')", "Bottom", show=False, id="help.bottom", tooltip="The end of the help"),
    ]

    def __init__(self, keys: Text, legend: Text, pane: Text | None = None, remap: Text | None = None) -> None:
        super().__init__()
        self._keys = keys
        self._legend = legend
        self._pane = pane or Text()
        self._remap = remap or Text()

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-body"):
            yield Static(Text("kiji — keys and highlights   (Esc closes, j/k scroll)", style="bold"), id="help-title")
            yield Static(self._pane, id="help-pane")
            yield Static(self._keys, id="help-keys")
            yield Static(self._legend, id="help-legend")
            yield Static(mouse_text(), id="help-mouse")
            yield Static(self._remap, id="help-remap")

    def action_scroll(self, action: str) -> None:
        body = self.query_one("#help-body", VerticalScroll)
        getattr(body, f"action_{action}")()
