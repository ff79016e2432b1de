"""DATE: calendar expressions in English and Chinese, their ISO values and the doc date.

All patterns and words are data (models/<lang>/dates.jsonl, date_words.tsv,
date_header.tsv), so one class serves both languages. Patterns match characters of
`doc._.norm_text`: traditional characters and full-width digits are already mapped, so
`2012年03月30日 10時50分` and `２０２１年` need no rules of their own.

Speed: one Aho-Corasick pass finds the anchors (digit runs, date words); each pattern is
tried only at the anchors of the kinds it starts with (`starts` in dates.jsonl), so most
of a text is never visited by a regex and no Python work is spent on it.

The component settles overlaps among its own matches (longest wins, as the resolver
does) before resolving values, because `同日`/`the same day` take the value of the
previous day-level date in reading order, and that must be a date that survives.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import pairwise
from operator import attrgetter
from pathlib import Path

from pydantic import BaseModel, field_validator
from spacy.language import Language
from spacy.tokens import Doc

from .. import memo
from ..memo import Memo
from ..candidates import Candidate, candidates, doc_text, ext, flat, set_ext
from ..errors import DataFileError
from ..lexicon import Occurrences, read_jsonl, read_tsv
from ..normalise.dates import (
    Resolved, Words, day_of, fmt, month_of, parse_iso, resolve, year_in, year_of,
)
from .base import DataComponent, Steps, drained, lockstep
from .page import MenuGrammar
from .date_editions import EditionRow, Editions

# Above this many anchors for one pattern, with anchors this close on average, one C-level
# scan of the stretch beats a Python call per anchor (adversarial `今年今年…` inputs): a
# scan costs about a third of a call per character.
DENSE_COUNT, DENSE_GAP = 256, 3
DAY_LEVEL = frozenset(("day", "hour", "minute", "second"))
LISTED = frozenset(("m", "mon"))  # a month or a day of one shares the year of the date before
BARE_WEEKDAY = frozenset(("relwd", "d", "wdj"))  # a weekday with these is no bare weekday
STRETCH_DAYS = 14  # a weekday is read inside a stretch of fewer days than this
# characters after a stretch within which a bare weekday is read in it (a schedule follows it)
STRETCH_REACH = 600
NEW_YEAR = 9  # months back from the date before that a listed month crosses the year's end
PART_OF_YEAR = frozenset(("q", "halfyear"))  # `其中四季度` after `去年`: a part of a year named
LIST_SEP = re.compile(r"\s?(?:[、,，/&]|和|及|与|以及|and|or)\s?")  # between dates of a list
COARSE = frozenset(("year", "decade", "century"))  # no `the same month` refers to these
WHOLE_YEAR = frozenset(("y", "fiscal", "ypart"))  # groups of a year named whole (`2024年度`)
BRACKET_HEAD = frozenset(("rel", "relwd", "wd", "holiday", "lm"))  # may take `(the day)` after it
DAY_NAMED = frozenset(("d", "holiday", "lm", "wd", "wdj"))  # a day that `当天` after it repeats
BRACKET_SKIP = frozenset(("d2", "rel", "wd"))  # a range or a relative day is no such gloss
VALUES_MAX = 64  # resolutions kept per distinct match (one per document date and anchor)
DIGIT_KIND = re.compile(r"digit[1-9]?")
PLACEHOLDER = re.compile(r"\{\{(@?[\w|]+)\}\}")
SENTENCE_END = re.compile(r"[。！？!?;；\n]|\.\s")
TENSE_BEFORE, TENSE_AFTER = 40, 30  # characters of the sentence read for tense markers
# a coordinator that opens another clause after the date: a tense marker past it is that
# clause's verb (`would lead a mission in November and welcomed ...`), not the date's
PERIOD_REACH = 1000  # characters after a quarter or half within which `a year ago` compares to it
PERIOD_CODE = re.compile(r"(\d{4})(-[QH][1-4])")  # a quarter's or half's value (`2026-Q3`)
ISO_WEEK = re.compile(r"(\d{4})-W(\d{2})(-WE)?")  # a week's value (`next week`, `下周`)
CLAUSE_BEFORE = 110  # characters read back to the start of a date's clause for its verb
MARKER_REACH = 24  # characters of a tense marker that begins before the near window
FRONT_BEFORE, FRONT_AFTER = 30, 120  # a fronted date's lead words; its main clause read
NEXT_CLAUSE = re.compile(r"\b(?:and|but|while|whereas)\s")
CLOCK = date.today  # the present a weekday-named day is dated near (tests fix it)
WEEKDAY_YEARS = 10  # years either side of today searched for a weekday-named day's calendar
WEEKDAY_GAP = re.compile(r"[\s,，]*[(（]?")  # between a month-day and its weekday: `3月18日（星期四`
STAMP_NEXT = "(（|｜-–—"  # what may follow a timestamp on its line (`(updated ...)`, `| Beijing`)
WRITTEN_YEAR = frozenset(
    ("y", "yy", "roc", "roc2", "roc_y2", "be", "y2", "rel", "relwd", "relmod", "decade", "dd", "century", "unit")
)


class PatternRow(BaseModel):
    id: str
    regex: str
    groups: dict[str, str] = {}
    priority: int = 0
    starts: str = ""  # `|`-separated word kinds or `digit` a match begins with; empty = anywhere
    fixed: dict[str, str] = {}  # groups every match of the pattern has (`order`: `dm` or `md`)
    # a group that another rule's match in the same document must have for this rule's
    # matches to count (`roc`: a bare `114年` is a year only where the text dates in that calendar)
    needs: str = ""


class WordRow(BaseModel):
    word: str
    kind: str
    value: str


class PastFormRow(BaseModel):
    form: str
    lemma: str


class HeaderRow(BaseModel):
    key: str
    value: str

    @field_validator("key")
    @classmethod
    def known_key(cls, v: str) -> str:
        if v not in (
            "label",
            "lines",
            "chars",
            "dateline",
            "lead",
            "digits",
            "whole_words",
            "past",
            "future",
            "report",
            "clause",
            "infinitive",
            "commitment",
            "adverbial",
            "adverbial_head",
            "dateline_after",
            "other_year",
            "other_year_after",
            "footer_lead",
            "footer_tail",
            "part_of_year",
            "until",
            "range_sep",
            "reported_year",
            "baseline",
            "calendar_cue",
            "fronted",
            "bracket_tail",
            "not_after",
            "complement",
        ):
            raise ValueError(f"unknown header key {v!r}")
        return v


@dataclass(slots=True)
class Compiled:
    row: PatternRow
    rx: re.Pattern[str]
    names: list[str]  # group name of each group number, for m.groups()
    narrow: bool  # has a `span` group
    widen: bool  # has a group inside a lookbehind: the entity starts where it does
    kinds: frozenset[str]  # anchor kinds it starts at; empty: scan the whole text
    # group tuples already checked, kept across documents (dates recur: every release of a
    # year says `2021`): the groups and their resolutions, or None for no real date
    seen: Memo = field(default_factory=lambda: Memo(memo.PATTERN_GROUPS))  # groups -> checked


@dataclass(slots=True)
class Match:
    start: int
    end: int
    rule: str
    groups: dict[str, str]
    priority: int
    values: dict[tuple, tuple]  # (resolution, day named) per (anchor, previous day), shared

    @property
    def length(self) -> int:
        return self.end - self.start


def cased(word: str) -> set[str]:
    """A word as written, capitalised (`Last`) and in capitals (`MARCH`, for headlines)."""
    return {word, word[0].upper() + word[1:], word.upper()} if word else set()


def words_regex(words: list[str]) -> str:
    """One alternation, longest first, with the capitalised and upper-case forms of each
    word. The lookahead on the possible first characters lets most positions fail at once.
    """
    forms = {f for w in words for f in cased(w)}
    firsts = "".join(sorted({re.escape(f[0]) for f in forms}))
    alts = "|".join(re.escape(f) for f in sorted(forms, key=lambda f: (-len(f), f)))
    return f"(?=[{firsts}])(?:{alts})"


def trie_regex(words: list[str]) -> str:
    """One alternation of many words written as their letter tree (`br(?:ought|oke)`): the
    regex engine tries alternatives one by one, so a flat list of some three hundred words
    would cost three hundred tries at every character; the tree costs about one."""
    tree: dict = {}
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        alts = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        end = "" in node  # a word ends here: what follows is optional
        single = len(alts) == 1 and not (end and len(alts[0]) > 1)
        body = alts[0] if single else f"(?:{'|'.join(alts)})"
        return body + ("?" if end else "")

    return emit(tree)


def anchor_automaton(
    by_kind: dict[str, list[str]], kinds: set[str], digit_classes: list[str]
) -> Occurrences:
    """Aho-Corasick over the words of the kinds patterns start with (and their capitalised
    forms) and over the digit characters: one compiled pass finds every place a pattern
    can begin. A word maps to (length, its kinds, None); a digit to (1, {digit}, its
    class), the class telling where a run of digits starts."""
    table: dict[str, set[str]] = {}
    for kind in kinds - {"digit"}:
        for w in by_kind.get(kind, []):
            for form in cased(w):
                table.setdefault(form, set()).add(kind)
    words: dict[str, tuple[int, frozenset[str], str | None]] = {
        form: (len(form), frozenset(ks), None) for form, ks in table.items()}
    digit = frozenset(["digit"])
    for chars in digit_classes:
        for ch in chars:
            if ch in table:
                raise ValueError(f"digit {ch!r} is also a word of kinds {sorted(table[ch])}")
            words[ch] = (1, digit, chars)
    return Occurrences(words.items())


def expand(regex: str, macros: dict[str, str], words: dict[str, list[str]], depth: int = 0) -> str:
    if depth > 5:
        raise ValueError("macros nested too deeply")

    def sub(m: re.Match[str]) -> str:
        name = m.group(1)
        if name.startswith("@"):
            return expand(macros[name], macros, words, depth + 1)
        return words_regex([w for kind in name.split("|") for w in words[kind]])

    return PLACEHOLDER.sub(sub, regex)


class DateRecognizer(DataComponent):
    FILES = {"words": True, "patterns": True, "header": True, "editions": False, "furniture": False,
             "past_forms": False}

    def load(self, files: dict[str, Path]) -> None:
        rows = read_tsv(files["words"], WordRow)
        by_kind: dict[str, list[str]] = {}
        table: dict[str, dict[str, str]] = {}
        for r in rows:
            by_kind.setdefault(r.kind, []).append(r.word)
            table.setdefault(r.kind, {})[r.word.lower()] = r.value
        self.words = Words(table)
        # a fiscal-year word inside a quarter's or half's match (`Q1 FY2027`, `of fiscal 2027`)
        fiscal = by_kind.get("fiscal", [])
        self.fiscal_rx = re.compile(words_regex(fiscal)) if fiscal else None
        self.echo = frozenset(by_kind.get("day_echo", []))
        pats = read_jsonl(files["patterns"], PatternRow)
        macros = {p.id: p.regex for p in pats if p.id.startswith("@")}
        self.patterns: list[Compiled] = []
        for p in pats:
            if p.id.startswith("@"):
                continue
            kinds = frozenset(k for k in p.starts.split("|") if k)
            try:
                if unknown := {k for k in kinds - set(by_kind) if not DIGIT_KIND.fullmatch(k)}:
                    raise ValueError(f"unknown start kinds {sorted(unknown)}")
                rx = re.compile(expand(p.regex, macros, by_kind))
            except (re.error, KeyError, ValueError) as e:
                raise DataFileError(f"{files['patterns']}: pattern {p.id}: {e}") from e
            widen = "(?<=" in rx.pattern  # a group there may start before the match
            names, narrow = group_names(rx), "span" in rx.groupindex
            self.patterns.append(Compiled(p, rx, names, narrow, widen, kinds))
        self.needs = {c.row.id: c.row.needs for c in self.patterns if c.row.needs}
        self.editions = Editions(read_tsv(files["editions"], EditionRow), self.words.number) \
            if "editions" in files else None
        # a scraped page's menu lines, which the header window skips (en: models/en/page_furniture.tsv)
        self.menus = MenuGrammar.from_file(files["furniture"]) if "furniture" in files else None
        header = read_tsv(files["header"], HeaderRow)
        self.labels = [h.value for h in header if h.key == "label"]
        self.header_lines = int(next((h.value for h in header if h.key == "lines"), "3"))
        self.header_chars = int(next((h.value for h in header if h.key == "chars"), "300"))
        self.dateline = [re.compile(h.value) for h in header if h.key == "dateline"]
        # a lead's month-day dates a text that gives no date, but is no dateline to count from
        self.lead = self.dateline + [re.compile(h.value) for h in header if h.key == "lead"]
        # weekday words, longest first (`星期四` before `周四`): a bracketed weekday in a match
        self.weekday_words = sorted(self.words.kinds.get("weekday", {}), key=len, reverse=True)
        digits = [h.value.split(" ") for h in header if h.key == "digits"] or [["0123456789"]]
        self.followers = {row[0]: row[1] for row in digits if len(row) > 1}
        self.whole_words = any(h.key == "whole_words" and h.value == "1" for h in header)
        self.tense_rx = [
            (re.compile(h.value), -1 if h.key == "past" else 1)
            for h in header
            if h.key in ("past", "future")
        ]
        if "past_forms" in files:  # irregular past forms (`brought`, `wrote`): one past marker,
            # not after `be` (`will be withdrawn`) nor before `by` (`…, followed by`), as `past`
            forms = [r.form for r in read_tsv(files["past_forms"], PastFormRow)]
            self.tense_rx.append(
                (re.compile(rf"(?<!\bbe\s)\b{trie_regex(forms)}\b(?!\s+by\b)"), -1))
        self.report_rx = [re.compile(h.value) for h in header if h.key == "report"]
        reports = "|".join(f"(?:{h.value})" for h in header if h.key == "report")
        self.reported_rx = re.compile(rf"({reports})\s(?:on\s)?$") if reports else None
        self.dateline_after = [re.compile(h.value) for h in header if h.key == "dateline_after"]
        self.infinitive_rx = [(re.compile(h.value), 1) for h in header if h.key == "infinitive"]
        # future markers read on a date's left only (`agreed to review … in June`)
        self.commit_rx = [(re.compile(h.value), 1) for h in header if h.key == "commitment"]
        self.adverbial_rx = [re.compile(h.value) for h in header if h.key == "adverbial"]
        self.fronted = [re.compile(h.value) for h in header if h.key == "fronted"]
        self.tails = [re.compile(h.value) for h in header if h.key == "bracket_tail"]
        self.adverbial_head = [re.compile(h.value) for h in header if h.key == "adverbial_head"]
        self.clause_rx = [re.compile(h.value) for h in header if h.key == "clause"]
        self.complement_rx = [re.compile(h.value) for h in header if h.key == "complement"]
        self.footer_lead = [re.compile(h.value) for h in header if h.key == "footer_lead"]
        self.footer_tail = [re.compile(h.value) for h in header if h.key == "footer_tail"]
        self.other_before = [re.compile(h.value) for h in header if h.key == "other_year"]
        self.part_of_year = [re.compile(h.value) for h in header if h.key == "part_of_year"]
        self.other_after = [re.compile(h.value) for h in header if h.key == "other_year_after"]
        self.until = [re.compile(h.value) for h in header if h.key == "until"]
        self.range_sep = [re.compile(h.value) for h in header if h.key == "range_sep"]
        # words right after a date that make it part of a name (a street: 五一大道, 国庆路)
        self.not_after = [re.compile(h.value) for h in header if h.key == "not_after"]
        self.reported = [re.compile(h.value) for h in header if h.key == "reported_year"]
        self.baseline = [re.compile(h.value) for h in header if h.key == "baseline"]
        # group -> words that show a text dates in that calendar without another such date
        self.calendar_cues = {g: re.compile(rx) for g, _, rx in
                              (h.value.partition(" ") for h in header if h.key == "calendar_cue")}
        kinds = {k for c in self.patterns for k in c.kinds}
        self.automaton = anchor_automaton(by_kind, kinds, [row[0] for row in digits])
        self.kind_sets = {c.kinds for c in self.patterns if c.kinds}
        self.sets_of_kind: dict[str, list[frozenset[str]]] = {}  # kind -> the sets holding it
        for kinds in self.kind_sets:
            for k in kinds:
                self.sets_of_kind.setdefault(k, []).append(kinds)
        self.anchored = True  # False: every pattern scans the whole text (tests compare)

    # -- matching -----------------------------------------------------------------------
    def matches(self, text: str, raw: str | None = None) -> list[Match]:
        """Valid matches of every pattern, flattened. Equal group tuples share one entry,
        checked once, so a text full of the same date costs little per match."""
        return drained(self.match_steps(text, raw))

    def match_steps(self, text: str, raw: str | None = None) -> Steps:
        """`matches`, paused before each pattern (every text alike, so that `pipe` runs each
        pattern over the whole batch before the next: base.lockstep); returns the matches."""
        found: list[Match] = []
        anchors = self.anchors(text) if self.anchored else None
        for c in self.patterns:
            yield
            if anchors is not None and c.kinds and not anchors.get(c.kinds):
                continue  # nowhere to begin (most patterns, in most texts): no call at all
            ms = self.runs(c, text, anchors)
            if not ms:
                continue
            seen, names, rule, priority = c.seen, c.names, c.row.id, c.row.priority
            for m in ms:
                key = m.groups()
                entry = seen.get(key, False)
                if entry is False:
                    groups = {n: v for n, v in zip(names, key) if v is not None and n != "span"}
                    if c.row.fixed:
                        groups.update(c.row.fixed)
                    ok = resolve(groups, self.words, None) is not None
                    entry = seen.put(key, (groups, {}) if ok else None)
                if entry is not None:
                    start, end = m.span("span") if c.narrow else m.span()
                    if c.widen:
                        start = min(a for a, _ in m.regs if a >= 0)
                    if end > start:
                        found.append(Match(start, end, rule, entry[0], priority, entry[1]))
        kept = self.supported(found, text if raw is None else raw)
        if self.not_after:
            kept = [m for m in kept if not any(rx.match(text, m.end) for rx in self.not_after)]
        found = bracketed(select(kept, len(text), text), text, self.echo, self.tails)
        return joined(found, text, self.range_sep, self.words) if self.range_sep else found

    def supported(self, found: list[Match], text: str) -> list[Match]:
        """Matches of rules that need a companion (`needs`) kept only where another rule's
        match has that group, or the text as written has a cue of that calendar
        (`calendar_cue`: 中華民國, 臺灣 in traditional characters): one calendar per document."""
        needs = self.needs
        if not needs or not any(m.rule in needs for m in found):
            return found
        have = {g for m in found if m.rule not in needs for g in m.groups}
        have.update(g for g in set(needs.values()) - have
                    if (cue := self.calendar_cues.get(g)) is not None and cue.search(text))
        return [m for m in found if m.rule not in needs or needs[m.rule] in have]

    def anchors(self, text: str) -> dict[frozenset[str], list[int]]:
        """Where patterns can begin, per set of start kinds: the date words, and where each
        run of digits begins (no pattern starts inside a number), as kind `digit` and as
        `digitN` for a run of N digits (`digit9` for 9 or more). A set with no such place
        in the text is absent."""
        by_kind: dict[str, list[int]] = {}
        runs: list[tuple[int, int, str]] = []  # (first, last character, class) of digit runs
        first, last, cls = -2, -2, ""
        whole, size = self.whole_words, len(text)
        for _, stop, (n, kinds, digits) in self.automaton.find(text):
            end = stop - 1  # the last character
            if digits is not None:
                if end != last + 1 or digits is not cls:
                    if first >= 0:
                        runs.append((first, last, cls))
                    first, cls = end, digits
                last = end
                continue
            start = end + 1 - n
            if whole and (
                (end + 1 < size and text[end + 1].isalpha() and text[end].isalpha())
                or (start and text[start - 1].isalpha())
            ):
                continue  # inside a longer word: `Mar` in `Market`, `Sept` in `September`
            for kind in kinds:
                at = by_kind.setdefault(kind, [])
                if not at or at[-1] != start:
                    at.append(start)
        if first >= 0:
            runs.append((first, last, cls))
        if self.followers:  # a run must be followed by a date character to begin a date
            follow = self.followers
            runs = [
                r for r in runs if r[2] not in follow or text[r[1] + 1 : r[1] + 2] in follow[r[2]]
            ]
        if runs:
            by_kind["digit"] = [a for a, _, _ in runs]
            for a, b, _ in runs:
                by_kind.setdefault(f"digit{min(b - a + 1, 9)}", []).append(a)
        # only the sets holding a kind the text has: most texts have a few of the kinds,
        # and a list per set of every pattern was most of the work on a short text
        out: dict[frozenset[str], list[int]] = {}
        sets_of = self.sets_of_kind
        for kind in by_kind:
            for kinds in sets_of.get(kind, ()):
                if kinds not in out:
                    lists = [by_kind[k] for k in kinds if k in by_kind]
                    out[kinds] = lists[0] if len(lists) == 1 else sorted(set().union(*lists))
        return out

    @staticmethod
    def runs(
        c: Compiled, text: str, anchors: dict[frozenset[str], list[int]] | None
    ) -> list[re.Match[str]]:
        """The pattern's matches: tried only at its anchors, or one C-level scan where it
        has no anchor kinds, or where anchors are so dense that calls would cost more."""
        if anchors is None or not c.kinds:
            return list(c.rx.finditer(text))
        pos = anchors[c.kinds]
        if len(pos) > DENSE_COUNT and pos[-1] - pos[0] < DENSE_GAP * len(pos):
            return list(c.rx.finditer(text, pos[0]))
        match = c.rx.match
        return [m for p in pos if (m := match(text, p)) is not None]

    # -- document date ------------------------------------------------------------------
    def header_end(self, text: str) -> int:
        """End of the first `lines` non-blank lines, capped at `chars` characters. A page's
        menu lines (`Home > News > Press`, `English | 中文 | 繁體`: `page.MenuGrammar`) come
        before its headline and date and take none of the window: they neither count as
        lines nor use up characters."""
        end, seen, cap = -1, 0, self.header_chars
        menus = self.menus
        while seen < self.header_lines:
            nxt = text.find("\n", end + 1, cap)
            if nxt < 0:
                return min(len(text), cap)
            line = text[end + 1 : nxt]
            if menus is not None and menus.is_menu(line):
                cap += nxt - end
            else:
                seen += bool(line.strip())
            end = nxt
        return end

    def infer_doc_date(self, text: str, found: list[Match], raw: str) -> tuple[date, dict] | None:
        """The publication date from the header: a labelled full date, else the first full
        date, else a dateline's (or a lead's: `6月8日上午，市长…`) month and day with a year from
        elsewhere in the header or, failing that, the first year the text writes (`BEIJING,
        Aug. 28` in a report of the 2023 summit). `raw` is the original text, quoted in the evidence."""
        limit = self.header_end(text)
        head = [m for m in found if m.start < limit]
        full = [(m, d) for m in head if (d := self.explicit_day(m)) is not None]
        for m, d in full:
            line_start = text.rfind("\n", 0, m.start) + 1
            before = text[max(line_start, m.start - 30) : m.start].rstrip(" :：\t")
            if any(before.endswith(label.rstrip(":：")) for label in self.labels):
                return d, self.evidence(raw, m, "header.label")
        if full:  # in its year, a glossed relative day tells the day better (`昨日（10月11日）`)
            glossed = self.glossed_day(found, full[0][1].year)
            if glossed is not None:
                return glossed[1], self.evidence(raw, glossed[0], "text.glossed_day")
            return full[0][1], self.evidence(raw, full[0][0], "header.first_date")
        early = self.date_line(text, found, limit, 2 * self.header_chars, alone=False)
        if early is not None:
            return early[1], self.evidence(raw, early[0], "header.date_line")
        start = max(limit, len(text) - self.header_chars)
        footer = self.date_line(text, found, start, len(text), alone=True)
        if footer is not None:
            return footer[1], self.evidence(raw, footer[0], "footer.date_line")
        weekday = self.weekday_day(text, found)
        if weekday is not None and weekday[0].start < limit and not self.first_year(text, found):
            return weekday[1], self.evidence(raw, weekday[0], "header.weekday_date")
        # the dateline's year: one the header writes, else the first the text writes
        year = self.header_year(text, head) or self.first_year(text, found)
        for m in head:
            line = text[text.rfind("\n", 0, m.start) + 1 : m.start]
            if (
                year
                and "d" in m.groups
                and ("m" in m.groups or "mon" in m.groups)
                and (any(rx.search(line) for rx in self.lead)
                     or any(rx.match(text, m.end) for rx in self.dateline_after))
            ):
                g = dict(m.groups, y=str(year))
                r = resolve(g, self.words, None)
                if r is not None and (d := parse_iso(r.value)) is not None:
                    return d, self.evidence(raw, m, "header.dateline")
        return None

    def header_year(self, text: str, head: list[Match]) -> int | None:
        """The first year the header writes as the text's own; where it names a whole year
        reported on (`reported_year` rows of date_header.tsv: `2024年度业绩快报`, `2024年经济运行
        情况`), the year after it: a year's results come out once it has ended."""
        for m in head:
            y = self.text_year(text, m)
            if y is not None:
                whole = m.groups.keys() <= WHOLE_YEAR  # not `2024年上半年…运行情况`
                return y + (whole and any(rx.match(text, m.end) for rx in self.reported))
        return None

    def weekday_day(self, text: str, found: list[Match]) -> tuple[Match, date] | None:
        """The first month-day the text names with its weekday (`Friday 11 December`,
        `3月18日（星期四）`) and no year, dated to the year whose calendar puts it on that
        weekday, nearest today: a text that writes no year leaves the calendar as its one
        clue, and one read without its date is most likely recent (the weekdays of a
        month-day repeat only every 5, 6 or 11 years, so the nearest fit is rarely another)."""
        if not any("d" in m.groups for m in found):
            return None
        found = sorted(found, key=attrgetter("start"))
        for i, m in enumerate(found):
            g = m.groups
            if "d" not in g or not {"m", "mon"} & g.keys() or WRITTEN_YEAR & g.keys() or "d2" in g:
                continue
            name = g.get("wdj")
            if name is None and i + 1 < len(found):
                nxt = found[i + 1]
                if "wd" in nxt.groups and WEEKDAY_GAP.fullmatch(text, m.end, nxt.start):
                    name = nxt.groups["wd"]
            if name is None and "(" in text[m.start : m.end]:  # unnamed: `3月18日(星期四)上午`
                span = text[m.start : m.end].lower()
                name = next((w for w in self.weekday_words if w in span), None)
            wd = self.words.get("weekday", name) if name else None
            month = month_of(g, self.words)
            if wd is None or month is None:
                continue
            try:
                day = self.words.number(g["d"])
            except ValueError:
                continue
            today = CLOCK()
            for y in sorted(range(today.year - WEEKDAY_YEARS, today.year + WEEKDAY_YEARS + 1),
                            key=lambda y: (abs(y - today.year), y)):
                try:
                    d = date(y, month, day)
                except ValueError:
                    continue
                if d.weekday() == int(wd):
                    return m, d
            return None
        return None

    def glossed_day(self, found: list[Match], year: int) -> tuple[Match, date] | None:
        """The day a relative day glossed with its month and day states the text was written
        on (`昨日（10月11日）`: the 12th; `today (May 5)`), in `year`: a reader's surest clue,
        before a full date in the body, which is often an event's (`截至2027年9月30日`)."""
        for m in found:
            g = m.groups
            rel = self.words.rel(g.get("rel", "")) if {"m", "mon"} & g.keys() and "d" in g else None
            if rel is None or rel[0] != "relday" or {"y", "d2"} & g.keys():
                continue
            r = resolve({k: v for k, v in g.items() if k != "rel"}, self.words, None, year=year)
            day = day_of(r.value[:10]) if r is not None else None
            if day is not None:
                return m, day - timedelta(days=rel[1])
        return None

    def date_line(
        self, text: str, found: list[Match], lo: int, hi: int, alone: bool
    ) -> tuple[Match, date] | None:
        """A full date that begins a line between `lo` and `hi`: past a long header
        (cookie notices, menus) a release's timestamp still stands at the start of its line
        (`2020/9/18 14:17 (updated ...)`), alone or before a bracket or a separator, not
        a sentence (`March 3, 2017 at noon.`). Near the end (`alone`), where releases sign off
        with their date (`2013年9月20日(星期五)`, `(2021 年5月7 日)` before a translation),
        the date must also end its line or close a bracket: a date inside a sentence there
        is an event's, not the release's. The first such line wins, or near the end the last."""
        window = [m for m in found if lo <= m.start < hi]
        for m in reversed(window) if alone else window:
            d = self.explicit_day(m)
            if d is None:
                continue
            line_end = text.find("\n", m.end)
            before = text[text.rfind("\n", 0, m.start) + 1 : m.start].strip()
            after = text[m.end : line_end if line_end >= 0 else len(text)].strip()
            bracketed = before in ("(", "（") and after[:1] in (")", "）")
            if bracketed or (not before and (not after or not alone and after[0] in STAMP_NEXT)):
                return m, d
            if alone and self.signed_off(before, after):
                return m, d
        return None

    def signed_off(self, before: str, after: str) -> bool:
        """A sign-off line: what stands before the date on its line is nothing or a
        `footer_lead` of date_header.tsv (`Ends/`, `Hong Kong,`, `Published:`, `(来源:某网`)
        and what follows it is nothing, a closing bracket or a `footer_tail` (`星期五`)."""
        return (not before or any(rx.fullmatch(before) for rx in self.footer_lead)) and (
            not after or after in (")", "）") or any(rx.fullmatch(after) for rx in self.footer_tail)
        )

    def explicit_day(self, m: Match) -> date | None:
        g = m.groups
        if (
            not {"y", "yy", "roc", "roc2", "be"} & g.keys()
            or not {"d", "a"} & g.keys()
            or {"rel", "d2"} & g.keys()
        ):
            return None
        r = m.values.get((None, None, 0, None, None, None))
        if r is None:
            r = m.values[(None, None, 0, None, None, None)] = self.value(m, None, None)
        return r[1]

    @staticmethod
    def evidence(text: str, m: Match, rule: str) -> dict:
        return {"start": m.start, "end": m.end, "text": text[m.start : m.end], "rule": rule}

    def dateline_day(self, text: str, found: list[Match], anchor: date) -> date | None:
        """The day a dateline in the header states (`本报3月4日讯`, `BEIJING, Aug. 28`):
        relative dates in the text count from it, not from the publication date."""
        limit = self.header_end(text)
        for m in found:
            if m.start >= limit:
                break
            g = m.groups
            if "d" not in g or "rel" in g or "d2" in g:  # a day, alone (`台北17日电`) or not
                continue
            if self.is_dateline(text, m):
                r = resolve(g, self.words, anchor)
                return day_of(r.value[:10]) if r is not None else None
        return None

    def is_dateline(self, text: str, m: Match) -> bool:
        """Whether a month-day of the header is a dateline: its line up to it is one
        (`dateline` rows: `本报…`, `BEIJING, `), or what follows it closes one
        (`dateline_after` rows: `电（记者` of any wire, `深圳1月6日电`)."""
        line = text[text.rfind("\n", 0, m.start) + 1 : m.start]
        return any(rx.search(line) for rx in self.dateline) or any(
            rx.match(text, m.end) for rx in self.dateline_after
        )

    def tense(self, text: str, m: Match, floor: int = 0) -> int:
        """-1 past, +1 future, 0 unknown: the marker nearest the match within its sentence
        (`past` and `future` regexes of date_header.tsv: `was`, `will`; `了`, `将于`; a
        `report` verb after a comma is the sentence's frame, not its event's tense),
        after `floor`, the end of the date before it: in `held 14 April 2021 and 6th
        Sept.` the second date shares the first's year, whatever the verb."""
        if not self.tense_rx:
            return 0
        if self.reported_on(text, m):
            return -1
        sign = self.fronted_tense(text, m)
        if sign:
            return sign
        sign = self.near_tense(text, m, floor)
        return sign or self.clause_tense(text, m, floor)

    def reported_on(self, text: str, m: Match) -> bool:
        """A date right after a reporting verb in the past (`said on Monday it would …`,
        `announced Friday`) is the day of the saying, whatever the tense of what was said."""
        if self.reported_rx is None or not text.startswith(" ", m.start - 1):
            return False
        hit = self.reported_rx.search(text, max(0, m.start - 20), m.start)
        return hit is not None and any(
            rx.fullmatch(hit[1]) for rx, value in self.tense_rx if value < 0)

    def fronted_tense(self, text: str, m: Match) -> int:
        """A date that opens its sentence and a comma closes (`On Sunday, police said …`,
        `In January, the firm brought in …`) is a fronted time adverbial: it belongs to the
        main clause after it, whose verb stands past the subject, often beyond the near
        window, and whose reporting verb is its own event, not a frame. The first tense
        marker of that clause decides (origin: English clause grammar; `fronted` rows of
        date_header.tsv say what may stand before such a date)."""
        if not self.fronted or not text.startswith(",", m.end) or any(
            rx.match(text, m.end) for rx in self.clause_rx
        ):  # `On Friday, when …`: a clause of its own follows, whose verb is not the main one
            return 0
        lo = max(0, m.start - FRONT_BEFORE)
        before = text[lo : m.start]
        cuts = [e.end() for e in SENTENCE_END.finditer(before)]
        if not cuts and lo > 0:
            return 0
        lead = before[cuts[-1] if cuts else 0 :].lstrip(" \t\"“'‘(")
        if not any(rx.fullmatch(lead) for rx in self.fronted):
            return 0
        after = text[m.end + 1 : m.end + 1 + FRONT_AFTER]
        stop = SENTENCE_END.search(after)
        hi = m.end + 1 + (stop.start() if stop else len(after))
        best, sign = hi, 0
        for rx, value in self.tense_rx:
            hit = rx.search(text, m.end + 1, hi)
            if hit is not None and hit.start() < best:
                best, sign = hit.start(), value
        return sign

    def clause_tense(self, text: str, m: Match, floor: int) -> int:
        """The tense of the verb a date's phrase attaches to, when no marker stands within
        the near window: the nearest marker to the left in the date's own clause, which
        begins at the sentence's start, the date before (`floor`) or the last `clause` row of
        date_header.tsv (`, which`, `; `, `after`): a long phrase between a verb and its date
        (`will present at the Pacific Life Sciences Forum on Tuesday`) leaves the verb out of
        the window, while a verb across a clause boundary governs another event."""
        if not self.clause_rx or not self.adverbial(text, m):
            return 0
        lo = max(floor, m.start - CLAUSE_BEFORE)
        hi = m.start - TENSE_BEFORE
        if hi <= lo:
            return 0
        before = text[lo : m.start]
        cuts = [e.end() for e in SENTENCE_END.finditer(before)]
        cuts += [e.end() for rx in self.clause_rx for e in rx.finditer(before)]
        lo += max(cuts, default=0)
        # the near window held no marker: the verbs are read up to a little into it (a marker
        # that began before it), the infinitives up to the date
        best, sign, near = -1, 0, min(m.start, hi + MARKER_REACH)
        for rx, value in (*self.tense_rx, *self.commit_rx):
            for hit in rx.finditer(text, lo, near):
                if hit.end() > best:
                    best, sign = hit.end(), value
        for rx, value in self.infinitive_rx:  # `invited us to attend … in May`
            for hit in rx.finditer(text, max(lo, best), m.start):
                if hit.end() > best:
                    best, sign = hit.end(), value
        return sign

    def adverbial(self, text: str, m: Match) -> bool:
        """Whether a date is a time adverbial, the phrase a verb's tense reaches: after a
        preposition (`adverbial` rows of date_header.tsv: `in`, `on the 27th`) or opening with
        a relative word (`adverbial_head`: `next Tuesday`); a date that modifies a noun (`the
        Chapter's November event`) or is a verb's object takes no tense from a verb far off."""
        before = text[max(0, m.start - 12) : m.start]
        return any(rx.search(before) for rx in self.adverbial_rx) or any(
            rx.match(text, m.start) for rx in self.adverbial_head
        )

    def near_tense(self, text: str, m: Match, floor: int = 0) -> int:
        lo = max(floor, m.start - TENSE_BEFORE)
        before = text[lo : m.start]
        cut = [e.end() for e in SENTENCE_END.finditer(before)]
        lo += cut[-1] if cut else 0
        after = text[m.end : m.end + TENSE_AFTER]
        stop = SENTENCE_END.search(after)
        hi = m.end + (stop.start() if stop else len(after))
        best, sign = TENSE_BEFORE + TENSE_AFTER, 0
        # a verb before the date in its clause: a comma after the date then closes that
        # clause, and a verb past it is another clause's (`which opened an office in
        # December, will open ...`)
        left = any(rx.search(text, lo, m.start) for rx, _ in self.tense_rx) \
            if "," in text[m.end:hi] else False
        for rx, value in self.tense_rx:
            for hit in rx.finditer(text, lo, hi):
                if hit.end() <= m.start:
                    gap = m.start - hit.end()
                elif hit.start() >= m.end:
                    between = text[m.end:hit.start()]
                    if "," in between and (left or any(r.match(text, hit.start()) for r in self.report_rx)):
                        continue  # `..., the ministry said`: the frame, not the event
                    if NEXT_CLAUSE.search(between):
                        continue  # `... in November and welcomed ...`: another clause's verb
                    if any(r.search(between) for r in self.complement_rx):
                        continue  # `told reporters on Monday that the group would ...`
                    gap = hit.start() - m.end
                else:
                    continue
                if gap < best:
                    best, sign = gap, value
        for rx, value in self.commit_rx:
            for hit in rx.finditer(text, lo, m.start):
                if m.start - hit.end() < best:
                    best, sign = m.start - hit.end(), value
        return sign

    def shared_tense(self, text: str, m: Match, before: tuple[Match, int, int | None] | None) -> int:
        """The tense of the verb that governs the date before this one in its sentence, when
        this date shows none of its own: a date's phrase attaches to the nearest verb to its
        left, and a date between them (`will present on Tuesday, January 19, ... and at a
        summit in Boston on the 27th`) leaves that verb governing both; the marker window of
        this date stops at the date before (`floor`), so it cannot see the verb itself."""
        if before is None or not self.adverbial(text, m) or SENTENCE_END.search(
            text, before[0].end, m.start
        ) or any(rx.search(text, before[0].end, m.start) for rx in self.clause_rx):
            return 0  # another sentence or clause (`, who retires in March`): another verb
        prev, floor, tense = before
        return self.tense(text, prev, floor) if tense is None else tense

    # -- values -------------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        return drained(self.steps(doc))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        """Each pattern over the whole batch before the next (base.lockstep)."""
        return lockstep(self.steps, docs, batch_size)

    def steps(self, doc: Doc) -> Steps:
        """The dates of `doc` with their values, added to its candidates; returns the doc."""
        # the extensions read and written where spaCy keeps them (candidates.ext): each
        # `doc._` built an accessor and looked each name up, most of the work on a short text
        text = ext(doc, "norm_text") or doc_text(doc)
        found = numeric_order((yield from self.match_steps(text, doc_text(doc))))
        anchor, source = parse_iso(ext(doc, "doc_date")), ext(doc, "doc_date_source")
        if anchor is not None and source is None:
            set_ext(doc, "doc_date_source", "given")  # set by a caller that named no source
        if anchor is None and source != "given":
            inferred = self.infer_doc_date(text, found, doc_text(doc))
            if inferred is not None:
                anchor = inferred[0]
                set_ext(doc, "doc_date", anchor.isoformat())
                set_ext(doc, "doc_date_source", "inferred")
                set_ext(doc, "doc_date_evidence", inferred[1])
        out = candidates(doc)
        if anchor is not None:
            anchor = self.dateline_day(text, found, anchor) or anchor
        last_day: date | None = None
        last_year: int | None = None
        last_ref: str | None = None  # the last month, quarter or day named: `the same month`
        # no day to count from: the year the text named last (before the first, the first)
        named = None
        if anchor is None:
            named = self.first_year(text, found)
            if named is None and self.editions is not None:  # `第六届进博会`, written without a year
                named = self.editions.year(text)
            if named is None and (weekday := self.weekday_day(text, found)) is not None:
                named = weekday[1].year
        floor, listed = 0, None  # listed: the year of the date before, if it ended at floor
        before: tuple[Match, int, int | None] | None = None  # the date before: (match, floor, tense)
        listed_month = 0  # and its month
        stretch: tuple[date, date] | None = None  # the last few days named as one (`June 14-18`)
        week = False  # the stretch is a week named (`next week`): a schedule lists its days
        stretch_at = 0  # where the stretch was named
        whole_year: tuple[int, int] | None = None  # (end, year) of the last whole year named
        period: tuple[str, str, int] | None = None  # the last quarter or half named: the year
        # before its year, its code, where it ends
        last_period: str | None = None  # its value: what `the prior-year quarter` compares to
        fiscal_year = self.fiscal_year(text, found)
        for m in found:
            tense = 0
            if WRITTEN_YEAR.isdisjoint(m.groups):
                tense = self.tense(text, m, floor) or self.shared_tense(text, m, before)
            before = (m, floor, tense if WRITTEN_YEAR.isdisjoint(m.groups) else None)
            year = named
            if (
                listed is not None
                and LISTED.intersection(m.groups)
                and "rel" not in m.groups
                and LIST_SEP.fullmatch(text, floor, m.start)
            ):  # `今年5月、11月`, `May 5, 2021 and June 7`: the year of the first; a month
                # listed right across the year's end is in the next (`December and January`)
                year = listed + (listed_month - (month_of(m.groups, self.words) or 12) >= NEW_YEAR)
            if (
                whole_year is not None
                and PART_OF_YEAR.intersection(m.groups)
                and WRITTEN_YEAR.isdisjoint(m.groups)
                and self.within_year(text, whole_year[0], m.start)
            ):  # `去年…增长5.2%，其中四季度`, `In 2023 …, with the fourth quarter`: that year's
                year, part = whole_year[1], True
            else:
                part = False
                if (
                    fiscal_year is not None
                    and PART_OF_YEAR.intersection(m.groups)
                    and WRITTEN_YEAR.isdisjoint(m.groups)
                ):  # `Reports Fiscal First Quarter Results`, `the fourth quarter`: of the
                    year = fiscal_year  # fiscal year whose quarters the text counts
            floor, listed = m.end, None
            year_ref = (
                last_year if self.words.get("anaphor_year", m.groups.get("rel", "")) else None
            )
            ref = None
            if "shift" in m.groups:  # `the prior-year quarter`: the quarter named last,
                # not the calendar quarter of a day named since (`the quarter ended October 31`)
                ref = last_period if last_period and self.same_unit(m) == "quarter" else last_ref
            key = (anchor, last_day, tense, year_ref, year, ref)  # equal matches share a table
            hit = m.values.get(key)
            if hit is None:
                if len(m.values) > VALUES_MAX:
                    m.values.clear()
                hit = m.values[key] = self.value(m, anchor, last_day, tense, year_ref, year, ref)
            r, day = hit
            if (
                stretch is not None
                and tense >= 0
                and BARE_WEEKDAY.isdisjoint(m.groups)
                and m.start - stretch_at <= STRETCH_REACH
            ):  # a schedule's days follow the week or days it names; a report's are its own
                r, day = self.in_stretch(m, stretch) or (r, day)
            back = period is not None and self.year_back(m)  # (only read after a period)
            if (
                r is not None
                and back
                and period is not None
                and r.value == period[0]
                and m.start - period[2] <= PERIOD_REACH
            ):
                gran = "quarter" if period[1][1] == "Q" else "half"
                r = Resolved(period[0] + period[1], dict(r.attrs, granularity=gran))
            if r is not None:
                out.append(Candidate(m.start, m.end, "DATE", r.value, m.rule, r.attrs, m.priority))
                if day is not None and not self.ends_stretch(text, m):  # not `持续至2月20日`
                    last_day = day
                named_days = self.days_named(r.value, m)
                if named_days is not None:  # a few days, or a week, named as one
                    stretch, week, stretch_at = named_days, "W" in r.value, m.end
                elif ("d" in m.groups or "/" in r.value) and not (
                    week and day is not None and stretch is not None and stretch[0] <= day <= stretch[1]
                ):  # a day written: the text's time moves to it, unless it is one of a week
                    stretch = None  # named before (`next week … Tuesday 9 February … Wednesday`)
                listed = year_in(r.value)
                last_year = last_year if listed is None or back else listed  # not a comparison's
                listed_month = int(r.value[5:7]) if r.value[5:7].isdigit() else 0
                whole = listed if r.value.isdigit() else None  # a whole year, not a century
                if not (whole and self.is_baseline(text, m) or part):  # `较前年`: not the topic;
                    whole_year = (m.end, whole) if whole else None  # `其中四季度…三季度`: still it
                if listed is not None and r.attrs["granularity"] not in COARSE and not back:
                    last_ref = r.value
                if not back and (code := PERIOD_CODE.fullmatch(r.value)) is not None:
                    period = (fmt(int(code[1]) - 1), code[2], m.end)  # that period a year back
                    last_period = r.value if code[2][1] == "Q" else last_period
                elif not back and r.value.isdigit():
                    period = None  # a whole year named: `the year before` is the year's
                if anchor is None:
                    named = self.text_year(text, m) or named
        return doc

    def fiscal_year(self, text: str, found: list[Match]) -> int | None:
        """The fiscal year whose quarters a text counts: the year of the first quarter or half
        it names with a fiscal-year word and a year (`the first quarter of fiscal 2027`, `Q3
        FY2027`). A company's fiscal year need not be the calendar's (fiscal 2027's first quarter
        may end in July 2026), so a quarter or half the text names without a year
        (`Reports Fiscal First Quarter Results` above it, `the fourth quarter` below) is of
        that fiscal year, not of the calendar year the document date and tense would give."""
        if self.fiscal_rx is None:
            return None
        for m in found:
            if PART_OF_YEAR.intersection(m.groups) and self.fiscal_rx.search(text, m.start, m.end):
                y = year_of(m.groups, self.words)
                if y is not None:
                    return y
        return None

    def same_unit(self, m: Match) -> str | None:
        """What `the same …` / `the prior-year …` names: month, quarter, day or period."""
        same = m.groups.get("same", "")
        return self.words.get("same", same) or self.words.get("same_ago", same)

    def year_back(self, m: Match) -> bool:
        """Whether a match names the year before another time (`a year ago`, `a year earlier`,
        `the previous year`): after a quarter or half the text reports on (`net income of $2
        million for the third quarter, against $1.5 million a year ago`), it is that period a
        year back, as `the same quarter last year` is (TimeML's reading of such comparisons)."""
        g, w = m.groups, self.words
        if "rel" in g:
            return w.get("anaphor_year", g["rel"]) == "-1"
        n = g.get("n", "")
        return w.get("unit", g.get("unit", "")) == "year" and (
            w.get("article", n) or w.get("count", n) or n) == "1"

    def in_stretch(self, m: Match, stretch: tuple[date, date]) -> tuple | None:
        """A bare weekday after a few days the text named as one (`from June 14-18 … The
        program opens Monday`) is that weekday among them, if one is: the text has moved its
        time to those days (not in the past tense: `said Monday` is the release's week)."""
        if "wd" not in m.groups:
            return None
        r, day = self.value(m, stretch[0], None, 1)
        return (r, day) if day is not None and day <= stretch[1] else None

    @staticmethod
    def days_named(value: str, m: Match) -> tuple[date, date] | None:
        """The first and last day of a stretch of at most two weeks (`June 14-18`), or of a
        week named (`next week`, `下周`: TimeML `2027-W06`, its weekend `-WE`): a schedule's
        weekdays after it (`Monday: …`) are that week's."""
        if "W" not in value:
            if "wd" in m.groups or "/" not in value:
                return None
            week = None
        else:
            week = ISO_WEEK.fullmatch(value)
        if week is not None:
            try:
                first = date.fromisocalendar(int(week[1]), int(week[2]), 6 if week[3] else 1)
            except ValueError:
                return None
            return first, first + timedelta(days=1 if week[3] else 6)
        if "wd" in m.groups or "/" not in value:
            return None
        first, last = (day_of(v[:10]) for v in value.split("/", 1))
        if first is None or last is None or not 0 < (last - first).days < STRETCH_DAYS:
            return None
        return first, last

    def ends_stretch(self, text: str, m: Match) -> bool:
        """Whether the words before the date make it the end of a stretch (`until` rows of
        date_header.tsv: `持续至`, `until`): `同日` after it means the day the stretch began."""
        before = text[max(0, m.start - 12) : m.start]
        return any(rx.search(before) for rx in self.until)

    def is_baseline(self, text: str, m: Match) -> bool:
        """Whether the words before a year make it the base of a comparison (`baseline` rows
        of date_header.tsv: `较前年`, `than in 2025`): `其中四季度` after it is still a part
        of the year the sentence is about, named before."""
        before = text[max(0, m.start - 16) : m.start]
        return any(rx.search(before) for rx in self.baseline)

    def within_year(self, text: str, start: int, end: int) -> bool:
        """Whether the words between a whole year and a quarter or half after it, in one
        sentence, make the part one of that year (`part_of_year` rows of date_header.tsv:
        `其中`, `with`); without them (`In 2005 it lost…, and recently…`) the part is read
        as any other, from the anchor and the tense."""
        gap = text[start:end]
        return not SENTENCE_END.search(gap) and any(rx.search(gap) for rx in self.part_of_year)

    def first_year(self, text: str, found: list[Match]) -> int | None:
        """The first year the text writes out (`2020`, `18年`) as its own, if any."""
        return next((y for m in found if (y := self.text_year(text, m)) is not None), None)

    def text_year(self, text: str, m: Match) -> int | None:
        """The year a match writes, unless the words around it make it another year than the
        text's own: an origin or a target (`founded in 1998`, `by 2030`, `自2002年起`,
        `到2025年`; `other_year` rows of date_header.tsv)."""
        try:
            y = year_of(m.groups, self.words)
        except ValueError:
            return None
        if y is None:
            return None
        gloss = m.groups.get("relgloss")  # 明(116)年: next year's; 去(114)年: last year's
        if gloss is not None and self.words.get("relseason", gloss) != "0":
            return None
        before, after = text[max(0, m.start - 16) : m.start], text[m.end : m.end + 24]
        if any(rx.search(before) for rx in self.other_before) or any(
            rx.match(after) for rx in self.other_after
        ):
            return None
        return y

    def value(
        self,
        m: Match,
        anchor: date | None,
        last_day: date | None,
        tense: int = 0,
        last_year: int | None = None,
        year: int | None = None,
        ref: str | None = None,
    ) -> tuple:
        """The match's resolution and the single day it names (for `同日`), if any."""
        r = resolve(m.groups, self.words, anchor, last_day, tense, last_year, year, ref)
        if r is None or r.attrs["range"] or r.attrs["granularity"] not in DAY_LEVEL:
            return r, None
        return r, day_of(r.value[:10])


