"""Keep-alive connections are closed after `every` requests (api/recycle.py)."""

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.recycle import TRACKED, ConnectionRecycleMiddleware
from api.settings import Settings


@pytest.mark.parametrize(("every", "closing"), [(1, [1, 2, 3, 4, 5, 6]), (3, [3, 6]), (4, [4])])
def test_every_nth_request_on_a_connection_is_its_last(every, closing):
    mw = ConnectionRecycleMiddleware(app=None, every=every)
    assert [n for n in range(1, 7) if mw.count(("127.0.0.1", 5000))] == closing
    assert mw.count(("127.0.0.1", 5001)) == (every == 1)  # other connections count apart


def test_memory_is_bounded():
    mw = ConnectionRecycleMiddleware(app=None, every=100)
    for port in range(TRACKED + 50):
        mw.count(("10.0.0.1", port))
    assert len(mw.served) == TRACKED


@pytest.mark.parametrize(("workers", "every", "closes"), [(2, 2, True), (2, 0, False), (1, 2, False)])
def test_connection_close_header(api_extractor, workers, every, closes):
    app = create_app(Settings(workers=workers, keepalive_requests=every), api_extractor)
    with TestClient(app) as client:
        heads = [client.get("/v1/health").headers.get("connection") for _ in range(2)]
    assert (heads[-1] == "close") is closes
    assert heads[0] != "close"
