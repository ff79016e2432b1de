"""Tokenizers whose work is linear in the text.

The English pipeline uses `WordTokenizer`, one regex pass. The two tokenizers we build on are quadratic on pathological input: jieba's HMM step builds
its paths by list concatenation, so a long run of characters it does not know
(`年年年…`) costs time quadratic in the run's length, and spaCy's English tokenizer
strips one suffix at a time from a long token without spaces (`。,、;…` × 1000). The
bounded versions here cut such runs into pieces of at most `max_run` characters before
tokenizing. Entity spans never depend on token boundaries (extractor/align.py), so a cut
inside such a run changes nothing else, and ordinary text takes the unchanged fast path.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from spacy.lang.zh import ChineseTokenizer
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import registry

from .candidates import set_ext
from .memo import WORDS, Memo

WHITESPACE = re.compile(r"\s")
# the characters jieba groups into one block (jieba.re_han_default)
JIEBA_BLOCK = r"[\u4E00-\u9FD5a-zA-Z0-9+#&\._%\-]"


def pieces(text: str, long_run: re.Pattern, max_run: int) -> Iterator[str]:
    """The text cut so that no run matched by `long_run` exceeds `max_run` characters."""
    pos = 0
    for m in long_run.finditer(text):
        if m.start() > pos:
            yield text[pos : m.start()]
        for i in range(m.start(), m.end(), max_run):
            yield text[i : min(i + max_run, m.end())]
        pos = m.end()
    if pos < len(text):
        yield text[pos:]


def words_and_spaces(words: list[str], text: str) -> tuple[list[str], list[bool]]:
    """spacy.util.get_words_and_spaces without its quadratic `text[pos:].index(word)`:
    the same tokens and spaces, found with `text.index(word, pos)`."""
    if not WHITESPACE.search(text) and "".join(words) == text:
        return words, [False] * len(words)  # the common case in Chinese: nothing to align
    out_words: list[str] = []
    out_spaces: list[bool] = []
    pos = 0
    for word in words:
        if word.isspace():
            continue
        start = text.index(word, pos)
        if start > pos:
            out_words.append(text[pos:start])
            out_spaces.append(False)
        out_words.append(word)
        out_spaces.append(False)
        pos = start + len(word)
        if pos < len(text) and text[pos] == " ":
            out_spaces[-1] = True
            pos += 1
    if pos < len(text):
        out_words.append(text[pos:])
        out_spaces.append(False)
    return out_words, out_spaces


class OrthDocs:
    """Docs built from the words' string ids (orths), remembered per word, where spaCy
    looks each word up by its string: for each, `Doc` then hashes it twice through the
    string store's Python protocol (`strings[word]`, then `in strings`), which cost more
    than half of building the Doc (0.054 -> 0.034 s a MB of English, the memo included).
    The ids are the string store's own (`strings.add`, as spaCy's lexeme lookup adds a
    new word), so the Doc is the same: same lexemes, texts and offsets. Inside a spaCy
    memory zone strings are transient (flushed when the zone ends) and the words go by
    string as before."""

    def __init__(self, vocab) -> None:
        self.vocab = vocab
        self.orths: Memo = Memo(WORDS)

    def __call__(self, words: list[str], spaces: list[bool]) -> Doc:
        vocab = self.vocab
        if vocab.in_memory_zone:
            return Doc(vocab, words=words, spaces=spaces)
        orths = self.orths
        got = list(map(orths.get, words))
        if None in got:
            add = vocab.strings.add
            for i, orth in enumerate(got):
                if orth is None:
                    got[i] = orths.put(words[i], add(words[i]))
        return Doc(vocab, words=got, spaces=spaces)


def quiet_jieba() -> Any:
    """jieba, its own logger raised to WARNING: it reports "Building prefix dict ..." at
    DEBUG through a stderr handler of its own, on every run. Only jieba's logger changes."""
    import jieba

    jieba.setLogLevel(logging.WARNING)
    return jieba


