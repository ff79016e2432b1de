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


WORD_CASES = [
    ("Vice Chairman Zhu Jialiang met guests.", ["Vice", "Chairman", "Zhu", "Jialiang", "met", "guests", "."]),
    ("the U.S. and e-commerce on 2021-04-23", ["the", "U.S", ".", "and", "e", "-", "commerce", "on", "2021-04-23"]),
    ("CCPIT's China-made", ["CCPIT", "'", "s", "China", "-", "made"]),
    ("Co.,Ltd. (CCPIT)", ["Co", ".", ",", "Ltd", ".", "(", "CCPIT", ")"]),
    ("a  b\n\nc \n", ["a", " ", "b", "\n\n", "c", "\n"]),
    ("don’t stop_here", ["don", "’", "t", "stop", "_", "here"]),
    ("访问了 Beijing。", ["访问了", "Beijing", "。"]),
    ("", []),
    ("   ", [" ", " "]),  # a space token, its trailing space, a space token
]


@pytest.mark.parametrize("text,words", WORD_CASES)
def test_word_tokenizer(nlp_en, text, words):
    doc = nlp_en.make_doc(text)
    assert [t.text for t in doc] == words
    assert doc.text == text  # the tokens and their trailing spaces give back the text


def test_word_tokenizer_is_the_english_default_and_round_trips(nlp_en, tmp_path):
    import spacy

    from extractor.tokenizers import WordTokenizer

    assert isinstance(nlp_en.tokenizer, WordTokenizer)
    nlp_en.tokenizer.to_disk(tmp_path / "tok")
    assert nlp_en.tokenizer.from_disk(tmp_path / "tok") is nlp_en.tokenizer
    again = spacy.blank("en", config={"nlp": {"tokenizer": {"@tokenizers": "pressner.WordTokenizer.v1"}}})
    assert [t.text for t in again.make_doc("Mr. Li, CCPIT")] == ["Mr", ".", "Li", ",", "CCPIT"]


@pytest.mark.parametrize("text,words", [
    # traditional text is cut where its simplified form is, in the written characters:
    # jieba alone glues 復合 and cuts 合肥 out of 復合肥
    ("海林市的復合肥企業", ["海林市", "的", "復合肥", "企業"]),
    ("這對發展中國家來說", ["這", "對", "發展中國家", "來說"]),
    # an ideographic space folds to a space and stays a token of its own
    ("局長　出席", ["局長", "\u3000", "出席"]),
    ("香港 特區", ["香港", " ", "特區"]),
    ("海林市的复合肥企业", ["海林市", "的", "复合肥", "企业"]),  # simplified: nothing folds
])
def test_chinese_tokens_follow_the_folded_text(nlp_zh, text, words):
    from extractor.candidates import ext

    doc = nlp_zh.make_doc(text)
    assert [t.text for t in doc] == words
    assert doc.text == text
    # the tokenizer's fold is the normalizer's reading, which then folds nothing again
    assert ext(doc, "norm_text") == nlp_zh.get_pipe("pressner_normalizer").normalise(text)


@pytest.mark.parametrize("words,spaces,text,out", [
    (["香港", "特区"], [True, False], "香港 特區", (["香港", "特區"], [True, False])),
    (["局长", "出席"], [True, False], "局長\u3000出席", (["局長", "\u3000", "出席"], [False, False, False])),
])
def test_written_keeps_the_cuts(words, spaces, text, out):
    from extractor.tokenizers import written

    assert written(words, spaces, text) == out


def test_written_tiling_words_are_the_same_slices():
    """Words that tile the fold (no trailing spaces) come back as the same cuts of the
    written text, as the word-by-word walk gives them."""
    import random

    from extractor.tokenizers import written

    rng = random.Random(3)
    for _ in range(500):
        text = "".join(rng.choice("說话國际 ，a") for _ in range(rng.randint(0, 15)))
        cuts = sorted({0, len(text), *rng.sample(range(len(text) + 1), rng.randint(0, len(text)))})
        words = [text[a:b] for a, b in zip(cuts, cuts[1:])]
        out, spaces = written(words, [False] * len(words), text)
        assert out == words and spaces == [False] * len(words)


def _one_regex_reading(text: str) -> tuple[list[str], list[bool]]:
    """The tokens as `WordTokenizer.TOKEN` reads them in one pass over the whole text."""
    from extractor.tokenizers import WordTokenizer

    pairs = WordTokenizer.TOKEN.findall(text)
    return [w for w, _ in pairs], [g == " " for _, g in pairs]


@pytest.mark.parametrize("alphabet,seed", [
    (["a", "Zq", "7", " ", " ", ".", "-", "_", "\n", "\t", ",", "é", "北", "'", "’"], 1),
    (["x", " ", "  ", "\u00a0", "\u2003", "²", "\u0301", "(", ")", "U.S.", "--"], 2),
])
def test_word_tokenizer_reads_the_pieces_as_one_regex_pass(alphabet, seed):
    """`words` (pieces between spaces, most taken whole) gives what `TOKEN` gives."""
    import random

    from extractor.tokenizers import WordTokenizer

    rng = random.Random(seed)
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 16)))
        assert WordTokenizer.words(text) == _one_regex_reading(text), repr(text)


@pytest.mark.parametrize("words,spaces", [
    (["Acme", "named", "Ana", "Roe", "CEO", "."], [True, True, True, True, False, False]),
    (["PERSON", "ORG", "NOUN", "IS_ALPHA", " ", "x"], [True, True, True, False, False, False]),
    (["新", "董事长", "在", "北京", "。"], [False] * 5),
    (["unseen-word-42", "\n\n", "é", "\U0001F389"], [False, False, True, False]),
    ([], []),
])
def test_orth_docs_are_the_docs_of_the_words(nlp_en, words, spaces):
    """Built from remembered string ids, or from the words inside a memory zone, the Doc
    is the one spaCy builds from the words: same lexemes, texts, offsets and spaces."""
    from spacy.tokens import Doc

    from extractor.tokenizers import OrthDocs

    make = OrthDocs(nlp_en.vocab)

    def read(doc):
        return [(t.orth, t.lex_id, t.text, t.idx, t.whitespace_) for t in doc], doc.text

    for _ in range(2):  # the memo empty, then filled
        assert read(make(words, spaces)) == read(Doc(nlp_en.vocab, words=words, spaces=spaces))
    with nlp_en.memory_zone():
        assert read(make(words, spaces)) == read(Doc(nlp_en.vocab, words=words, spaces=spaces))
