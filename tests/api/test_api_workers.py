"""`pressner serve --workers 2`: one SO_REUSEPORT socket per worker (api/workers.py)."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import socket
import time

import psutil
import pytest

from tools.api_bench import Cell, _load, start_server, stop_server
from api.workers import listening_sockets


def test_listening_sockets_share_one_port():
    socks = listening_sockets("127.0.0.1", 0, 3)
    try:
        ports = {s.getsockname()[1] for s in socks}
        assert len(ports) == 1
        assert all(s.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT) for s in socks)
        assert all(s.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) for s in socks)
    finally:
        for s in socks:
            s.close()


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
    os.environ.setdefault("PRESSNER_LOG_LEVEL", "warning")
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
    assert min(used) > 0.2 * max(used), used  # shared by one socket, one took ~all


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
