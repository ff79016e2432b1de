"""What a worker holds for its lifetime: settings, one Extractor, metrics, a thread limit.

Extraction is CPU-bound and synchronous, so every call goes to a worker thread through
one capacity limiter: the event loop stays free to accept requests, answer health checks
and stream responses while documents are processed.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from functools import partial
from typing import Any

import anyio
from anyio.to_thread import run_sync
from pydantic import BaseModel
from pydantic_core import PydanticSerializationError

from extractor import Extractor
from extractor.schema import ErrorResult, ExtractionResult

from .metrics import Metrics
from .schemas import ExtractRequest
from .settings import Settings


class Service:
    def __init__(self, settings: Settings, extractor: Extractor | None = None) -> None:
        self.settings = settings
        self.extractor = extractor or Extractor(max_chars=settings.max_text_chars)
        self.metrics = Metrics()
        self.ready = False
        self._limiter: anyio.CapacityLimiter | None = None

    @property
    def limiter(self) -> anyio.CapacityLimiter:
        # Created inside the running event loop (anyio needs one).
        if self._limiter is None:
            self._limiter = anyio.CapacityLimiter(self.settings.threads)
        return self._limiter

    async def start(self) -> None:
        await run_sync(self.extractor.warm_up)
        self.ready = True

    def pipelines_loaded(self) -> dict[str, bool]:
        from extractor.pipeline import LANGS

        return {lang: lang in self.extractor._nlp for lang in LANGS}

    # -- extraction -------------------------------------------------------------------
    async def extract(self, req: ExtractRequest) -> ExtractionResult:
        call = partial(self.extractor.extract, req.text, lang=req.lang, doc_date=req.doc_date,
                       id=req.id, labels=req.labels)
        result = await run_sync(call, limiter=self.limiter)
        self.metrics.document(result.lang, len(req.text))
        return result

    async def extract_many(self, docs: list[Any], labels: Iterable[str] | None = None
                           ) -> list[ExtractionResult | ErrorResult]:
        """Results in input order; `docs` may mix raw dicts and ready-made error results."""
        call = partial(_extract_many, self.extractor, docs, labels, self.settings.annotate_batch)
        results = await run_sync(call, limiter=self.limiter)
        for doc, res in zip(docs, results):
            if isinstance(res, ErrorResult):
                self.metrics.error(res.error.code)
            else:
                text = doc.get("text") if isinstance(doc, dict) else None
                self.metrics.document(res.lang, len(text) if isinstance(text, str) else 0)
        return results


def _extract_many(ex: Extractor, docs: list[Any], labels: Iterable[str] | None,
                  batch_size: int) -> list[ExtractionResult | ErrorResult]:
    good = [d for d in docs if not isinstance(d, ErrorResult)]
    done = iter(ex.extract_many(good, batch_size=batch_size, labels=labels))
    return [d if isinstance(d, ErrorResult) else next(done) for d in docs]


def dump_json(model: BaseModel) -> str:
    """JSON of a result; lone surrogates a client sent (in an id, say) come back escaped
    instead of failing the response."""
    try:
        return model.model_dump_json()
    except PydanticSerializationError:
        return json.dumps(model.model_dump(mode="python"), ensure_ascii=True)
