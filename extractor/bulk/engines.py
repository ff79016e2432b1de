"""Where batches run: in this process, in a local process pool, or on Dask (dask_engine).

An engine only submits a batch and hands back its result; the runner keeps a bounded
window of submitted batches and writes results in submission order, so every engine
gives byte-identical output.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import signal
from concurrent.futures import BrokenExecutor, Future, ProcessPoolExecutor
from typing import Any, Protocol

from ..extractor import Extractor
from ..extras import require
from . import worker
from .items import BatchOut, Item


class Engine(Protocol):
    name: str
    workers: int

    def submit(self, items: list[Item], **opts: Any) -> Any: ...
    def result(self, handle: Any) -> BatchOut: ...
    def warm_up(self) -> None: ...
    def lost(self, exc: BaseException) -> bool: ...
    def recover(self) -> None: ...
    def close(self, abort: bool = False) -> None: ...


class InlineEngine:
    """One worker: the batches run in this process (no start-up, no pickling)."""

    name = "inline"
    workers = 1

    def __init__(self, extractor: Extractor | None = None) -> None:
        worker.set_extractor(extractor)

    def submit(self, items: list[Item], **opts: Any) -> BatchOut:
        return worker.process_batch(items, **opts)

    def result(self, handle: BatchOut) -> BatchOut:
        return handle

    def warm_up(self) -> None:
        worker.warm_up()

    def lost(self, exc: BaseException) -> bool:
        return False

    def recover(self) -> None:
        pass

    def close(self, abort: bool = False) -> None:
        pass


def _init_pool_worker() -> None:
    # Ctrl-C goes to the whole process group: the parent checkpoints, workers just stop.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _ping(barrier: Any) -> int:
    """Load the pipelines, then hold this worker until every worker has one ping."""
    worker.warm_up()
    barrier.wait(timeout=600)
    return os.getpid()


class LocalEngine:
    """N spawned worker processes; each loads the pipelines once and keeps them."""

    name = "local"

    def __init__(self, workers: int | None = None) -> None:
        self.workers = workers or os.cpu_count() or 1
        self.pool = self._new_pool()

    def _new_pool(self) -> ProcessPoolExecutor:
        # spawn, not fork: the parent may run threads (tqdm, the document count).
        return ProcessPoolExecutor(self.workers, mp_context=mp.get_context("spawn"),
                                   initializer=_init_pool_worker)

    def lost(self, exc: BaseException) -> bool:
        return isinstance(exc, BrokenExecutor)

    def recover(self) -> None:
        """A worker died (killed, out of memory): replace the broken pool."""
        self.pool.shutdown(wait=False, cancel_futures=True)
        self.pool = self._new_pool()

    def submit(self, items: list[Item], **opts: Any) -> Future[BatchOut]:
        try:
            return self.pool.submit(worker.process_batch, items, **opts)
        except BrokenExecutor:  # a worker died since the last result was taken
            self.recover()
            return self.pool.submit(worker.process_batch, items, **opts)

    def result(self, handle: Future[BatchOut]) -> BatchOut:
        return handle.result()

    def warm_up(self) -> None:
        with mp.get_context("spawn").Manager() as manager:
            barrier = manager.Barrier(self.workers)
            pings = [self.pool.submit(_ping, barrier) for _ in range(self.workers)]
            for p in pings:
                p.result()

    def close(self, abort: bool = False) -> None:
        """Wait for running batches, or (abort, e.g. after Ctrl-C) stop the workers now."""
        if abort:
            for proc in list(getattr(self.pool, "_processes", {}).values()):
                proc.terminate()
        self.pool.shutdown(wait=True, cancel_futures=True)


def make_engine(name: str, workers: int | None = None, scheduler: str | None = None,
                extractor: Extractor | None = None) -> Engine:
    if name == "dask":
        require("dask", "the dask engine")
        from .dask_engine import DaskEngine

        return DaskEngine(workers=workers, scheduler=scheduler)
    if name != "local":
        raise ValueError(f"unknown engine {name!r}; expected local or dask")
    if (workers or os.cpu_count() or 1) == 1:
        return InlineEngine(extractor)
    return LocalEngine(workers)
