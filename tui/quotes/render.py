"""Who said what as text: the ``kiji quotes`` table, CSV, Markdown and JSON,
and the JSON form of a speaker that ``kiji dump --json`` shares."""

from __future__ import annotations

import csv
import io
from typing import Any

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


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))


def _table(rows: list[tuple[str, str, str, str]]) -> str:
    if not rows:
        return "no quotes found\n"
    widths = [max(_width(r[i]) for r in [COLUMNS, *rows]) for i in range(3)]
    lines = []
    for row in [COLUMNS, *rows]:
        lines.append("  ".join(_pad(row[i], widths[i]) for i in range(3)) + "  " + row[3])
    return "\n".join(lines) + "\n"


def _markdown(rows: list[tuple[str, str, str, str]]) -> str:
    def cell(text: str) -> str:
        return text.replace("\\", "\\\\").replace("|", "\\|")

    out = ["| " + " | ".join(COLUMNS) + " |", "|---|---:|---|---|"]
    out += ["| " + " | ".join(cell(c) for c in row) + " |" for row in rows]
    return "\n".join(out) + "\n"


def render_quotes(speakers: tuple[Speaker, ...] | list[Speaker], fmt: str = "table") -> str:
    """Who said what as a ``table`` (aligned by display width), ``csv``, ``markdown`` or ``json``."""
    if fmt == "json":
        return to_json({"speakers": [speaker_dict(s) for s in speakers]}) + "\n"
    rows = _rows(speakers)
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(COLUMNS)
        writer.writerows(rows)
        return buf.getvalue()
    if fmt == "markdown":
        return _markdown(rows)
    if fmt == "table":
        return _table(rows)
    raise ValueError(f"unknown format: {fmt}")
