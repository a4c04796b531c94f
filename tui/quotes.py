"""Speakers and what they said (issue 4).

Core module (no Textual). :func:`find_speakers` reads every prose block
sentence by sentence: direct quotes (「…」 + と + a speech predicate) and
reported speech (Sは…と述べた, …ことを明らかにした, …との考えを示した), each
attributed to a person, a title used alone, an unnamed speaker (担当者) or, for
「」 quotes only, an organisation. The grammar lives in :mod:`tui.attribution`,
the word lists in :mod:`tui.speech`, the people in :mod:`tui.speakers`.
:func:`render_quotes` prints them for ``kiji quotes``.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from .analysis import Analysis
    from .article import Article

SpeakerKind = Literal["person", "organization", "unnamed_person"]


@dataclass(frozen=True)
class Quote:
    """One statement attributed to a speaker."""

    line: int
    kind: Literal["direct", "indirect"]
    text: str
    verb: str
    start: int = 0
    end: int = 0
    """Offsets of ``text`` in the block at ``line``."""


@dataclass(frozen=True)
class Speaker:
    """A person (or organisation) quoted in the article."""

    name: str
    aliases: tuple[str, ...]
    quotes: tuple[Quote, ...]
    kind: SpeakerKind = "person"


def find_speakers(article: Article, analysis: Analysis) -> tuple[Speaker, ...]:
    """The speakers of ``article`` in order of their first quote, quotes in document order."""
    from .attribution import attribute

    return attribute(article, analysis)


# --- kiji quotes ------------------------------------------------------------------

COLUMNS = ("speaker", "line", "kind", "quote")


def _rows(speakers: tuple[Speaker, ...] | list[Speaker]) -> list[tuple[str, str, str, str]]:
    """One row per quote; control characters shown as visible stand-ins (␛, \\x9b),
    so a terminal prints them instead of obeying them and nothing is lost."""
    from .sanitize import visible

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
        from .export import speaker_dict, to_json  # lazily: export imports this module

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
