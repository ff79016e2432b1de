"""REGION: countries, Chinese divisions, world cities and named areas from one lexicon.

Matching is literal and case-sensitive on the normalised text: a capitalised designator
is part of an English name (`Shandong Province`) and a lowercase one is not, exactly as
the guidelines say; Chinese forms always carry theirs (`北京市`). Regions inside an
organisation's name are dropped later by the resolver, since the ORG span is longer.

A Chinese name needs boundary evidence from the segmentation (`words_allow`): written
Chinese has no spaces, so a place name also occurs as a string inside ordinary words
(同德 in 同心同德, 荣昌 in 繁荣昌盛, 和政 in 和政府).
"""

from __future__ import annotations

import re
import string
from bisect import bisect_right
from collections.abc import Callable
from functools import cache
from pathlib import Path

from typing import Literal

import ahocorasick_rs
from pydantic import BaseModel
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc

from ..align import token_starts
from ..candidates import HAN_RUN, Candidate, candidates, han_runs, norm_text
from ..lexicon import PhraseAutomaton, gazetteer_only, read_tsv, split_aliases
from .base import DataComponent
from .region_local import local_divisions
from .region_framed import FramedCities
from .region_sites import SitePlaces

# Where one surface form names several places, the larger or better known one wins.
TYPE_RANK = {
    "country": 0, "group": 1, "area": 2, "province": 3, "municipality": 3,
    "autonomous_region": 3, "sar": 3, "state": 4, "prefecture_city": 5, "city": 5,
    "prefecture": 6, "county_city": 7, "district": 8, "county": 8,
}
MINOR_RANK = TYPE_RANK["county_city"]
LATIN_UPPER = re.compile("[A-Z]")
UPPERCASE_TYPES = {"country", "province", "municipality", "autonomous_region", "sar",
                   "prefecture_city", "city", "state"}


class RegionRow(BaseModel):
    id: str
    type: str
    name_en: str
    name_zh: str
    parent: str
    code: str
    aliases_en: str
    aliases_zh: str


class TranslitChar(BaseModel):
    char: str


class DesignatorRow(BaseModel):
    form: str
    reach: Literal["any", "known", "shared", "shared_known", "of", "glued", "glued_known"]


class LeadChar(BaseModel):
    char: str
    kind: str


class PostalRow(BaseModel):
    form: str
    name_en: str
    country: str


