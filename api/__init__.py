"""pressner's HTTP service: `pressner serve`, or `create_app()` for an ASGI server."""

from .app import create_app
from .settings import Settings

__all__ = ["Settings", "create_app"]
