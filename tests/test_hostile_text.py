"""Article text that once crashed kiji or made its output grow faster than
the input, one class at a time, each with a generator of its cases.

- whatever is derived from article text is total: a URL that cannot be
  parsed, a numeral past Python's int-conversion limit, characters whose
  Sudachi-normalised form is many times longer than themselves;
- a quote's text is bounded: reported statements never overlap, and a run
  without sentence ends is read in windows, so quotes and the work of the
  reader grow with the text, not with its square.

Sizes are asserted by counting (characters, quotes), never by the clock.
"""

from __future__ import annotations

import json
import sys
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from tui.analysis import analyze, tokenize
from tui.analysis.readings import token_reading
from tui.analysis.tokens import MAX_CHUNK_BYTES, MAX_NORMALIZED_BYTES, chunk_starts, chunks
from tui.cli import main
from tui.quotes import find_speakers
from tui.quotes.sentences import MAX_SENTENCE_CHARS, quote_spans, sentences
from tui.text import SENTENCE_ENDS, parse, split_url, web_url

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # `benchmarks` is a folder of the checkout, not an installed package
    sys.path.insert(0, str(ROOT))


def run(argv: list[str], capsys) -> tuple[int, str, str]:
    """``kiji ARGV`` in this process: exit status, stdout, stderr (an
    exception escaping here would be a traceback on the command line)."""
    capsys.readouterr()
    try:
        code = main(argv)
    except SystemExit as exc:  # argparse
        code = exc.code
    out = capsys.readouterr()
    return code, out.out, out.err


def every_command(path, capsys, query: str = "本文") -> dict[str, tuple[int, str, str]]:
    return {
        "dump": run(["dump", str(path)], capsys),
        "dump --json": run(["dump", "--json", str(path)], capsys),
        "search": run(["search", query, str(path)], capsys),
        "search --json": run(["search", "--json", query, str(path)], capsys),
        "quotes": run(["quotes", str(path)], capsys),
        "quotes --json": run(["quotes", "--format", "json", str(path)], capsys),
    }


def assert_all_succeed(results: dict[str, tuple[int, str, str]]) -> None:
    for name, (code, _, err) in results.items():
        assert code in (0, 1) and err == "", (name, code, err[-500:])


# --- URLs -----------------------------------------------------------------------------

#: Source lines that urllib refuses: an unclosed or stray IPv6 bracket, a bracketed
#: host that is no address, a host that NFKC turns into a path or a user.
MALFORMED_URLS = [
    "http://[::1/wiki/記事", "https://[/", "http://a]b/c", "http://[abc]/x", "http://[::1",
    "http://ex\u2101ample.org/wiki/x", "https://ho\uff0fst/", "http://\uff20evil/",
]

URL_CHARS = st.sampled_from(list("[]:/@?#%.-_~!$&'()*+,;= \u3000\u2101\uff0f\uff20\uff1a") + ["ab", "12", "記事", "::1"])
urls = st.builds(lambda scheme, rest: scheme + "".join(rest),
                 st.sampled_from(["http://", "https://", "HTTP://", "ftp://", "//", ""]),
                 st.lists(URL_CHARS, max_size=12))


@settings(max_examples=300, deadline=None)
@given(urls)
def test_any_source_url_splits_or_is_text(url):
    parts = split_url(url)
    assert parts is None or parts.hostname is None or isinstance(parts.hostname, str)
    article = parse(f"本文です。\n\n出典: {url}\n", "123.txt")
    host = article.source.host if article.source else None
    assert host is None or (web_url(article.source.url) is not None and host == web_url(article.source.url).hostname)


@pytest.mark.parametrize("url", MALFORMED_URLS)
def test_a_malformed_source_url_is_shown_as_it_is_without_host_title_or_link(tmp_path, capsys, url):
    from tui.app.article_view import article_pieces

    path = tmp_path / "0001.txt"
    path.write_text(f"山田太郎氏は「こんにちは」と述べた。\n\n出典: {url}\n", encoding="utf-8")
    results = every_command(path, capsys)
    assert_all_succeed(results)
    doc = json.loads(results["dump --json"][1])
    assert doc["source"]["url"] == url and doc["title_from"] == "lead"
    article = parse(path.read_text(encoding="utf-8"), str(path))
    assert article.source.host is None
    assert article_pieces(article)[-1].link is None


