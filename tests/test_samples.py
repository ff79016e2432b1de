"""End-to-end: the samples' output equals the reviewed golden file, and the hand-annotated
releases we wrote (samples/annotated.jsonl) score above their floors."""

import json

import pytest

from tools.golden import SAMPLES, golden_lines

from .conftest import SCORER, needs_shared


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


# Floors for the hand-annotated releases we wrote (samples/annotated.jsonl), today's figure
# less 0.02, rounded down: regression guards for the kinds the dev set has few of. Each blind
# round appended after its end-of-session score brings harder text, so the English floors
# follow the set (366 releases, session 9: en micro 0.967, roles 0.887; zh 0.986, 0.953).
ANNOTATED_FLOORS = [("en", "micro", 0.94), ("zh", "micro", 0.96),
                    ("en", "roles", 0.86), ("zh", "roles", 0.93)]


@pytest.fixture(scope="module")
def annotated_scores(extractor):
    from tools.evaluate import ANNOTATED, evaluate_dev
    from tools.datasets_eval import load_module

    scorer = load_module(SCORER, "pressner_score")
    return evaluate_dev(extractor, scorer, ANNOTATED, progress=False)


@needs_shared(SCORER)
@pytest.mark.parametrize("lang,metric,floor", ANNOTATED_FLOORS)
def test_annotated_samples_stay_above_floors(annotated_scores, lang, metric, floor):
    assert annotated_scores[lang][metric]["f1"] >= floor
