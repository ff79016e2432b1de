"""Firm slots (org_slots.py): where a deal sentence puts a firm, read by the ORG rules and the learned arbitration."""

import pytest

from extractor.components.org_slots import FirmSlots

SLOTS = FirmSlots({"advised by", "acquired by"}, {"financial adviser", "legal counsel"}, {"consultancy", "exporter"})


@pytest.mark.parametrize("text,name,posts,expected", [
    ("The seller was advised by Ormsby Vale.", "Ormsby Vale", (), True),
    ("Ormsby Vale is acting as its financial adviser.", "Ormsby Vale", (), True),
    ("Ormsby Vale and Cole are serving as legal counsel.", "Ormsby Vale", (), False),  # a list: the learned side's
    ("The brief went to Hale + Lind.", "Hale + Lind", (), True),
    ("Velmora (NASDAQ: VLM) said.", "Velmora", (), True),
    ("Velmora's chief executive said.", "Velmora", (len("Velmora's "),), True),
    ("Velmora's new plant opened.", "Velmora", (), False),
    ("Ormsby Vale spoke to advisers.", "Ormsby Vale", (), False),
    ("It was written with the consultancy Tarn Insight.", "Tarn Insight", (), True),
    ("Dairy exporters Tarn and Lusk will join.", "Tarn", (), True),
    ("It was written with the Consultancy Tarn Insight.", "Tarn Insight", (), False),
    ("She spent years at Tarn Mining, where she was CFO.", "Tarn Mining", (len("She spent years at Tarn Mining, where she was "),), True),
])
def test_holds(text, name, posts, expected):
    a = text.index(name)
    assert SLOTS.holds(text, a, a + len(name), posts) is expected


@pytest.mark.parametrize("text,runs", [
    ("It was advised by Ormsby Vale and acquired by Tarn.", ["Ormsby Vale", "Tarn"]),
    ("Velmora's chief executive said.", []),  # no post read: no slot
    ("O'Neill Brand is acting as legal counsel.", ["O'Neill Brand"]),
])
def test_runs(text, runs):
    assert [text[a:b] for a, b in SLOTS.runs(text)] == runs
