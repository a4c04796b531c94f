"""A query's count from the rows stored at analysis (``tui.search.tally``)
equals the full search's count, article by article, on real articles, for
every prefix of queries of every mode: verbs and adjectives in dictionary
form, kana over words written otherwise, romaji, synonyms, phrases."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.search import SearchIndex, Tokens, kana_marks, query_tally, reading_starts, token_table, word_rows
from tui.text import Article, bundled_article, read_article

HERE = Path(__file__).resolve().parent
DEVSET = HERE.parent.parent / "shared" / "devset"
IN_REPO = [Path(bundled_article()), *sorted((HERE / "regression").glob("*.txt")), *sorted((HERE / "regression2").glob("*.txt"))]
#: Whole queries; every prefix of each is counted too.
QUERIES = ["述べる", "語る", "美しい", "開かれる", "行う", "しょめいする", "こくれん", "国際連合", "ハノイ", "警察", "選挙",
           "大統領", "協力を強化", "か国", "カ国", "2500", "kokuren", "hanoi", "tokyo", "yamada", "shomei", "WHO", "した",
           "述べた", "と述べた", "しょ", "こく", "はの", "いう", "言う", "ない", "見る", "みる", "する", "いる", "ここ", "日日"]


def articles() -> list[Article]:
    paths = sorted(DEVSET.glob("*.txt")) or IN_REPO
    return [read_article(str(p)) for p in paths]


def prefixes(queries: list[str]) -> list[str]:
    return list(dict.fromkeys(q[:i] for q in queries for i in range(1, len(q) + 1)))


def stored(index: SearchIndex):
    """What the library keeps of ``index``: folded text, marks, rows, token table."""
    return index.text.folded, (kana_marks(index), reading_starts(index)), word_rows(index), token_table(index)


def tallied(query: str, folded: str, marks, rows: dict[str, bytes], table: bytes) -> int | None:
    found = query_tally(query)
    if found is None:
        return None
    return found.count(folded, marks, {k: rows[k] for k in found.keys if k in rows}, lambda: Tokens(table))


@pytest.fixture(scope="module")
def indexes() -> list[tuple[SearchIndex, tuple]]:
    out = []
    for article in articles():
        index = SearchIndex.build(article)
        out.append((index, stored(index)))
    return out


def queries_of(indexes) -> list[str]:
    """The fixed queries, and from the articles: words, their readings in
    kana and romaji, pieces of text and of readings, every prefix."""
    import jaconv

    out = list(QUERIES)
    for index, _ in indexes[:6]:
        words = index.words
        lexicon, fine = words._lexicon, words._fine
        form = {i: f for f, i in lexicon.forms.items()}
        for p in range(0, len(fine), max(1, len(fine) // 8)):
            lex = fine.lex[p]
            reading = lexicon.reading[lex]
            out += [form[lexicon.dic[lex]], reading, jaconv.kana2alphabet(reading)]
        text = index.text.blocks[len(index.text.blocks) // 2].text
        out += [text[at:at + 2 + at % 5] for at in range(0, 40, 4)]
        out += [fine.reading[at:at + 2 + at % 4] for at in range(0, 120, 9)]
    return prefixes([q for q in out if q.strip() and "\n" not in q])


def test_the_stored_count_is_the_full_search_s_count(indexes):
    queries = queries_of(indexes)
    assert len(queries) > 500
    tallied_counts = 0
    for query in queries:
        for index, (folded, marks, rows, table) in indexes:
            n = tallied(query, folded, marks, rows, table)
            if n is not None:
                assert n == index.find(query).count, (query, index.text.blocks[0].text[:20])
                tallied_counts += 1
    assert tallied_counts > 0.98 * len(queries) * len(indexes)  # all but kana with no byte in the marks


def test_verbs_readings_and_romaji_are_tallied():
    """The queries the literal count cannot vouch for have a tally."""
    for query in ("述べる", "述べ", "しょ", "こく", "ハノ", "kokuren", "tokyo", "のべる", "美しい", "協力を強化", "しょめいする"):
        assert query_tally(query) is not None, query
    assert query_tally("") is None


def _index(tmp_path: Path, text: str) -> SearchIndex:
    path = tmp_path / "a.txt"
    path.write_text("見出し\n\n" + text + "\n", encoding="utf-8")
    return SearchIndex.build(read_article(str(path)))


@pytest.mark.parametrize(("text", "query", "count"), [
    ("述べた。述べる。述べませんでした。", "述べる", 3),  # inflections extend the match
    ("述べる述べる", "述べ", 2),  # two words of the form, each its literal occurrence
    ("書を読む。しょと読む。", "しょ", 2),  # 書 read しょ, and the literal しょ
    ("選挙と国連。せんきょ。", "せんきょ", 2),  # 選挙 read せんきょ, and the literal せんきょ
    ("東京に行く。", "tokyo", 1),  # a long vowel Hepburn leaves out
    ("述べた。", "のべる", 1),  # a word read in its dictionary form
    ("国際 連合と国際連合。", "国際連合", 2),  # a run of mode-A words across a space
    ("国連と国際連合。", "こくれん", 1),  # 国連 read こくれん (こく|れん: a phrase)
    ("署名した。しょめいする。", "しょめいする", 2),  # the last word read in its dictionary form
    ("両国は協力を 強化した。協力を強化する。", "協力を強化", 2),  # a phrase across a space
    ("述べた。述べ。", "述べ", 2),
])
def test_small_texts(tmp_path, text, query, count):
    index = _index(tmp_path, text)
    assert index.find(query).count == count
    assert tallied(query, *stored(index)) == count


@pytest.mark.parametrize(("text", "query"), [("ここここにいる。ここで。", "ここ"), ("日日日の日。", "日日"), ("ああああ", "ああ")])
def test_occurrences_that_overlap_are_counted_as_the_search_keeps_them(tmp_path, text, query):
    index = _index(tmp_path, text)
    assert tallied(query, *stored(index)) == index.find(query).count


def test_an_irregular_folding_needs_the_exact_search(tmp_path):
    index = _index(tmp_path, "㌔の道を述べた。")  # ㌔ folds to きろ: offsets differ
    assert tallied("述べる", *stored(index)) is None
