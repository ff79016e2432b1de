"""Aligning character spans to tokens.

Recognizers decide spans on characters; a boundary that falls inside a token (jieba
joined `商会副会长`, or spaCy kept `Ninghai&Fenghua` whole) is made a token
boundary by splitting that token, so the span is exact whatever the segmentation.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable

from spacy.attrs import IDX
from spacy.tokens import Doc


def token_starts(doc: Doc) -> list[int]:
    return doc.to_array(IDX).tolist() if len(doc) else []


def split_at(doc: Doc, offsets: Iterable[int], starts: list[int] | None = None) -> bool:
    """Split every token that has one of `offsets` strictly inside it; True where one was
    (the caller reads the tokens again only then). Only the tokens holding a cut are
    visited (binary search over the token starts), so the cost follows the number of
    entities."""
    if starts is None:
        starts = token_starts(doc)
    if not starts:
        return False
    plans: dict[int, list[int]] = {}
    for cut in set(offsets):
        i = bisect_right(starts, cut) - 1
        if i < 0 or starts[i] == cut:
            continue
        token = doc[i]
        inner = cut - starts[i]
        if inner < len(token.text):
            plans.setdefault(i, []).append(inner)
    if not plans:
        return False
    with doc.retokenize() as retokenizer:
        for i, inner_cuts in plans.items():
            token = doc[i]
            bounds = [0, *sorted(inner_cuts), len(token.text)]
            orths = [token.text[a:b] for a, b in zip(bounds, bounds[1:])]
            retokenizer.split(token, orths, heads=[(token, 0)] * len(orths))
    return True
