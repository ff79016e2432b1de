"""A post's holder written right after the body the post is of.

`Vice Minister of the Ministry of Commerce Wang Shouwen`, `Director of the Bureau of Industry
and Security John Smith`: English releases name a post, its body, then the holder, with no comma.
The body's capitalised run takes the holder's name in (an of-chain goes on over capitalised
words), so the ORG swallows the PERSON and the role is lost. GUIDELINES (TITLE, ORG): the post,
the body and the person are three spans.

The cut is made only where a TITLE ends right before the body's `of (the)`: there the words
after the body can be its holder. They are a holder when they have a person's form: a romanised
Chinese name (a pinyin surname syllable and given-name words that split into pinyin syllables,
`Zhao Yingmin`, `Li Ming`) or a given name from the census and international lists the org
recognizer already reads, then a surname (`Penny Wong`). A place (`Hong Kong`), a head noun or a
legal form is never part of a holder's name, and the body keeps at least two words.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Collection

from ..candidates import Candidate
from ..normalise.orgs import clean_value
from ..normalise.persons import split_syllables

_OF_BODY = re.compile(r" of (?:the )?\Z")  # what stands between the post and its body
_NAME_WORD = re.compile(r"[A-Z][a-z]+(?:-[a-z]+)?\Z")  # `Wang`, `Yingmin`, `Jia-liang`
# particles inside a name (`Khalid Al Hammadi`, `Anna van Dijk`): a surname follows them
_PARTICLES = frozenset({"Al", "El", "al", "el", "bin", "binti", "bint", "van", "von", "de", "da", "di"})
_HOLDER_WORDS = (2, 4)  # a holder's name: two to four words


class HolderNames:
    """Cuts a holder's name off the end of a body named after a post (module docstring)."""

    def __init__(self, given: Collection[str], family: Collection[str], pinyin: Collection[str],
                 is_head: Callable[[str], bool], places: Collection[str]) -> None:
        self.given = given
        self.family = family
        self.pinyin = pinyin
        self.is_head = is_head
        self.places = places

    def cut(self, text: str, found: list[Candidate], titles: list[Candidate]) -> None:
        """Ends each head-read body after a post before the holder's name it ran into."""
        if not titles:
            return
        ends = sorted(t.end for t in titles)
        for c in found:
            if c.source != "en.org.head":
                continue
            i = bisect_left(ends, c.start) - 1
            if i < 0 or c.start - ends[i] > len(" of the ") \
                    or not _OF_BODY.search(text, ends[i], c.start):
                continue
            at = self.holder_start(text[c.start:c.end])
            if at is not None:
                c.end = c.start + at
                c.value = clean_value(text[c.start:c.end])

    def holder_start(self, name: str) -> int | None:
        """Where a holder's name starts at the end of `name`, or None: the leftmost word,
        after the body's last connector and one word of its own, that opens a name running
        to the end."""
        words = name.split(" ")
        last_conn = max((i for i, w in enumerate(words) if w.islower()), default=0)
        low, high = _HOLDER_WORDS
        for k in range(max(last_conn + 2, len(words) - high), len(words) - low + 1):
            if self.is_holder(words[k:]) and not self.placed_across(words, k):
                return len(" ".join(words[:k]))
        return None

    def is_holder(self, words: list[str]) -> bool:
        """A person's form: a given name or a pinyin name; no head, no place."""
        if any(not (_NAME_WORD.match(w) or w in _PARTICLES) or w in self.places or self.is_head(w)
               for w in words):
            return False
        first, last = words[0], words[-1]
        if first.lower() in self.pinyin and all(
                split_syllables(w.replace("-", ""), self.pinyin) for w in words[1:]):
            return True  # `Zhao Yingmin`, `Li Ming`
        return first in self.given and last not in _PARTICLES and (
            last in self.family or last in self.given or words[-2] in _PARTICLES)

    def placed_across(self, words: list[str], k: int) -> bool:
        """Whether a place's name runs over the cut or stands after it (`Ho Chi Minh City`,
        `Hong Kong`)."""
        return any(" ".join(words[j:m]) in self.places for j in range(max(0, k - 3), len(words))
                   for m in range(max(j + 1, k + 1), len(words) + 1))
