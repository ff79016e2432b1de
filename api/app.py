"""The FastAPI application factory.

`create_app()` is what uvicorn imports in every worker (`api.app:create_app`, factory
mode): each worker builds its own Service and loads the pipelines once in the lifespan,
before it accepts a request.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.staticfiles import StaticFiles

import extractor
from extractor import Extractor, extras

from . import errors
from .limits import BodyLimitMiddleware
from .metrics import MetricsMiddleware
from .recycle import ConnectionRecycleMiddleware
from .routes import annotate, extract, page, status
from .routes.page import STATIC
from .service import Service
from .settings import Settings

DESCRIPTION = """Entities (DATE, PERSON, TITLE, ORG, REGION), roles and region groups from
English and Chinese press releases. Errors are `{"error": {"code", "message"}}`."""


def create_app(settings: Settings | None = None, extractor_: Extractor | None = None) -> FastAPI:
    settings = settings or Settings()
    service = Service(settings, extractor_)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        await service.start()
        yield
        service.stop()
        if app.state.kb is not None:
            app.state.kb.close()

    app = FastAPI(title="pressner", version=extractor.__version__, description=DESCRIPTION,
                  lifespan=lifespan)
    app.state.service = service
    app.state.kb = _kb_store(settings.kb) if settings.kb else None  # fails fast on a bad path
    errors.register(app)
    for module in (extract, annotate, status, *_kb_routes(), page):
        app.include_router(module.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    if settings.cors_origins:
        app.add_middleware(CORSMiddleware, allow_origins=settings.cors_origins,
                           allow_methods=["GET", "POST"],
                           allow_headers=["Content-Type", "X-API-Key", "Authorization"])
    app.add_middleware(BodyLimitMiddleware, max_bytes=settings.max_body_bytes,
                       exempt=("/v1/annotate",))
    if settings.workers > 1 and settings.keepalive_requests:
        app.add_middleware(ConnectionRecycleMiddleware, every=settings.keepalive_requests)
    app.add_middleware(MetricsMiddleware, metrics=service.metrics)  # outermost: sees every answer
    return app


def _kb_routes() -> list:
    """/v1/kb/* with the [kb] extra installed; without it the service runs without them."""
    if extras.missing("kb") is not None:
        return []
    from .routes import kb

    return [kb]


def _kb_store(url: str):
    extras.require("kb", "--kb (the service's knowledge base)")
    from .kb import KbStore

    return KbStore(url)
