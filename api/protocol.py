"""uvicorn's httptools protocol with a size limit on the request head.

httptools (llhttp) has no limit on the request line or the headers, and uvicorn sets none:
a 64 MB `X-Big:` header was accepted (200), a 300 MB one grew a worker by 260 MB, and
since httptools joins the pieces of a header with `bytes +=`, the event loop stalled for
seconds while it arrived. This happens before authentication, to anyone who can connect.

Here the head is limited as servers usually limit it (nginx, Apache: 8 KB a line; Node:
16 KB in all): `max_line` for the request line and for each header, `max_head` for all of
it. Over a limit, the answer is 431 in the service's JSON error shape (code E212) and the
connection is closed. Two counters keep memory flat whatever arrives:
  - exact sizes, from the parser's callbacks (URL pieces, each completed header);
  - the bytes received while the head is still incomplete, checked after every read, which
    catches a header that never ends (httptools holds it until it does): at most one read
    (asyncio reads up to 256 KB) past the limit is ever buffered.
"""

from __future__ import annotations

import json
from functools import lru_cache

from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

from .errors import HeadersTooLarge, error_body

MAX_LINE = 8 * 1024


@lru_cache(maxsize=1)
def limits() -> tuple[int, int]:
    """(max_line, max_head) from the settings `pressner serve` passed to its workers."""
    from .settings import Settings

    head = Settings().max_header_bytes
    return min(MAX_LINE, head), head


class _TooLarge(Exception):
    """Raised from a parser callback: httptools stops parsing and uvicorn calls
    `send_400_response`, which answers 431 instead."""


class HeadLimitedProtocol(HttpToolsProtocol):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.max_line, self.max_head = limits()
        self._in_head = True
        self._arrived = 0  # bytes received since this request's head began
        self._head = 0  # bytes of the head the parser has handed over
        self._refused: str | None = None

    # -- counting ----------------------------------------------------------------------
    def data_received(self, data: bytes) -> None:
        if self._refused is not None:
            return
        if self._in_head:
            self._arrived += len(data)
        super().data_received(data)
        if self._refused is None and self._in_head and self._arrived > self.max_head + self.max_line:
            # A head still incomplete after more than the limit arrived: a header that does
            # not end, or too many of them. (The slack of one line spares a request whose
            # head and first body bytes arrived in one read.)
            self._refuse(f"request headers are larger than {self.max_head} bytes")

    def on_message_begin(self) -> None:
        super().on_message_begin()
        self._in_head, self._head = True, 0

    def on_url(self, url: bytes) -> None:
        super().on_url(url)
        if len(self.url) > self.max_line:
            self._refused = f"request line is longer than {self.max_line} bytes"
            raise _TooLarge

    def on_header(self, name: bytes, value: bytes) -> None:
        size = len(name) + len(value) + 4  # ": " and CRLF
        self._head += size
        if size > self.max_line:
            self._refused = f"header {name[:40].decode('latin-1')!r} is longer than {self.max_line} bytes"
            raise _TooLarge
        if self._head + len(self.url) > self.max_head:
            self._refused = f"request headers are larger than {self.max_head} bytes"
            raise _TooLarge
        super().on_header(name, value)

    def on_headers_complete(self) -> None:
        self._in_head = False
        super().on_headers_complete()

    def on_message_complete(self) -> None:
        super().on_message_complete()
        self._in_head, self._arrived = True, 0

    # -- refusing ----------------------------------------------------------------------
    def send_400_response(self, msg: str) -> None:
        if self._refused is not None:
            self._refuse(self._refused)
        else:
            super().send_400_response(msg)

    def _refuse(self, reason: str) -> None:
        self._refused = reason
        err = HeadersTooLarge(reason)
        body = json.dumps(error_body(err.code, err.message)).encode()
        head = [b"HTTP/1.1 431 Request Header Fields Too Large\r\n"]
        for name, value in self.server_state.default_headers:
            head.append(name + b": " + value + b"\r\n")
        head.append(b"content-type: application/json\r\nx-error-code: " + err.code.encode()
                    + b"\r\nconnection: close\r\ncontent-length: " + str(len(body)).encode() + b"\r\n\r\n")
        if not self.transport.is_closing():
            self.transport.write(b"".join(head) + body)
            self.transport.close()
