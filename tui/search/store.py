"""A search index, or either of its halves (:class:`LiteralText`,
:class:`WordIndex`), as bytes and back, for the library's on-disk cache.

The bytes are a zlib-compressed pickle, read back by an unpickler that builds
only the index's own classes, the article's :class:`~tui.text.Block` and
plain containers (the standard library's "restricting globals" recipe): a
damaged or hostile cache file gives :class:`ValueError`, never runs code.
Generic over the index's fields, so the index may change shape without
touching this module; a new class inside it needs a place in
:data:`ALLOWED` (the round-trip test says which).
"""

from __future__ import annotations

import io
import pickle
import zlib

from .index import SearchIndex, WordIndex
from .literal import LiteralText

Stored = SearchIndex | LiteralText | WordIndex

#: ``(module, name)`` of everything the bytes may build; modules of this
#: package are allowed by prefix.
ALLOWED = frozenset({
    ("tui.text.model", "Block"),
    ("array", "array"),
    ("array", "_array_reconstructor"),
    ("builtins", "set"),
    ("builtins", "frozenset"),
    ("builtins", "bytearray"),
    ("builtins", "object"),
    ("copyreg", "_reconstructor"),
})
_PACKAGE = __name__.rpartition(".")[0] + "."
#: zlib level: 1 is within a few percent of 6 here and several times faster.
LEVEL = 1


class _Unpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str):  # noqa: D102 - pickle's hook
        if (module, name) in ALLOWED or (module.startswith(_PACKAGE) and not name.startswith("_")):
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"{module}.{name} is not part of a search index")


def index_to_bytes(index: Stored) -> bytes:
    """``index`` (a :class:`SearchIndex`, :class:`LiteralText` or
    :class:`WordIndex`) as compressed bytes (:func:`index_from_bytes` reads them)."""
    return zlib.compress(pickle.dumps(index, protocol=pickle.HIGHEST_PROTOCOL), LEVEL)


def index_from_bytes(data: bytes, kind: type = SearchIndex) -> Stored:
    """The ``kind`` of index :func:`index_to_bytes` wrote; :class:`ValueError`
    for anything else (damaged, truncated or foreign bytes, another kind)."""
    try:
        index = _Unpickler(io.BytesIO(zlib.decompress(data))).load()
    except Exception as exc:  # noqa: BLE001 - zlib, pickle and constructors raise many kinds
        raise ValueError(f"not a stored search index ({type(exc).__name__}: {exc})") from None
    if not isinstance(index, kind):
        raise ValueError(f"not a stored search index (a {type(index).__name__}, not a {kind.__name__})")
    return index
