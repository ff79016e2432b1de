"""The public-set scores stay above the floors of tests/public_thresholds.csv (the figures of
`python -m tools.evaluate`, score.py's own), per set and mapped label. Every set is read
whole: together they take a few seconds."""

import csv
from pathlib import Path

import pytest

from tools.datasets_eval import DATASETS, load_module
from tools.evaluate import SCORER, evaluate_public

from .conftest import needs_shared

THRESHOLDS = Path(__file__).with_name("public_thresholds.csv")


def floors():
    rows = [r for r in THRESHOLDS.read_text("utf-8").splitlines() if r and not r.startswith("#")]
    return [(r["set"], r["metric"], float(r["floor"])) for r in csv.DictReader(rows)]


@pytest.fixture(scope="module")
def public_scores(extractor):
    scorer = load_module(SCORER, "pressner_score")
    sets = sorted({name for name, _, _ in floors()})
    return evaluate_public(extractor, scorer, DATASETS, sets, progress=False)


def metric(fig, name):
    if name == "micro":
        return fig["micro"]["f1"]
    if name == "date_value":
        return fig["date_value_accuracy"]
    return fig["labels"][name]["f1"]


@needs_shared(DATASETS / "map_labels.py")
@pytest.mark.parametrize("name,metric_name,floor", floors())
def test_public_score_floor(public_scores, name, metric_name, floor):
    assert metric(public_scores[name], metric_name) >= floor
