"""Pronoun references for roles: which `He`/`She` gets a PersonRef, and to whom."""

import pytest

from extractor.candidates import Ent
from extractor.components.role_pronouns import PersonRef, person_of, pronoun_refs


def ents_of(text: str, spans: list[tuple[str, str]]) -> list[Ent]:
    out, pos = [], 0
    for label, s in spans:
        i = text.index(s, pos)
        out.append(Ent(label, s, i, i + len(s)))
        pos = i + 1
    return out


def classify(gap: str) -> str | None:
    return "ALSO" if gap.strip() in ("is", "was previously", "is currently") else None


@pytest.mark.parametrize("text,spans,expected", [
    # the nearest name before, for a sentence-opening pronoun whose gap gives a post
    ("Ana Ruiz joins. She is currently CFO.", [("PERSON", "Ana Ruiz"), ("TITLE", "CFO")],
     ["Ana Ruiz"]),
    # an honorific tells the sex: `He` skips `Ms Ana Ruiz`
    ("Mr Tom Hale met Ms Ana Ruiz. He was previously CFO.",
     [("PERSON", "Tom Hale"), ("PERSON", "Ana Ruiz"), ("TITLE", "CFO")], ["Tom Hale"]),
    # the predecessor a succession names is not the pronoun's person
    ("Ana Ruiz succeeds Tom Hale. She is CFO.",
     [("PERSON", "Ana Ruiz"), ("PERSON", "Tom Hale"), ("TITLE", "CFO")], ["Ana Ruiz"]),
    # a lowercase pronoun after a sentence's opening time adverbial is its subject
    ("Ana Ruiz joins. Previously, she was previously CFO. From 2015 to 2019, she is CFO.",
     [("PERSON", "Ana Ruiz"), ("TITLE", "CFO"), ("TITLE", "CFO")], ["Ana Ruiz", "Ana Ruiz"]),
    # the comma may stand two spaces or a tab before it; a word that only holds the
    # letters (`Shell`, `Hector`, `ashe`) is no pronoun
    ("Ana Ruiz joins. Since 2020,\tshe is CFO. Shell is CFO. Hector is CFO. Since then, ashe is CFO.",
     [("PERSON", "Ana Ruiz"), ("TITLE", "CFO"), ("TITLE", "CFO"), ("TITLE", "CFO"), ("TITLE", "CFO")],
     ["Ana Ruiz"]),
    # the adverbial may open the sentence with no comma (session 16: `Before that she ...`)
    ("Ana Ruiz joins. Before that she is CFO. Previously he was previously CFO. The firm said that she is CFO.",
     [("PERSON", "Ana Ruiz"), ("TITLE", "CFO"), ("TITLE", "CFO"), ("TITLE", "CFO")], ["Ana Ruiz", "Ana Ruiz"]),
    # no ref inside a sentence, after an opening quote, or where the gap gives no post
    ("Ana Ruiz said that She is CFO. \"She is CFO.\" She thanked the CFO.",
     [("PERSON", "Ana Ruiz"), ("TITLE", "CFO"), ("TITLE", "CFO"), ("TITLE", "CFO")], []),
])
def test_pronoun_refs(text, spans, expected):
    refs = pronoun_refs(text, ents_of(text, spans), classify)
    assert all(isinstance(r, PersonRef) and text[r.start_char:r.end_char] in ("He", "She", "he", "she")
               for r in refs)
    assert [person_of(r).text for r in refs] == expected
