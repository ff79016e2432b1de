"""Turning a processed `Doc` into the result schema (the only place that does)."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc

from .candidates import doc_text
from .schema import DocDateEvidence, Entity, ExtractionResult, RegionGroup, Role, Segment


def entities(doc: Doc, offset: int = 0, labels: Iterable[str] | None = None) -> list[Entity]:
    keep = set(labels) if labels else None
    text = doc_text(doc)
    data = doc._.ent_data or {}  # the resolver's fields; one dict read instead of 3 per span
    out = []
    for span in doc.ents:
        label = span.label_
        if keep is not None and label not in keep:
            continue
        start, end = span.start_char, span.end_char
        row = data.get(start)
        value, info, source = (row[1], row[2], row[3]) if row and row[0] == end else (None, None, None)
        out.append(Entity.model_construct(
            start=start + offset, end=end + offset, label=label, text=text[start:end],
            value=value, source=source, info=info))
    return out


def to_result(doc: Doc, *, doc_id: str | None, lang: str, labels: Iterable[str] | None = None,
              timing_ms: float | None = None) -> ExtractionResult:
    evidence = doc._.doc_date_evidence
    return ExtractionResult(
        id=doc_id,
        lang=lang,
        doc_date=doc._.doc_date,
        doc_date_source=doc._.doc_date_source or "none",
        doc_date_evidence=DocDateEvidence(**evidence) if evidence else None,
        entities=entities(doc, labels=labels),
        roles=[Role.model_validate(r) for r in (doc._.roles or [])],
        region_groups=[RegionGroup.model_validate(g) for g in (doc._.region_groups or [])],
        segments=[Segment(start=0, end=len(doc_text(doc)), lang=lang)],
        timing_ms=timing_ms,
    )
