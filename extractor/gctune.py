"""Garbage-collector tuning for a process whose main work is pressner: opt-in only.

A library is a guest in its host process, so importing, loading and extracting leave the
collector as the host set it. The `pressner` program and its HTTP server own their
processes and opt in (extractor/cli.py `main`); a host that wants the same calls
`enable()`, or sets PRESSNER_TUNE_GC=1, which the worker processes it starts inherit.

What the tuning does, and why:
- Thresholds: a document allocates tens of thousands of short-lived objects (candidates,
  spans, result models). At CPython's default of a young collection every 700
  allocations, collections cost 6 % of the English pipeline and, each full one walking
  everything a large document built so far, made time grow faster than the text
  (tools/worst_case.py). The pipelines leave no reference cycles (tests/core/test_extractor.py
  checks), so a young collection finds nothing to free: it only walks what is alive, and a
  batch of 64 releases holds some 30,000 tracked objects (its Docs' candidates and
  results) until it is done. At one collection every 20,000 net allocations that walk came
  once a batch, 4 % of fast English; at 100,000, a batch of releases passes without one.
  Only cyclic garbage waits for a collection: at most 100,000 objects, a few MB, made by the
  host. A host that set its own thresholds keeps them.
- Freeze after load: the lexicons are millions of long-lived objects; left to the cyclic
  GC, every full collection walks them again, and a 1 MB text paid for that up to 14x
  what a 100 KB one did.
- Pause for large documents: a 1 MB text builds about a million live objects, none of
  them garbage until the document is done and all freed by reference counting.
"""

from __future__ import annotations

import gc
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager

ENV = "PRESSNER_TUNE_GC"
GC_DEFAULT = (700, 10, 10)
GC_THRESHOLD = (100_000, 10, 10)
LARGE_TEXT = 100_000  # characters from which a document runs with the collector paused

_enabled = False
_lock = threading.Lock()
_pauses = 0
_resume = False


def enable() -> None:
    """Opt this process in; the thresholds change now, the rest as pipelines load."""
    global _enabled
    _enabled = True
    tune_thresholds()


def enabled() -> bool:
    return _enabled or os.environ.get(ENV, "").lower() in ("1", "true", "yes")


def tune_thresholds() -> None:
    if gc.get_threshold() == GC_DEFAULT:
        gc.set_threshold(*GC_THRESHOLD)


def after_load() -> None:
    """A pipeline was loaded: move it out of the collector's sight, if opted in."""
    if enabled():
        gc.collect()
        gc.freeze()
        tune_thresholds()


@contextmanager
def paused(n_chars: int) -> Iterator[None]:
    """The cyclic collector paused while a large document is processed, if opted in.

    Pauses nest across threads: the collector resumes when the last large document is
    done, if it was on before.
    """
    if n_chars < LARGE_TEXT or not enabled():
        yield
        return
    global _pauses, _resume
    with _lock:
        if _pauses == 0:
            _resume = gc.isenabled()
            gc.disable()
        _pauses += 1
    try:
        yield
    finally:
        with _lock:
            _pauses -= 1
            if _pauses == 0 and _resume:
                gc.enable()
