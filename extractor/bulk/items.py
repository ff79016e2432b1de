"""What travels between the reader, the workers and the writers.

Items are small picklable records so that the same batches go to a local process pool
or to a Dask cluster unchanged. A file is shipped as its raw (possibly gzipped) bytes:
the worker decodes and extracts it, so the CPU work lands on the workers and a remote
cluster needs no access to the input's file system.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# Read errors; extraction errors keep the library's codes (E001-E004, E500).
E_UNREADABLE = "E010"  # the file system refused the file
E_UNDECODABLE = "E011"  # neither UTF-8 nor GB18030
E_BINARY = "E012"  # not text at all
E_GZIP = "E013"  # corrupt or truncated gzip
E_NO_TEXT = "E014"  # an HTML page without main text
E_TOO_LARGE = "E015"  # a file over the reader's size limit
E_WORKER = "E501"  # a worker process died on this document, every time
E_JSON = "E003"  # a JSONL line that is not a JSON object (as before)


@dataclass(slots=True)
class DocItem:
    """A document ready for extraction (a JSONL record, or a file once decoded)."""

    id: str
    record: dict[str, Any]  # {id, text, lang?, doc_date?} as `Extractor.extract_many` reads it
    source: dict[str, Any]
    metadata: dict[str, Any] = field(default_factory=dict)

    @property
    def size(self) -> int:
        text = self.record.get("text")
        return len(text) if isinstance(text, str) else 0


@dataclass(slots=True)
class FileItem:
    """A text or HTML file still to be decoded, as raw bytes."""

    id: str
    kind: str  # "text" or "html"
    data: bytes
    gz: bool
    source: dict[str, Any]

    @property
    def size(self) -> int:
        return len(self.data)


@dataclass(slots=True)
class ErrorItem:
    """A document that failed before extraction; it still gets its output line."""

    id: str
    code: str
    message: str
    source: dict[str, Any]

    @property
    def size(self) -> int:
        return 0


Item = DocItem | FileItem | ErrorItem


@dataclass(slots=True)
class BatchOut:
    """What a worker returns for one batch: output text ready to append, and counts."""

    jsonl: str
    csv: str
    docbin: bytes | None
    docs: int
    errors: int
    chars: int
    labels: dict[str, int]
    error_codes: dict[str, int]
    pid: int
    peak_rss: int  # bytes, the worker's high-water mark so far
