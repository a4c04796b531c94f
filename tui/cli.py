"""The ``kiji`` command: open the explorer, or dump, search and list quotes
(of one article or a library of them), export a library, manage the cache.

Errors end here: every :class:`ArticleError` becomes one line on stderr and
exit status 2, never a traceback.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
from pathlib import Path
from typing import Sequence

from . import __version__
from .text import (
    BUNDLED_NAME, DEFAULT_MAX_SIZE, MAX_SIZE_ENV, Article, ArticleError, as_text, bundled_article, format_size, parse_size,
    read_article, visible,
)

EXIT_OK, EXIT_NO_MATCH, EXIT_ERROR = 0, 1, 2


class UsageError(Exception):
    """A command line that cannot be carried out (exit status 2)."""


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line on stderr (and exit status 2)."""

    def error(self, message: str):  # type: ignore[override]
        self.exit(EXIT_ERROR, f"kiji: {visible(message)} (see {self.prog} --help)\n")


#: ``kiji COMMAND``: its usage line and what it does (the explorer is ``kiji`` itself).
COMMANDS = {
    "dump": ("kiji dump [PATH] [--json]", "the parsed article, or JSON"),
    "search": ("kiji search QUERY [PATH ...] [--json]", "grep-like matches, or JSON"),
    "quotes": ("kiji quotes [PATH ...] [--format FORMAT]", "who said what"),
    "export": ("kiji export PATH ... [--ndjson] [--bulk]", "JSON documents for a search engine"),
    "cache": ("kiji cache info|clear", "the cache of analyses"),
}
#: Options of the commands that take a library (several files or folders).
LIBRARY_OPTIONS = " [--glob PATTERN] [--jobs N] [--no-cache]"
EXPLORER_USAGE = "kiji [PATH ...] [--theme NAME]"


