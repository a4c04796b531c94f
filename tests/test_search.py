"""Search: the four match modes, merging, odd queries and grep-like output."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tui.text import parse, read_article
from tui.text import bundled_article
from tui.search import HIGHLIGHT_ON, Match, SearchIndex, fold, fold_map, render_matches
from tui.search.folding import SHORT_TEXT, FoldMap, fold_clusters


def search(text: str, query: str) -> list[Match]:
    return SearchIndex.build(parse(text)).search(query)


def found(text: str, query: str) -> list[tuple[str, str]]:
    return [(m.text, m.how) for m in search(text, query)]


# --- literal ----------------------------------------------------------------------


def test_literal_folds_full_width_digits_and_punctuation():
    assert found("代表者は２，５００人だった。", "2,500") == [("２，５００", "literal")]


def test_literal_folds_case_and_width_of_latin_letters():
    assert found("ＡＢＣ放送とabc", "Abc") == [("ＡＢＣ", "literal"), ("abc", "literal")]


def test_literal_finds_katakana_from_hiragana_query():
    assert found("ハノイで会議。", "はのい") == [("ハノイ", "literal")]


def test_literal_maps_a_square_unit_back_to_the_original_character():
    assert found("距離は㌔で測る。", "キロ") == [("㌔", "literal")]


def test_literal_maps_half_width_katakana_with_voicing_mark_back():
    assert found("ﾊﾟﾘの街", "パリ") == [("ﾊﾟﾘ", "literal")]


def test_offsets_after_length_changing_folds_point_at_the_original():
    text = "㌔とﾊﾟﾘとハノイ"
    [m] = search(text, "ハノイ")
    assert (m.start, m.end) == (text.index("ハノイ"), len(text))


def test_fold_map_keeps_every_folded_character_inside_its_original():
    text = "ﾊﾟﾘ㌔ＡＢＣß"
    folded, starts, ends = fold_map(text)
    assert folded == "ぱりきろabcss"
    assert [text[s:e] for s, e in zip(starts, ends)] == ["ﾊﾟ", "ﾘ", "㌔", "㌔", "Ａ", "Ｂ", "Ｃ", "ß", "ß"]


def test_regex_metacharacters_are_literal_text():
    assert found("記号.*[(の例", ".*[(") == [(".*[(", "literal")]


def test_regex_metacharacters_do_not_match_other_text():
    assert search("ハノイ条約", ".*") == []


# --- folding: short texts cluster by cluster, long ones in runs -----------------

#: Pieces of a text and how each folds alone: a square unit (one character to
#: two), half-width katakana with its voicing mark (two to one), full-width
#: letters and digits (one to one), a letter with two combining marks (three
#: to two), a kanji with a variation selector (two to one), ß (one to two),
#: two of them side by side, and a cluster at the very end.
FOLDED_PIECES = [("㌔", "きろ"), ("ｶﾞｽ", "がす"), ("ＡＢＣ１２３", "abc123"), ("a\u0323\u0301", "\u1ea1\u0301"),
                 ("葛\U000E0100飾", "葛飾"), ("㌔ß", "きろss"), ("ｶﾞ", "が")]
#: Plain text between the pieces (NFKC already, folds to itself).
FILLER = "会議は続いた。"


def pieces_text(repeat: int) -> tuple[str, list[tuple[str, str]]]:
    pieces = [p for piece in FOLDED_PIECES for p in (piece, (FILLER * repeat, FILLER * repeat))][:-1]
    return "".join(p for p, _ in pieces), pieces


@pytest.mark.parametrize("repeat", [1, 40], ids=["short text", "long text"])
def test_a_text_folds_as_each_of_its_pieces_folds_alone(repeat):
    text, pieces = pieces_text(repeat)
    assert (len(text) < SHORT_TEXT) == (repeat == 1)
    assert fold(text) == "".join(f for _, f in pieces)


@pytest.mark.parametrize("repeat", [1, 40], ids=["short text", "long text"])
def test_every_folded_character_maps_back_to_the_cluster_it_came_from(repeat):
    text, pieces = pieces_text(repeat)
    clusters = {"ｶﾞｽ": ["ｶﾞ", "ｽ"], "a\u0323\u0301": ["a\u0323\u0301"] * 2, "葛\U000E0100飾": ["葛\U000E0100", "飾"],
                "㌔": ["㌔"] * 2, "㌔ß": ["㌔", "㌔", "ß", "ß"], "ｶﾞ": ["ｶﾞ"]}
    expected = [c for piece, _ in pieces for c in clusters.get(piece, list(piece))]
    folded, starts, ends = fold_map(text)
    assert [text[s:e] for s, e in zip(starts, ends)] == expected


def test_a_long_text_that_starts_with_a_combining_mark_keeps_it_where_it_was():
    text = "\u0301" + FILLER * 40 + "ｶﾞ"
    folded, starts, ends = fold_map(text)
    assert folded == "\u0301" + FILLER * 40 + "が"
    assert (starts[0], ends[0]) == (0, 1) and (starts[-1], ends[-1]) == (len(text) - 2, len(text))


def test_a_long_text_folds_the_plain_run_after_its_last_cluster():
    assert fold("ｶﾞ" + "ＡＢＣ" * 100) == "が" + "abc" * 100


def test_a_variation_selector_is_dropped_from_text_that_is_nfkc_already():
    assert fold("葛\U000E0100飾区の辻\ufe00") == "葛飾区の辻"


def test_an_original_offset_folds_to_the_edge_of_its_cluster():
    text = "xｶﾞy"  # folded xがy: ｶﾞ (1..3) is folded が (1..2)
    fmap = FoldMap(fold_clusters(text)[1])
    assert [fmap.folded(o) for o in range(4)] == [0, 1, 1, 2]  # a start inside ｶﾞ: before が
    assert [fmap.folded(o, end=True) for o in range(4)] == [0, 1, 2, 2]  # an end inside ｶﾞ: after が


# --- words ------------------------------------------------------------------------


def test_words_find_an_inflected_verb_by_its_dictionary_form():
    assert found("大臣は成功だと述べた。", "述べる") == [("述べた", "words")]


def test_a_dictionary_form_match_covers_every_auxiliary_of_the_word():
    assert found("大臣は述べませんでした。", "述べる") == [("述べませんでした", "words")]


def test_a_dictionary_form_match_covers_a_conjunctive_te():
    assert found("大臣は述べて去った。", "述べる") == [("述べて", "words")]


def test_a_dictionary_form_match_ends_with_the_word():
    assert found("述べたという。", "述べる") == [("述べた", "words")]


def test_an_adjective_in_dictionary_form_covers_its_inflection():
    assert found("景色が美しかった。", "美しい") == [("美しかった", "words")]


def test_an_inflected_query_matches_only_what_it_names():
    # 述べ is not a dictionary form: the reader asked for these characters
    assert found("大臣は述べた。", "述べ") == [("述べ", "literal")]


def test_words_find_counter_spelling_variants():
    assert found("3ヶ国と72カ国", "か国") == [("ヶ国", "words"), ("カ国", "literal")]


def test_words_find_a_number_written_with_a_thousands_separator():
    assert found("2,500人が出席した。", "2500") == [("2,500", "words")]


def test_words_find_a_suru_verb_in_another_form():
    assert found("条約に署名した。", "署名する") == [("署名した", "words")]


def test_words_run_may_span_a_space_in_the_query():
    assert found("ハノイ条約が発効した。", "ハノイ 条約") == [("ハノイ条約", "words")]


def test_particle_only_query_matches_literally_only():
    assert {how for _, how in found("国の中の人の話", "の")} == {"literal"}


def test_dependent_verb_alone_is_not_searched_as_a_word():
    # いる as a query would otherwise match every い of ている
    assert found("走っている人がいた。", "いる") == [("いる", "literal")]


# --- reading ----------------------------------------------------------------------


def test_reading_finds_kanji_from_a_kana_query():
    assert found("国連の役割が再確認された。", "こくれん") == [("国連", "reading")]


def test_reading_finds_a_run_of_tokens():
    assert found("国際協力の強化が必要だ。", "こくさいきょうりょく") == [("国際協力", "reading")]


def test_reading_accepts_a_katakana_query():
    assert found("国連の役割", "コクレン") == [("国連", "reading")]


def test_a_single_kana_query_is_not_searched_by_reading():
    assert search("子どもが来た。", "こ") == []


def test_reading_never_runs_across_punctuation():
    assert search("国、連合", "くにれんごう") == []


def test_reading_finds_part_of_a_compound():
    # Sudachi reads 教育委員会 as one word; its parts are searched too
    assert found("教育委員会が発表した。", "いいんかい") == [("委員会", "reading")]


def test_a_number_is_found_by_the_reading_the_terms_pane_shows():
    from tui.analysis import analyze

    article = parse("会議には2,500人が参加した。\n")
    (term,) = (t for t in analyze(article).terms if t.text == "2,500人")
    assert term.reading == "にせんごひゃくにん"
    assert [(m.text, m.how) for m in SearchIndex.build(article).search(term.reading)] == [("2,500人", "reading")]


def test_reading_finds_a_suru_verb_by_its_dictionary_form():
    assert found("条約に署名した。", "しょめいする") == [("署名した", "reading")]


# --- synonym ----------------------------------------------------------------------


def test_synonym_finds_an_abbreviation():
    assert found("国連本部で会議。", "国際連合") == [("国連", "synonym")]


def test_synonym_finds_the_full_name_behind_an_abbreviation():
    # 国際連合 is one word in mode C and two in mode A
    assert found("国際連合の本部で会議。", "国連") == [("国際連合", "synonym")]


def test_synonym_run_may_start_with_a_compound():
    assert found("国際連合本部で会議。", "国連本部") == [("国際連合本部", "synonym")]


def test_a_single_character_query_does_not_search_synonyms():
    assert {how for _, how in found("各国の国家が国土を", "国")} == {"literal"}


# --- what is searched, merging and order ------------------------------------------


ARTICLE = """ハノイ条約の調印式

