"""Splitting a byte stream into NDJSON lines with bounded memory.

Lines are cut on b"\\n" as chunks arrive; a line longer than the limit is not buffered
but skipped to its end and reported, so one runaway line cannot exhaust memory. Lines are
handed out per received chunk, which lets the caller answer what has arrived instead of
waiting for a fixed batch to fill.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any

from extractor.extractor import error_result
from extractor.schema import ErrorResult

TOO_LONG = object()


async def line_groups(chunks: AsyncIterator[bytes], max_line: int
                      ) -> AsyncIterator[list[tuple[int, bytes | object]]]:
    """Groups of (line number, bytes or TOO_LONG), one group per chunk that completed lines."""
    buf = bytearray()
    n = 0
    skipping = False
    async for chunk in chunks:
        group: list[tuple[int, bytes | object]] = []
        start = 0
        while (i := chunk.find(b"\n", start)) >= 0:
            n += 1
            if not skipping:
                buf += chunk[start:i]
            group.append((n, TOO_LONG if skipping or len(buf) > max_line else bytes(buf)))
            buf.clear()
            skipping = False
            start = i + 1
        if not skipping:
            buf += chunk[start:]
            if len(buf) > max_line:
                skipping = True
                buf.clear()
        if group:
            yield group
    if buf or skipping:
        yield [(n + 1, TOO_LONG if skipping else bytes(buf))]


def parse_line(n: int, raw: bytes | object, max_line: int) -> dict[str, Any] | ErrorResult | None:
    """A document, an error in its place, or None for a blank line (skipped)."""
    if raw is TOO_LONG:
        return error_result(None, "E202", f"line {n} is longer than the limit of {max_line} bytes")
    assert isinstance(raw, bytes)
    if not raw.strip():
        return None
    try:
        obj = json.loads(raw.decode("utf-8", errors="replace"))
    except (ValueError, RecursionError) as e:
        return error_result(None, "E201", f"line {n} is not valid JSON: {getattr(e, 'msg', e)}")
    if not isinstance(obj, dict):
        return error_result(None, "E003", f"line {n} is not a JSON object with a text field")
    return obj
