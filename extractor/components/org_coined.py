"""Coined one-word names written in camel case: `SunBridge`, `VisitMoray`, `NusaPay`, `WeBank`.

Firms, brands and agencies coin a name by gluing capitalised words (`Visit` + a place, a
field + `Pay`, `Bridge`, `Tech`); it has no head noun or legal form, so the stretch finder
does not read it, and it is one word, so no person's name rule does either. English writes
no other word so: in the samples and dev sets every such word is an organisation's name or
in one, except Gaelic surnames (`MacLeod`, `McKenna`), romanised Chinese names run together
(`YueGang`) and a few trade words (`FinTech`). So: a word of two or more capitalised parts,
the first no surname particle (`Mc`, `Mac`, `De`, `La` ...: `DeAndre`, `LaSalle`), not every
part a pinyin syllable, not a place, and never written in lowercase in the same text
(`fintech`), is an ORG at its every mention (one reading per document) that no other
capitalised word of a longer name touches.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from ..lexicon import occurrences

# (the edge before the capital is checked after it: a pattern that opens on a character
# class is tried only where that class stands, one opening on a look-behind everywhere)
_CAMEL = re.compile(r"([A-Z](?<![\w'’.&@/-].)[a-z]+(?:[A-Z][a-z]+)+)(?![\w'’&@/-])")
# what every such word holds, a small letter right before a capital: a text without one (most
# releases) skips the scan above, which walks each capitalised word's letters twice
_INNER_CAPITAL = re.compile(r"[A-Z](?<=[a-z].)")
_PART = re.compile(r"[A-Z][a-z]+")
_ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


def camel_words(text: str) -> list[re.Match[str]]:
    """`list(_CAMEL.finditer(text))`, the pattern tried only at the start of the letters
    around each inner capital: a match is one run of ASCII letters with a non-word character
    before it, holding an inner capital, so it starts where that run does. The scan of the
    whole text walked every capitalised word (twice the cost, for the few coined words)."""
    out: list[re.Match[str]] = []
    last = -1
    match, letters = _CAMEL.match, _ASCII_LETTERS
    for q in _INNER_CAPITAL.finditer(text):
        a = q.start()
        if a < last:
            continue  # (another inner capital of a word matched already)
        while a and text[a - 1] in letters:
            a -= 1
        m = match(text, a) if a >= last else None
        if m is not None:
            out.append(m)
            last = m.end()
    return out
# the particles of Gaelic, Romance and Dutch surnames and given names written with an inner capital
PARTICLES = frozenset({"Mc", "Mac", "De", "Di", "Da", "Du", "Del", "Della", "La", "Le", "Van", "Von", "St"})


_CAP_BEFORE = re.compile(r"(?<![\w'’.-])([A-Z][\w'’&-]*) \Z")  # (`Acme. ` ends a sentence)
_CAP_AFTER = re.compile(r" ([A-Z][\w'’&-]*)")
_REACH = 40


class CoinedNames:
    def __init__(self, syllables: Collection[str], places: Collection[str],
                 openers: Collection[str], stops: Collection[str],
                 product_verbs: Collection[str] = ()) -> None:
        self.syllables = frozenset(syllables)
        self.places = frozenset(places)
        self.openers = frozenset(openers)  # capitalised words that may stand before (`The`)
        self.stops = frozenset(stops)  # capitalised words that end a name (`Chairman`, `Monday`)
        # `launch LabBridge`, `introduced PortCell 900`: the coined name of a product
        self.launched = re.compile(r"\b(?:%s) (?:(?:the|its|their|a|an|new) )*\Z" % "|".join(
            map(re.escape, sorted(product_verbs, key=len, reverse=True)))) if product_verbs else None

    def product(self, text: str, names: set[str]) -> set[str]:
        """The coined words the text names a product with, at any mention (one reading per
        document): the object of a verb of launching (`launch LabBridge`, `introduced PortCell
        900`). A firm is not launched; a firm may call itself a platform (`NusaPay, a payments
        platform`), so a describing noun says nothing."""
        out = set()
        for s, e in occurrences(text, names, True):
            if self.launched.search(text, max(0, s - 30), s):
                out.add(text[s:e])
        return out

    def alone(self, text: str, start: int, end: int) -> bool:
        """No other capitalised word of a longer name on either side (`Samsara BioCapital`,
        `KeyBanc Capital Markets`: the stretch's name, not this word's)."""
        b = _CAP_BEFORE.search(text, max(0, start - _REACH), start)
        a = _CAP_AFTER.match(text, end)
        return (b is None or b.group(1) in self.openers) and (a is None or a.group(1) in self.stops)

    def find(self, text: str) -> list[tuple[int, int]]:
        names = set()
        for m in camel_words(text):
            word = m.group(1)
            if word in names or not self.alone(text, *m.span(1)):
                continue
            parts = _PART.findall(word)
            if parts[0] in PARTICLES or word in self.places \
                    or all(p.lower() in self.syllables for p in parts) \
                    or word.lower() in text \
                    and re.search(r"(?<![\w-])%s(?![\w-])" % re.escape(word.lower()), text):
                continue
            names.add(word)
        if names and self.launched is not None:
            names -= self.product(text, names)
        return [(s, e) for s, e in occurrences(text, names, True) if self.alone(text, s, e)] \
            if names else []
