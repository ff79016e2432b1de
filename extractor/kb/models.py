"""SQLAlchemy 2 tables of the knowledge base.

Plain portable column types only, so the same schema runs on SQLite and PostgreSQL.
`documents` is the source of truth; every other table is derived from it by `build.py`.
"""

from __future__ import annotations

from sqlalchemy import Float, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Document(Base):
    __tablename__ = "documents"
    id: Mapped[str] = mapped_column(String(200), primary_key=True)
    source: Mapped[str | None] = mapped_column(Text)
    date: Mapped[str | None] = mapped_column(String(10))
    lang: Mapped[str] = mapped_column(String(5))
    digest: Mapped[str] = mapped_column(String(64))
    payload: Mapped[str] = mapped_column(Text)


class Entity(Base):
    __tablename__ = "entities"
    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    label: Mapped[str] = mapped_column(String(10), index=True)
    key: Mapped[str] = mapped_column(Text)
    name_en: Mapped[str | None] = mapped_column(Text)
    name_zh: Mapped[str | None] = mapped_column(Text)
    code: Mapped[str | None] = mapped_column(String(40))
    parent: Mapped[str | None] = mapped_column(String(40))
    mention_count: Mapped[int] = mapped_column(Integer, default=0)


class Alias(Base):
    __tablename__ = "aliases"
    __table_args__ = (UniqueConstraint("entity_id", "text", "lang"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    entity_id: Mapped[str] = mapped_column(ForeignKey("entities.id"), index=True)
    text: Mapped[str] = mapped_column(Text)
    lang: Mapped[str] = mapped_column(String(5))
    kind: Mapped[str] = mapped_column(String(20))


class Mention(Base):
    __tablename__ = "mentions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id"), index=True)
    entity_id: Mapped[str] = mapped_column(ForeignKey("entities.id"), index=True)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)


class Role(Base):
    __tablename__ = "roles"
    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("entities.id"), index=True)
    title_id: Mapped[str] = mapped_column(ForeignKey("entities.id"))
    org_id: Mapped[str | None] = mapped_column(ForeignKey("entities.id"))
    first_date: Mapped[str | None] = mapped_column(String(10))
    last_date: Mapped[str | None] = mapped_column(String(10))
    confidence: Mapped[float] = mapped_column(Float)
    confidence_reason: Mapped[str] = mapped_column(Text)


class RoleSource(Base):
    __tablename__ = "role_sources"
    role_id: Mapped[str] = mapped_column(ForeignKey("roles.id"), primary_key=True)
    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id"), primary_key=True)
    date: Mapped[str | None] = mapped_column(String(10))


class Merge(Base):
    """Why two surface forms or mentions became one entity: the audit trail of merging."""

    __tablename__ = "merges"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    entity_id: Mapped[str] = mapped_column(ForeignKey("entities.id"), index=True)
    left: Mapped[str] = mapped_column(Text)
    right: Mapped[str] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(String(40))
    evidence: Mapped[str] = mapped_column(Text)


class Event(Base):
    """A document-level co-occurrence: the document's date and the regions it names, nothing more."""

    __tablename__ = "events"
    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id"))
    date: Mapped[str | None] = mapped_column(String(10))


class EventRegion(Base):
    __tablename__ = "event_regions"
    event_id: Mapped[str] = mapped_column(ForeignKey("events.id"), primary_key=True)
    entity_id: Mapped[str] = mapped_column(ForeignKey("entities.id"), primary_key=True)
