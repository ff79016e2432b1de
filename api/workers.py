"""`pressner serve --workers N`: uvicorn's own multi-worker mode, public API only.

Earlier versions gave every worker a listening socket of its own (SO_REUSEPORT, by
overriding private methods of uvicorn's supervisor), because one shared socket let a
burst of connections land on one worker. api/recycle.py now re-deals keep-alive
connections every few requests, and measured with it (2 workers, 16 keep-alive
connections opened together, 480 requests of 1,800 characters, CPU time per worker)
the shared socket served as many requests a second (72-100 against 75-95) with both
workers busy (the less busy one at 64-98 % of the other), so the private overrides
and SO_REUSEPORT went. Without SO_REUSEPORT a second server cannot join the port and
take half its traffic.

uvicorn reports a taken port as a bare errno; `probe_port` checks first and names the
address.
"""

from __future__ import annotations

import socket


class PortInUse(OSError):
    """Something listens on the port already."""


def probe_port(host: str, port: int) -> None:
    """Bind (without listening) and let go: raises PortInUse naming the address when
    another socket holds the port. Port 0 always passes."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn binds
        try:
            sock.bind((host, port))
        except OSError as e:
            raise PortInUse(e.errno, f"cannot listen on {url(host, port)}: {e.strerror or e} "
                                     "(another server holds the port)") from None


def url(host: str, port: int) -> str:
    return f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"
