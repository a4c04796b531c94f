"""Every test run keeps kiji's cache in a folder of its own, never the
user's (``KIJI_CACHE_DIR``; kiji processes started by tests inherit it).

Hypothesis has two profiles: ``ci`` (derandomized: the same examples every
run, so a red run is a real regression and mutation testing is repeatable;
``make test`` and ``make mutate`` load it) and ``dev`` (random examples, the
default for a bare ``pytest``, to keep finding new cases locally). Choose with
``HYPOTHESIS_PROFILE``.

``KIJI_TESTS_ONLY`` (test files, space-separated) keeps only the tests of
those files: ``make mutate`` runs each module's mutants against the tests
written for it, so that a mutant costs seconds, not the whole suite.
``KIJI_APP_TESTS=1`` keeps only the tests that drive the explorer (Pilot
and snapshots): ``make app-loop`` runs them again and again to find races.

Every test starts with the core's memo caches empty (``_word_cache``,
``_title_cache``, functools caches …), so what it checks never depends on
which tests ran before it. Mutation testing needs it twice over: mutmut runs
each mutant in a process forked from one that has run the tests already (a
cache the original code filled would answer instead of the mutated function),
and it runs a mutant only against the tests that called its function (a test
that found its answers cached would never be counted as one).
"""

from __future__ import annotations

import inspect
import os
import shutil
import sys
import tempfile

import pytest
from hypothesis import settings

_CACHE = tempfile.mkdtemp(prefix="kiji-test-cache-")
os.environ["KIJI_CACHE_DIR"] = _CACHE

settings.register_profile("ci", derandomize=True, print_blob=True)
settings.register_profile("dev", derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))


#: The memo caches of each ``tui`` module imported so far, found once per module
#: (under mutmut a module holds thousands of functions: not to be scanned per test).
_MEMO_CACHES: dict[str, list] = {}


def _memo_caches(name: str, module) -> list:
    """A module's memo dicts (``*_cache``) and the functools caches defined in it."""
    caches = _MEMO_CACHES.get(name)
    if caches is None:
        caches = _MEMO_CACHES[name] = [
            value for attr, value in vars(module).items()
            if (attr.endswith("_cache") and isinstance(value, dict))
            or (callable(getattr(value, "cache_clear", None)) and getattr(value, "__module__", None) == name)
        ]
    return caches


@pytest.fixture(autouse=True)
def _empty_memo_caches() -> None:
    for name, module in list(sys.modules.items()):
        if name.startswith("tui.") and module is not None:
            for cache in _memo_caches(name, module):
                if isinstance(cache, dict):
                    cache.clear()
                else:
                    cache.cache_clear()


def is_app_test(item) -> bool:
    """A test that drives the explorer: a Pilot test (this suite's async
    tests all are) or a snapshot."""
    function = getattr(item, "function", None)
    return inspect.iscoroutinefunction(function) or "snap_compare" in getattr(item, "fixturenames", ())


def pytest_collection_modifyitems(config, items) -> None:
    only = os.environ.get("KIJI_TESTS_ONLY", "").split()
    app_only = os.environ.get("KIJI_APP_TESTS") == "1"
    if not only and not app_only:
        return
    keep = [
        i for i in items
        if (not only or any(i.nodeid.startswith(f) or i.nodeid.startswith(f"mutants/{f}") for f in only))
        and (not app_only or is_app_test(i))
    ]
    dropped = [i for i in items if i not in keep]
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = keep


def pytest_unconfigure(config) -> None:  # noqa: ARG001 - pytest's hook
    shutil.rmtree(_CACHE, ignore_errors=True)