def test_a_well_formed_source_url_still_gives_host_and_title():
    article = parse("本文です。\n\n出典: https://ja.wikinews.org/wiki/ハノイ条約\n", "123.txt")
    assert article.source.host == "ja.wikinews.org" and article.title == "ハノイ条約"


# --- numerals -------------------------------------------------------------------------


@settings(max_examples=30, deadline=None)
@given(st.integers(min_value=1, max_value=12_000), st.sampled_from("0123456789０１２３４５６７８９²①"))
def test_a_digit_run_of_any_length_is_read_without_error(n, digit):
    text = f"参加者は{digit * n}人だった。"
    for tok in tokenize(text):
        token_reading(tok)


def test_numerals_up_to_twenty_digits_are_still_read_as_numbers():
    assert [token_reading(t) for t in tokenize("2500") if t.surface == "2500"] == ["にせんごひゃく"]


def test_a_numeral_past_the_int_conversion_limit_passes_every_command(tmp_path, capsys):
    path = tmp_path / "digits.txt"
    path.write_text(f"本文です。{'9' * 5000}人が参加した。\n\n{'1' * 4301}\n", encoding="utf-8")
    assert_all_succeed(every_command(path, capsys))


# --- characters that grow when normalised -----------------------------------------------


def _growing_characters(ratio: int) -> list[str]:
    """Every character whose NFKC form is at least ``ratio`` times its UTF-8 length."""
    out = []
    for cp in range(0x110000):
        if 0xD800 <= cp < 0xE000:
            continue
        ch = chr(cp)
        if len(unicodedata.normalize("NFKC", ch).encode()) >= ratio * len(ch.encode()):
            out.append(ch)
    return out


GROWING = _growing_characters(3)


def test_there_are_characters_that_grow_many_times_when_normalised():
    assert "\ufdfa" in GROWING and "\u3316" in GROWING and len(GROWING) > 50  # ﷺ, ㌖


@pytest.mark.parametrize("order", ["each repeated", "all interleaved"])
def test_text_of_characters_that_grow_when_normalised_is_tokenised_whole(order):
    if order == "each repeated":
        text = "".join(ch * (MAX_CHUNK_BYTES // 3 // len(GROWING) + 40) for ch in GROWING)
    else:
        text = "".join(GROWING) * (3 * MAX_CHUNK_BYTES // len("".join(GROWING).encode()) + 1)
    text = "本文。" + text + "。" + "\ufdfa" * 6000
    for offset, piece in chunks(text):
        assert len(unicodedata.normalize("NFKC", piece.lower()).encode()) <= MAX_NORMALIZED_BYTES
        assert text[offset : offset + len(piece)] == piece
    toks = tokenize(text)
    assert "".join(t.surface for t in toks) == text
    assert all(a.end == b.start for a, b in zip(toks, toks[1:]))


def test_a_short_text_that_grows_past_the_limit_is_cut_where_the_tokenizer_cuts():
    text = "\ufdfa" * 3000  # 9,000 bytes: one piece by size, 99,000 bytes normalised
    assert chunk_starts(text) == [offset for offset, _ in chunks(text)[1:]] != []


def test_an_article_of_growing_characters_passes_every_command(tmp_path, capsys):
    path = tmp_path / "grow.txt"
    path.write_text("見出し\n\n本文です。" + "\ufdfa" * 2500 + "\n\n" + "㍻㌔" * 1000 + "\n", encoding="utf-8")
    assert_all_succeed(every_command(path, capsys))


# --- short lines are not all subheadings -------------------------------------------------

SHORT_LINES = st.lists(st.text(st.sampled_from("あいう漢字カナ・ー123abc"), min_size=1, max_size=12), min_size=3, max_size=60)


def headings(text: str) -> list[str]:
    return [b.text for b in parse(text, "a.txt").blocks() if b.kind == "heading"]


@settings(max_examples=100, deadline=None)
@given(SHORT_LINES)
def test_a_run_of_short_lines_between_paragraphs_is_no_run_of_subheadings(lines):
    body = "これは本文の段落で、見出しではない長さの文が続いている。"
    assert headings("\n\n".join([body, *lines, body]) + "\n") == []


def test_a_heading_with_a_heading_under_it_is_kept():
    body = "これは本文の段落で、見出しではない長さの文が続いている。"
    text = "\n\n".join([body, "大会二日目結果", "第一試合 盛岡大付 対 作新学院", body, "第二試合", body]) + "\n"
    assert headings(text) == ["大会二日目結果", "第一試合 盛岡大付 対 作新学院", "第二試合"]


def test_100000_one_character_lines_give_no_subheadings():
    text = "\n\n".join("あいうえお"[i % 5] for i in range(100_000)) + "\n"
    article = parse(text, "a.txt")
    assert headings(text) == [] and len(article.sections) == 1


# --- quotes grow with the text ----------------------------------------------------------

#: Statements as a scrape without full stops strings them together.
STATEMENTS = {
    "subject first": "山田氏は経済が回復したと述べ、",
    "subject between": "経済が回復したと山田氏は述べ、",
    "no subject": "また経済が回復したと述べ、",
    "view noun": "山田氏は景気が回復するとの見方を示し、",
    "koto": "山田氏は工場を閉鎖することを明らかにし、",
    "request": "山田氏は住民に避難するよう求め、",
    "space separated": "山田太郎首相は記者会見で経済は回復しつつあると述べた ",
    "direct": "山田氏は「経済は回復した」と述べ、",
}


def quotes_of(text: str) -> list:
    article = parse("山田太郎首相と田中次郎氏が会見した。\n\n" + text + "\n", "a.txt")
    return [q for sp in find_speakers(article, analyze(article)) for q in sp.quotes]


@pytest.mark.parametrize("kind", STATEMENTS)
def test_statements_without_full_stops_never_overlap_and_stay_within_a_window(kind):
    paragraph = STATEMENTS[kind] * 300  # 4,000 to 9,000 characters, no 。
    quotes = quotes_of(paragraph)
    assert len(quotes) >= 100, "every statement is still read"
    assert max(len(q.text) for q in quotes) <= MAX_SENTENCE_CHARS
    spans = sorted((q.start, q.end) for q in quotes)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:])), "no two statements share text"
    assert sum(len(q.text) + len(q.verb) for q in quotes) <= len(paragraph)