class RegionRecognizer(DataComponent):
    FILES = {"regions": True, "designators": False, "translit": False, "leads": False,
             "postal": False, "sites": False, "framed": False}

    def __init__(self, nlp: Language, name: str, script: str) -> None:
        super().__init__(nlp, name)
        # "latin", "han" or "both": which aliases this pipeline matches (both: English
        # text quotes Chinese names and Chinese text English ones)
        self.scripts = ("latin", "han") if script == "both" else (script,)

    def load(self, files: dict[str, Path]) -> None:
        rows = read_tsv(files["regions"], RegionRow)
        if self.nlp.lang == "zh":  # GeoNames cities: only those with Chinese forms (鲁昂)
            rows = [r for r in rows if not gazetteer_only(r.name_zh) or r.aliases_zh]
        self.rows = {r.id: r for r in rows}
        self._resolved: dict[int, tuple[str, dict]] = {}
        self._weak: dict[str, bool] = {}  # a Han form -> all its readings are weak
        self.automata = {script: PhraseAutomaton(self.phrases(rows, script),
                                                 word_boundaries=script == "latin")
                         for script in self.scripts}
        self.after_country = bare_city_forms(rows) if "han" in self.scripts else {}
        # the same forms by their first character (a form is only tried where the text
        # holds that character), and each full form's bare one
        self.bare_by_first = {country: by_first(forms) for country, forms in self.after_country.items()}
        self.bare_of_full = {country: {full: form for form, full in forms}
                             for country, forms in self.after_country.items()}
        self.longest_han = max((len(f) for f, _ in self.phrases(rows, "han")), default=0) \
            if "han" in self.scripts else 0
        designators = read_tsv(files["designators"], DesignatorRow) \
            if "designators" in files else []
        latin = [r for r in designators if r.form.isascii()]
        self.designated = Designators([r for r in latin if r.reach in ("any", "known")],
                                      [r for r in latin if r.reach.startswith("shared")],
                                      [r for r in latin if r.reach == "of"],
                                      [r for r in latin if r.reach.startswith("glued")]) \
            if latin and "latin" in self.scripts else None
        han = [r for r in designators if not r.form.isascii()]
        translit = {r.char for r in read_tsv(files["translit"], TranslitChar)} \
            if "translit" in files else set()
        self.translit = frozenset(translit)
        self.han_designated = HanDesignators(han, translit) \
            if han and "han" in self.scripts else None
        self.postal = PostalCodes(read_tsv(files["postal"], PostalRow)) \
            if "postal" in files and "latin" in self.scripts else None
        self.sites = SitePlaces(files["sites"]) if "sites" in files and "latin" in self.scripts else None
        self.framed = FramedCities(files["framed"]) \
            if "framed" in files and "latin" in self.scripts else None
        rows = read_tsv(files["leads"], LeadChar) if "leads" in files else []
        self.leads = frozenset(r.char for r in rows if r.kind != "conjunction")
        self.trails = frozenset(r.char for r in rows if r.kind == "conjunction")

    @staticmethod
    def phrases(rows: list[RegionRow], script: str) -> list[tuple[str, str]]:
        out: list[tuple[str, str]] = []
        for r in rows:
            if script == "latin":
                forms = split_aliases(r.aliases_en)
                if r.type in UPPERCASE_TYPES:
                    forms += [f.upper() for f in forms if len(f) > 3]  # HONG KONG, May 3
            else:
                forms = [f for f in split_aliases(r.aliases_zh) if len(f) > 1]
            out += [(f, r.id) for f in forms]
        return out

    def info(self, region_id: str, alternatives: list[str]) -> dict:
        r = self.rows[region_id]
        out = {"id": r.id, "name_en": r.name_en, "name_zh": r.name_zh or None, "type": r.type,
               "code": r.code or None, "parent": r.parent or None}
        if alternatives:
            out["alternatives"] = alternatives
        return out

    def resolved(self, ids: list[str]) -> tuple[str, dict]:
        """Value and info of a surface form, computed once per form: the same few names
        recur in every document. The info dict is shared, so treat it as read-only."""
        key = id(ids)  # the automaton's payload list for this form is one long-lived object
        hit = self._resolved.get(key)
        if hit is None:
            best, alts = self.best(ids)
            hit = self._resolved[key] = (self.rows[best].name_en, self.info(best, alts))
        return hit

    def best(self, ids: list[str]) -> tuple[str, list[str]]:
        unique = sorted(set(ids), key=lambda i: (TYPE_RANK.get(self.rows[i].type, 9), i))
        return unique[0], unique[1:]

    def minor(self, ids: list[str]) -> bool:
        """A county-level place (its best reading): its short name is rare enough to be
        the first characters of an ordinary word (大兴 of 大兴土木, 小金 of 小金库)."""
        return TYPE_RANK.get(self.resolved(ids)[1]["type"], 9) >= MINOR_RANK

    @staticmethod
    def matches(script: str, automaton: PhraseAutomaton, text: str, mostly_han: bool = False,
                runs: list[tuple[int, int]] | None = None):
        """In English text Han names are matched run by run (`runs`: the text's Han runs,
        candidates.han_runs, if known): walking the automaton over Latin text costs about
        1 µs a character for nothing."""
        if script == "latin":
            return automaton.matches(text) if LATIN_UPPER.search(text) else []
        if mostly_han:
            return automaton.matches(text)
        if runs is None:
            runs = [m.span() for m in HAN_RUN.finditer(text)]
        out = []
        for a, b in runs:
            out += [(a + s, a + e, ids) for s, e, ids in automaton.matches(text[a:b])]
        return out

    def cities_after_country(self, text: str, found: list, starts: list[int]) -> list[Candidate]:
        """A foreign city or province written without its designator right after its own
        country (老挝万象, 越南海防, 越南北宁 of 北宁省, 泰国北柳 of 北柳府): the bare form
        alone is a word or too short to list (万象, 海防, 北宁), but the country names the
        place it stands before (德国企业, 老挝万象). Such a bare name goes on through a list
        of places of that country (`越南北宁、海防和胡志明市`, `罗勇、北柳`), and, once read,
        is the same place wherever the document repeats it (`在北宁`)."""
        out: list[Candidate] = []
        read: dict[str, str] = {}  # bare form -> its full form
        spans = [(a, b) for a, b, _ in found]
        starts = set(starts)
        for start, end, ids in found:
            if len(ids) != 1:
                continue
            if ids[0] in self.after_country:  # a country: its place may follow right after it
                country, pos = ids[0], end
            else:  # a place of a country: a list of its places may go on after it
                country, pos = self.rows[ids[0]].parent, end + 1
                if country not in self.after_country or text[end:pos] not in LIST_JOINS:
                    continue
            forms = self.bare_by_first[country]
            while True:
                hit = next(((form, full) for form, full in forms.get(text[pos:pos + 1], ())
                            if self.bare_at(text, pos, form, starts)
                            and not any(x < pos + len(form) and pos < y for x, y in spans)), None)
                if hit is None:
                    break
                form, full = hit
                out.append(self.bare_candidate(full, pos, pos + len(form)))
                read[form] = full
                pos += len(form)
                if text[pos:pos + 1] not in LIST_JOINS:
                    break
                pos += 1
        for start, end, ids in found:  # a full form read (北宁省) makes its bare form known too
            if len(ids) == 1:
                fulls = self.bare_of_full.get(self.rows[ids[0]].parent)
                form = fulls.get(text[start:end]) if fulls else None
                if form is not None:
                    read.setdefault(form, text[start:end])
        spans += [(c.start, c.end) for c in out]
        for form, full in read.items():
            for m in re.finditer(re.escape(form), text):
                a, b = m.span()
                if not any(x < b and a < y for x, y in spans) \
                        and self.bare_at(text, a, form, starts, opening=True):
                    out.append(self.bare_candidate(full, a, b))
        return out

    def weak(self, region_id: str, form: str) -> bool:
        """A reading that does not stand against a longer name's: a city known only from
        GeoNames, or another country's province by its bare name (马哈拉 of Al Mahrah)."""
        return gazetteer_only(self.rows[region_id].name_zh) \
            or region_id.startswith("SUB-") and not form.endswith(SUBDIVISION_ENDS_ZH)

    def all_weak(self, form: str, ids: list[str]) -> bool:
        """Every reading of the form is `weak`, cached per form: most matches are listed
        Chinese places, and asking this first spares them `inside_name`'s look around."""
        got = self._weak.get(form)
        if got is None:
            got = self._weak[form] = all(self.weak(i, form) for i in ids)
        return got

    def inside_name(self, text: str, start: int, end: int) -> bool:
        """Whether a Han match may be part of a longer transliterated name: of a person's,
        joined by a middle dot (`in_dotted_name`), or run on by two transliteration
        characters on either side (马哈拉 of 马哈拉施特拉邦; not 中爪哇 of 赴中爪哇考察). A weak
        reading (`weak`) does not stand against that one (see __call__)."""
        after, before = text[end:end + 2], text[max(0, start - 2):start]
        return in_dotted_name(text, start, end) \
            or len(after) == 2 and all(ch in self.translit for ch in after) \
            or len(before) == 2 and all(ch in self.translit for ch in before)

    def bare_at(self, text: str, pos: int, form: str, starts: set[int],
                opening: bool = False) -> bool:
        """Whether the bare form stands at pos as a whole word: it ends where jieba ends a
        word or the Han text does; with `opening`, it also starts at a word's start, after
        a non-Han character or after a preposition (在北宁)."""
        b = pos + len(form)
        if not text.startswith(form, pos) or not (b >= len(text) or b in starts
                                                  or not HAN_RUN.match(text[b])):
            return False
        return not opening or pos == 0 or pos in starts or not HAN_RUN.match(text[pos - 1]) \
            or text[pos - 1] in self.leads

    def bare_candidate(self, full: str, a: int, b: int) -> Candidate:
        value, info = self.resolved(self.automata["han"].lookup(full))
        return Candidate(a, b, "REGION", value, "region.han.country_city", info, 0)

    def dateline_cities(self, text: str, found: list) -> list[Candidate]:
        """The city of a US or Canadian wire dateline (AP style: the city in capitals, then
        its state, province or country: `COLUMBUS, Ohio,`, `BRANDON, Manitoba,`): a city
        the gazetteer leaves out for sharing its name with a surname or a word (Columbus,
        Brandon) is still the place there. One look before each found state or country."""
        out = []
        starts = {a for a, _, _ in found}
        for start, _end, ids in found:
            if text[start - 2:start] != ", " or text[start - 3:start - 2].islower():
                continue
            m = DATELINE_CITY.search(text, max(0, start - 40), start)
            if m is None or m.start(1) in starts \
                    or self.resolved(ids)[1].get("type") not in DATELINE_SEATS:
                continue
            out.append(dateline_city(m))
        return out

    @staticmethod
    def dated_datelines(text: str, cands: list[Candidate]) -> list[Candidate]:
        """`REGINA, Sept. 21, 2027 --`: a dateline's city in capitals with the date right after
        it (no state between) and the dash that opens the story after the date is the place too,
        where the gazetteer leaves it out for sharing its name with a given name or word
        (Regina). One look before each date found; a place found there already keeps its reading."""
        out = []
        regions = {c.start for c in cands if c.label == "REGION"}
        for c in cands:
            if c.label != "DATE" or text[c.start - 2:c.start] != ", " \
                    or not DATELINE_DASH.match(text, c.end):
                continue
            m = DATELINE_CITY.search(text, max(0, c.start - 40), c.start)
            if m is None or len(m.group(1)) < 4 or m.start(1) in regions:
                continue
            out.append(dateline_city(m))
        return out

    def __call__(self, doc: Doc) -> Doc:
        text = norm_text(doc)
        out = candidates(doc)
        zh = doc.lang_ == "zh"  # read once: each `doc.lang_` goes through the vocab in Cython
        for script, automaton in self.automata.items():
            source = f"region.{script}"
            found = self.matches(script, automaton, text, zh,
                                 han_runs(doc, text) if script == "han" and not zh else None)
            extra: list[Candidate] = []
            if found and script == "han" and zh:
                starts = token_starts(doc)
                found = words_allow(found, lead_split(starts, text, self.leads, self.trails),
                                    len(text),
                                    lambda a, b: automaton.lookup(text[a:b]), self.minor,
                                    lambda a, b: matches_inside(automaton, text, a, b,
                                                                self.longest_han))
                found = [f for f in found if (not self.all_weak(text[f[0]:f[1]], f[2])
                                              or not self.inside_name(text, f[0], f[1]))
                         and not (text[f[1]:f[1] + 1] in ROAD_FIRST and ROAD_AFTER.match(text, f[1]))
                         and not (text[f[1]:f[1] + 1] in CURRENCY_ENDS and currency(text, f[0], f[1]))]
                if self.han_designated is not None:
                    found, extra = self.han_designated.apply(text, found, starts, automaton.lookup)
                extra += self.cities_after_country(text, found, starts)
                out += [Candidate(a, b, "REGION", None, "region.han.local")
                        for a, b in local_divisions(text, [e for _, e, _ in found], starts)]
            if script == "latin" and found:
                found = [f for f in found if not street_after(text, f[1])]
            if script == "latin" and self.designated is not None and found:
                found = self.designated.extend(text, found)
            for start, end, ids in found:
                value, info = self.resolved(ids)
                if script == "latin" and (info["type"] in ("state", "city")
                                          or info["id"] in CONTINENTS) \
                        and text[start - 1:start] == " ":
                    m = (COMPASS_CITY if info["type"] == "city" else COMPASS_BEFORE).search(
                        text, max(0, start - 14), start)
                    if m:   # North Maluku, West Kalimantan: a part named as a division
                        start, value = m.start(), text[m.start():end]
                        info = {**info, "id": None, "name_en": value, "name_zh": None,
                                "code": None}
                # a named group of countries is a REGION (guidelines) where an ORG
                # pattern reads the same span (二十国集团 ends in 集团, "Organization")
                priority = 2 if info["type"] == "group" else 0  # ORG reads: 1
                out.append(Candidate(start, end, "REGION", value, source, info, priority))
            unlisted: list[Candidate] = []
            if script == "latin" and self.designated is not None:
                named = out[len(out) - len(found):] if found else []
                unlisted = self.designated.unlisted(text, found)
                out += unlisted
                out += self.designated.bare_repeats(text, named + unlisted)
            if script == "latin" and self.postal is not None:
                out += self.postal.after(text, found)
            if script == "latin" and found:
                out += self.dateline_cities(text, found)
            if script == "latin" and not zh:
                out += self.dated_datelines(text, out)
            if script == "latin" and self.framed is not None:
                out += self.framed.after(text, found, out)  # before the sites' towns: it has a value
            if script == "latin" and self.sites is not None and (found or unlisted):
                # a designated name no list holds places a town too (`in Chonburi Province`)
                out += self.sites.after(text, found + [(c.start, c.end, ()) for c in unlisted])
            out += extra
        return doc


