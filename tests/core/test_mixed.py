"""Documents in both languages: parts by paragraph, each through its own pipeline."""

import pytest

from extractor.segment import segments

BILINGUAL = (
    "Vice Chairman Zhu Jialiang visits Hangzhou\n\n"
    "Zhu Jialiang, vice chairman of CCPIT Beijing, met Hangzhou officials on March 3.\n\n"
    "3月3日,北京市贸促会副会长朱佳良在杭州会见了当地官员。\n"
)


@pytest.mark.parametrize(
    "text,langs",
    [
        ("English only.\nStill English.", ["en"]),
        ("中文一段。\n中文二段。", ["zh"]),
        (BILINGUAL, ["en", "zh"]),
        ("---\n中文\n\nEnglish line\n2021\n", ["zh", "en"]),
        ("", ["en"]),
        # one paragraph holding both versions: cut where the script switches
        ("王文華致辭時感謝各位嘉賓出席。Mr Wong thanked the guests for coming.\n", ["zh", "en"]),
        ("Mr Wong thanked the guests. 王文華致辭時感謝各位嘉賓出席。\n", ["en", "zh"]),
        ("公司今日公布業績。GDP增長。\n", ["zh"]),
        # a Chinese sentence whose Latin letters are only names: more letters than Han
        # characters, but no English grammar word, so it stays Chinese
        ("會上，各方致辭。Lena Marquardt表示，Nordhavn Shipping Group及Baltic Rail Partners等企業將來港。\n",
         ["zh"]),
    ],
)
def test_segments_cover_the_text(text, langs):
    parts = segments(text)
    assert [lang for _, _, lang in parts] == langs
    assert parts[0][0] == 0 and parts[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(parts, parts[1:]))


def test_bilingual_release(extractor):
    res = extractor.extract(BILINGUAL, doc_date="2022-03-05")
    assert [s.lang for s in res.segments] == ["en", "zh"]
    for e in res.entities:
        assert BILINGUAL[e.start : e.end] == e.text
    got = {(e.text, e.label) for e in res.entities}
    assert {("Zhu Jialiang", "PERSON"), ("朱佳良", "PERSON"), ("北京市贸促会", "ORG"),
            ("March 3", "DATE"), ("3月3日", "DATE"), ("杭州", "REGION")} <= got
    roles = {(r.person, r.title, r.org) for r in res.roles}
    assert ("朱佳良", "副会长", "北京市贸促会") in roles
    for r in res.roles:
        assert BILINGUAL[r.person_span.start : r.person_span.end] == r.person


def test_mixed_document_date_is_shared(extractor):
    text = "Updated: 2023-05-10\n\nTalks were held yesterday.\n\n昨天,双方举行了会谈。"
    res = extractor.extract(text)
    assert res.doc_date == "2023-05-10" and res.doc_date_source == "inferred"
    values = {e.text: e.value for e in res.entities if e.label == "DATE"}
    assert values["yesterday"] == values["昨天"] == "2023-05-09"


@pytest.mark.parametrize(("text", "whole_runs"), [
    # the date comes last: the English part waits after the date component, then runs
    # once with the date (it ran whole twice before: 3 runs)
    ("Talks were held yesterday in Lima.\n\n2023年5月10日,双方昨天举行了会谈。", 2),
    # the date comes first: the later part runs once with it
    ("Updated: 2023-05-10\n\nTalks were held yesterday.\n\n昨天,双方举行了会谈。", 2),
    # no part gives a date: each part finished as it was begun
    ("Talks were held yesterday in Lima.\n\n双方昨天举行了会谈。", 2),
])
def test_a_later_date_reaches_earlier_parts(extractor, monkeypatch, text, whole_runs):
    """A part that gives no date waits after the date component for a later part's date
    (Extractor.begin_part): the result is the one of running every part after the date is
    known, and no part runs the whole pipeline twice."""
    finished = []
    finish = type(extractor).finish_part
    monkeypatch.setattr(type(extractor), "finish_part",
                        lambda self, doc, lang, done: finished.append(lang) or finish(self, doc, lang, done))
    whole = []
    part = type(extractor).extract_part
    monkeypatch.setattr(type(extractor), "extract_part",
                        lambda self, t, lang, d: whole.append(lang) or part(self, t, lang, d))
    res = extractor.extract(text)
    assert len(finished) + len(whole) == whole_runs
    dated = {e.text: e.value for e in res.entities if e.label == "DATE"}
    if res.doc_date is not None:
        assert dated["yesterday"] == dated["昨天"]