def written(words: list[str], spaces: list[bool], text: str) -> tuple[list[str], list[bool]]:
    """The same cuts in `text`, which a length-preserving fold of it was cut into. A
    trailing space of the fold that is written otherwise (an ideographic space) becomes
    a token of its own, so the Doc's text stays the written one."""
    if not any(spaces):  # jieba's words tile the fold: the same slices of the text
        out, pos = [], 0
        for word in words:
            end = pos + len(word)
            out.append(text[pos:end])
            pos = end
        return out, spaces
    out_words: list[str] = []
    out_spaces: list[bool] = []
    pos = 0
    for word, space in zip(words, spaces):
        out_words.append(text[pos : pos + len(word)])
        pos += len(word)
        out_spaces.append(space and text[pos] == " ")
        if space and text[pos] != " ":
            out_words.append(text[pos])
            out_spaces.append(False)
        pos += space
    return out_words, out_spaces


class BoundedChineseTokenizer(ChineseTokenizer):
    """jieba, bounded (above), cutting the text as the normalizer folds it: `fold`, set
    by `pressner_normalizer` where it loads (traditional to simplified, 1:1), else None.
    jieba knows simplified words, so traditional text is cut where its simplified form is
    and the tokens keep the written characters. The words are those of
    `jieba_route.JiebaSegmenter`: jieba's own, in half of jieba's time."""

    fold: Callable[[str], str] | None = None

    def __init__(self, vocab, segmenter: str = "jieba", max_run: int = 100) -> None:
        if segmenter == "jieba":
            quiet_jieba()
        super().__init__(vocab, segmenter=segmenter)
        from .jieba_route import JiebaSegmenter  # jieba's words, in less time

        self.jieba_fast = JiebaSegmenter()  # used whenever the segmenter is jieba
        self.doc = OrthDocs(vocab)
        self.max_run = max_run
        self.long_run = re.compile(f"(?<!{JIEBA_BLOCK}){JIEBA_BLOCK}{{{max_run + 1},}}")

    def __call__(self, text: str) -> Doc:
        if self.jieba_seg is None:
            return super().__call__(text)
        cut = self.jieba_fast.cut
        folded = self.fold(text) if self.fold is not None else text
        words = [w for piece in pieces(folded, self.long_run, self.max_run) for w in cut(piece)]
        if "".join(words) == folded:
            # jieba returns whitespace as tokens of its own, so its words tile the text:
            # spaCy's convention of a space as the previous token's trailing whitespace
            # would cost as much as building the Doc, and no component reads tokens
            spaces = [False] * len(words)
        else:
            words, spaces = words_and_spaces(words, folded)
        if folded != text:  # (a fold returns a new string even where nothing changed)
            words, spaces = written(words, spaces, text)
        doc = self.doc(words, spaces)
        if self.fold is not None:  # pressner_normalizer's reading: the text is folded once
            set_ext(doc, "norm_text", folded)
        return doc


class BoundedTokenizer(Tokenizer):
    """spaCy's rule tokenizer; a token longer than `max_run` is tokenized in pieces."""

    max_run = 100
    long_run = re.compile(r"(?<!\S)\S{101,}")  # anchored at run starts: one try per run

    def __call__(self, text: str) -> Doc:
        if self.long_run.search(text) is None:
            return super().__call__(text)
        words: list[str] = []
        spaces: list[bool] = []
        for piece in pieces(text, self.long_run, self.max_run):
            doc = super().__call__(piece)
            words += [t.text for t in doc]
            spaces += [bool(t.whitespace_) for t in doc]
        return Doc(self.vocab, words=words, spaces=spaces)


