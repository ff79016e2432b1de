"""`kb build` and `kb export` on bad input and under contention: one line, nothing half-made."""

from __future__ import annotations

import json
import subprocess
import sys
import time

import pytest
from typer.testing import CliRunner

from extractor.cli import app
from extractor.kb import build_kb

GOOD = {"id": "a", "lang": "en", "entities": [
    {"start": 0, "end": 9, "label": "PERSON", "text": "Zhang Wei", "value": "Zhang Wei"}], "roles": []}
OTHER = {"id": "b", "lang": "en", "entities": [
    {"start": 0, "end": 5, "label": "REGION", "text": "Tibet", "value": "Tibet"}], "roles": []}


def _line(d):
    return json.dumps(d) + "\n"


def _build(*args):
    return CliRunner().invoke(app, ["kb", "build", *map(str, args)])


@pytest.mark.parametrize("content, line, says", [
    (_line(GOOD) + _line(OTHER)[:30], 2, "not a JSON result line"),   # cut-off last line
    ("garbage\n" + _line(GOOD), 1, "not a JSON result line"),
    (_line(GOOD) + "[1, 2]\n", 2, "expected a JSON object"),
    (_line(GOOD) + _line({"id": "c", "entities": [{"text": "x"}]}), 2, "not an entity"),
    (_line(GOOD) + _line({"id": {"a": 1}, "entities": []}), 2, "id must be a string or an integer"),
    (_line(GOOD) + _line(GOOD | {"lang": "zh"}), 2, "already used by a different document at"),
])
def test_bad_line_is_one_line_naming_file_and_line_and_creates_nothing(tmp_path, content, line, says):
    res = tmp_path / "results.jsonl"
    res.write_text(content, encoding="utf-8")
    db = tmp_path / "kb.sqlite"
    r = _build(res, "--db", db)
    assert r.exit_code == 2
    assert r.output.startswith(f"error: {res}:{line}: ") and says in r.output
    assert r.output.count("\n") == 1 and "Traceback" not in r.output
    assert not db.exists()


@pytest.mark.parametrize("content, counts", [
    (_line(GOOD) + _line(OTHER)[:30], {"added": 1, "bad_lines": 1}),
    ("garbage\n" + _line(GOOD) + _line(OTHER), {"added": 2, "bad_lines": 1}),
    (_line(GOOD) + _line(GOOD | {"lang": "zh"}), {"added": 1, "bad_lines": 1}),
    (_line(GOOD) + _line(GOOD), {"added": 1, "repeated": 1}),  # an exact repeat is harmless
])
def test_skip_bad_lines_builds_the_good_ones_and_counts(tmp_path, content, counts):
    res = tmp_path / "results.jsonl"
    res.write_text(content, encoding="utf-8")
    r = _build(res, "--db", tmp_path / "kb.sqlite", "--skip-bad-lines")
    assert r.exit_code == 0, r.output
    out = json.loads(r.output)
    assert {k: out.get(k) for k in counts} == counts


def test_same_id_in_a_later_build_updates_the_document(tmp_path):
    first, second = tmp_path / "1.jsonl", tmp_path / "2.jsonl"
    first.write_text(_line(GOOD), encoding="utf-8")
    second.write_text(_line(GOOD | {"entities": OTHER["entities"]}), encoding="utf-8")
    db = str(tmp_path / "kb.sqlite")
    build_kb([first], db)
    out = build_kb([second], db)
    assert out["updated"] == 1 and out["entities"] == 1 and "entities.PERSON" not in out


BUILD = """
import sys, time
from extractor.kb import build_kb
start = float(sys.argv[3])
while time.time() < start:
    time.sleep(0.001)
print(build_kb([sys.argv[1]], sys.argv[2]))
"""


@pytest.mark.parametrize("existing", [False, True])
def test_concurrent_builds_wait_for_each_other(tmp_path, existing):
    db = tmp_path / "kb.sqlite"
    files = []
    for i in range(3):
        p = tmp_path / f"r{i}.jsonl"
        p.write_text(_line(GOOD | {"id": f"a{i}"}) + _line(OTHER | {"id": f"b{i}"}), encoding="utf-8")
        files.append(p)
    if existing:
        seed = tmp_path / "seed.jsonl"
        seed.write_text(_line(GOOD | {"id": "seed"}), encoding="utf-8")
        build_kb([seed], str(db))
    start = time.time() + 3  # all processes imported and waiting: they start together
    procs = [subprocess.Popen([sys.executable, "-c", BUILD, str(p), str(db), str(start)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for p in files]
    outs = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0], [err[-300:] for _, err in outs]
    final = build_kb(files, str(db))
    assert final["documents"] == 6 + existing and final["unchanged"] == 6


@pytest.mark.parametrize("fmt", ["jsonld", "ntriples"])
def test_export_creates_the_missing_folder(tmp_path, fmt):
    res = tmp_path / "results.jsonl"
    res.write_text(_line(GOOD), encoding="utf-8")
    db = str(tmp_path / "kb.sqlite")
    build_kb([res], db)
    out = tmp_path / "missing" / "dir" / "kb.out"
    r = CliRunner().invoke(app, ["kb", "export", "--db", db, "--format", fmt, "-o", str(out)])
    assert r.exit_code == 0, r.output
    assert out.stat().st_size > 0


def test_schema_created_by_another_build_meanwhile(tmp_path):
    """The race of two first builds, made certain: another connection creates the tables
    after this one checked for them and before it creates them."""
    import sqlite3

    from sqlalchemy import event
    from sqlalchemy.schema import CreateTable

    from extractor.kb import connect
    from extractor.kb import models as m

    db = tmp_path / "kb.sqlite"
    done = []

    def other_build_first(target, connection, tables=(), **kw):
        if not done:
            done.append(True)
            with sqlite3.connect(db) as other:
                for t in tables:
                    other.execute(str(CreateTable(t).compile(dialect=connection.dialect)))

    event.listen(m.Base.metadata, "before_create", other_build_first)
    try:
        connect(str(db)).dispose()
    finally:
        event.remove(m.Base.metadata, "before_create", other_build_first)
    assert done


def test_build_waits_for_a_writer_that_holds_the_database(tmp_path):
    """Another build is writing when this one starts, for longer than SQLite's default
    busy timeout (5 s): this one waits instead of failing with "database is locked"."""
    import sqlite3
    import threading

    db = tmp_path / "kb.sqlite"
    res = tmp_path / "r.jsonl"
    res.write_text(_line(GOOD), encoding="utf-8")
    build_kb([res], str(db))
    res.write_text(_line(OTHER), encoding="utf-8")
    other = sqlite3.connect(db, timeout=30, check_same_thread=False)
    other.isolation_level = None
    other.execute("BEGIN IMMEDIATE")
    other.execute("UPDATE documents SET lang = lang")

    def finish():
        time.sleep(5.5)
        other.execute("COMMIT")

    t = threading.Thread(target=finish)
    t.start()
    try:
        out = build_kb([res], str(db))
    finally:
        t.join()
        other.close()
    assert out["added"] == 1 and out["documents"] == 2
