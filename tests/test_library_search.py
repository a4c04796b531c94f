"""Searching a library: one SQL query for candidates, then the explorer's
own search in each; the same matches as searching every article alone;
literal search before any analysis; ``kiji search QUERY DIR``."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from library_fixtures import ARTICLES, kiji, no_raw_controls, write_library
from tui.library import Cache, Library
from tui.search import SearchIndex
from tui.text import bundled_article

HERE = Path(__file__).resolve().parent
#: The regression articles of the repository (always there) and the devset's
#: real articles, when beside the checkout (a clean clone has none: skipped, saying so).
DEVSET = HERE.parent.parent / "shared" / "devset"
IN_REPO = sorted((HERE / "regression").glob("*.txt")) + sorted((HERE / "regression2").glob("*.txt"))
NO_DEVSET = f"no devset at {DEVSET} (a clean clone without ../shared): the repository's articles alone were tested"
#: Queries of every mode: inflections, readings, synonyms, notation variants, one character, particles.
FIXED_QUERIES = ["述べる", "語る", "こくれん", "国際連合", "しょめいする", "か国", "カ国", "2500", "２，５００", "大統領", "国",
                 "は", "と述べた", "ハノイ", "はのい", "WHO", "who", "協力", "きょうりょく", "開かれる", "行う", "した", "。"]


@pytest.fixture(scope="module", params=["repository", "devset"])
def real_library(request, tmp_path_factory):
    """A library of real articles, analysed: the bundled and the regression
    ones of the repository, or the devset's (skipped when it is absent)."""
    if request.param == "devset":
        sources = sorted(DEVSET.glob("*.txt"))
        if not sources:
            pytest.skip(NO_DEVSET)
    else:
        sources = [Path(bundled_article()), *IN_REPO]
    folder = tmp_path_factory.mktemp(request.param)
    for p in sources:
        shutil.copy(p, folder / p.name)
    library = Library.open([folder], cache=Cache.open(tmp_path_factory.mktemp("cache")))
    library.analyse(jobs=0).wait()
    yield library
    library.close()


def queries_of(library: Library) -> list[str]:
    """The fixed queries and, from each article, some of its terms and their readings."""
    from tui.explore import explore

    out = list(FIXED_QUERIES)
    for row in library.rows[:8]:
        found = explore(library.article(row.path))
        for term in found.terms[:6]:
            out += [term.text, term.reading]
    return list(dict.fromkeys(q for q in out if q.strip()))


def test_the_library_finds_what_searching_each_article_alone_finds(real_library):
    indexes = {r.path: SearchIndex.build(real_library.article(r.path)) for r in real_library.rows}
    queries = queries_of(real_library)
    assert len(queries) > 40
    for query in queries:
        alone = {path: index.search(query) for path, index in indexes.items()}
        search = real_library.search(query)
        together = {h.row.path: list(h.matches) for h in search}
        assert together == {p: m for p, m in alone.items() if m}, query
        assert search.summary.matches == sum(len(m) for m in alone.values())
        assert search.candidates <= len(indexes)


@pytest.mark.parametrize("real_library", ["repository"], indirect=True)  # ハノイ: in the bundled article
def test_a_rare_word_opens_few_articles(real_library):
    """Counted from the texts, the matches read in the articles with one
    only; romaji (never its own text) takes the candidates of one SQL query,
    counted from their words' rows, none searched exactly."""
    search = real_library.search("ハノイ")
    hits = list(search)
    assert hits and search.exact == 0 and search.searched == len(hits) < len(real_library) // 2
    search = real_library.search("hanoi")
    hits = list(search)
    assert hits and search.tallied == search.candidates == len(hits) < len(real_library) // 2 and search.exact == 0


def test_contexts_show_each_match_with_its_surroundings(tmp_path):
    folder = write_library(tmp_path / "lib", {"a.txt": "見出し\n\n会議はハノイで開かれ、\x1b[31m各国が参加した。\n"})
    with Library.open([folder], cache=Cache.open(tmp_path / "cache")) as library:
        library.analyse(jobs=0).wait()
        (hits,) = library.search("各国")
        assert hits.count == 1
        assert hits.contexts == ("会議はハノイで開かれ、␛[31m各国が参加した。",)


def test_while_analysis_runs_literal_matches_are_found_and_the_summary_says_how_much(tmp_path):
    folder = write_library(tmp_path / "lib")
    with Library.open([folder], cache=Cache.open(tmp_path / "cache")) as library:
        run = library.analyse(jobs=0, read_first=True)
        for update in run:
            if update.progress.read == len(ARTICLES):
                run.cancel()
        assert {r.state for r in library.rows} == {"read"}
        literal = library.search("ハノイ")
        (hits,) = literal
        assert hits.literal_only and hits.row.path.endswith("undated.txt")
        assert str(literal.summary) == f"1 in 0/{len(ARTICLES)} articles"
        assert list(library.search("述べる")) == []  # an inflection needs the analysis
        library.analyse(jobs=0).wait()
        words = library.search("述べる")
        assert len(list(words)) == 3 and not any(h.literal_only for h in library.search("述べる"))
        assert str(words.summary) == f"3 in {len(ARTICLES)} articles"


