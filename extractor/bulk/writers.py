"""The output files: JSONL (always), CSV of entities and spaCy DocBin parts (optional).

All three are appended batch by batch, in input order, and made durable together at
checkpoints (see `resume.py`); nothing is ever rewritten in place, so a killed run
leaves at worst a torn tail that resume cuts off.

- JSONL: one line per document, `ExtractionResult` or `ErrorResult` plus `source` and
  `metadata`.
- CSV: one row per entity: doc_id, start, end, label, text, value, source.
- DocBin: a folder of `.spacy` files, one per batch, named by the index of the batch's
  first document; `spacy train` and `DocBin().from_disk` read them. Documents that
  failed have no Doc.
"""

from __future__ import annotations

import csv
import errno
import io
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..extractor import Extractor
    from ..schema import ExtractionResult
    from .items import BatchOut, DocItem

CSV_HEADER = ("doc_id", "start", "end", "label", "text", "value", "source")
# Write errors that more room fixes (SIGXFSZ is ignored, by Python and by the CLI, so an
# RLIMIT_FSIZE overrun arrives here as EFBIG instead of killing the process).
NO_ROOM = {errno.ENOSPC: "disk full", errno.EFBIG: "file too large",
           errno.EDQUOT: "disk quota exceeded"}


class NoRoom(RuntimeError):
    """An output could not be written for lack of space; the last checkpoint still holds."""


@contextmanager
def writing(path: Path) -> Iterator[None]:
    """Names the file and the cause when a write fails for lack of room."""
    try:
        yield
    except OSError as e:
        if e.errno in NO_ROOM:
            raise NoRoom(f"cannot write {path}: {NO_ROOM[e.errno]} ({e.strerror})") from e
        raise


def csv_rows(res: ExtractionResult) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    for e in res.entities:
        w.writerow((res.id, e.start, e.end, e.label, e.text, e.value or "", e.source or ""))
    return buf.getvalue()


def csv_header() -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerow(CSV_HEADER)
    return buf.getvalue()


def docbin_bytes(ex: Extractor, done: list[tuple[DocItem, ExtractionResult]]) -> bytes:
    """The batch's Docs: tokens of the language's pipeline, the entities as `doc.ents`."""
    from spacy.tokens import DocBin

    from ..extractor import clean_text

    out = DocBin(store_user_data=True)
    for item, res in done:
        doc = ex.nlp(res.lang).make_doc(clean_text(item.record["text"]))
        _set_ents(doc, res)
        doc._.lang = res.lang
        doc._.doc_date = res.doc_date
        doc.user_data["pressner_id"] = res.id
        out.add(doc)
    return out.to_bytes()


def _set_ents(doc: Any, res: ExtractionResult) -> None:
    """`doc.ents` plus the table `span._.value/_.source/_.info` read (candidates.py): the
    Span extensions are getters over `doc._.ent_data`, so it must be written, not the
    spans' own user_data keys, for a loaded DocBin to give the values back."""
    from spacy.util import filter_spans

    from ..candidates import set_ext

    spans = []
    for e in res.entities:
        span = doc.char_span(e.start, e.end, label=e.label, alignment_mode="expand")
        if span is not None:
            spans.append((span, e))
    kept = {(s.start, s.end) for s in filter_spans([s for s, _ in spans])}
    ents, data = [], {}
    for span, e in spans:
        if (span.start, span.end) in kept:
            kept.discard((span.start, span.end))
            data[span.start_char] = [span.end_char, e.value, e.info, e.source, e.label]
            ents.append(span)
    doc.ents = ents
    set_ext(doc, "ent_data", data)
    set_ext(doc, "ent_count", len(ents))


def merge_outs(outs: list[BatchOut]) -> BatchOut:
    """One batch's output put back together from per-document outputs."""
    from dataclasses import replace

    from spacy.tokens import DocBin

    from .summary import merge_counts

    docbin = None
    if any(o.docbin for o in outs):
        merged = DocBin(store_user_data=True)
        for o in outs:
            if o.docbin:
                merged.merge(DocBin(store_user_data=True).from_bytes(o.docbin))
        docbin = merged.to_bytes()
    labels: dict[str, int] = {}
    codes: dict[str, int] = {}
    for o in outs:
        labels, codes = merge_counts(labels, o.labels), merge_counts(codes, o.error_codes)
    return replace(outs[-1], jsonl="".join(o.jsonl for o in outs), csv="".join(o.csv for o in outs),
                   docbin=docbin, docs=sum(o.docs for o in outs),
                   errors=sum(o.errors for o in outs), chars=sum(o.chars for o in outs),
                   labels=labels, error_codes=codes)


class Outputs:
    """The open output files of one run, appended in step."""

    def __init__(self, jsonl: Path, csv_path: Path | None = None,
                 docbin_dir: Path | None = None) -> None:
        self.jsonl_path, self.csv_path, self.docbin_dir = jsonl, csv_path, docbin_dir
        self.jsonl = open(jsonl, "ab")  # noqa: SIM115 - open for the run, closed by close()
        self.csv = open(csv_path, "ab") if csv_path else None  # noqa: SIM115
        if docbin_dir:
            docbin_dir.mkdir(parents=True, exist_ok=True)
        if self.csv is not None and self.csv.tell() == 0:
            self.csv.write(csv_header().encode("utf-8"))

    def write(self, out: BatchOut, first_index: int) -> None:
        with writing(self.jsonl_path):
            self.jsonl.write(out.jsonl.encode("utf-8"))
        if self.csv is not None:
            with writing(self.csv_path):
                self.csv.write(out.csv.encode("utf-8"))
        if self.docbin_dir is not None and out.docbin is not None:
            write_atomic(self.docbin_dir / part_name(first_index), out.docbin)

    def sync(self) -> dict[str, int]:
        """Flush and fsync; return the byte sizes that are now durable."""
        sizes = {}
        for key, f, path in (("jsonl", self.jsonl, self.jsonl_path), ("csv", self.csv, self.csv_path)):
            if f is not None:
                with writing(path):
                    f.flush()
                    os.fsync(f.fileno())
                sizes[key] = f.tell()
        if self.docbin_dir is not None:
            fsync_dir(self.docbin_dir)
        return sizes

    def close(self) -> None:
        """Closes every file even when flushing one fails: a run that succeeded has synced
        them already, and after a failure the unsynced tail is past the checkpoint, which
        resume cuts off anyway."""
        for f in (self.jsonl, self.csv):
            if f is not None:
                try:
                    f.close()
                except OSError:
                    pass


def part_name(first_index: int) -> str:
    return f"docs-{first_index:010d}.spacy"


def part_index(path: Path) -> int | None:
    stem = path.stem
    return int(stem[5:]) if stem.startswith("docs-") and stem[5:].isdigit() else None


def write_atomic(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    with writing(path):
        try:
            with open(tmp, "wb") as f:
                f.write(data)
                f.flush()
                os.fsync(f.fileno())
        except OSError:
            tmp.unlink(missing_ok=True)
            raise
    os.replace(tmp, path)


def fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
