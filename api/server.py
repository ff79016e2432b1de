"""Starting uvicorn for `pressner serve`.

Flags are written back into the `PRESSNER_*` environment so that every worker process,
which builds its own app through `api.app:create_app`, reads the same settings.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
from typing import Any

from pydantic import ValidationError

from .settings import Settings

APP = "api.app:create_app"  # each worker process builds its own app from the environment


def serve(flags: dict[str, Any]) -> None:
    import uvicorn

    for name, value in flags.items():
        if value is not None:
            os.environ[f"PRESSNER_{name.upper()}"] = str(value)
    try:
        settings = Settings()
    except ValidationError as e:
        raise SystemExit(f"invalid setting: {e.errors()[0]['loc']}: {e.errors()[0]['msg']}") from None
    options: dict[str, Any] = dict(factory=True, host=settings.host, port=settings.port,
                                   log_level=settings.log_level, access_log=False,
                                   timeout_graceful_shutdown=10, http=_protocol(),
                                   h11_max_incomplete_event_size=settings.max_header_bytes)
    if settings.workers == 1:
        server = uvicorn.Server(uvicorn.Config(APP, **options))
        server.run()
        if not server.started:  # e.g. a data file failed to load, or the port is taken
            raise SystemExit(3)
        return
    from .workers import PortInUse, probe_port

    try:  # first: a port in use stops the start before the pipelines are built
        probe_port(settings.host, settings.port)
    except PortInUse as e:
        logging.getLogger("uvicorn.error").error(str(e))
        raise SystemExit(3) from None
    metrics_dir = None
    try:
        _prebuild()
        if not os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
            metrics_dir = tempfile.mkdtemp(prefix="pressner-metrics-")
            os.environ["PROMETHEUS_MULTIPROC_DIR"] = metrics_dir
        uvicorn.run(APP, workers=settings.workers, **options)  # uvicorn's own supervisor
    finally:
        if metrics_dir:
            shutil.rmtree(metrics_dir, ignore_errors=True)


def _protocol() -> type | str:
    """httptools with a limit on the request head (api/protocol.py); h11, which has its
    own limit (`h11_max_incomplete_event_size`), where httptools is not installed."""
    try:
        from .protocol import HeadLimitedProtocol
    except ImportError:
        return "h11"
    return HeadLimitedProtocol


def _prebuild() -> None:
    """Bring the saved pipelines up to date once, so N workers don't all rebuild them."""
    from extractor import pipeline

    for lang in pipeline.LANGS:
        for profile in pipeline.PROFILES:
            pipeline.load(lang, profile=profile)
