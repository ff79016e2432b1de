import pytest
from spacy.util import get_words_and_spaces

from extractor.tokenizers import words_and_spaces


@pytest.mark.parametrize(
    "words,text",
    [
        (["北京", "市", " ", "贸促会"], "北京市 贸促会"),
        (["a", "  ", "b", "\n", "c"], "a  b\nc"),
        (["x", " ", " ", "y"], "x  y "),
        ([" ", "lead"], " lead"),
        ([], "   "),
    ],
)
def test_words_and_spaces_matches_spacy(words, text):
    assert words_and_spaces(words, text) == get_words_and_spaces(words, text)


@pytest.mark.parametrize("lang,text", [
    ("zh", "年" * 5000), ("zh", "4月" * 5000), ("en", "。,、;:“”《》" * 500), ("en", "x" * 20000),
    ("en", "Beijing, Tianjin and Hebei. " * 200), ("zh", "北京市贸促会副会长朱佳良。" * 200),
])
def test_tokens_cover_the_text(nlp_en, nlp_zh, lang, text):
    doc = {"en": nlp_en, "zh": nlp_zh}[lang].make_doc(text)
    assert doc.text == text
