"""The one result schema shared by the library, the CLI and the HTTP API.

Its JSON form is what `../shared/eval/score.py` reads: `{"id", "lang", "doc_date",
"entities": [{"start", "end", "label", "text", "value", ...}], "roles": [...]}`.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator
from pydantic_core import PydanticSerializationError

from .errors import echo

Label = Literal["DATE", "PERSON", "TITLE", "ORG", "REGION"]
Lang = Literal["en", "zh"]
Profile = Literal["accurate", "fast"]  # extractor/pipeline.py PROFILES
DocDateSource = Literal["given", "inferred", "none"]


class Entity(BaseModel):
    start: int = Field(description="Character offset into the original text (inclusive).")
    end: int = Field(description="Character offset into the original text (exclusive).")
    label: Label
    text: str
    value: str | None = Field(None, description="Normalised value: ISO 8601 for DATE, canonical English name otherwise.")
    source: str | None = Field(None, description="Which rule or lexicon proposed the span.")
    info: dict[str, Any] | None = Field(None, description="Richer normalised fields (region codes, date parts, pinyin, ...).")


class SpanRef(BaseModel):
    start: int
    end: int
    text: str
    value: str | None = None


class Role(BaseModel):
    """A (person, title, organisation) triple the text states."""

    person: str
    title: str
    org: str | None = None
    person_span: SpanRef
    title_span: SpanRef
    org_span: SpanRef | None = None


class RegionGroup(BaseModel):
    """An enumerated list of regions, e.g. "14 provinces, regions and cities, namely, ..."."""

    start: int
    end: int
    members: list[SpanRef]
    stated_count: int | None = None
    count_matches: bool | None = None


class DocDateEvidence(BaseModel):
    start: int
    end: int
    text: str
    rule: str


class Segment(BaseModel):
    start: int
    end: int
    lang: Lang


class ExtractionResult(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str | None = None
    lang: Lang
    doc_date: str | None = Field(None, description="ISO date the relative dates were resolved against.")
    doc_date_source: DocDateSource = "none"
    doc_date_evidence: DocDateEvidence | None = None
    entities: list[Entity] = []
    roles: list[Role] = []
    region_groups: list[RegionGroup] = []
    segments: list[Segment] = []
    timing_ms: float | None = None
    meta: dict[str, Any] | None = None


class ErrorInfo(BaseModel):
    code: str
    message: str


class ErrorResult(BaseModel):
    id: str | None = None
    error: ErrorInfo


class DocumentIn(BaseModel):
    """One document to extract from, as the CLI's JSONL lines and the API's batches carry it."""

    model_config = ConfigDict(extra="allow")

    id: str | None = None
    text: str
    lang: Lang | None = None
    doc_date: str | None = None

    @field_validator("id", mode="before")
    @classmethod
    def id_as_text(cls, v: Any) -> Any:
        """A string, or an integer (a JSONL line may number its documents) as text.
        Anything else (an object, a boolean, a float: NaN and 1e999 would come back as
        "nan" and "inf") is the sender's mistake, refused rather than turned into a repr."""
        if v is None or isinstance(v, str):
            return v
        if isinstance(v, int) and not isinstance(v, bool):
            return str(v)
        raise ValueError(f"id must be a string or an integer, got {type(v).__name__} {echo(v)}")

    @field_validator("doc_date")
    @classmethod
    def iso_date(cls, v: str | None) -> str | None:
        if v is None or v == "":
            return None
        try:
            dt.date.fromisoformat(v[:10])
        except ValueError as e:
            raise ValueError(f"doc_date must be an ISO date (YYYY-MM-DD), got {echo(v)}") from e
        return v[:10]


def to_json(model: BaseModel, extra: dict[str, Any] | None = None, indent: int | None = None) -> str:
    """The one JSON form of a result for the CLI, `annotate` and the API: every key, null
    ones included (`"org": null`), so a reader sees the same shape from each. `extra` keys
    (annotate's `source`, `metadata`) go after the model's. Lone surrogates a client sent
    (in an id, say) come back escaped instead of failing."""
    try:
        if not extra and not indent:  # the API's case: pydantic's own serialiser, faster
            return model.model_dump_json()
        data = model.model_dump(mode="json")
    except PydanticSerializationError:
        data = model.model_dump(mode="python")
    if extra:
        data.update(extra)
    seps = (",", ": ") if indent else (",", ":")
    out = json.dumps(data, ensure_ascii=False, indent=indent, separators=seps)
    try:
        out.encode("utf-8")
    except UnicodeEncodeError:
        out = json.dumps(data, ensure_ascii=True, indent=indent, separators=seps)
    return out
