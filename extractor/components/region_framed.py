"""Cities named like people (`Derby`, `Telford`), read as REGIONs only where a place's frame stands.

The gazetteer leaves out a city whose one-word name is also a given name or surname: bare,
the word is more often a person's. Company releases name such towns as the seat of a plant,
an office or a headquarters (`a plant in Derby`, `offices in Telford, Shropshire`), and the
guidelines make them REGIONs. The list (world_cities_framed.tsv, generated from GeoNames) is
read only in a frame no person's name takes: right after `in`, `near` or `outside`, right
before a comma and a region already found (`Derby, England`), or glued to `-based` (`a
Bergen-based maker`: a firm's seat, as company releases write it); not as the first word of a
longer capitalised name (`Derby Road`, `in Preston North End`) nor as a possessive. Its other
mentions then read so too where they stand alone (one reading per document), as site towns do.
"""

from __future__ import annotations

import re
from pathlib import Path

import ahocorasick_rs
from pydantic import BaseModel

from ..candidates import Candidate
from ..lexicon import literal_alternation, read_tsv

# no longer name, no possessive, no hyphenated word after the city's name
_END = r"(?![\w'’&-]| [A-Z]| \()"
# a capitalised word right before (a given name's place), an article or a preposition aside
_ALONE_BEFORE = re.compile(r"(?<![\w'’.-])(?!(?:The|A|An|In|At|Near|From|Its|Our|Their) )[A-Z][\w'’-]* \Z")


FRAME_WORDS = ("in ", "near ", "outside ")
BASED = "-based"  # the seat glued before it: `a Bergen-based maker`
JOIN_ENDS = (", ", " and ")  # how `before_join` ends (`Cork and `, `Derby, `)
JOIN_OPENS = (",", " and")  # how `after_join` opens
_COUNTRY = re.compile(r"\b(?:ISO|SUB|CITY)-([A-Z]{2})\b")  # the country in a region's id  # the words `after_word` opens on


def frame_words(text: str) -> list[int]:
    """Where `after_word` can match: the offsets of its opening words, found by C-level
    `str.find`, in text order. Its matches there are `after_word.finditer`'s (a frame word
    starts after a non-word character, so none lies inside an earlier match's one-word
    name), where the pattern itself was tried at every `i`, `n` and `o` of the text
    (a tenth of the English regions' time)."""
    out = []
    for word in FRAME_WORDS:
        at = text.find(word)
        while at >= 0:
            out.append(at)
            at = text.find(word, at + 1)
    out.sort()
    return out


class FramedRow(BaseModel):
    country: str
    name_en: str
    population: int
    geonameid: int


class FramedCities:
    def __init__(self, path: Path) -> None:
        self.names = {r.name_en: r.country for r in read_tsv(path, FramedRow)}
        # no name is longer: a search for one ending at a given place starts this far before it
        self.longest = max(map(len, self.names), default=0)
        alt = literal_alternation(self.names)
        # `(?<![\w-])(?:in|near|outside) `, the edge checked after the first letter: a
        # pattern opening on letters is tried only where they stand, not at every position
        self.after_word = re.compile(r"(?:i(?<![\w-].)n|n(?<![\w-].)ear|o(?<![\w-].)utside) (%s)%s"
                                     % (alt, _END)) if self.names else None
        self.before_comma = re.compile(r"(?<![\w'’.-])(%s), \Z" % alt) if self.names else None
        # a town joined to a place in a list: before it (`Cork and`, `Derby,`) or after it
        self.before_join = re.compile(r"(?<![\w'’.-])(%s)(?:,? and|,) \Z" % alt) if self.names else None
        self.after_join = re.compile(r"(?:,? and|,) (%s)%s" % (alt, _END)) if self.names else None
        # `a Bergen-based maker`: tried back from each `-based` (a rare word, found by str.find)
        self.before_based = re.compile(r"(?<![\w'’.&-])(%s)%s\Z" % (alt, BASED)) if self.names else None
        # every candidate `after` makes is a mention of a listed name: a text holding none of
        # them anywhere (most texts) is left in one automaton pass, where the frames were looked
        # for around every `in `, region and `-based` (a seventh of the English regions' time)
        self.named = ahocorasick_rs.AhoCorasick(list(self.names)) if self.names else None

    def after(self, text: str, found: list[tuple[int, int, object]],
              places: list[Candidate] = ()) -> list[Candidate]:
        """REGION candidates for the framed cities of `text`; `found`: the regions the
        lexicon read, as (start, end, ids); `places`: their candidates (with their ids)."""
        if self.after_word is None or not self.named.find_matches_as_indexes(text):
            return []
        taken = {(s, e) for s, e, _ in found}
        match = self.after_word.match
        names = {m.group(1) for at in frame_words(text) if (m := match(text, at)) is not None}
        names |= self.coordinated(text, places)
        at = text.find(BASED)
        while at >= 0:
            m = self.before_based.search(text, max(0, at - 40, at - self.longest), at + len(BASED))
            if m is not None and not text[at + len(BASED):at + len(BASED) + 1].isalnum():
                names.add(m.group(1))
            at = text.find(BASED, at + 1)
        for start, _, _ in found:  # `Derby, England`: before a region found
            if start < 2 or not text.startswith(", ", start - 2):  # (what it must end with)
                continue
            m = self.before_comma.search(text, max(0, start - 40, start - 2 - self.longest), start)
            if m is not None:
                names.add(m.group(1))
        out = []
        for name in sorted(names):  # (each mention alone, as one reading per document)
            for m in re.finditer(r"(?<![\w'’.&-])%s(?:%s|(?=%s\b))" % (re.escape(name), _END, BASED), text):
                if (m.start(), m.end()) in taken or _ALONE_BEFORE.search(text, max(0, m.start() - 40), m.start()):
                    continue
                info = {"id": None, "name_en": name, "name_zh": None, "type": "city",
                        "code": None, "parent": f"ISO-{self.names[name]}"}
                out.append(Candidate(m.start(), m.end(), "REGION", name, "region.latin.framed", info, 0))
        return out

    def coordinated(self, text: str, places: list[Candidate]) -> set[str]:
        """`a delegation from Cork and Galway`, `Derby, Leicester and Nottingham`: a listed
        town coordinated with a place of its own country that the lexicon read is a place of
        the same list (GUIDELINES: every item of an enumerated list of regions is a span); a
        person is seldom listed with towns of the country the town is in."""
        out: set[str] = set()
        for c in places:
            # what the joins must end (before the place) or open with (after it), checked first:
            # most places stand in no list
            joined_before = text.endswith(JOIN_ENDS, 0, c.start)
            if not joined_before and not text.startswith(JOIN_OPENS, c.end):
                continue
            # (the join is at most `, and `: the name starts within `longest` + 6 before the place)
            before = self.before_join.search(text, max(0, c.start - 40, c.start - 6 - self.longest), c.start) \
                if joined_before else None
            after = self.after_join.match(text, c.end)
            if before is None and after is None:
                continue  # (most places a comma joins: no town of the list there)
            country = _COUNTRY.search(" ".join(str((c.attrs or {}).get(k) or "") for k in ("id", "parent")))
            if country is None:
                continue
            for m in (before, after):
                if m is not None and self.names.get(m.group(1)) == country.group(1):
                    out.add(m.group(1))
        return out
