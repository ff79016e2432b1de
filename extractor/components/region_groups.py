"""Enumerated lists of regions ("14 provinces, regions and cities, namely, Beijing, ...").

Runs on `doc.ents` after the resolver: consecutive REGION entities joined only by list
separators form a group; a count stated just before the list ("14 provinces", "14个
省区市") or right after it ("..., Hainan and Guangxi, four provinces", "...、广西四省区",
"三个城市") is checked against the number of members. Separators and count nouns come
from the pipeline config, so each language's wording is data. Counts are read on the
normalised text, so traditional characters (三個城市) read as simplified ones.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from ..candidates import Ent, doc_text, norm_text, records, set_ext

EN_NUMBERS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty".split())}
ZH_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
             "七": 7, "八": 8, "九": 9}


def parse_count(token: str) -> int | None:
    token = token.strip().lower()
    if token.isdigit():
        return int(token)
    if token in EN_NUMBERS:
        return EN_NUMBERS[token]
    if token and all(ch in ZH_DIGITS or ch == "十" for ch in token):
        if "十" not in token:
            return int("".join(str(ZH_DIGITS[ch]) for ch in token)) if len(token) <= 2 else None
        tens, _, ones = token.partition("十")
        return (ZH_DIGITS[tens] if tens else 1) * 10 + (ZH_DIGITS[ones] if ones else 0)
    return None


class RegionGroups:
    def __init__(self, nlp: Language, name: str, separators: list[str], count_pattern: str,
                 lookback: int, min_members: int, count_after_pattern: str = "") -> None:
        self.name = name
        seps = "|".join(re.escape(s) for s in sorted(separators, key=len, reverse=True))
        # one unambiguous way to match a gap (no two adjacent \s*), and gaps are short
        self.joiner = re.compile(rf"\s*(?:(?:{seps})\s*)+")
        self.max_gap = max(len(s) for s in separators) * 3 + 6
        self.count_re = re.compile(count_pattern)
        # matched right at the list's end; bounded repeats only, so the match is short
        self.count_after_re = re.compile(count_after_pattern) if count_after_pattern else None
        self.lookback = lookback
        self.min_members = min_members

    def runs(self, doc: Doc, text: str) -> list[list[Ent]]:
        runs: list[list[Ent]] = []
        current: list[Ent] = []
        for ent in records(doc):
            if ent.label_ != "REGION":
                if current:
                    runs.append(current)
                current = []
                continue
            gap_start = current[-1].end_char if current else 0
            if current and ent.start_char - gap_start <= self.max_gap \
                    and self.joiner.fullmatch(text, gap_start, ent.start_char):
                current.append(ent)
            else:
                if current:
                    runs.append(current)
                current = [ent]
        if current:
            runs.append(current)
        return [r for r in runs if len(r) >= self.min_members]

    def stated_count(self, text: str, start: int) -> int | None:
        window = text[max(0, start - self.lookback) : start]
        found = None
        for m in self.count_re.finditer(window):
            found = m
        return parse_count(found.group("n")) if found else None

    def count_after(self, text: str, end: int) -> int | None:
        m = self.count_after_re.match(text, end) if self.count_after_re else None
        return parse_count(m.group("n")) if m else None

    def __call__(self, doc: Doc) -> Doc:
        groups = []
        text, norm = doc_text(doc), norm_text(doc)
        for run in self.runs(doc, text):
            # a count right after the list is adjacent to it; one before may be anywhere
            # in the look-back window, about something else
            count = self.count_after(norm, run[-1].end_char)
            if count is None:
                count = self.stated_count(norm, run[0].start_char)
            groups.append({
                "start": run[0].start_char,
                "end": run[-1].end_char,
                "members": [{"start": e.start_char, "end": e.end_char, "text": e.text,
                             "value": e._.value} for e in run],
                "stated_count": count,
                "count_matches": None if count is None else count == len(run),
            })
        set_ext(doc, "region_groups", groups)
        return doc


@Language.factory(
    "pressner_region_groups",
    default_config={"separators": [",", "and", "、", "和", "及", "以及", ";", "，"],
                    "count_pattern": r"(?P<n>\d+|[a-z]+)\s+(?:provinces|regions|cities|countries|municipalities)",
                    "count_after_pattern": (
                        r"[\s,(\u2013\u2014-]{0,4}(?:(?:all|the) )?(?P<n>\d+|[a-z]+)\s+"
                        r"(?:provinces|regions|cities|countries|municipalities)\b"),
                    "lookback": 120, "min_members": 3},
)
def make_region_groups(nlp: Language, name: str, separators: list[str], count_pattern: str,
                       lookback: int, min_members: int, count_after_pattern: str) -> RegionGroups:
    return RegionGroups(nlp, name, separators, count_pattern, lookback, min_members,
                        count_after_pattern)
