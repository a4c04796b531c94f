"""The commands' output as a script reads it: `kiji quotes FILE` succeeding,
and each command's output piped into a reader that stops early (`| head`)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tui.analysis import analyze
from tui.cli import main
from tui.quotes import find_speakers
from tui.text import read_article

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_66b4f997ba671b7a.txt"
PARAGRAPH = "ハノイ条約は、国際協力の法的基盤を構築するとともに、サイバー空間が真に平和、正義、持続可能な開発に資する環境となるよう求めた。"


def test_kiji_quotes_lists_every_quote_of_the_article_with_its_speaker_and_line(capsys):
    article = read_article(SEED)
    found = find_speakers(article, analyze(article))
    assert main(["quotes", str(SEED)]) == 0
    out = capsys.readouterr()
    lines = out.out.splitlines()
    assert lines[0].split() == ["speaker", "line", "kind", "quote"] and out.err == ""
    rows = [line.split(maxsplit=3) for line in lines[1:]]
    assert [(r[0], int(r[1]), r[2]) for r in rows] == [(s.name, q.line, q.kind) for s in found for q in s.quotes]
    assert len(rows) == 9


@pytest.fixture(scope="module")
def big_article(tmp_path_factory) -> Path:
    """An article whose output is far bigger than a pipe's buffer (64 KiB)."""
    path = tmp_path_factory.mktemp("big") / "big.txt"
    path.write_text("大きな記事\n\n" + "\n\n".join(f"{i}: {PARAGRAPH}" for i in range(3000)) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("args", [["dump"], ["dump", "--json"], ["search", "条約"], ["quotes"]], ids=" ".join)
def test_a_reader_that_stops_early_ends_the_command_quietly(big_article, args):
    """`kiji dump FILE | head -n 1`: no traceback, no error line, status 0."""
    proc = subprocess.Popen([sys.executable, "-m", "tui", *args, str(big_article)], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    first = proc.stdout.readline()
    proc.stdout.close()  # as head does after its line
    err = proc.stderr.read()
    assert proc.wait(timeout=300) == 0
    assert first and err == b""
