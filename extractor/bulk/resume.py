"""The resume guarantee: append, fsync at checkpoints, cut back to the last checkpoint.

Outputs are appended batch by batch in input order. Every `interval` seconds (and at the
end, and on Ctrl-C) the runner fsyncs them and then atomically replaces `OUT.ckpt`, a
small JSON file holding how many documents are durable, the byte size of each output
at that moment and the running counts. `--resume` truncates the outputs back to those
sizes (dropping any torn or unsynced tail), deletes DocBin parts from later batches and
skips exactly that many documents of the (deterministically ordered) input.

So whatever kills the run, including kill -9 or a power cut, a resumed run writes every
document exactly once and the final files equal those of an uninterrupted run; at most
one interval of work is redone. A checkpoint made for other inputs or other outputs is
refused rather than silently mixed.
"""

from __future__ import annotations

import os
from pathlib import Path

from pydantic import BaseModel, Field, ValidationError

from .summary import Stats
from .writers import fsync_dir, part_index, writing


class ResumeError(RuntimeError):
    """The existing output cannot be continued safely."""


class Checkpoint(BaseModel):
    version: int = 1
    inputs: list[str]
    csv: str | None = None
    docbin: str | None = None
    documents: int = 0
    sizes: dict[str, int] = Field(default_factory=dict)
    last_id: str | None = None
    complete: bool = False
    stats: Stats = Field(default_factory=Stats)


def checkpoint_path(output: Path) -> Path:
    return output.with_name(output.name + ".ckpt")


def save(ckpt: Checkpoint, output: Path) -> None:
    path = checkpoint_path(output)
    tmp = path.with_name(f".{path.name}.tmp")
    # On failure (disk full) the previous checkpoint is left as it was.
    with writing(path), open(tmp, "w", encoding="utf-8") as f:
        f.write(ckpt.model_dump_json())
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)
    fsync_dir(path.parent)


def load(output: Path) -> Checkpoint | None:
    path = checkpoint_path(output)
    if not path.exists():
        return None
    try:
        return Checkpoint.model_validate_json(path.read_bytes())
    except ValidationError as e:
        raise ResumeError(f"{path}: unreadable checkpoint ({e.error_count()} errors)") from None


def start(fresh: Checkpoint, output: Path, resume: bool) -> Checkpoint:
    """The state to continue from: the checkpoint's if resuming, else empty outputs."""
    old = load(output) if resume else None
    if old is None:
        _truncate(output, 0)
        if fresh.csv:
            _truncate(Path(fresh.csv), 0)
        _drop_parts(fresh.docbin, 0)
        save(fresh, output)
        return fresh
    for key in ("inputs", "csv", "docbin"):
        if getattr(old, key) != getattr(fresh, key):
            raise ResumeError(f"cannot resume: {key} differ from the interrupted run "
                              f"({getattr(old, key)!r} then, {getattr(fresh, key)!r} now)")
    _truncate(output, old.sizes.get("jsonl", 0))
    if old.csv:
        _truncate(Path(old.csv), old.sizes.get("csv", 0))
    _drop_parts(old.docbin, old.documents)
    return old


def _truncate(path: Path, size: int) -> None:
    if size == 0:
        with open(path, "wb"):
            pass
        return
    if not path.exists() or path.stat().st_size < size:
        raise ResumeError(f"cannot resume: {path} is shorter than its checkpoint says")
    with open(path, "r+b") as f:
        f.truncate(size)
        f.flush()
        os.fsync(f.fileno())


def _drop_parts(folder: str | None, keep_below: int) -> None:
    if not folder or not Path(folder).is_dir():
        return
    for part in Path(folder).glob("*.spacy"):
        index = part_index(part)
        if index is not None and index >= keep_below:
            part.unlink()
