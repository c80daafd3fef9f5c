"""kill -9 at several points of `tidings ingest` and `tidings watch --once`, then a re-run: the store is
consistent (PRAGMA integrity_check) and ends with exactly the rows of an uninterrupted run, no duplicates.

SQLite (WAL, one writer) at every kill point; PostgreSQL (a transaction per article) once, when
TIDINGS_TEST_PG_URL is set. Every wait is bounded; the whole module runs in about a minute.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import os
import signal
import sqlite3
import subprocess
import time
from collections.abc import Callable, Iterator
from email.utils import format_datetime
from pathlib import Path
from typing import Any

import pytest

from tidings.store import Store

pytestmark = [pytest.mark.model, pytest.mark.corpus]

ROOT = Path(__file__).resolve().parents[1]
TIDINGS = ROOT / ".venv" / "bin" / "tidings"
ARTICLES = 60
FEED_ENTRIES = 12
WAIT_SECONDS = 120  # the longest a killed run is waited for before the test gives up


@pytest.fixture(scope="module")
def dump(shared_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The first 60 articles of more.jsonl."""
    lines = (shared_dir / "corpus" / "wikinews" / "more.jsonl").read_text(encoding="utf-8").splitlines()
    path = tmp_path_factory.mktemp("dump") / "first60.jsonl"
    path.write_text("\n".join(lines[:ARTICLES]) + "\n", encoding="utf-8")
    return path


def _ingest_command(dump: Path, url: str) -> list[str]:
    return [str(TIDINGS), "ingest", str(dump), "--db", url, "--workers", "1", "-q"]


def _counts(url: str) -> dict[str, int]:
    with Store.open(url) as store:
        counts = store.counts()
    counts.pop("failures", None)
    return counts


def _sqlite_articles(path: Path) -> Callable[[], int]:
    """Articles stored so far, read without taking part in the writer's transactions."""

    def count() -> int:
        try:
            with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=1) as conn:
                return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
        except sqlite3.Error:  # not created yet, or the schema not yet migrated
            return 0

    return count


