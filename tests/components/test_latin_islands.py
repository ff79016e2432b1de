"""Latin names inside Chinese text are read by the English ORG / TITLE / PERSON grammar."""

import pytest

from extractor.components.latin_islands import ISLAND, cuts
from extractor.candidates import Candidate


def spans(res, label):
    return [e.text for e in res.entities if e.label == label]


@pytest.mark.parametrize(
    "text,org",
    [
        # a body's head noun in Latin letters: the whole name, not the place inside it
        ("代表團拜會了Lisbon Chamber of Commerce and Industry，並交換意見。",
         "Lisbon Chamber of Commerce and Industry"),
        ("公司与Nordic Maritime Authority签署备忘录。", "Nordic Maritime Authority"),
        ("Saxony Trade Agency首席執行官出席。", "Saxony Trade Agency"),
    ],
)
def test_latin_name_with_a_head_is_one_org(extractor, text, org):
    res = extractor.extract(text, lang="zh", profile="fast")
    assert org in spans(res, "ORG")
    assert not any(e.label == "REGION" and org.find(e.text) >= 0 and e.text != org
                   for e in res.entities)


def test_latin_org_found_once_is_the_org_again_and_its_partner_too(extractor):
    text = ("Veloria Grid执行副总裁出席仪式。公司将依托与Veloria Grid的合作，"
            "并与Veloria Grid及Tessaro Works开展研发。")
    res = extractor.extract(text, lang="zh", profile="fast")
    assert spans(res, "ORG").count("Veloria Grid") == 3
    assert "Tessaro Works" in spans(res, "ORG")


def test_chinese_description_before_a_latin_org_is_no_org(extractor):
    res = extractor.extract("公司与荷兰储能公司Veloria Grid签署协议。赵明、Veloria Grid总裁出席。",
                            lang="zh", profile="fast")
    assert spans(res, "ORG") == ["Veloria Grid", "Veloria Grid"]


@pytest.mark.parametrize(
    "text,island",
    [
        ("与Port of Lisbon Authority签署", "Port of Lisbon Authority"),
        ("出席的有Banco de Fomento Angola行长", "Banco de Fomento Angola"),
        ("採用ASML設備", None),  # one word: no stretch
        ("据Global Times报道", "Global Times"),
    ],
)
def test_island_pattern(text, island):
    found = [m.group() for m in ISLAND.finditer(text)]
    assert found == ([island] if island else [])


@pytest.mark.parametrize(
    "span,cut",
    [((6, 12), True),  # starts inside the stretch, runs on into Han text
     ((0, 9), False),  # the stretch itself
     ((0, 12), False),  # the stretch and more
     ((2, 5), True)],  # ends inside it having started before it
)
def test_a_chinese_reading_that_cuts_a_stretch_apart(span, cut):
    c = Candidate(span[0], span[1], "ORG")
    assert cuts(c, [(3, 9)]) is cut


@pytest.mark.parametrize(
    "text,title,person",
    [
        # a post glued to the body before it, as scraped pages print them: split at the post
        ("Harbor Robotics AsiaManaging Director Susan Park出席。", "Managing Director", "Susan Park"),
        ("合作伙伴Kestrel Logistics Co., Ltd.Chief Executive Officer Daniel Ho出席。",
         "Chief Executive Officer", "Daniel Ho"),
    ],
)
def test_a_post_glued_to_a_body_opens_its_own_stretch(extractor, text, title, person):
    res = extractor.extract(text, lang="zh", profile="fast")
    assert title in spans(res, "TITLE")
    assert person in spans(res, "PERSON")


def test_a_camel_cased_name_stays_whole(extractor):
    res = extractor.extract("公司与McDonald Holdings签署协议。", lang="zh", profile="fast")
    assert "McDonald Holdings" in spans(res, "ORG")


@pytest.mark.parametrize("text", [
    "会见了Harbor Robotics Asia总裁Susan Park和Acme Inc的代表", "D'Souza与U.S. Steel Co., Ltd.签约",
    "xAcme Beta与É Corp、Émile Roy of the Vale Group和1Alpha Two", "", "ASML",
])
def test_runs_open_on_their_capital(text):
    """`words_run` matches where its look-behind form, tried at every position, did."""
    import re

    from extractor.components.latin_islands import JOIN, LOW, RUN, UP, WORD

    for least, rx in ((1, ISLAND), (0, RUN)):
        behind = re.compile(rf"(?<![A-Za-z0-9{LOW}{UP}&'’.\-])(?=[{UP}]){WORD}"
                            rf"(?:,? (?:{JOIN} ){{0,2}}{WORD}){{{least},11}}(?![A-Za-z0-9{LOW}{UP}])")
        assert [m.span() for m in rx.finditer(text)] == [m.span() for m in behind.finditer(text)]


@pytest.mark.parametrize("text,surname,org", [
    # a post right after the surname would make it a body: the person named before holds it
    ("北湖州副州長Dana Whitcombe出席論壇。Whitcombe副州長指出，州政府歡迎投資。", "Whitcombe", None),
    ("北湖駐臺代表Ravi Kumar Sethi出席。Sethi則歡迎臺灣企業參與。", "Sethi", None),
    # ... a body of its own where no name before ends in it
    ("Dana Whitcombe出席。Velmora總裁指出，公司歡迎投資。", None, "Velmora"),
])
def test_a_latin_surname_alone_names_the_person_again(extractor, text, surname, org):
    res = extractor.extract(text, lang="zh", profile="fast")
    if surname:
        assert surname in spans(res, "PERSON") and surname not in spans(res, "ORG")
    if org:
        assert org in spans(res, "ORG")
