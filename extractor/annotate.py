"""JSONL in, JSONL out: the bulk path behind `pressner annotate`."""

from __future__ import annotations

import json
import os
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .extractor import Extractor, error_result
from .schema import ErrorResult


def read_jsonl_docs(path: Path) -> Iterator[dict[str, Any] | ErrorResult]:
    """Documents of a JSONL file; a line that is not a JSON object becomes an error result."""
    with open(path, encoding="utf-8", errors="replace") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                yield error_result(f"{path.name}:{n}", "E003", f"line {n} is not JSON: {e.msg}")
                continue
            if not isinstance(obj, dict):
                yield error_result(f"{path.name}:{n}", "E003", f"line {n} is not a JSON object")
                continue
            if obj.get("id") is None:
                obj["id"] = f"{path.name}:{n}"
            yield obj


def annotate_jsonl(input: Path, output: Path, batch_size: int = 32,
                   extractor: Extractor | None = None) -> dict[str, Any]:
    """Write one result line per input document, in input order, atomically (temp file + rename)."""
    ex = extractor or Extractor()
    t0 = time.perf_counter()
    counts: Counter[str] = Counter()
    docs = errors = 0
    tmp = output.with_name(f".{output.name}.tmp")
    with open(tmp, "w", encoding="utf-8") as out:
        for res in _results(ex, read_jsonl_docs(input), batch_size):
            docs += 1
            if isinstance(res, ErrorResult):
                errors += 1
            else:
                counts.update(e.label for e in res.entities)
            out.write(res.model_dump_json(exclude_none=True) + "\n")
        out.flush()
        os.fsync(out.fileno())
    tmp.replace(output)
    secs = time.perf_counter() - t0
    return {"documents": docs, "errors": errors, "entities": dict(sorted(counts.items())),
            "seconds": round(secs, 3), "docs_per_second": round(docs / secs, 2) if secs else None}


def _results(ex: Extractor, items: Iterator[dict[str, Any] | ErrorResult], batch_size: int):
    """Pass readable documents to extract_many, keeping read errors in their place."""
    pending: list[dict[str, Any] | ErrorResult] = []
    for item in items:
        pending.append(item)
        if len(pending) >= batch_size:
            yield from _flush(ex, pending, batch_size)
            pending = []
    yield from _flush(ex, pending, batch_size)


def _flush(ex: Extractor, pending: list[dict[str, Any] | ErrorResult], batch_size: int):
    good = [p for p in pending if not isinstance(p, ErrorResult)]
    results = iter(ex.extract_many(good, batch_size=batch_size))
    for p in pending:
        yield p if isinstance(p, ErrorResult) else next(results)
