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
