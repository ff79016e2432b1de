"""The one-command report: scopes, label filtering, the public-set mapping and the written
files, on documents invented here (the report itself reads ../shared only at run time)."""

from __future__ import annotations

import json

import pytest

from tools import evaluate
from tools.datasets_eval import load_module

from ..conftest import SCORER, needs_shared


@pytest.fixture(scope="module")
def scorer():
    return load_module(SCORER, "pressner_score")


def ent(s, e, label, value=None):
    return {"start": s, "end": e, "label": label, **({"value": value} if value else {})}


def gold_doc(doc_id, lang, *ents, roles=()):
    return {"id": doc_id, "lang": lang, "text": "x" * 60, "entities": list(ents),
            "roles": list(roles)}


def test_dev_scopes_are_whole_languages_and_groups():
    gold = {i: {} for i in ("en-a-01", "en-a-02", "zh-e-03")}
    assert evaluate.dev_scopes(gold) == [("all", None, None), ("en", "en", None),
                                         ("zh", "zh", None), ("en-a", None, ["en-a-"]),
                                         ("zh-e", None, ["zh-e-"])]


@needs_shared(SCORER)
def test_figures_per_label_micro_values_and_roles(scorer):
    gold = {"a": gold_doc("a", "en", ent(0, 4, "DATE", "2024-01-02"), ent(10, 15, "PERSON"),
                          roles=[{"person": "Ann Lee", "title": "CEO", "org": "Acme"}])}
    pred = {"a": {"id": "a", "entities": [ent(0, 4, "DATE", "2024-01-03"), ent(9, 15, "PERSON")],
                  "roles": [{"person": "Ann Lee", "title": "CEO", "org": "Acme"}]}}
    fig = evaluate.figures(scorer, gold, pred)
    assert fig["labels"]["DATE"]["f1"] == 1.0
    assert fig["labels"]["PERSON"]["f1"] == 0.0
    assert fig["labels"]["PERSON"]["overlap_f1"] == 1.0
    assert fig["micro"]["f1"] == 0.5
    assert fig["date_values"] == [0, 1]
    assert fig["roles"]["f1"] == 1.0


@needs_shared(SCORER)
@pytest.mark.parametrize("labels,micro", [
    ({"PERSON"}, 1.0),  # a TITLE the set does not annotate is no error
    ({"PERSON", "TITLE"}, 2 / 3),
])
def test_figures_score_only_the_mapped_labels(scorer, labels, micro):
    gold = {"a": gold_doc("a", "zh", ent(0, 2, "PERSON"))}
    pred = {"a": {"id": "a", "entities": [ent(0, 2, "PERSON"), ent(3, 5, "TITLE")], "roles": []}}
    fig = evaluate.figures(scorer, gold, pred, labels=labels)
    assert set(fig["labels"]) == labels
    assert fig["micro"]["f1"] == pytest.approx(micro, abs=1e-4)


def test_mapped_gold_follows_the_mapping(tmp_path):
    path = tmp_path / "resume_ner_test.jsonl"
    doc = {"text": "x" * 20, "entities": [ent(0, 6, "NAME"), ent(2, 4, "TITLE"), ent(8, 9, "EDU")]}
    path.write_text(json.dumps(doc) + "\n", encoding="utf-8")
    gold = evaluate.mapped_gold(path, {"NAME": "PERSON", "TITLE": "TITLE"}, None)
    assert list(gold) == ["resume_ner_test:0"]
    (only,) = gold.values()
    assert only["lang"] == "zh"
    assert [(e["start"], e["end"], e["label"]) for e in only["entities"]] == [(0, 6, "PERSON")]


class FakeExtractor:
    """Takes no profile: the report must say so in one line."""


@pytest.mark.parametrize("profile", ["fast"])
def test_a_profile_the_extractor_lacks_is_a_clear_error(monkeypatch, profile):
    import extractor

    monkeypatch.setattr(extractor, "Extractor", FakeExtractor)
    with pytest.raises(SystemExit, match="does not take"):
        evaluate.make_extractor(profile)


@needs_shared(SCORER)
@pytest.mark.parametrize("args,says", [
    (["--datasets", "{tmp}"], "not found"),
    (["--sets", "no_such_set"], "unknown sets"),
])
def test_bad_input_is_one_line_and_exit_2(tmp_path, capsys, args, says):
    with pytest.raises(SystemExit) as exc:
        evaluate.main(["--no-dev", "--out", "-", *(a.format(tmp=tmp_path) for a in args)])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert says in err and len(err.strip().splitlines()) == 1


@needs_shared(SCORER)
def test_report_is_printed_and_written(extractor, monkeypatch, tmp_path, capsys):
    data = tmp_path / "sets"
    data.mkdir()
    (data / "map_labels.py").write_text(
        "MAPS = {'tempeval3': {'DATE': 'DATE'}}\n"
        "def mapping_for(path):\n    return MAPS['tempeval3']\n", encoding="utf-8")
    text = "The board met on 3 March 2025 in Paris."
    (data / "tempeval3_invented.jsonl").write_text(json.dumps(
        {"lang": "en", "doc_date": "2025-03-10", "text": text,
         "entities": [{"start": 17, "end": 29, "label": "DATE", "value": "2025-03-03"}]}) + "\n",
        encoding="utf-8")
    monkeypatch.setattr(evaluate, "make_extractor", lambda profile=None: extractor)
    out = tmp_path / "docs" / "accuracy"
    evaluate.main(["--no-dev", "--datasets", str(data), "--out", str(out), "--quiet"])
    printed = capsys.readouterr().out
    assert "| tempeval3_invented | en | 1 | 1.000 |" in printed
    assert out.with_suffix(".md").read_text("utf-8").strip() == printed.strip()
    figures = json.loads(out.with_suffix(".json").read_text("utf-8"))
    assert figures["public"]["tempeval3_invented"]["date_value_accuracy"] == 1.0


@needs_shared(SCORER)
@pytest.mark.parametrize("lang,text,phrase,value", [
    ("en", "Acme opens a plant\nMarch 3, 2025\nAcme said yesterday that it had signed.",
     "yesterday", "2025-03-02"),
    ("zh", "某某公司新厂投产\n2025年3月3日\n公司昨天宣布签约。", "昨天", "2025-03-02"),
])
def test_dev_read_again_with_the_document_date_withheld(extractor, scorer, tmp_path, lang, text,
                                                        phrase, value):
    """The given date (a week later) would put `yesterday` on 9 March: withheld, the date
    the header states is the anchor."""
    start = text.index(phrase)
    doc = {"id": f"{lang}-x-01", "lang": lang, "doc_date": "2025-03-10", "text": text,
           "entities": [{"start": start, "end": start + len(phrase), "label": "DATE",
                         "text": phrase, "value": value}], "roles": []}
    path = tmp_path / "dev.jsonl"
    path.write_text(json.dumps(doc, ensure_ascii=False) + "\n", encoding="utf-8")
    given = evaluate.evaluate_dev(extractor, scorer, path, progress=False)
    assert given[lang]["date_values"] == [0, 1]
    inferred = evaluate.evaluate_dev_inferred(extractor, scorer, path, progress=False)
    assert set(inferred) == {"all", "en", "zh"}
    assert inferred[lang]["date_values"] == [1, 1]
    assert inferred[lang]["date_value_accuracy"] == 1.0
    page = evaluate.render({"meta": {"date": "2025-03-10", "profile": None, "limit": None},
                            "dev_inferred_dates": inferred})
    assert "document date withheld" in page and f"| {lang} | 1 | " in page
