"""The resume guarantee: kill the run anywhere, `--resume`, and get the uninterrupted output."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from extractor.bulk import InlineEngine, Job, ResumeError, annotate
from extractor.bulk.resume import checkpoint_path

from .conftest import EN, ZH, wait_for_checkpoint, write_jsonl

N_DOCS = 1000


def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(20):
        (folder / f"t{i:02d}.txt").write_text(f"{i}. {ZH if i % 2 else EN}", encoding="utf-8")
    recs = [{"id": f"d{i}", "text": f"{i}. {EN if i % 3 else ZH}"} for i in range(N_DOCS)]
    write_jsonl(folder / "z.jsonl", recs)
    return folder


def cli(*args: str) -> list[str]:
    code = "from extractor.cli import app; app()"
    return [sys.executable, "-c", code, "annotate", *args, "--no-progress"]


def run(inputs: list[Path], out: Path, **kw) -> dict:
    return annotate(Job(inputs=inputs, output=out, progress=False, **kw), engine=InlineEngine())


def test_kill_9_then_resume_equals_uninterrupted(tmp_path):
    folder = corpus(tmp_path)
    ref, out = tmp_path / "ref.jsonl", tmp_path / "out.jsonl"
    run([folder], ref, csv=tmp_path / "ref.csv")
    args = [str(folder), "-o", str(out), "--csv", str(tmp_path / "out.csv"), "--workers", "1",
            "--batch-size", "8", "--checkpoint-seconds", "0"]
    proc = subprocess.Popen(cli(*args), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_for_checkpoint(out, proc, 200, timeout=120)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    ckpt = json.loads(checkpoint_path(out).read_text())
    assert not ckpt["complete"] and 0 < ckpt["documents"] < N_DOCS + 20
    with open(out, "ab") as f:
        f.write(b'{"id": "torn')  # as if killed in the middle of a line
    done = subprocess.run(cli(*args, "--resume"), capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    summary = json.loads(done.stderr.strip().splitlines()[-1])
    assert summary["resumed_from"] == ckpt["documents"] and summary["documents"] == N_DOCS + 20
    assert sorted(out.read_text().splitlines()) == sorted(ref.read_text().splitlines())
    assert out.read_bytes() == ref.read_bytes()
    assert (tmp_path / "out.csv").read_bytes() == (tmp_path / "ref.csv").read_bytes()


def test_resume_after_complete_run_changes_nothing(tmp_path):
    folder = corpus(tmp_path)
    out = tmp_path / "out.jsonl"
    run([folder], out)
    before = out.read_bytes()
    summary = run([folder], out, resume=True)
    assert out.read_bytes() == before and summary["documents"] == N_DOCS + 20


def test_resume_drops_unsynced_tail_and_docbin_parts(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    write_jsonl(folder / "a.jsonl", [{"id": str(i), "text": EN} for i in range(40)])
    ref, out = tmp_path / "ref.jsonl", tmp_path / "out.jsonl"
    run([folder], ref, batch_size=8, docbin=tmp_path / "ref_docs")
    run([folder], out, batch_size=8, docbin=tmp_path / "docs")
    ckpt = json.loads(checkpoint_path(out).read_text())
    lines = out.read_bytes().splitlines(keepends=True)
    ckpt.update(documents=16, last_id="15", complete=False,
                sizes={"jsonl": len(b"".join(lines[:16]))})
    checkpoint_path(out).write_text(json.dumps(ckpt))
    summary = run([folder], out, batch_size=8, docbin=tmp_path / "docs", resume=True)
    assert out.read_bytes() == ref.read_bytes() and summary["resumed_from"] == 16
    assert sorted(p.name for p in (tmp_path / "docs").iterdir()) == \
        sorted(p.name for p in (tmp_path / "ref_docs").iterdir())


@pytest.mark.parametrize("change", ["fewer", "other_id", "other_input"])
def test_resume_refuses_changed_inputs(tmp_path, change):
    folder = tmp_path / "in"
    folder.mkdir()
    path = write_jsonl(folder / "a.jsonl", [{"id": str(i), "text": EN} for i in range(10)])
    out = tmp_path / "out.jsonl"
    run([folder], out)
    inputs = [folder]
    if change == "fewer":
        write_jsonl(path, [{"id": "0", "text": EN}])
    elif change == "other_id":
        write_jsonl(path, [{"id": f"x{i}", "text": EN} for i in range(10)])
    else:
        inputs = [path]
    with pytest.raises(ResumeError):
        run(inputs, out, resume=True)


def test_without_resume_output_starts_over(tmp_path):
    path = write_jsonl(tmp_path / "a.jsonl", [{"id": "a", "text": EN}])
    out = tmp_path / "out.jsonl"
    out.write_text("old content\n")
    run([path], out)
    assert [json.loads(x)["id"] for x in out.read_text().splitlines()] == ["a"]
    assert os.path.exists(checkpoint_path(out))
