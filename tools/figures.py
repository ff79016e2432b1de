"""Where the tools write their figures: `docs/benchmarks/<name>.md`, which the README links
instead of copying numbers by hand. Each file says which command wrote it, when, and on
what machine, so a figure is never separated from how it was measured."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import sys
from pathlib import Path

DOCS = Path(__file__).resolve().parents[1] / "docs" / "benchmarks"


def add_out_argument(ap: argparse.ArgumentParser, name: str) -> None:
    ap.add_argument("--out", default=str(DOCS / f"{name}.md"),
                    help=f"figures file (default docs/benchmarks/{name}.md; '-' writes none)")


def opt_in_gc_tuning() -> None:
    """Measure what the `pressner` program runs: with its GC tuning (extractor/gctune.py),
    here and in the worker processes a tool starts."""
    from extractor import gctune

    os.environ.setdefault(gctune.ENV, "1")
    gctune.enable()


def write(out: str, tool: str, title: str, body: str, notes: str = "") -> None:
    """Write the figures as a markdown page; `body` is the tool's printed table."""
    if out == "-":
        return
    from extractor import __version__

    when = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    command = " ".join([f"python -m tools.{tool}", *sys.argv[1:]])
    page = (f"# {title}\n\nWritten by `{command}` on {when}: pressner {__version__}, "
            f"Python {platform.python_version()}, {platform.system()} {platform.machine()}, "
            f"{os.cpu_count()} CPUs (machines are shared: compare figures taken on the same "
            f"one).\n\n```\n{body.rstrip()}\n```\n")
    if notes:
        page += f"\n{notes.strip()}\n"
    path = Path(out)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(page, encoding="utf-8")
    print(f"figures written to {path}", file=sys.stderr)
