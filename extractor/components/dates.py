"""DATE: calendar expressions in English and Chinese, their ISO values and the doc date.

All patterns and words are data (models/<lang>/dates.jsonl, date_words.tsv,
date_header.tsv), so one class serves both languages. Patterns match characters of
`doc._.norm_text`: traditional characters and full-width digits are already mapped, so
`2012年03月30日 10時50分` and `２０２１年` need no rules of their own.

The component settles overlaps among its own matches (longest wins, as the resolver
does) before resolving values, because `同日`/`the same day` take the value of the
previous day-level date in reading order, and that must be a date that survives.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from itertools import pairwise
from operator import attrgetter
from pathlib import Path

import ahocorasick
from pydantic import BaseModel, field_validator
from spacy.language import Language
from spacy.tokens import Doc

from ..candidates import Candidate, candidates, doc_text
from ..errors import DataFileError
from ..lexicon import read_jsonl, read_tsv
from ..normalise.dates import Resolved, Words, day_of, parse_iso, resolve
from .base import DataComponent

# A match starts at most WINDOW_BEFORE characters before a trigger (`during May`) and
# ends, lookahead included, well within WINDOW_AFTER after its last one.
WINDOW_BEFORE, WINDOW_AFTER = 16, 64
DIGITS = re.compile(r"\d+")
PLACEHOLDER = re.compile(r"\{\{(@?[\w|]+)\}\}")


class PatternRow(BaseModel):
    id: str
    regex: str
    groups: dict[str, str] = {}
    priority: int = 0


class WordRow(BaseModel):
    word: str
    kind: str
    value: str


class HeaderRow(BaseModel):
    key: str
    value: str

    @field_validator("key")
    @classmethod
    def known_key(cls, v: str) -> str:
        if v not in ("label", "lines", "chars", "dateline", "trigger"):
            raise ValueError(f"unknown header key {v!r}")
        return v


@dataclass(slots=True)
class Match:
    start: int
    end: int
    rule: str
    groups: dict[str, str]
    priority: int

    @property
    def length(self) -> int:
        return self.end - self.start


def words_regex(words: list[str]) -> str:
    """One alternation, longest first, with a capitalised form of each lowercase word.

    The lookahead on the possible first characters lets most positions fail at once.
    """
    forms = set(words) | {w[0].upper() + w[1:] for w in words if w}
    firsts = "".join(sorted({re.escape(f[0]) for f in forms}))
    alts = "|".join(re.escape(f) for f in sorted(forms, key=lambda f: (-len(f), f)))
    return f"(?=[{firsts}])(?:{alts})"


def trigger_automaton(words: list[str]) -> ahocorasick.Automaton | None:
    """Aho-Corasick over the trigger words (and their capitalised forms): one C pass."""
    if not words:
        return None
    automaton = ahocorasick.Automaton()
    for form in set(words) | {w[0].upper() + w[1:] for w in words if w}:
        automaton.add_word(form, len(form))
    automaton.make_automaton()
    return automaton


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
    def load(self, files: dict[str, Path]) -> None:
        rows = read_tsv(files["words"], WordRow)
        by_kind: dict[str, list[str]] = {}
        table: dict[str, dict[str, str]] = {}
        for r in rows:
            by_kind.setdefault(r.kind, []).append(r.word)
            table.setdefault(r.kind, {})[r.word.lower()] = r.value
        self.words = Words(table)
        pats = read_jsonl(files["patterns"], PatternRow)
        macros = {p.id: p.regex for p in pats if p.id.startswith("@")}
        self.patterns: list[tuple[PatternRow, re.Pattern[str]]] = []
        for p in pats:
            if p.id.startswith("@"):
                continue
            try:
                self.patterns.append((p, re.compile(expand(p.regex, macros, by_kind))))
            except (re.error, KeyError, ValueError) as e:
                raise DataFileError(f"{files['patterns']}: pattern {p.id}: {e}") from e
        header = read_tsv(files["header"], HeaderRow)
        self.labels = [h.value for h in header if h.key == "label"]
        self.header_lines = int(next((h.value for h in header if h.key == "lines"), "3"))
        self.header_chars = int(next((h.value for h in header if h.key == "chars"), "300"))
        self.dateline = [re.compile(h.value) for h in header if h.key == "dateline"]
        kinds = [k for h in header if h.key == "trigger" for k in h.value.split("|")]
        self.trigger = trigger_automaton([w for k in kinds for w in by_kind.get(k, [])])

    # -- matching -----------------------------------------------------------------------
    def matches(self, text: str) -> list[Match]:
        """Valid matches of every pattern, flattened. Equal group tuples share one dict,
        checked once, so a text full of the same date costs little per match."""
        found: list[Match] = []
        seen: dict[tuple, dict[str, str] | None] = {}
        spans = self.windows(text)
        for idx, (row, rx) in enumerate(self.patterns):
            names = group_names(rx)
            narrow = "span" in rx.groupindex
            for m in (m for ws, we in spans for m in rx.finditer(text, ws, we)):
                start, end = m.span("span") if narrow else m.span()
                key = (idx, m.groups())
                if key not in seen:
                    groups = {n: v for n, v in zip(names, key[1]) if v is not None and n != "span"}
                    seen[key] = groups if resolve(groups, self.words, None) is not None else None
                groups = seen[key]
                if groups is not None and end > start:
                    found.append(Match(start, end, row.id, groups, row.priority))
        return select(found, len(text))

    def windows(self, text: str) -> list[tuple[int, int]]:
        """Stretches around trigger words and digits: every date contains one, so the
        patterns need not visit the rest (most of an English text)."""
        if self.trigger is None:
            return [(0, len(text))]
        hits = [m.span() for m in DIGITS.finditer(text)]
        hits += [(end + 1 - n, end + 1) for end, n in self.trigger.iter_long(text)]
        hits.sort()
        out: list[tuple[int, int]] = []
        for hit_start, hit_end in hits:
            start, end = max(0, hit_start - WINDOW_BEFORE), hit_end + WINDOW_AFTER
            if out and start <= out[-1][1]:
                out[-1] = (out[-1][0], end)
            else:
                out.append((start, end))
        return [(a, min(b, len(text))) for a, b in out]

    # -- document date ------------------------------------------------------------------
    def header_end(self, text: str) -> int:
        """End of the first `lines` non-blank lines, capped at `chars` characters."""
        end, seen = -1, 0
        while seen < self.header_lines:
            nxt = text.find("\n", end + 1, self.header_chars)
            if nxt < 0:
                return min(len(text), self.header_chars)
            seen += bool(text[end + 1 : nxt].strip())
            end = nxt
        return end

    def infer_doc_date(self, text: str, found: list[Match], raw: str) -> tuple[date, dict] | None:
        """The publication date from the header: a labelled full date, else the first full
        date, else a dateline's month and day with a year from elsewhere in the header.
        `raw` is the original text, quoted in the evidence."""
        limit = self.header_end(text)
        head = [m for m in found if m.start < limit]
        full = [(m, d) for m in head if (d := self.explicit_day(m)) is not None]
        for m, d in full:
            line_start = text.rfind("\n", 0, m.start) + 1
            before = text[max(line_start, m.start - 30) : m.start].rstrip(" :：\t")
            if any(before.endswith(label.rstrip(":：")) for label in self.labels):
                return d, self.evidence(raw, m, "header.label")
        if full:
            return full[0][1], self.evidence(raw, full[0][0], "header.first_date")
        years = [int(m.groups["y"]) for m in head if m.groups.get("y", "").isdigit()]
        for m in head:
            line = text[text.rfind("\n", 0, m.start) + 1 : m.start]
            if (
                years
                and "d" in m.groups
                and ("m" in m.groups or "mon" in m.groups)
                and any(rx.search(line) for rx in self.dateline)
            ):
                g = dict(m.groups, y=str(years[0]))
                r = resolve(g, self.words, None)
                if r is not None and (d := parse_iso(r.value)) is not None:
                    return d, self.evidence(raw, m, "header.dateline")
        return None

    def explicit_day(self, m: Match) -> date | None:
        g = m.groups
        if ("y" not in g and "yy" not in g) or "d" not in g or "rel" in g or "d2" in g:
            return None
        r = resolve(m.groups, self.words, None)
        return day_of(r.value) if r else None

    @staticmethod
    def evidence(text: str, m: Match, rule: str) -> dict:
        return {"start": m.start, "end": m.end, "text": text[m.start : m.end], "rule": rule}

    # -- values -------------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        text = doc._.norm_text or doc.text
        found = self.matches(text)
        anchor = parse_iso(doc._.doc_date)
        if anchor is not None and doc._.doc_date_source is None:
            doc._.doc_date_source = "given"  # set by a caller that named no source
        if anchor is None and doc._.doc_date_source != "given":
            inferred = self.infer_doc_date(text, found, doc_text(doc))
            if inferred is not None:
                anchor = inferred[0]
                doc._.doc_date = anchor.isoformat()
                doc._.doc_date_source = "inferred"
                doc._.doc_date_evidence = inferred[1]
        out = candidates(doc)
        last_day: date | None = None
        seen: dict[tuple, Resolved | None] = {}  # repeated dates resolve once
        for m in found:
            key = (id(m.groups), last_day)  # equal matches share one groups dict
            r = (
                seen[key]
                if key in seen
                else seen.setdefault(key, resolve(m.groups, self.words, anchor, last_day))
            )
            if r is None:
                continue
            out.append(Candidate(m.start, m.end, "DATE", r.value, m.rule, r.attrs, m.priority))
            if not r.attrs["range"] and r.attrs["granularity"] in (
                "day",
                "hour",
                "minute",
                "second",
            ):
                last_day = day_of(r.value[:10]) or last_day
        return doc


def select(found: list[Match], length: int) -> list[Match]:
    """Flat, non-overlapping matches in text order: longer first, then priority."""
    found.sort(key=attrgetter("start"))
    if all(a.end <= b.start for a, b in pairwise(found)):
        return found
    order = sorted(found, key=lambda m: (-m.length, -m.priority, m.start))
    taken = bytearray(length + 1)
    chosen = []
    for m in order:
        if any(taken[m.start : m.end]):
            continue
        taken[m.start : m.end] = b"\x01" * m.length
        chosen.append(m)
    chosen.sort(key=lambda m: m.start)
    return chosen


def group_names(rx: re.Pattern[str]) -> list[str]:
    names = [""] * rx.groups
    for name, i in rx.groupindex.items():
        names[i - 1] = name
    return names


@Language.factory("pressner_dates")
def make_dates(nlp: Language, name: str) -> DateRecognizer:
    return DateRecognizer(nlp, name)
