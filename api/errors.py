"""One place that turns every failure into `{"error": {"code", "message"}}`.

The library's coded errors (`extractor/errors.py`) carry their own HTTP status; the
service adds its own codes in the E2xx range for what only HTTP can get wrong. FastAPI's
validation errors are re-coded so a bad `lang` reads E001 whether the library or the
request model caught it.
"""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from extractor.errors import PressnerError

log = logging.getLogger("pressner.api")


class ApiError(PressnerError):
    code = "E200"
    http_status = 400


class InvalidRequest(ApiError):
    code, http_status = "E200", 422


class InvalidJson(ApiError):
    code, http_status = "E201", 422


class BodyTooLarge(ApiError):
    code, http_status = "E202", 413


class UnsupportedMediaType(ApiError):
    code, http_status = "E203", 415


class Unauthorized(ApiError):
    code, http_status = "E204", 401


class TooManyDocuments(ApiError):
    code, http_status = "E205", 413


class BatchTooLarge(ApiError):
    code, http_status = "E213", 413


class NotFound(ApiError):
    code, http_status = "E206", 404


class MethodNotAllowed(ApiError):
    code, http_status = "E207", 405


class NotReady(ApiError):
    code, http_status = "E208", 503


class KbUnavailable(ApiError):
    """A 404, not a 503: the KB routes do not exist on this server, nothing is failing."""

    code, http_status = "E209", 404


class EntityNotFound(ApiError):
    code, http_status = "E210", 404


class CorsRefused(ApiError):
    code, http_status = "E211", 400


class HeadersTooLarge(ApiError):
    """Answered by the protocol itself (api/protocol.py), before the app sees a request."""

    code, http_status = "E212", 431


class InternalError(ApiError):
    code, http_status = "E500", 500


HTTP_CODES = {400: InvalidJson, 404: NotFound, 405: MethodNotAllowed, 413: BodyTooLarge,
              415: UnsupportedMediaType, 401: Unauthorized, 503: NotReady}
# A validation error at one of these request fields gets the library's code for it.
FIELD_CODES = {"lang": "E001", "doc_date": "E002", "text": "E003", "id": "E005"}
MAX_MESSAGE = 500  # characters: whatever an error quotes, its message stays this short


# OpenAPI `responses=` for the errors a route can answer, so that clients (and the
# contract test) know every status code and its body.
_DOCUMENTED = {
    401: "Missing or wrong API key (E204).",
    413: "Text, body or batch over the limit (E004, E202, E205, E213), or a document with "
         "more entities than the limit (E006).",
    415: "Wrong Content-Type (E203).",
    422: "Invalid JSON (E201), bad lang (E001), bad doc_date (E002), missing text (E003), "
         "id neither a string nor an integer (E005), "
         "any other invalid field (E200).",
    503: "The pipelines are still loading (E208); retry shortly.",
}


def documented(*statuses: int) -> dict[int | str, dict]:
    from extractor.schema import ErrorResult

    return {s: {"description": _DOCUMENTED[s], "model": ErrorResult} for s in statuses}


def error_body(code: str, message: str) -> dict:
    if len(message) > MAX_MESSAGE:
        message = f"{message[:MAX_MESSAGE]}... ({len(message)} characters)"
    return {"error": {"code": code, "message": message}}


def error_response(exc: PressnerError, headers: dict[str, str] | None = None) -> JSONResponse:
    """The JSON error; the code is repeated in `X-Error-Code` for the metrics middleware."""
    headers = {**(headers or {}), "X-Error-Code": exc.code}
    if isinstance(exc, Unauthorized):
        headers["WWW-Authenticate"] = 'Bearer realm="pressner"'
    return JSONResponse(error_body(exc.code, exc.message), status_code=exc.http_status,
                        headers=headers)


def validation_error(exc: RequestValidationError) -> PressnerError:
    """The first problem of a request, in words a person can act on."""
    err = exc.errors()[0] if exc.errors() else {"loc": (), "msg": "invalid request", "type": ""}
    if err.get("type") == "json_invalid":
        return InvalidJson(f"request body is not valid JSON: {err.get('ctx', {}).get('error', err['msg'])}")
    loc = [str(p) for p in err.get("loc", ()) if p != "body"]
    where = ".".join(loc) or "body"
    if where == "body" and err.get("type") == "missing":
        return InvalidRequest("request body is missing: send a JSON object")
    code = FIELD_CODES.get(loc[-1] if loc else "", InvalidRequest.code)
    msg = str(err["msg"]).removeprefix("Value error, ")
    exc_out = PressnerError(f"{where}: {msg}")
    exc_out.code, exc_out.http_status = code, 422
    return exc_out


async def on_pressner_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, PressnerError)
    if exc.http_status >= 500:
        log.error("%s %s: %s %s", request.method, request.url.path, exc.code, exc.message)
    return error_response(exc)


async def on_validation_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    return error_response(validation_error(exc))


async def on_http_exception(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    cls = HTTP_CODES.get(exc.status_code, ApiError)
    message = exc.detail if isinstance(exc.detail, str) else "request failed"
    if exc.status_code == 404:
        message = f"no such path: {request.url.path}"
    elif exc.status_code == 405:
        message = f"{request.method} is not allowed on {request.url.path}"
    elif exc.status_code == 400:
        # FastAPI's answer to a body it cannot decode (bad UTF-8, nesting too deep).
        message = "request body is not valid JSON (or not UTF-8)"
    err = cls(message)
    if exc.status_code != 400:
        err.http_status = exc.status_code
    return error_response(err, headers=dict(exc.headers or {}))


async def on_unexpected(request: Request, exc: Exception) -> JSONResponse:
    """A bug, not a client error: logged with its traceback, answered without internals."""
    log.exception("unhandled error on %s %s", request.method, request.url.path, exc_info=exc)
    return error_response(InternalError("internal error; the server log has the details"))


def register(app: FastAPI) -> None:
    app.add_exception_handler(PressnerError, on_pressner_error)
    app.add_exception_handler(RequestValidationError, on_validation_error)
    app.add_exception_handler(StarletteHTTPException, on_http_exception)
    app.add_exception_handler(Exception, on_unexpected)
