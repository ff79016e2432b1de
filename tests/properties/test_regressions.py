"""Regression tests for the invariant violations the property tests found, one row each:
(text, lang, doc_date, prefix). The prefixed text must give the same result, shifted."""

from __future__ import annotations

import pytest

from .invariants import check_invariants, comparable
from .iso import valid_date_value

CASES = [
    # the mixed-document language was weighed by part length, leading blank lines included
    ("A\n00\u3400", None, "2021-04-14", "\n\n"),
    ("Hi\n你好", None, "2021-04-14", "\n" * 10),
    # info.linked of a mixed document's later part kept offsets relative to the part
    ("A\n林㐀(A)", None, "2021-04-14", "\n\n"),
    # atheris (session 3): a day alone with a time and no anchor is `XXXX-XX-11T17:00`, what
    # is known, which the validator refused
    ("代表团11日下午5:00抵达。", "zh", None, "\n"),
]


@pytest.mark.parametrize(("text", "lang", "doc_date", "prefix"), CASES)
def test_prefix_regressions(extractor, text, lang, doc_date, prefix):
    plain = extractor.extract(text, lang=lang, doc_date=doc_date)
    moved = extractor.extract(prefix + text, lang=lang, doc_date=doc_date)
    check_invariants(text, plain)
    check_invariants(prefix + text, moved)
    assert comparable(moved, len(prefix)) == comparable(plain)


def test_linked_offsets_are_absolute_in_mixed_documents(extractor):
    text = "Hello there\n林雅文(Grace Lam)说"  # names from samples/releases.jsonl
    ents = {e.text: e for e in extractor.extract(text, doc_date="2021-04-14").entities}
    han, latin = ents["林雅文"], ents["Grace Lam"]
    assert han.info["linked"] == {"start": latin.start, "end": latin.end}
    assert latin.info["linked"] == {"start": han.start, "end": han.end}


def test_mixed_language_ignores_blank_lines(extractor):
    assert extractor.extract("\n" * 30 + "A\n中文").lang == "zh"


@pytest.mark.parametrize(("value", "ok"), [
    ("2021-04-14", True), ("2021-04", True), ("2021", True), ("2021-04-23T11:30:09", True),
    ("XXXX-04-14", True), ("2022-08-31/2022-09-05", True), ("2021-W14", True),
    ("XXXX-WXX", True), ("2021-02-30", False), ("2021-13", False), ("2021-W54", False),
    ("Monday", False), ("2021/", False), ("a/b/c", False), ("XXXX-04-14T10:00", True),
    ("XXXX-XX-14T10:00", True), ("2021-04T10:00", False), ("XXXX-04-14T24:00", False),
    ("XXXX-XX-XXT10:00", False),
    ("2009-SP", True), ("2021-Q3", True), ("XXXX-Q1", True), ("2021-H1", True),
    ("2021-W23-WE", True), ("197X", True), ("19", True), ("19XX", False), ("2021-04-14T10:00Z", True),
    ("2021-Q5", False), ("2021-H3", False), ("2021-SPZ", False), ("2021Z", False),
])
def test_date_value_validator(value, ok):
    assert valid_date_value(value) is ok


def test_loaded_pipelines_are_frozen_out_of_the_gc(monkeypatch):
    """Full collections must not walk the lexicons, once a program opts in (gctune)."""
    import gc

    from extractor import Extractor, gctune

    monkeypatch.setattr(gctune, "_enabled", True)
    thresholds = gc.get_threshold()
    gc.unfreeze()
    try:
        Extractor().nlp("en")
        assert gc.get_freeze_count() > 100_000
    finally:
        gc.unfreeze()
        gc.set_threshold(*thresholds)