def numeric_order(found: list[Match]) -> list[Match]:
    """Numeric dates whose day and month could swap (`11/12/2026`) take the order the
    text's unambiguous ones show (`12/15/2026`: month first): one site writes one order.
    Where the text shows none or both, each keeps its pattern's `order`."""
    if not any("a" in m.groups for m in found):
        return found
    shown = {
        "md" if int(m.groups["b"]) > 12 else "dm"
        for m in found
        if "a" in m.groups and (int(m.groups["a"]) > 12) != (int(m.groups["b"]) > 12)
    }
    if len(shown) != 1:
        return found
    order = shown.pop()
    return [
        Match(m.start, m.end, m.rule, dict(m.groups, order=order), m.priority, {})
        if "a" in m.groups and m.groups.get("order", "dm") != order
        else m
        for m in found
    ]


NUMBER_GOES_ON = re.compile(r"[/.-]\d")  # a date's digits continue past a match's end


def cut_short(found: list[Match], over: list[tuple[Match, Match]], text: str) -> list[Match]:
    """A match that ends inside a numeric date that the next match reads whole (`Lunar New
    Year 2026` in `Lunar New Year 2026/02/17`) cut that date's number in two: it yields to
    the other, whatever their lengths (the guidelines' value is the date written). `over`:
    the overlapping neighbours, in text order."""
    drop = {id(a) for a, b in over
            if b.start > a.start and a.end < b.end and text[a.end - 1 : a.end].isdigit()
            and NUMBER_GOES_ON.match(text, a.end)}
    return [m for m in found if id(m) not in drop] if drop else found


