"""Deciding `doc.ents` from the candidates of all recognizers.

The guidelines want flat spans where the longer reading wins; among equally long
readings the candidate's `priority` decides, then the earlier start. Learned fallbacks
(`tier` 1, components/learned.py) come after every rule candidate: they fill only
the room the rules left. Accepted spans are
aligned to tokens (splitting tokens where needed) and written to `doc.ents`, with the
normalised value in `span._.value`, the richer fields in `span._.info` and provenance
in `span._.source`.
"""

from __future__ import annotations

import numpy
from spacy.attrs import ENT_IOB, ENT_TYPE, IDX, LENGTH
from spacy.language import Language
from spacy.tokens import Doc

from ..align import split_at
from ..candidates import Candidate, candidates, doc_text, flat, set_ext


def choose(cands: list[Candidate], text_length: int) -> list[Candidate]:
    return flat(cands, text_length, key=lambda c: (c.tier, -c.length, -c.priority, c.start, c.label))


def token_bounds(doc: Doc) -> tuple[list[int], list[int]]:
    """Start and end character of every token."""
    if not len(doc):
        return [], []
    idx, length = doc.to_array([IDX, LENGTH]).T
    return idx.tolist(), numpy.add(idx, length).tolist()


def token_ranges(chosen: list[Candidate], starts: list[int], ends: list[int]) -> list[tuple[int, int] | None]:
    """Each candidate's tokens, or None where it does not fall on token boundaries (a cut
    inside a token, or whitespace at an edge). `chosen` is in text order and flat, so one
    forward walk over the tokens finds them all: linear, where a binary search per
    candidate added a log factor that showed on megabyte inputs (worst_case.py)."""
    out: list[tuple[int, int] | None] = []
    n, a = len(starts), 0
    for c in chosen:
        while a < n and starts[a] < c.start:
            a += 1
        b = a
        while b < n and starts[b] < c.end:
            b += 1
        out.append((a, b) if a < n and starts[a] == c.start and b > a and ends[b - 1] == c.end else None)
    return out


class EntityResolver:
    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        chosen = choose(candidates(doc), len(doc_text(doc)))
        starts, ends = token_bounds(doc)
        ranges = token_ranges(chosen, starts, ends)
        if None in ranges:  # some boundary inside a token: split, then align again
            split_at(doc, (o for c in chosen for o in (c.start, c.end)), starts)
            starts, ends = token_bounds(doc)
            ranges = token_ranges(chosen, starts, ends)  # whitespace edges: None
        data: dict[int, list] = {}
        iob = numpy.full((len(starts), 2), 2, dtype="uint64")  # O outside entities
        label_id = doc.vocab.strings.add
        for c, r in zip(chosen, ranges):
            if r is not None:
                a, b = r
                iob[a, 0] = 3  # B
                iob[a + 1 : b, 0] = 1  # I
                iob[a:b, 1] = label_id(c.label)
                data[c.start] = [c.end, c.value, c.attrs or None, c.source, c.label]
        set_ext(doc, "ent_data", data)
        set_ext(doc, "ent_count", len(data))
        if len(iob):  # what `doc.set_ents` would write, without a Span per entity
            doc.from_array([ENT_IOB, ENT_TYPE], iob)
        return doc


@Language.factory("pressner_resolver")
def make_resolver(nlp: Language, name: str) -> EntityResolver:
    return EntityResolver(nlp, name)
