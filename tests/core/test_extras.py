"""A command whose extra is not installed fails with one line naming the extra, exit 2."""

import sys

import pytest

from extractor import cli, extras, gctune


@pytest.fixture
def without(monkeypatch):
    """Pretend one extra is not installed."""
    def hide(extra):
        real = extras.missing
        monkeypatch.setattr(extras, "missing", lambda e: EXTRA_MODULE[e] if e == extra else real(e))
    monkeypatch.setenv(gctune.ENV, "0")  # main() must not tune the test process
    monkeypatch.setattr(gctune, "enable", lambda: None)
    return hide


EXTRA_MODULE = {"server": "fastapi", "kb": "sqlalchemy", "bulk": "trafilatura", "dask": "dask"}


@pytest.mark.parametrize(("extra", "args"), [
    ("server", ["serve", "--port", "1"]),
    ("kb", ["kb", "show", "Someone", "--db", "{tmp}/kb.sqlite"]),
    ("kb", ["kb", "build", "{tmp}/results.jsonl"]),
    ("bulk", ["annotate", "{tmp}/page.html", "-o", "{tmp}/out.jsonl", "--workers", "1"]),
    ("dask", ["annotate", "{tmp}/docs.jsonl", "-o", "{tmp}/out.jsonl", "--engine", "dask"]),
])
def test_missing_extra_is_one_line_naming_it(without, tmp_path, monkeypatch, capsys, extra, args):
    (tmp_path / "page.html").write_text("<html><body><p>Hello.</p></body></html>")
    (tmp_path / "docs.jsonl").write_text('{"text": "Hello."}\n')
    (tmp_path / "results.jsonl").write_text("")
    without(extra)
    monkeypatch.setattr(sys, "argv", ["pressner"] + [a.format(tmp=tmp_path) for a in args])
    with pytest.raises(SystemExit) as info:
        cli.main()
    assert info.value.code == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1
    assert f"pressner[{extra}]" in err and "Traceback" not in err


def test_an_import_error_of_an_extras_module_is_explained():
    e = ModuleNotFoundError("No module named 'rdflib'", name="rdflib")
    assert extras.explain(e, "pressner kb").extra == "kb"
    assert extras.explain(ModuleNotFoundError("x", name="nosuchthing"), "x") is None


def test_every_extra_is_declared_in_pyproject():
    import tomllib

    from tests.conftest import ROOT

    declared = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["optional-dependencies"]
    assert set(extras.EXTRAS) <= set(declared)
