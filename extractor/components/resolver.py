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
from ..candidates import Candidate, candidates, doc_text, ext, flat, set_ext
from ..lexicon import occurrences
from ..normalise.orgs import clean_value, find_definition


def choose(cands: list[Candidate], text_length: int) -> list[Candidate]:
    # (`c.start - c.end` is `-c.length`, without a property call per candidate)
    return flat(cands, text_length, key=lambda c: (c.tier, c.start - c.end, -c.priority, c.start, c.label))


OF_TAIL = (" of the ", " of ")
AT_AFTER = re.compile(r",? at (?:the )?")  # `Head of X at Y`, `COO, X, at Y`
UNIT_JOINTS = (" of ", ", ")  # `Head of X`, `Chief Operating Officer, X`


def units_of_employers(cands: list[Candidate], text: str) -> list[Candidate]:
    """`Head of Automation Solutions at Varda`, `Chief Operating Officer, Metals & Mineral
    Resources, at X`: a post is held at one organisation, and where the text names it after
    `at`, a name between the post's `of` (or comma) and that `at` is the unit the post runs
    (a business unit, a division named like a firm), part of the title (GUIDELINES, TITLE:
    a portfolio or function stated with the title is one span), not a second employer.
    Offered as the longer TITLE reading; the employer stays an ORG."""
    if "ORG" not in {c.label for c in cands}:
        return cands
    orgs = {}
    for c in cands:
        if c.label == "ORG":
            orgs.setdefault(c.start, []).append(c)
    starts = {c.start for c in cands if c.label == "ORG"}
    extra = []
    for c in cands:
        if c.label != "TITLE" or c.tier:
            continue
        joint = next((j for j in UNIT_JOINTS if text.startswith(j, c.end)), None)
        if joint is None:
            continue
        for unit in orgs.get(c.end + len(joint), ()):
            m = AT_AFTER.match(text, unit.end)
            if m is None or m.end() not in starts:
                continue
            attrs = dict(c.attrs or {})
            if "en" in attrs:
                attrs["en"] = text[c.start:unit.end]
            value = c.value + text[c.end:unit.end].lower() if c.value else c.value
            extra.append(Candidate(c.start, unit.end, "TITLE", value, c.source, attrs, c.priority, 0))
    return cands + extra if extra else cands


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


def names_before_verbs(cands: list[Candidate], text: str,
                       verbs: tuple[str, ...]) -> list[Candidate]:
    """`冯某代表理事会作报告`, `邢某为协会揭牌`: the Chinese ORG walk runs left from a head
    word before persons are read, over a verb word by the head (`代表`) or a noun a verb
    character makes with the name's last (`华为` of `建华为`), into the name. Where a name the
    person rules read ends inside a rule ORG that starts at or inside that name, and a verb
    that takes the body as its object follows the name, the ORG reading held the subject and
    its verb, not a name: it is dropped (a named body after the verb keeps its own, shorter
    reading: the lexicon's or the walk's that stops at the verb). The verbs are the
    pipeline config's `name_verbs` (none in English)."""
    persons = [c for c in cands if c.label == "PERSON" and c.tier == 0
               and c.source.startswith("zh.person.")] if verbs else []
    if not persons:
        return cands

    def subject(o: Candidate) -> bool:
        return any(p.start <= o.start < p.end < o.end and text.startswith(verbs, p.end)
                   for p in persons)

    return [c for c in cands if not (c.label == "ORG" and c.tier == 0
                                     and c.source.startswith("zh.org.") and subject(c))]


CAP_RUN_BEFORE = re.compile(r"(?:[A-Z][\w'’&.-]* ){1,6}\Z")  # capitalised words right before a name


def spelled_runs(cands: list[Candidate], text: str) -> list[Candidate]:
    """`Varda Kimura Automation Vietnam ("VKAV")`: where an English ORG candidate (a rule's or
    the model's) is followed by a short form in brackets whose capitals are the initials of
    the capitalised words that end with it, word by word, the short form says those words
    make one name, longer than the candidate: the whole run is offered as an ORG, and the
    short form as an ORG at its every mention (GUIDELINES, ORG: the longest name; an
    abbreviation a separate span). A partner's or founder's name before a joint venture's
    trade words is part of the venture's name, not a name of its own."""
    if "(" not in text and "（" not in text:  # (a short form is defined in brackets)
        return cands
    extra: list[Candidate] = []
    defined: dict[str, str] = {}
    for c in cands:
        if c.label != "ORG" or not text[c.start:c.start + 1].isupper():
            continue
        hit = find_definition(text, c.end, "latin")
        if hit is None or not hit[0].isalpha() or not hit[0].isupper() or not 2 <= len(hit[0]) <= 8 \
                or hit[0] in defined:
            continue
        m = CAP_RUN_BEFORE.search(text, max(0, c.start - 100), c.start)
        if m is None:
            continue
        words = text[m.start():c.end].split(" ")
        run = words[-len(hit[0]):] if len(words) >= len(hit[0]) else []
        start = c.end - len(" ".join(run))
        if not run or start >= c.start or "".join(w[0] for w in run) != hit[0]:
            continue
        value = clean_value(text[start:c.end])
        extra.append(Candidate(start, c.end, "ORG", value, "org.latin.spelled_run", {}, c.priority, 0))
        defined[hit[0]] = value
    for s, e in occurrences(text, defined, True) if defined else ():
        extra.append(Candidate(s, e, "ORG", defined[text[s:e]], "org.latin.spelled_run",
                               {"abbreviation": text[s:e]}, 0, 0))
    return cands + extra if extra else cands


