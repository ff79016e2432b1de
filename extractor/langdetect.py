"""Choosing the pipeline for a text by its script.

Press releases here are English or Chinese; the script decides reliably and costs one
pass. Han characters carry about three Latin letters' worth of text each, hence the
weighting.
"""

from __future__ import annotations

import re

HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
LATIN = re.compile(r"[A-Za-z]")


def decide(text: str) -> str | None:
    """`zh`, `en`, or None for a text with letters of neither script. Characters are
    counted only when both scripts occur: most texts have only one."""
    if HAN.search(text) is None:
        return "en" if LATIN.search(text) else None
    if LATIN.search(text) is None:
        return "zh"
    han = len(HAN.findall(text))
    return "zh" if han * 3 >= len(LATIN.findall(text)) else "en"

