"""spaCy's greedy NER decoding, one numpy step for a whole batch of documents.

spaCy's `ner` (a transition-based parser over BILUO moves) spends most of its time, on
en_core_web_sm, not in its networks but in the loop that walks each document token by
token: per state and step it asks every one of the 74 moves whether it is valid, and
it takes the interpreter's lock once per step. The network part (tok2vec, the lower
layer precomputed for every token, the upper layer on each state's hidden vector) is
cheap beside it.

`GreedyNer` runs the same model with the same arithmetic and the walk vectorised: the
documents of a batch are sorted longest first, so that after t steps the live states
are the first k of them, and each step is a handful of array operations over those k
states. What each step computes is what spaCy's `predict_states` and
`c_transition_batch` compute, in the same float32 order (features summed in feature
order, then the bias; maxout; the upper layer through the same blis `gemm`, then its
bias), and the same move wins (the first best-scoring valid move). Move validity is
that of `spacy/pipeline/_parser_internals/ner.pyx` for documents without preset
entities, which is what a freshly tokenised text is. tests/core/test_ner_decode.py
checks the spans against the component's own `pipe`.
"""

from __future__ import annotations

import numpy
from spacy.attrs import IS_SPACE, SENT_START
from spacy.tokens import Doc

TokenSpan = tuple[int, int, str]  # token start, token end, label

MOVES = "BILUO"


def decoder(ner):
    """`GreedyNer` for a model it reproduces; else the component's own `pipe`."""
    return GreedyNer(ner) if GreedyNer.supports(ner) else lambda docs: pipe_spans(ner, docs)


def pipe_spans(ner, docs: list[Doc]) -> list[list[TokenSpan]]:
    """The entities spaCy's own `pipe` gives each document, as token spans."""
    return [[(e.start, e.end, e.label_) for e in d.ents]
            for d in ner.pipe(docs, batch_size=max(1, len(docs)))]


class GreedyNer:
    """The greedy decoder of one loaded spaCy `ner` component (beam width 1)."""

    @staticmethod
    def supports(ner) -> bool:
        """Greedy, an upper layer, every class seen in training, NER's three state
        features: the model `__call__` reproduces exactly."""
        model = ner.model
        return (ner.cfg.get("beam_width", 1) == 1 and model.attrs.get("has_upper", False)
                and not model.attrs.get("unseen_classes") and len(model.layers) == 3
                and model.layers[1].get_dim("nF") == 3)

    def __init__(self, ner) -> None:
        if not self.supports(ner):
            raise ValueError("GreedyNer cannot reproduce this model's decoding (see `supports`)")
        model = ner.model
        self.tok2vec, self.lower, self.upper = model.layers
        self.ops = model.ops
        names = [ner.moves.get_class_name(i) for i in range(ner.moves.n_moves)]
        labels = sorted({n[2:] for n in names if n[1:2] == "-" and n[2:]})
        self.labels = labels
        n_moves = len(names)
        move = numpy.array([MOVES.index(n[0]) if n[0] in MOVES else -1 for n in names])
        label = numpy.array([labels.index(n[2:]) if n[1:2] == "-" and n[2:] else -1 for n in names])
        self.move, self.label = move, label
        # valid[open label + 1, buffer >= 2, B0 is space, B1 starts a sentence] -> moves
        valid = numpy.zeros((len(labels) + 1, 2, 2, 2, n_moves), dtype=bool)
        has_label = label >= 0
        for ol, two, space, ss1 in numpy.ndindex(len(labels) + 1, 2, 2, 2):
            is_open, same = ol > 0, label == ol - 1
            begin = bool(not is_open and two and not ss1 and not space)
            inside = bool(is_open and two and not ss1)
            unit = bool(not is_open and not space)
            valid[ol, two, space, ss1] = has_label & (
                (move == 0) & begin | (move == 1) & inside & same
                | (move == 2) & is_open & same | (move == 3) & unit) | (move == 4) & (not is_open)
        self.valid = valid

    def __call__(self, docs: list[Doc]) -> list[list[TokenSpan]]:
        """The entities of each document as token spans, in order."""
        out: list[list[TokenSpan]] = [[] for _ in docs]
        live = [i for i, d in enumerate(docs) if len(d)]
        if not live:
            return out
        batch = [docs[i] for i in live]
        tokvecs = self.tok2vec.predict(batch)
        feats = self.lower.predict(tokvecs)  # (tokens + 1, nF, nO, nP); row 0: padding
        bias = self.lower.get_param("b")
        W, b = self.upper.get_param("W"), self.upper.get_param("b")
        lengths = numpy.array([len(d) for d in batch])
        offsets = numpy.concatenate(([0], numpy.cumsum(lengths)[:-1]))
        flags = numpy.concatenate([d.to_array([IS_SPACE, SENT_START]) for d in batch])
        space = (flags[:, 0] != 0).astype(numpy.int64)
        sent1 = numpy.concatenate((flags[1:, 1] == 1, [False])).astype(numpy.int64)
        order = numpy.argsort(-lengths, kind="stable")  # longest first: live states are a prefix
        lengths, offsets = lengths[order], offsets[order]
        n = len(batch)
        open_label = numpy.full(n, -1)
        ent_start = numpy.zeros(n, dtype=numpy.int64)
        move, label, valid = self.move, self.label, self.valid
        f0, f1, f2 = feats[:, 0], feats[:, 1], feats[:, 2]
        found: list[tuple[numpy.ndarray, numpy.ndarray, numpy.ndarray, numpy.ndarray]] = []
        k = n
        for t in range(int(lengths[0])):
            while lengths[k - 1] <= t:
                k -= 1
            ol = open_label[:k]
            is_open = ol >= 0
            b0 = offsets[:k] + t  # row in the batch's tokens
            rows1 = numpy.where(is_open, offsets[:k] + ent_start[:k] + 1, 0)
            rows2 = numpy.where(is_open, b0, 0)  # B0 - 1, shifted by the padding row
            unmaxed = f0[b0 + 1] + f1[rows1] + f2[rows2] + bias
            hidden = numpy.ascontiguousarray(unmaxed.max(axis=2))
            scores = self.ops.gemm(hidden, W, trans2=True)
            scores += b
            last = lengths[:k] - t < 2
            ss1 = numpy.where(last, 0, sent1[b0])
            ok = valid[ol + 1, (~last).astype(numpy.int64), space[b0], ss1]
            guess = numpy.where(ok, scores, -numpy.inf).argmax(axis=1)
            mv, lb = move[guess], label[guess]
            begin = mv == 0
            ent_start[:k][begin] = t
            open_label[:k][begin] = lb[begin]
            close = mv == 2
            unit = mv == 3
            if close.any() or unit.any():
                idx = numpy.nonzero(close | unit)[0]
                starts = numpy.where(close[idx], ent_start[idx], t)
                labs = numpy.where(close[idx], ol[idx], lb[idx])
                found.append((idx, starts, numpy.full(len(idx), t + 1), labs))
                open_label[:k][close] = -1
        back = numpy.array(live)[order]
        for idx, starts, ends, labs in found:
            for i, s, e, lab in zip(idx.tolist(), starts.tolist(), ends.tolist(), labs.tolist()):
                out[int(back[i])].append((s, e, self.labels[lab]))
        for spans in out:
            spans.sort()
        return out
