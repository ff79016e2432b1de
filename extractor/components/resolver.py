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

import re
from bisect import bisect_left

import numpy
from spacy.attrs import ENT_IOB, ENT_TYPE, IDX, LENGTH
from spacy.language import Language
from spacy.tokens import Doc

from ..align import split_at
from ..candidates import Candidate, candidates, doc_text, flat, set_ext


def choose(cands: list[Candidate], text_length: int) -> list[Candidate]:
    return flat(cands, text_length, key=lambda c: (c.tier, -c.length, -c.priority, c.start, c.label))


OF_TAIL = (" of the ", " of ")


def split_named_tails(cands: list[Candidate], text: str) -> list[Candidate]:
    """`Chief Executive Officer of Halvorsen Marine`: where a rule's ORG candidate is the
    whole tail after a title's `of`, the title ends before `of` (GUIDELINES, TITLE: a named
    organisation after `of` is split off), so the longer title no longer hides the name. A
    portfolio the rules read as a title's field (`Minister of Finance`) has no ORG reading
    there and stays whole."""
    org_at = {(c.start, c.end) for c in cands if c.label == "ORG" and c.tier == 0}
    if not org_at:
        return cands
    out = []
    for c in cands:
        if c.label == "TITLE" and c.tier == 0 and not listed_complement(c, text):
            for joint in OF_TAIL:
                at = text.rfind(joint, c.start, c.end)
                if at > c.start and (at + len(joint), c.end) in org_at:
                    tail = text[at:c.end].lower()
                    value = c.value[:-len(tail)] if c.value and c.value.lower().endswith(tail) else c.value
                    attrs = {k: v for k, v in (c.attrs or {}).items() if k != "complement"}
                    if "en" in attrs:
                        attrs["en"] = text[c.start:at]
                    c = Candidate(c.start, at, c.label, value, c.source, attrs, c.priority, c.tier)
                    break
        out.append(c)
    return out


def listed_complement(c: Candidate, text: str) -> bool:
    """`Chair of the Audit Committee`, `Chair of Council`: a title that ends with a
    complement its head's row lists (title_heads.tsv: a board's committee, a university's
    council) names an organ of its body, part of the title, even where an ORG rule reads
    the organ's capitalised name."""
    comp = (c.attrs or {}).get("complement")
    return bool(comp) and text[c.start:c.end].lower().endswith(" of " + comp)


def assistants_of_bodies(cands: list[Candidate], text: str) -> list[Candidate]:
    """`政务司司长政治助理`, `商务部部长私人秘书`: an assistant's title joined to the
    principal's (title_zh) where the principal is written as its body's name and the post
    that body's head names (`政务司` + `司长`) is the post of the one office-holder, one
    TITLE (as the annotated samples read `财政司司长政治助理`, org null): the body is part of
    the assistant's title, not the assistant's organisation. Offered as a longer reading."""
    orgs = {c.end: c for c in cands if c.label == "ORG" and c.tier == 0}
    extra = []
    for c in cands:
        if c.label != "TITLE" or c.tier or not (c.attrs or {}).get("fused"):
            continue
        body = orgs.get(c.start)
        if body is not None and text[c.start - 1] == text[c.start]:
            attrs = dict(c.attrs, zh=text[body.start:c.end])
            extra.append(Candidate(body.start, c.end, "TITLE", c.value, c.source, attrs,
                                   c.priority, c.tier))
    return cands + extra if extra else cands


PLACE_JOIN = re.compile(r"(?:,| and|, and) ")  # `Malaysia and Gulf Cooperation Council`


def places_only(cands: list[Candidate], text: str) -> list[Candidate]:
    """An English ORG whose words are all places joined by `and` or commas (`Malaysia and
    Gulf Cooperation Council`, the ORG rules' head noun run back over `and`, or the model's
    span over both) names no organisation: the places are two names (GUIDELINES, REGION:
    every item of a list is its own span)."""
    regions: dict[int, list[Candidate]] = {}
    for c in cands:
        if c.label == "REGION" and c.tier == 0:
            regions.setdefault(c.start, []).append(c)
    if not regions:
        return cands
    return [c for c in cands if not (c.label == "ORG" and c.start in regions
                                     and PLACE_JOIN.search(text, c.start, c.end)
                                     and places_cover(regions, text, c.start, c.end))]


def places_cover(regions: dict[int, list[Candidate]], text: str, start: int, end: int) -> bool:
    """Whether REGION candidates joined by `PLACE_JOIN` cover text[start:end] exactly. A
    function of its own, not a closure: a nested function that calls itself is a reference
    cycle (function, cell, function) holding the document's candidates until the cyclic
    collector runs, the only garbage a document left for it."""
    for r in regions.get(start, ()):
        if r.end == end:
            return True
        m = PLACE_JOIN.match(text, r.end)
        if m is not None and m.end() < end and places_cover(regions, text, m.end(), end):
            return True
    return False


NAME_VERBS = ("代表", "为", "為")  # a holder's verbs that take a body as object (`甲代表理事会作报告`)


