"""Bad input is refused with one line on stderr and exit status 2, never a
traceback, by ``kiji dump``, ``kiji search`` and the explorer alike (the
explorer before it takes over the screen)."""

from __future__ import annotations

import gzip
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Callable

import pytest

#: How each command is given a path: ``kiji PATH`` is the explorer.
COMMANDS = {
    "dump": lambda path: ["dump", str(path)],
    "search": lambda path: ["search", "公安", str(path)],
    "open": lambda path: [str(path)],
}
NOBODY = 65534


def run_kiji(args: list[str], *, as_nobody: bool = False, cwd: Path | None = None) -> subprocess.CompletedProcess:
    cmd = [sys.executable, "-m", "tui", *args]
    if as_nobody:
        cmd = ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups", *cmd]
    # stdin and stdout are not a terminal: if the explorer started anyway it
    # would write escape sequences, which the assertions below catch
    return subprocess.run(cmd, capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL, cwd=cwd)


def assert_refused(out: subprocess.CompletedProcess, *expected: str) -> None:
    assert out.returncode == 2, out
    assert out.stdout == "", "nothing on stdout (and the screen never taken over)"
    assert "Traceback" not in out.stderr
    assert out.stderr.startswith("kiji: ") and out.stderr.count("\n") == 1, out.stderr
    for word in expected:
        assert word in out.stderr


def missing(tmp: Path) -> Path:
    return tmp / "missing.txt"


def directory(tmp: Path) -> Path:
    d = tmp / "folder.txt"
    d.mkdir()
    return d


def binary(tmp: Path) -> Path:
    p = tmp / "binary.txt"
    p.write_bytes(gzip.compress("調印式には110か国以上が出席した。\n".encode() * 50))
    return p


def png(tmp: Path) -> Path:
    p = tmp / "image.txt"
    p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00")
    return p


def undecodable(tmp: Path) -> Path:
    p = tmp / "undecodable.txt"
    # valid UTF-8, then bytes that are no character in UTF-8, cp932 or EUC-JP
    p.write_bytes("公安大臣は述べた。".encode() + b"\x80\xff\xfe\xa0\n")
    return p


BAD_PATHS: dict[str, tuple[Callable[[Path], Path], tuple[str, ...]]] = {
    "missing": (missing, ("missing.txt", "no such file")),
    "binary": (binary, ("binary.txt", "binary")),
    "png": (png, ("image.txt", "binary")),
    "undecodable": (undecodable, ("undecodable.txt", "cannot decode")),
}


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("case", BAD_PATHS)
def test_bad_file_is_refused_in_one_line_with_exit_2(tmp_path, command, case):
    make, expected = BAD_PATHS[case]
    assert_refused(run_kiji(COMMANDS[command](make(tmp_path))), *expected)


@pytest.mark.parametrize("command", ["dump", "search"])
def test_directory_where_a_file_is_needed_is_refused(tmp_path, command):
    assert_refused(run_kiji(COMMANDS[command](directory(tmp_path))), "folder.txt", "directory")


def test_explorer_refuses_a_folder_without_articles(tmp_path):
    (tmp_path / "notes.md").write_text("# not an article\n")
    assert_refused(run_kiji([str(tmp_path)]), str(tmp_path), "no article files")


def test_library_refuses_a_path_that_does_not_exist_before_the_screen(tmp_path):
    (tmp_path / "a.txt").write_text("公安大臣は述べた。\n")
    assert_refused(run_kiji([str(tmp_path / "a.txt"), str(missing(tmp_path))]), "missing.txt")
    # a folder holding a bad article is not refused: the library lists it with
    # its reason (tests/test_library_app.py)


def test_unknown_theme_is_a_usage_error_naming_every_valid_theme(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("公安大臣は述べた。\n")
    out = run_kiji([str(good), "--theme", "nosuchtheme"])
    assert_refused(out, "unknown theme 'nosuchtheme'", "ansi, dark, light", "nord", "textual-dark", "tokyo-night")


def test_unknown_theme_is_refused_before_any_file_is_read(tmp_path):
    out = run_kiji(["--theme", "nosuchtheme", str(missing(tmp_path))])
    assert_refused(out, "nosuchtheme")
    assert "missing.txt" not in out.stderr


def test_explorer_refuses_every_path_before_opening_any(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("公安大臣は述べた。\n")
    assert_refused(run_kiji([str(good), str(missing(tmp_path))]), "missing.txt", "no such file")


@pytest.fixture
def unreadable_file():
    """A file the kiji process cannot read, and whether kiji must run as nobody.

    ``chmod 000`` stops everyone but root, and CI runs as root; there the test
    runs kiji as the unprivileged user ``nobody`` through ``setpriv``, after
    checking that nobody can run kiji on a readable file at all.
    """
    as_nobody = os.geteuid() == 0
    if as_nobody and shutil.which("setpriv") is None:
        pytest.skip("running as root and setpriv is missing: root reads any file, so no file is unreadable")
    # a world-traversable folder (pytest's tmp_path is private to its owner)
    folder = Path(tempfile.mkdtemp(prefix="kiji-unreadable-"))
    try:
        folder.chmod(0o755)
        path = folder / "secret.txt"
        path.write_text("公安大臣は述べた。\n", encoding="utf-8")
        path.chmod(0o644)
        if as_nobody:
            control = run_kiji(["dump", str(path)], as_nobody=True, cwd=folder)
            if control.returncode != 0:
                pytest.skip(f"running as root, and user nobody cannot run kiji here: {control.stderr.strip()[-200:]}")
        path.chmod(0o000)
        yield path, as_nobody
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@pytest.mark.parametrize("command", COMMANDS)
def test_unreadable_file_is_refused_in_one_line_with_exit_2(unreadable_file, command):
    path, as_nobody = unreadable_file
    out = run_kiji(COMMANDS[command](path), as_nobody=as_nobody, cwd=path.parent)
    assert_refused(out, "secret.txt", "permission denied")
