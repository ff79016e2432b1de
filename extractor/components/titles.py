"""TITLE: positions held by people, parsed as modifiers + head (+ complement), not listed.

A flat list of titles would need every `executive vice chairman` spelled out; the
grammar instead finds a head (`chairman`, `会长`) with an automaton and extends it
leftwards through the modifiers its class accepts (`vice`, `常务副`, `驻华`), so the
value is composed from parts and a new rank is one data row. Each head match costs a
bounded amount of work, so the whole pass is linear in the text.

Precision comes from context, never from the PERSON/ORG recognizers (they run later):
block strings keep heads out of longer words (`委员会`, `书记处`), `weak` heads need
holder evidence next to them, and English abbreviations count only once the document
defines or expands them.
"""

from __future__ import annotations

import re
import string
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field
from spacy.language import Language
from spacy.tokens import Doc

from .. import memo
from ..memo import Memo
from ..candidates import Candidate, WordScan, candidates, lower_text, norm_text, word_scan
from ..lexicon import Occurrences, read_jsonl, read_tsv, split_aliases
from ..normalise.titles import compose, initials
from .base import DataComponent
from .org_patterns import OrgPattern
from .regions import RegionRow
from .title_context import Context, ContextRow
from .title_fields import FieldsBefore
from .title_portfolio import FUNCTION_WORDS, HELD_AT, Portfolios, area_classes
from .title_zh import HanTitleGrammar

MAX_MODIFIERS = 4
COORD = re.compile(r" (?:and|&) \Z")
HOLDER_TO_BE = ("-elect", "-designate")  # a title holder-to-be: `President-elect`, `Chair-designate`
VICE = re.compile(r"\bvice\b")
CHIEF_FIELD = re.compile(r"(?<![\w-])chief ((?:[a-z][a-z-]+ ){1,2})\Z")
# Chinese writes a post's field outside its `副` (`销售副总裁`, `财务副总监`: the deputy post of
# the field), where English puts the rank first (`vice president of sales`): a dept noun may
# stand before this rank
BOUND_RANKS = frozenset({"副"})
SUFFIX_READS_ON = frozenset("长处")  # 秘书长, 秘书处: a post's suffix that starts another word
ASCII_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)


class HeadRow(BaseModel):
    form: str
    value: str
    klass: str = Field(alias="class")
    strength: Literal["strong", "weak", "strict", "abbr", "prefix", "bound"]
    zh: str = ""
    plural: str = ""
    complements: str = ""
    need_before: str = ""
    vice: str = ""


class ModifierRow(BaseModel):
    form: str
    value: str
    kind: Literal["rank", "dept", "post"]
    heads: str
    zh: str = ""


@dataclass(frozen=True, slots=True)
class Head:
    form: str
    value: str
    klass: str
    strength: str
    zh: str = ""
    complement: str = ""
    need_before: tuple[str, ...] = ()
    plural: bool = False
    vice: str = ""


JOINED_POST = re.compile(r" (?:and|&) ")  # a weak head joined to the post before it
JOINED_POST_HAN = re.compile(r"和|及|与|兼|以及")  # `非执行董事和监事`, `董事兼总经理`


def expand_heads(rows: list[HeadRow], mods: list[ModifierRow] = (),
                 board: Collection[str] = ()) -> list[Head]:
    """Every surface a head row stands for: itself, plurals and `head of complement`.
    The complement `@dept` stands for every field noun the head's class takes before it
    (`purchasing director` → `director of purchasing`), so one list serves both orders;
    `@board` for a board's committees named by one or two of its functions (`board`)."""
    heads: list[Head] = []
    for r in rows:
        need = tuple(split_aliases(r.need_before))
        heads.append(Head(r.form, r.value, r.klass, r.strength, r.zh, "", need, vice=r.vice))
        heads += [Head(p, r.value, r.klass, r.strength, r.zh, "", need, True)
                  for p in split_aliases(r.plural)]
        for comp in _complements(r, mods, board):
            heads.append(Head(f"{r.form} of {comp}", r.value, r.klass, "strong", r.zh, comp))
            heads += [Head(f"{p} of {comp}", r.value, r.klass, "strong", r.zh, comp, (), True)
                      for p in split_aliases(r.plural)]
    return heads


