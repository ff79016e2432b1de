"""Scoring the extractor on a gold file with ../shared/eval/score.py."""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from .annotate import annotate_jsonl

SCORER = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "score.py"


def evaluate(gold: Path, lang: str | None = None, scorer: Path = SCORER) -> str:
    if not scorer.exists():
        raise FileNotFoundError(f"scorer not found at {scorer}")
    with tempfile.TemporaryDirectory() as tmp:
        pred = Path(tmp) / "pred.jsonl"
        annotate_jsonl(gold, pred)
        cmd = [sys.executable, str(scorer), str(gold), str(pred)] + (["--lang", lang] if lang else [])
        return subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
