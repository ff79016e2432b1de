"""Worker processes for `pressner serve --workers N`, one listening socket each.

uvicorn's own multi-worker mode shares one listening socket: whichever worker's event
loop wakes first accepts, and it accepts every pending connection at once. Clients that
open their keep-alive connections together (a load balancer, a connection pool) then
land on one worker, which does all the work while the others idle: measured with 8 and
with 32 connections and 2 workers, one process took all the CPU time and the other
none.

Here every worker listens on its own socket, all bound to the same port with
SO_REUSEPORT, and the kernel spreads new connections over them by a hash of the
connection's addresses, so no worker is left without connections. With closed-loop
clients (each waits for its answer), a worker is idle only when it has no connection at
all; api/recycle.py re-deals a connection every few requests so an unlucky deal does
not last.

SO_REUSEPORT would also let a second server join the group of a first one (same user)
and take half its traffic, so the port is first probed with a plain bind, which fails
while anyone listens on it: a port in use stops the start, as with one worker.

The supervisor is small and uses uvicorn's public API only (`Config`, `Server.run`
with sockets): worker `i` serves `sockets[i]`; a worker that dies is replaced on the
same socket, one that fails to start (exit code 3, e.g. a data file that does not load)
stops the server, since it would fail the same way again. Workers exit when the
supervisor dies (extractor/orphans.py).
"""

from __future__ import annotations

import logging
import multiprocessing as mp
import os
import signal
import socket
import threading
from multiprocessing.process import BaseProcess
from typing import Any

from uvicorn import Config, Server

from extractor.orphans import exit_with_parent

logger = logging.getLogger("uvicorn.error")
STARTUP_FAILURE = 3  # uvicorn's exit code for a server that could not start
POLL_SECONDS = 0.5
STOP_SECONDS = 15  # graceful shutdown (10 s in server.py) plus margin, then SIGKILL


class PortInUse(OSError):
    """The port has a listener already (possibly a SO_REUSEPORT group of another server)."""


def _socket(family: int, reuseport: bool) -> socket.socket:
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    if reuseport:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    return sock


def probe_port(host: str, port: int) -> int:
    """Bind without SO_REUSEPORT, which fails while any socket listens on the port; the
    port (a free one for 0). Raises PortInUse."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with _socket(family, reuseport=False) as sock:
        try:
            sock.bind((host, port))
        except OSError as e:
            raise PortInUse(e.errno, f"cannot listen on {_url(host, port)}: "
                            f"{e.strerror or e} (address in use by another server?)") from None
        return sock.getsockname()[1]


def listening_sockets(host: str, port: int, n: int) -> list[socket.socket]:
    """`n` sockets bound to one port in a SO_REUSEPORT group (port 0: a free port)."""
    port = probe_port(host, port)
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    out: list[socket.socket] = []
    for _ in range(n):
        sock = _socket(family, reuseport=True)
        # Nagle would hold the second part of a response for the client's delayed
        # ACK (~40 ms); accepted sockets inherit the option on Linux
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        try:
            sock.bind((host, port))
        except OSError as e:
            for s in [*out, sock]:
                s.close()
            raise PortInUse(e.errno, f"cannot listen on {_url(host, port)}: {e.strerror or e}") from None
        sock.set_inheritable(True)
        out.append(sock)
    return out


def _url(host: str, port: int) -> str:
    return f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"


def _serve(config: Config, sock: socket.socket, parent_pid: int) -> None:
    """One worker process: uvicorn's Server on its own socket."""
    exit_with_parent(parent_pid)
    server = Server(config)
    server.run(sockets=[sock])
    if not server.started:
        raise SystemExit(STARTUP_FAILURE)


class Supervisor:
    """Starts, watches and stops the worker processes."""

    def __init__(self, config: Config, sockets: list[socket.socket]) -> None:
        self.config, self.sockets = config, sockets
        self.ctx = mp.get_context("spawn")
        self.stop = threading.Event()
        self.processes: list[BaseProcess] = []
        self.failed = False

    def spawn(self, i: int) -> BaseProcess:
        process = self.ctx.Process(target=_serve, args=(self.config, self.sockets[i], os.getpid()),
                                   name=f"pressner-worker-{i}")
        process.start()
        return process

    def run(self) -> int:
        """Until SIGINT/SIGTERM or a start-up failure; the exit code for the CLI."""
        previous = {sig: signal.signal(sig, self._on_signal) for sig in (signal.SIGINT, signal.SIGTERM)}
        try:
            logger.info("Started parent process [%d]", os.getpid())
            self.processes = [self.spawn(i) for i in range(len(self.sockets))]
            while not self.stop.wait(POLL_SECONDS):
                self._replace_dead()
        finally:
            self._stop_all()
            for sig, handler in previous.items():
                signal.signal(sig, handler)
        logger.info("Stopping parent process [%d]", os.getpid())
        return STARTUP_FAILURE if self.failed else 0

    def _on_signal(self, signum: int, frame: Any) -> None:
        self.stop.set()

    def _replace_dead(self) -> None:
        for i, process in enumerate(self.processes):
            if process.is_alive() or self.stop.is_set():
                continue
            process.join()
            if process.exitcode == STARTUP_FAILURE:  # would fail the same way again
                logger.error("Worker process [%d] failed to start; stopping.", process.pid)
                self.failed = True
                self.stop.set()
                return
            logger.info("Worker process [%d] died (exit code %s); starting another.",
                        process.pid, process.exitcode)
            self.processes[i] = self.spawn(i)

    def _stop_all(self) -> None:
        for process in self.processes:
            if process.is_alive():
                process.terminate()  # SIGTERM: uvicorn shuts down gracefully
        for process in self.processes:
            process.join(STOP_SECONDS)
            if process.is_alive():
                process.kill()
                process.join()


def log_running(config: Config, port: int, workers: int) -> None:
    logger.info("Uvicorn running on %s with %d workers (Press CTRL+C to quit)",
                _url(config.host, port), workers)


def run_workers(config: Config, sockets: list[socket.socket]) -> int:
    """Serve on the bound `sockets` until stopped; closes them; the exit code."""
    try:
        log_running(config, sockets[0].getsockname()[1], len(sockets))
        return Supervisor(config, sockets).run()
    finally:
        for sock in sockets:
            sock.close()
