"""`/v1/kb/entities`: search and detail over a KB built from releases written for the test."""

from __future__ import annotations

import pytest

from api import Settings, create_app
from tests.kb.helpers import write_results

DOCS = [
    ("s-en", "en", "2025-03-04",
     ("Zhu Jialiang, Vice Chairman of the China Council for the Promotion of International Trade (CCPIT), "
      "met a delegation from Chile in Beijing on 3 March 2025.")),
    ("s-zh", "zh", "2025-03-05", "2025年3月4日，中国国际贸易促进委员会副会长朱佳良在北京会见了智利代表团。"),
    ("s-hk", "zh", "2025-04-02", "2025年4月1日，中國國際貿易促進委員會副會長朱佳良在浙江省杭州市會見了香港代表團。"),
]


@pytest.fixture(scope="module")
def kb_path(api_extractor, tmp_path_factory):
    from extractor.kb import build_kb

    d = tmp_path_factory.mktemp("kbapi")
    build_kb([write_results(api_extractor, d / "results.jsonl", DOCS)], str(d / "kb.sqlite"))
    return str(d / "kb.sqlite")


@pytest.fixture(scope="module")
def kb_client(make_client, kb_path):
    return make_client(kb=kb_path)


def _search(client, q, **params):
    r = client.get("/v1/kb/entities", params={"q": q, **params})
    assert r.status_code == 200, r.text
    return r.json()


def _err(r, status: int, code: str) -> str:
    assert r.status_code == status, r.text
    assert r.json()["error"]["code"] == code and r.headers["x-error-code"] == code
    return r.json()["error"]["message"]


@pytest.mark.parametrize(("q", "label", "name_en"), [
    ("Zhu Jialiang", "PERSON", "Zhu Jialiang"),
    ("ZHU JIALIANG", "PERSON", "Zhu Jialiang"),
    ("朱佳良", "PERSON", "Zhu Jialiang"),
    ("ccpit", "ORG", "China Council for the Promotion of International Trade"),
    ("促進委員會", "ORG", "China Council for the Promotion of International Trade"),
    ("贸易促进", "ORG", "China Council for the Promotion of International Trade"),
    ("hangzhou", "REGION", "Hangzhou"),
    ("副會長", "TITLE", "Vice Chairman"),
])
def test_search_finds_one_entity(kb_client, q, label, name_en):
    body = _search(kb_client, q)
    assert body["total"] == 1 and body["query"] == q
    assert [(e["label"], e["name_en"]) for e in body["entities"]] == [(label, name_en)]


def test_search_pages_and_ranks_exact_first(kb_client):
    every = _search(kb_client, "i", limit=100)["entities"]  # a letter most English names hold
    assert len(every) >= 5
    pages = [_search(kb_client, "i", limit=2, offset=o) for o in range(0, len(every), 2)]
    assert all(p["total"] == len(every) and p["limit"] == 2 for p in pages)
    assert [e["id"] for p in pages for e in p["entities"]] == [e["id"] for e in every]
    assert _search(kb_client, "i", offset=len(every))["entities"] == []
    beijing = _search(kb_client, "beijing")["entities"]
    assert beijing[0]["name_en"] == "Beijing" and beijing[0]["code"] == "110000"


def test_search_without_match(kb_client):
    assert _search(kb_client, "Nobody At All") == {"query": "Nobody At All", "total": 0, "limit": 20,
                                                   "offset": 0, "entities": []}


