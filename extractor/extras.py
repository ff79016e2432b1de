"""Optional subsystems and the extras that install them.

The core install is the library and the CLI; the HTTP server, HTML pages, Dask, the
knowledge base and PostgreSQL come with extras (pyproject.toml). A feature whose extra is
missing fails with one line that names the extra to install, not with a traceback from
deep inside an import; the `pressner` program prints it and exits 2 (extractor/cli.py).
"""

from __future__ import annotations

import importlib.util
from functools import lru_cache

# The modules each extra brings, as imported (not as distributions are named).
EXTRAS: dict[str, tuple[str, ...]] = {
    "server": ("fastapi", "uvicorn", "pydantic_settings", "prometheus_client"),
    "bulk": ("trafilatura",),
    "dask": ("dask", "distributed"),
    "kb": ("sqlalchemy", "rdflib", "pyld"),
    "postgres": ("psycopg",),
}
MODULE_EXTRA = {m: extra for extra, mods in EXTRAS.items() for m in mods}
MODULE_EXTRA.update({"starlette": "server", "tqdm": "bulk"})


class MissingExtra(ImportError):
    """An optional subsystem is not installed; the message names the extra."""

    def __init__(self, feature: str, extra: str, module: str) -> None:
        self.extra = extra
        super().__init__(f"{feature} needs the optional dependencies of pressner[{extra}] "
                         f"({module} is not installed): pip install 'pressner[{extra}]'",
                         name=module)


@lru_cache(maxsize=None)
def missing(extra: str) -> str | None:
    """The first module of `extra` that cannot be imported, or None."""
    for module in EXTRAS[extra]:
        if importlib.util.find_spec(module) is None:
            return module
    return None


def require(extra: str, feature: str) -> None:
    """Raise MissingExtra unless `extra` is installed; `feature` says what needs it."""
    module = missing(extra)
    if module is not None:
        raise MissingExtra(feature, extra, module)


def explain(error: ImportError, feature: str) -> MissingExtra | None:
    """A MissingExtra for an import that failed on a module an extra brings, else None."""
    if isinstance(error, MissingExtra):
        return error
    top = (error.name or "").split(".")[0]
    extra = MODULE_EXTRA.get(top)
    return MissingExtra(feature, extra, top) if extra else None
