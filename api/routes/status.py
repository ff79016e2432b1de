"""`GET /v1/health` (and HEAD), `GET /v1/info`, `GET /metrics`."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends
from fastapi.responses import JSONResponse, Response

import extractor
from extractor.pipeline import LANGS

from ..deps import Auth, Ready, get_service
from ..errors import documented
from ..schemas import Health, Info, PipelineInfo
from ..service import Service

router = APIRouter(tags=["service"])


@router.head("/v1/health", include_in_schema=False)  # health checks that send HEAD
@router.get("/v1/health", response_model=Health,
            responses={503: {"model": Health, "description": "Alive, pipelines still loading."}},
            summary="Liveness and readiness (never needs the API key)")
async def health(service: Annotated[Service, Depends(get_service)]) -> JSONResponse:
    body = Health(status="ok" if service.ready else "starting", ready=service.ready,
                  pipelines=service.pipelines_loaded())
    return JSONResponse(body.model_dump(), status_code=200 if service.ready else 503)


@router.get("/v1/info", response_model=Info, dependencies=[Auth], responses=documented(401, 503),
            summary="Version, pipelines and their components, labels, languages, limits")
async def info(service: Ready) -> Info:
    pipelines = {}
    for lang in LANGS:
        nlp = service.extractor.nlp(lang)
        pipelines[lang] = PipelineInfo(name=nlp.meta.get("name", lang), components=nlp.pipe_names,
                                       data_hash=nlp.meta.get("pressner_data_hash"))
    return Info(version=extractor.__version__, languages=list(LANGS), pipelines=pipelines,
                limits=service.settings.limits(),
                auth_required=service.settings.api_key is not None)


@router.get("/metrics", dependencies=[Auth], summary="Prometheus metrics (text format)",
            response_class=Response,
            responses={200: {"content": {"text/plain": {}}}, **documented(401)})
async def metrics(service: Annotated[Service, Depends(get_service)]) -> Response:
    body, content_type = service.metrics.exposition()
    return Response(body, media_type=content_type)
