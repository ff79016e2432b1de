"""Person-name normalisation: pinyin syllable splits, romanised parts, Han pinyin with
surname readings, and the surname/given split."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor.lexicon import read_tsv
from extractor.components.persons import SurnameRow, SyllableRow
from extractor.normalise.persons import (
    han_pinyin,
    is_pinyin_given,
    romanised_parts,
    split_han_name,
    split_syllables,
)

MODELS = Path(__file__).resolve().parents[2] / "models"
SYLLABLES = {r.syllable for r in read_tsv(MODELS / "shared" / "pinyin_syllables.tsv", SyllableRow)}
READINGS = {r.surname: r.pinyin for r in read_tsv(MODELS / "zh" / "surnames.tsv", SurnameRow)}


def test_syllable_inventory_size():
    assert 400 <= len(SYLLABLES) <= 430
    assert {"zhuang", "lv", "a", "er", "jia", "liang"} <= SYLLABLES


@pytest.mark.parametrize("word,expected", [
    ("jialiang", ["jia", "liang"]),
    ("chunming", ["chun", "ming"]),
    ("xian", ["xian"]),
    ("yuegang", ["yue", "gang"]),
    ("tianjin", ["tian", "jin"]),  # form alone cannot tell; the region lexicon does
    ("michelle", None),
    ("province", None),
    ("", None),
    ("jiajiajiajia", None),  # more than three syllables
])
def test_split_syllables(word, expected):
    assert split_syllables(word, SYLLABLES) == expected


@pytest.mark.parametrize("given,ok", [
    ("Jialiang", True), ("Jia-liang", True), ("YueGang", True), ("JIALIANG", True),
    ("Yan", True), ("Jia-xyz", False), ("Michelle", False), ("Smith", False),
])
def test_is_pinyin_given(given, ok):
    assert is_pinyin_given(given, SYLLABLES) is ok


@pytest.mark.parametrize("surname,given,expected", [
    ("Zhu", "Jia-liang", {"pinyin": "Zhu Jialiang", "surname": "Zhu", "given": "Jialiang"}),
    ("ZENG", "Yan", {"pinyin": "Zeng Yan", "surname": "Zeng", "given": "Yan"}),
    ("NI", "YueGang", {"pinyin": "Ni Yuegang", "surname": "Ni", "given": "Yuegang"}),
])
def test_romanised_parts(surname, given, expected):
    assert romanised_parts(surname, given) == expected


@pytest.mark.parametrize("name,surname,pinyin", [
    ("朱佳良", "朱", "Zhu Jialiang"),
    ("单雄信", "单", "Shan Xiongxin"),
    ("曾莹", "曾", "Zeng Ying"),
    ("区家麟", "区", "Ou Jialin"),
    ("仇和", "仇", "Qiu He"),
    ("解振华", "解", "Xie Zhenhua"),
    ("查良镛", "查", "Zha Liangyong"),
    ("朴槿惠", "朴", "Piao Jinhui"),
    ("尉迟恭", "尉迟", "Yuchi Gong"),
    ("欧阳明高", "欧阳", "Ouyang Minggao"),
])
def test_han_pinyin_uses_surname_readings(name, surname, pinyin):
    assert han_pinyin(name, surname, READINGS)["pinyin"] == pinyin


@pytest.mark.parametrize("name,expected", [
    ("欧阳明高", ("欧阳", "明高")),
    ("司马光", ("司马", "光")),
    ("王志雄", ("王", "志雄")),
    ("韦坚", ("韦", "坚")),
    ("杜苏里", ("杜", "苏里")),
    ("阿布纳尔", ("", "阿布纳尔")),
])
def test_split_han_name(name, expected):
    assert split_han_name(name, READINGS) == expected
