"""Chinese ORG boundaries found on characters, independent of jieba's cuts.

A name ends in a head word from data (`贸促会`, `委员会`, `部` …). From there a walk goes
left over name material: region names, known name parts (`中国`, `国际`, `省`), lexicon
names and organisations already found just before (so `中国贸促会` + `培训部` is one
name), and a small budget of unknown characters; it stops at punctuation and at the
verbs, particles, titles and time words listed as data (`到访`, `赴`, `的`, `会长`).
A head is checked before the walk (`org_edges`: no head inside another word, a place name
or a transliteration) and the name after it: a company head needs a trade name, a unit
its body's name, a team or a force a place (`trade_name`, `needs_org`, `needs_place`).
All words are matched once by one Aho-Corasick pass, and every walk is bounded by
`MAX_LEN`, so the whole recognizer runs in time linear in the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..candidates import DOTS
from ..lexicon import Occurrences
from .org_edges import (CLASSIFIERS, CLOSE, CONJ, FIELD_MAX, NUMERALS, PARTNER_PREPOSITIONS,
                        WORD_FREQ, OrgEdges, _cut)
from .org_patterns import OrgData, OrgPattern

TERMS = frozenset("届期")  # classifiers of a term or session, not of a count of bodies
TITLE_END = "长"  # `外交部长`: a head followed by this is a fused title, not a body
PAIRED_PLACES = "及"  # between two places that a department or a mission covers
PAIR_DASHES = "—－–-"  # between two places that name a bilateral body (`中国—东盟`)
PAIR_CHARS = PAIRED_PLACES + PAIR_DASHES
MAX_LEN = 40  # longest organisation name the walk builds, in characters
LIST_AS = "如"  # `企业如甲、乙等`: opens a list of examples (a word of its own, not 如 of 如意)
LIST_NEXT = ("、", "等")  # after a list's first member
# a street of an address after a head word (`市府路1號`, `学院路`, `五一大道365号`): the number, a
# part of the road or a section of it follows; no body there (a roadshow, `路演`, is no street)
NAME_RUN = re.compile(r"[\u4e00-\u9fff（）()]{0,24}")  # a clause's run of name material after a word
COMPANY_HEAD = "公司"  # the heads a registered company name ends in end so (有限公司, 股份公司 …)
STREET_AFTER = re.compile(r"(?:大道|大街|路|街|巷|道)[东西南北中]?(?:[一二三四五六七八九十]+段)?[0-9０-９]")


@dataclass(slots=True)
class HanOrg:
    start: int
    end: int
    source: str  # pattern id or "lexicon"
    org_id: str | None = None


DEPARTMENT = "zh.org.suffix.司"  # the head of a ministry's department (`对外贸易司`; not 公司)
MINISTRY_ENDS = ("部", "委", "委员会", "总局", "总署")  # the bodies of the State Council that have 司
# the other units a body's name is written right before, and the ends of the bodies that
# have them: a bureau (局) of a ministry, of a Japanese ministry (省) or a provincial
# department (厅); a division (处), section (科, 课) of those or of a bureau, agency or
# administration (局, 厅, 署)
UNIT_BODIES = {
    "zh.org.suffix.局": MINISTRY_ENDS + ("省", "厅"),
    **{f"zh.org.suffix.{h}": MINISTRY_ENDS + ("省", "厅", "局", "署") for h in "处科课"},
}
OWN_PLACES = ("省", "市", "县", "区", "国家")  # open a body of its own (`省统计局`), not a unit
# the seats a contracted office is named after besides a place (`own_place`): the writer's own
# (OWN_PLACES) and the Party centre's (`中央文明办`, `中央网信办`, `中央编办`)
OWN_SEATS = OWN_PLACES + ("中央",)
DEPARTMENT_REACH = 10  # characters of fields between a ministry's name and its department's head word
CONTRACTED_HEADS = ("总商会", "协会", "联合会", "委员会", "局")  # heads Chinese contractions keep one character of


def _covered(text: str, orgs: list[HanOrg]) -> bytearray:
    """One flag per character: inside one of `orgs`."""
    taken = bytearray(len(text) + 1)
    for o in orgs:
        taken[o.start:o.end] = b"\x01" * (o.end - o.start)
    return taken


def _in_order(chars: str, name: str) -> bool:
    """Every character of `chars` stands in `name`, in this order."""
    it = iter(name)
    return bool(chars) and all(ch in it for ch in chars)


def _find_all(text: str, ch: str):
    at = text.find(ch)
    while at >= 0:
        yield at
        at = text.find(ch, at + 1)


def _is_name_char(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or ("A" <= ch <= "Z") or ("a" <= ch <= "z") or ch.isdigit()


DESCRIBED_BY = "企业"  # closes a description of a firm before its name (described_firm)


class HanOrgFinder:
    def __init__(self, data: OrgData) -> None:
        self.generic = data.texts("generic")
        self.grammar = OrgEdges(data)
        self.heads = {p.text for p in data.of_kind("suffix")}
        self.unit_heads = self.heads - self.grammar.bodies  # a unit after these is generic
        self.places = set(data.region_forms)
        self.legal = {p.id: p.text for p in data.of_kind("suffix") if p.legal}
        self.trade_tuple = tuple(data.texts("trade_field"))  # `str.startswith` over all of them
        # a partnership's legal form in brackets after its name (`某某会计师事务所（特殊普通合伙）`)
        forms = sorted(data.texts("trailing_form"), key=len, reverse=True)
        self.trailing_forms = re.compile(
            "[(（](?:" + "|".join(map(re.escape, forms)) + ")[)）]") if forms else None
        # each head's continuations as one tuple: `str.startswith` tries them all in C,
        # where a generator over the row's list cost a Python step per continuation
        # (by the row itself: two rows of one head may share an id)
        self.not_before = {id(p): tuple(p.not_before) for p in data.of_kind("suffix")}
        entries: dict[str, list] = {}  # word -> [suffix, stop, blocker, country, unit, lexicon]

        def entry(word: str) -> list:
            return entries.setdefault(word, [None, False, False, False, False, None])

        for p in data.of_kind("suffix"):
            e = entry(p.text)
            e[0] = p if e[0] is None else e[0]
        for t in data.texts("stop"):
            entry(t)[1] = True
        for b in data.of_kind("blocker"):
            # a generic phrase (`行业协会`) is a head again after a name (`纺织行业协会`)
            entry(b.text)[2] = "soft" if b.name_before else "word" if b.word_before else True
        for t in data.texts("prefix"):
            entry(t)[4] = True
        for form in data.region_forms:
            entry(form)[3 if form in data.country_forms else 4] = True
        for form, org_id in data.lexicon_forms("han"):
            e = entry(form)
            e[4] = True
            e[5] = org_id if e[5] is None else e[5]
        # One-character stops and name parts (`的`, `市`) are most of the matches: they
        # are looked up by the left walk instead of being indexed for every occurrence.
        self.stop_chars = {w for w, e in entries.items() if len(w) == 1 and e[1]}
        self.unit_chars = {w for w, e in entries.items() if len(w) == 1 and e[4]}
        self.auto = Occurrences(
            (word, tuple(e)) for word, e in entries.items()
            if not (len(word) == 1 and e[0] is None and e[2] is False and e[3] is False
                    and e[5] is None))

    # -- one pass over the text -----------------------------------------------------------
    def _index(self, text: str):
        units: dict[int, int] = {}  # end -> smallest start of name material ending there
        countries: dict[int, int] = {}  # end -> start of a country name (and nothing else)
        stops: dict[int, int] = {}
        blocked: dict[int, int] = {}  # ends of suffixes that a longer word makes ordinary
        soft: dict[int, int] = {}  # ... unless a name precedes the word: end -> its start
        suffixes: dict[int, tuple[int, OrgPattern]] = {}
        lexicon: dict[int, tuple[int, str]] = {}
        for start, end, (suffix, stop, blocker, country, unit, lex) in self.auto.find(text):
            if suffix is not None:
                prev = suffixes.get(end)
                if prev is None or start < prev[0]:
                    suffixes[end] = (start, suffix)
            if stop and (end not in stops or start < stops[end]):
                stops[end] = start
            if blocker is True or blocker == "word" and not self.grammar.word_before(text, start):
                blocked[end] = start
            elif blocker:
                soft[end] = min(start, soft.get(end, start))
            if country and (end not in countries or start < countries[end]):
                countries[end] = start
            if unit or lex is not None:
                if end not in units or start < units[end]:
                    units[end] = start
                if lex is not None:
                    prev_l = lexicon.get(end)
                    if prev_l is None or start < prev_l[0]:
                        lexicon[end] = (start, lex)
        for end, start in countries.items():
            if units.get(end, end) > start:
                units[end] = start
            else:
                countries[end] = -1  # a longer or equal name part also ends here
        country_spans = {(s, e) for e, s in countries.items() if s >= 0}
        for end, start in soft.items():
            if end in suffixes and end not in blocked:
                suffixes[end] = (start, suffixes[end][1])
        return units, stops, blocked, suffixes, lexicon, country_spans

    def find(self, text: str) -> list[HanOrg]:
        units, stops, blocked, suffixes, lexicon, country_spans = self._index(text)
        found: dict[int, HanOrg] = {}  # end -> longest org ending there
        for end in sorted(set(suffixes) | set(lexicon)):
            if end in lexicon and not (end in suffixes and text.startswith(TITLE_END, end)
                                       and TITLE_END in suffixes[end][1].not_before) \
                    and not self.grammar.word_across(text, end):
                start, org_id = lexicon[end]  # (`外交部` + `长` is a fused title, and
                # `财政部门`, `华北大部`: the last character starts a word with the next)
                found[end] = HanOrg(start, end, "lexicon", org_id)
            if end in suffixes and end not in blocked:
                org = self._from_suffix(text, end, suffixes[end], (units, stops, country_spans),
                                        found)
                if org is not None and (end not in found or org.start < found[end].start):
                    found[end] = org
        self.ministry_departments(text, found)
        orgs = [o for o in found.values() if text[o.start:o.end] not in self.generic]
        if self.trailing_forms is not None and "合伙" in text:
            for o in orgs:
                m = self.trailing_forms.match(text, o.end)
                o.end = m.end() if m else o.end
        return orgs + self.short_forms(text, orgs) + self.contractions(text, orgs) + self.units(text, orgs)

    def units(self, text: str, orgs: list[HanOrg]) -> list[HanOrg]:
        """`經濟部統計處` … `統計處處長`: a unit named once after its parent body, where the
        text names that body on its own too (`經濟部`), is then called by its own name: the
        same ORG wherever that name stands alone (not inside a longer name, not a bare head
        or generic word). Three characters at least: a unit's name is a field and its head."""
        names = {text[o.start:o.end] for o in orgs}
        units = {name[len(parent):] for name in names for parent in names
                 if len(name) - len(parent) >= 3 and name.startswith(parent)}
        units = {u for u in units if u not in names and u not in self.generic and u not in self.heads
                 and _is_name_char(u[0])}
        if not units:
            return []
        taken = _covered(text, orgs)
        out = []
        for unit in sorted(units, key=len, reverse=True):
            at = text.find(unit)
            while at >= 0:
                end = at + len(unit)
                if not any(taken[at:end]) and not (at and _is_name_char(text[at - 1])
                                                   and self.grammar.word_across(text, at)) \
                        and (text.startswith(unit[-1], end) or not self.grammar.word_across(text, end)):
                    # (`處處長`: the head doubled by the post's own, which the segmenter
                    # reads as the adverb `處處`)
                    out.append(HanOrg(at, end, "zh.org.unit"))
                    taken[at:end] = b"\x01" * (end - at)
                at = text.find(unit, end)
        return out

    def ministry_departments(self, text: str, found: dict[int, HanOrg]) -> None:
        """`国家发展改革委利用外资和境外投资司`, `商务部服务贸易和商贸服务业司`: a ministry's 司
        (department) is named by its fields, often two joined by 和, which the walk cannot
        always tell from two bodies; written right after the ministry's name, with no
        punctuation and no conjunction between, the department is the ministry's, one ORG
        (GUIDELINES: the longest name, as `工业和信息化部电子信息司`). 司 names a department
        of a State Council ministry or commission only. A bureau, division or section
        (`UNIT_BODIES`) written right after its body's name is the body's too, its field often
        a verb and its object (`某某省制造产业局`, `某某委利用外资处`) that stops the walk;
        unless the unit's own name opens with a place (`某厅会同省统计局`: a body of its own)."""
        for end, org in list(found.items()):
            ends = MINISTRY_ENDS if org.source == DEPARTMENT else UNIT_BODIES.get(org.source)
            if ends is None or org.start == 0:
                continue
            if org.source != DEPARTMENT and self.opens_with_place(text, org.start, end):
                continue
            for at in range(org.start, max(0, org.start - DEPARTMENT_REACH) - 1, -1):
                body = found.get(at)
                if body is not None and body.start < at and text.endswith(ends, body.start, at):
                    gap = text[at:org.start]
                    if gap[:1] not in CONJ and all(_is_name_char(ch) for ch in gap) \
                            and (org.source == DEPARTMENT or not self.opens_with_place(text, at, end)
                                 and not any(h in gap for h in self.heads)):
                        # (a head word in the gap is a title or another body's: `某部副部长某某率某局`)
                        del found[at]
                        found[end] = HanOrg(body.start, end, org.source)
                    break

    def opens_with_place(self, text: str, start: int, end: int) -> bool:
        """A place name, or a word that stands for the speaker's own place or state
        (`省`, `市`, `国家`: `省统计局`, `国家能源局`), opens text[start:end]."""
        return text.startswith(OWN_PLACES, start) \
            or any(text[start:start + k] in self.places for k in range(2, min(7, end - start)))

    def contractions(self, text: str, orgs: list[HanOrg]) -> list[HanOrg]:
        """`中国钢铁工业协会` … `中钢协`: an association, federation, committee, chamber or
        bureau named in full is then called by a few of its characters in order, ending in
        the first or the last character of its head (协 of 协会; 会 of 联合会: `香港中华厂商
        联合会` … `厂商会`; 总 of 总商会: `香港中华总商会` … `中总`; 局: `香港贸易发展局` …
        `贸发局`). The characters before it come from the name after a leading place (`香港`,
        `台湾`: contractions drop it); a form that does not start with the name's first
        character is at least three long, and every form skips some of the name's characters
        (`供电局` of `某县供电局` is the bare head noun). Such a form, standing as a word of its
        own, is the same ORG, with the name's place where that is written before it
        (`香港中总`: a region inside a name is part of it).
        """
        names: dict[str, tuple[str, str, str]] = {}  # name -> (body before the head, body
        # after a leading place, head)
        for o in orgs:
            name = text[o.start:o.end]
            head = next((h for h in CONTRACTED_HEADS if name.endswith(h)), None)
            if head is None:
                continue
            body = name[:-len(head)]
            place = next((k for k in range(min(4, len(body) - 2), 1, -1)
                          if body[:k] in self.grammar.regions), 0)
            if len(body) >= 4:
                names[name] = (body, body[place:], head)
        if not names:
            return []
        taken = _covered(text, orgs)
        out = []
        found_at: dict[str, list[int]] = {}  # a head character's positions, found once
        for name, (body, local, head) in names.items():
            # forms end in a head character (rarer than the body's): from each of those,
            # the forms that end there, leftmost first, the longest first at one start
            chars = set(body)
            spots = sorted((e + 1 - size, -size) for ch in {head[0], head[-1]}
                           for e in found_at.setdefault(ch, list(_find_all(text, ch)))
                           for size in (4, 3, 2) if e + 1 >= size and text[e + 1 - size] in chars)
            for at, neg in spots:
                end = at - neg
                form = text[at:end]
                first = form[:1] in (body[:1], local[:1])
                if (first or -neg >= 3) \
                        and not any(taken[at:end]) and _in_order(form[:-1], body) \
                        and form not in name and form not in self.generic and form not in self.heads \
                        and form not in self.grammar.regions \
                        and not self.grammar.word_across(text, end) \
                        and not (at and _is_name_char(text[at - 1]) and self.grammar.word_across(text, at)):
                    place = body[:len(body) - len(local)]
                    if place and text.endswith(place, 0, at) and not any(taken[at - len(place):at]):
                        at -= len(place)  # `香港中总`: the place stays inside the name
                    out.append(HanOrg(at, end, "zh.org.contraction"))
                    taken[at:end] = b"\x01" * (end - at)
        return out

    def short_forms(self, text: str, orgs: list[HanOrg]) -> list[HanOrg]:
        """A company named once in full is named again without its legal form, bracketed
        place and leading region (`浙江某某光电股份有限公司` … `某某光电`), or by its
        trade name alone (`某某`, where jieba cuts it off as words of its own), or by the
        name less its last trade word on word edges (`某某环境` of `某某环境工程股份有限公司`):
        those later mentions are the same ORG."""
        cores: set[str] = set()
        brands: dict[str, str] = {}  # trade name -> the words it is cut from
        leads: dict[str, str] = {}  # a name's distinctive head -> the rest of its core
        heads: dict[str, str] = {}  # the core less its last trade word -> that word
        for o in orgs:
            legal = self.legal.get(o.source)
            if legal is not None:
                core = self.grammar.core(text[o.start:o.end], legal)
                if core is not None:
                    cores.add(core)
                    placed = self.grammar.core(text[o.start:o.end], legal, keep_place=True)
                    if placed is not None and placed != core:
                        cores.add(placed)  # `浙江某某光电`: the region kept, the form dropped
                    head = self.grammar.trade_dropped(core)
                    if head is not None:
                        heads[head] = core[len(head):]  # `某某环境` of `某某环境工程股份有限公司`
                    brand = self.grammar.brand(core)
                    if brand is None and placed is not None and placed != core:
                        # `德安储能系统`: the "region" opening the name was its trade name (a county
                        # is called 德安 too), and nothing of a name is left without it
                        brand = self.grammar.brand(placed)
                        core = placed if brand is not None else core
                    if brand is not None:
                        brands[brand] = core[len(brand):]
                    place = placed[:len(placed) - len(core)] if placed is not None \
                        and placed.endswith(core) else ""
                    for lead in self.grammar.leading_names(core):
                        # `某协` of `日本某协热交换器株式会社`; `宁德某某` of `宁德某某新能源…`
                        for form in {lead, place + lead} - {place}:
                            leads.setdefault(form, core[len(lead):])
        if not cores:
            return []
        taken = _covered(text, orgs)
        out = []
        leads = {k: v for k, v in leads.items() if k not in cores and k not in brands and k not in heads}
        for core in sorted(cores | set(brands) | set(heads) | set(leads), key=len, reverse=True):
            at = text.find(core)
            while at >= 0:
                end = at + len(core)
                if not any(taken[at:end]) and not self.cuts_place(text, end) \
                        and (core in cores and (len(core) > 2 or self.alone_at(
                        text, at, end)) or core in brands and self.trade_name_at(
                        text, at, end, brands[core]) or core in heads and self.trade_name_at(text, at, end, heads[core])
                        or core in leads and self.lead_at(text, at, end, leads[core])):
                    end = self.sister_trade(text, end) if core in brands else end
                    out.append(HanOrg(at, end, "zh.org.short"))
                    taken[at:end] = b"\x01" * (end - at)
                at = text.find(core, end)
        return out

    def lead_at(self, text: str, at: int, end: int, rest: str) -> bool:
        """A company's distinctive head (`OrgEdges.leading_names`) found at [at, end) stands
        for the company: alone (`trade_name_at`), with no trade word after it (`某协工业园`
        names a park, `某协电子` a sister firm) and no legal form ahead in its clause (`某协
        前沿半导体有限公司` names another firm, a subsidiary or a joint venture)."""
        if text.startswith(self.trade_tuple, end):
            return False
        run = NAME_RUN.match(text, end).group()  # (the cheap tests first: the segmenter's last)
        return not any(form in run for form in self.legal.values()) \
            and self.trade_name_at(text, at, end, rest)

    def cuts_place(self, text: str, end: int) -> bool:
        """A listed place runs on across `end` (`成都天府` of a firm before `天府新区片区`: the
        text names the new area, not the firm): a later mention ends on a name's edge."""
        regions = self.grammar.regions
        return any(text[p:p + k] in regions
                   for k in range(2, 6) for p in range(max(0, end - k + 1), end))

    def sister_trade(self, text: str, end: int) -> int:
        """`某某动力`, `某某储能` after `某某科技有限公司`: a group's trade name with another
        trade word glued to it names the group's company in that trade (the PRC order of
        trade name + trade), one ORG; the end after that word where jieba ends a word
        there, else `end`."""
        word = next((w for w in self.grammar.trades if text.startswith(w, end)), None)
        if word is None or self.grammar.word_across(text, end + len(word)):
            return end
        return end + len(word)

    def alone_at(self, text: str, at: int, end: int) -> bool:
        """[at, end) stands on the segmenter's word edges: a name of two characters is
        no part of a longer word there (`某某` but not the `某某` inside `某某乡`)."""
        return self.grammar.cut_at(text, at) and not self.grammar.word_across(text, end)

    def trade_name_at(self, text: str, at: int, end: int, trade: str) -> bool:
        """A trade name found at [at, end) stands alone: on the segmenter's word edges,
        and not followed by the trade it was cut from (`某某科技园` names a park)."""
        return self.alone_at(text, at, end) and not text.startswith(trade[:2], end)

    def _country_apart(self, text: str, left: int, head: int, pat: OrgPattern) -> bool:
        """The country before a company's name is a REGION where the row says so
        (`keep_country`: `美国PPG公司`), but only when the rest names the company by itself:
        kind words alone after it are no name, so the country is the name's (`越南纺织服装集团`,
        a national group). A full registered legal form keeps its place (`某国某某有限公司`)."""
        if pat.keep_country:
            return False
        return not (pat.trade_name and self.grammar.kind_only(text[left:head]))

    def paired_place(self, text: str, p: int, left: int, end: int, units: dict[int, int],
                     found: dict, pat: OrgPattern) -> int | None:
        """Where the place before `p` starts, when it is paired with the place that opens the
        name at `p` (ending at `left`): by a dash, as a bilateral body or forum is named
        (`中国—葡语国家经贸合作论坛`), or by 及 before a department's or a mission's head, the
        area it covers (`拉丁美洲及加勒比海司`, `驻澳门及香港总领事馆`; not a company's name)."""
        ch = text[p - 1]
        if not (ch in PAIR_DASHES or ch in PAIRED_PLACES and not pat.legal and p - 1 not in found):
            return None
        q = units.get(p - 1)
        if q is None or units.get(left) != p or end - q > MAX_LEN \
                or text[p:left] not in self.places or text[q:p - 1] not in self.places:
            return None
        return q

    def _from_suffix(self, text, end, suffix, index, found) -> HanOrg | None:
        start, pat = suffix
        units, stops, country_spans = index
        if text.startswith(self.not_before[id(pat)], end) \
                or pat.word_end and self.grammar.word_across(text, end):
            return None
        if pat.title_part and (found.get(start) is not None
                               or start > 0 and text[start - 1] in pat.title_after) \
                and text.startswith(tuple(pat.title_part), end):
            # `某集团有限公司党委常委`: the body's committee opens the title, also after a body
            # no rule found (`市发展改革委党组书记`: the title 党组书记, as 党组成员), not after a
            # place (`某自治区党委书记`: the region's committee)
            return None
        if pat.facility_after and text.endswith(tuple(pat.facility_after), 0, start):
            return None  # `某公司天津研发中心`: a company's site, not a body of its own
        g = self.grammar
        if STREET_AFTER.match(text, end):
            return None  # `市府路1号`, `学院路`: an address's street named after a body
        if end - start == 1 and start > 0 and text[start - 1] == text[start]:
            return None  # `行政院院会`, `财政局局长`: the first of a doubled head closes the name
        if pat.not_after and text.endswith(tuple(pat.not_after), 0, start):
            return None  # `某某主办`, `临时代办`: the head closes a verb word, no body's name
        if g.head_in_word(text, start, end) or g.in_place(text, start, end) \
                or g.transliterated(text, start, end) \
                or start > 0 and text[start] in CLASSIFIERS and text[start - 1] in NUMERALS:
            return None  # `查处`, `一部`, `莫斯科`, `某里延科`, `24支队`: no head here
        p, material, free, left, crossed, coord = start, 0, 0, start, 0, False
        fallback: tuple[int, int] | None = None  # where the name starts without a crossing
        verb_at: int | None = None  # where the walk went on past a verb word a trade name needs
        body_at = -1  # where a body found whole that the walk took in starts
        while p > 0 and end - p < MAX_LEN:
            ch = text[p - 1]  # the character before the walk's position
            org = found.get(p)
            unit_start = units.get(p)
            if unit_start is None and ch in self.unit_chars:
                unit_start = p - 1
            if org is not None and pat.needs_org and not pat.absorb_org and end - org.start <= MAX_LEN \
                    and text.endswith(tuple(pat.needs_org), org.start, p):
                material, p = material + p - org.start, org.start
                body_at = p
                break  # `某某厅国际协力课`: the unit's body opens its name
            if org is not None and pat.needs_place and not pat.absorb_org:
                break  # `甲队vs乙队`: two teams
            if org is not None and pat.absorb_org and (unit_start is None
                                                       or org.start <= unit_start):
                if org.start and text[org.start - 1] in PARTNER_PREPOSITIONS \
                        and g.partner_of_verb(text, org.start, p, start):
                    return None  # `与某大学合作建设培训中心`: the head is the verb's object
                if end - org.start > MAX_LEN:
                    break
                material, p, free = material + p - org.start, org.start, pat.max_free
                body_at = p
                continue
            if ch == LIST_AS and text.startswith(LIST_NEXT, end) and p - 1 not in units \
                    and g.freq.get(text[p - 1:p + 1], 0) <= max(WORD_FREQ, g.freq.get(text[p:p + 2], 0)):
                break  # `参会德企如甲有限公司、乙…`: 如 opens the list whose first member this is
                # (not after a place, `美国如新集团、…`, nor in a word the segmenter would rather
                # read than the one after it: `如意集团、…`, but `如常州某公司、…`)
            stop_start = stops.get(p)
            if stop_start is None and ch in self.stop_chars:
                stop_start = p - 1
            if unit_start is not None and (stop_start is None or unit_start <= stop_start):
                if end - unit_start > MAX_LEN:
                    break
                material, p, left = material + p - unit_start, unit_start, p
                continue
            if ch in CLOSE:  # `某某科技(苏州)有限公司`: a bracketed place
                q = self.grammar.bracketed_place(text, p, units)
                if q is None:
                    break
                material, p = material + p - q, q
                continue
            q = self.paired_place(text, p, left, end, units, found, pat) if ch in PAIR_CHARS else None
            if q is not None:
                material, p, left = material + p - q, q, p - 1
                continue
            if ch in CONJ and p < start and p - 1 not in found \
                    and g.noun(text[p - 1:p + 1]) and not g.cut_at(text, p):
                material, p = material + 1, p - 1  # `和平`: the conjunction starts a noun
                continue
            if ch in CONJ and ch != "、" and pat.trade_name and p >= 2 \
                    and units.get(left) != p and text[p - 2] not in self.stop_chars \
                    and _is_name_char(text[p - 2]) and (p == 2 or not _is_name_char(text[p - 3])):
                material, p = material + 2, p - 2  # `东和电机株式会社`: one character before the
                continue  # conjunction is no field of its own: the two open the trade name
            if ch in CONJ and pat.trade_name and not coord:
                q = g.trade_pair(text, p - 1, start)
                if q is not None:  # `电力和水务集团`: one company's two trades
                    material, p = material + p - q, q
                    continue
            if ch in CONJ and pat.legal and units.get(left) == p:
                break  # `某某电气与中国某某有限公司`: a place opens the second company's name
            if ch in CONJ:  # `环境与能源部`, not `商务部与外交部`
                q = self.grammar.coordinated(text, p - 1, p, start, pat, found, units, coord)
                if q is None:
                    break
                material, p, coord = material + p - q, q, True
                continue
            if stop_start is not None:
                step = self.grammar.cross(text, stop_start, p, start, pat, found, units)
                if step is None:
                    break
                q, kind = step
                if kind == "crossed":
                    crossed, fallback = crossed + p - q, (p, material)
                else:
                    free += p - q if kind == "word" else 0
                material, p = material + p - q, q
                continue
            if ch in DOTS and p >= 2 and free < pat.max_free and material \
                    and text[p - 2] in self.grammar.translit:
                p, free, material = p - 1, free + 1, material + 1  # `曼·罗兰公司`
                continue
            if free >= pat.max_free and p < start:
                q = g.field_after_place(text, p, units, self.unit_chars) \
                    if pat.max_free and p not in found else None
                if q is not None:  # `杭州市` + `文化` + `广电旅游局`: the field runs on to a place
                    material, p = material + p - q, q
                    continue
                q = g.word_start(text, p)
                material, p = material + p - q, q  # `新闻出版总署`: not from inside a word
                break
            q = g.ordinal_start(text, p, start) if ch in NUMERALS else None
            if q is not None and end - q <= MAX_LEN:  # `第三` of `中国建筑第三工程局`
                material, p = material + p - q, q
                continue
            if material >= 2 and free < pat.max_free and self.grammar.verb_before(text, p):
                if pat.legal and pat.keep_country and verb_at is None and g.kind_only(text[p:start]):
                    # a registered name needs a trade name: where only kind words stand after
                    # the verb, the verb word is the trade name's (`某芯显示科技股份有限公司`)
                    verb_at = p
                    p, free, material = p - 1, free + 1, material + 1
                    continue
                q = g.modified_verb_after_place(text, p, units)
                if q is not None:  # `某省智能制造专家委员会`: a noun and a verb make the field
                    material, p = material + p - q, q
                    continue
                q = g.verb_after_preposition(text, p)
                if q is not None:  # `由选举管理委员会`: after 由 a verb word is the field
                    material, p = material + p - q, q
                elif p >= 3 and text[p - 3] == "、" and self.grammar.word_around(text, p - 2)[1:] == (p - 2, p):
                    material, p = material + 2, p - 2  # `、运行监测协调局`: a list item opens on
                    # the field's verb (a listed body or post, no clause's predicate)
                break
            if free >= pat.max_free or not _is_name_char(ch) \
                    or self.grammar.counted(text, p) or coord:
                break  # (before coordinated fields only name parts: `某某中国房地产及住宅研究会`)
            p, free, material = p - 1, free + 1, material + 1
        if p < start and text[p - 1] in self.stop_chars and self.grammar.own_word(text, p):
            p, material = p + 1, material - 1  # `我国银行`: 国 belongs to 我国
        elif p < start:
            q = g.past_function_word(text, p, start)
            material, p = material - (q - p), q  # `当中贸促局`: 中 belongs to 当中
        if pat.legal and pat.trade_name and start - p == 1 and p > 0 and text[p - 1] in self.stop_chars \
                and p - 1 not in found and not g.is_function(text[p - 1]):
            material, p = material + 1, p - 1  # `电装株式会社`: a registered name's trade name has
            # two characters at least (the PRC rules on enterprise names; Japan's register alike),
            # so a stop character that is a noun (电) before a one-character trade name opens it
        if (p, left) in country_spans and left - p < material \
                and self._country_apart(text, left, start, pat):
            material, p = material - (left - p), left  # `美国PPG公司`: the country is a REGION
        if crossed and material - crossed < max(pat.min_prefix, 1):
            p, material = fallback  # `代表市委`: the word by the head was not its field
        if p < start and p != body_at:
            p = self.grammar.name_start(text, p, start, end)  # (a body found whole opens
            # the name where it starts: `特许厅总务课`, whatever the segmenter reads in it)
        if p < start and self.grammar.trim_verbs(text, p, start) == start:
            return None  # `行使领事馆`: a bare verb before the head names nothing
        if p < start:
            q = g.object_after_place_verb(text, p, start)
            if q == start:
                return None  # `在某市建设研发中心`: a verb's object described, not named
            if q is not None:
                material, p = material - (q - p), q
        if 0 < p < len(text) and text[p - 1].isascii() and text[p - 1].isalnum() \
                and text[p].isascii() and text[p].isalnum():
            return None  # the walk stopped inside a Latin word (`lvo車廠` of `Volvo車廠`)
        if g.counted(text, p) and text[p - 1] not in TERMS and p not in units.values() \
                and not any(o.start == p for o in found.values()):
            return None  # `12个智能仓储中心`: a counted noun names a kind, not a body (a
            # place opens a name: `两届某市政协委员`; a term's number says which body:
            # `九届人大常委会`)
        bare = p == start > 0 and text[start - 1] in pat.bare_after if pat.bare_after else False
        if material < pat.min_prefix and not bare or text[p:start] in self.unit_heads \
                or start - p <= g.head_max + FIELD_MAX and g.head_and_kind(text[p:start]) \
                or g.determined(text, p, text[p:start]):
            return None  # `协会办公室`, `公司新工厂`: a body's unit named by head words (and
            # kind words) alone is generic; so is a body after a determiner (`各级工商联`)
        if verb_at is not None and (verb_at - p < 4 or g.kind_only(text[p:verb_at - 2])
                                    or g.freq.get(text[p:verb_at - 2], 0) >= WORD_FREQ):
            return None  # `报刊发行服务有限责任公司`: a common word, no coined trade name, before the verb
        p = self.described_firm(text, p, start, pat)
        if pat.trade_name and (g.kind_only(text[p:start]) or g.verb_object(text, start)
                               or g.zone_and_kind(text[p:start])
                               or pat.text.endswith(COMPANY_HEAD) and g.places_only(text[p:start])):
            return None  # `商业银行`, `汽车公司`: kind words, no trade name; a verb before
            # the head makes it the verb's object (`提供银行`, `在某区开办分公司`, `输入银行`)
        if g.status(text, p, start, end, pat):
            return None  # `成为国际金融中心`: a standing, not a body
        if pat.needs_org and not any(o.start >= p and (o.end == start if pat.body_organ else o.end <= start - 2)
                                     and text.endswith(tuple(pat.needs_org), o.start, o.end)
                                     for o in found.values()):
            return None  # `中文系` alone, `大学系`: a department is named after its body
        if g.generic_reference(text[p:start], pat.trade_name or end - start > 1):
            return None  # `所有外国使馆`, `沪上某银行`, `提供银行`: no name before the head
        if pat.needs_place:  # `青年队`: a team or force is named by a place or a body
            first = min((o.start for o in found.values() if o.start >= p and o.end <= start),
                        default=start)
            first = min(first, p + g.place_at(text[p:start]))
            if first >= start and pat.own_place and text.startswith(OWN_SEATS, p, start):
                first = p  # `区信访办`: the writer's own district
            if first >= start:
                return None
            p = first  # `会使中国队`: what comes before the place is not the team's name
        return HanOrg(p, end, pat.id)

    def described_firm(self, text: str, p: int, start: int, pat: OrgPattern) -> int:
        """`某国医疗科技企业某某集团`: a description that ends in the noun 企业 (a firm) stands
        in apposition before the firm's own name, which starts after it where a trade name
        follows (not kind words alone: `某某企业发展集团`). Short company heads only: a
        registered name keeps what it holds (`某某企业股份有限公司`)."""
        if not pat.trade_name or pat.keep_country:
            return p
        k = text.rfind(DESCRIBED_BY, p, start)
        name = k + len(DESCRIBED_BY)
        if k <= p or start - name < 2 or self.grammar.kind_only(text[name:start]):
            return p
        first = _cut(text[name:start])[0]
        if self.grammar.tags.get(first, "")[:1] == "v":
            return p  # `某某企业发展集团`: 企业 + a verb word is the name's field
        return name

