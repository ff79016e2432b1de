"""Page furniture: the lines a scraped web page puts around a release.

Real pages arrive with navigation bars and breadcrumbs (`Home > News > Press`,
`Print | Share | Close`), share bars, photo credits and address footers. A line is
furniture by its form, not by its words: short items joined by menu separators. There
the learned recogniser reads menu items as names (`About Us` -> REGION `Us`), a share
button's brand is no organisation mentioned, and a relative day word is a link label
(`Today's Press Releases`), while a region in a breadcrumb, a full date and a known
name are still what they are (GUIDELINES: entities wherever they stand). Two forms
hold anywhere on a page: a credit label glued to a name (`(Photo/Xinhua)`) is never part
of it, and a name before a street designator (`No. 8 Xinhua Road`) names the street.

A line that is only a section heading (`Related News`) names nothing. One scan of the
text (one compiled alternation) finds the separators, credit labels, headings and street
words; candidates are read only where it found some.
"""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

from pydantic import BaseModel
from spacy.language import Language
from spacy.tokens import Doc

from ..candidates import Candidate, candidates, doc_text
from ..lexicon import read_tsv
from .base import DataComponent


class FurnitureRow(BaseModel):
    kind: str
    value: str


class MenuGrammar:
    """Which lines of a text are menus: items between `menu_sep` separators, each of at
    most `menu_words` words. Shared by this component and the document-date reader
    (`dates.DateRecognizer.header_end`), which does not count menu lines as header."""

    def __init__(self, rows: list[FurnitureRow]) -> None:
        seps = [r.value for r in rows if r.kind == "menu_sep"]
        self.sep_chars = "".join(seps)
        self.split = re.compile("|".join(map(re.escape, seps))) if seps else None
        words = [int(r.value) for r in rows if r.kind == "menu_words"]
        self.max_words = words[0] if words else 0

    @classmethod
    def from_file(cls, path: Path) -> "MenuGrammar":
        return cls(read_tsv(path, FurnitureRow))

    def is_menu(self, line: str) -> bool:
        """Two or more items, each short; an item may be empty (`Mobile | 中文 |`)."""
        if self.split is None:
            return False
        items = self.split.split(line)
        if len(items) < 2:
            return False
        return all(len(item.split()) <= self.max_words for item in items)

    def menu_lines(self, text: str, positions) -> list[tuple[int, int]]:
        """(start, end) of the menu lines holding any of `positions` (separator offsets)."""
        out, seen = [], set()
        for p in positions:
            start = text.rfind("\n", 0, p) + 1
            if start in seen:
                continue
            seen.add(start)
            end = text.find("\n", p)
            end = len(text) if end < 0 else end
            if self.is_menu(text[start:end]):
                out.append((start, end))
        return out


class PageFurniture(DataComponent):
    FILES = {"furniture": True}

    def load(self, files: dict[str, Path]) -> None:
        rows = read_tsv(files["furniture"], FurnitureRow)
        kinds: dict[str, list[str]] = defaultdict(list)
        for r in rows:
            kinds[r.kind].append(r.value)
        self.menus = MenuGrammar(rows)
        self.drop = tuple(kinds["menu_drop"])
        self.keep = frozenset(kinds["menu_keep"])
        alts = []
        if self.menus.sep_chars:
            alts.append(f"(?P<sep>[{re.escape(self.menus.sep_chars)}])")
        if kinds["credit_label"]:
            labels = "|".join(map(re.escape, kinds["credit_label"]))
            alts.append(rf"(?P<credit>\b(?:{labels})\s*[/:]\s*)")
        if kinds["heading"]:
            heads = "|".join(map(re.escape, kinds["heading"]))
            alts.append(rf"(?P<heading>(?:^|(?<=\n))[ \t]*(?i:{heads})[ \t]*(?=\n|$))")
        if kinds["street"]:
            streets = "|".join(map(re.escape, kinds["street"]))
            # an address goes on after the street (`Xinhua Road, Jianghan District`) or ends; a
            # name goes on (`Arbeck Road Freight`, a firm's division)
            alts.append(rf"(?P<street> (?:{streets})\b\.?(?=[ \t]*(?:[,;(\n]|$)))")
        self.scan = re.compile("|".join(alts)) if alts else None

    def __call__(self, doc: Doc) -> Doc:
        if self.scan is None:
            return doc
        text = doc_text(doc)
        seps, credits, streets, heads = [], {}, set(), []
        for m in self.scan.finditer(text):
            kind = m.lastgroup
            if kind == "sep":
                seps.append(m.start())
            elif kind == "credit":
                credits[m.start()] = m.end()
            elif kind == "street":
                streets.add(m.start())
            else:
                heads.append(m.span())
        if not (seps or credits or streets or heads):
            return doc
        cands = candidates(doc)
        menus = self.menus.menu_lines(text, seps) if seps else []
        kept: list[Candidate] = []
        for c in cands:
            if c.start in credits:
                c.start = credits[c.start]  # `Photo/Suzhou Daily` -> `Suzhou Daily`
                if c.start >= c.end:
                    continue
            if c.end in streets and c.label == "ORG":
                continue  # `Xinhua Road`: a street
            if menus and c.source.startswith(self.drop) and c.label not in self.keep and any(a <= c.start and c.end <= b for a, b in menus):
                continue
            if heads and any(a <= c.start and c.end <= b for a, b in heads):
                continue  # `Related News`: a section's heading
            kept.append(c)
        if len(kept) != len(cands):
            cands[:] = kept
        return doc


@Language.factory("pressner_page")
def make_page(nlp: Language, name: str) -> PageFurniture:
    return PageFurniture(nlp, name)
