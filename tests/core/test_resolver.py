import numpy
import pytest
import spacy

from extractor.candidates import Candidate
from extractor.components.resolver import (choose, currency_signs, iob_table, names_before_verbs, names_on_heads,
                                          places_only, spelled_runs, units_of_employers)
from extractor.pipeline import models_dir

# the Chinese pipeline's configured verbs (models/zh/config.cfg), which the cases below exercise
ZH_NAME_VERBS = tuple(spacy.util.load_config(models_dir() / "zh" / "config.cfg")
                      ["components"]["pressner_resolver"]["name_verbs"])


def c(s, e, label, prio=0):
    return Candidate(s, e, label, priority=prio)


@pytest.mark.parametrize(
    "cands,expected",
    [
        # the longer reading wins (ORG swallows the REGION inside it)
        ([c(0, 2, "REGION"), c(0, 6, "ORG")], [(0, 6, "ORG")]),
        # disjoint spans all survive, in text order
        ([c(5, 7, "TITLE"), c(0, 3, "ORG")], [(0, 3, "ORG"), (5, 7, "TITLE")]),
        # equal length: priority decides
        ([c(0, 3, "PERSON", 0), c(0, 3, "REGION", 1)], [(0, 3, "REGION")]),
        # partial overlap: the longer one, the other dropped
        ([c(0, 4, "ORG"), c(3, 5, "TITLE")], [(0, 4, "ORG")]),
        # out-of-range and empty candidates are ignored
        ([c(-1, 2, "ORG"), c(3, 3, "ORG"), c(8, 20, "ORG")], []),
    ],
)
def test_choose(cands, expected):
    got = [(x.start, x.end, x.label) for x in choose(cands, 10)]
    assert got == expected




@pytest.mark.parametrize(
    "text,cands,kept",
    [
        # an ORG that is only places joined by `and` or commas names no organisation
        ("Peru and Andean Community", [c(0, 25, "ORG"), c(0, 4, "REGION"), c(9, 25, "REGION")],
         [(0, 4, "REGION"), (9, 25, "REGION")]),
        ("Peru, Chile and Bolivia", [c(0, 23, "ORG"), c(0, 4, "REGION"), c(6, 11, "REGION"),
                                     c(16, 23, "REGION")],
         [(0, 4, "REGION"), (6, 11, "REGION"), (16, 23, "REGION")]),
        # a name with words of its own between the places stays
        ("Peru and Chile Trade Council", [c(0, 28, "ORG"), c(0, 4, "REGION"), c(9, 14, "REGION")],
         [(0, 28, "ORG"), (0, 4, "REGION"), (9, 14, "REGION")]),
        # one place is no list
        ("Andean Community", [c(0, 16, "ORG"), c(0, 16, "REGION")],
         [(0, 16, "ORG"), (0, 16, "REGION")]),
    ],
)
def test_places_only(text, cands, kept):
    assert [(x.start, x.end, x.label) for x in places_only(cands, text)] == kept


@pytest.mark.parametrize(
    "text,cands,kept",
    [
        # a country's code before a currency's sign names money
        ("US$5 million in the US", [c(0, 2, "REGION"), c(19, 21, "REGION")], [(19, 21, "REGION")]),
        ("HK$3 bn", [c(0, 2, "REGION")], []),
    ],
)
def test_currency_signs(text, cands, kept):
    assert [(x.start, x.end, x.label) for x in currency_signs(cands, text)] == kept


@pytest.mark.parametrize(
    "text,org,added",
    [
        # the bracketed short form spells the words before the candidate too: one longer name,
        # and the short form at its every mention
        ('named Tarn Oslo Grid Services ("TOGS"). TOGS will', "Grid Services",
         ["Tarn Oslo Grid Services", "TOGS", "TOGS"]),
        ("the Pell Harrow Marine Systems (PHMS) unit", "Marine Systems", ["Pell Harrow Marine Systems", "PHMS"]),
        # initials that do not match, or a short form the candidate spells alone: nothing added
        ('named Tarn Oslo Grid Services ("TGS")', "Grid Services", []),
        ("met Acme Grid Services (GS) staff", "Grid Services", []),
        # a lowercase word breaks the run
        ("the Pell of Harrow Systems (PHS)", "Harrow Systems", []),
    ],
)
def test_spelled_runs(text, org, added):
    a = text.index(org)
    got = spelled_runs([Candidate(a, a + len(org), "ORG")], text)[1:]
    assert [text[x.start:x.end] for x in got] == added and all(x.label == "ORG" for x in got)


