"""The load benchmark's pieces, and one tiny run of it against a real server."""

from __future__ import annotations

import json

import pytest

from tools import api_bench as bench


def test_sample_documents_mix_languages_and_are_reproducible(tmp_path):
    dev = tmp_path / "dev.jsonl"
    rows = [{"lang": "en", "text": "\n".join(f"English paragraph number {i} {j}." for j in range(5))}
            for i in range(3)]
    rows += [{"lang": "zh", "text": "\n".join(f"第{i}段中文内容，长度足够二十个字符以上的段落{j}。" for j in range(5))}
             for i in range(3)]
    dev.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    docs = bench.sample_documents(dev, 6)
    assert docs == bench.sample_documents(dev, 6)
    assert len(docs) == 6
    assert any("English" in d for d in docs) and any("中文" in d for d in docs)
    assert sorted(docs) == sorted(r["text"] for r in rows)  # whole releases, each once
    assert len(bench.sample_documents(dev, 9)) == 9  # cycled past the end


@pytest.mark.parametrize(("rps", "expected"), [
    ({1: 100.0, 2: 180.0}, ["1.80× -> met", "0.90 -> met"]),
    ({1: 100.0, 2: 120.0}, ["1.20× -> NOT met", "0.60 -> NOT met"]),
])
def test_targets(rps, expected):
    cells = []
    for w, r in rps.items():
        for c in (1, 8, 32):
            cell = bench.Cell(w, c, seconds=1.0, latencies=[0.01] * int(r))
            cells.append(cell)
    lines = bench.targets(cells, inproc=100.0)
    assert expected[0] in lines[0] and expected[1] in lines[1]
    assert "zero errors: 0 errors -> met" in lines[2]


def test_tiny_run_against_a_real_server(monkeypatch):
    monkeypatch.setenv("PRESSNER_LOG_LEVEL", "warning")
    docs = ["Talks in Beijing ended.", "代表团访问北京市。"]
    cells = bench.run([1], [1, 4], 12, docs)
    assert [(c.workers, c.concurrency, len(c.latencies), c.errors) for c in cells] == [(1, 1, 12, 0), (1, 4, 12, 0)]
    table = bench.report(cells, 100.0, docs)
    assert "| 1 | 4 |" in table


@pytest.mark.parametrize(("concurrency", "answered", "p50_alone", "floor"), [
    (32, 400, 5.0, 16.0),  # 32 in flight at 400/s: 80 ms on average, 16 x a lone 5 ms request
    (8, 400, 5.0, 4.0),
])
def test_littles_law_floor(concurrency, answered, p50_alone, floor):
    cell = bench.Cell(2, concurrency, seconds=1.0, latencies=[0.05] * answered)
    assert bench.floor_ratio(cell, p50_alone) == pytest.approx(floor)
