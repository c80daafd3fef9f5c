"""How fast the reading room's events page answers with a filter, over real HTTP.

Serves a store holding ../shared/corpus/wikinews/more.jsonl (237 articles) with uvicorn on 127.0.0.1, asks for
the filtered events page 50 times with httpx, and prints the median and 90th percentile in milliseconds. The
target of issue #5 is a median under 300 ms.

    .venv/bin/python bench/bench_web.py                      # builds the store first (a minute or two)
    .venv/bin/python bench/bench_web.py --db /tmp/more.sqlite --keep   # reuse a store built before

The run is bounded in time (--max-seconds); it stops early and says so when the bound is reached.
"""

from __future__ import annotations

import argparse
import json
import socket
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "wikinews" / "more.jsonl"
QUERIES = (
    "/events?type=CONSULT",
    "/events?country=RUS&order=-confidence",
    "/events?text=election&since=2019-01-01",
    "/events?actor=president&min_confidence=0.6",
    "/events?modality=asserted&place=USA",
)


def build_store(path: Path, corpus: Path) -> None:
    from tidings.batch import ingest
    from tidings.config import Settings
    from tidings.store import Store

    started = time.monotonic()
    with Store.open(str(path)) as store:
        summary = ingest([str(corpus)], store, Settings())
        counts = store.counts()
    print(
        f"built {path}: {summary.new} new, {summary.failed} failed, {counts['events']} events "
        f"in {time.monotonic() - started:.0f} s",
        file=sys.stderr,
    )


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, help="a store already holding the corpus (else one is built)")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--requests", type=int, default=50)
    parser.add_argument("--max-seconds", type=float, default=120.0, help="stop measuring after this long")
    parser.add_argument("--keep", action="store_true", help="keep a built store at --db")
    args = parser.parse_args(argv)

    import uvicorn

    from tidings.store import Store
    from tidings.web import create_app

    scratch = tempfile.TemporaryDirectory()
    db = args.db or Path(scratch.name) / "bench.sqlite"
    if not db.exists():
        if not args.corpus.is_file():
            print(f"no corpus at {args.corpus}", file=sys.stderr)
            return 2
        build_store(db, args.corpus)
    store = Store.open(str(db))
    port = free_port()
    server = uvicorn.Server(
        uvicorn.Config(create_app(store), host="127.0.0.1", port=port, log_level="warning")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    timings: dict[str, list[float]] = {query: [] for query in QUERIES}
    deadline = time.monotonic() + args.max_seconds
    stopped_early = False
    with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30) as client:
        for query in QUERIES:  # one warm-up each: templates compiled, caches filled
            client.get(query).raise_for_status()
        for n in range(args.requests):
            if time.monotonic() > deadline:
                stopped_early = True
                break
            query = QUERIES[n % len(QUERIES)]
            started = time.perf_counter()
            response = client.get(query)
            elapsed = (time.perf_counter() - started) * 1000
            response.raise_for_status()
            timings[query].append(elapsed)
    server.should_exit = True
    thread.join(timeout=10)
    counts = store.counts()
    store.close()
    every = sorted(t for values in timings.values() for t in values)
    report = {
        "store": {"articles": counts["articles"], "events": counts["events"]},
        "requests": len(every),
        "median_ms": round(statistics.median(every), 1),
        "p90_ms": round(every[int(0.9 * (len(every) - 1))], 1),
        "max_ms": round(every[-1], 1),
        "by_query_median_ms": {q: round(statistics.median(v), 1) for q, v in timings.items() if v},
        "target_median_ms": 300,
        "stopped_early": stopped_early,
    }
    print(json.dumps(report, indent=2))
    if not args.keep:
        scratch.cleanup()
    return 0 if report["median_ms"] < 300 else 1


if __name__ == "__main__":
    raise SystemExit(main())
