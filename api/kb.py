"""The knowledge base the service answers `/v1/kb` from, opened read-only.

A path opens SQLite in read-only mode (`mode=ro`: a missing file is an error at start-up,
never a new empty KB); a URL (PostgreSQL) runs every request in a `READ ONLY` transaction.
Each request gets its own session, used from the threadpool, never on the event loop.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

from fastapi import Request
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from extractor.kb.build import engine_url

from .errors import KbUnavailable


class KbStore:
    def __init__(self, db: str) -> None:
        self.engine = open_readonly(db)

    def close(self) -> None:
        self.engine.dispose()

    def session(self) -> Iterator[Session]:
        with Session(self.engine) as s:
            if self.engine.dialect.name == "postgresql":
                s.execute(text("SET TRANSACTION READ ONLY"))
            try:
                yield s
            finally:
                s.rollback()


def open_readonly(db: str) -> Engine:
    if "://" in db:
        engine = create_engine(engine_url(db), pool_pre_ping=True)
    else:
        path = Path(db).resolve()
        if not path.is_file():
            raise FileNotFoundError(f"knowledge base not found: {path} (build it with `pressner kb build`)")
        # pysqlite's URI form; check_same_thread off: a request's session may move between threadpool threads
        engine = create_engine(f"sqlite:///file:{quote(str(path))}?mode=ro&uri=true",
                               connect_args={"check_same_thread": False})
    if not inspect(engine).has_table("entities"):
        engine.dispose()
        raise ValueError(f"{db} is not a pressner knowledge base (no entities table)")
    return engine


def kb_session(request: Request) -> Iterator[Session]:
    """A plain (sync) dependency, so FastAPI runs it in the threadpool."""
    store: KbStore | None = request.app.state.kb
    if store is None:
        raise KbUnavailable("no knowledge base: start the service with --kb kb.sqlite (or PRESSNER_KB)")
    yield from store.session()