@pytest.mark.parametrize(
    "text,title,complement,org,title_kept",
    [
        # a complement the head's row lists (a board's committee) stays in the title
        ("Chair of the Risk Committee", (0, 27), "the risk committee", (13, 27), (0, 27)),
        # a named organisation after `of` is split off
        ("Chief Executive of Halden Foods", (0, 31), "", (19, 31), (0, 15)),
    ],
)
def test_split_named_tails_keeps_listed_complements(text, title, complement, org, title_kept):
    from extractor.components.resolver import split_named_tails

    attrs = {"complement": complement} if complement else {}
    out = split_named_tails([Candidate(*title, "TITLE", text[title[0]:title[1]].lower(), "t", attrs),
                             Candidate(*org, "ORG")], text)
    assert [(x.start, x.end) for x in out if x.label == "TITLE"] == [title_kept]


# tokens of "Acme Corp. CEO Ann Roe" (starts, ends): each candidate's token range, or None
TOKENS = ([0, 5, 9, 11, 15, 19], [4, 9, 10, 14, 18, 22])


@pytest.mark.parametrize(("spans", "expected"), [
    ([(0, 10), (11, 14), (15, 22)], [(0, 3), (3, 4), (4, 6)]),
    ([(0, 4), (5, 8)], [(0, 1), None]),  # `Cor`: a cut inside a token
    ([(4, 9)], [None]),  # whitespace at the edge
    ([(19, 22), (19, 22)], [(5, 6), (5, 6)]),  # the same span twice
    ([(20, 22)], [None]),  # inside the last token
    ([(22, 23)], [None]),  # past the last token
    ([], []),
])
def test_token_ranges(spans, expected):
    from extractor.components.resolver import token_ranges

    assert token_ranges([c(s, e, "ORG") for s, e in spans], *TOKENS) == expected


def iob_one_by_one(n, firsts, sizes, labels):
    """The table as the resolver wrote it before: three item writes per entity."""
    iob = numpy.full((n, 2), 2, dtype="uint64")
    for a, size, label in zip(firsts, sizes, labels):
        iob[a, 0] = 3
        iob[a + 1 : a + size, 0] = 1
        iob[a : a + size, 1] = label
    return iob


@pytest.mark.parametrize(("n", "firsts", "sizes", "labels"), [
    (4, [], [], []),
    (5, [1], [3], [2**64 - 5]),  # a label id is a 64-bit hash
    (6, [0, 1, 4], [1, 3, 2], [7, 8, 7]),  # adjacent entities, one at each end
])
def test_iob_table_equals_writes_per_entity(n, firsts, sizes, labels):
    assert (iob_table(n, firsts, sizes, labels) == iob_one_by_one(n, firsts, sizes, labels)).all()


def zc(s, e, label, source):
    return Candidate(s, e, label, source=source)


@pytest.mark.parametrize(
    "text,cands,kept",
    [
        # a rule ORG that starts at a read name followed by a verb taking a body: dropped
        ("韩雪梅代表理事会作报告。", [zc(0, 8, "ORG", "zh.org.suffix.理事会"),
                                   zc(0, 3, "PERSON", "zh.person.context")], [(0, 3, "PERSON")]),
        # ... and one that starts inside the name (`建华为` read across the noun 华为)
        ("郑建华为协会颁证。", [zc(1, 6, "ORG", "zh.org.suffix.协会"), zc(2, 4, "ORG", "lexicon"),
                             zc(0, 3, "PERSON", "zh.person.context")],
         [(2, 4, "ORG"), (0, 3, "PERSON")]),
        # no verb after the name: the ORG stays (the longer reading decides later)
        ("王兵器工业集团", [zc(0, 7, "ORG", "zh.org.suffix.集团"), zc(0, 2, "PERSON", "zh.person.loose")],
         [(0, 7, "ORG"), (0, 2, "PERSON")]),
        # a named body after the verb, read apart from the name, stays
        ("韩雪梅代表宏达科技有限公司致辞", [zc(5, 13, "ORG", "zh.org.suffix.有限公司"),
                                      zc(0, 3, "PERSON", "zh.person.context")],
         [(5, 13, "ORG"), (0, 3, "PERSON")]),
        # a learned or lexicon ORG is not the walk's: left to the resolver's lengths
        ("韩雪梅代表理事会", [zc(0, 8, "ORG", "lexicon"), zc(0, 3, "PERSON", "zh.person.context")],
         [(0, 8, "ORG"), (0, 3, "PERSON")]),
    ],
)
def test_names_before_verbs(text, cands, kept):
    assert [(x.start, x.end, x.label) for x in names_before_verbs(cands, text, ZH_NAME_VERBS)] == kept


