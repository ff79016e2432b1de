"""Request dependencies shared by the routers: the service, the API key, content types.

All are `async def` though none awaits: FastAPI runs a plain `def` dependency in its
thread pool, a thread hand-off per dependency per request (four on /v1/extract), which
cost more CPU than parsing and answering the request.
"""

from __future__ import annotations

import hmac
from typing import Annotated

from fastapi import Depends, Request, Security
from fastapi.security import APIKeyHeader, HTTPAuthorizationCredentials, HTTPBearer

from .errors import NotReady, Unauthorized, UnsupportedMediaType
from .service import Service

api_key_header = APIKeyHeader(name="X-API-Key", auto_error=False,
                              description="The key set with PRESSNER_API_KEY / --api-key.")
bearer = HTTPBearer(auto_error=False, description="The same key as `Authorization: Bearer <key>`.")

NDJSON_TYPES = {"application/x-ndjson", "application/ndjson", "application/jsonl",
                "application/x-jsonlines", "application/jsonlines"}


async def get_service(request: Request) -> Service:
    return request.app.state.service


async def ready_service(service: Annotated[Service, Depends(get_service)]) -> Service:
    if not service.ready:
        raise NotReady("the pipelines are still loading; retry shortly")
    return service


async def require_api_key(
    service: Annotated[Service, Depends(get_service)],
    key: Annotated[str | None, Security(api_key_header)] = None,
    creds: Annotated[HTTPAuthorizationCredentials | None, Security(bearer)] = None,
) -> None:
    expected = service.settings.api_key
    if expected is None:
        return
    given = key or (creds.credentials if creds else None)
    if not given:
        raise Unauthorized("this server requires an API key: send it as X-API-Key or "
                           "Authorization: Bearer <key>")
    if not hmac.compare_digest(given.encode("utf-8", "replace"),
                               expected.get_secret_value().encode("utf-8")):
        raise Unauthorized("the API key is not valid")


def _media_type(request: Request) -> str:
    return request.headers.get("content-type", "").split(";")[0].strip().lower()


async def require_json(request: Request) -> None:
    mt = _media_type(request)
    if mt != "application/json" and not (mt.startswith("application/") and mt.endswith("+json")):
        raise UnsupportedMediaType(
            f"expected Content-Type: application/json, got {mt or 'none'}")


async def require_ndjson(request: Request) -> None:
    mt = _media_type(request)
    if mt not in NDJSON_TYPES:
        raise UnsupportedMediaType(
            f"expected Content-Type: application/x-ndjson (one JSON document per line), got {mt or 'none'}")


Auth = Depends(require_api_key)
Ready = Annotated[Service, Depends(ready_service)]
