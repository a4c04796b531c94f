"""The fast JSON writer writes what the standard library's encoder writes."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings, strategies as st

from tui.text.jsonenc import json_pieces

scalars = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(), st.text(),
)
keys = st.one_of(st.text(), st.integers(), st.floats(), st.booleans(), st.none())
values = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner), st.tuples(inner, inner), st.dictionaries(keys, inner),
        # the shapes written at once: numbers, and lists of equal-length lists of numbers
        st.lists(st.integers()), st.lists(st.lists(st.integers(), min_size=2, max_size=2)),
        st.lists(st.tuples(st.integers(), st.integers(), st.integers())),
    ),
    max_leaves=40,
)


def stdlib(doc, indent):
    separators = None if indent is not None else (",", ":")
    return json.JSONEncoder(ensure_ascii=False, indent=indent, separators=separators).encode(doc)


@settings(max_examples=400)
@given(values, st.sampled_from([1, None, 2]))
def test_same_text_as_the_standard_encoder(doc, indent):
    assert "".join(json_pieces(doc, indent)) == stdlib(doc, indent)


@pytest.mark.parametrize("doc", [
    [], {}, [[]], [[], []], [[1, 2], [3]], [[1, 2], (3, 4)], [1, True], [True, False], [[1, True]],
    {"spans": [[0, 2], [5, 9]], "lines": [1, 3]}, {1: "a", 2.5: "b", None: "c", True: "d"},
])
def test_shapes_near_the_fast_paths(doc):
    for indent in (1, None):
        assert "".join(json_pieces(doc, indent)) == stdlib(doc, indent)


def test_a_big_list_comes_in_pieces():
    doc = [{"text": "記事" * 10, "spans": [[i, i + 2]]} for i in range(3000)]
    pieces = list(json_pieces(doc))
    assert len(pieces) > 1
    assert "".join(pieces) == stdlib(doc, 1)


def test_what_json_cannot_write_is_refused():
    with pytest.raises(TypeError):
        "".join(json_pieces({"a": object()}))
    with pytest.raises(TypeError):
        "".join(json_pieces({(1, 2): "a"}))
