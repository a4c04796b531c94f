"""The bundled article, found inside the installed package or the checkout."""

from __future__ import annotations

from pathlib import Path

SEED_NAME = "000_66b4f997ba671b7a.txt"
#: What every output calls the bundled article: its place in the source tree
#: (in an installed package it is ``tui/seeds/`` under site-packages, a path
#: that says nothing to a reader and differs from one machine to the next).
BUNDLED_NAME = f"seeds/{SEED_NAME}"


def bundled_article() -> Path:
    """Path of the bundled article."""
    from importlib import resources  # ~12 ms of imports: not on the path of a library's first frame

    try:
        candidate = resources.files("tui.seeds") / SEED_NAME
        if candidate.is_file():
            return Path(str(candidate))
    except (ModuleNotFoundError, TypeError):
        pass
    return Path(__file__).resolve().parents[2] / "seeds" / SEED_NAME
