"""Names given in both scripts are linked; mixed documents keep exact offsets."""

import pytest


def ents(res, label=None):
    return [(e.text, e.label) for e in res.entities if label is None or e.label == label]


@pytest.mark.parametrize(
    "text,pair",
    [
        ("香港设计师谭燕玉 (Vivienne Tam)出席了活动。", ("谭燕玉", "Vivienne Tam")),
        ("时装设计师林雅文（Grace Lam）介绍了新品。", ("林雅文", "Grace Lam")),
        ("Fashion designer Grace Lam (林雅文) visited Shanghai.", ("Grace Lam", "林雅文")),
        # accented Latin letters, as Macao and Taiwan releases write European names
        ("主席陳思敏(Conceição Chan)致辭。", ("陳思敏", "Conceição Chan")),
        ("瑞典議員歐柏莉(Boriana Åberg)訪臺。", ("歐柏莉", "Boriana Åberg")),
    ],
)
def test_bracketed_other_script_name_is_the_same_person(extractor, text, pair):
    res = extractor.extract(text)
    found = {e.text: e for e in res.entities if e.label == "PERSON"}
    first, second = found[pair[0]], found[pair[1]]
    assert first.info["linked"] == {"start": second.start, "end": second.end}
    assert second.info["linked"] == {"start": first.start, "end": first.end}
    assert second.value == first.value


def test_bracket_with_chinese_name_and_acronym_of_an_org(extractor):
    res = extractor.extract("The Kestrel Export Promotion Council (鷹隼出口促進會, KEPC) met buyers.")
    assert ents(res, "ORG") == [("Kestrel Export Promotion Council", "ORG"), ("鷹隼出口促進會", "ORG"),
                                ("KEPC", "ORG")]


def test_bracketed_abbreviation_of_an_org(extractor):
    res = extractor.extract("中国贸促会(CCPIT)会长出席会议。")
    orgs = [e for e in res.entities if e.label == "ORG"]
    assert [e.text for e in orgs] == ["中国贸促会", "CCPIT"]
    assert orgs[0].value == orgs[1].value


@pytest.mark.parametrize("text", ["The talks (下午) ended.", "见附件 (Annex 2)。", "会议 (Meeting) 结束",
                                  "他指出，艾司摩尔（ASML）将扩大投资。"])  # an acronym names no person
def test_no_person_from_brackets_without_a_name(extractor, text):
    assert ents(extractor.extract(text), "PERSON") == []


@pytest.mark.parametrize("text,absent", [
    # four characters before the bracket are a name only after a compound or double surname
    ("協會主席歐柏莉議員(Boriana Åberg)率團。", "柏莉議員"),
])
def test_no_name_runs_into_a_title(extractor, text, absent):
    assert absent not in [e.text for e in extractor.extract(text).entities]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("He visited Beijing (北京) and Shanghai.", [("Beijing", "REGION"), ("北京", "REGION"), ("Shanghai", "REGION")]),
        ("代表团访问了Beijing和上海。", [("Beijing", "REGION"), ("上海", "REGION")]),
    ],
)
def test_regions_in_the_other_script(extractor, text, expected):
    assert ents(extractor.extract(text), "REGION") == expected


@pytest.mark.parametrize("text,expected", [
    # a Chinese title's official Latin form in brackets is a title too
    ("北湖保安局局長（Secretary for Security）李文達今日出席。", ["局長", "Secretary for Security"]),
    ("經濟司司長（Secretário para a Economia e Finanças）黎文達出席。",
     ["司長", "Secretário para a Economia e Finanças"]),
    # an acronym alone in brackets more often names the body
    ("總商會會長（HKGCC）李文達出席。", ["會長"]),
])
def test_bracketed_latin_title(extractor, text, expected):
    assert [t for t, _ in ents(extractor.extract(text, lang="zh"), "TITLE")] == expected
