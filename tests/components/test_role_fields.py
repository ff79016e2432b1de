"""The reader of lines that pair a post with names (extractor/components/role_fields.py), both
languages, with the rows of models/{en,zh}/role_gaps.tsv as the role linker loads them: where a
post labels its line, the line that introduces a list of such lines, an outline's name field, a
listed name's bracketed note; and the triples those lines give. Texts are invented."""

from __future__ import annotations

import re

import pytest

from extractor import pipeline
from extractor.candidates import Ent
from extractor.components.role_fields import NEVER, ROWS, FieldLines
from extractor.components.roles import RoleLinker
from tests.conftest import data_without_rows

MARK = re.compile(r"\{(PERSON|TITLE|ORG|REGION):([^{}]+)\}")


def marked(source: str) -> tuple[str, list[Ent]]:
    """The text with its `{LABEL:words}` marks taken out, and the entities they mark."""
    text, ents, at = [], [], 0
    for m in MARK.finditer(source):
        text.append(source[at:m.start()])
        start = sum(map(len, text))
        ents.append(Ent(m.group(1), m.group(2), start, start + len(m.group(2))))
        text.append(m.group(2))
        at = m.end()
    text.append(source[at:])
    return "".join(text), ents


def fields_of(lang: str, path=None) -> FieldLines:
    pipe = RoleLinker(None, "roles_under_test")
    pipe.load({"gaps": path or pipeline.models_dir() / f"{lang}/role_gaps.tsv",
               "place_titles": pipeline.models_dir() / "shared/place_titles.tsv"})
    return pipe.fields


@pytest.fixture(scope="module")
def fields():
    return {lang: fields_of(lang) for lang in ("en", "zh")}


@pytest.mark.parametrize(("lang", "source", "opens", "labels"), [
    ("en", "Officers:\n{TITLE:Treasurer}: {PERSON:Jane Roe}", True, True),
    ("en", "Officers:\n* {TITLE:Deputy Chair}: {PERSON:Ivo Marsh}", True, True),
    ("en", "Officers:\n(2) {TITLE:Secretary} - {PERSON:Ivo Marsh}", True, False),
    ("en", "  3. {TITLE:President}: {PERSON:Kari Lund}", True, True),
    ("en", "The {TITLE:Treasurer}: {PERSON:Jane Roe}", False, False),
    ("en", "said {TITLE:Treasurer} {PERSON:Jane Roe}.", False, False),
    ("zh", "公告如下：\n4.{TITLE:发言人}：{PERSON:林佳}", True, True),
    ("zh", "（一）{TITLE:会长}：{PERSON:周敏}", True, True),
    ("zh", "名单\n\u3000\u3000{TITLE:秘书长}：{PERSON:陈刚}", True, True),
    ("zh", "名单\n{TITLE:副会长}　{PERSON:陈刚}", True, False),
    ("zh", "本会{TITLE:秘书长}：{PERSON:陈刚}", False, False),
])
def test_a_post_labels_its_line(fields, lang, source, opens, labels):
    text, ents = marked(source)
    post = next(e for e in ents if e.label_ == "TITLE")
    assert fields[lang].opens_line(text, post.start_char) is opens
    assert fields[lang].labels_line(text, post.start_char, post.end_char) is labels


@pytest.mark.parametrize(("lang", "source", "cut"), [
    # a post that labels its line joins nothing on the line before (the gap before it breaks)
    ("zh", "会长：{PERSON:周敏}（{ORG:星河航运有限公司}）\n{TITLE:副会长}：{PERSON:林佳}", ["kept", None, "kept"]),
    ("zh", "{ORG:北湖商会}{TITLE:副会长}{PERSON:林佳}", ["kept", "kept"]),
    ("en", "{PERSON:Kari Lund} ({ORG:Tarvo Foods AS})\n{TITLE:Vice President}: {PERSON:Ivo Marsh}",
     ["kept", None, "kept"]),
])
def test_cut_labels(fields, lang, source, cut):
    text, ents = marked(source)
    gaps: list[str | None] = ["kept"] * (len(ents) - 1)
    fields[lang].cut_labels(text, ents, gaps)
    assert gaps == cut


INTRO = "星河商会召开会员大会，选举产生新一届理事会。当选名单如下："


@pytest.mark.parametrize(("source", "post", "intro"), [
    (INTRO + "\n会长：周敏\n副会长：林佳、陈刚", "副会长", INTRO),
    (INTRO + "\n会长：周敏（星河航运有限公司）\n秘书长：陈刚", "秘书长", INTRO),
    # a line that is no field between: the list is not read back past it
    (INTRO + "\n会长：周敏\n其他理事略。\n秘书长：陈刚", "秘书长", None),
    # a post inside its sentence, not labelling its line: the sentence's own start
    (INTRO + "\n秘书长陈刚：负责日常工作", "秘书长", None),
    # (the reading is the same in either language's file: punctuation and a line's length)
    ("Results:\nChair: Jane Roe\nTreasurer: Ivo Marsh", "Treasurer", "Results:"),
])
def test_intro_line(fields, source, post, intro):
    start = source.rindex(post)
    title = Ent("TITLE", post, start, start + len(post))
    got = fields["zh"].intro_line(source, title, 7)
    if intro is None:
        assert got == 7
    else:
        assert source[got + 1:].startswith(intro)


