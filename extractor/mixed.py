"""Documents in both languages: each part through its own pipeline, one result.

Parts come from extractor/segment.py. Each is processed alone and its offsets shifted back
into the whole text. The document date is shared: the caller's, or the first one a part
infers; parts processed before an anchor was known are redone with it.

An organisation's acronym that one part defines (`… Chamber of Commerce (HKGCC)` in the
English version) names the same body where another part uses it bare (a short English
headline read with the Chinese part, which has no definition): such mentions are added
(`shared_acronyms`). A person a Chinese part names (`张文华`, read as Zhang Wenhua) and a
Latin part names in that same romanisation (`Zhang Wenhua`) is one person given in both
versions of the release: their first mentions are linked as a bracketed pair is
(`info.linked`, `link_halves`), so the knowledge base joins them.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from .candidates import ext
from .schema import Entity, ExtractionResult, Segment

ACRONYM = re.compile(r"[A-Z][A-Z&]{1,7}")

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .extractor import Extractor


def shift(res: ExtractionResult, offset: int) -> ExtractionResult:
    if offset == 0:
        return res
    data = res.model_dump()
    for e in data["entities"]:
        e["start"] += offset
        e["end"] += offset
        linked = (e.get("info") or {}).get("linked")
        if isinstance(linked, dict) and "start" in linked:  # a span the entity points to
            linked["start"] += offset
            linked["end"] += offset
    for r in data["roles"]:
        for key in ("person_span", "title_span", "org_span"):
            if r.get(key):
                r[key]["start"] += offset
                r[key]["end"] += offset
    for g in data["region_groups"]:
        g["start"] += offset
        g["end"] += offset
        for m in g["members"]:
            m["start"] += offset
            m["end"] += offset
    if data.get("doc_date_evidence"):
        data["doc_date_evidence"]["start"] += offset
        data["doc_date_evidence"]["end"] += offset
    return ExtractionResult.model_validate(data)


class Pending:
    """A mixed document between its two steps: the parts `begin_mixed` finished, and the
    parts (`redo`: index, start, end, language) still to run whole with the date found."""

    __slots__ = ("text", "parts", "doc_id", "results", "anchor", "source", "evidence", "redo")

    def __init__(self, text: str, parts: list[tuple[int, int, str]], doc_id: str | None,
                 doc_date: str | None) -> None:
        self.text, self.parts, self.doc_id = text, parts, doc_id
        self.results: list[ExtractionResult | None] = [None] * len(parts)
        self.anchor, self.source = doc_date, ("given" if doc_date else "none")
        self.evidence = None
        self.redo: list[tuple[int, int, int, str]] = []


def extract_mixed(ex: Extractor, text: str, parts: list[tuple[int, int, str]], doc_date: str | None,
                  doc_id: str | None) -> ExtractionResult:
    """One mixed document: `begin_mixed`, its parts to redo run here, `finish_mixed`.
    `Extractor.extract_many` runs the parts to redo with the batch's other documents."""
    pending = begin_mixed(ex, text, parts, doc_date, doc_id)
    for j, s, e, lang in pending.redo:
        pending.results[j] = shift(ex.extract_part(text[s:e], lang, pending.anchor), s)
    return finish_mixed(pending)


def begin_mixed(ex: Extractor, text: str, parts: list[tuple[int, int, str]], doc_date: str | None,
                doc_id: str | None) -> Pending:
    """The document date and every part that needs no second run.

    A part run before the anchor was known and giving no date of its own is redone with
    the anchor a later part gives. Whether a part gives the date is known once its
    pipeline has run up to the date component (`begin_part`), so such a part waits there:
    it is finished as it stands if no part gives a date, and run again with the anchor if
    one does (`Pending.redo`: a whole run with a known date, which the caller may do with
    other documents); no part is run whole twice."""
    pending = Pending(text, parts, doc_id, doc_date)
    results = pending.results
    waiting: list[tuple[int, Doc, int]] = []
    for i, (start, end, lang) in enumerate(parts):
        doc, done = ex.begin_part(text[start:end], lang, pending.anchor)
        if pending.anchor is None and not ext(doc, "doc_date"):
            waiting.append((i, doc, done))
            continue
        res = shift(ex.finish_part(doc, lang, done), start)
        if pending.anchor is None and res.doc_date:
            pending.anchor, pending.source, pending.evidence = res.doc_date, "inferred", res.doc_date_evidence
            pending.redo += [(j, *parts[j]) for j, _, _ in waiting]  # the parts before, with the anchor
            waiting = []
        results[i] = res
    for j, doc, done in waiting:  # no part gives a date: the parts as they were begun
        results[j] = shift(ex.finish_part(doc, parts[j][2], done), parts[j][0])
    return pending


