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
from bisect import bisect_right
from collections.abc import Callable
from pathlib import Path

from pydantic import BaseModel
from spacy.language import Language
from spacy.tokens import Doc

from ..align import token_starts
from ..candidates import Candidate, candidates, norm_text
from ..lexicon import PhraseAutomaton, read_tsv, split_aliases
from .base import DataComponent

# Where one surface form names several places, the larger or better known one wins.
TYPE_RANK = {
    "country": 0, "group": 1, "area": 2, "province": 3, "municipality": 3,
    "autonomous_region": 3, "sar": 3, "state": 4, "prefecture_city": 5, "city": 5,
    "prefecture": 6, "county_city": 7, "district": 8, "county": 8,
}
LATIN_UPPER = re.compile("[A-Z]")
HAN_RUN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff·・]+")
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


class RegionRecognizer(DataComponent):
    FILES = {"regions": True}

    def __init__(self, nlp: Language, name: str, script: str) -> None:
        super().__init__(nlp, name)
        # "latin", "han" or "both": which aliases this pipeline matches (both: English
        # text quotes Chinese names and Chinese text English ones)
        self.scripts = ("latin", "han") if script == "both" else (script,)

    def load(self, files: dict[str, Path]) -> None:
        rows = read_tsv(files["regions"], RegionRow)
        self.rows = {r.id: r for r in rows}
        self._resolved: dict[int, tuple[str, dict]] = {}
        self.automata = {script: PhraseAutomaton(self.phrases(rows, script),
                                                 word_boundaries=script == "latin")
                         for script in self.scripts}

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
        out = {"id": r.id, "name_en": r.name_en, "name_zh": r.name_zh, "type": r.type,
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

    @staticmethod
    def matches(script: str, automaton: PhraseAutomaton, text: str, mostly_han: bool = False):
        """In English text Han names are matched run by run: walking the automaton over
        Latin text costs about 1 µs a character for nothing."""
        if script == "latin":
            return automaton.matches(text) if LATIN_UPPER.search(text) else []
        if mostly_han:
            return automaton.matches(text)
        out = []
        for run in HAN_RUN.finditer(text):
            a = run.start()
            out += [(a + s, a + e, ids) for s, e, ids in automaton.matches(run.group())]
        return out

    def __call__(self, doc: Doc) -> Doc:
        text = norm_text(doc)
        out = candidates(doc)
        for script, automaton in self.automata.items():
            source = f"region.{script}"
            found = self.matches(script, automaton, text, doc.lang_ == "zh")
            if found and script == "han" and doc.lang_ == "zh":
                found = words_allow(found, token_starts(doc), len(text),
                                    lambda a, b: automaton.lookup(text[a:b]))
            for start, end, ids in found:
                value, info = self.resolved(ids)
                # a named group of countries is a REGION (guidelines) where an ORG
                # pattern reads the same span (二十国集团 ends in 集团, "Organization")
                priority = 2 if info["type"] == "group" else 0  # ORG reads: 1
                out.append(Candidate(start, end, "REGION", value, source, info, priority))
        return doc


def words_allow(found: list, starts: list[int], length: int,
                shorter: Callable[[int, int], list | None] | None = None) -> list:
    """The matches the Chinese segmentation allows: a name begins where a word begins
    (or where the name before it ends: jieba keeps 广西南宁 whole) and does not run into a
    word that goes on past its end. 荣昌 in 繁荣昌盛 begins inside a word, 和政 in 和政府
    ends inside one; 中国 in 中国人 is a word's head and stays, as a country's name before
    a noun does (德国企业). `starts` holds the word starts of the pipeline's own jieba
    tokens, cut where the folded (simplified) text has its words (extractor/tokenizers.py).
    Where the longest name is refused, a shorter name at the same start may fit the words (巴黎 in 巴黎市场, whose 巴黎市 runs into 市场): `shorter(start, end)` gives
    the payloads of the name text[start:end], or None. A binary search per match: the
    cost follows the matches, not the text."""
    out, ends = [], set()
    for start, end, ids in found:
        allowed = on_word_edges(starts, length, start, end, ends)
        if not allowed and shorter:
            for cut in range(end - 1, start + 1, -1):
                fewer = shorter(start, cut)
                if fewer is not None and on_word_edges(starts, length, start, cut, ends):
                    end, ids, allowed = cut, fewer, True
                    break
        if allowed:
            out.append((start, end, ids))
            ends.add(end)
    return out


def on_word_edges(starts: list[int], length: int, start: int, end: int, ends: set[int]) -> bool:
    i = bisect_right(starts, start) - 1
    if i >= 0 and starts[i] != start and start not in ends:
        return False
    j = bisect_right(starts, end - 1) - 1
    word_end = starts[j + 1] if j + 1 < len(starts) else length
    return not (j >= 0 and starts[j] > start and word_end > end)


@Language.factory("pressner_regions", default_config={"script": "latin"})
def make_regions(nlp: Language, name: str, script: str) -> RegionRecognizer:
    return RegionRecognizer(nlp, name, script)
