"""`result.built` must give what pydantic's own constructors give."""

import pytest

from extractor.candidates import records
from extractor.result import built, entities, evidence_model
from extractor.schema import DocDateEvidence, Entity, ExtractionResult, RegionGroup, Segment, SpanRef

CASES = [
    (Entity, {"start": 3, "end": 9, "label": "ORG", "text": "CCPIT", "value": "x", "source": "s",
              "info": {"id": "ccpit"}}),
    (SpanRef, {"start": 0, "end": 2, "text": "王", "value": None}),
    (Segment, {"start": 0, "end": 10, "lang": "zh"}),
    (RegionGroup, {"start": 0, "end": 4, "members": [], "stated_count": 2, "count_matches": False}),
    (ExtractionResult, {"id": "a", "lang": "en", "entities": [], "timing_ms": 1.5}),
    (DocDateEvidence, {"start": 0, "end": 11, "text": "May 4, 2026", "rule": "header.first_date"}),
]


@pytest.mark.parametrize(("cls", "fields"), CASES, ids=lambda x: getattr(x, "__name__", ""))
def test_built_equals_model_construct(cls, fields):
    ours, theirs = built(cls, dict(fields)), cls.model_construct(**fields)
    assert ours == theirs
    assert ours.model_dump_json() == theirs.model_dump_json()
    assert ours.model_fields_set == theirs.model_fields_set
    assert cls.model_validate(ours.model_dump()) == ours


@pytest.mark.parametrize("evidence", [
    {"start": 0, "end": 11, "text": "May 4, 2026", "rule": "header.first_date"},
    {"start": 40, "end": 50, "text": "2026年5月4日", "rule": "footer.date_line"},
])
def test_evidence_model_equals_validated(evidence):
    ours, theirs = evidence_model(evidence), DocDateEvidence(**evidence)
    assert ours == theirs and ours.model_dump_json() == theirs.model_dump_json()
    assert ours.model_fields_set == theirs.model_fields_set


def test_defaults_are_not_shared():
    a = built(ExtractionResult, {"lang": "en"})
    b = built(ExtractionResult, {"lang": "zh"})
    a.roles.append(None)
    assert b.roles == [] and a.segments is not b.segments


@pytest.mark.parametrize("text", [
    "Vice Chairman Zhu Jialiang of the Tianjin Municipal Government met guests in Beijing on March 3, 2021.",
    "2021年3月3日，天津市贸促会副会长朱佳良在北京会见了来宾。",
])
def test_results_equal_their_validated_json(extractor, text):
    res = extractor.extract(text)
    assert res.entities and res.roles
    again = type(res).model_validate_json(res.model_dump_json())
    assert again == res and again.model_dump_json() == res.model_dump_json()


@pytest.mark.parametrize(("offset", "labels"), [(0, None), (7, None), (0, ["DATE", "ORG"])])
def test_entities_equal_model_construct(extractor, offset, labels):
    """`entities` writes `built` out for the most numerous model: the same models."""
    text = "Vice Chairman Zhu Jialiang of the Tianjin Municipal Government met guests in Beijing on March 3, 2021."
    doc = extractor.nlp("en")(extractor._make_doc(text, "en", None))
    ours = entities(doc, offset, labels)
    theirs = [Entity.model_construct(start=e.start_char + offset, end=e.end_char + offset, label=e.label_,
                                     text=e.text, value=e.value, source=e.source, info=e.info)
              for e in records(doc) if labels is None or e.label_ in labels]
    assert ours and ours == theirs
    assert [e.model_dump_json() for e in ours] == [e.model_dump_json() for e in theirs]
    assert [e.model_fields_set for e in ours] == [e.model_fields_set for e in theirs]
