"""Townships and villages named after the division that holds them (region_local)."""

from __future__ import annotations

import jieba
import pytest

from extractor.components.region_local import local_divisions, plain_name


def starts_of(text: str) -> list[int]:
    out, at = [], 0
    for word in jieba.cut(text, HMM=False):
        out.append(at)
        at += len(word)
    return out


@pytest.mark.parametrize("text,after,expected", [
    # county, township, village; the village again later
    ("记者走进安吉县溪岚乡枫石村。枫石村村民说", "安吉县", ["溪岚乡", "枫石村", "枫石村"]),
    ("朝阳区劲松街道办事处", "朝阳区", ["劲松街道"]),
    # a determiner or a common word names a kind, not a township or village
    ("安吉县各乡镇推进新农村建设", "安吉县", []),
    ("安吉县城乡居民", "安吉县", []),
    # an enumeration after a township goes on with its siblings, of the same kind
    ("协助屏东县枋寮乡、林边乡及东港镇的农会", "屏东县", ["枋寮乡", "林边乡", "东港镇"]),
    ("安吉县溪岚乡、枫石村", "安吉县", ["溪岚乡"]),
    # a post after the division (a verb in the dictionary) opens no village: the governor and
    # a Japanese name ending in 村
    ("拜会某某县知事木村浩", "某某县", []),
])
def test_local_divisions(text, after, expected):
    end = text.index(after) + len(after)
    found = local_divisions(text, [end], starts_of(text))
    assert sorted(text[a:b] for a, b in found) == sorted(expected)


@pytest.mark.parametrize("name,whole,plain", [
    ("溪岚", "溪岚乡", True),
    ("新农", "新农村", True),  # jieba has neither word: left to the segmenter's edges
    ("结对", "结对村", False),
    ("自由贸易试验", "自由贸易试验区", False),
])
def test_plain_name(name, whole, plain):
    assert plain_name(name, whole, 20) is plain
