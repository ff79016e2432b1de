"""One run per output: `.OUT.lock` beside it (hidden, so a folder walk never lists it), held with `flock` for the run's lifetime.

Two runs appending to one output would each write every document (both exit 0, the file
holds each id twice), so a second run refuses while the first is alive, with or without
`--resume`. The kernel drops a `flock` when its holder dies however it dies (kill -9
included), so a lock left by a dead run is free: `--resume` (or a fresh start) takes it
over without any staleness guess. The file records who holds it, for the message.
"""

from __future__ import annotations

import json
import os
import socket
import time
from pathlib import Path

from .resume import ResumeError

try:
    import fcntl
except ImportError:  # pragma: no cover - not POSIX: runs are not guarded
    fcntl = None  # type: ignore[assignment]


class OutputLocked(ResumeError):
    """Another live run owns the output (a ResumeError: the CLI reports it in one line)."""


def lock_path(output: Path) -> Path:
    return output.with_name(f".{output.name}.lock")


class OutputLock:
    def __init__(self, output: Path) -> None:
        self.output = output
        self.path = lock_path(output)
        self.fd: int | None = None

    def acquire(self) -> OutputLock:
        if fcntl is None:
            return self
        while True:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                owner = _owner(fd)
                os.close(fd)
                raise OutputLocked(f"{self.output} is being written by another run{owner}; "
                                   "wait for it to finish or stop it, then use --resume") from None
            # The holder before us may have removed the file after we opened it: then we
            # locked a file nobody else will see, so start again on the current one.
            try:
                same = os.stat(self.path).st_ino == os.fstat(fd).st_ino
            except FileNotFoundError:
                same = False
            if same:
                break
            os.close(fd)
        os.ftruncate(fd, 0)
        os.write(fd, json.dumps({"pid": os.getpid(), "host": socket.gethostname(),
                                 "started": time.strftime("%Y-%m-%dT%H:%M:%S%z")}).encode())
        self.fd = fd
        return self

    def release(self) -> None:
        if self.fd is None:
            return
        try:
            self.path.unlink(missing_ok=True)  # while still held: no one can take it meanwhile
        finally:
            os.close(self.fd)
            self.fd = None

    def __enter__(self) -> OutputLock:
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()


def _owner(fd: int) -> str:
    try:
        info = json.loads(os.pread(fd, 4096, 0) or b"{}")
        return f" (pid {info['pid']} on {info['host']}, started {info['started']})"
    except (OSError, ValueError, KeyError, TypeError):
        return ""
