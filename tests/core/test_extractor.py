"""The library contract: results, errors, bad input, determinism, save/load."""

import pytest
import spacy

from extractor import ErrorResult, ExtractionResult
from extractor.errors import InvalidDocDate, InvalidText, UnsupportedLanguage
from extractor import pipeline

EN = "Zhu Jialiang, vice chairman of CCPIT Beijing, visited Tianjin on April 14, 2021."
ZH = "2021年4月14日,北京市贸促会副会长朱佳良在天津出席会议。"


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\t  ",
        "word " * 200_000,
        "4月" * 500_000,
        "年" * 300_000,
        "\x00\x01\x02 control \x1b[31m chars \x7f",
        "lone \ud800 surrogate \udfff here",
        "12345 67890 !!! ??? ... --- 2021",
        "。,、;:“”《》" * 1000,
    ],
    ids=["empty", "whitespace", "1MB-word", "1MB-4yue", "nian", "control", "surrogates",
         "no-letters", "punct-zh"],
)
def test_bad_input_gives_a_clean_result(extractor, text):
    res = extractor.extract(text)
    assert isinstance(res, ExtractionResult)
    for e in res.entities:
        assert 0 <= e.start < e.end <= len(text)
    res.model_dump_json()  # serialisable, surrogates included


@pytest.mark.parametrize(
    "kwargs,error",
    [
        ({"text": EN, "lang": "fr"}, UnsupportedLanguage),
        ({"text": EN, "doc_date": "14/04/2021"}, InvalidDocDate),
        ({"text": EN, "doc_date": "2021-13-40"}, InvalidDocDate),
        ({"text": 42}, InvalidText),
        ({"text": None}, InvalidText),
    ],
)
def test_bad_arguments_raise_coded_errors(extractor, kwargs, error):
    with pytest.raises(error) as info:
        extractor.extract(**kwargs)
    assert info.value.code.startswith("E")


@pytest.mark.parametrize("text,lang", [(EN, "en"), (ZH, "zh")])
def test_language_detection(extractor, text, lang):
    assert extractor.extract(text).lang == lang


@pytest.mark.parametrize("text", [EN, ZH])
def test_deterministic_and_same_through_extract_many(extractor, text):
    one = extractor.extract(text, doc_date="2021-04-23").model_dump(exclude={"timing_ms"})
    two = extractor.extract(text, doc_date="2021-04-23").model_dump(exclude={"timing_ms"})
    many = list(extractor.extract_many([{"text": text, "doc_date": "2021-04-23"}]))
    assert one == two == many[0].model_dump(exclude={"timing_ms"})


def test_offsets_exact(extractor):
    for text in (EN, ZH):
        for e in extractor.extract(text).entities:
            assert text[e.start : e.end] == e.text


def test_extract_many_isolates_bad_documents(extractor):
    docs = [{"id": "a", "text": EN}, {"id": "b", "text": ZH, "lang": "xx"},
            {"id": "c"}, {"id": "d", "text": ZH}]
    out = list(extractor.extract_many(docs))
    assert [r.id for r in out] == ["a", "b", "c", "d"]
    assert isinstance(out[1], ErrorResult) and out[1].error.code == "E001"
    assert isinstance(out[2], ErrorResult)
    assert isinstance(out[0], ExtractionResult) and isinstance(out[3], ExtractionResult)


@pytest.mark.parametrize("lang,text", [("en", EN), ("zh", ZH)])
def test_saved_pipeline_loads_with_spacy_load(tmp_path, nlp_en, nlp_zh, lang, text):
    nlp = {"en": nlp_en, "zh": nlp_zh}[lang]
    nlp.to_disk(tmp_path / lang)
    loaded = spacy.load(tmp_path / lang)
    assert loaded.pipe_names == nlp.pipe_names
    a = [(e.start_char, e.end_char, e.label_, e._.value) for e in nlp(text).ents]
    b = [(e.start_char, e.end_char, e.label_, e._.value) for e in loaded(text).ents]
    assert a == b


def test_stale_pipeline_is_rebuilt(tmp_path, monkeypatch):
    monkeypatch.setenv("PRESSNER_PIPELINES", str(tmp_path))
    nlp = pipeline.load("en")
    assert (tmp_path / "en-accurate" / "meta.json").exists()
    assert nlp.meta["pressner_data_hash"] == pipeline.data_hash()


def test_gc_paused_nests_and_restores(monkeypatch):
    import gc

    from extractor import gctune
    from extractor.gctune import LARGE_TEXT, paused

    monkeypatch.setattr(gctune, "_enabled", True)
    assert gc.isenabled()
    with paused(LARGE_TEXT - 1):
        assert gc.isenabled()  # small documents leave the collector alone
    with paused(LARGE_TEXT):
        assert not gc.isenabled()
        with paused(LARGE_TEXT):
            assert not gc.isenabled()
        assert not gc.isenabled()  # still inside the outer pause
    assert gc.isenabled()
    gc.disable()
    try:
        with paused(LARGE_TEXT):
            pass
        assert not gc.isenabled()  # a collector that was off stays off
    finally:
        gc.enable()


def test_gc_pause_is_opt_in(monkeypatch):
    import gc

    from extractor import gctune

    monkeypatch.setattr(gctune, "_enabled", False)
    monkeypatch.delenv(gctune.ENV, raising=False)
    with gctune.paused(gctune.LARGE_TEXT):
        assert gc.isenabled()


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("profile", ["accurate", "fast"])
def test_pipelines_leave_no_reference_cycles(extractor, lang, profile):
    """Nothing a document builds waits for the cyclic collector: gctune's threshold rests
    on it (a young collection then finds nothing to free), and a cycle holds the
    document's candidates alive until a collection runs."""
    import gc
    import json
    from pathlib import Path

    rows = [json.loads(line) for line in
            (Path(__file__).parents[2] / "samples" / "releases.jsonl").read_text("utf-8").splitlines()
            if line.strip()]
    docs = [{"text": r["text"], "lang": lang} for r in rows if r.get("lang") == lang][:30]
    list(extractor.extract_many(docs[:2], profile=profile))  # loaded and warm
    gc.collect()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        list(extractor.extract_many(docs, profile=profile))
        gc.collect()
        garbage = [type(o).__qualname__ for o in gc.garbage]
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
    assert garbage == []

