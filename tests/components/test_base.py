"""DataComponent.pipe: a batch at a time, every doc once, in order, same result as one by one;
base.lockstep: one step of every doc of the batch before the next step."""

from __future__ import annotations

import pytest
import spacy

from extractor.components.base import drained, lockstep, staged
from extractor.result import to_result


class Recorder:
    """A component that notes which doc it saw, in which order, among all components."""

    def __init__(self, name: str, log: list[tuple[str, str]]) -> None:
        self.name, self.log = name, log

    def __call__(self, doc):
        self.log.append((self.name, doc.text))
        return doc


@pytest.mark.parametrize(("n_docs", "batch_size", "expected"), [
    (3, 2, ["a:0", "a:1", "b:0", "b:1", "a:2", "b:2"]),
    (3, 5, ["a:0", "a:1", "a:2", "b:0", "b:1", "b:2"]),
    (2, 1, ["a:0", "b:0", "a:1", "b:1"]),
    (2, 0, ["a:0", "b:0", "a:1", "b:1"]),  # (a size below one: one at a time)
    (0, 4, []),
])
def test_staged_runs_each_component_over_the_batch_first(n_docs, batch_size, expected):
    nlp = spacy.blank("en")
    log: list[tuple[str, str]] = []
    docs = (nlp.make_doc(str(i)) for i in range(n_docs))
    chained = staged(Recorder("b", log), staged(Recorder("a", log), docs, batch_size), batch_size)
    out = [d.text for d in chained]
    assert out == [str(i) for i in range(n_docs)]
    assert [f"{name}:{text}" for name, text in log] == expected


@pytest.mark.parametrize("texts", [
    ["Ms Laila Brenner, chair of Ostvik Ferries, met Minister Tomas Ardel in Oslo on 3 May 2026.",
     "Dr Kofi Mensah said on Tuesday that Harrow Data Ltd will open in Leeds.",
     "No entities here at all.",
     "The Deputy Mayor of Rotterdam, Els Kuiper, visited Hamburg in June 2025."],
])
def test_pipe_gives_what_each_doc_alone_gives(nlp_en, texts):
    def result(doc):
        return to_result(doc, doc_id=None, lang="en").model_dump_json(exclude={"timing_ms"})

    alone = [result(nlp_en(nlp_en.make_doc(t))) for t in texts]
    piped = [result(d) for d in nlp_en.pipe((nlp_en.make_doc(t) for t in texts), batch_size=3)]
    assert piped == alone


def _two_steps(log: list[str]):
    """A component's steps on one doc: two finders, then its result (the text's length)."""
    def steps(doc):
        log.append(f"x:{doc.text}")
        yield
        log.append(f"y:{doc.text}")
        yield
        return len(doc.text)
    return steps


@pytest.mark.parametrize(("n_docs", "batch_size", "expected"), [
    (3, 2, ["x:0", "x:1", "y:0", "y:1", "x:2", "y:2"]),
    (3, 5, ["x:0", "x:1", "x:2", "y:0", "y:1", "y:2"]),
    (2, 0, ["x:0", "y:0", "x:1", "y:1"]),  # (a size below one: one at a time)
    (0, 4, []),
])
def test_lockstep_runs_each_step_over_the_batch_first(n_docs, batch_size, expected):
    nlp = spacy.blank("en")
    log: list[str] = []
    docs = (nlp.make_doc(str(i)) for i in range(n_docs))
    out = [d.text for d in lockstep(_two_steps(log), docs, batch_size)]
    assert out == [str(i) for i in range(n_docs)]
    assert log == expected


def test_drained_runs_the_steps_to_their_result():
    log: list[str] = []
    assert drained(_two_steps(log)(spacy.blank("en").make_doc("abc"))) == 3
    assert log == ["x:abc", "y:abc"]


LOCKSTEP_TEXTS = [
    "Ms Laila Brenner, chair of Ostvik Ferries, met Minister Tomas Ardel in Oslo on 3 May 2026.",
    "Dr Kofi Mensah said on Tuesday that Harrow Data Ltd will open in Leeds.",
    "Vossberg Kling Lund and Acme Capital AS advised Norra Bank ASA (OSE: NORRA) on 12 March 2025.",
    "No entities here at all.",
    "BERGEN, Norway, Jan. 8, 2026 -- Fjordlys Energi opened its plant a week ago, at 10:30 a.m. on Monday.",
]


@pytest.mark.parametrize(("component", "label"), [("pressner_orgs", "ORG"), ("pressner_dates", "DATE")])
def test_steps_in_lockstep_give_what_each_doc_alone_gives(nlp_en, component, label):
    """A component whose finders run over the batch in lockstep (`pipe`: the ORG rules'
    finders, the date patterns) gives each doc the candidates and document date that
    `__call__` gives it alone."""
    proc = nlp_en.get_pipe(component)

    def upto(text):
        doc = nlp_en.make_doc(text)
        for name, before in nlp_en.pipeline:
            if name == component:
                return doc
            doc = before(doc)

    def readings(doc):
        return [(c.start, c.end, c.label, c.value, c.source) for c in doc._.candidates], doc._.doc_date

    alone = [readings(proc(upto(t))) for t in LOCKSTEP_TEXTS]
    piped = [readings(d) for d in proc.pipe([upto(t) for t in LOCKSTEP_TEXTS], batch_size=3)]
    assert piped == alone
    assert any(c[2] == label for doc, _ in alone for c in doc)
