"""pressner_page: what the name rules must and must not read on a scraped page's furniture lines."""

from __future__ import annotations

import pytest

from extractor import pipeline
from extractor.components.page import MenuGrammar


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
])
def test_furniture_reads_no_name(extractor, text, label, absent):
    assert absent not in ents(extractor.extract(text, lang="en", doc_date="2026-03-04"), label)


@pytest.mark.parametrize("text,label,present", [
    ("Home > News > Guangdong\nTarn firms sign deals\nThe deals were signed in Foshan.", "REGION", "Guangdong"),
    ("Tarn firms sign deals\n2026-03-04 | Chengdu\nThe deals were signed.", "DATE", "2026-03-04"),
    ("Nuno Ferraz (left) greets guests. (Photo/Porto Daily News)", "ORG", "Porto Daily News"),
    ("Xinhua reported that Nuno Ferraz visited Porto.", "ORG", "Xinhua"),  # no street after it
])
def test_furniture_keeps_names(extractor, text, label, present):
    assert present in ents(extractor.extract(text, lang="en", doc_date="2026-03-04"), label)
