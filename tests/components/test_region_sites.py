"""Towns and sites placed in the region after them (region_sites), and cities framed by a
preposition or a comma (region_framed): their windowed searches are skipped before a region
where the text lacks what every match ends with; these tests check that no match is lost."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractor.components.region_framed import FramedCities, frame_words
from extractor.components.region_sites import SITE_REACH, TOWN_REACH, SitePlaces

ROOT = Path(__file__).resolve().parents[2]
SITES = SitePlaces(ROOT / "models" / "en" / "site_places.tsv")
FRAMED = FramedCities(ROOT / "models" / "shared" / "world_cities_framed.tsv")

TEXTS = [
    "The terminal near Laem Chabang in Chonburi Province ships grain.",
    "Work on the smelter in Pomalaa, Southeast Sulawesi, starts in May.",
    "The refinery at Kwinana, south of Perth, will close.",
    "Drilling at the Rosebank mine, in northwestern Ontario, resumed.",
    "The company sold a gold mine near Timmins last year.",
    "Offices in Derby, England, and Bergen, Norway, opened on Monday.",
    "Ms Ward met buyers outside Bristol, in the west of England.",
]


def sample_texts() -> list[str]:
    path = ROOT / "samples" / "annotated.jsonl"
    return [d["text"] for d in map(json.loads, path.read_text("utf-8").splitlines())
            if d.get("lang") == "en"][:120]


@pytest.mark.parametrize("text", TEXTS)
def test_invented_texts_match(text):
    """The invented texts have a place that some pattern reads (the check below is not empty)."""
    assert any(SITES.town_placed.search(text, max(0, s - TOWN_REACH), s)
               or SITES.site_placed.search(text, max(0, s - SITE_REACH), s)
               or FRAMED.before_comma.search(text, max(0, s - 40), s)
               for s in range(len(text) + 1))


@pytest.mark.parametrize("text", TEXTS + sample_texts())
def test_skipped_searches_find_nothing(text):
    for start in range(len(text) + 1):
        if SITES.town_placed.search(text, max(0, start - TOWN_REACH), start):
            assert text.endswith(SITES.town_ends, 0, start)
        lo = max(0, start - SITE_REACH)
        if SITES.site_placed.search(text, lo, start):
            assert text.find(" in ", lo, start) >= 0 or text.find(" near ", lo, start) >= 0
        if FRAMED.before_comma.search(text, max(0, start - 40), start):
            assert text.startswith(", ", start - 2)


@pytest.mark.parametrize("text", TEXTS + sample_texts())
def test_anchored_searches_find_what_the_scans_find(text):
    """A placed town is tried only at its opening words, a framed city only after the
    frame's words: the same matches as the pattern searched at every position."""
    for start in range(len(text) + 1):
        m = SITES.town_placed.search(text, max(0, start - TOWN_REACH), start)
        got = SITES.town_placed_before(text, start)
        assert (got and (got.span(), got.groups())) == (m and (m.span(), m.groups()))
    match = FRAMED.after_word.match
    assert {m.group(1) for at in frame_words(text) if (m := match(text, at))} \
        == {m.group(1) for m in FRAMED.after_word.finditer(text)}


@pytest.mark.parametrize("text", TEXTS + sample_texts())
def test_framed_searches_start_within_the_longest_name(text):
    """A framed city's search back from a place starts no further back than the longest
    name and its join (`, and `) allow: the same match as over 40 characters."""
    for start in range(len(text) + 1):
        for rx, join in ((FRAMED.before_comma, 2), (FRAMED.before_join, 6)):
            wide = rx.search(text, max(0, start - 40), start)
            narrow = rx.search(text, max(0, start - 40, start - join - FRAMED.longest), start)
            assert (wide and wide.span()) == (narrow and narrow.span())


class _EveryText:
    """A gate that lets every text through: `after` as it ran before its gate."""

    @staticmethod
    def find_matches_as_indexes(text: str) -> list[int]:
        return [0]


def _framed_ungated(text: str) -> list[tuple[int, int, str]]:
    gate, FRAMED.named = FRAMED.named, _EveryText()
    try:
        return [(c.start, c.end, c.value) for c in FRAMED.after(text, [])]
    finally:
        FRAMED.named = gate


@pytest.mark.parametrize("text, city", [
    ("Offices in Derby opened on Monday.", "Derby"),
    ("A Bergen-based maker of ferries won the order.", "Bergen"),
    ("The plant near Telford will close in May.", "Telford"),
    ("Its office outside Preston is leased.", "Preston"),
])
def test_framed_gate_passes_a_text_with_a_framed_city(text, city):
    """The gate (a listed name anywhere in the text) lets through a text where a frame reads one."""
    got = FRAMED.after(text, [])
    assert [text[s:e] for s, e, _ in _framed_ungated(text)] == [city]
    assert [(c.start, c.end, c.value) for c in got] == _framed_ungated(text)


@pytest.mark.parametrize("text", TEXTS + sample_texts())
def test_framed_gate_loses_nothing(text):
    """`after` with its gate finds what it found without it (most texts: nothing, unscanned)."""
    assert [(c.start, c.end, c.value) for c in FRAMED.after(text, [])] == _framed_ungated(text)
