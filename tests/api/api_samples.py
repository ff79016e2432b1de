"""Texts and helpers shared by the service tests (written for these tests, not taken from
any release)."""

from __future__ import annotations

import socket
import warnings

with warnings.catch_warnings():
    # Starlette 1.x deprecates driving its TestClient with httpx; it still works.
    warnings.filterwarnings("ignore", message=".*httpx.*starlette.testclient", category=UserWarning)
    from fastapi.testclient import TestClient

SAMPLE_EN = ("BEIJING, 3 June 2024 - A delegation from Shanghai visited Beijing to discuss "
             "trade with partners from Chile.")
SAMPLE_ZH = "2024年6月3日，上海市代表团访问北京，与智利企业代表座谈。"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


__all__ = ["SAMPLE_EN", "SAMPLE_ZH", "TestClient", "free_port"]
