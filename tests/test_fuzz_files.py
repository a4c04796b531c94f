"""Whole files of hostile content through every command (hypothesis).

Each example is a file as bytes: lines of random Unicode (controls,
private use, compatibility characters that grow when normalised, long
digit runs), Japanese statements and brackets cut anywhere, random line
breaks, sometimes a ``出典:`` line with a random (often malformed) URL;
encoded in one of the encodings kiji reads or not (UTF-8 with and without
BOM, UTF-16 and UTF-32 with BOM, cp932, EUC-JP, UTF-16 without BOM), with
random bytes that decode in nothing spliced in. Every command must end with
exit status 0, 1 or 2 (2 with one line on stderr and nothing on stdout),
never an exception (a traceback on the command line), and write output
bounded by a small multiple of the file's size (for ``search``, of the
matches it counts, each one line of bounded context).

Commands run in this process (``tui.cli.main``): the dictionary is loaded
once, and an exception escaping is exactly what would be a traceback.
"""

from __future__ import annotations

import os
import tempfile
from datetime import timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings, strategies as st

from tui.cli import main

#: Characters whose normalised form is many times longer (ﷺ: 11 times), and other compatibility forms.
COMPATIBILITY = "\ufdfa\ufdfb\u337b\u3314\u3316\u3322\ufb00\ufb03\u3231\u2460\u00b2\uff76\uff9e\u2126\u212b\u1e9b\u0130"
#: The pieces statements and quotes are made of, to give the quote reader work.
JAPANESE = ["山田太郎氏は", "首相は", "経済が回復した", "と述べ", "と語った", "ことを明らかにし", "との見方を示し",
            "、", "。", "「", "」", "『", "』", "（", "）", "“", "”", "[", "]", "[/bold]", "出典: ", " ", "\u3000"]
SCHEMES = ["http://", "https://", "ftp://", "//", "", "HTTP://"]
URL_PIECES = ["[", "]", "::1", ":", "/", "@", "?", "#", "%", "%zz", "wiki", "記事", "ex\u2101ample", "\uff0f", "a.b", "\x1b]8;;"]

any_char = st.characters(blacklist_categories=("Cs",))
#: Run lengths: any, and the lengths past kiji's limits (Python's 4,300 digits; 2,000 ﷺ pass Sudachi's 65,535 normalised bytes).
def lengths(*limits: int):
    return st.one_of(st.integers(1, max(limits)), st.sampled_from(limits))


digit_run = st.builds(lambda d, n: d * n, st.sampled_from("0123456789０９"), lengths(21, 4301, 5000))
growing_run = st.builds(lambda c, n: c * n, st.sampled_from(COMPATIBILITY), lengths(1000, 2500, 6000))
#: A few pieces said again and again: a scrape that lost its full stops, a list of statements.
repeated_run = st.builds(lambda parts, n: "".join(parts) * n, st.lists(st.sampled_from(JAPANESE), min_size=1, max_size=6),
                         st.integers(1, 400))
piece = st.one_of(
    st.text(any_char, max_size=20),
    st.sampled_from(JAPANESE),
    st.lists(st.sampled_from(JAPANESE), max_size=12).map("".join),
    st.sampled_from(["\n", "\r\n", "\r", "\n\n", "\x0c", "\u2028", "\x1b[2J", "\ue000\U000f0000"]),
    digit_run,
    growing_run,
    repeated_run,
)
url = st.builds(lambda s, parts: s + "".join(parts), st.sampled_from(SCHEMES), st.lists(st.sampled_from(URL_PIECES), max_size=8))


@st.composite
def article_texts(draw) -> str:
    text = "".join(draw(st.lists(piece, max_size=30)))
    if draw(st.booleans()):
        text += "\n\n" + draw(st.sampled_from(["出典: ", "出典：", "Source: ", "ソース:"])) + draw(url) + "\n"
    return text


ENCODINGS = {
    "utf-8": lambda t: t.encode("utf-8", "surrogatepass"),
    "utf-8-sig": lambda t: t.encode("utf-8-sig"),
    "utf-16": lambda t: t.encode("utf-16"),
    "utf-16-le, no BOM": lambda t: t.encode("utf-16-le"),
    "utf-32": lambda t: t.encode("utf-32"),
    "cp932": lambda t: t.encode("cp932", "replace"),
    "euc-jp": lambda t: t.encode("euc_jp", "replace"),
}


@st.composite
def article_files(draw) -> bytes:
    """An article's text encoded (UTF-8 most often), with undecodable bytes spliced in now and then."""
    data = ENCODINGS[draw(st.sampled_from(["utf-8"] * 4 + sorted(ENCODINGS)))](draw(article_texts()))
    for _ in range(draw(st.sampled_from([0, 0, 0, 1, 2]))):
        at = draw(st.integers(0, len(data)))
        data = data[:at] + draw(st.sampled_from([b"\xff", b"\x80", b"\xc3", b"\xfe\xff", b"\x00", b"\xed\xa0\x80"])) + data[at:]
    return data


#: Output of dump, dump --json and quotes: at most this many bytes per byte of the file, plus a constant.
OUTPUT_PER_BYTE = 12
OUTPUT_FLOOR = 8_000
#: A line of ``kiji search``: the path, line, column and about 2 × 40 characters of context (4 bytes each at most).
SEARCH_LINE_BYTES = 400


def run(argv: list[str], capsys) -> tuple[int, str, str]:
    capsys.readouterr()
    try:
        code = main(argv)
    except SystemExit as exc:  # argparse's own exit
        code = exc.code
    out = capsys.readouterr()
    return code, out.out, out.err


def check(name: str, result: tuple[int, str, str], size: int) -> None:
    code, out, err = result
    assert code in (0, 1, 2), (name, code)
    if code == 2:
        assert out == "" and err.count("\n") == 1 and err.startswith("kiji: "), (name, err)
    else:
        assert err == "", (name, err[-300:])


@settings(max_examples=int(os.environ.get("FUZZ_EXAMPLES", 30)), deadline=timedelta(seconds=120),
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.function_scoped_fixture])
@given(data=article_files(), query=st.one_of(st.sampled_from(["a", "。", "述べる", "こくれん", "1", "\ufdfa"]), st.text(any_char, min_size=1, max_size=3)))
def test_every_command_ends_cleanly_on_any_file_with_bounded_output(data, query, capsys):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fuzz.txt"
        path.write_bytes(data)
        size = len(data)
        for argv in (["dump"], ["dump", "--json"], ["quotes"], ["quotes", "--format", "json"]):
            result = run([*argv, str(path)], capsys)
            check(" ".join(argv), result, size)
            assert len(result[1].encode("utf-8", "surrogatepass")) <= OUTPUT_PER_BYTE * size + OUTPUT_FLOOR, argv
        if not query.strip():
            return  # an empty query is refused before the file is read (test_hostile)
        for argv in (["search", query], ["search", "--json", query]):
            result = run([*argv, str(path)], capsys)
            check(" ".join(argv), result, size)
            if result[0] == 0:
                lines = result[1].count("\n") if "--json" not in argv else result[1].count('"how"')
                assert 0 < lines <= size, argv
                assert len(result[1].encode("utf-8", "surrogatepass")) <= lines * SEARCH_LINE_BYTES + OUTPUT_FLOOR, argv
