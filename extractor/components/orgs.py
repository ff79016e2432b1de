"""ORG: named organisations in English and Chinese, with canonical names and short forms.

Three sources propose spans on `doc._.norm_text`: the shared lexicon of well-known
bodies (exact forms, canonical names, ids), the language's head-word rules (see
`org_latin` and `org_han`) and short forms the document defines for itself in brackets,
which then count as the same organisation wherever they recur. Spans are the full
names, so the resolver drops regions inside them (`Tianjin Municipal Government`).
"""

from __future__ import annotations

from bisect import bisect_left
import re
from collections.abc import Collection, Iterable, Iterator
from pathlib import Path

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc

from ..align import token_starts
from ..candidates import Candidate, WordScan, candidates, norm_text, word_scan
from ..lexicon import PhraseAutomaton, literal_alternation, matches_before, occurrences, read_tsv
from ..normalise.orgs import clean_value, find_definitions
from .base import DataComponent, Steps, drained, lockstep
from .line_fields import FIELD_SEP, LINE_OPENING, LINE_TAIL
from .listing import LISTING, LISTING_CODE, LISTING_NAMED
from .org_agency import AgencyNames, GluedHeads, MunicipalNames
from .org_foreign import ForeignNames
from .org_edges import CONJ, WORD_FREQ
from .org_han import HanOrgFinder
from .org_holders import HolderNames
from .org_latin import LatinOrgFinder, legal_token_pattern
from .org_lists import FirmLists
from .org_planned import PlannedBodies
from .org_press import PressUnits
from .org_caps import CapsStretches
from .org_coined import CoinedNames
from .org_partners import PartnerNames
from .org_patterns import OrgRow, load_org_data
from .org_span import QUOTED, OrgSpanRules
from .learned import APPOSITION, IntlGivenRow, KindText, headline
from .org_slots import APPOSED_AFTER, FirmSlots
from .org_units import PlacedFirms, UnitNames
from .persons import FamilyRow, GivenRow, SyllableRow

COMPANY_TYPES = {"company", "bank"}
# names that take a market after them as companies do: a company's short form (a Chinese one
# is cut from a company's full name: HanOrgFinder.short_forms), and a chamber abroad named by a glued head (`SwissCham China`, as the lexicon's `AmCham China`)
UNIT_HEAD = "公司"  # a company head after a unit's market (西门子中国公司, 西门子中国有限公司)
# a wire or paper named in brackets or slashes right after a dateline's date (`LONDON, 23 May
# 2027 (RNS) -`, `…, 2027 /Acme Newswire/ --`): the source of the text, an ORG (GUIDELINES: wire
# services and media are ORGs)
DATELINE_SOURCE = re.compile(r" ?(?:\(([A-Z][\w.&' -]{1,38}[\w.])\)|/([A-Z][\w.&' -]{1,38}[\w.])/)")
DATELINE_REACH = 400
CORPORATE_WORDS = frozenset({"Corporation", "Corp.", "Company", "Group", "Holdings"})
_POSSESSIVE = re.compile(r"['’]s?\b")
# a list's earlier item: one to three capitalised words after a lowercase word, up to its comma
_LIST_ITEM_BEFORE = re.compile(
    r"(?<=[a-z] )" + "".join(rf"(?<!\b{w} )(?<!\b{w.capitalize()} )" for w in (
        "of", "for", "on", "in", "at", "by", "to", "from", "since", "after", "before", "until"))
    + r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
    r"((?:[A-Z][\w&'’\-]*[ \t]){0,2}[A-Z][\w&'’\-]*)\Z")
DATELINE_PLACE = re.compile(r"[A-Z][A-Za-z .'-]*[A-Z]\b")  # the capitalised place opening it
LIST_NAME = r"[A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*){0,3}"  # one name of a list of firms
LIST_ITEM = re.compile(LIST_NAME)  # characters from the start of the text a dateline may stand in
MARKET_SOURCES = {"org.latin.short_form", "en.org.glued", "zh.org.short"}
_AND = re.compile(r" (?:and|&) ")
_AND_ACRONYM = re.compile(r" and ([A-Z]{2,6})\b")  # `split_acronym`
_OF_PLACE = re.compile(r" of (?:the )?")  # `split_placed`: `City of Eindhoven`, `Ministry of Economy of X`
PLACE_WORDS = 3  # words of a place opening a name (`split_placed`)
ACRONYM_END = re.compile(r"(?<![\w'’.-])[A-Z]{2,}\Z")  # a name's closing acronym (`Qingdao CCPIT`)
# a capitalised Latin name of up to four words inside Chinese text (a Han character or
# punctuation on either side: `阿联酋Masdar`, `Siemens Mobility首席执行官`)
LATIN_CAP = re.compile(r"[A-Z]")
LATIN_IN_HAN = re.compile(r"(?:^|(?<=[\u4e00-\u9fff，、。；：（(“\n]))[A-Z][A-Za-z0-9&\-]*(?: [A-Z][A-Za-z0-9&\-]*){0,3}"
                          r"(?=[\u4e00-\u9fff，。、）)”])")
BODY_MIN, BODY_MAX = 2, 8  # characters of a body's name between a country and a post
HOME_COUNTRY = {"中国", "中华人民共和国"}
MISSION = "驻"  # `某国驻华大使`: a mission's place, no body
ACTING = "代"  # before a post: its acting holder (代总裁)
PLACE_END = "市省州县区"
GOVERNMENT = "政府"  # the head of a government's name (`市政府`, `州政府`, `人民政府`)
MAX_GOVERNMENT = 24  # characters of places and head in one government's name
TRADE_NAME_SIZES = (2, 3)  # characters of a trade name (字号) without a legal form before a post  # `日本某某市副市长`: a division's designator ends a place, no body
PARTNER_BEFORE = ("与", "和", "同")  # `与X签约`: the partner of a signing
SIGNING_AFTER = ("签署", "签约", "签订", "达成", "合作", "合资")
DESCRIBED_AT = re.compile(r", (?:the|a|an) ")  # where an apposition may describe the name before
# the capitalised name right before it: up to four words, `and`/`&` between them
NAME_BEFORE = re.compile(r"(?<![\w&'’.-])[A-Z][\w'’-]*(?:(?: and| &)? [A-Z][\w'’-]*){0,3}\Z")
OPENS_SENTENCE = re.compile(r"(?:[.!?:][\"”’]?\s+|\n\s*|[\"“])\Z")
STOP_CAPS = frozenset(w.capitalize() for w in STOP_WORDS)  # `In`, `The`, `Before`
_NEXT_WORD = re.compile(r" ([A-Z][\w\-]*)")
# words that make a longer place of the place after them (`Greater Nairobi`, `Northern Kansas`)
PLACE_QUALIFIERS = frozenset({"Greater", "North", "South", "East", "West", "Northern", "Southern",
                              "Eastern", "Western", "Central", "Upper", "Lower", "New", "Old", "Inner", "Outer"})
# `of the` + a capitalised run + its bracketed acronym, after a post (`spelled_bodies`)
SPELLED_AFTER_POST = re.compile(
    r" of the ((?:[A-Z][\w'’-]*)(?: (?:[A-Z][\w'’-]*|&|and|of|for|on|in|the)){1,8}) \(([A-Z][A-Za-z]{1,9})\)")
SPELL_JOINS = frozenset({"&", "and", "of", "for", "on", "in", "the"})
# a capitalised run (joined by SPELL_JOINS and commas) right before a bracketed acronym
# (the look-behind after the run's first capital: the engine skips to capitals in C, where
# a pattern opening on a look-behind is tried at every position)
SPELLED_BEFORE = re.compile(
    r"([A-Z](?<![\w'’-][A-Z])[\w'’-]*(?:,? (?:[A-Z][\w'’-]*|&|and|of|for|on|in|the)){1,10}) \(([A-Z][A-Za-z]{1,9})\)")
BRACKETED_ACRONYM = re.compile(r" \(([A-Z][A-Za-z]{1,9})\)")  # SPELLED_BEFORE's end
# characters no SPELLED_BEFORE run holds (its words, commas, spaces and `&` only): a run ending
# at a bracket starts after the last of these before it
SPELL_BREAKS = ("(", ")", ".", "\n", ":", ";", '"', "“", "”", "/")


def spelled_before(text: str, acronyms: Collection[str]) -> Iterator[re.Match[str]]:
    """The matches of `SPELLED_BEFORE.finditer(text)` whose acronym is one of `acronyms`, in
    text order: the pattern is searched only in the stretch before each such bracket, from the
    last SPELL_BREAKS character there (a match ends at the first bracket its run reaches, so
    each bracket ends at most one, the stretch's leftmost). The whole-text scan tried a run of
    up to eleven words at every capital (0.04 s a MB of English) for the few brackets a body's
    acronym fills."""
    for b in BRACKETED_ACRONYM.finditer(text):
        if b.group(1) in acronyms:
            k = b.start()
            lo = max(text.rfind(ch, 0, k) for ch in SPELL_BREAKS) + 1
            m = SPELLED_BEFORE.search(text, lo, b.end())
            if m is not None:
                yield m
PRIORITY = 1  # an ORG read beats an equally long REGION read (`东盟秘书处` is not a place)

# a lexicon form written with the article of running text (`the United Nations`); a capital
# `The` is part of a title (`The Paper`, `The New York Times`) and stays
# `LEG Managing Director Ana Roe`: an acronym right before a post, a person's name after it
ACRONYM_BEFORE = re.compile(r"(?<![\w.&'’-])([A-Z][A-Z0-9&]{1,7}) \Z")
NAME_AFTER = re.compile(r",? [A-Z][a-z]")
THE_FIRST = re.compile(r"\Athe ")
THE_BEFORE = re.compile(r"\b[Tt]he\s+$")  # a definite article right before a position
ACRONYM = re.compile(r"[A-Z][A-Z&]{1,6}\Z")
# places whose name before an acronym names their own office (`Guangdong FAO`), not countries or
# groups (`U.S. FDA`, `EU` are written before a body's name as a REGION: GUIDELINES)
LOCAL_TYPES = {"province", "municipality", "autonomous_region", "sar", "prefecture_city", "city",
               "state", "prefecture", "county_city", "county", "district"}



def listing_exchange(text: str, start: int, end: int) -> bool:
    """Whether the ORG at start..end is the exchange of a listing bracket (`(SIX: FRAG)`):
    a market, never the company that `its` refers back to."""
    return any(m is not None and m.span(1) == (start, end)
               for m in (LISTING.match(text, s) for s in (start - 2, start - 1) if s >= 0))


# `University of Canterbury`, `Canterbury University`: the place a university is named after
_CAMPUS_OF = re.compile(r"University of ([A-Z][a-z]+(?: [A-Z][a-z]+)?)")
_CAMPUS_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][a-z]+(?: [A-Z][a-z]+)?) University\Z")
_UNIVERSITY = "University"


def campus_places(text: str) -> frozenset[str]:
    """The places the universities of `text` are named after, read only around each
    `University` that str.find sees."""
    out: set[str] = set()
    at = text.find(_UNIVERSITY)
    while at >= 0:
        end = at + len(_UNIVERSITY)
        if (m := _CAMPUS_OF.match(text, at)) is not None:
            out.add(m.group(1))
        if (m := _CAMPUS_BEFORE.search(text, max(0, at - 30), end)) is not None \
                and not text[end:end + 1].isalnum():
            out.add(m.group(1))
        at = text.find(_UNIVERSITY, end)
    return frozenset(out)


