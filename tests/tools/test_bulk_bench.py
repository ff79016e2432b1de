"""The benchmark's generated corpus: every input kind, the number of documents asked for."""

from __future__ import annotations

from tools.bulk_bench import make_corpus
from extractor.bulk.readers import count_documents, iter_items


def test_make_corpus(tmp_path):
    chars = make_corpus(tmp_path, 60)
    kinds = {i.source["kind"] for i in iter_items([tmp_path])}
    assert count_documents([tmp_path]) == 60 and kinds == {"jsonl", "text", "html"}
    assert chars > 60 * 20
