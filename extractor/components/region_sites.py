"""Small towns named before a mine's or plant's site word (`the Snow Lake mine in Manitoba`).

Towns of a few hundred or thousand people are below the gazetteer (GeoNames cities of
50,000+) and are named like phrases (`Red Lake`, `Battle Mountain`), so no lexicon can hold
them. Mining and energy releases name a project after its nearest town and then place the
project in a province or state: a capitalised name closed by a landform word, right before
a site word, the site `in`/`near` a region already found, is that town (GUIDELINES: a region
inside a facility's name is annotated, as `Tianjin` in `Tianjin Port`); so is a name after a
settlement's kind (`the town of Bowman`). The name is then a REGION at its every mention
(`the second mill at Battle Mountain`). Ports, plants and estates are placed the same way in the
town that holds them, the town in its division (`near Laem Chabang in Chonburi Province`, `in
Pomalaa, Southeast Sulawesi`, `at Kwinana, south of Perth`): a capitalised name after a locative
preposition, right before a region found, is a town too, where that name holds no word of a
venue's, body's, month's or language's (site_places.tsv: not_town). The work starts from the regions already found: one
look before each for a site word placed in it, so a text that places no site costs one short
search per region."""

from __future__ import annotations

import re
from pathlib import Path

from pydantic import BaseModel

from ..candidates import Candidate
from ..lexicon import read_tsv


SITE_REACH = 48  # characters from a site word's start to the region it is placed in
TOWN_REACH = 64  # characters from a placed town's preposition to the region that holds it
# how `town_placed` ends right before the region where no compass word stands there
# (`near Laem Chabang in `, `in Pomalaa, `): the name's last word, capitalised, then these
NAME_ENDS = (", ", " in ")
CAP_BEFORE = re.compile(r"(?<=[\w,;:'’)] )[A-Z][\w'’-]* \Z")  # a capitalised word in a sentence


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
        # a town placed in the region right after it: `near Laem Chabang in Chonburi Province`,
        # `in Pomalaa, Southeast Sulawesi`, `at Kwinana, south of Perth`
        word = r"[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?"
        name = r"(?!(?:%s)\b)%s(?: (?!(?:%s)\b)%s){0,2}" % (
            "|".join(by.get("not_town", ["(?!)"])), word, "|".join(by.get("not_town", ["(?!)"])), word)
        self.town_placed = re.compile(
            r"(?<![\w-])(?:%s) (%s)(?:,| in) (?:(?:%s) )?\Z|(?<![\w-])(?:%s|at) (%s), (?:(?:%s) of )\Z"
            % ("|".join(by.get("locative", ["(?!)"])), name, "|".join(by.get("compass_name", ["(?!)"])),
               "|".join(by.get("locative", ["(?!)"])), name, "|".join(by.get("compass_of", ["(?!)"]))))
        # what text before a region ends with where town_placed can match there: the
        # searches, which try every position of their reach, are spared before most regions
        self.town_ends = NAME_ENDS + tuple(
            f"{join} {r.text} " for r in rows if r.kind == "compass_name" for join in (",", " in")) + tuple(
            f", {r.text} of " for r in rows if r.kind == "compass_of")
        # the words every town_placed match opens on: it is tried only where one stands
        self.town_openers = tuple(f"{r.text} " for r in rows if r.kind == "locative") + ("at ",)

    def town_placed_before(self, text: str, start: int) -> re.Match[str] | None:
        """`town_placed.search(text, lo, start)` for the window of TOWN_REACH before `start`,
        the pattern tried only where its opening words stand (found by `str.find`, in text
        order: the first match is the search's), where the search tried every position."""
        if text.endswith(NAME_ENDS, 0, start):  # (the commonest ends: no compass word)
            e = start - (2 if text[start - 2] == "," else 4)  # where the town's name must end
            w = text.rfind(" ", 0, e) + 1  # its last word, which a space opens
            if not ("A" <= text[w:w + 1] <= "Z" and "a" <= text[e - 1:e] <= "z"):
                return None  # (`held in China`: no capitalised word before the `in`)
        lo = max(0, start - TOWN_REACH)
        at = []
        for word in self.town_openers:
            i = text.find(word, lo, start)
            while i >= 0:
                at.append(i)
                i = text.find(word, i + 1, start)
        match = self.town_placed.match
        for i in sorted(at):
            m = match(text, i, start)
            if m is not None:
                return m
        return None

    def placed_town(self, text: str, start: int, known: set[str]) -> list[str]:
        """The town a locative phrase places in the region at `start` (`near Laem Chabang in
        Chonburi Province`), unless the phrase sits inside a capitalised name (`Fair for Trade in
        Services, Beijing`: a capitalised word inside the sentence stands before `in`, which
        names join words with; `near`, `outside`, `at` after a name open a phrase of their
        own) or the name is a region found already (`in Africa, Latin America` lists regions)."""
        if not text.endswith(self.town_ends, 0, start):
            return []
        m = self.town_placed_before(text, start)
        if m is None:
            return []
        name = m.group(1) or m.group(2)
        inside = text.startswith("in ", m.start()) and CAP_BEFORE.search(
            text, max(0, m.start() - 32), m.start())
        if name in known or inside:
            return []
        return [name]

    def after(self, text: str, found: list) -> list[Candidate]:
        names: set[str] = set()
        placed: set[str] = set()  # no value: no list vouches for the name (as `Fort Wayne, Ind.`)
        known = {text[s:e] for s, e, _ in found}
        for start in sorted({s for s, _, _ in found}):
            if text[start - 1:start] != " ":
                continue
            placed.update(self.placed_town(text, start, known))
            lo = max(0, start - SITE_REACH)  # (`in`, `near` are in every site_placed match)
            if text.find(" in ", lo, start) < 0 and text.find(" near ", lo, start) < 0:
                continue
            m = self.site_placed.search(text, lo, start)
            if m is None:
                continue
            town = self.town.search(text, max(0, m.start() - 40), m.start())
            if town is not None:
                names.add(town.group(1))
        if any(w in text for w in self.settlement_words):  # (a substring test first: rare words)
            names.update(m.group(1) for m in self.settlement.finditer(text))
        out = []
        for name in names | placed:
            value = name if name in names else None
            for m in re.finditer(r"(?<![\w-])%s(?![\w-])" % re.escape(name), text):
                info = {"id": None, "name_en": value, "name_zh": None, "type": "city",
                        "code": None, "parent": None}
                out.append(Candidate(m.start(), m.end(), "REGION", value, "region.latin.site", info, 0))
        return out
