"""Progress on stderr: a tqdm bar on a terminal, a plain line every few seconds otherwise
(so logs of batch jobs stay readable)."""

from __future__ import annotations

import sys
import time
from typing import TextIO


class Progress:
    def __init__(self, total: int | None = None, initial: int = 0, stream: TextIO | None = None,
                 enabled: bool = True, every: float = 10.0) -> None:
        self.stream = stream or sys.stderr
        self.t0 = time.perf_counter()
        self.docs = initial
        self.run_docs = 0
        self.chars = 0
        self.every = every
        self.last = self.t0
        self.bar = None
        self.enabled = enabled
        tqdm = _tqdm() if enabled and self.stream.isatty() else None
        if tqdm is not None:
            self.bar = tqdm(total=total, initial=initial, unit="doc", file=self.stream,
                            dynamic_ncols=True, smoothing=0.1)

    def set_total(self, total: int) -> None:
        if self.bar is not None:
            self.bar.total = total
            self.bar.refresh()

    def update(self, docs: int, chars: int, errors: int) -> None:
        self.docs += docs
        self.run_docs += docs
        self.chars += chars
        now = time.perf_counter()
        rate = self.chars / max(now - self.t0, 1e-9)
        if self.bar is not None:
            self.bar.set_postfix_str(f"{rate:,.0f} chars/s, {errors} errors", refresh=False)
            self.bar.update(docs)
        elif self.enabled and now - self.last >= self.every:
            self.last = now
            dps = self.run_docs / max(now - self.t0, 1e-9)
            print(f"annotate: {self.docs} documents, {errors} errors, {dps:.1f} docs/s, "
                  f"{rate:,.0f} chars/s", file=self.stream, flush=True)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def _tqdm():
    """tqdm's bar class, or None without the [bulk] extra (plain lines then)."""
    try:
        from tqdm import tqdm
    except ImportError:
        return None
    return tqdm