NAME_DOTS = "·・"
# A place name that begins a street's name (中山路, 新港路18号, 中山西路1号, 中山路一段888號, 湖口街1號,
# 英皇道338號) names the street, not the place: Chinese streets are named after places, and an
# address gives the city and district before it (`苏州市姑苏区中山路`). The road word must come with
# its address sign (a number, a section, 号/號, or a comma or line end closing the address), so that
# `香港路演` (a roadshow in Hong Kong) and `上海街头` keep the place.
ROAD_FIRST = frozenset("东西南北中東路街大巷道")  # the characters ROAD_AFTER can start with (a set test first)
ROAD_AFTER = re.compile(
    "[东西南北中東]?(?:路|街|大街|大道|大馬路|大马路|巷|道)"
    "(?=[0-9０-９]|[一二三四五六七八九十]+(?:段|巷|弄|号|號)|[号號旁口]|[，,、。\\n）)]|$)")
# English streets are named after places too (`Oxford Road`, `333 Keelung Rd., Sec. 1`, `Beijing
# Road`): a place's name right before a capitalised street word names the street, not the place.
STREET_FIRST = frozenset("RSABLD")  # the characters STREET_AFTER's words open with (a set test first)
STREET_AFTER = re.compile(r" (?:Road|Rd\.?|Street|St\.|Avenue|Ave\.?|Boulevard|Blvd\.?|Lane|Drive)(?![\w'’-])")


