"""`pressner kb show NAME`: one entity with its aliases, roles over time and documents."""

from __future__ import annotations

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from . import models as m
from .build import opened


def find(s: Session, name: str) -> list[m.Entity]:
    q = name.casefold()
    ids = select(m.Alias.entity_id).where(func.lower(m.Alias.text) == q)
    hits = list(s.scalars(select(m.Entity).where(or_(m.Entity.id == name, m.Entity.id.in_(ids))).order_by(m.Entity.id)))
    if not hits:
        like = select(m.Alias.entity_id).where(func.lower(m.Alias.text).contains(q))
        hits = list(s.scalars(select(m.Entity).where(m.Entity.id.in_(like)).order_by(m.Entity.id)))
    return hits


def show_entity(db: str, name: str) -> str:
    with opened(db) as engine, Session(engine) as s:
        hits = find(s, name)
        if not hits:
            return f"no entity matches {name!r}"
        names = dict(s.execute(select(m.Entity.id, func.coalesce(m.Entity.name_en, m.Entity.name_zh))).all())
        return "\n\n".join(_one(s, e, names) for e in hits)


def _one(s: Session, e: m.Entity, names: dict) -> str:
    name = " / ".join(n for n in (e.name_en, e.name_zh) if n)
    lines = [f"{e.id}  {e.label}  {name}  ({e.mention_count} mentions)"]
    if e.code:
        lines.append(f"  code {e.code}  parent {e.parent or '-'}")
    al = s.scalars(select(m.Alias).where(m.Alias.entity_id == e.id).order_by(m.Alias.text))
    lines.append("  aliases: " + ", ".join(f"{a.text} [{a.lang}]" for a in al))
    roles = s.scalars(select(m.Role).where(or_(m.Role.person_id == e.id, m.Role.org_id == e.id,
                                               m.Role.title_id == e.id)).order_by(m.Role.first_date))
    for r in roles:
        lines.append(f"  role: {names[r.person_id]} — {names[r.title_id]} @ {names.get(r.org_id, '-')}"
                     f"  {r.first_date or '?'} .. {r.last_date or '?'}  conf {r.confidence}")
    for mg in s.scalars(select(m.Merge).where(m.Merge.entity_id == e.id)):
        lines.append(f"  merged: {mg.left} + {mg.right}: {mg.reason}")
    docs = s.scalars(select(m.Mention.document_id).where(m.Mention.entity_id == e.id).distinct()
                     .order_by(m.Mention.document_id))
    lines.append("  documents: " + ", ".join(docs))
    return "\n".join(lines)
