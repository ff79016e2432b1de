"""Agencies named by a sector noun and a place, with no head noun: `Enterprise Ireland`,
`Tourism Malaysia`, `Immigration New Zealand`, `Bank Indonesia`, `Invest Hong Kong`.

Governments name promotion and service agencies so (the sector first, then the country,
state or SAR they serve); the place alone would be read as a REGION, though the
guidelines put a region inside an organisation's name into the ORG. The sector nouns are
data (`agency_lead` rows of models/en/org_patterns.jsonl). A capitalised word right before
the sector noun makes the pair part of a longer phrase (`Global Health Canada Forum`,
title-case headlines: `Firms Invest Malaysia…`), so the pair is read only where it opens
a capitalised stretch.

Local governments go by their municipality's corporate name (`the City of Greater Geelong`,
`City of Tacoma`, `Shire of Esperance`: a designator, `of`, the place): the council that hosts,
employs and signs is the ORG, while the same words after a place's post or a preposition of
place name the place (`Mayor of the City of London`, `in the City of Sydney`), as GUIDELINES
reads `Mayor of Beijing`. The designators are data (`municipal_lead` rows).

Chambers of commerce abroad go by a nationality glued to `Cham` (`SwissCham`, `EuroCham`,
`BritCham`, `AusCham`): a head noun inside one word (`glued_head` rows), so the stretch
finder, which reads whole words, does not see it.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator

from ..lexicon import literal_alternation

# a capitalised word and one space right before: the pair does not open the stretch
_CAP_BEFORE = re.compile(r"(?<![\w&'’.-])(?:[A-Z][\w&'’.-]*[\w&'’-]|[A-Z]) \Z")  # `Board. ` ends a sentence
_REACH = 40  # characters looked back for that word
CAPITALISED_WORD = re.compile(r"[A-Z]\w*")
_AFTER_BOUNDARY = re.compile(r"[\w&'’.-]")  # a character no lead may follow


class AgencyNames:
    def __init__(self, leads: Collection[str], places: Collection[str]) -> None:
        leads = sorted(leads, key=len, reverse=True)
        places = sorted((p for p in places if p[:1].isupper()), key=len, reverse=True)
        self.leads = leads
        # the leads are rare words: they are found first (a capital looked at before the
        # alternation is tried), and the places are matched only after one, as a trie
        # (literal_alternation: the same matches, not thousands of names tried in turn)
        self.lead = re.compile(r"(?=[A-Z])(?<![\w&'’.-])(?:%s) " % "|".join(map(re.escape, leads))) \
            if leads and places else None
        # leads of one capitalised word each: the alternation opens the pattern, so the engine skips in
        # C to their first letters, and the boundary before is tested on what it finds (a
        # lead inside a word fails the test and hides no valid one: no boundary inside a
        # word). The whole text was first searched for each lead, then the pattern tried
        # at every capital.
        self.bare_lead = re.compile("(?:%s) " % "|".join(map(re.escape, leads))) \
            if self.lead is not None and all(CAPITALISED_WORD.fullmatch(w) for w in leads) else None
        self.place = re.compile(r"(?:%s)(?![\w&-]|['’](?!s\b))" % literal_alternation(places)) \
            if leads and places else None

    def find(self, text: str) -> Iterator[tuple[int, int]]:
        if self.lead is None:
            return
        for m in self.leads_in(text):
            p = self.place.match(text, m.end())
            s = m.start()
            if p is not None and _CAP_BEFORE.search(text, max(0, s - _REACH), s) is None:
                yield s, p.end()

    def leads_in(self, text: str) -> Iterator[re.Match[str]]:
        """`self.lead.finditer(text)`."""
        if self.bare_lead is None:
            yield from self.lead.finditer(text) if any(lead in text for lead in self.leads) else ()
            return
        for m in self.bare_lead.finditer(text):
            s = m.start()
            if not s or not _AFTER_BOUNDARY.match(text, s - 1):
                yield m


# what makes `City of X` the place: a place's post (`Mayor of the`) or a preposition of place right before
_PLACE_BEFORE = re.compile(r"(?:(?i:mayor) of|(?<![\w-])(?:in|into|across|near|within|around|throughout|at|outside)) "
                           r"(?:the )?\Z")
_MUNICIPAL_REACH = 24  # characters looked back for it
POSSESSIVE = re.compile(r"['’]s\Z")


class MunicipalNames:
    """`the City of Greater Geelong`: a municipal designator, `of` and a listed place
    (`Greater` before it, as metropolitan councils write it) is the council's name."""

    def __init__(self, leads: Collection[str], places: Collection[str]) -> None:
        self.leads = sorted((lead + " of " for lead in leads), key=len, reverse=True)
        self.places = frozenset(places)
        # matched only where str.find saw a lead (no scan of the whole text)
        self.name = re.compile(r"(?:Greater )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}") if leads and places else None

    def find(self, text: str) -> Iterator[tuple[int, int]]:
        if self.name is None or not any(lead in text for lead in self.leads):
            return
        for s, after in sorted(self.leads_in(text)):
            if _PLACE_BEFORE.search(text, max(0, s - _MUNICIPAL_REACH), s) is not None:
                continue
            m = self.name.match(text, after)
            end = self.place_end(m.group()) if m is not None else 0
            if end:
                yield s, after + end

    def leads_in(self, text: str) -> Iterator[tuple[int, int]]:
        """(start, end) of each lead that opens a word (`City of `, not `Sister City of `'s tail)."""
        for lead in self.leads:
            at = text.find(lead)
            while at >= 0:
                if not at or not _AFTER_BOUNDARY.match(text, at - 1):
                    yield at, at + len(lead)
                at = text.find(lead, at + 1)

    def place_end(self, name: str) -> int:
        """The length of the longest listed place opening `name` (after `Greater `), or 0."""
        lead = len("Greater ") if name.startswith("Greater ") else 0
        words = name[lead:].split(" ")
        for n in range(len(words), 0, -1):
            place = POSSESSIVE.sub("", " ".join(words[:n]))  # `City of Greater Geelong's staff`
            if place in self.places:
                return lead + len(place)
        return 0


class GluedHeads:
    """`SwissCham`: one capitalised word that ends in a glued head names a body."""

    def __init__(self, heads: Collection[str]) -> None:
        heads = sorted(heads, key=len, reverse=True)
        self.heads = heads
        self.pattern = re.compile(r"(?<![\w&'’.-])[A-Z][a-z]+(?:%s)(?![\w&-])" % "|".join(
            map(re.escape, heads))) if heads else None

    def find(self, text: str) -> Iterator[tuple[int, int]]:
        if self.pattern is not None and any(head in text for head in self.heads):
            for m in self.pattern.finditer(text):
                yield m.span()