class Spans:
    """Character spans looked up by overlap in logarithmic time (a megabyte of brackets
    holds tens of thousands of names: no scan of all of them per bracket)."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.starts = [s for s, _ in self.spans]
        self.reach = max((e - s for s, e in self.spans), default=0)

    def overlapping(self, a: int, b: int):
        """The spans that overlap a..b."""
        lo = bisect_left(self.starts, a - self.reach)
        hi = bisect_left(self.starts, b)
        return ((s, e) for s, e in self.spans[lo:hi] if s < b and a < e)


class OrgRecognizer(DataComponent):
    FILES = {"orgs": True, "patterns": True, "regions": False, "translit": False, "descriptors": False,
             "family": False, "syllables": False, "given": False, "given_intl": False}

    def __init__(self, nlp: Language, name: str, script: str) -> None:
        super().__init__(nlp, name)
        self.script = script  # "latin" or "han"
        self._never: frozenset[str] | None = None  # `never_names`, read once
        self.shared_words: WordScan | None = None  # (set by `load` where the slots are read)

    def load(self, files: dict[str, Path]) -> None:
        data = load_org_data(files, self.script)
        self.rows = data.rows
        self.abbreviations: dict[str, frozenset[str]] = {}  # a row's id -> its short forms (`info`)
        self.forms: dict[str, str] = {}
        latin = self.script == "latin"
        for form, org_id in data.lexicon_forms(self.script):
            if latin:  # `the United Nations`: the article is no part of the name (GUIDELINES)
                form = THE_FIRST.sub("", form)
            self.forms.setdefault(form, org_id)
        self.finder = LatinOrgFinder(data) if latin else HanOrgFinder(data)
        self.legal_at = re.compile(legal_token_pattern(self.finder.legal)) if latin else None
        # `Morgan Stanley & Co. LLC`: a known firm's partnership form and the legal form after it
        # (the registered name of a firm the lexicon knows by its short name)
        self.and_co = re.compile(r" & Co\.(?:\s?%s)?" % legal_token_pattern(self.finder.legal)) \
            if latin else None
        self.lexicon = PhraseAutomaton(self.forms.items(), word_boundaries=latin) if latin else None
        self.generic = data.texts("generic")
        self.planned = None if latin else PlannedBodies(data.texts("planned"))  # `筹建某某委员会`
        self.place_words = data.texts("place_word")
        self.stop_words = data.texts("stop")
        labels = sorted(data.texts("listing_label"), key=len, reverse=True)
        # the label, a colon, then the name up to a space or punctuation
        self.listing_re = re.compile(
            rf"(?:{'|'.join(map(re.escape, labels))})[ \t]*[:：][ \t\u3000]*([\w*]{{2,12}})") \
            if labels else None
        self.firm_lists = None if latin else FirmLists(
            data.texts("firm_noun"), data.texts("list_opener"), data.texts("stop"),
            data.texts("list_preposition"))
        nouns, openers = data.texts("firm_noun"), data.texts("list_opener")
        # `25 companies, including Acme and Bolt`: the names a plural of firms introduces
        self.latin_firm_list = re.compile(
            rf"\b(?i:{'|'.join(sorted(map(re.escape, nouns), key=len, reverse=True))})\b"
            rf"[^.;:\n]{{0,40}}?\b(?:{'|'.join(sorted(map(re.escape, openers), key=len, reverse=True))}) "
            rf"((?:{LIST_NAME}, )*{LIST_NAME}(?:,? and {LIST_NAME})?)(?=[,.;:)]|\s+[a-z]|\Z)") \
            if latin and nouns and openers else None
        # where that pattern is tried: within its reach before an opener (the noun, at
        # most 40 characters, the opener), as `firm_list_matches` says
        self.firm_openers = re.compile("|".join(sorted(map(re.escape, openers), key=len, reverse=True))) \
            if self.latin_firm_list is not None else None
        # `lenders include A, B and C`: a verb opens the list right after the plural (`list_verb`
        # rows, common words: tried only where ` include ` stands, a noun's length before it)
        self.list_verbs = tuple(f" {v} " for v in sorted(data.texts("list_verb"), key=len, reverse=True)) \
            if latin else ()
        self.verb_firm_list = re.compile(
            rf"\b(?i:{'|'.join(sorted(map(re.escape, nouns), key=len, reverse=True))})"
            rf" (?:{'|'.join(v.strip() for v in self.list_verbs)}) "
            rf"((?:{LIST_NAME}, )*{LIST_NAME}(?:,? and {LIST_NAME})?)(?=[,.;:)]|\s+[a-z]|\Z)") \
            if self.list_verbs and nouns else None
        # where either pattern can begin: a firm noun opening a word (`matches_before`'s `opens`)
        self.firm_noun_at = re.compile(
            rf"(?=\b(?i:{'|'.join(sorted(map(re.escape, nouns), key=len, reverse=True))}))") \
            if latin and nouns else None
        self.noun_reach = max(map(len, nouns), default=0) + 1
        self.firm_reach = max(map(len, nouns), default=0) + 40
        self.headline_verbs_rows = data.of_kind("headline_verb") if latin else []
        self.descriptors = frozenset(r.text for r in read_tsv(files["descriptors"], KindText)
                                     if r.kind in ("org_apposition", "body_apposition")) \
            if latin and "descriptors" in files else frozenset()
        # `advised by X`, `X acted as legal adviser`, `X + Y`: firms' slots (org_slots.py, as the
        # learned recogniser reads them); a run there that opens on a census given name is a person's
        rows = read_tsv(files["descriptors"], KindText) if latin and "descriptors" in files else []
        self.slots = FirmSlots({r.text for r in rows if r.kind == "agent_before"},
                               {r.text for r in rows if r.kind == "firm_role"},
                               {r.text for r in rows if r.kind == "org_apposition"}) if rows else None
        # the slots' cues are looked for in the pass over the lowered text that the pipeline's
        # other readers of English words share (candidates.WordScan)
        self.shared_words = word_scan(self.nlp) if self.slots is not None else None
        if self.shared_words is not None:
            self.shared_words.register(self.name, self.slots.cue_words)
        self.contact_fields = frozenset(r.text for r in rows if r.kind == "contact_field")
        # `Press Office`, `HKTDC Communications Department`: a body's press unit (org_press.py)
        functions = {r.text for r in rows if r.kind == "press_function"}
        self.press = PressUnits(functions | self.contact_fields,
                                {r.text for r in rows if r.kind == "press_unit"},
                                {r.text for r in rows if r.kind == "press_unit_after"}) if rows else None
        self.event_words = frozenset(r.text for r in rows if r.kind == "event")  # `X Act`, `X Summit`
        # the given names of many countries (Faker's lists): a list member opening on one is a
        # person in apposition (`the Minister of Investment, Budi Santoso, and Acme`), not a firm
        self.given_intl = frozenset(r.name for r in read_tsv(files["given_intl"], IntlGivenRow)) \
            if latin and "given_intl" in files else frozenset()
        self.given = frozenset(r.name for r in read_tsv(files["given"], GivenRow)) \
            if latin and "given" in files else frozenset()
        # a head or legal form alone is a definite description (`the Embassy's`, `the Company`)
        self.bare_heads = data.texts("head") | data.texts("legal") | self.generic
        self.agencies = AgencyNames(data.texts("agency_lead"), data.agency_places) if latin else None
        self.glued = GluedHeads(data.texts("glued_head")) if latin else None
        self.municipal = MunicipalNames(data.texts("municipal_lead"), data.municipal_places) if latin else None
        self.foreign = ForeignNames(data.texts("foreign_head"), data.texts("foreign_glued_head"),
                                    data.texts("foreign_connector"), data.texts("stop"),
                                    data.texts("foreign_article"),
                                    {p.text for p in data.of_kind("foreign_head") if p.opens_only}) \
            if latin else None
        # `JSC "Altyn"`, `the joint stock company «Dala»`: a legal form before a quoted name
        # (`quoted_form` rows; a capitalised variant of each written-out form too)
        forms = {v for f in data.texts("quoted_form") for v in (f, f[:1].upper() + f[1:], f.title())}
        self.quoted_form = re.compile(r"(?<![\w-])(?:%s) \Z" % literal_alternation(forms)) \
            if latin and forms else None
        self.quote_open = re.compile(r'["“«](?=[A-Z])')  # a quote's first character is searched first
        self.form_reach = max(map(len, forms), default=0) + 1
        # `the Port of Tacoma announced`: a place's facility named as the body that runs it (org_patterns'
        # body_lead rows), an ORG only where a verb or a post makes it act (`acting_bodies`)
        self.body_leads = tuple(f"{w} of " for w in sorted(data.texts("body_lead"))) if latin else ()
        verbs = data.texts("body_verb")
        self.body_verb = re.compile(r" (?:%s)\b" % literal_alternation(verbs)) if verbs else None
        self.span_rules = OrgSpanRules(self.finder, self.generic, data.texts("board_function")) \
            if latin else None
        # `PORT OF ROTTERDAM AUTHORITY`: names printed in capitals, read in the grammar's case (org_caps.py)
        self.caps = CapsStretches(self.finder.connectors, self.finder.legal) if latin else None
        # `Hartley & Voss`: partners' surnames joined by `&` (org_partners.py)
        family = frozenset(r.name for r in read_tsv(files["family"], FamilyRow)) \
            if latin and "family" in files else frozenset()
        self.partners = PartnerNames(
            family,
            self.finder.region_set | self.stop_words | self.generic, STOP_CAPS,
            data.texts("firm_cue"), self.finder.region_set) \
            if latin and "family" in files else None
        # pinyin syllables, read once: camel-case coinages and Chinese firms' trade names
        syllables = [r.syllable for r in read_tsv(files["syllables"], SyllableRow)] \
            if latin and "syllables" in files else None
        # `SunBridge`, `VisitMoray`: one camel-case word (org_coined.py)
        self.pinyin = frozenset(syllables or ())  # a listed run of them all is a Chinese person's name
        self.coined = CoinedNames(syllables, self.finder.region_set, STOP_CAPS, self.stop_words,
                                  data.texts("product_verb")) \
            if syllables is not None else None
        # `Minister of Commerce Wang Shouwen`: the holder named after the post's body (org_holders.py)
        self.holders = HolderNames(self.given | self.given_intl, family, self.pinyin,
                                   self.finder.is_head, self.finder.region_set) if latin else None
        # `Jiangxi Tianrun Robotics`, `Acme Retail` after `Acme Inc.` (org_units.py)
        trades = self.finder.short_tails | data.texts("unit_tail") if latin else set()
        self.placed = PlacedFirms(syllables, self.finder.region_set, trades, self.finder.stops) \
            if syllables is not None else None
        self.units = UnitNames(trades, self.finder.stops | STOP_CAPS, self.finder.region_set) if latin else None
        markets = sorted(data.country_forms | data.texts("market"), key=len, reverse=True)
        # a name read by a company's legal head (`某某集团`), or a later short form of such a
        # name (`某某储能`), is a company, as a listed one is
        self.company_sources = {r.id for r in data.of_kind("suffix") if r.legal} | {"zh.org.short"}
        self.market_words = {w for m in markets for w in m.split()}
        # as a trie (literal_alternation): the same match, longest first, where the flat
        # alternation tried its several hundred markets in turn at every name's end (4 µs)
        alt = literal_alternation(markets)
        # Latin: the market after a space; Chinese: glued to the name (西门子中国)
        self.markets = (re.compile(r" (?:%s)(?![\w'’-])" % alt) if latin
                        else re.compile(alt)) if markets else None
        # plural generic nouns that make the name before them a modifier: the phrase
        # `CCPIT sub-councils` refers to unnamed sub-councils (the guidelines' generic
        # references), not to CCPIT
        attributive = sorted(data.texts("attributive"), key=len, reverse=True)
        self.attributive = re.compile(r" (?:%s)\b" % "|".join(map(re.escape, attributive))) \
            if attributive else None

    def refine(self, text: str, start: int, end: int) -> tuple[int, int] | None:
        """An ORG span from another source (a learned recogniser) brought to the
        guidelines' edges, or None to veto it (`org_span` for English; the shared left and
        right edges of `org_edges` for Chinese, on the text the Chinese rules read)."""
        if self.span_rules is None:
            return self.finder.grammar.adjust(text, start, end)
        edges = self.span_rules.refine(text, start, end)
        if edges is None:
            return None
        if (got := self.press_reading(text, *edges)) is not False:
            return got
        m = _COMPANY_BOARD.match(text, *edges)
        if m is not None and self.finder.legal_ending(text, m.end(), edges[1]):
            edges = (m.end(), edges[1])  # `the Board of Acme Gold Limited`: the company (`company_boards`)
        return edges[0], self.verb_end(text, edges[0], self.market_end(text, *edges))

    def market_end(self, text: str, start: int, end: int) -> int:
        """`Tidewater Stevedoring Canada`, `Acme Motor Hungary Kft.`: a country or market written
        right after a name the model read, with no capitalised word after it (a longer name)
        and no possessive (`Acme Europe's largest …`), names the firm's unit there, as after a
        company the rules know (`with_market`); the legal form after it closes the name.
        Not after a body the grammar reads (`Ministry of X Kenya`: a ministry and a place)."""
        m = self.markets.match(text, end) if self.markets is not None else None
        if m is None or _POSSESSIVE.match(text, m.end()) or _CAP_NEXT.match(text, m.end()) \
                and not self.span_rules.legal.match(text, m.end()) \
                or any(self.finder.is_head(w) and w not in self.finder.short_tails
                       for w in text[start:end].split(" ")):
            return end
        return self.span_rules.extend(text, m.end())

    # -- values ---------------------------------------------------------------------------
    def info(self, row: OrgRow, surface: str) -> dict:
        out = {"id": row.id, "type": row.type, "name_en": row.name_en or None,
               "name_zh": row.name_zh or None}
        if surface in self.abbreviations_of(row):
            out["abbreviation"] = surface
        return out

    def abbreviations_of(self, row: OrgRow) -> frozenset[str]:
        """The row's short forms in both scripts, split from its cells once per row (a
        lexicon name recurs in most documents; each found name split them again)."""
        got = self.abbreviations.get(row.id)
        if got is None:
            got = self.abbreviations[row.id] = frozenset(
                row.abbreviations(self.script) | row.abbreviations("han"))
        return got

    def canonical(self, row: OrgRow) -> str:
        if self.script == "han" and row.name_zh:
            return row.name_zh
        return row.name_en or row.name_zh

    def candidate(self, text: str, start: int, end: int, source: str) -> Candidate:
        surface = text[start:end]
        org_id = self.forms.get(surface)
        if org_id is not None:
            row = self.rows[org_id]
            attrs = self.info(row, surface) | {"found_by": source}
            return Candidate(start, end, "ORG", self.canonical(row), source, attrs, PRIORITY)
        return Candidate(start, end, "ORG", clean_value(surface), source,
                         {"found_by": source}, PRIORITY)

    # -- matching -------------------------------------------------------------------------
    def propose(self, text: str) -> list[Candidate]:
        """The names the finders and the lexicon propose (`propose_steps` run to its end)."""
        return drained(self.propose_steps(text))

    def propose_steps(self, text: str) -> Steps:
        """`propose`, paused after each finder (`pipe`: base.lockstep); returns the names."""
        found = [self.candidate(text, o.start, o.end, o.source) for o in self.finder.find(text)]
        yield
        if self.agencies is not None:
            found += [self.candidate(text, s, e, "en.org.agency") for s, e in self.agencies.find(text)]
            yield
            found += [self.candidate(text, s, e, "en.org.glued") for s, e in self.glued.find(text)]
            yield
            found += [self.candidate(text, s, e, "en.org.municipal") for s, e in self.municipal.find(text)]
            yield
            foreign = [self.candidate(text, s, e, "en.org.foreign") for s, e in self.foreign.find(text)]
            yield
            found = self.before_foreign(text, found, foreign) + foreign
        if self.partners is not None:
            found += [self.candidate(text, s, e, "en.org.partners") for s, e in self.partners.find(text)]
            yield
            found += [self.candidate(text, s, e, "en.org.firm_cue") for s, e in self.partners.after_cues(text)]
            yield
        if self.coined is not None:
            found += [self.candidate(text, s, e, "en.org.coined") for s, e in self.coined.find(text)]
            yield
        if self.lexicon is not None:
            for s, e, _ in self.lexicon.matches(text):
                if self.and_co is not None and (co := self.and_co.match(text, e)) is not None:
                    found.append(self.candidate(text, s, co.end(), "en.org.lexicon"))
                elif not self.product_after(text, s, e):
                    found.append(self.candidate(text, s, e, "en.org.lexicon"))
                elif (unit := self.sector_unit(text, e)) is not None:
                    found.append(self.candidate(text, s, unit, "en.org.unit"))
            yield
        found = self.split_listed(text, self.split_coordination(text, self.lexicon_tails(text, found)))
        yield
        found = self.split_placed(text, self.split_acronym(text, found))
        yield
        if self.caps is not None:
            found += self.caps_names(text)
            yield
        found = self.company_boards(text, self.headline_verbs(text, found))
        yield
        if self.span_rules is not None:
            found = self.board_committees(text, found)
            yield
        return [c for c in self.press_units(text, found) if text[c.start:c.end] not in self.generic
                and not (self.attributive and self.attributive.match(text, c.end))
                and not (self.planned and self.planned.planned(text, c.start))]

    def caps_names(self, text: str) -> list[Candidate]:
        """The names in stretches printed in capitals, found by the grammar and the lexicon in
        each stretch's copy in the grammar's case (org_caps.py), and a port's body (`acting_bodies`);
        offsets are the text's."""
        out = []
        for at, copy in self.caps.find(text):
            spans = [(o.start, o.end) for o in self.finder.find(copy)]
            spans += [(s, e) for s, e, _ in self.lexicon.matches(copy)] if self.lexicon is not None else []
            spans += [(c.start, c.end) for c in self.acting_bodies(copy, [])]  # `PORT OF X AUTHORITY`
            out += [self.candidate(text, at + s, at + e, "en.org.caps") for s, e in spans]
        return out

    def press_units(self, text: str, found: list[Candidate]) -> list[Candidate]:
        """A body's press unit is no ORG; the acronym that opens one is (org_press.py)."""
        if self.press is None:
            return found
        out = []
        for c in found:
            got = self.press_reading(text, c.start, c.end)
            if got is False:
                out.append(c)
            elif got is not None:
                out.append(self.candidate(text, *got, c.source))
        return out

    def press_reading(self, text: str, start: int, end: int) -> tuple[int, int] | None | bool:
        """`PressUnits.reading`, where an acronym that is a place (`UK Press Office`) makes no ORG."""
        got = self.press.reading(text, start, end) if self.press is not None else False
        if got and text[got[0]:got[1]] in self.finder.region_set:
            return None
        return got

    def campus_names(self, text: str, found: list[Candidate], known: list[Candidate]) -> list[Candidate]:
        """`University of Texas at Austin`, `University of Illinois at Chicago`: a state
        university system names each campus by `at` + its city, part of the name (GUIDELINES:
        the longest name). Only after `University of <place>` and before a place the text
        reads as one (a REGION that ends the capitalised words); `School of Law at Acme
        University` names two bodies (samples), as does `University of X at a ceremony`."""
        if _UNIVERSITY_OF not in text:
            return found
        places = None
        out = []
        for c in found:
            if text.startswith(_CAMPUS_AT, c.end) and _CAMPUS_OF_END.search(text, c.start, c.end):
                if places is None:
                    places = {p.start: p.end for p in known if p.label == "REGION"}
                at = c.end + len(_CAMPUS_AT)
                end = places.get(at)
                if end is not None and not _CAP_NEXT.match(text, end):
                    c = self.candidate(text, c.start, end, c.source)
            out.append(c)
        return out

    def acting_bodies(self, text: str, known: list[Candidate]) -> list[Candidate]:
        """`Port of Lakeport` + `announced` / + `Executive Director Ana Roe` / after `director
        of the`: the port's authority that acts or employs is the ORG, as is a name closed by
        a head noun (`Port of Aarvik Authority`, where `Port` alone stops the grammar's run);
        elsewhere the words name
        the port, a venue (the resolver's REGION inside it stands). Found from `str.find` of
        each lead; the titles are read only where one is found."""
        if self.body_verb is None or not any(lead in text for lead in self.body_leads):
            return []
        titles = None
        out = []
        for lead in self.body_leads:
            at = text.find(lead)
            while at >= 0:
                m = _BODY_NAME.match(text, at + len(lead))
                if m is not None and (not at or not _WORD_CHAR.match(text, at - 1)):
                    if titles is None:
                        titles = [c for c in known if c.label == "TITLE"]
                    end = min((t.start - 1 for t in titles if m.start() < t.start < m.end()), default=m.end())
                    before = _POST_OF.search(text, max(0, at - 12), at)
                    headed = self.finder.is_head(text[m.start():end].rsplit(" ", 1)[-1])  # `… Authority`
                    if not headed and (cut := self.head_end(text, m.start(), end)) is not None:
                        end, headed = cut, True  # `Port of X Authority Press Release`: the name ends at its head
                    if headed or self.body_verb.match(text, end) or any(t.start == end + 1 for t in titles) or (
                            before is not None and any(t.end == before.start() for t in titles)):
                        out.append(self.candidate(text, at, end, "en.org.body"))
                at = text.find(lead, at + 1)
        return out

    def head_end(self, text: str, start: int, end: int) -> int | None:
        """The end of the last head noun among the words of text[start:end], or None."""
        words = text[start:end].split(" ")
        for k in range(len(words) - 1, 0, -1):
            if self.finder.is_head(words[k]):
                return start + len(" ".join(words[:k + 1]))
        return None

    def edges_around(self, text: str, found: list[Candidate]) -> list[Candidate]:
        """The names' edges read from the words around them (`OrgSpanRules`): `the Soil and`
        before a name is its first field, a quoted name after it is part of it (`National
        Chamber of Entrepreneurs "Atameken"`). A quoted name after a legal form (`quoted_form`
        rows: `JSC "Altyn Dala"`) is an ORG with the form: the forms are searched only before
        the quotes that open on a capital (one pass of a one-character pattern)."""
        rules = self.span_rules
        quotes = {m.start() - 1 for m in self.quote_open.finditer(text)
                  if m.start() > 1 and text[m.start() - 1] == " "}  # the space before each quote
        fields = rules.field_starts(text)
        if not quotes and not fields:
            return found
        out = []
        for c in found:
            if c.end in quotes or c.start in fields:
                start, end = fields.get(c.start, c.start), rules.quoted_end(text, c.end)
                c = self.candidate(text, start, end, c.source)
            out.append(c)
        for at in sorted(quotes) if self.quoted_form is not None else ():
            form = self.quoted_form.search(text, max(0, at - self.form_reach), at + 1)
            end = rules.quoted_end(text, at) if form is not None else at
            if end > at:
                out.append(self.candidate(text, form.start(), end, "en.org.quoted"))
        return out

    def board_committees(self, text: str, found: list[Candidate]) -> list[Candidate]:
        """A board's committee named by its functions (`Audit and Risk Committee`) is no
        ORG; of a company it leaves the company (`Audit Committee of Acme plc` → `Acme plc`)."""
        if "Committee" not in text:
            return found
        out = []
        rules = self.span_rules
        for c in found:
            surface = text[c.start:c.end]
            if rules.board_committee(surface):
                continue
            at = rules.board_owner(surface)
            out.append(c if at is None else self.candidate(text, c.start + at, c.end, c.source))
        return out

    def company_boards(self, text: str, found: list[Candidate]) -> list[Candidate]:
        """`the Board of Acme Gold Limited`, `the Board of Acme`: a company's board is its organ
        named by a generic word (GUIDELINES: `the council` is no name), so the ORG is the company
        after `of`, one with a legal form or a short form of one the text names so; a public
        body named `Board of …` (`Board of Investment`) has neither and stays whole. `Board of
        Directors of X` names no public body: X is the company whatever its form."""
        boards = [c for c in found if c.source == "en.org.head"
                  and _COMPANY_BOARD.match(text, c.start, c.end)]
        if not boards:
            return found
        names = self.company_stems(text, found)
        out = []
        for c in found:
            m = _COMPANY_BOARD.match(text, c.start, c.end) if c in boards else None
            if m is not None and (self.finder.legal_ending(text, m.end(), c.end)
                                  or text[m.end():c.end] in names
                                  or text.startswith("Directors of ", c.start + 9)):
                c = self.candidate(text, m.end(), c.end, c.source)
            out.append(c)
        return out

    def headline_verbs(self, text: str, found: list[Candidate]) -> list[Candidate]:
        """The rules' names brought before a headline's verb (`verb_end`)."""
        out = []
        for c in found:
            end = self.verb_end(text, c.start, c.end)
            out.append(c if end == c.end else self.candidate(text, c.start, end, c.source))
        return out

    def verb_end(self, text: str, start: int, end: int) -> int:
        """`Brennvik Energy Partners with Equinor on …`: in a Title Case headline a head
        that is also a verb (`headline_verb` rows: `Partners` before `with`) is the verb,
        not the last word of the name, where the text never names the whole run again but
        names the words before the verb (`Brennvik Energy AS`, `Brennvik Energy`): the name
        ends before it. (A firm `X Partners` names itself so in the body too.)"""
        name = text[start:end]
        for p in self.headline_verbs_rows:
            if name.endswith(" " + p.text) and any(text.startswith(" " + w + " ", end)
                                                    for w in p.only_before):
                rest = name[:-len(p.text) - 1]
                if headline(text, start) and text.count(name) == 1 and text.count(rest) > 1:
                    return start + len(rest)
        return end

    def product_after(self, text: str, start: int, end: int) -> bool:
        """`Microsoft Windows`, `Google Chrome`, `Siemens Energy`: a company's name right
        before a capitalised word that is no title, date, place, head or legal form
        is the first word of a product or of a longer name, not the company alone."""
        org_id = self.forms.get(text[start:end])
        if org_id is None or self.rows[org_id].type not in COMPANY_TYPES:
            return False
        m = _NEXT_WORD.match(text, end)
        if m is None:
            return False
        f = self.finder
        word = m.group(1)
        return not (word in f.stops or f.is_head(word) or word in f.region_set
                    or word in self.market_words or word.isupper())

    def sector_unit(self, text: str, end: int) -> int | None:
        """`Siemens Energy`, `Bosch Rexroth`-like names: a known company right before a
        sector word that ends companies' names (org_patterns' short tails: `Energy`,
        `Logistics`) names its business of that sector, a company of its own: the end of
        that longer name, where `product_after` dropped the company alone. None where more
        capitals run on (a longer name the grammar reads)."""
        m = _NEXT_WORD.match(text, end)
        if m is None or m.group(1) not in self.finder.short_tails or _NEXT_WORD.match(text, m.end()):
            return None
        return m.end()

    def lexicon_tails(self, text: str, found: list[Candidate]) -> list[Candidate]:
        """`Permanent Mission of Kenya to the United Nations Office at Geneva`: the grammar's
        name ends inside a known name that starts within it and runs on past it (the
        lexicon's `United Nations Office at Geneva`, whose `at` no run crosses); the body's
        name takes the known name whole (GUIDELINES: the longest name, flat spans)."""
        known = [c for c in found if c.source == "en.org.lexicon"]
        if not known:
            return found
        out = []
        for c in found:
            if c.source == "en.org.head":
                tail = max((k.end for k in known if c.start < k.start < c.end < k.end), default=None)
                if tail is not None:
                    c = self.candidate(text, c.start, tail, c.source)
            out.append(c)
        return out

    def split_coordination(self, text: str, found: list[Candidate]) -> list[Candidate]:
        """`Siemens China and Kaveri AG`: the grammar's run crosses `and` when the first
        name has no head noun; a known name that ends right before the `and` shows
        that two names are coordinated, so the grammar's span starts after it. What
        follows the `and` must be a name of its own (a head noun or a legal form): in
        `Ministry of Foreign Affairs and International Cooperation` it is the portfolio."""
        ends = {(c.start, c.end) for c in found if c.source == "en.org.lexicon"}
        if self.markets is not None:  # `Siemens China and …`
            ends |= {(s, m.end()) for s, e in list(ends)
                     if (m := self.markets.match(text, e)) is not None}
        ends |= self.named_before_and(text, found)
        if not ends:
            return found
        out = []
        for c in found:
            if c.source == "en.org.head":
                for s, e in ends:
                    m = _AND.match(text, e)
                    if s == c.start and m is not None and m.end() < c.end and \
                            self.named_apart(text, text[m.end():c.end], text[c.start:c.end]):
                        c = self.candidate(text, self.rest_start(text, m.end(), c.end), c.end, c.source)
                        break
            out.append(c)
        return out

    def split_acronym(self, text: str, found: list[Candidate]) -> list[Candidate]:
        """`Ministry of Trade and OJK`: a run the grammar reads across `and` that ends on an
        acronym alone is two names coordinated: a portfolio after `and` is written in words
        (`Ministry of Trade and Industry`), an acronym there names another body. Not a field's
        acronym (`generic` rows: `Ministry of Science and ICT` is one ministry) nor a place's."""
        out = []
        for c in found:
            m = _AND_ACRONYM.search(text, c.start, c.end) if c.source == "en.org.head" else None
            if m is not None and m.end() == c.end and m.group(1) not in self.generic \
                    and m.group(1) not in self.finder.region_set:
                out += [self.candidate(text, c.start, m.start(), c.source),
                        self.candidate(text, m.start(1), c.end, c.source)]
            elif c.source == "en.org.head" and (at := self.firms_and_firm(text, c)) is not None:
                out += [self.candidate(text, c.start, at, c.source),
                        self.candidate(text, at + 5, c.end, c.source)]
            else:
                out.append(c)
        return out

    def split_placed(self, text: str, found: list[Candidate]) -> list[Candidate]:
        """`Lakehead Polytechnic and Zhejiang Sci-Tech University`, `Medvara Sdn. Bhd. of Malaysia
        and Arunodaya Biologics Private Limited`, `City of Eindhoven and Brainport Development
        N.V.`: where the grammar's run crosses `and`, a place ends or opens a name. A portfolio's
        fields after `and` name no place (`Ministry of Commerce and Industry`), while a name of
        its own opens with its place (`Zhejiang …`) and holds a head noun or a legal form; a
        place closes the name before `and` (`… of Eindhoven`, `Malaysia` alone before a company).
        So the run is two names there: where the part before `and` ends with `of <place>`, or
        is a name (a head noun, an acronym) and the part after opens with a place and holds its
        own head before any `of`; a place alone stays a REGION. Not where both sides are
        places of one name (`Hong Kong and Macao Affairs Office`, `Trinidad and Tobago Chamber
        of Commerce`) or the place and a field share the head (`U.S. and Foreign Commercial
        Service`, `Latin American and Caribbean Affairs Bureau`)."""
        out = []
        for c in found:
            at = text.find(" and ", c.start, c.end) if c.source == "en.org.head" else -1
            parts = self.placed_parts(text, c.start, at, c.end) if at > c.start else None
            if parts is None:
                out.append(c)
            else:
                out += [self.candidate(text, a, b, c.source) for a, b in parts]
        return out

    def placed_parts(self, text: str, start: int, at: int, end: int) -> list[tuple[int, int]] | None:
        """The names of the run text[start:end] split at its `and` at `at` (`split_placed`), or None."""
        f = self.finder
        left, right = text[start:at], text[at + 5:end]
        words = right.split(" ")
        if len(words) < 2 or not f.has_head(" ".join(words[1:])):
            return None
        opens = next((k for k in range(min(PLACE_WORDS, len(words) - 1), 0, -1)
                      if " ".join(words[:k]) in f.region_set), 0)
        if any(r.startswith(f"{left} and {words[0]}") or r.startswith(f"{left.rsplit(' ', 1)[-1]} and {words[0]}")
               for r in f.and_regions):
            return None  # (`Trinidad and Tobago …`, `Bosnia and Herzegovina …`)
        right_part = (at + 5, end)
        if left in f.region_set:  # a place alone before a company (`Malaysia and Acme Ltd.`), not
            # a place coordinated with another (`Hong Kong and Macao Affairs Office`) or with a
            # field (`U.S. and Foreign Commercial Service`)
            return None if opens or not f.legal_ending(right) else [right_part]
        of = list(_OF_PLACE.finditer(left))
        if of and left[of[-1].end():] in f.region_set and of[-1].start() > 0:
            return [(start, at), right_part]
        own = right.split(" of ", 1)[0].split(" for ", 1)[0]  # the head of the name the place opens
        named = f.has_head(left) or ACRONYM_END.search(left) is not None  # (`Qingdao CCPIT`)
        if opens and named and f.has_head(" ".join(own.split(" ")[opens:])):
            return [(start, at), right_part]
        return None

    def firms_and_firm(self, text: str, c: Candidate) -> int | None:
        """`Vossberg Kling Lund and Acme Capital AS`: where the grammar's run crosses `and` to
        close on a legal form, the words before `and` are two or more capitalised words with no
        head noun, modifier, legal form or connector (a partnership's names, no body's) and the
        words after it hold no head noun before the legal form, the run is two firms
        coordinated, the legal form the second's: the offset of ` and `, or None. (`Ernst and
        Young LLP`, `Marks and Spencer Group plc`: one word before `and`, one name.)"""
        name = text[c.start:c.end]
        if " and " not in name or not self.finder.legal_ending(name):
            return None
        left, _, right = name.partition(" and ")
        words = left.split(" ")
        f = self.finder
        if len(words) < 2 or any(not w[:1].isupper() or f.is_head(w) or w in f.connectors
                                 or w in f.modifiers or w in f.region_set for w in words):
            return None
        rest = self.span_rules.legal.sub("", right).split(" ")  # the second's words, no legal form
        if not rest or any(f.is_head(w) for w in rest) or not any(w[:1].isupper() for w in rest):
            return None  # (`National Convention and Exhibition Center (Tianjin) Co., Ltd.`: one name)
        return c.start + len(left)

    def named_before_and(self, text: str, found: list[Candidate]) -> set[tuple[int, int]]:
        """`Carrow & Finch and Latham & Watkins LLP` after `Carrow & Finch, Inc.`: one
        reading per document, a company the text names elsewhere with its legal form is a
        known name where a run crosses `and` after it (`split_coordination`)."""
        runs = [c for c in found if c.source == "en.org.head" and " and " in text[c.start:c.end]]
        if not runs:
            return set()
        names = self.company_stems(text, found, closing=True)
        return {(c.start, m.start()) for c in runs for m in _AND.finditer(text, c.start, c.end)
                if text[c.start:m.start()] in names}

    def company_stems(self, text: str, found: list[Candidate], closing: bool = False) -> set[str]:
        """The short forms of the names found with a legal form (`Acme Gold Limited` -> `Acme
        Gold`, `Acme`), and with `closing` also of those closed by a company word (`Acme
        Chemicals Corporation`, `Acme Group`): the names one reading per document knows."""
        return {stem for c in found if self.finder.legal_ending(text, c.start, c.end)
                or closing and text[c.start:c.end].rsplit(" ", 1)[-1] in self.finder.short_tails
                for stem in self.finder.short_forms(text[c.start:c.end])}

    def described_firms(self, text: str, known: list[Candidate]) -> list[Candidate]:
        """`Fenwick and Marsh, the retail consultancy,`, `Enova, the state agency for ...`:
        a capitalised name the text describes in apposition as a firm or agency (the
        learned component's `org_apposition` nouns: no person is `a lender`) is an ORG, at
        its every mention (one reading per document). Looked for only where `, the`/`, a`
        stands; not a place, a known name's part or a sentence's first word alone."""
        if not self.descriptors:
            return []
        # the appositions that hold a descriptor, first: most texts have none, and the
        # readings below are then not listed (four passes over every candidate)
        hits = [(m, d) for m in DESCRIBED_AT.finditer(text)
                if (d := APPOSITION.match(text, m.start())) is not None
                and d.group(1).lower() in self.descriptors]
        if not hits:
            return []
        taken = [(c.start, c.end) for c in known if c.label in ("ORG", "REGION", "PERSON")]
        orgs = {(c.start, c.end) for c in known if c.label == "ORG"}
        places = {(c.start, c.end) for c in known if c.label == "REGION"}
        names: set[str] = set()
        posts = [c.start for c in known if c.label == "TITLE"]
        for m, d in hits:
            if any(m.end() <= p < d.end() for p in posts):
                continue  # (`X, the Managing Director of Acme's trade office`: a post, a person)
            n = NAME_BEFORE.search(text, max(0, m.start() - 60), m.start())
            if n is None:
                continue
            name = n.group()
            while " " in name and name.split(" ", 1)[0] in STOP_CAPS:
                name = name.split(" ", 1)[1]  # `In Oslo, …`, `The …`: no part of the name
            start = m.start() - len(name)
            # (an ORG read on the very name is the same reading: its other mentions are still wanted)
            if name in STOP_CAPS or name in self.finder.stops or name in self.generic \
                    or (start, m.start()) not in orgs and any(
                        a < m.start() and start < b and not (
                            start < a and (a, b) in places and name.split(" ", 1)[0] not in PLACE_QUALIFIERS)
                        for a, b in taken):
                continue  # (a place inside the name after its first word is part of it:
                # `Select Kansas, the state's investment office`)
            if start == 0 or OPENS_SENTENCE.search(text, 0, start) and " " not in name:
                continue  # a one-word sentence opening: any capitalised word stands there
            names.add(name)
        return [self.candidate(text, s, e, "en.org.described") for s, e in occurrences(text, names, True)]

    def shared_cues(self, doc: Doc, text: str) -> tuple[list[tuple[int, int, int]], list[int]] | None:
        """The slots' cues in the document's shared pass over its lowered text (candidates.WordScan)."""
        if self.shared_words is None:
            return None
        hits = self.shared_words.occurrences(doc, text)
        return None if hits is None else (hits, self.shared_words.table(self.name))

    def slot_firms(self, text: str, known: list[Candidate],
                   shared: tuple[list[tuple[int, int, int]], list[int]] | None = None) -> list[Candidate]:
        """`advised by Ormsby Vale`, `Kromann Reumert acted as legal adviser to`, `Hale + Lind`:
        a capitalised run in a firm's slot (org_slots.py) is a firm's name, at its every
        mention (one reading per document). The rules' vetoes: a run that another reading
        touches (a place, a post, a date, a known name) or that opens on a given name of the
        census list (`advised by John Reyes`, a person, unless `&`/`+` joins partners' names)
        is none, and so is one the text writes after a given name elsewhere (a person's
        surname); a sentence's leading stop word (`The`) is no part of it. A place a university
        of the text is named after is that university in the slot (`Canterbury's Vice-Chancellor`
        after `the University of Canterbury`), there only: elsewhere it stays the place."""
        if self.slots is None:
            return []
        posts = {c.start for c in known if c.label == "TITLE"}
        orgs = [(c.start, c.end) for c in known if c.label == "ORG"]
        listed: set[tuple[int, int]] = set()
        runs = list(self.slots.runs(text, posts, orgs, {c.start for c in known if c.label == "REGION"}, listed, shared))
        if not runs:
            return []  # (most texts: the vetoes' readings below are not built)
        campus = campus_places(text)
        taken = [(c.start, c.end, c.label) for c in known if c.label in ("ORG", "REGION", "TITLE", "DATE", "PERSON")
                 and not (c.label == "REGION" and text[c.start:c.end] in campus)]

        def crossed(a: int, b: int) -> bool:
            """Whether another reading holds a part of the run: a place or a shorter name inside
            it after its first word is part of the name in the slot (`run as Kessler Moravia`,
            `officials of Invest Portugal Oceania`: GUIDELINES, a region inside an ORG's name)."""
            return any(s < b and a < e and not (
                label in ("ORG", "REGION") and a <= s and e <= b and (s, e) != (a, b) and (
                    label == "ORG" or a < s and text[a:b].split(" ", 1)[0] not in PLACE_QUALIFIERS))
                for s, e, label in taken)
        names: set[str] = set()
        spans: list[tuple[int, int]] = []
        academic = {c.start for c in known if c.label == "TITLE" and c.source.endswith(".academic")} \
            if campus else set()
        lines: dict[tuple[int, int], bool] = {}  # `headline` memo
        headline_end = text.find("\n")
        for a, b in runs:
            if headline(text, a, lines) or _HONORIFIC.match(text, a) or text[a:b] in self.contact_fields:
                continue  # (a Title Case headline runs names into verbs: `A and B Partner on`;
                # `Ms Jane Roe`; `Acme AG, Investor Relations, Jane Roe`: a press office's field)
            while a < b and text[a:b].split(" ", 1)[0] in STOP_CAPS and (
                    text[a:b].split(" ", 1)[0] in _ARTICLES or not text[max(0, a - 2):a].strip(" ")
                    or text[a - 2:a] in (". ", ": ", "\n", "\" ")):  # (`First Prairie Trust` mid-sentence keeps its word)
                a = text.find(" ", a, b) + 1 if " " in text[a:b] else b
            if a >= b or text[a - 1:a] == " " and _NAME_BEFORE.search(text, max(0, a - 40), a):
                continue  # (`Mizuno K.K. Securities`: the tail of a longer name)
            name = text[a:b]
            words = name.split()
            if len(words) == 1 and (name in self.bare_heads or _DETERMINER.search(text, max(0, a - 8), a)):
                continue  # (`the Embassy's Counsellor`, `His Majesty's`: a description, no name)
            if name in campus and name in self.finder.region_set and academic.intersection(range(b, b + 4)) \
                    and not crossed(a, b):
                spans.append((a, b))  # (`Tasmania's Premier` stays the place's post)
                continue
            if name in self.generic or name in self.finder.stops or name in self.finder.region_set \
                    or len(name) < 2 or crossed(a, b):
                continue
            if (a, b) in listed and (len(words) > 1 and words[0] in self.given_intl
                                     or len(name) <= 3 and name.isupper() or b <= headline_end
                                     or self.apposed(text, a, b, known)
                                     or all(p in self.pinyin for p in name.lower().replace("-", " ").split())) \
                    or words[-1] in self.event_words:
                continue  # (`Minister of Investment, Budi Santoso, and Acme`: a person, listed;
                # `Mr Wong, SBS, JP`: a person's post-nominal letters; the first line, a headline
                # whose capitals run names into verbs; `Wu Fang and Tang Hui`; `the Hart-Scott-Rodino Act`)
            if not any(w in ("&", "+") for w in words) and (words[0] in self.given and len(words) > 1 or any(
                    m.group(1) in self.given for m in re.finditer(r"\b([A-Z][a-z]+) %s\b" % re.escape(name), text))):
                continue  # (`advised by John Reyes`; `Reyes's deputy` after `Maria Reyes`: a person's surname)
            names.add(name)
        return [self.candidate(text, s, e, "en.org.slot") for s, e in occurrences(text, names, True)
                if not crossed(s, e) and not _CAP_NEXT.match(text, e)
                and not (text[s - 1:s] == " " and _NAME_BEFORE.search(text, max(0, s - 40), s))] \
            + [self.candidate(text, s, e, "en.org.slot") for s, e in spans]  # (`Zhiyun Data`: a longer name)

    @staticmethod
    def apposed(text: str, a: int, b: int, known: list[Candidate]) -> bool:
        """Whether the run a..b stands between commas right after a post or its complement
        (`the Minister of Environment, Jane Roe, and ...`, `Ambassador to Kenya, Jon Orme,`):
        the post holder's name in apposition, not a member of the list after it."""
        if not (text.startswith(", ", a - 2) and text.startswith(",", b)):
            return False
        return any(c.end == a - 2 and (c.label == "TITLE" or c.label in ("ORG", "REGION") and APPOSED_AFTER.search(
            text, max(0, c.start - 10), c.start)) for c in known)

    def rest_start(self, text: str, start: int, end: int) -> int:
        """Where the name after the `and` starts: the grammar read anew on those words, as on
        any run (`… and Joseph Mrema of the Ministry of Trade`: a person before `of` and the
        body is no part of it); where it finds no name ending there, at the `and`."""
        names = [a for a, b, _ in self.finder.in_stretch(text[start:end]) if b == end - start]
        return start + min(names) if names else start

    def holder_before_and(self, text: str, found: list[Candidate], titles: list[Candidate]) -> None:
        """`President Jane Roe and Acme College`: the grammar's run crosses `and` when the
        words before it hold no head noun; right after a post those words are its holder's
        name (a post is followed by its holder), so the body starts after the `and`, where
        the words after it are a name of their own (`named_apart`)."""
        ends = {t.end for t in titles}
        for c in found:
            if c.source != "en.org.head" or c.start - 1 not in ends or text[c.start - 1] != " ":
                continue
            m = _AND.search(text, c.start, c.end)
            holder = text[c.start:m.start()].split() if m is not None else ()
            if 2 <= len(holder) <= 3 and all(w[:1].isupper() and not self.finder.is_head(w) for w in holder) \
                    and self.named_apart(text, text[m.end():c.end], text[c.start:c.end]):
                c.start = self.rest_start(text, m.end(), c.end)
                c.value = clean_value(text[c.start:c.end])

    def named_apart(self, text: str, rest: str, whole: str) -> bool:
        """Whether the words after a known name's `and` are a name of their own: they hold a
        head noun or a legal form, or, two words or more, the text names them again without
        the known name before them (`Ministry of Foreign Affairs and Enterprise Singapore`,
        then `CEO of Enterprise Singapore`); a one-word portfolio (`… and Trade`) recurs as
        a common word."""
        return self.finder.has_head(rest) or rest[:1].isupper() and " " in rest and \
            _count_words(text, rest) > _count_words(text, whole)

    def before_foreign(self, text: str, found: list[Candidate],
                       foreign: list[Candidate]) -> list[Candidate]:
        """`Kessington University and Instituto Tecnológico de Monterrey`: the English run
        crosses `and` into a name in another language; when the part before the `and` is a
        name of its own (a head noun or legal form), the run ends there and the foreign
        finder's name is the second item. So it does where that part is the foreign finder's
        name too (`PT Xxx Indonesia and PT Yyy Tbk`: two names each opened by its legal form)."""
        starts = {c.start for c in foreign}
        spans = {(c.start, c.end) for c in foreign}
        out = []
        for c in found:
            if c.source == "en.org.head":
                for m in _AND.finditer(text, c.start, c.end):
                    if m.end() in starts and ((c.start, m.start()) in spans
                                              or self.finder.has_head(text[c.start:m.start()])):
                        c = self.candidate(text, c.start, m.start(), c.source)
                        break
            out.append(c)
        return out

    def split_listed(self, text: str, found: list[Candidate]) -> list[Candidate]:
        """`Acme, Borealis and Cobalt Foods N.V.`: a run that comes right after another
        ORG and a comma is the next item of a list of organisations, so an `and` in it
        ends one item and starts the last, when the part before it holds no head noun or
        legal form (a name by itself) and the part after it does. `Department of Science
        and Technology` after a comma keeps its `and`: its first part has a head."""
        ends = {c.end for c in found}
        out = []
        for c in found:
            m = _AND.search(text, c.start, c.end) if c.source == "en.org.head" else None
            listed = m is not None and c.start >= 2 and text[c.start - 2:c.start] == ", "
            item = None if not listed or c.start - 2 in ends else self.listed_trade_name(text, c, m.end())
            if listed and (item is not None or c.start - 2 in ends) \
                    and not self.finder.has_head(text[c.start:m.start()]) and \
                    self.finder.has_head(text[m.end():c.end]):
                out += [self.candidate(text, c.start, m.start(), c.source),
                        self.candidate(text, m.end(), c.end, c.source)]
                if item is not None:  # the earlier item is a firm of the same list
                    out.append(self.candidate(text, item[0], item[1], "en.org.listed"))
                continue
            out.append(c)
        return out

    def listed_trade_name(self, text: str, c: Candidate, last: int) -> tuple[int, int] | None:
        """`supplies Equinix, Digital Realty and Stackline Data Group`: an earlier list item
        no rule names (a bare trade name) still shows a list when the run closes on a
        company's word or legal form (`Group`, `Holdings`, `Ltd`) and the item before the
        comma is a short capitalised run right after a lowercase word (a verb or `including`
        introduces the list; not `of`, which makes it a post's field, nor a preposition of
        place or time: `On Monday, …`, `in Texas, …`), and the two firms are
        joined by `and` (`Osler, Hoskin & Harcourt LLP` is one firm's partners), so the run's `and` ends one firm and starts the last. Returns
        that earlier item's span (no place: `in Texas, Acme and …` is no list of firms)."""
        tail = text[last:c.end].rsplit(" ", 1)[-1]
        if text[last - 5:last] != " and " or tail not in self.finder.short_tails and not self.finder.legal_ending(text, last, c.end):
            return None
        m = _LIST_ITEM_BEFORE.search(text, max(0, c.start - 60), c.start - 2)
        if m is None or m.group(1).split(" ", 1)[0] in STOP_CAPS or m.group(1) in self.finder.region_set:
            return None
        return m.start(1), m.end(1)

    def defined_short_forms(self, text: str, found: list[Candidate]) -> list[Candidate]:
        """Short forms defined in brackets after a name, and their later mentions."""
        # A short form that is itself a lexicon name of another organisation keeps that
        # reading; one a pattern found (`CCPIT Ningbo` as a branch) is the definition.
        lexicon_ids = {(c.start, c.end): c.attrs["id"] for c in found if c.attrs.get("id")}
        defs: dict[str, Candidate] = {}
        for c in sorted(found, key=lambda c: (c.start, -c.length)):
            latin = self.script == "latin"
            for hit in find_definitions(text, c.end, self.script, text[c.start:c.end] if latin else None):
                if hit[0] in defs or latin and hit[0] in self.finder.region_set \
                        and sum(ch.isupper() for ch in hit[0]) < 2:  # a coined word that is a place
                    continue
                if self.script == "latin" and not self.spells_name(text[c.start:c.end], hit[0]):
                    continue
                if self.script == "han" and (hit[0] in self.generic or hit[0] in self.finder.heads
                                             or hit[0] in self.finder.grammar.regions):
                    continue  # `(以下简称"公司")`: a bare head word stays the common noun it is;
                    # a bracketed place is the company's seat (`某某(中国)有限公司`), no short form
                other = lexicon_ids.get((hit[1], hit[1] + len(hit[0])))
                if other is not None and other != c.attrs.get("id"):
                    continue
                defs[hit[0]] = c
        if not defs:
            return []
        out = []
        for start, end in occurrences(text, defs, self.script == "latin"):
            abbr = text[start:end]
            long_form = defs[abbr]
            attrs = dict(long_form.attrs) | {"abbreviation": abbr, "found_by": "defined_in_text",
                                              "long_form": long_form.value}
            out.append(Candidate(start, end, "ORG", long_form.value, f"org.{self.script}.defined",
                                 attrs, PRIORITY + 1))  # beats the same span's pattern reading
        return out

    def spells_name(self, long_form: str, short: str) -> bool:
        """Whether a bracketed short form after an ORG abbreviates the organisation rather
        than a place inside its name: `Government of the Hong Kong Special Administrative
        Region (HKSAR)` defines the region's letters, `Ministry of Commerce (MOFCOM)` the
        ministry's. The letters are matched right to left (each to the nearest earlier
        letter, the first one to a word's initial, as in Schwartz and Hearst's 2003
        abbreviation finder); the part they span must still hold a head noun or a legal
        form, or no place at all (`names_place`: then the letters spell a field), unless they span the whole name (`Enterprise Singapore (EnterpriseSG)`: an
        agency named by a sector word and a place abbreviates all of it). A short form whose
        letters cannot be found there is kept: a coined name."""
        letters = [ch.lower() for ch in short if ch.isalnum()]
        low = long_form.lower()
        at = len(low)
        for n, ch in enumerate(reversed(letters)):
            first = n == len(letters) - 1
            at -= 1
            while at >= 0 and (low[at] != ch or first and at > 0 and low[at - 1].isalnum()):
                at -= 1
            if at < 0:
                return True
        return at == 0 or any(self.finder.is_head(w) or w in self.finder.legal or self.foreign.is_head(w)
                              for w in long_form[at:].split()) \
            or not self.names_place(long_form.split(), len(long_form[:at].split()))

    def names_place(self, words: list[str], k: int) -> bool:
        """Whether a place (of up to five words) ends among the words from `k` on, or a word
        that names a place's kind stands there (`place_word` rows: `Region`, `Republic`): the
        part of a name a short form spells can abbreviate a place (`HKSAR`, the `SAR` of
        `Macao Special Administrative Region`) only if it holds one; letters spanning a field
        (`Confederation of Danish Industry (DI)`) name the body."""
        return any(w.strip(",") in self.place_words for w in words[k:]) or any(
            " ".join(words[i:j]).strip(",") in self.finder.region_set
            for j in range(k + 1, len(words) + 1) for i in range(max(0, j - 5), j))

    def company_short_forms(self, text: str, found: list[Candidate],
                            never: tuple[Collection[str], ...] = ()) -> list[Candidate]:
        """One reading per document: once `Fenwick Robotics, Inc.` is named, a later
        `Fenwick Robotics` is the same company. A one-word stem that the text also writes
        in lowercase is an ordinary word (`Investor AB`, `the investor`), not a name. Before
        the full name, a stem is kept (headlines name the company first) unless `the` comes
        right before it: `the X Center` there is the venue whose operator is named later."""
        if self.script != "latin":
            return []
        defs: dict[str, Candidate] = {}
        firsts: dict[str, str | None] = {}  # a name -> its first word's reading, once a name
        ordered = sorted(found, key=lambda c: c.start)
        # a name that is itself the short form of a longer one in the text (`Acme Robotics` read
        # by its trade head in the headline, `Acme Robotics, Inc.` below) defines no stems: the
        # longer name does, and gives the mention its value
        shorter = {stem for c in ordered for stem in self.finder.short_forms(text[c.start:c.end])
                   if stem != text[c.start:c.end]}
        for c in ordered:
            if text[c.start:c.end] in shorter:
                continue
            stems = self.finder.short_forms(text[c.start:c.end])
            for stem in stems:
                low = stem.lower()  # (a C-level `in` first: most stems never occur in lowercase)
                if stem in defs or (" " not in stem and low in text and re.search(
                        r"(?<![\w@./-])%s(?![\w@/-]|\.\w)" % re.escape(low), text)):
                    continue
                defs[stem] = c
            if stems and stems[-1] not in firsts:
                firsts[stems[-1]] = self.finder.first_word(stems[-1], text, never)
            first = firsts[stems[-1]] if stems else None
            if first is not None:  # `Carrow` of `Carrow & Finch, Inc.`
                defs.setdefault(first, c)
                place, _, rest = stems[-1].partition(" ")
                if rest.startswith(first + " ") and place != first:
                    defs.setdefault(rest, c)  # `Huayou Cobalt` of `Zhejiang Huayou Cobalt Co.`:
                    # the name without its home place is one mention, not `Huayou` + a word
        if not defs:
            return []
        out = []
        read = {(c.start, c.end): c for c in ordered if text[c.start:c.end] in shorter}
        for start, end in occurrences(text, defs, True):
            long_form = defs[text[start:end]]
            if start < long_form.start and THE_BEFORE.search(text, 0, start):
                continue  # `the X Center` before the company is named: the place of that name
            attrs = dict(long_form.attrs) | {"found_by": "short_form", "long_form": long_form.value}
            same = read.get((start, end))
            if same is not None and long_form.value is not None:  # read by its head already:
                same.value, same.attrs = long_form.value, attrs  # the longer name's value
            out.append(Candidate(start, end, "ORG", long_form.value, "org.latin.short_form",
                                 attrs, PRIORITY))
        return out

    def never_names(self) -> frozenset[str]:
        """Capitalised words that are never a name on their own (`European`, `Engineering`:
        the English person rules' stopwords), where the pipeline has them."""
        if self._never is None:
            latin = getattr(self.nlp.get_pipe("pressner_persons"), "latin", None) \
                if self.script == "latin" and "pressner_persons" in self.nlp.pipe_names else None
            self._never = frozenset(getattr(latin, "stop", ()))
        return self._never

    def with_market(self, text: str, found: list[Candidate], known: list[Candidate]) -> list[Candidate]:
        """`HSBC China`, `Airbus Europe`, `西门子中国`: a company written with a country or
        market right after it names its unit there, one ORG (GUIDELINES: a region inside an
        organisation's name is part of it). Only companies (and chambers abroad,
        MARKET_SOURCES) qualify: a ministry or council followed by a place is two things.
        Chinese glues the market to the name, and a company's market is also where it
        sells or builds (西门子中国工厂), so there the unit must be what a title or a
        company head follows (a title among `known`, or 公司: 西门子中国副总裁, 西门子中国公司)."""
        if self.markets is None:
            return []
        out = []
        for c in found:
            company = c.attrs.get("type") in COMPANY_TYPES or c.source in MARKET_SOURCES \
                or c.source in self.company_sources or self.company_word_end(text, c)
            m = self.markets.match(text, c.end) if company or self.corporate_close(text, c) else None
            if m is not None and not company and _POSSESSIVE.match(text, m.end()):
                m = None  # `Acme Road Corporation Kenya's …`: the country's, not a unit
            if m is not None and (self.script == "latin" or self.unit_ends_at(text, m.end(), known)):
                out.append(Candidate(c.start, m.end(), "ORG", clean_value(text[c.start:m.end()]),
                                     f"org.{self.script}.market", dict(c.attrs) | {"unit_of": c.value},
                                     PRIORITY))
        return out

    def unit_names(self, text: str, found: list[Candidate]) -> list[Candidate]:
        """`Acme Capital Services`, `Acme Retail`: a firm the text names as a company (with a
        legal form or a company's word: `company_stems`, or a short form of one) written with
        its unit's business after it, one ORG (org_units.UnitNames)."""
        def firms() -> set[str]:
            return self.company_stems(text, found, closing=True) | {
                text[c.start:c.end] for c in found if c.source == "org.latin.short_form"}
        memo: dict = {}
        return [self.candidate(text, s, e, "en.org.unit") for s, e in self.units.find(
            text, [(c.start, c.end) for c in found], firms, lambda at: headline(text, at, memo))]

    def placed_firms(self, text: str, known: list[Candidate]) -> list[Candidate]:
        """`Jiangxi Tianrun Robotics`: a Chinese firm's name opening on a place the region
        rules read (org_units.PlacedFirms)."""
        if self.placed is None:
            return []
        places = [(c.start, c.end) for c in known if c.label == "REGION"]
        return [self.candidate(text, s, e, "en.org.placed") for s, e in self.placed.find(text, places)]

    def corporate_close(self, text: str, c: Candidate) -> bool:
        """`China Road and Bridge Corporation Kenya`: a name of three words or more the
        grammar closed on a corporation's word (`Corporation`, `Company`, `Group`) is a
        company's, so a country right after it names its unit there, as after a legal form
        (a state-owned group's local subsidiary is registered so)."""
        if self.script != "latin" or c.source != "en.org.head":
            return False
        words = text[c.start:c.end].split(" ")
        return len(words) >= 3 and words[-1] in CORPORATE_WORDS

    def company_word_end(self, text: str, c: Candidate) -> bool:
        """`Stanbic Bank Kenya`, `Acme Motors Europe`: a name the grammar closed on a company's
        trade word (`short_tail`: Bank, Motors, Group) right after a coined word is a company's,
        so a country right after it names the company's unit there, as after a listed
        company's name."""
        if self.script != "latin" or c.source != "en.org.head":
            return False
        name = text[c.start:c.end]
        words = name.split(" ")
        # a coined word and the trade word, no more: `African Development Bank Kenya`, `World
        # Bank Kenya` (a lexicon body) are a public lender and its country office's place
        return len(words) == 2 and words[1] in self.finder.short_tails and name not in self.forms \
            and words[0] not in self.finder.modifiers and words[0] not in self.finder.region_set \
            and words[0] not in STOP_CAPS

    def titled_acronyms(self, text: str, known: list[Candidate]) -> list[Candidate]:
        """`LEG Managing Director Ana Roe`, `VARN chairman Li Wei`: an acronym right before
        a post that a named person holds is the body of that post (GUIDELINES: the
        organisation before a title is a separate ORG), and the same body at its every
        mention in the document (one reading per document). Not an acronym that another
        rule reads (`US`, `EU`: places; `CEO`: a post) or a generic unit (`HR`)."""
        if self.script != "latin":
            return []
        hits = [(t, m) for t in known if t.label == "TITLE" and NAME_AFTER.match(text, t.end)
                and (m := ACRONYM_BEFORE.search(text, max(0, t.start - 10), t.start)) is not None
                and m.group(1) not in self.generic and m.group(1) not in self.finder.stops]
        if not hits:  # (most texts: the other readings are then not listed)
            return []
        taken = [(c.start, c.end) for c in known if c.label != "TITLE"]
        names: set[str] = set()
        for t, m in hits:
            a, b = m.span(1)
            if any(s < b and a < e for s, e in taken) or any(
                    s < b and a < e for s, e in ((c.start, c.end) for c in known)
                    if (s, e) != (t.start, t.end) and s >= a and e <= b):
                continue
            names.add(m.group(1))
        if not names:
            return []
        return [self.candidate(text, s, e, "org.latin.titled")
                for s, e in occurrences(text, names, True)]

    def spelled_bodies(self, text: str, known: list[Candidate]) -> list[Candidate]:
        """`the President of the Gyeonggi Business & Science Accelerator (GBSA), X`: a post's
        `of the` + a capitalised run that a bracketed acronym spells word by word (its
        initials) is the body the post is held at, whatever its last word: the acronym says
        the words make one name (GUIDELINES: the organisation after a title is an ORG). Not a
        run another reading covers or one that holds a word that ends names (`Initiative`,
        `Fair`: stop rows)."""
        if self.script != "latin":
            return []
        hits = [m for t in known if t.label == "TITLE"
                and (m := SPELLED_AFTER_POST.match(text, t.end)) is not None]
        if not hits:  # (most texts: the other readings are then not listed)
            return []
        taken = [(c.start, c.end) for c in known if c.label in ("ORG", "PERSON", "TITLE")]
        places = [(c.start, c.end) for c in known if c.label == "REGION"]
        out = []
        for m in hits:
            words = m.group(1).split()
            initials = "".join(w[0] for w in words if w not in SPELL_JOINS)
            a, b = m.span(1)
            if initials.upper() != m.group(2).upper() or len(initials) < 2 \
                    or any(w in self.finder.stops for w in words) \
                    or any(s < b and a < e for s, e in taken) \
                    or any(s < b and a < e and not (a <= s and e <= b and (s, e) != (a, b))
                           for s, e in places):
                continue  # (a place read on the whole run or across its edges: `Southern
                # African Customs Union`, a group of states; one inside it is part of the name)
            out.append(self.candidate(text, a, b, "org.latin.spelled"))
        return out

    def defined_bodies(self, text: str, known: list[Candidate]) -> list[Candidate]:
        """`a grant from the Global Environment Facility (GEF)`, `the Federation of
        Associations for Small and Medium Enterprises of Cambodia (FASMEC)`: where the text
        reads an acronym as an organisation (a post's body, `GEF Senior Specialist`; a
        lexicon name; a short form defined after a name), the capitalised words before its
        bracket whose initials spell it, one to one, are its long form, one ORG whatever its
        last word (GUIDELINES: the longest name; `Facility`, `Programme` are no head nouns),
        over shorter readings inside it. Not a run that holds a stop word (`Initiative`,
        `Fair`) or a place across its edges, nor one a person or title covers."""
        if self.script != "latin" or " (" not in text:
            return []
        acronyms = BRACKETED_ACRONYM.findall(text)
        if not acronyms:
            return []  # (no bracketed acronym at all: the bodies are not listed)
        bodies = {text[c.start:c.end] for c in known if c.label == "ORG"}
        if bodies.isdisjoint(acronyms):
            return []  # no bracket holds an acronym read as a body: nothing to spell (one C-level scan)
        taken = Spans([(c.start, c.end) for c in known if c.label in ("PERSON", "TITLE")])
        orgs = {(c.start, c.end) for c in known if c.label == "ORG"}
        named = Spans(list(orgs) + [(c.start, c.end) for c in known if c.label == "REGION"])
        out = []
        for m in spelled_before(text, bodies):
            acronym = m.group(2)
            words = [(w.start(), w.group()) for w in re.finditer(r"[^\s,]+", m.group(1))]
            for k, (at, first) in enumerate(words):  # the shortest run that spells it
                if first in SPELL_JOINS:
                    continue
                initials = "".join(w[0] for _, w in words[k:] if w not in SPELL_JOINS)
                if initials.upper() != acronym.upper():
                    continue
                a, b = m.start(1) + at, m.end(1)
                if any(w in self.finder.stops for _, w in words[k:]) \
                        or any(True for _ in taken.overlapping(a, b)) \
                        or any(not (a <= s and e <= b) for s, e in named.overlapping(a, b)) \
                        or (a, b) in orgs:
                    break
                out.append(self.candidate(text, a, b, "org.latin.spelled"))
                break
        return out

    def placed_acronyms(self, text: str, known: list[Candidate], found: list[Candidate]) -> list[Candidate]:
        """`Guangdong FAO`, `Shenzhen CCPIT`: a province or city right before an acronym that
        ends the name is the place whose office the acronym names, one ORG (GUIDELINES: a
        region inside an organisation's name is part of it), whatever body the acronym
        names alone. A capitalised word after the acronym goes on into a longer name."""
        if self.script != "latin":
            return []
        acronyms = [c for c in found if text[c.start - 1] == " "
                    and ACRONYM.match(text, c.start, c.end) and not _NEXT_WORD.match(text, c.end)]
        if not acronyms:  # (most texts: the places are then not listed)
            return []
        places = {c.end: c for c in known if c.label == "REGION"
                  and c.attrs.get("type") in LOCAL_TYPES and not text[c.start:c.end].isupper()}
        out = []
        for c in acronyms:
            place = places.get(c.start - 1)
            if place is None:
                continue
            out.append(Candidate(place.start, c.end, "ORG", clean_value(text[place.start:c.end]),
                                 "org.latin.placed", {"found_by": "org.latin.placed"}, PRIORITY))
        return out

    def listed_short_names(self, text: str) -> list[Candidate]:
        """`证券代码：600000  证券简称：某某股份`: the short name a stock exchange lists a
        company under, which a listed company's notices print in their first line, and its
        later mentions (listing_label rows of org_patterns.jsonl)."""
        if self.listing_re is None or self.listing_re.search(text) is None:
            return []
        names = {m.group(1) for m in self.listing_re.finditer(text)}
        return [Candidate(start, end, "ORG", clean_value(text[start:end]), "org.han.listed",
                          {"found_by": "org.han.listed"}, PRIORITY + 1)
                for start, end in occurrences(text, names, False)]

    @staticmethod
    def unit_ends_at(text: str, end: int, known: list[Candidate]) -> bool:
        """Chinese: a company's unit may end here: before a title or a company head."""
        return text.startswith(UNIT_HEAD, end) or any(
            c.label == "TITLE" and c.start == end for c in known)

    def listed_firms(self, doc: Doc, text: str, found: list[Candidate]) -> list[Candidate]:
        """The members of lists closed by a count or noun of firms (org_lists.py) that no
        other reading covers: a place or a name found already keeps its reading."""
        spans = self.firm_lists.find(text, token_starts(doc)) if self.firm_lists else []
        if not spans:
            return []
        known = candidates(doc) + found
        members = [(a, b) for a, b in spans if not other_reading(a, b, known)]
        return [Candidate(a, b, "ORG", clean_value(text[a:b]), "org.han.firm_list",
                          {"found_by": "org.han.firm_list"}, PRIORITY)
                for a, b in members + self.named_again(text, members, known)]

    def named_again(self, text: str, members: list[tuple[int, int]],
                    known: list[Candidate], by_brand: bool = True) -> list[tuple[int, int]]:
        """One reading per document: a firm a list names is the same firm wherever the
        text writes it again, and by its trade name without the trade (`某某机器人` …
        `某某`, HanOrgFinder.short_forms) where that stands as a word of its own (unless
        `by_brand` is off); a place or a name another reading holds keeps it."""
        names = {text[a:b] for a, b in members}
        if not names:
            return []
        grammar = self.finder.grammar
        brands = {b for b in map(grammar.brand, names) if b is not None and b not in names} \
            if by_brand else set()
        taken = set(members)
        return [(a, b) for a, b in occurrences(text, names | brands, False)
                if (a, b) not in taken and not other_reading(a, b, known)
                and (text[a:b] in names or self.finder.alone_at(text, a, b))]

    def dateline_sources(self, text: str, known: list[Candidate]) -> list[Candidate]:
        """The wire or paper bracketed right after the date of a dateline (a capitalised place,
        a comma, then the date, near the text's start): whatever its name, it is the text's
        source, not a place, a time or a person."""
        if self.script != "latin":
            return []
        out = []
        for c in known:
            if c.label != "DATE" or c.start > DATELINE_REACH:
                continue
            line = text[text.rfind("\n", 0, c.start) + 1:c.start]
            m = DATELINE_SOURCE.match(text, c.end)
            if m is None or not DATELINE_PLACE.match(line) or "," not in line:
                continue
            a, b = m.span(1) if m.group(1) else m.span(2)
            name = text[a:b]
            if any(ch.isdigit() for ch in name) or any(k.start == a and k.label == "REGION"
                                                         for k in known):
                continue
            out.append(self.candidate(text, a, b, "org.latin.dateline"))
        return out

    def latin_listed_firms(self, text: str, known: list[Candidate]) -> list[Candidate]:
        """`more than 60 companies, including Acme Foods and Bolt`: the names that a plural
        of firms introduces by `including` / `such as` are firms whatever their words; a
        name another reading holds (a place, a person found already) keeps it."""
        if self.latin_firm_list is None or "includ" not in text and "such as" not in text:
            return []
        out = []
        for m in self.firm_list_matches(text):
            for n in LIST_ITEM.finditer(m.group(1)):
                a, b = m.start(1) + n.start(), m.start(1) + n.end()
                if not any(k.start <= a and b <= k.end for k in known):
                    c = self.candidate(text, a, b, "org.latin.firm_list")
                    c.priority = PRIORITY + 1  # the list says firm where a model says person
                    out.append(c)
        return out

    def latin_in_han(self, text: str, known: list[Candidate]) -> list[Candidate]:
        """`阿联酋Masdar签署`, `Siemens Mobility首席执行官`, `与ACWA Power签约`: a capitalised
        Latin name in Chinese text right before a post, or after 与 or a country and before
        a signing verb names the body there (GUIDELINES, ORG: the organisation before a title
        is a separate ORG; a country before a company is a REGION), whatever its words; a
        name another reading holds keeps it."""
        if self.script != "han" or LATIN_CAP.search(text) is None:
            return []
        country_ends = {c.end for c in known if c.label == "REGION"
                        and (c.attrs or {}).get("type") == "country"}
        title_starts = {c.start for c in known if c.label == "TITLE"}
        out = []
        for m in LATIN_IN_HAN.finditer(text):
            a, b = m.span()
            cued = b in title_starts or (text[a - 1:a] in PARTNER_BEFORE or a in country_ends) \
                and text.startswith(SIGNING_AFTER, b)  # (a game's, a product's name after a country)
            if not cued or m.group() in self.generic or any(
                    c.start < b and a < c.end and not (a <= c.start and c.end <= b and c.label == "ORG")
                    for c in known):
                continue
            out.append(self.candidate(text, a, b, "org.han.latin"))
        return out

    def between_country_and_post(self, text: str, known: list[Candidate]) -> list[Candidate]:
        """`韩国某某化学副社长`: the few Han characters between a foreign country and a post
        name the body that holds the post (GUIDELINES: the organisation before a title is a
        separate ORG; a country before a company a REGION), whatever its words, where they
        stand as words of their own and no other reading is there. Not after 中国, whose
        companies carry the country in their names (`中国某某`), nor a mission's `驻`."""
        if self.script != "han":
            return []
        titles = {c.start: c for c in known if c.label == "TITLE"}
        if not titles:
            return []
        out = []
        g = self.finder.grammar
        for r in known:
            if r.label != "REGION" or (r.attrs or {}).get("type") != "country" \
                    or text[r.start:r.end] in HOME_COUNTRY:
                continue
            for t in range(r.end + BODY_MIN, min(r.end + BODY_MAX, len(text)) + 1):
                if t in titles:
                    break
            else:
                continue
            if text[t - 1] in ACTING:
                t -= 1  # `某国某某会议代总裁`: acting holds the post, no part of the body
            run = text[r.end:t]
            if not all("\u4e00" <= ch <= "\u9fff" for ch in run) or run[0] in MISSION \
                    or run[-1] in PLACE_END \
                    or any(w in run for w in self.stop_words) or run in self.generic \
                    or other_reading(r.end, t, known) \
                    or not (g.cut_at(text, r.end) and g.cut_at(text, t)):
                continue
            out.append(self.candidate(text, r.end, t, "org.han.before_post"))
        return out

    def placed_governments(self, text: str, found: list[Candidate], known: list[Candidate]) -> list[Candidate]:
        """`匈牙利德布勒森市政府`, `捷克布尔诺市政府`: a government's name holds the places written
        right before it (GUIDELINES, ORG: a region inside an organisation's name is part of it,
        and so is a country written into a ministry's name, `俄罗斯经济发展部`), so a country, a
        city and the head are one ORG. The walk of `HanOrgFinder` knows the Chinese divisions and
        the countries, not every foreign city the region rules read (`德布勒森`), nor does a
        body read between a country and a post (`between_country_and_post`) take in the country."""
        if self.script != "han" or GOVERNMENT not in text:
            return []
        regions: dict[int, int] = {}  # end -> the earliest start of a REGION reading ending there
        for c in known:
            if c.label == "REGION" and c.start < regions.get(c.end, c.end):
                regions[c.end] = c.start
        out = []
        for c in found:
            if not text.endswith(GOVERNMENT, c.start, c.end):
                continue
            start = c.start
            while start in regions and c.end - regions[start] <= MAX_GOVERNMENT:
                start = regions[start]
            if start < c.start:
                out.append(self.candidate(text, start, c.end, "org.han.placed_government"))
        return out

    def trade_name_before_post(self, text: str, known: list[Candidate]) -> list[Candidate]:
        """`某某半导体创始人`, `某某能源董事长`: a coined trade name (字号: two or three Han
        characters that are no dictionary word and no place) and a trade word, opening a
        clause right before a post, name the company that holds the post (GUIDELINES: the
        organisation before a title is a separate ORG; the PRC order of trade name + trade
        is how releases shorten a company's name). The same name is that company wherever
        the text writes it again (`named_again`; not its trade name alone, which a release
        also gives its products: `某某花园`). Tried only at the TITLEs found."""
        if self.script != "han":
            return []
        g = self.finder.grammar
        members = []
        for t in known:
            if t.label != "TITLE":
                continue
            trade = g.trade_ending(text, t.start)
            if trade is None:
                continue
            at = t.start - len(trade)
            for size in TRADE_NAME_SIZES:
                q = at - size
                name = text[q:at]
                if q < 0 or not all("\u4e00" <= ch <= "\u9fff" for ch in name):
                    break
                if q and "\u4e00" <= text[q - 1] <= "\u9fff" and text[q - 1] not in CONJ:
                    continue  # no clause or list item opens here
                if g.freq.get(name, 0) < WORD_FREQ and name not in g.regions \
                        and name not in g.trade_words and not any(ch in self.finder.stop_chars for ch in name) \
                        and g.cut_at(text, q) and g.cut_at(text, at) \
                        and not other_reading(q, t.start, known):
                    members.append((q, t.start))
                break
        if not members:
            return []
        return [Candidate(a, b, "ORG", clean_value(text[a:b]), "org.han.before_post",
                          {"found_by": "org.han.before_post"}, PRIORITY)
                for a, b in members + self.named_again(text, members, known, by_brand=False)]

    def firm_list_matches(self, text: str) -> list[re.Match[str]]:
        """`latin_firm_list.finditer(text)`, tried only where a match can begin: within
        `firm_reach` characters before a list opener. Its case-blind nouns opening the
        pattern made the engine test every position of every text that holds `includ`
        (1.2% of fast en); the openers are rare words, found first."""
        found = matches_before(self.latin_firm_list, text,
                               (m.start() for m in self.firm_openers.finditer(text)), self.firm_reach,
                               self.firm_noun_at)
        if self.verb_firm_list is None:
            return found
        anchors = []
        for v in self.list_verbs:
            at = text.find(v)
            while at >= 0:
                anchors.append(at)
                at = text.find(v, at + 1)
        if not anchors:
            return found
        taken = {m.start(1) for m in found}
        more = [m for m in matches_before(self.verb_firm_list, text, anchors, self.noun_reach,
                                          self.firm_noun_at)
                if m.start(1) not in taken]
        return sorted(found + more, key=lambda m: m.start()) if more else found

    def held_at(self, text: str, found: list[Candidate], known: list[Candidate]) -> list[Candidate]:
        """`Head of Development at Tarvel Brandt`: the firm after a found post and `at`
        (org_partners.py, `after_posts`), where no other reading of an ORG, or a place,
        touches the name: those readings know the name better (a short form's full name)."""
        if self.partners is None:
            return []
        spans = self.partners.after_posts(text, (c.end for c in known if c.label == "TITLE"),
                                          {text[c.start:c.end] for c in known if c.label == "REGION"})
        if not spans:  # (most texts: the vetoing readings are then not listed)
            return []
        taken = [(c.start, c.end) for c in found + known if c.label in ("ORG", "REGION")]
        return [self.candidate(text, s, e, "en.org.held_at") for s, e in spans
                if not any(a < e and s < b for a, b in taken)]

    def line_bodies(self, text: str, known: list[Candidate], found: list[Candidate]) -> list[Candidate]:
        """`Tom Hale, CEO, Northbay Seafoods`: the field after the post that closes a listed line
        (line_fields.py: an opening, the name, the post, the body, then only ways to reach them)
        is the body the post is held at, whatever its words (`Seafood Scotland`, `Make UK`, a
        cooperative), where no other reading covers it whole or crosses its edges (those know
        the name better; a place there is the post's place, no body), no ORG stands inside it
        (the body, then its seat: `UNIDO Cambodia`) and it is no generic word. Tried only at
        the TITLEs found, after a separator."""
        out = []
        taken = None
        for t in known:
            if t.label != "TITLE":
                continue
            sep = FIELD_SEP.match(text, t.end)
            if sep is None or "\n" in sep.group():
                continue
            line = text.rfind("\n", 0, t.start) + 1
            if not _LINE_HEAD.fullmatch(text, line, t.start):
                continue
            start = sep.end()
            end = self.last_field_end(text, start)
            if end is None:
                continue
            body = text[start:end]
            if not self.line_body(body):
                continue
            if taken is None:
                taken = [(c.start, c.end, c.label) for c in known + found
                         if c.label in ("ORG", "REGION", "PERSON", "TITLE", "DATE")]
            if any(a < end and start < b and (a < start or b > end or label != "REGION")
                   for a, b, label in taken):
                # (an ORG inside it is the body, what follows its seat: `UNIDO Cambodia`)
                continue
            out.append(self.candidate(text, start, end, "en.org.line"))
        return out

    def last_field_end(self, text: str, start: int) -> int | None:
        """Where a listed line's last field from `start` ends (`line_bodies`, `contact_firms`):
        at the line's end or its ways to reach, or at a comma that opens no legal form (`Acme
        Foods, S.A.` is one name; `Ministry of Education, Accra` ends at it, a seat's place
        only to the tail); None where a sentence goes on."""
        end = next((m.start() for m in _LINE_BREAKS.finditer(text, start)
                    if LINE_TAIL.match(text, m.start()) or text[m.start()] == ","
                    and not self.legal_at.match(text, m.start())), start)
        if not LINE_TAIL.match(text, end):
            seat = _LINE_SEAT.match(text, end)
            if seat is None or not LINE_TAIL.match(text, seat.end()):
                return None  # a sentence that opens with a name and a post goes on
        while end > start and text[end - 1] in " \t":
            end -= 1
        if text[end - 1:end] == "." and not self.finder.legal_ending(text, start, end):
            end -= 1  # a sentence's full stop, not a legal form's
        return end

    def line_body(self, body: str) -> bool:
        """Whether a line's last field may be a body's name: capitalised, one line, a name's
        length, no generic word, no place or head word alone."""
        return bool(body[:1].isupper()) and "\n" not in body and len(body.split()) <= _LINE_BODY_WORDS \
            and body not in self.generic and self.finder.stands_alone(body)

    def contact_firms(self, text: str, known: list[Candidate], found: list[Candidate]) -> list[Candidate]:
        """`Media: Jane Roe, Harlow Pierce Communications, +1 212 555 0100`: in a labelled contact
        line, the field after the person's name that is no post (a TITLE reads one), no place, no
        press office's field (`Investor Relations`) and no person is the firm that speaks for the issuer (a PR agency) or the issuer itself,
        whatever its words (`Breckwater Strategies`). Not a press unit (org_press.py). Found by
        one pattern over the text for the label, the name and the comma."""
        out = []
        taken = None
        for m in self.contact_lines(text):
            start = m.end()
            end = self.last_field_end(text, start)
            if end is None or end <= start:
                continue
            body = text[start:end]
            words = body.split(" ")
            person = len(words) == 2 and (words[0] in self.given or words[0] in self.given_intl)
            if not self.line_body(body) or body in self.finder.region_set or person \
                    or body in self.contact_fields or self.press_reading(text, start, end) is not False:
                continue  # (`Contacts: Jane Roe, Tom Hale`: a second person; `…, Investor Relations`)
            if taken is None:
                taken = [(c.start, c.end) for c in known + found
                         if c.label in ("ORG", "REGION", "PERSON", "TITLE", "DATE")]
            if any(a < end and start < b for a, b in taken):
                continue
            out.append(self.candidate(text, start, end, "en.org.line"))
        return out

    @staticmethod
    def contact_lines(text: str) -> Iterator[re.Match[str]]:
        """`_CONTACT_LINE` at the start of each line whose colon stands within a label's reach
        (found by a C-level `find` of the colons, where a multiline pattern tried every position)."""
        i, done = text.find(":"), -1
        while i >= 0:
            line = text.rfind("\n", 0, i) + 1
            if line != done and i - line <= _LABEL_REACH:
                done = line
                m = _CONTACT_LINE.match(text, line)
                if m is not None:
                    yield m
            i = text.find(":", i + 1)

    def listing_exchanges(self, text: str) -> list[Candidate]:
        """`(LSE: BRW)`, `(HOSE: TPP)`, `(TSE: 7342)`: the code before a ticker in a listing
        bracket is a stock exchange's, an ORG there (GUIDELINES: exchanges are organisations)
        whether or not the lexicon holds it: the bracket's form, not a list, says so. Only
        there: the same letters elsewhere may stand for something else (`LSE`, a school)."""
        if self.script != "latin" or ": " not in text or not LISTING_CODE.search(text):
            return []
        return [self.candidate(text, m.start(1), m.end(1), "org.latin.listing")
                for r in (LISTING, LISTING_NAMED) for m in r.finditer(text)
                if m.group(1) not in self.generic]

    def __call__(self, doc: Doc) -> Doc:
        drained(self.steps(doc))
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        """Each finder over the whole batch before the next (base.lockstep)."""
        return lockstep(self.steps, docs, batch_size)

    def steps(self, doc: Doc) -> Steps:
        """The ORG readings of `doc`, added to its candidates; paused after each finder."""
        text = norm_text(doc)
        known = candidates(doc)  # the doc's list, taken once (each read is an extension lookup)
        found = yield from self.propose_steps(text)
        yield
        if self.script == "latin":
            found += self.placed_firms(text, known)
            yield
            self.holder_before_and(text, found, [c for c in known if c.label == "TITLE"])
            yield
            through_particles(text, found, [c for c in known if c.label == "REGION"])
            yield
        found += self.listed_short_names(text)
        yield
        found += self.listed_firms(doc, text, found)
        yield
        found += self.listing_exchanges(text)
        yield
        found += self.latin_in_han(text, known + found)
        yield
        found += self.between_country_and_post(text, known + found)
        yield
        found += self.placed_governments(text, found, known)
        yield
        found += self.trade_name_before_post(text, known + found)
        yield
        found += self.dateline_sources(text, known)
        yield
        found += self.latin_listed_firms(text, known + found)
        yield
        if self.script == "latin":
            found += self.described_firms(text, known + found)
            yield
        found += self.titled_acronyms(text, known + found)
        yield
        if self.script == "latin":
            found += self.spelled_bodies(text, known + found)
            yield
        found += self.placed_acronyms(text, known, found)
        yield
        found += self.defined_short_forms(text, found)
        yield
        if self.script == "latin":
            bodies = self.defined_bodies(text, known + found)
            if bodies:
                found += bodies + self.defined_short_forms(text, bodies)
            yield
        if self.script == "latin":
            found += self.company_short_forms(text, found, (self.never_names(), {
                text[c.start:c.end] for c in known if c.label == "REGION"}))
            yield
        found += self.with_market(text, found, known)
        yield
        if self.script == "latin":
            found += self.held_at(text, found, known)
            yield
            found += self.slot_firms(text, known + found, self.shared_cues(doc, text))
            yield
            found += self.unit_names(text, found)
            yield
            found += self.line_bodies(text, known, found)
            yield
            found += self.contact_firms(text, known, found)
            yield
            titles = [c for c in known if c.label == "TITLE"]
            cut_at_titles(text, found, titles, {(c.start, c.end) for c in known if c.label == "REGION"})
            self.holders.cut(text, found, titles)
            yield
            found = self.board_committees(text, found)
            yield
            found = self.edges_around(text, found)
            yield
            found += self.acting_bodies(text, known)
            yield
            found = self.campus_names(text, found, known)
            yield
        known.extend(found)


