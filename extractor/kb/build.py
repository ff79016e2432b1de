"""Consolidate `pressner annotate` result files into the knowledge base.

Documents are upserted by id and content digest; if none is new or changed the KB is left
untouched. Otherwise every derived table is recomputed from all stored documents (sorted by id)
in one transaction, so the outcome never depends on import order.
"""

from __future__ import annotations

import json
import time
from collections import Counter, defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import create_engine, delete, exc, insert, select, text
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from . import models as m
from .merge import Occurrence, entity_key, person_rn
from .results import check_paths, digest, read_results

BUSY_SECONDS = 600.0  # how long a build waits for another one holding the SQLite file
DERIVED = (m.EventRegion, m.Event, m.Merge, m.RoleSource, m.Role, m.Mention, m.Alias, m.Entity)


def engine_url(db: str) -> str:
    """A path is SQLite; a plain `postgresql://` URL gets the pinned psycopg 3 driver, not psycopg2."""
    if "://" not in db:
        return f"sqlite:///{Path(db)}"
    scheme, rest = db.split("://", 1)
    return f"postgresql+psycopg://{rest}" if scheme in ("postgres", "postgresql") else db


def connect(db: str) -> Engine:
    url = engine_url(db)
    sqlite = url.startswith("sqlite")
    engine = create_engine(url, connect_args={"timeout": BUSY_SECONDS} if sqlite else {})
    _create_schema(engine)
    return engine


def _create_schema(engine: Engine, attempts: int = 5) -> None:
    """`create_all`, tolerant of another process creating the same tables meanwhile: its
    check-then-create is not atomic, so a racing build may see "table ... already exists";
    the next attempt finds the table and skips it."""
    for attempt in range(attempts):
        try:
            m.Base.metadata.create_all(engine)
            return
        except (exc.OperationalError, exc.ProgrammingError, exc.IntegrityError):
            if attempt == attempts - 1:
                raise
            time.sleep(0.05 * (attempt + 1))


@contextmanager
def opened(db: str) -> Iterator[Engine]:
    """`connect`, then dispose of the pool: a server database would otherwise keep its connections."""
    engine = connect(db)
    try:
        yield engine
    finally:
        engine.dispose()


def _lang_of(text: str) -> str:
    return "zh" if any("\u3400" <= c <= "\u9fff" for c in text) else "en"


def _lock(session: Session) -> None:
    """One build at a time per database: the second waits for the first (up to
    BUSY_SECONDS on SQLite) instead of failing with "database is locked". SQLite: take the
    write lock up front (a deferred transaction that reads first cannot wait for a writer);
    PostgreSQL: a transaction-scoped advisory lock."""
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite":
        session.execute(text("BEGIN IMMEDIATE"))
    elif dialect == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(7242)"))


def _upsert(session: Session, docs: list[dict]) -> Counter:
    counts: Counter = Counter()
    for d in docs:
        payload, sha = digest(d)
        doc_id = d["id"] or f"sha:{sha[:16]}"
        row = session.get(m.Document, doc_id)
        if row is not None and row.digest == sha:
            counts["unchanged"] += 1
            continue
        counts["updated" if row else "added"] += 1
        src = d.get("source")
        session.merge(m.Document(id=doc_id, source=src if isinstance(src, str) or src is None else json.dumps(src), date=(d.get("doc_date") or "")[:10] or None,
                                 lang=d.get("lang") or "en", digest=sha, payload=payload))
    return counts


def build_kb(paths, db: str, skip_bad_lines: bool = False) -> dict:
    """Raises `ResultsError` (naming file and line) before the database is touched."""
    check_paths(paths)
    read = read_results(paths, skip_bad=skip_bad_lines)
    with opened(db) as engine:
        with Session(engine) as session, session.begin():
            _lock(session)
            counts = _upsert(session, read.docs) + read.counts
            if counts["added"] or counts["updated"]:
                session.flush()
                docs = [(row.id, row.date, json.loads(row.payload))
                        for row in session.scalars(select(m.Document).order_by(m.Document.id))]
                tables = derive(docs)
                for table in DERIVED:
                    session.execute(delete(table))
                for table in reversed(DERIVED):
                    rows = tables[table.__tablename__]
                    if rows:
                        session.execute(insert(table), rows)
        return dict(counts) | stats(engine)


