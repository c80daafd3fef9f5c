"""The store on a real SQLite file and a real PostgreSQL server (``TIDINGS_TEST_PG_URL``).

Every PostgreSQL test gets its own schema (``search_path`` set through the URL), so tests are independent.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest
import sqlalchemy as sa

from tidings.errors import ConfigError, DateError, InputError
from tidings.migrations import MIGRATIONS, corrections_table, initial_tables
from tidings.records import Actor, Article, ArticleRecord, Event, Evidence, Place, RelatedLink
from tidings.store import ArticleFilter, EventFilter, Store, canonical_url, content_hash

PG_ENV = "TIDINGS_TEST_PG_URL"
PG_MISSING = "PostgreSQL not configured (set TIDINGS_TEST_PG_URL)"
BACKENDS = ["sqlite", "postgresql"]
ALL_MIGRATIONS = [
    "0001_initial",
    "0002_fulltext",
    "0003_reading_room",
    "0004_stories",
    "0005_kept_corrections",
]
ROOT = Path(__file__).resolve().parents[1]


def _pg_url() -> str:
    url = os.environ.get(PG_ENV)
    if not url:
        if os.environ.get("CI"):
            pytest.fail(f"{PG_MISSING} (required when CI is set)")
        pytest.skip(PG_MISSING)
    return url


@pytest.fixture(scope="session")
def pg_admin() -> Iterator[sa.Engine]:
    url = _pg_url().replace("postgresql://", "postgresql+psycopg://", 1)
    engine = sa.create_engine(url, isolation_level="AUTOCOMMIT")
    yield engine
    engine.dispose()


def _fresh_url(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> str:
    """A database nobody else uses: a new SQLite file, or a new PostgreSQL schema dropped afterwards."""
    if backend == "sqlite":
        return str(tmp_path / f"{uuid.uuid4().hex[:8]}.sqlite")
    admin: sa.Engine = request.getfixturevalue("pg_admin")
    schema = f"test_{uuid.uuid4().hex[:12]}"
    with admin.connect() as conn:
        conn.exec_driver_sql(f"CREATE SCHEMA {schema}")

    def drop() -> None:
        with admin.connect() as conn:
            conn.exec_driver_sql(f"DROP SCHEMA {schema} CASCADE")

    request.addfinalizer(drop)
    base = _pg_url()
    return f"{base}{'&' if '?' in base else '?'}options=-csearch_path%3D{schema}"


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    return _fresh_url(request.param, tmp_path, request)


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    with Store.open(db_url) as opened:
        yield opened


# -- building records by hand ------------------------------------------------------------------------------
def actor(text: str, country: str | None = None, **kw: str) -> Actor:
    return Actor(text=text, country=country, **kw)


def event(
    event_id: str,
    type: str,
    source: Actor | None,
    target: Actor | None,
    date: str | None,
    evidence: str,
    *,
    place: Place | None = None,
    modality: str = "asserted",
    confidence: float = 0.5,
    others: tuple[Actor, ...] = (),
) -> Event:
    return Event(
        id=event_id,
        type=type,
        source=source,
        target=target,
        evidence=[Evidence(evidence, 0, len(evidence), 0)],
        date=date,
        date_precision="day" if date else None,
        place=place,
        modality=modality,
        confidence=confidence,
        others=list(others),
    )


SYR, TUR = actor("Syrian officials", "SYR", sector="GOV"), actor("Turkish envoys", "TUR", sector="GOV")
BURHAN = dict(country="SDN", sector="MIL", name="Abdel Fattah al-Burhan", role="army chief")


def dataset() -> list[ArticleRecord]:
    """Four articles, twelve events: various countries, types, dates, places, modalities, confidences."""
    a1 = Article(
        text="Syrian and Turkish officials met in Damascus. Turkey accused Syria of shelling villages.",
        url="https://news.example.com/syria-talks",
        title="Damascus talks",
        published="2024-03-01",
        site="news.example.com",
        related=[RelatedLink("Earlier talks", "https://news.example.com/earlier")],
    )
    a2 = Article(
        text="Russian forces struck Kharkiv. Protesters in Kyiv denounced Moscow. The EU plans sanctions.",
        url="https://wire.example.org/ukraine",
        title="War in Ukraine",
        published="2024-04-10",
        site="wire.example.org",
    )
    a3 = Article(
        text="North Korea threatened the South. Séoul rejette l'ultimatum. Washington sent aid.",
        path="local.txt",
        title="Korean peninsula tensions",
        published="2024-05-20",
    )
    a4 = Article(
        text="General Burhan mobilised troops. al-Burhan's forces besieged Ñyala, witnesses claimed.",
        url="https://news.example.com/sudan",
        title="Sudan",
        published="2024-06-01",
        site="news.example.com",
    )
    damascus, ankara = Place("Damascus", "SYR", 33.51, 36.29, kind="capital"), Place("Ankara", "TUR")
    rus, ukr = actor("Russia", "RUS", sector="MIL"), actor("Ukraine", "UKR", sector="GOV")
    prk, kor = actor("North Korea", "PRK", sector="GOV"), actor("South Korea", "KOR", sector="GOV")
    return [
        ArticleRecord(
            a1,
            [
                event("e01", "CONSULT", SYR, TUR, "2024-03-01", "officials met in Damascus", place=damascus,
                      confidence=0.9),
                event("e02", "ACCUSE", TUR, SYR, "2024-03-02", "Turkey accused Syria", place=ankara,
                      modality="claimed", confidence=0.6),
                event("e03", "AGREE", SYR, TUR, "2024-03-05", "they may agree", modality="planned",
                      confidence=0.4, others=(actor("UN", org="UN", sector="IGO"), actor("Egypt", "EGY"))),
            ],
        ),
        ArticleRecord(
            a2,
            [
                event("e04", "ASSAULT", rus, ukr, "2024-04-09", "Russian forces struck Kharkiv",
                      place=Place("Kharkiv", "UKR"), confidence=0.95),
                event("e05", "PROTEST", actor("Protesters", "UKR", sector="CVL"), rus, "2024-04-10",
                      "Protesters in Kyiv denounced Moscow", place=Place("Kyiv", "UKR"), confidence=0.7),
                event("e06", "SANCTION", actor("The EU", org="EU", sector="IGO"), rus, "2024-04-12",
                      "The EU plans sanctions", place=Place("Brussels", "BEL"), modality="planned",
                      confidence=0.8),
                event("e07", "REQUEST", ukr, actor("Washington", "USA", sector="GOV"), "2024-04-15",
                      "Kyiv would ask Washington", modality="hypothetical", confidence=0.3),
            ],
        ),
        ArticleRecord(
            a3,
            [
                event("e08", "THREATEN", prk, kor, "2024-05-20", "North Korea threatened the South",
                      place=Place("Pyongyang", "PRK"), confidence=0.85),
                event("e09", "REJECT", kor, prk, "2024-05-21", "Séoul rejette l'ultimatum",
                      place=Place("Seoul", "KOR"), modality="negated", confidence=0.55),
                event("e10", "AID", actor("Washington", "USA", sector="GOV"), kor, None, "sent aid"),
            ],
        ),
        ArticleRecord(
            a4,
            [
                event("e11", "MOBILIZE", actor("General Burhan", **BURHAN), actor("RSF", "SDN", sector="REB"),
                      "2024-06-01", "General Burhan mobilised troops", place=Place("Khartoum", "SDN"),
                      confidence=0.65),
                event("e12", "COERCE", actor("al-Burhan", **BURHAN), None, "2024-06-03",
                      "al-Burhan's forces besieged Ñyala", place=Place("Ñyala", "SDN"), modality="claimed",
                      confidence=0.45),
            ],
        ),
    ]  # fmt: skip


@pytest.fixture(scope="module", params=BACKENDS)
def loaded(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """A store holding :func:`dataset`, shared by the read-only tests of one module run."""
    url = _fresh_url(request.param, tmp_path_factory.mktemp("loaded"), request)
    with Store.open(url) as opened:
        for record in dataset():
            assert opened.save_record(record, source=f"input:{record.article.id}") == "new"
        yield opened


def ids(rows: list[dict]) -> list[str]:
    return sorted(row["id"] for row in rows)


# -- opening and migrations --------------------------------------------------------------------------------
def test_migrations_apply_once_and_are_listed(db_url: str) -> None:
    with Store.open(db_url, upgrade=False) as fresh:
        assert fresh.pending_migrations() == ALL_MIGRATIONS
        assert fresh.upgrade() == ALL_MIGRATIONS
        assert fresh.upgrade() == []
        assert fresh.pending_migrations() == []
    with Store.open(db_url) as again:
        assert again.pending_migrations() == []
        assert again.counts() == dict.fromkeys(
            ["articles", "events", "actors", "places", "sources", "failures"], 0
        )


def test_default_database_is_under_the_user_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TIDINGS_DB", raising=False)
    monkeypatch.setattr("platformdirs.user_data_dir", lambda name: str(tmp_path / "data" / name))
    with Store.open() as default:
        expected = tmp_path / "data" / "tidings" / "tidings.sqlite"
        assert default.url == f"sqlite:///{expected}"
        assert expected.is_file()
    monkeypatch.setenv("TIDINGS_DB", str(tmp_path / "env.sqlite"))
    with Store.open() as from_env:
        assert from_env.url == f"sqlite:///{tmp_path / 'env.sqlite'}"


def test_sqlite_url_and_wal_mode(tmp_path: Path) -> None:
    with Store.open(f"sqlite:///{tmp_path / 'nested' / 'x.sqlite'}") as opened:
        assert opened.url == f"sqlite:///{tmp_path / 'nested' / 'x.sqlite'}"
        with opened._engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_unsupported_url_message_masks_the_password() -> None:
    with pytest.raises(ConfigError) as caught:
        Store.open("mysql://root:secret@db.example.com/news")
    assert str(caught.value) == (
        "unsupported database URL 'mysql://root:***@db.example.com/news': "
        "use a SQLite path, sqlite:///path or postgresql://user@host/dbname"
    )


def test_invalid_url_message() -> None:
    with pytest.raises(ConfigError) as caught:
        Store.open("postgresql://bob:hunter2@db:notaport/news")
    assert str(caught.value) == (
        "invalid database URL 'postgresql://bob:***@db:notaport/news': "
        "use a SQLite path, sqlite:///path or postgresql://user@host/dbname"
    )


def test_unreachable_server_names_the_masked_url() -> None:
    with pytest.raises(ConfigError) as caught:
        Store.open("postgresql://bob:hunter2@127.0.0.1:1/news")
    message = str(caught.value)
    assert message.startswith("cannot open database 'postgresql://bob:***@127.0.0.1:1/news': ")
    assert "hunter2" not in message
    assert "\n" not in message


def test_not_a_database_file(tmp_path: Path) -> None:
    garbage = tmp_path / "garbage.sqlite"
    garbage.write_bytes(b"this is not a database, just some bytes" * 100)
    with pytest.raises(ConfigError) as caught:
        Store.open(str(garbage))
    assert str(caught.value) == f"cannot open database 'sqlite:///{garbage}': file is not a database"


# -- saving ------------------------------------------------------------------------------------------------
def test_canonical_url_and_content_hash() -> None:
    assert (
        canonical_url("HTTPS://News.Example.COM:443/a/b/?utm_source=x&id=3&fbclid=1&gclid=2#top")
        == "https://news.example.com/a/b?id=3"
    )
    assert canonical_url("http://example.com/") == "http://example.com"
    assert canonical_url(" http://[broken/a ") == "http://[broken/a"  # no parser reads it: kept as given
    assert content_hash("a  b\n c") == content_hash(" a b c ")


def test_save_new_then_unchanged_leaves_counts_identical(store: Store) -> None:
    record = dataset()[0]
    assert store.save_record(record, source="feed.xml") == "new"
    after_first = store.counts()
    assert after_first == {"articles": 1, "events": 3, "actors": 4, "places": 2, "sources": 1, "failures": 0}
    assert store.save_record(record, source="feed.xml") == "unchanged"
    assert store.counts() == after_first
    assert store.save_record(record, source="other.warc#r1") == "unchanged"
    assert store.counts() == {**after_first, "sources": 2}
    assert store.has_source("feed.xml")
    assert store.has_source("feed.xml", content_hash(record.article.text))
    assert not store.has_source("feed.xml", content_hash("another text"))
    assert not store.has_source("never-seen.html")


def test_updated_text_replaces_events(store: Store) -> None:
    first = dataset()[0]
    store.save_record(first, source="v1.html")
    article = Article(
        text="Syrian and Turkish officials met again in Damascus and signed a truce.",
        url="https://NEWS.example.com/syria-talks/?utm_campaign=rss#comments",
        title="Truce signed",
        published="2024-03-06",
    )
    truce = event("e20", "AGREE", SYR, TUR, "2024-03-06", "signed a truce", place=Place("Damascus", "SYR"))
    assert store.save_record(ArticleRecord(article, [truce]), source="v2.html") == "updated"
    # the Egyptians and the UN (only in e03) and Ankara (only in e02) are gone with the old events
    assert store.counts() == {
        "articles": 1,
        "events": 1,
        "actors": 2,
        "places": 1,
        "sources": 2,
        "failures": 0,
    }
    stored = store.article(str(first.article.id))
    assert stored is not None
    assert stored["title"] == "Truce signed"
    assert stored["text"] == article.text
    assert [e["id"] for e in stored["events"]] == ["e20"]
    assert stored["event_count"] == 1
    assert store.events(EventFilter(text="shelling")) == []
    assert ids(store.events(EventFilter(text="truce"))) == ["e20"]
    assert store.save_record(ArticleRecord(article, [truce])) == "unchanged"
    assert store.counts()["events"] == 1


def _correct(store: Store, event_id: str, field: str, was: str, now: str, status: str) -> int:
    return store.add_correction(event_id, field, original=was, corrected=now, note=None, author="ana",
                                status=status)  # fmt: skip


def test_corrections_follow_their_events_into_a_new_text(store: Store) -> None:
    record = dataset()[1]
    article_id = str(record.article.id)
    store.save_record(record, source="v1.html")
    strike = _correct(store, "e04", "place.country", "UKR", "RUS", "accepted")
    protest = _correct(store, "e05", "type", "PROTEST", "ACCUSE", "accepted")
    sanction = _correct(store, "e06", "target.country", "RUS", "BLR", "pending")
    request = _correct(store, "e07", "type", "REQUEST", "APPEAL", "accepted")
    rus, ukr = actor("Russia", "RUS", sector="MIL"), actor("Ukraine", "UKR", sector="GOV")
    protesters = actor("Protesters", "UKR", sector="CVL")
    edited = Article(
        text="Overnight, Russian forces struck Kharkov. Protesters in Lviv denounced Moscow. Protesters in "
        "Kyiv denounced Moscow. The EU plans sanctions.",
        url=record.article.url,
        title="War in Ukraine (updated)",
        published="2024-04-10",
    )
    new_events = [
        event("n1", "PROTEST", protesters, rus, "2024-04-10", "Protesters in Lviv denounced Moscow"),
        event("n2", "PROTEST", protesters, rus, "2024-04-10", "Protesters  in Kyiv\ndenounced Moscow"),
        event("n3", "ASSAULT", rus, ukr, "2024-04-09", "Overnight, Russian forces struck Kharkov",
              place=Place("Kharkiv", "UKR")),
        event("n4", "ASSAULT", rus, ukr, "2024-04-09", "Russian forces struck Kharkov",
              place=Place("Kharkiv", "UKR")),
        event("n5", "SANCTION", actor("The EU", org="EU", sector="IGO"), rus, None, "The EU plans sanctions",
              modality="planned"),
    ]  # fmt: skip
    assert store.save_record(ArticleRecord(edited, new_events), source="v2.html") == "updated"

    kept = {c["id"]: c for c in store.corrections(article_id=article_id)}
    assert sorted(kept) == sorted([strike, protest, sanction, request])  # none lost, none doubled
    # the same sentence (whitespace aside) beats a like one; a typo mended in the sentence is still it
    assert kept[protest]["event_id"] == "n2"
    assert kept[strike]["event_id"] == "n4"
    assert kept[sanction]["event_id"] == "n5" and kept[sanction]["status"] == "pending"
    assert kept[request]["event_id"] is None  # the new text no longer says it: kept, detached
    assert kept[request]["event_evidence"] == "Kyiv would ask Washington"
    assert kept[request]["status"] == "accepted" and kept[request]["corrected"] == "APPEAL"
    assert [c["id"] for c in store.corrections(detached=True)] == [request]
    assert store.corrections(event_id="n1") == []
    corrected = store.event("n2")
    assert corrected is not None and corrected["type"] == "ACCUSE"
    assert corrected["original"] == {"type": "PROTEST"}
    assert (store.event("n4") or {})["place"]["country"] == "RUS"
    assert (store.event("n1") or {})["type"] == "PROTEST"

    assert store.save_record(ArticleRecord(edited, new_events), source="v2.html") == "unchanged"
    assert len(store.corrections()) == 4
    assert store.remove_article(article_id)
    assert store.corrections() == []  # the article is gone, and what was said about it with it


def test_a_correction_names_a_stored_event(store: Store) -> None:
    with pytest.raises(InputError) as caught:
        _correct(store, "e99", "type", "AID", "ASSAULT", "pending")
    assert str(caught.value) == "event e99: no such event is stored"


def test_corrections_made_before_0005_are_kept_by_it(db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    record = dataset()[0]
    monkeypatch.setattr("tidings.store.MIGRATIONS", MIGRATIONS[:4])
    with Store.open(db_url) as before:
        before.save_record(record)
        metadata = sa.MetaData()
        initial_tables(metadata)
        old_shape = corrections_table(metadata, kept=False)
        with before._engine.begin() as conn:
            conn.execute(
                sa.insert(old_shape).values(
                    event_id="e02", field="type", original="ACCUSE", corrected="THREATEN", author="ana",
                    created_at="2024-03-03T10:00:00Z", status="accepted",
                )
            )  # fmt: skip
    monkeypatch.undo()
    with Store.open(db_url) as after:
        assert after.pending_migrations() == []
        (kept,) = after.corrections()
        assert kept["event_id"] == "e02" and kept["article_id"] == str(record.article.id)
        assert (after.event("e02") or {})["type"] == "THREATEN"
        assert (
            after.add_correction(
                "e01", "type", original="CONSULT", corrected="AGREE", note=None, author="ana"
            )
            > kept["id"]
        )
        shorter = ArticleRecord(record.article, record.events[:1])
        changed = replace(shorter, article=replace(record.article, text=record.article.text + " More."))
        assert after.save_record(changed) == "updated"
        detached = {c["event_id"]: c for c in after.corrections()}
        assert set(detached) == {"e01", None}
        assert detached[None]["event_evidence"] == "Turkey accused Syria"


def test_syndicated_copy_is_a_source_of_the_first_article(store: Store) -> None:
    record = dataset()[1]
    store.save_record(record, source="wire-feed")
    copy = Article(
        text="  Russian forces struck   Kharkiv.\nProtesters in Kyiv denounced Moscow. "
        "The EU plans sanctions. ",
        url="https://mirror.example.net/world/ukraine-war",
    )
    assert store.save_record(ArticleRecord(copy, []), source="mirror-feed") == "unchanged"
    assert store.counts() == {
        "articles": 1,
        "events": 4,
        "actors": 5,
        "places": 3,
        "sources": 2,
        "failures": 0,
    }
    [stored] = store.articles(ArticleFilter())
    assert [(s["source"], s["url"]) for s in stored["sources"]] == [
        ("wire-feed", "https://wire.example.org/ukraine"),
        ("mirror-feed", "https://mirror.example.net/world/ukraine-war"),
    ]
    assert store.has_source("mirror-feed", content_hash(copy.text))
    # with no source named, the URL itself is recorded
    again = Article(text=copy.text, url="https://third.example.com/u")
    assert store.save_record(ArticleRecord(again, [])) == "unchanged"
    assert store.has_source("https://third.example.com/u")


def test_article_without_url_is_identified_by_its_text(store: Store) -> None:
    record = dataset()[2]
    assert store.save_record(record) == "new"
    assert store.counts()["sources"] == 0
    same = Article(text=record.article.text + "\n", path="elsewhere.txt")
    assert store.save_record(ArticleRecord(same, record.events)) == "unchanged"
    assert store.counts() == {
        "articles": 1,
        "events": 3,
        "actors": 3,
        "places": 2,
        "sources": 0,
        "failures": 0,
    }


def test_save_is_all_or_nothing(store: Store) -> None:
    broken = dataset()[0]
    broken.events[2].evidence[0].text = None  # type: ignore[assignment]  # evidence text is NOT NULL
    with pytest.raises(sa.exc.IntegrityError):
        store.save_record(broken, source="broken.html")
    assert set(store.counts().values()) == {0}


KILLED_MID_SAVE = """
import os, signal, sys
sys.path.insert(0, {tests!r})
from test_store import dataset
from tidings.store import Store
store = Store.open({url!r})
original = Store._insert_events
def insert_then_die(self, conn, *args):
    original(self, conn, *args)
    os.kill(os.getpid(), signal.SIGKILL)
