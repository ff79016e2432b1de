"""`POST /v1/annotate`: NDJSON in, NDJSON out, streamed both ways.

The response starts while the request is still arriving and each line's result is sent
as soon as it is ready, so memory holds one chunk of input and one batch of results
whatever the length of the stream.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import StreamingResponse
from starlette.requests import ClientDisconnect
from starlette.types import Receive, Scope, Send

from extractor.schema import Profile

from ..deps import Auth, Ready, require_ndjson
from ..errors import documented
from ..ndjson import line_groups, parse_line
from ..service import Service, dump_json

router = APIRouter(prefix="/v1", tags=["extraction"], dependencies=[Auth, Depends(require_ndjson)])

NDJSON = "application/x-ndjson"


class DuplexStreamingResponse(StreamingResponse):
    """Starlette's StreamingResponse, minus its disconnect listener: under ASGI < 2.4 that
    listener calls `receive()` and would swallow the request body we are still reading.
    A disconnect still ends the stream, through the body reader or a failed send."""

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        try:
            await self.stream_response(send)
        except OSError:
            raise ClientDisconnect() from None


async def _results(service: Service, request: Request, profile: Profile | None
                   ) -> AsyncIterator[str]:
    max_line = service.settings.max_body_bytes
    size = service.settings.annotate_batch
    try:
        async for group in line_groups(request.stream(), max_line):
            items = [d for n, raw in group if (d := parse_line(n, raw, max_line)) is not None]
            for i in range(0, len(items), size):
                results = await service.extract_many(items[i:i + size], profile=profile)
                yield "".join(dump_json(r) + "\n" for r in results)
    except ClientDisconnect:
        return


@router.post(
    "/annotate",
    summary="Annotate NDJSON: one {id?, text, lang?, doc_date?} per line, one result per line",
    response_class=StreamingResponse,
    responses={200: {"content": {NDJSON: {}}, "description": "One result or error object per "
                     "non-blank input line, in order."}, **documented(401, 415, 503)},
    openapi_extra={"requestBody": {"required": True, "content": {NDJSON: {
        # No type: any byte stream is accepted, a line that is not a document gets an
        # error line in its place.
        "schema": {"description": "NDJSON text, one {id?, text, lang?, doc_date?} per line."},
        "example": '{"id": "a", "text": "Beijing, 12 May 2024 - ..."}\n'
                   '{"id": "b", "text": "2024年5月12日，北京市代表团...", "lang": "zh"}\n'}}}},
)
async def annotate(
    service: Ready, request: Request,
    profile: Annotated[Profile | None, Query(description=(
        "accurate: rules and a learned recogniser; fast: rules only. Default: the server's."))] = None,
) -> DuplexStreamingResponse:
    return DuplexStreamingResponse(_results(service, request, profile), media_type=NDJSON)
