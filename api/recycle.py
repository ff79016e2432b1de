"""Spreading keep-alive connections over the worker processes.

`pressner serve --workers N` runs N processes on one listening socket; whichever
process wakes first accepts, and an event loop accepts every pending connection in one
go. A client that opens its keep-alive connections at once (a load balancer, a bulk
script with a connection pool) can so land all of them on one worker, which then does
all the work while the others idle: measured with 8 connections and 2 workers, one
process took 100 % of the CPU time and the other none.

This middleware closes a connection after `every` requests (`Connection: close` on the
response, as nginx's `keepalive_requests` does). The client reconnects, and the new
connection goes to the worker whose event loop answers first: the idle one, since a busy
worker's loop waits for the GIL while its extraction thread holds it. The cost is one
TCP handshake per `every` requests.
"""

from __future__ import annotations

from collections import OrderedDict

from starlette.types import ASGIApp, Message, Receive, Scope, Send

TRACKED = 10_000  # connections remembered at most (the oldest are forgotten first)


class ConnectionRecycleMiddleware:
    def __init__(self, app: ASGIApp, every: int) -> None:
        self.app = app
        self.every = every
        self.served: OrderedDict[tuple, int] = OrderedDict()  # (client host, port) -> requests

    def count(self, client: tuple) -> bool:
        """Count a request on this connection; True when it is the connection's last."""
        n = self.served.pop(client, 0) + 1
        if n >= self.every:
            return True
        self.served[client] = n
        if len(self.served) > TRACKED:
            self.served.popitem(last=False)
        return False

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        client = scope.get("client") if scope["type"] == "http" else None
        if client is None or not self.count(tuple(client)):
            await self.app(scope, receive, send)
            return

        async def closing(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", ()), (b"connection", b"close")]
            await send(message)

        await self.app(scope, receive, closing)
