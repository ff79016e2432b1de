"""extractor.normalise.pinyin reads pypinyin's character table without importing pypinyin
(whose import needs PYPINYIN_NO_PHRASES in the environment to skip 45 MB of phrases): its
readings must be pypinyin's own, character by character."""

import json
import os
import subprocess
import sys

import pytest

from extractor.normalise.pinyin import lazy_pinyin, plain, table
from tests.conftest import ROOT

REFERENCE = r"""
import json, sys
from pypinyin import lazy_pinyin
chars = json.load(sys.stdin)
print(json.dumps(["".join(lazy_pinyin(c)) for c in chars], ensure_ascii=False))
"""


def test_every_character_reads_as_pypinyin_reads_it():
    t = table()
    chars = sorted(t)
    env = dict(os.environ, PYPINYIN_NO_PHRASES="1")
    out = subprocess.run([sys.executable, "-c", REFERENCE], input=json.dumps(chars), env=env,
                         cwd=ROOT, text=True, capture_output=True, check=True, timeout=300)
    ref = json.loads(out.stdout)
    assert len(chars) > 40_000
    assert [c for c, r in zip(chars, ref) if t[c] != r] == []


@pytest.mark.parametrize(("reading", "plain_"), [
    ("zhōng", "zhong"), ("lǚ", "lv"), ("nüè", "nve"), ("lǘ", "lv"), ("ń", "n"), ("ê̄", "ê"),
])
def test_plain(reading, plain_):
    assert plain(reading) == plain_


@pytest.mark.parametrize(("text", "readings"), [
    ("王小明", ["wang", "xiao", "ming"]), ("吕", ["lv"]), ("A·李", ["A", "·", "li"]),
])
def test_lazy_pinyin(text, readings):
    assert lazy_pinyin(text) == readings
