"""``kiji dump --json``, byte for byte, on every real article we have.

The bundled article and the regression articles (``tests/regression``) are compared with the JSON in
``tests/golden/``; the devset beside the checkout (``../shared/devset``, when it
is there) with the SHA-256 of its JSON in ``tests/golden/devset.sha256``. A
refactoring or a speed-up must leave these unchanged; a change of behaviour
changes them on purpose: ``make golden`` rewrites them, and the diff in review
shows what changed. On a mismatch the output is written beside the test run
(pytest's tmp folder) and its path is in the failure message.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from tui.cli import main

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden"
DEVSET = ROOT.parent / "shared" / "devset"
UPDATE = os.environ.get("KIJI_GOLDEN_UPDATE") == "1"

OURS = sorted([ROOT / "seeds" / "000_66b4f997ba671b7a.txt", *(ROOT / "tests" / "regression").glob("*.txt")])
DEVSET_FILES = sorted(DEVSET.glob("*.txt")) if DEVSET.is_dir() else []


def _dump(path: Path, capsys, monkeypatch) -> str:
    monkeypatch.chdir(ROOT)
    rel = os.path.relpath(path, ROOT)
    capsys.readouterr()
    assert main(["dump", rel, "--json"]) == 0
    return capsys.readouterr().out


def _keep(tmp_path: Path, name: str, out: str) -> Path:
    got = tmp_path / name
    got.write_text(out, encoding="utf-8")
    return got


@pytest.mark.parametrize("path", OURS, ids=lambda p: p.stem)
def test_dump_json_is_unchanged(path: Path, capsys, monkeypatch, tmp_path):
    out = _dump(path, capsys, monkeypatch)
    golden = GOLDEN / f"{path.stem}.json"
    if UPDATE:
        golden.write_text(out, encoding="utf-8")
    want = golden.read_text(encoding="utf-8")
    assert out == want, f"kiji dump --json {path.name} changed: see {_keep(tmp_path, golden.name, out)} (make golden if intended)"


@pytest.mark.skipif(not DEVSET_FILES, reason=f"no devset at {DEVSET} (a clean clone without ../shared)")
def test_dump_json_of_the_devset_is_unchanged(capsys, monkeypatch, tmp_path):
    sums = GOLDEN / "devset.sha256"
    got = {}
    for path in DEVSET_FILES:
        got[path.name] = hashlib.sha256(_dump(path, capsys, monkeypatch).encode("utf-8")).hexdigest()
    if UPDATE:
        sums.write_text("".join(f"{h}  {name}\n" for name, h in got.items()), encoding="utf-8")
    want = dict(reversed(line.split("  ", 1)) for line in sums.read_text(encoding="utf-8").splitlines())
    changed = sorted(name for name in got if got[name] != want.get(name))
    if changed:
        for name in changed:
            _keep(tmp_path, name + ".json", _dump(DEVSET / name, capsys, monkeypatch))
    assert not changed, f"kiji dump --json changed for {changed}: outputs in {tmp_path} (make golden if intended)"
