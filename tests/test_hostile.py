"""Hostile and odd articles, end to end through ``kiji dump`` and ``kiji search``.

Every file here is written by the test; the big ones are made of real
Japanese text (the seed, and the devset when it is beside the checkout) by
``benchmarks/corpus.py`` and live only in the test's temporary folder.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # `benchmarks` is a folder of the checkout, not an installed package
    sys.path.insert(0, str(ROOT))

from benchmarks import corpus  # noqa: E402
from test_properties import assert_term_spans_are_occurrences, joined  # noqa: E402  (tests/ is on sys.path)

#: Raw terminal commands: C0 controls but tab, DEL, and the C1 controls.
RAW_CONTROL = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f]")


def kiji(*args: str) -> subprocess.CompletedProcess:
    """Run the installed command; big inputs must still finish well within the timeout."""
    return subprocess.run([sys.executable, "-m", "tui", *args], capture_output=True, text=True,
                          timeout=180, stdin=subprocess.DEVNULL)


def dump(path: Path) -> dict:
    out = kiji("dump", "--json", str(path))
    assert out.returncode == 0 and out.stderr == "", out.stderr[-2000:]
    return json.loads(out.stdout)


def blocks(doc: dict) -> list[dict]:
    """Every block of a dump in document order, subheadings included."""
    out = []
    for section in doc["sections"]:
        if section["title"] is not None:
            out.append({"kind": "heading", "line": section["line"], "text": section["title"]})
        out.extend(section["blocks"])
    return out


def assert_spans_index_their_blocks(doc: dict) -> None:
    texts = {b["line"]: b["text"] for b in blocks(doc)}
    assert_term_spans_are_occurrences(texts, [(t["text"], t["category"], t["spans"]) for t in doc["terms"]])
    for speaker in doc["speakers"]:
        for quote in speaker["quotes"]:
            assert texts[quote["block"]][quote["start"] : quote["end"]] == quote["text"], quote
            assert quote["block"] <= quote["line"], quote  # the line the quote is on, inside its block


def without_origin(doc: dict) -> dict:
    """A dump minus what names the file it came from."""
    return {k: v for k, v in doc.items() if k not in ("path", "encoding", "title")} | {
        "title": doc["title"] if doc["title_from"] != "file" else None
    }


# --- encodings and line endings --------------------------------------------------

ENCODINGS = {
    "utf-8": lambda t: t.encode("utf-8"),
    "utf-8 with BOM": lambda t: t.encode("utf-8-sig"),
    "utf-16 little-endian with BOM": lambda t: b"\xff\xfe" + t.encode("utf-16-le"),
    "utf-16 big-endian with BOM": lambda t: b"\xfe\xff" + t.encode("utf-16-be"),
    "shift_jis (cp932)": lambda t: t.encode("cp932"),
    "euc-jp": lambda t: t.encode("euc-jp"),
}


#: Why the devset's half of a test is skipped in a clean clone (CI has it beside the checkout).
NO_DEVSET = f"no devset at {corpus.DEVSET} (a clean clone without ../shared): the seed alone was tested"


@pytest.fixture(scope="module")
def real_articles() -> dict[str, list[Path]]:
    """The seed, and the devset articles that every encoding can represent
    (none when the devset is not beside the checkout)."""
    out: dict[str, list[Path]] = {"seed": [], "devset": []}
    for path in corpus.source_files():
        text = path.read_text(encoding="utf-8")
        try:
            for encode in ENCODINGS.values():
                encode(text)
        except UnicodeEncodeError:
            continue
        out["seed" if path == corpus.SEED else "devset"].append(path)
    assert out["seed"]
    return out


@pytest.fixture(scope="module")
def reference_dumps(real_articles, tmp_path_factory) -> dict[str, dict]:
    """The dump of each real article saved as plain UTF-8."""
    folder = tmp_path_factory.mktemp("utf8")
    return {p.name: without_origin(dump(corpus.write(folder / p.name, p.read_text(encoding="utf-8"))))
            for paths in real_articles.values() for p in paths}


@pytest.mark.parametrize("articles", ["seed", "devset"])
@pytest.mark.parametrize("encoding", [e for e in ENCODINGS if e != "utf-8"])
def test_every_encoding_of_a_real_article_gives_the_identical_article(tmp_path, real_articles, reference_dumps, encoding, articles):
    if not real_articles[articles]:
        pytest.skip(NO_DEVSET)
    for source in real_articles[articles]:
        encoded = tmp_path / source.name
        encoded.write_bytes(ENCODINGS[encoding](source.read_text(encoding="utf-8")))
        assert without_origin(dump(encoded)) == reference_dumps[source.name], source.name


def test_mixed_line_endings_give_the_same_article_and_line_numbers(tmp_path):
    lines = corpus.SEED.read_text(encoding="utf-8").splitlines()
    endings = ["\r\n", "\n", "\r"]
    mixed = tmp_path / "mixed.txt"
    mixed.write_bytes("".join(ln + endings[i % 3] for i, ln in enumerate(lines)).encode())
    plain = tmp_path / "plain.txt"
    plain.write_bytes("".join(ln + "\n" for ln in lines).encode())
    assert without_origin(dump(mixed)) == without_origin(dump(plain))


# --- odd shapes ---------------------------------------------------------------------


@pytest.mark.parametrize("content", ["", "\n", "\n\n\n\n", " \n\t\n\u3000\u3000\n\r\n\r", "\u3000" * 50])
def test_empty_and_blank_only_files_are_empty_articles(tmp_path, content):
    path = tmp_path / "blank.txt"
    path.write_text(content, encoding="utf-8", newline="")
    doc = dump(path)
    assert blocks(doc) == [] and doc["terms"] == [] and doc["source"] is None
    outline = kiji("dump", str(path))
    assert outline.returncode == 0 and outline.stdout.startswith("blank  (")


def test_one_300_kb_paragraph_without_a_line_break_is_one_block_kept_whole(tmp_path):
    text = corpus.one_paragraph(300 * corpus.KB)
    assert len(text.encode()) > 49_149 * 6, "well past Sudachi's byte limit"
    doc = dump(corpus.write(tmp_path / "long.txt", text + "\n"))
    assert [(b["kind"], b["line"], b["text"]) for b in blocks(doc)] == [("paragraph", 1, text)]
    assert_spans_index_their_blocks(doc)


def test_50000_short_lines_each_a_paragraph_are_all_kept_in_order(tmp_path):
    text = corpus.short_lines(50_000, blank_every=1)
    doc = dump(corpus.write(tmp_path / "many.txt", text))
    lines = [ln for ln in text.splitlines() if ln]
    got = ([doc["title"]] if doc["title_from"] == "line" else []) + [b["text"] for b in blocks(doc)]
    assert got == lines
    assert_spans_index_their_blocks(doc)


def test_50000_short_hard_wrapped_lines_join_into_paragraphs(tmp_path):
    text = corpus.short_lines(50_000, blank_every=7)
    doc = dump(corpus.write(tmp_path / "wrapped.txt", text))
    paragraphs = [joined(p.splitlines()) for p in text.split("\n\n") if p.strip()]
    got = ([doc["title"]] if doc["title_from"] == "line" else []) + [b["text"] for b in blocks(doc)]
    assert got == paragraphs
    assert_spans_index_their_blocks(doc)


#: One paragraph per kind of odd line.
ODD_LINES = {
    "symbols": "※★●◆■▲→←↑↓〒♪…‥・：；！？「」『』【】〔〕《》",
    "emoji": "🇯🇵👨\u200d👩\u200d👧\u200d👦🎌🗾😀👍🏽",
    "half-width katakana": "ｺｳｱﾝﾀﾞｲｼﾞﾝﾊﾟﾝ ｶﾞｯｺｳ ｰ ｡｢ﾊﾉｲ｣､",
    "combining marks": "か\u3099き\u3099く\u3099 e\u0301 Z\u0324\u0354\u0367\u0311\u0313 a\u0308\u0356\u032d\u0308\u0307",
    "right-to-left": "مرحبا بالعالم שלום עולם \u202eevil\u202c",
    "rich markup": "[bold red]危険[/] [link=https://evil.example]こちら[/link] [/] [@click=app.quit]終了[/]",
    "escape sequences": "画面\x1b[2J消去\x1b]0;PWNED\x07題名\x1b]8;;https://evil.example\x1b\\リンク\x1b]8;;\x1b\\\x9b31m赤\x07鳴る",
}
CONTROLLED = ("rich markup", "escape sequences")


@pytest.fixture(scope="module")
def odd_article(tmp_path_factory) -> tuple[Path, list[str]]:
    lines = ["奇妙な記事", *ODD_LINES.values(), "公安大臣は「すべて表示する」と述べた。"]
    path = tmp_path_factory.mktemp("odd") / "odd.txt"
    path.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    return path, lines


def test_odd_lines_are_kept_exactly_and_analysed_without_error(odd_article):
    path, lines = odd_article
    doc = dump(path)
    assert doc["title"] == lines[0]
    assert [b["text"] for b in blocks(doc)] == lines[1:]
    assert_spans_index_their_blocks(doc)


def test_json_dump_escapes_control_characters(odd_article):
    path, _ = odd_article
    out = kiji("dump", "--json", str(path))
    assert not RAW_CONTROL.search(out.stdout.replace("\n", ""))


def test_outline_shows_markup_and_escapes_visibly_and_never_sends_them(odd_article):
    path, _ = odd_article
    out = kiji("dump", str(path))
    assert out.returncode == 0
    assert not RAW_CONTROL.search(out.stdout.replace("\n", "")), "no raw control character reaches the terminal"
    assert "[bold red]危険[/]" in out.stdout and "PWNED" in out.stdout and "␛" in out.stdout


def test_search_output_never_sends_control_characters(odd_article):
    path, _ = odd_article
    out = kiji("search", "赤", str(path))
    assert out.returncode == 0
    assert not RAW_CONTROL.search(out.stdout.replace("\n", "")) and "赤" in out.stdout


# --- odd searches -------------------------------------------------------------------


def search(query: str, path: Path) -> tuple[int, list[dict]]:
    out = kiji("search", "--json", query, str(path))
    assert "Traceback" not in out.stderr
    assert out.returncode in (0, 1), out.stderr
    return out.returncode, json.loads(out.stdout)["matches"]


@pytest.fixture(scope="module")
def searchable(tmp_path_factory) -> tuple[Path, dict[int, str]]:
    """The seed plus lines full of regex metacharacters and punctuation."""
    text = corpus.SEED.read_text(encoding="utf-8").replace(
        "\n\n", "\n\n式は (1+1)*2=4 [注] ^始まり$ a|b {3} \\d+ .*? の通り。\n\n", 1)
    path = corpus.write(tmp_path_factory.mktemp("search") / "search.txt", text)
    texts = {b["line"]: b["text"] for b in blocks(dump(path))}
    return path, texts


def assert_matches_index_their_blocks(matches: list[dict], texts: dict[int, str]) -> None:
    for m in matches:
        assert texts[m["line"]][m["start"] : m["end"]] == m["text"], m


@pytest.mark.parametrize("query", ["(1+1)*2", "[注]", "^始まり$", "a|b", "{3}", "\\d+", ".*?"])
def test_regex_metacharacters_are_searched_as_themselves(searchable, query):
    path, texts = searchable
    code, matches = search(query, path)
    assert code == 0 and [m["text"] for m in matches] == [query]
    assert_matches_index_their_blocks(matches, texts)


@pytest.mark.parametrize("query", [".", ".*", "\\w", "[^a]"])
def test_a_regex_that_would_match_everything_matches_only_itself(searchable, query):
    path, texts = searchable
    _, matches = search(query, path)
    assert all(query in m["text"] or m["text"] in query for m in matches)
    assert_matches_index_their_blocks(matches, texts)


def test_a_5000_character_query_answers_without_error(searchable):
    path, _ = searchable
    assert search("公安大臣" * 1250, path) == (1, [])


@pytest.mark.parametrize("query", [" ", "\u3000\u3000", "\t \t"])
def test_a_query_of_only_whitespace_is_refused_in_one_line(searchable, query):
    path, _ = searchable
    out = kiji("search", query, str(path))
    assert out.returncode == 2 and out.stdout == "" and out.stderr.count("\n") == 1 and "empty" in out.stderr


@pytest.mark.parametrize("query", ["。", "、「」", "！？", "・"])
def test_a_query_of_only_punctuation_finds_it_literally(searchable, query):
    path, texts = searchable
    code, matches = search(query, path)
    assert all(m["text"] == query for m in matches)
    assert_matches_index_their_blocks(matches, texts)
    assert (code == 0) == any(query in t for t in texts.values())


def test_a_query_that_matches_every_character_finds_each_one(tmp_path):
    lines = ["あ" * 40] * 500
    path = corpus.write(tmp_path / "aaa.txt", "\n\n".join(lines) + "\n")
    code, matches = search("あ", path)
    texts = {b["line"]: b["text"] for b in blocks(dump(path))}
    assert code == 0
    covered = {(m["line"], i) for m in matches for i in range(m["start"], m["end"])}
    assert covered == {(line, i) for line, text in texts.items() for i in range(len(text))}
    assert_matches_index_their_blocks(matches, texts)


# --- the explorer -------------------------------------------------------------------


async def test_explorer_shows_odd_lines_as_they_are(odd_article):
    """Symbols, emoji, half-width katakana, combining marks and right-to-left
    text reach the screen unchanged (markup and escapes: test_app.py)."""
    from tui.app import KijiApp

    path, lines = odd_article
    app = KijiApp([path])
    async with app.run_test(size=(200, 60)) as pilot:
        await pilot.pause()
        screen = "\n".join("".join(seg.text for seg in strip) for strip in app.screen._compositor.render_strips())
        for kind in ("symbols", "emoji", "half-width katakana", "combining marks"):
            assert ODD_LINES[kind] in screen, kind
        assert "مرحبا بالعالم שלום עולם" in screen
        assert not RAW_CONTROL.search(screen.replace("\n", ""))
