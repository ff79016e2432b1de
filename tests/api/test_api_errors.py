"""Every error code the service answers with, and no 500 for anything a client sends."""

from __future__ import annotations

import json

import pytest

J = {"content-type": "application/json"}
ND = {"content-type": "application/x-ndjson"}


def _err(r, status: int, code: str) -> dict:
    assert r.status_code == status, r.text
    body = r.json()
    assert set(body) == {"error"} and body["error"]["code"] == code
    assert body["error"]["message"]
    assert r.headers["x-error-code"] == code
    return body["error"]


@pytest.mark.parametrize(("method", "path", "kwargs", "status", "code", "words"), [
    # 422: the request cannot be used as it is
    ("post", "/v1/extract", {"content": b'{"text": ', "headers": J}, 422, "E201", "not valid JSON"),
    ("post", "/v1/extract", {"content": b"\xff\xfe{}", "headers": J}, 422, "E201", "JSON"),
    ("post", "/v1/extract", {"content": b"[" * 100_000, "headers": J}, 422, "E201", "JSON"),
    ("post", "/v1/extract", {"json": {"text": "x", "lang": "fr"}}, 422, "E001", "lang"),
    ("post", "/v1/extract", {"json": {"text": "x", "doc_date": "2024-02-30"}}, 422, "E002", "YYYY-MM-DD"),
    ("post", "/v1/extract", {"json": {"text": "x", "doc_date": "yesterday"}}, 422, "E002", "doc_date"),
    ("post", "/v1/extract", {"json": {"text": "x", "doc_date": "2024-05-12T10:00"}}, 422, "E002", "YYYY-MM-DD"),
    ("post", "/v1/extract", {"json": {"text": "x", "id": {"a": 1}}}, 422, "E005", "id"),
    ("post", "/v1/extract", {"json": {"text": "x", "id": True}}, 422, "E005", "id"),
    ("post", "/v1/extract", {"json": {"lang": "en"}}, 422, "E003", "text"),
    ("post", "/v1/extract", {"json": {"text": 42}}, 422, "E003", "string"),
    ("post", "/v1/extract", {"json": {"text": "x", "labels": ["PLACE"]}}, 422, "E200", "labels"),
    ("post", "/v1/extract", {"json": ["text"]}, 422, "E200", "object"),
    ("post", "/v1/extract", {"content": b"", "headers": J}, 422, "E200", "missing"),
    ("post", "/v1/extract/batch", {"json": {"docs": []}}, 422, "E200", "documents"),
    ("post", "/v1/extract/batch", {"json": {"documents": "abc"}}, 422, "E200", "documents"),
    # 415: not JSON (or not NDJSON) by its content type
    ("post", "/v1/extract", {"content": b'{"text": "x"}'}, 415, "E203", "application/json"),
    ("post", "/v1/extract", {"data": {"text": "x"}}, 415, "E203", "x-www-form-urlencoded"),
    ("post", "/v1/extract/batch", {"content": b"{}", "headers": {"content-type": "text/plain"}}, 415, "E203", "text/plain"),
    ("post", "/v1/annotate", {"content": b"{}", "headers": J}, 415, "E203", "x-ndjson"),
    # 404, 405
    ("get", "/v2/extract", {}, 404, "E206", "/v2/extract"),
    ("get", "/v1/extract", {}, 405, "E207", "GET"),
    ("put", "/v1/annotate", {}, 405, "E207", "PUT"),
])
def test_client_errors(client, method, path, kwargs, status, code, words):
    err = _err(getattr(client, method)(path, **kwargs), status, code)
    assert words in err["message"]


@pytest.mark.parametrize(("settings", "body", "code", "words"), [
    ({"max_text_chars": 10}, {"text": "a" * 11}, "E004", "limit is 10"),
    ({"max_body_bytes": 50}, {"text": "a" * 100}, "E202", "limit of 50 bytes"),
])
def test_413_text_and_body(make_client, settings, body, code, words):
    c = make_client(**settings)
    assert words in _err(c.post("/v1/extract", json=body), 413, code)["message"]


def test_413_text_in_a_batch_is_per_document(make_client):
    c = make_client(max_text_chars=10)
    r = c.post("/v1/extract/batch", json={"documents": [{"text": "a" * 11}, {"text": "Beijing"}]})
    assert [x.get("error", {}).get("code") for x in r.json()["results"]] == ["E004", None]


