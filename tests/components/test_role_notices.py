"""Chinese board notices' and résumés' set forms (extractor/components/role_notices.py) and the
chain the role linker reads (role_chain.py): the clause rows as the linker loads them, a file
without them reading none, the chain's gaps and `referred`, and the triples the forms give.
Texts are invented."""

from __future__ import annotations

import pytest

from extractor import pipeline
from extractor.candidates import Ent
from extractor.components.role_chain import Chain, referred
from extractor.components.role_fields import FieldLines
from extractor.components.role_notices import ROWS, BoardNotices
from extractor.components.roles import RoleLinker
from tests.conftest import data_without_rows


def linker(lang: str, gaps=None) -> RoleLinker:
    pipe = RoleLinker(None, "roles_under_test")
    pipe.load({"gaps": gaps or pipeline.models_dir() / f"{lang}/role_gaps.tsv",
               "place_titles": pipeline.models_dir() / "shared/place_titles.tsv"})
    return pipe


@pytest.mark.parametrize(("lang", "reads"), [("zh", True), ("en", False)])
def test_the_rows_as_loaded(lang, reads):
    pipe = linker(lang)
    assert not set(ROWS) & set(pipe.gap_re.groupindex)  # no gap classes
    notices = pipe.notices
    assert (notices.resume_re is not None, notices.handover_re is not None,
            notices.takes_re is not None) == (reads, reads, reads)


@pytest.mark.parametrize(("row", "text", "found"), [
    ("resume_re", "甲先生，男，1978年出生。曾任", True),  # the text before a post, to its end
    ("resume_re", "甲先生表示", False),
    ("handover_re", "职务，由", True),
    ("takes_re", "接任", True),
    ("takes_re", "表示", False),
])
def test_notice_rows(row, text, found):
    pattern = getattr(linker("zh").notices, row)
    found_at = pattern.search(text) if row == "resume_re" else pattern.match(text)
    assert (found_at is not None) is found


def test_a_file_without_the_rows_reads_none(tmp_path):
    gaps = data_without_rows(pipeline.models_dir() / "zh/role_gaps.tsv", tmp_path / "g.tsv", ROWS)
    notices = linker("zh", gaps).notices
    assert (notices.resume_re, notices.handover_re, notices.takes_re) == (None, None, None)
    assert BoardNotices.load({}, lambda title: False).resume_re is None


def test_the_chain_classifies_each_gap_and_sets_a_closing_bracket_aside():
    text = "北湖商会（北湖）会长林佳"
    ents = [Ent("ORG", "北湖商会", 0, 4), Ent("ORG", "北湖", 5, 7), Ent("TITLE", "会长", 8, 10),
            Ent("PERSON", "林佳", 10, 12)]
    seen: list[str] = []

    def classify(gap: str) -> str:
        seen.append(gap)
        return "GAP"

    chain = Chain(ents, text, "zh", classify, FieldLines())
    assert seen == ["（", "", ""]  # the `）` before 会长 set aside
    assert chain.closed == [False, True, False]
    assert [chain.label(i) for i in range(-1, 5)] == [None, "ORG", "ORG", "TITLE", "PERSON", None]


@pytest.mark.parametrize(("text", "ents", "p", "body"), [
    ("北湖物流有限公司成立于2010年。林佳现任该公司董事。",
     [("ORG", "北湖物流有限公司", 0), ("PERSON", "林佳", 17)], 1, "北湖物流有限公司"),
    # beyond REFER_REACH characters the company is no longer the one `该公司` stands for
    ("北湖物流有限公司成立于2010年。" + "。" * 160 + "林佳现任该公司董事。",
     [("ORG", "北湖物流有限公司", 0), ("PERSON", "林佳", 177)], 1, None),
])
def test_referred(text, ents, p, body):
    records = [Ent(label, words, start, start + len(words)) for label, words, start in ents]
    assert all(text[e.start_char:e.end_char] == e.text for e in records)
    chain = Chain(records, text, "zh", lambda gap: None, FieldLines())
    found = referred(chain, p)
    assert (found.text if found is not None else None) == body


def roles(nlp, text: str) -> set[tuple[str, str, str | None]]:
    return {(r["person"], r["title"], r["org"]) for r in nlp(text)._.roles}


@pytest.mark.parametrize(("text", "expected"), [
    # names listed, then as many posts and 分别: paired in order
    ("董事会同意聘任林佳女士、陈刚先生分别担任公司副总经理、财务总监。",
     {("林佳", "副总经理", None), ("陈刚", "财务总监", None)}),
    # a post handed over: the name after 由 takes it
    ("周敏先生不再担任北湖物流有限公司总经理职务，由陈刚先生接任。",
     {("周敏", "总经理", "北湖物流有限公司"), ("陈刚", "总经理", "北湖物流有限公司")}),
    # a résumé's clauses without a subject: the name opening the paragraph holds their posts
    ("林佳女士，1980年出生，硕士。曾任北湖物流有限公司财务总监，现任星河置业有限公司副总裁。",
     {("林佳", "财务总监", "北湖物流有限公司"), ("林佳", "副总裁", "星河置业有限公司")}),
])
def test_notices_give_roles(nlp_zh, text, expected):
    assert expected <= roles(nlp_zh, text)
