"""The Dask engine on a LocalCluster on loopback gives the local engine's output."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor.bulk import InlineEngine, Job, annotate

pytest.importorskip("distributed")


@pytest.mark.parametrize("processes", [False, True])
def test_dask_output_equals_local(archive, tmp_path, processes):
    from extractor.bulk.dask_engine import DaskEngine

    local, dask = tmp_path / "local.jsonl", tmp_path / "dask.jsonl"
    annotate(Job(inputs=[archive], output=local, batch_size=2, progress=False), InlineEngine())
    engine = DaskEngine(workers=2, processes=processes)
    try:
        summary = annotate(Job(inputs=[archive], output=dask, batch_size=2, progress=False,
                               csv=tmp_path / "d.csv"), engine)
    finally:
        engine.close()
    assert dask.read_bytes() == local.read_bytes()
    assert summary["engine"] == "dask" and summary["documents"] == 11


def test_dask_resume(archive, tmp_path: Path):
    from extractor.bulk.dask_engine import DaskEngine

    ref, out = tmp_path / "ref.jsonl", tmp_path / "out.jsonl"
    annotate(Job(inputs=[archive], output=ref, progress=False), InlineEngine())
    annotate(Job(inputs=[archive], output=out, batch_size=3, progress=False), InlineEngine())
    _cut_checkpoint_to(out, 6)
    engine = DaskEngine(workers=1, processes=False)
    try:
        summary = annotate(Job(inputs=[archive], output=out, batch_size=3, resume=True,
                               progress=False), engine)
    finally:
        engine.close()
    assert summary["resumed_from"] == 6 and out.read_bytes() == ref.read_bytes()


def _cut_checkpoint_to(out: Path, docs: int) -> None:
    import json

    from extractor.bulk.resume import checkpoint_path

    lines = out.read_bytes().splitlines(keepends=True)
    ckpt = json.loads(checkpoint_path(out).read_text())
    ckpt.update(documents=docs, last_id=json.loads(lines[docs - 1])["id"], complete=False,
                sizes={"jsonl": len(b"".join(lines[:docs]))})
    checkpoint_path(out).write_text(json.dumps(ckpt))


@pytest.mark.parametrize("processes", [False])
def test_a_busy_dashboard_port_is_no_concern(processes):
    """Another cluster on the machine (another test run) holds dask's default HTTP port
    8787: ours starts on a free loopback port, with no warning (warnings are errors here)."""
    import socket

    from extractor.bulk.dask_engine import DaskEngine

    with socket.socket() as held:
        try:
            held.bind(("127.0.0.1", 8787))
            held.listen()
        except OSError:
            pass  # already held by someone else: the same situation
        engine = DaskEngine(workers=1, processes=processes)
        try:
            port = engine.client.scheduler_info()["services"]["dashboard"]
        finally:
            engine.close()
    assert port != 8787