def street_after(text: str, end: int) -> bool:
    """A street word right after a name ending at `end` (`Oxford` of `Oxford Road`)."""
    return text[end:end + 1] == " " and text[end + 1:end + 2] in STREET_FIRST \
        and STREET_AFTER.match(text, end) is not None


# A place's name closed by 元 or 幣 after an amount is a currency's (`385亿新西兰元`, `1.3億澳門元`,
# `50萬新臺幣`), not the place: the amount before it says so.
CURRENCY_ENDS = frozenset("元幣币")
AMOUNT_END = frozenset("0123456789０１２３４５６７８９亿億万萬千百十")


def currency(text: str, start: int, end: int) -> bool:
    return start > 0 and text[start - 1] in AMOUNT_END


SUBDIVISION_ENDS_ZH = ("省", "州", "府", "县", "郡", "邦", "市")  # a province's form with its designator
HAN_CHAR = re.compile("[\u3400-\u4dbf\u4e00-\u9fff]")


def in_dotted_name(text: str, start: int, end: int) -> bool:
    """Whether start..end is part of an item of a transliterated name joined by a middle
    dot: one or two characters short of the dot (拉斯 of 拉斯洛·萨博, 希拉 of 希拉里·姆韦卡),
    or right after it with the name running on (克林 of ·克林顿): a foreign person's given
    name or surname, not a place known only from GeoNames (a listed place may be an item of
    an event's name: `越南·柬埔寨商品展`)."""
    tail = text[end:end + 3]
    for k in (1, 2):
        if len(tail) > k and tail[k] in NAME_DOTS and all(HAN_CHAR.match(ch) for ch in tail[:k]):
            return True
    return start > 0 and text[start - 1] in NAME_DOTS and end < len(text) \
        and HAN_CHAR.match(text[end]) is not None


# a Chinese designator a foreign place's form may end in and be written without: a city's 市,
# a province's 省 (Viet Nam, Indonesia), a changwat's 府 (Thailand), a state's 州 or 邦, an
# island city's 岛 (巴淡岛)
BARE_ENDS = {"city": ("市", "岛"), "state": ("省", "府", "州", "邦")}
LIST_JOINS = "、和及与"


def dateline_city(m: re.Match) -> Candidate:
    """The REGION of a dateline's city (DATELINE_CITY's group 1), with no value, as other
    unlisted places (`Fort Wayne, Ind.`): no list vouches for one."""
    info = {"id": None, "name_en": string.capwords(m.group(1)), "name_zh": None,
            "type": "city", "code": None, "parent": None}
    return Candidate(m.start(1), m.end(1), "REGION", None, "region.latin.dateline", info, 0)


def by_first(forms: list[tuple[str, str]]) -> dict[str, list[tuple[str, str]]]:
    """(bare form, full form) pairs grouped by the bare form's first character, in order."""
    out: dict[str, list[tuple[str, str]]] = {}
    for form, full in forms:
        out.setdefault(form[0], []).append((form, full))
    return out


def bare_city_forms(rows: list[RegionRow]) -> dict[str, list[tuple[str, str]]]:
    """Country id -> (bare form, Chinese form with its designator) of its cities and
    provinces that the lexicon lists only with the designator (万象市: 万象 alone is a
    word; 北宁省: 北宁 too short to list), longest bare forms first."""
    out: dict[str, list[tuple[str, str]]] = {}
    listed = {f for r in rows for f in split_aliases(r.aliases_zh)}
    for r in rows:
        ends = BARE_ENDS.get(r.type)
        if not ends or not r.parent.startswith("ISO-") or r.parent == "ISO-CN":
            continue
        for full in dict.fromkeys([r.name_zh] + split_aliases(r.aliases_zh)):
            if full.endswith(ends) and len(full) >= 3 and full[:-1] not in listed \
                    and full in listed:
                out.setdefault(r.parent, []).append((full[:-1], full))
    for forms in out.values():
        forms.sort(key=lambda f: -len(f[0]))
    return out


# A capitalised compass word right before a sub-national division names a division of its
# own, written as one name (North Maluku, West Java, Central Sulawesi, Northern Cape).
COMPASS_BEFORE = re.compile(
    r"(?<![\w'’\-])(?:North|South|East|West|Central|Northern|Southern|Eastern|Western) \Z")
