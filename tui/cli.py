"""The ``kiji`` command: open the explorer, or dump, search and list quotes.

Errors end here: every :class:`ArticleError` becomes one line on stderr and
exit status 2, never a traceback.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Sequence

from . import __version__
from .text import Article, ArticleError, bundled_article, read_article

COMMANDS = ("open", "dump", "search", "quotes")
EXIT_OK, EXIT_NO_MATCH, EXIT_ERROR = 0, 1, 2


class UsageError(Exception):
    """A command line that cannot be carried out (exit status 2)."""


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line on stderr (and exit status 2)."""

    def error(self, message: str):  # type: ignore[override]
        self.exit(EXIT_ERROR, f"kiji: {message} (see {self.prog} --help)\n")


def _parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog="kiji",
        description="A terminal explorer for Japanese news articles.",
        epilog="With no command, opens PATH (default: the bundled article) in the explorer.",
    )
    p.add_argument("--version", action="version", version=f"kiji {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    op = sub.add_parser("open", help="open articles in the explorer (the default)")
    op.add_argument("paths", nargs="*", type=Path, metavar="PATH", help="article files or folders of .txt files")
    op.add_argument("--theme", help="colour theme (e.g. ansi, textual-dark, nord)")

    dp = sub.add_parser("dump", help="print the parsed article: an outline, or JSON with --json")
    dp.add_argument("path", nargs="?", type=Path, metavar="PATH")
    dp.add_argument("--json", action="store_true", help="print JSON (schema 1)")

    sp = sub.add_parser("search", help="search an article like the explorer's search box")
    sp.add_argument("query")
    sp.add_argument("path", nargs="?", type=Path, metavar="PATH")
    sp.add_argument("--json", action="store_true", help="print JSON")

    qp = sub.add_parser("quotes", help="list who said what")
    qp.add_argument("path", nargs="?", type=Path, metavar="PATH")
    qp.add_argument("--format", choices=("table", "csv", "markdown", "json"), default="table")
    return p


def _load(path: Path | None) -> Article:
    return read_article(path if path is not None else bundled_article())


def _terms_and_speakers(article: Article, terms: bool = True):
    """The terms and speakers of ``article``, without keeping its tokens: the
    quotes reader asks for each block's tokens once, and the term rules run
    on them then (10 MB article: ~330 MB of tokens never held at once).
    Without ``terms`` the term rules are skipped and the terms are empty."""
    from .analysis import analyze_on_demand
    from .quotes import find_speakers

    analysis, tokens = analyze_on_demand(article, terms=terms)
    speakers = find_speakers(article, analysis)
    return tokens.terms(), speakers


def cmd_dump(args: argparse.Namespace) -> int:
    from .export import article_dict, outline
    from .text import json_chunks

    article = _load(args.path)
    terms, speakers = _terms_and_speakers(article)
    if args.json:
        write = sys.stdout.write
        for piece in json_chunks(article_dict(article, terms, speakers)):
            write(piece)
        write("\n")
    else:
        print(outline(article, terms, speakers))
    return EXIT_OK


def cmd_search(args: argparse.Namespace) -> int:
    if not args.query.strip():
        raise UsageError("search: the query is empty")
    article = _load(args.path)
    from .text import to_json
    from .search import SearchIndex, render_matches

    matches = SearchIndex.build(article).search(args.query)
    if args.json:
        doc = {"query": args.query, "matches": [m.to_dict() for m in matches]}
        print(to_json(doc))
    else:
        color = sys.stdout.isatty() and not os.environ.get("NO_COLOR")
        for line in render_matches(article, matches, color=color):
            print(line)
    return EXIT_OK if matches else EXIT_NO_MATCH


def cmd_quotes(args: argparse.Namespace) -> int:
    article = _load(args.path)
    from .quotes import render_quotes

    _, speakers = _terms_and_speakers(article, terms=False)
    sys.stdout.write(render_quotes(speakers, args.format))
    return EXIT_OK


def _expand(paths: Sequence[Path]) -> list[Path]:
    """Files as given; a folder stands for the ``.txt`` files in it."""
    out: list[Path] = []
    for p in paths:
        if p.is_dir():
            found = sorted(x for x in p.iterdir() if x.suffix.lower() == ".txt" and x.is_file())
            if not found:
                raise ArticleError(p, "folder holds no .txt article files")
            out.extend(found)
        else:
            out.append(p)
    return out


def cmd_open(args: argparse.Namespace) -> int:
    paths = _expand(args.paths) or [bundled_article()]
    # refuse bad files before the screen is taken over
    first = read_article(paths[0])
    for p in paths[1:]:
        read_article(p)
    from .app import KijiApp

    app = KijiApp(paths, theme=getattr(args, "theme", None), article=first)
    app.run()
    return app.return_code or EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or (argv[0] not in COMMANDS and argv[0] not in ("-h", "--help", "--version")):
        argv = ["open", *argv]
    parser = _parser()
    args = parser.parse_args(argv)
    handler = {"open": cmd_open, "dump": cmd_dump, "search": cmd_search, "quotes": cmd_quotes}[args.command]
    try:
        return handler(args)
    except ArticleError as exc:
        print(f"kiji: {exc}", file=sys.stderr)
    except UsageError as exc:
        print(f"kiji: {exc}", file=sys.stderr)
    except BrokenPipeError:
        # `kiji dump | head`: the reader left; say nothing more
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    except KeyboardInterrupt:
        return 130
    return EXIT_ERROR
