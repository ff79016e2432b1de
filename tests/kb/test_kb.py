"""Knowledge base: cross-language merging, no merge without evidence, idempotence, exports."""

from __future__ import annotations

import csv
import json
import os

import pytest

from extractor.kb import build_kb, export_kb, show_entity
from extractor.kb.build import opened

from .helpers import write_results

STORY = [
    ("s-en", "en", "2025-03-04",
     ("Zhu Jialiang, Vice Chairman of the China Council for the Promotion of International Trade (CCPIT), "
      "met a delegation from Chile in Beijing on 3 March 2025.")),
    ("s-zh", "zh", "2025-03-05", "2025年3月4日，中国国际贸易促进委员会副会长朱佳良在北京会见了智利代表团。"),
]
NAMESAKES = [
    ("n-1", "en", "2025-05-01", "Zhang Wei, General Manager of Sunrise Textiles Company, visited Shanghai."),
    ("n-2", "en", "2025-05-02", "Zhang Wei, Mayor of Harbin, received the guests in Harbin."),
]


@pytest.fixture(scope="module")
def results(extractor, tmp_path_factory):
    d = tmp_path_factory.mktemp("kbres")
    return write_results(extractor, d / "story.jsonl", STORY), write_results(extractor, d / "names.jsonl", NAMESAKES)


def _entities(db, label):
    from sqlalchemy import select
    from sqlalchemy.orm import Session

    from extractor.kb import models as m

    with opened(db) as engine, Session(engine) as s:
        return [(e.id, e.name_en, e.name_zh) for e in s.scalars(select(m.Entity).where(m.Entity.label == label))]


def _roles(db):
    from sqlalchemy import select
    from sqlalchemy.orm import Session

    from extractor.kb import models as m

    with opened(db) as engine, Session(engine) as s:
        return [(r.id, r.person_id, r.title_id, r.org_id, r.first_date, r.last_date)
                for r in s.scalars(select(m.Role).order_by(m.Role.id))]


def test_cross_language_story_merges(results, tmp_path):
    db = str(tmp_path / "kb.sqlite")
    build_kb([results[0]], db)
    persons, orgs = _entities(db, "PERSON"), _entities(db, "ORG")
    assert [(p[1], p[2]) for p in persons] == [("Zhu Jialiang", "朱佳良")]
    assert [(o[1], o[2]) for o in orgs] == [("China Council for the Promotion of International Trade",
                                              "中国国际贸易促进委员会")]
    roles = _roles(db)
    assert len(roles) == 1
    assert roles[0][1:4] == (persons[0][0], roles[0][2], orgs[0][0])
    assert roles[0][4:] == ("2025-03-04", "2025-03-05")
    out = show_entity(db, "朱佳良")
    assert "pinyin match, same organisation" in out and "CCPIT" not in out
    assert "abbreviation defined in text" in show_entity(db, "CCPIT")


def test_same_name_without_evidence_stays_apart(results, tmp_path):
    db = str(tmp_path / "kb.sqlite")
    build_kb([results[1]], db)
    assert sorted(p[1] for p in _entities(db, "PERSON")) == ["Zhang Wei", "Zhang Wei"]
    assert len(_roles(db)) == 2


def test_reimport_is_idempotent_and_ids_stable(results, tmp_path):
    db1, db2 = str(tmp_path / "a.sqlite"), str(tmp_path / "b.sqlite")
    first = build_kb(results, db1)
    again = build_kb(results, db1)
    assert again["unchanged"] == 4 and "added" not in again
    assert {k: v for k, v in first.items() if k != "added"} == {k: v for k, v in again.items() if k != "unchanged"}
    build_kb([results[1]], db2)
    build_kb([results[0]], db2)  # other order, incremental
    for label in ("PERSON", "ORG", "REGION", "TITLE"):
        assert sorted(_entities(db1, label)) == sorted(_entities(db2, label))
    assert _roles(db1) == _roles(db2)


@pytest.fixture(scope="module")
def kb(results, tmp_path_factory):
    db = str(tmp_path_factory.mktemp("kb") / "kb.sqlite")
    build_kb(results, db)
    return db


