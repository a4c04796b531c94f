"""JSON text of plain data, the same characters ``json.JSONEncoder`` writes
(``ensure_ascii=False``, ``indent`` 1 or none), about four times faster.

The standard library's C encoder cannot indent (Python 3.11), and its
pure-Python one spends a generator step on every value: 0.2 s of
``kiji dump --json`` per MB of article. Here strings go through the C string
encoder, a list of numbers or of pairs of numbers (a term's lines and
spans: half the document's lines) is formatted by C loops (``str.join``,
``map``), and the text is handed out in pieces as it grows, never held whole.
"""

from __future__ import annotations

import json.encoder
from collections.abc import Iterator
from itertools import chain
from typing import Any

#: The C string encoder (``ensure_ascii=False``): quotes and escapes as ``json.dumps`` does.
_string = json.encoder.encode_basestring
_INFINITY = float("inf")
#: How many pieces are gathered before they are handed out as one.
_PIECES = 4096


def _float(o: float) -> str:
    if o != o:
        return "NaN"
    if o == _INFINITY:
        return "Infinity"
    if o == -_INFINITY:
        return "-Infinity"
    return float.__repr__(o)


def _scalar(o: Any) -> str:
    """A value that holds no other, as ``json`` writes it."""
    if isinstance(o, str):
        return _string(o)
    if o is None:
        return "null"
    if o is True:
        return "true"
    if o is False:
        return "false"
    if isinstance(o, int):
        return int.__repr__(o)
    if isinstance(o, float):
        return _float(o)
    raise TypeError(f"Object of type {o.__class__.__name__} is not JSON serializable")


def _key(k: Any) -> str:
    """A dict key as ``json`` writes it: a string, or a scalar turned into one."""
    if isinstance(k, str):
        return _string(k)
    if isinstance(k, float):
        return _string(_float(k))
    if k is True or k is False or k is None or isinstance(k, int):
        return _string(_scalar(k))
    raise TypeError(f"keys must be str, int, float, bool or None, not {k.__class__.__name__}")


def _numbers(items: list | tuple, nl: str, nl_in: str, nl_in2: str) -> str | None:
    """``items`` written at once if they are all ints, or all lists or tuples
    of the same number of ints; else None. ``nl``: the break before the
    closing bracket, ``nl_in``/``nl_in2``: before an item, before an item's item."""
    kinds = set(map(type, items))
    if kinds == {int}:
        return "[" + nl_in + ("," + nl_in).join(map(int.__repr__, items)) + nl + "]"
    if not kinds <= {list, tuple}:
        return None
    sizes = set(map(len, items))
    if len(sizes) != 1 or set(map(type, chain.from_iterable(items))) != {int}:
        return None
    (size,) = sizes
    if size == 0:
        inner = "[]"
    else:
        inner = "[" + nl_in2 + ("," + nl_in2).join(["%d"] * size) + nl_in + "]"
    return "[" + nl_in + ("," + nl_in).join(map(inner.__mod__, map(tuple, items))) + nl + "]"


def json_pieces(doc: Any, indent: int | None = 1) -> Iterator[str]:
    """``doc`` (dicts, lists, tuples, strings, numbers, booleans, None) as
    the text ``json.JSONEncoder(ensure_ascii=False, indent=indent)`` writes
    (with ``indent=None``: separators ``,`` and ``:``), in pieces."""
    out: list[str] = []
    append = out.append
    key_sep = ": " if indent is not None else ":"
    step = " " * indent if indent is not None else None
    breaks: list[str] = []

    def nl(level: int) -> str:
        if step is None:
            return ""
        while len(breaks) <= level:
            breaks.append("\n" + step * len(breaks))
        return breaks[level]

    def value(o: Any, level: int) -> Iterator[str]:
        """Write ``o``, nested ``level`` deep; hand out what was gathered now and then."""
        if isinstance(o, dict):
            if not o:
                append("{}")
                return
            inner = nl(level + 1)
            sep = "," + inner
            append("{" + inner)
            first = True
            for k, v in o.items():
                if first:
                    first = False
                else:
                    append(sep)
                append((_string(k) if type(k) is str else _key(k)) + key_sep)
                if type(v) is str:
                    append(_string(v))
                elif isinstance(v, (dict, list, tuple)):
                    yield from value(v, level + 1)
                else:
                    append(_scalar(v))
            append(nl(level) + "}")
        elif isinstance(o, (list, tuple)):
            if not o:
                append("[]")
                return
            inner = nl(level + 1)
            text = _numbers(o, nl(level), inner, nl(level + 2))
            if text is not None:
                append(text)
                return
            sep = "," + inner
            append("[" + inner)
            first = True
            for v in o:
                if first:
                    first = False
                else:
                    append(sep)
                if isinstance(v, (dict, list, tuple)):
                    yield from value(v, level + 1)
                else:
                    append(_scalar(v))
            append(nl(level) + "]")
        else:
            append(_scalar(o))
        if len(out) >= _PIECES:
            yield "".join(out)
            out.clear()

    yield from value(doc, 0)
    if out:
        yield "".join(out)
