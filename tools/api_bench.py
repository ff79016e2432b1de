"""Load benchmark: `python -m tools.api_bench` against real servers on loopback.

For 1, 2 and 4 workers at concurrency 1, 8 and 32 it sends a bounded number of
`POST /v1/extract` requests and reports requests/s, latency percentiles and errors, next
to the in-process `Extractor.extract` throughput on the same documents: whole releases
of the dev set, read at run time (never stored). The client is a
minimal keep-alive HTTP/1.1 client on asyncio streams, so that on a small machine the
load generator takes as little CPU from the servers as possible.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from .figures import add_out_argument, opt_in_gc_tuning, write

DEV = Path(__file__).resolve().parents[2] / "shared" / "eval" / "dev.jsonl"


def sample_documents(path: Path, n: int, seed: int = 7) -> list[str]:
    """`n` whole releases of the dev set (cycled, shuffled): the unit users post."""
    with open(path, encoding="utf-8") as f:
        texts = [json.loads(line)["text"] for line in f if line.strip()]
    random.Random(seed).shuffle(texts)
    return [texts[i % len(texts)] for i in range(n)]


def in_process_rate(docs: list[str], requests: int, rounds: int = 3) -> float:
    """Best of `rounds`: on a shared machine the least disturbed round is the closest to
    what the code can do."""
    from extractor import Extractor

    ex = Extractor()
    ex.warm_up()
    for d in docs[:10]:
        ex.extract(d)
    best = 0.0
    for _ in range(rounds):
        t0 = time.perf_counter()
        for i in range(requests):
            ex.extract(docs[i % len(docs)])
        best = max(best, requests / (time.perf_counter() - t0))
    return best


@dataclass
class Cell:
    workers: int
    concurrency: int
    seconds: float = 0.0
    latencies: list[float] = field(default_factory=list)
    errors: int = 0

    @property
    def rps(self) -> float:
        return len(self.latencies) / self.seconds if self.seconds else 0.0

    def pct(self, q: float) -> float:
        if not self.latencies:
            return float("nan")
        xs = sorted(self.latencies)
        return xs[min(len(xs) - 1, int(round(q / 100 * (len(xs) - 1))))] * 1000


async def _one_connection(port: int, bodies: list[bytes], counter: list[int], total: int, cell: Cell) -> None:
    """One client: requests back to back on a keep-alive connection, reconnecting when
    the server closes it (`Connection: close`, see api/recycle.py)."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        while counter[0] < total:
            i = counter[0]
            counter[0] += 1
            body = bodies[i % len(bodies)]
            head = (f"POST /v1/extract HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    f"Content-Length: {len(body)}\r\n\r\n").encode()
            t0 = time.perf_counter()
            writer.write(head + body)
            status = await reader.readline()
            length, close = 0, False
            while (line := await reader.readline()) not in (b"\r\n", b""):
                low = line.lower()
                if low.startswith(b"content-length:"):
                    length = int(line.split(b":", 1)[1])
                elif low.startswith(b"connection:") and b"close" in low:
                    close = True
            await reader.readexactly(length)
            if b" 200 " in status:
                cell.latencies.append(time.perf_counter() - t0)
            else:
                cell.errors += 1
            if close:
                writer.close()
                reader, writer = await asyncio.open_connection("127.0.0.1", port)
    except (OSError, asyncio.IncompleteReadError, ValueError):
        cell.errors += max(0, total - len(cell.latencies) - cell.errors)
    finally:
        writer.close()


async def _load(port: int, bodies: list[bytes], concurrency: int, total: int, cell: Cell) -> None:
    counter = [0]
    t0 = time.perf_counter()
    await asyncio.gather(*(_one_connection(port, bodies, counter, total, cell) for _ in range(concurrency)))
    cell.seconds = time.perf_counter() - t0


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(workers: int, extra: tuple[str, ...] = ("--max-body-bytes", "8000000")
                 ) -> tuple[subprocess.Popen, int]:
    """`pressner serve` on a free loopback port (`extra`: more flags), once healthy."""
    import httpx

    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "extractor.cli", "serve", "--host", "127.0.0.1",
                             "--port", str(port), "--workers", str(workers), "--log-level", "warning",
                             *extra], env=dict(os.environ))
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"server exited with {proc.returncode}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/v1/health", timeout=2).status_code == 200:
                # A worker accepts connections only after its lifespan loaded the pipelines;
                # give the others time to get there before the clock starts.
                time.sleep(1.0 * workers)
                return proc, port
        except httpx.HTTPError:
            pass
        time.sleep(0.25)
    proc.terminate()
    raise SystemExit("server did not become healthy")


