"""Project-wide promises about the code's shape.

- the import graph of ``tui`` has no cycles;
- the core (everything but ``tui/app/`` and ``tui/cli.py``) never imports
  Textual, nor the app;
- a sub-package's modules are private: from outside it, only its door
  (``__init__``) is imported;
- what runs before a first frame loads only what that frame needs: ``kiji
  dump`` no Textual; ``kiji FILE`` none of the analysis, the cache, the
  library's screens or a child process's machinery until the article is on
  screen (measured at run time, in a fresh interpreter); and no garbage
  collection until the first frame.

The graph is read from the source (every ``import`` statement, inside
functions and ``TYPE_CHECKING`` blocks too), not from what happens to be
loaded at run time.
"""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import tui

PACKAGE = Path(tui.__file__).parent
ROOT = PACKAGE.parent


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES = {_module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}
UI_PREFIXES = ("tui.app", "tui.cli")


def _is_package(name: str) -> bool:
    return MODULES.get(name, Path()).name == "__init__.py"


def _imports(name: str) -> list[tuple[str, int]]:
    """``(imported name, line)`` for every import in module ``name``: absolute
    names as written, relative ones resolved; ``from X import y`` gives
    ``X.y`` when that is a module of ``tui``, else ``X``."""
    path = MODULES[name]
    package = name if _is_package(name) else name.rpartition(".")[0]
    out: list[tuple[str, int]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out.extend((a.name, node.lineno) for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            for a in node.names:
                sub = f"{target}.{a.name}"
                out.append((sub if sub in MODULES else target, node.lineno))
    return out


def _graph() -> dict[str, set[str]]:
    return {name: {t for t, _ in _imports(name) if t in MODULES and t != name} for name in MODULES}


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One cycle of ``graph`` as a list of names (first == last), or None."""
    state: dict[str, int] = {}  # 1: on the path, 2: done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                return path[path.index(nxt):] + [nxt]
            if nxt not in state and (found := visit(nxt)):
                return found
        path.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (found := visit(node)):
            return found
    return None


def test_the_package_has_its_rooms():
    for room in ("tui.text", "tui.analysis", "tui.quotes", "tui.search", "tui.app"):
        assert _is_package(room), room
    assert len(MODULES) > 30


def test_the_import_graph_has_no_cycles():
    cycle = _cycle(_graph())
    assert cycle is None, "import cycle: " + " -> ".join(cycle)


def test_the_cycle_finder_finds_a_cycle():
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert _cycle({"a": {"b"}, "b": set()}) is None


def test_the_core_never_imports_textual_nor_the_app():
    core = [n for n in MODULES if not n.startswith(UI_PREFIXES)]
    assert "tui.explore" in core and "tui.quotes.reader" in core
    for name in core:
        for target, line in _imports(name):
            assert target.split(".")[0] != "textual", f"{MODULES[name]}:{line} imports {target}"
            assert not target.startswith("tui.app"), f"{MODULES[name]}:{line} imports {target}"


def test_private_modules_are_imported_only_from_inside_their_package():
    for name in MODULES:
        for target, line in _imports(name):
            if target not in MODULES or target == "tui":
                continue
            owner = target.rpartition(".")[0]  # the package whose door this module sits behind
            inside = name == owner or name.startswith(owner + ".")
            assert inside, f"{MODULES[name]}:{line} imports {target}, a private module of {owner}: use {owner}'s door"


def test_each_door_names_its_public_api():
    for name, path in MODULES.items():
        if path.name == "__init__.py" and name not in ("tui", "tui.seeds"):
            module = __import__(name, fromlist=["__all__"])
            assert getattr(module, "__all__", None), f"{name} has no __all__"
            for public in module.__all__:
                assert hasattr(module, public), f"{name}.__all__ names {public}, which it does not have"


def test_dumping_an_article_does_not_load_textual():
    code = "import sys; from tui.cli import main; main(['dump', '--json']); print('textual' in sys.modules, file=sys.stderr)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stderr.strip().endswith("False")


#: What the explorer's first frame of a small article does without: the
#: analysis and what only it needs (Sudachi, the search index, the quotes
#: reader), the cache (SQLite, the library), the library's screens, and the
#: machinery of the child process that big articles are analysed in.
NOT_BEFORE_THE_FIRST_FRAME = (
    "tui.analysis", "tui.quotes", "tui.search", "tui.library", "sudachipy", "sqlite3", "multiprocessing",
    "tui.app.library_app", "tui.app.library_screen", "tui.app.people_screen", "tui.app.line_list",
)


def test_the_explorers_first_frame_loads_only_what_it_shows(tmp_path):
    """``kiji`` (the bundled article, the cache on) through the command line,
    headless: the modules loaded when the analysis worker starts, which the
    app starts once the first frame is on screen."""
    code = f"""
import sys
from pathlib import Path
import textual.app
import tui.app
from tui.cli import main

class Probe(tui.app.KijiApp):
    CSS_PATH = Path(sys.modules[tui.app.KijiApp.__module__].__file__).parent / tui.app.KijiApp.CSS_PATH
    loaded = None

    def run(self):
        return textual.app.App.run(self, headless=True, size=(120, 35))

    def analyse(self, *args):
        Probe.loaded = sorted(sys.modules)
        self.exit()

tui.app.KijiApp = Probe
main([])
print([m for m in Probe.loaded if m.startswith({NOT_BEFORE_THE_FIRST_FRAME!r})])
"""
    probe = tmp_path / "probe.py"  # Textual reads an App's source file
    probe.write_text(code, encoding="utf-8")
    out = subprocess.run([sys.executable, str(probe)], capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip().splitlines()[-1] == "[]", out.stdout


def test_no_garbage_collection_before_the_first_frame_and_the_start_frozen_after(tmp_path):
    """``kiji DIR`` (a library the cache knows) through the command line,
    headless: the collector is off while the library's screen is made and
    back on once its first frame is drawn, with what the start made frozen
    out of its collections."""
    from library_fixtures import write_library

    folder = write_library(tmp_path / "lib")
    code = f"""
import gc, sys
from pathlib import Path
import textual.app
import tui.app
from tui.app import library_app
from tui.cli import main

states = []

class Probe(library_app.LibraryApp):
    CSS_PATH = Path(library_app.__file__).parent / library_app.LibraryApp.CSS_PATH

    def run(self):
        return textual.app.App.run(self, headless=True, size=(120, 35))

    def analyse_library(self):
        states.append(("after", gc.isenabled(), gc.get_freeze_count() > 0))
        self.exit()

on_mount = library_app.LibraryScreen.on_mount

def probe_mount(screen):
    states.append(("before", gc.isenabled(), gc.get_freeze_count() > 0))
    on_mount(screen)

library_app.LibraryScreen.on_mount = probe_mount
library_app.LibraryApp = Probe
main([{str(folder)!r}])
print(states, gc.isenabled())
"""
    probe = tmp_path / "probe.py"  # Textual reads an App's source file
    probe.write_text(code, encoding="utf-8")
    env = {**os.environ, "KIJI_CACHE_DIR": str(tmp_path / "cache")}
    out = subprocess.run([sys.executable, str(probe)], capture_output=True, text=True, timeout=120, cwd=ROOT, env=env)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip().splitlines()[-1] == "[('before', False, False), ('after', True, True)] True", out.stdout
