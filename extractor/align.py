"""Aligning character spans to tokens.

Recognizers decide spans on characters; a boundary that falls inside a token (jieba
joined `贸促会副会长`, or spaCy kept `Ninghai&Fenghua` whole) is made a token
boundary by splitting that token, so the span is exact whatever the segmentation.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable

from spacy.tokens import Doc


def split_at(doc: Doc, offsets: Iterable[int]) -> None:
    """Split every token that has one of `offsets` strictly inside it."""
    cuts = sorted(set(offsets))
    if not cuts:
        return
    plans = []
    for token in doc:
        lo, hi = token.idx, token.idx + len(token.text)
        i = bisect_right(cuts, lo)
        j = bisect_left(cuts, hi)
        if i < j:
            inner = [c - lo for c in cuts[i:j]]
            bounds = [0, *inner, len(token.text)]
            orths = [token.text[a:b] for a, b in zip(bounds, bounds[1:])]
            plans.append((token.i, orths))
    if not plans:
        return
    with doc.retokenize() as retokenizer:
        for i, orths in plans:
            token = doc[i]
            heads = [(token, 0)] * len(orths)
            retokenizer.split(token, orths, heads=heads)
