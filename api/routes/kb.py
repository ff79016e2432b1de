"""`GET /v1/kb/entities?q=` and `GET /v1/kb/entities/{id}`: queries over the knowledge base.

Plain `def` endpoints: SQLAlchemy is synchronous, so FastAPI runs them in its threadpool.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query
from sqlalchemy.orm import Session

from extractor.kb import query
from extractor.schema import ErrorResult

from ..deps import Auth
from ..errors import EntityNotFound, documented
from ..kb import kb_session

router = APIRouter(prefix="/v1/kb", tags=["knowledge base"], dependencies=[Auth])

ERRORS = documented(401, 422) | {
    404: {"description": "No entity with this id (E210), or the service was started without a "
                         "knowledge base (E209).", "model": ErrorResult},
}
Db = Annotated[Session, Depends(kb_session)]
# A query of blanks or control characters only (`q=%20`, `q=%00`) would match every name.
VISIBLE = r"[^\s\x00-\x1f\x7f]"
# Past any real KB, and well inside the databases' 64-bit integers (beyond them, SQLite
# raised OverflowError: a 500).
MAX_OFFSET = 1_000_000_000


@router.get("/entities", response_model=query.SearchResult, responses=ERRORS,
            summary="Find entities by name or alias (case-insensitive, English or Chinese)")
def search_entities(
    db: Db,
    q: Annotated[str, Query(min_length=1, max_length=200, pattern=VISIBLE,
                            description="Part of a name or alias (at least one visible character).",
                            examples=["Zhu Jialiang", "贸促会"])],
    limit: Annotated[int, Query(ge=1, le=100, description="Entities per page.")] = 20,
    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET, description="Entities to skip.")] = 0,
) -> query.SearchResult:
    return query.search(db, q, limit, offset)


@router.get("/entities/{entity_id}", response_model=query.EntityDetail, responses=ERRORS,
            summary="One entity: aliases, roles over time, documents, merge reasons")
def get_entity(
    db: Db,
    entity_id: Annotated[str, Path(max_length=40, description="An id from the search, e.g. per_3f9c0a51d2b7e410.")],
) -> query.EntityDetail:
    found = query.entity(db, entity_id)
    if found is None:
        raise EntityNotFound(f"no entity with id {entity_id!r} in the knowledge base")
    return found
