"""Fields and bodies written right before an English head: `Commerce Director`, `Economy
Secretary`, `Corporate Affairs Director`, `Board President`, `Deputy City Manager`.

English names a post's function by a noun before the head as readily as by `of` after it
(`Director of Commerce` / `Commerce Director`); job titles are mostly this shape (the public
job-description set's occupations: `Procurement Manager`, `Supply Chain Director`). The
modifier list pairs each field noun with the head classes it was first seen with, so a field
listed for ministers (`commerce`) was lost before a director. Here one vocabulary of field
nouns (the modifiers' `dept` rows and the portfolio nouns read after `Minister for`) serves
every head class that takes a field (`field_class`), and a body's word (`body_post`: `Board`,
`Council`, `City`) stands before the posts of that body (`Port of X Commission President`
is ORG `Port of X` + TITLE `Commission President`, as GUIDELINES splits the organisation
named before a title from the title).

An organisation's name can end in the same nouns (`Acme Trade Director`, `European Council
President`), so the words are taken only where no name runs into them: at a line's or a
clause's start, after a lowercase word, an acronym (`NDPA Board President`), a possessive
(`Austrade's Trade Director`) or a place (`Washington Commerce Director`, `Port of Seattle
Commission President`).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping

MAX_WORDS = 3
_WORD_BEFORE = re.compile(r"([A-Za-z][\w&'’\-]*) \Z")  # one word and its space, ending a slice
_ACRONYM = re.compile(r"[A-Z][A-Z&]+\Z")
NAME_JOINS = frozenset(("of", "for", "and", "on", "in", "de", "du", "des", "der"))  # inside a body's name


class FieldsBefore:
    """`nouns`: lowercase field nouns and phrases; `adjectives`: words a field noun takes
    before it (`corporate`, `public`); `classes`: head classes that take a field;
    `bodies`: lowercase body words -> the head classes they stand before."""

    def __init__(self, nouns: Collection[str], adjectives: Collection[str],
                 classes: Collection[str], bodies: Mapping[str, frozenset[str]],
                 stop: Collection[str] = ()) -> None:
        self.nouns = frozenset(nouns) - frozenset(stop)
        self.adjectives = frozenset(adjectives) - frozenset(stop)
        self.classes = frozenset(classes)
        self.bodies = dict(bodies)

    @staticmethod
    def capital_before(text: str, start: int, floor: int) -> bool:
        """Whether a capitalised word and one space end right before `start`: a test of
        two characters and one `rfind`, before any reading (most heads have none)."""
        if start - 2 < floor or text[start - 1] != " " or not text[start - 2].isalpha():
            return False
        k = text.rfind(" ", max(floor, start - 41), start - 1) + 1
        return text[max(k, floor, start - 41)].isupper()

    def before(self, text: str, start: int, floor: int, klass: str,
               dept: str = "") -> list[tuple[int, str]]:
        """The readings (start, lowercase form), longest first, of field or body words that
        end right before `start` (a space between). `dept`: the listed field already read
        before the head (`Communications` of `International Communications Manager`), which
        the words found here must continue. Whether a name runs into them is the caller's
        test (`opens`), made where the ranks before them start (`Deputy City Manager`)."""
        words: list[tuple[int, str]] = []  # (start, word), nearest first
        pos = start
        while len(words) < MAX_WORDS:
            m = _WORD_BEFORE.search(text, max(floor, pos - 40), pos)
            if m is None or m.start(1) < floor or not m.group(1)[0].isupper():
                break
            words.append((m.start(1), m.group(1)))
            pos = m.start(1)
        out = []
        for n in range(len(words), 0, -1):
            phrase = [w.lower() for _, w in reversed(words[:n])]
            if self._reads(phrase, klass, dept):
                out.append((words[n - 1][0], " ".join(phrase)))
        return out

    def is_body(self, phrase: str, klass: str) -> bool:
        """`board` before `President`: a body's word before its post."""
        return klass in self.bodies.get(phrase, ())

    def _reads(self, phrase: list[str], klass: str, dept: str) -> bool:
        if len(phrase) == 1 and not dept and self.is_body(phrase[0], klass):
            return True  # `Board President`, `City Manager`
        if klass not in self.classes:
            return False
        last = phrase[-1] if not dept else dept
        if last not in self.nouns and not (last.endswith("s") and last[:-1] in self.nouns):
            return False
        rest = phrase[:-1] if not dept else phrase
        return all(w in self.adjectives or w in self.nouns for w in rest)

    def opens(self, text: str, at: int, floor: int, place_ends: Mapping[int, int],
              body: bool = False, ranked: bool = False) -> bool:
        """Whether no name runs into the words starting at `at`: a line's or the text's
        start, punctuation, a lowercase word (not one that joins a name's parts: `Department
        of Agriculture Director`), an acronym, a possessive or a place before. `place_ends`:
        where REGION candidates end -> where they start. A body's word after a place names
        the body (`Greenville County Council Chairman`), unless the place closes a name
        itself (`Port of Seattle Commission President`). `ranked`: a rank opens the words
        (`… and Deputy City Manager`): after `and` it starts a post, not a name's part, as the
        words do after a name and `and` (`Jo Roe and Board President Tim Hale`)."""
        if at == 0:
            return True
        if at < floor:
            return False
        if text[at - 1] != " ":
            return not text[at - 1].isalnum()
        place = place_ends.get(at - 1)
        if place is not None:
            return not body or text.endswith(" of ", 0, place)
        m = _WORD_BEFORE.search(text, max(0, at - 41), at)
        if m is None:
            return True  # punctuation or a line's start before the space
        word = m.group(1)
        if word == "and" and not ranked:  # `Economic and Community Development Commissioner`:
            # a field joined to a field names one body; after a name, a new post opens
            m = _WORD_BEFORE.search(text, max(0, m.start() - 41), m.start())
            return m is not None and m.group(1).lower() not in self.nouns \
                and m.group(1).lower() not in self.adjectives
        if word in NAME_JOINS:
            return word == "and"
        return not word[0].isupper() or _ACRONYM.match(word) is not None \
            or word.endswith(("'s", "’s"))
