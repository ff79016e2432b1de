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

from ..candidates import doc_text, set_ext
from ..lexicon import read_tsv
from .base import DataComponent

NON_ASCII = re.compile(r"[^\x00-\x7f]+")


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
    return table


class Folding:
    """A 1:1 character table and its application; plain attributes, so a tokenizer
    that holds it still pickles."""

    def __init__(self, table: dict[int, str]) -> None:
        self.table = table
        self.keys = frozenset(map(chr, table))

    def __call__(self, text: str) -> str:
        """Every key of the table is outside ASCII. `str.translate` looks up each
        character, as costly as a whole recognizer on English text, which has only a
        few non-ASCII characters (curly quotes, dashes), found by a C-level scan and
        looked up alone; if none is a key, the text maps to itself."""
        if text.isascii():
            return text
        rare = "".join(NON_ASCII.findall(text))
        if len(rare) * 8 < len(text) and self.keys.isdisjoint(rare):
            return text
        return text.translate(self.table)


class TextNormalizer(DataComponent):
    FILES = {"t2s": False}

    def load(self, files: dict[str, Path]) -> None:
        table = fullwidth_table()
        if "t2s" in files:
            for row in read_tsv(files["t2s"], CharPair):
                table[ord(row.trad)] = row.simp
        self.normalise = Folding(table)
        if hasattr(self.nlp.tokenizer, "fold"):
            self.nlp.tokenizer.fold = self.normalise

    def __call__(self, doc: Doc) -> Doc:
        set_ext(doc, "norm_text", self.normalise(doc_text(doc)))
        return doc


@Language.factory("pressner_normalizer")
def make_normalizer(nlp: Language, name: str) -> TextNormalizer:
    return TextNormalizer(nlp, name)
