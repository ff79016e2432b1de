"""Bulk input built to hurt: gzip bombs, two runs on one output, ids used twice."""

from __future__ import annotations

import gzip
import json
import os
import signal
import subprocess
import sys
import zlib

import pytest

from extractor.bulk import InlineEngine, Job, annotate
from extractor.bulk.decode import MAX_FILE_BYTES, NotText, gunzip
from extractor.bulk.lock import OutputLock, OutputLocked, lock_path

from .conftest import EN, ZH, write_jsonl
from .test_resume import cli


def _bomb(unpacked: int, line: bytes = b"a") -> bytes:
    """A gzip of `unpacked` bytes of one repeated line: a few hundred KB."""
    c = zlib.compressobj(9, zlib.DEFLATED, 31)
    block = line * (1 << 20)
    parts = [c.compress(block) for _ in range(-(-unpacked // len(block)))]
    return b"".join(parts) + c.flush()


def _run(inputs, out, **kw):
    annotate(Job(inputs=inputs, output=out, progress=False, **kw), engine=InlineEngine())
    return [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("limit, size, ok", [
    (1000, 1000, True), (1000, 1001, False), (1000, 10_000_000, False), (0, 0, True),
])
def test_gunzip_stops_at_the_limit(limit, size, ok):
    data = gzip.compress(b"x" * size)
    if ok:
        assert gunzip(data, limit) == b"x" * size
    else:
        with pytest.raises(NotText) as e:
            gunzip(data, limit)
        assert e.value.code == "E015"


@pytest.mark.parametrize("data, want", [
    (gzip.compress(b"one ") + gzip.compress(b"two"), b"one two"),  # several members
    (gzip.compress(b"abc") + b"\x00" * 8, b"abc"),                 # zero padding
])
def test_gunzip_reads_what_gzip_reads(data, want):
    assert gunzip(data) == gzip.decompress(data) == want


@pytest.mark.parametrize("data", [b"not gzip at all", gzip.compress(b"x" * 1000)[:-12]])
def test_gunzip_corrupt_is_e013(data):
    with pytest.raises(NotText) as e:
        gunzip(data)
    assert e.value.code == "E013"


@pytest.mark.parametrize("name, line", [
    ("bomb.txt.gz", b"Beijing "),     # a document file
    ("bomb.html.gz", b"<p>Beijing</p>"),
    ("bomb.jsonl.gz", b"a"),          # one endless JSONL line
])
def test_gzip_bomb_stops_at_the_limit_with_e015(tmp_path, name, line):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / name).write_bytes(_bomb(MAX_FILE_BYTES + (4 << 20), line))
    write_jsonl(folder / "z.jsonl", [{"id": "ok", "text": EN}])
    lines = _run([folder], tmp_path / "out.jsonl")
    assert lines[0]["error"]["code"] == "E015" and str(MAX_FILE_BYTES) in lines[0]["error"]["message"]
    assert lines[-1]["id"] == "ok" and "entities" in lines[-1]


def test_text_over_spacy_limit_is_e004_not_e500(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "long.txt").write_text("Beijing " * 130_000, encoding="utf-8")
    lines = _run([folder], tmp_path / "out.jsonl")
    assert lines[0]["error"]["code"] == "E004"


def _corpus(tmp_path, n=40):
    return write_jsonl(tmp_path / "in.jsonl", [{"id": f"d{i}", "text": EN if i % 2 else ZH} for i in range(n)])


@pytest.mark.parametrize("resume", [False, True])
def test_second_run_on_a_live_output_refuses(tmp_path, resume):
    inputs, out = _corpus(tmp_path), tmp_path / "out.jsonl"
    with OutputLock(out):
        args = [str(inputs), "-o", str(out), "--workers", "1"] + (["--resume"] if resume else [])
        r = subprocess.run(cli(*args), capture_output=True, text=True, timeout=300)
    assert r.returncode == 2
    last = r.stderr.strip().splitlines()
    assert len(last) == 1 and "Traceback" not in r.stderr
    assert last[0].startswith(f"error: {out} is being written by another run (pid {os.getpid()}")
    assert not out.exists() or out.stat().st_size == 0


def test_in_process_second_run_refuses(tmp_path):
    inputs, out = _corpus(tmp_path), tmp_path / "out.jsonl"
    with OutputLock(out), pytest.raises(OutputLocked):
        _run([inputs], out)


HOLD = """
import sys, time
from pathlib import Path
from extractor.bulk.lock import OutputLock
OutputLock(Path(sys.argv[1])).acquire()
print("held", flush=True)
time.sleep(600)
"""


def test_resume_takes_over_from_a_dead_owner(tmp_path):
    inputs, out = _corpus(tmp_path), tmp_path / "out.jsonl"
    ref = _run([inputs], tmp_path / "ref.jsonl")
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(out)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(OutputLocked):
            _run([inputs], out, resume=True)
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait(timeout=30)
        holder.stdout.close()
    assert lock_path(out).exists()  # left behind by the dead owner
    assert _run([inputs], out, resume=True) == ref
    assert not lock_path(out).exists()


def test_duplicate_ids_are_reported(tmp_path):
    inputs = write_jsonl(tmp_path / "in.jsonl", [
        {"id": "a", "text": EN}, {"id": "b", "text": ZH}, {"id": "a", "text": ZH}, {"id": "a", "text": EN}])
    out = tmp_path / "out.jsonl"
    r = subprocess.run(cli(str(inputs), "-o", str(out), "--workers", "1"), capture_output=True,
                       text=True, timeout=300)
    assert r.returncode == 0, r.stderr[-2000:]
    summary_line, warning = r.stderr.strip().splitlines()[-2:]
    assert json.loads(summary_line)["duplicate_ids"] == {"documents": 2, "examples": ["a"]}
    assert warning.startswith("warning: 2 documents reuse an id") and "'a'" in warning
    assert [json.loads(x)["id"] for x in out.read_text().splitlines()] == ["a", "b", "a", "a"]


GBK_LINE = "贸易促进委员会在北京举行会议。\n"
UTF8_LINE = "双方讨论了物流合作。\n"


@pytest.mark.parametrize("data, text, encoding, replaced", [
    (UTF8_LINE.encode() + GBK_LINE.encode("gbk"),
     UTF8_LINE + GBK_LINE, "mixed", 0),
    (GBK_LINE.encode("gbk") * 3, GBK_LINE * 3, "gb18030", 0),
    (b"<html>\n" + GBK_LINE.encode("gbk") + b"</html>\n",
     "<html>\n" + GBK_LINE + "</html>\n", "gb18030", 0),
    (UTF8_LINE.encode() + b"\x80\xff\xfe bad\n" + UTF8_LINE.encode(),
     UTF8_LINE + "\ufffd\ufffd\ufffd bad\n" + UTF8_LINE, "mixed", 1),
])
def test_mixed_encodings_decode_line_by_line(data, text, encoding, replaced):
    from extractor.bulk.decode import decode_file

    assert decode_file(data) == (text, encoding, replaced)


def test_mixed_encoding_file_is_annotated_with_its_damage_counted(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "mixed.txt").write_bytes(UTF8_LINE.encode() + b"\x80\xff\xfe\n" + GBK_LINE.encode("gbk"))
    line = _run([folder], tmp_path / "out.jsonl")[0]
    assert "error" not in line and line["metadata"]["replaced_lines"] == 1, line
