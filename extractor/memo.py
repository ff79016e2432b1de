"""One bounded memo for the recognisers' caches.

Recognisers remember what they worked out for a word, a stretch of capitalised words or a
name's surroundings, because the same ones recur across the documents of a corpus (as
words do for spaCy's tokenizer cache). A plain dict would grow without bound on odd
input, so the memo empties itself when it passes its size: cheaper on these hot paths
than least-recently-used bookkeeping, and a memo refills within a few documents. The
values must be pure functions of the key, so emptying never changes a result.
"""

from __future__ import annotations

from typing import TypeVar

V = TypeVar("V")

WORDS = 50_000  # single words and short keys: word kinds, head nouns, name checks, titles
RUNS = 20_000  # longer keys: capitalised stretches and runs, whose entries weigh more
PATTERN_GROUPS = 4096  # per date pattern: the checked group tuples of its matches
GAPS = 10_000  # the role linker's classified gaps between a name and a title


class Memo(dict):
    """A dict whose `put` empties it first once it holds more than `limit` entries.

    Reads are plain dict reads (`memo.get(key)`), so a hit costs what it did before."""

    __slots__ = ("limit",)

    def __init__(self, limit: int) -> None:
        super().__init__()
        self.limit = limit

    def put(self, key: object, value: V) -> V:
        if len(self) > self.limit:
            self.clear()
        self[key] = value
        return value
