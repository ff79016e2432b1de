"""A worker process that dies costs at most the document it died on, never the run."""

from __future__ import annotations

import os
import signal
import time
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from extractor.bulk import InlineEngine, Job, LocalEngine, annotate, worker
from extractor.bulk.items import DocItem

from .conftest import EN, ZH, read_lines, write_jsonl


class PoisonEngine(InlineEngine):
    """In-process, but a batch holding the id "poison" 'kills its worker'."""

    def __init__(self) -> None:
        super().__init__()
        self.recoveries = 0

    def submit(self, items, **opts):
        return items, opts

    def result(self, handle):
        items, opts = handle
        if any(isinstance(i, DocItem) and i.id == "poison" for i in items):
            raise BrokenProcessPool("worker died")
        return worker.process_batch(items, **opts)

    def lost(self, exc):
        return isinstance(exc, BrokenProcessPool)

    def recover(self):
        self.recoveries += 1


def docs(n: int, poison_at: int | None = None) -> list[dict]:
    out = [{"id": f"d{i}", "text": f"{i}. {EN if i % 2 else ZH}"} for i in range(n)]
    if poison_at is not None:
        out[poison_at]["id"] = "poison"
    return out


def test_poison_document_becomes_an_error_line(tmp_path: Path):
    path = write_jsonl(tmp_path / "in.jsonl", docs(20, poison_at=7))
    engine = PoisonEngine()
    summary = annotate(Job(inputs=[path], output=tmp_path / "out.jsonl", batch_size=4,
                           progress=False, csv=tmp_path / "e.csv"), engine)
    lines = read_lines(tmp_path / "out.jsonl")
    assert [d["id"] for d in lines] == [d["id"] for d in docs(20, poison_at=7)]
    assert [d["id"] for d in lines if "error" in d] == ["poison"]
    assert lines[7]["error"]["code"] == "E501" and summary["error_codes"] == {"E501": 1}
    assert engine.recoveries == 2  # once for the batch, once for the poison document


class KillingEngine(LocalEngine):
    """A local pool one of whose workers is killed (SIGKILL) while batches are in flight."""

    def __init__(self) -> None:
        super().__init__(workers=2)
        self.results = 0
        self.killed: list[int] = []

    def result(self, handle):
        self.results += 1
        if self.results == 3:
            pid = next(iter(self.pool._processes))
            os.kill(pid, signal.SIGKILL)
            self.killed.append(pid)
            _wait_dead(pid)
        return super().result(handle)


def _wait_dead(pid: int) -> None:
    end = time.monotonic() + 30
    while time.monotonic() < end:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.01)


def test_killed_pool_worker_changes_nothing(tmp_path: Path):
    path = write_jsonl(tmp_path / "in.jsonl", docs(120))
    ref, out = tmp_path / "ref.jsonl", tmp_path / "out.jsonl"
    annotate(Job(inputs=[path], output=ref, progress=False), InlineEngine())
    engine = KillingEngine()
    try:
        annotate(Job(inputs=[path], output=out, batch_size=4, progress=False), engine)
    finally:
        engine.close()
    assert len(engine.killed) == 1
    assert out.read_bytes() == ref.read_bytes()
