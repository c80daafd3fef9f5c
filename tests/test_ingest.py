"""End-to-end ingest into real stores: idempotent re-runs, resumption after kill -9, bad inputs in a batch,
and a feed polled twice over real HTTP on 127.0.0.1. Run on SQLite and on PostgreSQL."""

from __future__ import annotations

import gzip
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from tidings.batch import ingest
from tidings.cli import cli
from tidings.store import Store

pytestmark = [pytest.mark.model]

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
TIDINGS = ROOT / ".venv" / "bin" / "tidings"


def _pg_url() -> str | None:
    return os.environ.get("TIDINGS_TEST_PG_URL")


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Any:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'events.sqlite'}"
        return
    url = _pg_url()
    if not url:
        if os.environ.get("CI"):
            pytest.fail("PostgreSQL not configured (set TIDINGS_TEST_PG_URL); CI must run these tests")
        pytest.skip("PostgreSQL not configured (set TIDINGS_TEST_PG_URL)")
    schema_url = _fresh_pg_database(url)
    yield schema_url


def _fresh_pg_database(url: str) -> str:
    """An empty database per test, so tests never see each other's rows."""
    import psycopg

    name = f"tidings_t{os.getpid()}_{time.monotonic_ns() % 10**9}"
    admin = url.replace("postgresql://", "postgresql://", 1)
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return url.rsplit("/", 1)[0] + "/" + name


def _counts(url: str) -> dict[str, int]:
    with Store.open(url) as store:
        counts = store.counts()
    counts.pop("failures", None)
    return counts


def _more(shared_dir: Path) -> Path:
    return shared_dir / "corpus" / "wikinews" / "more.jsonl"


@pytest.fixture(scope="module")
def reference_counts(shared_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, int]:
    """Row counts of one uninterrupted ingest of more.jsonl (SQLite), the yardstick for interrupted runs."""
    url = f"sqlite:///{tmp_path_factory.mktemp('reference') / 'reference.sqlite'}"
    done = subprocess.run(
        [str(TIDINGS), "ingest", str(_more(shared_dir)), "--db", url, "-q"], capture_output=True
    )
    assert done.returncode == 0, done.stderr
    return _counts(url)


def test_examples_ingest_once_and_rerun_changes_nothing(db_url: str) -> None:
    paths = [str(p) for p in sorted(EXAMPLES.iterdir())]
    with Store.open(db_url) as store:
        first = ingest(paths, store)
    assert first.failed == 0 and first.new == 4
    before = _counts(db_url)
    assert before["articles"] == 4 and before["events"] > 0
    with Store.open(db_url) as store:
        second = ingest(paths, store)
    assert second.new == 0 and second.skipped + second.unchanged == 4
    assert _counts(db_url) == before


@pytest.mark.corpus
def test_corpus_ingested_twice_keeps_the_same_row_counts(
    db_url: str, shared_dir: Path, reference_counts: dict[str, int]
) -> None:
    dump = _more(shared_dir)
    runner = CliRunner()
    first = runner.invoke(cli, ["ingest", str(dump), "--db", db_url, "-q"])
    assert first.exit_code == 0, first.output
    counts = _counts(db_url)
    assert counts["articles"] == 237
    assert counts == reference_counts  # the same rows on every backend
    second = runner.invoke(cli, ["ingest", str(dump), "--db", db_url, "-q"])
    assert second.exit_code == 0, second.output
    assert "0 new, 0 updated, 237 unchanged, 0 failed" in second.output
    assert _counts(db_url) == counts


