"""Every test run keeps kiji's cache in a folder of its own, never the
user's (``KIJI_CACHE_DIR``; kiji processes started by tests inherit it)."""

from __future__ import annotations

import os
import shutil
import tempfile

_CACHE = tempfile.mkdtemp(prefix="kiji-test-cache-")
os.environ["KIJI_CACHE_DIR"] = _CACHE


def pytest_unconfigure(config) -> None:  # noqa: ARG001 - pytest's hook
    shutil.rmtree(_CACHE, ignore_errors=True)
