"""Bulk annotation of archives: files, folders, HTML pages and JSONL in; JSONL (and
optionally CSV and spaCy DocBin) out; resumable; on local cores or a Dask cluster."""

from .engines import InlineEngine, LocalEngine, make_engine
from .resume import ResumeError
from .runner import Job, annotate
from .writers import NoRoom

__all__ = ["InlineEngine", "Job", "LocalEngine", "NoRoom", "ResumeError", "annotate", "make_engine"]
