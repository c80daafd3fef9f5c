"""The same corpus through one process, a process pool and a local Dask cluster gives the same store."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tidings.store import EventFilter, Store

pytestmark = [pytest.mark.model, pytest.mark.corpus]

ROOT = Path(__file__).resolve().parents[1]
TIDINGS = ROOT / ".venv" / "bin" / "tidings"


def _events(url: str) -> list[dict]:
    with Store.open(url) as store:
        rows = list(store.iter_events(EventFilter()))
    for row in rows:  # a story is named for its first report, which depends on the order workers finish
        row["story"].pop("id")
    return sorted(rows, key=lambda r: r["id"])


def _run(dump: Path, url: str, *extra: str) -> None:
    done = subprocess.run([str(TIDINGS), "ingest", str(dump), "--db", url, "-q", *extra], capture_output=True)
    assert done.returncode == 0, done.stderr.decode()


def test_single_process_workers_and_dask_store_identical_events(shared_dir: Path, tmp_path: Path) -> None:
    lines = (shared_dir / "corpus" / "wikinews" / "more.jsonl").read_text(encoding="utf-8").splitlines()[:30]
    dump = tmp_path / "corpus.jsonl"
    dump.write_text("\n".join(lines) + "\n", encoding="utf-8")
    runs = {
        "single": ("--workers", "1"),
        "workers": ("--workers", "2"),
        "dask": ("--dask", "local:2"),
    }
    stores = {}
    for name, extra in runs.items():
        url = f"sqlite:///{tmp_path / name}.sqlite"
        _run(dump, url, *extra)
        stores[name] = _events(url)
    assert len(stores["single"]) > 30
    assert stores["workers"] == stores["single"]
    assert stores["dask"] == stores["single"]


def test_local_dask_workers_keep_freed_memory_and_run_no_profiler() -> None:
    """Dask's default MALLOC_TRIM_THRESHOLD_ cost a tenth of the parse in page faults (docs/scale.md): the
    local cluster's workers start without it and without the statistical profiler."""
    import os

    from tidings.batch import close_executor, open_executor

    executor = open_executor(2, dask="local:2")
    try:
        client = executor._client  # type: ignore[union-attr]
        trims = client.run(os.environ.get, "MALLOC_TRIM_THRESHOLD_")
        assert len(trims) == 2 and set(trims.values()) == {None}
        threads = client.run(os.environ.get, "OMP_NUM_THREADS")
        assert set(threads.values()) == {"1"}

        def profiling() -> bool:
            import dask

            return bool(dask.config.get("distributed.worker.profile.enabled"))

        assert set(client.run(profiling).values()) == {False}
    finally:
        close_executor(executor)


def test_benchmark_runs_in_quick_mode(shared_dir: Path) -> None:
    """The benchmark cannot rot: its quick mode runs here, its full figures are in docs/scale.md."""
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "bench_ingest.py"), "--quick", "--shared", str(shared_dir)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr
    out = done.stdout
    for label in ("spaCy pipeline", "ingest, 1 worker", "ingest, 2 workers", "ingest, dask local:2"):
        assert label in out
    assert "articles/s" in out and "peak memory per worker" in out


def test_partitions_then_load_give_the_same_store_and_resume(shared_dir: Path, tmp_path: Path) -> None:
    lines = (shared_dir / "corpus" / "wikinews" / "more.jsonl").read_text(encoding="utf-8").splitlines()[:40]
    dump = tmp_path / "corpus.jsonl"
    dump.write_text("\n".join(lines) + "\n", encoding="utf-8")
    direct = f"sqlite:///{tmp_path / 'direct.sqlite'}"
    _run(dump, direct, "--workers", "1")

    parts = tmp_path / "parts"
    done = subprocess.run(
        [str(TIDINGS), "ingest", str(dump), "--out", str(parts), "--workers", "1"],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    assert "2 partitions written (40 articles), 0 already there, 0 failed" in done.stderr
    again = subprocess.run(
        [str(TIDINGS), "ingest", str(dump), "--out", str(parts), "--workers", "1"],
        capture_output=True,
        text=True,
    )
    assert "0 partitions written (0 articles), 2 already there, 0 failed" in again.stderr
    loaded = f"sqlite:///{tmp_path / 'loaded.sqlite'}"
    for _ in range(2):  # loading twice stores nothing twice
        load = subprocess.run([str(TIDINGS), "load", str(parts), "--db", loaded, "-q"], capture_output=True)
        assert load.returncode == 0, load.stderr
    assert _events(loaded) == _events(direct)
