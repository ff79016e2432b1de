"""Choosing the pipeline for a text by its script.

Press releases here are English or Chinese; the script decides reliably and costs one
pass. Han characters carry about three Latin letters' worth of text each, hence the
weighting. Only the Latin words of English grammar count, though: a Chinese sentence
that names foreign bodies and people in Latin letters (`Khalid Al Mansoori指出，Emirates
Logistics Group及…`) may hold more Latin letters than Han characters, but an English
sentence always has lowercase words (`the`, `said`, verbs) and such a sentence none, its
capitalised names joined at most by the small words of names (`Port of Rotterdam`).
"""

from __future__ import annotations

import re

HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
LATIN = re.compile(r"[A-Za-z]")
# a lowercase Latin word other than the small words inside names (`of`, `and`, `van`, `de`)
GRAMMAR_WORD = re.compile(r"(?<![A-Za-z'’.-])(?!(?:of|for|and|the|in|on|at|to|de|da|do|dos|du|des|"
                          r"la|le|van|von|der|den|y|al|el|bin)(?![a-z]))[a-z][a-z]+")


def decide(text: str) -> str | None:
    """`zh`, `en`, or None for a text with letters of neither script. Characters are
    counted only when both scripts occur: most texts have only one."""
    if HAN.search(text) is None:
        return "en" if LATIN.search(text) else None
    if LATIN.search(text) is None:
        return "zh"
    han = len(HAN.findall(text))
    if han * 3 >= len(LATIN.findall(text)) or GRAMMAR_WORD.search(text) is None:
        return "zh"
    return "en"

