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
