"""A search index stored as bytes and read back: the same matches; anything
but a stored index refused without running it."""

from __future__ import annotations

import os
import pickle
import zlib
from pathlib import Path

import pytest

from tui.search import SearchIndex, index_from_bytes, index_to_bytes
from tui.text import bundled_article, read_article

DEVSET = Path(__file__).resolve().parent.parent.parent / "shared" / "devset"
QUERIES = ["述べる", "こくれん", "国際連合", "しょめいする", "か国", "2500", "国", "は", "ハノイ", "協力", "きょうりょく"]


#: The bundled article and five of the devset's (a skip that says why when it is not beside the checkout).
ARTICLES = [bundled_article(), *sorted(DEVSET.glob("*.txt"))[:5]] if DEVSET.is_dir() else [
    bundled_article(), pytest.param(None, marks=pytest.mark.skip(reason=f"no devset at {DEVSET}: the bundled article alone"))]


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: Path(p).name if p else "devset")
def test_a_stored_index_finds_what_the_original_finds(path):
    index = SearchIndex.build(read_article(path))
    again = index_from_bytes(index_to_bytes(index))
    for query in QUERIES:
        assert again.search(query) == index.search(query), query


class Boom:
    def __reduce__(self):
        return (os.system, ("echo unpickled > /dev/null",))


@pytest.mark.parametrize("data", [
    zlib.compress(pickle.dumps(Boom())),
    zlib.compress(pickle.dumps({"not": "an index"})),
    b"not even zlib",
    b"",
])
def test_anything_else_is_refused(data):
    with pytest.raises(ValueError, match="not a stored search index"):
        index_from_bytes(data)


def test_truncated_bytes_are_refused():
    data = index_to_bytes(SearchIndex.build(read_article(bundled_article())))
    with pytest.raises(ValueError):
        index_from_bytes(data[: len(data) // 2])


def test_a_flat_table_answers_as_its_dict_does():
    from tui.search.flat import FlatMap

    table = {7: [1, 2, 3], 0: [], 42: [5], -1: [9, 9]}
    flat = pickle.loads(pickle.dumps(FlatMap.of(table)))
    for key, run in table.items():
        assert list(flat.get(key, ())) == run
    assert flat.get(8) is None and flat.get(8, ()) == () and len(flat) == len(table)


def test_a_stored_index_holds_its_tables_flat():
    """What makes loading cheap: no dict of lists per lexeme in the bytes."""
    from tui.search.flat import FlatMap, Runs

    words = index_from_bytes(index_to_bytes(SearchIndex.build(read_article(bundled_article())))).words
    assert isinstance(words._fine.postings, Runs) and isinstance(words._lexicon.by_norm, FlatMap)
