"""The fast extension accessors must read and write what `doc._` does."""

import pytest

import re

from extractor.candidates import Candidate, ext, flat, non_ascii, set_ext


@pytest.mark.parametrize("name", ["raw_text", "norm_text", "doc_date", "roles", "candidates"])
def test_ext_agrees_with_underscore(nlp_en, name):
    doc = nlp_en.make_doc("Vice Chairman Zhu Jialiang spoke.")
    assert ext(doc, name) == getattr(doc._, name)  # both the default before any write
    setattr(doc._, name, ["written", "by", "underscore"])
    assert ext(doc, name) == ["written", "by", "underscore"]
    set_ext(doc, name, "written by set_ext")
    assert getattr(doc._, name) == "written by set_ext"


@pytest.mark.parametrize("text,runs", [
    ("No Han here.", []),
    ("Acme (艾克米) met 卡洛斯·门德斯 in 上海.", [(6, 9), (15, 22), (26, 28)]),
])
def test_han_runs(nlp_en, text, runs):
    from extractor.candidates import han_runs

    doc = nlp_en.make_doc(text)
    assert han_runs(doc, text) == runs
    assert han_runs(doc, text) is han_runs(doc, text)  # found once per doc


@pytest.mark.parametrize("text", [
    "", "plain ASCII, no more", "Acme’s “new” plant — 2024", "Zürich · Genève", "中文 and 英文",
    "lone \ud800 surrogate", "emoji \U0001F389 and e\u0301", "\x7f\x80\xff",
])
def test_non_ascii_is_the_regex_reading(text):
    assert non_ascii(text) == "".join(re.findall(r"[^\x00-\x7f]+", text))


def test_lower_text_taken_once_per_text(nlp_en):
    from extractor.candidates import lower_text

    doc = nlp_en.make_doc("Acme CEO")
    text = "Acme CEO"
    assert lower_text(doc, text) == "acme ceo"
    assert lower_text(doc, text) is lower_text(doc, text)
    assert lower_text(doc, "Other") == "other"  # another text: lowercased anew


def longest_first(c):
    return (-c.length, -c.priority, c.start)


@pytest.mark.parametrize(("spans", "length", "kept"), [
    ([(0, 5), (3, 6), (6, 8)], 10, [(0, 5), (6, 8)]),  # an overlap loses to the longer one
    ([(2, 4), (0, 9)], 9, [(0, 9)]),  # one inside a longer one
    ([(0, 3), (3, 6)], 6, [(0, 3), (3, 6)]),  # touching is no overlap
    ([(4, 4), (-1, 2), (5, 12), (1, 3)], 10, [(1, 3)]),  # empty, outside the text
])
def test_flat_keeps_the_longest_disjoint(spans, length, kept):
    got = flat([Candidate(a, b, "ORG") for a, b in spans], length, key=longest_first)
    assert [(c.start, c.end) for c in got] == kept


WORD_SETS = {"heads": ["chair", "chairman", "vice chair", "ceo", "minister"],
             "context": ["chairman", "said", "dr", "mr.", "minister"],
             "cues": ["advised by", " + ", ", where ", "consultancy"],
             "none": []}


@pytest.mark.parametrize("text", [
    "", "No words of theirs here.",
    "Vice Chairman Jane Roe said the CEO, advised by Hale + Lind, met Dr. Ito.",
    "The chairmanship: Mr. Roe, where the consultancy Vale said; minister-minister.",
])
def test_word_scan_gives_each_set_its_own_occurrences(nlp_en, text):
    """One pass for several word sets reports to each what its own automaton would:
    every occurrence, overlapping ones included, at the set's own word indexes."""
    import ahocorasick_rs
    from extractor.candidates import WordScan

    scan = WordScan()
    for key, words in WORD_SETS.items():
        scan.register(key, words)
    doc = nlp_en.make_doc(text)
    hits = scan.occurrences(doc, text)
    assert scan.occurrences(doc, text) is hits  # found once per doc
    for key, words in WORD_SETS.items():
        own = ahocorasick_rs.AhoCorasick(words).find_matches_as_indexes(
            text.lower(), overlapping=True) if words else []
        table = scan.table(key)
        assert sorted((table[i], s, e) for i, s, e in hits if table[i] >= 0) == sorted(own)


def test_word_scan_leaves_a_length_changing_lowering_to_its_readers(nlp_en):
    from extractor.candidates import WordScan

    scan = WordScan()
    scan.register("heads", WORD_SETS["heads"])
    text = "İzmir's chairman"  # `İ` lowers to two characters
    assert scan.occurrences(nlp_en.make_doc(text), text) is None
