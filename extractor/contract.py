"""The output contract as a JSON Schema, exported from the pydantic models.

Every output of pressner (`pressner extract`, each line of `pressner annotate`, the API's
results) is one `ExtractionResult`, or an `ErrorResult` for a document that could not be
processed. `pressner schema` prints this schema; `docs/result.schema.json` is the copy
in the repository, which a test keeps equal to it (tests/core/test_contract.py).
"""

from __future__ import annotations

import json
from typing import Any

from pydantic import TypeAdapter

from .schema import ErrorResult, ExtractionResult

DRAFT = "https://json-schema.org/draft/2020-12/schema"


def json_schema() -> dict[str, Any]:
    """The schema of one result: what consumers validate the output against."""
    schema = TypeAdapter(ExtractionResult | ErrorResult).json_schema(mode="serialization")
    return {"$schema": DRAFT, "title": "pressner result",
            "description": "One document's result (ExtractionResult) or its error (ErrorResult).",
            **schema}


def dumps() -> str:
    return json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"
