import pytest
import spacy

from extractor.align import split_at


@pytest.mark.parametrize(
    "lang,text,cuts,expected",
    [
        ("en", "Ninghai&Fenghua visited", [7, 8], ["Ninghai", "&", "Fenghua", "visited"]),
        ("en", "no cuts here", [], ["no", "cuts", "here"]),
        ("en", "abc def", [0, 3, 4, 7], ["abc", "def"]),  # cuts on existing boundaries
        ("en", "abcdef", [1, 2, 3], ["a", "b", "c", "def"]),
    ],
)
def test_split_at(lang, text, cuts, expected):
    doc = spacy.blank(lang)(text)
    split_at(doc, cuts)
    assert [t.text for t in doc] == expected
    assert doc.text == text


def test_split_keeps_whitespace():
    doc = spacy.blank("en")("abcdef ghi")
    split_at(doc, [3])
    assert doc.text == "abcdef ghi"
    assert [t.text_with_ws for t in doc] == ["abc", "def ", "ghi"]
