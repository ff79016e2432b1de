"""Turning a processed `Doc` into the result schema (the only place that does)."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc

from .candidates import doc_text, records
from .schema import DocDateEvidence, Entity, ExtractionResult, RegionGroup, Role, Segment, SpanRef


def entities(doc: Doc, offset: int = 0, labels: Iterable[str] | None = None) -> list[Entity]:
    keep = set(labels) if labels else None
    return [Entity.model_construct(start=e.start_char + offset, end=e.end_char + offset,
                                   label=e.label_, text=e.text, value=e.value,
                                   source=e.source, info=e.info)
            for e in records(doc) if keep is None or e.label_ in keep]


def ref(d: dict | None) -> SpanRef | None:
    return None if d is None else SpanRef.model_construct(**d)


def role(r: dict) -> Role:
    """Roles and groups come from our own components: built without re-validation."""
    return Role.model_construct(person=r["person"], title=r["title"], org=r["org"],
                                person_span=ref(r["person_span"]), title_span=ref(r["title_span"]),
                                org_span=ref(r["org_span"]))


def group(g: dict) -> RegionGroup:
    return RegionGroup.model_construct(start=g["start"], end=g["end"],
                                       members=[SpanRef.model_construct(**m) for m in g["members"]],
                                       stated_count=g["stated_count"], count_matches=g["count_matches"])


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
        roles=[role(r) for r in (doc._.roles or [])],
        region_groups=[group(g) for g in (doc._.region_groups or [])],
        segments=[Segment(start=0, end=len(doc_text(doc)), lang=lang)],
        timing_ms=timing_ms,
    )