def stats(engine: Engine) -> dict:
    from sqlalchemy import func

    with Session(engine) as s:
        out = {t: s.scalar(select(func.count()).select_from(getattr(m, c)))
               for t, c in (("documents", "Document"), ("entities", "Entity"), ("aliases", "Alias"),
                            ("roles", "Role"), ("merges", "Merge"), ("events", "Event"))}
        for label, n in s.execute(select(m.Entity.label, func.count()).group_by(m.Entity.label)):
            out[f"entities.{label}"] = n
    return out


def _find(doc: dict, label: str, span: dict | None, name: str | None) -> dict | None:
    ents = doc.get("entities") or []
    if span:
        for e in ents:
            if e["label"] == label and e["start"] == span["start"] and e["end"] == span["end"]:
                return e
    if name:
        for e in ents:
            if e["label"] == label and name in (e["text"], e.get("value")):
                return e
    return None


class _Acc:
    """Mentions of one non-person entity, gathered across documents."""

    def __init__(self, label: str, key: str) -> None:
        self.label, self.key = label, key
        self.mentions: list[tuple[str, dict]] = []
        self.info: dict = {}

    def add(self, doc_id: str, ent: dict) -> None:
        self.mentions.append((doc_id, ent))
        for k, v in (ent.get("info") or {}).items():
            self.info.setdefault(k, v)


def derive(docs: list[tuple[str, str | None, dict]]) -> dict[str, list[dict]]:
    accs: dict[tuple[str, str], _Acc] = {}
    occs: list[Occurrence] = []
    occ_of: dict[tuple[str, str], int] = {}
    links, stated, events = [], [], []
    for doc_id, date, d in docs:
        person_occ: dict[tuple[int, int], int] = {}
        for e in d.get("entities") or []:
            if e["label"] == "DATE":
                continue
            if e["label"] == "PERSON":
                form = e.get("value") or e["text"]
                if (doc_id, form) not in occ_of:
                    rn, pinyin = person_rn(e, d.get("lang"))
                    occ_of[doc_id, form] = len(occs)
                    occs.append(Occurrence(len(occs), doc_id, _lang_of(form), form, rn, pinyin))
                o = occs[occ_of[doc_id, form]]
                o.mentions.append(e)
                person_occ[e["start"], e["end"]] = o.idx
            else:
                key = entity_key(e)
                accs.setdefault((e["label"], key), _Acc(e["label"], key)).add(doc_id, e)
        for e in d.get("entities") or []:
            linked = (e.get("info") or {}).get("linked") if e["label"] == "PERSON" else None
            if linked and (linked.get("start"), linked.get("end")) in person_occ:
                links.append((person_occ[e["start"], e["end"]], person_occ[linked["start"], linked["end"]], doc_id))
        for r in d.get("roles") or []:
            p = _find(d, "PERSON", r.get("person_span"), r.get("person"))
            t = _find(d, "TITLE", r.get("title_span"), r.get("title"))
            if p is None or t is None:
                continue
            o = _find(d, "ORG", r.get("org_span"), r.get("org")) if r.get("org") else None
            occ = occs[occ_of[doc_id, p.get("value") or p["text"]]]
            tkey, okey = entity_key(t), entity_key(o) if o else None
            occ.titles.add(tkey)
            if okey:
                occ.orgs.add(okey)
            stated.append((occ.idx, tkey, okey, doc_id, date))
        regions = sorted({entity_key(e) for e in d.get("entities") or [] if e["label"] == "REGION"})
        if regions:
            events.append((doc_id, date or _first_date(d), regions))
    return _tables(docs, accs, occs, links, stated, events)


def _first_date(d: dict) -> str | None:
    for e in d.get("entities") or []:
        v = e.get("value") or ""
        if e["label"] == "DATE" and len(v) >= 10 and v[4] == "-":
            return v[:10]
    return None


def _tables(docs, accs, occs, links, stated, events) -> dict[str, list[dict]]:
    from .rows import entity_rows, event_rows, person_rows, role_rows

    out: dict[str, list[dict]] = defaultdict(list)
    ids = entity_rows(accs, out)
    person_of = person_rows(occs, links, out)
    role_rows(stated, person_of, ids, out)
    event_rows(events, ids, out)
    return out
