"""Properties of parsing and analysis over generated articles (hypothesis).

What the parser promises, stated exactly:

1. ``parse`` never raises on any text (decoding is a separate step).
2. Every non-blank source line belongs to exactly one *slot* -- the title
   line, a block (heading, paragraph, image, caption) or the source line --
   and the slots follow the file's order.
3. A block's text is its source lines joined as they stand, with nothing
   inserted except one space between two ASCII letters or digits (so
   hard-wrapped Latin words do not run together). The title is its line as
   it stands. So the slots' texts, spaces between joined ASCII words taken
   out, concatenate back to the file's non-blank lines.
4. Every token span indexes its block exactly: the slice is the token's
   surface, and the tokens tile the text.
5. Every term span is a non-empty slice of its block that is an occurrence of
   the term: its text, a notation variant of it (the same Sudachi normalised
   form: 72か国 / 72カ国), or, for a person, a part of the name (山本 for
   山本美香). Spans of different terms never overlap.
"""

from __future__ import annotations

import string

from hypothesis import HealthCheck, given, settings, strategies as st

from tui.analysis import analyze
from tui.text import Article, decode, is_blank, parse, split_lines
from tui.analysis.tokens import tokenize

#: Real sentences, short heading-like lines and the other line shapes articles have.
SENTENCES = [
    "調印式には、110か国以上、150の国際機関から2,500人を超える代表者が出席しました。",
    "ルオン・タム・クアン公安大臣は、条約の調印式は厳粛に執り行われたと述べた。",
    "「サイバー犯罪は国境を越える」と岸田首相は語った。",
    "ハノイ条約の意義",
    "今後の課題",
    "Cybercrime convention",
    "signed in Hanoi by 72 countries",
    "z7157588517514_1471cc05946c11fe4159fc679254b7e4.jpg",
    "photo 1.png",
    "出典: https://ja.wikipedia.org/wiki/ハノイ条約",
    "ソース：https://example.com/news/1",
    "※写真はイメージです",
    "一、二、三：",
    "ｺｳｱﾝ ﾀﾞｲｼﾞﾝ",
    "🇯🇵👨\u200d👩\u200d👧 😀",
    "か\u3099き\u3099 e\u0301",
    "مرحبا שלום",
    "[bold red]警告[/] [link=https://evil.example]ここ[/link]",
    "\x1b[2J\x1b]0;PWNED\x07\x9b31m",
    "\u3000\u3000字下げの段落。",
]
#: Any character a decoded file can hold in a line (no surrogates, no line breaks).
LINE_CHARS = st.characters(blacklist_categories=("Cs",), blacklist_characters="\r\n")
BLANKS = st.text(alphabet=" \t\u3000", max_size=3)

line = st.one_of(
    st.sampled_from(SENTENCES),
    st.text(LINE_CHARS, min_size=1, max_size=30),
    st.text(string.ascii_letters + string.digits + " .", min_size=1, max_size=15),
    BLANKS,
)
newline = st.sampled_from(["\n", "\r\n", "\r"])


@st.composite
def article_texts(draw) -> str:
    """A file's decoded text: lines of every shape, any line endings."""
    lines = draw(st.lists(line, max_size=25))
    if draw(st.booleans()):  # articles often end with where they came from
        lines += [draw(BLANKS), draw(st.sampled_from(SENTENCES[9:11]))]
    out = ""
    for text in lines:
        out += text + draw(newline)
    if lines and draw(st.booleans()):
        out = out.rstrip("\r\n")  # no final line break
    return out


def joined(lines: list[str]) -> str:
    """The join rule, restated: one space only between two ASCII alphanumerics."""
    out = lines[0]
    for nxt in lines[1:]:
        if out and nxt and _ascii_alnum(out[-1]) and _ascii_alnum(nxt[0]):
            out += " "
        out += nxt
    return out


