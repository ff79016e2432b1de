"""Turning input paths into a deterministic stream of items.

The order is the order of the paths given, folders walked depth-first with entries
sorted by name, JSONL files line by line. Resume depends on it: the same inputs always
give the same sequence, so "the first N documents are done" identifies the work left.

Only the cheap part happens here (listing, reading bytes, splitting JSONL lines); decoding
files and taking the main text out of HTML happen in the workers (see `decode.py`).
"""

from __future__ import annotations

import gzip
import json
import os
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..extras import require
from .decode import decode_line
from .items import E_GZIP, E_JSON, E_TOO_LARGE, E_UNDECODABLE, E_UNREADABLE
from .items import DocItem, ErrorItem, FileItem, Item

JSONL_SUFFIXES = {".jsonl", ".ndjson"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
TEXT_SUFFIXES = {".txt", ".text"}
RECORD_KEYS = ("id", "text", "lang", "doc_date")
MAX_FILE_BYTES = 64 * 1024 * 1024


def file_kind(path: Path) -> tuple[str | None, bool]:
    """(kind, gzipped) from the name: kind is jsonl, html, text, or None if not a document."""
    name = path.name.lower()
    gz = name.endswith(".gz")
    suffix = Path(name[:-3] if gz else name).suffix
    if suffix in JSONL_SUFFIXES:
        return "jsonl", gz
    if suffix in HTML_SUFFIXES:
        require("bulk", "reading HTML pages")  # here, in the main process, not per worker
        return "html", gz
    if suffix in TEXT_SUFFIXES:
        return "text", gz
    return None, gz


@dataclass
class Walk:
    """Counts what the walk passed over, for the summary."""

    follow_symlinks: bool = False
    skipped: dict[str, int] = field(default_factory=dict)
    fast_forward: int = 0  # items a resumed run skips: files among them are not read
    exclude: set[Path] = field(default_factory=set)  # this run's own outputs, never inputs

    def excluded(self, path: Path) -> bool:
        return any(path.name == x.name for x in self.exclude) and path.resolve() in self.exclude


    def skip(self, why: str) -> None:
        self.skipped[why] = self.skipped.get(why, 0) + 1


def iter_items(paths: list[Path], walk: Walk | None = None) -> Iterator[Item]:
    walk = walk or Walk()
    for entry in iter_files(paths, walk):
        if isinstance(entry, ErrorItem):
            walk.fast_forward = max(0, walk.fast_forward - 1)
            yield entry
        else:
            path, rel, explicit = entry
            for item in _read_path(path, rel, walk, explicit):
                walk.fast_forward = max(0, walk.fast_forward - 1)
                yield item


def iter_files(paths: list[Path], walk: Walk) -> Iterator[tuple[Path, str, bool] | ErrorItem]:
    """(path, id, named explicitly) for every file in input order; unlistable folders as errors."""
    for path in paths:
        if path.is_dir():
            yield from _walk_dir(path, path, walk, {path.resolve()})
        else:
            yield path, path.name, True


def _walk_dir(root: Path, folder: Path, walk: Walk,
              seen: set[Path]) -> Iterator[tuple[Path, str, bool] | ErrorItem]:
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as e:
        rel = folder.relative_to(root).as_posix() or "."
        yield ErrorItem(rel, E_UNREADABLE, f"cannot list folder: {e.strerror or e}",
                        {"path": str(folder), "kind": "folder"})
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue  # hidden files, our own checkpoints and temp files
        path = Path(entry.path)
        if walk.excluded(path):
            walk.skip("output of this run")
            continue
        if entry.is_symlink() and not _may_follow(root, path, walk):
            walk.skip("symlink outside input folder")
            continue
        if entry.is_dir():
            real = path.resolve()
            if real in seen:
                walk.skip("folder already walked (symlink loop)")
                continue
            yield from _walk_dir(root, path, walk, seen | {real})
        elif entry.is_file():
            yield path, path.relative_to(root).as_posix(), False
        else:
            walk.skip("not a regular file")


def _may_follow(root: Path, link: Path, walk: Walk) -> bool:
    if walk.follow_symlinks:
        return True
    target, top = link.resolve(), root.resolve()
    return target == top or top in target.parents


def _read_path(path: Path, rel: str, walk: Walk, explicit: bool) -> Iterator[Item]:
    kind, gz = file_kind(path)
    if kind is None:
        if not explicit:
            walk.skip("not a document file name")
            return
        kind = "text"  # a file named on the command line is read whatever its name
    source = {"path": str(path), "kind": kind}
    if kind == "jsonl":
        yield from _read_jsonl(path, rel, gz, source)
        return
    if walk.fast_forward:
        yield FileItem(rel, kind, b"", gz, source)  # done already: only its id matters
        return
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            yield ErrorItem(rel, E_TOO_LARGE, f"file is over {MAX_FILE_BYTES} bytes", source)
            return
        data = path.read_bytes()
    except OSError as e:
        yield ErrorItem(rel, E_UNREADABLE, f"cannot read file: {e.strerror or e}", source)
        return
    yield FileItem(rel, kind, data, gz, source)


def _read_jsonl(path: Path, rel: str, gz: bool, source: dict[str, Any]) -> Iterator[Item]:
    n = 0
    try:
        with (gzip.open(path, "rb") if gz else open(path, "rb")) as f:
            for n, raw in enumerate(f, 1):
                if raw.strip():
                    yield _jsonl_item(raw, rel, n, source)
    except (OSError, EOFError, zlib.error) as e:
        gone = isinstance(e, FileNotFoundError | PermissionError)
        code = E_GZIP if gz and not gone else E_UNREADABLE
        where = f" after line {n}" if n else ""
        yield ErrorItem(rel, code, f"cannot read{where}: {e}", source)


def _jsonl_item(raw: bytes, rel: str, n: int, source: dict[str, Any]) -> Item:
    src = {**source, "line": n}
    fallback_id = f"{rel}:{n}"
    try:
        line, _ = decode_line(raw)
    except UnicodeDecodeError:
        return ErrorItem(fallback_id, E_UNDECODABLE, f"line {n} is neither UTF-8 nor GB18030", src)
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as e:
        return ErrorItem(fallback_id, E_JSON, f"line {n} is not JSON: {e.msg}", src)
    if not isinstance(obj, dict):
        return ErrorItem(fallback_id, E_JSON, f"line {n} is not a JSON object", src)
    doc_id = fallback_id if obj.get("id") is None else str(obj["id"])
    record = {k: obj[k] for k in RECORD_KEYS if k in obj}
    record["id"] = doc_id
    return DocItem(doc_id, record, src, _scalar_extras(obj))


def _scalar_extras(obj: dict[str, Any]) -> dict[str, Any]:
    """The record's own plain fields (url, title, ...), not lists such as gold entities."""
    return {k: v for k, v in obj.items()
            if k not in RECORD_KEYS and (v is None or isinstance(v, str | int | float | bool))}


def count_documents(paths: list[Path], follow_symlinks: bool = False) -> int:
    """About how many output lines the inputs give (for the ETA); counts JSONL lines."""
    walk = Walk(follow_symlinks=follow_symlinks)
    total = 0
    for entry in iter_files(paths, walk):
        if isinstance(entry, ErrorItem):
            total += 1
            continue
        kind, gz = file_kind(entry[0])
        if kind == "jsonl":
            total += _count_lines(entry[0], gz)
        elif kind is not None or entry[2]:
            total += 1
    return total


def _count_lines(path: Path, gz: bool) -> int:
    n = 0
    try:
        with (gzip.open(path, "rb") if gz else open(path, "rb")) as f:
            n = sum(1 for raw in f if raw.strip())
    except (OSError, EOFError, zlib.error):
        n += 1
    return n