def select(found: list[Match], length: int, text: str = "") -> list[Match]:
    """Flat, non-overlapping matches in text order: longer first, then priority (after
    `cut_short`, where some overlap)."""
    found.sort(key=attrgetter("start"))
    over = [(a, b) for a, b in pairwise(found) if a.end > b.start]
    if not over:
        return found
    found = cut_short(found, over, text) if text else found
    return flat(found, length, key=lambda m: (-m.length, -m.priority, m.start))


def bracket_close(text: str, end: int, tails: list[re.Pattern[str]]) -> int | None:
    """Where the bracket of a glossed day closes: right after the date, or after a tail
    that says whose clock it is (`bracket_tail` rows: `today (November 10, local time)`)."""
    if text.startswith(")", end):
        return end + 1
    for rx in tails:
        if (hit := rx.match(text, end)) is not None:
            return hit.end()
    return None


def bracketed(found: list[Match], text: str, echo: frozenset[str] = frozenset(),
              tails: list[re.Pattern[str]] | None = None) -> list[Match]:
    """A relative day, a weekday or a holiday followed by the day it denotes in brackets is
    one span read as the bracketed date (the guidelines' `今天(5日)`): `上周五(4日)`,
    `下周一(1月6日)`, `正月初一(1月29日)`, `Friday (May 5)`. The date written wins.
    A day followed at once by a word that names it again (`echo`: 当天) is one span too,
    read as the day: `农历正月初一当天`, `9月3日当天`."""
    out: list[Match] = []
    tails = tails or []
    for m in found:
        prev = out[-1] if out else None
        if (
            prev is not None
            and m.start == prev.end
            and "rel" in m.groups
            and text[m.start : m.end] in echo
            and not DAY_NAMED.isdisjoint(prev.groups)
            and "d2" not in prev.groups
        ):
            out[-1] = Match(prev.start, m.end, prev.rule, prev.groups, prev.priority, prev.values)
            continue
        if (
            prev is not None
            and "d" in m.groups
            and not BRACKET_SKIP.intersection(m.groups)
            and not BRACKET_HEAD.isdisjoint(prev.groups)
            and text[prev.end : m.start] in ("(", " (")
            and (close := bracket_close(text, m.end, tails)) is not None
        ):
            out[-1] = Match(prev.start, close, m.rule, m.groups, m.priority, m.values)
            continue
        out.append(m)
    return out


