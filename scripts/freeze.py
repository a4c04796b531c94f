"""Print the installed distributions as pip constraints (``name==version``),
for ``make lock``: ``pip freeze``, except that a release which no longer
runs on the oldest Python kiji supports carries a marker saying where it
applies (``hypothesis==6.170.17 ; python_full_version >= "3.11"``), so that
one constraints file serves every supported Python: there, pip takes the
newest release that does run.
"""

from __future__ import annotations

import sys
from importlib.metadata import distributions, metadata

from packaging.specifiers import SpecifierSet
from packaging.utils import canonicalize_name
from packaging.version import Version

PROJECT = "kiji-tui"
#: Installer tools, not dependencies (``pip freeze`` leaves them out too).
TOOLS = {"pip", "setuptools", "wheel", PROJECT}


def oldest_python(requires_python: str) -> Version:
    """The lowest version a ``Requires-Python`` of lower bounds admits (``>=3.10`` → 3.10)."""
    bounds = [Version(s.version) for s in SpecifierSet(requires_python) if s.operator in (">=", "==", "~=")]
    return max(bounds) if bounds else Version("3")


def constraint(name: str, version: str, requires_python: str | None, oldest: Version) -> str:
    line = f"{name}=={version}"
    if requires_python and not SpecifierSet(requires_python).contains(oldest, prereleases=True):
        markers = " and ".join(f'python_full_version {s.operator} "{s.version}"' for s in SpecifierSet(requires_python))
        line += f" ; {markers}"
    return line


def main() -> None:
    oldest = oldest_python(metadata(PROJECT)["Requires-Python"] or "")
    pins = {}
    for dist in distributions():
        name = dist.metadata["Name"]
        if canonicalize_name(name) not in TOOLS:
            pins[canonicalize_name(name)] = constraint(name, dist.version, dist.metadata["Requires-Python"], oldest)
    print(f"# for Python {oldest} and later; resolved on Python {sys.version.split()[0]}")
    print("\n".join(pins[key] for key in sorted(pins)))


if __name__ == "__main__":
    main()
