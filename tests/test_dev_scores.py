"""The dev-set scores stay above the floors of tests/dev_thresholds.csv (score.py's own figures),
per language and per id group."""

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest

from extractor.annotate import annotate_jsonl

from .conftest import DEV, SCORER, SEED, needs_shared

THRESHOLDS = Path(__file__).with_name("dev_thresholds.csv")


def floors():
    rows = [r for r in THRESHOLDS.read_text("utf-8").splitlines() if r and not r.startswith("#")]
    return [(r["scope"], r["metric"], float(r["floor"])) for r in csv.DictReader(rows)]


def score(gold, pred, scope, tmp):
    """score.py's figures for a language (`en`) or an id group (`en-a+en-b`)."""
    out = tmp / f"score-{scope}.json"
    which = ["--lang", scope] if scope in ("en", "zh") else ["--ids", scope.replace("+", ",")]
    subprocess.run([sys.executable, str(SCORER), str(gold), str(pred), *which, "--json", str(out)],
                   check=True, capture_output=True)
    return json.loads(out.read_text())


WITHHELD = "_withheld"  # a metric read with every document date withheld (date_value_withheld)


@pytest.fixture(scope="module")
def dev_scores(extractor, tmp_path_factory):
    """score.py's figures per scope; a scope + WITHHELD, those of the run in which no
    document date is given, so that DATE values rest on the date read from the text."""
    tmp = tmp_path_factory.mktemp("dev")
    scopes = sorted({s for s, _, _ in floors()})
    pred = tmp / "pred.jsonl"
    annotate_jsonl(DEV, pred, extractor=extractor)
    out = {scope: score(DEV, pred, scope, tmp) for scope in scopes}
    withheld = [s for s, name, _ in floors() if name.endswith(WITHHELD)]
    if withheld:
        docs = [{**json.loads(line), "doc_date": None}
                for line in DEV.read_text("utf-8").splitlines() if line.strip()]
        source, pred = tmp / "withheld.jsonl", tmp / "pred-withheld.jsonl"
        source.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), "utf-8")
        annotate_jsonl(source, pred, extractor=extractor)
        out.update({s + WITHHELD: score(DEV, pred, s, tmp) for s in sorted(set(withheld))})
    return out


def metric(scores, name):
    if name == "micro":
        return scores["micro"]["f1"]
    if name == "roles":
        return scores["roles"]["f1"]
    if name == "date_value":
        return scores["date_value_accuracy"]
    return scores["labels"][name]["f1"]


@needs_shared(DEV)
@pytest.mark.parametrize("scope,name,floor", floors())
def test_dev_score_floor(dev_scores, scope, name, floor):
    if name.endswith(WITHHELD):
        scope, name = scope + WITHHELD, name.removesuffix(WITHHELD)
    assert metric(dev_scores[scope], name) >= floor


@needs_shared(SEED)
def test_seed_is_exact(extractor, tmp_path):
    pred = tmp_path / "seed.jsonl"
    annotate_jsonl(SEED, pred, extractor=extractor)
    s = score(SEED, pred, "en", tmp_path)
    for label in ("DATE", "TITLE", "REGION", "PERSON", "ORG"):
        assert s["labels"][label]["f1"] == 1.0, label
    assert s["micro"]["f1"] == 1.0
    assert s["date_value_accuracy"] == 1.0
    assert s["roles"]["f1"] == 1.0
