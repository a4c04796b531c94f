"""Organisations found against the gold's: ``python scripts/org_scores.py [FOLDER ...] [-v]``.

Each FOLDER holds articles and a ``gold.json`` in the development set's
schema (default: ``../shared/devset`` and every ``tests/regression3/set*``).
An organisation counts as right when kiji's term has exactly the gold's
string (as the devset's scorer compares persons); precision and recall are
over the folder's articles. ``-v`` lists each article's misses and extras.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tui.analysis import analyze  # noqa: E402
from tui.text import read_article  # noqa: E402


def score(folder: Path, verbose: bool) -> str:
    right = extra = missed = 0
    for gold in json.loads((folder / "gold.json").read_text(encoding="utf-8")):
        terms = analyze(read_article(folder / gold["file"])).terms
        got = {t.text for t in terms if t.category == "organization"}
        want = set(gold["organizations"])
        right, extra, missed = right + len(got & want), extra + len(got - want), missed + len(want - got)
        if verbose and got != want:
            print(f"  {gold['file']}: missed {sorted(want - got)} extra {sorted(got - want)}")
    p = right / (right + extra) if right + extra else 0.0
    r = right / (right + missed) if right + missed else 0.0
    return f"{folder.name}: organisations P={p:.2f} R={r:.2f} ({right} right, {extra} extra, {missed} missed)"


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    folders = [Path(a) for a in argv if a != "-v"] or [ROOT.parent / "shared" / "devset", *sorted((ROOT / "tests" / "regression3").glob("set*"))]
    for folder in folders:
        if not (folder / "gold.json").is_file():
            print(f"{folder}: no gold.json", file=sys.stderr)
            return 2
        print(score(folder, verbose), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
