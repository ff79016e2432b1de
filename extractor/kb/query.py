"""Read queries over the knowledge base, returning the pydantic shapes the HTTP service serves.

Kept apart from the HTTP layer so the service, the command line and tests share one answer.
Search matches a substring of any alias or canonical name, case-folded (SQL `lower()`: ASCII
only on SQLite, full Unicode on PostgreSQL); a Chinese query also matches in its simplified
form, so `山東` finds what was seen as `山东`. Exact matches rank first, then mention counts.
"""

from __future__ import annotations

import json
from collections import defaultdict
from functools import lru_cache
from typing import Any

from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import case, func, or_, select
from sqlalchemy.orm import Session

from . import models as m

ZHU = {"id": "per_3f9c0a51d2b7e410", "label": "PERSON", "name_en": "Zhu Jialiang", "name_zh": "朱佳良"}
CCPIT = {"id": "org_8d1e2f3a4b5c6d7e", "label": "ORG",
         "name_en": "China Council for the Promotion of International Trade", "name_zh": "中国国际贸易促进委员会"}
VICE = {"id": "tit_0a1b2c3d4e5f6a7b", "label": "TITLE", "name_en": "Vice Chairman", "name_zh": "副会长"}


class EntityRef(BaseModel):
    id: str = Field(description="Stable id, derived from the canonical form: the same across rebuilds.")
    label: str = Field(description="PERSON, ORG, REGION or TITLE.")
    name_en: str | None = None
    name_zh: str | None = None


class EntitySummary(EntityRef):
    mention_count: int
    code: str | None = Field(None, description="Regions: GB/T 2260 or ISO 3166-1 code.")


class SearchResult(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "query": "zhu", "total": 1, "limit": 20, "offset": 0,
        "entities": [ZHU | {"mention_count": 3, "code": None}]}]})

    query: str
    total: int = Field(description="Matches in all; page through them with offset.")
    limit: int
    offset: int
    entities: list[EntitySummary]


class Alias(BaseModel):
    text: str
    lang: str
    kind: str = Field(description="How the form was seen: surface, value, canonical, name, pinyin.")


class Role(BaseModel):
    id: str
    person: EntityRef
    title: EntityRef
    org: EntityRef | None = Field(None, description="Null when the text names no organisation.")
    first_date: str | None = Field(None, description="Earliest document date stating the role.")
    last_date: str | None = None
    confidence: float
    confidence_reason: str
    documents: list[str] = Field(description="Documents that state the role.")


class Document(BaseModel):
    id: str
    date: str | None
    lang: str
    source: dict[str, Any] | str | None = Field(description=(
        "Where `pressner annotate` read the document (path, kind, line), as in its output."))
    mentions: int = Field(description="Mentions of this entity in the document.")


class Merge(BaseModel):
    left: str
    right: str
    reason: str = Field(description="Why the two became one entity, e.g. `pinyin match, same organisation`.")
    evidence: str


class EntityDetail(EntitySummary):
    model_config = ConfigDict(json_schema_extra={"examples": [ZHU | {
        "mention_count": 3, "code": None, "parent": None,
        "aliases": [{"text": "Zhu Jialiang", "lang": "en", "kind": "name"},
                    {"text": "朱佳良", "lang": "zh", "kind": "name"}],
        "roles": [{"id": "rol_5e6f7a8b9c0d1e2f", "person": ZHU, "title": VICE, "org": CCPIT,
                   "first_date": "2025-03-04", "last_date": "2025-03-05", "confidence": 0.75,
                   "confidence_reason": "stated in 2 document(s); each statement halves the doubt",
                   "documents": ["s-en", "s-zh"]}],
        "documents": [{"id": "s-en", "date": "2025-03-04", "lang": "en", "source": None, "mentions": 1}],
        "merges": [{"left": "Zhu Jialiang @ s-en", "right": "朱佳良 @ s-zh",
                    "reason": "pinyin match, same organisation", "evidence": "org:id:ccpit"}]}]})

    parent: EntityRef | None = Field(None, description="Regions: the region it lies in, when the KB holds it.")
    parent_code: str | None = Field(None, description="Regions: the lexicon id of the parent region.")
    aliases: list[Alias]
    roles: list[Role] = Field(description="Roles the entity takes part in, oldest first.")
    documents: list[Document]
    merges: list[Merge]


@lru_cache(maxsize=1)
def _t2s() -> dict[int, str]:
    from ..components.normalizer import CharPair
    from ..lexicon import read_tsv
    from ..pipeline import models_dir

    path = models_dir() / "shared" / "t2s_chars.tsv"
    return {ord(r.trad): r.simp for r in read_tsv(path, CharPair)} if path.exists() else {}


