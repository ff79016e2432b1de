"""Firm slots (org_slots.py): where a deal sentence puts a firm, read by the ORG rules and the learned arbitration."""

import re

import pytest

from extractor.components.org_slots import RUN, FirmSlots, RunIndex

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


@pytest.mark.parametrize("text,posts,present", [
    ("It was Advised By Ormsby Vale.", (), {"agent"}),  # the cue found in any case, as `agent_before` reads it
    ("Ormsby Vale is legal counsel.", (), {"role"}),
    ("The brief went to Hale + Lind.", (), {"plus"}),
    ("Velmora (NASDAQ: VLM) said.", (), {"ticker"}),
    ("Dairy exporters Tarn and Lusk will join.", (), {"noun"}),
    ("Velmora's chief executive said.", (len("Velmora's "),), {"post"}),
    ("Velmora opened a plant.", (), set()),
])
def test_marks_present(text, posts, present):
    assert SLOTS.marks(text, posts).present == present


def test_marks_none_where_lowering_moves_positions():
    assert SLOTS.marks("İzmir Vale was advised by Ormsby Vale.", ()) is None


@pytest.mark.parametrize("text,posts", [
    ("It was advised by Ormsby Vale and acquired by Tarn.", ()),
    ("Velmora's chief executive said; Hale + Lind (NYSE: HL) is legal counsel.", (len("Velmora's "),)),
    ("She spent years at Tarn Mining, where she was CFO.", (len("She spent years at Tarn Mining, where she was "),)),
    ("Dairy exporters Tarn and Lusk will join Velmora.", ()),
    ("It was Advised By  Ormsby Vale; Velmora, whose chief executive spoke.", (len("It was Advised By  Ormsby Vale; Velmora, whose "),)),
    ("Ormsby Vale is acting as the sole Financial Adviser and Tarn, as the legal counsel, said.", ()),
    ("She spent years at Tarn Mining, where she was chief; the consultancy Tarn Insight.", ()),
    ("İzmir Vale was advised by Ormsby Vale, the exporters Tarn + Lusk.", ()),
])
def test_runs_same_as_every_slot_tried(text, posts, monkeypatch):
    """The text's slot prefilter changes no result: every run is tried against every slot."""
    found = list(SLOTS.runs(text, posts))
    unmarked = FirmSlots(SLOTS.agents, SLOTS.roles, SLOTS.nouns)
    monkeypatch.setattr(unmarked, "marks", lambda text, posts, shared=None: None)
    assert found == list(unmarked.runs(text, posts))


STAFF = FirmSlots({"advised by", "officials of", "trained at"}, {"legal advisers"}, ())


@pytest.mark.parametrize("text,runs", [
    # the slot's cue governs every member of the list it opens; a particle inside a name
    ("It was advised by Ormsby Vale, Tarn Kessel and Lusk del Prado.", ["Ormsby Vale", "Tarn Kessel", "Lusk del Prado"]),
    ("She trained at Velmora Institutet and at Lusk Polytechnic.", ["Velmora Institutet", "Lusk Polytechnic"]),
    # one-word surnames before a member a Romance `y`/`&` joins: one partnership
    ("It was advised by Ormsby Vale and Ibáñez, Serrano y Lusk.", ["Ormsby Vale", "Ibáñez, Serrano y Lusk"]),
    ("Tarn Kessel and Vale, Ortiz e Lusk are legal advisers.", ["Tarn Kessel", "Vale, Ortiz e Lusk"]),
    # a list of modifiers of a noun, the head of a longer name: no names
    ("It met officials of German and Kenyan companies.", []),
    ("It met officials of Invest in Velmora.", []),
])
def test_runs_list_members(text, runs):
    assert [text[a:b] for a, b in STAFF.runs(text)] == runs


