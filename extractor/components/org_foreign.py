"""Organisations named in a Romance or Germanic language inside English text.

Spanish, Portuguese, French and Italian names put the head noun first and join the rest
with lowercase articles and prepositions (`Secretaría de Economía`, `Cámara de Comercio de
Bogotá`, `Associação Brasileira da Indústria de Alimentos`, `Agence Régionale de
Développement`); German and Dutch glue the head to the end of a word (`Bundeskartellamt`,
`Bundesverband Spedition und Logistik`) or open with it (`Verband der Chemischen Industrie`).
The English stretch finder reads neither: its heads close a name and its connectors are
English. So a name here starts at a foreign head word (`foreign_head` rows) or at a
capitalised word ending in a glued head (`foreign_glued_head`), and runs on over
capitalised words joined by the languages' own connectors (`foreign_connector`; an
article that is also an English word, `foreign_article`, only after one), a list
of fields joined by commas and a final conjunction included (`Desarrollo, Industria,
Comercio y Servicios`). It stops at the English stop words (titles, months, headline
verbs). A head word with nothing capitalised after it is no name, except a glued one,
which names the body alone (`Bundeskartellamt`).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator

from ..lexicon import PhraseAutomaton

MAX_STEPS = 12  # capitalised words after the head: the longest official names stay under it
_JOINED = re.compile(r"[\w&'’.-]")  # a character that makes a head part of a longer word
_AFTER = re.compile(r"[\w&-]")
_GLUED_WORD = re.compile(r"[A-Z][a-zäöüß]+\Z")  # the capitalised start of a glued compound
_GLUED_REACH = 40  # characters of a compound before its glued head
_CAP = r"[^\W\d_a-zß-ÿ][\w'’&-]*"  # a word opening with a capital letter, accented ones too
_CAP_BEFORE = re.compile(r"[^\W\d_a-z][\w'’&.-]* \Z")  # `World Bank`, `PT Bank`: a name before the head


class ForeignNames:
    def __init__(self, heads: Collection[str], glued: Collection[str],
                 connectors: Collection[str], stops: Collection[str],
                 articles: Collection[str] = (), opening: Collection[str] = ()) -> None:
        self.heads = sorted(heads, key=len, reverse=True)
        self.opening = frozenset(opening)  # English look-alikes: a head only opening the name
        self.head_set = frozenset(heads)
        self.glued = sorted(glued, key=len, reverse=True)
        self.stops = set(stops)
        # heads and glued endings by one automaton pass over the text (a regex alternation
        # of them costs several times more on text that holds none); the word edges are
        # checked on the few matches
        self.automaton = PhraseAutomaton([(h, True) for h in self.heads]
                                         + [(g, False) for g in self.glued], word_boundaries=False)
        conn = "|".join(map(re.escape, sorted(connectors, key=len, reverse=True)))
        # one step: connectors then a capitalised word, or a comma list closed by a conjunction
        art = "|".join(map(re.escape, sorted(set(connectors) | set(articles), key=len, reverse=True)))
        self.step = re.compile(r"(?: (?:%s)(?: (?:%s))*)? (%s)" % (conn, art, _CAP))
        self.fields = re.compile(r"(?:, %s){1,8} (?:e|y|et|und|en|i) (%s)" % (_CAP, _CAP))
        self.glued_re = re.compile(r"[A-Z][a-zäöüß]+(?:%s)\Z" % "|".join(map(re.escape, self.glued))) \
            if self.glued else None

    def is_head(self, word: str) -> bool:
        """A head word of these languages: the part of a name a bracketed short form spells
        must hold one (`Comisión Nacional del Agua (CONAGUA)`), as it must an English head."""
        return word in self.head_set or self.glued_re is not None and bool(self.glued_re.search(word))

    def extend(self, text: str, end: int) -> int | None:
        """The end of the name whose head ends at `end`; None past MAX_STEPS words (a
        title-case line or a list, not one name)."""
        for _ in range(MAX_STEPS):
            m = self.fields.match(text, end) or self.step.match(text, end)
            if m is None or m.group(1) in self.stops or any(
                    w in self.stops for w in re.findall(_CAP, text[end:m.end()])):
                return end
            end = m.end()
        return None

    def leads(self, text: str) -> list[tuple[int, int]]:
        """The head words in the text, in order: whole words opening no longer word, and
        capitalised words that end in a glued head (`Bundeskartellamt`)."""
        found = []
        for a, b, kinds in self.automaton.matches(text):
            if _AFTER.match(text, b):
                continue
            if kinds[0]:  # a head word: no longer word before it
                if not (a and _JOINED.match(text, a - 1)) and not (
                        text[a:b] in self.opening and _CAP_BEFORE.search(text, max(0, a - 40), a)):
                    found.append((a, b))
                continue
            m = _GLUED_WORD.search(text, max(0, a - _GLUED_REACH), a)
            if m is not None and m.end() == a and not (m.start() and _JOINED.match(text, m.start() - 1)):
                found.append((m.start(), b))
        return found

    def find(self, text: str) -> Iterator[tuple[int, int]]:
        reached = 0  # a head inside a name already read starts no other (linear time)
        for a, b in self.leads(text):
            if a < reached:
                continue
            end = self.extend(text, b)
            if end is None:
                reached = b
                continue
            if end > b:
                reached = end
                yield a, end
            elif self.glued_re is not None and self.glued_re.search(text, a, b):
                yield a, b
