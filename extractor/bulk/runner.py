"""One bulk run: read inputs in order, send batches to an engine, append results in order,
checkpoint, report.

The same loop drives every engine; what differs is only where `process_batch` runs.
Results are written strictly in input order (a bounded window of batches is in flight),
which is what makes outputs of different engines and of resumed runs identical.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import resume
from .engines import Engine, make_engine
from .items import E_WORKER, BatchOut, ErrorItem, Item
from .progress import Progress
from .readers import Walk, count_documents, iter_items
from .resume import Checkpoint, ResumeError
from .summary import Stats, summary
from .writers import NoRoom, Outputs, merge_outs


@dataclass
class Job:
    inputs: list[Path]
    output: Path
    csv: Path | None = None
    docbin: Path | None = None
    resume: bool = False
    follow_symlinks: bool = False
    batch_size: int = 32  # documents per batch sent to a worker (and per nlp.pipe call)
    max_batch_chars: int = 400_000  # a batch of long documents is cut earlier
    checkpoint_seconds: float = 5.0
    progress: bool = True
    profile: str | None = None  # accurate or fast; None: the extractor's default


def annotate(job: Job, engine: Engine | None = None, workers: int | None = None) -> dict[str, Any]:
    """Run the job; the engine is made (and closed) here unless one is given."""
    for path in job.inputs:
        if not path.exists():
            raise FileNotFoundError(f"input not found: {path}")
    own = engine is None
    engine = engine or make_engine("local", workers)
    try:
        return _Run(job, engine).run()
    finally:
        if own:
            engine.close()


def batches(items: Iterator[Item], size: int, max_chars: int) -> Iterator[list[Item]]:
    batch: list[Item] = []
    chars = 0
    for item in items:
        batch.append(item)
        chars += item.size
        if len(batch) >= size or chars >= max_chars:
            yield batch
            batch, chars = [], 0
    if batch:
        yield batch


@dataclass
class _Task:
    first: int  # index of the batch's first document in the whole input
    batch: list[Item]
    handle: Any


class _Run:
    def __init__(self, job: Job, engine: Engine) -> None:
        self.job, self.engine = job, engine
        fresh = Checkpoint(inputs=[str(p.resolve()) for p in job.inputs],
                           csv=str(job.csv.resolve()) if job.csv else None,
                           docbin=str(job.docbin.resolve()) if job.docbin else None)
        self.ckpt = resume.start(fresh, job.output, job.resume)
        self.resumed_from = self.ckpt.documents
        self.run_stats = Stats()
        self.peaks: dict[int, int] = {}
        self.total = self.ckpt.stats.model_copy(deep=True)
        self.total_future: Future[int] | None = None
        self.last_sync = time.monotonic()
        self.opts = {"batch_size": job.batch_size, "csv": job.csv is not None,
                     "docbin": job.docbin is not None, "profile": job.profile}

    def run(self) -> dict[str, Any]:
        walk = Walk(follow_symlinks=self.job.follow_symlinks, fast_forward=self.ckpt.documents,
                    exclude=self._own_files())
        items = iter_items(self.job.inputs, walk)
        self._skip_done(items)
        self.outputs = Outputs(self.job.output, self.job.csv, self.job.docbin)
        self.good = (self.ckpt.documents, self.ckpt.last_id, self._sizes(), self.total)
        t0 = time.perf_counter()
        progress = Progress(initial=self.ckpt.documents, enabled=self.job.progress)
        counter = self._count_in_background(progress)
        try:
            self._pump(items, progress, counter)
            self._checkpoint(complete=True)
        except BaseException:
            try:
                self._checkpoint(complete=False)  # what is fully written stays done
            except (OSError, NoRoom):
                pass  # e.g. the disk is still full: the previous checkpoint holds
            raise
        finally:
            progress.close()
            self.outputs.close()
            if counter is not None:
                counter.shutdown(wait=False, cancel_futures=True)
        return summary(self.ckpt.stats, self.run_stats, time.perf_counter() - t0,
                       self.resumed_from, walk.skipped, self.peaks, self.engine.name,
                       self.engine.workers)

    def _own_files(self) -> set[Path]:
        own = [self.job.output, resume.checkpoint_path(self.job.output), self.job.csv,
               self.job.docbin]
        return {p.resolve() for p in own if p is not None}

    def _skip_done(self, items: Iterator[Item]) -> None:
        last = None
        for _ in range(self.ckpt.documents):
            item = next(items, None)
            if item is None:
                raise ResumeError("cannot resume: the inputs have fewer documents than the "
                                  "checkpoint records; they changed since the interrupted run")
            last = item.id
        if self.ckpt.documents and last != self.ckpt.last_id:
            raise ResumeError(f"cannot resume: document {self.ckpt.documents} is {last!r} now "
                              f"but was {self.ckpt.last_id!r}; the inputs changed")

    def _pump(self, items: Iterator[Item], progress: Progress, counter: Any) -> None:
        window = 2 * self.engine.workers + 1
        pending: deque[_Task] = deque()
        index = self.ckpt.documents
        self.total_future = counter.submit(
            count_documents, self.job.inputs, self.job.follow_symlinks) if counter else None
        for batch in batches(items, self.job.batch_size, self.job.max_batch_chars):
            pending.append(_Task(index, batch, self.engine.submit(batch, **self.opts)))
            index += len(batch)
            while len(pending) >= window:
                self._write(pending.popleft(), pending, progress)
        while pending:
            self._write(pending.popleft(), pending, progress)

    def _result(self, task: _Task, pending: deque[_Task]) -> BatchOut:
        """The batch's output; if a worker process died, redo it document by document so
        only a document that kills workers every time is lost (as an error line)."""
        try:
            return self.engine.result(task.handle)
        except Exception as e:
            if not self.engine.lost(e):
                raise
        self._recover(pending)
        outs = []
        for item in task.batch:
            try:
                outs.append(self.engine.result(self.engine.submit([item], **self.opts)))
            except Exception as e:
                if not self.engine.lost(e):
                    raise
                self._recover(pending)
                dead = ErrorItem(item.id, E_WORKER, "a worker process died on this document",
                                 item.source)
                outs.append(self.engine.result(self.engine.submit([dead], **self.opts)))
        return merge_outs(outs)

    def _recover(self, pending: deque[_Task]) -> None:
        self.engine.recover()
        for task in pending:
            task.handle = self.engine.submit(task.batch, **self.opts)

    def _write(self, task: _Task, pending: deque[_Task], progress: Progress) -> None:
        out = self._result(task, pending)
        first, last_id = task.first, task.batch[-1].id
        self.outputs.write(out, first)
        self.run_stats.add(out)
        self.total.add(out)
        self.peaks[out.pid] = max(self.peaks.get(out.pid, 0), out.peak_rss)
        self.good = (first + out.docs, last_id, self._sizes(), self.total.model_copy(deep=True))
        progress.update(out.docs, out.chars, self.total.errors)
        if self.total_future is not None and self.total_future.done():
            progress.set_total(self.total_future.result())
            self.total_future = None
        if time.monotonic() - self.last_sync >= self.job.checkpoint_seconds:
            self._checkpoint(complete=False)

    def _sizes(self) -> dict[str, int]:
        sizes = {"jsonl": self.outputs.jsonl.tell()}
        if self.outputs.csv is not None:
            sizes["csv"] = self.outputs.csv.tell()
        return sizes

    def _checkpoint(self, complete: bool) -> None:
        """fsync the outputs, then record the last fully written batch as durable."""
        self.outputs.sync()
        docs, last_id, sizes, stats = self.good
        self.ckpt.documents, self.ckpt.last_id, self.ckpt.sizes = docs, last_id, sizes
        self.ckpt.stats = stats
        self.ckpt.complete = complete
        resume.save(self.ckpt, self.job.output)
        self.last_sync = time.monotonic()

    def _count_in_background(self, progress: Progress) -> ThreadPoolExecutor | None:
        if progress.bar is None:
            return None
        return ThreadPoolExecutor(1, thread_name_prefix="pressner-count")

