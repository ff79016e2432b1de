"""Fixtures for the service tests: one Extractor for the session (pipelines load once),
apps built around it with whatever settings a test needs."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from api import Settings, create_app
from tools.api_bench import stop_server
from extractor import Extractor

from api_samples import TestClient, free_port


@pytest.fixture(scope="session")
def api_extractor() -> Extractor:
    ex = Extractor(max_chars=Settings().max_text_chars)
    ex.warm_up()
    return ex


@pytest.fixture(scope="session")
def make_client(api_extractor: Extractor) -> Iterator[Callable[..., TestClient]]:
    """`make_client(api_key="k", ...)`: a started TestClient with those settings."""
    opened: list[TestClient] = []

    def make(**settings: object) -> TestClient:
        settings.setdefault("max_text_chars", api_extractor.max_chars)
        ex = api_extractor
        if settings["max_text_chars"] != api_extractor.max_chars:
            ex = Extractor(max_chars=int(settings["max_text_chars"]))  # type: ignore[arg-type]
            ex._nlp = api_extractor._nlp  # same loaded pipelines, another limit
        client = TestClient(create_app(Settings(_env_file=None, **settings), ex))
        client.__enter__()
        opened.append(client)
        return client

    yield make
    for client in opened:
        client.__exit__(None, None, None)


@pytest.fixture(scope="session")
def client(make_client: Callable[..., TestClient]) -> TestClient:
    return make_client()


@pytest.fixture(scope="session")
def live_server() -> Iterator[str]:
    """`pressner serve` as a real process on a free loopback port; its base URL."""
    import os
    import subprocess
    import sys
    import time

    import httpx

    port = free_port()
    cmd = [sys.executable, "-m", "extractor.cli", "serve", "--host", "127.0.0.1",
           "--port", str(port), "--log-level", "warning"]
    proc = subprocess.Popen(cmd, env=dict(os.environ), stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 180
        while True:
            if proc.poll() is not None:
                out = proc.stdout.read().decode(errors="replace") if proc.stdout else ""
                pytest.fail(f"pressner serve exited with {proc.returncode}:\n{out[-3000:]}")
            try:
                if httpx.get(f"{url}/v1/health", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                pytest.fail("pressner serve did not become healthy within 180 s")
            time.sleep(0.25)
        yield url
    finally:
        stop_server(proc)
        if proc.stdout:
            proc.stdout.close()
