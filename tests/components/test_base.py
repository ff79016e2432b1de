"""DataComponent.pipe: a batch at a time, every doc once, in order, same result as one by one."""

from __future__ import annotations

import pytest
import spacy

from extractor.components.base import staged
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