def _complements(row: HeadRow, mods: Iterable[ModifierRow], board: Collection[str] = ()) -> list[str]:
    out: list[str] = []
    for comp in split_aliases(row.complements):
        if comp == "@board":  # `the audit and risk committee` (org_patterns' board_function rows)
            out += [f"the {a} committee" for a in board]
            out += [f"the {a} and {b} committee" for a in board for b in board if a != b]
            continue
        if comp != "@dept":
            out.append(comp)
            continue
        out += [m.form for m in mods if m.kind == "dept" and m.form not in out
                and {"*", row.klass} & set(split_aliases(m.heads))]
    return out


def region_posts(prefixes: list[ModifierRow], regions: list[RegionRow]) -> dict[str, ModifierRow]:
    """`驻` + any region's Chinese name (`驻上海`, `驻美国`, `驻福建`) as a post modifier:
    the place list is the region lexicon, not a copy of it."""
    posts: dict[str, ModifierRow] = {}
    for p in prefixes:
        for r in regions:
            for alias in [r.name_zh, *split_aliases(r.aliases_zh)]:
                if len(alias) > 1:
                    posts.setdefault(p.form + alias, ModifierRow(
                        form=p.form + alias, value=r.name_en, kind="post", heads=p.heads))
    return posts


class HeadAutomaton:
    """Every occurrence of every head (overlaps included), so that the caller can
    prefer the longest; English occurrences must stand on word boundaries."""

    def __init__(self, forms: Iterable[str], *, word_boundaries: bool) -> None:
        self.word_boundaries = word_boundaries
        self.forms = list(dict.fromkeys(forms))  # the automaton's words, in its order (candidates.WordScan)
        self.automaton = Occurrences((form, None) for form in self.forms)

    def spans(self, text: str, shared: tuple[list[tuple[int, int, int]], list[int]] | None = None
              ) -> list[tuple[int, int]]:
        """`shared`: the document's occurrences of the pipeline's words in `text` and this
        automaton's table of them (candidates.WordScan), read in place of a pass of its own."""
        if shared is not None:
            hits, table = shared
            found = [(start, end, None) for i, start, end in hits if table[i] >= 0]
        else:
            found = self.automaton.find(text)
        if not self.word_boundaries:
            return [(start, end) for start, end, _ in found]
        n = len(text)
        out = []
        for start, end, _ in found:  # (a word character on both sides of an edge: tested inline, per raw match)
            if start:
                a, b = text[start - 1], text[start]
                if (a.isalnum() or a == "_") and (b.isalnum() or b == "_"):
                    continue
            if end < n:
                a, b = text[end], text[end - 1]
                if (a.isalnum() or a == "_") and (b.isalnum() or b == "_"):
                    continue
            out.append((start, end))
        return out


