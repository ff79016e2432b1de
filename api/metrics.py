"""Prometheus metrics: requests by route and status, latency, documents, characters, errors.

Routes are labelled by their template (`/v1/extract`), never the raw path, so a scan of
random URLs cannot blow up the series count. With several workers each process writes
its samples to PROMETHEUS_MULTIPROC_DIR (set by `pressner serve`) and `/metrics`
aggregates them, so whichever worker answers the scrape reports the whole service.
"""

from __future__ import annotations

import os
import time

from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Histogram, generate_latest
from starlette.types import ASGIApp, Message, Receive, Scope, Send

LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60)


class Metrics:
    def __init__(self) -> None:
        self.registry = CollectorRegistry(auto_describe=True)
        r = self.registry
        self.requests = Counter("pressner_http_requests", "HTTP requests answered.",
                                ["method", "route", "status"], registry=r)
        self.latency = Histogram("pressner_http_request_duration_seconds",
                                 "Time from request start to the end of the response.",
                                 ["method", "route"], buckets=LATENCY_BUCKETS, registry=r)
        self.documents = Counter("pressner_documents", "Documents extracted.", ["lang"], registry=r)
        self.characters = Counter("pressner_characters", "Characters of text extracted.",
                                  ["lang"], registry=r)
        self.errors = Counter("pressner_errors", "Error responses and per-document errors by code.",
                              ["code"], registry=r)

    def document(self, lang: str, chars: int) -> None:
        self.documents.labels(lang).inc()
        self.characters.labels(lang).inc(chars)

    def error(self, code: str) -> None:
        self.errors.labels(code).inc()

    def exposition(self) -> tuple[bytes, str]:
        path = os.environ.get("PROMETHEUS_MULTIPROC_DIR")
        if path and os.path.isdir(path):
            from prometheus_client import multiprocess

            registry = CollectorRegistry()
            multiprocess.MultiProcessCollector(registry, path=path)
            return generate_latest(registry), CONTENT_TYPE_LATEST
        return generate_latest(self.registry), CONTENT_TYPE_LATEST


class MetricsMiddleware:
    """Counts every HTTP response, including those refused before reaching a route."""

    def __init__(self, app: ASGIApp, metrics: Metrics) -> None:
        self.app = app
        self.metrics = metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        t0 = time.perf_counter()
        status = {"code": 500}

        async def send_wrapper(message: Message) -> None:
            if message["type"] == "http.response.start":
                status["code"] = message["status"]
                for name, value in message.get("headers", ()):
                    if name == b"x-error-code":
                        self.metrics.error(value.decode("latin-1"))
            await send(message)

        try:
            await self.app(scope, receive, send_wrapper)
        finally:
            route = _route(scope)
            self.metrics.requests.labels(scope["method"], route, str(status["code"])).inc()
            self.metrics.latency.labels(scope["method"], route).observe(time.perf_counter() - t0)


def _route(scope: Scope) -> str:
    route = scope.get("route")
    path = getattr(route, "path", None)
    if path:
        return path
    return "/static" if scope["path"].startswith("/static/") else "unmatched"