def finish_mixed(pending: Pending) -> ExtractionResult:
    """The document's result from its parts' (every one filled in)."""
    text, parts = pending.text, pending.parts
    done = [r for r in pending.results if r is not None]
    entities = [e for r in done for e in r.entities]
    entities = sorted(entities + shared_acronyms(text, entities), key=lambda e: e.start)
    link_halves(entities, parts)
    weight: Counter[str] = Counter()
    for start, end, lang in parts:  # blank lines join the first part: they must not weigh
        weight[lang] += len("".join(text[start:end].split()))
    return ExtractionResult(
        id=pending.doc_id,
        lang=weight.most_common(1)[0][0],
        doc_date=pending.anchor,
        doc_date_source=pending.source,
        doc_date_evidence=pending.evidence,
        entities=entities,
        roles=[x for r in done for x in r.roles],
        region_groups=[g for r in done for g in r.region_groups],
        segments=[Segment(start=s, end=e, lang=lang) for s, e, lang in parts],
    )


def shared_acronyms(text: str, entities: list[Entity]) -> list[Entity]:
    """ORG mentions of an acronym that some part found as an ORG, where it stands bare as a
    whole word outside every entity of the other parts."""
    acronyms = {e.text: e for e in entities if e.label == "ORG" and ACRONYM.fullmatch(e.text)}
    if not acronyms:
        return []
    taken = bytearray(len(text) + 1)
    for e in entities:
        taken[e.start:e.end] = b"\x01" * (e.end - e.start)
    added: list[Entity] = []
    for name, found in acronyms.items():
        for m in re.finditer(rf"(?<![\w&]){re.escape(name)}(?![\w&])", text):
            if not any(taken[m.start():m.end()]):
                added.append(found.model_copy(update={"start": m.start(), "end": m.end(),
                                                      "source": "mixed_acronym"}))
                taken[m.start():m.end()] = b"\x01" * (m.end() - m.start())
    return added


def _romanised_key(name: str) -> str:
    return "".join(ch for ch in name.casefold() if ch.isalpha())


def link_halves(entities: list[Entity], parts: list[tuple[int, int, str]]) -> None:
    """Link the first mention of a person in a Chinese part to the first mention in a
    Latin part whose name is its pinyin (`张文华` ~ `Zhang Wenhua`), where each side has one
    person of that romanised name and neither mention is linked already (a bracketed
    pair). A Cantonese or other romanisation (`Lau Wai-fan` for 劉慧芬) finds no match:
    only the evidence the pinyin gives is used."""
    if len({lang for _, _, lang in parts}) < 2:
        return
    def lang_at(pos: int) -> str | None:
        return next((lang for s, e, lang in parts if s <= pos < e), None)
    han: dict[str, list[Entity]] = {}
    latin: dict[str, list[Entity]] = {}
    for e in entities:
        if e.label != "PERSON" or (e.info or {}).get("linked"):
            continue
        if lang_at(e.start) == "zh":
            pinyin = (e.info or {}).get("pinyin")
            if isinstance(pinyin, str) and " " in pinyin:
                han.setdefault(_romanised_key(pinyin), []).append(e)
        elif lang_at(e.start) == "en" and " " in e.text.strip():
            latin.setdefault(_romanised_key(e.value or e.text), []).append(e)
    for key, zh in han.items():
        en = latin.get(key)
        if not en or len({x.text for x in zh}) > 1 or len({x.text for x in en}) > 1:
            continue
        a, b = zh[0], en[0]
        a.info = dict(a.info or {}, linked={"start": b.start, "end": b.end})
        b.info = dict(b.info or {}, linked={"start": a.start, "end": a.end})