Store._insert_events = insert_then_die
store.save_record(dataset()[0], source="killed.html")
"""


def test_kill_mid_save_leaves_no_partial_article(db_url: str) -> None:
    Store.open(db_url).close()
    script = KILLED_MID_SAVE.format(tests=str(ROOT / "tests"), url=db_url)
    child = subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=60)
    assert child.returncode == -9, child.stderr.decode()
    with Store.open(db_url) as after:
        assert set(after.counts().values()) == {0}
        assert after.save_record(dataset()[0], source="killed.html") == "new"


def test_actor_aliases_and_counts(store: Store) -> None:
    store.save_record(dataset()[3])
    with store._engine.connect() as conn:
        row = conn.execute(
            sa.text("SELECT aliases, roles, event_count FROM actors WHERE name = :n"), {"n": BURHAN["name"]}
        ).one()
    aliases = row.aliases if isinstance(row.aliases, list) else json.loads(row.aliases)
    assert aliases == ["General Burhan", "al-Burhan"]
    assert row.event_count == 2


# -- failures ----------------------------------------------------------------------------------------------
def test_failures_upsert_list_and_clear(store: Store) -> None:
    import datetime as dt

    first = dt.datetime(2024, 1, 1, 12, 0, tzinfo=dt.UTC)
    store.record_failure("bad.html", "no article text found", at=first)
    store.record_failure("bad.html", "no article text found", at=first + dt.timedelta(hours=1))
    store.record_failure("worse.warc#3", "not HTML", at=first + dt.timedelta(hours=2))
    assert store.failures() == [
        {"source": "worse.warc#3", "problem": "not HTML", "first_at": "2024-01-01T14:00:00Z",
         "at": "2024-01-01T14:00:00Z", "count": 1},
        {"source": "bad.html", "problem": "no article text found", "first_at": "2024-01-01T12:00:00Z",
         "at": "2024-01-01T13:00:00Z", "count": 2},
    ]  # fmt: skip
    assert len(store.failures(limit=1)) == 1
    store.clear_failure("bad.html")
    assert [f["source"] for f in store.failures()] == ["worse.warc#3"]
    # a later successful save of a failed input clears its failures
    store.save_record(dataset()[0], source="worse.warc#3")
    assert store.failures() == []
    assert store.counts()["failures"] == 0


# -- queries -----------------------------------------------------------------------------------------------
FILTER_CASES = [
    (EventFilter(), [f"e{n:02d}" for n in range(1, 13)]),
    (EventFilter(actor="burhan"), ["e11", "e12"]),
    (EventFilter(actor="GENERAL BURHAN"), ["e11", "e12"]),  # an alias seen in e11 also finds e12
    (EventFilter(actor="fattah"), ["e11", "e12"]),
    (EventFilter(actor="protesters"), ["e05"]),
    (EventFilter(actor="100%_"), []),
    (EventFilter(country="KOR"), ["e08", "e09", "e10"]),
    (EventFilter(country="egy"), ["e03"]),  # an "other" actor
    (EventFilter(source_country="UKR"), ["e05", "e07"]),
    (EventFilter(target_country="RUS"), ["e05", "e06"]),
    (EventFilter(type="ACCUSE"), ["e02"]),
    (EventFilter(type="accuse, REJECT"), ["e02", "e09"]),
    (EventFilter(since="2024-05-01"), ["e08", "e09", "e11", "e12"]),
    (EventFilter(until="2024-03-31"), ["e01", "e02", "e03"]),
    (EventFilter(since="2024-04-10", until="2024-04-12"), ["e05", "e06"]),
    (EventFilter(since="2024-06", until="2024"), ["e11", "e12"]),
    (EventFilter(place="kyiv"), ["e05"]),
    (EventFilter(place="UKR"), ["e04", "e05"]),
    (EventFilter(place="ñyala"), ["e12"]),
    (EventFilter(text="peninsula"), ["e08", "e09", "e10"]),  # the article title
    (EventFilter(text="Kharkiv"), ["e04", "e05", "e06", "e07"]),  # the article text
    (EventFilter(text="may agree"), ["e03"]),  # evidence only
    (EventFilter(modality="planned"), ["e03", "e06"]),
    (EventFilter(modality="negated,hypothetical"), ["e07", "e09"]),
    (EventFilter(min_confidence=0.8), ["e01", "e04", "e06", "e08"]),
    (EventFilter(country="SYR", type="CONSULT"), ["e01"]),
    (EventFilter(country="UKR", modality="asserted", min_confidence=0.9), ["e04"]),
]


@pytest.mark.parametrize(
    ("f", "expected"), FILTER_CASES, ids=[repr(c[0])[12:-1] or "all" for c in FILTER_CASES]
)
def test_event_filters(loaded: Store, f: EventFilter, expected: list[str]) -> None:
    assert ids(loaded.events(f)) == expected
    assert loaded.count_events(f) == len(expected)


def test_article_id_filter_and_event_shape(loaded: Store) -> None:
    records = dataset()
    a3 = records[2]
    assert ids(loaded.events(EventFilter(article_id=a3.article.id))) == ["e08", "e09", "e10"]
    [stored] = loaded.events(EventFilter(type="AGREE"))
    original = records[0].events[2].to_dict()
    story_keys = ["story", "num_mentions", "num_sources", "num_articles"]  # the event's story, after article
    story = {key: stored.pop(key) for key in story_keys}
    assert story["story"]["num_sources"] == story["num_sources"] == 1
    assert stored == {
        **original,
        "article": {
            "id": records[0].article.id,
            "url": "https://news.example.com/syria-talks",
            "title": "Damascus talks",
            "published": "2024-03-01",
            "site": "news.example.com",
        },
    }
    assert list(stored)[:-1] == list(original)


def test_event_order_and_paging(loaded: Store) -> None:
    by_date = [e["id"] for e in loaded.events(EventFilter(), limit=100)]
    assert by_date[0] == "e01" and by_date[-1] == "e10"  # undated last
    assert [e["id"] for e in loaded.events(EventFilter(), order="-date", limit=2)] == ["e12", "e11"]
    assert [e["id"] for e in loaded.events(EventFilter(), order="-confidence", limit=2)] == ["e04", "e01"]
    assert [e["id"] for e in loaded.events(EventFilter(), limit=3, offset=3)] == by_date[3:6]
    with pytest.raises(ConfigError) as caught:
        loaded.events(EventFilter(), order="random")
    assert str(caught.value) == "unknown order 'random'; known: date, -date, confidence, -confidence, id"
    with pytest.raises(DateError) as bad_date:
        loaded.events(EventFilter(since="last week"))
    assert str(bad_date.value) == "since: 'last week' is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)"


HOSTILE = ['"); DROP TABLE events; --', "*", "NEAR(", 'a" OR "b', "'", "\\", "%", "AND OR NOT", "^x", "\x00",
           "ünïcödé 漢字 🙂", ""]  # fmt: skip


@pytest.mark.parametrize("query", HOSTILE)
def test_hostile_text_never_raises_nor_drops(loaded: Store, query: str) -> None:
    before = loaded.counts()
    assert loaded.events(EventFilter(text=query)) == []
    assert loaded.count_events(EventFilter(text=query)) == 0
    assert loaded.articles(ArticleFilter(text=query)) == []
    loaded.events(EventFilter(actor=query, place=query, type=query, country=query.replace("\x00", "")))
    assert loaded.counts() == before


def test_unicode_text_search(loaded: Store) -> None:
    assert "e09" in ids(loaded.events(EventFilter(text="Séoul rejette")))
    assert ids(loaded.events(EventFilter(text="Ñyala"))) == ["e11", "e12"]


def test_iter_events_streams_every_row(loaded: Store) -> None:
    streamed = list(loaded.iter_events(EventFilter(), batch=5))
    assert [e["id"] for e in streamed] == [f"e{n:02d}" for n in range(1, 13)]
    assert streamed == sorted(loaded.events(EventFilter()), key=lambda e: e["id"])
    assert [e["id"] for e in loaded.iter_events(EventFilter(country="KOR"), batch=1)] == ["e08", "e09", "e10"]


ARTICLE_CASES: list[tuple[ArticleFilter, Callable[[list[ArticleRecord]], list[int]]]] = [
    (ArticleFilter(), lambda r: [3, 2, 1, 0]),  # newest first
    (ArticleFilter(text="protesters"), lambda r: [1]),
    (ArticleFilter(since="2024-04-10", until="2024-05-20"), lambda r: [2, 1]),
    (ArticleFilter(site="NEWS.example"), lambda r: [3, 0]),
    (ArticleFilter(country="RUS"), lambda r: [1]),
    (ArticleFilter(country="EGY"), lambda r: [0]),
]


@pytest.mark.parametrize(("f", "expected"), ARTICLE_CASES)
def test_article_filters(
    loaded: Store, f: ArticleFilter, expected: Callable[[list[ArticleRecord]], list[int]]
) -> None:
    records = dataset()
    assert [a["id"] for a in loaded.articles(f)] == [records[i].article.id for i in expected(records)]


def test_article_detail(loaded: Store) -> None:
    record = dataset()[0]
    stored = loaded.article(str(record.article.id))
    assert stored is not None
    assert {k: stored[k] for k in record.article.to_dict()} == record.article.to_dict()
    assert stored["text"] == record.article.text
    assert stored["content_hash"] == content_hash(record.article.text)
    assert stored["event_count"] == 3
    assert [e["id"] for e in stored["events"]] == ["e01", "e02", "e03"]
    assert [s["source"] for s in stored["sources"]] == [f"input:{record.article.id}"]
    assert stored["fetched_at"].endswith("Z")
    assert loaded.article("no-such-article") is None
    listed = loaded.articles(ArticleFilter(site="wire"))[0]
    assert "text" not in listed and listed["event_count"] == 4


def test_counts(loaded: Store) -> None:
    assert loaded.counts() == {
        "articles": 4,
        "events": 12,
        "actors": 13,
        "places": 9,
        "sources": 4,
        "failures": 0,
    }