HEAD_SOURCE = "zh.org.suffix."  # a Chinese rule ORG's source: this, then its head word


def names_on_heads(cands: list[Candidate], text: str) -> list[Candidate]:
    """`委员长小川隆司率领`, `小川隆司表示`: a Japanese given name may end in a character that
    heads a department's name (隆司, 健司: 司), and the ORG walk reads the name, or the title
    and the name, as a body. Where a name of a two-character family name (Japanese, as
    japanese_surnames.tsv lists them, or a compound Chinese one) that the person rules read
    ends with a one-character head, and starts where the ORG does or right after a title, the
    ORG reading is dropped."""
    persons = [c for c in cands if c.label == "PERSON" and c.tier == 0
               and c.source.startswith("zh.person.") and len((c.attrs or {}).get("surname", "")) == 2]
    if not persons:
        return cands
    title_ends = {c.end for c in cands if c.label == "TITLE"}

    def named(o: Candidate) -> bool:
        return len(o.source) == len(HEAD_SOURCE) + 1 and any(
            p.end == o.end and o.start <= p.start and (p.start == o.start or p.start in title_ends)
            for p in persons)

    return [c for c in cands if not (c.label == "ORG" and c.tier == 0
                                     and c.source.startswith(HEAD_SOURCE) and named(c))]


def currency_signs(cands: list[Candidate], text: str) -> list[Candidate]:
    """A country's code before a currency's sign (`US$`, `HK$`, `NT$`, `S$`) names
    money, not a place: no REGION there, whichever recogniser read one. (Most texts hold
    no `$`: one C-level `in` then spares a slice per candidate.)"""
    if "$" not in text:
        return cands
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
    def __init__(self, nlp: Language, name: str, name_verbs: list[str]) -> None:
        self.name = name
        self.name_verbs = tuple(name_verbs)

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        cands = names_on_heads(names_before_verbs(currency_signs(candidates(doc), text), text,
                                                  self.name_verbs), text)
        cands = split_named_tails(places_only(cands, text), text)
        if doc.lang_ == "en":
            cands = units_of_employers(spelled_runs(cands, text), text)
        chosen = choose(assistants_of_bodies(cands, text), len(text))
        starts, ends = token_bounds(doc)
        ranges = token_ranges(chosen, starts, ends)
        # some boundary inside a token: split, then align again (else whitespace edges)
        if None in ranges and split_at(doc, (o for c in chosen for o in (c.start, c.end)), starts):
            starts, ends = token_bounds(doc)
            ranges = token_ranges(chosen, starts, ends)  # whitespace edges: None
        data: dict[int, list] = {}
        for c, r in zip(chosen, ranges):
            if r is not None:
                data[c.start] = [c.end, c.value, c.attrs or None, c.source, c.label]
        set_ext(doc, "ent_data", data)
        set_ext(doc, "ent_count", len(data))
        if len(starts) and not ext(doc, "result_only"):  # (see `write_ents`)
            write_ents(doc, chosen, ranges, len(starts))
        return doc


def write_ents(doc: Doc, chosen: list[Candidate], ranges: list[tuple[int, int] | None], n: int) -> None:
    """`doc.ents` from the aligned entities: what `doc.set_ents` would write, without a
    Span per entity. The results read the resolver's table (`ent_data`, candidates.records),
    so a Doc the Extractor makes for itself and drops once its result is built
    (`result_only`) is spared this: a tenth of the resolver's time, for an annotation
    nobody would read."""
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
    doc.from_array([ENT_IOB, ENT_TYPE], iob_table(n, firsts, sizes, labels))


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


@Language.factory("pressner_resolver", default_config={"name_verbs": []})
def make_resolver(nlp: Language, name: str, name_verbs: list[str]) -> EntityResolver:
    return EntityResolver(nlp, name, name_verbs)