# `line_bodies`: the opening and the name field of a listed line, then the separator before the post
# (a name: capitalised words, the particles of surnames between them)
_LINE_HEAD = re.compile(r"(?:%s)[^\W\d_a-z][\w'’.-]*(?:[ \t]+(?:[^\W\d_a-z][\w'’.-]*|"
                        r"(?:de|da|do|dos|van|von|der|den|la|le|di|du|bin|al)(?= ))){1,4}(?:%s)"
                        % (LINE_OPENING.pattern, FIELD_SEP.pattern))
_LINE_BREAKS = re.compile(r"[,;|\n]|\Z")  # where a line's last field may end
_LINE_SEAT = re.compile(r",[ \t]*[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,2}")  # `, Addis Ababa`
_LINE_BODY_WORDS = 8  # a body's name is shorter; more words are a sentence
# `contact_firms`: a contact line's label and colon, the person's name (two to four capitalised
# words), a comma: what follows is the line's next field
_LABEL_REACH = 34  # characters from a line's start to its label's colon
_CONTACT_LINE = re.compile(r"[ \t]*[A-Z][A-Za-z ]{0,30}:[ \t]*[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){1,3}"
                           r"[ \t]*,[ \t]*(?=[A-Z])")


# `slot_firms`: a capitalised word (no sentence word) right before a run, or one right after it,
# makes the run part of a longer name; a determiner or possessive before one word makes it a description
# (`(?=[A-Z])` first: the stop-word alternation is then tried at the capitals only, not at every
# position of the window: 0.15 -> 0.06 s a MB over the runs of English releases, the same matches)
_NAME_BEFORE = re.compile(r"(?=[A-Z])(?<![\w'’-])(?!(?:%s)\b)[A-Z][\w.&'’-]* \Z"
                          % "|".join(sorted(STOP_CAPS)))
