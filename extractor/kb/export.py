"""Exports: schema.org JSON-LD, Neo4j `neo4j-admin database import` CSV, N-Triples via rdflib.

The JSON-LD context is inline (no remote schema.org fetch), so processors work offline.
Regions carry their code (`identifier`, a PropertyValue naming GB/T 2260 or ISO 3166-1) and
`containedInPlace`; parents the KB does not hold come from the region lexicon (`regions.py`),
so every edge ends at a node (neo4j-admin refuses dangling relationships).
"""

from __future__ import annotations

import csv
import json
from collections import defaultdict
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from . import models as m
from .build import opened
from .regions import Place, code_scheme, places

BASE = "urn:pressner:"
TYPES = {"PERSON": "Person", "ORG": "Organization", "REGION": "Place", "TITLE": "DefinedTerm"}
CONTEXT = {"@vocab": "http://schema.org/", "pressner": BASE,
           "sameAs": {"@type": "@id"}, "memberOf": {"@type": "@id"}, "member": {"@type": "@id"},
           "containedInPlace": {"@type": "@id"}, "subjectOf": {"@type": "@id"}}


def _load(db: str):
    with opened(db) as engine, Session(engine) as s:
        ents = list(s.scalars(select(m.Entity).order_by(m.Entity.id)))
        aliases = defaultdict(list)
        for a in s.scalars(select(m.Alias).order_by(m.Alias.id)):
            aliases[a.entity_id].append((a.text, a.lang))
        roles = list(s.scalars(select(m.Role).order_by(m.Role.id)))
        sources = defaultdict(list)
        for r in s.scalars(select(m.RoleSource).order_by(m.RoleSource.document_id)):
            sources[r.role_id].append(r.document_id)
        docs = list(s.scalars(select(m.Document).order_by(m.Document.id)))
        s.expunge_all()
    return ents, aliases, roles, sources, docs


def _iri(eid: str) -> str:
    return f"{BASE}{eid}"


def _names(en: str | None, zh: str | None) -> list[dict]:
    return [{"@value": v, "@language": lg} for v, lg in ((en, "en"), (zh, "zh")) if v]


def _place_fields(p: Place, where: dict[str, Place]) -> dict:
    """`identifier` (the code, with its scheme) and `containedInPlace` of a region."""
    out: dict = {}
    scheme = code_scheme(p.lexicon_id, p.code)
    if p.code:
        out["identifier"] = ({"@type": "PropertyValue", "propertyID": scheme, "value": p.code}
                             if scheme else p.code)
    if p.parent:
        out["containedInPlace"] = _iri(where[p.parent].node_id)
    return out


def jsonld(db: str) -> dict:
    ents, aliases, roles, sources, _docs = _load(db)
    names = {e.id: e.name_en or e.name_zh for e in ents}
    where = places(ents)
    graph = []
    for e in ents:
        node = {"@id": _iri(e.id), "@type": TYPES[e.label], "name": _names(e.name_en, e.name_zh),
                "alternateName": [{"@value": t, "@language": lg} for t, lg in aliases[e.id]]}
        forms = []
        for lg, v in (("en", e.name_en), ("zh", e.name_zh)):
            if v:
                forms.append({"@id": f"{_iri(e.id)}#{lg}", "@type": TYPES[e.label], "name": {"@value": v, "@language": lg}})
        if len(forms) == 2:
            node["sameAs"] = [f["@id"] for f in forms]
            graph.extend(forms)
        if e.label == "REGION" and e.key.startswith("id:"):
            node |= _place_fields(where[e.key[3:]], where)
        elif e.code:
            node["identifier"] = e.code
        graph.append(node)
    for p in sorted((p for p in where.values() if not p.in_kb), key=lambda p: p.node_id):
        graph.append({"@id": _iri(p.node_id), "@type": "Place", "name": _names(p.name_en, p.name_zh),
                      "pressner:fromLexicon": True} | _place_fields(p, where))
    for r in roles:
        node = {"@id": _iri(r.id), "@type": "OrganizationRole", "roleName": names.get(r.title_id),
                "member": _iri(r.person_id), "pressner:confidence": r.confidence,
                "subjectOf": [f"{BASE}doc:{d}" for d in sources[r.id]]}
        if r.org_id:
            node["memberOf"] = _iri(r.org_id)
        if r.first_date:
            node["startDate"] = r.first_date
        graph.append(node)
    return {"@context": CONTEXT, "@graph": graph}