def _ascii_alnum(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def normalised(text: str) -> str:
    return "".join(t.normalized for t in tokenize(text))


def is_occurrence_of_term(found: str, text: str, category: str) -> bool:
    """Whether the slice ``found`` is an occurrence of the term ``text`` (see 5.)."""
    if found == text:
        return True
    if category == "person" and found and found in text:
        return True
    return bool(found) and normalised(found) == normalised(text)


def assert_term_spans_are_occurrences(texts: dict[int, str], terms) -> None:
    """Property 5 over ``(text, category, spans)`` triples, for an analysis or a dump."""
    spans = []
    for text, category, term_spans in terms:
        for line, start, end in term_spans:
            assert 0 <= start < end <= len(texts[line])
            assert is_occurrence_of_term(texts[line][start:end], text, category), (text, texts[line][start:end])
            spans.append((line, start, end))
    spans.sort()
    for (l1, _, e1), (l2, s2, _) in zip(spans, spans[1:]):
        assert l1 != l2 or e1 <= s2, "spans of terms never overlap"


def slots(article: Article) -> list[tuple[int, int, str, str]]:
    """``(first line, last line, kind, text)`` of the title, every block and the source."""
    out = []
    if article.title_line is not None:
        out.append((article.title_line, article.title_line, "title", article.title))
    out += [(b.line, b.end_line, b.kind, b.text) for b in article.blocks()]
    if article.source is not None:
        out.append((article.source.line, article.source.line, "source", article.source.url))
    return out


PROPERTY = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@PROPERTY
@given(article_texts())
def test_parsing_never_raises_and_counts_every_line(text):
    article = parse(text)
    assert article.line_count == len(split_lines(text))


@PROPERTY
@given(article_texts())
def test_every_nonblank_line_is_in_exactly_one_slot_in_file_order(text):
    lines = split_lines(text)
    article = parse(text)
    covered = [n for first, last, _, _ in slots(article) for n in range(first, last + 1)]
    assert covered == [n for n, ln in enumerate(lines, 1) if not is_blank(ln)]


@PROPERTY
@given(article_texts())
def test_slot_texts_are_their_lines_joined_with_nothing_added_but_spaces_between_latin_words(text):
    lines = split_lines(text)
    article = parse(text)
    for first, last, kind, slot_text in slots(article):
        source = lines[first - 1 : last]
        if kind == "source":
            assert slot_text in source[0]  # the reference, its label cut off
        else:
            assert slot_text == joined(source)
    # hence the texts concatenate back to the file (nothing lost, nothing reordered)
    texts = "".join(joined(lines[f - 1 : l]) if k == "source" else t for f, l, k, t in slots(article))
    assert texts.replace(" ", "") == "".join(ln for ln in lines if not is_blank(ln)).replace(" ", "")


@PROPERTY
@given(article_texts())
def test_text_blocks_are_the_prose_blocks_in_document_order(text):
    article = parse(text)
    assert article.text_blocks() == tuple(b for b in article.blocks() if b.kind != "image")
    for block in article.blocks():
        assert article.block_at(block.line) == block and article.block_at(block.end_line) == block


@PROPERTY
@given(article_texts().filter(lambda t: "\x00" not in t and not t.startswith("\ufeff")))
def test_utf8_bytes_decode_back_to_the_same_text(text):
    # NUL bytes mean a binary file and a leading U+FEFF is a byte-order mark
    assert decode(text.encode("utf-8")) == (text, "utf-8")


@settings(max_examples=150, deadline=None)
@given(st.text(LINE_CHARS | st.sampled_from("。\n"), max_size=200))
def test_tokens_tile_the_text_exactly(text):
    tokens = tokenize(text)
    for tok in tokens:
        assert text[tok.start : tok.end] == tok.surface and tok.start < tok.end
    assert [t.start for t in tokens[1:]] == [t.end for t in tokens[:-1]], "no gap, no overlap"
    assert "".join(t.surface for t in tokens) == text


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=1, max_value=5), st.sampled_from(SENTENCES[:3] + SENTENCES[13:17]))
def test_tokens_of_text_past_the_chunk_limit_still_index_it_exactly(repeat, sentence):
    from tui.analysis.tokens import MAX_CHUNK_BYTES

    text = sentence * (MAX_CHUNK_BYTES // len(sentence.encode()) * repeat // 2 + 1)
    tokens = tokenize(text)
    assert all(text[t.start : t.end] == t.surface for t in tokens)
    assert "".join(t.surface for t in tokens) == text


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(article_texts())
def test_every_token_and_term_span_indexes_its_block_exactly(text):
    article = parse(text)
    analysis = analyze(article)
    blocks = {b.line: b for b in article.text_blocks()}
    assert set(analysis.tokens) == set(blocks)
    for line, tokens in analysis.tokens.items():
        for tok in tokens:
            assert blocks[line].text[tok.start : tok.end] == tok.surface
    texts = {line: b.text for line, b in blocks.items()}
    assert_term_spans_are_occurrences(texts, [(t.text, t.category, t.spans) for t in analysis.terms])
