"""Request heads are limited by the server itself (api/protocol.py), against a real
`pressner serve` on loopback: 431 in the error shape, the connection closed, memory flat,
the event loop free while a flood arrives."""

from __future__ import annotations

import socket
import threading
import time

import httpx
import psutil
import pytest


def _address(url: str) -> tuple[str, int]:
    host, port = url.removeprefix("http://").split(":")
    return host, int(port)


def _server_process(url: str) -> psutil.Process:
    """The process listening on the live server's port (the worker, when one serves)."""
    port = _address(url)[1]
    for proc in psutil.Process().children(recursive=True):
        try:
            if any(c.laddr and c.laddr.port == port and c.status == psutil.CONN_LISTEN
                   for c in proc.net_connections("tcp")):
                return proc
        except psutil.Error:
            continue
    pytest.fail(f"no child process listens on port {port}")


def _answer(sock: socket.socket, limit: float = 20) -> bytes:
    sock.settimeout(limit)
    data = b""
    try:
        while chunk := sock.recv(65536):
            data += chunk
    except (ConnectionResetError, TimeoutError):
        pass
    return data


def _request(url: str, head: bytes) -> bytes:
    with socket.create_connection(_address(url), timeout=20) as sock:
        try:
            sock.sendall(head)
        except (BrokenPipeError, ConnectionResetError):
            pass
        return _answer(sock)


def _get(path: str = "/v1/health", headers: list[tuple[str, str]] = ()) -> bytes:
    lines = [f"GET {path} HTTP/1.1", "Host: 127.0.0.1", "Connection: close",
             *(f"{k}: {v}" for k, v in headers)]
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


@pytest.mark.parametrize("head, status, says", [
    (_get(headers=[("X-Small", "a" * 6000)]), b"200", b""),
    (_get(headers=[(f"X-H{i}", "a" * 100) for i in range(100)]), b"200", b""),  # 11 KB in all
    (_get(headers=[("X-Big", "a" * 9000)]), b"431", b"X-Big"),
    (_get(headers=[(f"X-H{i}", "a" * 300) for i in range(100)]), b"431", b"larger than 16384"),
    (_get("/v1/health?" + "q" * 9000), b"431", b"request line"),
    (_get(headers=[("X-" + "n" * 9000, "a")]), b"431", b"longer than 8192"),
])
def test_head_limits(live_server, head, status, says):
    answer = _request(live_server, head)
    assert answer.startswith(b"HTTP/1.1 " + status), answer[:300]
    if status == b"431":
        assert b'"code": "E212"' in answer and says in answer


def _flood(url: str, first: bytes, piece: bytes, total: int, out: dict) -> None:
    """Sends `first`, then `piece` until `total` bytes or until the server gives up."""
    sent = 0
    with socket.create_connection(_address(url), timeout=20) as sock:
        try:
            sock.sendall(first)
            while sent < total:
                sock.sendall(piece)
                sent += len(piece)
        except (BrokenPipeError, ConnectionResetError, TimeoutError):
            pass
        out["sent"] = sent
        out["answer"] = _answer(sock, 5)


@pytest.mark.parametrize("first, piece", [
    (b"GET /v1/health HTTP/1.1\r\nHost: x\r\nX-Big: ", b"a" * 65536),    # one endless header
    (b"GET /v1/health HTTP/1.1\r\nHost: x\r\n", b"X-A: b\r\n" * 8192),    # endless tiny headers
])
def test_header_flood_is_cut_off_memory_flat_loop_free(live_server, first, piece):
    server = _server_process(live_server)
    before = server.memory_info().rss
    results = [{} for _ in range(3)]
    floods = [threading.Thread(target=_flood, args=(live_server, first, piece, 64 << 20, r))
              for r in results]
    for t in floods:
        t.start()
    worst = 0.0
    with httpx.Client(timeout=10) as c:
        while any(t.is_alive() for t in floods):
            t0 = time.monotonic()
            assert c.get(f"{live_server}/v1/health").status_code == 200
            worst = max(worst, time.monotonic() - t0)
            time.sleep(0.05)
    for t in floods:
        t.join(timeout=60)
    grown = (server.memory_info().rss - before) / 2**20
    for r in results:
        assert r["sent"] < 16 << 20, r["sent"]  # the server stopped reading long before 64 MB
        assert r["answer"] == b"" or r["answer"].startswith(b"HTTP/1.1 431"), r["answer"][:200]
    assert grown < 20, f"worker grew by {grown:.0f} MB"
    assert worst < 1.0, f"health took {worst:.2f} s during the flood"