def test_names_before_verbs_without_verbs_keeps_all():
    """English configures no verbs: nothing is dropped."""
    cands = [zc(0, 8, "ORG", "zh.org.suffix.理事会"), zc(0, 3, "PERSON", "zh.person.context")]
    assert names_before_verbs(cands, "韩雪梅代表理事会作报告。", ()) == cands


@pytest.mark.parametrize(
    "text,title,unit,employer,added",
    [
        # a name between a post's `of` and the employer after `at` is the unit the post runs
        ("Ada Roe, Head of Grid Systems at Kolbe AG, said", "Head", "Grid Systems", "Kolbe AG",
         ["Head of Grid Systems"]),
        ("Ada Roe, Director of Tarn Energy at the Kolbe Group", "Director", "Tarn Energy", "Kolbe Group",
         ["Director of Tarn Energy"]),
        # no employer after `at`, or no `of` between: nothing added
        ("Ada Roe, Head of Grid Systems at the time", "Head", "Grid Systems", None, []),
        ("Ada Roe, Head, Grid Systems, at Kolbe AG", "Head", "Grid Systems", "Kolbe AG", ["Head, Grid Systems"]),
        ("Ada Roe, Head; Grid Systems at Kolbe AG", "Head", "Grid Systems", "Kolbe AG", []),
    ],
)
def test_units_of_employers(text, title, unit, employer, added):
    cands = [Candidate(text.index(title), text.index(title) + len(title), "TITLE", title.lower()),
             Candidate(text.index(unit), text.index(unit) + len(unit), "ORG")]
    if employer:
        cands.append(Candidate(text.index(employer), text.index(employer) + len(employer), "ORG"))
    got = units_of_employers(cands, text)[len(cands):]
    assert [text[x.start:x.end] for x in got] == added and all(x.label == "TITLE" for x in got)
    assert all(x.value == text[x.start:x.end].lower() for x in got)


def zp(s, e, surname):
    return Candidate(s, e, "PERSON", source="zh.person.context", attrs={"surname": surname})


@pytest.mark.parametrize(
    "text,cands,kept",
    [
        # a name of a two-character family name ending in a one-character head (隆司): no body,
        # whether the walk started at the name or at the title before it
        ("今井健司表示", [zc(0, 4, "ORG", "zh.org.suffix.司"), zp(0, 4, "今井")], [(0, 4, "PERSON")]),
        ("委员长今井健司率团", [zc(0, 7, "ORG", "zh.org.suffix.司"), zc(0, 3, "TITLE", "han.title.chair"),
                           zp(3, 7, "今井")], [(0, 3, "TITLE"), (3, 7, "PERSON")]),
        # a one-character surname's reading, or a body that starts before the name, stays
        ("高教司司长", [zc(0, 3, "ORG", "zh.org.suffix.司"), zp(0, 3, "高")],
         [(0, 3, "ORG"), (0, 3, "PERSON")]),
        ("外务省今井健司", [zc(0, 7, "ORG", "zh.org.suffix.司"), zp(3, 7, "今井")],
         [(0, 7, "ORG"), (3, 7, "PERSON")]),
        # a head of two characters or more is the walk's to keep
        ("今井研究所", [zc(0, 5, "ORG", "zh.org.suffix.研究所"), zp(0, 5, "今井")],
         [(0, 5, "ORG"), (0, 5, "PERSON")]),
    ],
)
def test_names_on_heads(text, cands, kept):
    assert [(x.start, x.end, x.label) for x in names_on_heads(cands, text)] == kept
