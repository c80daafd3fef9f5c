"""The load bench stays runnable: a short, bounded run of bench/load_web.py.

The full-length figures are in docs/robustness.md."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.model  # the concurrent ingest loads the spaCy model


def test_load_bench_quick_run_has_no_errors() -> None:
    """bench/load_web.py --quick: a few seconds of load on 127.0.0.1 while `tidings ingest` writes."""
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "load_web.py"), "--quick"],
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 0, done.stdout + done.stderr[-2000:]
    report = json.loads(done.stdout[done.stdout.index("{") :])
    assert report["errors"] == 0 and report["requests"] > 0
    assert {"requests_per_second", "p50_ms", "p95_ms", "p99_ms"} <= set(report)
    assert report["concurrent_ingest"] in ("still writing", "done")
