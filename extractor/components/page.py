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

The frame of a wire release is read by its grammar (page_lines.py): the firm in the slot
after the wire (`--(BUSINESS WIRE)--Kestrel Data today ...`), the town and state of a postal
address (`Madison, WI 53702`), a road's name ending in its designator (`East Randolph Street,`:
neither place nor firm), a line opening with a share or follow label (`Share this article
Facebook Twitter`: buttons), a copyright line's holder (`Copyright 2026 Kestrel Data, Inc.`:
the ORG, without the label).
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
from .page_lines import addresses, copyright_holders, line_start, wire_firms


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


class PostalRow(BaseModel):
    form: str
    name_en: str
    country: str


class PageFurniture(DataComponent):
    FILES = {"furniture": True, "postal": False}

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
        self.street_words = frozenset(kinds["street"])
        self.not_first = frozenset(kinds["firm_not_first"])
        self.bars = tuple(kinds["bar_label"])
        self.bar_words = tuple({b.split()[0].rstrip(":") for b in self.bars})
        self.bar_keep = frozenset(kinds["bar_keep"])
        self.copyright = tuple(kinds["copyright"])
        self.postal = {r.form: r.name_en for r in read_tsv(files["postal"], PostalRow)} \
            if "postal" in files else {}
        self.learned: bool | None = None  # whether the pipeline has a learned recogniser

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        if self.learned is None:
            self.learned = any(name.endswith("learned") for name in self.nlp.pipe_names)
        menus = []
        if self.sep is not None and present(text, self.sep_chars):
            menus = self.menus.menu_lines(text, [m.start() for m in self.sep.finditer(text)])
        cands = candidates(doc)
        self.frame(text, cands)
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

    def frame(self, text: str, cands: list[Candidate]) -> None:
        """The wire release's frame (page_lines.py): new candidates for the dateline's firm, an
        address's town and state and a copyright holder; out go the road names, the buttons of a
        labelled bar and a copyright label read into a name. Each form is prefiltered."""
        extra: list[Candidate] = []
        drop: set[int] = set()
        if "/" in text or "(" in text:
            extra += wire_firms(text, cands, self.not_first)
        if self.postal and ", " in text:
            have = {(c.start, c.end) for c in cands if c.label == "REGION"}
            extra += [c for c in addresses(text, self.postal) if (c.start, c.end) not in have]
        holders = copyright_holders(text, self.copyright) if present(text, self.copyright) else {}
        for (a, b), label_start in holders.items():
            for c in cands:
                if c.start == label_start and c.end > a and c.label == "ORG" or c.tier and c.start < b and a < c.end:
                    drop.add(id(c))  # `Copyright 2026 Kestrel Data` read as one name
            if not any(c.start == a and c.end == b and c.label in ("ORG", "REGION") for c in cands):
                extra.append(Candidate(a, b, "ORG", text[a:b], "page.copyright", {"found_by": "page.copyright"}, 1))
        bars = present(text, self.bar_words)
        for c in cands:
            if c.label in ("ORG", "REGION") and self.road(text, c.start, c.end):
                drop.add(id(c))  # `200 East Randolph Street, Suite 5100`: a road
            elif bars and (c.tier or c.label not in self.bar_keep) and self.bar_line(text, c.start):
                drop.add(id(c))  # `Share this article Facebook Twitter Email`: buttons
        for c in extra:  # a learned reading across a frame's name gives way to it
            for k in cands:
                if k.tier and k.start < c.end and c.start < k.end:
                    drop.add(id(k))
        if drop:
            cands[:] = [c for c in cands if id(c) not in drop]
        cands += extra

    def road(self, text: str, start: int, end: int) -> bool:
        """Whether text[start:end] ends in a street designator and the address goes on
        (`East Randolph Street, Suite 5100`) or ends there."""
        last = text[text.rfind(" ", start, end) + 1:end].rstrip(".")
        return last in self.street_words and text[end:end + 1] in (",", ";", "\n", "")

    def bar_line(self, text: str, pos: int) -> bool:
        """Whether the line holding pos opens with a share or follow label and is short."""
        a = line_start(text, pos)
        while text[a:a + 1] in (" ", "\t"):
            a += 1
        if not text.startswith(self.bars, a):
            return False
        b = text.find("\n", a)
        return len(text[a:b if b >= 0 else len(text)].split()) <= self.menus.max_words * 3

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
