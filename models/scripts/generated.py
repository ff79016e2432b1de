"""The command line shared by the scripts that generate a data file under models/: write
the file, or with `--check` only say (exit 1) whether the file on disk differs from what
the script builds now (the drift tests call `main(["--check"])`)."""

from __future__ import annotations

import argparse
import importlib.util
import sys
from collections.abc import Callable
from pathlib import Path


def source_args(argv: list[str] | None = None) -> argparse.Namespace:
    """`--source DIR` (the folder of the package a list is built from) and `--check`."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--source")
    ap.add_argument("--check", action="store_true")
    return ap.parse_args(argv)


def package_dir(arg: str | None, module: str, requirement: str) -> Path:
    """The folder a list is read from: `arg` if given, else the installed package `module`'s
    (pip name and version in `requirement`, for the message when it is missing)."""
    if arg:
        return Path(arg)
    spec = importlib.util.find_spec(module)
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit(f"package `{requirement}` not installed; pass --source DIR")
    return Path(next(iter(spec.submodule_search_locations)))


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
