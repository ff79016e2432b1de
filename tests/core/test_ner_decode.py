"""The vectorised greedy decoder finds exactly the spans of spaCy's own `ner` pipe."""

import random

import pytest

from extractor.learned import SpacyNer
from extractor.ner_decode import GreedyNer, decoder, pipe_spans

TEXTS = [
    "Dr. Alma Ferrow, chief executive of Quillon Holdings Ltd., met Mayor Ben Osei in Accra "
    "on 3 May 2024.",
    "The Harbour Authority of Port Verin said on Tuesday that 1,200 workers would join.",
    "  Leading  spaces,\tTabs\tand  double  spaces  around   Kestrel Bank  .  ",
    "Line one\nLine two with Sara Lind\n\n\nafter blank lines, for Norvale University",
    "Ivo",  # one token
    "",
    "   ",
    "Mr Tomas Reyes and Ms Ana Cruz ( Bravo Partners ) visited Lisbon , Portugal .",
    "United Nations", "Acme Corp. Acme Corp. Acme Corp.",
]
WORDS = ["the", "of", "and", "said", "Minister", "Council", "Anders", "Kowal", "Group", "Inc.",
         "Berlin", "in", "March", "2025", ",", ".", "Ltd", "Ms", "Ruth", "Okafor", "\n", "  ",
         "University", "of", "Tella", "Foundation", "$", "5", "million", "-", "(", ")", "Lake"]


@pytest.fixture(scope="module")
def backend():
    return SpacyNer()


def reference(nlp, texts):
    return pipe_spans(nlp.get_pipe("ner"), [nlp.make_doc(t) for t in texts])


@pytest.mark.parametrize("text", TEXTS)
def test_one_document_alone(backend, text):
    nlp = backend.nlp
    assert GreedyNer(nlp.get_pipe("ner"))([nlp.make_doc(text)]) == reference(nlp, [text])


@pytest.mark.parametrize("seed", range(3))
def test_batches_of_mixed_lengths(backend, seed):
    rng = random.Random(seed)
    texts = TEXTS + [" ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 400)))
                     for _ in range(60)]
    rng.shuffle(texts)
    nlp = backend.nlp
    assert GreedyNer(nlp.get_pipe("ner"))([nlp.make_doc(t) for t in texts]) == reference(nlp, texts)


def test_the_packaged_model_is_decoded_by_greedy_ner(backend):
    assert isinstance(backend.decode, GreedyNer)


def test_a_model_it_cannot_reproduce_runs_through_the_pipe(backend, monkeypatch):
    ner = backend.nlp.get_pipe("ner")
    monkeypatch.setitem(ner.model.attrs, "unseen_classes", {0})
    decode = decoder(ner)
    assert not isinstance(decode, GreedyNer)
    docs = [backend.nlp.make_doc(t) for t in TEXTS]
    assert decode(docs) == pipe_spans(ner, docs)


def test_character_offsets_of_the_backend(backend):
    text = "Sara Lind joined Norvale University.\n\nShe thanked Kestrel Bank."
    spans = backend(text)
    assert spans and all(text[a:b].strip() == text[a:b] and b > a for a, b, _ in spans)
    assert ("Sara Lind", "PERSON") in {(text[a:b], label) for a, b, label in spans}
