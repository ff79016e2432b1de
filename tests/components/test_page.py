"""pressner_page: what the name rules must and must not read on a scraped page's furniture lines."""

from __future__ import annotations

import pytest

from extractor import pipeline
from extractor.candidates import Candidate
from extractor.components.page import MenuGrammar, slashed
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
    ("The fair closed.\n\n相关新闻 Related News\n· Porto hosts wine week", "ORG", "Related News"),  # bilingual
    # a share bar's label after other buttons on its line
    ("Tarn fair opens\n[A] [A] [A]   Share to: WeChat | Weibo | LinkedIn\nThe fair opened.", "ORG", "WeChat"),
    ("Tarn fair opens\n[Print] [Close]    Share to: WeChat | Weibo | LinkedIn\nThe fair opened.", "ORG", "LinkedIn"),
    # a relative day in a link's label, on a line of its own
    ("The fair closed.\n\nNNNN\n\nToday's Press Releases\nRelated: Porto Trade Office", "DATE", "Today"),
    # a contact field's label: no name, no part of one
    ("Media enquiries\nTarn Trade Council:\nNuno Ferraz  Tel: (852) 2584 0000", "PERSON", "Nuno Ferraz  Tel"),
    ("For further information: Bureau of Public Relations, Ministry of Industry, Tel. 0 2202 3010", "ORG", "Tel"),
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
    ("The Premier spoke today.\n\nShare of exports: 40 per cent | Porto", "REGION", "Porto"),  # no bar's label
    # the site's name heading the page, written as a brand
    ("Skip to main content\nGovHK | Traditional Chinese | Text Size | Print\nPress Releases\n\nTarn fair opens",
     "ORG", "GovHK"),
    ("TARNWELL ELECTRIC\nProducts | Solutions | Company | Newsroom\n\nTarnwell opens a plant in Porto", "ORG",
     "TARNWELL ELECTRIC"),
    ("PORTONEWS.com.pt\nHOME | WORLD | BUSINESS\n\nTarnwell opens a plant in Porto", "ORG", "PORTONEWS"),
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


@pytest.mark.parametrize("text,label,absent", [
    ("中华人民共和国驻塔恩共和国大使馆\n首页 | 使馆信息 | 大使致辞 | 使馆新闻\n\n大使王立新会见塔恩外长。", "TITLE", "大使致辞"),
    ("塔恩商会\n首頁 > 新聞\n\n塔恩商會今日舉行年會。\n\n今日新聞 | 返回頁首", "DATE", "今日新聞"),
    ("塔恩商会与港口协会签署合作备忘录。\n\n相关新闻 Related News\n· 塔恩商会组团参展", "ORG", "Related News"),
])
def test_zh_menu_reads_no_title_or_day(extractor, text, label, absent):
    res = extractor.extract(text, lang="zh", doc_date="2026-03-04")
    spans = [(e.start, e.end) for e in res.entities if e.label == label]
    i = text.index(absent)
    assert not any(i <= a < i + len(absent) for a, b in spans)


@pytest.mark.parametrize("text,label,present", [
    ("芜湖市人民政府\u3000政务公开\u3000|\u3000互动交流\u3000|\u3000走进芜湖\n\n我市举行推介会。", "REGION", "芜湖"),
    ("中华人民共和国驻塔恩共和国大使馆\n首页 | 使馆信息 | 大使致辞\n\n大使王立新会见塔恩外长。", "TITLE", "大使"),
])
def test_zh_menu_keeps_names(extractor, text, label, present):
    assert present in ents(extractor.extract(text, lang="zh", doc_date="2026-03-04"), label)


@pytest.mark.parametrize("text,names", [
    ("***\n\nAnand Kulkarni/Meera Joshi\n", ["Anand Kulkarni", "Meera Joshi"]),  # two bylines
    ("by Ana Lobo / Rui M. Costa-Pinto.", ["Ana Lobo", "Rui M. Costa-Pinto"]),
    ("Photo: Ana Lobo/for Porto Daily", []),  # a credit's note is no name: the span stays as read
    ("Anand/Meera", []),  # no full names
])
def test_slash_joined_names(text, names):
    a = next(i for i, ch in enumerate(text) if ch.isupper() and text[i:i + 3] not in ("Pho",))
    b = len(text.rstrip(".\n"))
    c = Candidate(a, b, "PERSON", None, "learned.test", {}, 0, 1)
    assert [text[p.start:p.end] for p in slashed(text, c)] == names