def stop_server(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def run(workers_list: list[int], concurrencies: list[int], requests: int, docs: list[str]) -> list[Cell]:
    bodies = [json.dumps({"text": d}, ensure_ascii=False).encode() for d in docs]
    cells = []
    for w in workers_list:
        proc, port = start_server(w)
        try:
            asyncio.run(_load(port, bodies, 4 * w, 10 * w, Cell(w, 0)))  # warm every worker
            for c in concurrencies:
                cell = Cell(w, c)
                asyncio.run(_load(port, bodies, c, requests, cell))
                cells.append(cell)
                print(f"  workers={w} concurrency={c}: {cell.rps:.1f} req/s", file=sys.stderr)
        finally:
            stop_server(proc)
    return cells


def report(cells: list[Cell], inproc: float, docs: list[str]) -> str:
    chars = sum(len(d) for d in docs) / len(docs)
    lines = [f"documents: {len(docs)} sampled from the dev set, {chars:.0f} characters on average; "
             f"in-process Extractor.extract: {inproc:.1f} docs/s (one thread)",
             "",
             "| workers | concurrency | req/s | p50 ms | p95 ms | p99 ms | errors | req/s ÷ in-process |",
             "|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for c in cells:
        lines.append(f"| {c.workers} | {c.concurrency} | {c.rps:.1f} | {c.pct(50):.1f} | {c.pct(95):.1f} | "
                     f"{c.pct(99):.1f} | {c.errors} | {c.rps / inproc:.2f} |")
    lines += ["", *targets(cells, inproc)]
    return "\n".join(lines)


def targets(cells: list[Cell], inproc: float) -> list[str]:
    def best(w: int) -> float:
        return max((c.rps for c in cells if c.workers == w and c.concurrency > 1), default=0.0)

    out = []
    one, two = best(1), best(2)
    if one and two:
        out.append(_check("2 workers ≥ 1.6 × 1 worker", two / one, 1.6, "×"))
        out.append(_check("2 workers ≥ 70 % of 2 × in-process", two / (2 * inproc), 0.70, ""))
    errors = sum(c.errors for c in cells)
    out.append(f"- zero errors: {errors} errors -> {'met' if errors == 0 else 'NOT met'}")
    for w in sorted({c.workers for c in cells}):
        base = next((c.pct(50) for c in cells if c.workers == w and c.concurrency == 1), None)
        top = next((c for c in cells if c.workers == w and c.concurrency == 32), None)
        if base and top and top.latencies:
            out.append(_check(f"p99 at concurrency 32 ≤ 10 × p50 at concurrency 1 ({w} worker(s))",
                              top.pct(99) / base, 10, "×", lower=True)
                       + f" (Little's law floor: {floor_ratio(top, base):.1f}×)")
    return out


def floor_ratio(cell: Cell, p50_alone_ms: float) -> float:
    """The least p99/p50 any server could show in this cell. A closed loop of `c` clients
    keeps `c` requests in flight, so by Little's law their mean latency is c / throughput,
    and the 99th percentile is at least the mean: a ratio above 10 here means the
    target needs more throughput than the cores give, not a better scheduler."""
    return cell.concurrency / cell.rps * 1000 / p50_alone_ms


def _check(name: str, value: float, bound: float, unit: str, lower: bool = False) -> str:
    ok = value <= bound if lower else value >= bound
    return f"- {name}: {value:.2f}{unit} -> {'met' if ok else 'NOT met'}"


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--requests", type=int, default=200, help="requests per cell")
    ap.add_argument("--workers", default="1,2,4")
    ap.add_argument("--concurrency", default="1,8,32")
    ap.add_argument("--docs", type=int, default=40, help="documents to send: dev releases, cycled")
    ap.add_argument("--dev", type=Path, default=DEV)
    add_out_argument(ap, "api_bench")
    args = ap.parse_args(argv)
    opt_in_gc_tuning()
    docs = sample_documents(args.dev, args.docs)
    print("measuring in-process throughput...", file=sys.stderr)
    inproc = in_process_rate(docs, args.requests)
    cells = run([int(x) for x in args.workers.split(",")], [int(x) for x in args.concurrency.split(",")],
                args.requests, docs)
    table = report(cells, inproc, docs)
    print(table)
    write(args.out, "api_bench", "HTTP service: throughput and latency by workers and concurrency",
          table)


if __name__ == "__main__":
    main()
