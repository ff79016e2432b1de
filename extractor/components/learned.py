"""PERSON / ORG / REGION candidates from a learned recogniser, checked by the rules.

Names of people and organisations are an open class: no lexicon holds them, and a
learned model finds the ones no cue word announces. Taken as they come, its spans also
bring false organisations, honorifics inside names and whitespace runs, so this
component keeps a learned span only when

1. it has the form the guidelines give its label (`LearnedForms`): a person's name is
   capitalised words (particles aside) or Han characters opening with a surname, or a
   transliteration; an organisation's name ends in a head noun or a legal form, is no
   event, and passes the ORG rules' own edges and vetoes (`pressner_orgs.refine`:
   legal forms and bracketed places taken in, generic references out), or, in Chinese,
   ends in a trade word after a trade name (`某某地产`), or has no head but a cue in the
   text that it names a body (`LearnedForms.org_cued`); a region ends in
   a designator (Chinese) or is a capitalised name (English); honorifics, titles and a
   leading `the` are trimmed off first;
2. it does not cut across what the rules chose (`arbitrate`): where the rules have
   nothing, it is a fallback (tier 1, after every rule candidate); where it covers
   rule spans of labels its own label may swallow (a shorter PERSON for a PERSON, an
   ORG or a REGION for an ORG), it competes with them as the longer reading (`extends`,
   `coordinated`: not two coordinated names, not a name run on into the next word);
   anything else the rules decide. One exception (`word_edge_fixes`): a Chinese rule
   name that ends inside a word (`某某致|词`) gives way to the model's name that starts
   with it and ends on the segmenter's word boundary.

A kept name is then found at its every occurrence in the document, and an English
person's surname alone after the full name (one reading per document).
Every candidate's `source` is `learned.<backend>`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable
from typing import NamedTuple
from pathlib import Path

from pydantic import BaseModel
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc

from ..candidates import DOTS, Candidate, candidates, doc_text, flat, norm_text
from ..learned import make_backend
from ..lexicon import gazetteer_only, occurrences, read_jsonl, read_tsv
from ..normalise.orgs import find_definition
from .base import DataComponent
from .listing import TICKER, TICKER_AFTER
from .org_planned import PlannedBodies
from .org_slots import (FIRM_ROLE, PLUS_JOIN, POSSESSIVE_GAP, WHERE_HELD, FirmSlots,
                        cue_ends_at)
from .person_zh import CLAUSE_ADVERBS
from .region_local import plain_name
from .regions import street_after

# an East Asian given name of two syllables joined by a hyphen (`Ji-hoon`, `Tai-man`,
# `Xiao-ming`): no firm's first word has that shape, so a surname after it that is also
# an organisation's head noun (`Park`, `Hall`) is the person's
HYPHEN_GIVEN = re.compile(r"[A-Z][a-z]{1,4}-[a-z]{2,5}")
HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
LATIN_NAME = re.compile(r"[A-Za-z][A-Za-z0-9&]*[A-Z][A-Za-z0-9&]*|[A-Z][A-Za-z0-9&]+")  # a capital in it
LIST_JOIN = set("、和与及與暨")
LATIN_JOIN = set("-._•·'’&") | set("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
WORD = re.compile(r"[^\s]+")
SHORT_SOURCE = "zh.org.short"  # the ORG rules' later mentions of a company named in full
RARE_WORD_FREQ = 20  # a model's place name holds no dictionary word this frequent (结对: 49)


SIDE = "方"  # `中方`, `马方`: a country's side (`LearnedForms.side`)


class KindText(BaseModel):
    kind: str
    text: str


class PatternRow(KindText):
    only_before: list[str] = []  # a head only before these words: no head at a span's end
    not_after: list[str] = []  # a head not after these words (`Economic Partnership`)
    name_before: bool = False  # blocker: a head again after a name
    word_before: bool = False  # blocker: only where the character before makes no word
    facility_after: list[str] = []  # suffix: words before the head that make it a site (`研发中心`)


class WordType(BaseModel):
    word: str
    type: str


class Surname(BaseModel):
    surname: str


class Char(BaseModel):
    char: str


class IntlGivenRow(BaseModel):
    """A row of given_names_intl.tsv (build_given_names_intl.py): a name and its Faker locales;
    the learned arbitration reads every name, the person rules the Nordic ones."""
    name: str
    locales: str


class TitleForm(BaseModel):
    form: str


class LearnedForms:
    """The form checks of one language, from the rules' own data files."""

    def __init__(self, lang: str, files: dict[str, Path]) -> None:
        self.lang = lang
        filters = read_tsv(files["filters"], KindText)
        self.kinds: dict[str, set[str]] = {}
        for r in filters:
            self.kinds.setdefault(r.kind, set()).add(r.text)
        # the firm slots the ORG rules read too (org_slots.py): one reading for both
        self.slots = FirmSlots(self.kind("agent_before"), self.kind("firm_role"), self.kind("org_apposition"))
        self._staff: re.Pattern | None = None  # `staff_before`, compiled at first use
        self.zones = tuple(sorted(self.kind("zone"), key=len, reverse=True))  # longest first
        self.name_openers = tuple(sorted(self.kind("honorific_before"), key=len, reverse=True))
        patterns = read_jsonl(files["org_patterns"], PatternRow)
        heads = {p.text for p in patterns
                 if p.kind in ("head", "legal", "suffix") and not p.only_before}
        self.org_heads = heads | self.kinds.get("org_head", set())
        # `某公司天津研发中心`: a head after a facility word names a site a body runs, as the rules read it
        self.facilities = tuple(w + p.text for p in patterns for w in p.facility_after)
        # `某某主办`, `临时代办`: a suffix after one of its not_after characters closes a verb word
        self.verb_ends = tuple(w + p.text for p in patterns if p.kind == "suffix" for w in p.not_after)
        # `Regional Comprehensive Economic Partnership`: a head after one of its not_after
        # words closes no organisation's name (a treaty, a tie between states)
        self.not_after = {p.text: frozenset(p.not_after) for p in patterns if p.kind == "head" and p.not_after}
        # a head alone is a definite description (`the Panel`), whatever may follow it elsewhere
        self.bare_heads = self.org_heads | {p.text for p in patterns if p.kind == "head"}
        self.generic = {p.text for p in patterns if p.kind == "generic"}
        # `筹建某某专业委员会`: a body a planning verb governs is not named yet (org_planned.py)
        self.planned = PlannedBodies({p.text for p in patterns if p.kind == "planned"})
        # the rules' unconditional blockers: an ordinary word ending in a head word (`工厂`,
        # `干部`) ends no name, whatever the model reads before it (`新工厂`)
        self.blocked_ends = tuple(p.text for p in patterns if p.kind == "blocker"
                                  and not p.name_before and not p.word_before)
        # trades a company names itself by (`地产`, `证券`): a name may end in one, after a
        # trade name that is not itself a trade or kind word (`某某地产`, not `商业地产`)
        self.trades = sorted((p.text for p in patterns if p.kind == "trade_field"),
                             key=len, reverse=True)
        self.kind_words = {p.text for p in patterns if p.kind in ("trade_field", "generic_modifier")}
        # `在跨境电商、港航物流等领域`: the items of a list that 等 + a body noun closes are
        # fields (`body_noun`: 领域, 行业, 市场), whatever a trade word in them suggests
        nouns = "|".join(map(re.escape, sorted(self.kind("body_noun"), key=len, reverse=True)))
        self.field_list = re.compile(rf"(?:[、和及与][^、，,。；;：:\s等]{{1,10}})*等(?:{nouns})") \
            if nouns else None
        if lang == "en":
            ctx = read_tsv(files["person_context"], WordType)
            self.honorifics = {r.word for r in ctx if r.type in ("honorific", "honorific_caps")}
            # an ORG's or a REGION's leading words (`SOURCE Acme Corp.`: a wire's marker)
            self.drop_the = self.honorifics | {"the", "The"} | self.kind("wire_marker")
            self.stopwords = {r.word for r in ctx if r.type == "stopword"}
            self.postnominals = {r.word for r in ctx if r.type == "postnominal"}
            self.titles = {r.word.lower() for r in ctx if r.type == "title"}
            self.titles |= {r.form.lower() for r in read_tsv(files["title_heads"], TitleForm)}
        else:
            self.surnames = {r.surname for r in read_tsv(files["surnames"], Surname)}
            self.translit = {r.char for r in read_tsv(files["translit"], Char)}

    def kind(self, name: str) -> set[str]:
        return self.kinds.get(name, set())

    # -- trimming ----------------------------------------------------------------------
    def past_honorifics(self, text: str, a: int, b: int) -> int:
        """Where a Chinese name starts after the honorifics written before it
        (`丹斯里拿督某某`: the Malaysian honours, stacked): a span of honorifics alone ends
        up empty, and is then no name."""
        moved = True
        while moved and a < b:
            moved = False
            for h in self.name_openers:
                if text.startswith(h, a) and a + len(h) <= b:
                    a, moved = a + len(h), True
                    break
        return a

    def honorific_rest(self, text: str, a: int, word: str) -> bool:
        """Whether `word` at `a` ends a two-word honorific whose first word, and its
        apostrophe, stand right before it (`Dato' Sri`, `Dato’ Seri`)."""
        before = text[max(0, a - 8):a].rstrip(" ")
        first = before.rstrip("'’")
        if first == before:
            return False
        first = first.rsplit(" ", 1)[-1]
        return any(h.replace("'", "").replace("’", "") == f"{first} {word}"
                   for h in self.honorifics if " " in h)


    def trim(self, text: str, a: int, b: int, label: str) -> tuple[int, int]:
        """Whitespace, honorifics, titles, a leading `the` and a possessive off the edges."""
        while a < b and (text[a].isspace() or text[a] in "\"'“‘(（"):
            a += 1
        while b > a and (text[b - 1].isspace() or text[b - 1] in "\"'”’,.;:)）"):
            if text[b - 1] == "." and label == "ORG" and self.lang == "en":
                break  # `Inc.`, `Co.`: a legal form keeps its stop
            b -= 1
        if self.lang == "en":
            for suffix in ("'s", "’s"):
                if text.endswith(suffix, a, b):
                    b -= len(suffix)
            if label == "ORG":  # `Media Relations, Acme Corp.`: a contact line's field, then the firm
                field = next((f for f in self.kind("contact_field") if text.startswith(f + ", ", a)), None)
                if field is not None and b - a > len(field) + 2:
                    a += len(field) + 2
            words = [(m.start(), m.group()) for m in WORD.finditer(text, a, b)]
            drop = self.drop_the if label in ("ORG", "REGION") else self.honorifics
            if label == "PERSON" and len(words) > 2 and self.honorific_rest(text, a, words[0][1]):
                words = words[1:]  # `Dato' Sri Jane Roe`: the model left the first word out
                a = words[0][0]
            while len(words) > 1:
                # a two-word honorific first (`Tan Sri`, `Datuk Seri`): its first word alone
                # is an honorific too, and `Seri` would stay as the name's first word
                if len(words) > 2 and f"{words[0][1]} {words[1][1]}" in drop:
                    words = words[2:]
                elif words[0][1] in drop or (label == "PERSON" and words[0][1].lower() in self.titles):
                    words.pop(0)
                else:
                    break
                a = words[0][0]
            while label == "PERSON" and len(words) > 2 and words[-1][1] in self.postnominals:
                words.pop()  # `Jane Roe MP`, `Chan Tai-man JP`: letters after the name
                b = words[-1][0] + len(words[-1][1])
        else:
            for p in self.kind("former"):
                if label == "ORG" and text.startswith(p, a) and b - a > len(p) + 2:
                    a += len(p)
            if label == "PERSON":
                a = self.past_honorifics(text, a, b)
            for h in sorted(self.kind("honorific"), key=len, reverse=True):
                if label != "PERSON":
                    break
                # the whole honorific, or its first characters where the model cut it
                # (`…阁|下`): the name ends where the honorific starts
                cut = next((k for k in range(len(h), 0, -1) if text.endswith(h[:k], a, b)
                            and text.startswith(h[k:], b)), 0)
                if cut and b - cut - a >= 2:
                    b -= cut
                    break
            if label == "PERSON" and b - a > 3 and text[b - 1] in CLAUSE_ADVERBS \
                    and any(d in text[a:b - 1] for d in DOTS):
                b -= 1  # `某·某某亦出席`: the adverb before the verb ends a dotted name (person_zh)
        return a, b

    # -- form checks -------------------------------------------------------------------
    def keep(self, span: str, label: str, after_title: bool = False) -> bool:
        if not span or "\n" in span or "\t" in span:
            return False
        check = getattr(self, f"{self.lang}_{label.lower()}", None)
        if check and check(span):
            return True
        # a Chinese name right after a title is a name even when its surname is rare
        # (`局长丘某某`): the model and the title agree, the surname list need not
        return after_title and label == "PERSON" and self.lang == "zh" \
            and 2 <= len(span) <= 3 and all(HAN.match(ch) for ch in span)

    @staticmethod
    def closed(text: str, end: int) -> bool:
        """A two-character name must end at a boundary: not Han, or a list or function
        character (`、`, `等`, `和`); a model's cut inside a three-character name
        (`丘明|远`) leaves a Han character that continues it."""
        return end >= len(text) or not HAN.match(text[end]) or text[end] in "、等和与及在"

    def en_person(self, span: str) -> bool:
        words = span.split()
        if len(words) < 2 or any(ch.isdigit() for ch in span):
            return False
        particles = self.kind("particle")
        for w in words:
            core = w.strip(".,")
            if core in particles:
                continue
            if not core[:1].isupper() or core.isupper() and len(core) > 2:
                return False  # lowercase word, or a capitalised acronym (`KUKA`)
            if w is words[-1] and len(words) == 2 and HYPHEN_GIVEN.fullmatch(words[0]):
                continue  # (`Ji-hoon Park`: a surname spelt as a head or stopword after a given name)
            if core in self.stopwords or core in self.org_heads or core in self.kind("event"):
                return False
        return words[-1].strip(".,") not in particles

    def en_org(self, span: str) -> bool:
        words = span.split()
        if len(words) < 2 or not words[0][:1].isupper() or span in self.kind("contact_field"):
            return False
        if any(w in self.kind("event") for w in words):
            return False
        first = words[0].lower()
        if first.endswith("s") and first[:-1] in self.titles:
            return False  # `Ministers of Trade and Industry`: a title's plural, the holders
        last = words[-1]
        tail2 = " ".join(words[-2:])
        if words[-2] in self.not_after.get(last, ()):
            return False
        return last in self.org_heads or last.rstrip(".") in self.org_heads or tail2 in self.org_heads

    def en_headless(self, span: str) -> bool:
        """An English name with no head noun or legal form (`BNP Paribas`, `Evercore`):
        one to four capitalised words (`&` between them; six in a partners' list), no digits, none a stopword or a
        title word, the first no stopword, and not a bare head or generic word (`Company`) nor a
        contact line's field (`Investor Relations`)."""
        words = span.split()
        most = 6 if PARTNERS.search(span) else 4  # a partners' list names a firm (`A, B & C`)
        if not 1 <= len(words) <= most or any(ch.isdigit() for ch in span) \
                or span in self.kind("contact_field"):
            return False
        if len(words) == 1 and (span in self.bare_heads or span in self.generic or len(span) < 2):
            return False
        if words[0] in self.stopwords:  # `The`, `This`, `Media` (of `Media contact`)
            return False
        return all(w in ("&", "+") or w[:1].isupper() and w.lower() not in self.titles
                   and w not in self.kind("event") for w in words)

    def en_titled(self, span: str) -> bool:
        """`General Orbital`, `Premier Harvest`: a title word, then one capitalised word that
        is no title, head or stopword. The rules read a title and a person's name; the model,
        reading a firm, is taken only where the text names a firm so (`cued_orgs`)."""
        words = span.split()
        return len(words) == 2 and words[0].lower() in self.titles \
            and words[1] not in self.stopwords and self.en_headless(words[1])

    def en_org_cued(self, text: str, a: int, b: int, ev: "OrgEvidence", strong: bool = False) -> bool:
        """Whether the text states that the name at a..b is an organisation's: a post is
        held at it (`managing partner of X`, `CFO at X`) or named by it (`X's chief
        financial officer`, `X Chief Executive Officer`), or it is listed with an
        organisation of the rules (`X, Y and the Z Bank`), a deal role is stated next to it
        (`advised by X`, `X is acting as`: `role_cue_before`/`role_cue_after`), a person's
        name stands before it with `of` (`Aivars Kalnins of X`: the person's body), it takes a
        role only firms take in a deal (`X is serving as financial adviser`: `firm_role`), it is
        described as a firm (`X, the Oslo lender,`: `org_apposition`), or it gives
        a stock ticker (`(X: ABC)`, `X (NYSE: ABC)`), or `&` closes three names or more (`Simpson Thacher &
        Bartlett`, `Lipton, Rosen & Katz`: partners' names make a firm's; two names by `&`
        may be two places). Posts of a place (government, diplomatic and military
        titles: `king of X`, `Emir of X`, `X Ambassador`) are no cue. With `strong`, only
        the posts, tickers, firm descriptions, firms' deal roles and `&` count: they turn a model's PERSON into an ORG, as no person
        holds a post at a person. (A short form defined in brackets is no cue: terms and
        places are defined so too, `Direct Distance Dialing (DDD)`.)"""
        for e in range(max(0, a - 9), a):
            m = TITLE_AT.fullmatch(text, e, a) if e in ev.title_ends else None
            if m is not None and not (m.group(1) == "of" and e in ev.place_title_ends):
                return True  # (`Mayor of X`, `Emir of X`: a place's post, X a place)
        m = POSSESSIVE_GAP.match(text, b)
        if m is not None and m.end() in ev.title_starts and m.end() not in ev.place_title_starts \
                and not (m.end() - b == 1 and self.cue_before(text, a, "appoint_verb")):
            return True  # (`Acme names X CFO`: X, the object of an appointing verb, holds the post)
        if a > 0 and text[a - 1] == "(" and TICKER.match(text, b) or TICKER_AFTER.match(text, b) \
                or PARTNERS.search(text, a, b) and text.count(" ", a, b) >= 3 or PLUS_JOIN.search(text, a, b):
            return True
        m = APPOSITION.match(text, b)
        if m is not None and m.group(1).lower() in self.kind("org_apposition"):
            return True
        m = WHERE_HELD.match(text, b)
        if m is not None and m.end() in ev.title_starts and m.end() not in ev.place_title_starts \
                and not text.endswith(" in ", 0, a):  # (`a firm in X, where she was`: X the firm's town)
            return True  # `joined from X, where she was Vice President`: a post held at X
        if self.described_before(text, a):
            return True  # `the engineering firm X`, `Kenyan processor X`
        if self.firm_role(text, b, a, ev):
            return True  # `X is serving as financial adviser`, `and X as legal counsel`
        if self.staff_before(text, a):
            return True  # `analysts at X`: people employed at it (as a post held at it)
        if strong:
            return False
        if any(LISTED.fullmatch(text, e, a) for e in range(max(0, a - 10), a)
               if e in ev.org_ends and not (e in ev.held_ends and text[e] == ",")) \
                or any(LISTED.fullmatch(text, b, s) for s in range(b, min(len(text), b + 10) + 1)
                       if s in ev.org_starts):
            return True
        if self.cue_before(text, a, "role_cue_before"):
            return True
        m = OF_PLACE.search(text, max(0, a - 9), a)
        if m is not None and m.start() in ev.person_ends:
            return True  # `Aivars Kalnins of X`: a named person's body (a place after a
            # person is the rules' REGION, which no headless name overrides)
        after = text[b:b + 40].lstrip(" ,").lower()
        return any(after.startswith(w) and not after[len(w):len(w) + 1].isalnum()
                   for w in self.kind("role_cue_after"))

    def described_before(self, text: str, a: int) -> bool:
        """Whether a noun of the firm descriptions stands right before the name
        (`the engineering firm X`): `FirmSlots.described_before`."""
        return self.slots.described_before(text, a)

    def cue_before(self, text: str, a: int, kind: str) -> bool:
        """Whether a row of `kind` ends right before `a` as whole words (`advised by X`)."""
        return cue_ends_at(text, a, self.kind(kind))

    def staff_before(self, text: str, a: int) -> bool:
        """Whether a firm's staff (`staff_before` rows) stand before `at` and a list of
        names that ends right before `a`: `analysts at X`, `analysts at X, Y and Z`."""
        if self._staff is None:
            rows = "|".join(map(re.escape, sorted(self.kind("staff_before"), key=len, reverse=True)))
            self._staff = re.compile(r"(?<![\w-])(?i:%s) (?:%s(?:, | and |, and ))*\Z" % (
                rows or "(?!)", STAFF_NAME))
        return self._staff.search(text, max(0, a - 120), a) is not None

    def heads_next(self, text: str, b: int) -> bool:
        """Whether the word after `b` is a head noun of organisations' names (`Analytics`)."""
        m = NEXT_WORD.match(text, b)
        return m is not None and m.group(1) in self.org_heads

    def firm_role(self, text: str, b: int, a: int = -1, ev: "OrgEvidence | None" = None) -> bool:
        """Whether a deal role only firms take follows the name ending at `b` (`firm_role`),
        or, with the rules' evidence, follows the list the name at a..b opens (`X and Y &
        Partners acted as legal advisers`, `with X and Y as legal counsel`), unless an
        organisation of the rules runs from the name into the list (`Slaughter and May are
        serving as`: one firm's name)."""
        if self._role_at(text, FIRM_ROLE.match(text, b)):
            return True
        co = CO_NAMES.match(text, b) if ev is not None else None
        return co is not None and not (a in ev.org_starts and any(b < e <= co.end() for e in ev.org_ends)) \
            and self._role_at(text, FIRM_ROLE.match(text, co.end()))

    def _role_at(self, text: str, m: re.Match | None) -> bool:
        return self.slots.role_at(text, m)

    def en_region(self, span: str) -> bool:
        words = span.split()
        if len(words) > 4 or any(ch.isdigit() for ch in span):
            return False
        if len(words) == 1 and span in self.org_heads:
            return False  # `at the Embassy`: a body's head word alone names no place
        return all(w[:1].isupper() for w in words if w.lower() not in ("of", "and", "the"))

    def in_name_run(self, text: str, a: int, b: int) -> bool:
        """An English place the model cut out of a longer capitalised run (`Yulia` of `Yulia
        Tymoshenko`, `Adesanya` after `Israel`): a place stands apart from the words beside
        it, unless they are sentence words (`In Uppsala`) or a designator would have been
        taken in. The gazetteer's own places are the rules' to judge, not this."""
        before = PREV_WORD.search(text, max(0, a - 40), a)
        after = NEXT_WORD.match(text, b)
        return bool(before and before.group(1) not in self.stopwords
                    or after and after.group(1) not in self.stopwords)

    def zh_person(self, span: str) -> bool:
        dots = self.kind("translit_dot")
        parts = [p for p in re.split("[" + "".join(dots) + "]", span)] if dots else [span]
        if any(not p or not all(HAN.match(ch) for ch in p) for p in parts):
            return False
        if len(parts) > 1:
            return True  # a transliteration keeps every part
        if len(span) == 2 and all(ch in self.kind("region_abbreviation") for ch in span):
            return False  # two places' one-character names (`沪港`), not a person
        if span[:2] in self.surnames and 3 <= len(span) <= 4 or span[:1] in self.surnames and 2 <= len(span) <= 4:
            return True
        return 3 <= len(span) <= 6 and all(ch in self.translit for ch in span)

    def side(self, span: str) -> bool:
        """`马方企业`, `巴方表示`: a country's one-character name and 方 are its side in talks or
        a deal, not a person (unless a post stands before: `局长马方`)."""
        return len(span) == 2 and span[1] == SIDE and (span[0] in self.kind("region_abbreviation")
                                                       or span[0] in self.kind("side_country"))

    def in_title(self, text: str, a: int) -> bool:
        """`本會會董選舉`: the name's first character closes a post word (`会董`, `title_word`
        rows), so the model read a surname out of the post."""
        return any(text.endswith(w, max(0, a + 1 - len(w)), a + 1) for w in self.kind("title_word"))

    def zh_org(self, span: str) -> bool:
        if len(span) < 3 or span in self.generic or span in self.kind("generic") or not HAN.match(span[0]) \
                or self.blocked_end(span) or span.endswith(self.facilities + self.verb_ends):
            return False
        if any(span.endswith(h) and len(span) > len(h) for h in self.org_heads):
            return True
        return self.trade_named(span)

    def blocked_end(self, span: str) -> bool:
        """The span is one of the rules' blockers after a kind word at most (`新工厂`; a
        name before it is the model's to read: `某某商业银行`), and no longer head word holds
        that end (`某某足球队` ends in the head 足球队, not the blocker 球队)."""
        if not span.endswith(self.blocked_ends):
            return False
        size = max(len(b) for b in self.blocked_ends if span.endswith(b))
        rest = span[:-size]
        return (len(rest) <= 1 or rest in self.kind_words) \
            and not any(len(h) > size and span.endswith(h) for h in self.org_heads)

    def trade_named(self, span: str) -> bool:
        """A trade name and its trade, with no head word (`某某地产`)."""
        trade = next((t for t in self.trades if span.endswith(t)), None)
        if trade is None or any(span.endswith(h) for h in self.org_heads):
            return False
        name = span[:-len(trade)]
        return len(name) >= 2 and all(HAN.match(ch) for ch in name) \
            and not any(name.endswith(w) or name.startswith(w) for w in self.kind_words)

    def runs_on(self, text: str, a: int, b: int) -> bool:
        """A trade-named span that a head word, a body noun or a bracket follows is the
        start of a longer name or the field of a body (`某某管理` + `部门`), not a name; nor
        is an item of a list of fields (`某某物流、某某调解等领域`: `field_list`)."""
        return self.trade_named(text[a:b]) and (
            text[b:b + 1] in ("(", "（")
            or any(text.startswith(h, b) for h in
                   self.org_heads | self.kind("body_noun") | self.kind("firm_noun"))
            or self.field_list is not None and self.field_list.match(text, b) is not None)

    def related(self, text: str, c: Candidate) -> bool:
        """A model's ORG that runs over a relation word (`某某股份全资子公司某某有限公司`):
        two companies, the second named after the word, no one name."""
        if c.label != "ORG":
            return False
        for w in self.kind("relation"):
            at = text.find(w, c.start, c.end)
            if at >= 0 and at + len(w) < c.end:
                return True
        return False

    def drop_country(self, c: Candidate, countries: dict[int, list[Candidate]],
                     text: str, companies: frozenset[tuple[int, int]] = frozenset()) -> Candidate | None:
        """A company's name after a country (`荷兰某某集团`): the country stays a REGION, as
        the rules have it (org_patterns.jsonl `keep_country`), and the name starts after it; a
        full registered legal form (`股份有限公司`) keeps the place its name registers.
        `countries`: the rules' country REGIONs by start; `companies`: the spans of the
        rules' company names, which a model's reading of country + that name (`荷兰某某能源`,
        no head word) gives up to (a ministry keeps its country: no company there)."""
        if c.label == "ORG" and any((r.end, c.end) in companies for r in countries.get(c.start, ())):
            return None
        if c.label != "ORG" or not any(text.endswith(h, c.start, c.end) for h in self.kind("company_head")):
            return c
        if any(text.endswith(f, c.start, c.end) for f in self.kind("registered_form")):
            return c  # `某地某某股份有限公司`: a registered name holds its place
        for r in countries.get(c.start, ()):
            if r.end < c.end:
                rest = text[r.end : c.end]
                if not self.zh_org(rest):
                    return None
                return Candidate(r.end, c.end, c.label, source=c.source)
        return c

    def placed_head(self, text: str, c: Candidate, region_ends: dict[int, list[int]]) -> bool:
        """A model's ORG made of the rules' places and a company head alone (`某市某区公司`,
        `一某市公司`, after the numeral 一 a reference opens with): no company, as the rules
        read it (org_edges.places_only); the places stay REGIONs. `region_ends`: the ends of
        the rules' REGIONs by start."""
        if c.label != "ORG":
            return False
        at = c.start + (text[c.start] == "一")
        first = at
        while True:
            ends = [e for e in region_ends.get(at, ()) if e < c.end]
            if not ends:
                break
            at = max(ends)
        return at > first and text[at:c.end] in self.kind("company_head")

    def org_cued(self, text: str, a: int, b: int, title_starts: set[int],
                 orgs: tuple[set[int], set[int]] = (set(), set())) -> bool:
        """A Chinese ORG of the model's with no head word (`某某地产`, a club, a brand) is
        kept where the text shows it names an organisation: a position follows it (`的`
        between them or not: the
        body before a title, as the guidelines split `ORG` + `TITLE`), a contest word
        stands by it (`甲vs乙`, `战胜乙`, `甲主场`: clubs, from `org_cue_before` and
        `org_cue_after`), it is listed with an organisation of the rules (`甲、某某银行`;
        `orgs`: their starts and ends), or it is a Latin-script name set in Han text
        (`THQ`, `Valve`), but for a trade agreement's acronym (`RCEP`). The caller also wants the span on the segmenter's word
        boundaries and not running on past a rule name's end."""
        if b in title_starts or text.startswith("的", b) and b + 1 in title_starts:
            return True
        starts, ends = orgs  # the rules' organisations: a name listed with one is one
        if b < len(text) and text[b] in LIST_JOIN and b + 1 in starts \
                or a > 0 and text[a - 1] in LIST_JOIN and a - 1 in ends:
            return True
        if LATIN_NAME.fullmatch(text, a, b) and not (a > 0 and text[a - 1] in LATIN_JOIN) \
                and not (b < len(text) and text[b] in LATIN_JOIN):
            return text[a:b] not in self.kind("agreement")  # `RCEP`: a treaty, no body
        return self.contest(text, a, b)

    def contest(self, text: str, a: int, b: int) -> bool:
        """A contest word right before or after the span (`战胜`, `vs`, `主场`): the name of
        a club or team, also where the same characters name its city."""
        return any(text.endswith(w, max(0, a - len(w)), a) for w in self.kind("org_cue_before")) \
            or any(text.startswith(w, b) for w in self.kind("org_cue_after"))

    def kind_of_place(self, text: str, a: int, b: int) -> bool:
        """`结对村`, `新农村`, `美丽乡村`, `自由贸易试验区`: a designator after a common word
        names a kind of village or zone, not one (`region_local.plain_name`), unless a
        place's designator stands right before it (`某某乡幸福村`: a named township's)."""
        span = text[a:b]
        cut = next((len(d) for d in sorted(self.kind("region_designator"), key=len, reverse=True)
                    if span.endswith(d)), 0)
        if not cut or cut == len(span) or a and text[a - 1] in self.kind("region_designator"):
            return False
        return not plain_name(span[:-cut], span, RARE_WORD_FREQ)

    def zh_region(self, span: str) -> bool:
        """A place ends in a designator (`泰国`, `某某市`); a state named by its part in a
        treaty or fair ends so too and is no name (`主宾国`, `缔约国`: `generic` rows)."""
        if len(span) < 3 or not all(HAN.match(ch) for ch in span) or span in self.kind("generic"):
            return False
        return any(span.endswith(d) for d in self.kind("region_designator"))


