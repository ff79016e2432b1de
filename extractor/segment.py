"""Splitting a mixed English/Chinese document into single-language parts.

The language is decided per line (a paragraph, a heading, a sentence on its own line):
a line with letters of neither script joins its neighbour, and adjacent lines of the same
language form one part. Offsets stay those of the whole text. Brackets holding the other
script inside a line (`谭燕玉 (Vivienne Tam)`) stay in the line's part; see
extractor/bilingual.py for how they are linked. A line that holds a sentence of each
language (a bilingual page that runs both versions of a paragraph on, `…出席大会。Mr Cheng
thanked…`) is cut where one sentence ends and the other script's begins (`SWITCH`), so
that each version goes to its own pipeline.

A document whose language the caller declares is still split where it holds a real
paragraph of the other language (a bilingual page's other version, a site's notice in
English above a Chinese release): the declared pipeline would read that paragraph as its
own language. A date line, a file name or a short caption in the other script is no such
paragraph and stays in the declared part (`declared_parts`).
"""

from __future__ import annotations

import re

from .candidates import non_ascii
from .langdetect import decide

LINE = re.compile(r"[^\n]*\n?")
HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
# what makes a part of the other language a paragraph of its own: Han characters in a
# Chinese part, Latin words in an English one (about one sentence either way)
PARAGRAPH = {"zh": (HAN, 20), "en": (LATIN_WORD, 12)}
# the end of a Chinese sentence right before a capitalised English word, or of an English
# sentence before a Han character: where a line may change language
SWITCH = re.compile(r"(?<=[。！？])[ \t]*(?=[A-Z])|(?<=[.!?])[ \t]+(?=[\u3400-\u4dbf\u4e00-\u9fff])")


def pieces(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line, a line cut again where its script switches (`SWITCH`)."""
    out: list[tuple[int, int]] = []
    for m in LINE.finditer(text):
        if not m.group():
            break
        start = m.start()
        for cut in SWITCH.finditer(text, m.start(), m.end()):
            if cut.end() > start:
                out.append((start, cut.end()))
                start = cut.end()
        out.append((start, m.end()))
    return out


def line_lang(line: str) -> str | None:
    return decide(line)


def segments(text: str) -> list[tuple[int, int, str]]:
    """(start, end, lang) parts covering the whole text, in order."""
    lines = [(start, end, line_lang(text[start:end])) for start, end in pieces(text)]
    known = [lang for _, _, lang in lines if lang]
    if not known:
        return [(0, len(text), "en")]
    current = known[0]  # leading lines without letters join the first part
    parts: list[list] = []
    for start, end, lang in lines:
        current = lang or current
        if parts and parts[-1][2] == current:
            parts[-1][1] = end
        else:
            parts.append([start, end, current])
    return [(s, e, lang) for s, e, lang in parts]


def declared_parts(text: str, lang: str) -> list[tuple[int, int, str]]:
    """Parts of a text the caller declared to be `lang`: the other language's lines form a
    part of their own only where they make a paragraph (`PARAGRAPH`)."""
    other = "zh" if lang == "en" else "en"
    pattern, least = PARAGRAPH[other]
    # fewer matches in the whole text than a paragraph needs: no part of it has enough, so
    # every part would be given back to `lang` (Han in an English text: counted among its
    # few non-ASCII characters, one character a match)
    if len(pattern.findall(non_ascii(text) if lang == "en" else text)) < least:
        return [(0, len(text), lang)]  # too little of the other language for a paragraph
    parts = segments(text)
    out: list[list] = []
    for start, end, part_lang in parts:
        if part_lang != lang:
            pattern, least = PARAGRAPH[part_lang]
            if len(pattern.findall(text, start, end)) < least:
                part_lang = lang
        if out and out[-1][2] == part_lang:
            out[-1][1] = end
        else:
            out.append([start, end, part_lang])
    if len(out) == 1:
        return [(0, len(text), lang)]
    return [(s, e, part_lang) for s, e, part_lang in out]