class TitleRecognizer(DataComponent):
    FILES = {"heads": True, "modifiers": True, "context": False, "regions": False,
             "org_patterns": False, "given": False, "person_context": False, "syllables": False}

    def __init__(self, nlp: Language, name: str, script: str) -> None:
        super().__init__(nlp, name)
        self.script = script  # "latin" or "han"
        self._place_ends: tuple[object, dict[int, int]] = (None, {})
        self.shared_words: WordScan | None = None  # (set by `load` for an English pipeline)

    @property
    def latin(self) -> bool:
        return self.script == "latin"

    def load(self, files: dict[str, Path]) -> None:
        mods = read_tsv(files["modifiers"], ModifierRow)
        patterns = read_jsonl(files["org_patterns"], OrgPattern) if "org_patterns" in files else []
        heads = expand_heads(read_tsv(files["heads"], HeadRow), mods,
                             sorted({p.text.lower() for p in patterns if p.kind == "board_function"}))
        prefixes = [m for m in mods if m.value == "@regions"]
        mods = [m for m in mods if m.value != "@regions"]
        regions = read_tsv(files["regions"], RegionRow) \
            if "regions" in files and (prefixes or not self.latin) else []
        self.posts = region_posts(prefixes, regions)
        self.post_prefixes = sorted({p.form for p in prefixes})
        self.post_window = max((len(f) for f in self.posts), default=0)
        rows = read_tsv(files["context"], ContextRow) if "context" in files else []
        self.context = Context(rows, latin=self.latin)
        tails = {p.text for p in patterns if p.kind == "short_tail"}
        self.portfolios = self._portfolios(rows, mods, tails) if self.latin else None
        self.fields = self._fields(rows, mods) if self.latin else None
        if self.portfolios is not None:  # `Vice President, Acme Authority,`: a body's head word
            self.portfolios.org_heads = frozenset(p.text for p in patterns if p.kind in ("head", "legal"))
        if self.portfolios is not None and "given" in files:  # a name running on after a post
            from .persons import GivenRow  # (persons reads the title heads: imported here)
            self.portfolios.given = self.context.given = frozenset(
                r.name for r in read_tsv(files["given"], GivenRow))
        if self.portfolios is not None and "syllables" in files:  # `Chen Weiming`: no gerund
            from .persons import SyllableRow
            self.portfolios.syllables = frozenset(
                r.syllable for r in read_tsv(files["syllables"], SyllableRow))
        if "person_context" in files:  # heads that are also given names (`Dean`, `Major`)
            from .persons import read_context
            self.context.given_names = frozenset(
                read_context(files["person_context"]).get("given_title", ()))
        self.heads = {h.form: h for h in heads}
        if self.portfolios is not None:  # `…, Chief Executive Officer and President`: posts, no fields
            self.portfolios.title_words = frozenset(
                f.title() for f in self.heads if f.isascii() and f.isalpha()) - {
                w.title() for w in self.portfolios.nouns}
        # Chinese heads that end in a shorter head (`党委书记` → `书记`): the shorter one is a
        # fallback candidate where an organisation takes the first characters
        self.tails = {} if self.latin else {
            f: self.heads[f[i:]] for f in self.heads for i in range(len(f) - 2, 0, -1)
            if f[i:] in self.heads and f[i - 1] in self.context.org_suffix}
        # lowercase forms match case-insensitively; capitalised ones (CEO, DDG) exactly
        fold = [h.form for h in heads if h.form == h.form.lower()]
        exact = [h.form for h in heads if h.form != h.form.lower()]
        self.folded = HeadAutomaton(fold, word_boundaries=self.latin)
        self.exact = HeadAutomaton(exact, word_boundaries=self.latin)
        # the lowercase heads are looked for in the pass over the lowered text that the
        # pipeline's other readers of English words share (candidates.WordScan)
        self.shared_words = word_scan(self.nlp) if self.latin else None
        if self.shared_words is not None:
            self.shared_words.register(self.name, self.folded.forms)
        self.modifiers = {m.form: m for m in mods}
        self.bound_ranks = frozenset() if self.latin else BOUND_RANKS
        self.mod_classes = {m.form: set(split_aliases(m.heads)) for m in mods}
        # a modifier ends where the separators before the head begin (no form starts or
        # ends with one), so the longest one there is found by a lookup per listed length
        self.mod_lengths = sorted({len(f) for f in self.modifiers}, reverse=True)
        self.window = max(self.mod_lengths, default=0) + 3
        # the last three characters of each form (forms under three whole): a test of the
        # text before `listed_modifier`'s lookups, which most places pass without a form
        self.mod_ends = frozenset(f[-3:] for f in self.modifiers if len(f) >= 3)
        self.mod_short = frozenset(f for f in self.modifiers if len(f) < 3)
        self.parsed = Memo(memo.WORDS)  # (head, modifiers, surface) -> (value, attrs)
        self.abbr_def = re.compile(r"[ \t]*\(([A-Z]{2,6})\)")
        self.suffix_starts = frozenset() if self.latin else frozenset(
            f[0] for f in self.context.post_suffix)
        self.han = None if self.latin else HanTitleGrammar(
            {a for r in regions for a in [r.name_zh, *split_aliases(r.aliases_zh)] if a}
            if regions else set(), {r.form for r in rows if r.kind == "body_word"})

    @staticmethod
    def _portfolios(rows: list[ContextRow], mods: list[ModifierRow],
                    tails: set[str] = frozenset()) -> Portfolios | None:
        def kind(k: str) -> set[str]:
            return {r.form for r in rows if r.kind == k}

        def ordered(k: str) -> list[str]:  # (as the file lists them: the words of one alternation)
            return [r.form for r in rows if r.kind == k]
        nouns = kind("portfolio") | {m.form for m in mods if m.kind == "dept"}
        if not nouns:
            return None
        return Portfolios(nouns, kind("body_word"), kind("open_class"), kind("report_verb"),
                          kind("portfolio_class"),
                          area_classes([r.form for r in rows if r.kind == "area_class"]),
                          kind("branch_class"), tails, kind("field_adjective"),
                          kind("division_word"), goes_on=ordered("word_goes_on"),
                          function_before=ordered("function_before"))

    @staticmethod
    def _fields(rows: list[ContextRow], mods: list[ModifierRow]) -> FieldsBefore | None:
        """One vocabulary of field nouns for every head class that takes one (title_fields)."""
        classes = {r.form for r in rows if r.kind == "field_class"}
        bodies = {r.form: frozenset(split_aliases(r.applies)) for r in rows if r.kind == "body_post"}
        if not classes and not bodies:
            return None
        nouns = {r.form for r in rows if r.kind == "portfolio"} | \
            {m.form for m in mods if m.kind == "dept" and m.form == m.form.lower()}
        return FieldsBefore(nouns, {r.form for r in rows if r.kind == "field_adjective"},
                            classes, bodies, stop=("and", "&", "the", "new"))

    def field_before(self, text: str, low: str, start: int, mods: list[ModifierRow],
                     head: Head, floor: int, places) -> tuple[int, list[ModifierRow]]:
        """`Commerce Director`, `Deputy City Manager`: field or body words before the head
        that the listed modifiers did not take (title_fields); ranks may stand before them."""
        if any(m.kind != "dept" for m in mods) or not self.fields.capital_before(text, start, floor):
            return start, mods
        dept = " ".join(m.form for m in mods)
        ends = None
        for at, phrase in self.fields.before(text, start, floor, head.klass, dept):
            lead, ranks = self.modifiers_before(low, at, floor, head)
            if any(m.kind != "rank" for m in ranks):
                continue
            if ends is None:
                ends = {e: s for s, (e, _) in places.items()} if isinstance(places, Mapping) else {}
            if not self.fields.opens(text, lead, floor, ends, self.fields.is_body(phrase, head.klass),
                                     lead < at):
                continue
            form = f"{phrase} {dept}" if dept else phrase
            return lead, ranks + [ModifierRow(form=form, value=form, kind="dept", heads=head.klass)]
        return start, mods

    def with_portfolio(self, text: str, end: int, head: Head,
                       places: Collection[int] = frozenset(), start: int = -1) -> tuple[int, Head]:
        """`Secretary for Security`, `head of retail banking`: the portfolio after the head
        is part of the title (see `title_portfolio`); `-elect` and `-designate` too."""
        for suffix in HOLDER_TO_BE:
            if text.startswith(suffix, end) or text.startswith(suffix.title(), end):
                return end + len(suffix), replace(head, value=head.value + suffix)
        if self.portfolios is None:
            return end, head
        if head.complement:  # `Minister of Industry and Trade`: a field joined to the listed one
            joined = self.portfolios.joined_field(text, end)
            if joined is not None:
                return joined[0], replace(head, complement=f"{head.complement} {joined[1]}")
            longer = self.longer_field(text, end, head, places)
            if longer is not None:
                return longer
        # `Secretary of State for Business and Trade`: a portfolio after the complement too
        # and a list of portfolios after it (`Minister of Economy, Trade and Industry`)
        # a C-suite `Chief X Officer` names its field already: `of` + capitals after it is the
        # company (`Chief Financial Officer of Tidewater Logistics`), never a portfolio
        preps = (" for ", ", ") if head.complement else \
            (" for ",) if head.form.endswith("officer") else (" for ", " of ")
        got = self.portfolios.extend(text, end, head.klass, places, preps, start)
        if got is None:
            branch = self.portfolios.branch(text, end, head.klass, places)
            if branch == end:
                return end, head
            # `Deputy Vice-Chancellor (Research)`, `Permanent Secretary (Trade)`
            got = branch, " ".join(text[end:branch].split()).lower()
        sep = "" if got[1].startswith(",") else " "
        complement = f"{head.complement}{sep}{got[1]}" if head.complement else got[1]
        return got[0], replace(head, complement=complement, strength="strong")

    def longer_field(self, text: str, end: int, head: Head,
                     places: Collection[int]) -> tuple[int, Head] | None:
        """`Head of Media Relations`, `Director of Corporate Communications`: a listed field
        (`head of media`) that is only the first word of a longer portfolio, which is read
        from the bare head as any other portfolio is."""
        base = self.heads.get(head.form[:-len(" of " + head.complement)])
        if base is None or not text.startswith(" ", end) or not text[end + 1:end + 2].isalpha():
            return None
        at = end - len(head.complement) - len(" of ")
        got = self.portfolios.extend(text, at, base.klass, places, (" of ",))
        if got is None or got[0] <= end or not HELD_AT.match(text, got[0]) and not all(
                self.portfolios.is_noun(w.lower()) or w.lower() in ("and", "&")
                for w in text[end:got[0]].split()):
            return None  # only field nouns go on from the listed one (not `of Mission Jo Roe`),
            # or a run the body it is held at closes (`Head of Business Area Wind at Acme`)
        return got[0], replace(base, complement=got[1], strength="strong")

    # -- grammar ------------------------------------------------------------------------
    def head_matches(self, text: str, low: str, shared: tuple | None = None) -> list[tuple[int, int, Head]]:
        """Heads that stand as words; where two overlap the longer wins, wherever it
        starts (`协会董事长` is `董事长`, not `会董`). `shared`: the lowercase heads' occurrences
        in `low`, as `HeadAutomaton.spans` reads them."""
        found: list[tuple[int, int, Head]] = []
        for automaton, hay, hits in ((self.folded, low, shared), (self.exact, text, None)):
            for s, e in automaton.spans(hay, hits):
                head = self.heads[hay[s:e]]
                if not self.context.blocked(hay, s, e, head):
                    found.append((s, e, head))
        found.sort(key=lambda m: (m[0] - m[1], m[0]))
        taken = bytearray(len(text) + 1)
        kept: list[tuple[int, int, Head]] = []
        for s, e, head in found:
            if not any(taken[s:e]):
                taken[s:e] = b"\x01" * (e - s)
                kept.append((s, e, head))
        kept.sort(key=lambda m: m[0])
        return kept

    def modifiers_before(self, low: str, start: int, floor: int,
                         head: Head) -> tuple[int, list[ModifierRow]]:
        """Walk left from the head through applicable modifiers: dept nouns sit next to
        the head, ranks further out (`deputy Party secretary`)."""
        mods: list[ModifierRow] = []
        for _ in range(MAX_MODIFIERS):
            found = self.modifier_ending(low, start, floor)
            if found is None:
                break
            row, at = found
            if not self.takes(row, head):
                break
            if row.kind == "dept" and any(x.kind != "dept" and x.form not in self.bound_ranks
                                          for x in mods):
                break
            if row.kind == "post" and any(x.kind == "post" for x in mods):
                break
            if row.kind == "dept":
                row, at = self.coordinated(low, row, at, floor, head)
            mods.insert(0, row)
            start = at
        if not mods and head.strength == "bound" and self.latin and "chief" in self.modifiers:
            m = CHIEF_FIELD.search(low, max(floor, start - 40), start)
            if m is not None and not set(m.group(1).split()) & FUNCTION_WORDS:
                # `Chief Scientific Officer`, `chief people officer`: the C-suite shape takes
                # any field, listed or not
                field = m.group(1).strip()
                mods = [self.modifiers["chief"],
                        ModifierRow(form=field, value=field, kind="dept", heads=head.klass)]
                start = m.start()
        return start, mods

    def rank_over_place(self, low: str, start: int, mods: list[ModifierRow], floor: int,
                        head: Head, places) -> tuple[int, list[ModifierRow]]:
        """`Principal Hong Kong Economic and Trade Representative`: a rank written before a
        place that stands before the post ranks the whole post, so the place sits inside the
        title (a rank cannot be cut from its post) and the title starts at the rank. A place
        before the post with no rank before it stays a REGION (`U.S. Commerce Secretary`)."""
        if not isinstance(places, Mapping) or low[start - 1:start] != " ":
            return start, mods
        if self._place_ends[0] is not places:  # the places' ends, indexed once per text
            self._place_ends = (places, {end: p for p, (end, _) in places.items()})
        place = self._place_ends[1].get(start - 1)
        if place is None:
            return start, mods
        at, ranks = self.modifiers_before(low, place, floor, head)
        if not ranks or any(m.kind != "rank" for m in ranks):
            return start, mods
        return at, ranks + mods

    def modifier_of_next(self, low: str, matches: list[tuple[int, int, Head]], i: int,
                         places=frozenset()) -> bool:
        """`Chief Digital Officer`: a head that is also a rank word (`chief`) is a
        modifier when the next head takes it in, across a place too (`Principal Hong Kong
        Economic and Trade Representative`: see `rank_over_place`)."""
        s, e, head = matches[i]
        if i + 1 >= len(matches) or head.form.lower() not in self.modifiers:
            return False
        ns, _, nxt = matches[i + 1]
        if ns - e > self.window:
            return False
        start, mods = self.modifiers_before(low, ns, s, nxt)
        if start > s and self.latin and places:
            start, _ = self.rank_over_place(low, start, mods, s, nxt, places)
        return start <= s

    def coordinated(self, low: str, row: ModifierRow, at: int, floor: int,
                    head: Head) -> tuple[ModifierRow, int]:
        """`Sales and Marketing Manager`, `Environment and Climate Change Minister`: two
        field nouns joined by `and`/`&` before the head make one field."""
        m = COORD.search(low, max(floor, at - 6), at)
        if m is None:
            return row, at
        found = self.modifier_ending(low, m.start() + 1, floor)
        if found is None or found[0].kind != "dept":
            return row, at
        other, start = found
        if not self.takes(other, head):
            return row, at
        values = [other.value, row.value]
        while low.startswith(", ", start - 2):  # `Investment, Trade and Industry Cabinet Secretary`
            lo = max(floor, start - self.window)
            found = self.listed_modifier(low[lo:start - 2] + " ", start - 1 - lo, 0)
            if found is None or found[0].kind != "dept":  # (a listed field of any class:
                break  # the fields after it already say which post it is)
            values.insert(0, found[0].value)
            start = lo + found[1]
        joined = low[start:at + len(row.form)]
        value = ", ".join(values[:-1]) + " and " + values[-1]
        return ModifierRow(form=joined, value=value, kind="dept",
                           heads=row.heads, zh=other.zh + row.zh if other.zh and row.zh else ""), start

    def takes(self, row: ModifierRow, head: Head) -> bool:
        """Whether the modifier `row` may stand before `head`'s class."""
        allowed = self.mod_classes.get(row.form) or set(split_aliases(row.heads))
        return "*" in allowed or head.klass in allowed

    def modifier_ending(self, low: str, end: int, floor: int) -> tuple[ModifierRow, int] | None:
        """The longest modifier that ends at `end`: a listed one, or a region post
        (`驻` + place), found from the nearest prefix so the place list costs no regex."""
        best = self.listed_modifier(low, end, max(floor, end - self.window))
        lo = max(floor, end - self.post_window)
        for prefix in self.post_prefixes:
            at = low.rfind(prefix, lo, end)
            row = self.posts.get(low[at:end]) if at >= 0 else None
            if row is not None and (best is None or at < best[1]):
                best = (row, at)
        return best

    def listed_modifier(self, low: str, end: int, lo: int) -> tuple[ModifierRow, int] | None:
        """The longest listed modifier in low[lo:end] that ends at `end` (Chinese) or before
        the separators (spaces, hyphens) that end there (Latin), starting at a word's edge:
        what a regex of the forms anchored at `end` finds, at one dict lookup per length
        instead of the alternation tried at every position of the window."""
        k, latin = end, self.latin
        if latin:
            while k > lo and low[k - 1] in " -":
                k -= 1
            if k == end:
                return None
        # no form ends with these last characters (most calls): none ends at k
        if low[k - 3:k] not in self.mod_ends and low[k - 2:k] not in self.mod_short \
                and low[k - 1:k] not in self.mod_short:
            return None
        modifiers = self.modifiers
        for n in self.mod_lengths:
            at = k - n
            if at < lo:
                continue
            # (a Latin start inside a word is looked at before the slice and its lookup:
            # most lengths start inside one, and this runs for every title candidate)
            if latin and at and ((ch := low[at - 1]).isalnum() or ch in "_-"):
                continue  # (a word character or `-` before: inside a word)
            row = modifiers.get(low[at:k])
            if row is not None:
                return row, at
        return None

    def candidate(self, start: int, end: int, head: Head, mods: list[ModifierRow],
                  surface: str) -> Candidate:
        key = (head.form, tuple(m.form for m in mods), surface)
        parsed = self.parsed.get(key)
        if parsed is None:
            parsed = self.parsed.put(key, self.parse(head, mods, surface))
        value, attrs = parsed
        # a head that needed a context word (文莱 + 苏丹) outranks an equal-length reading
        # of the same characters as a place (苏丹, Sudan)
        priority = 1 if head.need_before else 0
        return Candidate(start, end, "TITLE", value, f"{self.script}.title.{head.klass}",
                         dict(attrs), priority)

    def parse(self, head: Head, mods: list[ModifierRow], surface: str) -> tuple[str, dict]:
        """The canonical value and the parsed parts of one title (memoised per form:
        documents repeat the same few titles)."""
        post = next((m.value for m in mods if m.kind == "post"), None)
        ranks = [m.value for m in mods if m.kind != "post"]
        if head.vice:
            ranks = [VICE.sub(head.vice, r) for r in ranks]
        value = compose(ranks, head.value, head.complement or None, post)
        attrs = {"modifiers": [m.form for m in mods], "head": head.form,
                 "head_value": head.value, "class": head.klass}
        if head.complement:
            attrs["complement"] = head.complement
        if head.plural:
            attrs["plural"] = True
        if post:
            attrs["post"] = post
        if self.latin:
            attrs["en"] = surface
            if head.zh and all(m.zh for m in mods):
                attrs["zh"] = "".join(m.zh for m in mods) + head.zh
        else:
            attrs["zh"] = surface
            attrs["en"] = value
        return value, attrs

    # -- document -----------------------------------------------------------------------
    def find(self, text: str, places: Collection[int] = frozenset(),
             lowered: str | None = None, shared: tuple | None = None) -> list[Candidate]:
        """`places`: where REGION candidates start (a portfolio never runs over a place:
        `Special Representative for Syria`); `shared`: the lowercase heads' occurrences in
        `lowered` (`HeadAutomaton.spans`)."""
        low = (text.lower() if lowered is None else lowered) if self.latin else text
        if len(low) != len(text):  # a few non-ASCII capitals lowercase to two characters
            low = text.translate(ASCII_LOWER)
            shared = None
        found: list[tuple[Candidate, Head]] = []
        last_end = 0
        matches = self.head_matches(text, low, shared)
        for i, (s, e, head) in enumerate(matches):
            if s < last_end or self.modifier_of_next(low, matches, i, places):
                continue
            if head.complement and self.portfolios is not None \
                    and self.portfolios.body_follows(text, e, places):
                # `Director of Finance Department`: the field is a body's name, the head alone
                # is the title (its portfolio is then read as any other's)
                base = self.heads.get(head.form[:-len(" of " + head.complement)])
                if base is not None:
                    e, head = s + len(base.form), base
            start, mods = self.modifiers_before(low, s, last_end, head)
            if self.fields is not None and start > 1 and text[start - 1] == " " \
                    and text[text.rfind(" ", 0, start - 1) + 1].isupper():
                # (a capitalised word right before: two C calls keep most heads out of it)
                start, mods = self.field_before(text, low, start, mods, head, last_end, places)
            if mods and mods[0].form in self.context.acting_verbs \
                    and text.startswith(self.context.post_after, e):
                start, mods = start + len(mods[0].form), mods[1:]  # the verb, not the rank
            if self.latin and places:
                start, mods = self.rank_over_place(low, start, mods, last_end, head, places)
            if not self.latin and not mods and head.form in self.context.fused:
                fused = self.han.fused_start(text, start, last_end, self.context.fused[head.form])
            else:
                fused = start
            lead = fused
            if fused < start:
                # `副组织部长`: ranks stand before a title fused with its department as before
                # any other (`副` + `组织部长`)
                at, ranks = self.modifiers_before(low, fused, last_end, head)
                if ranks and all(m.kind == "rank" for m in ranks):
                    lead, mods = at, ranks
            if not self.latin and fused == start:
                lead = self.han.affairs_start(text, lead, last_end)
            joined = JOINED_POST if self.latin else JOINED_POST_HAN
            if not self.context.holder(text, low, start, e, head, bool(mods)) and not (
                    head.strength == "weak"
                    and (found and joined.fullmatch(text, found[-1][0].end, start)
                         or self.joined_next(text, matches, i, e, joined))):
                continue  # (`Chief Executive Officer and Co-Founder`, `its founder and
                # Chairman`: one holder's two posts)
            e, head = self.with_portfolio(text, e, head, places, lead)
            if text[e:e + 1] in self.suffix_starts:  # (one set lookup per title: `助`, `秘`)
                e, head = self.served_post(text, e, head)
            cand = self.candidate(lead, e, head, mods, text[lead:e])
            if fused < start or not self.latin and head.form in self.context.fused \
                    and mods and all(m.kind == "dept" for m in mods):
                # the department is in the title (`组织部长`, `外交部长`): no other body
                cand.attrs = dict(cand.attrs, fused=True, zh=text[lead:e])
            found.append((cand, head))
            tail = self.tails.get(head.form)
            if tail is not None and not mods and fused == start:
                # `中共某省党委书记`: where a body takes `党委`, `书记` is the title left
                t = self.candidate(e - len(tail.form), e, tail, [], tail.form)
                t.attrs = dict(t.attrs, fallback=True)
                found.append((t, tail))
            if not self.latin and len(mods) > 0 and fused == start and len(mods[0].form) > 1 \
                    and mods[0].form[-1] in self.context.org_suffix:
                # `某地工商大会副主席`: a modifier ending as a body's head (`大会`) may be the
                # body's last word; the title without it is the fallback, as for `tails`
                at = start + len(mods[0].form)
                t = self.candidate(at, e, head, mods[1:], text[at:e])
                t.attrs = dict(t.attrs, fallback=True)
                found.append((t, head))
            last_end = e
        found = self.context.drop_generic_lists(text, found)
        if self.latin:
            return self.with_abbreviations(text, found)
        return self.han.joined(text, found)

    def served_post(self, text: str, end: int, head: Head) -> tuple[int, Head]:
        """`董事长助理`, `所长助理`, `董事长秘书`: the assistant or secretary of a post holds a post
        of their own (GUIDELINES: the position the person holds), so the suffix is in the title;
        not where it starts a longer word (`秘书长`, `秘书处`)."""
        for form, word in self.context.post_suffix.items():
            after = end + len(form)
            if text.startswith(form, end) and text[after:after + 1] not in SUFFIX_READS_ON:
                return after, replace(head, form=head.form + form,
                                      value=f"{word} to the {head.value}")
        return end, head

    @staticmethod
    def joined_next(text: str, matches: list, i: int, end: int,
                    joined: re.Pattern[str] = JOINED_POST) -> bool:
        """Whether a strong head follows right after `and` (`founder and Chairman`): the weak
        head is then the same holder's other post, as after one."""
        if i + 1 >= len(matches):
            return False
        s, _, head = matches[i + 1]
        return head.strength == "strong" and joined.fullmatch(text, end, s) is not None

    def with_abbreviations(self, text: str,
                           found: list[tuple[Candidate, Head]]) -> list[Candidate]:
        """`assistant director-general (ADG)` defines ADG for the whole document; a lexicon
        abbreviation (`CG`) stands only where the document defines or expands it."""
        plain = [c for c, h in found if h.strength != "abbr"]
        defined: dict[str, Candidate] = {}
        for c in plain:
            m = self.abbr_def.match(text, c.end)
            if m and m.group(1) == initials(text[c.start:c.end]):
                defined.setdefault(m.group(1), c)
        values = {c.value for c in plain}
        out = plain + [c for c, h in found if h.strength == "abbr"
                       and (c.value in values or text[c.start:c.end] in defined)]
        taken = {(c.start, c.end) for c in out}
        if defined:
            pattern = re.compile(r"\b(" + "|".join(map(re.escape, defined)) + r")\b")
            for m in pattern.finditer(text):
                if (m.start(), m.end()) not in taken:
                    src = defined[m.group(1)]
                    attrs = dict(src.attrs, abbreviation=m.group(1), en=m.group(1))
                    out.append(Candidate(m.start(), m.end(), "TITLE", src.value,
                                         "latin.title.abbr", attrs))
        out.sort(key=lambda c: c.start)
        return out

    def __call__(self, doc: Doc) -> Doc:
        found = candidates(doc)
        # where each place starts -> its end and kind (`Head of Asia Pacific`: a remit)
        places = {c.start: (c.end, (c.attrs or {}).get("type")) for c in found
                  if c.label == "REGION"} if self.latin else {}
        text = norm_text(doc)
        shared = None
        if self.shared_words is not None:
            hits = self.shared_words.occurrences(doc, text)
            shared = (hits, self.shared_words.table(self.name)) if hits is not None else None
        titles = self.find(text, places, lower_text(doc, text) if self.latin else None, shared)
        if not self.latin:
            shared_designator(found, titles, text)
        found.extend(titles)
        return doc


FUSED_DESIGNATORS = frozenset("省市县区州")  # 广东省长, 台中市长, 花莲县长: the title's first character


def shared_designator(found: list[Candidate], titles: list[Candidate], text: str) -> None:
    """`广东省长`, `臺中市長`, `花蓮縣長`: a place's designator is the first character of the
    title fused to it (省长 of 广东), and the guidelines give the title its whole word: the
    place keeps its name without the designator (广东 + 省长), as `杭州市长` segments anyway.
    A name of one character before the designator keeps it (沙市 is the name)."""
    starts = {t.start for t in titles if t.length >= 2}
    for c in found:
        if c.label == "REGION" and c.end - 1 in starts \
                and text[c.end - 1] in FUSED_DESIGNATORS and c.end - 1 - c.start >= 2:
            c.end -= 1


@Language.factory("pressner_titles", default_config={"script": "latin"})
def make_titles(nlp: Language, name: str, script: str) -> TitleRecognizer:
    return TitleRecognizer(nlp, name, script)