def inner_names(text: str, shaped: list[tuple[int, int]], org_spans: list[tuple[int, int]],
                latin) -> set[str]:
    """Person-shaped names that are the middle of an organisation the text names in full
    elsewhere, right before its head (`MD Anderson` after `The University of Texas MD
    Anderson Cancer Center`; `Johns Hopkins` after `Johns Hopkins University`): the
    organisation's short form. A name opening with a given name stays a person (`Melinda
    Gates` of `Bill & Melinda Gates Foundation`: the founders are named so)."""
    out = set()
    for a, b in shaped:
        name = text[a:b]
        if latin is not None and latin.is_given(name.split()[0]):
            continue
        for s, e in org_spans:  # (an occurrence before the last word: its head follows)
            if not s <= a < e and any(i + len(name) < e - s and text[s + i + len(name)] == " "
                                      for i in starts(text[s:e], name, True)):
                out.add(name)
                break
    return out


def titled_given(text: str, a: int, b: int, title_ends: set[int], place_title_ends: set[int],
                 latin) -> bool:
    """`CEO Ellen Park`, `Director Grace Hall`: a name of two words whose last is a head noun
    of organisations' names (which `en_person` refuses: `Hyde Park`) is a person's where a
    title stands right before it and the first word is a given name of the public lists; a
    place's designator last needs a title no place has (`Queen Maud Bay` is a place)."""
    words = text[a:b].split()
    if latin is None or len(words) != 2 or not latin.is_given(words[0]) or latin.is_place(words[1]) \
            or text[a - 1:a] != " " or a - 1 not in title_ends:
        return False
    return words[1] not in latin.designators or a - 1 not in place_title_ends


