"""Every endpoint through TestClient: the API returns what the library returns."""

from __future__ import annotations

import json

import pytest
from api_samples import SAMPLE_EN, SAMPLE_ZH

from extractor.schema import ExtractionResult
from tests.conftest import LEARNED_ONLY_EN


def _same(api: dict, lib: ExtractionResult) -> None:
    expected = lib.model_dump(mode="json")
    api, expected = dict(api), dict(expected)
    api.pop("timing_ms"), expected.pop("timing_ms")
    assert api == expected


@pytest.mark.parametrize(("body", "call"), [
    ({"text": SAMPLE_EN}, {}),
    ({"text": SAMPLE_EN, "doc_date": "2024-06-05"}, {"doc_date": "2024-06-05"}),
    ({"text": SAMPLE_ZH}, {}),
    ({"text": SAMPLE_ZH, "lang": "zh", "id": "z1"}, {"lang": "zh", "id": "z1"}),
    ({"text": SAMPLE_ZH, "id": 7}, {"id": "7"}),
    ({"text": SAMPLE_EN, "doc_date": ""}, {}),
    ({"text": SAMPLE_EN, "labels": ["REGION"]}, {"labels": ["REGION"]}),
    ({"text": ""}, {}),
])
def test_extract_matches_library(client, api_extractor, body, call):
    r = client.post("/v1/extract", json=body)
    assert r.status_code == 200, r.text
    assert r.headers["content-type"] == "application/json"
    _same(r.json(), api_extractor.extract(body["text"], **call))
    ExtractionResult.model_validate(r.json())


@pytest.mark.parametrize(("text", "lang", "start", "end", "label"), [
    ("Talks in Beijing ended.", "en", 9, 16, "REGION"),
    ("代表团访问北京市。", "zh", 5, 8, "REGION"),
])
def test_extract_offsets(client, text, lang, start, end, label):
    r = client.post("/v1/extract", json={"text": text})
    body = r.json()
    assert body["lang"] == lang
    assert {"start": start, "end": end, "label": label} in [
        {k: e[k] for k in ("start", "end", "label")} for e in body["entities"]]


def test_extract_label_filter_keeps_only_those(client):
    r = client.post("/v1/extract", json={"text": SAMPLE_EN, "labels": ["PERSON"]})
    assert all(e["label"] == "PERSON" for e in r.json()["entities"])


def test_extract_lone_surrogate_id_does_not_fail(client):
    r = client.post("/v1/extract", content=b'{"id": "\\ud800", "text": "Beijing \\udc00"}',
                    headers={"content-type": "application/json"})
    assert r.status_code == 200
    assert r.json()["id"] == "\ud800"


def test_batch_in_order_with_errors_in_place(client, api_extractor):
    docs = [{"id": "a", "text": SAMPLE_EN}, {"id": "b", "text": "x", "lang": "fr"},
            {"id": 3, "text": SAMPLE_ZH}, "not an object", {"id": "e", "text": "x", "doc_date": "May"},
            {"id": "f"}]
    r = client.post("/v1/extract/batch", json={"documents": docs})
    assert r.status_code == 200, r.text
    results = r.json()["results"]
    assert [x.get("id") for x in results] == ["a", "b", "3", None, "e", "f"]
    assert [x.get("error", {}).get("code") for x in results] == [None, "E001", None, "E003", "E002", "E003"]
    _same(results[0], api_extractor.extract(SAMPLE_EN, id="a"))
    _same(results[2], api_extractor.extract(SAMPLE_ZH, id="3"))


def test_batch_labels_and_empty(client):
    r = client.post("/v1/extract/batch", json={"documents": [], "labels": ["DATE"]})
    assert r.json() == {"results": []}
    r = client.post("/v1/extract/batch", json={"documents": [{"text": SAMPLE_EN}], "labels": ["DATE"]})
    assert all(e["label"] == "DATE" for e in r.json()["results"][0]["entities"])


def test_batch_at_the_document_limit(make_client):
    c = make_client(max_batch_documents=3)
    assert c.post("/v1/extract/batch", json={"documents": [{"text": "a"}] * 3}).status_code == 200


NDJSON = {"content-type": "application/x-ndjson"}


@pytest.mark.parametrize(("lines", "expected"), [
    ([json.dumps({"id": "a", "text": "Beijing"}), json.dumps({"text": "上海", "id": 2})], [None, None]),
    (["", json.dumps({"text": "Beijing"}), "   ", "not json", "[1]", json.dumps({"text": "x", "lang": "xx"})],
     [None, "E201", "E003", "E001"]),
    ([json.dumps({"text": "Beijing"}) + "\r"], [None]),
    ([], []),
])
def test_annotate_one_line_out_per_line_in(client, lines, expected):
    r = client.post("/v1/annotate", content="\n".join(lines).encode(), headers=NDJSON)
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("application/x-ndjson")
    out = [json.loads(x) for x in r.text.splitlines()]
    assert [o.get("error", {}).get("code") for o in out] == expected