@pytest.mark.parametrize("kind", ["subject first", "no subject", "view noun"])
def test_quote_output_grows_linearly_with_a_paragraph_without_full_stops(kind):
    """Four times the statements give four times the quoted characters (it was sixteen)."""
    small, big = (sum(len(q.text) for q in quotes_of(STATEMENTS[kind] * n)) for n in (100, 400))
    assert small > 0 and big <= 4.2 * small


def test_the_second_statement_of_a_sentence_is_its_own_speakers():
    quotes = quotes_of("山田氏は経済が回復したと述べ、田中氏は物価が上がると語った。")
    assert [(q.text, q.verb) for q in quotes] == [("経済が回復した", "と述べ"), ("物価が上がる", "と語った")]


def test_a_statement_continued_in_one_sentence_keeps_its_speaker_and_only_its_words():
    article = parse("山田太郎首相は会見した。\n\n山田首相は経済が回復したと述べ、物価も上がると語った。\n", "a.txt")
    found = [(sp.name, q.text) for sp in find_speakers(article, analyze(article)) for q in sp.quotes]
    assert found == [("山田太郎", "経済が回復した"), ("山田太郎", "物価も上がる")]


SENTENCE_PIECES = st.sampled_from(["山田氏は", "経済が", "回復した", "と述べ", "、", " ", "「", "」", "『", "』", "あ", "。"])


@settings(max_examples=60, deadline=None)
@given(st.lists(SENTENCE_PIECES, min_size=200, max_size=900))
def test_sentences_are_windowed_at_token_starts_outside_quotes(pieces):
    text = "".join(pieces) * 3
    toks = tokenize(text)
    spans = quote_spans(text)
    sents = sentences(text, spans, toks)
    starts = {t.start for t in toks}
    for s in sents:
        if s.end < len(text) and text[s.end - 1] not in SENTENCE_ENDS:  # a cut of the window
            assert s.end in starts
            assert not any(o < s.end <= c for o, c in spans), "never cut inside a quote"
        if s.end - s.start > MAX_SENTENCE_CHARS:  # only a quote longer than the window keeps it whole
            assert any(o < s.start + MAX_SENTENCE_CHARS <= c for o, c in spans)
    assert all(a.end <= b.start for a, b in zip(sents, sents[1:]))


def test_real_sentences_are_never_windowed():
    """The window is for text that lost its full stops: news sentences stay whole."""
    from benchmarks import corpus  # real text: the devset and the seed

    longest = 0
    for para in corpus.paragraphs():
        toks = tokenize(para)
        for s in sentences(para, quote_spans(para), toks):
            longest = max(longest, s.end - s.start)
    assert longest < MAX_SENTENCE_CHARS
