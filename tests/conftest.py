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
"""

from __future__ import annotations

import os
import shutil
import tempfile

from hypothesis import settings

_CACHE = tempfile.mkdtemp(prefix="kiji-test-cache-")
os.environ["KIJI_CACHE_DIR"] = _CACHE

settings.register_profile("ci", derandomize=True, print_blob=True)
settings.register_profile("dev", derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))


def pytest_collection_modifyitems(config, items) -> None:
    only = os.environ.get("KIJI_TESTS_ONLY", "").split()
    if not only:
        return
    keep = [i for i in items if any(i.nodeid.startswith(f) or i.nodeid.startswith(f"mutants/{f}") for f in only)]
    dropped = [i for i in items if i not in keep]
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = keep


def pytest_unconfigure(config) -> None:  # noqa: ARG001 - pytest's hook
    shutil.rmtree(_CACHE, ignore_errors=True)
