"""`pressner serve --workers 2`: uvicorn's multi-worker mode with connection recycling
(api/workers.py, api/recycle.py); a port in use stops the start."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import socket
import subprocess
import sys
import time

import psutil
import pytest

from tools.api_bench import Cell, _load, start_server, stop_server


def _workers(proc) -> list[psutil.Process]:
    """The live worker processes (not multiprocessing's resource tracker, not zombies)."""
    out = []
    for p in psutil.Process(proc.pid).children(recursive=True):
        try:
            if "resource_tracker" not in " ".join(p.cmdline()):
                out.append(p)
        except psutil.Error:  # gone or a zombie not yet reaped
            continue
    return out


def _cpu(ps: list[psutil.Process]) -> list[float]:
    return [sum(p.cpu_times()[:2]) for p in ps]


@pytest.fixture(scope="module")
def two_workers():
    # quiet workers, set for this server only: a leftover PRESSNER_LOG_LEVEL silenced the
    # servers later tests start and read the log of
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("PRESSNER_LOG_LEVEL", os.environ.get("PRESSNER_LOG_LEVEL", "warning"))
        proc, port = start_server(2)
    yield proc, port
    stop_server(proc)


def test_connections_opened_together_reach_both_workers(two_workers):
    proc, port = two_workers
    workers = _workers(proc)
    assert len(workers) == 2
    bodies = [json.dumps({"text": "Vice Chairman Zhu Jialiang visited Tianjin. " * 40}).encode()]
    before = _cpu(workers)
    cell = Cell(2, 16)
    asyncio.run(_load(port, bodies, 16, 320, cell))  # 16 keep-alive connections at once
    used = [b - a for a, b in zip(before, _cpu(workers))]
    assert cell.errors == 0 and len(cell.latencies) == 320
    # Both workers serve: with one shared socket and no re-dealing, one worker took ~all
    # (0.0). With uvicorn's shared socket and keep-alive recycling the lighter worker's
    # share varies with the kernel's accept order on a busy machine (0.18-0.98 measured),
    # so the bound is "clearly busy", not "balanced".
    assert min(used) > 0.1 * max(used), used


def test_a_killed_worker_is_replaced(two_workers):
    proc, port = two_workers
    victim = _workers(proc)[0]
    os.kill(victim.pid, signal.SIGKILL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        live = _workers(proc)
        if len(live) == 2 and victim.pid not in {p.pid for p in live}:
            break
        time.sleep(0.5)
    else:
        pytest.fail("the killed worker was not replaced")
    cell = Cell(2, 8)
    asyncio.run(_load(port, [json.dumps({"text": "Talks in Beijing."}).encode()], 8, 80, cell))
    assert cell.errors == 0


def _taken_port(reuseport: bool) -> socket.socket:
    """A port held by another server; with SO_REUSEPORT, as a foreign multi-worker one."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    if reuseport:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    sock.bind(("127.0.0.1", 0))
    sock.listen()
    return sock


@pytest.mark.parametrize("reuseport", [True, False])
def test_a_port_in_use_stops_the_start(reuseport):
    held = _taken_port(reuseport)
    port = held.getsockname()[1]
    proc = subprocess.Popen([sys.executable, "-m", "extractor.cli", "serve", "--host", "127.0.0.1",
                             "--port", str(port), "--workers", "2"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        out, err = proc.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        proc.terminate()
        proc.communicate(timeout=30)
        pytest.fail("a second server started on a port in use")
    finally:
        held.close()
    assert proc.returncode == 3
    assert f"127.0.0.1:{port}" in err and "in use" in err
    assert "Traceback" not in err


def test_the_log_names_the_url_with_several_workers():
    import select

    from api_samples import free_port

    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "extractor.cli", "serve", "--host", "127.0.0.1",
                             "--port", str(port), "--workers", "2", "--log-level", "info"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url, log = f"http://127.0.0.1:{port}".encode(), b""
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and url not in log:
            if select.select([proc.stderr], [], [], 1.0)[0]:
                chunk = os.read(proc.stderr.fileno(), 65536)
                if not chunk:
                    break
                log += chunk
        line = next((x for x in log.decode().splitlines() if url.decode() in x), log.decode())
        assert url.decode() in line
    finally:
        stop_server(proc)
        proc.stderr.close()