@pytest.mark.parametrize(("lang", "source", "body"), [
    ("en", "Outline\nName: {ORG:Tarvo Pellow Materials Co., Ltd.}\nLocation: Wuxi\n"
     "{TITLE:Chairman}: Okada",
     "Tarvo Pellow Materials Co., Ltd."),
    ("en", "(1) Company name: {ORG:Pellow Chemical Co., Ltd.}\n(2) {TITLE:President}: Kim",
     "Pellow Chemical Co., Ltd."),
    # another block (a blank line between) or no name field: none
    ("en", "Name: {ORG:Tarvo Pellow Materials Co., Ltd.}\n\n{TITLE:Chairman}: Okada", None),
    ("en", "Partner: {ORG:Pellow Chemical Co., Ltd.}\n{TITLE:Chairman}: Okada", None),
    # the Chinese file writes no name field
    ("zh", "Name: {ORG:星河航运有限公司}\n{TITLE:董事长}：周敏", None),
])
def test_outline_body(fields, lang, source, body):
    text, ents = marked(source)
    t = next(i for i, e in enumerate(ents) if e.label_ == "TITLE")
    found = fields[lang].outline_body(text, ents, t)
    assert (found.text if found is not None else None) == body


@pytest.mark.parametrize(("lang", "source", "listed"), [
    ("zh", "副会长：{PERSON:林佳}（{ORG:北湖物流有限公司}{TITLE:总经理}）、{PERSON:周敏}", 0),
    ("zh", "副会长：{PERSON:林佳}先生（{ORG:星河（中国）航运有限公司}），{PERSON:周敏}", 0),
    ("zh", "副会长：{PERSON:林佳}、{PERSON:周敏}", None),  # no note: the LIST gap reads it
    ("zh", "{PERSON:林佳}（{ORG:北湖物流有限公司}）表示，{PERSON:周敏}", None),
    # the English file writes no note row: its bracketed firms are read by the chain's gaps
    ("en", "Vice Presidents: {PERSON:Jane Roe} ({ORG:Tarvo Foods AS}), {PERSON:Ivo Marsh}", None),
])
def test_noted_before(fields, lang, source, listed):
    text, ents = marked(source)
    assert fields[lang].noted_before(text, ents, len(ents) - 1) == listed


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_rows_are_no_gap_classes(lang):
    pipe = RoleLinker(None, "roles_under_test")
    pipe.load({"gaps": pipeline.models_dir() / f"{lang}/role_gaps.tsv",
               "place_titles": pipeline.models_dir() / "shared/place_titles.tsv"})
    assert not set(ROWS) & set(pipe.gap_re.groupindex)
    assert pipe.colon_gap == {"en": "COLON", "zh": "APPOS"}[lang]  # the gap after a field's label


def test_a_file_without_the_rows_reads_no_field(tmp_path):
    gaps = data_without_rows(pipeline.models_dir() / "zh/role_gaps.tsv", tmp_path / "g.tsv", ROWS)
    bare = fields_of("zh", gaps)
    assert (bare.opening, bare.outline_name, bare.note) == (NEVER, NEVER, NEVER)
    assert not bare.opens_line("会长：周敏", 0)
    assert FieldLines.from_rows({}) == bare


def triples(res):
    return {(r.person, r.title, r.org) for r in res.roles}


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # an elected board's list: the electing body's posts, each name of a line holding its post
    ("zh", "北湖市物流协会召开第五届会员大会，选举产生新一届理事会。当选名单如下：\n"
     "会长：周敏（星河航运有限公司）\n副会长：林佳（北湖物流有限公司总经理）、索菲亚·罗西（北湖银行）",
     {("周敏", "会长", "北湖市物流协会"), ("林佳", "副会长", "北湖市物流协会"),
      ("林佳", "总经理", "北湖物流有限公司"), ("索菲亚·罗西", "副会长", "北湖市物流协会")}),
    # a form's field gives its post, and the post before the name is the name's too
    ("zh", "1.董事會決議日期：115/11/30\n2.發言人：財務長林佳", {("林佳", "發言人", None), ("林佳", "財務長", None)}),
    ("en", "OSAKA, June 2, 2026 - Pellow Chemical Co., Ltd. today announced a new subsidiary.\n\n"
     "Outline of the new company\n(1) Name: Pellow Fine Materials (Suzhou) Co., Ltd.\n"
     "(2) President: Kim Ji-woo\n",
     {("Kim Ji-woo", "President", "Pellow Fine Materials (Suzhou) Co., Ltd.")}),
])
def test_field_lines_give_roles(extractor, lang, text, expected):
    for profile in ("fast", "accurate"):
        found = triples(extractor.extract(text, lang=lang, doc_date="2026-12-01", profile=profile))
        assert expected <= found, (profile, found)
