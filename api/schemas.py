"""Request and response bodies of the service that the library's schema does not have.

Responses reuse `extractor.schema` as they are: the API returns exactly what the library
returns, so a client sees one result shape everywhere.
"""

from __future__ import annotations

import re
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, WithJsonSchema, field_validator

from extractor.candidates import LABELS
from extractor.schema import DocumentIn, ErrorResult, ExtractionResult, Label, Lang, Profile

EN_EXAMPLE = ("BEIJING, 12 May 2024 - The Beijing delegation met partners in Shanghai on "
              "Tuesday to discuss trade with Chile.")
ZH_EXAMPLE = "2024年5月12日，北京市代表团在上海会见智利企业代表。"
ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
DATE_SCHEMA = {"anyOf": [{"type": "string", "format": "date"}, {"const": ""}, {"type": "null"}]}
ID_SCHEMA = {"anyOf": [{"type": "string"}, {"type": "number"}, {"type": "null"}]}


class ExtractRequest(DocumentIn):
    """One document: DocumentIn's checks (ISO `doc_date`, `id` as text) plus a label filter."""

    model_config = ConfigDict(extra="ignore")

    id: Annotated[str | None, WithJsonSchema(ID_SCHEMA)] = Field(
        None, description="Echoed back in the result (a number comes back as text).")
    text: str = Field(description="The release, plain text.")
    lang: Lang | None = Field(None, description="en or zh; detected from the script when omitted.")
    doc_date: Annotated[str | None, WithJsonSchema(DATE_SCHEMA)] = Field(
        None, description="ISO date (YYYY-MM-DD) relative dates resolve against; \"\" or null: none.")
    labels: list[Label] | None = Field(None, description="Only return entities with these labels.")
    profile: Profile | None = Field(None, description=(
        "accurate: rules and a learned recogniser; fast: rules only. Default: the server's "
        "(PRESSNER_PROFILE, accurate)."))

    @field_validator("id", mode="before")
    @classmethod
    def id_as_text(cls, v: Any) -> Any:
        """Replaces the library's, which turns anything into text: a JSONL line may number
        its documents, but an object or a boolean sent as an id is a client's mistake."""
        return str(v) if isinstance(v, int | float) and not isinstance(v, bool) else v

    @field_validator("doc_date", mode="before")
    @classmethod
    def date_only(cls, v: Any) -> Any:
        """The library cuts a timestamp to its date; the API takes exactly what its schema
        says, so a client learns of a typo instead of having it silently ignored."""
        if isinstance(v, str) and v and not ISO_DATE.fullmatch(v):
            raise ValueError(f"doc_date must be an ISO date (YYYY-MM-DD), got {v!r}")
        return v


# Batch documents are checked one by one by the library, so one bad document becomes an
# error in its place instead of failing the request; the schema still documents them.
# The `{}` alternative says so: any value is accepted, and the first schema is what works.
BatchDocument = Annotated[Any, WithJsonSchema({
    "anyOf": [DocumentIn.model_json_schema(), {}],
    "description": "A document {id?, text, lang?, doc_date?}; anything else gets an error "
                   "result (E003, E001, E002, ...) in its place."})]


class BatchRequest(BaseModel):
    model_config = ConfigDict(extra="ignore")

    documents: list[BatchDocument] = Field(description="Documents to extract, in order.")
    labels: list[Label] | None = Field(None, description="Only return entities with these labels.")
    profile: Profile | None = Field(None, description=(
        "accurate: rules and a learned recogniser; fast: rules only. Default: the server's "
        "(PRESSNER_PROFILE, accurate)."))


class BatchResponse(BaseModel):
    results: list[ExtractionResult | ErrorResult] = Field(
        description="One per document, in input order; an `error` object where a document failed.")


class Health(BaseModel):
    status: str = Field(description='"ok" when ready to serve, "starting" otherwise.')
    ready: bool
    pipelines: dict[str, bool] = Field(description="Which language pipelines are loaded.")


class PipelineInfo(BaseModel):
    name: str
    components: list[str]
    data_hash: str | None = None


class Info(BaseModel):
    name: str = "pressner"
    version: str
    languages: list[str]
    labels: list[str] = list(LABELS)
    pipelines: dict[str, PipelineInfo]
    limits: dict[str, int]
    auth_required: bool


EXTRACT_EXAMPLES = {
    "english": {"summary": "English release", "value": {"text": EN_EXAMPLE, "doc_date": "2024-05-12"}},
    "chinese": {"summary": "Chinese release", "value": {"text": ZH_EXAMPLE, "lang": "zh"}},
    "regions only": {"summary": "Only REGION entities",
                     "value": {"text": EN_EXAMPLE, "labels": ["REGION"]}},
}
BATCH_EXAMPLES = {
    "two documents": {"summary": "Two documents, one per language", "value": {"documents": [
        {"id": "a", "text": EN_EXAMPLE, "doc_date": "2024-05-12"},
        {"id": "b", "text": ZH_EXAMPLE}]}},
}