def test_jsonld_expands_with_pyld(kb, tmp_path):
    from pyld import jsonld

    out = tmp_path / "kb.jsonld"
    export_kb(kb, "jsonld", out)
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert set(doc) == {"@context", "@graph"}
    expanded = jsonld.expand(doc)
    types = {t for node in expanded for t in node.get("@type", [])}
    assert {"http://schema.org/Person", "http://schema.org/Organization", "http://schema.org/Place",
            "http://schema.org/OrganizationRole"} <= types
    role = next(n for n in expanded if "http://schema.org/OrganizationRole" in n.get("@type", [])
                and n["http://schema.org/startDate"][0]["@value"] == "2025-03-04")
    assert role["http://schema.org/roleName"][0]["@value"] == "Vice Chairman"
    assert any("http://schema.org/sameAs" in n for n in expanded)


def test_csv_in_neo4j_import_layout(kb, tmp_path):
    export_kb(kb, "csv", tmp_path / "csv")
    with open(tmp_path / "csv" / "nodes.csv", encoding="utf-8") as fh:
        nodes = list(csv.reader(fh))
    with open(tmp_path / "csv" / "relationships.csv", encoding="utf-8") as fh:
        rels = list(csv.reader(fh))
    assert nodes[0][0] == "id:ID" and nodes[0][-1] == ":LABEL"
    assert rels[0][:2] == [":START_ID", ":END_ID"] and rels[0][-1] == ":TYPE"
    ids = {row[0] for row in nodes[1:]}
    assert all(r[0] in ids and r[1] in ids for r in rels[1:])
    assert {r[-1] for r in rels[1:]} == {"HOLDS", "TITLE", "AT", "STATED_IN", "CONTAINED_IN"}


def test_ntriples_parse_back(kb, tmp_path):
    from rdflib import Graph, URIRef

    out = tmp_path / "kb.nt"
    export_kb(kb, "ntriples", out)
    g = Graph().parse(out, format="nt")
    assert len(g) > 20
    assert (None, URIRef("http://schema.org/roleName"), None) in g


def test_cli_build_and_show(results, tmp_path):
    from typer.testing import CliRunner

    from extractor.cli import app

    db = str(tmp_path / "kb.sqlite")
    r = CliRunner().invoke(app, ["kb", "build", str(results[0]), "--db", db])
    assert r.exit_code == 0, r.output
    assert json.loads(r.output)["entities.PERSON"] == 1
    r = CliRunner().invoke(app, ["kb", "show", "Zhu Jialiang", "--db", db])
    assert "朱佳良" in r.output


@pytest.fixture
def pg_url():
    """A fresh schema on the server PRESSNER_KB_POSTGRES_URL names (`make test` starts one), dropped after."""
    url = os.environ.get("PRESSNER_KB_POSTGRES_URL")
    if not url:
        _skip("no PostgreSQL server: PRESSNER_KB_POSTGRES_URL is unset (`make test` starts one when it can)")
    from sqlalchemy import create_engine, text
    from sqlalchemy.exc import OperationalError

    from extractor.kb.build import engine_url

    schema = f"pressner_test_{os.getpid()}"
    try:
        engine = create_engine(engine_url(url))
        with engine.begin() as c:
            c.execute(text(f"DROP SCHEMA IF EXISTS {schema} CASCADE"))
            c.execute(text(f"CREATE SCHEMA {schema}"))
    except ModuleNotFoundError as e:
        _skip(f"PostgreSQL driver missing ({e.name}): pip install 'psycopg[binary]==3.3.9'")
    except OperationalError as e:
        _skip(f"PostgreSQL server not reachable: {str(e.orig).strip().splitlines()[0]}")
    yield f"{url}{'&' if '?' in url else '?'}options=-csearch_path%3D{schema}"
    with engine.begin() as c:
        c.execute(text(f"DROP SCHEMA {schema} CASCADE"))
    engine.dispose()


def _skip(reason: str):
    print(f"skipping: {reason}")
    pytest.skip(reason)


