"""The fuzz targets on their seed corpus and a few hostile inputs, without atheris, so the
harness stays working and every crash it found stays fixed (add the input to CASES)."""

from __future__ import annotations

import pytest

from .targets import TARGETS, seeds

CASES = [
    ("extract", b"\x02\xed\xa0\x80 lone surrogate bytes"),
    ("extract", b"\x01" + "（".encode() * 500),
    ("jsonl", b'{"text": "\\ud800", "lang": "en"}'),
    ("jsonl", b'{"text": "x", "doc_date": "2021-02-30"}'),
    ("jsonl", b"\xff\xfe\x00"),
    ("html", b"\x1f\x8b\x08\x00garbage"),
    ("html", b"<html><body><script>alert(1)</script></body></html>"),
    # a date and time with no year to anchor it: `XXXX-11-02T09:50` (session 2)
    ("extract", b"\x00View ZealandJ\n2022-11-0 9:50Q1:00\n\nFrom Nov. 2 9:50Q1: to nded,,, the meeting."),
    ("jsonl", b'{"text": "Talks began Nov.8 09:15:00 in Tianjin.", "lang": "en"}'),
]


@pytest.mark.parametrize("target", sorted(TARGETS))
def test_seeds(target):
    for data in seeds(target):
        TARGETS[target](data)


@pytest.mark.parametrize(("target", "data"), CASES)
def test_cases(target, data):
    TARGETS[target](data)