def _forms(q: str) -> set[str]:
    q = q.strip().casefold()
    return {q, q if q.isascii() else q.translate(_t2s())}


def search(s: Session, q: str, limit: int = 20, offset: int = 0) -> SearchResult:
    forms = _forms(q)
    cols = (func.lower(m.Alias.text), func.lower(m.Entity.name_en), func.lower(m.Entity.name_zh))
    hit = or_(*(c.contains(f, autoescape=True) for c in cols for f in forms))
    exact = or_(*(c == f for c in cols for f in forms))
    ids = (select(m.Entity.id, func.max(case((exact, 1), else_=0)).label("exact"))
           .outerjoin(m.Alias, m.Alias.entity_id == m.Entity.id).where(hit).group_by(m.Entity.id).subquery())
    total = s.scalar(select(func.count()).select_from(ids)) or 0
    rows = s.scalars(select(m.Entity).join(ids, ids.c.id == m.Entity.id)
                     .order_by(ids.c.exact.desc(), m.Entity.mention_count.desc(), m.Entity.id)
                     .limit(limit).offset(offset))
    return SearchResult(query=q, total=total, limit=limit, offset=offset,
                        entities=[_summary(e) for e in rows])


def _ref(e: m.Entity) -> EntityRef:
    return EntityRef(id=e.id, label=e.label, name_en=e.name_en, name_zh=e.name_zh)


def _summary(e: m.Entity) -> EntitySummary:
    return EntitySummary(**_ref(e).model_dump(), mention_count=e.mention_count, code=e.code)


def region_parent(s: Session, e: m.Entity) -> m.Entity | None:
    """The KB entity of a region's parent (its key is the parent's lexicon id), if held."""
    if e.label != "REGION" or not e.parent:
        return None
    return s.scalar(select(m.Entity).where(m.Entity.label == "REGION", m.Entity.key == f"id:{e.parent}"))


def entity(s: Session, entity_id: str) -> EntityDetail | None:
    e = s.get(m.Entity, entity_id)
    if e is None:
        return None
    parent = region_parent(s, e)
    return EntityDetail(
        **_summary(e).model_dump(), parent=_ref(parent) if parent else None, parent_code=e.parent,
        aliases=[Alias(text=a.text, lang=a.lang, kind=a.kind) for a in
                 s.scalars(select(m.Alias).where(m.Alias.entity_id == e.id).order_by(m.Alias.lang, m.Alias.text))],
        roles=_roles(s, e.id), documents=_documents(s, e.id),
        merges=[Merge(left=g.left, right=g.right, reason=g.reason, evidence=g.evidence) for g in
                s.scalars(select(m.Merge).where(m.Merge.entity_id == e.id).order_by(m.Merge.id))])


def _roles(s: Session, eid: str) -> list[Role]:
    roles = list(s.scalars(select(m.Role).where(or_(m.Role.person_id == eid, m.Role.title_id == eid,
                                                      m.Role.org_id == eid))
                           .order_by(m.Role.first_date, m.Role.id)))
    ids = {x for r in roles for x in (r.person_id, r.title_id, r.org_id) if x}
    refs = {e.id: _ref(e) for e in s.scalars(select(m.Entity).where(m.Entity.id.in_(ids)))}
    docs: dict[str, list[str]] = defaultdict(list)
    for rs in s.scalars(select(m.RoleSource).where(m.RoleSource.role_id.in_([r.id for r in roles]))
                        .order_by(m.RoleSource.document_id)):
        docs[rs.role_id].append(rs.document_id)
    return [Role(id=r.id, person=refs[r.person_id], title=refs[r.title_id],
                 org=refs[r.org_id] if r.org_id else None, first_date=r.first_date, last_date=r.last_date,
                 confidence=r.confidence, confidence_reason=r.confidence_reason, documents=docs[r.id])
            for r in roles]


def _documents(s: Session, eid: str) -> list[Document]:
    rows = s.execute(select(m.Document, func.count(m.Mention.id))
                     .join(m.Mention, m.Mention.document_id == m.Document.id)
                     .where(m.Mention.entity_id == eid).group_by(m.Document.id)
                     .order_by(m.Document.date, m.Document.id))
    return [Document(id=d.id, date=d.date, lang=d.lang, source=_source(d.source), mentions=n)
            for d, n in rows]


def _source(stored: str | None) -> dict[str, Any] | str | None:
    """The stored column holds an object as JSON text (kb/build.py); give the object back."""
    if stored and stored.startswith("{"):
        try:
            return json.loads(stored)
        except ValueError:
            pass
    return stored
