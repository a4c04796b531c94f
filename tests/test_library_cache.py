"""The on-disk cache: an article analysed once; a changed file analysed
again, a deleted one dropped; two processes at once; a damaged cache file
moved aside; a folder that cannot be written; never a user's file touched.
Real files, real Sudachi, real SQLite."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from library_fixtures import ARTICLES, kiji, write_library
from tui.library import CACHE_FILE_NAME, Cache, Library

KAIDAN = "20240503_kaidan.txt"


def env_with(cache: Path) -> dict[str, str]:
    return {**os.environ, "KIJI_CACHE_DIR": str(cache)}


def analysed(folder: Path, cache_dir: Path) -> Library:
    library = Library.open([folder], cache=Cache.open(cache_dir))
    library.analyse(jobs=0).wait()
    return library


def test_a_second_open_knows_every_article_without_reading_it(tmp_path):
    folder = write_library(tmp_path / "lib")
    analysed(folder, tmp_path / "cache").close()
    with Library.open([folder], cache=Cache.open(tmp_path / "cache")) as library:
        rows = {Path(r.path).name: r for r in library.rows}
        assert all(r.state == "analysed" for r in rows.values())
        assert rows[KAIDAN].first_speakers == ("山田太郎", "佐藤花子")
        assert (rows[KAIDAN].speakers, rows[KAIDAN].quotes) == (2, 2)


def test_a_changed_file_is_analysed_again(tmp_path):
    folder = write_library(tmp_path / "lib")
    analysed(folder, tmp_path / "cache").close()
    (folder / KAIDAN).write_text("外相会談の結果\n\n高橋次郎防衛相は「抑止力を高める」と述べた。\n", encoding="utf-8")
    with Library.open([folder], cache=Cache.open(tmp_path / "cache")) as library:
        states = {Path(r.path).name: r.state for r in library.rows}
        assert states[KAIDAN] == "new" and states["20240601_boeki.txt"] == "analysed"
        library.analyse(jobs=0).wait()
        row = next(r for r in library.rows if r.path.endswith(KAIDAN))
        assert row.first_speakers == ("高橋次郎",)
        assert [h.row.path for h in library.search("抑止力")] == [row.path]
        assert list(library.search("経済を立て直す")) == []


def test_a_file_touched_but_not_changed_is_not_analysed_again(tmp_path):
    folder = write_library(tmp_path / "lib")
    cache_dir = tmp_path / "cache"
    analysed(folder, cache_dir).close()
    # mark the stored analysis: only an answer from the cache can carry the mark
    with sqlite3.connect(cache_dir / CACHE_FILE_NAME) as db:
        db.execute("UPDATE articles SET first_speakers = '[\"(from the cache)\"]'")
    os.utime(folder / KAIDAN, ns=(1, 1))
    with Library.open([folder], cache=Cache.open(cache_dir)) as library:
        assert next(r for r in library.rows if r.path.endswith(KAIDAN)).state == "new"
        library.analyse(jobs=0).wait()
        assert {r.first_speakers for r in library.rows} == {("(from the cache)",)}


def test_a_deleted_file_drops_out_of_the_library_and_the_cache(tmp_path):
    folder = write_library(tmp_path / "lib")
    cache_dir = tmp_path / "cache"
    analysed(folder, cache_dir).close()
    (folder / KAIDAN).unlink()
    with Library.open([folder], cache=Cache.open(cache_dir)) as library:
        assert len(library) == len(ARTICLES) - 1
        assert list(library.search("経済を立て直す")) == []
        info = library.cache.info()
        assert (info.articles, info.files) == (len(ARTICLES) - 1, len(ARTICLES) - 1)


def test_another_kiji_version_never_answers(tmp_path):
    folder = write_library(tmp_path / "lib")
    analysed(folder, tmp_path / "cache").close()
    cache = Cache.open(tmp_path / "cache")
    cache.version = "kiji 999 (another version)"
    with Library.open([folder], cache=cache) as library:
        assert {r.state for r in library.rows} == {"new"}
        assert cache.info().articles == 0  # the other version's analyses are dropped


def test_the_analysis_version_names_sudachipy_and_its_dictionary_as_installed():
    """Their versions are read from their ``.dist-info`` folders' names
    (quicker than ``importlib.metadata``), and say what it says."""
    from importlib.metadata import version

    from tui.library import analysis_version

    assert f"sudachipy {version('sudachipy')}" in analysis_version()
    assert f"sudachidict-core {version('sudachidict-core')}" in analysis_version()


def test_two_processes_write_one_cache_at_once(tmp_path):
    first = write_library(tmp_path / "one")
    second = write_library(tmp_path / "two", {f"more/{k}": v.replace("山田太郎", "田中三郎") for k, v in ARTICLES.items()})
    env = env_with(tmp_path / "cache")
    runs = [subprocess.Popen([sys.executable, "-m", "tui", "quotes", str(f), "--format", "json", "--jobs", "2"],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, stdin=subprocess.DEVNULL)
            for f in (first, second, first)]
    outs = [r.communicate(timeout=300) for r in runs]
    assert [r.returncode for r in runs] == [0, 0, 0], outs
    assert all(err == "" for _, err in outs), outs
    for (out, _), folder in zip(outs, (first, second, first)):
        reference = kiji("quotes", str(folder), "--format", "json", "--no-cache", env=env)
        assert json.loads(out) == json.loads(reference.stdout)
    with sqlite3.connect(tmp_path / "cache" / CACHE_FILE_NAME) as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert db.execute("SELECT count(*) FROM files").fetchone() == (2 * len(ARTICLES),)


@pytest.mark.parametrize("damage", ["garbage", "truncated"])
def test_a_damaged_cache_file_is_moved_aside_with_one_warning_and_rebuilt(tmp_path, damage):
    folder = write_library(tmp_path / "lib")
    cache_dir = tmp_path / "cache"
    env = env_with(cache_dir)
    if damage == "garbage":
        cache_dir.mkdir()
        (cache_dir / CACHE_FILE_NAME).write_bytes(b"this is not a database\n" * 500)
    else:
        assert kiji("search", "協力", str(folder), env=env).returncode == 0
        path = cache_dir / CACHE_FILE_NAME
        with sqlite3.connect(path) as db:
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        path.write_bytes(path.read_bytes()[: path.stat().st_size // 3])
    damaged = (cache_dir / CACHE_FILE_NAME).read_bytes()
    out = kiji("search", "協力", str(folder), env=env)
    assert out.returncode == 0, out
    assert out.stdout.count("協力") >= 2
    warnings = out.stderr.splitlines()
    assert len(warnings) == 1 and warnings[0].startswith("kiji: warning: cache file") and "damaged" in warnings[0], out.stderr
    aside = [p for p in cache_dir.iterdir() if ".damaged-" in p.name]
    assert len(aside) == 1 and aside[0].read_bytes() == damaged
    again = kiji("search", "協力", str(folder), env=env)
    assert (again.returncode, again.stderr, again.stdout) == (0, "", out.stdout)
    with Cache.open(cache_dir) as cache:
        assert cache.info().analysed == len(ARTICLES)


def test_a_cache_folder_that_cannot_be_made_means_one_warning_and_no_cache(tmp_path):
    folder = write_library(tmp_path / "lib")
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    out = kiji("search", "協力", str(folder), env=env_with(blocker / "cache"))
    assert out.returncode == 0 and out.stdout.count("協力") >= 2
    assert out.stderr.count("\n") == 1 and "working without a cache" in out.stderr, out.stderr
    assert blocker.read_text() == "not a folder"


@pytest.fixture
def read_only_folder():
    """A cache folder kiji may not write, and whether kiji runs as ``nobody``
    (root writes anywhere: then kiji runs as nobody through setpriv)."""
    as_nobody = os.geteuid() == 0
    if as_nobody and shutil.which("setpriv") is None:
        pytest.skip("running as root without setpriv: root writes any folder")
    top = Path(tempfile.mkdtemp(prefix="kiji-readonly-"))
    try:
        top.chmod(0o755)
        write_library(top / "lib")
        for p in top.rglob("*"):
            p.chmod(0o755 if p.is_dir() else 0o644)
        cache = top / "cache"
        cache.mkdir()
        cache.chmod(0o555)
        yield top, cache, as_nobody
    finally:
        shutil.rmtree(top, ignore_errors=True)


def test_a_read_only_cache_folder_means_one_warning_and_no_cache(read_only_folder):
    top, cache, as_nobody = read_only_folder
    cmd = [sys.executable, "-m", "tui", "search", "協力", str(top / "lib")]
    if as_nobody:
        cmd = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", *cmd]
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=300, env=env_with(cache), cwd=top,
                         stdin=subprocess.DEVNULL)
    if as_nobody and out.returncode != 0 and "協力" not in out.stdout:
        pytest.skip(f"user nobody cannot run kiji here: {out.stderr.strip()[-200:]}")
    assert out.returncode == 0, out
    assert out.stdout.count("協力") >= 2
    assert out.stderr.count("\n") == 1 and "working without a cache" in out.stderr, out.stderr
    assert list(cache.iterdir()) == []


def test_the_cache_never_touches_the_articles_even_in_their_own_folder(tmp_path):
    folder = write_library(tmp_path / "lib")
    before = {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()}
    env = env_with(folder)
    assert kiji("search", "協力", str(folder), env=env).returncode == 0
    assert (folder / CACHE_FILE_NAME).exists()
    clear = kiji("cache", "clear", env=env)
    assert clear.returncode == 0 and clear.stderr == ""
    assert {p: p.read_bytes() for p in before} == before
    made = {p.name for p in folder.rglob("*") if p.is_file()} - {p.name for p in before}
    assert made <= {CACHE_FILE_NAME, CACHE_FILE_NAME + "-wal", CACHE_FILE_NAME + "-shm"}


def test_cache_info_says_where_and_how_much_and_clear_empties_it(tmp_path):
    folder = write_library(tmp_path / "lib")
    env = env_with(tmp_path / "cache")
    kiji("search", "協力", str(folder), env=env)
    info = kiji("cache", "info", env=env)
    assert info.returncode == 0
    assert str(tmp_path / "cache" / CACHE_FILE_NAME) in info.stdout
    assert f"articles: {len(ARTICLES)} ({len(ARTICLES)} analysed)" in info.stdout
    assert kiji("cache", "clear", env=env).returncode == 0
    assert "articles: 0 (0 analysed)" in kiji("cache", "info", env=env).stdout


def test_no_cache_leaves_no_cache_behind(tmp_path):
    folder = write_library(tmp_path / "lib")
    out = kiji("search", "協力", str(folder), "--no-cache", env=env_with(tmp_path / "cache"))
    assert out.returncode == 0 and out.stderr == ""
    assert not (tmp_path / "cache").exists()


def test_copies_of_one_text_under_other_names_keep_their_own_titles_and_dates(tmp_path):
    folder = tmp_path / "lib"
    folder.mkdir()
    text = "山田太郎氏は記者会見で「全力を尽くす」と述べた。会見は一時間続いた。\n"
    for name in ("会談メモ.txt", "2024-05-03_別の写し.txt"):
        (folder / name).write_text(text, encoding="utf-8")
    for _ in range(2):  # analysed, then from the cache
        library = analysed(folder, tmp_path / "cache")
        rows = {Path(r.path).name: r for r in library.rows}
        library.close()
        assert rows["会談メモ.txt"].title == "会談メモ" and rows["会談メモ.txt"].date is None
        assert rows["2024-05-03_別の写し.txt"].title == "2024-05-03_別の写し"
        assert str(rows["2024-05-03_別の写し.txt"].date) == "2024-05-03"


def test_opening_a_cache_waits_for_no_other_process_writing_it(tmp_path):
    """A cache of this layout is opened read only: another kiji in the middle
    of a write (a batch of analyses stored) does not hold this one up."""
    Cache.open(tmp_path).close()
    writer = sqlite3.connect(tmp_path / CACHE_FILE_NAME, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    try:
        cache = Cache.open(tmp_path)
        assert (cache.persistent, cache.warnings) == (True, [])
        cache.close()
    finally:
        writer.execute("ROLLBACK")
        writer.close()