def test_entity_detail(kb_client):
    pid = _search(kb_client, "朱佳良")["entities"][0]["id"]
    r = kb_client.get(f"/v1/kb/entities/{pid}")
    assert r.status_code == 200, r.text
    e = r.json()
    assert (e["id"], e["label"], e["name_en"], e["name_zh"], e["mention_count"]) == (
        pid, "PERSON", "Zhu Jialiang", "朱佳良", 3)
    assert {(a["text"], a["lang"]) for a in e["aliases"]} == {("Zhu Jialiang", "en"), ("朱佳良", "zh")}
    [role] = e["roles"]
    assert (role["person"]["id"], role["title"]["name_en"], role["org"]["name_zh"]) == (
        pid, "Vice Chairman", "中国国际贸易促进委员会")
    assert (role["first_date"], role["last_date"], role["documents"]) == (
        "2025-03-04", "2025-04-02", ["s-en", "s-hk", "s-zh"])
    assert role["confidence"] == 0.875
    assert [(d["id"], d["date"], d["mentions"]) for d in e["documents"]] == [
        ("s-en", "2025-03-04", 1), ("s-zh", "2025-03-05", 1), ("s-hk", "2025-04-02", 1)]
    assert {m["reason"] for m in e["merges"]} == {"pinyin match, same organisation"}


def test_region_detail_has_code_and_parent(kb_client):
    rid = _search(kb_client, "杭州")["entities"][0]["id"]
    e = kb_client.get(f"/v1/kb/entities/{rid}").json()
    assert (e["code"], e["parent_code"], e["parent"]["name_en"]) == ("330100", "CN-330000", "Zhejiang")


@pytest.mark.parametrize(("path", "status", "code", "words"), [
    ("/v1/kb/entities/per_0000000000000000", 404, "E210", "per_0000000000000000"),
    ("/v1/kb/entities?q=", 422, "E200", "q"),
    ("/v1/kb/entities", 422, "E200", "q"),
    ("/v1/kb/entities?q=zhu&limit=0", 422, "E200", "limit"),
    ("/v1/kb/entities?q=zhu&limit=101", 422, "E200", "limit"),
    ("/v1/kb/entities?q=zhu&offset=-1", 422, "E200", "offset"),
])
def test_kb_errors(kb_client, path, status, code, words):
    assert words in _err(kb_client.get(path), status, code)


@pytest.mark.parametrize("path", ["/v1/kb/entities?q=zhu", "/v1/kb/entities/per_0000000000000000"])
def test_without_kb_404(client, path):
    assert "--kb" in _err(client.get(path), 404, "E209")


@pytest.mark.parametrize(("headers", "status"), [
    ({}, 401), ({"X-API-Key": "wrong"}, 401), ({"X-API-Key": "k"}, 200), ({"Authorization": "Bearer k"}, 200),
])
def test_kb_needs_the_api_key(make_client, kb_path, headers, status):
    c = make_client(kb=kb_path, api_key="k")
    assert c.get("/v1/kb/entities", params={"q": "zhu"}, headers=headers).status_code == status


@pytest.mark.parametrize(("db", "error"), [
    ("missing.sqlite", FileNotFoundError),
    ("empty.sqlite", ValueError),
])
def test_bad_kb_fails_at_start(tmp_path, db, error):
    import sqlite3

    sqlite3.connect(tmp_path / "empty.sqlite").close()
    with pytest.raises(error):
        create_app(Settings(_env_file=None, kb=str(tmp_path / db)))
    assert not (tmp_path / "missing.sqlite").exists()


def test_sessions_are_read_only(kb_path):
    from sqlalchemy import text
    from sqlalchemy.exc import OperationalError

    from api.kb import KbStore

    store = KbStore(kb_path)
    sessions = store.session()
    try:
        with pytest.raises(OperationalError, match="readonly"):
            next(sessions).execute(text("DELETE FROM entities"))
    finally:
        sessions.close()
        store.close()


@pytest.mark.parametrize(("path", "statuses"), [
    ("/v1/kb/entities", {"200", "401", "404", "422"}),
    ("/v1/kb/entities/{entity_id}", {"200", "401", "404", "422"}),
])
def test_openapi_documents_kb(client, path, statuses):
    op = client.get("/openapi.json").json()["paths"][path]["get"]
    assert statuses <= set(op["responses"])
    schema = op["responses"]["200"]["content"]["application/json"]["schema"]["$ref"]
    assert schema.rsplit("/", 1)[-1] in {"SearchResult", "EntityDetail"}
