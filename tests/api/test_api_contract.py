"""One output contract: the CLI, `annotate` and the API give the same keys, nulls included."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from extractor.cli import app

TEXT = "Vice Premier Hu Chunhua visited Tianjin on 3 May 2024. Chen Hao, mayor, spoke."


def _strip(d: dict) -> dict:
    return {k: v for k, v in d.items() if k not in ("timing_ms", "source", "metadata")}


def test_cli_annotate_and_api_agree(tmp_path, client):
    src = tmp_path / "doc.txt"
    src.write_text(TEXT, encoding="utf-8")
    cli = json.loads(CliRunner().invoke(app, ["extract", str(src), "--lang", "en",
                                              "--doc-date", "2024-05-05"]).stdout)
    inp = tmp_path / "in.jsonl"
    inp.write_text(json.dumps({"text": TEXT, "lang": "en", "doc_date": "2024-05-05"}) + "\n")
    out = tmp_path / "out.jsonl"
    assert CliRunner().invoke(app, ["annotate", str(inp), "-o", str(out), "--workers", "1",
                                    "--no-progress"]).exit_code == 0
    bulk = json.loads(out.read_text(encoding="utf-8"))
    api = client.post("/v1/extract", json={"text": TEXT, "lang": "en", "doc_date": "2024-05-05"}).json()
    bulk.pop("id"), api.pop("id"), cli.pop("id", None)
    assert _strip(cli) == _strip(bulk) == _strip(api)
    assert any(r["org"] is None for r in cli["roles"])  # a role without organisation keeps "org": null
    assert all("value" in e and "info" in e for e in cli["entities"])