def write_csv(db: str, out: Path) -> None:
    ents, aliases, roles, sources, docs = _load(db)
    out.mkdir(parents=True, exist_ok=True)
    labels = {"PERSON": "Person", "ORG": "Organization", "REGION": "Place", "TITLE": "Title"}
    where = places(ents)
    by_id = {p.node_id: p for p in where.values()}
    with open(out / "nodes.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["id:ID", "name_en", "name_zh", "aliases:string[]", "code", "code_scheme", "mentions:int",
                    "date", ":LABEL"])
        for e in ents:
            scheme = code_scheme(by_id[e.id].lexicon_id, e.code) if e.id in by_id else None
            w.writerow([e.id, e.name_en or "", e.name_zh or "", ";".join(t for t, _ in aliases[e.id]),
                        e.code or "", scheme or "", e.mention_count, "", labels[e.label]])
        for p in sorted((p for p in where.values() if not p.in_kb), key=lambda p: p.node_id):
            w.writerow([p.node_id, p.name_en or "", p.name_zh or "", "", p.code or "",
                        code_scheme(p.lexicon_id, p.code) or "", 0, "", "Place"])
        for r in roles:
            w.writerow([r.id, "", "", "", "", "", len(sources[r.id]), r.first_date or "", "Role"])
        for d in docs:
            w.writerow([f"doc:{d.id}", "", "", "", "", "", "", d.date or "", "Document"])
    with open(out / "relationships.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow([":START_ID", ":END_ID", "first_date", "last_date", "confidence:float", ":TYPE"])
        for r in roles:
            w.writerow([r.person_id, r.id, r.first_date or "", r.last_date or "", r.confidence, "HOLDS"])
            w.writerow([r.id, r.title_id, "", "", "", "TITLE"])
            if r.org_id:
                w.writerow([r.id, r.org_id, "", "", "", "AT"])
            for d in sources[r.id]:
                w.writerow([r.id, f"doc:{d}", "", "", "", "STATED_IN"])
        for p in sorted(where.values(), key=lambda p: p.node_id):
            if p.parent:
                w.writerow([p.node_id, where[p.parent].node_id, "", "", "", "CONTAINED_IN"])


def export_kb(db: str, fmt: str, out: Path) -> str:
    """Write the export; a line saying what was written, for the CLI to print."""
    out = Path(out)
    if fmt == "csv":
        write_csv(db, out)
        nodes, rels = (_rows(out / name) for name in ("nodes.csv", "relationships.csv"))
        return f"wrote {out / 'nodes.csv'} ({nodes} nodes) and {out / 'relationships.csv'} ({rels} relationships)"
    if fmt not in ("jsonld", "ntriples"):
        raise ValueError(f"unknown format {fmt!r}: jsonld, csv or ntriples")
    doc = jsonld(db)
    out.parent.mkdir(parents=True, exist_ok=True)  # as the CSV export creates its folder
    if fmt == "jsonld":
        out.write_text(json.dumps(doc, ensure_ascii=False, indent=1), encoding="utf-8")
        return f"wrote {out} ({len(doc['@graph'])} nodes, JSON-LD)"
    from pyld import jsonld as ld
    from rdflib import Graph

    # pyld does the JSON-LD -> RDF step (rdflib's own json-ld parser warns on deprecated API).
    nquads = ld.to_rdf(doc, {"format": "application/n-quads"})
    g = Graph().parse(data=nquads, format="nt")
    out.write_text(g.serialize(format="nt"), encoding="utf-8")
    return f"wrote {out} ({len(g)} triples, N-Triples)"


def _rows(path: Path) -> int:
    with open(path, encoding="utf-8", newline="") as fh:
        return sum(1 for _ in csv.reader(fh)) - 1  # less the header