def joined(found: list[Match], text: str, seps: list[re.Pattern[str]], words: Words) -> list[Match]:
    """Two dates of the same make joined by a range word (`range_sep` rows of
    date_header.tsv: `to`, `至`) are one range, as the guidelines write ranges: each a day
    with its month (`Monday, 25 January, to Sunday, 31 January`) or each a part of a month
    (`1月下旬至2月中旬`). Their patterns read them one by one; the second takes the range's
    end groups (`d2`, `m2`, `mpart2`), so the range resolves as any written one does."""
    out: list[Match] = []
    for m in found:
        prev = out[-1] if out else None
        if (
            prev is not None
            and ("m" in m.groups or "mon" in m.groups)  # cheap first: most dates are no end
            and (groups := range_groups(prev.groups, m.groups)) is not None
            and any(rx.fullmatch(text, prev.end, m.start) for rx in seps)
            and resolve(groups, words, None) is not None
        ):
            out[-1] = Match(prev.start, m.end, "date.range_join", groups,
                            max(prev.priority, m.priority), {})
            continue
        out.append(m)
    return out


# what the first may have (`sep`: a numeric date's separator, `2026/09/18 – 2026/09/21`: no end); a year of
# the Republic of China calendar (115年12月1日起至116年2月28日) ends the range as `roc_y2`
JOIN_HEAD = frozenset(("y", "roc", "m", "mon", "d", "mpart", "wdj", "rel", "sep"))
JOIN_END = {
    "y": "y2", "roc": "roc_y2", "m": "m2", "mon": "mon2", "d": "d2", "mpart": "mpart2", "wdj": None, "sep": None,
}


def range_groups(first: dict[str, str], second: dict[str, str]) -> dict[str, str] | None:
    """The groups of `first` to `second` as one range, or None where they are not two
    dates of one make (both a day of a named month, or both a named month's part)."""
    if not first.keys() <= JOIN_HEAD or not second.keys() <= JOIN_END.keys():
        return None
    for g in (first, second):
        if not {"m", "mon"} & g.keys() or ("d" in g) == ("mpart" in g):
            return None
    if ("d" in first) != ("d" in second):
        return None
    out = {k: v for k, v in first.items() if k != "wdj"}
    out.update({JOIN_END[k]: v for k, v in second.items() if JOIN_END[k]})
    return out


def group_names(rx: re.Pattern[str]) -> list[str]:
    names = [""] * rx.groups
    for name, i in rx.groupindex.items():
        names[i - 1] = name
    return names


@Language.factory("pressner_dates")
def make_dates(nlp: Language, name: str) -> DateRecognizer:
    return DateRecognizer(nlp, name)