def test_cancel_ends_the_search_at_the_next_article_matching_or_not(tmp_path):
    articles = {f"{i:02}.txt": f"記事{i}\n\n{'ハノイ' if i == 9 else '東京'}で会議が開かれた。\n" for i in range(10)}
    folder = write_library(tmp_path / "lib", articles)
    with Library.open([folder], cache=Cache.open(tmp_path / "cache")) as library:
        library.analyse(jobs=0).wait()
        search = library.search("会議")
        first = next(iter_ := iter(search))
        assert first.row.path.endswith("00.txt")
        search.cancel()  # as a newer query does, from the UI's thread
        assert list(iter_) == [] and search.searched == 1 and not search.summary.done
        late = library.search("ハノイ")  # only the last article matches: nothing is yielded before it
        late.cancel()
        assert list(late) == [] and late.searched == 0


def test_an_empty_query_matches_nothing(tmp_path):
    folder = write_library(tmp_path / "lib")
    with Library.open([folder], cache=Cache.open(tmp_path / "cache")) as library:
        search = library.search(" \u3000")
        assert (list(search), search.candidates, search.summary.done) == ([], 0, True)


# --- kiji search QUERY DIR ---------------------------------------------------------


def test_cli_prints_grep_lines_for_every_file(tmp_path):
    write_library(tmp_path / "lib")
    out = kiji("search", "山田太郎", "lib", cwd=tmp_path)
    assert out.returncode == 0 and out.stderr == ""
    assert out.stdout.splitlines() == [
        "lib/20240503_kaidan.txt:3:1: 山田太郎外相は3日、記者会見で「協力を強化する」と述べた。",
        "lib/20240601_boeki.txt:5:1: 山田太郎外相は「国連と連携する」と強調した。",
        "lib/sub/undated.txt:5:1: 山田太郎外相は「地方の声を聞く」と述べた。",
    ]


def test_cli_searches_several_files_given_by_name(tmp_path):
    folder = write_library(tmp_path / "lib")
    out = kiji("search", "こくれん", str(folder / "20240601_boeki.txt"), str(folder / "sub" / "undated.txt"))
    assert out.returncode == 0
    assert out.stdout == f"{folder / '20240601_boeki.txt'}:5:9: 山田太郎外相は「国連と連携する」と強調した。\n"


def test_cli_json_gives_the_path_of_every_match(tmp_path):
    write_library(tmp_path / "lib")
    out = kiji("search", "述べる", "lib", "--json", cwd=tmp_path)
    doc = json.loads(out.stdout)
    assert doc["query"] == "述べる" and doc["problems"] == []
    assert [(m["path"], m["line"], m["text"], m["how"]) for m in doc["matches"]] == [
        ("lib/20240503_kaidan.txt", 3, "述べた", "words"),
        ("lib/20240601_boeki.txt", 3, "述べた", "words"),
        ("lib/sub/undated.txt", 5, "述べた", "words"),
    ]


def test_cli_exits_1_when_nothing_matches_anywhere(tmp_path):
    write_library(tmp_path / "lib")
    out = kiji("search", "存在しない言葉", "lib", cwd=tmp_path)
    assert (out.returncode, out.stdout, out.stderr) == (1, "", "")


def test_cli_lists_bad_files_on_stderr_and_searches_the_rest(tmp_path):
    folder = write_library(tmp_path / "lib")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02")
    (folder / "legacy.txt").write_bytes("見出し\n\n山田太郎外相は語った。\n".encode("cp932"))
    (folder / "bad\x1b]0;title\x07.txt").write_bytes(b"\x80\xfd\xfe\xa0 not text")
    out = kiji("search", "山田太郎", "lib", cwd=tmp_path)
    assert out.returncode == 0
    assert out.stdout.count("山田太郎") == 4  # the cp932 article too
    errors = out.stderr.splitlines()
    assert len(errors) == 2 and all(e.startswith("kiji: lib/") for e in errors), out.stderr
    assert any("binary" in e for e in errors) and any("cannot decode" in e for e in errors)
    assert no_raw_controls(out.stderr) and "␛]0;title␇" in out.stderr


def test_cli_refuses_a_missing_path_in_one_line(tmp_path):
    write_library(tmp_path / "lib")
    out = kiji("search", "協力", "lib", "nope", cwd=tmp_path)
    assert out.returncode == 2 and out.stdout == ""
    assert out.stderr == "kiji: nope: no such file or folder\n"


