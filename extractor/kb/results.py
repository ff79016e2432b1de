"""Reading `pressner annotate` result files for `kb build`, line by line, strictly.

Everything is read and checked before the database is opened, so a bad file leaves nothing
behind (not even an empty, schema-only SQLite file). A line that is not a result (cut off,
junk, the wrong shape) is an error naming the file and line, or, with `skip_bad=True`, is
skipped and counted.

Documents are keyed by id in the KB (a later build with the same id and new content updates
the document: a re-annotation replaces the old result). Within one build, two different
documents under one id cannot both be kept, so they are refused rather than one silently
replacing the other; an exact repeat of a line is harmless and only counted.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import echo

KEEP = ("id", "lang", "doc_date", "source", "entities", "roles")


class ResultsError(ValueError):
    """A result file that cannot be built from; the message names the file and line."""


@dataclass
class Results:
    docs: list[dict] = field(default_factory=list)
    counts: Counter = field(default_factory=Counter)


def _problem(d: object) -> str | None:
    """Why a parsed line is not a result line, or None."""
    if not isinstance(d, dict):
        return f"expected a JSON object, got {type(d).__name__}"
    if "error" in d:
        return None
    doc_id = d.get("id")
    if doc_id is not None and (not isinstance(doc_id, str | int) or isinstance(doc_id, bool)):
        return f"id must be a string or an integer, got {echo(doc_id)}"
    for key in ("entities", "roles"):
        if not isinstance(d.get(key) or [], list):
            return f"{key} must be a list"
    for e in d.get("entities") or []:
        if not (isinstance(e, dict) and isinstance(e.get("label"), str) and isinstance(e.get("text"), str)
                and isinstance(e.get("start"), int) and isinstance(e.get("end"), int)):
            return f"not an entity: {echo(e)}"
    if not all(isinstance(r, dict) for r in d.get("roles") or []):
        return "roles must be objects"
    return None


def digest(doc: dict) -> tuple[str, str]:
    """The stored payload of a document and its SHA-256."""
    payload = json.dumps(doc, ensure_ascii=False, sort_keys=True)
    return payload, hashlib.sha256(payload.encode("utf-8")).hexdigest()


def read_results(paths, skip_bad: bool = False) -> Results:
    out = Results()
    seen: dict[str, tuple[str, str]] = {}  # id -> (digest, "file:line")
    for p in paths:
        with open(p, encoding="utf-8", errors="replace") as fh:
            for lineno, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                where = f"{p}:{lineno}"
                try:
                    d = json.loads(line)
                    problem = _problem(d)
                except json.JSONDecodeError as e:
                    problem = f"not a JSON result line ({e.msg} at column {e.colno})"
                if problem is None and "error" in d:
                    out.counts["errors"] += 1
                    continue
                if problem is None:
                    doc = {k: d.get(k) for k in KEEP}
                    if doc["id"] is not None:
                        doc["id"] = str(doc["id"])
                        _, h = digest(doc)
                        first = seen.setdefault(doc["id"], (h, where))
                        if first[1] != where:
                            if first[0] == h:
                                out.counts["repeated"] += 1
                                continue
                            problem = (f"id {echo(doc['id'])} was already used by a different document "
                                       f"at {first[1]}; ids must be unique")
                if problem is not None:
                    if not skip_bad:
                        raise ResultsError(f"{where}: {problem}")
                    out.counts["bad_lines"] += 1
                    continue
                out.docs.append(doc)
    return out


def check_paths(paths) -> None:
    for p in paths:
        if not Path(p).is_file():
            raise ResultsError(f"{p}: no such file")
