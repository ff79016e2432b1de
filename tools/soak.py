"""Load and soak test: `python -m tools.soak` against a real `pressner serve` on loopback.

A bounded number of requests (20,000 at concurrency 64 by default) mixes good extractions
with the traffic a public service gets anyway: bodies over the limit (declared or
chunked), texts over the limit, malformed JSON, wrong content types, and slow clients that
trickle their headers or their body. A side task polls `/v1/health` all along. Every good
answer is compared with the in-process `Extractor.extract` result for the same text, and
the server's resident memory (its process and children) is read after a warm-up and after
the soak, so a leak shows as growth between the two.

The client is raw HTTP/1.1 on asyncio streams, as in `tools.api_bench`: on a 2-core machine the
load generator must take as little CPU from the server as it can.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import random
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from .api_bench import DEV, sample_documents, start_server, stop_server
from .figures import add_out_argument, write

# kind: (share of the requests, expected status, expected error code)
KINDS: dict[str, tuple[float, int, str | None]] = {
    "good": (0.70, 200, None),
    "oversized_declared": (0.04, 413, "E202"),
    "oversized_chunked": (0.02, 413, "E202"),
    "oversized_text": (0.02, 413, "E004"),
    "malformed_json": (0.08, 422, "E201"),
    "wrong_content_type": (0.08, 415, "E203"),
    "slow_headers": (0.03, 200, None),
    "slow_body": (0.03, 200, None),
}
GOOD_KINDS = ("good", "slow_headers", "slow_body")
# The server may stop reading these bodies half-way: they get a connection of their own.
FRESH_CONNECTION = ("oversized_declared", "oversized_chunked")
CHUNK = 16_384


@dataclass
class Config:
    requests: int = 20_000
    concurrency: int = 64
    warmup: int = 1_000
    server_workers: int = 1
    docs: int = 40
    max_body_bytes: int = 100_000
    max_text_chars: int = 20_000
    slow_seconds: float = 1.0
    health_interval: float = 0.25
    timeout: float = 60.0
    seed: int = 11
    dev: Path = DEV


@dataclass
class Tally:
    """What one kind of request got back."""

    latencies: list[float] = field(default_factory=list)
    statuses: Counter = field(default_factory=Counter)
    wrong: Counter = field(default_factory=Counter)  # reason -> count

    @property
    def sent(self) -> int:
        return len(self.latencies) + sum(self.wrong[r] for r in self.wrong if r.startswith("no answer"))

    def pct(self, q: float) -> float:
        if not self.latencies:
            return float("nan")
        xs = sorted(self.latencies)
        return xs[min(len(xs) - 1, round(q / 100 * (len(xs) - 1)))] * 1000


@dataclass
class Report:
    config: Config
    kinds: dict[str, Tally]
    health: Tally
    rss_warm: int
    rss_after: int
    seconds: float

    def server_errors(self) -> int:
        return sum(n for t in [*self.kinds.values(), self.health]
                   for s, n in t.statuses.items() if s >= 500)

    def acceptance(self) -> dict[str, bool]:
        growth = self.rss_after / self.rss_warm - 1 if self.rss_warm else float("inf")
        return {
            "zero 5xx": self.server_errors() == 0,
            "every good request answered correctly": all(
                not self.kinds[k].wrong for k in GOOD_KINDS),
            "every other request got its expected status and code": all(
                not t.wrong for k, t in self.kinds.items() if k not in GOOD_KINDS),
            "health answered throughout the load": bool(self.health.latencies)
            and not self.health.wrong,
            "RSS after the soak within 10 % of after warm-up": abs(growth) <= 0.10,
        }


# -- HTTP/1.1 on asyncio streams ----------------------------------------------------------
class Conn:
    """One keep-alive connection, reopened after the server or a kind of request ends it."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def open(self) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
        if self.reader is None or self.writer is None:
            self.reader, self.writer = await asyncio.open_connection("127.0.0.1", self.port)
        return self.reader, self.writer

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
        self.reader = self.writer = None


