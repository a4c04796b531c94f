"""Project-wide promises: the core stays free of Textual, and the rules stay general."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import tui

PACKAGE = Path(tui.__file__).parent
#: Every module of the package but the explorer itself is core (the core
#: process the explorer starts runs core code only).
UI = {"app.py"}
CORE = sorted(p for p in PACKAGE.glob("*.py") if p.name not in UI)


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def test_core_modules_never_import_textual():
    assert len(CORE) > 10
    for path in CORE:
        assert "textual" not in _imports(path), f"{path.name} imports textual"


def test_dumping_an_article_does_not_load_textual():
    code = "import sys; from tui.cli import main; main(['dump', '--json']); print('textual' in sys.modules, file=sys.stderr)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stderr.strip().endswith("False")
