"""Reading the plain-text data under `models/` and matching it on characters.

Every data file is validated row by row at load, so a bad line is reported with its
file and line number instead of surfacing later as a wrong match.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import ahocorasick_rs
from pydantic import BaseModel, ValidationError

from .errors import DataFileError

M = TypeVar("M", bound=BaseModel)


def _data_lines(path: Path) -> Iterator[tuple[int, str]]:
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.startswith("#") or not line.strip():
                continue
            yield n, line.rstrip("\n")


def read_tsv(path: Path, model: type[M]) -> list[M]:
    """Rows of a TSV file (comment lines `#`, then a header) as validated models."""
    lines = list(_data_lines(path))
    if not lines:
        return []
    header = lines[0][1].split("\t")
    rows: list[M] = []
    for n, line in lines[1:]:
        cells = line.split("\t")
        if len(cells) != len(header):
            raise DataFileError(f"{path}:{n}: expected {len(header)} columns, got {len(cells)}")
        try:
            rows.append(model.model_validate(dict(zip(header, cells))))
        except ValidationError as e:
            raise DataFileError(f"{path}:{n}: {e.errors()[0]['msg']}") from e
    return rows


def read_jsonl(path: Path, model: type[M]) -> list[M]:
    rows: list[M] = []
    for n, line in _data_lines(path):
        try:
            rows.append(model.model_validate(json.loads(line)))
        except (ValidationError, json.JSONDecodeError) as e:
            raise DataFileError(f"{path}:{n}: {e}") from e
    return rows


def split_aliases(cell: str) -> list[str]:
    return [a.strip() for a in cell.split("|") if a.strip()]


def gazetteer_only(name_zh: str | None) -> bool:
    """A regions.tsv row with no Chinese name is a foreign city taken from GeoNames
    (world_cities_geonames.tsv): a REGION where it stands, but too little known to veto
    another reading of its word in the person and ORG rules: a surname (`Priya Anand`), a
    company's stem (`Sumida Industries` ... `Sumida`)."""
    return not name_zh


def is_word_char(ch: str) -> bool:
    """Letters and digits of alphabetic scripts; a Han character next to a Latin name is
    a boundary (`访问了Beijing和上海`)."""
    return (ch.isalnum() or ch == "_") and ord(ch) < 0x2E80


WORD_CHARS = frozenset(ch for ch in map(chr, range(0x2E80)) if is_word_char(ch))


class Occurrences:
    """Every occurrence of a set of words, overlapping ones included, with each word's
    payload: for recognizers that weigh all the words around a position themselves.
    ahocorasick_rs, for the reason given under PhraseAutomaton."""

    def __init__(self, words: Iterable[tuple[str, Any]]) -> None:
        table = dict(words)
        self.payloads = list(table.values())
        self._automaton = ahocorasick_rs.AhoCorasick(list(table)) if table else None

    def __len__(self) -> int:
        return len(self.payloads)

    def find(self, text: str) -> list[tuple[int, int, Any]]:
        """(start, end, payload) of every occurrence, by end then start."""
        if self._automaton is None:
            return []
        p = self.payloads
        return [(s, e, p[i]) for i, s, e in self._automaton.find_matches_as_indexes(text, overlapping=True)]


class PhraseAutomaton:
    """Leftmost-longest literal matching over characters (Aho-Corasick).

    `word_boundaries` rejects matches glued to letters or digits on either side, which
    English needs and Chinese must not use. The automaton is ahocorasick_rs (Rust):
    pyahocorasick looked up every character among the root's children one by one, which
    with a few thousand Chinese names cost 230 ns a character, 17 x more than this on
    the same Chinese releases, with identical matches.
    """

    def __init__(self, phrases: Iterable[tuple[str, Any]], *, word_boundaries: bool) -> None:
        self.word_boundaries = word_boundaries
        index: dict[str, int] = {}
        self._payloads: list[list[Any]] = []
        for phrase, payload in phrases:
            if phrase:
                i = index.get(phrase)
                if i is None:
                    index[phrase] = len(self._payloads)
                    self._payloads.append([payload])
                else:
                    self._payloads[i].append(payload)
        self.size = len(self._payloads)
        self._index = index
        self._automaton = None
        if self.size:
            # with word boundaries every occurrence is needed (the longest may be glued
            # to a word where a shorter one is not); without, the engine selects itself
            kind = ahocorasick_rs.MATCHKIND_STANDARD if word_boundaries \
                else ahocorasick_rs.MATCHKIND_LEFTMOST_LONGEST
            self._automaton = ahocorasick_rs.AhoCorasick(list(index), matchkind=kind)

    def __len__(self) -> int:
        return self.size

    def lookup(self, phrase: str) -> list[Any] | None:
        """The payloads of exactly this phrase, or None."""
        i = self._index.get(phrase)
        return None if i is None else self._payloads[i]

    def matches(self, text: str) -> list[tuple[int, int, list[Any]]]:
        """Non-overlapping (start, end, payloads), leftmost first, longest at each start."""
        if self._automaton is None:
            return []
        payloads = self._payloads
        if not self.word_boundaries:
            return [(s, e, payloads[i]) for i, s, e in self._automaton.find_matches_as_indexes(text)]
        best: dict[int, tuple[int, int]] = {}
        word, n = WORD_CHARS, len(text)
        for i, start, end in self._automaton.find_matches_as_indexes(text, overlapping=True):
            # inside a word on either side (set lookups: this runs for every raw match)
            if (start and text[start - 1] in word and text[start] in word) \
                    or (end < n and text[end] in word and text[end - 1] in word):
                continue
            prev = best.get(start)
            if prev is None or end > prev[0]:
                best[start] = (end, i)
        out: list[tuple[int, int, list[Any]]] = []
        last_end = -1
        for start in sorted(best):
            end, i = best[start]
            if start >= last_end:
                out.append((start, end, payloads[i]))
                last_end = end
        return out


