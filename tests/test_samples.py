"""End-to-end: the samples' output equals the reviewed golden file."""

import json

import pytest

from tools.golden import SAMPLES, golden_lines


@pytest.fixture(scope="module")
def produced(extractor):
    return [json.loads(line) for line in golden_lines(extractor)]


def golden():
    path = SAMPLES / "golden.jsonl"
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("index", range(len(golden())))
def test_sample_matches_golden(produced, index):
    expected = golden()[index]
    assert produced[index] == expected, f"{expected['id']}: output changed; see samples/README.md"


def test_offsets_are_exact(produced):
    texts = {}
    for line in (SAMPLES / "releases.jsonl").read_text("utf-8").splitlines():
        d = json.loads(line)
        texts[d["id"]] = d["text"]
    for res in produced:
        for e in res["entities"]:
            assert texts[res["id"]][e["start"] : e["end"]] == e["text"]
