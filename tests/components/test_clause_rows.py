"""The clause words the English role linker and title portfolios read from data rows
(models/en/role_gaps.tsv: JOINS_AS, FROM_GAP, JOINS_FROM_BODY, AS_GAP beside FORMERLY_OF;
models/en/title_context.tsv: word_goes_on, function_before): each row's pattern as the loader
builds it, and a file without the rows switches the reading off instead of failing."""

import shutil

import pytest

from extractor import pipeline
from extractor.components.roles import NEVER, RoleLinker
from extractor.components.title_portfolio import Portfolios
from tests.conftest import data_without_rows

CLAUSE_ROWS = ("JOINS_AS", "FROM_GAP", "JOINS_FROM_BODY", "AS_GAP")


def linker(nlp, gaps):
    pipe = RoleLinker(nlp, "roles_under_test")
    pipe.load({"gaps": gaps, "place_titles": pipeline.models_dir() / "shared/place_titles.tsv"})
    return pipe


@pytest.fixture(scope="module")
def roles(nlp_en):
    return linker(nlp_en, pipeline.models_dir() / "en/role_gaps.tsv")


@pytest.mark.parametrize(("clause", "gap", "whole"), [
    ("joins_as", " joins as ", True),
    ("joins_as", " has rejoined the company as its new ", True),
    ("joins_as", " who joined our team as ", True),
    ("joins_as", " joins from ", False),
    ("joins_as", " Joins As ", False),  # case as written: a headline's capitals are no clause
    ("from_gap", " from the ", True),
    ("from_gap", " from ", True),
    ("from_gap", ", from ", False),
    ("joins_from_body", " joins from ", True),
    ("joins_from_body", " will join the group from the ", True),
    ("joins_from_body", " joins as ", False),
    ("as_gap", " as its new ", True),
    ("as_gap", " as ", True),
    ("as_gap", ", as ", False),
])
def test_joiner_clause_rows(roles, clause, gap, whole):
    assert (getattr(roles, clause).fullmatch(gap) is not None) is whole


def test_the_rows_are_no_gap_classes(roles):
    """A clause row is read whole between entities, never as a class of one gap."""
    assert not set(CLAUSE_ROWS) & set(roles.gap_re.groupindex)
    assert roles.classify(" joins as ") != "JOINS_AS"


def test_a_file_without_the_rows_reads_no_joiner_clause(nlp_en, tmp_path):
    gaps = data_without_rows(pipeline.models_dir() / "en/role_gaps.tsv", tmp_path / "role_gaps.tsv",
                             CLAUSE_ROWS)
    pipe = linker(nlp_en, gaps)
    assert [getattr(pipe, c) for c in ("joins_as", "from_gap", "joins_from_body", "as_gap")] == [NEVER] * 4
    shutil.copy(pipeline.models_dir() / "en/role_gaps.tsv", gaps)
    assert linker(nlp_en, gaps).joins_as.fullmatch(" joins as ")


def portfolios(goes_on=(), function_before=()):
    return Portfolios({"operations"}, set(), set(), set(), set(), goes_on=goes_on,
                      function_before=function_before)


@pytest.fixture(scope="module")
def rows(nlp_en):
    return nlp_en.get_pipe("pressner_titles").portfolios


@pytest.mark.parametrize(("text", "run", "resumes"), [
    ("Vice President, Clinical Operations on January 4", "Operations", True),
    ("Managing Director, Credit Risk there.", "Risk", True),
    ("Director, Supply Chain based in Lyon", "Chain", True),
    ("Director, Supply Chain reporting to the CEO", "Chain", True),
    ("Director, Supply Chain online", "Chain", False),  # (a word that only starts as one)
    ("Director, Supply Chain Planning", "Chain", False),
])
def test_word_goes_on_rows(rows, text, run, resumes):
    end = text.index(run) + len(run)
    assert (rows.goes_on.match(text, end) is not None) is resumes


@pytest.mark.parametrize(("before", "gives"), [
    ("where she was ", True),
    ("who is currently ", True),
    ("Jane Roe, formerly ", True),
    ("Jane Roe, ", True),
    ("to serve as ", True),
    ("its ", False),
    ("the wasteful ", False),
])
def test_function_before_rows(rows, before, gives):
    assert (rows.function_before.search(before, 0, len(before)) is not None) is gives


def test_portfolios_without_the_rows_keep_the_marks_only():
    bare = portfolios()
    assert bare.goes_on.match(" there", 0) is None
    assert bare.function_before.search("to serve as ") and not bare.function_before.search("where she was ")
    listed = portfolios(["there"], ["was"])
    assert listed.goes_on.match(" there", 0) and listed.function_before.search("where she was ")
    assert listed.goes_on.pattern == r" (?:there)\b"
