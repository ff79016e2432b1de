"""Contract test: schemathesis generates requests from the service's own OpenAPI schema
and runs every registered check on each answer (no 500, status codes, content types,
headers and bodies as declared, negative data rejected, positive data accepted, auth
enforced). It talks to the app in process through ASGI: no network, no server.
"""

from __future__ import annotations

import os

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import CHECKS, load_all_checks

from api import Settings, create_app
from extractor import Extractor

KEY = "contract-test-key"
# Fuzzing examples per operation (plus the coverage and examples phases): ~20 s in CI;
# SCHEMATHESIS_EXAMPLES=1000 for a longer run.
EXAMPLES = int(os.environ.get("SCHEMATHESIS_EXAMPLES", "100"))

load_all_checks()
# An NDJSON body is text on the wire: send the generated string as it is.
schemathesis.serializer.alias("application/x-ndjson", "text/plain")
ALL_CHECKS = list(CHECKS.get_all())

# The schema is read at import (schemathesis' fixture loader does not run under pytest 9);
# the app's pipelines are the session's, attached before the first request.
EXTRACTOR = Extractor(max_chars=Settings(_env_file=None).max_text_chars)
APP = create_app(Settings(_env_file=None, api_key=KEY), EXTRACTOR)
schema = schemathesis.openapi.from_asgi("/openapi.json", APP)


@pytest.fixture(autouse=True, scope="module")
def _shared_pipelines(api_extractor):
    EXTRACTOR._nlp = api_extractor._nlp


@schema.parametrize()
@settings(max_examples=EXAMPLES, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
def test_contract(case):
    case.call_and_validate(headers={"X-API-Key": KEY}, checks=ALL_CHECKS)
