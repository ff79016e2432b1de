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

# a capitalised run of three to six words on one line: the place, the trade name, the trade
# (the edge before the capital is checked after it: a pattern that opens on a character class is
# tried only where that class stands, one opening on a look-behind everywhere)
_RUN = re.compile(r"[A-Z](?<![\w'’&.-].)[a-z]+(?: [A-Z][a-z]+){2,5}(?![\w'’&-])")
_TRADE_NAME_SYLLABLES = 3  # `Tianrun`, `Yunsheng`, `Lixin`: a trade name of two or three characters
# the capitalised words after a unit's firm: one or two, then no capitalised word
_UNIT = r"((?: [A-Z][a-z]+){1,2})(?![\w'’&-]| [A-Z&])"


class PlacedFirms:
    """`Place TradeName Trade…`: the English order of a Chinese enterprise's name."""

    def __init__(self, syllables: Collection[str], places: Collection[str],
                 tails: Collection[str], stops: Collection[str]) -> None:
        self.syllables = frozenset(syllables)
        self.places = frozenset(places)
        self.tails = frozenset(tails)
        self.stops = frozenset(stops)

    def pinyin(self, word: str) -> bool:
        return split_syllables(word, self.syllables, _TRADE_NAME_SYLLABLES) is not None

    def find(self, text: str) -> list[tuple[int, int]]:
        out = []
        for m in _RUN.finditer(text):
            words = m.group().split(" ")
            # the run may open before the place (`From Ningbo …`): the firm starts at a place
            # whose next word is a trade name
            for i in range(len(words) - 2):
                place, trade, rest = words[i], words[i + 1], words[i + 2:]
                if place in self.places and self.pinyin(place) and trade not in self.places \
                        and self.pinyin(trade):
                    # the trade's words run to the run's end or a stop word (`… Robotics Opens`,
                    # a headline's verb); one of them is a trade word (`Steel Cord`)
                    k = next((k for k, w in enumerate(rest) if w in self.stops), len(rest))
                    if any(w in self.tails for w in rest[:k]):
                        start = m.start() + len(" ".join(words[:i])) + (1 if i else 0)
                        end = start + len(" ".join(words[i:i + 2 + k]))
                        out.append((start, end))
                    break
        return out


class UnitNames:
    """A known firm's unit: the firm's name, then one or two capitalised words ending on a
    trade word (`short_tail`)."""

    def __init__(self, tails: Collection[str], stops: Collection[str], places: Collection[str]) -> None:
        self.tails = frozenset(tails)
        self.stops = frozenset(stops)
        self.places = frozenset(places)

    def find(self, text: str, firms: Collection[str],
             in_headline: Callable[[int], bool]) -> list[tuple[int, int]]:
        firms = sorted((f for f in firms if len(f) > 2), key=len, reverse=True)
        if not firms:
            return []
        pattern = re.compile(r"(?<![\w'’&-])(?:%s)%s" % ("|".join(map(re.escape, firms)), _UNIT))
        out = []
        for m in pattern.finditer(text):
            words = m.group(1).split()
            if words[-1] in self.tails and not any(w in self.stops or w in self.places for w in words) \
                    and not in_headline(m.start()):
                out.append((m.start(), m.end()))
        return out
