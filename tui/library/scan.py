"""Which files make a library: folders walked, files taken as given.

A folder stands for the files under it, subfolders included, whose name
matches one of the patterns (``*.txt`` by default, compared without regard
to case); hidden files and folders (a name starting with ``.``) are left
out, and symbolic links to folders are not followed (a link cycle would
never end). Files given by name are taken whatever their name.
"""

from __future__ import annotations

import fnmatch
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Sequence

from ..text import ArticleError

#: The pattern of article files when none is given.
DEFAULT_GLOBS = ("*.txt",)


@dataclass(frozen=True)
class Found:
    """A file of the library and the folder it was found under (None when
    given by name), both spelt as on the command line (``./news`` gives
    ``./news/a.txt``)."""

    path: str
    root: str | None = None


def _matches(name: str, globs: Sequence[str]) -> bool:
    low = name.lower()
    return any(fnmatch.fnmatchcase(low, g.lower()) for g in globs)


def walk(folder: str, globs: Sequence[str] = DEFAULT_GLOBS) -> list[str]:
    """The files under ``folder`` whose name matches ``globs``, sorted by path
    (each joined to ``folder`` as spelt)."""
    out: list[tuple[tuple[str, ...], str]] = []

    def fail(exc: OSError) -> None:
        # an unreadable subfolder is skipped, like an unreadable file is listed:
        # the rest of the library still opens
        pass

    for here, dirs, files in os.walk(folder, onerror=fail):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        parts = Path(os.path.relpath(here, folder)).parts
        out.extend(((*parts, f), os.path.join(here, f)) for f in files if not f.startswith(".") and _matches(f, globs))
    return [path for _, path in sorted(out)]


def collect(paths: Iterable[Path | str], globs: Sequence[str] = DEFAULT_GLOBS) -> list[Found]:
    """Every file the command line names: folders walked, files as given,
    each once, in the order given (a folder's files sorted).

    A path that does not exist raises :class:`ArticleError` (a typo on the
    command line); a folder with no matching file too. What cannot be read
    inside is not checked here: it is listed as unreadable later.
    """
    seen: set[str] = set()
    out: list[Found] = []
    for given in paths:
        name = os.fspath(given)
        p = Path(name)
        if p.is_dir():
            files = walk(name, globs)
            if not files:
                pattern = " or ".join(globs)
                raise ArticleError(name, f"folder holds no article files ({pattern}, subfolders included)")
            found = [Found(f, name) for f in files]
        elif p.exists() or p.is_symlink():
            found = [Found(name)]
        else:
            raise ArticleError(name, "no such file or folder")
        for f in found:
            key = os.path.normcase(os.path.abspath(f.path))
            if key not in seen:
                seen.add(key)
                out.append(f)
    return out
