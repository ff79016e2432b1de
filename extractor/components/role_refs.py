"""Organisations a role refers to without naming them next to the title.

A press release names its organisation once and then refers to it: by a definite
description (`the Company`, `the Chamber's president`, `chairman of the committee`), or
not at all, because the whole release is about it (`Jane Roe, Chief Financial Officer,
said`). GUIDELINES (Relations) want `org` to be an ORG mention, so a reference resolves to
an earlier mention. This module finds

- the release's subject: the ORG presented by an `About X` heading, else the first ORG that
  opens a sentence with an announcing verb (`Acme Inc. (NYSE: ACM) today announced`), else
  the ORG that definite descriptions repeat at least twice;
- the definite descriptions (`the` + a noun of `org_references.tsv`) and `its` before a
  title, each as an `OrgRef`: an ORG-labelled record at the noun that the role chain links
  like any ORG and that carries the mention it stands for (the nearest fitting one before,
  named by its fullest mention).

English only: in Chinese `公司董事长` the bare `公司` gives no org (GUIDELINES: org is an ORG
mention, and the annotation keeps it null).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from pydantic import BaseModel

from .. import memo
from ..candidates import Ent
from ..errors import DataFileError
from ..lexicon import read_jsonl, read_tsv
from ..memo import Memo
from .listing import LISTED_AFTER
from .org_patterns import OrgPattern
from .orgs import listing_exchange

KINDS = ("name", "company", "possessive", "adjective", "legal", "verb", "office", "corporate",
         "academic", "members", "posted", "campus", "founded")
ABOUT = re.compile(r"(?:^|\n)[ \t]*About[ \t]+(?:the[ \t]+)?\Z")
AFTER_ABOUT = re.compile(r"[ \t]*(?:\([^)\n]{0,60}\)[ \t]*)?(?::|\n|\Z)")
STEM = 6  # letters two words share when one is the other inflected (`Indonesia`, `Indonesian`)
STOP = frozenset({"the", "of", "and", "for", "in", "on", "at", "to"})
HEADING = re.compile(r"About[ \t]")
HEADLINE_REACH = 200  # characters of a first line that is a headline (no paragraph's)
POSS_REACH = 300  # characters from `its` back to what it stands for: the sentence or the one before
# `("Acme"), the milling subsidiary of `: an apposition on a body, closed by `of` and another body
DESCRIBED_OF = re.compile(r"[\"”’)]*,\s+(?:the|a|an)\s+[^,.;:()\n]{0,60}?\s(?:of|to)\s+(?:the\s+)?")
# between two sentences; not the period of an honorific before a name (`Dr. Jane Roe`)
# (the honorifics looked back at from after the mark: a pattern opening on look-behinds is
# tried at every position, one opening on the marks only where they stand)
SENTENCE_BREAK = re.compile(r"[.!?](?<!\bMr.)(?<!\bMs.)(?<!\bMrs.)(?<!\bDr.)(?<!\bProf.)(?<!\bSt.)(?<!\bMessrs.)"
                            r"[\"”’]?\s+[\"“A-Z]|\n")
BOUNDARY = re.compile(r"[.!?\n]|\s[-–—]{1,2}")
LOWER_WORD = re.compile(r"[a-z]+")
NAME_WORD = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")  # a lowercased name's words
# a stock listing right after a name (`Acme (NYSE: ACM)`, `Acme (TSX: AC.B)`): a listed company
# the characters that IGNORECASE matches to an ASCII letter and lowercasing does not
# (tests/components/test_role_refs.py checks the list against every code point)
IGNORECASE_ONLY = re.compile("[\u0130\u0131\u017f\u212a]")
# a listing bracket's opening or the space after it, right before its exchange (listing.LISTING)
LISTING_OPEN = frozenset("(;, ")


def sentence_start(text: str, pos: int, reach: int = 81) -> int | None:
    """Where the sentence (or dateline's clause) that `pos` is in starts, if within `reach`
    characters: the nearest boundary before, so that a dateline's abbreviation (`Feb. 2,
    2026 (BUSINESS WIRE) -- Acme ...`) does not hide the dash that opens the sentence."""
    lo = max(0, pos - reach)
    last = None
    for b in BOUNDARY.finditer(text, lo, pos):
        last = b.start()
    if last is None and lo == 0:
        return 0
    return last


def headline_end(text: str) -> int:
    """Where the text's headline ends (its first line: short, not closed by a full stop as a
    paragraph's sentence is), -1 if it opens with no headline."""
    end = text.find("\n", 0, HEADLINE_REACH)
    return end if end > 0 and text[:end].rstrip()[-1:] not in ".!?" else -1


OBJECT_BEFORE = re.compile(
    r"(?:\b(?:to|with|from|of|by|for|at|in|on|into|and|or|as|than|including|like|such as)"
    r"|&)\s+(?:the\s+)?\Z", re.I)


DATELINE_DASH = re.compile(r"\s[-–—]{1,2}\s")


def sentence_subject(text: str, pos: int, places: list[Ent]) -> Ent | None:
    """The body a sentence opening at `pos` with `Its` continues from: the first ORG or
    place of the sentence before (after its dateline) that is no object of a preposition or a
    list's later member (`Founded in 1987, Acme supplies sensors to Bosch and Conti. Its CEO ...`: Acme,
    not Conti)."""
    base = max(0, pos - POSS_REACH)
    breaks = [m.end() - 1 for m in SENTENCE_BREAK.finditer(text, base, pos + 1)]
    if not breaks or breaks[-1] != pos:
        return None  # `Its` opens no sentence
    lo = breaks[-2] if len(breaks) >= 2 else base
    for dash in DATELINE_DASH.finditer(text, lo, pos):  # `KUALA LUMPUR (Bernama) -- Acme`
        lo = dash.end()
    for e in places:
        if lo <= e.start_char < pos and not OBJECT_BEFORE.search(
                text, max(0, e.start_char - 20), e.start_char):
            return e
    return None


# a short form's definition opens: `("Acme"`, `Acme Industry Association (AIA)`
DEFINED_HERE = re.compile(r"\(\s*[\"“]?\Z")
AS_BEFORE = re.compile(r"\b(?:as|named|appointed|elected)\s+\Z")  # `as its`, `has been named its`
OWN_POST = re.compile(r"['’]s?\s+")  # `Hanwei's` before a title: the holder's own employer


def appointer(text: str, pos: int, ents: list[Ent], subject: Ent | None,
              refs: list[Ent] = ()) -> Ent | None:
    """The body `as its` at `pos` refers to (`Acme named A, formerly CFO of Brightline
    Bank, as its CLO`): the body that names the person, so an ORG or definite description
    (`refs`: `The joint venture will be led by A, SVP at Acme, who has been named its CEO`) of
    the sentence before the nearest name before `pos` (the first one that is no object of a
    preposition nor the possessive of that person's own post: `Acme's VP, A, will serve as its
    COO` speaks of another body), else the body the sentence before is about, else the
    release's subject; None if no name stands before in the sentence."""
    base = max(0, pos - POSS_REACH)
    breaks = [m.end() for m in SENTENCE_BREAK.finditer(text, base, pos)]
    lo = breaks[-1] - 1 if breaks else base
    person = next((e for e in reversed(ents) if e.label_ == "PERSON" and lo <= e.start_char
                   and e.end_char <= pos), None)
    if person is None:
        return None
    own = False
    bodies = sorted([e for e in ents if e.label_ == "ORG"] + list(refs), key=lambda e: e.start_char)
    titles = {e.start_char for e in ents if e.label_ == "TITLE"}
    for e in bodies:
        if lo <= e.start_char and e.end_char <= person.start_char \
                and not OBJECT_BEFORE.search(text, max(0, e.start_char - 20), e.start_char):
            after = OWN_POST.match(text, e.end_char)
            if after is not None and after.end() in titles:
                own = True  # `Hanwei's Vice President, A,`: A's employer, not the appointer
                continue
            return e
    if own:
        return sentence_subject(text, lo, [e for e in bodies if e.start_char < lo]) or subject
    return subject


class RefRow(BaseModel):
    kind: str
    value: str


class OrgRef(Ent):
    """A definite description standing for an earlier ORG mention (`antecedent`)."""

    __slots__ = ("antecedent",)

    def __init__(self, text: str, start: int, end: int, antecedent: Ent) -> None:
        super().__init__("ORG", text, start, end)
        self.antecedent = antecedent


def legal_forms(patterns: Path | None) -> set[str]:
    """The legal forms (`GmbH`, `ASA`) of the organisation patterns file, if given."""
    if patterns is None:
        return set()
    return {r.text for r in read_jsonl(patterns, OrgPattern) if r.kind == "legal"}


def resolved(org: Ent | None) -> Ent | None:
    """The ORG mention an org of a role stands for."""
    return org.antecedent if isinstance(org, OrgRef) else org


class OrgReferences:
    def __init__(self, path: Path, patterns: Path | None = None) -> None:
        rows = read_tsv(path, RefRow)
        by = {k: [r.value for r in rows if r.kind == k] for k in KINDS}
        bad = {r.kind for r in rows} - set(KINDS)
        if bad:
            raise DataFileError(f"{path}: unknown kinds {sorted(bad)}")
        self.mode = {v: "name" for v in by["name"]} | {v: "company" for v in by["company"]}
        # the lookahead on the words' first letters lets the engine skip to them in C
        firsts = "".join(sorted({re.escape(w[:1]) for w in by["possessive"]}))
        self.poss_re = re.compile(
            rf"(?=[{firsts}])\b(?:" + "|".join(map(re.escape, by["possessive"])) + r")(?= )", re.IGNORECASE)
        self.poss_adj = re.compile(r" (?:" + "|".join(by["adjective"]) + r")(?= )", re.IGNORECASE)
        # a possessive counts only before a title (`its new CEO`): where every possessive and
        # adjective is one plain word, matches cannot overlap and the longest reach back from
        # a title's start is known, so the pattern is tried only there (poss_before_titles)
        plain = re.compile(r"\w+")
        self.poss_reach = 2 + max(map(len, by["possessive"]), default=0) \
            + max(map(len, by["adjective"]), default=0) \
            if all(plain.fullmatch(w) for w in by["possessive"] + by["adjective"]) else None
        # `\bthe` written as a class before the boundary test: a pattern that opens on a
        # character class lets the engine skip to the next `t` in C (a third less time)
        self.noun_re = re.compile(
            r"[Tt](?<!\w[Tt])[Hh][Ee]\s+(" + "|".join(map(re.escape, self.mode)) + r")\b", re.IGNORECASE)
        # the same on the lowercased text, where `the` is a literal the engine searches for
        # in C (noun_hits): under IGNORECASE it tried the pattern at every `t`
        self.noun_low = re.compile(
            r"the(?<!\wthe)\s+(" + "|".join(re.escape(w.lower()) for w in self.mode) + r")\b")
        # the organisation recogniser's legal forms too (`ASA`, `Oyj`, `Sdn Bhd`): one list of
        # what makes a name a company's, not a copy here
        legal = by["legal"] + sorted(map(re.escape, legal_forms(patterns)), key=len, reverse=True)
        self.legal_re = re.compile(
            r"(?:^|[\s,])(?:" + "|".join(legal) + r")\Z", re.IGNORECASE)
        self._legal_words: dict[str, bool] = {}
        self._names = Memo(memo.WORDS)  # a name -> its words (`word_list`), as a tuple
        self._legal_names = Memo(memo.WORDS)  # a name -> whether a legal form ends it
        self._nouns = Memo(memo.WORDS)  # a name -> the reference nouns among its words
        self._name_sets = Memo(memo.WORDS)  # a name -> those words as a set (`words`)
        # up to three brackets before the verb: listings on two exchanges and the short-form
        # definition (`Acme Inc. (TSX: AC) (NYSE: AC) ("Acme" or the "Company") today reported`)
        self.verb_re = re.compile(
            r"(?:\s*\([^)\n]{0,60}\)){0,3}(?:\s*,[^.;\n]{1,200}?,)?\s+(?:(?:today|recently|has|have|"
            r"officially|formally)\s+)*(?:" + "|".join(by["verb"]) + r")\b", re.IGNORECASE)
        self.corporate = {v.lower() for v in by["corporate"]}
        self.members = {v.lower() for v in by["members"]}
        self.campus = {v.lower() for v in by["campus"]}
        self.office_re = re.compile(
            r"\b(?:" + "|".join(map(re.escape, by["office"])) + r")\b", re.IGNORECASE)
        self.posted_re = re.compile(
            r"\b(?:" + "|".join(map(re.escape, by["posted"]) or ["(?!)"]) + r")\b", re.IGNORECASE)
        self.academic_re = re.compile(
            r"\b(?:" + "|".join(map(re.escape, by["academic"]) or ["(?!)"]) + r")\b", re.IGNORECASE)
        # `Acme, the medical imaging software company,`: an apposition whose head is a company noun
        # `Nordic Cell AS, a joint venture of A and B,`: the body a later `the joint venture`
        # repeats, though a company is named between (by the noun's last word)
        self.described_re = re.compile(
            r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?(" + "|".join(map(re.escape, self.mode))
            + r")\b", re.IGNORECASE)
        # `The new company, X,`: a body the text introduces as the venture it reports, which a
        # later `the joint venture` repeats, though the parents are named between
        self.founded_re = re.compile(
            r"\b(?:" + "|".join(map(re.escape, by["founded"]) or ["(?!)"]) + r")\s*,\s*\Z",
            re.IGNORECASE)
        self.company_appos = re.compile(
            r",\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,5}?(?:" + "|".join(map(re.escape, by["company"]))
            + r")\b", re.IGNORECASE)

    # -- the release's subject -------------------------------------------------------------
    def subject(self, text: str, orgs: list[Ent]) -> Ent | None:
        for org in orgs:  # `About Acme Inc.` heading of the boilerplate
            if not AFTER_ABOUT.match(text, org.end_char):
                continue
            line = max(0, text.rfind("\n", 0, org.start_char))  # from the newline: ABOUT wants it
            if ABOUT.search(text, line, org.start_char):
                return org
            if HEADING.match(org.text) and ABOUT.search(text, line, org.start_char + 6):
                # the heading word taken into the name: the same name without it, if stated
                same = [o for o in orgs if o.text == org.text[6:]]
                if same:
                    return same[0]
        # `Acme Inc. (NYSE: ACM) today announced`: the ORG opens its sentence; a headline's
        # short name (`Acme Energy Announces ...`) stands for the longer one the body's
        # announcing sentence gives (`Acme Energy Partners LP today announced`)
        found = None
        for n, org in enumerate(orgs):
            if not self.verb_re.match(text, org.end_char):
                continue  # (the anchored verb first, then the search for the sentence start)
            start = sentence_start(text, org.start_char)
            if start is None or (n and orgs[n - 1].start_char >= start):
                continue
            if found is None:
                found = org
                if "\n" not in text[:org.start_char].strip():
                    continue  # the first line: look on for the body's own sentence
                return found
            head, body = self.word_list(found.text), self.word_list(org.text)
            if body[:len(head)] == head or body[:1] == head[:1]:
                return org  # (or one that shares its first word: `Acme Bank` for `Acme
                # Banking Group plc`, whose subsidiary `Acme Bank plc` the text also names)
            if head and all(any(w[:STEM] == b[:STEM] for b in body) for w in head):
                return org  # the headline's words reordered in the full name, a country's
                # adjective for its name (`Indonesian Embassy`: `Embassy of ... Indonesia in X`)
            return found
        return found

    @staticmethod
    def defined_by(org: Ent, orgs: list[Ent], text: str) -> Ent | None:
        """The name a bracketed short form defines: `Full Name (ABBR)` where `org` is ABBR."""
        for o in orgs:
            if o.text != org.text and text.startswith(" (" + org.text + ")", o.end_char):
                return o
        return None

    def fullest(self, org: Ent, orgs: list[Ent], text: str | None = None) -> Ent:
        """The fullest name among the mentions of `org` (`European Chamber` ->
        `European Union Chamber of Commerce in ...`, `Acme` -> `Acme, Inc.`): a longer ORG
        holding all its words, not the same words followed by more (`Acme China`,
        `Acme Foundation` are units of Acme), and whose last word is not an organisation noun
        the shorter lacks."""
        defined = self.defined_by(org, orgs, text) if text is not None else None
        if defined is not None:
            org = defined  # `AmCham Shanghai` defined by `American Chamber of ... (AmCham Shanghai)`
        mine = self.words(org.text)
        order = self.word_list(org.text)
        best = org
        for o in orgs:
            if HEADING.match(o.text):
                continue
            theirs = self.words(o.text)
            if len(o.text) <= len(best.text) or not mine or not mine <= theirs:
                continue
            last = re.findall(r"[a-z]+", o.text.lower())
            if last and last[-1] in self.mode and last[-1] not in mine:
                continue
            if theirs != mine and self.word_list(o.text)[:len(order)] == order:
                continue
            best = o
        return best

    def stated_near(self, text: str, orgs: list[Ent], subject: Ent, person: Ent) -> Ent:
        """The mention of the subject that the person's sentence states before the name
        (`Acme also announced that A was promoted to CFO` -> `Acme`; an abbreviation the text
        defined for it, `HCA`), else its fullest name:
        the role names the company as the sentence does. Not in a headline (`Acme Names A CFO`), which
        repeats the lead's triple: there the subject's name."""
        if person.start_char < headline_end(text):
            return subject
        own = self.words(subject.text)
        for o in reversed(orgs):
            if o.end_char > person.start_char:
                continue
            if SENTENCE_BREAK.search(text, o.end_char, person.start_char):
                break
            if DEFINED_HERE.search(text, max(0, o.start_char - 3), o.start_char):
                continue  # `Acme Gold Limited ("Acme" or the "Company")`, `Acme Industry Association
                # (AIA) has named`: the short form's definition states no post; the name it defines does
            if own and self.words(o.text) and self.words(o.text) <= own:
                return o
            if o._.value and o._.value == (subject._.value or subject.text):
                return o  # `HCA` defined as the short form of the subject's name
        return subject

    def words(self, name: str) -> frozenset[str]:
        got = self._name_sets.get(name)
        if got is None:
            got = self._name_sets.put(name, frozenset(self._words(name)))
        return got

    def word_list(self, name: str) -> list[str]:
        return list(self._words(name))

    def _words(self, name: str) -> tuple[str, ...]:
        """A name's words but stopwords and legal forms, remembered per name: the sweeps
        ask for each ORG's words at every mention they pass, and names recur. Legal forms that
        end the name are cut first, whole: a dotted one (`a.s.`, `S.p.A.`, `B.V.`) would
        otherwise leave its letters as words, and `Acme a.s.` would not be `Acme`'s fuller name."""
        got = self._names.get(name)
        if got is None:
            base = name.lower().rstrip(" ,")
            while (m := self.legal_re.search(base)) is not None and m.start() > 0:
                base = base[:m.start()].rstrip(" ,")
            got = self._names.put(name, tuple(w for w in NAME_WORD.findall(base)
                                              if w not in STOP and not self.legal_word(w)))
        return got

    def legal_word(self, word: str) -> bool:
        """Whether one word is a legal form, remembered per word: names repeat their words,
        and the legal forms are a long alternation."""
        got = self._legal_words.get(word)
        if got is None:
            if len(self._legal_words) > 50_000:
                self._legal_words.clear()
            got = self._legal_words[word] = bool(self.legal_re.search(" " + word))
        return got

    def nouns_in(self, name: str) -> frozenset[str]:
        """The nouns of definite references (`mode`) among a name's lowercased words."""
        got = self._nouns.get(name)
        if got is None:
            got = self._nouns.put(name, frozenset(LOWER_WORD.findall(name.lower())) & self.mode.keys())
        return got

    def company_like(self, org: Ent) -> bool:
        info = org._.info if isinstance(org._.info, dict) else {}
        if info.get("type") == "company":
            return True
        got = self._legal_names.get(org.text)  # (the sweeps ask at every mention; names recur)
        if got is None:
            got = self._legal_names.put(org.text, self.legal_re.search(org.text.rstrip(" ,")) is not None)
        return got

    def company_subject(self, subject: Ent, text: str) -> bool:
        """A subject whose name shows no legal form is still a company where the release
        lists it on an exchange (`Acme (NASDAQ: ACM)`) or presents it as one (`Acme, the
        imaging software company,`) right after a mention of its name."""
        if self.company_like(subject):
            return True
        name = subject.text
        for m in re.finditer(re.escape(name), text):
            if LISTED_AFTER.match(text, m.end()) or self.company_appos.match(text, m.end()):
                return True
        return False

    # -- definite descriptions -----------------------------------------------------------
    def references(self, text: str, ents: list[Ent], subject: Ent | None,
                   lowered: str | None = None) -> list[OrgRef]:
        """`the NOUN` outside every entity and not followed by a name (`the firm Acme` is an
        apposition, not a reference), and `its` before a title, each resolved to the mention
        it repeats. One sweep in text order keeps the last candidate of each kind, so long
        texts cost linear time."""
        orgs = [e for e in ents if e.label_ == "ORG"]
        places = [e for e in ents if e.label_ in ("ORG", "REGION")]
        by_start = {e.start_char: e for e in ents}
        starts = [e.start_char for e in ents]
        hits = [(m.start(), 0, m) for m in self.noun_hits(text, lowered)]
        hits += [(m.start(), 1, m) for m in self.poss_before_titles(text, ents)]
        hits.sort(key=lambda h: h[:2])
        named: dict[str, Ent] = {}  # name -> its fullest mention
        last_company: Ent | None = None  # a company or the subject
        last_word: dict[str, Ent] = {}  # noun -> the last ORG whose name has it
        last_place: Ent | None = None
        described: dict[str, Ent] = {}  # noun -> the ORG an apposition last described with it
        own = self.words(subject.text) if subject is not None else set()
        subject_words = set(re.findall(r"[a-z]+", subject.text.lower())) if subject is not None else set()
        out: list[OrgRef] = []
        i = 0
        for pos, kind, m in hits:
            while i < len(places) and places[i].end_char <= pos:
                o, i = places[i], i + 1
                if o.label_ == "ORG" and text[o.start_char - 1:o.start_char] in LISTING_OPEN \
                        and listing_exchange(text, o.start_char, o.end_char):
                    continue  # `Acme AG (SIX: ACM) said its CFO`: the market is no antecedent
                if o.label_ == "ORG" and last_place is not None and last_place.label_ == "ORG" \
                        and text.startswith(",", o.end_char) \
                        and DESCRIBED_OF.fullmatch(text, last_place.end_char, o.start_char):
                    continue  # `Acme Ltd ("Acme"), the milling arm of Borealis Plc, said its CFO`:
                    # the body an apposition names the subject's parent by is no antecedent
                last_place = o
                if o.label_ == "ORG":
                    if own and self.words(o.text) and self.words(o.text) <= own:
                        last_company = subject  # named whole or in part (`Acme` for `Acme Inc.`)
                    elif self.company_like(o):
                        last_company = o
                    for w in self.nouns_in(o.text):
                        last_word[w] = o
                    told = self.described_re.match(text, o.end_char)
                    if told:
                        described[told.group(1).lower().split()[-1]] = o
                    elif text[max(0, o.start_char - 40):o.start_char].rstrip().endswith(",") \
                            and self.founded_re.search(text, max(0, o.start_char - 40), o.start_char):
                        # (the pattern ends in a comma and spaces: most names follow none)
                        described["venture"] = o
            if kind == 0:
                a, b = m.span(1)
                k = bisect_left(starts, b) - 1
                if (k >= 0 and ents[k].end_char > a) or self.named_after(text, b, by_start):
                    continue
                noun = text[a:b].lower()
                if noun.split()[-1] in described:
                    ante = described[noun.split()[-1]]
                elif self.mode[noun] == "company":
                    ante = last_company
                elif noun in subject_words:  # `the Chamber` in a chamber's release: that
                    ante = subject  # chamber, though the text names another one in between
                else:
                    ante = last_word.get(noun)
                if ante is not None:
                    out.append(OrgRef(text[a:b], a, b, self.full_name(ante, orgs, named, text)))
                    last_place = out[-1]  # `the Consulate's team, led by its attaché`: the body
                    # referred to last is what `its` stands for
                continue
            # `Jane Roe, its chief executive`, `Its President Tom Hale`: the nearest body or
            # place before; a place's title (`China and its Vice Premier`) takes no org
            adj = self.poss_adj.match(text, m.end())
            end = adj.end() if adj else m.end()  # `its new` as one reference
            nxt = by_start.get(end + 1)
            if nxt is None or nxt.label_ != "TITLE":
                continue
            ante = last_place
            if AS_BEFORE.search(text, max(0, m.start() - 10), m.start()):
                # `named A, formerly CFO of Brightline Bank, as its CLO`: the appointing body
                ante = appointer(text, m.start(), ents, subject, out) or ante
            if text[m.start()] == "I":  # `Its` opens a sentence: the body the last one is
                # about (`Acme was founded in Uppsala, Sweden. Its CSO, A`), not its last place
                # (a definite description that opens it stands for its body: `The commission
                # opened a centre with X. Its Deputy Secretary General, A`: the commission)
                lead = sorted(places + out, key=lambda e: e.start_char) if out else places
                ante = sentence_subject(text, m.start(), lead) or last_place
            if ante is None or ante.label_ != "ORG" or pos - ante.end_char > POSS_REACH:
                continue  # a place's post (`Germany ... Its Economy Minister`)
            ante = self.full_name(resolved(ante), orgs, named, text)
            out.append(OrgRef(text[m.start():end], m.start(), end, ante))
        return out

    def noun_hits(self, text: str, lowered: str | None = None) -> Iterable[re.Match[str]]:
        """`noun_re`'s matches (read their spans, not their text): found on the lowercased
        text where lowercasing keeps every offset and no character folds to an ASCII letter
        under IGNORECASE only (`ſ`, the Kelvin sign, the Turkish i's), else on the text."""
        low = text.lower() if lowered is None else lowered
        if len(low) != len(text) or IGNORECASE_ONLY.search(text):
            return self.noun_re.finditer(text)
        return self.noun_low.finditer(low)

    def poss_before_titles(self, text: str, ents: list[Ent]) -> list[re.Match[str]]:
        """The possessives `references` can use: those `poss_reach` characters or less
        before a TITLE (with the adjective between, the title starts right after), found
        only there. `its` opens at every `i` of the text, and a scan of the whole text
        for it cost as much as the rest of the sweep."""
        if self.poss_reach is None:
            return list(self.poss_re.finditer(text))
        found: dict[int, re.Match[str]] = {}
        reach = self.poss_reach
        for e in ents:  # (the engine sees the text before a window: its `\b` holds)
            if e.label_ == "TITLE":
                for m in self.poss_re.finditer(text, max(0, e.start_char - reach), e.start_char):
                    found.setdefault(m.start(), m)
        return [found[k] for k in sorted(found)]

    def full_name(self, org: Ent, orgs: list[Ent], named: dict[str, Ent], text: str) -> Ent:
        if org.text not in named:
            named[org.text] = self.fullest(org, orgs, text)
        return named[org.text]

    @staticmethod
    def named_after(text: str, end: int, by_start: dict[int, Ent]) -> bool:
        """`the firm Acme`, `the bank HSBC`: a name follows, the noun is its apposition."""
        nxt = by_start.get(end + 1)
        if nxt is not None:
            return nxt.label_ != "TITLE"
        return bool(re.match(r" [A-Z]", text[end:end + 2]))

    @staticmethod
    def repeated(refs: list[OrgRef]) -> Ent | None:
        """The mention definite descriptions repeat at least twice, when only one is."""
        counts = Counter(id(r.antecedent) for r in refs)
        top = [k for k, n in counts.items() if n >= 2]
        if len(top) != 1:
            return None
        return next(r.antecedent for r in refs if id(r.antecedent) == top[0])

    def members_body(self, subject: Ent) -> bool:
        """`"...," said Executive Director Jane Roe`, `Chair Lisa Tran noted`: a members'
        body's own release (a chamber, an association) names its officers by their post
        before the name, as a company's release does; public offices are excluded apart
        (`office`), and a government's release names visitors so too (`President X`), so
        there a post before the name takes no org."""
        return bool(self.words(subject.text) & self.members)

    def academic_body(self, subject: Ent) -> bool:
        """`the Chancellor, the Hon. X`, `said Provost Jane Roe`: a university's own release
        names its officers by their post before the name, as a company's does."""
        return bool(self.words(subject.text) & self.campus)

    def office(self, title: Ent, company: bool = False) -> bool:
        """A public office (never the subject's post), or, for a company subject, an
        academic title (a university's post, not a company's)."""
        return any(self.office_re.search(t) or company and self.academic_re.search(t)
                   for t in (title._.value or "", title.text))

    def posted(self, title: Ent) -> bool:
        """A post that represents a state abroad (`Ambassador`): a state's, whatever body's
        people it is listed with."""
        return any(self.posted_re.search(t) for t in (title._.value or "", title.text))

    def corporate_post(self, title: Ent) -> bool:
        """A place's title that companies have too (`chief executive`): in a company's
        release it is the company's post, and in a members' body's (a chamber's chief
        executive runs its secretariat)."""
        return (title._.value or title.text).lower() in self.corporate

    def own_body(self, title: Ent) -> bool:
        """`group CEO`, `company secretary`: a title that opens with a noun for its body
        names that body itself, as a title fused with its ministry does (GUIDELINES:
        `外长`), so it takes no organisation from the release."""
        first = title.text.split(maxsplit=1)[0].lower()
        return " " in title.text and first in self.mode
