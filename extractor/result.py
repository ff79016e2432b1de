"""Turning a processed `Doc` into the result schema (the only place that does).

Everything here comes from our own components, already in the schema's types, so the
models are built without validation. pydantic's `model_construct` still walks the
fields and defaults on every call, which cost a tenth of the English pipeline's time
(some thirty entities a document); `built` sets the same four attributes directly.
`tests/core/test_result.py` checks that both give equal models and equal JSON.
"""

from __future__ import annotations

from collections.abc import Iterable
from copy import copy
from functools import cache
from typing import TypeVar

from pydantic import BaseModel
from spacy.tokens import Doc

from .candidates import doc_text, ext, records
from .schema import DocDateEvidence, Entity, ExtractionResult, RegionGroup, Role, Segment, SpanRef

M = TypeVar("M", bound=BaseModel)
_new = object.__new__  # a model class's own `__new__` is object's: the lookup is spared
# the setters of BaseModel's three slots and of its `__dict__`, taken once: `object.__setattr__`
# looks each name up through the class's MRO on every call (a third of `built`'s time, 80
# models a document)
_fields_set, _extra, _private, _dict = (BaseModel.__dict__[name].__set__ for name in (
    "__pydantic_fields_set__", "__pydantic_extra__", "__pydantic_private__", "__dict__"))
_sizes: dict[type, int] = {}  # number of fields of each model class built


def built(cls: type[M], fields: dict) -> M:
    """`cls.model_construct(**fields)` for `fields` in the model's field order; fields not
    given take a copy of their default."""
    model = _new(cls)
    size = _sizes.get(cls)
    if size is None:
        size = _sizes[cls] = len(_field_names(cls))
    _fields_set(model, set(fields))
    if len(fields) < size:  # in field order: it is the JSON's order
        defaults = _defaults(cls)
        fields = {k: fields[k] if k in fields else copy(defaults[k]) for k in _field_names(cls)}
    _dict(model, fields)
    _extra(model, None)
    _private(model, None)
    return model


@cache
def _field_names(cls: type[BaseModel]) -> tuple[str, ...]:
    return tuple(cls.model_fields)  # a computed class property in pydantic 2.14: read once


@cache
def _defaults(cls: type[BaseModel]) -> dict:
    return {name: f.get_default(call_default_factory=True)
            for name, f in cls.model_fields.items() if not f.is_required()}


ENTITY_FIELDS = frozenset(Entity.model_fields)


def entities(doc: Doc, offset: int = 0, labels: Iterable[str] | None = None) -> list[Entity]:
    """`built(Entity, ...)` of each record, written out: the most numerous model (some
    thirty a document), every field given, so nothing is left to look up per entity."""
    keep = set(labels) if labels else None
    out = []
    for e in records(doc):
        if keep is not None and e.label_ not in keep:
            continue
        model = _new(Entity)
        _fields_set(model, set(ENTITY_FIELDS))
        _dict(model, {"start": e.start_char + offset, "end": e.end_char + offset,
                      "label": e.label_, "text": e.text, "value": e.value,
                      "source": e.source, "info": e.info})
        _extra(model, None)
        _private(model, None)
        out.append(model)
    return out


def ref(d: dict | None) -> SpanRef | None:
    if d is None:
        return None
    return built(SpanRef, {"start": d["start"], "end": d["end"], "text": d["text"],
                           "value": d.get("value")})


def role(r: dict) -> Role:
    return built(Role, {"person": r["person"], "title": r["title"], "org": r["org"],
                        "person_span": ref(r["person_span"]), "title_span": ref(r["title_span"]),
                        "org_span": ref(r["org_span"])})


def group(g: dict) -> RegionGroup:
    return built(RegionGroup, {"start": g["start"], "end": g["end"],
                               "members": [ref(m) for m in g["members"]],
                               "stated_count": g["stated_count"],
                               "count_matches": g["count_matches"]})


def evidence_model(e: dict) -> DocDateEvidence:
    """The date component's evidence (components/dates.py `evidence`: ints and strings, the
    model's four fields) as its model, built as the others are: validating it cost more
    than the rest of the document's header."""
    return built(DocDateEvidence, {"start": e["start"], "end": e["end"], "text": e["text"],
                                   "rule": e["rule"]})


def to_result(doc: Doc, *, doc_id: str | None, lang: str, labels: Iterable[str] | None = None,
              timing_ms: float | None = None) -> ExtractionResult:
    evidence = ext(doc, "doc_date_evidence")
    return built(ExtractionResult, {
        "id": doc_id,
        "lang": lang,
        "doc_date": ext(doc, "doc_date"),
        "doc_date_source": ext(doc, "doc_date_source") or "none",
        "doc_date_evidence": evidence_model(evidence) if evidence else None,
        "entities": entities(doc, labels=labels),
        "roles": [role(r) for r in (ext(doc, "roles") or [])],
        "region_groups": [group(g) for g in (ext(doc, "region_groups") or [])],
        "segments": [built(Segment, {"start": 0, "end": len(doc_text(doc)), "lang": lang})],
        "timing_ms": timing_ms,
    })
