"""Load test: `tidings serve` on 127.0.0.1 over a store of 100,000+ events while `tidings ingest` writes.

    .venv/bin/python bench/load_web.py                          # 100,000 events, 60 s, 8 clients
    .venv/bin/python bench/load_web.py --db /tmp/load.sqlite    # reuse (or keep) a store
    .venv/bin/python bench/load_web.py --quick                  # 2,000 events, 3 s: the CI smoke run

Several httpx clients (threads) ask for a fixed mix of API and page URLs as fast as the server answers, for a
fixed time and at most --max-requests requests. Meanwhile `tidings ingest` of more.jsonl (examples/ with
--quick) writes into the same SQLite file. Prints requests/s, p50/p95/p99 latency in ms and the error count
(any status other than 200, or no answer) as JSON; exits 1 when there were errors.

Bench shortcut: the 100,000 events are synthesised with direct bulk inserts (bench/bench_export.py's
``synthesise``), not extracted; the actor and full-text tables hold only what the concurrent ingest adds.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
TIDINGS = Path(sys.executable).with_name("tidings")
CORPUS = ROOT.parent / "shared" / "corpus" / "wikinews" / "more.jsonl"
HTTP_TIMEOUT = 30.0


def _synthesise(path: Path, events: int) -> None:
    spec = importlib.util.spec_from_file_location("bench_export", ROOT / "bench" / "bench_export.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.synthesise(f"sqlite:///{path}", events)


def _events_in(path: Path) -> int:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        return int(conn.execute("SELECT count(*) FROM events").fetchone()[0])


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _urls(events: int) -> list[str]:
    """The request mix: list pages and filters, single records, stats and a static file."""
    picks = [n * 7919 % events for n in range(1, 6)]
    return [
        "/api/events?limit=50",
        "/api/events?type=CONSULT&country=SYR&limit=20",
        "/events?country=RUS&order=-confidence",
        "/api/events?since=2024-03-01&until=2024-03-31&min_confidence=0.5",
        *[f"/api/events/e{n:016x}" for n in picks],
        f"/articles/a{picks[0] // 4:016x}",
        "/api/articles?limit=20",
        "/api/actors?limit=20",
        "/api/places?type=ASSAULT",
        "/api/stats?country=UKR",
        "/static/tidings.css",
    ]


def _wait_for(port: int, server: subprocess.Popen[bytes], seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"tidings serve exited with status {server.returncode}")
        try:
            httpx.get(f"http://127.0.0.1:{port}/api/stats", timeout=2).raise_for_status()
            return
        except httpx.HTTPError:
            time.sleep(0.2)
    raise SystemExit(f"tidings serve did not answer within {seconds:.0f} s")


def _load(
    port: int, urls: list[str], clients: int, seconds: float, max_requests: int
) -> tuple[list[float], list[str], float]:
    """Run the clients; return latencies (ms), error descriptions and the seconds the load ran."""
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    issued = [0]
    started = time.monotonic()
    deadline = started + seconds

    def client(number: int) -> None:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=HTTP_TIMEOUT) as http:
            turn = number
            while time.monotonic() < deadline:
                with lock:
                    if issued[0] >= max_requests:
                        return
                    issued[0] += 1
                url = urls[turn % len(urls)]
                turn += 1
                began = time.perf_counter()
                try:
                    status = http.get(url).status_code
                    problem = None if status == 200 else f"{url}: HTTP {status}"
                except httpx.HTTPError as exc:
                    problem = f"{url}: {type(exc).__name__}"
                elapsed = (time.perf_counter() - began) * 1000
                with lock:
                    latencies.append(elapsed)
                    if problem:
                        errors.append(problem)

    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=seconds + HTTP_TIMEOUT + 5)
    return latencies, errors, time.monotonic() - started


def _writer_state(writer: subprocess.Popen[bytes] | None, running: bool) -> str | None:
    if writer is None:
        return None
    return "still writing" if running else "done"


def _percentile(ordered: list[float], share: float) -> float:
    return round(ordered[min(len(ordered) - 1, int(share * len(ordered)))], 1) if ordered else 0.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--db", type=Path, help="SQLite store to use (built when missing, kept afterwards)")
    parser.add_argument("--events", type=int, default=100_000, help="synthetic events in a new store")
    parser.add_argument("--seconds", type=float, default=60.0, help="how long the load runs")
    parser.add_argument("--max-requests", type=int, default=200_000, help="stop after this many requests")
    parser.add_argument("--clients", type=int, default=8, help="concurrent HTTP clients")
    parser.add_argument("--no-ingest", action="store_true", help="no concurrent writer")
    parser.add_argument("--quick", action="store_true", help="2,000 events, 3 s, 4 clients: a smoke run")
    args = parser.parse_args(argv)
    if args.quick:
        args.events, args.seconds, args.max_requests, args.clients = 2_000, 3.0, 2_000, 4

    scratch = tempfile.TemporaryDirectory(prefix="tidings-load-")
    db = args.db or Path(scratch.name) / "load.sqlite"
    built = time.monotonic()
    if not db.exists():
        _synthesise(db, args.events)
        print(f"synthesised {args.events} events in {time.monotonic() - built:.1f} s", file=sys.stderr)
    events = _events_in(db)

    env = {**os.environ, "XDG_DATA_HOME": str(Path(scratch.name) / "data")}
    port = _free_port()
    server = subprocess.Popen(
        [str(TIDINGS), "serve", "--db", str(db), "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=env,
    )
    writer = None
    try:
        _wait_for(port, server, 60)
        if not args.no_ingest:
            source = ROOT / "examples" if args.quick or not CORPUS.is_file() else CORPUS
            writer = subprocess.Popen(
                [str(TIDINGS), "ingest", str(source), "--db", str(db), "--workers", "1", "-q"],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
                env=env,
            )
        latencies, errors, ran = _load(port, _urls(events), args.clients, args.seconds, args.max_requests)
        ingest_running_at_end = writer is not None and writer.poll() is None
    finally:
        if writer is not None:
            if writer.poll() is None:
                writer.terminate()
            writer.wait(timeout=60)
        server.terminate()
        server.wait(timeout=30)
    ordered = sorted(latencies)
    report = {
        "store_events": events,
        "clients": args.clients,
        "seconds": round(ran, 1),
        "requests": len(ordered),
        "requests_per_second": round(len(ordered) / ran, 1) if ran else 0.0,
        "p50_ms": _percentile(ordered, 0.50),
        "p95_ms": _percentile(ordered, 0.95),
        "p99_ms": _percentile(ordered, 0.99),
        "max_ms": round(ordered[-1], 1) if ordered else 0.0,
        "errors": len(errors),
        "first_errors": errors[:5],
        "concurrent_ingest": _writer_state(writer, ingest_running_at_end),
        "ingest_status": None if writer is None else writer.returncode,
        "cpus": os.cpu_count(),
    }
    print(json.dumps(report, indent=2))
    if not args.db:
        scratch.cleanup()
    return 0 if not errors and ordered else 1


if __name__ == "__main__":
    raise SystemExit(main())
