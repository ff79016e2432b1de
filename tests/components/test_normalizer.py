"""pressner_normalizer: 1:1 folding, offsets kept; word folding only in traditional text.
Texts are invented."""

from __future__ import annotations

import pytest

from extractor.candidates import ext


@pytest.mark.parametrize("text,folded", [
    ("衞生署發言人表示", "卫生署发言人表示"),
    ("ＡＢＣ１２３　公司", "ABC123 公司"),
    # a look-alike of the name dot between Han characters is the dot (汤姆．哈蒂); elsewhere it folds as before
    ("副部长汤姆．哈蒂致辞。", "副部长汤姆·哈蒂致辞。"),
    ("主席詹娜•奥康纳表示", "主席詹娜·奥康纳表示"),
    ("總理安娜‧科斯塔出席", "总理安娜·科斯塔出席"),
    ("版本１．２发布", "版本1.2发布"),
    # words the characters alone misfold, in traditional text
    ("請點此瞭解本會隱私政策。", "请点此了解本会隐私政策。"),
    ("該計畫藉由公私合作推動。", "该计划借由公私合作推动。"),
    # simplified text quoting a few traditional characters keeps its words: 沈默 is a name
    ("记者沈默报道,本届大会在臺北举行,来自各地的代表出席了会议。",
     "记者沈默报道,本届大会在台北举行,来自各地的代表出席了会议。"),
])
def test_folded_text(nlp_zh, text, folded):
    doc = nlp_zh(text)
    assert ext(doc, "norm_text") == folded
    assert doc.text == text


@pytest.mark.parametrize("text,org", [
    ("民眾可上網瞭解中央社的報導。", "中央社"),  # 了解 is a word, not the ORG's edge
])
def test_traditional_words_keep_org_edges(extractor, text, org):
    assert [e.text for e in extractor.extract(text, lang="zh").entities if e.label == "ORG"] == [org]
