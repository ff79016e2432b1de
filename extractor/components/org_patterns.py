"""Schemas and loading for the ORG data: the shared lexicon and the per-language rules.

Everything the ORG recognizer knows about names lives in `models/shared/orgs.tsv` and
`models/<lang>/org_patterns.jsonl`; this module validates those files (file:line on a
bad row) and turns them into lookup tables, so the finders hold no vocabulary of their own.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field

from ..lexicon import gazetteer_only, read_jsonl, read_tsv, split_aliases

COUNTRY_TYPES = {"country", "sar"}
# places an agency is named after (`Tourism Malaysia`, `Sport England`, `Invest Hong Kong`)
AGENCY_PLACE_TYPES = COUNTRY_TYPES | {"state", "province"}
MUNICIPAL_PLACE_TYPES = frozenset(("city", "county", "county_city", "district", "municipality", "prefecture_city"))


class OrgRow(BaseModel):
    id: str = Field(min_length=1)
    type: str
    name_en: str
    name_zh: str
    abbr_en: str
    abbr_zh: str
    aliases_en: str
    aliases_zh: str

    def forms(self, script: str) -> list[str]:
        if script == "latin":
            cells = (self.name_en, self.abbr_en, self.aliases_en)
        else:
            cells = (self.name_zh, self.abbr_zh, self.aliases_zh)
        return [f for c in cells for f in split_aliases(c)]

    def abbreviations(self, script: str) -> set[str]:
        return set(split_aliases(self.abbr_en if script == "latin" else self.abbr_zh))


class OrgPattern(BaseModel):
    id: str
    kind: Literal["suffix", "prefix", "stop", "generic", "blocker", "head", "legal",
                  "connector", "modifier", "exclude", "branching", "branch_tail", "attributive",
                  "lead_adjective", "in_place", "short_tail", "market", "to_place",
                  "title_seat", "seat_title", "portfolio", "generic_modifier", "trade_field",
                  "agency_lead", "municipal_lead", "glued_head", "bracket_part", "foreign_head",
                  "foreign_glued_head", "foreign_connector", "foreign_article",
                  "headline_verb", "listing_label", "firm_noun", "list_opener", "list_preposition", "venue",
                  "status_word", "zone", "seat_of", "firm_cue", "unit_tail", "list_verb", "place_word",
                  "planned", "board_function", "quoted_form", "body_lead", "body_verb",
                  "product_verb", "trailing_form"]
    text: str = Field(min_length=1)
    min_prefix: int = 1  # suffix: characters of name material needed before it
    max_free: int = 6  # suffix: unknown characters the left walk may take
    not_before: list[str] = []  # suffix, head: continuations that make it another word;
    #   stop: continuations that make it a name word (`Competition` + ` and Markets Authority`)
    opens_only: bool = False  # foreign_head: an English look-alike that opens a name only where
    #   no capitalised word stands before it (`Bank Mandiri`, not `World Bank`)
    not_after: list[str] = []  # head: words right before it that make it no head (`Strategic
    #   Partnership`: a tie between states, not a body); suffix: the same (`主` of `主办`)
    only_before: list[str] = []  # head: a head only before one of these (`House` + `of`);
    #   headline_verb: the verb's only before these (`Partners with`)
    needs_name: bool = False  # head: a place alone before it makes no name (`Shanghai Party`)
    closes: bool = False  # head (a trade word): a head only as the last word of a name of capitalised
    #   words (`Acme Precision`, `Acme Precision Ltd.`), not before another capitalised word (`X Machinery
    #   Fair`, `X Logistics Park`) nor after a connector (`Division on Technology and Logistics`)
    needs_seat: bool = False  # head: a body only with its posting after it (`Delegation of the
    #   European Union to X`; `Delegation of the X Chamber visits` is a group of visitors)
    keep_country: bool = True  # suffix: False for companies (`美国PPG公司` → `PPG公司`)
    absorb_org: bool = True  # suffix: False for top-level bodies (`市委` + `市政府` are two)
    coord: bool = False  # suffix: a field pair joined by 与/及/暨/、 is inside the name
    bare_after: str = ""  # suffix: characters after which the head alone is a name (a zone's
    #   管委会 after 、: `某区党工委书记、管委会主任`, its two bodies with the place said once)
    name_before: bool = False  # blocker: a name before it makes it a head again
    word_before: bool = False  # blocker: not one where the character before it and its first
    #   make a more frequent word (`政局` blocks `俄罗斯政局`, not `财政局`)
    legal: bool = False  # suffix: a company's legal form (`有限公司`): short forms drop it
    trade_name: bool = False  # suffix: a company head; kind words alone before it (`汽车公司`,
    #   `商业银行`) name a kind of company, not one: a name needs a trade name (字号)
    needs_org: list[str] = []  # suffix: a unit named after a body whose name ends so
    #   (`某某大学中文系`: 大学); the body's name and two characters of field before the head
    body_organ: bool = False  # suffix with needs_org: an organ right after its body's name,
    #   no field between (`某某股份有限公司董事会`, the signature of a board's notice)
    word_end: bool = False  # suffix: its last character starts no word with the next one
    #   (the short heads 作协, 文联 are not those of `合作协议`, `人文联系`)
    needs_place: bool = False  # suffix: named by a place or a body (`中国队`, `美国海军`)
    own_place: bool = False  # suffix, with needs_place: a word for the writer's own place names it
    #   too (`市`, `区` of `区信访办`: org_han.OWN_PLACES)
    title_part: list[str] = []  # suffix: right after another body's name and before one of
    #   these it opens that body's title (`某公司党委书记` → ORG `某公司` + TITLE `党委书记`)
    title_after: str = ""  # suffix with title_part: last characters of a body's name that
    #   count as one even where no rule found it (委 of `市发展改革委党组书记`)
    facility_after: list[str] = []  # suffix: words right before the head that make it a site a
    #   body runs (`研发中心`, `数据中心`), no body: no ORG (GUIDELINES, ORG: venues are out)
    status_before: list[str] = []  # suffix: verbs before a status a place holds or seeks
    status_after: list[str] = []  # (`成为国际金融中心`, `国际贸易中心地位`): with status words
    #   alone before the head (kind words and status_word rows) no body is named
    determiner: bool = False  # generic_modifier: a quantifier or demonstrative (`各级`,
    #   `所有`): the head right after it refers to no one body (`各级工商联`)


class RegionForms(BaseModel):
    """Only the columns of regions.tsv the ORG walk needs (name material)."""

    id: str
    type: str
    name_zh: str
    aliases_en: str
    aliases_zh: str

    model_config = {"extra": "ignore"}


class TranslitChar(BaseModel):
    char: str = Field(min_length=1, max_length=1)


@dataclass
class OrgData:
    rows: dict[str, OrgRow]
    patterns: list[OrgPattern]
    region_forms: list[str] = field(default_factory=list)
    country_forms: set[str] = field(default_factory=set)  # countries and SARs
    agency_places: set[str] = field(default_factory=set)  # countries, SARs, states, provinces
    translit: set[str] = field(default_factory=set)  # characters of transliterated names
    # the places a municipality is named after (`City of Tacoma`): cities, counties, districts,
    # the GeoNames-only ones too, since the designator before them is the evidence
    municipal_places: set[str] = field(default_factory=set)

    def of_kind(self, kind: str) -> list[OrgPattern]:
        return [p for p in self.patterns if p.kind == kind]

    def texts(self, kind: str) -> set[str]:
        return {p.text for p in self.patterns if p.kind == kind}

    def lexicon_forms(self, script: str) -> list[tuple[str, str]]:
        return [(f, r.id) for r in self.rows.values() for f in r.forms(script)]


def load_org_data(files: dict[str, Path], script: str) -> OrgData:
    rows = {r.id: r for r in read_tsv(files["orgs"], OrgRow)}
    patterns = read_jsonl(files["patterns"], OrgPattern)
    forms: list[str] = []
    countries: set[str] = set()
    agency_places: set[str] = set()
    municipal_places: set[str] = set()
    if "regions" in files:
        for r in read_tsv(files["regions"], RegionForms):
            these = split_aliases(r.aliases_en if script == "latin" else r.aliases_zh)
            if r.type in MUNICIPAL_PLACE_TYPES:
                municipal_places.update(these)
            if gazetteer_only(r.name_zh):
                continue
            forms += these
            if r.type in COUNTRY_TYPES:
                countries.update(these)
            if r.type in AGENCY_PLACE_TYPES:
                agency_places.update(these)
    if script == "han":
        forms = [f for f in forms if len(f) > 1]
    translit = {r.char for r in read_tsv(files["translit"], TranslitChar)} \
        if "translit" in files else set()
    return OrgData(rows, patterns, forms, countries, agency_places, translit, municipal_places)
