"""Canonical English title values are composed from parsed parts."""

from __future__ import annotations

import pytest

from extractor.normalise.titles import clean, compose, initials


@pytest.mark.parametrize("modifiers,head,complement,post,expected", [
    (["vice"], "chairman", None, None, "vice chairman"),
    (["executive vice"], "chairman", None, None, "executive vice chairman"),
    (["executive", "deputy"], "secretary-general", None, None,
     "executive deputy secretary-general"),
    ([], "minister", "commerce", None, "minister of commerce"),
    ([], "ambassador", None, "China", "ambassador to china"),
    (["first-level"], "inspector", None, None, "first-level inspector"),
    ([], "CEO", None, None, "ceo"),
    (["", "Acting"], "Prime  Minister", None, None, "acting prime minister"),
])
def test_compose(modifiers, head, complement, post, expected):
    assert compose(modifiers, head, complement, post) == expected


@pytest.mark.parametrize("surface,expected", [
    ("deputy director-general", "DDG"),
    ("Secretary-General", "SG"),
    ("consul general", "CG"),
    ("Vice  Mayor", "VM"),
])
def test_initials(surface, expected):
    assert initials(surface) == expected


@pytest.mark.parametrize("value,expected", [
    ("  Vice   Chairman ", "vice chairman"),
    ("Director-General", "director-general"),
])
def test_clean(value, expected):
    assert clean(value) == expected