def test_413_chunked_body_is_cut_while_streaming(make_client):
    c = make_client(max_body_bytes=1000)
    sent = []

    def chunks():
        for _ in range(100):
            sent.append(1)
            yield b"x" * 100

    _err(c.post("/v1/extract", content=chunks(), headers=J), 413, "E202")


def test_413_declared_length_refused_before_reading(make_client):
    c = make_client(max_body_bytes=1000)
    r = c.post("/v1/extract", content=b"{}", headers={**J, "content-length": "5000"})
    assert "5000 bytes" in _err(r, 413, "E202")["message"]


def test_413_too_many_documents(make_client):
    c = make_client(max_batch_documents=2)
    r = c.post("/v1/extract/batch", json={"documents": [{"text": "a"}] * 3})
    assert "limit is 2" in _err(r, 413, "E205")["message"]


KEYED = [
    ("post", "/v1/extract", {"json": {"text": "Beijing"}}),
    ("post", "/v1/extract/batch", {"json": {"documents": []}}),
    ("post", "/v1/annotate", {"content": b'{"text": "x"}\n', "headers": ND}),
    ("get", "/v1/info", {}),
    ("get", "/metrics", {}),
]


@pytest.mark.parametrize(("method", "path", "kwargs"), KEYED)
@pytest.mark.parametrize(("auth", "status"), [
    ({}, 401), ({"x-api-key": "wrong"}, 401), ({"authorization": "Bearer wrong"}, 401),
    ({"x-api-key": "s3cret-k3y"}, 200), ({"authorization": "Bearer s3cret-k3y"}, 200),
    ({"x-api-key": "s3cret-k3y\u00e9".encode("latin-1")}, 401),
])
def test_api_key(make_client, method, path, kwargs, auth, status):
    c = make_client(api_key="s3cret-k3y")
    kwargs = {**kwargs, "headers": {**kwargs.get("headers", {}), **auth}}
    r = getattr(c, method)(path, **kwargs)
    if status == 401:
        _err(r, 401, "E204")
        assert r.headers["www-authenticate"].startswith("Bearer")
    else:
        assert r.status_code == 200, r.text


def test_api_key_leaves_health_and_page_open(make_client):
    c = make_client(api_key="s3cret-k3y")
    assert c.get("/v1/health").status_code == 200
    assert c.get("/").status_code == 200
    assert c.get("/v1/info", headers={"x-api-key": "s3cret-k3y"}).json()["auth_required"] is True


def test_401_before_content_type(make_client):
    c = make_client(api_key="k")
    _err(c.post("/v1/extract", content=b"x", headers={"content-type": "text/plain"}), 401, "E204")


def test_503_until_pipelines_are_loaded(api_extractor):
    from api_samples import TestClient

    from api import Settings, create_app

    c = TestClient(create_app(Settings(), api_extractor))  # no `with`: lifespan never ran
    r = c.get("/v1/health")
    assert r.status_code == 503
    assert r.json()["ready"] is False and r.json()["status"] == "starting"
    _err(c.post("/v1/extract", json={"text": "x"}), 503, "E208")


NASTY = [
    b"null", b"true", b"1e999999", b'"text"', b"{}", b'{"text": null}', b'{"text": ["a"]}',
    b'{"text": "x", "lang": null, "doc_date": null}', b'{"text": "x", "lang": ["en"]}',
    b'{"text": "x", "doc_date": 20240101}', b'{"text": "x", "doc_date": ""}',
    b'{"text": "\\u0000\\ud83d\\ude00\\udfff"}', b'{"text": "x", "labels": "DATE"}',
    b'{"text": "x", "id": {"a": 1}}', b'{"text": "' + b"\\" * 11 + b'"}',
    json.dumps({"text": "\u202e\ufeff\u3000\t\r\n" * 50}).encode(),
    b'{"text": "x", "text": 5}', b'{"text": NaN}', b"\x00\x01\x02", "{\"text\": \"北京\"}".encode("utf-16"),
]


@pytest.mark.parametrize("body", NASTY)
@pytest.mark.parametrize("path", ["/v1/extract", "/v1/extract/batch", "/v1/annotate"])
def test_never_a_500(client, path, body):
    if path.endswith("batch"):
        body = b'{"documents": [' + body + b"]}"
    headers = ND if path.endswith("annotate") else J
    r = client.post(path, content=body, headers=headers)
    assert r.status_code < 500, r.text
    if r.status_code >= 400:
        assert r.json()["error"]["code"]