def head(path: str, content_type: str, length: int | None, method: str = "POST") -> bytes:
    lines = [f"{method} {path} HTTP/1.1", "Host: 127.0.0.1"]
    if content_type:
        lines.append(f"Content-Type: {content_type}")
    lines.append(f"Content-Length: {length}" if length is not None else "Transfer-Encoding: chunked")
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


async def read_response(reader: asyncio.StreamReader) -> tuple[int, dict[str, str], bytes]:
    line = await reader.readline()
    if not line:
        raise ConnectionError("connection closed before the status line")
    status = int(line.split()[1])
    headers: dict[str, str] = {}
    while (h := await reader.readline()) not in (b"\r\n", b""):
        name, _, value = h.decode("latin-1").partition(":")
        headers[name.strip().lower()] = value.strip()
    if "content-length" in headers:
        body = await reader.readexactly(int(headers["content-length"]))
    elif headers.get("transfer-encoding") == "chunked":
        parts = []
        while (size := int((await reader.readline()).split(b";")[0], 16)) > 0:
            parts.append(await reader.readexactly(size))
            await reader.readexactly(2)
        await reader.readline()
        body = b"".join(parts)
    else:
        body = await reader.read()
    return status, headers, body


async def trickle(writer: asyncio.StreamWriter, data: bytes, seconds: float, pieces: int = 8) -> None:
    step = max(1, -(-len(data) // pieces))
    for i in range(0, len(data), step):
        writer.write(data[i:i + step])
        await writer.drain()
        await asyncio.sleep(seconds / pieces)


async def chunked_until_refused(reader: asyncio.StreamReader, writer: asyncio.StreamWriter,
                                limit: int) -> tuple[int, dict[str, str], bytes]:
    """Streams chunks until the server answers, as a client uploading a huge file would;
    gives up sending at twice the limit."""
    writer.write(head("/v1/extract", "application/json", None))
    answer = asyncio.ensure_future(read_response(reader))
    sent = 0
    try:
        while not answer.done() and sent <= 2 * limit:
            writer.write(b"%x\r\n%s\r\n" % (CHUNK, b"a" * CHUNK))
            await writer.drain()
            sent += CHUNK
            await asyncio.sleep(0)
        if not answer.done():
            writer.write(b"0\r\n\r\n")
    except OSError:
        pass  # the server stopped reading: its answer is what counts
    return await answer


# -- the load -----------------------------------------------------------------------------
class Load:
    def __init__(self, port: int, cfg: Config, docs: list[str], expected: list[list[dict]]) -> None:
        self.port, self.cfg, self.expected = port, cfg, expected
        self.bodies = [json.dumps({"text": d}, ensure_ascii=False).encode() for d in docs]
        self.long_text = json.dumps({"text": "a" * (cfg.max_text_chars + 1)}).encode()
        self.kinds = {k: Tally() for k in KINDS}
        self.health = Tally()

    async def request(self, conn: Conn, kind: str, i: int) -> tuple[int, dict[str, str], bytes]:
        if kind in FRESH_CONNECTION:
            conn.close()
        reader, writer = await conn.open()
        body = self.bodies[i % len(self.bodies)]
        json_head = head("/v1/extract", "application/json", len(body))
        if kind == "oversized_declared":  # refused from Content-Length: no body is sent
            writer.write(head("/v1/extract", "application/json", self.cfg.max_body_bytes + 1))
        elif kind == "oversized_chunked":
            return await chunked_until_refused(reader, writer, self.cfg.max_body_bytes)
        elif kind == "oversized_text":
            writer.write(head("/v1/extract", "application/json", len(self.long_text)) + self.long_text)
        elif kind == "malformed_json":
            cut = body[: len(body) // 2]
            writer.write(head("/v1/extract", "application/json", len(cut)) + cut)
        elif kind == "wrong_content_type":
            writer.write(head("/v1/extract", "text/plain", len(body)) + body)
        elif kind == "slow_headers":
            await trickle(writer, json_head, self.cfg.slow_seconds)
            writer.write(body)
        elif kind == "slow_body":
            writer.write(json_head)
            await trickle(writer, body, self.cfg.slow_seconds)
        else:
            writer.write(json_head + body)
        return await read_response(reader)

    def check(self, kind: str, i: int, status: int, body: bytes) -> str | None:
        """Why the answer is wrong, or None."""
        _, want_status, want_code = KINDS[kind]
        if status != want_status:
            return f"status {status}"
        try:
            got = json.loads(body)
        except ValueError:
            return "body is not JSON"
        if want_code:
            code = got.get("error", {}).get("code")
            return None if code == want_code else f"code {code}"
        return None if got.get("entities") == self.expected[i % len(self.expected)] else "entities differ"

    async def client(self, plan: list[tuple[str, int]], cursor: list[int]) -> None:
        conn = Conn(self.port)
        while cursor[0] < len(plan):
            kind, i = plan[cursor[0]]
            cursor[0] += 1
            tally = self.kinds[kind]
            t0 = time.perf_counter()
            try:
                status, headers, body = await asyncio.wait_for(self.request(conn, kind, i),
                                                               self.cfg.timeout)
            except (OSError, asyncio.IncompleteReadError, TimeoutError, ValueError) as e:
                tally.wrong[f"no answer ({type(e).__name__})"] += 1
                conn.close()
                continue
            tally.latencies.append(time.perf_counter() - t0)
            tally.statuses[status] += 1
            if (why := self.check(kind, i, status, body)) is not None:
                tally.wrong[why] += 1
            if kind in FRESH_CONNECTION or headers.get("connection") == "close":
                conn.close()
        conn.close()

    async def poll_health(self, stop: asyncio.Event) -> None:
        conn = Conn(self.port)
        while not stop.is_set():
            t0 = time.perf_counter()
            try:
                reader, writer = await conn.open()
                writer.write(b"GET /v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
                status, headers, _ = await asyncio.wait_for(read_response(reader), 5.0)
                self.health.latencies.append(time.perf_counter() - t0)
                self.health.statuses[status] += 1
                if status != 200:
                    self.health.wrong[f"status {status}"] += 1
                if headers.get("connection") == "close":  # the server recycles connections
                    conn.close()
            except (OSError, asyncio.IncompleteReadError, TimeoutError, ValueError) as e:
                self.health.wrong[f"no answer ({type(e).__name__})"] += 1
                conn.close()
            await asyncio.sleep(self.cfg.health_interval)
        conn.close()

    async def run(self, plan: list[tuple[str, int]], health: bool) -> None:
        cursor = [0]
        stop = asyncio.Event()
        poller = asyncio.ensure_future(self.poll_health(stop)) if health else None
        await asyncio.gather(*(self.client(plan, cursor) for _ in range(self.cfg.concurrency)))
        stop.set()
        if poller:
            await poller


def make_plan(n: int, n_docs: int, seed: int) -> list[tuple[str, int]]:
    rng = random.Random(seed)
    kinds = rng.choices(list(KINDS), weights=[w for w, _, _ in KINDS.values()], k=n)
    return [(k, rng.randrange(n_docs)) for k in kinds]


def expected_entities(docs: list[str], extractor=None) -> list[list[dict]]:
    """In-process results, in the JSON form the API returns them."""
    if extractor is None:
        from extractor import Extractor

        extractor = Extractor()
    return [json.loads(extractor.extract(d).model_dump_json())["entities"] for d in docs]


def server_rss(pid: int) -> int:
    import psutil

    proc = psutil.Process(pid)
    total = 0
    for p in [proc, *proc.children(recursive=True)]:
        try:
            total += p.memory_info().rss
        except psutil.NoSuchProcess:
            pass
    return total


def run(cfg: Config, extractor=None) -> Report:
    docs = sample_documents(cfg.dev, cfg.docs)
    biggest = max(len(json.dumps({"text": d}, ensure_ascii=False).encode()) for d in docs)
    if biggest > cfg.max_body_bytes or max(map(len, docs)) > cfg.max_text_chars:
        raise SystemExit("a good document is over the limits: raise --max-body-bytes/--max-text-chars")
    expected = expected_entities(docs, extractor)
    extractor = None
    gc.collect()
    proc, port = start_server(cfg.server_workers, ("--max-body-bytes", str(cfg.max_body_bytes),
                                                   "--max-text-chars", str(cfg.max_text_chars)))
    try:
        warm = Load(port, cfg, docs, expected)
        asyncio.run(warm.run(make_plan(cfg.warmup, len(docs), cfg.seed), health=False))
        time.sleep(1.0)
        rss_warm = server_rss(proc.pid)
        load = Load(port, cfg, docs, expected)
        t0 = time.perf_counter()
        asyncio.run(load.run(make_plan(cfg.requests, len(docs), cfg.seed + 1), health=True))
        seconds = time.perf_counter() - t0
        time.sleep(1.0)
        rss_after = server_rss(proc.pid)
    finally:
        stop_server(proc)
    return Report(cfg, load.kinds, load.health, rss_warm, rss_after, seconds)


def render(rep: Report) -> str:
    c = rep.config
    total = sum(t.sent for t in rep.kinds.values())
    lines = [(f"{total} requests at concurrency {c.concurrency} in {rep.seconds:.1f} s "
              f"({total / rep.seconds:.1f} req/s), server workers {c.server_workers}, "
              f"{c.docs} documents from the dev set; limits {c.max_body_bytes} bytes, "
              f"{c.max_text_chars} characters; slow clients take {c.slow_seconds:.1f} s to send"),
             "",
             "| kind | sent | expected | answers | wrong | p50 ms | p95 ms | p99 ms | max ms |",
             "|---|---:|---:|---|---:|---:|---:|---:|---:|"]
    for kind, t in [*rep.kinds.items(), ("health (GET, polled)", rep.health)]:
        want = KINDS[kind][1] if kind in KINDS else 200
        answers = ", ".join(f"{s}: {n}" for s, n in sorted(t.statuses.items()))
        wrong = sum(t.wrong.values())
        why = f" ({'; '.join(f'{r}: {n}' for r, n in t.wrong.items())})" if wrong else ""
        lines.append(f"| {kind} | {t.sent} | {want} | {answers} | {wrong}{why} | {t.pct(50):.1f} | "
                     f"{t.pct(95):.1f} | {t.pct(99):.1f} | {t.pct(100):.1f} |")
    growth = (rep.rss_after / rep.rss_warm - 1) * 100 if rep.rss_warm else float("nan")
    lines += ["", (f"server RSS (process + children): {rep.rss_warm / 2**20:.1f} MB after warm-up "
                   f"({c.warmup} requests), {rep.rss_after / 2**20:.1f} MB after the soak "
                   f"({growth:+.1f} %)"),
              f"5xx answers: {rep.server_errors()}", ""]
    lines += [f"- {name}: {'met' if ok else 'NOT met'}" for name, ok in rep.acceptance().items()]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    d = Config()
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--requests", type=int, default=d.requests)
    ap.add_argument("--concurrency", type=int, default=d.concurrency)
    ap.add_argument("--warmup", type=int, default=d.warmup, help="requests before the first RSS reading")
    ap.add_argument("--server-workers", type=int, default=d.server_workers)
    ap.add_argument("--docs", type=int, default=d.docs, help="documents to sample from the dev set")
    ap.add_argument("--max-body-bytes", type=int, default=d.max_body_bytes)
    ap.add_argument("--max-text-chars", type=int, default=d.max_text_chars)
    ap.add_argument("--slow-seconds", type=float, default=d.slow_seconds,
                    help="how long a slow client takes to send its headers or body")
    ap.add_argument("--timeout", type=float, default=d.timeout, help="client timeout per request")
    ap.add_argument("--seed", type=int, default=d.seed)
    ap.add_argument("--dev", type=Path, default=d.dev)
    add_out_argument(ap, "soak")
    args = ap.parse_args(argv)
    out = args.out
    del args.out
    print(f"soak: {args.requests} requests at concurrency {args.concurrency} against "
          f"{args.server_workers} server worker(s)...", file=sys.stderr, flush=True)
    rep = run(Config(**vars(args)))
    text = render(rep)
    print(text)
    write(out, "soak", "HTTP service under a long mixed load (soak)", text)
    sys.exit(0 if all(rep.acceptance().values()) else 1)


if __name__ == "__main__":
    main()
