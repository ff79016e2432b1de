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

A line that is only a section heading (`Related News`) names nothing. Only the menu
separators are looked for in the text; the other forms are read off the candidates in one
pass (credit labels only where a learned recogniser ran: the rules never take them in).
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
        # Only the menu separators are looked for in the text (single characters: a C-level
        # `in` each); the other forms are read off the candidates they would change, in one
        # pass: a regex scan or a multi-character `in` per text costs more than that pass.
        self.sep_chars = self.menus.sep_chars
        self.sep = re.compile(f"[{re.escape(self.sep_chars)}]") if self.sep_chars else None
        labels = "|".join(map(re.escape, kinds["credit_label"])) or "(?!)"
        self.labels = tuple(kinds["credit_label"])
        self.credit = re.compile(rf"(?:{labels})\s*[/:]\s*")
        self.heads = frozenset(kinds["heading"])
        self.streets = tuple(" " + w for w in kinds["street"])
        # an address goes on after the street (`Xinhua Road, Jianghan District`) or ends; a
        # name goes on (`Arbeck Road Freight`, a firm's division)
        streets = "|".join(map(re.escape, kinds["street"])) or "(?!)"
        self.street = re.compile(rf" (?:{streets})\b\.?(?=[ \t]*(?:[,;(\n]|$))")
        self.learned: bool | None = None  # whether the pipeline has a learned recogniser

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        if self.learned is None:
            self.learned = any(name.endswith("learned") for name in self.nlp.pipe_names)
        menus = []
        if self.sep is not None and present(text, self.sep_chars):
            menus = self.menus.menu_lines(text, [m.start() for m in self.sep.finditer(text)])
        cands = candidates(doc)
        learned, labels, credit = self.learned, self.labels, self.credit
        streets, street, heads = self.streets, self.street, self.heads
        drop: list[Candidate] = []  # few or none: the list is rebuilt only then
        for c in cands:
            if learned and text.startswith(labels, c.start):
                m = credit.match(text, c.start)
                if m is not None:  # `Photo/Suzhou Daily` -> `Suzhou Daily`
                    c.start = m.end()
                    if c.start >= c.end:
                        drop.append(c)
                        continue
            if c.label == "ORG":
                if text.startswith(streets, c.end) and street.match(text, c.end):
                    drop.append(c)  # `Xinhua Road, ...`: a street
                    continue
                if (c.start == 0 or text[c.start - 1] in "\n \t") and text[c.start : c.end] in heads \
                        and self.whole_line(text, c.start, c.end):
                    drop.append(c)  # `Related News`: a section's heading
                    continue
            if menus and c.source.startswith(self.drop) and c.label not in self.keep \
                    and any(a <= c.start and c.end <= b for a, b in menus):
                drop.append(c)
        if drop:
            gone = {id(c) for c in drop}
            cands[:] = [c for c in cands if id(c) not in gone]
        return doc

    @staticmethod
    def whole_line(text: str, start: int, end: int) -> bool:
        """Whether text[start:end] is its line, but for spaces and tabs."""
        return not text[text.rfind("\n", 0, start) + 1 : start].strip(" \t") \
            and not text[end : (text.find("\n", end) + 1 or len(text) + 1) - 1].strip(" \t")


def present(text: str, words) -> bool:
    """Whether any of `words` occurs in `text` (a loop of C-level `in`: no generator)."""
    for w in words:
        if w in text:
            return True
    return False


@Language.factory("pressner_page")
def make_page(nlp: Language, name: str) -> PageFurniture:
    return PageFurniture(nlp, name)
