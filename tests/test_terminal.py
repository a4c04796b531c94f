"""kiji in a real terminal: tmux runs the installed command, keys are typed
into it and the screen is read back, as a person would use it."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed: the terminal tests need it (.ci/run installs it)")

KIJI = Path(sys.executable).with_name("kiji")
#: How long to wait for the screen to show something: a generous bound for a
#: busy 2-core machine, not a speed requirement (the benchmarks measure speed).
PATIENCE = 60.0


class Terminal:
    """One tmux server of its own, running one command at a fixed size."""

    def __init__(self, tmp_path: Path, width: int, height: int, command: list[str], env: dict[str, str]) -> None:
        self.socket = f"kiji-test-{uuid.uuid4().hex[:8]}"
        self.status = tmp_path / f"status-{self.socket}"
        script = tmp_path / f"run-{self.socket}.sh"
        script.write_text(
            # Textual takes an exported COLUMNS/LINES over the terminal's real
            # size, and the test run may have them exported
            "unset COLUMNS LINES\n"
            + "".join(f"export {k}={shlex.quote(v)}\n" for k, v in env.items())
            + shlex.join(command)
            + f"\necho $? > {shlex.quote(str(self.status))}\nsleep 30\n"
        )
        self.tmux("new-session", "-d", "-x", str(width), "-y", str(height), f"sh {shlex.quote(str(script))}")
        # tmux waits 500 ms after ESC for a following key and sends the pair as
        # Alt+key: Esc then q would reach kiji as Alt+q (users of TUIs set it low)
        self.tmux("set-option", "-s", "escape-time", "10")

    def tmux(self, *args: str) -> str:
        return subprocess.run(["tmux", "-u", "-L", self.socket, *args], capture_output=True, text=True, check=True).stdout

    def screen(self) -> str:
        return self.tmux("capture-pane", "-p")

    def wait_for(self, text: str) -> str:
        deadline = time.monotonic() + PATIENCE
        while time.monotonic() < deadline:
            shown = self.screen()
            if text in shown:
                return shown
            time.sleep(0.2)
        raise AssertionError(f"{text!r} never appeared; the screen:\n{self.screen()}")

    def wait_gone(self, text: str) -> str:
        deadline = time.monotonic() + PATIENCE
        while time.monotonic() < deadline:
            shown = self.screen()
            if text not in shown:
                return shown
            time.sleep(0.2)
        raise AssertionError(f"{text!r} never went away; the screen:\n{self.screen()}")

    def type(self, *keys: str, literal: bool = False) -> None:
        self.tmux("send-keys", *(["-l"] if literal else []), *keys)

    def exit_status(self) -> int:
        deadline = time.monotonic() + PATIENCE
        while time.monotonic() < deadline:
            if self.status.exists() and self.status.read_text().strip():
                return int(self.status.read_text())
            time.sleep(0.2)
        raise AssertionError(f"kiji did not exit; the screen:\n{self.screen()}")

    def close(self) -> None:
        subprocess.run(["tmux", "-L", self.socket, "kill-server"], capture_output=True)


@pytest.fixture
def terminal(tmp_path):
    opened: list[Terminal] = []

    def open_(width: int, height: int, *args: str, **env: str) -> Terminal:
        base = {"TERM": "xterm-256color", "LANG": "C.UTF-8", "PATH": os.environ.get("PATH", "")}
        t = Terminal(tmp_path, width, height, [str(KIJI), *args], base | env)
        opened.append(t)
        return t

    yield open_
    for t in opened:
        t.close()


@pytest.mark.parametrize("width, height", [(120, 35), (80, 24)])
def test_search_for_a_dictionary_form_finds_its_four_inflections_and_q_quits_cleanly(terminal, width, height):
    t = terminal(width, height)
    t.wait_for("閉会の辞において")  # the article is painted
    t.wait_for("0/0")
    t.type("/述べる", literal=True)  # in one write, as a fast typist or a paste sends it
    t.wait_for("1/4")
    t.wait_gone("q Quit")  # the footer of the search box is drawn (until then, the article's q Quit is stale)
    t.type("Escape")
    # the footer offers q again once the box has let go; typed sooner, ESC q
    # would be read as Alt+q (the terminal's escape delay)
    t.wait_for("q Quit")
    t.type("q")
    assert t.exit_status() == 0


def test_speakers_pane_lists_who_was_quoted(terminal):
    t = terminal(120, 35)
    t.wait_for("閉会の辞において")  # the article drawn (the pane's title may come first)
    assert "Speakers" in t.screen()
    t.wait_for("(3)")  # a speaker with three quotes, once the analysis is in
    t.type("q")
    assert t.exit_status() == 0


def test_escape_sequences_in_an_article_are_shown_not_obeyed(terminal, tmp_path):
    article = tmp_path / "hostile.txt"
    article.write_text("本文に\x1b[2J\x1b]0;pwned\x07と[bold]太字[/]がある。\n", encoding="utf-8")
    t = terminal(100, 30, str(article), NO_COLOR="1")
    shown = t.wait_for("[bold]太字[/]")
    assert "␛[2J" in shown
    assert t.tmux("display-message", "-p", "#{pane_title}").strip() != "pwned"
    t.type("q")
    assert t.exit_status() == 0


def test_a_missing_file_is_one_line_and_exit_2_in_a_terminal_too(terminal, tmp_path):
    t = terminal(80, 24, str(tmp_path / "missing.txt"))
    assert t.exit_status() == 2
    assert "no such file" in t.screen()


def test_a_slash_typed_inside_the_query_is_text(terminal):
    t = terminal(100, 30)
    t.wait_for("0/0")
    t.type("/a/b", literal=True)
    t.wait_for(" /a/b ")
    t.type("C-q")
    assert t.exit_status() == 0


def test_a_query_typed_before_the_first_frame_stays_in_the_search_box(terminal):
    t = terminal(120, 35)
    t.type("/述べ", literal=True)  # at once, while kiji starts
    t.wait_for("1/4")
    t.type("る", literal=True)  # the box still has the focus: the query goes on
    t.wait_for(" /述べる ")
    t.type("C-q")
    assert t.exit_status() == 0


@pytest.mark.parametrize("width, height", [(120, 35), (80, 24)])
def test_a_folder_opens_the_library_its_search_opens_an_article_and_q_quits(terminal, tmp_path, width, height):
    from library_fixtures import write_library

    folder = write_library(tmp_path / "news")
    t = terminal(width, height, str(folder), KIJI_CACHE_DIR=str(tmp_path / "cache"))
    t.wait_for("analysed 3/3")
    t.wait_for("鈴木一郎")  # a row filled in by the analysis
    t.type("/述べる", literal=True)  # in one write
    t.wait_for("3 in 3 articles")
    t.type("Enter")  # to the results
    t.wait_for("q Quit")
    t.type("Enter")  # the first article, at its match
    shown = t.wait_for("library 1/3")
    assert "外相会談の結果" in shown and "1/1" in shown
    t.type("Escape")  # back to the results, where they were
    t.wait_for("1/3  3 in 3 articles")
    t.type("q")
    assert t.exit_status() == 0
