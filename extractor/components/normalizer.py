"""Length-preserving text normalisation that every recognizer matches on.

Traditional characters map 1:1 to simplified and full-width ASCII to ASCII, so one set
of rules covers both scripts and an offset into `doc._.norm_text` is an offset into
`doc.text`. The segmenter reads the same folded text: jieba's dictionary is simplified
and glues traditional characters into words of its own (復合肥 cut 復/合肥 finds a city), so
the component hands its `Folding` to a tokenizer that takes one (`fold` attribute,
extractor/tokenizers.py), which cuts the folded text and keeps the written characters.
"""

from __future__ import annotations

import re
from pathlib import Path

from pydantic import BaseModel, field_validator
from spacy.language import Language
from spacy.tokens import Doc

from ..candidates import doc_text, ext, non_ascii, set_ext
from ..lexicon import read_tsv
from .base import DataComponent



class CharPair(BaseModel):
    trad: str
    simp: str

    @field_validator("trad", "simp")
    @classmethod
    def one_char(cls, v: str) -> str:
        if len(v) != 1:
            raise ValueError("must be exactly one character")
        return v


def fullwidth_table() -> dict[int, str]:
    table = {cp: chr(cp - 0xFEE0) for cp in range(0xFF01, 0xFF5F)}
    table[0x3000] = " "  # ideographic space
    # the white circle that Hong Kong and Macao government text writes for the numeral
    # zero (二○二六年), read as the ideographic zero 〇 the date rules know
    table[0x25CB] = "\u3007"
    return table


class WordPair(BaseModel):
    folded: str
    simp: str

    @field_validator("simp")
    @classmethod
    def same_length(cls, v: str, info) -> str:
        if len(v) != len(info.data.get("folded", "")):
            raise ValueError("must have the length of `folded`")
        return v


TRADITIONAL_SHARE = 20  # a text is traditional where 1 in this many characters folds
# The dot between the parts of a transliterated name is the middle dot `·` (GB/T 15834, the
# national standard on punctuation: 间隔号); typed text puts look-alikes in its place: the
# full-width full stop `．` (`汤姆．哈蒂`), the bullet `•`, the hyphenation point `‧` of Big5
# text, the katakana middle dot `・` and the small full stop `﹒`. Between two Han characters
# each is that dot and folds to it, so every reader of names sees one character. The
# full-width stop alone would fold to an ASCII full stop, which no name reader joins across.
NAME_DOT_FORMS = "．•‧・﹒"
NAME_DOT = "·"
_NAME_DOT_AT = re.compile(f"(?<=[\u3400-\u4dbf\u4e00-\u9fff])[{NAME_DOT_FORMS}](?=[\u3400-\u4dbf\u4e00-\u9fff])")


class Folding:
    """A 1:1 character table and its application, then, in traditional text, the words
    the characters alone misfold (`phrases`: 瞭解 -> 了解, 計畫 -> 计划, same length).
    Plain attributes, so a tokenizer that holds it still pickles."""

    def __init__(self, table: dict[int, str], phrases: dict[str, str] | None = None,
                 han_keys: frozenset[str] = frozenset()) -> None:
        self.table = table
        self.keys = frozenset(map(chr, table))
        self.han_keys = han_keys  # the traditional characters among the keys
        self.phrases = phrases or {}
        alternatives = sorted(map(re.escape, self.phrases), key=len, reverse=True)
        self.phrase_re = re.compile("|".join(alternatives)) if alternatives else None

    def traditional(self, text: str) -> bool:
        """Written in traditional characters, not simplified text quoting a few: the
        phrase table must not touch simplified text (沈默 may be a name there)."""
        changed = sum(text.count(c) for c in self.han_keys.intersection(text))
        return changed * TRADITIONAL_SHARE >= len(text)

    def words(self, text: str, folded: str) -> str:
        if self.phrase_re is None or not self.traditional(text):
            return folded
        return self.phrase_re.sub(lambda m: self.phrases[m.group()], folded)

    def __call__(self, text: str) -> str:
        """Every key of the table is outside ASCII. `str.translate` looks up each
        character, as costly as a whole recognizer on English text, which has only a
        few non-ASCII characters (curly quotes, dashes), found by a C-level scan and
        looked up alone; if none is a key, the text maps to itself."""
        rare = non_ascii(text)
        if not rare:
            return text
        if len(rare) * 8 < len(text) and self.keys.isdisjoint(rare):
            return text
        folded = self.words(text, text.translate(self.table))
        if any(ch in rare for ch in NAME_DOT_FORMS):
            folded = name_dots(text, folded)
        return folded


def name_dots(text: str, folded: str) -> str:
    """`folded` with each look-alike of the name dot between two Han characters of `text`
    made the dot itself (NAME_DOT_FORMS): the same length, so offsets hold."""
    spots = [m.start() for m in _NAME_DOT_AT.finditer(text)]
    if not spots:
        return folded
    chars = list(folded)
    for at in spots:
        chars[at] = NAME_DOT
    return "".join(chars)


class TextNormalizer(DataComponent):
    FILES = {"t2s": False, "phrases": False}

    def load(self, files: dict[str, Path]) -> None:
        chars = {r.trad: r.simp for r in read_tsv(files["t2s"], CharPair)} if "t2s" in files else {}
        table = fullwidth_table() | {ord(t): s for t, s in chars.items()}
        phrases = ({r.folded: r.simp for r in read_tsv(files["phrases"], WordPair)}
                   if "phrases" in files else None)
        self.normalise = Folding(table, phrases, frozenset(chars))
        if hasattr(self.nlp.tokenizer, "fold"):
            self.nlp.tokenizer.fold = self.normalise

    def __call__(self, doc: Doc) -> Doc:
        if ext(doc, "norm_text") is None:  # the Chinese tokenizer folded the text already
            set_ext(doc, "norm_text", self.normalise(doc_text(doc)))
        return doc


@Language.factory("pressner_normalizer")
def make_normalizer(nlp: Language, name: str) -> TextNormalizer:
    return TextNormalizer(nlp, name)
