"""Fuzz targets: bytes in, an exception out only for a real bug.

Each target turns the fuzzer's bytes into one call of a public entry point and checks what
it returns; expected refusals (PressnerError, ErrorItem) are fine, any other exception or
a broken invariant is a finding. atheris drives them in fuzz_main.py; the smoke test runs
them on the seed corpus without atheris, so they stay importable and correct in CI.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from extractor.bulk.decode import file_document
from extractor.bulk.items import DocItem, ErrorItem, FileItem
from extractor.bulk.readers import _jsonl_item
from extractor.errors import PressnerError

from ..properties.invariants import check_invariants

ROOT = Path(__file__).resolve().parents[2]
LANGS = [None, "en", "zh"]
DATES = [None, "2021-04-14", "1999-12-31"]


@lru_cache(maxsize=1)
def extractor():
    from extractor import Extractor

    return Extractor(max_chars=20_000)


def fuzz_extract(data: bytes) -> None:
    """First byte picks lang and doc_date; the rest is the text (UTF-8, errors replaced)."""
    head = data[0] if data else 0
    text = data[1:].decode("utf-8", "replace")
    lang, doc_date = LANGS[head % 3], DATES[(head // 3) % 3]
    try:
        res = extractor().extract(text, lang=lang, doc_date=doc_date)
    except PressnerError:
        return
    check_invariants(text, res)


def fuzz_jsonl(data: bytes) -> None:
    """One JSONL line through the bulk reader, then, if it holds a document, the batch path."""
    item = _jsonl_item(data, "fuzz.jsonl", 1, {})
    assert isinstance(item, DocItem | ErrorItem)
    if isinstance(item, DocItem):
        [res] = list(extractor().extract_many([item.record]))
        text = item.record.get("text")
        if isinstance(text, str) and hasattr(res, "entities"):
            check_invariants(text, res)


def fuzz_html(data: bytes) -> None:
    """A file as the bulk runner sees it: HTML, plain text and gzip-wrapped."""
    for kind, gz in (("html", False), ("text", False), ("html", True)):
        item = file_document(FileItem("fuzz", kind, data, gz, {}))
        assert isinstance(item, DocItem | ErrorItem)
        if isinstance(item, DocItem):
            assert isinstance(item.record["text"], str)


TARGETS = {"extract": fuzz_extract, "jsonl": fuzz_jsonl, "html": fuzz_html}


def seeds(target: str) -> list[bytes]:
    """Seed inputs from the project's own samples (samples/), shaped for each target."""
    lines = [ln for ln in (ROOT / "samples" / "releases.jsonl").read_bytes().splitlines()
             if ln.strip()]
    if target == "jsonl":
        return lines + [b"{}", b"[1]", b'{"text": 5}', b'{"text": "x", "lang": "fr"}']
    texts = [json.loads(ln)["text"].encode() for ln in lines]
    if target == "extract":
        return [bytes([i]) + t for i, t in enumerate(texts)] + [b"", b"\x00"]
    pages = [b"<html><head><meta charset='utf-8'><title>t</title></head><body><article><p>"
             + t.replace(b"\n", b"</p><p>") + b"</p></article></body></html>" for t in texts]
    return pages + texts + [b"", b"\x1f\x8b", b"<html>"]
