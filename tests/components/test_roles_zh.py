"""Chinese role linking beyond adjacency (extractor/components/roles.py): an association's
titles take the body the sentence is about, names listed after one title share it, a
title holding its department inherits no list org. Texts are invented."""

from __future__ import annotations

import pytest


def roles(nlp, text: str) -> set[tuple[str, str, str | None]]:
    return {(r["person"], r["title"], r["org"]) for r in nlp(text)._.roles}


@pytest.mark.parametrize("text,expected", [
    ("会后,星河商会出席者有名誉会长王大明,常务会董李小红、陈文华。",
     {("王大明", "名誉会长", "星河商会"), ("李小红", "常务会董", "星河商会"),
      ("陈文华", "常务会董", "星河商会")}),
    # the body before a title is that title's, not the sentence's topic
    ("北湖商会主任张文华和王大明会长座谈。",
     {("张文华", "主任", "北湖商会"), ("王大明", "会长", None)}),
    # a fused title inherits no org from the list it stands in
    ("行政院副院长吴文华、经济部长王美丽出席。",
     {("吴文华", "副院长", "行政院"), ("王美丽", "经济部长", None)}),
])
def test_zh_roles(nlp_zh, text, expected):
    assert roles(nlp_zh, text) == expected
