"""How a file is read: its encoding told for sure or refused, never guessed
into mojibake; NUL refused in every encoding; files over the size limit
refused before they are read (the README's "How a file is read")."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tui.text import ArticleError, TooLarge, bundled_article, decode, parse_size, read_bytes

#: Sentences of the bundled article: real prose for the generators.
SENTENCES = [s + "。" for s in re.split("。", bundled_article().read_text(encoding="utf-8")) if s.strip()]
TEXT = "東京都は１日、新しい条例を発表した。\n\n知事は記者会見で「詳しく説明する」と述べた。\n"


# --- encodings ----------------------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-32", "utf-32-le", "utf-32-be"])
def test_utf32_with_a_byte_order_mark_is_read_as_utf32(encoding):
    data = TEXT.encode(encoding)
    if encoding != "utf-32":
        data = {"utf-32-le": b"\xff\xfe\x00\x00", "utf-32-be": b"\x00\x00\xfe\xff"}[encoding] + data
    assert decode(data) == (TEXT, "utf-32")


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-32"])
def test_a_nul_character_is_refused_in_an_encoding_with_a_byte_order_mark(encoding):
    with pytest.raises(ArticleError, match="NUL characters"):
        decode(("記事の本文。\x00続き。\n").encode(encoding))


@pytest.mark.parametrize("encoding, wide", [("utf-16-le", "UTF-16"), ("utf-16-be", "UTF-16"),
                                            ("utf-32-le", "UTF-32"), ("utf-32-be", "UTF-32")])
def test_utf16_or_utf32_without_a_byte_order_mark_is_refused_by_name(encoding, wide):
    with pytest.raises(ArticleError, match=f"looks like {wide} without a byte-order mark"):
        decode(TEXT.encode(encoding))


@pytest.mark.parametrize("text, encoding, mojibake", [
    ("形作った", "utf-16-be", "_bO\\0c0_"), ("模索しています。", "utf-16-le", '!j"}W0f0D0~0Y0\x020'),
    ("国際機関", "utf-16-be", "V\uf8f1麿j_覆"), ("本日午後、外務省", "utf-16-le", ",g蘰HS契\x010\x16YﾙR\x01w"),
    ("、地域機関、民間", "utf-16-be", "0\x01W0Wﾟj_覆0\x01l\x11蕪"),
])
def test_utf16_without_a_byte_order_mark_and_without_ascii_is_refused_not_shown_as_mojibake(text, encoding, mojibake):
    data = text.encode(encoding)
    assert b"\x00" not in data  # nothing says it is UTF-16
    assert mojibake in (data.decode("utf-8", "replace"), data.decode("cp932", "replace"))  # what kiji showed
    with pytest.raises(ArticleError, match="reads as UTF-16 without a byte-order mark"):
        decode(data)


def test_a_text_in_english_is_not_taken_for_utf16_though_its_bytes_read_as_kanji_in_it():
    text = "the world of tomorrow, told here in plain words\n"
    assert decode(text.encode()) == (text, "utf-8")


def test_binary_data_with_nul_bytes_is_still_called_binary():
    with pytest.raises(ArticleError, match="binary"):
        decode(bytes(range(256)) * 4)


@st.composite
def prose(draw) -> str:
    """Real sentences or a piece of one, some lines, maybe with the ASCII taken out (digits, Latin, newlines)."""
    picked = draw(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=6))
    if draw(st.booleans()):  # a fragment: short texts are where encodings are hardest to tell apart
        start = draw(st.integers(0, len(picked[0]) - 1))
        picked = [picked[0][start:start + draw(st.integers(6, 40))]]
    text = draw(st.sampled_from(["\n", "\n\n", ""])).join(picked)
    if draw(st.booleans()):
        text = "".join(ch for ch in text if ord(ch) > 0x7F)
    return text


ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be",
             "cp932", "euc-jp"]
#: Encodings a reader can be sure of: every text in them is read back exactly.
SURE = {"utf-8", "utf-8-sig", "utf-16", "utf-32"}


@settings(max_examples=300, deadline=None)
@given(text=prose(), encoding=st.sampled_from(ENCODINGS))
def test_a_text_in_any_encoding_is_read_back_exactly_or_refused_never_as_other_text(text, encoding):
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        return  # a character the legacy encoding does not have
    try:
        decoded, _ = decode(data)
    except ArticleError:
        assert encoding not in SURE or not text, f"{encoding} is always told for sure"
        return
    assert decoded == text


# --- size ---------------------------------------------------------------------------------------


def kiji(*args: str, cwd: Path, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "tui", *args], capture_output=True, text=True, timeout=120,
                          stdin=subprocess.DEVNULL, cwd=cwd, env={**os.environ, **env})


@pytest.fixture
def sparse(tmp_path) -> Path:
    """A 40 GB file that takes no disk: a hole."""
    path = tmp_path / "huge.txt"
    with open(path, "wb") as f:
        f.truncate(40 << 30)
    assert path.stat().st_blocks == 0
    return path


@pytest.mark.parametrize("command", [["dump"], ["dump", "--json"], ["search", "国連"], ["quotes"], []],
                         ids=["dump", "dump-json", "search", "quotes", "explorer"])
def test_a_40_gb_file_is_refused_in_one_line_before_it_is_read(sparse, command):
    out = kiji(*command, sparse.name, cwd=sparse.parent)
    assert out.returncode == 2 and out.stdout == ""
    assert out.stderr == "kiji: huge.txt: too large to read (40 GB; the limit is 16 MB: --max-size to raise it)\n"


def test_read_bytes_refuses_past_the_limit_and_reads_up_to_it(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"x" * 1000)
    assert read_bytes(path, limit=1000) == b"x" * 1000
    with pytest.raises(TooLarge, match=r"too large to read \(1000 bytes; the limit is 999 bytes"):
        read_bytes(path, limit=999)


@pytest.mark.parametrize("text, size", [("700", 700), ("64M", 64 << 20), ("1.5G", 3 << 29), ("100KiB", 102400),
                                        ("2 MB", 2 << 20)])
def test_a_size_is_bytes_or_a_binary_multiple(text, size):
    assert parse_size(text) == size


def test_max_size_lowers_and_raises_the_limit(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT * 20, encoding="utf-8")  # about 2 KB
    low = kiji("dump", "a.txt", "--max-size", "1K", cwd=tmp_path)
    assert low.returncode == 2 and "too large to read (2.4 KB; the limit is 1 KB" in low.stderr
    assert kiji("dump", "a.txt", "--max-size", "1M", cwd=tmp_path).returncode == 0


def test_the_limit_may_come_from_the_environment_and_a_bad_one_is_refused(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT * 20, encoding="utf-8")
    assert "the limit is 1 KB" in kiji("dump", "a.txt", cwd=tmp_path, KIJI_MAX_SIZE="1K").stderr
    bad = kiji("dump", "a.txt", cwd=tmp_path, KIJI_MAX_SIZE="lots")
    assert bad.returncode == 2 and bad.stderr == ("kiji: KIJI_MAX_SIZE: not a size: 'lots' "
                                                  "(a number of bytes, or with K, M or G: 64M)\n")


def test_a_library_lists_a_file_too_large_with_the_reason_and_reads_the_rest(sparse, tmp_path):
    (tmp_path / "article.txt").write_text(TEXT, encoding="utf-8")
    out = kiji("search", "条例", ".", "--jobs", "1", cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    assert out.stderr == "kiji: ./huge.txt: too large to read (40 GB; the limit is 16 MB: --max-size to raise it)\n"
    assert out.stdout.startswith("./article.txt:1:")


def test_a_library_does_not_remember_a_file_refused_for_its_size(tmp_path):
    (tmp_path / "article.txt").write_text(TEXT * 20, encoding="utf-8")
    (tmp_path / "other.txt").write_text(TEXT, encoding="utf-8")
    refused = kiji("search", "条例", ".", "--jobs", "1", "--max-size", "1K", cwd=tmp_path)
    assert "./article.txt: too large to read" in refused.stderr and "./article.txt:" not in refused.stdout
    again = kiji("search", "条例", ".", "--jobs", "1", cwd=tmp_path)  # the cache's next look at it
    assert again.stderr == "" and "./article.txt:1:" in again.stdout
