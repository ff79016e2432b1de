"""Splitting a mixed English/Chinese document into single-language parts.

The language is decided per line (a paragraph, a heading, a sentence on its own line):
a line with letters of neither script joins its neighbour, and adjacent lines of the same
language form one part. Offsets stay those of the whole text. Brackets holding the other
script inside a line (`谭燕玉 (Vivienne Tam)`) stay in the line's part; see
extractor/bilingual.py for how they are linked.
"""

from __future__ import annotations

import re

from .langdetect import decide

LINE = re.compile(r"[^\n]*\n?")


def line_lang(line: str) -> str | None:
    return decide(line)


def segments(text: str) -> list[tuple[int, int, str]]:
    """(start, end, lang) parts covering the whole text, in order."""
    lines: list[tuple[int, int, str | None]] = []
    pos = 0
    for m in LINE.finditer(text):
        if not m.group():
            break
        lines.append((pos, pos + len(m.group()), line_lang(m.group())))
        pos += len(m.group())
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
