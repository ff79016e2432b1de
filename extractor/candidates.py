"""Candidate spans proposed by recognizers, before the resolver decides `doc.ents`.

Recognizers work on characters, not tokens, so that Chinese span boundaries never
depend on where jieba cuts. Each proposes `Candidate`s into `doc._.candidates`; the
resolver picks a flat, non-overlapping set and aligns it to tokens.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import ahocorasick_rs
from spacy.tokens import Doc, Span

LABELS = ("DATE", "PERSON", "TITLE", "ORG", "REGION")
DOTS = "·‧•・"  # the dots between the parts of a transliterated name (`卡洛斯·门德斯`)
# Han characters, with the dots a transliterated name puts between its parts
HAN_RUN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff·・]+")


@dataclass(slots=True)
class Candidate:
    start: int
    end: int
    label: str
    value: str | None = None
    source: str = ""  # provenance: pattern or lexicon id, e.g. "zh.date.ymd"
    attrs: dict[str, Any] = field(default_factory=dict)
    priority: int = 0  # tie-breaker between equal-length overlapping candidates
    tier: int = 0  # 0: competes by length; 1: a learned fallback, only where rules left room

    @property
    def length(self) -> int:
        return self.end - self.start


def flat(items: list, text_length: int, key) -> list:
    """A flat, non-overlapping selection in text order, taking items in `key` order (the
    guidelines' "the longer reading wins", then priority). Works for anything with
    `start` and `end`; linear in the covered characters. A taken character is looked for
    with one C-level `find`: a slice of the mask per item, read by `any`, cost more than
    the rest of the loop."""
    taken = bytearray(text_length + 1)
    chosen = []
    for x in sorted(items, key=key):
        start, end = x.start, x.end
        if start < 0 or end > text_length or start >= end or taken.find(1, start, end) >= 0:
            continue
        taken[start:end] = b"\x01" * (end - start)
        chosen.append(x)
    chosen.sort(key=lambda x: x.start)
    return chosen


def register_extensions() -> None:
    """Register the extension attributes every component relies on (idempotent)."""
    doc_ext = {
        "candidates": None,
        "doc_date": None,  # ISO date used as anchor, or None
        "doc_date_source": None,  # "given" | "inferred" | None
        "doc_date_evidence": None,  # {"start", "end", "text", "pattern"} for inferred dates
        "roles": None,
        "region_groups": None,
        "lang": None,
        "norm_text": None,  # text with traditional characters mapped 1:1 to simplified
        "raw_text": None,  # doc.text, taken once: spaCy rebuilds it from tokens on each access
        "ent_data": None,  # {start_char: [end_char, value, info, source, label]} of doc.ents
        "ent_count": None,  # len(doc.ents) when the resolver wrote ent_data
        "ent_records": None,  # (ent_data, records(doc)) read by the later components
        "han_runs": None,  # (text, han_runs(doc, text)) of a text not in Chinese
        "lower_text": None,  # (text, text.lower()): lower_text(doc, text)
        "word_hits": None,  # (lowered text, WordScan, its occurrences): WordScan.occurrences
        # True on a Doc the Extractor makes for itself and drops once its result is built:
        # the result reads `records`, so the resolver does not write `doc.ents` for it
        "result_only": None,
    }
    for name, default in doc_ext.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    # The entity fields live in one dict on the doc, written once by the resolver: three
    # attribute writes per span through spaCy's Underscore cost more than the matching.
    for i, name in enumerate(("value", "info", "source"), start=1):
        if not Span.has_extension(name):
            Span.set_extension(name, getter=_entity_field(i))


def _entity_field(i: int):
    def get(span: Span):
        data = span.doc._.ent_data
        row = data.get(span.start_char) if data else None
        return row[i] if row is not None and row[0] == span.end_char else None

    return get


def ext(doc: Doc, name: str) -> Any:
    """`doc._.name`, read where spaCy keeps it. Each `doc._` builds an Underscore object
    and looks the extension up: some fifty reads a document cost more than a small
    recognizer. `tests/core/test_candidates.py` checks both ways agree."""
    return doc.user_data.get(("._.", name, None, None))


def set_ext(doc: Doc, name: str, value: Any) -> None:
    """`doc._.name = value`, written where spaCy keeps it (see `ext`)."""
    doc.user_data[("._.", name, None, None)] = value


def candidates(doc: Doc) -> list[Candidate]:
    """The doc's candidate list, created on first use."""
    found = ext(doc, "candidates")
    if found is None:
        found = []
        set_ext(doc, "candidates", found)
    return found


class Ent:
    """An entity as later components read it: spaCy Span attributes and `._` extensions
    cost far more per access than the work done with them."""

    __slots__ = ("label_", "text", "start_char", "end_char", "value", "info", "source")

    def __init__(self, label: str, text: str, start: int, end: int, value: Any = None,
                 info: Any = None, source: Any = None) -> None:
        self.label_, self.text, self.start_char, self.end_char = label, text, start, end
        self.value, self.info, self.source = value, info, source

    @property
    def _(self) -> "Ent":  # `ent._.value` reads like a Span's extension
        return self


def records(doc: Doc) -> list[Ent]:
    """`doc.ents` as records, from the resolver's table when it is current. The list is
    shared by every later reader: treat it as read-only."""
    text = doc_text(doc)
    data = ext(doc, "ent_data")
    if data is not None and ext(doc, "ent_count") == len(data):
        cached = ext(doc, "ent_records")
        if cached is not None and cached[0] is data:
            return cached[1]
        out = [Ent(row[4], text[start:row[0]], start, row[0], row[1], row[2], row[3])
               for start, row in sorted(data.items())]
        set_ext(doc, "ent_records", (data, out))
        return out
    out = []
    for span in doc.ents:
        a, b = span.start_char, span.end_char
        row = data.get(a) if data else None
        value, info, source = (row[1], row[2], row[3]) if row and row[0] == b else (None, None, None)
        out.append(Ent(span.label_, text[a:b], a, b, value, info, source))
    return out


def doc_text(doc: Doc) -> str:
    """The document's text without rebuilding it from the tokens every time."""
    text = ext(doc, "raw_text")
    if text is None:
        text = doc.text
        set_ext(doc, "raw_text", text)
    return text


def han_runs(doc: Doc, text: str) -> list[tuple[int, int]]:
    """(start, end) of the runs of Han characters (`HAN_RUN`) in the text of a doc in
    another language, found once per doc: the readers of Han inside English text (Han
    place names, the Chinese person rules, bilingual glosses) start from these runs, and a
    text with none (most English releases) skips them, where each scanned the whole text
    for Han on its own account."""
    got = ext(doc, "han_runs")
    if got is None or got[0] is not text:
        # (an English text's few non-ASCII characters tell whether it has any Han)
        runs = [m.span() for m in HAN_RUN.finditer(text)] if HAN_RUN.search(non_ascii(text)) else []
        got = (text, runs)
        set_ext(doc, "han_runs", got)
    return got[1]


ASCII = bytes(range(128))


def non_ascii(text: str) -> str:
    """The text's characters outside ASCII, in order: `"".join(re.findall("[^\\x00-\\x7f]+",
    text))`. Its UTF-8 bytes with every ASCII byte deleted are those characters' own bytes,
    two C-level passes at a byte a nanosecond where the regex engine took 25 ns a character:
    an English release has a few such characters (curly quotes, dashes), and a reader of
    Han, of full-width forms or of folded characters looks at them alone. (`surrogatepass`:
    a lone surrogate goes through both ways.)"""
    if text.isascii():
        return ""
    return text.encode("utf-8", "surrogatepass").translate(None, ASCII).decode("utf-8", "surrogatepass")


def lower_text(doc: Doc, text: str) -> str:
    """`text.lower()`, taken once per doc for the English components that match lowercase
    words (title heads, the person rules' context words, definite descriptions), where
    each lowercased the whole text itself."""
    got = ext(doc, "lower_text")
    if got is None or got[0] is not text:
        got = (text, text.lower())
        set_ext(doc, "lower_text", got)
    return got[1]


class WordScan:
    """The words that several components of one pipeline look for in a document's lowered
    text (the title heads, the person rules' context words, the firm slots' cues), found in
    one pass of one automaton over it, where each component's automaton walked the whole text
    on its own: the English pipeline is bound by cache misses, and each pass cost two to four
    times what it costs alone (0.017 s a MB for the three together, 0.040 apart, measured
    alone on the bench corpus). Each component registers its words when it loads (`register`,
    under its name) and reads the document's occurrences of them (`occurrences`) through its
    `table`. Every occurrence of every word is reported, overlapping ones included, as each
    component's own automaton reported them (Aho-Corasick's standard matching reports every
    occurrence of each pattern, whatever else the automaton holds); their order within one
    end position may differ, and no reader depends on it."""

    def __init__(self) -> None:
        self._sets: dict[str, list[str]] = {}
        self._automaton: Any = None
        self._tables: dict[str, list[int]] = {}

    def register(self, key: str, words: Iterable[str]) -> None:
        """The words a component (`key`) looks for, in its own order: `table(key)` maps the
        shared automaton's words to their places in this list. Registering again replaces them."""
        self._sets[key] = list(words)
        self._automaton = None

    def _build(self) -> None:
        index: dict[str, int] = {}
        for words in self._sets.values():
            for w in words:
                index.setdefault(w, len(index))
        self._automaton = ahocorasick_rs.AhoCorasick(list(index)) if index else False
        self._tables = {}
        for key, words in self._sets.items():
            table = [-1] * len(index)
            for j, w in enumerate(words):
                if table[index[w]] < 0:  # (a word listed twice: its first place, as a dict keeps it)
                    table[index[w]] = j
            self._tables[key] = table

    def table(self, key: str) -> list[int]:
        """For each word of the shared automaton, its place in `key`'s list, or -1."""
        if self._automaton is None:
            self._build()
        return self._tables[key]

    def occurrences(self, doc: Doc, text: str) -> list[tuple[int, int, int]] | None:
        """(word, start, end) of every occurrence of every registered word in
        `lower_text(doc, text)`, found once per document. None where lowering changes the
        text's length (`İ`): the readers then read the text as they did alone."""
        low = lower_text(doc, text)
        if len(low) != len(text):
            return None
        got = ext(doc, "word_hits")
        if got is None or got[0] is not low or got[1] is not self:
            if self._automaton is None:
                self._build()
            hits = self._automaton.find_matches_as_indexes(low, overlapping=True) if self._automaton else []
            got = (low, self, hits)
            set_ext(doc, "word_hits", got)
        return got[2]


_WORD_SCANS: "weakref.WeakKeyDictionary[Any, WordScan]" = weakref.WeakKeyDictionary()


def word_scan(nlp: Any) -> WordScan:
    """The pipeline's `WordScan`, made when a component of `nlp` first asks for it."""
    scan = _WORD_SCANS.get(nlp)
    if scan is None:
        scan = _WORD_SCANS[nlp] = WordScan()
    return scan


def norm_text(doc: Doc) -> str:
    """The normalised text recognizers match on (components/normalizer.py), or the text."""
    return ext(doc, "norm_text") or doc_text(doc)


register_extensions()