def _explorer_parser() -> argparse.ArgumentParser:
    """``kiji`` itself (also ``kiji open``): the explorer, and the help that lists the commands."""
    width = max(len(usage) for usage, _ in COMMANDS.values()) + 2
    commands = "\n".join(f"  {usage:<{width}}{what}" for usage, what in COMMANDS.values())
    p = _Parser(
        prog="kiji",
        usage=f"{EXPLORER_USAGE}\n{' ' * len('usage: ')}{LIBRARY_OPTIONS.strip()}",
        description="A terminal explorer for Japanese news articles: opens PATH in the explorer;\n"
        "a folder, or several files, in the library (listed, searched and quoted as one).",
        epilog=(
            f"commands:\n{commands}\n  {'kiji COMMAND --help':<{width}}the options of one command\n\n"
            "With no PATH, kiji uses the bundled article. Exit status: 0 on success, 1 when\n"
            "kiji search finds nothing, 2 on an error (one line on stderr)."
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("paths", nargs="*", metavar="PATH", help="article files, or folders of .txt files (default: the bundled article)")
    p.add_argument("--theme", metavar="NAME",
                   help="colour theme: ansi (the terminal's own palette), dark, light, or a Textual theme (nord, ...)")
    p.add_argument("--glob", action="append", metavar="PATTERN",
                   help="the files to take from folders (default *.txt; may be repeated)")
    p.add_argument("--jobs", type=_jobs, metavar="N", help="analyse a library in N processes (default: all cores but one)")
    p.add_argument("--no-cache", action="store_true", help="neither use nor keep analyses in the cache")
    _add_max_size(p)
    p.add_argument("--version", action="version", version=f"kiji {__version__}")
    return p


def _command_parser(name: str) -> argparse.ArgumentParser:
    """The parser of ``kiji NAME`` (one of :data:`COMMANDS`)."""
    usage, what = COMMANDS[name]
    p = _Parser(prog=f"kiji {name}", usage=usage, description=f"{what[0].upper()}{what[1:]}.")
    path_help = "the article file (default: the bundled article)"
    if name == "dump":
        p.add_argument("path", nargs="?", metavar="PATH", help=path_help)
        p.add_argument("--json", action="store_true", help="print JSON (schema 1)")
    paths_help = "an article file, several, or folders of them (default: the bundled article)"
    if name == "search":
        p.add_argument("query", metavar="QUERY", help="a word, a kana reading, an inflected form or a synonym")
        p.add_argument("paths", nargs="*", metavar="PATH", help=paths_help)
        p.add_argument("--json", action="store_true", help="print JSON")
    elif name == "quotes":
        p.add_argument("paths", nargs="*", metavar="PATH", help=paths_help)
        p.add_argument("--format", choices=("table", "csv", "markdown", "json"), default="table", metavar="FORMAT",
                       help="table (the default), csv, markdown or json")
    elif name == "export":
        p.add_argument("paths", nargs="+", metavar="PATH", help="article files, or folders of them")
        p.add_argument("--ndjson", action="store_true", help="one document per line (the default and only format)")
        p.add_argument("--bulk", action="store_true", help="an index action line before each document (the _bulk API)")
    elif name == "cache":
        p.add_argument("action", choices=("info", "clear"), metavar="info|clear",
                       help="info: where the cache is and what it holds; clear: empty it")
    if name in ("dump", "search", "quotes", "export"):
        _add_max_size(p)
    if name in ("search", "quotes", "export"):
        p.usage = f"{usage}\n{' ' * len('usage: ')}{LIBRARY_OPTIONS.strip()}"
        p.add_argument("--glob", action="append", metavar="PATTERN",
                       help="the files to take from folders (default *.txt; may be repeated)")
        p.add_argument("--jobs", type=_jobs, metavar="N", help="analyse in N processes (default: all cores but one)")
        p.add_argument("--no-cache", action="store_true", help="neither use nor keep analyses in the cache")
    return p


def _add_max_size(p: argparse.ArgumentParser) -> None:
    p.add_argument("--max-size", type=_max_size, metavar="SIZE",
                   help=f"refuse files larger than SIZE (default {format_size(DEFAULT_MAX_SIZE).replace(' ', '')}; "
                        "K, M, G: 64M)")


def _max_size(text: str) -> int:
    try:
        size = parse_size(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    if size < 1:
        raise argparse.ArgumentTypeError("at least 1 byte")
    return size


def _check_max_size_env() -> None:
    """A ``$KIJI_MAX_SIZE`` that is no size is refused, not ignored."""
    value = os.environ.get(MAX_SIZE_ENV)
    if value is None:
        return
    try:
        parse_size(value)
    except ValueError as exc:
        raise UsageError(f"{MAX_SIZE_ENV}: {exc}") from None


def _jobs(text: str) -> int:
    try:
        jobs = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of processes: {text!r}") from None
    if jobs < 1:
        raise argparse.ArgumentTypeError("at least 1 process")
    return jobs


def _load(path: str | None) -> Article:
    """The article at ``path`` as the user typed it; with none, the bundled one."""
    if path is None:
        return read_article(bundled_article(), name=BUNDLED_NAME)
    return read_article(path)


def _terms_and_speakers(article: Article):
    """The terms and speakers of ``article``, without keeping its tokens: the
    quotes reader asks for each block's tokens once, and the term rules run
    on them then (10 MB article: ~330 MB of tokens never held at once).
    ``kiji quotes`` asks for the same pass as ``kiji dump``: the quotes reader
    reads the organisations the term rules find, so both list the same
    speakers."""
    from .analysis import analyze_on_demand
    from .quotes import find_speakers

    analysis, tokens = analyze_on_demand(article)
    speakers = find_speakers(article, analysis)
    return tokens.terms(), speakers


def cmd_export(args: argparse.Namespace) -> int:
    from .library import bulk_action, export_docs
    from .text import to_json

    library = _open_library(args)
    try:
        exported = 0
        write = sys.stdout.write
        for row, doc in export_docs(library):
            if isinstance(doc, str):
                if row.state not in ("unreadable", "failed"):  # those were reported already
                    print(f"kiji: {visible(row.path)}: {visible(doc)}", file=sys.stderr)
                continue
            if args.bulk:
                write(to_json(bulk_action(doc), indent=None) + "\n")
            write(to_json(doc, indent=None) + "\n")
            exported += 1
        if not exported:
            raise UsageError("export: no article could be exported")
        return EXIT_OK
    finally:
        library.close()


def cmd_cache(args: argparse.Namespace) -> int:
    from .library import Cache

    cache = Cache.open()
    _warn(cache.take_warnings())
    try:
        info = cache.info()
        if args.action == "clear":
            cache.clear()
            where = info.path if info.persistent else "(no cache kept)"
            print(f"cleared {visible(where)}: {info.articles} articles, {format_size(info.bytes)}")
            return EXIT_OK
        print(f"cache:    {visible(info.path) if info.persistent else '(none kept: ' + visible(info.path) + ')'}")
        print(f"size:     {format_size(info.bytes)}")
        print(f"articles: {info.articles} ({info.analysed} analysed)")
        print(f"files:    {info.files} ({info.unreadable} unreadable)")
        if info.set_aside:
            print(f"damaged copies set aside: {', '.join(visible(n) for n in info.set_aside)}")
        print(f"version:  {visible(info.version)}")
        return EXIT_OK
    finally:
        cache.close()


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


def _is_library(paths: Sequence[str]) -> bool:
    """Several paths or a folder: the library; none or one file: one article."""
    return len(paths) > 1 or (len(paths) == 1 and Path(paths[0]).is_dir())


def _warn(lines: Sequence[str]) -> None:
    for line in lines:
        print(f"kiji: warning: {visible(line)}", file=sys.stderr)


def _library_of(args: argparse.Namespace, first: int | None = None):
    """The library of ``args.paths`` on its cache (``--no-cache``, ``--glob``),
    not analysed yet (``first``: see :meth:`tui.library.Library.open`); the
    cache's warnings on stderr."""
    from .library import DEFAULT_GLOBS, Cache, Library

    cache = Cache.open(enabled=not args.no_cache)
    _warn(cache.take_warnings())
    try:
        library = Library.open(args.paths, globs=args.glob or DEFAULT_GLOBS, cache=cache, first=first)
    except BaseException:
        cache.close()
        raise
    return library


def _open_library(args: argparse.Namespace):
    """The library of ``args.paths``, every article analysed (in ``--jobs``
    processes, progress on stderr when it is a terminal); each file that
    cannot be read gets one line on stderr."""
    from .library import default_jobs

    library = _library_of(args)
    jobs = args.jobs or default_jobs()
    run = library.analyse(jobs=0 if jobs == 1 else jobs, read_first=False)
    tty = sys.stderr.isatty()
    try:
        for update in run:
            if tty:
                sys.stderr.write(f"\r{update.progress}")
                sys.stderr.flush()
    except BaseException:
        run.cancel()
        library.close()
        raise
    if tty:
        sys.stderr.write("\r\x1b[K")
    _warn(library.cache.take_warnings())
    for row in library.rows:
        if row.state in ("unreadable", "failed"):
            print(f"kiji: {visible(row.path)}: {visible(row.problem or 'cannot be read')}", file=sys.stderr)
    return library


def _readable(library) -> bool:
    return any(row.state not in ("unreadable", "failed", "new") for row in library.rows)


def cmd_search_library(args: argparse.Namespace) -> int:
    from .search import render_matches
    from .text import json_with_items

    library = _open_library(args)
    try:
        search = library.search(args.query, contexts=0)
        color = sys.stdout.isatty() and not os.environ.get("NO_COLOR")
        write = sys.stdout.write
        if args.json:  # streamed, as for one article: every match written when it is reached
            problems = [{"path": r.path, "problem": r.problem} for r in library.rows if r.state in ("unreadable", "failed")]
            found = ({"path": hits.row.path, **m.to_dict()} for hits in search for m in hits.every_match())
            for piece in json_with_items({"query": args.query, "matches": [], "problems": problems}, "matches", found):
                write(piece)
            write("\n")
        else:
            for hits in search:
                try:
                    article = library.article(hits.row.path)
                except ArticleError as exc:
                    print(f"kiji: {visible(str(exc))}", file=sys.stderr)
                    continue
                for line in render_matches(article, hits.every_match(), color=color):
                    write(line + "\n")
        if not _readable(library):
            raise UsageError("search: no article could be read")
        return EXIT_OK if search.matches else EXIT_NO_MATCH
    finally:
        library.close()


def _check_query(query: str) -> None:
    """Refuse a query that cannot match: an empty one, or one holding bytes
    that are not text in the locale's encoding (``kiji search $'\\xff'``):
    article text is decoded, so such a query would never match anything."""
    if not query.strip():
        raise UsageError("search: the query is empty")
    if as_text(query) != query:
        raise UsageError(f"search: the query '{visible(query)}' is not valid text (undecodable bytes shown as \\xNN)")


def cmd_search(args: argparse.Namespace) -> int:
    _check_query(args.query)
    if _is_library(args.paths):
        return cmd_search_library(args)
    article = _load(args.paths[0] if args.paths else None)
    from .text import json_with_items
    from .search import SearchIndex, render_matches

    # streamed: a match is written when it is reached, none kept (a query
    # matching every character of a 2 MB line has 2 million)
    hits = SearchIndex.build(article).find(args.query)
    write = sys.stdout.write
    if args.json:
        for piece in json_with_items({"query": args.query, "matches": []}, "matches", (m.to_dict() for m in hits.iter_matches())):
            write(piece)
        write("\n")
    else:
        color = sys.stdout.isatty() and not os.environ.get("NO_COLOR")
        for line in render_matches(article, hits.iter_matches(), color=color):
            write(line + "\n")
    return EXIT_OK if hits.count else EXIT_NO_MATCH


def cmd_quotes(args: argparse.Namespace) -> int:
    if _is_library(args.paths):
        from .library import grouped, render_people_quotes

        library = _open_library(args)
        try:
            if not _readable(library):
                raise UsageError("quotes: no article could be read")
            sys.stdout.write(render_people_quotes(grouped(library), args.format))
            return EXIT_OK
        finally:
            library.close()
    article = _load(args.paths[0] if args.paths else None)
    from .quotes import render_quotes

    _, speakers = _terms_and_speakers(article)
    sys.stdout.write(render_quotes(speakers, args.format))
    return EXIT_OK


def _theme(name: str | None) -> str | None:
    """The Textual theme ``--theme name`` stands for: an unknown name is a
    usage error, before anything is read or the screen is taken."""
    if name is None:
        return None
    from .app import UnknownTheme, resolve_theme

    try:
        return resolve_theme(name)
    except UnknownTheme as exc:
        raise UsageError(str(exc)) from None


def _check_copy_style() -> None:
    """``$KIJI_COPY`` names a copy style, or is refused before the screen is taken."""
    from .app import COPY_ENV, COPY_STYLES

    style = os.environ.get(COPY_ENV, "").strip()
    if style and style not in COPY_STYLES:
        raise UsageError(f"{COPY_ENV} must be one of {', '.join(COPY_STYLES)}, not {style!r}")


def cmd_open(args: argparse.Namespace) -> int:
    # No garbage collection from here to the first frame (the app turns it
    # back on then: :meth:`tui.app.KijiApp.on_ready`): the imports, the rows
    # and the widgets make few cycles, and the collections they set off cost
    # ~50 ms of a library's first paint, a full collection of every object
    # ~30 ms of it.
    gc.disable()
    try:
        return _open(args)
    finally:
        gc.enable()


def _open(args: argparse.Namespace) -> int:
    theme = _theme(args.theme)
    _check_copy_style()
    if _is_library(args.paths):
        return cmd_open_library(args, theme)
    paths = [Path(p) for p in args.paths] or [bundled_article()]
    first = read_article(paths[0])  # refused before the screen is taken over
    from .app import KijiApp

    # opened by the app after its first frame (SQLite, the library's code): its warnings as notices
    app = KijiApp(paths, theme=theme, article=first, store=None if args.no_cache else _explore_cache)
    app.run()
    return app.return_code or EXIT_OK


def _explore_cache():
    """The explorer's cache of analyses (:class:`tui.library.ExploreCache`), opened."""
    from .library import ExploreCache

    store = ExploreCache()
    store.open()
    return store


def cmd_open_library(args: argparse.Namespace, theme: str | None) -> int:
    """The library screen: a folder, or several files. A path that does not
    exist or a folder without article files is refused before the screen
    is taken; files that cannot be read are listed there, with the reason."""
    from .library import ExploreCache

    # the rows of a first screen from the cache before it is drawn, the rest after
    from .app import LibraryApp, first_rows

    library = _library_of(args, first=first_rows())
    cache = library.cache

    # the explorer answers from the library's cache (its own connection: it may run in a child process)
    store = ExploreCache(cache.path.parent) if cache.path is not None else None
    try:
        app = LibraryApp(library, ", ".join(args.paths), theme=theme, jobs=args.jobs, store=store)
        app.run()
    finally:
        if store is not None:
            store.close()
        library.close()
    return app.return_code or EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in COMMANDS:
        name, args = argv[0], _command_parser(argv[0]).parse_intermixed_args(argv[1:])  # options anywhere
    else:
        # the explorer: `kiji [PATH ...]`, also spelled `kiji open [PATH ...]`
        name, args = "open", _explorer_parser().parse_args(argv[1:] if argv[:1] == ["open"] else argv)
    if getattr(args, "max_size", None) is not None:
        # read by every reader of a file, in this process and in the ones it
        # starts (the library's workers, the explorer's analysis)
        os.environ[MAX_SIZE_ENV] = str(args.max_size)
    handler = {"open": cmd_open, "dump": cmd_dump, "search": cmd_search, "quotes": cmd_quotes, "export": cmd_export,
               "cache": cmd_cache}[name]
    try:
        _check_max_size_env()
        return handler(args)
    except (ArticleError, UsageError) as exc:
        # paths and queries in the message are shown, not obeyed: one line, whatever they hold
        print(f"kiji: {visible(str(exc))}", file=sys.stderr)
    except BrokenPipeError:
        # `kiji dump | head`: the reader left; say nothing more
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    except KeyboardInterrupt:
        return 130
    return EXIT_ERROR
