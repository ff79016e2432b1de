"""The command line shared by the scripts that generate a data file under models/: write
the file, or with `--check` only say (exit 1) whether the file on disk differs from what
the script builds now (the drift tests call `main(["--check"])`)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path


def write_or_check(out: Path, build: Callable[[], str], script: str,
                   argv: list[str] | None = None) -> int:
    text = build()
    if "--check" in (sys.argv[1:] if argv is None else argv):
        same = out.exists() and out.read_text(encoding="utf-8") == text
        if not same:
            print(f"{out} is out of date: run {Path(script).name}", file=sys.stderr)
        return 0 if same else 1
    out.write_text(text, encoding="utf-8")
    print(f"wrote {out}", file=sys.stderr)
    return 0