会議はハノイで開かれた。

ハノイでの議論

各国が条約に署名した。

hanoi_photo.jpg
ハノイの会場

出典: https://example.com/hanoi
"""


def test_subheadings_paragraphs_and_captions_are_searched_in_document_order():
    article = parse(ARTICLE)
    matches = SearchIndex.build(article).search("ハノイ")
    assert [(m.line, article.block_at(m.line).kind) for m in matches] == [
        (3, "paragraph"),
        (5, "heading"),
        (10, "caption"),
    ]


def test_image_file_names_and_the_source_url_are_not_searched():
    assert search(ARTICLE, "photo") == []
    assert search(ARTICLE, "example") == []


def test_overlapping_spans_merge_and_keep_the_strongest_mode():
    # 述べる matches literally and as a word at the same place: one literal match
    assert found("述べる人が述べた。", "述べる") == [("述べる", "literal"), ("述べた", "words")]


def test_touching_matches_stay_separate():
    assert [(m.start, m.end) for m in search("ハノイハノイ", "ハノイ")] == [(0, 3), (3, 6)]


def test_match_text_is_always_the_original_slice():
    article = parse(ARTICLE + "\n２，５００人と㌔\n")
    index = SearchIndex.build(article)
    blocks = {b.line: b for b in article.text_blocks()}
    for query in ("ハノイ", "はのい", "2,500", "キロ", "署名する", "こくさい"):
        for m in index.search(query):
            assert m.text == blocks[m.line].text[m.start : m.end]


def test_match_to_dict_has_the_documented_keys():
    m = Match(3, 1, 4, "ハノイ", "literal")
    assert m.to_dict() == {"line": 3, "start": 1, "end": 4, "text": "ハノイ", "how": "literal"}


def test_index_reuses_the_tokens_of_an_analysis(monkeypatch):
    from tui.search import index as search_module
    from tui.analysis import analyze

    article = parse("大臣は成功だと述べた。")
    analysis = analyze(article)
    modes = []
    real = search_module.tokenize
    monkeypatch.setattr(search_module, "tokenize", lambda text, mode="C": modes.append((text, mode)) or real(text, mode))
    SearchIndex.build(article, analysis)
    assert ("大臣は成功だと述べた。", "C") not in modes


def test_index_never_tokenises_a_block_in_mode_a(monkeypatch):
    # mode A comes from splitting the words of mode C that split
    from tui.search import index as search_module
    from tui.search import lexicon as lexicon_module

    modes = []
    real = search_module.tokenize
    spy = lambda text, mode="C": modes.append((text, mode)) or real(text, mode)  # noqa: E731
    monkeypatch.setattr(search_module, "tokenize", spy)
    monkeypatch.setattr(lexicon_module, "tokenize", spy)
    SearchIndex.build(parse("教育委員会が取り組んでいる。"))
    assert modes, "the spy saw no tokenisation at all"
    assert ("教育委員会が取り組んでいる。", "A") not in modes


# --- odd queries ------------------------------------------------------------------


@pytest.mark.parametrize("query", ["", " ", "\u3000", " \t "])
def test_blank_query_matches_nothing(query):
    assert search("ハノイ", query) == []


def test_surrounding_spaces_in_the_query_are_ignored():
    assert found("ハノイで", " ハノイ\u3000") == [("ハノイ", "literal")]


def test_a_newline_in_the_query_separates_words_like_a_space():
    assert found("ハノイ条約", "ハノイ\n条約") == [("ハノイ条約", "words")]


def test_a_5000_character_query_returns_an_answer():
    assert search("ハノイ条約の調印式が開かれた。", "調印" * 2500) == []


def test_a_query_of_control_characters_matches_them_literally():
    assert found("危ない\x1b[31m文字", "\x1b[31m") == [("\x1b[31m", "literal")]


# --- the seed ---------------------------------------------------------------------

SEED_COUNTS = {
    "か国": 5,
    "述べる": 4,
    "はのい": 11,
    "2500": 1,
    "サイバー": 10,
    "こくれん": 2,
    "ハノイ条約": 8,
    "国際連合": 2,
}


@pytest.fixture(scope="module")
def seed_index() -> SearchIndex:
    return SearchIndex.build(read_article(bundled_article()))


@pytest.mark.parametrize("query, count", SEED_COUNTS.items())
def test_seed_query_finds_the_expected_number_of_matches(seed_index, query, count):
    assert len(seed_index.search(query)) == count


# --- grep-like output -------------------------------------------------------------


def test_render_gives_path_line_and_column():
    article = parse("前の段落。\n\n会議はハノイで開かれた。\n", path="a.txt")
    [line] = render_matches(article, SearchIndex.build(article).search("ハノイ"), color=False)
    assert line == "a.txt:3:4: 会議はハノイで開かれた。"


def test_render_highlights_the_match_only_with_color():
    article = parse("会議はハノイで開かれた。", path="a.txt")
    matches = SearchIndex.build(article).search("ハノイ")
    [plain] = render_matches(article, matches, color=False)
    [colored] = render_matches(article, matches, color=True)
    assert "\x1b" not in plain
    assert f"{HIGHLIGHT_ON}ハノイ\x1b[0m" in colored


def test_render_shortens_the_context_around_the_match():
    text = "あ" * 100 + "ハノイ" + "い" * 100
    article = parse(text, path="a.txt")
    [line] = render_matches(article, SearchIndex.build(article).search("ハノイ"), color=False)
    assert line == "a.txt:1:101: …" + "あ" * 30 + "ハノイ" + "い" * 30 + "…"


def test_render_never_passes_control_characters_to_the_terminal():
    article = parse("危ない\x1b[2J文字とハノイ\x9b", path="a\x1bb.txt")
    lines = list(render_matches(article, SearchIndex.build(article).search("ハノイ"), color=False))
    assert lines == ["a␛b.txt:1:11: 危ない␛[2J文字とハノイ\\x9b"]


def test_render_finds_the_source_line_inside_a_hard_wrapped_block(tmp_path):
    path = tmp_path / "wrapped.txt"
    path.write_text("前の段落。\n\n一行目の文章で\n二行目にハノイがある。\n", encoding="utf-8")
    article = read_article(path)
    [line] = render_matches(article, SearchIndex.build(article).search("ハノイ"), color=False)
    assert line.startswith(f"{path}:4:5: ")


def test_render_needs_no_file_to_find_the_source_line_of_a_wrapped_block():
    # the parser keeps where each line starts: the file is not read again
    article = parse("一行目の文章で\n二行目にハノイがある。\n", path="/nonexistent/wrapped.txt")
    [line] = render_matches(article, SearchIndex.build(article).search("ハノイ"), color=False)
    assert line.startswith("/nonexistent/wrapped.txt:2:5: ")


def test_render_counts_columns_past_the_space_joining_latin_lines(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_text("前の段落。\n\nthe Hanoi\nConvention was signed\n", encoding="utf-8")
    article = read_article(path)
    [line] = render_matches(article, SearchIndex.build(article).search("signed"), color=False)
    assert line.startswith(f"{path}:4:16: ")


# --- properties -------------------------------------------------------------------

#: Characters that fold, compose, expand or merely look alike.
TRICKY = "ハノイはのい国連条約㌔ﾊﾟﾘßＡAa２2,，\u0301ヶカか。 \x1b"


@settings(max_examples=150, deadline=None)
@given(text=st.text(alphabet=TRICKY, min_size=1, max_size=30), data=st.data())
def test_matches_are_ordered_disjoint_original_slices(text, data):
    article = parse(text)
    if not article.text_blocks():
        return
    [block] = article.text_blocks()
    start = data.draw(st.integers(0, len(text) - 1))
    query = data.draw(st.one_of(st.just(text[start : start + 3]), st.text(alphabet=TRICKY, min_size=1, max_size=4)))
    matches = SearchIndex.build(article).search(query)
    previous_end = 0
    for m in matches:
        assert m.line == block.line
        assert previous_end <= m.start < m.end <= len(block.text)
        assert m.text == block.text[m.start : m.end]
        previous_end = m.end
    needle = fold(query.strip(" \t\u3000"))
    if needle and needle in fold(block.text):
        assert matches, "a literal occurrence was missed"


# --- hits: counted and read without a list ------------------------------------------


def _walk(hits) -> list:
    out, hit = [], hits.first()
    while hit is not None:
        out.append(hit)
        hit = hits.after(hit.start)
    return out


HITS_TEXT = "ああああ、㌔の国連と国際連合。\n\n国連は２，５００人と述べた。こくれんのあああ。\n\n述べる国連。"
HITS_QUERIES = ["あ", "ああ", "国連", "こくれん", "キロ", "述べる", "国", "の", "2500", "ない"]


@pytest.mark.parametrize("query", HITS_QUERIES)
def test_hits_count_walk_and_number_every_match_as_the_list_does(query):
    index = SearchIndex.build(parse(HITS_TEXT))
    hits = index.find(query)
    listed = hits.matches()
    walked = _walk(hits)
    assert hits.count == len(listed) == len(walked)
    assert [hits.locate(h) for h in walked] == [(m.line, m.start, m.end) for m in listed]
    assert [h.how for h in walked] == [m.how for m in listed]
    assert [hits.index(h) for h in walked] == list(range(len(walked)))
    backwards, hit = [], hits.last()
    while hit is not None:
        backwards.append(hit)
        hit = hits.before(hit.start)
    assert backwards == walked[::-1]


def test_overlapping_literal_occurrences_count_as_a_left_to_right_scan_finds_them():
    hits = SearchIndex.build(parse("ababababa")).find("aba")
    assert hits.count == 2 and [(m.start, m.end) for m in hits.matches()] == [(0, 3), (4, 7)]


def test_a_word_match_takes_in_the_literal_matches_it_overlaps():
    # 述べた is one match (words) holding the literal 述べ; the count says one
    hits = SearchIndex.build(parse("大臣は述べた。")).find("述べる")
    assert hits.count == 1 and [(m.text, m.how) for m in hits.matches()] == [("述べた", "words")]


def test_without_the_word_index_the_literal_matches_are_counted_as_partial():
    from tui.search import LiteralText

    article = parse("国連と国際連合。こくれん。")
    full = SearchIndex.build(article)
    partial = SearchIndex(LiteralText(article.text_blocks()), None).find("国連")
    assert partial.partial and not full.find("国連").partial
    assert [m.text for m in partial.matches()] == ["国連"]
    assert [m.text for m in full.find("国連").matches()] == ["国連", "国際連合"]


def test_the_match_at_an_offset_holds_it_or_comes_next():
    hits = SearchIndex.build(parse("国連と国連と国連。")).find("国連")
    assert hits.locate(hits.at(1))[1:] == (0, 2)
    assert hits.locate(hits.at(2))[1:] == (3, 5)
    assert hits.locate(hits.at(100))[1:] == (6, 8)


def test_the_matches_of_one_block_are_its_own():
    article = parse(HITS_TEXT)
    hits = SearchIndex.build(article).find("国連")
    for b, block in enumerate(article.text_blocks()):
        assert [hits.locate(h) for h in hits.in_block(b)] == [(m.line, m.start, m.end) for m in hits.matches() if m.line == block.line]
