"""The readers of a Chinese post's body from its sentence's context
(extractor/components/role_bodies.py): the rows they read as the role linker loads them, a file
without them reading none, and the bodies they give. Texts are invented."""

from __future__ import annotations

import pytest

from extractor import pipeline
from extractor.candidates import Ent
from extractor.components.role_bodies import ROWS, ContextBodies, title_runs
from extractor.components.role_fields import FieldLines
from extractor.components.roles import RoleLinker
from tests.conftest import data_without_rows


def linker(lang: str, gaps=None, topics: bool = True) -> RoleLinker:
    pipe = RoleLinker(None, "roles_under_test")
    files = {"gaps": gaps or pipeline.models_dir() / f"{lang}/role_gaps.tsv",
             "place_titles": pipeline.models_dir() / "shared/place_titles.tsv"}
    if topics and lang == "zh":
        files["topics"] = pipeline.models_dir() / "zh/role_topics.tsv"
    pipe.load(files)
    return pipe


@pytest.mark.parametrize(("lang", "reads"), [("zh", True), ("en", False)])
def test_the_rows_as_loaded(lang, reads):
    bodies = linker(lang).bodies
    assert not set(ROWS) & set(linker(lang).gap_re.groupindex)  # no gap classes
    assert (bodies.body_ref_re is not None) is reads
    assert (bodies.elector_re is not None) is reads
    assert bool(bodies.topics) is reads


@pytest.mark.parametrize(("row", "text", "at", "matches"), [
    ("elector_re", "北湖市物流协会第四届会员代表大会", 7, True),
    ("elector_re", "北湖市物流协会2027年理事会", 7, True),
    ("elector_re", "北湖市物流协会召开座谈会", 7, False),
    ("meets_re", "北湖市陶瓷商会于3月2日召开理事会", 7, True),
    ("meets_re", "北湖市陶瓷商会表示", 7, False),
])
def test_body_rows(row, text, at, matches):
    assert (getattr(linker("zh").bodies, row).match(text, at) is not None) is matches


def test_a_file_without_the_rows_reads_none(tmp_path):
    gaps = data_without_rows(pipeline.models_dir() / "zh/role_gaps.tsv", tmp_path / "g.tsv", ROWS)
    bodies = linker("zh", gaps, topics=False).bodies
    assert (bodies.topics, bodies.body_ref_re, bodies.elector_re, bodies.elected_re,
            bodies.meets_re) == ([], None, None, None, None)
    bare = ContextBodies.load({}, None, FieldLines(), lambda title: False)
    assert bare.topics == [] and bare.elector_re is None


@pytest.mark.parametrize(("text", "titles", "runs"), [
    # one holder's posts in a row (`、` or nothing between) from where the run starts
    ("会党组书记、会长甲", [("党组书记", 1), ("会长", 6)], {1: ["党组书记", "会长"]}),
    ("常务副会长乙，秘书长丙", [("常务副会长", 0), ("秘书长", 7)], {0: ["常务副会长"], 7: ["秘书长"]}),
])
def test_title_runs(text, titles, runs):
    ents = [Ent("TITLE", t, s, s + len(t)) for t, s in titles]
    assert all(text[e.start_char:e.end_char] == e.text for e in ents)
    assert title_runs(text, ents) == runs


def roles(nlp, text: str) -> set[tuple[str, str, str | None]]:
    return {(r["person"], r["title"], r["org"]) for r in nlp(text)._.roles}


@pytest.mark.parametrize(("text", "expected"), [
    # the body the sentence is about: a post only a chamber has
    ("会上，北湖星河商会出席者有名誉会长周敏、会董林佳。",
     {("周敏", "名誉会长", "北湖星河商会"), ("林佳", "会董", "北湖星河商会")}),
    # a bare kind word stands for the body named before whose name ends in it
    ("北湖市物流与采购联合会召开年会。会议由联合会执行副会长陈刚主持。",
     {("陈刚", "执行副会长", "北湖市物流与采购联合会")}),
    # a congress fills its body's posts
    ("北湖市电子商会第三届会员大会在北湖召开。大会选举产生新一届理事会，林佳当选会长。",
     {("林佳", "会长", "北湖市电子商会")}),
])
def test_context_bodies_give_roles(nlp_zh, text, expected):
    assert expected <= roles(nlp_zh, text)