def test_cli_refuses_a_folder_without_articles(tmp_path):
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "notes.md").write_text("# notes\n")
    out = kiji("search", "協力", "empty", cwd=tmp_path)
    assert out.returncode == 2 and out.stderr.count("\n") == 1 and "no article files" in out.stderr


def test_cli_says_so_when_no_file_could_be_read(tmp_path):
    (tmp_path / "lib").mkdir()
    (tmp_path / "lib" / "a.txt").write_bytes(b"\x00")
    out = kiji("search", "協力", "lib", cwd=tmp_path)
    assert out.returncode == 2 and out.stderr.splitlines()[-1] == "kiji: search: no article could be read"


def test_cli_glob_takes_other_files(tmp_path):
    write_library(tmp_path / "lib", {"a.md": "見出し\n\nハノイで会議が開かれた。\n", "b.txt": "見出し\n\nハノイの話。\n"})
    out = kiji("search", "ハノイ", "lib", "--glob", "*.md", cwd=tmp_path)
    assert out.stdout.splitlines() == ["lib/a.md:3:1: ハノイで会議が開かれた。"]


def count_queries(library: Library) -> list[str]:
    """Queries of every shape from every article: its terms, their readings
    (kana and romaji), each term's first character and first two, and the
    fixed ones; synonyms come with 国際連合, 国連 and the terms."""
    import jaconv

    from tui.explore import explore

    from tui.search import SearchIndex

    out = list(FIXED_QUERIES) + ["国連", "アメリカ", "米国", "警察", "選挙", "述べ", "しょ", "こく", "kokuren", "hanoi", "yamada"]
    for row in library.rows:
        article = library.article(row.path)
        for term in explore(article).terms[:12]:
            out += [term.text, term.text[:1], term.text[:2], term.reading, term.reading[:2]]
            if term.reading:
                out.append(jaconv.kana2alphabet(jaconv.kata2hira(term.reading)))
        # pieces of the text and of its readings, two to six characters: phrases of several words, kana
        blocks = article.text_blocks()
        text = blocks[len(blocks) // 2].text if blocks else ""
        readings = SearchIndex.build(article).words._fine.reading
        for at in range(0, 60, 6):
            out += [text[at:at + 2 + at % 5], readings[at * 3:at * 3 + 2 + at % 4]]
    return list(dict.fromkeys(q for q in out if q.strip() and "\n" not in q))


def test_the_count_is_the_exhaustive_search_s_count_in_every_article(real_library):
    """The count (literal counts where the cache shows them to be the
    count) equals, article by article, what the full search finds, for
    hundreds of queries: one character, kana, kanji, romaji, synonyms."""
    indexes = {r.path: SearchIndex.build(real_library.article(r.path)) for r in real_library.rows}
    queries = count_queries(real_library)
    assert len(queries) > 300
    exact = candidates = 0
    for query in queries:
        alone = {path: n for path, index in indexes.items() if (n := index.find(query).count)}
        search = real_library.search(query)
        assert search.count()
        assert search.counts == alone, query
        assert search.summary.matches == sum(alone.values()) and search.summary.articles == len(alone), query
        assert search.summary.counted and not search.summary.done
        exact += search.exact
        candidates += search.candidates
    assert exact < candidates / 2  # most articles are counted from their text alone


def test_matches_whose_text_is_not_the_query_s_are_counted(tmp_path):
    """Phrases across a space (協力を 強化 for 協力を強化), readings of other
    text (国連 for こくれん), synonyms (国連 for 国際連合) and inflections
    (述べた for 述べる): counted where they are, with the literal ones; the
    articles where they are counted from their words' rows (tallied), none
    searched exactly, the rest from their text."""
    folder = write_library(tmp_path / "lib", {
        "a.txt": "見出し\n\n両国は協力を 強化した。協力を強化する。\n",
        "b.txt": "見出し\n\n国連の会議。こくれんと読む。\n",
        "c.txt": "見出し\n\n国際連合と国連。述べた。述べる。\n",
        "d.txt": "見出し\n\n協力を強化する。こくれんと読む。国際連合。述べる。\n",
        "e.txt": "見出し\n\n選挙があった。せんきょと読む。\n",
        "f.txt": "見出し\n\nせんきょと読む。\n"})
    with Library.open([folder], cache=Cache.open(tmp_path / "cache")) as library:
        library.analyse(jobs=0).wait()
        for query, counts, exact, tallied in (("協力を強化", {"a.txt": 2, "d.txt": 1}, 0, 1),
                                              ("こくれん", {"b.txt": 2, "c.txt": 1, "d.txt": 1}, 0, 3),
                                              ("せんきょ", {"e.txt": 2, "f.txt": 1}, 0, 1),
                                              ("国際連合", {"b.txt": 1, "c.txt": 2, "d.txt": 1}, 0, 2),
                                              ("述べる", {"c.txt": 2, "d.txt": 1}, 0, 2)):
            search = library.search(query)
            assert search.count()
            assert {Path(p).name: n for p, n in search.counts.items()} == counts, query
            assert (search.exact, search.tallied) == (exact, tallied), query


def test_a_word_whose_text_differs_from_the_query_is_counted_from_its_rows(tmp_path):
    """箇国 finds か国 and ヶ国 (one normalised form): an article holding
    ヶ国 has a match that is no literal occurrence, so it is counted from
    its words' rows; one holding only 箇国 is counted from its text. か国 is
    not the normalised form's text: every article with a word of that form
    is counted from its rows."""
    folder = write_library(tmp_path / "lib", {"a.txt": "見出し\n\n十箇国が参加した。\n",
                                              "b.txt": "見出し\n\n十ヶ国が参加した。五箇国も。\n",
                                              "c.txt": "見出し\n\n参加した。\n"})
    with Library.open([folder], cache=Cache.open(tmp_path / "cache")) as library:
        library.analyse(jobs=0).wait()
        search = library.search("箇国")
        assert search.count()
        assert {Path(p).name: n for p, n in search.counts.items()} == {"a.txt": 1, "b.txt": 2}
        assert (search.tallied, search.exact) == (1, 0)
        search = library.search("か国")
        assert search.count()
        assert {Path(p).name: n for p, n in search.counts.items()} == {"a.txt": 1, "b.txt": 2}
        assert (search.tallied, search.exact) == (2, 0)


def test_a_reading_inside_a_word_or_a_phrase_without_each_word_needs_no_exact_search(tmp_path):
    """こく inside かんこく (韓国) is no reading match (a reading covers whole
    words), and こくれ (こく + れ of れる) cannot match where no こく is: the
    articles are counted from their text alone, and the counts are right."""
    texts = {"a.txt": "見出し\n\n韓国の首都。記事が書かれた。\n", "b.txt": "見出し\n\nこくと読む。こくれと書く。\n"}
    folder = write_library(tmp_path / "lib", texts)
    with Library.open([folder], cache=Cache.open(tmp_path / "cache")) as library:
        library.analyse(jobs=0).wait()
        indexes = {r.path: SearchIndex.build(library.article(r.path)) for r in library.rows}
        for query in ("こく", "こくれ"):
            search = library.search(query)
            assert search.count()
            assert search.counts == {p: n for p, index in indexes.items() if (n := index.find(query).count)}, query
            assert search.counts and search.exact == 0, query


def test_a_damaged_token_table_sends_its_article_to_the_exact_search(tmp_path):
    """書 read しょ: the count of しょ reads the article's token table; one
    cut short in the cache means the exact search, and the same count."""
    import sqlite3

    from tui.library import CACHE_FILE_NAME

    folder = write_library(tmp_path / "lib", {"a.txt": "見出し\n\n書を読む。しょと読む。\n", "b.txt": "見出し\n\n書と書。\n"})
    with Library.open([folder], cache=Cache.open(tmp_path / "cache")) as library:
        library.analyse(jobs=0).wait()
        expected = {r.path: n for r in library.rows if (n := SearchIndex.build(library.article(r.path)).find("しょ").count)}
        search = library.search("しょ")
        assert search.count() and search.counts == expected and (search.tallied, search.exact) == (2, 0)
    with sqlite3.connect(tmp_path / "cache" / CACHE_FILE_NAME) as conn:
        conn.execute("UPDATE articles SET tokens = substr(tokens, 1, 10) WHERE id = (SELECT min(id) FROM articles)")
    with Library.open([folder], cache=Cache.open(tmp_path / "cache")) as library:
        search = library.search("しょ")
        assert search.count() and search.counts == expected and (search.tallied, search.exact) == (1, 1)


def test_a_long_count_reports_the_articles_counted_so_far(real_library):
    """A count that goes through articles one by one (a verb in dictionary
    form: every candidate, from its words' rows) reports as it goes: each report's list of articles is
    the beginning of the final one, with the same counts, its summary not
    counted yet; the last report is the whole count."""
    seen: list[tuple[list, int, bool]] = []
    search = real_library.search("述べる")
    assert search.count(lambda: seen.append((search.by_article, search.summary.matches, search.summary.counted)), every=0)
    final = search.by_article
    assert final and len(seen) >= 2
    for articles, matches, counted in seen:
        assert final[:len(articles)] == articles and not counted
        assert matches == sum(a.count for a in articles)
    assert len(seen[-1][0]) < len(final) or seen[-1][1] == search.summary.matches
    assert [len(a) for a, _, _ in seen] == sorted(len(a) for a, _, _ in seen)
