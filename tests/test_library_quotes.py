"""People across a library: speakers merged by name, their quotes newest
first; ``kiji quotes DIR`` with a path column in every format."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

import pytest

from library_fixtures import kiji, write_library
from tui.library import Cache, Library, grouped


@pytest.fixture
def library(tmp_path):
    folder = write_library(tmp_path / "lib", {
        "20240503_kaidan.txt": "外相会談\n\n山田太郎外相は3日、「協力を強化する」と述べた。\n\n佐藤花子首相は「経済を立て直す」と語った。\n",
        "20240601_boeki.txt": "輸出\n\n山田太郎外相は「国連と連携する」と強調した。\n",
        "a/undated.txt": "地方\n\n山田太郎外相は「地方の声を聞く」と述べた。\n",
        "b/other.txt": "話題\n\n会社員の男性は「驚いた」と話した。\n",
        "c/another.txt": "話題\n\n会社員の男性は「困った」と話した。\n",
    })
    with Library.open([folder], cache=Cache.open(tmp_path / "cache")) as lib:
        lib.analyse(jobs=0).wait()
        yield lib


def test_speakers_are_merged_by_name_across_articles(library):
    people = {p.name: p for p in library.people()}
    yamada = people["山田太郎"]
    assert (yamada.articles, yamada.quotes, yamada.latest) == (3, 3, date(2024, 6, 1))
    assert (people["佐藤花子"].articles, people["佐藤花子"].quotes) == (1, 1)
    assert library.people()[0].name == "山田太郎"  # most quoted first


def test_unnamed_speakers_are_never_merged_across_articles(library):
    unnamed = [p for p in library.people() if p.kind == "unnamed_person"]
    assert len(unnamed) == 2 and all(p.articles == 1 for p in unnamed)


def test_quotes_of_a_person_are_newest_first_then_undated(library):
    yamada = next(p for p in library.people() if p.name == "山田太郎")
    assert [q.text for q in library.quotes(yamada)] == ["国連と連携する", "協力を強化する", "地方の声を聞く"]
    assert [q.date for q in library.quotes(yamada)] == [date(2024, 6, 1), date(2024, 5, 3), None]
    assert grouped(library)[0][1] == library.quotes(yamada)


def quotes_cli(folder, fmt: str) -> str:
    out = kiji("quotes", str(folder), "--format", fmt, cwd=folder.parent)
    assert out.returncode == 0 and out.stderr == ""
    return out.stdout


def test_cli_every_format_has_a_path_column(tmp_path):
    write_library(tmp_path / "lib", {"20240503_x.txt": "見出し\n\n山田太郎外相は「協力を強化する」と述べた。\n",
                                     "sub/y.txt": "見出し\n\n山田太郎外相は「国連と連携する」と述べた。\n"})
    rows = list(csv.reader(io.StringIO(quotes_cli(tmp_path / "lib", "csv"))))
    assert rows == [["speaker", "path", "date", "line", "kind", "quote"],
                    ["山田太郎", str(tmp_path / "lib" / "20240503_x.txt"), "2024-05-03", "3", "direct", "協力を強化する"],
                    ["山田太郎", str(tmp_path / "lib" / "sub" / "y.txt"), "", "3", "direct", "国連と連携する"]]
    table = quotes_cli(tmp_path / "lib", "table").splitlines()
    assert table[0].split() == ["speaker", "path", "date", "line", "kind", "quote"]
    assert str(tmp_path / "lib" / "sub" / "y.txt") in table[2]
    markdown = quotes_cli(tmp_path / "lib", "markdown").splitlines()
    assert markdown[0] == "| speaker | path | date | line | kind | quote |"
    assert f"| {tmp_path / 'lib' / 'sub' / 'y.txt'} |" in markdown[3]
    doc = json.loads(quotes_cli(tmp_path / "lib", "json"))
    (person,) = doc["speakers"]
    assert person["name"] == "山田太郎" and person["articles"] == 2
    assert [q["path"] for q in person["quotes"]] == [str(tmp_path / "lib" / "20240503_x.txt"), str(tmp_path / "lib" / "sub" / "y.txt")]


def test_cli_shows_control_characters_in_names_and_paths(tmp_path):
    write_library(tmp_path / "lib", {"x\x1b[2J.txt": "見出し\n\n山田太郎外相は「協力を\x1b[31m強化する」と述べた。\n",
                                     "y.txt": "見出し\n\n本文。\n"})
    table = quotes_cli(tmp_path / "lib", "table")
    assert "\x1b" not in table and "x␛[2J.txt" in table and "協力を␛[31m強化する" in table
