"""Who said what as text: the ``kiji quotes`` table, CSV, Markdown and JSON,
and the JSON form of a speaker that ``kiji dump --json`` shares."""

from __future__ import annotations

import csv
import io
from typing import Any, Sequence

from ..text import to_json, visible
from .model import Speaker


def speaker_dict(speaker: Speaker) -> dict[str, Any]:
    """A speaker as JSON data: ``{name, type, aliases, quotes [{line, kind, text, verb, start, end}]}``."""
    return {
        "name": speaker.name,
        "type": speaker.kind,
        "aliases": list(speaker.aliases),
        "quotes": [
            {"line": q.line, "kind": q.kind, "text": q.text, "verb": q.verb, "start": q.start, "end": q.end, "block": q.block}
            for q in speaker.quotes
        ],
    }


COLUMNS = ("speaker", "line", "kind", "quote")


def _rows(speakers: tuple[Speaker, ...] | list[Speaker]) -> list[tuple[str, str, str, str]]:
    """One row per quote; control characters shown as visible stand-ins (␛, \\x9b),
    so a terminal prints them instead of obeying them and nothing is lost."""
    return [(visible(s.name), str(q.line), q.kind, visible(q.text)) for s in speakers for q in s.quotes]


def _width(text: str) -> int:
    from rich.cells import cell_len

    return cell_len(text)


def render_rows(columns: Sequence[str], rows: Sequence[Sequence[str]], fmt: str, numeric: int = -1) -> str:
    """Rows of text as a ``table`` (columns aligned by display width, the last
    one free), ``csv`` or ``markdown`` (column ``numeric`` right-aligned).
    The cells must already be safe to print (:func:`~tui.text.visible`)."""
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows(rows)
        return buf.getvalue()
    if fmt == "markdown":
        def cell(text: str) -> str:
            return text.replace("\\", "\\\\").replace("|", "\\|")

        rule = "|" + "|".join("---:" if i == numeric else "---" for i in range(len(columns))) + "|"
        out = ["| " + " | ".join(columns) + " |", rule]
        out += ["| " + " | ".join(cell(c) for c in row) + " |" for row in rows]
        return "\n".join(out) + "\n"
    if fmt == "table":
        if not rows:
            return "no quotes found\n"
        last = len(columns) - 1
        widths = [max(_width(r[i]) for r in [columns, *rows]) for i in range(last)]
        lines = ["  ".join(row[i] + " " * (widths[i] - _width(row[i])) for i in range(last)) + "  " + row[last]
                 for row in [columns, *rows]]
        return "\n".join(lines) + "\n"
    raise ValueError(f"unknown format: {fmt}")


def render_quotes(speakers: tuple[Speaker, ...] | list[Speaker], fmt: str = "table") -> str:
    """Who said what as a ``table`` (aligned by display width), ``csv``, ``markdown`` or ``json``."""
    if fmt == "json":
        return to_json({"speakers": [speaker_dict(s) for s in speakers]}) + "\n"
    return render_rows(COLUMNS, _rows(speakers), fmt, numeric=1)