_CAP_NEXT = re.compile(r" [A-Z]")
# a person's style (`Ms Jane Roe`, `His Majesty's`)
_HONORIFIC = re.compile(r"(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Prof|Professor|Madam|Mme|Hon|His|Her|Their)\.? ")
_ARTICLES = frozenset({"The", "A", "An", "This", "These", "Its", "Our", "Their"})  # never a name's first word
_DETERMINER = re.compile(r"(?<![\w'’-])(?i:the|his|her|its|their|our) \Z")
_COMPANY_BOARD = re.compile(r"Board of (?:Directors of )?(?:the )?")  # a company's board (`company_boards`)


_CAMPUS_AT = " at "
_UNIVERSITY_OF = "University of "
_CAMPUS_OF_END = re.compile(r"\bUniversity of [A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?\Z")  # `campus_names`
_BODY_NAME = re.compile(r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}")  # the place after `Port of`
_WORD_CHAR = re.compile(r"[\w&'’.-]")
_POST_OF = re.compile(r" (?:of|at) (?:the )?\Z")  # `director of the Port of X`


def other_reading(a: int, b: int, known: list[Candidate]) -> bool:
    """Whether another reading holds the list member [a, b): one that covers it or
    crosses its edges, or readings inside it that leave none of it over (`江苏南京`). A
    place that is only a part of the member is part of the firm's name (`汇川技术`,
    `大众安徽`: GUIDELINES, ORG: a region inside an organisation's name is part of it)."""
    left = set(range(a, b))
    for c in known:
        if c.start < b and a < c.end:
            if c.start < a or c.end > b or (c.start, c.end) == (a, b):
                return True
            left.difference_update(range(c.start, c.end))
    return not left


