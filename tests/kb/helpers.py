"""Result files for KB tests, extracted from releases written for the tests."""

from __future__ import annotations

from pathlib import Path


def write_results(extractor, path: Path, docs) -> Path:
    """`docs`: (id, lang, doc_date, text) rows; writes what `pressner annotate` would."""
    with open(path, "w", encoding="utf-8") as fh:
        for doc_id, lang, date, text in docs:
            r = extractor.extract(text, lang=lang, doc_date=date)
            r.id = doc_id
            fh.write(r.model_dump_json(exclude_none=True) + "\n")
    return path