@pytest.mark.parametrize("text", [
    "Talks were held yesterday in Lima.\n\n2023年5月10日,双方昨天举行了会谈。",
    "Updated: 2023-05-10\n\nTalks were held yesterday.\n\n昨天,双方举行了会谈。",
    "Talks were held yesterday in Lima.\n\n双方昨天举行了会谈。",
])
def test_a_batch_gives_what_one_call_gives(extractor, text):
    """In a batch, the parts run again with a later part's date go with the batch's other
    documents (Extractor._run_batch): the result is the one `extract` gives, in its place."""
    one = extractor.extract(text)
    batch = list(extractor.extract_many(
        [{"id": "a", "text": "Talks were held on Monday in Lima."}, {"id": "b", "text": text},
         {"id": "c", "text": "双方于昨天举行了会谈。"}], labels=["DATE", "REGION"]))
    assert [r.id for r in batch] == ["a", "b", "c"]
    assert batch[1].model_dump(exclude={"id", "timing_ms", "entities"}) == \
        one.model_dump(exclude={"id", "timing_ms", "entities"})
    assert [e for e in batch[1].entities] == [e for e in one.entities if e.label in ("DATE", "REGION")]


def test_explicit_lang_keeps_paragraphs_of_the_other_language(extractor):
    res = extractor.extract(BILINGUAL, lang="en")
    assert res.lang == "en"
    assert [s.lang for s in res.segments] == ["en", "zh"]
    assert ("北京市贸促会", "ORG") in {(e.text, e.label) for e in res.entities}
    [batch] = list(extractor.extract_many([{"text": BILINGUAL, "lang": "en"}]))
    assert batch.lang == "en" and [s.lang for s in batch.segments] == ["en", "zh"]


@pytest.mark.parametrize("text,lang", [
    ("2023-03-06 阅读\n\nThe council met on Monday in Ningbo.", "en"),  # a date line
    ("photo_副本.jpg\n\nThe council met on Monday.", "en"),  # a file name
    ("admin 2024-09-21 20:34:05\n会议在宁波举行。", "zh"),  # a byline
])
def test_explicit_lang_absorbs_short_lines_of_the_other_script(extractor, text, lang):
    res = extractor.extract(text, lang=lang)
    assert res.lang == lang and [s.lang for s in res.segments] == [lang]


def test_acronym_defined_in_one_part_is_an_org_in_another(extractor):
    # the short English headline goes with the Chinese part, which has no definition
    text = ("北湖商會選出新任主席\nNLCC elects new Chairman\n\n北湖商會今日舉行周年會員大會，選出王文華為新任主席。\n\n"
            "The North Lake Chamber of Commerce (NLCC) today elected Mr Wong Man-wah as its new "
            "Chairman at its annual general meeting held in the city.\n")
    res = extractor.extract(text, lang="zh", doc_date="2026-12-02")
    assert [s.lang for s in res.segments] == ["zh", "en"]
    nlcc = [e for e in res.entities if e.text == "NLCC"]
    assert [e.label for e in nlcc] == ["ORG", "ORG"]
    assert nlcc[0].start == text.index("NLCC")


@pytest.mark.parametrize("text,linked", [
    # the Chinese name's pinyin is the English version's name: one person in both halves
    ("The East River Chamber signed the agreement with Vice Chairman Zhang Wenhua of the "
     "council in the city today.\n\n东川商会今日与该会副会长张文华在本市签署协议，双方代表出席仪式。\n",
     {"Zhang Wenhua": "张文华", "张文华": "Zhang Wenhua"}),
    # a Cantonese romanisation is no pinyin: no link on that evidence
    ("The East River Chamber signed the agreement with Vice Chairman Lau Wai-fan of the "
     "council in the city today.\n\n東川商會今日與該會副會長劉慧芬在本市簽署協議，雙方代表出席儀式。\n",
     {}),
])
def test_person_linked_across_halves(extractor, text, linked):
    res = extractor.extract(text, doc_date="2026-12-02")
    assert len(res.segments) == 2
    got = {}
    for e in res.entities:
        ref = (e.info or {}).get("linked") if e.label == "PERSON" else None
        if ref:
            got[e.text] = text[ref["start"]:ref["end"]]
    assert got == linked


@pytest.mark.parametrize("text, parts", [
    # a few Han characters (a name, a caption) stay in the declared English part
    ("Jane Roe (罗简) spoke.\n\n王明 attended.", 1),
    # a Chinese paragraph of its own is a part of its own
    ("Jane Roe spoke on Monday.\n\n会议在北京举行，双方就贸易合作进行了深入交流并签署了协议。\n\nShe left.", 3),
])
def test_declared_english_keeps_a_few_han_characters(text, parts):
    from extractor.segment import declared_parts

    got = declared_parts(text, "en")
    assert len(got) == parts and got[0][0] == 0 and got[-1][1] == len(text)
