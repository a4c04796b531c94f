"""A library's files and rows: folders walked, bad files listed not fatal,
analysis in worker processes with progress, results as they come, cancel."""

from __future__ import annotations

import os
import threading
import time
from datetime import date
from pathlib import Path

import pytest

from library_fixtures import ARTICLES, write_library
from tui.library import Cache, Library, collect, grouped
from tui.text import ArticleError


def names(library: Library) -> list[str]:
    return [Path(r.path).name for r in library.rows]


def test_folders_are_walked_for_txt_files_in_path_order(tmp_path):
    folder = write_library(tmp_path / "lib", {**ARTICLES, "B.TXT": "見出し\n\n本文。\n", "notes.md": "# x\n",
                                               ".hidden/x.txt": "見出し\n\n本文。\n", ".dot.txt": "本文。\n"})
    found = [Path(f.path).relative_to(folder).as_posix() for f in collect([folder])]
    assert found == ["20240503_kaidan.txt", "20240601_boeki.txt", "B.TXT", "sub/undated.txt"]
    assert [Path(f.path).name for f in collect([folder], globs=["*.md"])] == ["notes.md"]


def test_files_given_by_name_are_taken_whatever_their_name_and_once(tmp_path):
    folder = write_library(tmp_path / "lib", {"a.md": "本文。\n", "b.txt": "本文。\n"})
    found = collect([folder / "a.md", folder, folder / "b.txt"])
    assert [Path(f.path).name for f in found] == ["a.md", "b.txt"]


def test_a_link_cycle_ends(tmp_path):
    folder = write_library(tmp_path / "lib", {"a.txt": "本文。\n"})
    os.symlink(folder, folder / "loop")
    assert [Path(f.path).name for f in collect([folder])] == ["a.txt"]


def test_paths_are_spelt_as_on_the_command_line(tmp_path, monkeypatch):
    write_library(tmp_path / "lib", {"a.txt": "本文。\n", "sub/b.txt": "本文。\n"})
    monkeypatch.chdir(tmp_path)
    assert [f.path for f in collect(["./lib"])] == ["./lib/a.txt", "./lib/sub/b.txt"]
    assert [f.path for f in collect(["lib/", "./lib/a.txt"])] == ["lib/a.txt", "lib/sub/b.txt"]


def test_a_missing_path_is_an_error(tmp_path):
    with pytest.raises(ArticleError, match="no such file or folder"):
        collect([tmp_path / "nope"])


def test_rows_start_as_files_and_fill_in_as_the_analysis_goes(tmp_path):
    folder = write_library(tmp_path / "lib")
    with Library.open([folder], cache=Cache.open(tmp_path / "cache")) as library:
        assert [(r.state, r.title) for r in library.rows] == [("new", n) for n in
                                                              ("20240503_kaidan.txt", "20240601_boeki.txt", "undated.txt")]
        updates = list(library.analyse(jobs=0, read_first=True))
        assert [u.row.state for u in updates] == ["read"] * 3 + ["analysed"] * 3
        assert [str(u.progress) for u in updates] == [f"analysed {n}/3" for n in (0, 0, 0, 1, 2, 3)]
        first = library.rows[0]
        assert (first.title, first.date, first.date_from, first.host) == ("外相会談の結果", date(2024, 5, 3), "file",
                                                                          "news.example.com")
        assert (first.speakers, first.quotes, first.first_speakers) == (2, 2, ("山田太郎", "佐藤花子"))


def test_bad_files_are_listed_with_their_reason_and_never_stop_the_rest(tmp_path):
    folder = write_library(tmp_path / "lib")
    (folder / "binary.txt").write_bytes(b"\x00\x01")
    (folder / "undecodable.txt").write_bytes(b"\x80\xfd\xfe\xa0")
    (folder / "folder.txt").mkdir()
    (folder / "fifo.txt").unlink(missing_ok=True)
    os.mkfifo(folder / "fifo.txt")
    with Library.open([folder], cache=Cache.open(tmp_path / "cache")) as library:
        library.analyse(jobs=0).wait()
        by_name = {Path(r.path).name: r for r in library.rows}
        assert by_name["binary.txt"].state == "unreadable" and "binary" in by_name["binary.txt"].problem
        assert "cannot decode" in by_name["undecodable.txt"].problem
        assert "not a regular file" in by_name["fifo.txt"].problem
        assert "folder.txt" not in by_name  # a folder is walked, not a file
        assert sum(r.state == "analysed" for r in library.rows) == len(ARTICLES)
        assert library.progress.done


def test_worker_processes_give_what_one_process_gives(tmp_path):
    folder = write_library(tmp_path / "lib")
    (folder / "binary.txt").write_bytes(b"\x00\x01")
    with Library.open([folder], cache=Cache.open(tmp_path / "one")) as one, \
         Library.open([folder], cache=Cache.open(tmp_path / "two")) as two:
        one.analyse(jobs=0).wait()
        arrived = [u.row.path for u in two.analyse(jobs=2)]
        assert set(arrived) == {r.path for r in two.rows}
        assert one.rows == two.rows


def test_the_workers_go_on_while_the_caller_holds_a_result(tmp_path):
    # a record is ~100 KB, more than a pipe holds: a thread of the caller's takes the
    # results, so the workers analyse the rest while the caller stores the first
    from tui.library.pool import Pool

    folder = write_library(tmp_path / "lib")
    tasks = [("analyse", str(p)) for p in sorted(folder.rglob("*.txt"))]
    pool = Pool(2)
    try:
        results = pool.run(tasks)
        first = next(results)
        deadline = time.monotonic() + 120
        while pool.waiting < len(tasks) - 1 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert pool.waiting == len(tasks) - 1
        assert {r.path for r in [first, *results]} == {path for _, path in tasks}
    finally:
        pool.close()


