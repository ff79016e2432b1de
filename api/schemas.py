"""Request and response bodies of the service that the library's schema does not have.

Responses reuse `extractor.schema` as they are: the API returns exactly what the library
returns, so a client sees one result shape everywhere.
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, WithJsonSchema

from extractor.candidates import LABELS
from extractor.schema import DocumentIn, ErrorResult, ExtractionResult, Label, Lang

EN_EXAMPLE = ("BEIJING, 12 May 2024 - The Beijing delegation met partners in Shanghai on "
              "Tuesday to discuss trade with Chile.")
ZH_EXAMPLE = "2024年5月12日，北京市代表团在上海会见智利企业代表。"


class ExtractRequest(DocumentIn):
    """One document: DocumentIn's checks (ISO `doc_date`, `id` as text) plus a label filter."""

    model_config = ConfigDict(extra="ignore")

    id: str | None = Field(None, description="Echoed back in the result.")
    text: str = Field(description="The release, plain text.")
    lang: Lang | None = Field(None, description="en or zh; detected from the script when omitted.")
    doc_date: str | None = Field(None, description="ISO date (YYYY-MM-DD) relative dates resolve against.")
    labels: list[Label] | None = Field(None, description="Only return entities with these labels.")


# Batch documents are checked one by one by the library, so one bad document becomes an
# error in its place instead of failing the request; the schema still documents them.
BatchDocument = Annotated[Any, WithJsonSchema(DocumentIn.model_json_schema())]


class BatchRequest(BaseModel):
    model_config = ConfigDict(extra="ignore")

    documents: list[BatchDocument] = Field(description="Documents to extract, in order.")
    labels: list[Label] | None = Field(None, description="Only return entities with these labels.")


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
