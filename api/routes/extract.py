"""`POST /v1/extract` and `POST /v1/extract/batch`."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Body, Depends
from fastapi.responses import Response

from extractor.schema import ExtractionResult

from ..deps import Auth, Ready, require_json
from ..errors import TooManyDocuments, documented
from ..schemas import BATCH_EXAMPLES, EXTRACT_EXAMPLES, BatchRequest, BatchResponse, ExtractRequest
from ..service import dump_json

router = APIRouter(prefix="/v1", tags=["extraction"], dependencies=[Auth, Depends(require_json)])

ERRORS = documented(401, 413, 415, 422, 503)


def _json(body: str) -> Response:
    # Results are already validated models: serialise once, skip FastAPI's re-validation.
    return Response(body, media_type="application/json")


@router.post("/extract", response_model=ExtractionResult, responses=ERRORS,
             summary="Extract entities, roles and region groups from one document")
async def extract(
    service: Ready,
    req: Annotated[ExtractRequest, Body(openapi_examples=EXTRACT_EXAMPLES)],
) -> Response:
    return _json(dump_json(await service.extract(req)))


@router.post("/extract/batch", response_model=BatchResponse, responses=ERRORS,
             summary="Extract from several documents; a failing one gets an error in its place")
async def extract_batch(
    service: Ready,
    req: Annotated[BatchRequest, Body(openapi_examples=BATCH_EXAMPLES)],
) -> Response:
    limit = service.settings.max_batch_documents
    if len(req.documents) > limit:
        raise TooManyDocuments(f"batch has {len(req.documents)} documents; the limit is {limit}")
    results = await service.extract_many(req.documents, labels=req.labels, profile=req.profile)
    return _json('{"results":[' + ",".join(dump_json(r) for r in results) + "]}")
