"""`kiji dump`, `--help`, `--version`, and the bundled article shipping in the wheel."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tui import __version__
from tui.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_66b4f997ba671b7a.txt"


def dump_json(capsys, *args: str) -> dict:
    assert main(["dump", *args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_dump_json_has_the_schema_fields(capsys):
    doc = dump_json(capsys, str(SEED))
    assert list(doc) == ["schema", "path", "encoding", "title", "title_from", "source", "sections", "terms", "speakers"]
    assert doc["schema"] == 1 and doc["encoding"] == "utf-8"
    assert doc["source"] == {"url": doc["source"]["url"], "line": 60}
    block = doc["sections"][0]["blocks"][0]
    assert set(block) == {"kind", "line", "text"}


def test_dump_json_of_the_seed_has_three_sections_images_with_captions_and_twenty_paragraphs(capsys):
    doc = dump_json(capsys, str(SEED))
    sections = doc["sections"]
    assert [s["title"] is None for s in sections] == [True, False, False]
    blocks = [b for s in sections for b in s["blocks"]]
    assert sum(b["kind"] == "paragraph" for b in blocks) == 20
    images = [i for i, b in enumerate(blocks) if b["kind"] == "image"]
    assert len(images) == 5
    for i in images:
        assert blocks[i]["image"].endswith(".jpg") and blocks[i + 1]["kind"] == "caption"
    assert all(not b["text"].startswith("出典") for b in blocks)


def test_dump_without_a_path_uses_the_bundled_article(capsys):
    assert dump_json(capsys)["source"]["line"] == 60


def test_dump_outline_lists_sections_blocks_and_source(capsys):
    assert main(["dump", str(SEED)]) == 0
    out = capsys.readouterr().out
    assert "§ (lead)" in out and "image" in out and "caption" in out and "source [line 60]" in out


def test_dump_of_an_empty_file_is_an_empty_article(tmp_path, capsys):
    (tmp_path / "e.txt").write_bytes(b"")
    doc = dump_json(capsys, str(tmp_path / "e.txt"))
    assert doc["sections"] == [{"title": None, "line": None, "blocks": []}] and doc["source"] is None


def test_dump_names_the_file_as_the_user_gave_it(tmp_path, monkeypatch, capsys):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text("見出し\n\n大臣は述べた。\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    for given in ("sub/a.txt", "./sub/a.txt", "sub//a.txt"):
        assert dump_json(capsys, given)["path"] == given
        assert main(["dump", given]) == 0
        assert f"({given}, utf-8)" in capsys.readouterr().out.splitlines()[0]


def test_dump_names_the_bundled_article_by_its_place_in_the_source_tree(capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert dump_json(capsys)["path"] == "seeds/000_66b4f997ba671b7a.txt"


def test_help_shows_how_to_open_the_explorer_and_every_command():
    out = subprocess.run([sys.executable, "-m", "tui", "--help"], capture_output=True, text=True)
    assert out.returncode == 0
    assert out.stdout.startswith("usage: kiji [PATH ...] [--theme NAME]\n")
    assert "--theme NAME" in out.stdout
    for usage in ("kiji dump [PATH] [--json]", "kiji search QUERY [PATH ...] [--json]",
                  "kiji quotes [PATH ...] [--format FORMAT]", "kiji export PATH ...", "kiji cache info|clear"):
        assert f"\n  {usage} " in out.stdout


def test_help_of_each_command_starts_with_its_usage():
    for command, usage in (("dump", "kiji dump [PATH]"), ("search", "kiji search QUERY [PATH ...]"), ("open", "kiji [PATH ...]"),
                           ("export", "kiji export PATH ..."), ("cache", "kiji cache info|clear")):
        out = subprocess.run([sys.executable, "-m", "tui", command, "--help"], capture_output=True, text=True)
        assert out.returncode == 0 and out.stdout.startswith(f"usage: {usage}")


def test_help_fits_an_80_column_terminal():
    out = subprocess.run([sys.executable, "-m", "tui", "--help"], capture_output=True, text=True,
                         env={**os.environ, "COLUMNS": "80"})
    assert max(len(line) for line in out.stdout.splitlines()) <= 80


def test_version_and_help_exit_zero():
    for flag, expect in (("--version", __version__), ("--help", "dump")):
        out = subprocess.run([sys.executable, "-m", "tui", flag], capture_output=True, text=True)
        assert out.returncode == 0 and expect in out.stdout


@pytest.mark.parametrize("args", [["dump"], ["search", "x"], ["quotes"], []])
def test_missing_file_is_one_line_on_stderr_and_exit_2(tmp_path, args):
    out = subprocess.run([sys.executable, "-m", "tui", *args, str(tmp_path / "missing.txt")],
                         capture_output=True, text=True)
    assert out.returncode == 2 and out.stdout == ""
    assert out.stderr.count("\n") == 1 and "missing.txt" in out.stderr and "no such file" in out.stderr


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """The wheel ``pip`` builds from the checkout (as ``pip install .`` would)."""
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(out), str(ROOT)],
                   check=True, capture_output=True)
    return next(out.glob("kiji_tui-*.whl"))


def test_wheel_ships_the_bundled_article_and_opens_it_outside_the_checkout(wheel, tmp_path):
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    assert (site / "tui" / "seeds" / SEED.name).read_bytes() == SEED.read_bytes()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {**os.environ, "PYTHONPATH": str(site)}
    code = "import tui, sys; from tui.cli import main; print(tui.__file__, file=sys.stderr); main(['dump', '--json'])"
    out = subprocess.run([sys.executable, "-c", code],
                         cwd=elsewhere, env=env, capture_output=True, text=True, check=True)
    assert out.stderr.startswith(str(site))
    doc = json.loads(out.stdout)
    # named by its place in the source tree, not the site-packages path it was read from
    assert doc["path"] == "seeds/000_66b4f997ba671b7a.txt" and doc["source"]["line"] == 60


def test_wheel_carries_the_licence_and_the_metadata_a_python_user_expects(wheel):
    name = wheel.name.split("-py3")[0]
    with zipfile.ZipFile(wheel) as z:
        licence = z.read(f"{name}.dist-info/licenses/LICENSE").decode()
        meta = z.read(f"{name}.dist-info/METADATA").decode()
    assert licence == (ROOT / "LICENSE").read_text() and licence.startswith("MIT License")
    headers, description = meta.split("\n\n", 1)
    fields = [line.split(": ", 1) for line in headers.splitlines() if ": " in line]
    assert ["License-Expression", "MIT"] in fields and ["License-File", "LICENSE"] in fields
    assert ["Version", __version__] in fields, "one version: tui.__version__, read by the build"
    classifiers = {value for key, value in fields if key == "Classifier"}
    assert {"Environment :: Console", "Natural Language :: Japanese", "Programming Language :: Python :: 3.10"} <= classifiers
    assert any(key == "Keywords" for key, _ in fields) and any(key == "Project-URL" for key, _ in fields)
    # the README as the long description, with no relative link (nothing to point to on PyPI)
    assert description.startswith("# kiji\n") and "](docs/" not in description
    assert "`docs/screenshot.svg` in kiji's source distribution" in description


@pytest.mark.parametrize("args", [["dump", "a.txt", "b.txt"], ["quotes", "--format", "xml"], ["search"], ["--bogus"]])
def test_a_usage_error_is_one_line_on_stderr_and_exit_2(args):
    out = subprocess.run([sys.executable, "-m", "tui", *args], capture_output=True, text=True)
    assert out.returncode == 2 and out.stdout == ""
    assert out.stderr.count("\n") == 1 and out.stderr.startswith("kiji: ")
