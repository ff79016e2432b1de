"""Invariants of `Extractor.extract` over generated text.

Profiles (pick with the HYPOTHESIS_PROFILE environment variable):
  ci    (default) 50 examples per property, 7 properties: the normal test run, < 30 s.
  long  3,000 examples per property = 21,000 in total; run on its own:
        HYPOTHESIS_PROFILE=long PRESSNER_PIPELINES=/tmp/p .venv/bin/python -m pytest \
            tests/properties -q -p no:cacheprovider
No deadline: the first example of a run pays for loading the pipelines.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from . import strategies as s
from .invariants import check_invariants, comparable

settings.register_profile("ci", max_examples=50, deadline=None, derandomize=True,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("long", max_examples=3000, deadline=None,
                          suppress_health_check=list(HealthCheck))
PROFILE = settings.get_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

LANGS = st.sampled_from([None, "en", "zh"])
DOC_DATE = st.sampled_from([None, "2021-04-14", "2000-02-29", "2023-12-31"])
STRATEGIES = {
    "unicode": s.unicode_text(), "zh": s.chinese_text(), "en": s.english_text(),
    "mixed": s.mixed_text(), "fragments": s.fragment_text(),
}


def _invariants_test(strategy):
    @PROFILE
    @given(text=strategy, lang=LANGS, doc_date=DOC_DATE)
    def test(extractor, text, lang, doc_date):
        check_invariants(text, extractor.extract(text, lang=lang, doc_date=doc_date))

    return test


# one top-level test per kind of text, so each gets its own examples and statistics
for _kind, _strategy in STRATEGIES.items():
    globals()[f"test_invariants_{_kind}"] = _invariants_test(_strategy)


@PROFILE
@given(text=s.any_text(), lang=LANGS, doc_date=DOC_DATE)
def test_same_output_twice_and_through_extract_many(extractor, text, lang, doc_date):
    first = comparable(extractor.extract(text, lang=lang, doc_date=doc_date))
    assert comparable(extractor.extract(text, lang=lang, doc_date=doc_date)) == first
    docs = [{"text": text, "lang": lang, "doc_date": doc_date}, {"text": "x"}]
    many = list(extractor.extract_many(docs, batch_size=2))
    assert comparable(many[0]) == first


PREFIXES = st.one_of(st.integers(2, 40).map(lambda n: "\n" * n),
                     st.integers(0, 40).map(lambda n: " " * n + "\n\n"))


@PROFILE
@given(text=s.any_text(), lang=LANGS, doc_date=st.sampled_from(["2021-04-14", "2023-12-31"]),
       prefix=PREFIXES)
def test_prefix_shifts_offsets_only(extractor, text, lang, doc_date, prefix):
    """The header rules look at the first lines, so a prefix may move the inferred
    document date; with `doc_date` given nothing else may change."""
    plain = extractor.extract(text, lang=lang, doc_date=doc_date)
    moved = extractor.extract(prefix + text, lang=lang, doc_date=doc_date)
    assert comparable(moved, len(prefix)) == comparable(plain)
