"""The output contract: `pressner schema`, the checked-in docs/result.schema.json and the
pydantic models say the same, and real output validates against it."""

import json

import pytest
from typer.testing import CliRunner

from extractor.cli import app
from extractor.contract import dumps, json_schema
from tests.conftest import ROOT

CHECKED_IN = ROOT / "docs" / "result.schema.json"


def test_checked_in_schema_is_current():
    """After changing extractor/schema.py: `pressner schema -o docs/result.schema.json`."""
    assert CHECKED_IN.read_text(encoding="utf-8") == dumps()


def test_schema_command_prints_it(tmp_path):
    out = CliRunner().invoke(app, ["schema"])
    assert out.exit_code == 0 and json.loads(out.stdout) == json_schema()
    CliRunner().invoke(app, ["schema", "-o", str(tmp_path / "s.json")])
    assert (tmp_path / "s.json").read_text(encoding="utf-8") == dumps()


@pytest.mark.parametrize("text", [
    "On 5 March 2025, Lin Hao, director of the Riverside Trade Office, visited Hangzhou.",
    "2025年3月5日，河畔贸易办公室主任林浩访问杭州。",
])
def test_output_validates(extractor, text):
    jsonschema_rs = pytest.importorskip("jsonschema_rs")
    validator = jsonschema_rs.validator_for(json_schema())
    res = extractor.extract(text)
    for dumped in (res.model_dump_json(), res.model_dump_json(exclude_none=True)):
        validator.validate(json.loads(dumped))
    validator.validate({"id": "x", "error": {"code": "E001", "message": "unsupported"}})
