"""Person clustering: positions into the full occurrence list, and a property that the KB
depends only on the set of documents, never on how they were split between builds."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractor.kb import build_kb
from extractor.kb.build import opened
from extractor.kb.merge import Occurrence, cluster_persons


def _occ(idx, form, rn, orgs=(), pinyin=None):
    return Occurrence(idx, f"d{idx}", "en", form, rn, pinyin, orgs=set(orgs))


@pytest.mark.parametrize("bare, want", [
    # role-less occurrences first: the joined pair sits past the end of the with-role list
    (3, "pinyin match, same organisation"),
    # one: the position of the first joined occurrence falls on the other one in that list
    (1, "pinyin match, same organisation"),
])
def test_join_reason_comes_from_the_right_occurrence(bare, want):
    occs = [_occ(i, f"Bare {i}", f"bare {i}") for i in range(bare)]
    occs += [_occ(bare, "张伟", "wei zhang", ["org:x"], pinyin="Zhang Wei"),
             _occ(bare + 1, "Zhang Wei", "wei zhang", ["org:x"])]
    _, joins = cluster_persons(occs, [])
    assert [(j.a, j.b, j.reason) for j in joins] == [(bare, bare + 1, want)]


NAMES = ["Zhang Wei", "张伟", "Li Na", "李娜", "Wang Fang"]
PINYIN = {"张伟": "Zhang Wei", "李娜": "Li Na"}
ORGS = ["Acme Trading Company", "Harbin Municipal Government"]
TITLES = ["Chairman", "Mayor"]


def _ent(label, text, start, info=None):
    e = {"start": start, "end": start + len(text), "label": label, "text": text, "value": text}
    if info:
        e["info"] = info
    return e


@st.composite
def documents(draw, doc_id):
    ents, roles, pos = [], [], 0
    for _ in range(draw(st.integers(0, 3))):
        name = draw(st.sampled_from(NAMES))
        person = _ent("PERSON", name, pos, {"pinyin": PINYIN[name]} if name in PINYIN else None)
        ents.append(person)
        pos += len(name) + 1
        if draw(st.booleans()):
            title = _ent("TITLE", draw(st.sampled_from(TITLES)), pos)
            ents.append(title)
            pos += len(title["text"]) + 1
            role = {"person": name, "title": title["text"], "person_span": person, "title_span": title}
            if draw(st.booleans()):
                org = _ent("ORG", draw(st.sampled_from(ORGS)), pos)
                ents.append(org)
                pos += len(org["text"]) + 1
                role |= {"org": org["text"], "org_span": org}
            roles.append(role)
    return {"id": doc_id, "lang": "en", "doc_date": "2025-01-0" + str(draw(st.integers(1, 9))),
            "entities": ents, "roles": roles}


@st.composite
def result_files(draw):
    n = draw(st.integers(1, 8))
    docs = [draw(documents(f"doc-{i}")) for i in range(n)]
    cuts = sorted(draw(st.lists(st.integers(0, n), max_size=2)))
    bounds = [0, *cuts, n]
    return [docs[a:b] for a, b in zip(bounds, bounds[1:])]


def _dump(db: str) -> dict:
    from sqlalchemy import select
    from sqlalchemy.orm import Session

    from extractor.kb.build import DERIVED

    out = {}
    with opened(db) as engine, Session(engine) as s:
        for table in DERIVED:
            cols = table.__table__.columns
            rows = s.execute(select(*cols)).all()
            out[table.__tablename__] = sorted(map(repr, rows))
    return out


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(result_files())
def test_incremental_builds_equal_one_build(files):
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for i, docs in enumerate(files):
            p = Path(tmp) / f"r{i}.jsonl"
            p.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
            paths.append(p)
        one, step = str(Path(tmp) / "one.sqlite"), str(Path(tmp) / "step.sqlite")
        build_kb(paths, one)
        for p in paths:
            build_kb([p], step)
        assert _dump(one) == _dump(step)
