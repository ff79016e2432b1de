"""JSONL in, JSONL out: the compatibility entry point kept for `extractor.evaluate`.

The work is done by `extractor.bulk`, which also reads files, folders and HTML pages.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .bulk import InlineEngine, Job, annotate
from .extractor import Extractor


def annotate_jsonl(input: Path, output: Path, batch_size: int = 32,
                   extractor: Extractor | None = None) -> dict[str, Any]:
    """One result line per input document, in input order, in this process."""
    job = Job(inputs=[Path(input)], output=Path(output), batch_size=batch_size, progress=False)
    return annotate(job, engine=InlineEngine(extractor))
