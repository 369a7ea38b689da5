"""The ids a run has read, held in 8 bytes each (extractor/idset.py)."""
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor import idset
from extractor.idset import IdSet


@settings(max_examples=50, deadline=None)
@given(st.lists(st.text(max_size=12), max_size=300), st.lists(st.text(max_size=12), max_size=50))
def test_an_id_set_holds_exactly_what_was_added(added, asked):
    old = idset._RECENT_MAX
    idset._RECENT_MAX = 7  # small, so the sorted arrays merge many times
    try:
        ids = IdSet()
        for a in added:
            ids.add(a)
        assert all(a in ids for a in added)
        assert all((q in ids) == (q in set(added)) for q in asked)
    finally:
        idset._RECENT_MAX = old


def test_an_id_set_is_small():
    ids = IdSet()
    for k in range(100_000):
        ids.add(f"source/{k:08d}")
    assert len(ids) == 100_000
    levels = ids._levels
    assert sum(a.itemsize * len(a) for a in levels) == 8 * (100_000 - len(ids._recent))
    assert len(levels) <= 8  # merged as they fill: a lookup bisects a few arrays
    assert "source/00000042" in ids and "source/00100000" not in ids
