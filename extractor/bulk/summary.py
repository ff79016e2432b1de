"""Counts over a run (documents, entities per label, errors, throughput)."""

from __future__ import annotations

from collections import Counter
from typing import Any

from pydantic import BaseModel, Field

from .items import BatchOut


class Stats(BaseModel):
    """Running totals; saved in the checkpoint so a resumed run reports the whole output."""

    documents: int = 0
    errors: int = 0
    chars: int = 0
    entities: dict[str, int] = Field(default_factory=dict)
    error_codes: dict[str, int] = Field(default_factory=dict)

    def add(self, out: BatchOut) -> None:
        self.documents += out.docs
        self.errors += out.errors
        self.chars += out.chars
        self.entities = merge_counts(self.entities, out.labels)
        self.error_codes = merge_counts(self.error_codes, out.error_codes)


def merge_counts(a: dict[str, int], b: dict[str, int]) -> dict[str, int]:
    return dict(sorted((Counter(a) + Counter(b)).items()))


def summary(total: Stats, run: Stats, seconds: float, resumed_from: int,
            skipped: dict[str, int], peaks: dict[int, int], engine: str,
            workers: int) -> dict[str, Any]:
    """The end-of-run report; throughput is this run's, counts are the whole output's."""
    return {
        "documents": total.documents,
        "errors": total.errors,
        "entities": total.entities,
        "error_codes": total.error_codes,
        "skipped_files": skipped,
        "resumed_from": resumed_from,
        "engine": engine,
        "workers": workers,
        "seconds": round(seconds, 3),
        "docs_per_second": round(run.documents / seconds, 2) if seconds else None,
        "chars_per_second": round(run.chars / seconds) if seconds else None,
        "peak_worker_rss_mb": round(max(peaks.values()) / 2**20, 1) if peaks else None,
    }
