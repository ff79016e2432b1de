"""The `pressner` commands: extract, annotate (JSONL contract), evaluate, build."""

import json

import pytest
from typer.testing import CliRunner

from extractor.cli import app

from tests.conftest import DEV, LEARNED_ONLY_EN, needs_shared

runner = CliRunner()


def test_extract_prints_one_result(tmp_path):
    path = tmp_path / "release.txt"
    path.write_text("2021年4月14日,北京市贸促会副会长朱佳良出席。", encoding="utf-8")
    res = runner.invoke(app, ["extract", str(path), "--doc-date", "2021-04-23"])
    assert res.exit_code == 0, res.output
    out = json.loads(res.stdout)
    assert out["lang"] == "zh" and out["doc_date"] == "2021-04-23"
    assert ("朱佳良", "PERSON") in {(e["text"], e["label"]) for e in out["entities"]}


def test_extract_reads_stdin():
    res = runner.invoke(app, ["extract", "-"], input="Vice Premier Hu Chunhua visited Tianjin.")
    assert res.exit_code == 0
    assert json.loads(res.stdout)["roles"][0]["person"] == "Hu Chunhua"


@pytest.mark.parametrize("args", [["--lang", "fr"], ["--doc-date", "yesterday"], ["--profile", "turbo"]])
def test_extract_bad_arguments_exit_2(tmp_path, args):
    path = tmp_path / "r.txt"
    path.write_text("Talks in Beijing.", encoding="utf-8")
    res = runner.invoke(app, ["extract", str(path), *args])
    assert res.exit_code == 2
    assert "error E00" in res.output


@pytest.mark.parametrize("profile,learned", [("fast", False), ("accurate", True)])
def test_extract_profile(tmp_path, profile, learned):
    path = tmp_path / "r.txt"
    path.write_text(LEARNED_ONLY_EN, encoding="utf-8")
    res = runner.invoke(app, ["extract", str(path), "--profile", profile])
    assert res.exit_code == 0, res.output
    sources = [e["source"] for e in json.loads(res.stdout)["entities"]]
    assert any(s.startswith("learned.") for s in sources) is learned


def test_annotate_unknown_profile_exit_2(tmp_path):
    res = runner.invoke(app, ["annotate", str(tmp_path), "-o", str(tmp_path / "o.jsonl"), "--profile", "turbo"])
    assert res.exit_code == 2
    assert "turbo" in res.output


def test_annotate_jsonl_in_order(tmp_path):
    src = tmp_path / "in.jsonl"
    docs = [{"id": "b", "text": "Talks in Beijing on May 3.", "doc_date": "2020-05-10"},
            {"id": "a", "text": "上海市副市长陈浩出席。"},
            {"id": "c", "text": "x", "lang": "fr"}]
    src.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    res = runner.invoke(app, ["annotate", str(src), "-o", str(out), "--workers", "1"])
    assert res.exit_code == 0, res.output
    lines = [json.loads(x) for x in out.read_text("utf-8").splitlines()]
    assert [x["id"] for x in lines] == ["b", "a", "c"]
    assert lines[0]["entities"][1]["value"] == "2020-05-03"
    assert lines[2]["error"]["code"] == "E001"


@needs_shared(DEV)
def test_evaluate_prints_the_scorer_table():
    res = runner.invoke(app, ["evaluate", str(DEV), "--lang", "en"])
    assert res.exit_code == 0, res.output
    assert "micro-F1" in res.stdout and "DATE" in res.stdout


def test_build_saves_loadable_pipelines(tmp_path, monkeypatch):
    monkeypatch.setenv("PRESSNER_PIPELINES", str(tmp_path))
    res = runner.invoke(app, ["build", "--lang", "en"])
    assert res.exit_code == 0, res.output
    import spacy

    fast = spacy.load(tmp_path / "en-fast").pipe_names
    accurate = spacy.load(tmp_path / "en-accurate").pipe_names
    assert "pressner_resolver" in fast and "pressner_learned" not in fast
    assert accurate.index("pressner_learned") < accurate.index("pressner_resolver")


def _gb18030(tmp_path):
    path = tmp_path / "gb.txt"
    path.write_bytes("2021年4月14日,上海市副市长陈浩出席。".encode("gb18030"))
    return path


@pytest.mark.parametrize("args", [
    ["extract", "{tmp}/missing.txt"],
    ["extract", "{tmp}"],
    ["build", "--lang", "fr"],
    ["evaluate", "{tmp}/missing.jsonl"],
])
def test_bad_input_one_line_error_exit_2(tmp_path, args):
    res = runner.invoke(app, [a.format(tmp=tmp_path) for a in args])
    assert res.exit_code == 2, (res.output, res.exception)
    assert res.exception is None or isinstance(res.exception, SystemExit)
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error"), res.stderr


def test_extract_decodes_gb18030_like_annotate(tmp_path):
    res = runner.invoke(app, ["extract", str(_gb18030(tmp_path))])
    assert res.exit_code == 0, (res.output, res.exception)
    assert ("陈浩", "PERSON") in {(e["text"], e["label"]) for e in json.loads(res.stdout)["entities"]}


HELPS = [[], ["extract"], ["annotate"], ["evaluate"], ["build"], ["serve"], ["kb"], ["kb", "build"],
         ["kb", "export"], ["kb", "show"], ["kb", "evaluate"]]


@pytest.mark.parametrize("command", HELPS, ids=lambda c: " ".join(c) or "pressner")
def test_help_shows_no_type_artefacts(command):
    res = runner.invoke(app, [*command, "--help"], terminal_width=100)
    assert res.exit_code == 0
    for artefact in ("<bool>", "<list[", "{", "}"):
        assert artefact not in res.stdout, (artefact, res.stdout)


def test_serve_help_shows_every_default():
    from api.settings import Settings

    text = " ".join(runner.invoke(app, ["serve", "--help"], terminal_width=200).stdout.split())
    for name in ("host", "port", "workers", "keepalive_requests", "max_text_chars", "max_body_bytes",
                 "max_batch_documents", "log_level"):
        assert f"default {Settings.model_fields[name].default}" in text, name


def test_version():
    import extractor

    res = runner.invoke(app, ["--version"])
    assert res.exit_code == 0 and res.stdout.strip() == f"pressner {extractor.__version__}"


@pytest.mark.parametrize("text", ["Vice Premier Hu Chunhua visited Tianjin.", "上海市副市长陈浩出席。"])
def test_extract_prints_nothing_on_stderr(text):
    import subprocess
    import sys

    res = subprocess.run([sys.executable, "-m", "extractor.cli", "extract", "-"], input=text,
                         capture_output=True, text=True, timeout=300)
    assert res.returncode == 0 and res.stderr == ""
