"""What a worker holds for its lifetime: settings, one Extractor, metrics, its threads.

Extraction is CPU-bound and synchronous, so every call goes to a pool of `threads`
threads: the event loop stays free to accept requests, answer health checks and stream
responses while documents are processed; calls beyond the pool's size queue. A plain
`ThreadPoolExecutor` rather than anyio's `run_sync`, whose cancel scope, capacity
limiter and `queue.Queue` hand-off cost more CPU per request (measured on a one-word
document: 1.2 ms of server CPU per request with `run_sync`, 0.9-1.0 ms with this).
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from typing import Any, TypeVar
from pydantic import BaseModel
from pydantic_core import PydanticSerializationError

from extractor import Extractor
from extractor.schema import ErrorResult, ExtractionResult

from .metrics import Metrics
from .schemas import ExtractRequest
from .settings import Settings

T = TypeVar("T")


class Service:
    def __init__(self, settings: Settings, extractor: Extractor | None = None) -> None:
        self.settings = settings
        self.extractor = extractor or Extractor(max_chars=settings.max_text_chars,
                                                profile=settings.profile)
        self.metrics = Metrics()
        self.ready = False
        self._executor: ThreadPoolExecutor | None = None

    @property
    def executor(self) -> ThreadPoolExecutor:
        # created on first use: an app may go through several lifespans (tests do)
        if self._executor is None:
            self._executor = ThreadPoolExecutor(self.settings.threads, thread_name_prefix="extract")
        return self._executor

    async def run(self, call: Callable[[], T]) -> T:
        return await asyncio.get_running_loop().run_in_executor(self.executor, call)

    async def start(self) -> None:
        await self.run(self.extractor.warm_up)
        self.ready = True

    def stop(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)
            self._executor = None

    def pipelines_loaded(self) -> dict[str, bool]:
        from extractor.pipeline import LANGS

        loaded = {lang for lang, _ in self.extractor._nlp}
        return {lang: lang in loaded for lang in LANGS}

    # -- extraction -------------------------------------------------------------------
    async def extract(self, req: ExtractRequest) -> ExtractionResult:
        self.extractor.check_length(req.text)  # refused at once, not after the queue
        call = partial(self.extractor.extract, req.text, lang=req.lang, doc_date=req.doc_date,
                       id=req.id, labels=req.labels, profile=req.profile)
        result = await self.run(call)
        self.metrics.document(result.lang, len(req.text))
        return result

    async def extract_many(self, docs: list[Any], labels: Iterable[str] | None = None,
                           profile: str | None = None) -> list[ExtractionResult | ErrorResult]:
        """Results in input order; `docs` may mix raw dicts and ready-made error results."""
        call = partial(_extract_many, self.extractor.with_profile(profile), docs, labels,
                       self.settings.annotate_batch)
        results = await self.run(call)
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