def test_postgresql_matches_sqlite(results, pg_url, tmp_path):
    from sqlalchemy import text
    from sqlalchemy.exc import DBAPIError

    from api.kb import KbStore
    from extractor.kb import query

    first = build_kb(list(results), pg_url)
    again = build_kb(list(results), pg_url)
    assert (first["added"], first["entities.PERSON"], again["unchanged"]) == (4, 3, 4)
    lite = str(tmp_path / "kb.sqlite")
    build_kb(list(results), lite)
    for label in ("PERSON", "ORG", "REGION", "TITLE"):
        assert sorted(_entities(pg_url, label)) == sorted(_entities(lite, label))
    assert _roles(pg_url) == _roles(lite)
    store = KbStore(pg_url)
    sessions = store.session()  # what the service runs: read-only transactions
    try:
        s = next(sessions)
        [hit] = query.search(s, "ZHU JIALIANG").entities
        assert [r.org.name_zh for r in query.entity(s, hit.id).roles] == ["中国国际贸易促进委员会"]
        with pytest.raises(DBAPIError, match="read-only"):
            s.execute(text("DELETE FROM aliases"))
    finally:
        sessions.close()
        store.close()


@pytest.mark.parametrize("lang,text,short,long", [
    ("en", "Wang Lin, Director of the China Council for the Promotion of International Trade Ningbo "
           "Sub-Council (CCPIT Ningbo), met guests from Peru on 2 May 2024. CCPIT Ningbo will host a fair.",
     "CCPIT Ningbo", "China Council for the Promotion of International Trade Ningbo Sub-Council"),
    ("zh", "中国国际贸易促进委员会宁波市分会（宁波市贸促会）会长王林出席。宁波市贸促会将举办展会。",
     "宁波市贸促会", "中国国际贸易促进委员会宁波市分会"),
])
def test_an_abbreviation_the_text_defines_merges_into_the_full_name(extractor, tmp_path, lang, text,
                                                                    short, long):
    res = write_results(extractor, tmp_path / "r.jsonl", [("d", lang, "2024-05-03", text)])
    db = str(tmp_path / "kb.sqlite")
    build_kb([res], db)
    [org] = [o for o in _entities(db, "ORG") if long in (o[1], o[2])]
    shown = show_entity(db, short)
    assert shown.startswith(org[0]) and "\n\n" not in shown  # one entity, the full name's
    assert "abbreviation defined in text" in shown


def _cli(*args: str):
    from typer.testing import CliRunner

    from extractor.cli import app

    return CliRunner().invoke(app, list(args))


def test_show_without_a_chinese_name_has_no_empty_slot(kb):
    out = _cli("kb", "show", "Zhang Wei", "--db", kb).output
    first = out.splitlines()[0]
    assert "Zhang Wei  (" in first and " / " not in first and "/  " not in first


@pytest.mark.parametrize("args", [["show", "X"], ["export", "-o", "{tmp}/out.jsonld"]])
def test_a_missing_database_is_an_error_and_is_not_created(tmp_path, args):
    db = tmp_path / "nosuch.sqlite"
    r = _cli("kb", *[a.format(tmp=tmp_path) for a in args], "--db", str(db))
    assert r.exit_code == 2 and not db.exists()
    assert r.stderr.strip().startswith("error") and len(r.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("fmt,target", [("jsonld", "kb.jsonld"), ("ntriples", "kb.nt"), ("csv", "csv")])
def test_export_says_what_it_wrote(kb, tmp_path, fmt, target):
    r = _cli("kb", "export", "--db", kb, "--format", fmt, "-o", str(tmp_path / target))
    assert r.exit_code == 0, r.output
    assert str(tmp_path / target) in r.output and any(ch.isdigit() for ch in r.output)


def test_document_source_is_an_object(extractor, tmp_path):
    from sqlalchemy.orm import Session

    from extractor.kb.query import entity

    path = tmp_path / "r.jsonl"
    r = extractor.extract("Talks in Beijing on 3 March 2025.", lang="en", doc_date="2025-03-05")
    r.id = "d1"
    line = json.loads(r.model_dump_json(exclude_none=True)) | {"source": {"path": "in/a.txt", "kind": "text"}}
    path.write_text(json.dumps(line) + "\n", encoding="utf-8")
    db = str(tmp_path / "kb.sqlite")
    build_kb([path], db)
    with opened(db) as engine, Session(engine) as s:
        [eid] = [e[0] for e in _entities(db, "REGION")]
        detail = entity(s, eid).model_dump(mode="json")
    assert detail["documents"][0]["source"] == {"path": "in/a.txt", "kind": "text"}
