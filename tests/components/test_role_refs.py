"""components/role_refs.py: the definite descriptions and possessives found where they can
count give what the whole-text scans gave."""

import re
import sys

import pytest

from extractor.candidates import Ent
from extractor.components.role_refs import IGNORECASE_ONLY


@pytest.fixture(scope="module")
def refs(extractor):
    return extractor.nlp("en").get_pipe("pressner_roles").refs


def test_ignorecase_only_lists_every_such_character():
    """The non-ASCII characters that IGNORECASE matches to an ASCII letter, or that change
    length when lowercased: where one stands, `noun_hits` scans the text itself."""
    letter = re.compile("[a-z]", re.IGNORECASE)
    odd = {c for c in map(chr, range(0x80, sys.maxunicode + 1))
           if letter.fullmatch(c) or len(c.lower()) != 1}
    assert odd == set(IGNORECASE_ONLY.pattern[1:-1])


@pytest.mark.parametrize("text", [
    "The Company said the company and THE COMPANY's board met; bathe council, the\ncouncil.",
    "Acme (the Firm) and the firms; tHe Bank, the bankers; other Chamber, the chamber's.",
    "İstanbul: the council said the ſociety and the Kelvin K, the Council.",  # scanned whole
    "the association's the the association",
])
def test_noun_hits_as_the_whole_text_scan(refs, text):
    assert [m.span(1) for m in refs.noun_hits(text)] == [m.span(1) for m in refs.noun_re.finditer(text)]


@pytest.mark.parametrize("text,titles", [
    ("Acme said its CEO, its new Chair and Its acting President met; its plan.", ["CEO", "Chair", "President"]),
    ("its its CEO and bits CEO", ["CEO"]),
    ("No title follows its plan here.", []),
    ("Aaaaaaaaaits founding CEO", ["CEO"]),  # the window opens inside a word: no `\b` there
])
def test_possessives_before_titles_as_the_whole_text_scan(refs, text, titles):
    ents = [Ent("TITLE", t, m.start(), m.end()) for t in titles for m in re.finditer(re.escape(t), text)]
    starts = {e.start_char for e in ents}
    whole = [m.span() for m in refs.poss_re.finditer(text)
             if any(m.end() + k in starts for k in range(1, refs.poss_reach + 1))]
    assert [m.span() for m in refs.poss_before_titles(text, ents)] == whole


@pytest.mark.parametrize("name,words", [
    # a legal form that ends the name is cut whole, dotted ones too: `Acme a.s.` is `Acme`
    ("Orvell Steelworks a.s.", ["orvell", "steelworks"]),
    ("Tarn Motori S.p.A.", ["tarn", "motori"]),
    ("Orvell Shipping Co., Ltd.", ["orvell", "shipping"]),
    ("Kestrel Holdings B.V.", ["kestrel"]),
    # a legal-form word alone is no word of a name (it is dropped, not cut)
    ("Group", []),
])
def test_name_words_drop_legal_forms(refs, name, words):
    assert refs.word_list(name) == words
