"""Aligning character spans to tokens.

Recognizers decide spans on characters; a boundary that falls inside a token (jieba
joined `贸促会副会长`, or spaCy kept `Ninghai&Fenghua` whole) is made a token
boundary by splitting that token, so the span is exact whatever the segmentation.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy
from spacy.attrs import IDX
from spacy.tokens import Doc


def split_at(doc: Doc, offsets: Iterable[int]) -> None:
    """Split every token that has one of `offsets` strictly inside it.

    Only the tokens holding a cut are visited (binary search over the token starts), so
    the cost follows the number of entities, not the length of the document.
    """
    cuts = numpy.unique(numpy.fromiter(offsets, dtype=numpy.int64))
    if not len(cuts) or not len(doc):
        return
    starts = doc.to_array([IDX]).astype(numpy.int64).ravel()
    owner = numpy.searchsorted(starts, cuts, side="right") - 1
    inner = (owner >= 0) & (cuts != starts[numpy.clip(owner, 0, None)])
    plans: dict[int, list[int]] = {}
    for cut, i in zip(cuts[inner].tolist(), owner[inner].tolist()):
        token = doc[i]
        if cut < token.idx + len(token.text):
            plans.setdefault(i, []).append(cut - token.idx)
    if not plans:
        return
    with doc.retokenize() as retokenizer:
        for i, inner_cuts in plans.items():
            token = doc[i]
            bounds = [0, *inner_cuts, len(token.text)]
            orths = [token.text[a:b] for a, b in zip(bounds, bounds[1:])]
            retokenizer.split(token, orths, heads=[(token, 0)] * len(orths))
