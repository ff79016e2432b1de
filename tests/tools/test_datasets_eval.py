"""The benchmark scorer: the label mapping and the exact/overlap counts, on texts written
here (the datasets themselves stay in ../shared and are read only at run time)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tools.datasets_eval import Nested, Tally, error_lines, gold_spans, lang_of, prf


def doc(*ents: tuple[int, int, str], text: str = "x" * 40) -> dict:
    return {"text": text, "entities": [{"start": s, "end": e, "label": lab} for s, e, lab in ents]}


@pytest.mark.parametrize("ents,expected", [
    ([(0, 4, "position"), (5, 9, "game")], [(0, 4, "TITLE")]),  # unmapped labels drop
    ([(0, 6, "name"), (2, 4, "position")], [(0, 6, "PERSON")]),  # overlaps keep the first
])
def test_gold_spans_follow_the_mapping(ents, expected):
    assert gold_spans(doc(*ents), {"name": "PERSON", "position": "TITLE"}) == expected


def test_tally_counts_exact_and_overlap():
    t = Tally()
    t.add([(0, 4, "TITLE"), (10, 14, "TITLE")], [(0, 4, "TITLE"), (9, 14, "TITLE"), (20, 22, "TITLE")])
    assert t.exact["TITLE"] == [1, 2, 1]
    assert t.overlap["TITLE"] == [2, 1, 0]
    assert prf(*t.exact["TITLE"]) == pytest.approx((1 / 3, 1 / 2, 0.4))


def test_nested_counts_titles_inside_a_person_span():
    n = Nested("Person:TITLE")
    n.add(doc((0, 15, "Person"), (20, 30, "Person")), [(0, 4, "TITLE"), (16, 18, "TITLE")], False)
    assert (n.inside, n.outside, n.holding, n.empty) == (1, 1, 1, 1)


@pytest.mark.parametrize("name,lang", [("cluener2020_dev.jsonl", "zh"),
                                       ("resume_ner_test.jsonl", "zh"), ("re3d_en.jsonl", "en")])
def test_language_comes_from_the_set(name, lang):
    assert lang_of(Path(name), {}) == lang


def test_error_lines_show_values_across_boundaries():
    text = "Sales fell in the last week of the year."
    gold = [(14, 27, "DATE"), (35, 39, "DATE")]
    pred = [(18, 27, "DATE"), (35, 39, "DATE")]
    values = {(14, 27, "DATE"): "2021-W11", (35, 39, "DATE"): "2021"}
    ours = {(18, 27, "DATE"): "2021-W11", (35, 39, "DATE"): "2020"}
    lines = error_lines(text, gold, pred, "DATE", values, ours)
    assert "  value 'year' gold '2021' ours '2020'" in lines
    assert "  bound 'the last week' gold '2021-W11' | ours 'last week' '2021-W11'" in lines