def firm_named(name: str, bare: set[str], latin) -> bool:
    """A model's person-shaped name that ends in a word the document names a firm by
    (`cued_orgs`) and opens with no given name of the public lists (`Acquire Meridel` of a
    headline, with `Meridel (NYSE: MRDL)` in the body): the firm's name after a word, no
    person's."""
    words = name.split()
    return len(words) > 1 and words[-1] in bare and not (latin is not None and latin.is_given(words[0]))


def starts(text: str, name: str, latin: bool) -> list[int]:
    """Starts of `name` in `text` (`lexicon.occurrences`: Latin names only as whole words,
    a Han character beside a Latin name being a boundary)."""
    return [s for s, _ in occurrences(text, {name}, latin)]


STAFF_NAME = r"[A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,3}"  # one name of a list after `analysts at`
TITLE_AT = re.compile(r" (of|at|with) (?:the )?")  # `partner of X`, `CFO at the X`
# `X, the Oslo-based lender,`, `X, a maker of pumps`, `X is a retailer`: the noun that
# closes the description (its last word, or two: `asset manager`), before its clause or a participle
# that places or owns it (`X, a gold producer listed in Toronto`, `X, a lender owned by Y`)
APPOSITION = re.compile(r"(?:,| is) (?:the|a|an) (?:[\w.'’-]+ ){0,5}?((?:asset |fund )?[a-z-]+)"
                        r"(?=[,.;]| (?:of|in|with|that|which|based|headquartered|listed|owned|for|and)\b)")
