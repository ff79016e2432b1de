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

MAX_STEPS = 12  # capitalised words after the head: the longest official names stay under it
_CAP = r"[^\W\d_a-zß-ÿ][\w'’&-]*"  # a word opening with a capital letter, accented ones too


class ForeignNames:
    def __init__(self, heads: Collection[str], glued: Collection[str],
                 connectors: Collection[str], stops: Collection[str],
                 articles: Collection[str] = ()) -> None:
        self.heads = sorted(heads, key=len, reverse=True)
        self.head_set = frozenset(heads)
        self.glued = sorted(glued, key=len, reverse=True)
        self.stops = set(stops)
        alternatives = []
        if self.heads:
            alternatives.append("(?:%s)" % "|".join(map(re.escape, self.heads)))
        if self.glued:
            alternatives.append(r"[A-Z][a-zäöüß]+(?:%s)" % "|".join(map(re.escape, self.glued)))
        self.lead = re.compile(r"(?<![\w&'’.-])(?:%s)(?![\w&-])" % "|".join(alternatives)) \
            if alternatives else None
        conn = "|".join(map(re.escape, sorted(connectors, key=len, reverse=True)))
        # one step: connectors then a capitalised word, or a comma list closed by a conjunction
        art = "|".join(map(re.escape, sorted(set(connectors) | set(articles), key=len, reverse=True)))
        self.step = re.compile(r"(?: (?:%s)(?: (?:%s))*)? (%s)" % (conn, art, _CAP))
        self.fields = re.compile(r"(?:, %s){1,8} (?:e|y|et|und|en|i) (%s)" % (_CAP, _CAP))
        self.conj = re.compile(r" (?:e|y|et|und|en|i)\Z")
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

    def find(self, text: str) -> Iterator[tuple[int, int]]:
        if self.lead is None:
            return
        if not any(h in text for h in self.heads) and not any(g in text for g in self.glued):
            return
        reached = 0  # a head inside a name already read starts no other (linear time)
        for m in self.lead.finditer(text):
            if m.start() < reached:
                continue
            end = self.extend(text, m.end())
            if end is None:
                reached = m.end()
                continue
            if end > m.end():
                reached = end
                yield m.start(), end
            elif self.glued_re is not None and self.glued_re.search(m.group()):
                yield m.span()
