"""Fixtures shared by the whole suite: one Extractor per session, paths to shared data."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DEV = SHARED / "eval" / "dev.jsonl"
SEED = SHARED / "eval" / "seed.jsonl"
SCORER = SHARED / "eval" / "score.py"
# An English sentence whose person only the learned recogniser finds (profile "accurate"):
# no cue word before the name and neither name in the rules' given-name lists. Tests of
# the profile switch (CLI, bulk, HTTP, the component) share it, so a rules change that
# starts finding the name is fixed in one place.
LEARNED_ONLY_EN = "Investors cheered as Oyelaran Adebayo opened the plant in Oslo."


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


def pytest_configure(config):
    """The suite runs as the `pressner` program does, with its GC tuning (extractor/gctune.py):
    the timing tests measure the program, and the collector must not walk every pipeline
    the session loaded. Tests of the library's own manners run in fresh interpreters
    (tests/core/test_quiet_library.py) or switch the tuning off."""
    from extractor import gctune

    gctune.enable()


def needs_shared(path: Path):
    return pytest.mark.skipif(not path.exists(), reason=f"{path} not present (../shared missing)")


def shared_words(nlp, name: str, text: str) -> tuple[str, tuple]:
    """The lowered `text` and what the component `name` of `nlp` reads from the pipeline's
    shared pass over it (candidates.WordScan): the occurrences and its table of them."""
    from extractor.candidates import lower_text, word_scan

    scan = word_scan(nlp)
    doc = nlp.make_doc(text)
    return lower_text(doc, text), (scan.occurrences(doc, text), scan.table(name))


def cpu_seconds(call: Callable[[], object]) -> float:
    """The CPU time of this process that `call()` takes. The linear-time guards compare
    input sizes or bound a megabyte's cost; wall time on a shared, loaded machine counts
    other processes' turns too, so they time the process's own CPU."""
    start = time.process_time()
    call()
    return time.process_time() - start


def data_without_rows(source: Path, target: Path, rows: tuple[str, ...]) -> Path:
    """A copy of the TSV data file `source` at `target` without the rows of the given classes
    (their first column): the tests that a file without them switches a reading off."""
    lines = source.read_text(encoding="utf-8").splitlines(keepends=True)
    target.write_text("".join(ln for ln in lines if not ln.startswith(tuple(r + "\t" for r in rows))),
                      encoding="utf-8")
    return target