def test_annotate_streams_a_long_chunked_body(client):
    line = (json.dumps({"text": "Delegates from Beijing met in Shanghai."}) + "\n").encode()

    def body():
        for _ in range(600):
            yield line

    r = client.post("/v1/annotate", content=body(), headers=NDJSON)
    out = r.text.splitlines()
    assert len(out) == 600
    assert json.loads(out[-1])["entities"] == json.loads(out[0])["entities"]


def test_annotate_line_over_limit_is_an_error_line(make_client):
    c = make_client(max_body_bytes=100)
    body = "\n".join([json.dumps({"text": "a" * 200}), json.dumps({"text": "Beijing"})]).encode()

    def chunks():
        for i in range(0, len(body), 7):  # the long line arrives across many chunks
            yield body[i:i + 7]

    out = [json.loads(x) for x in c.post("/v1/annotate", content=chunks(), headers=NDJSON).text.splitlines()]
    assert out[0]["error"]["code"] == "E202"
    assert "line 1" in out[0]["error"]["message"]
    assert "error" not in out[1]


def test_health(client):
    r = client.get("/v1/health")
    assert r.status_code == 200
    assert r.json() == {"status": "ok", "ready": True, "pipelines": {"en": True, "zh": True}}


def test_info(client):
    body = client.get("/v1/info").json()
    assert body["languages"] == ["en", "zh"]
    assert body["labels"] == ["DATE", "PERSON", "TITLE", "ORG", "REGION"]
    assert body["limits"] == {"max_text_chars": 1_000_000, "max_body_bytes": 8_000_000,
                              "max_batch_documents": 100, "max_batch_chars": 1_000_000,
                              "max_entities": 20_000}
    assert body["auth_required"] is False
    for lang in ("en", "zh"):
        comps = body["pipelines"][lang]["components"]
        assert comps[0] == "pressner_normalizer" and "pressner_resolver" in comps


def test_metrics_count_requests_documents_and_errors(make_client):
    c = make_client()
    c.post("/v1/extract", json={"text": "Beijing"})
    c.post("/v1/extract", json={"text": "x", "lang": "fr"})
    c.post("/v1/extract/batch", json={"documents": [{"text": "上海"}, {"text": 1}]})
    r = c.get("/metrics")
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/plain")
    text = r.text
    for sample in ('pressner_http_requests_total{method="POST",route="/v1/extract",status="200"} 1.0',
                   'pressner_http_requests_total{method="POST",route="/v1/extract",status="422"} 1.0',
                   'pressner_documents_total{lang="en"} 1.0',
                   'pressner_documents_total{lang="zh"} 1.0',
                   'pressner_characters_total{lang="en"} 7.0',
                   'pressner_errors_total{code="E001"} 1.0',
                   'pressner_errors_total{code="E003"} 1.0'):
        assert sample in text
    assert 'pressner_http_request_duration_seconds_bucket{le="0.005",method="POST",route="/v1/extract"}' in text


def test_page_and_static_assets(client):
    r = client.get("/")
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/html")
    assert "script-src 'self'" in r.headers["content-security-policy"]
    assert 'id="text"' in r.text and 'id="lang"' in r.text and 'id="roles"' in r.text
    for asset in ("/static/app.js", "/static/app.css"):
        a = client.get(asset)
        assert a.status_code == 200
        assert "http://" not in a.text and "https://" not in a.text  # no external assets
    assert ".innerHTML" not in client.get("/static/app.js").text


def test_openapi_has_paths_and_examples(client):
    spec = client.get("/openapi.json").json()
    for path in ("/v1/extract", "/v1/extract/batch", "/v1/annotate", "/v1/health", "/v1/info", "/metrics"):
        assert path in spec["paths"]
    body = spec["paths"]["/v1/extract"]["post"]["requestBody"]["content"]["application/json"]
    assert "english" in body["examples"]
    assert client.get("/docs").status_code == 200


@pytest.mark.parametrize("profile", ["fast", "accurate"])
def test_profile_per_request(client, profile):
    r = client.post("/v1/extract", json={"text": LEARNED_ONLY_EN, "lang": "en", "profile": profile})
    assert r.status_code == 200, r.text
    learned = [e for e in r.json()["entities"] if e["source"].startswith("learned.")]
    assert bool(learned) == (profile == "accurate")
    docs = [{"text": LEARNED_ONLY_EN, "lang": "en"}]
    batch = client.post("/v1/extract/batch", json={"documents": docs, "profile": profile})
    assert batch.json()["results"][0]["entities"] == r.json()["entities"]


def test_unknown_profile_is_a_422(client):
    r = client.post("/v1/extract", json={"text": "Beijing", "profile": "turbo"})
    assert r.status_code == 422


@pytest.mark.parametrize("path", ["/", "/v1/health"])
def test_head_answers_like_get_without_a_body(make_client, path):
    c = make_client(api_key="k")
    r = c.head(path)
    assert r.status_code == 200 and r.content == b""
    assert r.headers["content-type"] == c.get(path).headers["content-type"]


def test_page_links_open_with_an_api_key_set(make_client):
    import re

    c = make_client(api_key="k")
    links = re.findall(r'href="(/[^"#]*)', c.get("/").text)
    assert links
    assert {link: c.get(link).status_code for link in links} == {link: 200 for link in links}
