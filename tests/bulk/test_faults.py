"""Faults in bulk runs: the disk fills up, a Dask worker dies. Either the run completes or
it stops with a clear message, and a resumed run writes every document exactly once."""

from __future__ import annotations

import json
import os
import resource
import signal
import subprocess
from pathlib import Path

import pytest

from extractor.bulk import InlineEngine, Job, NoRoom, annotate
from extractor.bulk.resume import checkpoint_path

from .conftest import EN, ZH, wait_for_checkpoint, write_jsonl
from .test_resume import cli


def corpus(path: Path, n: int) -> Path:
    return write_jsonl(path, [{"id": f"d{i}", "text": f"{i}. {EN if i % 3 else ZH}"} for i in range(n)])


def reference(inputs: Path, out: Path, **kw) -> bytes:
    annotate(Job(inputs=[inputs], output=out, progress=False, **kw), InlineEngine())
    return out.read_bytes()


def _limit_file_size(limit: int):
    def apply() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return apply


@pytest.mark.parametrize("workers", ["1", "2"])
def test_file_size_limit_stops_clearly_then_resume_completes(extractor, tmp_path, workers):
    """RLIMIT_FSIZE stands in for a full disk: writes past it fail with EFBIG. (The
    `extractor` fixture has built the pipelines, so the limited run only reads them.)"""
    n = 300
    inputs = corpus(tmp_path / "in.jsonl", n)
    ref = reference(inputs, tmp_path / "ref.jsonl", batch_size=8, csv=tmp_path / "ref.csv")
    out = tmp_path / "out.jsonl"
    args = [str(inputs), "-o", str(out), "--csv", str(tmp_path / "out.csv"), "--workers", workers,
            "--batch-size", "8", "--checkpoint-seconds", "0"]

    full = subprocess.run(cli(*args), check=False, capture_output=True, text=True, timeout=300,
                          preexec_fn=_limit_file_size(40_000))
    stopped_at = json.loads(checkpoint_path(out).read_text())["documents"]
    assert full.returncode == 3, full.stderr[-2000:]
    assert "Traceback" not in full.stderr and "─" not in full.stderr  # no (rich) traceback
    message = full.stderr.strip().splitlines()[-1]
    assert f"error: cannot write {out}: file too large" in message
    assert f"{stopped_at} documents are written" in message and "--resume" in message
    assert 0 < stopped_at < n

    done = subprocess.run(cli(*args, "--resume"), check=False, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert json.loads(done.stderr.strip().splitlines()[-1])["resumed_from"] == stopped_at
    assert out.read_bytes() == ref
    assert (tmp_path / "out.csv").read_bytes() == (tmp_path / "ref.csv").read_bytes()


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full on this system")
def test_disk_full_names_the_output_then_resume_completes(tmp_path):
    """/dev/full answers every write with ENOSPC, as a full disk does."""
    inputs = corpus(tmp_path / "in.jsonl", 40)
    ref = reference(inputs, tmp_path / "ref.jsonl")
    out = tmp_path / "out.jsonl"
    out.symlink_to("/dev/full")
    with pytest.raises(NoRoom, match=f"cannot write {out}: disk full"):
        annotate(Job(inputs=[inputs], output=out, progress=False), InlineEngine())
    assert json.loads(checkpoint_path(out).read_text())["documents"] == 0
    out.unlink()
    out.touch()
    summary = annotate(Job(inputs=[inputs], output=out, progress=False, resume=True), InlineEngine())
    assert summary["documents"] == 40 and out.read_bytes() == ref


def _dask_worker_processes(pid: int) -> list:
    import psutil

    return [p for p in psutil.Process(pid).children(recursive=True)
            if "spawn_main" in " ".join(p.cmdline())]


def test_lost_dask_worker_run_completes_and_resume_changes_nothing(tmp_path):
    pytest.importorskip("distributed")
    n = 1500
    inputs = corpus(tmp_path / "in.jsonl", n)
    ref = reference(inputs, tmp_path / "ref.jsonl")
    out = tmp_path / "out.jsonl"
    args = [str(inputs), "-o", str(out), "--engine", "dask", "--workers", "2", "--batch-size", "4",
            "--checkpoint-seconds", "0"]
    proc = subprocess.Popen(cli(*args), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        wait_for_checkpoint(out, proc, 100, timeout=240)
        workers = _dask_worker_processes(proc.pid)
        assert len(workers) == 2, [p.cmdline() for p in workers]
        killed_at = json.loads(checkpoint_path(out).read_text())["documents"]
        os.kill(workers[0].pid, signal.SIGKILL)
        _, stderr = proc.communicate(timeout=300)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 0, stderr[-3000:]
    assert killed_at < n, "the run ended before the worker was killed"
    assert json.loads(stderr.strip().splitlines()[-1])["documents"] == n
    assert out.read_bytes() == ref

    again = subprocess.run(cli(*args, "--resume"), check=False, capture_output=True, text=True, timeout=300)
    assert again.returncode == 0, again.stderr[-3000:]
    assert json.loads(again.stderr.strip().splitlines()[-1])["resumed_from"] == n
    assert out.read_bytes() == ref
