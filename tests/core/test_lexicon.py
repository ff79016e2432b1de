"""Leftmost-longest phrase matching with and without word boundaries."""

import pytest

import re

from extractor.lexicon import (WORD_CHARS, PhraseAutomaton, after_none_of, is_word_char,
                               literal_alternation, matches_before, occurrences)

PHRASES = [("China", "cn"), ("Chinese", "adj"), ("Ma", "ma"), ("Bank of China", "boc"), ("北京", "bj")]


@pytest.mark.parametrize(("text", "bounded", "expected"), [
    ("Bank of China and China.", True, [(0, 13), (18, 23)]),
    ("Chinese Manager Ma", True, [(0, 7), (16, 18)]),  # not `Ma` inside `Manager`
    ("IndoChina", True, []),
    ("IndoChina", False, [(4, 9)]),
    ("访问China和北京", True, [(2, 7), (8, 10)]),  # a Han character is a boundary for Latin
    ("China_x China1 (China)", True, [(16, 21)]),
])
def test_matches(text, bounded, expected):
    auto = PhraseAutomaton(PHRASES, word_boundaries=bounded)
    assert [(s, e) for s, e, _ in auto.matches(text)] == expected
    # the few-phrase path (str.find per phrase) and the automaton path agree
    assert occurrences(text, {p for p, _ in PHRASES}, bounded) == expected


@pytest.mark.parametrize("text", ["aaaa aa", "AB ABC ABCD-AB", "甲乙甲乙丙 甲", "ABCABC ABC",
                                  "x(AB)y -ABC z-AB (AB)"])  # phrases opening/closing on no word character
@pytest.mark.parametrize("bounded", [True, False])
def test_occurrences_agree_with_automaton(text, bounded):
    phrases = {"aa", "aaa", "AB", "ABC", "BC", "甲乙", "乙丙", "甲", "(AB)", "-AB"}
    auto = PhraseAutomaton(((p, p) for p in phrases), word_boundaries=bounded)
    assert occurrences(text, phrases, bounded) == [(s, e) for s, e, _ in auto.matches(text)]


def test_word_chars_is_is_word_char():
    assert all((chr(cp) in WORD_CHARS) == is_word_char(chr(cp)) for cp in range(0x3100))


def test_occurrences_are_every_overlapping_match():
    from extractor.lexicon import Occurrences

    occ = Occurrences([("会长", "t"), ("副会长", "t2"), ("长", "x")])
    assert sorted(occ.find("副会长王")) == [(0, 3, "t2"), (1, 3, "t"), (2, 3, "x")]
    assert Occurrences([]).find("anything") == [] and len(occ) == 3


@pytest.mark.parametrize(("phrase", "expected"), [("China", ["cn"]), ("Chin", None), ("北京", ["bj"])])
def test_lookup_is_exact(phrase, expected):
    assert PhraseAutomaton(PHRASES, word_boundaries=False).lookup(phrase) == expected


PLACES = ["Hong Kong", "Hong Kong SAR", "Hon", "Kong", "Macao", "Ma", "Nanjing", "Nan"]


@pytest.mark.parametrize("text", ["Hong Kong SAR", "Hong Kong SARS", "Hong Kongs", "Hon. Kong",
                                  "Macao's", "Mall", "Nanjing Road", "Nanji", ""])
@pytest.mark.parametrize("tail", ["", r"\b", r"(?: Road)?\b"])
def test_literal_alternation_matches_as_the_flat_alternation(text, tail):
    flat = re.compile("(?:%s)%s" % ("|".join(map(re.escape, sorted(PLACES, key=len, reverse=True))), tail))
    trie = re.compile("(?:%s)%s" % (literal_alternation(PLACES), tail))
    for at in range(len(text) + 1):
        a, b = flat.match(text, at), trie.match(text, at)
        assert (a and a.group()) == (b and b.group())
    assert [m.span() for m in flat.finditer(text)] == [m.span() for m in trie.finditer(text)]


CUES = ["partner with", "partner at", "partners at", "counsel at", "a.k.a.", "-based", "Co-Chair"]


@pytest.mark.parametrize("text", [
    "a partner at Ohara, a partner with Ikeda", "copartner at Ohara", "co-partner at X",
    "partners at partner at", "Xpartner at partner at", "\npartner at", "aka a.k.a. x-based -based",
    "Co-Chair, co-chair, ExCo-Chair", "",
])
@pytest.mark.parametrize("before", [r"[\w-]", r"\w"])
def test_after_none_of_matches_as_the_look_behind_alternation(text, before):
    plain = re.compile(r"(?<!%s)(?:%s) ?" % (before, "|".join(map(re.escape, CUES))))
    opened = re.compile(after_none_of(before, CUES) + " ?")
    for at in range(len(text) + 1):
        a, b = plain.match(text, at), opened.match(text, at)
        assert (a and a.span()) == (b and b.span())
    assert [m.span() for m in plain.finditer(text)] == [m.span() for m in opened.finditer(text)]
    assert re.compile(after_none_of(before, [])).search(text) is None


def test_literal_alternation_of_nothing_matches_nothing():
    assert re.compile(literal_alternation([])).search("anything") is None


FIRMS = re.compile(r"\b(?:firms|banks)\b[^.]{0,10}?\bsuch as ([A-Z]\w+(?:, [A-Z]\w+)*)")


@pytest.mark.parametrize("text", [
    "firms such as Acme, Bolt and banks such as Corda.",
    "banks and firms such as Acme",  # two nouns within reach of one opener: the first wins
    "firms, all of them, such as Acme",  # too far: no match
    "such as Acme firms such as Bolt, Corda",
    "subfirms such as Acme; Firms such as Bolt",  # a noun inside a word, a capital: none, none
    "",
])
@pytest.mark.parametrize("opens", [None, re.compile(r"(?=\b(?:firms|banks))")],
                         ids=["every", "opens"])
def test_matches_before_is_finditer(text, opens):
    anchors = (m.start() for m in re.finditer("such as", text))
    assert [m.span() for m in matches_before(FIRMS, text, anchors, 5 + 10 + 1, opens)] == \
        [m.span() for m in FIRMS.finditer(text)]