FEW = 40  # up to this many phrases, one `str.find` pass each beats building an automaton (~100 µs)


def occurrences(text: str, phrases: set[str] | dict[str, str], bounded: bool
                ) -> list[tuple[int, int]]:
    """Non-overlapping (start, end) of the phrases, leftmost first, longest at each start:
    what `PhraseAutomaton.matches` gives, without building one for the handful of names
    or short forms a document defines (persons' mentions, orgs' defined short forms)."""
    if len(phrases) > FEW:
        auto = PhraseAutomaton([(p, p) for p in phrases], word_boundaries=bounded)
        return [(s, e) for s, e, _ in auto.matches(text)]
    best: dict[int, int] = {}
    word, n = WORD_CHARS, len(text)  # `PhraseAutomaton`'s word boundaries, by set lookups
    for p in phrases:
        if not p:
            continue
        size = len(p)
        # a phrase's own edge characters decide half of each boundary test, once per phrase
        open_start, open_end = p[0] in word, p[-1] in word
        i = text.find(p)
        while i >= 0:
            e = i + size
            if best.get(i, -1) < e and not (bounded and (
                    open_start and i and text[i - 1] in word or open_end and e < n and text[e] in word)):
                best[i] = e
            i = text.find(p, i + 1)
    out: list[tuple[int, int]] = []
    last = -1
    for s in sorted(best):
        if s >= last:
            last = best[s]
            out.append((s, last))
    return out


def matches_before(rx: re.Pattern[str], text: str, anchors: Iterable[int], reach: int,
                   opens: re.Pattern[str] | None = None) -> list[re.Match[str]]:
    """`list(rx.finditer(text))` for a pattern whose every match starts at most `reach`
    characters before one of `anchors` (where something every match holds begins: a rare
    word, a name dot) and matches no empty string. The pattern is tried only there, in
    text order and past the last match as finditer goes: a pattern that opens on common
    characters made the engine try it at every position of every text. `opens`, a
    zero-width pattern that holds wherever `rx` can begin (a look-ahead at its opening
    words), narrows each window to those positions in one C-level scan, where `rx` was
    tried at each of the window's positions from Python."""
    starts: set[int] = set()
    for a in anchors:
        lo = max(0, a - reach)
        if opens is None:
            starts.update(range(lo, a))
        else:  # (`endpos` only cuts the look-ahead short: more positions, never fewer)
            starts.update(m.start() for m in opens.finditer(text, lo, a) if m.start() < a)
    out: list[re.Match[str]] = []
    last = 0
    for at in sorted(starts):
        if at >= last and (m := rx.match(text, at)) is not None:
            out.append(m)
            last = m.end()
    return out


def literal_alternation(phrases: Iterable[str]) -> str:
    """A regex matching what `"|".join(map(re.escape, sorted(phrases, key=len, reverse=True)))`
    matches, in the same order of preference, written as a trie. The phrases that match
    at one position are prefixes of each other, so longest first is the only order that
    counts; the trie keeps it (a phrase's longer continuations are tried before it ends)
    and lets the engine follow the text's characters through one branch per character,
    where the flat alternation tried thousands of phrases in turn at each position where
    it was asked (a place name after `CCPIT `: 50 µs each)."""
    root: dict = {}
    for p in phrases:
        if p:
            node = root
            for ch in p:
                node = node.setdefault(ch, {})
            node[None] = True

    def emit(node: dict) -> str:
        alts = [re.escape(ch) + emit(child) for ch, child in sorted(
            (k, v) for k, v in node.items() if k is not None)]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if None in node else body

    return emit(root) or "(?!)"


def after_none_of(before: str, phrases: Iterable[str]) -> str:
    """A regex matching what `(?<!{before})(?:p1|p2|...)` matches (the phrases literal, in
    the order given), written so that each alternative opens on its own first character
    and looks back from after it (`p(?<!{before}p)artner`). The engine then skips in C to
    the characters that can open a phrase; a pattern that opens on a look-behind is tried
    at every position of the text (a list of cue phrases over English releases: 0.020 ->
    0.010 s a MB, the same matches)."""
    alts = []
    for p in phrases:
        if p:
            first = re.escape(p[0])
            alts.append(f"{first}(?<!{before}{first}){re.escape(p[1:])}")
    return "(?:" + "|".join(alts) + ")" if alts else "(?!)"
