"""The chain the role linker (roles.py) reads: the entities of a doc in text order with the class
of the gap between each pair of neighbours (session 20: moved out of roles.py, outputs unchanged).
The gap classes come from a language's role_gaps.tsv; a closing bracket at a gap's start is set
aside, so a short form in brackets can be stepped over.
"""

from __future__ import annotations

from ..candidates import Ent
from .role_fields import FieldLines

CLOSING = (")", "）")
REFER_REACH = 160  # characters from a name back to the company `该公司` stands for


class Chain:
    """The entities of a doc with the classified gaps between neighbours."""

    def __init__(self, ents: list[Ent], text: str, lang: str, classify, fields: FieldLines) -> None:
        self.ents = ents
        self.lang = lang
        self.text = text
        self.closed: list[bool] = []
        self.gaps: list[str | None] = []
        closed, gaps = self.closed.append, self.gaps.append
        for a, b in zip(ents, ents[1:]):  # (one pass: each gap cut and stripped once)
            g = text[a.end_char : b.start_char]
            s = g.lstrip()
            c = s.startswith(CLOSING)
            closed(c)
            gaps(classify(s[1:] if c else g))
        if lang == "zh":  # `甲（某公司）\n副会长：乙`: a post that labels its line joins nothing before it
            fields.cut_labels(text, ents, self.gaps)
        self.position = {id(e): i for i, e in enumerate(ents)}  # entity -> its index, at once
        # label(i): entity i's label; gap(i): class of the gap after entity i; None past
        # either end. The link rules ask these some hundred thousand times a megabyte: a
        # dict's bound `get` answers in C where a method paid a Python call each time
        self.label = dict(enumerate(e.label_ for e in ents)).get
        self.gap = dict(enumerate(self.gaps)).get
        # person index -> whether it closes a `title, name` item (RoleLinker.chained): each
        # item asks of the one before, so once a chain read in text order nests no deeper
        self.items: dict[int, bool] = {}


def referred(c: Chain, p: int) -> Ent | None:
    """The company `该公司` after person p stands for: the nearest ORG before p within
    REFER_REACH characters (the sentence or the one before)."""
    for j in range(p - 1, -1, -1):
        if c.ents[p].start_char - c.ents[j].end_char > REFER_REACH:
            return None
        if c.label(j) == "ORG":
            return c.ents[j]
    return None