class WordTokenizer:
    """Words, numbers and single marks, cut by one regex pass.

    No component reads tokens: recognizers match on characters and the resolver splits
    tokens at entity boundaries (extractor/align.py). So the English pipeline does not
    need spaCy's rule tokenizer (prefix, suffix and infix searches per chunk, a table of
    exceptions), which cost three times this one and a quarter of the whole pipeline.
    A word is a run of letters or digits, kept whole across an inner `.` and a `-`
    before a digit (`U.S`, `2021-04-23`), so possessives and `China-made` come apart
    as entities need them to; any other non-space character is a token; one
    space after a token is its trailing whitespace and other whitespace is a token, as
    in spaCy. One pass with no backtracking: linear on any input. (`words` reads the
    same tokens off the text's pieces between spaces, faster.)
    """

    TOKEN = re.compile(r"([^\W_]+(?:\.[^\W_]+|-(?=\d)[^\W_]+)*|[^\w\s]|_|[^\S ]+| )( ?)")
    PIECE = re.compile(r"[^\W_]+(?:\.[^\W_]+|-(?=\d)[^\W_]+)*|[^\w\s]|_|[^\S ]+")  # TOKEN off spaces

    def __init__(self, vocab) -> None:
        self.vocab = vocab
        self.doc = OrthDocs(vocab)

    def __call__(self, text: str) -> Doc:
        return self.doc(*self.words(text))

    @classmethod
    def words(cls, text: str) -> tuple[list[str], list[bool]]:
        """`TOKEN`'s words and trailing spaces, read off the text split at its spaces.

        Between two pieces of `text.split(" ")` there is one space: the last word of a
        piece takes it; after an empty piece it is a space token, which takes the next
        space if another empty piece follows. A piece made of letters and digits alone
        is one word, and one with a single other character at either end is two (that
        character is a token of its own in `TOKEN`, whatever it is); only the rest is
        matched by the regex (`PIECE`). Most English words are such pieces, and the
        regex engine walking every character cost two thirds more (tests compare both
        readings on random texts)."""
        words: list[str] = []
        spaces: list[bool] = []
        add_word, add_space, find = words.append, spaces.append, cls.PIECE.findall
        pieces = text.split(" ")
        space_open = False  # the last token is a space token with no trailing space yet
        for piece in pieces[:-1]:
            if piece:
                if piece.isalnum():
                    add_word(piece)
                elif piece[:-1].isalnum():
                    add_word(piece[:-1])
                    add_space(False)
                    add_word(piece[-1])
                elif piece[1:].isalnum():
                    add_word(piece[0])
                    add_space(False)
                    add_word(piece[1:])
                else:
                    found = find(piece)
                    words += found
                    spaces += [False] * (len(found) - 1)
                add_space(True)
                space_open = False
            elif space_open:
                spaces[-1] = True
                space_open = False
            else:
                add_word(" ")
                add_space(False)
                space_open = True
        if pieces[-1]:  # nothing after it
            found = find(pieces[-1])
            words += found
            spaces += [False] * len(found)
        return words, spaces

    def pipe(self, texts, batch_size: int = 1000):
        for text in texts:
            yield self(text)

    # nothing to save: the tokenizer is its regex; spaCy's (de)serialisers call these
    def to_bytes(self, **kwargs) -> bytes:
        return b""

    def from_bytes(self, data: bytes, **kwargs) -> "WordTokenizer":
        return self

    def to_disk(self, path, **kwargs) -> None:
        Path(path).write_bytes(b"")

    def from_disk(self, path, **kwargs) -> "WordTokenizer":
        return self


@registry.tokenizers("pressner.WordTokenizer.v1")
def create_word_tokenizer() -> Callable[[Language], WordTokenizer]:
    return lambda nlp: WordTokenizer(nlp.vocab)


@registry.tokenizers("pressner.ChineseTokenizer.v1")
def create_chinese_tokenizer(segmenter: str = "jieba", max_run: int = 100) -> Callable[[Language], BoundedChineseTokenizer]:
    def make(nlp: Language) -> BoundedChineseTokenizer:
        return BoundedChineseTokenizer(nlp.vocab, segmenter=segmenter, max_run=max_run)

    return make


@registry.tokenizers("pressner.Tokenizer.v1")
def create_tokenizer() -> Callable[[Language], BoundedTokenizer]:
    """The language's default rule tokenizer (as spacy.Tokenizer.v1 builds it), bounded."""
    base_factory = registry.tokenizers.get("spacy.Tokenizer.v1")()

    def make(nlp: Language) -> BoundedTokenizer:
        base = base_factory(nlp)
        return BoundedTokenizer(
            nlp.vocab, rules=base.rules, prefix_search=base.prefix_search,
            suffix_search=base.suffix_search, infix_finditer=base.infix_finditer,
            token_match=base.token_match, url_match=base.url_match,
            faster_heuristics=base.faster_heuristics)

    return make
