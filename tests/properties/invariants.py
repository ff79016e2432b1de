"""The invariants every extraction result keeps, shared by the property tests and the
fuzz harness (tests/fuzz/): whatever the input, offsets must index the text exactly,
spans must be flat and labels and DATE values must keep the output contract."""

from __future__ import annotations

from typing import get_args

from extractor.schema import ExtractionResult, Label

from .iso import valid_date_value

LABELS = set(get_args(Label))


def check_invariants(text: str, res: ExtractionResult) -> None:
    last_end = 0
    for e in sorted(res.entities, key=lambda e: (e.start, e.end)):
        assert 0 <= e.start < e.end <= len(text), e
        assert text[e.start:e.end] == e.text, e
        assert e.start >= last_end, f"overlap at {e}"
        last_end = e.end
        assert e.label in LABELS
        linked = (e.info or {}).get("linked")
        if isinstance(linked, dict) and "start" in linked:
            assert 0 <= linked["start"] < linked["end"] <= len(text), e
        if e.label == "DATE" and e.value is not None:
            assert valid_date_value(e.value), e
    for r in res.roles:
        for span in (r.person_span, r.title_span, r.org_span):
            if span is not None:
                assert text[span.start:span.end] == span.text, r
    for g in res.region_groups:
        assert 0 <= g.start <= g.end <= len(text)
        for m in g.members:
            assert text[m.start:m.end] == m.text, g


def comparable(res: ExtractionResult, shift: int = 0) -> dict:
    """The result without timing, every offset moved back by `shift`."""
    data = res.model_dump(exclude={"timing_ms", "id"})
    return _unshift(data, shift)


def _unshift(node, shift: int):
    if isinstance(node, dict):
        return {k: (max(v - shift, 0) if k in ("start", "end") and isinstance(v, int) else
                    _unshift(v, shift)) for k, v in node.items()}
    if isinstance(node, list):
        return [_unshift(v, shift) for v in node]
    return node
