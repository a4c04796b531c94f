"""What the core's child process sends the explorer reads as what the
analysis found: terms whose spans are packed in one array."""

from __future__ import annotations

import pickle

import pytest

from tui.explore import CoreProcess, PackedSpans, explore
from tui.text import bundled_article, read_article


def test_packed_spans_read_as_the_tuple_they_pack():
    spans = ((3, 0, 2), (3, 5, 9), (12, 1, 4))
    packed = PackedSpans.of(spans)
    assert len(packed) == 3 and tuple(packed) == spans and packed == spans
    assert packed[0] == (3, 0, 2) and packed[-1] == (12, 1, 4) and hash(packed) == hash(spans)
    with pytest.raises(IndexError):
        packed[3]
    assert tuple(pickle.loads(pickle.dumps(packed))) == spans
    assert not PackedSpans.of(()) and list(PackedSpans.of(())) == []


def test_the_core_sends_the_terms_the_analysis_found():
    path = bundled_article()
    here = explore(read_article(path))
    core = CoreProcess()
    try:
        there = core.call("explore", str(path))
    finally:
        core.close()
    assert there.terms and all(isinstance(t.spans, PackedSpans) for t in there.terms)
    assert [(t.text, t.category, t.reading, t.base, tuple(t.spans), t.count, t.lines, t.rank) for t in there.terms] == [
        (t.text, t.category, t.reading, t.base, t.spans, t.count, t.lines, t.rank) for t in here.terms]
    assert there.terms == here.terms
