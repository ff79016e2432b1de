"""The work done for one batch, in whichever process runs it (pool worker, Dask worker, or
the main process with one worker).

The `Extractor` is a per-process global, made on first use: each worker loads each
language's pipeline once and keeps it for every later batch, which is what makes a
Dask worker or a pool worker cheap to feed with many small batches.
"""

from __future__ import annotations

import json
import os
import resource
import sys
from collections import Counter
from typing import Any

from ..extractor import Extractor, error_result
from ..schema import ErrorResult, ExtractionResult
from .decode import file_document
from .items import E_NO_TEXT, BatchOut, DocItem, ErrorItem, FileItem, Item
from .writers import csv_rows, docbin_bytes

_EXTRACTOR: Extractor | None = None


def extractor() -> Extractor:
    global _EXTRACTOR
    if _EXTRACTOR is None:
        _EXTRACTOR = Extractor()
    return _EXTRACTOR


def set_extractor(ex: Extractor | None) -> None:
    """Use this extractor in the current process (the one-worker, in-process path)."""
    global _EXTRACTOR
    _EXTRACTOR = ex


def warm_up() -> int:
    """Load both pipelines now, so timing and memory figures include them."""
    extractor().warm_up()
    return os.getpid()


def process_batch(items: list[Item], batch_size: int = 32, csv: bool = False,
                  docbin: bool = False, profile: str | None = None) -> BatchOut:
    ex = extractor().with_profile(profile)
    ready = [_ready(item) for item in items]
    docs = [d for d in ready if isinstance(d, DocItem)]
    results = iter(_extract(ex, [d.record for d in docs], batch_size))
    lines: list[str] = []
    rows: list[str] = []
    done: list[tuple[DocItem, ExtractionResult]] = []
    labels: Counter[str] = Counter()
    codes: Counter[str] = Counter()
    chars = 0
    for item in ready:
        if isinstance(item, ErrorItem):
            res: ExtractionResult | ErrorResult = error_result(item.id, item.code, item.message)
            source, meta = item.source, {}
        else:
            res, source, meta = next(results), item.source, item.metadata
            chars += item.size
        if isinstance(res, ErrorResult):
            codes[res.error.code] += 1
        else:
            labels.update(e.label for e in res.entities)
            if csv:
                rows.append(csv_rows(res))
            if docbin:
                done.append((item, res))
        lines.append(_line(res, source, meta))
    return BatchOut(jsonl="".join(lines), csv="".join(rows),
                    docbin=docbin_bytes(ex, done) if docbin else None, docs=len(items),
                    errors=sum(codes.values()), chars=chars, labels=dict(labels),
                    error_codes=dict(codes), pid=os.getpid(), peak_rss=_peak_rss())


def _extract(ex: Extractor, records: list[dict[str, Any]],
             batch_size: int) -> list[ExtractionResult | ErrorResult]:
    """The batch through `extract_many`; if that raises, document by document, so a
    failure costs one error line, not the run."""
    try:
        return list(ex.extract_many(records, batch_size=batch_size))
    except Exception:  # noqa: BLE001 - isolated below
        pass
    out: list[ExtractionResult | ErrorResult] = []
    for rec in records:
        try:
            out.extend(ex.extract_many([rec], batch_size=1))
        except Exception as e:  # noqa: BLE001 - reported as this document's error line
            out.append(error_result(rec.get("id"), "E500",
                                    f"extraction failed: {type(e).__name__}: {e}"))
    return out


def _ready(item: Item) -> DocItem | ErrorItem:
    if not isinstance(item, FileItem):
        return item
    try:
        return file_document(item)
    except Exception as e:  # noqa: BLE001 - a page the HTML parser chokes on is one error line
        return ErrorItem(item.id, E_NO_TEXT, f"cannot read page: {type(e).__name__}: {e}",
                         item.source)


def _line(res: ExtractionResult | ErrorResult, source: dict[str, Any],
          meta: dict[str, Any]) -> str:
    out = res.model_dump(mode="json", exclude_none=True)
    out["source"] = source
    out["metadata"] = meta
    return json.dumps(out, ensure_ascii=False, separators=(",", ":")) + "\n"


def _peak_rss() -> int:
    """The worker's own high-water mark in bytes. On Linux this is VmHWM: ru_maxrss
    survives execve, so a worker spawned from a big parent would report the parent's size."""
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024
