"""The single-article explorer and the cache: a second open of an analysed
article fills the panes from it, also through the core's child process."""

from __future__ import annotations

import json
import pickle
import sqlite3

from library_fixtures import ARTICLES
from tui.explore import CoreProcess, explore
from tui.library import CACHE_FILE_NAME, ExploreCache
from tui.search import LiteralText, SearchIndex
from tui.text import read_article

TEXT = ARTICLES["20240503_kaidan.txt"]


def mark_cached_speakers(cache_dir, name: str) -> None:
    """Rename every cached speaker: only an answer from the cache can carry the name."""
    with sqlite3.connect(cache_dir / CACHE_FILE_NAME) as db:
        for article_id, speakers in db.execute("SELECT id, speakers FROM articles WHERE analysed = 1").fetchall():
            doc = json.loads(speakers)
            for s in doc:
                s["name"] = name
            db.execute("UPDATE articles SET speakers = ? WHERE id = ?", (json.dumps(doc), article_id))


def test_a_second_open_comes_from_the_cache(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    store = ExploreCache(tmp_path / "cache")
    first = explore(read_article(path), store=store)
    assert [s.name for s in first.speakers] == ["山田太郎", "佐藤花子"]
    mark_cached_speakers(tmp_path / "cache", "(cached)")
    second = explore(read_article(path), store=ExploreCache(tmp_path / "cache"))
    assert [s.name for s in second.speakers] == ["(cached)", "(cached)"]
    assert second.terms == first.terms
    text = LiteralText(read_article(path).text_blocks())
    for query in ("述べる", "きょうりょく", "協力", "やまだ"):
        assert SearchIndex(text, second.index).search(query) == SearchIndex(text, first.index).search(query)
        assert SearchIndex(text, second.index).search(query)


def test_a_changed_file_is_analysed_again(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    explore(read_article(path), store=ExploreCache(tmp_path / "cache"))
    mark_cached_speakers(tmp_path / "cache", "(cached)")
    path.write_text(TEXT.replace("佐藤花子", "高橋次郎"), encoding="utf-8")
    found = explore(read_article(path), store=ExploreCache(tmp_path / "cache"))
    assert [s.name for s in found.speakers] == ["山田太郎", "高橋次郎"]


def test_a_file_changed_after_it_was_read_is_not_stored_under_the_new_bytes(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    article = read_article(path)
    path.write_text(TEXT.replace("佐藤花子", "高橋次郎"), encoding="utf-8")
    store = ExploreCache(tmp_path / "cache")
    explore(article, store=store)
    assert store.open().info().articles == 0


def test_the_store_travels_to_the_core_process(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    store = ExploreCache(tmp_path / "cache")
    assert pickle.loads(pickle.dumps(store)).folder == store.folder
    core = CoreProcess()
    try:
        found = core.call("explore", str(path), store)
        assert [s.name for s in found.speakers] == ["山田太郎", "佐藤花子"]
        mark_cached_speakers(tmp_path / "cache", "(cached)")
        again = core.call("explore", str(path), store)
        assert [s.name for s in again.speakers] == ["(cached)", "(cached)"]
        assert core.call("search", "述べる")  # the index came from the cache too
    finally:
        core.close()


def test_the_cache_gives_back_exactly_the_terms_and_speakers(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("見出し\n\n山田太郎外相は3日、記者会見で\n「協力を強化する」と述べた。\n\n同氏は「経済を立て直す」とも語った。\n",
                    encoding="utf-8")
    first = explore(read_article(path), store=ExploreCache(tmp_path / "cache"))
    again = ExploreCache(tmp_path / "cache").load(read_article(path))  # the cache alone, no analysis
    assert again is not None
    assert (again.terms, again.speakers) == (first.terms, first.speakers)
    assert any(q.block != q.line for s in first.speakers for q in s.quotes)  # a quote on a block's second line


async def test_the_explorer_opens_its_cache_after_the_first_frame_and_says_what_went_wrong(tmp_path):
    """The command line gives the explorer a function that opens the cache:
    the app calls it in its analysis worker, once the article is on screen,
    and shows the cache's warnings as notices; the panes fill all the same."""
    from pilot_waits import analysis_shown, notices_heard, until
    from tui.app import KijiApp

    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    opened = []

    def open_store() -> ExploreCache:
        opened.append(app.view.virtual_size.height)  # the article was laid out before
        store = ExploreCache(blocker / "cache")
        store.open()
        return store

    app = KijiApp([path], store=open_store)
    heard = notices_heard(app)
    async with app.run_test(size=(120, 35)) as pilot:
        await until(pilot, lambda: analysis_shown(app), "the analysis")
        assert len(opened) == 1 and opened[0] > 0
        warnings = [message for severity, _, message in heard if severity == "warning"]
        assert len(warnings) == 1 and "working without a cache" in warnings[0], warnings
        assert [s.name for s in app.speakers] == ["山田太郎", "佐藤花子"]
    assert blocker.read_text() == "not a folder"
