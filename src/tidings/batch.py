"""Ingest batches: read every source, extract events and keep them in the store, one article at a time.

A batch can be interrupted at any point (Ctrl-C, kill -9, power loss) and re-run with the same command: an
input already stored with the same content is skipped before it is parsed, every article is saved in one
transaction, and a bad input is recorded in the failures table while the batch goes on.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Executor, Future, as_completed, wait
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, BinaryIO

from sqlalchemy.exc import DatabaseError

from tidings.config import Settings
from tidings.errors import ConfigError, InputError, TidingsError
from tidings.extract import extract_articles
from tidings.records import Article, ArticleRecord
from tidings.sources import Item, expand_sources
from tidings.store import content_hash
from tidings.store_engine import first_line

if TYPE_CHECKING:
    from tidings.feeds import PoliteClient
    from tidings.store import Store

# Articles parsed together: large enough for spaCy's batching, small enough that an interruption loses little
BATCH_SIZE = 32
# Articles sent to a worker at a time: small, so that at the end of a run no worker waits long for another
WORKER_BATCH_SIZE = 8


@dataclass
class IngestSummary:
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0  # already stored with the same content: not parsed again
    failed: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)

    @property
    def done(self) -> int:
        return self.new + self.updated + self.unchanged + self.skipped + self.failed

    def count(self, outcome: str) -> None:
        setattr(self, outcome, getattr(self, outcome) + 1)


Progress = Callable[[IngestSummary, str], None]


def ingest(
    specs: list[str],
    store: Store,
    settings: Settings | None = None,
    *,
    published: str | None = None,
    fallback_published: dict[str, str] | None = None,
    client: PoliteClient | None = None,
    stdin: BinaryIO | None = None,
    progress: Progress | None = None,
    executor: Executor | None = None,
) -> IngestSummary:
    """Read ``specs`` (files, folders, globs, URLs, feeds, WARC files, JSON Lines, ``-``) into ``store``.

    With an ``executor`` (a process pool, or a Dask client's executor) articles are extracted on its
    workers and written here, by one writer; the stored rows are the same as without one.
    """
    settings = settings or Settings()
    summary = IngestSummary()
    items = expand_sources(specs, client=client, stdin=stdin, max_bytes=settings.max_input_mb * 1024 * 1024)
    ready = _ready(items, store, summary, published, fallback_published or {}, progress)
    size = BATCH_SIZE if executor is None else WORKER_BATCH_SIZE
    for key, record in _extracted(_batches(ready, size), settings, executor):
        # the single writer: every article in its own transaction, in the order extraction finishes
        try:
            outcome = store.save_record(record, source=key, fetched_at=datetime.now(UTC))
        except (TidingsError, DatabaseError) as exc:  # one article the database refuses: record it, go on
            reason = first_line(exc)[:200]
            problem = exc.problem if isinstance(exc, InputError) else f"cannot be stored ({reason})"
            store.record_failure(key, problem)
            summary.failed += 1
            summary.failures.append((key, problem))
        else:
            store.clear_failure(key)
            summary.count(outcome)
        if progress:
            progress(summary, key)
    return summary


def extract_batch(batch: list[tuple[str, Article]], settings: Settings) -> list[tuple[str, ArticleRecord]]:
    """Extract one batch; a plain top-level function so that worker processes can run it."""
    records = extract_articles([article for _, article in batch], settings)
    return [(key, record) for (key, _), record in zip(batch, records, strict=True)]


def _extracted(
    batches: Iterable[list[tuple[str, Article]]], settings: Settings, executor: Executor | None
) -> Iterator[tuple[str, ArticleRecord]]:
    """Records in the order they are ready: in this process, or on an executor's workers with a bounded
    number of batches in flight (memory stays flat whatever the corpus size)."""
    for batch in _extracted_batches(batches, settings, executor):
        yield from batch


def _ready(
    items: Iterable[Item],
    store: Store,
    summary: IngestSummary,
    published: str | None,
    fallback_published: dict[str, str],
    progress: Progress | None,
) -> Iterator[tuple[str, Article]]:
    """The articles still to do, with their input keys; failures and finished inputs are dealt with here."""
    for item in items:
        payload = item.payload
        problem = None
        if isinstance(payload, InputError):
            problem = payload.problem
        elif published:
            payload.published = published
        elif not payload.published and item.key in fallback_published:
            payload.published = fallback_published[item.key]  # the feed entry's date, when the page has none
        elif not payload.published:
            problem = "no publication date found; give one with --published"
        if problem is not None or isinstance(payload, InputError):
            store.record_failure(item.key, problem or "unreadable")
            summary.failed += 1
            summary.failures.append((item.key, problem or "unreadable"))
        elif store.has_source(item.key, content_hash(payload.text)):
            summary.skipped += 1
        else:
            yield item.key, payload
            continue
        if progress:
            progress(summary, item.key)


def _batches(pairs: Iterable[tuple[str, Article]], size: int) -> Iterator[list[tuple[str, Article]]]:
    batch: list[tuple[str, Article]] = []
    for pair in pairs:
        batch.append(pair)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


# -- parallel extraction -------------------------------------------------------------------------------------
def _load_model_once(model: str) -> None:
    """Worker start-up: load the model once, and leave when the parent process is gone (killed with -9, a
    worker would otherwise live on, holding its memory)."""
    import threading

    from tidings.pipeline import load_model

    parent = os.getppid()

    def watch_parent() -> None:
        import time

        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(0)

    threading.Thread(target=watch_parent, name="tidings-parent-watch", daemon=True).start()
    load_model(model)


LOCAL_CLUSTER_CONFIG = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.system-monitor.interval": "2s",
    "distributed.worker.memory.monitor-interval": "2s",
    "distributed.admin.tick.interval": "1s",
    # Dask starts workers with MALLOC_TRIM_THRESHOLD_=65536, so that memory goes back to the system early;
    # the parser allocates and frees so much that this costs a tenth of its time in page faults. One thread
    # per worker for the numeric libraries, as Dask does.
    "distributed.nanny.pre-spawn-environ": {
        "OMP_NUM_THREADS": 1,
        "MKL_NUM_THREADS": 1,
        "OPENBLAS_NUM_THREADS": 1,
    },
}


def open_executor(workers: int, *, dask: str | None = None, model: str = "auto") -> Executor | None:
    """A pool to extract on: ``dask`` is a scheduler address or ``local:N`` (a local cluster of N worker
    processes, needs ``tidings[dask]``); else ``workers`` processes here (0: one per core; 1: none)."""
    if dask:
        try:
            from distributed import Client, LocalCluster
        except ImportError:
            raise ConfigError("--dask needs the dask extra: pip install 'tidings[dask]'") from None
        if dask.startswith("local:"):
            import dask as dask_config

            size = int(dask.split(":", 1)[1] or 2)
            # no dashboard here, so no use for the worker's statistical profiler (it samples every thread's
            # stack every 10 ms) or for monitors that wake ten or fifty times a second, each time taking the
            # interpreter lock from the parse; and no early return of memory (see LOCAL_CLUSTER_CONFIG)
            dask_config.config.set(LOCAL_CLUSTER_CONFIG)
            cluster = LocalCluster(
                n_workers=size, threads_per_worker=1, processes=True, dashboard_address=None
            )
            client = Client(cluster)
        else:
            client = Client(dask)
        client.run(_load_model_once, model)
        executor: Executor = client.get_executor()
        executor._max_workers = len(client.scheduler_info()["workers"])  # type: ignore[attr-defined]
        return executor
    count = workers or os.cpu_count() or 1
    if count <= 1:
        return None
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    return ProcessPoolExecutor(
        count,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_load_model_once,
        initargs=(model,),
    )


def close_executor(executor: Executor | None) -> None:
    if executor is None:
        return
    client = getattr(executor, "_client", None)
    executor.shutdown(wait=True)
    if client is not None:
        cluster = getattr(client, "cluster", None)
        client.close()
        if cluster is not None:
            cluster.close()


# -- watching feeds ---------------------------------------------------------------------------------------
@dataclass
class PollReport:
    feed: str
    status: str  # "new entries", "not modified", "error: ..."
    summary: IngestSummary


def watch(
    feeds: list[str],
    store: Store,
    settings: Settings | None = None,
    *,
    every: float,
    client: PoliteClient,
    states: dict[str, dict] | None = None,
    stop: Callable[[], bool] = lambda: False,
    sleep: Callable[[float], None] | None = None,
    once: bool = False,
    on_poll: Callable[[PollReport], None] | None = None,
) -> dict[str, dict]:
    """Poll ``feeds`` every ``every`` seconds (conditional GETs, back-off on failures); ingest new entries.

    ``states`` (feed URL -> saved :class:`FeedState` dict) carries ETags and schedules across runs; the
    updated mapping is returned after every poll round through ``on_poll`` callers and at the end. ``stop``
    is checked between feeds and while waiting, so SIGINT/SIGTERM end the loop cleanly.
    """
    import time

    from tidings.feeds import FeedState, fetch_feed, schedule_next_poll

    settings = settings or Settings()
    known = {
        url: FeedState.from_dict(states[url]) if states and url in states else FeedState(url) for url in feeds
    }
    wait = sleep or time.sleep
    while not stop():
        for url, state in known.items():
            if stop():
                break
            if state.next_poll > time.time() and not once:
                continue
            summary = IngestSummary()
            result = fetch_feed(client, state)
            if result.error:
                state.failures += 1
                schedule_next_poll(state, every)  # backs off after repeated failures
                store.record_failure(url, result.error)
                status = f"error: {result.error}"
            else:
                state.failures = 0
                schedule_next_poll(state, every)
                store.clear_failure(url)
                fresh = {e.url: e.published for e in result.entries if e.url and not store.has_source(e.url)}
                if fresh:
                    dates = {link: date for link, date in fresh.items() if date}
                    summary = ingest(list(fresh), store, settings, client=client, fallback_published=dates)
                status = "not modified" if result.not_modified else f"{len(result.entries)} entries"
            if on_poll:
                on_poll(PollReport(url, status, summary))
        if once:
            break
        due = min((s.next_poll for s in known.values()), default=time.time() + every)
        remaining = max(0.0, due - time.time())
        while remaining > 0 and not stop():
            step = min(1.0, remaining)
            wait(step)
            remaining -= step
    return {url: state.to_dict() for url, state in known.items()}


# -- extraction to Parquet partitions, loaded into a store later ----------------------------------------
@dataclass
class PartitionSummary:
    written: int = 0  # partitions written in this run
    skipped: int = 0  # partitions already there from an earlier run
    articles: int = 0
    failed: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)


def _partition_name(batch: list[tuple[str, Article]]) -> str:
    """Named by what is in it, so a re-run recognises a partition it already wrote."""
    from tidings.records import stable_id

    return (
        "part-"
        + stable_id(*(f"{key}\x1e{content_hash(article.text)}" for key, article in batch))
        + ".parquet"
    )


def extract_to_partitions(
    specs: list[str],
    out_dir: str,
    settings: Settings | None = None,
    *,
    published: str | None = None,
    client: PoliteClient | None = None,
    stdin: BinaryIO | None = None,
    executor: Executor | None = None,
    progress: Callable[[PartitionSummary], None] | None = None,
) -> PartitionSummary:
    """Extract to Parquet partitions in ``out_dir`` (one per batch of articles) instead of a store.

    Each partition is written to a temporary name and renamed when complete, so an interrupted run leaves
    only whole partitions, and a re-run skips those it finds. ``tidings load`` brings them into a store.
    """
    import json
    from pathlib import Path

    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise ConfigError(
            "--out needs pyarrow, which comes with the export extra: pip install 'tidings[export]'"
        ) from None

    settings = settings or Settings()
    folder = Path(out_dir)
    folder.mkdir(parents=True, exist_ok=True)
    summary = PartitionSummary()
    items = expand_sources(specs, client=client, stdin=stdin, max_bytes=settings.max_input_mb * 1024 * 1024)

    def ready() -> Iterator[tuple[str, Article]]:
        for item in items:
            payload = item.payload
            if isinstance(payload, InputError):
                summary.failed += 1
                summary.failures.append((item.key, payload.problem))
                continue
            if published:
                payload.published = published
            if not payload.published:
                summary.failed += 1
                summary.failures.append((item.key, "no publication date found; give one with --published"))
                continue
            yield item.key, payload

    def todo() -> Iterator[list[tuple[str, Article]]]:
        for batch in _batches(ready(), BATCH_SIZE):
            if (folder / _partition_name(batch)).exists():
                summary.skipped += 1
                continue
            yield batch

    schema = pa.schema([("source", pa.string()), ("record", pa.string())])
    for batch_records in _extracted_batches(todo(), settings, executor):
        name = _partition_name([(key, record.article) for key, record in batch_records])
        rows = {
            "source": [key for key, _ in batch_records],
            "record": [json.dumps(r.to_dict(with_text=True), ensure_ascii=False) for _, r in batch_records],
        }
        temporary = folder / f".{name}.tmp"
        pq.write_table(pa.table(rows, schema=schema), temporary)
        temporary.replace(folder / name)
        summary.written += 1
        summary.articles += len(batch_records)
        if progress:
            progress(summary)
    if summary.failures:
        with (folder / "failures.jsonl").open("a", encoding="utf-8") as out:
            for key, problem in summary.failures:
                out.write(json.dumps({"source": key, "problem": problem}, ensure_ascii=False) + "\n")
    return summary


def _extracted_batches(
    batches: Iterable[list[tuple[str, Article]]], settings: Settings, executor: Executor | None
) -> Iterator[list[tuple[str, ArticleRecord]]]:
    """Like :func:`_extracted`, keeping each batch together (one batch, one partition)."""
    if executor is None:
        for batch in batches:
            yield extract_batch(batch, settings)
        return
    in_flight: set[Future[list[tuple[str, ArticleRecord]]]] = set()
    limit = 2 * max(1, getattr(executor, "_max_workers", 2))
    for batch in batches:
        in_flight.add(executor.submit(extract_batch, batch, settings))
        if len(in_flight) >= limit:
            done, in_flight = wait(in_flight, return_when=FIRST_COMPLETED)
            for future in done:
                yield future.result()
    for future in as_completed(in_flight):
        yield future.result()


def load_partitions(out_dir: str, store: Store, *, progress: Progress | None = None) -> IngestSummary:
    """Bring partitions written by :func:`extract_to_partitions` into ``store`` (idempotent: loading the same
    partitions twice stores nothing twice)."""
    import json
    from pathlib import Path

    import pyarrow.parquet as pq

    from tidings.records import record_from_dict

    summary = IngestSummary()
    for path in sorted(Path(out_dir).glob("part-*.parquet")):
        table = pq.read_table(path)
        for key, text in zip(
            table.column("source").to_pylist(), table.column("record").to_pylist(), strict=True
        ):
            record = record_from_dict(json.loads(text))
            if store.has_source(key, content_hash(record.article.text)):
                summary.skipped += 1
            else:
                summary.count(store.save_record(record, source=key, fetched_at=datetime.now(UTC)))
            if progress:
                progress(summary, key)
    return summary
