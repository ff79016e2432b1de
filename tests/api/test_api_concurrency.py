"""Concurrent requests share one Extractor without corrupting each other, and extraction
runs off the event loop so the service keeps answering while it works."""

from __future__ import annotations

import asyncio
import time

import httpx
from api_samples import SAMPLE_EN, SAMPLE_ZH

from api import Settings, create_app
from extractor import Extractor

TEXTS = [SAMPLE_EN, SAMPLE_ZH, "Talks in Beijing ended.", "代表团访问北京市。",
         SAMPLE_EN * 20, SAMPLE_ZH * 20, "", "Shanghai " * 300]


def _strip(result: dict) -> dict:
    return {k: v for k, v in result.items() if k != "timing_ms"}


async def _run(app, coro_fn):
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            return await coro_fn(client)


def test_concurrent_requests_match_sequential(api_extractor):
    app = create_app(Settings(threads=4), api_extractor)
    expected = [_strip(api_extractor.extract(t, id=str(i)).model_dump(mode="json"))
                for i, t in enumerate(TEXTS)]

    async def go(client):
        async def one(i):
            r = await client.post("/v1/extract", json={"id": str(i % len(TEXTS)), "text": TEXTS[i % len(TEXTS)]})
            return i, r

        return await asyncio.gather(*(one(i) for i in range(64)))

    for i, r in asyncio.run(_run(app, go)):
        assert r.status_code == 200
        assert _strip(r.json()) == expected[i % len(TEXTS)]


class SlowExtractor(Extractor):
    """Burns about a second of CPU (holding the GIL as extraction does) per document."""

    def extract(self, text, **kw):
        t0 = time.perf_counter()
        n = 0
        while time.perf_counter() - t0 < 1.0:
            n += sum(range(1000))
        return super().extract(text, **kw)


def test_event_loop_stays_free_during_a_long_extraction(api_extractor):
    slow = SlowExtractor(max_chars=api_extractor.max_chars)
    slow._nlp = api_extractor._nlp
    app = create_app(Settings(threads=1), slow)

    async def go(client):
        t0 = time.perf_counter()
        long = asyncio.create_task(client.post("/v1/extract", json={"text": "Beijing", "lang": "en"}))
        await asyncio.sleep(0.05)  # the long request is now in its worker thread
        health = await client.get("/v1/health")
        t_health = time.perf_counter() - t0
        r = await long
        return health, t_health, r, time.perf_counter() - t0

    health, t_health, r, t_long = asyncio.run(_run(app, go))
    assert health.status_code == 200 and r.status_code == 200
    assert t_health < t_long / 2, (t_health, t_long)
