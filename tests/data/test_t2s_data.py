"""models/shared/t2s_chars.tsv: up to date with its generator, one code point to one, and
folding the Hong Kong and Taiwan standard forms as well as OpenCC's own."""

from __future__ import annotations

import functools
import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TSV = ROOT / "models" / "shared" / "t2s_chars.tsv"
SCRIPT = ROOT / "models" / "scripts" / "build_t2s.py"


@functools.cache
def table() -> dict[str, str]:
    rows = [ln.split("\t") for ln in TSV.read_text("utf-8").splitlines()
            if ln and not ln.startswith("#")][1:]
    return dict(rows)


def test_generator_output_is_committed():
    spec = importlib.util.spec_from_file_location("pressner_build_t2s", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.build() == TSV.read_text("utf-8")
    assert module.build_phrases() == module.PHRASES.read_text("utf-8")


def test_one_code_point_each_way():
    assert all(len(t) == 1 and len(s) == 1 and t != s for t, s in table().items())


@pytest.mark.parametrize("written,folded", [
    ("衞生署", "卫生署"),      # Hong Kong standard form of 衛
    ("衛生署", "卫生署"),      # OpenCC's form
    ("敍述", "叙述"),          # Hong Kong 敍 for 敘
    ("立法會", "立法会"),
    ("臺灣", "台湾"),
    ("著名", "著名"),          # 著 is simplified as well: never folded to 着
    ("抬頭", "抬头"),          # 抬 is simplified: the Hong Kong 擡 is no key
])
def test_folds(written, folded):
    assert "".join(table().get(c, c) for c in written) == folded
