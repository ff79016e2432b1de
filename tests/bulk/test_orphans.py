"""Workers of a killed `pressner annotate` exit with it: no orphans holding memory."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest

from .conftest import EN, ZH, wait_for_checkpoint, write_jsonl


def _descendants(pid: int) -> list[psutil.Process]:
    try:
        return psutil.Process(pid).children(recursive=True)
    except psutil.NoSuchProcess:
        return []


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_workers_and_resource_tracker_exit_after_kill_9_of_the_parent(tmp_path: Path):
    src = write_jsonl(tmp_path / "in.jsonl",
                      [{"id": f"d{i}", "text": f"{i}. {EN if i % 2 else ZH}"} for i in range(3000)])
    out = tmp_path / "out.jsonl"
    code = "from extractor.cli import app; app()"
    proc = subprocess.Popen([sys.executable, "-c", code, "annotate", str(src), "-o", str(out),
                             "--workers", "2", "--batch-size", "4", "--checkpoint-seconds", "0",
                             "--no-progress"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_for_checkpoint(out, proc, 16, timeout=180)
        children = _descendants(proc.pid)
        assert len(children) >= 3  # two workers and multiprocessing's resource tracker
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        gone, alive = psutil.wait_procs(children, timeout=20)
        assert not alive, [p.cmdline()[-2:] for p in alive]
    finally:
        if proc.poll() is None:
            proc.kill()
        for p in locals().get("children", []):
            if p.is_running():
                p.kill()
