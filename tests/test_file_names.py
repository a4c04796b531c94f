"""File names and arguments are shown, never obeyed, and never end in a traceback.

A file name may hold an escape sequence (it would set the window title or
clear the screen), a newline (a one-line error would become three) or bytes
that are not UTF-8 (a Shift_JIS name: Python hands them over as lone
surrogates, which cannot be printed). Every command is run on such names as
a real process with real argv bytes; the argv fuzz below throws random bytes
at every option and argument of every command.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tui import cli

#: Raw terminal commands: C0 controls but newline, DEL, the C1 controls.
RAW_CONTROL = re.compile(b"[\x00-\x09\x0b-\x1f\x7f]|\xc2[\x80-\x9f]")
#: Names holding an OSC sequence (sets the window title) and BEL, a newline,
#: a CSI (clears the screen), C1 CSI and an undecodable byte; and 日本 in Shift_JIS.
HOSTILE = b"a\x1b]0;pwned\x07b\nc\x1b[2J\xc2\x9bd\xff.txt"
CP932 = "日本の記事.txt".encode("cp932")
KIJI = Path(sys.executable).with_name("kiji")
ARTICLE = "国連の会議\n\n国連の事務総長は「条約は重要だ」と述べた。\n\n会議には110か国が参加した。\n"


def kiji(*args: str | bytes, cwd: Path) -> subprocess.CompletedProcess:
    """``kiji ARGS`` as a process whose argv holds the bytes given."""
    argv = [os.fsencode(a) for a in (sys.executable, "-m", "tui", *args)]
    return subprocess.run(argv, capture_output=True, timeout=120, stdin=subprocess.DEVNULL, cwd=cwd,
                          env={**os.environ, "LC_ALL": "C.UTF-8", "PYTHONUTF8": "1"})


def assert_clean(out: subprocess.CompletedProcess, codes=(0, 1)) -> None:
    """Exit status one of ``codes``; stdout and stderr UTF-8 with no raw
    control character (bar newline) and no traceback."""
    assert out.returncode in codes, out.stderr.decode(errors="replace")
    for stream in (out.stdout, out.stderr):
        stream.decode("utf-8")  # strict: no undecodable byte written
        assert RAW_CONTROL.search(stream) is None, stream[:500]
        assert b"Traceback" not in stream


@pytest.fixture(scope="module")
def library(tmp_path_factory) -> Path:
    """A folder holding the article under a hostile name, a Shift_JIS name and a plain one."""
    root = tmp_path_factory.mktemp("names")
    for name in (HOSTILE, CP932, b"plain.txt"):
        Path(os.fsdecode(bytes(root) + b"/" + name)).write_text(ARTICLE, encoding="utf-8")
    return root


COMMANDS = [
    ("dump",), ("dump", "--json"), ("search", "国連"), ("search", "国連", "--json"), ("search", "こくれん"),
    ("quotes",), ("quotes", "--format", "csv"), ("quotes", "--format", "markdown"), ("quotes", "--format", "json"),
]


@pytest.mark.parametrize("name", [HOSTILE, CP932], ids=["escapes-newline-invalid", "shift_jis"])
@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_every_command_shows_the_file_name_escaped(library, command, name):
    out = kiji(*command, name, cwd=library)
    assert_clean(out, codes=(0,))
    assert out.stdout, "the article was read"


def test_dump_names_the_file_with_its_bytes_escaped_in_the_outline_and_the_json(library):
    outline = kiji("dump", HOSTILE, cwd=library).stdout.decode()
    assert outline.splitlines()[0].endswith("(a␛]0;pwned␇b␊c␛[2J\\x9bd\\xff.txt, utf-8)")
    doc = json.loads(kiji("dump", "--json", CP932, cwd=library).stdout)
    assert doc["path"] == CP932.decode("utf-8", "backslashreplace")  # \x93\xfa\x96{...: each byte that is no UTF-8
    assert doc["title"] == "国連の会議"


def _paths(doc) -> set[str]:
    """Every ``path`` value anywhere in a JSON document."""
    if isinstance(doc, dict):
        return {v for k, v in doc.items() if k == "path"} | set().union(*map(_paths, doc.values()))
    if isinstance(doc, list):
        return set().union(*map(_paths, doc))
    return set()


#: How the two odd names read in text and, as JSON strings once parsed, in JSON.
SHOWN_TEXT = ["./a␛]0;pwned␇b␊c␛[2J\\x9bd\\xff.txt", "./" + CP932.decode("utf-8", "backslashreplace")]
SHOWN_JSON = {"./a\x1b]0;pwned\x07b\nc\x1b[2J\x9bd\\xff.txt", "./" + CP932.decode("utf-8", "backslashreplace"),
              "./plain.txt"}


@pytest.mark.parametrize("command", [("search", "国連", "."), ("search", "国連", ".", "--json"), ("quotes", "."),
                                     ("quotes", ".", "--format", "json"), ("export", ".")], ids=" ".join)
def test_library_commands_show_every_file_name_escaped_and_read_them_from_the_cache_again(library, command):
    first = kiji(*command, "--jobs", "1", cwd=library)
    assert_clean(first, codes=(0,))
    if "--json" in command or "json" in command:
        assert _paths(json.loads(first.stdout)) == SHOWN_JSON
    elif command[0] == "export":
        assert set().union(*(_paths(json.loads(line)) for line in first.stdout.splitlines())) == SHOWN_JSON
    else:
        for shown in SHOWN_TEXT:
            assert shown.encode() in first.stdout, (shown, first.stdout[:800])
    again = kiji(*command, "--jobs", "1", cwd=library)  # the paths now come back from the cache
    assert_clean(again, codes=(0,))
    assert again.stdout == first.stdout


@pytest.mark.parametrize("args", [
    ("dump", b"missing\x1b]0;pwned\x07\n\xff.txt"),
    ("search", "国連", b"missing\x1b[2J\n.txt"),
    (b"missing\x1b]0;pwned\x07\n\xff.txt",),  # the explorer refuses it before taking the screen
    ("search", b"\xff\xfe"),
    ("search", b"\x93\xfa\x96{"),
    ("quotes", "--format", b"\x1b[2J\xff"),
    ("search", "国連", "--jobs", b"\x1b]0;x\x07"),
    ("--theme", b"\x1b[2J\n\xff"),
], ids=["dump-missing", "search-missing", "explorer-missing", "query-invalid", "query-shift_jis", "format", "jobs",
        "theme"])
def test_a_bad_name_or_argument_is_refused_in_one_clean_line(tmp_path, args):
    out = kiji(*args, cwd=tmp_path)
    assert_clean(out, codes=(2,))
    assert out.stdout == b""
    assert out.stderr.startswith(b"kiji: ") and out.stderr.count(b"\n") == 1, out.stderr


def test_a_query_that_is_not_text_is_refused_naming_its_bytes(tmp_path):
    out = kiji("search", b"\x93\xfa\x96{", cwd=tmp_path)
    assert out.stderr.decode() == "kiji: search: the query '\\x93\\xfa\\x96{' is not valid text (undecodable bytes shown as \\xNN)\n"


# --- argv fuzz: every command, random bytes in every place, in process -------------------------

#: Bytes that make argv hostile: controls, C1 in UTF-8, invalid UTF-8, markup, Japanese.
_PIECES = [b"\x1b", b"\x1b[2J", b"\x1b]0;t\x07", b"\n", b"\r", b"\x00"[:0], b"\x07", b"\xc2\x9b", b"\xff", b"\x80",
           b"\xe3\x81", b"\x93\xfa", b"[", b"[/bold]", b"[@click=app.quit]", b"-", b"--", b"=", b"*", b"/", b".", b" ",
           "国連".encode(), "こくれん".encode(), "述べる".encode(), b"a", b"1", b"0"]
_fragments = st.lists(st.sampled_from(_PIECES) | st.binary(min_size=1, max_size=4), min_size=1, max_size=6).map(b"".join)
#: A path that never exists (the explorer would take the terminal on one that does).
_missing = _fragments.map(lambda b: b"/nonexistent-kiji/" + b.replace(b"\x00", b""))


def _arg(raw: bytes) -> str:
    return os.fsdecode(raw.replace(b"\x00", b""))  # argv cannot hold NUL


@st.composite
def argvs(draw, article: str) -> list[str]:
    command = draw(st.sampled_from(["dump", "search", "quotes", "export", "cache", "explorer"]))
    words = [_arg(b) for b in draw(st.lists(_fragments, max_size=3))]
    options = draw(st.lists(st.sampled_from(["--json", "--format", "--glob", "--jobs", "--theme", "--no-cache",
                                             "--bulk", "--ndjson", "--version"]), max_size=2))
    argv: list[str] = []
    for option in options:
        argv.append(option)
        if option in ("--format", "--glob", "--jobs", "--theme"):
            argv.append(_arg(draw(_fragments)))
    path = draw(st.sampled_from([article, _arg(draw(_missing))]))
    # no random word is a path: "." or "/" would make a library of the whole disk
    if command == "explorer":
        return [*argv, _arg(draw(_missing))]
    if command == "cache":
        return ["cache", draw(st.sampled_from(["info", *words[:1]])), *argv]
    if command == "search":
        query = draw(st.sampled_from(["国連", *words[:1]])) if words else "国連"
        return ["search", query, path, *argv, "--jobs", "1"]
    return [command, path, *argv, "--jobs", "1"] if command != "dump" else ["dump", path, *argv]


@pytest.fixture(scope="module")
def article_path(tmp_path_factory) -> str:
    path = tmp_path_factory.mktemp("fuzz") / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return str(path)


def test_random_argv_bytes_end_in_a_status_and_clean_output(article_path, capsys):
    @settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
    @given(argv=argvs(article_path))
    def check(argv: list[str]) -> None:
        try:
            code = cli.main(argv)
        except SystemExit as exc:  # argparse: a usage error, --help or --version
            code = exc.code
        out, err = capsys.readouterr()
        assert code in (0, 1, 2), (argv, code, err)
        for stream in (out, err):
            raw = stream.encode("utf-8")  # strict: a lone surrogate would raise
            assert RAW_CONTROL.search(raw) is None, (argv, stream[:300])
            assert "Traceback" not in stream
        if code == 2:
            assert err.startswith("kiji: ") and err.count("\n") == 1, (argv, err)

    check()


# --- text built from input is never markup ---------------------------------------------------

APP = Path(cli.__file__).resolve().parent / "app"


def _calls(name: str):
    """``(file, call)`` for every call of ``name`` in the app's code, direct
    (``self.notify(...)``) or handed to ``call_from_thread(self.notify, ...)``."""
    import ast

    for source in sorted(APP.glob("*.py")):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            if (isinstance(func, ast.Attribute) and func.attr == name) or (isinstance(func, ast.Name) and func.id == name):
                yield source.name, node
            elif (isinstance(func, ast.Attribute) and func.attr == "call_from_thread" and node.args
                  and isinstance(node.args[0], ast.Attribute) and node.args[0].attr == name):
                yield source.name, node


def test_every_notification_is_shown_as_text_never_read_as_markup():
    calls = list(_calls("notify"))
    assert len(calls) >= 8, "the app's notifications were found"
    loose = [f"{file}:{call.lineno}" for file, call in calls
             if not any(k.arg == "markup" and getattr(k.value, "value", None) is False for k in call.keywords)]
    assert loose == [], "notify(..., markup=False): a message quoting a file name, a query or an error is text"


def test_no_widget_text_is_a_formatted_string_read_as_markup():
    """Static/Label/update take a plain str as markup: a formatted string must be wrapped in Content or Text."""
    import ast

    calls = [(file, call) for name in ("update", "Static", "Label") for file, call in _calls(name)]
    assert len(calls) >= 10, "the app's widgets were found"
    built = [f"{file}:{call.lineno}" for file, call in calls if call.args and isinstance(call.args[0], ast.JoinedStr)]
    assert built == []


@pytest.mark.parametrize("theme", [b"[/bold]", b"[@click=app.quit]x[/]", b"[b]dark"])
def test_a_theme_name_with_markup_is_refused_as_text(tmp_path, theme):
    out = kiji("--theme", theme, cwd=tmp_path)
    assert_clean(out, codes=(2,))
    assert out.stderr.startswith(b"kiji: unknown theme '" + theme + b"' (choose one of: ansi, dark, light")


# --- the explorer and the library screen in a real terminal --------------------------------------


@pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")
@pytest.mark.parametrize("screen", ["explorer", "library"])
def test_the_screens_show_hostile_file_names_and_never_send_them(library, tmp_path, screen):
    """kiji in tmux, its raw output logged: the names are on the screen made
    visible (the explorer's title taken from the file name, its notification
    when the file changes; the library's paths of its first and last rows), and what reached the terminal
    holds neither the OSC nor the clear-screen of the name, nor a byte that is
    not UTF-8."""
    if screen == "explorer":
        folder = tmp_path / "one"
        folder.mkdir()
        article = Path(os.fsdecode(bytes(folder) + b"/" + HOSTILE))
        article.write_text("国連の事務総長は「条約は重要だ」と述べた。\n", encoding="utf-8")  # no heading: titled by its name
        args, shown = "a*", ["a␛]0;pwned␇b␊c␛[2J\\x9bd\\xff", "changed on disk"]
    else:
        # the first row's path on the status line, then the last row's: titles
        # come from the text once analysed, so a name is shown for good only there
        folder, args, shown = library, ".", ["a␛]0;pwned␇b␊c␛[2J\\x9bd\\xff", "\\x93\\xfa\\x96{\\x82"]
    socket, log = f"kiji-names-{os.getpid()}-{screen}", tmp_path / "raw.log"
    script = tmp_path / "run.sh"
    script.write_text(f"unset COLUMNS LINES\ncd {shlex.quote(str(folder))}\n"
                      f"KIJI_CACHE_DIR={shlex.quote(str(tmp_path / 'cache'))} {shlex.quote(str(KIJI))} {args}\nsleep 30\n")

    def tmux(*a: str) -> str:
        return subprocess.run(["tmux", "-u", "-L", socket, *a], capture_output=True, text=True, check=True).stdout

    def wait_for(text: str) -> None:
        deadline = time.monotonic() + 90
        while text not in (shown_now := tmux("capture-pane", "-p")):
            assert time.monotonic() < deadline, f"{text!r} never appeared:\n{shown_now}"
            time.sleep(0.2)

    env = {**os.environ, "TERM": "xterm-256color", "LANG": "C.UTF-8"}
    subprocess.run(["tmux", "-u", "-L", socket, "new-session", "-d", "-x", "120", "-y", "35", f"sh {script}"],
                   check=True, env=env)
    try:
        tmux("pipe-pane", "-o", f"cat >> {shlex.quote(str(log))}")
        wait_for(shown[0])
        if screen == "explorer":
            with open(article, "a", encoding="utf-8") as f:
                f.write("\n追記。\n")
        else:
            tmux("send-keys", "G")  # the last row: the Shift_JIS name sorts after the others
        wait_for(shown[1])
        tmux("send-keys", "q")
    finally:
        subprocess.run(["tmux", "-L", socket, "kill-server"], capture_output=True)
    raw = log.read_bytes()
    raw.decode("utf-8")  # strict: no raw \xff, \x93 ...
    assert b"]0;pwned" not in raw.replace("␛]0;pwned".encode(), b"")
    assert b"\x1b[2J\xc2\x9b" not in raw and b"\xc2\x9bd" not in raw
