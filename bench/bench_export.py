"""Benchmark `tidings export`: synthesise N events into a SQLite store, export each format, report rows/s
and peak memory.

    .venv/bin/python bench/bench_export.py               # 1,000,000 events
    .venv/bin/python bench/bench_export.py --events 200000
    .venv/bin/python bench/bench_export.py --quick       # 5,000 events, for the test that keeps this alive

Bench shortcut: the events are written with direct bulk inserts into the store's tables (articles, events,
evidence), not through ``Store.save_record``, which indexes text and links actors one article at a time and
would take longer than the exports themselves. The exports read events through ``Store.iter_events`` as
always; the actor and full-text tables (used only by some filters) stay empty.

Each format runs in a fresh child process, so its peak resident memory (``ru_maxrss``) is its own, on top of
the ~100 MB an interpreter with SQLAlchemy, pyarrow and networkx loaded takes anyway.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

FORMATS = ("plover", "gdelt", "csv", "jsonl", "parquet", "graphml", "gexf", "geojson")
ARTICLES_PER_EVENT = 4  # a synthetic article carries four events
CHUNK = 20_000

_TYPES = [
    ("CONSULT", "042", 1, 1.9),
    ("AGREE", "030", 1, 4.5),
    ("AID", "070", 2, 7.0),
    ("ACCUSE", "112", 3, -2.0),
    ("ASSAULT", "190", 4, -10.0),
    ("PROTEST", "140", 3, -6.5),
]
_COUNTRIES = ["SYR", "USA", "RUS", "UKR", "FRA", "DEU", "CHN", "IRN", "ISR", "TUR", "GBR", "IND"]
_SECTORS = ["GOV", "MIL", "OPP", "CVL", "REB", "UNK"]
_PLACES = [
    ("Damascus", "SYR", 33.5102, 36.2913, "capital"),
    ("Kyiv", "UKR", 50.4547, 30.5238, "capital"),
    ("Chicago", "USA", 41.85, -87.65, "city"),
    ("Syria", "SYR", 35.0, 38.0, "country"),
    None,
]


def synthesise(url: str, events: int, seed: int = 7) -> None:
    """Write ``events`` synthetic events (and their articles and evidence) into a new store at ``url``."""
    import sqlalchemy as sa

    from tidings.migrations import TABLES
    from tidings.store import Store

    rng = random.Random(seed)
    with Store.open(url) as store:
        engine = store._engine  # bench shortcut: bulk inserts (see the module docstring)
        articles_table, events_table, evidence_table = (
            TABLES["articles"],
            TABLES["events"],
            TABLES["evidence"],
        )
        done = 0
        while done < events:
            article_rows: list[dict[str, Any]] = []
            event_rows: list[dict[str, Any]] = []
            evidence_rows: list[dict[str, Any]] = []
            for n in range(done, min(done + CHUNK, events)):
                article_id = f"a{n // ARTICLES_PER_EVENT:016x}"
                day = f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
                if n % ARTICLES_PER_EVENT == 0:
                    article_rows.append(_article(article_id, day))
                event_rows.append(_event(rng, n, article_id, day))
                evidence_rows.append(
                    {
                        "event_id": event_rows[-1]["id"],
                        "ordinal": 0,
                        "text": f"Officials of one country met officials of another, report number {n}.",
                        "start": 0,
                        "end": 64,
                        "sentence": n % 5,
                    }
                )
            with engine.begin() as conn:
                if article_rows:
                    conn.execute(sa.insert(articles_table), article_rows)
                conn.execute(sa.insert(events_table), event_rows)
                conn.execute(sa.insert(evidence_table), evidence_rows)
            done += len(event_rows)


def _article(article_id: str, day: str) -> dict[str, Any]:
    return {
        "id": article_id,
        "canonical_url": f"https://news.example/{article_id}",
        "url": f"https://news.example/{article_id}",
        "content_hash": article_id,
        "title": f"Synthetic article {article_id}",
        "published": day,
        "site": "news.example",
        "text": "synthetic",
        "related": [],
        "fetched_at": f"{day}T12:00:00Z",
        "updated_at": f"{day}T12:00:00Z",
    }


def _event(rng: random.Random, n: int, article_id: str, day: str) -> dict[str, Any]:
    kind, cameo, quad, goldstein = rng.choice(_TYPES)
    row: dict[str, Any] = {
        "id": f"e{n:016x}",
        "article_id": article_id,
        "type": kind,
        "mode": None,
        "cameo": cameo,
        "quad_class": quad,
        "goldstein": goldstein,
        "date": day,
        "date_precision": "day",
        "date_text": "on Monday",
        "date_relation": "on",
        "modality": "asserted",
        "attributed_to": None,
        "confidence": round(rng.random(), 3),
        "trigger": "met",
        "others": [],
        "place_id": None,
    }
    for side in ("source", "target"):
        country, sector = rng.choice(_COUNTRIES), rng.choice(_SECTORS)
        row.update(
            {
                f"{side}_text": f"{country} {sector.lower()} officials",
                f"{side}_name": None,
                f"{side}_role": None,
                f"{side}_country": country,
                f"{side}_org": None,
                f"{side}_sector": sector,
                f"{side}_basis": "explicit",
            }
        )
    place = rng.choice(_PLACES)
    name, country, lat, lon, kind_of_place = place or (None, None, None, None, None)
    row.update(
        place_name=name,
        place_country=country,
        place_lat=lat,
        place_lon=lon,
        place_kind=kind_of_place,
        place_text=name,
    )
    return row


def export_one(url: str, fmt: str, path: str) -> dict[str, Any]:
    """Export one format (run in a child process) and return rows, seconds and peak RSS."""
    from tidings.exports import export_events
    from tidings.store import EventFilter, Store

    with Store.open(url) as store:
        started = time.perf_counter()
        rows = export_events(store, EventFilter(), fmt, path)
        seconds = time.perf_counter() - started
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # kilobytes on Linux
    return {"format": fmt, "rows": rows, "seconds": seconds, "peak_rss_mb": peak_kb / 1024}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--events", type=int, default=1_000_000, help="events to synthesise")
    parser.add_argument("--quick", action="store_true", help="5,000 events: a smoke run")
    parser.add_argument("--formats", default=",".join(FORMATS), help="comma list of formats")
    parser.add_argument("--child", nargs=3, metavar=("URL", "FORMAT", "PATH"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(export_one(*args.child)))
        return 0
    events = 5_000 if args.quick else args.events
    with tempfile.TemporaryDirectory(prefix="tidings-bench-") as tmp:
        url = f"sqlite:///{Path(tmp) / 'bench.sqlite'}"
        started = time.perf_counter()
        synthesise(url, events)
        print(f"synthesised {events} events in {time.perf_counter() - started:.1f} s", flush=True)
        print(f"{'format':<8} {'rows':>9} {'seconds':>8} {'rows/s':>9} {'peak MB':>8} {'file MB':>8}")
        for fmt in args.formats.split(","):
            out = Path(tmp) / f"export.{fmt}"
            child = subprocess.run(
                [sys.executable, __file__, "--child", url, fmt, str(out)],
                capture_output=True,
                text=True,
                check=True,
            )
            result = json.loads(child.stdout.strip().splitlines()[-1])
            rate = result["rows"] / max(result["seconds"], 1e-9)
            size = out.stat().st_size / 1e6
            print(
                f"{fmt:<8} {result['rows']:>9} {result['seconds']:>8.1f} {rate:>9.0f} "
                f"{result['peak_rss_mb']:>8.1f} {size:>8.1f}",
                flush=True,
            )
            out.unlink()
    return 0


if __name__ == "__main__":
    sys.exit(main())
