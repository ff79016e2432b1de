"""Request-body limit enforced before the body is read.

A declared Content-Length over the limit is refused before a byte of the body is
received; a body without one (chunked) is counted as it arrives and refused the moment it
passes the limit, so an oversized upload never sits in memory whole. The NDJSON stream
is exempt: it is unbounded by design and limits each line instead.
"""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .errors import BodyTooLarge, error_response


class _Tripped(Exception):
    """Raised into the app from `receive` once the body passes the limit."""


class BodyLimitMiddleware:
    def __init__(self, app: ASGIApp, max_bytes: int, exempt: tuple[str, ...] = ()) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.exempt = exempt

    def _too_large(self, size: int | None = None) -> BodyTooLarge:
        got = f" ({size} bytes)" if size is not None else ""
        return BodyTooLarge(f"request body is larger than the limit of {self.max_bytes} bytes{got}")

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"] in self.exempt:
            await self.app(scope, receive, send)
            return
        declared = _content_length(scope)
        if declared is not None and declared > self.max_bytes:
            await error_response(self._too_large(declared))(scope, receive, send)
            return
        state = {"received": 0, "tripped": False, "started": False}

        async def limited_receive() -> Message:
            message = await receive()
            if message["type"] == "http.request":
                state["received"] += len(message.get("body", b""))
                if state["received"] > self.max_bytes:
                    state["tripped"] = True
                    raise _Tripped
            return message

        async def guarded_send(message: Message) -> None:
            # Once tripped, whatever the app answers (FastAPI turns a failed read into
            # a 400) is replaced by the 413 below.
            if state["tripped"]:
                return
            if message["type"] == "http.response.start":
                state["started"] = True
            await send(message)

        try:
            await self.app(scope, limited_receive, guarded_send)
        except _Tripped:
            pass
        except Exception:
            if not state["tripped"]:
                raise
        if state["tripped"] and not state["started"]:
            await error_response(self._too_large())(scope, receive, send)


def _content_length(scope: Scope) -> int | None:
    for name, value in scope.get("headers", ()):
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None
