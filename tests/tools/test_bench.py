"""`make bench` runs end to end on a little text and writes its JSON figures."""

import json

from tools import bench


def test_bench_writes_both_profiles(tmp_path, capsys):
    out = tmp_path / "bench.json"
    import sys

    argv = sys.argv
    sys.argv = ["bench", "--mb", "0.005", "--mb-accurate", "0.003", "--repeat", "1", "--first-pass-docs", "3",
                "--json", str(out), "--out", str(tmp_path / "t.md")]
    try:
        bench.main()
    finally:
        sys.argv = argv
    got = json.loads(out.read_text())
    assert set(got["fast"]) == {"en_ratio", "zh_ratio"}
    assert set(got["accurate"]) == {"en_vs_en_core_web_sm", "zh_vs_lac"}
    assert set(got["first_pass"]) == {"en_ratio", "zh_ratio"}
    assert got["peak_rss_mb"] > 0
    assert (tmp_path / "t.md").read_text().startswith("# Throughput")