# `Latham & Watkins`, `Rosen, & Katz`: one name after `&` (`Tom & Jerry Smith` is a couple);
# `Hale Strand + Ruiz`: law firms also join their partners' names by `+`
PARTNERS = re.compile(r"[A-Z][\w'’-]*,? [&+] [A-Z][\w'’-]*(?: L\.?L\.?[PC]\.?)?\Z")
PARTNER_LIST = re.compile(r"(?:[A-Z][\w'’-]*, )*[A-Z][\w'’-]*,? & [A-Z][\w'’-]*(?: L\.?L\.?P\.?)?\Z")


def partner_lists(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """`Wachtell, Lipton, Rosen & Katz`, which the model reads as a name and the partners'
    list after it: a one-word ORG, a comma, then an ORG of surnames closed by `& Name`
    are one firm's name."""
    out: list[tuple[int, int, str]] = []
    for a, b, label in sorted(spans):
        if out and label == "ORG" and out[-1][2] == "ORG" \
                and text[out[-1][0]:a].rstrip(" ").count(",") == 1 and text[a - 1] == " " \
                and " " not in text[out[-1][0]:a].strip() and PARTNER_LIST.match(text, a, b):
            out[-1] = (out[-1][0], b, label)
        else:
            out.append((a, b, label))
    return out


def listed_apart(text: str, spans: list[tuple[int, int, str]],
                 org_spans: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """`retailers including Kroger and Walmart`, which the model reads as one ORG: where the
    words after the span's last `and` (or before its first) are an organisation of the
    rules, the span is a list, and each side is a name of its own (the other side then
    has the rules' organisation listed beside it, `LearnedForms.en_org_cued`)."""
    if not org_spans:
        return spans
    rule = set(org_spans)
    out = []
    for a, b, label in spans:
        i, j = text.rfind(" and ", a, b), text.find(" and ", a, b)
        if label == "ORG" and i > a and (i + 5, b) in rule:
            out += [(a, i, label), (i + 5, b, label)]
        elif label == "ORG" and j > a and (a, j) in rule:
            out += [(a, j, label), (j + 5, b, label)]
        else:
            out.append((a, b, label))
    return out


# the other names of a list after a name (`, Y and Z`, ` and Y & Partners`), before the deal role they
# share; `, and` right after the name opens a clause of its own (`led by director X, and Y is ...`)
_CO_NAME = r"[A-Z][\w'’.-]*(?: (?:[&+]|[A-Z][\w'’.-]*)){0,5}"
CO_NAMES = re.compile(r"(?:, %s)+,? and %s| and %s" % (_CO_NAME, _CO_NAME, _CO_NAME))
LISTED = re.compile(r"(?:, | and |, and )(?:the )?")  # `X, Y and the Z Bank`


def org_evidence(cands: list[Candidate], text: str, found: dict[tuple[int, int], str],
                 person_ends: Iterable[int] = ()) -> "OrgEvidence":
    """Where the rules put posts and organisations, with the organisations the model's
    names kept so far add (`found`: `Siemens Energy`, a head noun), so that a headless name
    listed with one is listed with an ORG."""
    titles = [c for c in cands if c.label == "TITLE"]
    places = [c for c in titles if c.source.endswith(PLACE_TITLES)]
    kept_orgs = [ab for ab, label in found.items() if label == "ORG"]
    title_ends = {c.end for c in titles}
    return OrgEvidence({c.start for c in titles}, title_ends,
                       {c.start for c in cands if c.label == "ORG"} | {a for a, _ in kept_orgs},
                       {c.end for c in cands if c.label == "ORG"} | {b for _, b in kept_orgs},
                       {c.start for c in places}, {c.end for c in places},
                       frozenset(c.end for c in cands if c.label == "ORG" and any(
                           TITLE_AT.fullmatch(text, t, c.start)
                           for t in range(max(0, c.start - 9), c.start) if t in title_ends)),
                       frozenset({c.end for c in cands if c.label == "PERSON"}
                                 | {b for (_, b), label in found.items() if label == "PERSON"}
                                 | set(person_ends)))


class OrgEvidence(NamedTuple):
    """Where the rules put posts and organisations in one document (character offsets)."""
    title_starts: set[int]
    title_ends: set[int]
    org_starts: set[int]
    org_ends: set[int]
    place_title_starts: set[int]  # posts held of a place (PLACE_TITLES)
    place_title_ends: set[int]
    # ends of organisations a post is held at (`Director of the X Institute`): the name
    # after their comma is the post's holder (`..., Jane Roe,`), not a listed firm
    held_ends: frozenset[int] = frozenset()
    person_ends: frozenset[int] = frozenset()  # ends of the persons named (rules' and model's)


PLACE_TITLES = (".gov", ".diplomat", ".military")  # title sources (title_heads.tsv classes)


# spaCy labels with no counterpart here (groups and nationalities, products, buildings), under
# which the model also reads listed firms' names
LISTED_ONLY = ("NORP", "PRODUCT", "FAC")

# the rule labels a longer learned span may take in
SWALLOW = {"PERSON": {"PERSON"}, "ORG": {"ORG", "REGION"}, "REGION": {"REGION"}}
# a person's surname or given name repeated alone (person_mentions.py): inside the longer
# name of an organisation the model reads (`Hale & Dorsey` after `William Hale`), the
# founder's name in the firm's, which the ORG swallows as it does a place
LONE_SURNAME = ("en.person.surname", "en.person.given")
OWN_FORM = ("en.person.pinyin",)  # rule PERSON readings that rest on the name's own form
OF_PLACE = re.compile(r" of (?:the )?\Z")


def extends(c: Candidate, r: Candidate, text: str,
            regions: frozenset[tuple[int, int]] = frozenset()) -> bool:
    """Whether learned `c` may replace the shorter rule span `r` inside it. A Chinese
    name of LAC's that only runs on past the rule name's end takes in the next word
    (`某某暨`, `某某步`): it replaces a rule name only by adding before it (a surname) or
    across a transliteration's dots. A romanised Chinese name the rules read by its form
    is whole the same way (`Hu Min` in a headline's `Hu Min Pays a Visit`)."""
    if c.label == "ORG" and r.source == SHORT_SOURCE and r.start == c.start:
        return False  # a company named in full, then by its short name: the model ran on
        # into the words after it (`某某重工共建研究院`)
    if c.label == "ORG" and r.label == "ORG" and r.start == c.start \
            and text.startswith(("'s ", "’s "), r.end) and (r.end + 3, c.end) in regions:
        return False  # `Acme University's Singapore campus`: a possessive and a place after
        # it end the name (`X Commission's Academic Committee` is a unit of X, one name)
    if c.label == "PERSON" and r.label == "REGION":
        # a given name first (`arbitrate`), or a GeoNames city as the surname (`Priya Anand`)
        return gazetteer_city(r) or r.start == c.start and " " in text[c.start:c.end]
    if c.label == "PERSON" and r.source == "en.person.pinyin":
        return c.start < r.start
    if c.label == "REGION" and r.label == "REGION" and not HAN.match(text[r.start:r.end] or " "):
        # `Tourism Ireland`: a bare word before a known place makes no larger place (those
        # that do, `Northern Ireland`, are in the region lexicon); `Republic of Hungary` does
        return bool(OF_PLACE.search(text, c.start, r.start))
    if c.label != "PERSON" or not HAN.match(text[r.start:r.end] or " "):
        return True
    return c.start < r.start or any(d in text[c.start:c.end] for d in DOTS)


COORDINATION = re.compile(r"\s*(?:,|、|&|and|和|及|与|暨|vs\.?|VS|对)?\s*")


def coordinated(orgs: list[Candidate], text: str) -> bool:
    """Rule ORGs side by side, or joined by a conjunction (`甲市委市政府`, `X and Y`, `甲队vs乙队`):
    two names, which coordination keeps apart; an of-chain is one name."""
    return any(COORDINATION.fullmatch(text, a.end, b.start) for a, b in zip(orgs, orgs[1:]))


def joins_next(text: str, at: int) -> bool:
    """A conjunction at `at` that joins what follows (`某某及某部`), not a name's last
    character before `等人` or punctuation (`周某和等人`: the given name's `和`)."""
    return text[at:at + 1] in LIST_JOIN and HAN.match(text, at + 1) is not None \
        and text[at + 1:at + 2] != "等"


def word_edge_fixes(learned: list[Candidate], rules: list[Candidate], text: str,
                    edges: set[int]) -> set[int]:
    """Rule PERSONs (their ids) that a learned Chinese name replaces: same start, a
    different end, and only the learned end falls on a word boundary of the segmenter
    (`edges`), e.g. a rule name run on into the next word (`蔡某发|来` for `蔡某|发来`)
    or cut inside its given name (`曾文|生`). Both sides agree where the name starts; the
    word boundary settles where it ends, unless the rule name stands whole elsewhere in
    the document (`邓某中出席 … 邓某|中等人`)."""
    by_start: dict[int, list[Candidate]] = {}
    whole: set[str] = set()  # names the segmenter agrees with somewhere in the document
    for r in rules:
        if r.label == "PERSON" and r.length >= 2 and HAN.match(text[r.start:r.start + 1]):
            by_start.setdefault(r.start, []).append(r)
            if r.end in edges and r.start in edges:
                whole.add(text[r.start:r.end])
    out: set[int] = set()
    for c in learned:
        if c.label != "PERSON" or c.length < 2 or c.end not in edges:
            continue
        for r in by_start.get(c.start, ()):
            if r.end != c.end and r.end not in edges and abs(r.end - c.end) <= 2 \
                    and text[r.start:r.end] not in whole \
                    and not (c.end < r.end and text[r.end:r.end + 1] in LIST_JOIN) \
                    and not joins_next(text, r.end):
                out.add(id(r))  # one reading per document; a rule name that a list's
                # conjunction closes (`黄某健及某局`) is not cut inside its given name, nor
                # run on into the conjunction (`某部长阮某延及某部`: `延及` a word of jieba's)
    return out


PLACE_BEFORE = re.compile(r"\b(?:to|in|from|at|near|into|across)\s+\Z", re.I)

CLUB_PRIORITY = 1  # a club's name beats the same characters read as its city (priority 0)


COMPANY_SOURCES = ("zh.org.short", "org.han.firm_list", "zh.org.suffix.集团", "zh.org.suffix.公司")


def company_reading(c: Candidate) -> bool:
    """A rules' ORG that names a company: a short form of one named in full, a member
    of a list of firms, a name closed by 集团/公司, or a lexicon company."""
    return c.label == "ORG" and (c.source in COMPANY_SOURCES
                                 or (c.attrs or {}).get("type") in ("company", "bank"))


def gazetteer_city(c: Candidate) -> bool:
    """A REGION read from a city known only from GeoNames (lexicon.gazetteer_only): it
    names the place where nothing else reads its word, but a learned person's name may
    take it in as a surname, and a learned ORG of the same words (a company named after
    its town, `Halden` for Halden Marine) competes with it."""
    attrs = c.attrs or {}
    return c.label == "REGION" and attrs.get("id") is not None \
        and gazetteer_only(attrs.get("name_zh"))


def arbitrate(learned: list[Candidate], rules: list[Candidate], text: str,
              given: Callable[[str], bool] | None = None,
              held: frozenset[tuple[int, int]] = frozenset(),
              town_surname: Callable[[str], bool] | None = None) -> list[Candidate]:
    """The learned candidates that may compete, each with its tier (see module doc).
    `given` (English): whether a name opens with a given name of the public lists and
    ends in no place word (`Harbour`); such a learned full name may take in a place
    that is its first word (`Sofia Marchetti`, `Florence Adeyemi`: the rules leave a given
    name that is also a place to other evidence, and the model's reading is that), unless
    a preposition of place comes before it (`moved to Argentina …`).
    `held`: the spans of learned ORGs that a strong cue names an organisation's (a post held
    at it: `Vice Chairman of X`, `X's CEO`; a ticker; a firm's description or deal role,
    `LearnedForms.en_org_cued`): no person holds a post at a person, so such an ORG takes in
    the rules' PERSON readings inside it (`Chambers` of `Dubai Chambers`, `Re` of `Brightwell
    Re`, a whole `Deutsche Numis` read by the title before it), as it takes in a place.
    `town_surname` (English): whether a name opens with a word that is no place and ends
    in a place's name that is a surname here: the first word a given name of the public
    lists (`Yuki Nagano`, `Tomoko Ise`), or the place's word written after an honorific
    somewhere in the text (`Daisuke Fukui` … `Mr. Fukui`: one reading per document). Such
    a learned full name takes in the place that is its last word, and the model's later
    surname takes in the same place right after an honorific (`Ms. Nara`), where no
    preposition of place stands before it."""
    chosen = flat(rules, len(text), key=lambda c: (-c.length, -c.priority, c.start, c.label))
    starts = [c.start for c in chosen]
    regions = frozenset((r.start, r.end) for r in chosen if r.label == "REGION")
    out = []
    for c in learned:
        i = max(0, bisect_left(starts, c.start) - 1)
        inside, cut = [], False
        while i < len(chosen) and chosen[i].start < c.end:
            r = chosen[i]
            if r.end > c.start:
                swallow = SWALLOW[c.label] | ({"REGION"} if c.label == "PERSON" and given is not None
                                              and given(text[c.start:c.end])
                                              and not PLACE_BEFORE.search(text, 0, c.start) else set())
                if c.label == "PERSON" and gazetteer_city(r):
                    swallow = swallow | {"REGION"}  # `Priya Anand`: Anand, a city of GeoNames
                town = c.label == "PERSON" and r.label == "REGION" and r.end == c.end \
                    and town_surname is not None and not PLACE_BEFORE.search(text, 0, c.start) and (
                        r.start > c.start and town_surname(text[c.start:c.end])
                        or r.start == c.start and c.source.endswith(".surname")
                        and STYLED_BEFORE.search(text, max(0, c.start - 6), c.start) is not None)
                if town:
                    swallow = swallow | {"REGION"}
                # (a person's name the rules read by its romanised form, or one right after a
                # rule organisation, is that body's officer: `Secretary General of CIETAC Liu Huiping`)
                slot = c.label == "ORG" and (c.start, c.end) in held and r.label == "PERSON" \
                    and not r.source.startswith(OWN_FORM) and not any(
                        o.label == "ORG" and c.start <= o.start and o.end < r.start
                        and not text[o.end:r.start].strip() for o in chosen)
                if c.label == "ORG" and r.label == "PERSON" and (r.source in LONE_SURNAME or slot):
                    swallow = swallow | {"PERSON"}  # `Hale` of `Hale & Dorsey Appoints ...`
                if (r.start >= c.start and r.end <= c.end and r.label in swallow
                        and (r.length < c.length or r.length == c.length and r.label == "REGION"
                             and (c.priority > r.priority
                                  or c.label == "ORG" and gazetteer_city(r))
                             or r.length == c.length and (r.label == "PERSON" and slot or town))
                        and (town or extends(c, r, text, regions))):
                    inside.append(r)
                else:
                    cut = True
            i += 1
        if cut or coordinated([r for r in inside if r.label == "ORG"], text) or (
                c.label == "REGION" and coordinated([r for r in inside if r.label == "REGION"], text)):
            continue  # two names side by side stay two (甲国乙州: a country and its state)
        c.tier = 0 if inside else 1
        out.append(c)
    return out


class LearnedRecognizer(DataComponent):
    # filters and org_patterns always; the English or the Chinese form data, whole
    FILES = {"filters": True, "org_patterns": True, "person_context": False, "given_intl": False,
             "title_heads": False, "surnames": False, "translit": False}
    FILE_GROUPS = (frozenset({"person_context", "title_heads"}), frozenset({"surnames", "translit"}))

    def __init__(self, nlp: Language, name: str, backend: str, labels: dict[str, str]) -> None:
        super().__init__(nlp, name)
        self.backend_name = backend
        self.given_intl: frozenset[str] = frozenset()
        self.labels = dict(labels)
        self.lang = nlp.lang
        self.backend = None
        self.forms: LearnedForms | None = None

    @property
    def refine(self):
        """The ORG component's `refine(text, start, end)`, where the pipeline has one."""
        if "pressner_orgs" in self.nlp.pipe_names:
            return self.nlp.get_pipe("pressner_orgs").refine
        return None

    def load(self, files: dict[str, Path]) -> None:
        self.forms = LearnedForms(self.lang, files)
        self.given_intl = frozenset(r.name for r in read_tsv(files["given_intl"], IntlGivenRow)) \
            if "given_intl" in files else frozenset()
        if self.backend is None:
            self.backend = make_backend(self.backend_name)

    def __call__(self, doc: Doc) -> Doc:
        return self.add(doc, self.backend.many([norm_text(doc)])[0])

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterable[Doc]:
        """The model runs over a batch of documents at once (LAC batches sentences)."""
        batch: list[Doc] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= batch_size:
                yield from self._batch(batch)
                batch = []
        if batch:
            yield from self._batch(batch)

    def _batch(self, docs: list[Doc]) -> Iterable[Doc]:
        # the model reads the folded text (simplified characters, ASCII for full-width
        # forms, 了解 for 瞭解): LAC was trained on simplified text; offsets are the same
        for doc, spans in zip(docs, self.backend.many([norm_text(d) for d in docs])):
            yield self.add(doc, spans)

    def add(self, doc: Doc, spans: list[tuple[int, int, str]]) -> Doc:
        """The model's spans, checked, spread and arbitrated, into the doc's candidates."""
        text = doc_text(doc)
        if not text.strip():
            return doc
        check = norm_text(doc)  # simplified characters for the Chinese form checks
        found: dict[tuple[int, int], str] = {}
        headless: dict[str, list[str]] = {}  # English names with no head: the model's labels
        clubs: set[str] = set()  # ORG names by a contest word
        person_shaped: list[tuple[int, int]] = []  # model PERSONs a post cue may make firms
        region_shaped: list[tuple[int, int]] = []  # model places off the gazetteer, likewise
        titled: set[str] = set()  # model ORGs that open with a title word (`General Orbital`)
        latin = self.nlp.get_pipe("pressner_persons").latin \
            if self.lang == "en" and "pressner_persons" in self.nlp.pipe_names else None
        places = latin.places if latin is not None else frozenset()
        title_ends = {c.end for c in candidates(doc) if c.label == "TITLE"}
        place_title_ends = {c.end for c in candidates(doc)
                            if c.label == "TITLE" and c.source.endswith(PLACE_TITLES)}
        title_starts = {c.start for c in candidates(doc) if c.label == "TITLE"}
        org_spans = [(c.start, c.end) for c in candidates(doc) if c.label == "ORG"]
        rule_regions = {(c.start, c.end) for c in candidates(doc) if c.label == "REGION"}
        person_starts = {c.start for c in candidates(doc) if c.label == "PERSON"}
        rule_orgs = ({s for s, _ in org_spans}, {e for _, e in org_spans})
        bounds = {tok.idx for tok in doc} | {len(text)}  # the segmenter's word boundaries
        refine = self.refine  # (looked up once: a property over the pipeline's components)
        if self.lang == "en":
            spans = listed_apart(text, partner_lists(text, spans), org_spans)
        for a, b, model_label in spans:
            label = self.labels.get(model_label)
            if label is None and self.lang == "en" and model_label in LISTED_ONLY \
                    and self.forms.en_headless(text[a:b]) and (a, b) not in rule_regions:
                # a name the model reads as a people, a product or a building (`Tallis (NYSE:
                # TLS)`): no label of ours, but a firm where its listing says so (`cued_orgs`)
                headless.setdefault(text[a:b], []).append(LISTED_ONLY[0])
                continue
            if label is None:
                continue
            a, b = self.forms.trim(check if self.lang == "zh" else text, a, b, label)
            if label == "ORG" and refine is not None:  # the ORG rules' edges and vetoes
                edges = refine(check, a, b)
                if edges is None:
                    continue
                a, b = edges
            if label == "PERSON" and places and text[a:b] in places:
                label = "REGION"  # `Ciudad Juárez`, `Des Moines`: a town's name of two words
            if label == "PERSON" and self.lang == "en" and headline(text, a) \
                    and not LINE_LABEL.search(text, max(0, a - 40), a):
                continue  # Title Case words; the name is taken where the body names it (a
                # line's label before it, `Media contact: A, Head of ...`, makes no headline)
            if label == "REGION" and self.lang == "en" and (self.forms.in_name_run(text, a, b)
                                                             or street_after(text, b)):
                continue  # (`Hartfield Road`: a street's name)
            if label == "REGION" and self.lang == "en" and b - a <= 3 and text[a:b].isupper() \
                    and (a, b) not in rule_regions:
                continue  # `AI`, `EV`: an acronym the gazetteer's codes (`US`, `UK`) do not read as a place
            if label == "REGION" and self.lang == "zh" and self.forms.kind_of_place(check, a, b):
                continue
            if label == "REGION" and self.lang == "zh" and check.endswith(self.forms.zones, a, b):
                # `某市经开区`: a development zone is no region of the guidelines' kinds; the
                # place it is named after is (GUIDELINES, REGION: a city, a district)
                b = next(b - len(z) for z in self.forms.zones if check.endswith(z, a, b))
                if (a, b) not in rule_regions:
                    continue
            if label == "REGION" and self.lang == "zh" and (a + 1, b) in rule_regions \
                    and (a, b) not in rule_regions and a + 1 in bounds:
                a += 1  # `在华德国`: a character the segmenter cuts off (`在华`) before a known place
            if label == "REGION" and self.lang == "en" and (a, b) not in rule_regions \
                    and text[a:b].rsplit(" ", 1)[-1] in self.forms.kind("facility"):
                continue  # `Middle Corridor`, `Suez Canal`: a route or a facility, not a place
            if label == "REGION" and self.lang == "en" and " " not in text[a:b] \
                    and (a, b) not in rule_regions and self.forms.en_headless(text[a:b]):
                # one word the model reads as a place and no gazetteer holds (`Calloway`):
                # a firm's cues (`cued_orgs`) make it an ORG; where none, a place
                headless.setdefault(text[a:b], []).append(label)
                region_shaped.append((a, b))
                continue
            vouched = a in title_ends and (b - a == 3 or self.forms.closed(check, b))
            if label == "ORG" and self.lang == "zh" and self.forms.contest(check, a, b):
                clubs.add(check[a:b])
            if label == "ORG" and self.lang == "zh" and self.forms.runs_on(check, a, b):
                continue
            if label == "ORG" and self.lang == "zh" and self.forms.planned.planned(check, a):
                continue
            if label == "PERSON" and self.lang == "zh" and (
                    self.forms.in_title(check, a) or a not in title_ends and (
                        self.forms.side(check[a:b]) or a not in person_starts
                        and not any(i in bounds for i in range(a + 1, b + 1)))):
                continue  # (a name that lies inside one word of the segmenter running on past
                # it is cut out of that word: `祖冲|之号`, `尉健|行`; a post right before vouches
                # for a name, as does a rule name's start, which `word_edge_fixes` weighs. A word
                # from inside the name on, `刘安|平等`, `王某|说`, is the segmenter's slip)
            if b > a and self.lang == "en" and label in ("ORG", "PERSON") \
                    and not self.forms.keep(check[a:b], label) and self.forms.en_headless(text[a:b]):
                headless.setdefault(text[a:b], []).append(label)
                if label == "PERSON" and titled_given(text, a, b, title_ends, place_title_ends, latin):
                    found.setdefault((a, b), label)  # `CEO Ellen Park`
                continue
            if b > a and self.lang == "en" and label == "ORG" and self.forms.en_titled(text[a:b]):
                headless.setdefault(text[a:b], []).append(label)
                titled.add(text[a:b])
                continue
            if b > a and self.lang == "en" and label == "PERSON" and self.forms.en_headless(text[a:b]):
                # a name shaped as a person's may be a firm named after people (`Harlow
                # Bennett`): the post cues of `cued_orgs` decide; where none, a person
                headless.setdefault(text[a:b], []).append(label)
                person_shaped.append((a, b))
                continue
            if b > a and (self.forms.keep(check[a:b], label, vouched) or label == "ORG"
                          and self.lang == "zh" and a in bounds and b in bounds
                          and self.forms.org_cued(check, a, b, title_starts, rule_orgs)
                          # a head-word name of the rules is whole: nothing runs on past it
                          and not any(a <= s and e < b for s, e in org_spans)):
                found.setdefault((a, b), label)
        bare = self.cued_orgs(doc, text, headless, found, titled) if headless else set()
        if headless and latin is not None:
            self.given_first(text, headless, bare | titled, found, latin)
        if self.lang == "en":
            self.split_named_firsts(doc, text, found)
            self.split_by_model(doc, text, spans)
        inner = inner_names(text, person_shaped, org_spans, latin) if person_shaped else set()
        for a, b in person_shaped:
            if firm_named(text[a:b], bare, latin):
                continue
            if text[a:b] in inner:
                found.setdefault((a, b), "ORG")
            elif text[a:b] not in bare and self.forms.keep(check[a:b], "PERSON"):
                found.setdefault((a, b), "PERSON")
        for a, b in region_shaped:
            if text[a:b] not in bare:
                found.setdefault((a, b), "REGION")
        cands = self.propagate(text, found, bare, candidates(doc))
        if clubs:  # one reading per document: the club at its every mention
            for c in cands:
                if c.label == "ORG" and check[c.start:c.end] in clubs:
                    c.priority = CLUB_PRIORITY
        rules = [c for c in candidates(doc) if not c.source.startswith("learned.")]
        if self.lang == "zh":
            countries: dict[int, list[Candidate]] = {}
            for r in rules:
                if r.label == "REGION" and (r.attrs or {}).get("type") == "country":
                    countries.setdefault(r.start, []).append(r)
            region_ends: dict[int, list[int]] = {}
            for r in rules:
                if r.label == "REGION":
                    region_ends.setdefault(r.start, []).append(r.end)
            cands = [c for c in cands if not self.forms.related(check, c)
                     and not self.forms.placed_head(check, c, region_ends)]
            companies = frozenset((r.start, r.end) for r in rules if company_reading(r))
            cands = [c for c in (self.forms.drop_country(c, countries, check, companies)
                                 for c in cands) if c]
            drop = word_edge_fixes(cands, rules, check, bounds)
            if drop:
                rules = [r for r in rules if id(r) not in drop]
                doc_cands = candidates(doc)
                doc_cands[:] = [r for r in doc_cands if id(r) not in drop]
        given = town_surname = None
        if self.lang == "en" and "pressner_persons" in self.nlp.pipe_names:
            latin = self.nlp.get_pipe("pressner_persons").latin
            if latin is not None:
                def given(name: str) -> bool:
                    words = name.split()
                    return len(words) > 1 and latin.is_given(words[0]) \
                        and words[-1] not in latin.designators and not latin.is_place(words[-1])

                styled = styled_words(text, latin.honorifics)

                def town_surname(name: str) -> bool:
                    words = name.split()
                    return len(words) > 1 and not latin.is_place(words[0]) \
                        and words[-1] not in latin.designators \
                        and (self.is_given(latin, words[0]) or words[-1] in styled)
        held = frozenset()
        if self.lang == "en":
            ev = org_evidence(candidates(doc), text, found)
            held = frozenset((c.start, c.end) for c in cands if c.label == "ORG"
                             and self.forms.en_org_cued(text, c.start, c.end, ev, strong=True))
        candidates(doc).extend(arbitrate(cands, rules, check, given, held, town_surname))
        return doc

    def is_given(self, latin, word: str) -> bool:
        """A given name of the census list (the rules') or of the international list
        (given_names_intl.tsv, Faker's locales), no title, stopword or designator."""
        return latin.is_given(word) or word in self.given_intl and word.lower() not in latin.titles \
            and word not in latin.stop and word not in latin.designators

    def given_first(self, text: str, headless: dict[str, list[str]], kept: set[str],
                    found: dict[tuple[int, int], str], latin) -> None:
        """`Thiago Mendes`, `Ratna Kusumawati`, `Hiroshi Tanabe`: a name of two or three
        words that the model reads as an organisation with no head and no cue (`cued_orgs`
        kept none of its mentions), whose first word is a given name of the public lists
        and no place, and which has a person's form, is a person's name: firms named
        after people carry a head (`Ortega Brokerage`) or a cue (`partner at X`). Taken
        where it stands apart from other capitalised words and outside a Title Case
        headline (a line's label before it aside)."""
        lines: dict[tuple[int, int], bool] = {}
        for name, labels in headless.items():
            words = name.split()
            if name in kept or "ORG" not in labels or "PERSON" in labels or not 2 <= len(words) <= 3 \
                    or not self.is_given(latin, words[0]) or latin.is_place(words[0]) \
                    or words[-1].isupper() or not self.forms.keep(name, "PERSON"):
                # (`Dara Calleary TD`: a postnominal or an acronym last, the model's span
                # runs past the name)
                continue
            for s in starts(text, name, True):
                e = s + len(name)
                if _in_name_run(text, s, e) or headline(text, s, lines) \
                        and not LINE_LABEL.search(text, max(0, s - 40), s):
                    continue
                found.setdefault((s, e), "PERSON")

    def cued_orgs(self, doc: Doc, text: str, headless: dict[str, list[str]],
                  found: dict[tuple[int, int], str], titled: set[str] = frozenset()) -> set[str]:
        """English names the model proposes with no head noun (`Lazard`, `BNP Paribas`):
        kept as ORGs, at every mention (one reading per document), where one of their
        mentions has a cue that it names an organisation (`LearnedForms.en_org_cued`); a
        name the model reads as a person needs a post held at it or named by it, or
        more ORG readings than PERSON ones. A rule ORG that runs from the name across
        `and` into a name with a head (`X and Y LLP`) is two names: the rest is put in its
        place. A short form defined in brackets after the name is an ORG too. A name that
        opens with a title word (`titled`: `General Orbital`) is kept only where the model
        reads it as an organisation at two mentions or more and never otherwise, and a strong
        cue names it one (`president of General Orbital`); the rules' title and person
        inside it then go at its every mention. A name the model reads as a place off the
        gazetteer and never as a person (`Zalando`) takes the weak cues as an ORG reading does:
        the strong ones are there because a person holds no post at a person."""
        cands = candidates(doc)
        # the model's names read only as persons' (`Aivars Kalnins of X`) are persons here too
        persons = [s + len(n) for n, labels in headless.items() if set(labels) == {"PERSON"}
                   for s in starts(text, n, True)]
        ev = org_evidence(cands, text, found, persons)
        todo = dict(headless)
        lines: dict[tuple[int, int], bool] = {}  # `headline` memo
        bare: set[str] = set()  # the names kept: `propagate` skips their longer-name mentions
        for name in titled:  # a title and a name, unless the model is sure of a firm
            if name in todo and (set(todo[name]) != {"ORG"} or len(todo[name]) < 2):
                del todo[name]
        listed = {n for n in todo if any(TICKER_AFTER.match(text, s + len(n))
                                         for s in starts(text, n, True))}
        for name in [n for n, labels in todo.items() if set(labels) == {LISTED_ONLY[0]}]:
            if name not in listed and not any(self.forms.staff_before(text, s)
                                              or self.forms.described_before(text, s)
                                              or self.forms.cue_before(text, s, "agent_before")
                                              or self.forms.firm_role(text, s + len(name))
                                              for s in starts(text, name, True)):
                del todo[name]  # a group word (`Chinese CEO ...`) is a firm only by its
                # listing (`X (NYSE: XYZ)`), its staff (`analysts at X`: a building has none),
                # a firm's description before it (`hydrogen developer X`), a deal agent's slot
                # (`advised by X`, `acquired by X`) or a deal role only firms take (`with X as
                # legal counsel`)
        while todo:  # a name listed with one kept here is listed with an organisation
            kept = [name for name, labels in todo.items() if any(
                not runs_into_name(text, s, s + len(name), ev)  # the cue is about this name
                and self.forms.en_org_cued(text, s, s + len(name), ev, strong=name in titled or "PERSON" in labels
                                           and labels.count("ORG") <= len(labels) - labels.count("ORG")
                                           and not self.forms.en_org(name))
                for s in starts(text, name, True))]
            for name in kept:
                labels = todo.pop(name)
                # a firm's deal role at one mention: a person-shaped name is the firm's at all
                firm = any(self.forms.firm_role(text, s + len(name), s, ev) for s in starts(text, name, True))
                if name in listed or "PERSON" not in labels and any(  # the model never reads a
                        self.forms.en_org_cued(text, s, s + len(name), ev, strong=True)  # person there
                        for s in starts(text, name, True)):
                    drop_weak_persons(cands, text, name)  # (no person's name takes a ticker)
                for s in starts(text, name, True):
                    e = s + len(name)
                    if runs_into_name(text, s, e, ev) and not (
                            headline(text, s, lines) and not self.forms.heads_next(text, e)):
                        continue  # `Acme` in `Acme Analytics`: a longer name's first word
                        # (a Title Case headline capitalises every word: `X Names New CFO`)
                    found.setdefault((s, e), "ORG")
                    bare.add(name)
                    if name in titled:  # `General Orbital`: no title `General` + person `Orbital`
                        cands[:] = [c for c in cands if not (c.label in ("TITLE", "PERSON")
                                                             and s <= c.start and c.end <= e)]
                    ev.org_starts.add(s)
                    ev.org_ends.add(e)
                    short = find_definition(text, e, "latin")
                    if short is not None:
                        found.setdefault((short[1], short[1] + len(short[0])), "ORG")
                    self.split_coordinated(doc, text, s, e)
                    if PARTNERS.search(name):  # `Simpson Thacher & Bartlett`: no person in a firm's name
                        cands[:] = [c for c in cands if not (c.label == "PERSON" and s <= c.start
                                                             and c.end <= e)]
                    elif firm:  # `William Blair acted as financial adviser`: the rules' person
                        cands[:] = [c for c in cands if not (c.label == "PERSON" and c.start == s
                                                             and c.end == e)]
            if not kept:
                break
        return bare

    def split_named_firsts(self, doc: Doc, text: str, found: dict[tuple[int, int], str]) -> None:
        """`Halbrook Brands and Kirkland & Ellis LLP` read as one rule ORG (the legal form's
        name runs back over `and`): where the words before `and` are an organisation the text
        names by itself elsewhere (`Halbrook Brands` in the dateline), they are a first name
        of a list, and `split_coordinated` cuts the joint span."""
        joint = [c for c in candidates(doc) if c.label == "ORG" and " and " in text[c.start:c.end]
                 and not c.source.startswith("learned.")]
        if not joint:
            return
        named = {(a, b) for (a, b), label in found.items() if label == "ORG"}
        named.update((c.start, c.end) for c in candidates(doc) if c.label == "ORG" and c not in joint)
        names = {text[a:b] for a, b in named if " and " not in text[a:b]}
        for c in joint:
            for name in names:
                e = c.start + len(name)
                if text.startswith(name + " and ", c.start) and any(
                        not c.start <= s < c.end for s in starts(text, name, True)):
                    self.split_coordinated(doc, text, c.start, e)
                    found.setdefault((c.start, e), "ORG")
                    break

    def split_by_model(self, doc: Doc, text: str, spans: list[tuple[int, int, str]]) -> None:
        """`Bowmans and Standard Bank`, `Miguel Arroyo and Oregon State University` read as
        one rule ORG (the head noun's name runs back over `and`): where the model reads the
        words after `and` as an organisation of their own, to the rule name's end, and a name
        of its own ends right before `and` (none running across it), the model reads two
        names, and `split_coordinated` cuts the joint span. The second name must end in
        a head noun of its own (`Ministry of Commerce and Industry`: one portfolio's two
        fields, no name after `and`)."""
        # a name's reading before `and`: a body's, a person's or a listed firm's, not a
        # place's (`the U.S. and Foreign Commercial Service` is one name)
        ends = {b for a, b, label in spans if self.labels.get(label) in ("ORG", "PERSON")
                or label in LISTED_ONLY}
        orgs = {(a, b) for a, b, label in spans if self.labels.get(label) == "ORG"}
        joint = [c for c in candidates(doc) if c.label == "ORG" and " and " in text[c.start:c.end]
                 and not c.source.startswith("learned.")]
        for c in joint:
            j = text.find(" and ", c.start, c.end)
            while j > c.start:
                if (j + 5, c.end) in orgs and j in ends and self.forms.en_org(text[j + 5:c.end]) \
                        and not any(a < j + 5 and b > j for a, b, _ in spans) \
                        and any(c.start <= a and b == j for a, b, _ in spans):
                    self.split_coordinated(doc, text, c.start, j)
                    break
                j = text.find(" and ", j + 5, c.end)

    def split_coordinated(self, doc: Doc, text: str, s: int, e: int) -> None:
        """`Evercore and Cooley LLP` read as one rule ORG: from name `s..e` on, `and`
        starts a second name, which replaces the joint span; a joint span whose rest is
        no name by itself (a short form `Evercore and Cooley`) is dropped."""
        if not text.startswith(" and ", e):
            return
        cands = candidates(doc)
        for i, r in enumerate(cands):
            if r.label == "ORG" and r.start == s and r.end > e + 6 \
                    and not r.source.startswith("learned."):
                if self.forms.en_org(text[e + 5:r.end]):
                    cands[i] = Candidate(e + 5, r.end, "ORG", text[e + 5:r.end], r.source,
                                         r.attrs, r.priority)
                else:  # `X and Y` cut from `X and Y LLP`: no name of its own
                    cands[i] = None
        cands[:] = [c for c in cands if c is not None]

    def org_finder(self):
        """The ORG rules' Latin name grammar (`first_word`), where the pipeline has it."""
        if "pressner_orgs" not in self.nlp.pipe_names:
            return None
        return getattr(self.nlp.get_pipe("pressner_orgs"), "finder", None)

    def propagate(self, text: str, found: dict[tuple[int, int], str],
                  bare: set[str] = frozenset(), rules: list[Candidate] = ()) -> list[Candidate]:
        """Every occurrence of each kept name, and an English person's later surname. Each
        distinct name is looked for once (from its first reading), so a text that repeats a
        name many times costs one scan per name, not one per occurrence."""
        latin = self.lang == "en"
        source = f"learned.{self.backend_name}"
        first: dict[tuple[str, str], int] = {}  # (name, label) -> end of its first reading
        for (a, b), label in sorted(found.items()):
            first.setdefault((text[a:b], label), b)
        out: dict[tuple[int, int], Candidate] = {}
        quoted: dict[str, list[int]] = {}  # a word opening a quotation before its verb
        if latin:
            givens = {n.split()[0] for n, label in first if label == "PERSON" and " " in n}
            for m in QUOTE_GIVEN.finditer(text) if givens else ():
                if m.group(1) in givens:
                    quoted.setdefault(m.group(1), []).append(m.start(1))
        finder = self.org_finder() if latin else None
        never = ({text[c.start:c.end] for c in rules if c.label == "REGION"},
                 self.nlp.get_pipe("pressner_orgs").never_names()) if finder is not None else ()
        posts = [(c.start, c.end) for c in rules if c.label == "TITLE"]
        for (name, label), b in first.items():
            for s in starts(text, name, latin):
                if name in bare and (s, s + len(name)) not in found:
                    continue  # a name with no head: where `cued_orgs` placed it
                out.setdefault((s, s + len(name)), Candidate(s, s + len(name), label, source=source))
            word = finder.first_word(name, text, never) if finder is not None and label == "ORG" \
                and not all(any(a < s < b for a, b in posts)
                            for s in starts(text, name, latin)) else None
            # (not a post's field the model read as a body: `Vice President of Investor Relations`)
            for s in starts(text, word, latin) if word else ():  # `Mkulima` of `Mkulima Pay`
                if not _in_name_run(text, s, s + len(word)):
                    out.setdefault((s, s + len(word)), Candidate(s, s + len(word), label,
                                                                 source=source + ".first"))
            if latin and label == "PERSON":
                surname = name.split()[-1].rstrip(".,")
                if surname.lower() in ("jr", "sr", "ii", "iii") or surname in bare:
                    continue  # (a firm's name at its every mention is no surname)
                for s in starts(text, surname, latin):
                    if s >= b and not _inside_capitalised(text, s, s + len(surname)):
                        out.setdefault((s, s + len(surname)),
                                       Candidate(s, s + len(surname), label, source=source + ".surname"))
                given = name.split()[0]
                if given != surname and given in quoted:  # `"Ana knows ...," said ...`
                    for s in quoted[given]:
                        out.setdefault((s, s + len(given)),
                                       Candidate(s, s + len(given), label, source=source + ".given"))
        return list(out.values())


# `"Ana knows ...`: inside a quotation a speaker calls a colleague named in full by the given name
# `"Ji-hoon brings`, `"Amara's record`: a given name opening a quotation before its verb or noun
QUOTE_GIVEN = re.compile(r"[\"“]([A-Z][a-z]+(?:-[a-z]+)?)(?:['’]s)? (?=[a-z])")

def styled_words(text: str, honorifics: set[str]) -> set[str]:
    """The capitalised words written right after an honorific (`Mr. Fukui`, `Ms Nara`):
    surnames in this text, whatever else the word names."""
    return {m.group(2) for m in STYLED.finditer(text) if m.group(1).lower() in honorifics}


# (opening on the capital, the edge before it checked from after it: tried only at capitals)
STYLED = re.compile(r"([A-Z](?<![\w'’-].)[a-z]{1,3})\.? ([A-Z][\w'’-]+)")  # `Mr. X`, `Dr X`
STYLED_BEFORE = re.compile(r"(?<![\w'’-])(?:Mr|Ms|Mrs|Mx|Dr|Miss)\.? \Z")  # an honorific right before

# `Media contact: `, `Investor enquiries: `: a label that opens a line, right before a name
LINE_LABEL = re.compile(r"(?:^|\n)[^\n:]{1,30}: \Z")

HEADLINE_MAX = 300  # characters: a longer line is body text, whatever its case


def headline(text: str, at: int, memo: dict[tuple[int, int], bool] | None = None) -> bool:
    """Whether the line at `at` is set in Title Case (most of four or more words capitalised).
    The line is looked for within HEADLINE_MAX of `at` only: reading the whole line for each
    candidate made a long text with few newlines quadratic (tools/worst_case.py). A caller
    asking about many offsets of one text passes a `memo`: each line's words are read once."""
    a = text.rfind("\n", max(0, at - HEADLINE_MAX), at) + 1
    b = text.find("\n", at, at + HEADLINE_MAX + 1)
    b = len(text) if b < 0 and len(text) - at <= HEADLINE_MAX else b
    if (a == 0 and at > HEADLINE_MAX) or b < 0 or b - a > HEADLINE_MAX:
        return False
    if memo is not None and (a, b) in memo:
        return memo[a, b]
    words = [w for w in text[a:b].split() if w[:1].isalpha()]
    got = len(words) >= 4 and sum(w[:1].isupper() for w in words) >= 0.75 * len(words)
    if memo is not None:
        memo[a, b] = got
    return got


# rule readings of a lone capitalised word as a person that rest on the word alone: a
# surname repeated, a full name confirmed by its repeats (`latin_echoes`), a headline word
WEAK_PERSON = ("en.person.surname", "en.person.echo", "en.person.given", "en.person.headline")


def drop_weak_persons(cands: list[Candidate], text: str, name: str) -> None:
    """A name with no head that a firm's strong cue names an organisation (`X (NYSE: XYZ)`,
    `X CEO Ann Roe`) and the model never reads as a person is no surname: the rules'
    readings of it that rest on its form alone (WEAK_PERSON) go, at every mention and as
    the last word of a `latin_echoes` full name (`to Acquire X` in a headline, echoed by
    the firm's repeats)."""
    def weak(c: Candidate) -> bool:
        if c.label != "PERSON" or not c.source.startswith(WEAK_PERSON):
            return False
        span = text[c.start:c.end]
        return span == name or c.source.startswith("en.person.echo") and span.endswith(" " + name)
    cands[:] = [c for c in cands if not weak(c)]


def runs_into_name(text: str, a: int, b: int, ev: OrgEvidence) -> bool:
    """Whether a capitalised word joins the name at a..b on either side (`Acme` in
    `Acquire Acme Analytics`), other than a post's (`Acme Chief Executive Officer`) or a
    capitalised function word's (`About Acme`, the heading of a release's boilerplate)."""
    m = PREV_CAPITALISED_WORD.search(text, max(0, a - 40), a)
    return m is not None and m.group(1).lower() not in STOP_WORDS and a not in ev.title_ends \
        and not any(e in ev.title_ends for e in range(max(0, a - 2), a)) \
        or bool(re.match(r"[ \t][A-Z]", text[b:b + 2])) and b + 1 not in ev.title_starts


PREV_CAPITALISED = re.compile(r"[A-Z][\w'-]*[ \t]$")
PREV_CAPITALISED_WORD = re.compile(r"([A-Z][\w'-]*)[ \t]$")
PREV_WORD = re.compile(r"(?<![\w'-])([A-Z][\w'-]*) $")  # a capitalised word, one space before
NEXT_WORD = re.compile(r" ([A-Z][\w'-]*)")


def _in_name_run(text: str, a: int, b: int) -> bool:
    """Whether the word at a..b runs on from or into other capitalised words of a name: a
    capitalised function word before it opens a sentence (`Before Acme, she ...`), no name."""
    m = PREV_WORD.search(text, max(0, a - 40), a)
    return bool(m is not None and m.group(1).lower() not in STOP_WORDS
                or re.match(r"[ \t][A-Z]", text[b:b + 2]))


def _inside_capitalised(text: str, a: int, b: int) -> bool:
    """Whether the word at a..b is part of a longer capitalised run (`Smith Street`)."""
    return bool(PREV_CAPITALISED.search(text, max(0, a - 40), a)) or bool(
        re.match(r"[ \t][A-Z]", text[b : b + 2]))


@Language.factory("pressner_learned", default_config={"backend": "en_core_web_sm",
                                                       "labels": {"PERSON": "PERSON", "ORG": "ORG"}})
def make_learned(nlp: Language, name: str, backend: str, labels: dict[str, str]) -> LearnedRecognizer:
    return LearnedRecognizer(nlp, name, backend, labels)
