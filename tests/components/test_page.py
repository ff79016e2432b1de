"""pressner_page: what the name rules must and must not read on a scraped page's furniture lines."""

from __future__ import annotations

import pytest

from extractor import pipeline
from extractor.components.page import MenuGrammar
from extractor.components.page_lines import addresses, copyright_holders


@pytest.fixture(scope="module")
def menus() -> MenuGrammar:
    return MenuGrammar.from_file(pipeline.models_dir() / "en" / "page_furniture.tsv")


@pytest.mark.parametrize("line,menu", [
    ("Home > Events > Press", True),
    ("Mobile | 中文 |", True),
    ("Print | Share | Close", True),
    ("Home » Media Centre » News Releases", True),
    ("2026-03-04 | Porto", True),  # a date line in menu form: its date is still read
    ("Home", False),  # no separator
    ("> Tarn valley freight trains reach a record number of trips in March", False),  # one long item
    ("Kestrel Foods and the Orne Growers Cooperative signed | an agreement on supply", False),
])
def test_menu_line_by_form(menus, line, menu):
    assert menus.is_menu(line) is menu


def ents(res, label):
    return [e.text for e in res.entities if e.label == label]


@pytest.mark.parametrize("text,label,absent", [
    ("Home | About Us | News | Contact\nOrne trade fair opens\nThe fair opened in Porto.", "REGION", "Us"),
    ("Nuno Ferraz visited Porto.\n\nToday's Press Releases  |  Print this page", "DATE", "Today"),
    ("Nuno Ferraz visited Porto.\n\nShare: WeChat | LinkedIn | Email", "ORG", "LinkedIn"),
    ("The fair closed.\n\nRelated News\nPorto hosts wine week", "ORG", "Related News"),
    ("Organizer: Porto Trade Office\nAddress: No. 8 Xinhua Road, Jianghan District, Wuhan", "ORG", "Xinhua"),
    ("The fair closed.\n\nShare this article Facebook Twitter Email", "PERSON", "Twitter Email"),
    ("The fair closed.\n\nFollow us on LinkedIn", "ORG", "LinkedIn"),
    ("The fair closed.\n\nFollow us: Facebook, Instagram and YouTube", "ORG", "Facebook"),
    ("The fair closed.\n\nCopyright 2026 Tarnwell Analytics, Inc. All rights reserved.", "ORG",
     "Copyright 2026 Tarnwell Analytics, Inc."),
    ("Contact: Ana Lobo, 200 East Randolph Street, Suite 5100, Chicago, IL 60601", "REGION", "East Randolph Street"),
    ("Media: Ana Lobo, Unit 1203, Tower 2, Tarnby Centre, 89 Queensway, Admiralty, Hong Kong", "ORG", "Tarnby Centre"),
    ("Media: Ana Lobo, Unit 1203, Tower 2, Tarnby Centre, 89 Queensway, Admiralty, Hong Kong", "REGION", "Queensway"),
    ("The fair closed.\n\nMore News From Tarnwell Holdings", "ORG", "More News"),
])
def test_furniture_reads_no_name(extractor, text, label, absent):
    assert absent not in ents(extractor.extract(text, lang="en", doc_date="2026-03-04"), label)


@pytest.mark.parametrize("text,label,present", [
    ("Home > News > Guangdong\nTarn firms sign deals\nThe deals were signed in Foshan.", "REGION", "Guangdong"),
    ("Tarn firms sign deals\n2026-03-04 | Chengdu\nThe deals were signed.", "DATE", "2026-03-04"),
    ("Nuno Ferraz (left) greets guests. (Photo/Porto Daily News)", "ORG", "Porto Daily News"),
    ("Xinhua reported that Nuno Ferraz visited Porto.", "ORG", "Xinhua"),  # no street after it
    ("SAN JOSE, Calif.--(BUSINESS WIRE)--Quillon Microsystems today reported record revenue.", "ORG",
     "Quillon Microsystems"),  # the firm in the slot after the wire
    ("DES MOINES, Iowa, Dec. 3, 2026 /PRNewswire/ -- Tarn Mills Cooperative today opened a terminal.", "ORG",
     "Tarn Mills Cooperative"),
    ("DALLAS, TX / ACCESSWIRE / December 3, 2026 / Redwater Pumps (OTCQB: RWPM) today announced a dividend.",
     "ORG", "Redwater Pumps"),
    ("SPRINGFIELD, Ill. & COLUMBUS, Ohio--(BUSINESS WIRE)--Tarn Robotics, Inc. today opened a plant.", "REGION",
     "COLUMBUS"),  # the second city of a dateline
    ("Media contact: Press Office, 115 East Capitol, Madison, WI 53702", "REGION", "Madison"),
    ("The fair closed.\n\nCopyright Kestrel Data 2026", "ORG", "Kestrel Data"),
    ("The fair closed.\n\nFollow Governor Ana Lobo on X", "TITLE", "Governor"),
])
def test_furniture_keeps_names(extractor, text, label, present):
    assert present in ents(extractor.extract(text, lang="en", doc_date="2026-03-04"), label)


@pytest.mark.parametrize("text,states", [
    ("Address: 115 East Capitol, Madison, WI 53702", [("Madison", None), ("WI", "Wisconsin")]),
    ("1055 West Hastings Street, Vancouver, BC V6E 2E9", [("Vancouver", None), ("BC", "British Columbia")]),
    ("Suite 900, Fort Wayne, IN 46802-1234", [("Fort Wayne", None), ("IN", "Indiana")]),
    ("Phone: (608) 555-0100, WI 53702", [("WI", "Wisconsin")]),  # no town before the code
    ("The Portland, OR team met in 2026.", []),  # no ZIP: no address
    ("Tarn Mills, XX 53702", []),  # no state's code
])
def test_address_town_and_state(text, states):
    postal = {"WI": "Wisconsin", "BC": "British Columbia", "IN": "Indiana", "OR": "Oregon"}
    assert [(text[c.start:c.end], c.value) for c in sorted(addresses(text, postal), key=lambda c: c.start)] == states


@pytest.mark.parametrize("text,holders", [
    ("Copyright © 2026 Harbourview Holdings. All Rights Reserved.", ["Harbourview Holdings"]),
    ("Copyright © 2026 GlobeNewswire, Inc. All Rights Reserved.", ["GlobeNewswire, Inc."]),
    ("© 2026 Tarn Analytics S.A.\nPrivacy", ["Tarn Analytics S.A."]),
    ("Copyright Kestrel Data 2026", ["Kestrel Data"]),
    ("Copyright 2019-2026 CCPIT Ningbo | Privacy policy", ["CCPIT Ningbo"]),
    ("Copyright 1995 - 2024. All rights reserved.", []),  # no holder
    ("Copyright © 2026. All rights reserved.", []),
])
def test_copyright_holder(text, holders):
    assert [text[a:b] for a, b in copyright_holders(text, ("Copyright", "©"))] == holders