# A continent's part named by a capitalised compass word is one name too, where the lexicon
# lists no such form (`North Europe` as shipping lines name their services beside the listed
# `Northern Europe`, `Northeast Asia`).
CONTINENTS = frozenset(("AREA-africa", "AREA-asia", "AREA-europe", "AREA-americas"))
# a city's name opened by a bare compass word names another town (East Hanover, West
# Palm Beach, North Vancouver); `Northern`/`Central` before a city describe a part of it
COMPASS_CITY = re.compile(r"(?<![\w'’\-])(?:North|South|East|West) \Z")
LIST_NAME = re.compile(r"[A-Z][\w'’\-]*(?: [A-Z][\w'’\-]*)?")
COMPASS = frozenset("Northern Southern Eastern Western Central North South East West "
                    "Northeastern Northwestern Southeastern Southwestern".split())


STEM_FINDS = 8  # stems searched one by one; more take one pass over the capitalised words
IN_WORD = re.compile(r"[\w'’\-]")  # the character before a name's start, inside a word
CAPITAL_WORD = re.compile(r"[A-Z](?<![\w'’\-].)[\w\-]*")
STEM_RUNS_ON = re.compile(r"[\w\-]|['’](?!s\b)")  # `Mendoza's` ends the name; `Mendozan` does not
NEIGHBOUR_BEFORE = re.compile(r"([A-Z][\w'’\-]*) \Z")
NEIGHBOUR_AFTER = re.compile(r" ([A-Z][\w'’\-]*)")


def capitalised_beside(text: str, a: int, b: int) -> bool:
    """Whether a capitalised word other than a function word (`In`, `The`) stands right
    before or after a..b: the name is then part of a longer one."""
    m = NEIGHBOUR_BEFORE.search(text, max(0, a - 30), a)
    if m is not None and m.group(1).lower() not in STOP_WORDS:
        return True
    m = NEIGHBOUR_AFTER.match(text, b)
    return m is not None and m.group(1).lower() not in STOP_WORDS


def county_before(text: str, start: int, of_forms: tuple[str, ...] = ()) -> int:
    """The start of `County Kildare`, `County Antrim`: Irish counties write the designator
    before the name, capitalised, so it belongs to the span. Not where a name stands before
    it (`Harris County Kent` is two places). So do the `of` designators before a listed
    place (`Province of Mendoza`, `State of Nebraska`: reach `of` rows). Every such form
    ends in ` of ` right before the name: the forms are tried only where that stands."""
    for form in of_forms if start >= 4 and text.startswith(" of ", start - 4) else ():
        a = start - len(form) - 4
        if a >= 0 and text.startswith(form + " of ", a) and (a == 0 or not IN_WORD.match(text, a - 1)):
            start = a
            break
    a = start - 7
    if a < 0 or text[a:start] != "County ":
        return start
    before = text[:a].rstrip(" ")
    if a > 0 and text[a - 1] == " " and before.rsplit(" ", 1)[-1][:1].isupper():
        return start
    return a


# the name a glued designator closes: a capitalised word, or two joined by a hyphen
# (`Nishi-Tokyo-shi`), ending right where the designator's hyphen starts
GLUED_NAME = re.compile(r"(?<![\w'’\-])[A-Z][a-z]+(?:-[A-Z][a-z]+)?\Z")


def merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans sorted, those that meet or overlap joined."""
    out: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(b, out[-1][1]))
        else:
            out.append((a, b))
    return out


class Designators:
    """English division designators after a place name (region_designators.tsv): the
    designator joins a listed place's span (`Almaty Region`), and the strong ones make a
    region of a capitalised name that no list holds (`Sverdlovsk Oblast`, `Binh Duong
    Province`): divisions of every country are more than any hand list can hold."""

    def __init__(self, rows: list[DesignatorRow], shared: list[DesignatorRow] = (),
                 before: list[DesignatorRow] = (), glued: list[DesignatorRow] = ()) -> None:
        alt = lambda forms: "|".join(map(re.escape, sorted(forms, key=len, reverse=True)))
        # Japanese and Korean designators glued to the name by a hyphen, as GeoNames and the
        # places' own English pages write them (`Minato-ku`, `Kobe-shi`, `Anyang-si`): one
        # scan for the hyphenated forms (rare), then a look back for the name before each
        self.glued = re.compile(rf"(?:{alt(r.form for r in glued)})(?![\w'’\-])") if glued else None
        self.glued_any = frozenset(r.form for r in glued if r.reach == "glued")
        # a lowercase plural designator shared by a coordinated list of names makes each
        # name a region ("Kericho and Nandi counties"): the plural says they are places
        name = r"(?!(?:The|This|These|Those|Both|All|Each|Its|Their|Our|and)\b)[A-Z][a-z][\w'’\-]*"
        name = rf"{name}(?: {name})?"
        self.shared_forms = tuple(r.form for r in shared)
        # whether the text holds one of them: one automaton pass, not a scan per form
        self.shared_cue = ahocorasick_rs.AhoCorasick(list(self.shared_forms)) if shared else None
        self.shared_weak = frozenset(r.form for r in shared if r.reach == "shared_known")
        # (`(?=[A-Z])` first, as in `unknown` below: every name opens with a capital)
        self.shared = re.compile(
            rf"(?=[A-Z])(?<![\w'’\-])((?:{name}, )*{name},? and {name}) ({alt(self.shared_forms)})\b") \
            if shared else None
        # (not the building named after the place: `Wellington Town Hall`, `Leeds City Hall`)
        self.after = re.compile(rf" ({alt(r.form for r in rows)})(?![\w'’\-]| Hall(?![\w'’\-]))")
        strong = [r.form for r in rows if r.reach == "any"]
        # `(?=[A-Z])` first: the name opens with a capital, and trying that one character
        # spares the look-arounds at every other position (a third of the scan's time)
        self.unknown = re.compile(
            rf"(?=[A-Z])(?<![\w'’\-])"
            rf"((?!(?:The|This|That|Each|Every|A|An|One|Our|Its|Their|Which|Whole) )"
            rf"(?:[A-Z][a-z](?:[\w\-]|['’](?!s\b))*[ \-]){{1,3}}(?:{alt(strong)}))(?![\w'’\-])"
        ) if strong else None
        self.strong = tuple(strong)
        self.before = tuple(sorted((r.form for r in before), key=len, reverse=True))
        # a designator follows the place after one space: the regex is tried only where
        # the next character can open one (most places are followed by no designator)
        self.after_first = frozenset(r.form[0] for r in rows)
        self.forms = frozenset(r.form for r in rows)
        self.form_lasts = frozenset(f.rpartition(" ")[2] for f in self.forms)

    def extend(self, text: str, found: list) -> list:
        out = []
        first, after = self.after_first, self.after.match
        glued = self.glued.match if self.glued is not None else None
        for start, end, ids in found:
            m = after(text, end) if text[end + 1:end + 2] in first else None
            if m is None and glued is not None and text[end:end + 1] == "-":
                m = glued(text, end)  # `Minato` + `-ku`
            out.append((county_before(text, start, self.before), m.end() if m else end, ids))
        return out

    def glued_names(self, text: str, found: list) -> list[tuple[int, int]]:
        """Unlisted names with a glued designator (`Higashinada-ku`). A Japanese one
        (reach `glued`) makes a place of any capitalised name: Japanese names of people are
        not hyphenated. A Korean one (`glued_known`) is also the last syllable of a given
        name (`Min-gu`), so it reads only as an address's part, before a comma and a place
        found (`Gangnam-gu, Seoul`, `Bundang-gu, Seongnam-si, Gyeonggi-do`)."""
        if self.glued is None:
            return []
        hits = []
        for m in self.glued.finditer(text):
            n = GLUED_NAME.search(text, max(0, m.start() - 30), m.start())
            if n is not None:
                hits.append((n.start(), m.end(), m.group()))
        if not hits:
            return []
        starts = {s for s, _, _ in found}
        out = []
        for a, b, form in reversed(hits):  # right to left: an address's later parts first
            if form in self.glued_any or text.startswith(", ", b) and b + 2 in starts:
                out.append((a, b))
                starts.add(a)
        return out[::-1]

    def bare_repeats(self, text: str, named: list[Candidate]) -> list[Candidate]:
        """One reading per document: a place the text names with its designator
        (`Mendoza Province`, `Binh Duong Province`) is the same place where the name stands
        alone (`said Mendoza hopes`), which no list may hold (a province shares its name
        with its capital or with a surname). The bare name is read only as a whole name:
        not after or before another capitalised word (`Carlos Mendoza`, `Mendoza Wines`)."""
        stems: dict[str, dict[str, Candidate]] = {}  # first word -> stem -> its place
        forms, lasts = self.forms, self.form_lasts
        for c in named:
            sp = text.rfind(" ", c.start, c.end)
            if sp < 0 or text[sp + 1:c.end] not in lasts:
                continue  # (most places end in no designator: one lookup)
            head, last = text[c.start:sp], text[sp + 1:c.end]
            if head[:1].isupper() and (last in forms or " " in head
                                       and head.rpartition(" ")[2] + " " + last in forms):
                stem = head if last in forms else head.rpartition(" ")[0]
                stems.setdefault(stem.split(" ", 1)[0], {}).setdefault(stem, c)
        if not stems:
            return []
        taken = bytearray(len(text))
        for c in named:
            taken[c.start:c.end] = b"\x01" * (c.end - c.start)
        out: list[Candidate] = []
        for a, stem, c in self.stem_starts(text, stems):
            b = a + len(stem)
            if not text.startswith(stem, a) or STEM_RUNS_ON.match(text, b) \
                    or (a and IN_WORD.match(text, a - 1)) or 1 in taken[a:b] \
                    or capitalised_beside(text, a, b):
                continue
            out.append(Candidate(a, b, "REGION", c.value, "region.latin.bare_repeat",
                                 c.attrs, 0))
        return out

    @staticmethod
    def stem_starts(text: str, stems: dict[str, dict[str, Candidate]]):
        """(start, stem, place) of every occurrence of a stem's first word: found by the
        C-level `str.find` per stem where a text names a few, by one pass over the
        capitalised words where it names many (linear in the text either way)."""
        if sum(map(len, stems.values())) <= STEM_FINDS:
            for first, named in stems.items():
                for stem, c in named.items():
                    a = text.find(stem)
                    while a >= 0:
                        yield a, stem, c
                        a = text.find(stem, a + 1)
            return
        for m in CAPITAL_WORD.finditer(text):
            for stem, c in stems.get(m.group(), {}).items():
                yield m.start(), stem, c

    def shared_names(self, text: str, known: set[tuple[int, int]]) -> list[tuple[int, int]]:
        """The names of a list that shares a plural designator, compass words alone left
        out ("the Eastern and Western regions" may be parts of a country, not names). A
        weak plural (`regions`, `districts`: "the Sales and Marketing regions") counts
        only where a listed place is one of the names."""
        if self.shared is None:
            return []
        hits = self.shared_cue.find_matches_as_indexes(text)
        if not hits:
            return []
        out = []
        # a match ends in a plural designator and never crosses a line break (its names
        # and separators hold none): the lines holding one are all a scan needs to read
        spans = []
        for _, at, _ in hits:
            b = text.find("\n", at)
            spans.append((text.rfind("\n", 0, at) + 1, len(text) if b < 0 else b))
        for lo, hi in merged(spans):
            for m in self.shared.finditer(text, lo, hi):
                names = [(m.start(1) + n.start(), m.start(1) + n.end())
                         for n in LIST_NAME.finditer(m.group(1)) if n.group() not in COMPASS]
                if m.group(2) in self.shared_weak and not any(n in known for n in names):
                    continue
                out += names
        return out

    def unknown_matches(self, text: str):
        """`self.unknown.finditer(text)`, scanning only the lines that can hold a match."""
        if self.unknown is None:
            return ()
        return (m for lo, hi in self.lines(text) for m in self.unknown.finditer(text, lo, hi))

    def lines(self, text: str) -> list[tuple[int, int]]:
        """The lines holding a strong designator, merged where they meet. A match of
        `unknown` ends in one and never crosses a line break (its words and separators
        hold none, and its look-arounds read a break as they read an end), so scanning
        these lines finds what a scan of the whole text finds, at a fraction of its cost."""
        out: list[tuple[int, int]] = []
        for form in self.strong:
            at = text.find(form)
            while at >= 0:
                a = text.rfind("\n", 0, at) + 1
                b = text.find("\n", at)
                b = len(text) if b < 0 else b
                out.append((a, b))
                at = text.find(form, b)
        return merged(out)

    def unlisted(self, text: str, found: list) -> list[Candidate]:
        taken = {(s, e) for s, e, _ in found}
        out = []
        for a, b in self.shared_names(text, taken):
            if (a, b) not in taken:
                name = text[a:b]
                info = {"id": None, "name_en": name, "name_zh": None, "type": "state",
                        "code": None, "parent": None}
                out.append(Candidate(a, b, "REGION", name, "region.latin.designator", info, 0))
        glued = self.glued_names(text, found)
        unknown = list(self.unknown_matches(text))
        if not glued and not unknown:
            return out  # (most texts: the found places' ends are not listed)
        ends = {e for _, e, _ in found}
        for a, b in glued:
            if (a, b) in taken or b in ends:
                continue
            name = text[a:b]
            info = {"id": None, "name_en": name, "name_zh": None, "type": "district",
                    "code": None, "parent": None}
            out.append(Candidate(a, b, "REGION", name, "region.latin.designator", info, 0))
        for m in unknown:
            a, b = m.span(1)
            if (a, b) in taken or b in ends:
                continue  # a listed place with its designator: already proposed
            name = text[a:b]
            info = {"id": None, "name_en": name, "name_zh": None, "type": "state",
                    "code": None, "parent": None}
            out.append(Candidate(a, b, "REGION", name, "region.latin.designator", info, 0))
        return out


# a dateline's city in capitals opening a line, then a comma (`COLUMBUS, Ohio, Sept. 22`), or
# joined to a first place of the dateline by `&` or `and` (`SPRINGFIELD, Ill. & COLUMBUS, Ohio--`:
# wires date a release from two cities); AP capitals keep a `Mc` (`McALLEN, Texas`)
DATELINE_CITY = re.compile(
    r"(?:(?<![^\n])[ \t]*|(?<=[\w.] & )|(?<=[\w.] and ))"
    r"((?:Mc)?[A-Z][A-Z'.\-]+(?: (?:Mc)?[A-Z][A-Z'.\-]+){0,2}), \Z")
DATELINE_SEATS = frozenset(("state", "province", "country"))
DATELINE_DASH = re.compile(r"\s*(?:[-–—]{1,2}|/[A-Z])")  # `-- `, ` – `, `/PRNewswire/`


class PostalCodes:
    """A state's or province's postal code after a place and a comma (`Austin, TX`,
    `Halifax, NS`; region_postal.tsv). Alone the code is an acronym or a word (`CA`, `IN`,
    `OR`), so it is read only there: one look at the characters after each found place."""

    def __init__(self, rows: list[PostalRow]) -> None:
        self.names = {r.form: r.name_en for r in rows}

    def after(self, text: str, found: list) -> list[Candidate]:
        out = []
        for _, end, _ in found:
            a, b = end + 2, end + 4
            name = self.names.get(text[a:b]) if text[end:a] == ", " else None
            if name is None or (b < len(text) and (text[b].isalnum() or text[b] == "-")):
                continue
            info = {"id": None, "name_en": name, "name_zh": None, "type": "state",
                    "code": None, "parent": None}
            out.append(Candidate(a, b, "REGION", name, "region.latin.postal", info, 0))
        return out


class HanDesignators:
    """Chinese designators after a foreign place (region_designators.tsv, Han rows): the
    designator joins a listed foreign place where the segmentation ends a word after it
    (阿拉木图 + 州 in 阿拉木图州相邻, not in 阿拉木图州长, whose 州长 is a title), and
    makes a region of a transliterated name of three characters or more that no list
    holds (a Russian oblast, 斯…州). Chinese divisions list their designators already."""

    def __init__(self, rows: list[DesignatorRow], translit: set[str]) -> None:
        self.known = {r.form for r in rows}
        self.any = {r.form for r in rows if r.reach == "any"} if translit else set()
        self.translit = translit
        self.any_rx = re.compile("|".join(map(re.escape, sorted(self.any)))) if self.any else None

    def apply(self, text: str, found: list, starts: list[int],
              listed: Callable[[str], list | None]) -> tuple[list, list[Candidate]]:
        """`found`, some ends moved past a designator, and the unlisted regions. A listed
        name is never proposed here: the segmentation has had its say on it."""
        if not any(ch in text for ch in self.known):
            return found, []
        word_starts = set(starts)
        edge = lambda i: i >= len(text) or i in word_starts
        out, ends = [], set()
        for start, end, ids in found:
            if text[end:end + 1] in self.known and text[end - 1] not in self.known \
                    and edge(end + 1) and any(i.startswith("CITY-") for i in ids):
                end += 1
            out.append((start, end, ids))
            ends.add(end)
        extra = []
        for m in self.any_rx.finditer(text) if self.any_rx else ():
            i = m.start()
            if not edge(i + 1) or i in ends:
                continue
            a = i
            while a > 0 and a not in ends and text[a - 1] in self.translit:
                a -= 1
            if i - a >= 3 and (a in word_starts or a in ends) \
                    and not any(s < i + 1 and e > a for s, e, _ in out) \
                    and listed(text[a:i + 1]) is None:
                name = text[a:i + 1]
                info = {"id": None, "name_en": None, "name_zh": name, "type": "state",
                        "code": None, "parent": None}
                extra.append(Candidate(a, i + 1, "REGION", name, "region.han.designator",
                                       info, 0))
        return out, extra


def words_allow(found: list, starts: list[int], length: int,
                shorter: Callable[[int, int], list | None] | None = None,
                minor: Callable[[list], bool] | None = None,
                inside: Callable[[int, int], list] | None = None) -> list:
    """The matches the Chinese segmentation allows: a name begins where a word begins
    (or where the name before it ends: jieba keeps 广西南宁 whole) and does not run into a
    word that goes on past its end. 荣昌 in 繁荣昌盛 begins inside a word, 和政 in 和政府
    ends inside one; 中国 in 中国人 is a word's head and stays, as a country's name before
    a noun does (德国企业). `starts` holds the word starts of the pipeline's own jieba
    tokens, cut where the folded (simplified) text has its words (extractor/tokenizers.py).
    Where the longest name is refused, a shorter name at the same start may fit the words (巴黎 in 巴黎市场, whose 巴黎市 runs into 市场): `shorter(start, end)` gives
    the payloads of the name text[start:end], or None. A county-level name (`minor(ids)`)
    is no word's head: a dictionary word that opens with it and goes on is an ordinary
    word (大兴土木, 小金库), where a country's or a city's name heads its demonyms and
    compounds (中国人). A refused name may hide one that opens inside it, since the
    automaton's matches never overlap (资中, a county, in 投资中国 hides 中国):
    `inside(start, end)` gives the matches that start after `start` and before `end`,
    and they are tried in turn. A binary search per match: the cost follows the matches,
    not the text."""
    out, ends = [], set()
    todo = [(s, e, ids, False) for s, e, ids in reversed(found)]
    while todo:
        start, end, ids, hidden = todo.pop()
        if hidden and minor is not None and minor(ids):
            continue  # a county-level name found inside a refused one is mostly an ordinary
            # word there (兴业 in 投资兴业, behind 资兴)
        allowed = on_word_edges(starts, length, start, end, ends)
        if not allowed and shorter:
            for cut in range(end - 1, start + 1, -1):
                fewer = shorter(start, cut)
                if fewer is not None and on_word_edges(starts, length, start, cut, ends):
                    end, ids, allowed = cut, fewer, True
                    break
        if allowed and minor is not None and heads_word(starts, length, start, end) \
                and minor(ids):
            allowed = False
        if allowed:
            out.append((start, end, ids))
            ends.add(end)
        elif inside is not None:
            todo += [(s, e, i, True) for s, e, i in reversed(inside(start, end))]
    return out


def matches_inside(automaton: PhraseAutomaton, text: str, start: int, end: int,
                   longest: int) -> list:
    """The automaton's matches that open inside text[start:end] after its first character
    (`longest`: the length of the automaton's longest phrase)."""
    a = start + 1
    return [(a + s, a + e, ids) for s, e, ids in automaton.matches(text[a:end + longest])
            if a + s < end]


def lead_split(starts: list[int], text: str, leads: frozenset[str],
               trails: frozenset[str] = frozenset()) -> list[int]:
    """Word starts with one more after a lead character (region_leads.tsv) that opens a
    word of three or more characters: jieba's dictionary holds 赴美国 and 于宜宾 as words,
    which would hide the place name inside them from `words_allow`. Likewise one more
    before a conjunction (`trails`) that ends a two-character word: jieba's HMM glues an
    unknown name's last character to it (合作区及 → 合作 | 区及). The few occurrences of
    those characters are found by one regex scan each and checked against the set of
    word starts, where a Python step per word walked all the words of every document."""
    if not leads and not trails:
        return starts
    at = set(starts)
    at.add(len(text))  # the text's end closes the last word
    extra = []
    lead_rx, trail_rx = char_class(leads), char_class(trails)
    if lead_rx is not None:  # a word opening there runs on past two more characters
        extra += [s + 1 for s in (m.start() for m in lead_rx.finditer(text))
                  if s in at and s + 1 not in at and s + 2 not in at]
    if trail_rx is not None:  # the second and last character of a two-character word
        extra += [p for p in (m.start() for m in trail_rx.finditer(text))
                  if p and p - 1 in at and p not in at and p + 1 in at]
    return sorted(starts + extra) if extra else starts


@cache
def char_class(chars: frozenset[str]) -> re.Pattern[str] | None:
    """A pattern matching any one of the single characters among `chars`, or None."""
    ones = sorted(c for c in chars if len(c) == 1)
    return re.compile("[" + "".join(map(re.escape, ones)) + "]") if ones else None


def on_word_edges(starts: list[int], length: int, start: int, end: int, ends: set[int]) -> bool:
    i = bisect_right(starts, start) - 1
    if i >= 0 and starts[i] != start and start not in ends:
        return False
    j = bisect_right(starts, end - 1) - 1
    word_end = starts[j + 1] if j + 1 < len(starts) else length
    return not (j >= 0 and starts[j] > start and word_end > end)


def heads_word(starts: list[int], length: int, start: int, end: int) -> bool:
    """A segmenter's word starts at `start` and runs on past `end`."""
    i = bisect_right(starts, start) - 1
    word_end = starts[i + 1] if i + 1 < len(starts) else length
    return i >= 0 and starts[i] == start and word_end > end


@Language.factory("pressner_regions", default_config={"script": "latin"})
def make_regions(nlp: Language, name: str, script: str) -> RegionRecognizer:
    return RegionRecognizer(nlp, name, script)
