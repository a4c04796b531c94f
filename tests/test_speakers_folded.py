"""A speakers pane with many quotes comes folded; a speaker's quote rows are
made when it is unfolded (a 10 MB article has some 18,000 quotes)."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.widgets import Tree

from kiji_fixtures import install_fixed_core
from pilot_waits import analysed
from tui.app import KijiApp
from tui.app.panes import QuotesTree
from tui.quotes import Quote, Speaker

SPEAKERS = tuple(Speaker(f"話者{i}", (), tuple(Quote(1 + i, "direct", f"発言{i}の{k}", "と述べた", 0, 4) for k in range(2)))
                 for i in range(3))


class Pane(App):
    def compose(self) -> ComposeResult:
        yield QuotesTree(id="quotes")


def rows(tree: QuotesTree) -> list[str]:
    return [tree.get_node_at_line(y).label.plain for y in range(tree.last_line + 1)]


async def test_many_quotes_come_folded_and_a_speaker_unfolds_to_its_quotes(monkeypatch):
    monkeypatch.setattr(QuotesTree, "EAGER_QUOTES", 5)  # six quotes: folded
    app = Pane()
    async with app.run_test(size=(60, 20)) as pilot:
        tree = app.query_one(QuotesTree)
        tree.show_speakers(SPEAKERS)
        tree.focus()
        await pilot.pause()
        assert rows(tree) == ["話者0 (2)", "話者1 (2)", "話者2 (2)"]
        assert all(not node.children for node in tree.root.children)
        tree.move_cursor(tree.root.children[1])
        await pilot.press("space")
        await pilot.pause()
        assert rows(tree) == ["話者0 (2)", "話者1 (2)", "「」 発言1の0", "「」 発言1の1", "話者2 (2)"]
        assert not tree.root.children[0].children and not tree.root.children[2].children


async def test_a_few_quotes_come_unfolded():
    app = Pane()
    async with app.run_test(size=(60, 20)) as pilot:
        tree = app.query_one(QuotesTree)
        tree.show_speakers(SPEAKERS)
        await pilot.pause()
        assert len(rows(tree)) == 9


async def test_going_to_a_folded_speaker_unfolds_it_onto_its_first_quote(monkeypatch):
    install_fixed_core(monkeypatch)
    monkeypatch.setattr(QuotesTree, "EAGER_QUOTES", 0)
    app = KijiApp()
    async with app.run_test(size=(120, 35)) as pilot:
        await analysed(app, pilot)
        tree = app.query_one("#quotes", Tree)
        assert all(not node.is_expanded for node in tree.root.children)
        command = next(c for c in app.palette_commands() if c.text.startswith("Go to speaker: ジョン"))
        command.run()
        await pilot.pause()
        quote = tree.cursor_node.data
        assert isinstance(quote, Quote) and tree.cursor_node.parent.is_expanded
        assert app.view.hl.quote[0] == app.view.piece_for_line(quote.line)