def test_cancel_stops_the_workers_and_the_iteration(tmp_path):
    folder = write_library(tmp_path / "lib", {f"{i:03}.txt": ARTICLES["20240503_kaidan.txt"].replace("3日", f"{i}日")
                                               for i in range(40)})
    with Library.open([folder], cache=Cache.open(tmp_path / "cache")) as library:
        run = library.analyse(jobs=2, read_first=False)
        seen = []
        for update in run:
            seen.append(update)
            if len(seen) == 3:
                threading.Thread(target=run.cancel).start()
        assert 3 <= len(seen) < 40
        assert run.cancelled and not library.progress.done
        assert all(not w.process.is_alive() for w in run._pool._workers)
        # what was analysed is kept; the next run does the rest
        again = Library.open([folder], cache=Cache.open(tmp_path / "cache"))
        assert sum(r.analysed for r in again.rows) >= 3
        again.analyse(jobs=0).wait()
        assert again.progress.done
        again.close()


def test_a_crashing_analysis_fails_its_file_only(tmp_path, monkeypatch):
    folder = write_library(tmp_path / "lib")
    (folder / "huge.txt").write_text("見出し\n\n" + "あ" * 20 + "\n", encoding="utf-8")
    import tui.explore

    real = tui.explore.explore

    def explore(article, progress=None, store=None):
        if article.path.endswith("huge.txt"):
            raise MemoryError("out of memory")
        return real(article, progress, store)

    monkeypatch.setattr(tui.explore, "explore", explore)
    with Library.open([folder], cache=Cache.open(tmp_path / "cache")) as library:
        library.analyse(jobs=0).wait()
        huge = next(r for r in library.rows if r.path.endswith("huge.txt"))
        assert huge.state == "failed" and "MemoryError" in huge.problem
        assert sum(r.analysed for r in library.rows) == len(ARTICLES)
        assert [h.row.path for h in library.search("ああ")] == [huge.path]  # literal search still works


def test_a_warm_library_opens_without_loading_the_analysis(tmp_path):
    """The library screen's first frame needs the rows, not the analysis, the
    quotes reader or the search: their imports stay off its path."""
    import subprocess
    import sys

    folder = write_library(tmp_path / "lib")
    with Library.open([folder], cache=Cache.open(tmp_path / "cache")) as library:
        library.analyse(jobs=0).wait()
    code = (
        "import sys, tui.app.library_app\n"
        "from tui.library import Cache, Library\n"
        f"with Library.open([{str(folder)!r}], cache=Cache.open({str(tmp_path / 'cache')!r})) as library:\n"
        "    assert library.progress.done and all(r.analysed for r in library.rows)\n"
        "print(sorted(m for m in sys.modules if m in ('tui.analysis', 'tui.quotes', 'tui.search', 'sudachipy',\n"
        "      'multiprocessing', 'importlib.resources', 'importlib.metadata')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_open_with_first_looks_up_only_the_first_rows_and_recall_the_rest(tmp_path):
    """What a screen shows first comes from the cache before its first
    frame; the other rows are files until :meth:`Library.recall`, and
    nothing is said of the analysis until then."""
    folder = write_library(tmp_path / "lib")
    cache = tmp_path / "cache"
    with Library.open([folder], cache=Cache.open(cache)) as library:
        library.analyse(jobs=0).wait()
        whole = library.rows
    with Library.open([folder], cache=Cache.open(cache), first=1) as library:
        assert library.rows[0] == whole[0]
        assert [(r.state, r.title) for r in library.rows[1:]] == [("new", "20240601_boeki.txt"), ("new", "undated.txt")]
        assert (library.progress.unknown, str(library.progress)) == (2, "")
        assert library.recall() == whole[1:]
        assert library.rows == whole
        assert (library.progress.unknown, str(library.progress)) == (0, "analysed 3/3")
        assert library.recall() == []


def test_a_search_the_people_and_the_analysis_recall_the_rows_first(tmp_path):
    folder = write_library(tmp_path / "lib")
    cache = tmp_path / "cache"
    with Library.open([folder], cache=Cache.open(cache)) as library:
        library.analyse(jobs=0).wait()
        search = library.search("山田太郎")
        search.count()
        expected = (search.summary.matches, search.summary.total)
        people = [(p.name, p.articles) for p in library.people()]
    with Library.open([folder], cache=Cache.open(cache), first=1) as library:
        search = library.search("山田太郎")
        search.count()
        assert (search.summary.matches, search.summary.total) == expected
    with Library.open([folder], cache=Cache.open(cache), first=1) as library:
        assert [(p.name, p.articles) for p in library.people()] == people
    with Library.open([folder], cache=Cache.open(cache), first=1) as library:
        assert [(p.name, p.articles) for p, _ in grouped(library)] == people  # the people screen's
    with Library.open([folder], cache=Cache.open(cache), first=1) as library:
        updates = list(library.analyse(jobs=0))  # the cache knows every file: nothing is analysed again
        assert [(u.row.path, u.row.state) for u in updates] == [(r.path, "analysed") for r in library.rows[1:]]
        assert str(updates[-1].progress) == "analysed 3/3"


def test_files_gone_are_forgotten_when_the_rows_are_recalled(tmp_path):
    folder = write_library(tmp_path / "lib")
    cache = tmp_path / "cache"
    with Library.open([folder], cache=Cache.open(cache)) as library:
        library.analyse(jobs=0).wait()
    (folder / "20240601_boeki.txt").unlink()
    with Library.open([folder], cache=Cache.open(cache), first=1) as library:
        assert library.cache.info().files == 3
        library.recall()
        assert library.cache.info().files == 2
