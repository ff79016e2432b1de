"""Region codes and parents in the KB and in every export (JSON-LD, Neo4j CSV, N-Triples)."""

from __future__ import annotations

import csv
import json

import pytest

from extractor.kb import build_kb, export_kb

from .helpers import write_results

DOCS = [
    ("r-zh", "zh", "2025-05-07", "2025年5月6日，浙江省杭州市和义乌市的企业代表团访问了智利圣地亚哥。"),
    ("r-en", "en", "2025-05-08", ("A trade mission from Yiwu and Hangzhou, Zhejiang province, visited "
                                  "Santiago, Chile, on 6 May 2025.")),
]
S = "http://schema.org/"
# name -> (code, scheme, parent name, parent held by the KB)
EXPECTED = {
    "Hangzhou": ("330100", "GB/T 2260", "Zhejiang", True),
    "Yiwu": ("330782", "GB/T 2260", "Jinhua", False),      # Jinhua is never named: from the lexicon
    "Jinhua": ("330700", "GB/T 2260", "Zhejiang", True),
    "Zhejiang": ("330000", "GB/T 2260", "China", False),
    "China": ("CN", "ISO 3166-1 alpha-2", None, False),
    "Chile": ("CL", "ISO 3166-1 alpha-2", None, False),
    "Santiago": (None, None, "Chile", True),
}


@pytest.fixture(scope="module")
def kb(extractor, tmp_path_factory):
    d = tmp_path_factory.mktemp("kbreg")
    build_kb([write_results(extractor, d / "r.jsonl", DOCS)], str(d / "kb.sqlite"))
    return str(d / "kb.sqlite")


@pytest.fixture(scope="module")
def graph(kb, tmp_path_factory):
    from pyld import jsonld

    out = tmp_path_factory.mktemp("kbreg-ld") / "kb.jsonld"
    export_kb(kb, "jsonld", out)
    nodes = jsonld.expand(json.loads(out.read_text(encoding="utf-8")))
    places = [n for n in nodes if f"{S}Place" in n.get("@type", []) and "#" not in n["@id"]]
    return {next(v["@value"] for v in n[f"{S}name"] if v["@language"] == "en"): n for n in places}


def _kb_regions(kb):
    from sqlalchemy import select
    from sqlalchemy.orm import Session

    from extractor.kb import models as m
    from extractor.kb.build import opened

    with opened(kb) as engine, Session(engine) as s:
        return {e.name_en: (e.code, e.parent, e.mention_count)
                for e in s.scalars(select(m.Entity).where(m.Entity.label == "REGION"))}


def test_kb_regions_carry_code_and_parent(kb):
    assert _kb_regions(kb) == {"Hangzhou": ("330100", "CN-330000", 2), "Yiwu": ("330782", "CN-330700", 2),
                               "Zhejiang": ("330000", "ISO-CN", 2), "Chile": ("CL", None, 2),
                               "Santiago": (None, "ISO-CL", 2)}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_jsonld_code_and_parent(graph, name):
    code, scheme, parent, parent_in_kb = EXPECTED[name]
    node = graph[name]
    ident = node.get(f"{S}identifier", [{}])[0]
    assert (ident.get(f"{S}value", [{}])[0].get("@value"),
            ident.get(f"{S}propertyID", [{}])[0].get("@value")) == (code, scheme)
    up = node.get(f"{S}containedInPlace", [{}])[0].get("@id")
    assert up == (graph[parent]["@id"] if parent else None)
    if parent:
        assert up.startswith("urn:pressner:reg_" if parent_in_kb else "urn:pressner:region:")


def test_csv_contained_in_edges(kb, tmp_path):
    export_kb(kb, "csv", tmp_path)
    with open(tmp_path / "nodes.csv", encoding="utf-8") as fh:
        nodes = {r["id:ID"]: r for r in csv.DictReader(fh)}
    with open(tmp_path / "relationships.csv", encoding="utf-8") as fh:
        edges = [r for r in csv.DictReader(fh) if r[":TYPE"] == "CONTAINED_IN"]
    name = {i: r["name_en"] for i, r in nodes.items()}
    assert sorted((name[e[":START_ID"]], name[e[":END_ID"]]) for e in edges) == sorted(
        (n, p) for n, (_, _, p, _) in EXPECTED.items() if p)
    by_name = {r["name_en"]: r for r in nodes.values() if r[":LABEL"] == "Place"}
    assert {n: (r["code"] or None, r["code_scheme"] or None) for n, r in by_name.items()} == {
        n: (c, s) for n, (c, s, _, _) in EXPECTED.items()}


def test_ntriples_contained_in(kb, tmp_path):
    from rdflib import Graph, Literal, URIRef

    export_kb(kb, "ntriples", tmp_path / "kb.nt")
    g = Graph().parse(tmp_path / "kb.nt", format="nt")
    name = {o.value: s for s, o in g.subject_objects(URIRef(f"{S}name")) if o.language == "en" and "#" not in s}
    up = URIRef(f"{S}containedInPlace")
    assert {(n, p) for n, (_, _, p, _) in EXPECTED.items() if p} == {
        (a, b) for a, sa in name.items() for b, sb in name.items() if (sa, up, sb) in g}
    assert (None, URIRef(f"{S}value"), Literal("330782")) in g


@pytest.mark.parametrize("lexicon_id,code,scheme", [
    ("CN-330782", "330782", "GB/T 2260"),
    ("ISO-IN", "IN", "ISO 3166-1 alpha-2"),
    ("SUB-IN-MH", "IN-MH", "ISO 3166-2"),
    ("CITY-US-seattle", "", None),
])
def test_code_scheme(lexicon_id, code, scheme):
    from extractor.kb.regions import code_scheme
    assert code_scheme(lexicon_id, code) == scheme
