"""CORS whose refusals have the service's error shape.

Starlette answers a refused preflight with plain text ("Disallowed CORS origin"); every
other error of the service is `{"error": {"code", "message"}}`, so a browser client would
need a second parser for this one. The CORS headers Starlette computed are kept.
"""

from __future__ import annotations

from starlette.middleware.cors import CORSMiddleware
from starlette.responses import Response

from .errors import CorsRefused, error_response


class JsonCORSMiddleware(CORSMiddleware):
    def preflight_response(self, request_headers) -> Response:
        response = super().preflight_response(request_headers)
        if response.status_code != 400:
            return response
        reason = bytes(response.body).decode("utf-8", "replace")
        keep = {k: v for k, v in response.headers.items() if k.lower().startswith("access-control-")
                or k.lower() == "vary"}
        return error_response(CorsRefused(f"preflight refused: {reason}"), headers=keep)
