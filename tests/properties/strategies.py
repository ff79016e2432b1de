"""Text strategies for the property tests: arbitrary Unicode, each script, mixed scripts,
and texts glued from fragments of the project's own samples and lexicons.

The fragments come from samples/releases.jsonl and models/ (never ../shared), so the
generated texts look like press releases closely enough to reach every recognizer.
"""

from __future__ import annotations

import csv
import json
import re
from functools import lru_cache
from pathlib import Path

from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples" / "releases.jsonl"
MODELS = ROOT / "models"

HAN = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF)
ZH_PUNCT = st.sampled_from(list("年月日号至、，。：；（）《》“”—０１２３４５６７８９0123456789 \n上下午今明昨"))
EN_PUNCT = st.sampled_from(list(" ,.;:-()'\"/\n0123456789"))
LATIN = st.characters(min_codepoint=0x41, max_codepoint=0x7A)

DATE_BITS = [
    "2021年", "4月", "14日", "2021年4月5日", "至", "上午", "今年", "去年", "昨天",
    "April", "Aug.", "14", "2022", ", ", " to ", " from ", "-", "on Monday", "this year",
    "last year", "yesterday", "2021-4-23", " 11:30:09", "Sept. 5", "March 25-26", "10-03-30",
    "XXXX", "May", "31st", "of ",
]


def _column(path: Path, names: tuple[str, ...]) -> list[str]:
    rows = (line for line in path.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#"))
    out: list[str] = []
    for row in csv.DictReader(rows, delimiter="\t"):
        for name in names:
            for v in (row.get(name) or "").split("|"):
                if v.strip():
                    out.append(v.strip())
    return out


@lru_cache(maxsize=1)
def lexicon_words() -> list[str]:
    words: list[str] = []
    words += _column(MODELS / "shared" / "regions.tsv", ("name_en", "name_zh"))[:400]
    words += _column(MODELS / "shared" / "orgs.tsv", ("name_en", "name_zh", "abbr_en", "abbr_zh"))
    words += _column(MODELS / "en" / "title_heads.tsv", ("form",))
    words += _column(MODELS / "zh" / "title_heads.tsv", ("form",))
    return sorted(set(words)) + DATE_BITS


@lru_cache(maxsize=1)
def sample_texts() -> list[str]:
    return [json.loads(line)["text"] for line in SAMPLES.read_text(encoding="utf-8").splitlines()
            if line.strip()]


@lru_cache(maxsize=1)
def sample_fragments() -> list[str]:
    """Words, punctuation runs and whole lines of the samples."""
    frags: set[str] = set()
    for text in sample_texts():
        frags.update(re.findall(r"\w+|[^\w\s]+|\s+", text))
        frags.update(line for line in text.splitlines() if line)
    return sorted(frags)


def unicode_text() -> st.SearchStrategy[str]:
    return st.text(max_size=200)


def chinese_text() -> st.SearchStrategy[str]:
    return st.text(st.one_of(HAN, ZH_PUNCT), max_size=200)


def english_text() -> st.SearchStrategy[str]:
    word = st.text(LATIN, min_size=1, max_size=10)
    cap = word.map(str.capitalize)
    piece = st.one_of(word, cap, EN_PUNCT, st.sampled_from(lexicon_words()))
    return st.lists(piece, max_size=60).map(" ".join)


def mixed_text() -> st.SearchStrategy[str]:
    return st.lists(st.one_of(chinese_text(), english_text()), max_size=4).map("\n".join)


def fragment_text() -> st.SearchStrategy[str]:
    """Sample fragments and lexicon entries in any order, plus slices of whole samples."""
    pool = sample_fragments() + lexicon_words()
    glued = st.lists(st.sampled_from(pool), max_size=40).map("".join)
    sliced = st.tuples(st.sampled_from(sample_texts()), st.integers(0, 4000), st.integers(0, 600)) \
        .map(lambda t: t[0][t[1]:t[1] + t[2]])
    return st.one_of(glued, sliced)


def any_text() -> st.SearchStrategy[str]:
    return st.one_of(unicode_text(), chinese_text(), english_text(), mixed_text(), fragment_text())
