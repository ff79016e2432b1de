"""The one bounded memo (extractor/memo.py) the recognisers share."""

import pytest

from extractor.memo import Memo


@pytest.mark.parametrize(("limit", "keys", "kept"), [
    (3, "abcd", "abcd"),  # up to limit + 1 entries, as the inline copies had it
    (3, "abcde", "e"),  # past that, emptied before the next entry
    (0, "ab", "b"),
])
def test_put_empties_past_the_limit(limit, keys, kept):
    memo = Memo(limit)
    for k in keys:
        assert memo.put(k, k.upper()) == k.upper()
    assert sorted(memo) == list(kept)


def test_reads_are_plain_dict_reads():
    memo = Memo(10)
    memo.put("x", None)
    assert memo.get("x", False) is None and memo.get("y") is None
