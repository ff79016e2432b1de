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

A section heading opening a line (`Related News`, `More News From X`) names nothing, nor does a
relative day in a link label's possessive (`Today's Press Releases`). A share bar's label may
stand after other buttons on its line (`[A] [A]   Share to: WeChat | LinkedIn`). A contact
field's label (`Tel`, `Fax`) is never a name nor its end (`Ivan Lau  Tel: ...`). Two full names
joined by a slash are two people (a byline `A. Rao/N. Mehta`, a credit `Xinhua/Liu Bin`).
The site's name heads the page (page_brand.py): the first line before the navigation, or the
first item of the navigation's first line, written as a brand (`GovHK | ...`, `KAWASHIRO
ELECTRIC` above a menu), is an ORG, and no menu item. Only the menu
separators are looked for in the text; the other forms are read off the candidates in one
pass (credit labels only where a learned recogniser ran: the rules never take them in).

The frame of a wire release is read by its grammar (page_lines.py): the firm in the slot
after the wire (`--(BUSINESS WIRE)--Kestrel Data today ...`), the town and state of a postal
address (`Madison, WI 53702`); neither place nor firm are a road's name ending in its
designator (`East Randolph Street,`) or after its house number (`89 Queensway,`) and a
building's before a numbered road (`Lippo Centre, 89 Queensway`); a line opening with a share
or follow label lists buttons (`Share this article Facebook Twitter`); a copyright line's
holder is an ORG without the label (`Copyright 2026 Kestrel Data, Inc.`).
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
from .page_brand import BrandReader
from .page_lines import NEXT_ROAD, WIRE_REACH, addresses, copyright_holders, numbered, wire_firms


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


ADDRESS_NEXT = (",", ";", "\n", "")  # what follows a road's or building's name in an address


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
        self.buildings = frozenset(kinds["building"])
        self.not_first = frozenset(kinds["firm_not_first"])
        self.bars = tuple(kinds["bar_label"])
        self.bar_words = tuple(sorted({b.split()[0].rstrip(":") for b in self.bars}))
        self.bar_keep = frozenset(kinds["bar_keep"])
        self.copyright = tuple(kinds["copyright"])
        self.contact = frozenset(kinds["contact_label"])
        self.brands = BrandReader(self.menus, kinds["brand_not"], kinds["brand_skip"])
        # a relative day opening a link label (`Today's Press Releases`): the sources that read one
        self.relative = tuple(s for s in self.drop if ".date." in s)
        # the menu-only profile of a language whose pages need no more (no streets, credits, bars)
        self.menu_only = not (self.street_words or self.labels or self.bars or self.copyright)
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
        if self.menu_only and not menus and not present(text, self.heads):
            return doc  # (a bilingual page's heading stands in its own segment, away from the menus)
        cands = candidates(doc)
        bars = self.bar_lines(text) if self.bars else []
        brand = self.brands.find(text, menus) if menus else None
        parts: list[Candidate] = []  # the names a slash joined into one learned span
        contact = self.contact if present(text, self.contact) else ()
        relative = self.relative
        slots: list[Candidate] = []  # ORGs in a wire's slot (`(BUSINESS WIRE)`, `/PRNewswire/`)
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
            if contact and c.label in NAMES and (text[c.start:c.end] in contact or c.source.startswith("learned.")
                                                and self.trim_contact(text, c)):
                drop.append(c)  # `Tel.` read as a name
                continue
            if c.label == "PERSON" and c.source.startswith("learned.") and "/" in text[c.start:c.end]:
                split = slashed(text, c)
                if split:
                    drop.append(c)  # `Abhishek Rao/Neha Mehta`: two bylines
                    parts += split
                    continue
            if relative and c.label == "DATE" and text.startswith("'s ", c.end) and c.source.startswith(relative) \
                    and self.opens_line(text, c.start) and self.link_label(text, c.start):
                drop.append(c)  # `Today's Press Releases`: a link
                continue
            if c.label == "ORG":
                if c.start < WIRE_REACH:
                    before = text[c.start - 1]
                    if before in "(/" or before == " " and text[c.start - 2] == "/":
                        slots.append(c)
                if text.startswith(streets, c.end) and street.match(text, c.end):
                    drop.append(c)  # `Xinhua Road, ...`: a street
                    continue
                if (c.start == 0 or text[c.start - 1] in "\n \t") and text[c.start : c.end] in heads \
                        and self.opens_line(text, c.start, HAN_LABEL):
                    drop.append(c)  # `Related News`, `More News From X`: a section's heading
                    continue
                if text.startswith(", ", c.end) and self.building(text, c.start, c.end):
                    drop.append(c)  # `Lippo Centre, 89 Queensway`: a building
                    continue
            if c.tier:
                if c.label in ("ORG", "REGION") and text[c.end:c.end + 1] in ADDRESS_NEXT \
                        and (self.road(text, c.start, c.end) or numbered(text, c.start, c.end)):
                    drop.append(c)  # `200 East Randolph Street, Suite 5100`, `89 Queensway, `: a road
                    continue
            if bars and (c.tier or c.label not in self.bar_keep) and any(a <= c.start < b for a, b in bars):
                drop.append(c)  # `Share this article Facebook Twitter Email`: buttons
                continue
            if menus and c.source.startswith(self.drop) and c.label not in self.keep \
                    and (brand is None or (c.start, c.end) != brand) \
                    and any(a <= c.start and c.end <= b for a, b in menus):
                drop.append(c)
        if drop:
            gone = {id(c) for c in drop}
            cands[:] = [c for c in cands if id(c) not in gone]
        cands += parts
        if brand is not None and not any(c.start == brand[0] and c.end == brand[1] and c.label == "ORG" for c in cands):
            a, b = brand
            cands[:] = [c for c in cands if not (c.start < b and a < c.end and c.end - c.start < b - a)]
            cands.append(Candidate(a, b, "ORG", text[a:b], "page.brand", {"found_by": "page.brand"}, 1))
        if not self.menu_only:
            self.frame(text, cands, slots)
        return doc

    def trim_contact(self, text: str, c: Candidate) -> bool:
        """Cut a contact field's label off the end of a learned name (`Ivan Lau  Tel`); True when
        nothing is left of it."""
        span = text[c.start:c.end]
        cut = span.rfind(" ")
        if cut < 0 or span[cut + 1:].rstrip(".:") not in self.contact:
            return False
        c.end = c.start + len(span[:cut].rstrip())
        return c.end <= c.start

    def link_label(self, text: str, start: int) -> bool:
        """Whether the line from start is a short heading, every word capitalised (`Today's Press
        Releases`): a link's label, no sentence."""
        end = text.find("\n", start)
        words = text[start:len(text) if end < 0 else end].split()
        return len(words) <= self.menus.max_words and all(w[:1].isupper() for w in words)

    def frame(self, text: str, cands: list[Candidate], slots: list[Candidate]) -> None:
        """New candidates from the wire release's frame (page_lines.py): the dateline's firm, an
        address's town and state, a copyright holder (out goes a copyright label read into a
        name, and a learned reading across any of these). Each form is prefiltered."""
        extra: list[Candidate] = []
        drop: set[int] = set()
        if slots:
            extra += wire_firms(text, slots, cands, self.not_first)
        found = addresses(text, self.postal) if self.postal else []
        if found:
            have = {(c.start, c.end) for c in cands if c.label == "REGION"}
            extra += [c for c in found if (c.start, c.end) not in have]
        holders = copyright_holders(text, self.copyright) if present(text, self.copyright) else {}
        for (a, b), label_start in holders.items():
            for c in cands:
                if c.start == label_start and c.end > a and c.label == "ORG" or c.tier and c.start < b and a < c.end:
                    drop.add(id(c))  # `Copyright 2026 Kestrel Data` read as one name
            if not any(c.start == a and c.end == b and c.label in ("ORG", "REGION") for c in cands):
                extra.append(Candidate(a, b, "ORG", text[a:b], "page.copyright", {"found_by": "page.copyright"}, 1))
        for c in extra:  # a learned reading across a frame's name gives way to it
            for k in cands:
                if k.tier and k.start < c.end and c.start < k.end:
                    drop.add(id(k))
        if drop:
            cands[:] = [c for c in cands if id(c) not in drop]
        cands += extra

    def road(self, text: str, start: int, end: int) -> bool:
        """Whether text[start:end] ends in a street designator (`East Randolph Street`; the
        caller has seen the address go on after it, or end)."""
        last = text[text.rfind(" ", start, end) + 1:end].rstrip(".")
        return last in self.street_words

    def building(self, text: str, start: int, end: int) -> bool:
        """Whether text[start:end] ends in a building's word and a numbered road follows it in
        an address (`Lippo Centre, 89 Queensway`): the building, no organisation or place."""
        last = text[text.rfind(" ", start, end) + 1:end]
        return last in self.buildings and NEXT_ROAD.match(text, end) is not None

    def bar_lines(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of the share or follow bars: a label (`Share to:`, `Follow us`) opening a
        line, or after other buttons on it (`[A] [A]   Share to: WeChat`, `[Print] [Close]  Share
        to`: a gap of spaces, a bracket or a bar before it), to the line's end, when what follows
        is short. One `find` per label's first word (`Share`, `Follow`)."""
        out = []
        for word in self.bar_words:
            i = text.find(word)
            while i >= 0:
                end = text.find("\n", i)
                end = len(text) if end < 0 else end
                if text.startswith(self.bars, i) and bar_opens(text, i) \
                        and len(text[i:end].split()) <= self.menus.max_words * 3:
                    out.append((i, end))
                i = text.find(word, i + len(word))
        return out

    @staticmethod
    def opens_line(text: str, start: int, label: re.Pattern | None = None) -> bool:
        """Whether only spaces and tabs stand before start on its line, or (with `label`) the
        same heading in Chinese, as a bilingual page writes it (`相关新闻 Related News`)."""
        before = text[text.rfind("\n", 0, start) + 1 : start]
        return not before.strip(" \t") or label is not None and label.fullmatch(before) is not None


NAMES = ("PERSON", "ORG", "REGION")
# a bilingual page's Chinese heading before the English one on its line (`相关新闻 Related News`)
HAN_LABEL = re.compile(r"[ \t\u3000]*[\u4e00-\u9fff]{2,8}[ \t\u3000]+")


def bar_opens(text: str, i: int) -> bool:
    """Whether a bar's label at i opens its bar: at the line's start, or after a gap of two spaces
    or a tab, a closing bracket or a bar (other buttons on the line)."""
    before = text[text.rfind("\n", 0, i) + 1:i]
    if not before.strip():
        return True
    return before.endswith(("  ", "\t")) or before.rstrip()[-1:] in "]|】"


# a full name: two to four capitalised words (initials, hyphens and apostrophes in them)
FULL_NAME = re.compile(r"[A-Z][\w.'’\-]*(?: [A-Z][\w.'’\-]*){1,3}")


def slashed(text: str, c: Candidate) -> list[Candidate]:
    """The full names a learned PERSON joined with slashes (`Abhishek Rao/Neha Mehta`), each a
    PERSON of the same source, when every part is one; else none."""
    out, a = [], c.start
    for part in text[c.start:c.end].split("/"):
        lead = len(part) - len(part.lstrip())
        name = part.strip()
        if not FULL_NAME.fullmatch(name):
            return []
        s = a + lead
        out.append(Candidate(s, s + len(name), "PERSON", name, c.source, dict(c.attrs), c.priority, c.tier))
        a += len(part) + 1
    return out if len(out) > 1 else []


def present(text: str, words) -> bool:
    """Whether any of `words` occurs in `text` (a loop of C-level `in`: no generator)."""
    for w in words:
        if w in text:
            return True
    return False


@Language.factory("pressner_page")
def make_page(nlp: Language, name: str) -> PageFurniture:
    return PageFurniture(nlp, name)
