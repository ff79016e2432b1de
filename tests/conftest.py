"""Fixtures shared by the whole suite: one Extractor per session, paths to shared data."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DEV = SHARED / "eval" / "dev.jsonl"
SEED = SHARED / "eval" / "seed.jsonl"
SCORER = SHARED / "eval" / "score.py"


@pytest.fixture(scope="session")
def extractor():
    from extractor import Extractor

    ex = Extractor()
    ex.warm_up()
    return ex


@pytest.fixture(scope="session")
def nlp_en(extractor):
    return extractor.nlp("en")


@pytest.fixture(scope="session")
def nlp_zh(extractor):
    return extractor.nlp("zh")


def needs_shared(path: Path):
    return pytest.mark.skipif(not path.exists(), reason=f"{path} not present (../shared missing)")