def _integrity(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        dupes = "SELECT canonical_url FROM articles GROUP BY canonical_url HAVING count(*) > 1"
        assert conn.execute(dupes).fetchall() == []


def _kill_when(
    command: list[str], stored: Callable[[], int], at: int, env: dict[str, str] | None = None
) -> int:
    """Start ``command``, SIGKILL it once ``stored()`` reaches ``at`` (at=0: during startup, 0.5 s in);
    return the articles stored when it died."""
    victim = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    deadline = time.monotonic() + WAIT_SECONDS
    try:
        if at == 0:
            time.sleep(0.5)  # the interpreter is importing, the store may be half-migrated
        else:
            while stored() < at and victim.poll() is None and time.monotonic() < deadline:
                time.sleep(0.02)
    finally:
        os.kill(victim.pid, signal.SIGKILL)
        victim.wait(timeout=30)
    return stored()


@pytest.fixture(scope="module")
def reference(dump: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, int]:
    url = f"sqlite:///{tmp_path_factory.mktemp('reference') / 'reference.sqlite'}"
    done = subprocess.run(_ingest_command(dump, url), capture_output=True, timeout=300)
    assert done.returncode == 0, done.stderr
    counts = _counts(url)
    assert counts["articles"] == ARTICLES
    return counts


@pytest.mark.parametrize("kill_at", [0, 3, 10, 25], ids=["startup", "3", "10", "25"])
def test_ingest_killed_then_rerun_on_sqlite(
    kill_at: int, dump: Path, reference: dict[str, int], tmp_path: Path
) -> None:
    path = tmp_path / "events.sqlite"
    url = f"sqlite:///{path}"
    stored = _kill_when(_ingest_command(dump, url), _sqlite_articles(path), kill_at)
    assert stored < ARTICLES, "the run finished before it could be killed"
    if path.exists():
        _integrity(path)  # consistent right after the kill, before any repair
    rerun = subprocess.run(_ingest_command(dump, url), capture_output=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    _integrity(path)
    assert _counts(url) == reference


def test_ingest_killed_then_rerun_on_postgresql(dump: Path, reference: dict[str, int]) -> None:
    base = os.environ.get("TIDINGS_TEST_PG_URL")
    if not base:
        if os.environ.get("CI"):
            pytest.fail("PostgreSQL not configured (set TIDINGS_TEST_PG_URL); CI must run these tests")
        pytest.skip("PostgreSQL not configured (set TIDINGS_TEST_PG_URL)")
    import psycopg

    name = f"tidings_crash_{os.getpid()}_{time.monotonic_ns() % 10**9}"
    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    url = base.rsplit("/", 1)[0] + "/" + name

    def stored() -> int:
        try:
            with psycopg.connect(url, connect_timeout=5) as conn:
                row = conn.execute("SELECT count(*) FROM articles").fetchone()
                return int(row[0]) if row else 0
        except psycopg.Error:
            return 0

    assert _kill_when(_ingest_command(dump, url), stored, 10) < ARTICLES
    rerun = subprocess.run(_ingest_command(dump, url), capture_output=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    assert _counts(url) == reference
    with psycopg.connect(url) as conn:
        dupes = "SELECT canonical_url FROM articles GROUP BY canonical_url HAVING count(*) > 1"
        assert conn.execute(dupes).fetchall() == []


# -- watch -------------------------------------------------------------------------------------------------
@pytest.fixture
def news_site(httpserver: Any, dump: Path) -> Iterator[str]:
    """A feed of 12 entries on 127.0.0.1, each linking to a page made from one article of the dump."""
    base = httpserver.url_for("").rstrip("/")
    records = [json.loads(line) for line in dump.read_text(encoding="utf-8").splitlines()[:FEED_ENTRIES]]
    items = []
    for n, record in enumerate(records):
        body = "".join(f"<p>{html.escape(p)}</p>" for p in record["text"].split("\n") if p.strip())
        page = (
            f"<html><head><title>{html.escape(record['title'])}</title></head><body><article>"
            f"<h1>{html.escape(record['title'])}</h1>{body}</article></body></html>"
        )
        httpserver.expect_request(f"/a{n}").respond_with_data(page, content_type="text/html")
        stamp = format_datetime(dt.datetime.fromisoformat(record["date"] + "T12:00:00+00:00"))
        items.append(
            f"<item><title>{html.escape(record['title'])}</title><link>{base}/a{n}</link>"
            f"<pubDate>{stamp}</pubDate><guid>{base}/a{n}</guid></item>"
        )
    channel = f"<channel><title>Desk</title>{''.join(items)}</channel>"
    feed = f'<?xml version="1.0"?><rss version="2.0">{channel}</rss>'
    httpserver.expect_request("/robots.txt").respond_with_data("User-agent: *\nAllow: /\n")
    httpserver.expect_request("/feed.xml").respond_with_data(
        feed, content_type="application/rss+xml", headers={"ETag": '"v1"'}
    )
    yield f"{base}/feed.xml"


def test_watch_killed_then_rerun_stores_every_entry_once(news_site: str, tmp_path: Path) -> None:
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "data")}  # feed ETags kept apart from the user's

    def command(url: str) -> list[str]:
        return [str(TIDINGS), "watch", news_site, "--db", url, "--once", "--delay", "0"]

    reference_url = f"sqlite:///{tmp_path / 'reference.sqlite'}"
    done = subprocess.run(command(reference_url), capture_output=True, timeout=300, env=env)
    assert done.returncode == 0, done.stderr
    expected = _counts(reference_url)
    assert expected["articles"] == FEED_ENTRIES
    for kill_at in (2, 6):
        path = tmp_path / f"watch-{kill_at}.sqlite"
        url = f"sqlite:///{path}"
        assert _kill_when(command(url), _sqlite_articles(path), kill_at, env=env) < FEED_ENTRIES
        _integrity(path)
        rerun = subprocess.run(command(url), capture_output=True, timeout=300, env=env)
        assert rerun.returncode == 0, rerun.stderr
        _integrity(path)
        assert _counts(url) == expected, kill_at
