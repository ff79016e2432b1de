"""Worker processes that end with their parent.

A parent killed with SIGKILL runs no clean-up: its pool workers (each holding the
pipelines, some 275 MB) and multiprocessing's resource tracker would live on for
minutes. A worker calls `exit_with_parent` once at start; a daemon thread then polls
the parent id and ends the process when the parent is gone (re-parenting changes the
id). Polling rather than Linux's PR_SET_PDEATHSIG, which fires when the *thread* that
started the child ends, not the process, and exists on Linux only. The resource
tracker exits by itself once the last process holding its pipe is gone.
"""

from __future__ import annotations

import os
import threading
import time

POLL_SECONDS = 0.5


def exit_with_parent(parent_pid: int, poll: float = POLL_SECONDS) -> threading.Thread:
    """Start the watch; `parent_pid` is the parent's id as the parent saw it (a parent
    that died before the worker started is noticed at once)."""

    def watch() -> None:
        while os.getppid() == parent_pid:
            time.sleep(poll)
        os._exit(1)  # nothing to save: results go to the parent, which is gone

    thread = threading.Thread(target=watch, name="pressner-parent-watch", daemon=True)
    thread.start()
    return thread