def _count_words(text: str, phrase: str) -> int:
    """How often `phrase` stands in `text` as whole words."""
    return len(re.findall(r"(?<![\w&'’-])%s(?![\w&'’-])" % re.escape(phrase), text))


_PARTICLE = re.compile(r" [a-z]")  # `Santiago del Estero`: a place's name goes on in lowercase


def through_particles(text: str, found: list[Candidate], places: list[Candidate]) -> None:
    """`National University of Santiago del Estero`: a name's capitalised words stop before
    a lowercase word, where a place's name (listed with its particles: `del`, `de los`, `da`)
    goes on; a name that ends inside such a place ends with it (GUIDELINES, ORG: a region
    inside an organisation's name is part of it)."""
    places = [r for r in places if _PARTICLE.search(text, r.start, r.end)]  # a few at most
    if not places:
        return
    for c in found:
        for r in places:
            if r.start >= c.start and r.start < c.end < r.end and _PARTICLE.match(text, c.end):
                c.end = r.end
                c.value = clean_value(text[c.start:c.end])
                break


_OF_THE = re.compile(r" of (?:the )?(?=[A-Z])")


def cut_at_titles(text: str, found: list[Candidate], titles: list[Candidate],
                  places: Collection[tuple[int, int]] = ()) -> None:
    """`Deputy Head of Mission of the Embassy of X`: a name that starts inside a title's last
    words (`Mission`) and runs on past it starts after the title and its `of (the)`: the
    title's words are the post, the body is what it is held at (GUIDELINES: ORG + TITLE).
    What is left may be only a place (`Minister for Industries of Maharashtra`: the post's
    `Industries` read as a body's word): the place's post, no body, so no ORG."""
    if not titles:
        return
    titles = sorted(titles, key=lambda t: t.start)
    starts = [t.start for t in titles]
    placed = []
    for c in found:
        i = bisect_left(starts, c.start) - 1  # the last title starting before the name
        t = titles[i] if i >= 0 and c.start < titles[i].end < c.end else None
        m = _OF_THE.match(text, t.end) if t is not None else None
        if m is not None and m.end() < c.end:
            c.start = m.end()
            c.value = clean_value(text[c.start:c.end])
            if (c.start, c.end) in places:
                placed.append(c)
    for c in placed:
        found.remove(c)

@Language.factory("pressner_orgs", default_config={"script": "latin"})
def make_orgs(nlp: Language, name: str, script: str) -> OrgRecognizer:
    return OrgRecognizer(nlp, name, script)
