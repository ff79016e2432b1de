"""Deciding `doc.ents` from the candidates of all recognizers.

The guidelines want flat spans where the longer reading wins; among equally long
readings the candidate's `priority` decides, then the earlier start. Accepted spans are
aligned to tokens (splitting tokens where needed) and written to `doc.ents`, with the
normalised value in `span._.value`, the richer fields in `span._.info` and provenance
in `span._.source`.
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..align import split_at
from ..candidates import Candidate, candidates, doc_text, flat


def choose(cands: list[Candidate], text_length: int) -> list[Candidate]:
    return flat(cands, text_length, key=lambda c: (-c.length, -c.priority, c.start, c.label))


class EntityResolver:
    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        chosen = choose(candidates(doc), len(doc_text(doc)))
        starts = split_at(doc, (o for c in chosen for o in (c.start, c.end)))
        n = len(starts)
        ents: list[Span] = []
        data: dict[int, list] = {}
        for c in chosen:
            a = bisect_left(starts, c.start)
            b = bisect_left(starts, c.end, a)
            if a >= n or starts[a] != c.start or b <= a:
                continue  # only whitespace-edged spans can fail to align after splitting
            span = Span(doc, a, b, label=c.label)
            if span.end_char != c.end:
                continue
            ents.append(span)
            data[c.start] = [c.end, c.value, c.attrs or None, c.source, c.label]
        doc._.ent_data = data
        doc._.ent_count = len(ents)
        doc.ents = ents
        return doc


@Language.factory("pressner_resolver")
def make_resolver(nlp: Language, name: str) -> EntityResolver:
    return EntityResolver(nlp, name)
