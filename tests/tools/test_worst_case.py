"""The worst-case benchmark's inputs have the sizes it reports, and it runs end to end
(tiny sizes here; the real 10 KB / 100 KB / 1 MB run is `python -m tools.worst_case`)."""

from __future__ import annotations

import pytest

from tools import worst_case


@pytest.mark.parametrize(("name", "lang", "build"), worst_case.INPUTS,
                         ids=[i[0] for i in worst_case.INPUTS])
@pytest.mark.parametrize("n", [1, 999, 10_000])
def test_inputs_have_the_size(name, lang, build, n):
    text = build(n)
    assert len(text) == n
    assert lang in ("en", "zh")


def test_runs_end_to_end(capsys, tmp_path, monkeypatch):
    from extractor import gctune

    monkeypatch.setattr(gctune, "enable", lambda: None)  # the test process stays untuned
    monkeypatch.setenv(gctune.ENV, "0")
    worst_case.main(["--sizes", "200,400", "--only", "newlines", "--no-gc",
                     "--out", str(tmp_path / "w.md")])
    out = capsys.readouterr().out
    assert "newlines" in out and "ratio" in out
    page = (tmp_path / "w.md").read_text()
    assert page.startswith("# Worst-case") and "newlines" in page


def test_name_title_chain_grows_linearly(extractor):
    """`Zhu Jialiang, vice chairman of the ` repeated: every unit is a person, a title and
    a role candidate. Ten times the text costs about ten times the time; the margin is
    that of the other linear-time tests on a shared machine (tests/components), and the
    12x figure itself is `python -m extractor.worst_case`'s at 100 KB and 1 MB."""
    build = dict((i[0], i[2]) for i in worst_case.INPUTS)["name, title of the"]
    small, large = (worst_case.time_one(extractor, build(n), "en", repeat=3) for n in (50_000, 500_000))
    assert large < 20 * small + 0.5, (small, large)
