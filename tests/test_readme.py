"""The README's command-line examples run, and print what the README shows."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def console_examples() -> list[tuple[str, list[str]]]:
    """Each ``$ command`` of the README's console blocks with the lines shown
    under it, up to a ``…`` (which stands for the rest of the output)."""
    examples: list[tuple[str, list[str]]] = []
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for block in re.findall(r"```console\n(.*?)```", readme, flags=re.S):
        for line in block.splitlines():
            if line.startswith("$ "):
                examples.append((line[2:], []))
                shown_all = False
            elif line == "…":
                shown_all = True
            elif examples and not shown_all:
                examples[-1][1].append(line)
    return examples


EXAMPLES = console_examples()


def test_the_readme_has_examples_with_output():
    assert any(shown for _, shown in EXAMPLES)


@pytest.mark.parametrize("command, shown", EXAMPLES, ids=[c for c, _ in EXAMPLES])
def test_readme_example_runs_and_prints_what_the_readme_shows(command, shown, tmp_path):
    for tool in ("jq",):
        if re.search(rf"\b{tool}\b", command) and shutil.which(tool) is None:
            pytest.skip(f"{tool} is not installed")
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ['PATH']}"}
    env.pop("NO_COLOR", None)
    # outside the checkout: the bundled article is named the same from anywhere
    out = subprocess.run(["bash", "-o", "pipefail", "-c", command], cwd=tmp_path, env=env,
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0 and out.stderr == "", out.stderr
    assert out.stdout.splitlines()[: len(shown)] == shown
