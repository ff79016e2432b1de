"""Regenerate the golden output of `samples/`: `python -m tools.golden`.

The golden file is the pipeline's full output for the sample releases, minus timing; the
test suite compares against it so any change of behaviour shows up as a reviewable diff.
"""

from __future__ import annotations

import json
from pathlib import Path

from extractor.extractor import Extractor

SAMPLES = Path(__file__).resolve().parents[1] / "samples"


def golden_lines(extractor: Extractor | None = None) -> list[str]:
    ex = extractor or Extractor()
    docs = [json.loads(line) for line in (SAMPLES / "releases.jsonl").read_text("utf-8").splitlines()
            if line.strip()]
    out = []
    for res in ex.extract_many(docs):
        out.append(res.model_dump_json(exclude={"timing_ms"}, exclude_none=True))
    return out


def main() -> None:
    lines = golden_lines()
    (SAMPLES / "golden.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {SAMPLES / 'golden.jsonl'} ({len(lines)} documents)")


if __name__ == "__main__":
    main()
