"""Settings from the environment (`PRESSNER_*`) and their defaults."""

from __future__ import annotations

import pytest

from api import Settings


@pytest.mark.parametrize(("env", "field", "value"), [
    ({}, "max_text_chars", 1_000_000),
    ({}, "max_batch_documents", 100),
    ({}, "api_key", None),
    ({}, "cors_origins", []),
    ({"PRESSNER_MAX_TEXT_CHARS": "5000"}, "max_text_chars", 5000),
    ({"PRESSNER_WORKERS": "2"}, "workers", 2),
    ({"PRESSNER_API_KEY": ""}, "api_key", None),
    ({"PRESSNER_CORS_ORIGINS": "https://a.example, https://b.example"}, "cors_origins",
     ["https://a.example", "https://b.example"]),
    ({"PRESSNER_CORS_ORIGINS": '["https://a.example"]'}, "cors_origins", ["https://a.example"]),
])
def test_settings_from_env(monkeypatch, env, field, value):
    for k in ("PRESSNER_API_KEY", "PRESSNER_CORS_ORIGINS", "PRESSNER_WORKERS", "PRESSNER_MAX_TEXT_CHARS"):
        monkeypatch.delenv(k, raising=False)
    for k, v in env.items():
        monkeypatch.setenv(k, v)
    assert getattr(Settings(), field) == value


def test_api_key_is_secret(monkeypatch):
    monkeypatch.setenv("PRESSNER_API_KEY", "abc")
    s = Settings()
    assert s.api_key is not None and s.api_key.get_secret_value() == "abc"
    assert "abc" not in repr(s)


@pytest.mark.parametrize(("env", "value"), [("PRESSNER_WORKERS", "0"), ("PRESSNER_PORT", "70000")])
def test_bad_settings_rejected(monkeypatch, env, value):
    monkeypatch.setenv(env, value)
    with pytest.raises(ValueError):
        Settings()


def test_cors_headers_when_configured(make_client):
    c = make_client(cors_origins=["https://news.example"])
    r = c.options("/v1/extract", headers={"origin": "https://news.example",
                                          "access-control-request-method": "POST"})
    assert r.headers["access-control-allow-origin"] == "https://news.example"
    r = c.options("/v1/extract", headers={"origin": "https://evil.example",
                                          "access-control-request-method": "POST"})
    assert "access-control-allow-origin" not in r.headers
