"""Small towns named before a mine's or plant's site word (`the Snow Lake mine in Manitoba`).

Towns of a few hundred or thousand people are below the gazetteer (GeoNames cities of
50,000+) and are named like phrases (`Red Lake`, `Battle Mountain`), so no lexicon can hold
them. Mining and energy releases name a project after its nearest town and then place the
project in a province or state: a capitalised name closed by a landform word, right before
a site word, the site `in`/`near` a region already found, is that town (GUIDELINES: a region
inside a facility's name is annotated, as `Tianjin` in `Tianjin Port`); so is a name after a
settlement's kind (`the town of Bowman`). The name is then a REGION at its every mention
(`the second mill at Battle Mountain`). The work starts from the regions already found: one
look before each for a site word placed in it, so a text that places no site costs one short
search per region."""

from __future__ import annotations

import re
from pathlib import Path

from pydantic import BaseModel

from ..candidates import Candidate
from ..lexicon import read_tsv


SITE_REACH = 48  # characters from a site word's start to the region it is placed in


class SiteRow(BaseModel):
    text: str
    kind: str


class SitePlaces:
    def __init__(self, path: Path) -> None:
        rows = read_tsv(path, SiteRow)
        by: dict[str, list[str]] = {}
        for r in rows:
            by.setdefault(r.kind, []).append(re.escape(r.text))
        # the town before the site word: one or two capitalised words, the last a landform's
        # (or opened by one: `Mount Magnet`)
        self.town = re.compile(
            r"(?<![\w.-])(?!(?:The|This|That|Its|Our|Their|An?) )((?:[A-Z][a-z]+ )?[A-Z][a-z]+ (?:%s)"
            r"|(?:%s) [A-Z][a-z]+) (?:(?:%s) )?\Z"
            % ("|".join(by["landform"]), "|".join(by.get("landform_first", ["(?!)"])),
               "|".join(by.get("commodity", ["(?!)"]))))
        # `the town of Bowman`: a settlement's kind names what follows as a place
        self.settlement_words = tuple(r.text + " of " for r in rows if r.kind == "settlement")
        self.settlement = re.compile(r"\b(?:%s) of ([A-Z][a-z]+(?: [A-Z][a-z]+)?)\b(?! (?:of|for)\b)"
                                     % "|".join(by.get("settlement", ["(?!)"])))
        # the site placed in a region: `in Nevada`, `near Timmins`, `in northwestern Ontario`;
        # looked for right before each region found, not at every site word of the text
        self.site_placed = re.compile(r"\b(?:%s),? (?:in|near) (?:the )?(?:[a-z]+ )?\Z"
                                      % "|".join(by["site"]))

    def after(self, text: str, found: list) -> list[Candidate]:
        names: set[str] = set()
        for start in sorted({s for s, _, _ in found}):
            if text[start - 1:start] != " ":
                continue
            m = self.site_placed.search(text, max(0, start - SITE_REACH), start)
            if m is None:
                continue
            town = self.town.search(text, max(0, m.start() - 40), m.start())
            if town is not None:
                names.add(town.group(1))
        if any(w in text for w in self.settlement_words):  # (a substring test first: rare words)
            names.update(m.group(1) for m in self.settlement.finditer(text))
        out = []
        for name in names:
            for m in re.finditer(r"(?<![\w-])%s(?![\w-])" % re.escape(name), text):
                info = {"id": None, "name_en": name, "name_zh": None, "type": "city",
                        "code": None, "parent": None}
                out.append(Candidate(m.start(), m.end(), "REGION", name, "region.latin.site", info, 0))
        return out
