"""Throughput of tidings on one machine: the bare spaCy pipeline (the floor of our cost) against the full
`tidings ingest` into SQLite with 1 and 2 worker processes and a local Dask cluster of 2.

    python bench/bench_ingest.py            # all 237 articles of more.jsonl, read twice over (~500)
    python bench/bench_ingest.py --quick    # a few articles, so the script cannot rot (run by the tests)

Prints articles/s and words/s for each run, the ratio of full ingest to the bare pipeline, and the peak
memory (RSS) of the largest worker process. Figures and the machine are recorded in docs/scale.md.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TIDINGS = ROOT / ".venv" / "bin" / "tidings"


def load_texts(shared: Path, copies: int, limit: int | None) -> list[dict]:
    lines = (shared / "corpus" / "wikinews" / "more.jsonl").read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines if line.strip()][:limit]
    out = []
    for copy in range(copies):  # distinct ids and text so that the second pass is new work, not skipped
        for record in records:
            out.append(
                {**record, "id": f"{record['id']}-{copy}", "text": record["text"] + f"\n\n(Copy {copy}.)"}
            )
    return out


def bare_pipeline(texts: list[str]) -> float:
    """Seconds for the spaCy pipeline alone over the texts, paragraph by paragraph as tidings feeds it."""
    from tidings.pipeline import load_model, parse_many

    nlp = load_model()
    parse_many(nlp, texts[:2])  # warm up
    started = time.perf_counter()
    parse_many(nlp, texts)
    return time.perf_counter() - started


def run_ingest(dump: Path, db: Path, *extra: str) -> tuple[float, int]:
    """Seconds for `tidings ingest` (excluding nothing: start-up, model loading, reading, writing)."""
    started = time.perf_counter()
    proc = subprocess.run(
        [str(TIDINGS), "ingest", str(dump), "--db", str(db), "-q", *extra], capture_output=True
    )
    elapsed = time.perf_counter() - started
    if proc.returncode != 0:
        sys.exit(f"ingest failed: {proc.stderr.decode()[-2000:]}")
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # the largest child so far
    return elapsed, peak_kb


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="a few articles only")
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"), help="path of the shared corpora")
    args = parser.parse_args()
    shared = Path(args.shared)
    records = load_texts(shared, copies=1 if args.quick else 2, limit=12 if args.quick else None)
    texts = [r["text"] for r in records]
    words = sum(len(t.split()) for t in texts)
    print(
        f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}; "
        f"{len(records)} articles, {words} words"
    )

    results = []
    seconds = bare_pipeline(texts)
    results.append(("spaCy pipeline (bare, 1 process)", seconds, None))
    with tempfile.TemporaryDirectory() as tmp:
        dump = Path(tmp) / "bench.jsonl"
        dump.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
        runs = [
            ("ingest, 1 worker", ("--workers", "1")),
            ("ingest, 2 workers", ("--workers", "2")),
            ("ingest, dask local:2", ("--dask", "local:2")),
        ]
        for label, extra in runs:
            elapsed, peak = run_ingest(
                dump, Path(tmp) / f"{label.split(',')[1].strip().replace(' ', '-')}.sqlite", *extra
            )
            results.append((label, elapsed, peak))
    base = results[0][1]
    single = results[1][1]
    for label, elapsed, peak in results:
        line = f"{label:<34} {len(records) / elapsed:7.1f} articles/s {words / elapsed:9.0f} words/s"
        if peak is not None:
            line += f"   bare/this {base / elapsed:5.2f}   speed-up vs 1 worker {single / elapsed:4.2f}"
        print(line)
    two, dask = results[2][1], results[3][1]
    print(f"dask local:2 against 2 workers: {100 * (dask - two) / two:+.0f}% time (target: under +15%)")
    peak_mb = max(p for _, _, p in results if p) / 1024
    print(f"peak memory per worker (largest process RSS): {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