def names_before_verbs(cands: list[Candidate], text: str) -> list[Candidate]:
    """`冯某代表理事会作报告`, `邢某为协会揭牌`: the Chinese ORG walk runs left from a head
    word before persons are read, over a verb word by the head (`代表`) or a noun a verb
    character makes with the name's last (`华为` of `建华为`), into the name. Where a name the
    person rules read ends inside a rule ORG that starts at or inside that name, and a verb
    that takes the body as its object follows the name, the ORG reading held the subject and
    its verb, not a name: it is dropped (a named body after the verb keeps its own, shorter
    reading: the lexicon's or the walk's that stops at the verb)."""
    persons = [c for c in cands if c.label == "PERSON" and c.tier == 0
               and c.source.startswith("zh.person.")]
    if not persons:
        return cands

    def subject(o: Candidate) -> bool:
        return any(p.start <= o.start < p.end < o.end and text.startswith(NAME_VERBS, p.end)
                   for p in persons)

    return [c for c in cands if not (c.label == "ORG" and c.tier == 0
                                     and c.source.startswith("zh.org.") and subject(c))]


def currency_signs(cands: list[Candidate], text: str) -> list[Candidate]:
    """A country's code before a currency's sign (`US$`, `HK$`, `NT$`, `S$`) names
    money, not a place: no REGION there, whichever recogniser read one."""
    return [c for c in cands if not (c.label == "REGION" and text[c.end:c.end + 1] == "$")]


def token_bounds(doc: Doc) -> tuple[list[int], list[int]]:
    """Start and end character of every token."""
    if not len(doc):
        return [], []
    idx, length = doc.to_array([IDX, LENGTH]).T
    return idx.tolist(), numpy.add(idx, length).tolist()


def token_ranges(chosen: list[Candidate], starts: list[int], ends: list[int]) -> list[tuple[int, int] | None]:
    """Each candidate's tokens, or None where it does not fall on token boundaries (a cut
    inside a token, or whitespace at an edge). `chosen` is in text order and flat, so each
    search starts where the last one stopped: a C-level bisection from there, where a
    Python step per token walked every token of the text, and a search over the whole
    list per candidate added a log factor that showed on megabyte inputs (worst_case.py)."""
    out: list[tuple[int, int] | None] = []
    n, a = len(starts), 0
    for c in chosen:
        a = bisect_left(starts, c.start, a)
        b = bisect_left(starts, c.end, a)
        out.append((a, b) if a < n and starts[a] == c.start and b > a and ends[b - 1] == c.end else None)
    return out


class EntityResolver:
    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        cands = names_before_verbs(currency_signs(candidates(doc), text), text)
        cands = split_named_tails(places_only(cands, text), text)
        chosen = choose(assistants_of_bodies(cands, text), len(text))
        starts, ends = token_bounds(doc)
        ranges = token_ranges(chosen, starts, ends)
        # some boundary inside a token: split, then align again (else whitespace edges)
        if None in ranges and split_at(doc, (o for c in chosen for o in (c.start, c.end)), starts):
            starts, ends = token_bounds(doc)
            ranges = token_ranges(chosen, starts, ends)  # whitespace edges: None
        data: dict[int, list] = {}
        firsts: list[int] = []  # per entity: its first token, its token count, its label
        sizes: list[int] = []
        labels: list[int] = []
        label_id = doc.vocab.strings.add
        for c, r in zip(chosen, ranges):
            if r is not None:
                a, b = r
                firsts.append(a)
                sizes.append(b - a)
                labels.append(label_id(c.label))
                data[c.start] = [c.end, c.value, c.attrs or None, c.source, c.label]
        set_ext(doc, "ent_data", data)
        set_ext(doc, "ent_count", len(data))
        if len(starts):  # what `doc.set_ents` would write, without a Span per entity
            doc.from_array([ENT_IOB, ENT_TYPE], iob_table(len(starts), firsts, sizes, labels))
        return doc


def iob_table(n: int, firsts: list[int], sizes: list[int], labels: list[int]) -> numpy.ndarray:
    """The (ENT_IOB, ENT_TYPE) rows of n tokens for entities given by first token, token
    count and label id (disjoint: `choose` keeps a flat selection), written by a few
    whole-array operations: three numpy item writes per entity cost more than the rest of
    the resolver's loop."""
    iob = numpy.full((n, 2), 2, dtype="uint64")  # O outside entities
    if firsts:
        first = numpy.array(firsts, dtype="int64")
        size = numpy.array(sizes, dtype="int64")
        # every token of every entity: its first token's index, plus 0..size-1
        inside = numpy.repeat(first - numpy.cumsum(size) + size, size) + numpy.arange(int(size.sum()))
        iob[inside, 0] = 1  # I
        iob[first, 0] = 3  # B
        iob[inside, 1] = numpy.repeat(numpy.array(labels, dtype="uint64"), size)
    return iob


@Language.factory("pressner_resolver")
def make_resolver(nlp: Language, name: str) -> EntityResolver:
    return EntityResolver(nlp, name)