@pytest.mark.parametrize("text,org,posts,places,runs", [
    # the runs listed with a name the rules read: three members, or two joined by `and`
    ("Ormsby Vale, Tarn Bank and Lusk Foundry signed.", "Tarn Bank", (), (), ["Ormsby Vale", "Lusk Foundry"]),
    ("Kessel Motors and Lusk Aero Engines signed.", "Kessel Motors", (), (), ["Lusk Aero Engines"]),
    ("It worked on the Green Partnership and the Lusk Foundry.", "Lusk Foundry", (), (), []),
    ("Contact: Jane Orme, Tarn Bank", "Tarn Bank", (), (), []),  # a name and its apposition
    # a post ends the list (a contact line, a person's apposition)
    ("Jane Orme, Head of Media, Tarn Bank", "Tarn Bank", ("Head",), (), []),
    ("It heard Tarn Bank, and Jon Orme, director of Lusk.", "Tarn Bank", ("director",), (), []),
    # a one-word member after a place's run and a bare `and`: the tail of a longer name
    ("It met Velmora Trade and Enterprise, Tarn Bank and Lusk Foundry.", "Tarn Bank", (), ("Velmora",),
     ["Lusk Foundry"]),
])
def test_runs_listed_with_a_name(text, org, posts, places, runs):
    a = text.index(org)
    starts = [text.index(p) for p in posts]
    found = STAFF.runs(text, starts, [(a, a + len(org))], {text.index(p) for p in places})
    assert [text[x:y] for x, y in found] == runs


# texts whose runs the whole-text scan finds where a scan from a mark would not: a run of six
# capitalised words (its last five are the run), a cue inside a Title Case run, particles, lists
LOCAL_SCAN_TEXTS = [
    "Tarn Holdings Acquired By Ormsby Vale Lusk Partners, advised by Hale + Lind and Velmora.",
    "The Board Of Velmora Mining Group Said, and Tarn, Lusk and the Agroindustrias del Bajío Group spoke.",
    "Velmora's chief executive, Ana Ruiz; Tarn Mining, whose chief executive spoke, and Lusk (NYSE: LSK).",
    "It was Advised By  Ormsby Vale; Hale + Lind is acting as the sole financial adviser to Van der Berg.\n"
    "Funded By Tarn Capital Partners Fund Two, and with the consultancy Lusk Insight.",
]


@pytest.mark.parametrize("text", LOCAL_SCAN_TEXTS)
def test_run_index_same_as_whole_scan(text):
    """RunIndex finds what the whole text's scan finds: the run ending at any position, and the
    run starting right after a list's separator."""
    every = {m.start(): m.end() for m in RUN.finditer(text)}
    ends = {b: a for a, b in every.items()}
    index = RunIndex(text)
    assert [index.start_of(b) for b in range(len(text) + 1)] == [ends.get(b) for b in range(len(text) + 1)]
    after = [m.end() for sep in (", ", " and ", " and the ") for m in re.finditer(sep, text)]
    assert [index.end_of(a) for a in after] == [every.get(a) for a in after]


@pytest.mark.parametrize("text", LOCAL_SCAN_TEXTS)
def test_marks_runs_same_as_whole_scan(text):
    """The runs at the marks, found by scanning the marks' stretches only, are those of the whole scan."""
    posts = [m.end() for m in re.finditer(r"(?:'s|, whose) ", text)]
    marks = SLOTS.marks(text, posts)
    assert marks.runs(text) == marks.at([m.span() for m in RUN.finditer(text)])


@pytest.mark.parametrize("text,posts", [
    ("It was advised by Ormsby Vale and acquired by Tarn.", ()),
    ("Ormsby Vale is acting as the sole Financial Adviser and Tarn, as the legal counsel, said.", ()),
    ("She spent years at Tarn Mining, where she was chief; the consultancy Tarn + Lusk.", ()),
])
def test_marks_same_from_the_shared_word_scan(nlp_en, text, posts):
    """The cues read from the pipeline's shared pass (candidates.WordScan) mark what the
    slots' own automaton marks."""
    from extractor.candidates import WordScan

    scan = WordScan()
    scan.register("other", ["chairman", "advised", "by"])
    scan.register("slots", SLOTS.cue_words)
    hits = scan.occurrences(nlp_en.make_doc(text), text)
    assert SLOTS.marks(text, posts, (hits, scan.table("slots"))) == SLOTS.marks(text, posts)
