"""A big article's file changes while the explorer shows it: grown,
prepended, deleted or replaced.

The explorer analyses a big article in a child process, which reads the
file again: it analyses it only if the file still holds the bytes the app
read (else its index would point into another text: a search crashed with
KeyError, highlights and copies pointed at the wrong words). Whenever the
file changes on disk, the header says so, a notification too, and ``r``
reads it again; the two versions are never mixed. Real files, a real child
process, Textual's Pilot; every wait is for a condition.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from kiji_fixtures import write_article
from pilot_waits import until
from tui.app import KijiApp
from tui.text import digest_of, read_article

PARAGRAPH = "ハノイ条約は、国際協力の法的基盤を構築するとともに、サイバー空間が真に平和、正義、持続可能な開発に資する環境となるよう求めた。"
PARAGRAPHS = 800  # about 64,000 characters: analysed in the child process


def big_article(paragraphs: int = PARAGRAPHS, first: str = "") -> str:
    body = "\n\n".join(f"{i}: {PARAGRAPH}" for i in range(paragraphs))
    return f"大きな記事\n\n{first}{body}\n"


def grow(path: Path) -> None:
    with open(path, "a", encoding="utf-8") as f:
        f.write(f"\n追記: {PARAGRAPH}\n")


def prepend(path: Path) -> None:
    path.write_text(big_article(first=f"前書き: {PARAGRAPH}\n\n"), encoding="utf-8")


def delete(path: Path) -> None:
    path.unlink()


def replace(path: Path) -> None:
    other = path.with_name("other.txt")
    other.write_text("別の記事\n\n" + "\n\n".join(f"{i}: 外務省の報道官は協力を続けると述べた。" for i in range(2000)) + "\n",
                     encoding="utf-8")
    os.replace(other, path)  # a new inode under the same name, as editors save


CHANGES = {"grown": grow, "prepended": prepend, "deleted": delete, "replaced": replace}
#: The count of 持続 in the file after each change (None: deleted).
COUNTS_AFTER = {"grown": PARAGRAPHS + 1, "prepended": PARAGRAPHS + 1, "deleted": None, "replaced": 0}


def status(app) -> str:
    return str(app.query_one("#status").render())


def count(app) -> str:
    return str(app.query_one("#match-count").render())


def record_notes(app) -> list[tuple[str, str]]:
    """Every notification the app gives from now on, ``(message, title)``
    (they expire from the screen: on a busy machine before a check)."""
    seen: list[tuple[str, str]] = []
    real = app.notify

    def notify(message, *args, **kwargs):
        seen.append((str(message), kwargs.get("title") or ""))
        return real(message, *args, **kwargs)

    app.notify = notify
    return seen


def marked(app) -> list[str]:
    view = app.view
    return [view.pieces[p].text[s:e] for p in range(len(view.pieces)) for s, e in view.matches_of(p)]


def analysed(app) -> bool:
    return not app.query_one("#terms").loading and "analysing" not in status(app)


async def search(pilot, app, query: str) -> None:
    await pilot.press("slash", *query, "escape")


async def reload_and_check(pilot, app, path: Path, change: str) -> None:
    """``r``: the file as it is now, analysed, searched again; or, deleted, a refusal and the article kept."""
    before, counted = app.article, count(app)
    seen = record_notes(app)
    await pilot.press("r")
    if COUNTS_AFTER[change] is None:
        await until(pilot, lambda: any("Cannot reload" in title for _, title in seen), "the refusal")
        assert app.article is before and count(app) == counted
        return
    await until(pilot, lambda: app.article is not before and app.index is not None and analysed(app), "the reload")
    assert app.article.digest == digest_of(path.read_bytes())
    assert "changed on disk" not in status(app)
    expected = COUNTS_AFTER[change]
    await until(pilot, lambda: count(app) == (f"1/{expected}" if expected else "0/0"), "the search again")
    assert set(marked(app)) <= {"持続"} and len(marked(app)) <= expected


@pytest.mark.parametrize("change", CHANGES)
async def test_a_file_changed_before_the_child_reads_it_is_not_analysed_and_r_reads_it_again(tmp_path, change):
    path = write_article(tmp_path, big_article(), "big.txt")
    app = KijiApp([path], article=read_article(path))
    assert app._big  # analysed in the child process (started after the first frame)
    seen = record_notes(app)
    CHANGES[change](path)  # the child reads the file after the first frame: too late
    async with app.run_test(size=(120, 35)) as pilot:
        said = "file deleted" if change == "deleted" else "changed on disk: r reloads"
        # the child refuses the file, and the watcher sees the change too: whichever comes first, both are said
        await until(pilot, lambda: said in status(app) and "not analysed" in status(app), "the header saying so")
        assert app.index is None and app.speakers == ()
        assert len([m for m, _ in seen if "the article shown is the one read before" in m]) == 1
        await search(pilot, app, "持続")
        await until(pilot, lambda: count(app).startswith(f"1/{PARAGRAPHS}"), "the literal matches of the text shown")
        assert set(marked(app)) == {"持続"}
        await pilot.press("c")  # the paragraph copied is the one shown
        assert app.clipboard == f"0: {PARAGRAPH}"
        await reload_and_check(pilot, app, path, change)


@pytest.mark.parametrize("change", CHANGES)
async def test_a_file_changed_while_its_analysis_is_shown_is_said_and_r_reads_it_again(tmp_path, change):
    path = write_article(tmp_path, big_article(), "big.txt")
    app = KijiApp([path], article=read_article(path))
    assert app._big  # analysed in the child process (started after the first frame)
    seen = record_notes(app)
    async with app.run_test(size=(120, 35)) as pilot:
        await until(pilot, lambda: app.index is not None and analysed(app), "the analysis")
        await search(pilot, app, "持続")
        await until(pilot, lambda: count(app) == f"1/{PARAGRAPHS}", "the search")
        CHANGES[change](path)
        said = "file deleted" if change == "deleted" else "changed on disk: r reloads"
        await until(pilot, lambda: said in status(app), "the header saying so", patience=30)
        assert len([m for m, _ in seen if "the article shown is the one read before" in m]) == 1
        # the article shown and its analysis still go together
        await pilot.press("n")
        assert count(app) == f"2/{PARAGRAPHS}" and set(marked(app)) == {"持続"}
        await pilot.press("c")
        assert app.clipboard == f"1: {PARAGRAPH}"
        await reload_and_check(pilot, app, path, change)


async def test_a_file_touched_without_a_change_is_not_said_to_have_changed(tmp_path):
    path = write_article(tmp_path, "小さな記事\n\n外務省の報道官は「協力を続ける」と述べた。\n", "small.txt")
    app = KijiApp([path], article=read_article(path))
    seen = record_notes(app)
    async with app.run_test(size=(120, 35)) as pilot:
        await until(pilot, lambda: analysed(app), "the analysis")
        path.write_text(path.read_text(encoding="utf-8"), encoding="utf-8")  # a new time, the same bytes
        os.utime(path, ns=(1, 1))
        stamp = os.stat(path)
        await until(pilot, lambda: app._checked is not None and app._checked[1] == (stamp.st_ino, stamp.st_size, 1),
                    "the check of the new stat", patience=30)
        assert "changed" not in status(app) and seen == []
        grow(path)
        await until(pilot, lambda: "changed on disk" in status(app), "the change", patience=30)
