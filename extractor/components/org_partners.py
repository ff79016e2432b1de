"""Firms named after their partners' surnames joined by `&`: `Hartley & Voss`, `Lipton, Rosen & Katz`.

Law firms, accountancies, agencies and old trading houses keep the surnames of their founding
partners as the firm's name, with no head noun or legal form (`X & Y` in running text, the
legal form only in the register). The stretch finder needs a head, so it does not read them.
The ampersand is the firm's mark: English prose joins two people with `and`, and a pair of
common nouns joined by `&` (`Research & Development`, `Oil & Gas`, `Health & Safety`) is no
pair of surnames. So a name here is two to five single capitalised words, each a surname of
the census list (en/surnames.tsv), joined by commas and a last `&`; a place (`Trinidad &
Tobago`) or a word the org data never reads as a name is none.

A post held at a firm names the firm after it: what stands after `a partner at` (`firm_cue`
rows of org_patterns.jsonl) is a firm whatever its words, as partners' names of any origin
(`Ohara & Ikeda`, `Delacroix Whitlock`) are no census surnames and may be towns too. There
the name is one to five capitalised words, joined by spaces, commas or a last `&`, that no
other capitalised word continues and that is not one place alone.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable

from ..lexicon import after_none_of, occurrences

_WORD = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
# (the words around the `&` are checked one by one; no capitalised word may run on either side)
# (opening on its first capital, the edge before it checked from after it: a pattern that opens
# on a look-behind is tried at every position of the text, this one only at capitals)
_PAIR = re.compile(r"([A-Z](?<![\w&'’.-].)[a-z]+(?:-[A-Z][a-z]+)?(?:, %s){0,3},? & %s)(?![\w&'’-])" % (_WORD, _WORD))
_CAP_AFTER = re.compile(r" [A-Z]")  # `Smith & Jones Holdings`: the stretch finder's name, not this
_WORD_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][\w'’-]*) \Z")  # `Anna Smith & Jones`: a given name before
_REACH = 30
_SPLIT = re.compile(r",? & |, ")
_WORDS = re.compile(r"[ ,&]+")
# (a name that runs on past a joiner the run does not take, `Gilbert + Tobin`, is not read)
_FIRM = re.compile(r"(%s(?:(?:, |,? & | )%s){0,4})(?![\w&'’+-])(?! [A-Z&+])" % (_WORD, _WORD))


class PartnerNames:
    def __init__(self, surnames: Collection[str], not_names: Collection[str],
                 openers: Collection[str], cues: Collection[str] = (),
                 places: Collection[str] = ()) -> None:
        self.surnames = frozenset(surnames)
        self.not_names = frozenset(not_names)
        self.openers = frozenset(openers)  # capitalised words that may stand before (`The`)
        self.places = frozenset(places)
        # `partner at `: a post whose body is a firm (`firm_cue`), as a word-bounded prefix
        self.cue = re.compile(after_none_of(r"[\w-]", sorted(cues, key=len, reverse=True)) + " ") \
            if cues else None
        self.cues = tuple(cues)  # a text holding none of them as it stands is not scanned

    def find(self, text: str) -> list[tuple[int, int]]:
        """The names where they stand clear of other capitalised words, then their every
        mention (one reading per document: `Hale & Dorsey Appoints …` in a headline)."""
        if " & " not in text:
            return []
        names = set()
        for m in _PAIR.finditer(text):
            if _CAP_AFTER.match(text, m.end()):
                continue
            before = _WORD_BEFORE.search(text, max(0, m.start() - _REACH), m.start())
            if before is not None and before.group(1) not in self.openers:
                continue
            words = _SPLIT.split(m.group(1))
            if all(w in self.surnames and w not in self.not_names for w in words):
                names.add(m.group(1))
        return occurrences(text, names, True) if names else []

    def after_cues(self, text: str) -> list[tuple[int, int]]:
        """Firms named right after a post held at them (`a former partner at Ohara & Ikeda`),
        then their every mention."""
        if self.cue is None or not any(map(text.__contains__, self.cues)):
            return []  # (a substring search per cue costs a fraction of the regex's scan)
        return self.named_at(text, (c.end() for c in self.cue.finditer(text)))

    def after_posts(self, text: str, ends: Iterable[int], places: Collection[str] = ()
                    ) -> list[tuple[int, int]]:
        """Firms after a found post and `at` (`Vice President of Procurement at Volvo Cars`,
        `Head of Clinical Development at Merrow Biologics`): a post is held at a body. Here a
        name of one word must recur in the text (`Director at Large` is an association's
        seat), and no place the text reads may be the whole name (`Manager at Greenville`)."""
        return self.named_at(text, (e + 4 for e in ends if text.startswith(" at ", e)),
                             frozenset(places), one_word_again=True)

    def named_at(self, text: str, starts: Iterable[int], places: Collection[str] = frozenset(),
                 one_word_again: bool = False) -> list[tuple[int, int]]:
        """The firms' names starting at `starts`, then their every mention."""
        names = set()
        for at in starts:
            m = _FIRM.match(text, at)
            if m is None:
                continue
            name = m.group(1)
            words = _WORDS.split(name)
            if name in self.places or name in places or any(
                    w in self.not_names and w not in self.places for w in words):
                continue
            if one_word_again and len(words) == 1 and text.count(name) < 2:
                continue
            names.add(name)
        return occurrences(text, names, True) if names else []
