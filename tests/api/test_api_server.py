"""The real server: `pressner serve` on a loopback port, spoken to over HTTP."""

from __future__ import annotations

import json
import socket
import time
from urllib.parse import urlparse

import httpx
from api_samples import SAMPLE_EN, SAMPLE_ZH


def _socket(url: str) -> socket.socket:
    u = urlparse(url)
    s = socket.create_connection((u.hostname, u.port), timeout=30)
    return s


def _read_until(s: socket.socket, marker: bytes, limit: float = 30) -> bytes:
    data = b""
    deadline = time.monotonic() + limit
    while marker not in data and time.monotonic() < deadline:
        chunk = s.recv(65536)
        if not chunk:
            break
        data += chunk
    return data


def test_health_extract_batch_info_metrics(live_server):
    with httpx.Client(base_url=live_server, timeout=60) as c:
        assert c.get("/v1/health").json()["ready"] is True
        r = c.post("/v1/extract", json={"text": SAMPLE_EN, "doc_date": "2024-06-05"})
        assert r.status_code == 200 and r.json()["lang"] == "en"
        r = c.post("/v1/extract/batch", json={"documents": [{"id": "z", "text": SAMPLE_ZH}, {"lang": "en"}]})
        assert [x.get("id") for x in r.json()["results"]] == ["z", None]
        assert c.get("/v1/info").json()["limits"]["max_batch_documents"] == 100
        assert "pressner_http_requests_total" in c.get("/metrics").text
        assert c.get("/").headers["content-type"].startswith("text/html")
        assert c.post("/v1/extract", json={"text": "x", "lang": "xx"}).json()["error"]["code"] == "E001"


def test_annotate_answers_while_the_request_is_still_open(live_server):
    """The first result arrives before the client has finished sending: true streaming."""
    s = _socket(live_server)
    try:
        s.sendall(b"POST /v1/annotate HTTP/1.1\r\nHost: test\r\nContent-Type: application/x-ndjson\r\n"
                  b"Transfer-Encoding: chunked\r\n\r\n")
        line = (json.dumps({"id": "first", "text": "Talks in Beijing ended."}) + "\n").encode()
        s.sendall(b"%x\r\n%s\r\n" % (len(line), line))
        head = _read_until(s, b'"first"')
        assert b"200 OK" in head and b'"first"' in head
        line = (json.dumps({"id": "second", "text": "代表团访问北京市。"}) + "\n").encode()
        s.sendall(b"%x\r\n%s\r\n0\r\n\r\n" % (len(line), line))
        rest = _read_until(s, b"0\r\n\r\n")
        assert b'"second"' in rest
    finally:
        s.close()


def test_oversized_declared_body_refused_without_sending_it(live_server):
    s = _socket(live_server)
    try:
        s.sendall(b"POST /v1/extract HTTP/1.1\r\nHost: test\r\nContent-Type: application/json\r\n"
                  b"Content-Length: 900000000\r\n\r\n")
        head = _read_until(s, b"}}")
        assert head.startswith(b"HTTP/1.1 413")
        assert b'"E202"' in head
    finally:
        s.close()
