"""Hostile input the service answers with a short 4xx, never a 500 or a megabyte echo."""

from __future__ import annotations

import json

import pytest

NDJSON = {"Content-Type": "application/x-ndjson"}


@pytest.fixture(scope="module")
def kb_path(tmp_path_factory):
    from extractor.kb import build_kb

    d = tmp_path_factory.mktemp("kbhard")
    line = {"id": "a", "lang": "en", "entities": [
        {"start": 0, "end": 9, "label": "PERSON", "text": "Zhang Wei", "value": "Zhang Wei"}]}
    (d / "r.jsonl").write_text(json.dumps(line) + "\n", encoding="utf-8")
    build_kb([d / "r.jsonl"], str(d / "kb.sqlite"))
    return str(d / "kb.sqlite")


def _err(r, status: int, code: str) -> str:
    assert r.status_code == status, r.text[:500]
    assert r.json()["error"]["code"] == code
    return r.json()["error"]["message"]


BAD_IDS = [
    ("NaN", "float"), ("1e999", "float"), ("1.5", "float"), ("true", "bool"),
    ('{"a": [1, 2]}', "dict"), ("[1]", "list"),
]


@pytest.mark.parametrize("raw_id, kind", BAD_IDS)
def test_extract_refuses_an_id_that_is_not_a_string_or_integer(client, raw_id, kind):
    body = '{"id": %s, "text": "Talks in Beijing."}' % raw_id
    r = client.post("/v1/extract", content=body, headers={"Content-Type": "application/json"})
    msg = _err(r, 422, "E005")
    assert msg.startswith("id: ") and kind in msg


@pytest.mark.parametrize("raw_id, kind", BAD_IDS)
def test_batch_gives_an_error_in_place_of_a_bad_id(client, raw_id, kind):
    body = '{"documents": [{"id": %s, "text": "Talks in Beijing."}, {"id": 7, "text": "Hi."}]}' % raw_id
    r = client.post("/v1/extract/batch", content=body, headers={"Content-Type": "application/json"})
    assert r.status_code == 200, r.text
    bad, good = r.json()["results"]
    assert bad["id"] is None and bad["error"]["code"] == "E005" and kind in bad["error"]["message"]
    assert good["id"] == "7" and "entities" in good


@pytest.mark.parametrize("raw_id, kind", BAD_IDS)
def test_ndjson_gives_an_error_line_for_a_bad_id(client, raw_id, kind):
    body = '{"id": %s, "text": "Talks in Beijing."}\n' % raw_id
    r = client.post("/v1/annotate", content=body.encode(), headers=NDJSON)
    line = json.loads(r.text.splitlines()[0])
    assert line["id"] is None and line["error"]["code"] == "E005" and kind in line["error"]["message"]


@pytest.mark.parametrize("path, body", [
    ("/v1/extract", lambda big: {"text": "Talks.", "doc_date": big}),
    ("/v1/extract/batch", lambda big: {"documents": [{"text": "Talks.", "doc_date": big}]}),
])
def test_errors_do_not_echo_a_huge_value(client, path, body):
    big = "9" * 7_000_000
    r = client.post(path, json=body(big))
    assert len(r.content) < 2000, len(r.content)
    assert "doc_date" in r.text and "characters)" in r.text


@pytest.mark.parametrize("params, field", [
    ({"q": "a", "offset": 9223372036854775808}, "offset"),
    ({"q": "a", "offset": 9223372036854775807}, "offset"),
    ({"q": "a", "offset": 10**9 + 1}, "offset"),
    ({"q": " "}, "q"),
    ({"q": "\x00"}, "q"),
    ({"q": "\t\n"}, "q"),
])
def test_kb_search_parameters_are_bounded(make_client, kb_path, params, field):
    c = make_client(kb=kb_path)
    assert field in _err(c.get("/v1/kb/entities", params=params), 422, "E200")


def test_kb_search_far_offset_is_an_empty_page(make_client, kb_path):
    r = make_client(kb=kb_path).get("/v1/kb/entities", params={"q": "a", "offset": 10**9})
    assert r.status_code == 200 and r.json()["entities"] == []


def test_refused_cors_preflight_has_the_error_shape(make_client):
    c = make_client(cors_origins=["https://news.example"])
    r = c.options("/v1/extract", headers={"origin": "https://evil.example",
                                          "access-control-request-method": "POST"})
    assert "origin" in _err(r, 400, "E211")
    assert "access-control-allow-origin" not in r.headers


# -- what one request may cost ---------------------------------------------------------------
PLACES_EN = "Beijing Shanghai Tianjin Chongqing "
PLACES_ZH = "北京市上海市天津市重庆市"


@pytest.mark.parametrize("text, lang", [(PLACES_EN * 20, "en"), (PLACES_ZH * 20, "zh")])
def test_document_over_the_entity_bound_is_e006(make_client, text, lang):
    c = make_client(max_entities=50)
    r = c.post("/v1/extract", json={"text": text, "lang": lang})
    assert "80 entities" in _err(r, 413, "E006") and "limit is 50" in r.text
    r = c.post("/v1/extract/batch", json={"documents": [{"text": text, "lang": lang}, {"text": "Hi."}]})
    bad, good = r.json()["results"]
    assert bad["error"]["code"] == "E006" and "entities" in good
    assert c.post("/v1/extract", json={"text": PLACES_EN * 12, "lang": "en"}).status_code == 200


def test_ndjson_line_over_the_entity_bound_is_an_error_line(make_client):
    c = make_client(max_entities=50)
    body = json.dumps({"id": "x", "text": PLACES_EN * 20}) + "\n" + json.dumps({"id": "y", "text": "Hi."}) + "\n"
    lines = [json.loads(x) for x in c.post("/v1/annotate", content=body.encode(), headers=NDJSON).text.splitlines()]
    assert lines[0]["id"] == "x" and lines[0]["error"]["code"] == "E006" and lines[1]["id"] == "y"


@pytest.mark.parametrize("sizes, status", [([400, 400], 200), ([400, 601], 413), ([1001], 413)])
def test_batch_text_bound_is_e213(make_client, sizes, status):
    c = make_client(max_batch_chars=1000)
    r = c.post("/v1/extract/batch", json={"documents": [{"text": "a" * n} for n in sizes]})
    if status == 200:
        assert r.status_code == 200, r.text
    else:
        assert f"{sum(sizes)} characters" in _err(r, 413, "E213")
