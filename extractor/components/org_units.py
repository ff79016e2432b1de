"""Two company names that have no head noun or legal form: a Chinese firm written after its
place, and a known firm's unit named by its business.

`PlacedFirms`: China's rules on enterprise names (企业名称登记管理规定) build a firm's name
from its place, a trade name (字号), its trade and its legal form, and the English names of
those firms keep that order: `Jiangxi Tianrun Robotics`, `Ningbo Yunsheng Magnetics`. A
province or city, then a trade name that is one romanised word (every part a pinyin syllable,
no place), then capitalised words up to a stop word among which is a trade word
(`short_tail`, `unit_tail` rows: Robotics, Equipment, Steel) are one firm's name, where the
place alone would be read as a REGION (GUIDELINES, ORG: a region inside an organisation's name is part of it).

`UnitNames`: `Acme Capital Services`, `Acme Retail` after `Acme Inc.`: a firm the text
names, written with one or two capitalised words after it that end on a trade word
(`short_tail`, `unit_tail`) and end the capitalised run, names its unit in that business, one
ORG (the longest name).
Not in a Title Case headline, where every word is capitalised (`Acme Wins Retail`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

from ..normalise.persons import split_syllables

# the rest of a capitalised run after its place: the trade name and two to four words more
_REST = re.compile(r"(?: [A-Z][a-z]+){2,5}(?![\w'’&-])")
_TRADE_NAME_SYLLABLES = 3  # `Tianrun`, `Yunsheng`, `Lixin`: a trade name of two or three characters
# the capitalised words after a unit's firm: one or two, then no capitalised word
_UNIT = re.compile(r"((?: [A-Z][a-z]+){1,2})(?![\w'’&-]| [A-Z&])")
_EDGE = re.compile(r"[\w'’&.-]")  # a character that joins a word to the one after it
_MEMO = 50_000  # words whose pinyin reading is kept


class PlacedFirms:
    """`Place TradeName Trade…`: the English order of a Chinese enterprise's name."""

    def __init__(self, syllables: Collection[str], places: Collection[str],
                 tails: Collection[str], stops: Collection[str]) -> None:
        self.syllables = frozenset(syllables)
        self.places = frozenset(places)
        self.tails = frozenset(tails)
        self.stops = frozenset(stops)
        self._pinyin: dict[str, bool] = {}  # word -> `pinyin(word)`: place names recur

    def pinyin(self, word: str) -> bool:
        got = self._pinyin.get(word)
        if got is None:
            if len(self._pinyin) > _MEMO:
                self._pinyin.clear()
            got = self._pinyin[word] = split_syllables(word, self.syllables, _TRADE_NAME_SYLLABLES) is not None
        return got

    def find(self, text: str, places: Collection[tuple[int, int]]) -> list[tuple[int, int]]:
        """The firms opening on the places the region rules read (no scan of its own)."""
        out = []
        last = len(text) - 2
        for a, b in places:
            r = _REST.match(text, b) if b < last and text[b + 1].isupper() and text[b] == " " else None
            if r is None or not self.pinyin(text[a:b]) or a and _EDGE.match(text, a - 1):
                continue
            trade, *rest = r.group().split()
            if trade in self.places or not self.pinyin(trade):
                continue
            # the trade's words run to the run's end or a stop word (`… Robotics Opens`, a
            # headline's verb); one of them is a trade word (`Steel Cord`)
            k = next((k for k, w in enumerate(rest) if w in self.stops), len(rest))
            if any(w in self.tails for w in rest[:k]):
                out.append((a, b + len(" ".join([""] + [trade] + rest[:k]))))
        return out


class UnitNames:
    """A known firm's unit: the firm's name, then one or two capitalised words ending on a
    trade word (`short_tail`)."""

    def __init__(self, tails: Collection[str], stops: Collection[str], places: Collection[str]) -> None:
        self.tails = frozenset(tails)
        self.stops = frozenset(stops)
        self.places = frozenset(places)

    def find(self, text: str, mentions: Collection[tuple[int, int]], firms: Callable[[], Collection[str]],
             in_headline: Callable[[int], bool]) -> list[tuple[int, int]]:
        """The units after `mentions` (the ORG readings so far) that name a firm (`firms`,
        asked only when a mention has a unit's words after it)."""
        units = []
        last = len(text) - 2
        for a, b in mentions:
            m = _UNIT.match(text, b) if b < last and text[b + 1].isupper() and text[b] == " " else None
            if m is not None:
                words = m.group(1).split()
                if words[-1] in self.tails and not any(w in self.stops or w in self.places for w in words):
                    units.append((a, b, m.end()))
        if not units:
            return []
        known = firms()
        return [(a, e) for a, b, e in units if text[a:b] in known and not in_headline(a)]
