"""`kiji search`: exit codes, JSON shape, and output that is safe for terminals."""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest

from tui.text import read_article
from tui.text import bundled_article
from tui.cli import main
from tui.search import SearchIndex

KIJI = Path(sys.executable).with_name("kiji")


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "a.txt"
    path.write_text("前の段落。\n\n会議はハノイで開かれ、\x1b[31m国連が支援した。\n", encoding="utf-8")
    return path


def test_matches_exit_0(article, capsys):
    assert main(["search", "ハノイ", str(article)]) == 0


def test_no_match_exits_1_and_prints_nothing(article, capsys):
    assert main(["search", "東京", str(article)]) == 1
    assert capsys.readouterr().out == ""


@pytest.mark.parametrize("query", ["", "   ", "\u3000"])
def test_empty_query_exits_2_with_a_message(article, capsys, query):
    assert main(["search", query, str(article)]) == 2
    assert "query is empty" in capsys.readouterr().err


def test_missing_file_exits_2(tmp_path, capsys):
    assert main(["search", "ハノイ", str(tmp_path / "nope.txt")]) == 2
    assert "no such file" in capsys.readouterr().err


def test_regex_metacharacters_are_searched_as_text(article, capsys):
    assert main(["search", ".*[(", str(article)]) == 1


def test_json_holds_the_query_and_every_match(article, capsys):
    main(["search", "こくれん", str(article), "--json"])
    doc = json.loads(capsys.readouterr().out)
    assert doc == {
        "query": "こくれん",
        "matches": [{"line": 3, "start": 16, "end": 18, "text": "国連", "how": "reading"}],
    }


def test_grep_lines_name_path_line_and_column(article, capsys):
    main(["search", "ハノイ", str(article)])
    assert capsys.readouterr().out.startswith(f"{article}:3:4: 会議はハノイで")


def test_output_to_a_pipe_has_no_escape_sequences(article, capsys, monkeypatch):
    monkeypatch.delenv("NO_COLOR", raising=False)
    main(["search", "国連", str(article)])
    out = capsys.readouterr().out
    assert "\x1b" not in out
    assert "␛[31m" in out  # the article's own ESC is shown, not obeyed


def run_on_a_terminal(args: list[str], env: dict[str, str]) -> bytes:
    """Run ``kiji`` with stdout on a pseudo-terminal; return what it printed."""
    leader, follower = pty.openpty()
    try:
        proc = subprocess.run([str(KIJI), *args], stdout=follower, stderr=subprocess.PIPE, env=env, timeout=60)
        os.close(follower)
        out = b""
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # EIO: the terminal is closed and drained
                break
            if not chunk:
                break
            out += chunk
    finally:
        os.close(leader)
    assert proc.returncode == 0, proc.stderr
    return out


def test_terminal_output_highlights_the_match(article):
    env = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
    out = run_on_a_terminal(["search", "ハノイ", str(article)], env)
    assert "\x1b[1;7mハノイ\x1b[0m".encode() in out


def test_no_color_turns_highlighting_off_on_a_terminal(article):
    out = run_on_a_terminal(["search", "ハノイ", str(article)], {**os.environ, "NO_COLOR": "1"})
    assert b"\x1b" not in out
    assert "ハノイ".encode() in out


@pytest.mark.parametrize("query", ["述べる", "こくれん"])
def test_search_on_the_bundled_article_prints_every_match_of_the_index(capsys, query):
    # the counts themselves are pinned once, in test_search.py (SEED_COUNTS)
    expected = SearchIndex.build(read_article(bundled_article())).search(query)
    assert main(["search", query, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["matches"] == [m.to_dict() for m in expected]
