"""The Dask engine: the same batches as futures on a dask.distributed cluster.

Each batch is one `client.submit(process_batch, items)`; the runner keeps a bounded
window in flight and writes results in order, so output and resume behave exactly as
with the local engine. Workers keep the `Extractor` in a process global
(`worker.extractor()`), so each worker process loads each pipeline once; `warm_up`
loads them on every worker up front.

Without a scheduler address a `LocalCluster` of N single-threaded worker processes is
started on loopback. On an existing cluster, every worker needs pressner installed at
the same version, with the same models/ (files travel as bytes, so workers do not need
the input's file system).
"""

from __future__ import annotations

import os
from typing import Any

from . import worker
from .items import BatchOut, Item


class DaskEngine:
    name = "dask"

    def __init__(self, workers: int | None = None, scheduler: str | None = None,
                 processes: bool = True) -> None:
        from distributed import Client, LocalCluster

        self.cluster = None
        if scheduler:
            self.client = Client(scheduler)
        else:
            where = {"host": "127.0.0.1"} if processes else {}  # threads talk in-process
            # The scheduler always serves HTTP (health, metrics); with no address it takes
            # port 8787 and, when another cluster on the machine holds it, warns and moves.
            # A free loopback port and no dashboard: nothing to collide with.
            self.cluster = LocalCluster(n_workers=workers or os.cpu_count() or 1,
                                        threads_per_worker=1, processes=processes,
                                        dashboard_address="127.0.0.1:0",
                                        scheduler_kwargs={"dashboard": False}, **where)
            self.client = Client(self.cluster)
        self.workers = max(1, self._threads())
        self.inflight: set[Any] = set()

    def _threads(self) -> int:
        info = self.client.scheduler_info()
        return sum(w.get("nthreads", 1) for w in info.get("workers", {}).values())

    def submit(self, items: list[Item], **opts: Any) -> Any:
        fut = self.client.submit(worker.process_batch, items, pure=False, **opts)
        self.inflight.add(fut)
        return fut

    def result(self, handle: Any) -> BatchOut:
        out = handle.result()
        self.inflight.discard(handle)
        return out

    def lost(self, exc: BaseException) -> bool:
        from distributed import KilledWorker

        return isinstance(exc, KilledWorker)

    def recover(self) -> None:
        pass  # the scheduler has already replaced or rerouted the lost worker

    def warm_up(self) -> None:
        self.client.run(worker.warm_up)

    def close(self, abort: bool = False) -> None:
        if abort:
            self.client.cancel(list(self.inflight), force=True)
        self.inflight.clear()
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()
