"""Short forms a document defines in brackets after a name (normalise/orgs.py)."""

import pytest

from extractor.normalise.orgs import coined, find_definition, find_definitions


@pytest.mark.parametrize("long_form,short,ok", [
    ("Northern Trade and Investment Agency", "Northrade", True),  # a clipped blend
    ("Federal Parcel Express", "Fedpex", True),
    ("Velsen Mining Corporation", "Velsen", False),  # one word clipped: no blend
    ("National Convention Center", "Tianjin", False),  # a place in brackets
    ("Harlow Data Group", "HDG", False),  # capitals: an acronym, read elsewhere
    ("Harlow Data Group", "Harl", False),  # too short
])
def test_coined(long_form, short, ok):
    assert coined(long_form, short) is ok


@pytest.mark.parametrize("text,long_form,expected", [
    ("Northern Trade and Investment Agency (Northrade) said", "Northern Trade and Investment Agency", "Northrade"),
    ("Northern Trade and Investment Agency (Northrade) said", None, None),  # one capital: no name given
    ("Acme Holdings (Suzhou) Co., Ltd. said", "Acme Holdings", None),
    ("Harlow Data Group (HDG) said", None, "HDG"),
    # a lowercase letter then a capital, spelling the name from a word's start; a unit spells none
    ("Tamna Agro and Food Trade Corporation (aT) said", "Tamna Agro and Food Trade Corporation", "aT"),
    ("Orvell Biotech Research Association (oBRA) said", "Orvell Biotech Research Association", "oBRA"),
    ("Orvell Power Corporation (pH) said", "Orvell Power Corporation", None),
    ("Lumen Devices Inc. (eV) said", "Lumen Devices Inc.", None),
    ("Tamna Agro and Food Trade Corporation (aT) said", None, None),
])
def test_find_definition(text, long_form, expected):
    end = len(long_form) if long_form else text.index(" (")
    hit = find_definition(text, end, "latin", long_form)
    assert (hit[0] if hit else None) == expected


@pytest.mark.parametrize("text,expected", [
    ("某某科技股份有限公司（以下简称“公司”或“某某科技”）", ["公司", "某某科技"]),
    ("某某科技股份有限公司（以下简称“某某科技”）", ["某某科技"]),
    ("某某科技股份有限公司（苏州）", ["苏州"]),
    # a listed company's definition goes on with its listing code or a note
    ("某某科技股份有限公司（以下简称“某某科技”，股票代码：600000.SH）", ["某某科技"]),
    ("某某科技股份有限公司（简称“某某科技”；证券代码：000001）", ["某某科技"]),
    ("某某科技股份有限公司（苏州，筹）", []),  # no label, no quotes: no definition
])
def test_find_definitions_han(text, expected):
    end = text.index("（")
    assert [h[0] for h in find_definitions(text, end, "han")] == expected
