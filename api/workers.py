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
not last. Supervision is uvicorn's: a dead worker is replaced on the same socket.
"""

from __future__ import annotations

import logging
import socket

from uvicorn.config import STARTUP_FAILURE, Config
from uvicorn.supervisors.multiprocess import Multiprocess, Process

logger = logging.getLogger("uvicorn.error")


def listening_sockets(host: str, port: int, n: int) -> list[socket.socket]:
    """`n` sockets bound to one port in a SO_REUSEPORT group (port 0: a free port)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    out: list[socket.socket] = []
    for _ in range(n):
        sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
        # Nagle would hold the second part of a response for the client's delayed
        # ACK (~40 ms); accepted sockets inherit the option on Linux
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        try:
            sock.bind((host, port))
        except OSError:
            for s in [*out, sock]:
                s.close()
            raise
        port = sock.getsockname()[1]
        sock.set_inheritable(True)
        out.append(sock)
    return out


class Workers(Multiprocess):
    """uvicorn's supervisor, with worker `i` always serving `sockets[i]` alone."""

    def spawn(self, i: int) -> Process:
        process = Process(self.config, [self.sockets[i]])
        process.start()
        return process

    def init_processes(self) -> None:
        self.processes = [self.spawn(i) for i in range(self.processes_num)]

    def keep_subprocess_alive(self) -> None:
        if self.should_exit.is_set():
            return
        for i, process in enumerate(self.processes):
            if process.is_alive(timeout=self.config.timeout_worker_healthcheck):
                continue
            process.kill()
            process.join()
            if process.exitcode == STARTUP_FAILURE:  # would fail the same way again
                logger.error(f"Child process [{process.pid}] failed to start, stopping the parent process.")
                self.should_exit.set()
                return
            if self.should_exit.is_set():
                return
            logger.info(f"Child process [{process.pid}] died")
            self.processes[i] = self.spawn(i)

    def restart_all(self) -> None:
        for i, old in enumerate(self.processes):
            if self.should_exit.is_set():
                return
            new = self.spawn(i)
            if not new.wait_until_ready(self.config.timeout_worker_healthcheck, self.should_exit):
                new.kill()
                new.join()
                return
            old.terminate()
            old.join()
            self.processes[i] = new


def run_workers(config: Config) -> None:
    sockets = listening_sockets(config.host, config.port, config.workers)
    try:
        Workers(config, sockets=sockets).run()
    finally:
        for sock in sockets:
            sock.close()
