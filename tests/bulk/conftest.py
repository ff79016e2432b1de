"""Fixtures for the bulk tests: small archives written by the tests themselves."""

from __future__ import annotations

import gzip
import json
import subprocess
import time
from pathlib import Path

import pytest

from extractor.bulk.resume import checkpoint_path

EN = ("The chairman of the trade council met a delegation from Chile in Beijing on "
      "3 March 2020 to discuss logistics cooperation.")
ZH = "2020年3月3日，贸易促进委员会主席在北京会见了来自智利的代表团，双方讨论了物流合作。"

PAGE = """<!DOCTYPE html><html><head><meta charset="{charset}">
<title>Council meets delegation | Example</title>
<meta property="article:published_time" content="2021-05-14T08:00:00Z"></head><body>
<nav><a href="/">Home</a> | <a href="/about">About us</a> | <a href="/contact">Contact us</a></nav>
<div class="sidebar"><ul><li>Latest news</li><li>Archive</li><li>Subscribe</li></ul></div>
<article><h1>Council meets delegation</h1><p>{body}</p>
<p>Both sides agreed to hold a joint forum next year and to exchange information on
investment opportunities for small and medium enterprises in the two regions.</p></article>
<footer>Copyright 2021 Example News. All rights reserved. Privacy policy.</footer></body></html>
"""


def page(body: str = EN, charset: str = "utf-8") -> str:
    return PAGE.format(body=body, charset=charset)


def write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                    encoding="utf-8")
    return path


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    """A folder with every input kind, good and bad, nested."""
    root = tmp_path / "archive"
    (root / "html").mkdir(parents=True)
    (root / "empty").mkdir()
    (root / "text").mkdir()
    (root / "html" / "a.html").write_text(page(), encoding="utf-8")
    (root / "html" / "b.htm.gz").write_bytes(gzip.compress(page(ZH).encode("utf-8")))
    (root / "html" / "page_files").mkdir()
    (root / "html" / "page_files" / "style.css").write_text("body { color: red }")
    (root / "text" / "en.txt").write_text(EN, encoding="utf-8")
    (root / "text" / "gbk.txt").write_bytes(ZH.encode("gbk"))
    (root / "text" / "zh.txt.gz").write_bytes(gzip.compress(ZH.encode("utf-8")))
    (root / "text" / "broken.txt.gz").write_bytes(gzip.compress(EN.encode())[:-12])
    (root / "text" / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (root / "text" / ".hidden.txt").write_text(EN)
    write_jsonl(root / "docs.jsonl", [
        {"id": "j1", "text": EN, "lang": "en", "doc_date": "2020-03-05", "url": "http://x.test/1",
         "entities": []},
        {"text": ZH},
    ])
    with gzip.open(root / "more.jsonl.gz", "wt", encoding="utf-8") as f:
        f.write(json.dumps({"id": "g1", "text": EN}) + "\nnot json\n")
    return root


def read_lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def wait_for_checkpoint(out: Path, proc: subprocess.Popen, documents: int, timeout: float) -> None:
    """Until a running `pressner annotate` has checkpointed `documents` documents."""
    ckpt = checkpoint_path(out)
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        assert proc.poll() is None, "the run ended before it could be interrupted"
        try:
            if json.loads(ckpt.read_text())["documents"] >= documents:
                return
        except (OSError, ValueError, KeyError):
            pass
        time.sleep(0.01)
    pytest.fail(f"no checkpoint of {documents} documents in {timeout} s")