@pytest.mark.corpus
def test_kill_9_mid_batch_then_rerun_gives_the_uninterrupted_counts(
    db_url: str, shared_dir: Path, reference_counts: dict[str, int]
) -> None:
    dump = _more(shared_dir)
    expected = reference_counts

    victim = subprocess.Popen(
        [str(TIDINGS), "ingest", str(dump), "--db", db_url, "-q"], stderr=subprocess.PIPE
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:  # wait until part of the batch is stored, then pull the plug
        time.sleep(0.3)
        try:
            stored = _counts(db_url)["articles"]
        except Exception:  # the schema may not exist yet
            stored = 0
        if stored >= 40 or victim.poll() is not None:
            break
    os.kill(victim.pid, signal.SIGKILL)
    victim.wait()
    partial = _counts(db_url)["articles"]
    assert partial < expected["articles"], "the batch finished before it could be interrupted"

    rerun = subprocess.run([str(TIDINGS), "ingest", str(dump), "--db", db_url, "-q"], capture_output=True)
    assert rerun.returncode == 0, rerun.stderr
    assert _counts(db_url) == expected


def test_bad_inputs_are_reported_and_the_good_ones_stored(db_url: str, tmp_path: Path) -> None:
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "good.html").write_bytes((EXAMPLES / "border-shelling.html").read_bytes())
    (folder / "good.txt").write_bytes((EXAMPLES / "envoy-visit.txt").read_bytes())
    whole = gzip.compress((EXAMPLES / "border-shelling.html").read_bytes())
    (folder / "truncated.html.gz").write_bytes(whole[: len(whole) // 2])
    (folder / "binary.bin").write_bytes(bytes(range(256)) * 64)
    (folder / "empty.txt").write_bytes(b"")
    with (folder / "huge.txt").open("wb") as big:  # 50 MB, past the 20 MB input limit
        big.truncate(50 * 1024 * 1024)
    result = CliRunner().invoke(cli, ["ingest", str(folder), "--db", db_url, "-q"])
    assert result.exit_code == 1
    out = result.output
    assert f"tidings: {folder / 'truncated.html.gz'}: truncated or corrupt gzip data" in out
    assert f"tidings: {folder / 'binary.bin'}: binary data, not text or HTML" in out
    assert f"tidings: {folder / 'empty.txt'}: file is empty" in out
    assert f"tidings: {folder / 'huge.txt'}: larger than the 20 MB limit" in out
    assert "2 new, 0 updated, 0 unchanged, 4 failed" in out
    assert "failures are listed by `tidings failures`" in out
    assert _counts(db_url)["articles"] == 2
    listed = CliRunner().invoke(cli, ["failures", "--db", db_url])
    problems = {json.loads(line)["problem"] for line in listed.output.splitlines()}
    assert {"file is empty", "binary data, not text or HTML"} <= problems


@pytest.mark.model
def test_an_article_the_database_refuses_is_a_failure_and_the_rest_are_stored(tmp_path: Path) -> None:
    folder = tmp_path / "two"
    folder.mkdir()
    (folder / "good.txt").write_bytes((EXAMPLES / "envoy-visit.txt").read_bytes())
    (folder / "refused.html").write_bytes((EXAMPLES / "border-shelling.html").read_bytes())
    path = tmp_path / "events.sqlite"
    url = f"sqlite:///{path}"
    Store.open(url).close()  # the schema, then a real SQLite trigger plays the database that says no
    with sqlite3.connect(path) as conn:
        conn.execute(
            "CREATE TRIGGER refuse BEFORE INSERT ON articles WHEN NEW.path LIKE '%refused%' "
            "BEGIN SELECT RAISE(ABORT, 'refused by the test trigger'); END"
        )
    with Store.open(url) as store:
        summary = ingest([str(folder)], store)
    assert (summary.new, summary.failed) == (1, 1)
    refused = (str(folder / "refused.html"), "cannot be stored (refused by the test trigger)")
    assert summary.failures == [refused]
    assert _counts(url)["articles"] == 1
    with sqlite3.connect(path) as conn:  # the database takes it once the trigger is gone
        conn.execute("DROP TRIGGER refuse")
    with Store.open(url) as store:
        again = ingest([str(folder)], store)
    assert (again.new, again.failed, again.skipped + again.unchanged) == (1, 0, 1)
    assert _counts(url)["articles"] == 2


FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Desk</title><link>{base}/</link><description>test desk</description>
<item><title>Kyrgyzstan accuses Tajikistan of shelling border village</title><link>{base}/a1</link>
<pubDate>Tue, 14 Mar 2023 16:05:00 +0000</pubDate><guid>{base}/a1</guid></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Desk</title><id>{base}/</id>
<updated>2023-03-14T16:05:00Z</updated>
<entry><title>Kyrgyzstan accuses Tajikistan of shelling border village</title><id>{base}/a1</id>
<link href="{base}/a1"/><updated>2023-03-14T16:05:00Z</updated></entry>
</feed>"""


@pytest.mark.parametrize(
    ("template", "content_type"), [(FEED, "application/rss+xml"), (ATOM, "application/atom+xml")]
)
def test_feed_polled_twice_sends_conditional_headers_and_adds_nothing(
    db_url: str, httpserver: Any, template: str, content_type: str
) -> None:
    base = httpserver.url_for("").rstrip("/")
    page = (EXAMPLES / "border-shelling.html").read_text(encoding="utf-8")
    httpserver.expect_request("/robots.txt").respond_with_data("User-agent: *\nAllow: /\n")
    httpserver.expect_request("/a1").respond_with_data(page, content_type="text/html")
    seen: list[dict[str, str]] = []

    def feed_handler(request: Any) -> Any:
        from werkzeug.wrappers import Response

        seen.append(dict(request.headers))
        if request.headers.get("If-None-Match") == '"v1"':
            return Response(status=304)
        return Response(template.format(base=base), content_type=content_type, headers={"ETag": '"v1"'})

    httpserver.expect_request("/feed.xml").respond_with_handler(feed_handler)
    feed = f"{base}/feed.xml"
    runner = CliRunner()
    first = runner.invoke(cli, ["watch", feed, "--db", db_url, "--once", "--delay", "0"])
    assert first.exit_code == 0, first.output
    counts = _counts(db_url)
    assert counts["articles"] == 1
    second = runner.invoke(cli, ["watch", feed, "--db", db_url, "--once", "--delay", "0"])
    assert second.exit_code == 0, second.output
    assert "not modified" in second.output
    assert seen[-1].get("If-None-Match") == '"v1"'
    assert _counts(db_url) == counts


def test_watch_stops_cleanly_on_sigterm(tmp_path: Path, httpserver: Any) -> None:
    httpserver.expect_request("/robots.txt").respond_with_data("")
    httpserver.expect_request("/feed.xml").respond_with_data(
        FEED.format(base=httpserver.url_for("").rstrip("/")), content_type="application/rss+xml"
    )
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "data")}
    proc = subprocess.Popen(
        [
            str(TIDINGS),
            "watch",
            httpserver.url_for("/feed.xml"),
            "--db",
            f"sqlite:///{tmp_path / 'w.sqlite'}",
            "--every",
            "1h",
            "--delay",
            "0",
        ],
        stderr=subprocess.PIPE,
        env=env,
        text=True,
    )
    time.sleep(4)
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 0, err
    assert err.rstrip().endswith("stopped")


def test_query_commands_filter_the_store(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'q.sqlite'}"
    with Store.open(url) as store:
        ingest([str(p) for p in sorted(EXAMPLES.iterdir())], store)
    runner = CliRunner()
    everything = runner.invoke(cli, ["events", "--db", url, "--format", "jsonl", "--limit", "1000"])
    rows = [json.loads(line) for line in everything.output.splitlines()]
    assert rows and all(r["article"]["id"] for r in rows)
    georgian = runner.invoke(cli, ["events", "--db", url, "--format", "jsonl", "--country", "GEO"])
    geo = [json.loads(line) for line in georgian.output.splitlines()]
    assert geo and len(geo) < len(rows)
    assert all("GEO" in {(r["source"] or {}).get("country"), (r["target"] or {}).get("country")} for r in geo)
    csv_out = runner.invoke(cli, ["events", "--db", url, "--format", "csv", "--type", "CONSULT"])
    header, *lines = csv_out.output.splitlines()
    assert header.startswith("id,article_id,article_url,published,type,")
    assert lines and all(",CONSULT," in line for line in lines)
    arts = runner.invoke(cli, ["articles", "--db", url])
    assert len(arts.output.splitlines()) == 4
    text = runner.invoke(cli, ["events", "--db", url, "--format", "jsonl", "--text", "shelling"])
    assert text.exit_code == 0 and text.output.strip()
    hostile = runner.invoke(
        cli, ["events", "--db", url, "--format", "jsonl", "--text", "'\"); DROP TABLE events; --"]
    )
    assert hostile.exit_code == 0
    assert _counts(url)["events"] == len(rows)


def test_ingest_reads_stdin(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 's.sqlite'}"
    data = (EXAMPLES / "envoy-visit.txt").read_bytes()
    done = subprocess.run([str(TIDINGS), "ingest", "-", "--db", url, "-q"], input=data, capture_output=True)
    assert done.returncode == 0, done.stderr
    assert b"1 new, 0 updated, 0 unchanged, 0 failed" in done.stderr


def test_db_upgrade_and_status(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'm.sqlite'}"
    runner = CliRunner()
    first = runner.invoke(cli, ["db", "upgrade", "--db", url])
    assert first.exit_code == 0
    again = runner.invoke(cli, ["db", "upgrade", "--db", url])
    assert "schema is up to date" in again.output
    status = json.loads(runner.invoke(cli, ["db", "status", "--db", url]).output.splitlines()[-1])
    assert status["pending"] == [] and status["articles"] == 0


def test_python_api_is_importable_without_spacy() -> None:
    code = "import sys, tidings.store; assert 'spacy' not in sys.modules"
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0
