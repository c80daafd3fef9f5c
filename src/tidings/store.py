"""Where extracted articles and events are kept: one :class:`Store`, SQLite by default, PostgreSQL alike.

``Store.open()`` picks the database: an explicit URL or path, else ``$TIDINGS_DB``, else an embedded SQLite
file under ``platformdirs.user_data_dir("tidings")``. The schema and its migrations are described in
:mod:`tidings.migrations`.

Identity of an article: its canonical URL (:func:`canonical_url`) when it has one, else its content hash
(:func:`content_hash`). Saving the same article twice changes nothing; a new text under a known URL replaces
the stored version and its events; the same text under another URL is a syndicated copy, recorded as one more
source of the stored article. Each save is one transaction: a crash leaves the article whole or absent.
An updated article keeps the id it was first stored under.

This module never imports spaCy or the extraction pipeline, so the web UI can read a store without a model.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, fields, replace
from types import TracebackType
from typing import Any, TypeVar
from urllib.parse import urlsplit, urlunsplit

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql as pg_dialect
from sqlalchemy.dialects import sqlite as sqlite_dialect

from tidings.errors import ConfigError, DateError, InputError
from tidings.migrations import (
    FULLTEXT,
    FULLTEXT_DOCS,
    MIGRATIONS,
    SCHEMA_MIGRATIONS,
    TABLES,
    drop_documents,
    index_document,
)
from tidings.records import ArticleRecord, Event, stable_id
from tidings.store_corrections import carry_corrections, corrections_held
from tidings.store_engine import (
    WRITE_OPTION,
    default_database_path,
    engine_for,
    first_line,
)
from tidings.store_rows import (
    apply_correction,
    article_dict,
    collect_actor,
    event_dict,
    event_row,
    place_row,
)
from tidings.store_stories import (
    STORIES,
    StoryFilter,
    link_events,
    link_unlinked,
    recount,
    story_columns,
    story_conditions,
    story_dict,
    story_ids_of_article,
    story_order,
)
from tidings.stories import (
    MAX_BONUS,
    MAX_CONFIDENCE,
    SOURCE_BONUS,
    seen_on,
    tfidf_similarities,
)

ARTICLES = TABLES["articles"]
SOURCES = TABLES["article_sources"]
EVENTS = TABLES["events"]
EVIDENCE = TABLES["evidence"]
ACTORS = TABLES["actors"]
EVENT_ACTORS = TABLES["event_actors"]
PLACES = TABLES["places"]
FAILURES = TABLES["failures"]
COMMENTS = TABLES["comments"]
USERS = TABLES["users"]
CORRECTIONS = TABLES["corrections"]
SITE_SETTINGS = TABLES["site_settings"]

ORDERS = ("date", "-date", "confidence", "-confidence", "id")
_TRACKING_PARAMS = {"fbclid", "gclid"}
_DEFAULT_PORTS = {"http": ":80", "https": ":443"}
_ISO_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
RELATED_CANDIDATES = 50


@dataclass(frozen=True)
class EventFilter:
    """Which events to return; every field left at None matches everything."""

    actor: str | None = None  # case-insensitive substring of an actor's name or any text form seen
    country: str | None = None  # ISO3 of the source, target or any other actor
    source_country: str | None = None
    target_country: str | None = None
    type: str | None = None  # PLOVER type, or a comma list of them
    since: str | None = None  # ISO date, inclusive
    until: str | None = None  # ISO date, inclusive
    place: str | None = None  # substring of the place name, or ISO3 of the place's country
    text: str | None = None  # full-text search over evidence and article title and text
    modality: str | None = None  # one modality or a comma list
    min_confidence: float | None = None
    article_id: str | None = None


@dataclass(frozen=True)
class ArticleFilter:
    text: str | None = None
    since: str | None = None  # on the published date, inclusive
    until: str | None = None
    site: str | None = None  # case-insensitive substring
    country: str | None = None  # ISO3 of any actor of any of the article's events


_Filter = TypeVar("_Filter", EventFilter, ArticleFilter, StoryFilter)


def canonical_url(url: str) -> str:
    """The URL that identifies an article: lower-cased scheme and host, no default port, no fragment, no
    tracking parameters (``utm_*``, ``fbclid``, ``gclid``), no trailing slash."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:  # "http://[broken": kept as given, it still names the article
        return url.strip()
    scheme = parts.scheme.lower()
    netloc = parts.netloc.lower()
    default_port = _DEFAULT_PORTS.get(scheme)
    if default_port and netloc.endswith(default_port):
        netloc = netloc[: -len(default_port)]
    kept = [
        pair for pair in parts.query.split("&") if pair and not _is_tracking(pair.split("=", 1)[0].lower())
    ]
    return urlunsplit((scheme, netloc, parts.path.rstrip("/"), "&".join(kept), ""))


def _is_tracking(name: str) -> bool:
    return name.startswith("utm_") or name in _TRACKING_PARAMS


def content_hash(text: str) -> str:
    """sha256 of the text with every run of whitespace made one space: the identity of a text."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


def _timestamp(moment: dt.datetime | None = None) -> str:
    moment = moment or dt.datetime.now(dt.UTC)
    if moment.tzinfo is None:  # naive times are taken as UTC
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _iso_date(name: str, value: str) -> str:
    value = value.strip()
    if not _ISO_DATE.fullmatch(value):
        raise DateError(f"{name}: {value!r} is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)")
    return value


def _comma_list(value: str, upper: bool) -> list[str]:
    items = [item.strip() for item in value.split(",") if item.strip()]
    return [item.upper() for item in items] if upper else [item.lower() for item in items]


def _like_pattern(value: str) -> str:
    escaped = value.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _without_nul(f: _Filter) -> _Filter:
    """The filter with NUL characters removed: PostgreSQL refuses them in text, and no stored text has one."""
    changes: dict[str, Any] = {
        field.name: value.replace("\x00", " ")
        for field in fields(f)
        if isinstance(value := getattr(f, field.name), str) and "\x00" in value
    }
    return replace(f, **changes) if changes else f


def _fts5_query(text: str) -> str | None:
    """A MATCH expression for FTS5 that user input cannot break: every word quoted, all required."""
    words = re.findall(r"\w+", text)
    return " ".join('"' + word.replace('"', '""') + '"' for word in words) or None


class Store:
    """Articles, events, actors and places in SQLite or PostgreSQL (see the module docstring)."""

    def __init__(self, engine: sa.Engine, url: str) -> None:
        self._engine = engine
        self.url = url
        self._sqlite = engine.dialect.name == "sqlite"
        # SQLite has one writer at a time; serialising this process's writers avoids busy waits.
        self._write_lock = threading.Lock() if self._sqlite else None

    # -- opening ------------------------------------------------------------------------------------------
    @classmethod
    def open(cls, url: str | None = None, *, upgrade: bool = True) -> Store:
        """Open the store at ``url``, else ``$TIDINGS_DB``, else the default file; upgrade it by default."""
        raw = url or os.environ.get("TIDINGS_DB") or str(default_database_path())
        engine, shown = engine_for(raw)
        store = cls(engine, shown)
        try:
            with engine.connect() as conn:
                conn.exec_driver_sql("SELECT 1")
            if upgrade:
                store.upgrade()
            else:
                store._check_known_migrations()
        except sa.exc.DBAPIError as exc:
            engine.dispose()
            secret = sa.engine.make_url(engine.url).password
            reason = first_line(exc).replace(str(secret), "***") if secret else first_line(exc)
            raise ConfigError(f"cannot open database '{shown}': {reason}") from None
        except BaseException:
            engine.dispose()
            raise
        return store

    def close(self) -> None:
        self._engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({self.url!r})"

    # -- migrations ---------------------------------------------------------------------------------------
    def upgrade(self) -> list[str]:
        """Apply the pending migrations, in order, in one transaction; return the names applied."""
        applied: list[str] = []
        with self._writing() as conn:
            if not self._sqlite:  # one upgrader at a time across processes
                conn.execute(sa.select(sa.func.pg_advisory_xact_lock(0x7469646E67)))
            SCHEMA_MIGRATIONS.create(conn, checkfirst=True)
            done = set(conn.scalars(sa.select(SCHEMA_MIGRATIONS.c.name)))
            self._raise_unknown(done)
            for migration in MIGRATIONS:
                if migration.name in done:
                    continue
                migration.apply(conn)
                conn.execute(
                    sa.insert(SCHEMA_MIGRATIONS).values(name=migration.name, applied_at=_timestamp())
                )
                applied.append(migration.name)
            if "0004_stories" in applied:
                link_unlinked(conn, postgres=not self._sqlite)
        return applied

    def pending_migrations(self) -> list[str]:
        done = self._applied_migrations()
        return [m.name for m in MIGRATIONS if m.name not in done]

    def _applied_migrations(self) -> set[str]:
        with self._engine.connect() as conn:
            if not sa.inspect(conn).has_table(SCHEMA_MIGRATIONS.name):
                return set()
            return set(conn.scalars(sa.select(SCHEMA_MIGRATIONS.c.name)))

    def _check_known_migrations(self) -> None:
        self._raise_unknown(self._applied_migrations())

    def _raise_unknown(self, done: Iterable[str]) -> None:
        unknown = sorted(set(done) - {m.name for m in MIGRATIONS})
        if unknown:
            raise ConfigError(
                f"database '{self.url}' has a newer schema than this tidings "
                f"(unknown migrations: {', '.join(unknown)}); upgrade tidings"
            )

    # -- transactions -------------------------------------------------------------------------------------
    @contextmanager
    def _writing(self) -> Iterator[sa.Connection]:
        if self._write_lock is not None:
            self._write_lock.acquire()
        try:
            with self._engine.connect() as conn:
                conn.execution_options(**{WRITE_OPTION: True})
                with conn.begin():
                    yield conn
        finally:
            if self._write_lock is not None:
                self._write_lock.release()

    def _insert(self, table: sa.Table) -> Any:
        return sqlite_dialect.insert(table) if self._sqlite else pg_dialect.insert(table)

    # -- saving -------------------------------------------------------------------------------------------
    def save_record(
        self, record: ArticleRecord, *, source: str | None = None, fetched_at: dt.datetime | None = None
    ) -> str:
        """Store one article and its events; return ``"new"``, ``"updated"`` or ``"unchanged"``."""
        now = _timestamp(fetched_at)
        for attempt in range(3):
            try:
                with self._writing() as conn:
                    return self._save(conn, record, source, now)
            except sa.exc.IntegrityError:
                # A concurrent writer stored the same article first; the retry sees its row.
                if attempt == 2:
                    raise
        raise AssertionError("unreachable")

    def _save(self, conn: sa.Connection, record: ArticleRecord, source: str | None, now: str) -> str:
        article = record.article
        canon = canonical_url(article.url) if article.url else None
        digest = content_hash(article.text)
        columns = (ARTICLES.c.id, ARTICLES.c.canonical_url, ARTICLES.c.url, ARTICLES.c.content_hash)
        existing = None
        if canon is not None:
            existing = conn.execute(sa.select(*columns).where(ARTICLES.c.canonical_url == canon)).first()
        if existing is None and article.id:
            same_id = conn.execute(sa.select(*columns).where(ARTICLES.c.id == article.id)).first()
            if same_id is not None and canon is not None and same_id.canonical_url not in (None, canon):
                raise InputError(
                    source or article.url or str(article.id),
                    f"article id {article.id} is already stored for {same_id.url}",
                )
            existing = same_id
        if source:
            conn.execute(sa.delete(FAILURES).where(FAILURES.c.source == source))
        if existing is not None and existing.content_hash == digest:
            self._note_source(conn, existing.id, source, article.url, now)
            return "unchanged"
        if existing is None:
            copy_of = conn.scalar(
                sa.select(ARTICLES.c.id)
                .where(ARTICLES.c.content_hash == digest)
                .order_by(ARTICLES.c.fetched_at, ARTICLES.c.id)
                .limit(1)
            )
            if copy_of is not None:
                self._note_source(conn, copy_of, source, article.url, now)
                return "unchanged"
        values = {
            "canonical_url": canon if canon is not None else (existing.canonical_url if existing else None),
            "url": article.url,
            "path": article.path,
            "content_hash": digest,
            "title": article.title,
            "published": article.published,
            "byline": article.byline,
            "site": article.site,
            "text": article.text,
            "related": [link.to_dict() for link in article.related],
            "fetched_at": now,
            "updated_at": now,
        }
        if existing is None:
            article_id = str(article.id)
            conn.execute(sa.insert(ARTICLES).values(id=article_id, **values))
            status = "new"
        else:
            article_id = existing.id
            old_stories = story_ids_of_article(conn, article_id)
            corrected = corrections_held(conn, article_id)
            old_actors, old_places = self._drop_events(conn, article_id)
            conn.execute(sa.update(ARTICLES).where(ARTICLES.c.id == article_id).values(**values))
            status = "updated"
        new_actors, event_rows = self._insert_events(conn, article_id, record.events, now)
        link_events(conn, event_rows, seen_on(article.published, now), postgres=not self._sqlite)
        if status == "updated":
            carry_corrections(conn, article_id, corrected)
            recount(conn, old_stories)  # what the old version reported and the new one no longer does
            self._refresh_actors(conn, old_actors | new_actors)
            self._prune(conn, old_actors, old_places)
        if self._sqlite:
            index_document(conn, "article", article_id, article_id, f"{article.title or ''}\n{article.text}")
        self._note_source(conn, article_id, source, article.url, now)
        return status

    def _note_source(
        self, conn: sa.Connection, article_id: str, source: str | None, url: str | None, now: str
    ) -> None:
        name = source or url
        if not name:
            return
        statement = self._insert(SOURCES).values(article_id=article_id, source=name, url=url, seen_at=now)
        conn.execute(statement.on_conflict_do_nothing(index_elements=["article_id", "source"]))

    def _drop_events(self, conn: sa.Connection, article_id: str) -> tuple[set[str], set[str]]:
        """Delete an article's events (evidence and actor links go with them); return the actors and places
        they named."""
        of_article = sa.select(EVENTS.c.id).where(EVENTS.c.article_id == article_id)
        actors = set(
            conn.scalars(sa.select(EVENT_ACTORS.c.actor_id).where(EVENT_ACTORS.c.event_id.in_(of_article)))
        )
        places = set(
            conn.scalars(
                sa.select(EVENTS.c.place_id).where(
                    EVENTS.c.article_id == article_id, EVENTS.c.place_id.is_not(None)
                )
            )
        )
        if self._sqlite:
            drop_documents(conn, article_id)
        conn.execute(sa.delete(EVENTS).where(EVENTS.c.article_id == article_id))
        return actors, places

    def _insert_events(
        self, conn: sa.Connection, article_id: str, events: Sequence[Event], now: str
    ) -> tuple[set[str], list[dict[str, Any]]]:
        """Insert an article's events; return the actors they name and the event rows written."""
        event_rows: list[dict[str, Any]] = []
        evidence_rows: list[dict[str, Any]] = []
        links: set[tuple[str, str, str]] = set()
        actors: dict[str, dict[str, Any]] = {}
        places: dict[str, dict[str, Any]] = {}
        for index, event in enumerate(events):
            event_id = event.id or "e" + stable_id(article_id, str(index), event.type)
            if any(row["id"] == event_id for row in event_rows):
                continue  # the same event twice in one record is stored once
            place_id = None
            if event.place is not None:
                place_id = stable_id(event.place.name, event.place.country or "")
                places.setdefault(place_id, place_row(place_id, event.place))
            event_rows.append(event_row(event_id, article_id, event, place_id))
            evidence_rows.extend(
                {
                    "event_id": event_id,
                    "ordinal": n,
                    "text": e.text,
                    "start": e.start,
                    "end": e.end,
                    "sentence": e.sentence,
                }
                for n, e in enumerate(event.evidence)
            )
            sides = [("source", event.source), ("target", event.target)] + [
                ("other", o) for o in event.others
            ]
            for side, actor in sides:
                if actor is None:
                    continue
                actor_id = collect_actor(actors, actor)
                links.add((event_id, actor_id, side))
        if places:
            insert = self._insert(PLACES).on_conflict_do_nothing()
            conn.execute(insert, list(places.values()))
        if event_rows:
            conn.execute(sa.insert(EVENTS), event_rows)
        if evidence_rows:
            conn.execute(sa.insert(EVIDENCE), evidence_rows)
        self._upsert_actors(conn, actors, now)
        if links:
            rows = [{"event_id": e, "actor_id": a, "side": s} for e, a, s in sorted(links)]
            conn.execute(sa.insert(EVENT_ACTORS), rows)
        self._refresh_actors(conn, set(actors))
        if self._sqlite:
            bodies: dict[str, list[str]] = {}
            for row in evidence_rows:
                bodies.setdefault(row["event_id"], []).append(row["text"])
            for event_id, texts in bodies.items():
                index_document(conn, "event", event_id, article_id, "\n".join(texts))
        return set(actors), event_rows

    def _upsert_actors(self, conn: sa.Connection, actors: dict[str, dict[str, Any]], now: str) -> None:
        if not actors:
            return
        fresh = [
            {
                **{k: v for k, v in a.items() if not k.endswith("_set")},
                "roles": [],
                "aliases": [],
                "search": "",
                "first_seen": now,
                "last_seen": now,
                "event_count": 0,
            }
            for a in actors.values()
        ]
        conn.execute(self._insert(ACTORS).on_conflict_do_nothing(index_elements=["id"]), fresh)
        stored = conn.execute(
            sa.select(ACTORS.c.id, ACTORS.c.name, ACTORS.c.roles, ACTORS.c.aliases)
            .where(ACTORS.c.id.in_(list(actors)))
            .with_for_update()
        )
        updates = []
        for row in stored:
            seen = actors[row.id]
            roles = sorted(set(row.roles or []) | seen["role_set"])
            aliases = sorted(set(row.aliases or []) | seen["alias_set"])
            name = row.name or seen["name"]
            search = "\n".join(text.lower() for text in [name or "", *aliases])
            updates.append(
                {
                    "b_id": row.id,
                    "name": name,
                    "roles": roles,
                    "aliases": aliases,
                    "search": search,
                    "last_seen": now,
                }
            )
        statement = sa.update(ACTORS).where(ACTORS.c.id == sa.bindparam("b_id"))
        conn.execute(statement, updates)

    def _refresh_actors(self, conn: sa.Connection, actor_ids: set[str]) -> None:
        if not actor_ids:
            return
        linked = (
            sa.select(sa.func.count(sa.distinct(EVENT_ACTORS.c.event_id)))
            .where(EVENT_ACTORS.c.actor_id == ACTORS.c.id)
            .scalar_subquery()
        )
        conn.execute(sa.update(ACTORS).where(ACTORS.c.id.in_(sorted(actor_ids))).values(event_count=linked))

    def _prune(self, conn: sa.Connection, actor_ids: set[str], place_ids: set[str]) -> None:
        """Remove actors and places that only the replaced version of an article named."""
        if actor_ids:
            conn.execute(
                sa.delete(ACTORS).where(ACTORS.c.id.in_(sorted(actor_ids)), ACTORS.c.event_count == 0)
            )
        if place_ids:
            used = sa.select(EVENTS.c.place_id).where(EVENTS.c.place_id.is_not(None))
            conn.execute(
                sa.delete(PLACES).where(PLACES.c.id.in_(sorted(place_ids)), PLACES.c.id.not_in(used))
            )

    def remove_article(self, article_id: str) -> bool:
        """Delete an article with its events, sources and comments; its stories are recounted (and removed
        when it was their only report). False when no such article is stored."""
        with self._writing() as conn:
            if conn.scalar(sa.select(ARTICLES.c.id).where(ARTICLES.c.id == article_id)) is None:
                return False
            stories = story_ids_of_article(conn, article_id)
            actors, places = self._drop_events(conn, article_id)
            conn.execute(sa.delete(ARTICLES).where(ARTICLES.c.id == article_id))
            recount(conn, stories)
            self._refresh_actors(conn, actors)
            self._prune(conn, actors, places)
        return True

    def has_source(self, source: str, content_hash: str | None = None) -> bool:
        """Was ``source`` stored already (given ``content_hash``: with that text)? For resumable batches."""
        query = sa.select(SOURCES.c.id).where(SOURCES.c.source == source)
        if content_hash is not None:
            query = query.join(ARTICLES, ARTICLES.c.id == SOURCES.c.article_id).where(
                ARTICLES.c.content_hash == content_hash
            )
        with self._engine.connect() as conn:
            return conn.execute(query.limit(1)).first() is not None

    # -- failures -----------------------------------------------------------------------------------------
    def record_failure(self, source: str, problem: str, *, at: dt.datetime | None = None) -> None:
        when = _timestamp(at)
        insert = self._insert(FAILURES).values(
            source=source, problem=problem, first_at=when, at=when, count=1
        )
        upsert = insert.on_conflict_do_update(
            index_elements=["source", "problem"],
            set_={"at": insert.excluded.at, "count": FAILURES.c.count + 1},
        )
        with self._writing() as conn:
            conn.execute(upsert)

    def clear_failure(self, source: str) -> None:
        with self._writing() as conn:
            conn.execute(sa.delete(FAILURES).where(FAILURES.c.source == source))

    def failures(self, *, limit: int = 100) -> list[dict[str, Any]]:
        query = sa.select(FAILURES).order_by(FAILURES.c.at.desc(), FAILURES.c.source, FAILURES.c.problem)
        with self._engine.connect() as conn:
            return [dict(row._mapping) for row in conn.execute(query.limit(limit))]

    # -- events -------------------------------------------------------------------------------------------
    def events(
        self, f: EventFilter, *, limit: int = 100, offset: int = 0, order: str = "date"
    ) -> list[dict[str, Any]]:
        """One page of events matching ``f``; ``order`` is one of :data:`ORDERS` (``-`` for descending)."""
        query = self._events_query(f).order_by(*_event_order(order)).limit(limit).offset(offset)
        with self._engine.connect() as conn:
            return self._event_dicts(conn, conn.execute(query).all())

    def count_events(self, f: EventFilter) -> int:
        query = sa.select(sa.func.count()).select_from(EVENTS).where(*self._event_conditions(f))
        with self._engine.connect() as conn:
            return int(conn.scalar(query) or 0)

    def iter_events(self, f: EventFilter, *, batch: int = 1000) -> Iterator[dict[str, Any]]:
        """Every event matching ``f``, by id, in constant memory (a server-side cursor on PostgreSQL, pages
        keyed on the id on SQLite)."""
        query = self._events_query(f).order_by(EVENTS.c.id)
        if not self._sqlite:
            with self._engine.connect() as conn:
                result = conn.execution_options(stream_results=True, yield_per=batch).execute(query)
                with self._engine.connect() as side:  # evidence is read beside the open cursor
                    for rows in result.partitions():
                        yield from self._event_dicts(side, rows)
            return
        last: str | None = None
        while True:
            page = query if last is None else query.where(EVENTS.c.id > last)
            with self._engine.connect() as conn:
                rows = conn.execute(page.limit(batch)).all()
                dicts = self._event_dicts(conn, rows)
            if not rows:
                return
            yield from dicts
            last = rows[-1].id

    def _events_query(self, f: EventFilter) -> sa.Select[Any]:
        return (
            sa.select(
                EVENTS,
                ARTICLES.c.url.label("article_url"),
                ARTICLES.c.title.label("article_title"),
                ARTICLES.c.published.label("article_published"),
                ARTICLES.c.site.label("article_site"),
                *story_columns(),
            )
            .join(ARTICLES, ARTICLES.c.id == EVENTS.c.article_id)
            .outerjoin(STORIES, STORIES.c.id == EVENTS.c.story_id)
            .where(*self._event_conditions(f))
        )

    def _event_conditions(self, f: EventFilter) -> list[sa.ColumnElement[bool]]:
        f = _without_nul(f)
        conditions: list[sa.ColumnElement[bool]] = []
        if f.actor:
            named = (
                sa.select(EVENT_ACTORS.c.event_id)
                .join(ACTORS, ACTORS.c.id == EVENT_ACTORS.c.actor_id)
                .where(ACTORS.c.search.like(_like_pattern(f.actor.strip()), escape="\\"))
            )
            conditions.append(EVENTS.c.id.in_(named))
        if f.country:
            conditions.append(self._any_country(f.country.strip().upper()))
        if f.source_country:
            conditions.append(EVENTS.c.source_country == f.source_country.strip().upper())
        if f.target_country:
            conditions.append(EVENTS.c.target_country == f.target_country.strip().upper())
        if f.type:
            conditions.append(EVENTS.c.type.in_(_comma_list(f.type, upper=True)))
        if f.modality:
            conditions.append(EVENTS.c.modality.in_(_comma_list(f.modality, upper=False)))
        if f.since:
            conditions.append(EVENTS.c.date >= _iso_date("since", f.since))
        if f.until:
            # "~" sorts after every character of an ISO date, so the whole of the last day is included.
            conditions.append(EVENTS.c.date <= _iso_date("until", f.until) + "~")
        if f.place:
            place = f.place.strip()
            by_name = self._lower(EVENTS.c.place_name).like(_like_pattern(place), escape="\\")
            conditions.append(sa.or_(by_name, EVENTS.c.place_country == place.upper()))
        if f.min_confidence is not None:
            conditions.append(_shown_confidence() >= f.min_confidence)
        if f.article_id:
            conditions.append(EVENTS.c.article_id == f.article_id)
        if f.text is not None:
            conditions.append(self._event_text_match(f.text))
        return conditions

    def _any_country(self, country: str) -> sa.ColumnElement[bool]:
        others = (
            sa.select(EVENT_ACTORS.c.event_id)
            .join(ACTORS, ACTORS.c.id == EVENT_ACTORS.c.actor_id)
            .where(ACTORS.c.country == country)
        )
        return sa.or_(
            EVENTS.c.source_country == country, EVENTS.c.target_country == country, EVENTS.c.id.in_(others)
        )

    def _lower(self, column: sa.ColumnElement[Any]) -> sa.ColumnElement[Any]:
        # SQLite's lower() folds ASCII only; the connection registers a Unicode-aware one.
        return sa.func.tidings_lower(column) if self._sqlite else sa.func.lower(column)

    def _event_text_match(self, text: str) -> sa.ColumnElement[bool]:
        if self._sqlite:
            match = _fts5_query(text)
            if match is None:
                return sa.false()
            return sa.or_(
                EVENTS.c.id.in_(_fts5_refs("event", match)),
                EVENTS.c.article_id.in_(_fts5_refs("article", match)),
            )
        query = sa.func.plainto_tsquery("english", text)
        evidence = sa.table("evidence", sa.column("event_id"), sa.column("tsv")).alias("fts_evidence")
        articles = sa.table("articles", sa.column("id"), sa.column("tsv")).alias("fts_articles")
        return sa.or_(
            EVENTS.c.id.in_(sa.select(evidence.c.event_id).where(evidence.c.tsv.op("@@")(query))),
            EVENTS.c.article_id.in_(sa.select(articles.c.id).where(articles.c.tsv.op("@@")(query))),
        )

    def _event_dicts(self, conn: sa.Connection, rows: Sequence[sa.Row[Any]]) -> list[dict[str, Any]]:
        if not rows:
            return []
        evidence: dict[str, list[dict[str, Any]]] = {}
        query = (
            sa.select(EVIDENCE)
            .where(EVIDENCE.c.event_id.in_([row.id for row in rows]))
            .order_by(EVIDENCE.c.event_id, EVIDENCE.c.ordinal)
        )
        for item in conn.execute(query):
            evidence.setdefault(item.event_id, []).append(
                {"text": item.text, "start": item.start, "end": item.end, "sentence": item.sentence}
            )
        return self._apply_corrections(
            conn, [event_dict(row._mapping, evidence.get(row.id, [])) for row in rows]
        )

    # -- articles -----------------------------------------------------------------------------------------
    def articles(self, f: ArticleFilter, *, limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
        """One page of articles matching ``f``, newest published first (without their text)."""
        columns = [c for c in ARTICLES.c if c.name != "text"]
        query = (
            sa.select(*columns, self._event_count())
            .where(*self._article_conditions(f))
            .order_by(ARTICLES.c.published.desc().nulls_last(), ARTICLES.c.id)
            .limit(limit)
            .offset(offset)
        )
        with self._engine.connect() as conn:
            rows = conn.execute(query).all()
            sources = self._sources(conn, [row.id for row in rows])
        return [article_dict(row._mapping, sources.get(row.id, [])) for row in rows]

    def article(self, article_id: str) -> dict[str, Any] | None:
        """One article with its text and its events, or None."""
        query = sa.select(ARTICLES, self._event_count()).where(ARTICLES.c.id == article_id)
        with self._engine.connect() as conn:
            row = conn.execute(query).first()
            if row is None:
                return None
            out = article_dict(row._mapping, self._sources(conn, [article_id]).get(article_id, []))
            out["text"] = row.text
            events = self._events_query(EventFilter(article_id=article_id)).order_by(*_event_order("date"))
            out["events"] = self._event_dicts(conn, conn.execute(events).all())
        return out

    def _event_count(self) -> sa.Label[Any]:
        count = sa.select(sa.func.count()).select_from(EVENTS).where(EVENTS.c.article_id == ARTICLES.c.id)
        return count.scalar_subquery().label("event_count")

    def _article_conditions(self, f: ArticleFilter) -> list[sa.ColumnElement[bool]]:
        f = _without_nul(f)
        conditions: list[sa.ColumnElement[bool]] = []
        if f.since:
            conditions.append(ARTICLES.c.published >= _iso_date("since", f.since))
        if f.until:
            conditions.append(ARTICLES.c.published <= _iso_date("until", f.until) + "~")
        if f.site:
            conditions.append(self._lower(ARTICLES.c.site).like(_like_pattern(f.site.strip()), escape="\\"))
        if f.country:
            with_country = sa.select(EVENTS.c.article_id).where(self._any_country(f.country.strip().upper()))
            conditions.append(ARTICLES.c.id.in_(with_country))
        if f.text is not None:
            if self._sqlite:
                match = _fts5_query(f.text)
                conditions.append(ARTICLES.c.id.in_(_fts5_refs("article", match)) if match else sa.false())
            else:
                fts = sa.table("articles", sa.column("id"), sa.column("tsv")).alias("fts_articles")
                query = sa.func.plainto_tsquery("english", f.text)
                conditions.append(ARTICLES.c.id.in_(sa.select(fts.c.id).where(fts.c.tsv.op("@@")(query))))
        return conditions

    def _sources(self, conn: sa.Connection, article_ids: list[str]) -> dict[str, list[dict[str, Any]]]:
        out: dict[str, list[dict[str, Any]]] = {}
        if not article_ids:
            return out
        query = (
            sa.select(SOURCES.c.article_id, SOURCES.c.source, SOURCES.c.url, SOURCES.c.seen_at)
            .where(SOURCES.c.article_id.in_(article_ids))
            .order_by(SOURCES.c.article_id, SOURCES.c.seen_at, SOURCES.c.id)
        )
        for row in conn.execute(query):
            out.setdefault(row.article_id, []).append(
                {"source": row.source, "url": row.url, "seen_at": row.seen_at}
            )
        return out

    def counts(self) -> dict[str, int]:
        tables = {
            "articles": ARTICLES,
            "events": EVENTS,
            "actors": ACTORS,
            "places": PLACES,
            "sources": SOURCES,
            "failures": FAILURES,
        }
        with self._engine.connect() as conn:
            return {
                name: int(conn.scalar(sa.select(sa.func.count()).select_from(table)) or 0)
                for name, table in tables.items()
            }

    # -- the reading room: one event, actors, places, statistics, related articles -----------------------
    def event(self, event_id: str) -> dict[str, Any] | None:
        """One event (corrected, see :meth:`add_correction`), or None."""
        query = self._events_query(EventFilter()).where(EVENTS.c.id == event_id)
        with self._engine.connect() as conn:
            dicts = self._event_dicts(conn, conn.execute(query).all())
        return dicts[0] if dicts else None

    def count_articles(self, f: ArticleFilter) -> int:
        query = sa.select(sa.func.count()).select_from(ARTICLES).where(*self._article_conditions(f))
        with self._engine.connect() as conn:
            return int(conn.scalar(query) or 0)

    def actors(
        self, *, text: str | None = None, country: str | None = None, limit: int = 100, offset: int = 0
    ) -> tuple[list[dict[str, Any]], int]:
        """One page of actors, most active first, and how many match in all."""
        conditions: list[sa.ColumnElement[bool]] = []
        if text and text.strip():
            conditions.append(ACTORS.c.search.like(_like_pattern(text.strip()), escape="\\"))
        if country and country.strip():
            conditions.append(ACTORS.c.country == country.strip().upper())
        columns = [c for c in ACTORS.c if c.name not in ("search", "key")]
        query = sa.select(*columns).where(*conditions).order_by(ACTORS.c.event_count.desc(), ACTORS.c.id)
        total = sa.select(sa.func.count()).select_from(ACTORS).where(*conditions)
        with self._engine.connect() as conn:
            rows = [dict(row._mapping) for row in conn.execute(query.limit(limit).offset(offset))]
            return rows, int(conn.scalar(total) or 0)

    def actor(self, actor_id: str) -> dict[str, Any] | None:
        columns = [c for c in ACTORS.c if c.name not in ("search", "key")]
        with self._engine.connect() as conn:
            row = conn.execute(sa.select(*columns).where(ACTORS.c.id == actor_id)).first()
        return dict(row._mapping) if row else None

    def actor_events(self, actor_id: str, *, limit: int = 2000) -> list[dict[str, Any]]:
        """The events naming the actor on any side, by date."""
        linked = sa.select(EVENT_ACTORS.c.event_id).where(EVENT_ACTORS.c.actor_id == actor_id)
        query = self._events_query(EventFilter()).where(EVENTS.c.id.in_(linked))
        with self._engine.connect() as conn:
            return self._event_dicts(
                conn, conn.execute(query.order_by(*_event_order("date")).limit(limit)).all()
            )

    def place_counts(self, f: EventFilter, *, limit: int = 500) -> list[dict[str, Any]]:
        """Places of the events matching ``f`` with how many events each, most first."""
        count = sa.func.count().label("events")
        keys = (EVENTS.c.place_name, EVENTS.c.place_country, EVENTS.c.place_lat, EVENTS.c.place_lon)
        query = (
            sa.select(*keys, count)
            .where(EVENTS.c.place_name.is_not(None), *self._event_conditions(f))
            .group_by(*keys)
            .order_by(count.desc(), EVENTS.c.place_name)
            .limit(limit)
        )
        with self._engine.connect() as conn:
            return [
                {
                    "name": r.place_name,
                    "country": r.place_country,
                    "lat": r.place_lat,
                    "lon": r.place_lon,
                    "events": int(r.events),
                }
                for r in conn.execute(query)
            ]

    def event_stats(self, f: EventFilter) -> dict[str, dict[str, int]]:
        """Counts of the events matching ``f`` by type, QuadClass, modality and month."""
        month = sa.func.substr(EVENTS.c.date, 1, 7)
        groups = {
            "type": EVENTS.c.type,
            "quad_class": EVENTS.c.quad_class,
            "modality": EVENTS.c.modality,
            "month": month,
        }
        out: dict[str, dict[str, int]] = {}
        with self._engine.connect() as conn:
            for name, column in groups.items():
                query = (
                    sa.select(column.label("key"), sa.func.count().label("n"))
                    .where(*self._event_conditions(f))
                    .group_by(column)
                    .order_by(column)
                )
                out[name] = {str(row.key): int(row.n) for row in conn.execute(query) if row.key is not None}
        return out

    def related_articles(self, article_id: str, *, limit: int = 5) -> list[dict[str, Any]]:
        """Other articles on the same stories, then on the same actors, ranked by shared stories, then by
        shared actors and event types blended with the TF-IDF similarity of their titles and texts.

        The similarity is computed at query time over at most :data:`RELATED_CANDIDATES` candidates (every
        article sharing a story, then the ones sharing most actors), so it stays cheap on a large store."""
        own_events = sa.select(EVENTS.c.id).where(EVENTS.c.article_id == article_id)
        own_actors = sa.select(EVENT_ACTORS.c.actor_id).where(EVENT_ACTORS.c.event_id.in_(own_events))
        own_types = sa.select(EVENTS.c.type).where(EVENTS.c.article_id == article_id)
        own_stories = sa.select(EVENTS.c.story_id).where(
            EVENTS.c.article_id == article_id, EVENTS.c.story_id.is_not(None)
        )
        shared_actors = sa.func.count(sa.distinct(EVENT_ACTORS.c.actor_id)).label("shared")
        by_actor = (
            sa.select(EVENTS.c.article_id, shared_actors)
            .join(EVENT_ACTORS, EVENT_ACTORS.c.event_id == EVENTS.c.id)
            .where(EVENT_ACTORS.c.actor_id.in_(own_actors), EVENTS.c.article_id != article_id)
            .group_by(EVENTS.c.article_id)
            .order_by(shared_actors.desc(), EVENTS.c.article_id)
            .limit(RELATED_CANDIDATES)
        )
        by_story = (
            sa.select(EVENTS.c.article_id, sa.func.count(sa.distinct(EVENTS.c.story_id)).label("shared"))
            .where(EVENTS.c.story_id.in_(own_stories), EVENTS.c.article_id != article_id)
            .group_by(EVENTS.c.article_id)
            .limit(RELATED_CANDIDATES)
        )
        with self._engine.connect() as conn:
            stories = {r.article_id: int(r.shared) for r in conn.execute(by_story)}
            actors = {r.article_id: int(r.shared) for r in conn.execute(by_actor)}
            candidates = sorted(set(stories) | set(actors))
            if not candidates:
                return []
            shared_types = (
                sa.select(EVENTS.c.article_id, sa.func.count(sa.distinct(EVENTS.c.type)).label("shared"))
                .where(EVENTS.c.type.in_(own_types), EVENTS.c.article_id.in_(candidates))
                .group_by(EVENTS.c.article_id)
            )
            types = {r.article_id: int(r.shared) for r in conn.execute(shared_types)}
            texts = sa.select(
                ARTICLES.c.id, ARTICLES.c.title, ARTICLES.c.text, ARTICLES.c.published, ARTICLES.c.site
            )
            rows = {r.id: r for r in conn.execute(texts.where(ARTICLES.c.id.in_([*candidates, article_id])))}
        own = rows.pop(article_id, None)
        if own is None:
            return []
        similarity = tfidf_similarities(
            f"{own.title or ''}\n{own.text}", {key: f"{r.title or ''}\n{r.text}" for key, r in rows.items()}
        )
        related = [
            {
                "id": key,
                "title": r.title,
                "published": r.published,
                "site": r.site,
                "shared_stories": stories.get(key, 0),
                "shared_actors": actors.get(key, 0),
                "shared_event_types": int(types.get(key, 0)),
                "similarity": similarity.get(key, 0.0),
            }
            for key, r in rows.items()
        ]

        def rank(item: dict[str, Any]) -> tuple[int, float]:
            blended = item["shared_actors"] * 2 + item["shared_event_types"] + item["similarity"] * 4
            return (-item["shared_stories"], -blended)

        # Stable sorts: by rank, then the most recently published, then by id.
        related.sort(key=lambda item: item["id"])
        related.sort(key=lambda item: item["published"] or "", reverse=True)
        related.sort(key=rank)
        return related[:limit]

    # -- stories: one event, many reports (tidings.stories) ----------------------------------------------
    def stories(
        self, f: StoryFilter, *, limit: int = 100, offset: int = 0, order: str = "-sources"
    ) -> list[dict[str, Any]]:
        """One page of stories matching ``f``, most independent sources first by default."""
        query = (
            sa.select(STORIES)
            .where(*story_conditions(_without_nul(f), _iso_date))
            .order_by(*story_order(order))
            .limit(limit)
            .offset(offset)
        )
        with self._engine.connect() as conn:
            return [story_dict(row._mapping) for row in conn.execute(query)]

    def count_stories(self, f: StoryFilter) -> int:
        query = (
            sa.select(sa.func.count())
            .select_from(STORIES)
            .where(*story_conditions(_without_nul(f), _iso_date))
        )
        with self._engine.connect() as conn:
            return int(conn.scalar(query) or 0)

    def story(self, story_id: str) -> dict[str, Any] | None:
        """One story with its reports (events, first seen first), or None."""
        with self._engine.connect() as conn:
            row = conn.execute(sa.select(STORIES).where(STORIES.c.id == story_id)).first()
            if row is None:
                return None
            out = story_dict(row._mapping)
            query = (
                self._events_query(EventFilter())
                .where(EVENTS.c.story_id == story_id)
                .order_by(ARTICLES.c.published.nulls_last(), ARTICLES.c.fetched_at, EVENTS.c.id)
            )
            out["events"] = self._event_dicts(conn, conn.execute(query).all())
        return out

    # -- the reading room: comments ------------------------------------------------------------------------
    def add_comment(
        self, article_id: str, *, name: str, email: str, body: str, status: str, ip_hash: str | None
    ) -> int:
        values = {
            "article_id": article_id,
            "name": name,
            "email": email,
            "body": body,
            "status": status,
            "created_at": _timestamp(),
            "ip_hash": ip_hash,
        }
        with self._writing() as conn:
            inserted = conn.execute(sa.insert(COMMENTS).values(**values)).inserted_primary_key
            return int(inserted[0]) if inserted else 0

    def comments(
        self, *, article_id: str | None = None, status: str | None = None, limit: int = 500
    ) -> list[dict[str, Any]]:
        """Comments, oldest first, without the commenter's email (which is never shown anywhere)."""
        columns = [c for c in COMMENTS.c if c.name not in ("email", "ip_hash")]
        query = sa.select(*columns, ARTICLES.c.title.label("article_title")).join(
            ARTICLES, ARTICLES.c.id == COMMENTS.c.article_id
        )
        if article_id is not None:
            query = query.where(COMMENTS.c.article_id == article_id)
        if status is not None:
            query = query.where(COMMENTS.c.status == status)
        query = query.order_by(COMMENTS.c.created_at, COMMENTS.c.id).limit(limit)
        with self._engine.connect() as conn:
            return [dict(row._mapping) for row in conn.execute(query)]

    def recent_comment_count(self, ip_hash: str, since: dt.datetime) -> int:
        query = sa.select(sa.func.count()).where(
            COMMENTS.c.ip_hash == ip_hash, COMMENTS.c.created_at >= _timestamp(since)
        )
        with self._engine.connect() as conn:
            return int(conn.scalar(query) or 0)

    def set_comment_status(self, comment_id: int, status: str) -> bool:
        with self._writing() as conn:
            statement = sa.update(COMMENTS).where(COMMENTS.c.id == comment_id).values(status=status)
            return bool(conn.execute(statement).rowcount)

    def delete_comment(self, comment_id: int) -> bool:
        with self._writing() as conn:
            return bool(conn.execute(sa.delete(COMMENTS).where(COMMENTS.c.id == comment_id)).rowcount)

    # -- the reading room: admins and site settings ------------------------------------------------------
    def create_user(self, username: str, password_hash: str) -> None:
        try:
            with self._writing() as conn:
                conn.execute(
                    sa.insert(USERS).values(
                        username=username, password_hash=password_hash, created_at=_timestamp()
                    )
                )
        except sa.exc.IntegrityError:
            raise ConfigError(f"admin '{username}' already exists") from None

    def password_hash(self, username: str) -> str | None:
        with self._engine.connect() as conn:
            return conn.scalar(sa.select(USERS.c.password_hash).where(USERS.c.username == username))

    def site_setting(self, key: str, make: Callable[[], str]) -> str:
        """The site's value for ``key``, made by ``make()`` and kept the first time it is asked for."""
        with self._engine.connect() as conn:
            value = conn.scalar(sa.select(SITE_SETTINGS.c.value).where(SITE_SETTINGS.c.key == key))
        if value is not None:
            return str(value)
        with self._writing() as conn:
            conn.execute(self._insert(SITE_SETTINGS).values(key=key, value=make()).on_conflict_do_nothing())
            return str(conn.scalar(sa.select(SITE_SETTINGS.c.value).where(SITE_SETTINGS.c.key == key)))

    # -- the reading room: analysts' corrections -----------------------------------------------------------
    def add_correction(
        self,
        event_id: str,
        field: str,
        *,
        original: Any,
        corrected: Any,
        note: str | None,
        author: str,
        status: str = "pending",
    ) -> int:
        """Store an analyst's correction of ``field`` of a stored event; return its id. It outlives the
        event: a new text of the article carries it to the same event re-extracted (see
        :mod:`tidings.store_corrections`)."""
        values = {
            "event_id": event_id,
            "field": field,
            "original": original,
            "corrected": corrected,
            "note": note,
            "author": author,
            "created_at": _timestamp(),
            "status": status,
        }
        if status != "pending":
            values.update(reviewed_by=author, reviewed_at=values["created_at"])
        with self._writing() as conn:
            article_id = conn.scalar(sa.select(EVENTS.c.article_id).where(EVENTS.c.id == event_id))
            if article_id is None:
                raise InputError(f"event {event_id}", "no such event is stored")
            statement = sa.insert(CORRECTIONS).values(**values, article_id=article_id)
            inserted = conn.execute(statement).inserted_primary_key
            return int(inserted[0]) if inserted else 0

    def corrections(
        self,
        *,
        event_id: str | None = None,
        article_id: str | None = None,
        status: str | None = None,
        detached: bool | None = None,
        limit: int = 500,
    ) -> list[dict[str, Any]]:
        """Corrections, oldest first. ``detached=True``: only those whose event a re-extraction of its
        article no longer gives (``event_id`` is None; ``event_evidence`` is what the event was read from)."""
        query = sa.select(CORRECTIONS)
        if event_id is not None:
            query = query.where(CORRECTIONS.c.event_id == event_id)
        if article_id is not None:
            query = query.where(CORRECTIONS.c.article_id == article_id)
        if status is not None:
            query = query.where(CORRECTIONS.c.status == status)
        if detached is not None:
            query = query.where(
                CORRECTIONS.c.event_id.is_(None) if detached else CORRECTIONS.c.event_id.is_not(None)
            )
        with self._engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(query.order_by(CORRECTIONS.c.id).limit(limit))]

    def review_correction(self, correction_id: int, status: str, reviewer: str) -> bool:
        statement = (
            sa.update(CORRECTIONS)
            .where(CORRECTIONS.c.id == correction_id)
            .values(status=status, reviewed_by=reviewer, reviewed_at=_timestamp())
        )
        with self._writing() as conn:
            return bool(conn.execute(statement).rowcount)

    def _apply_corrections(self, conn: sa.Connection, events: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Accepted corrections replace the extracted values; the originals are kept under ``original``."""
        if not events:
            return events
        by_id = {event["id"]: event for event in events}
        query = (
            sa.select(CORRECTIONS.c.event_id, CORRECTIONS.c.field, CORRECTIONS.c.corrected)
            .where(CORRECTIONS.c.event_id.in_(list(by_id)), CORRECTIONS.c.status == "accepted")
            .order_by(CORRECTIONS.c.id)
        )
        for row in conn.execute(query):
            apply_correction(by_id[row.event_id], row.field, row.corrected)
        return events


# -- helpers: queries ----------------------------------------------------------------------------------------
def _fts5_refs(kind: str, match: str) -> sa.Select[Any]:
    return (
        sa.select(FULLTEXT_DOCS.c.ref)
        .select_from(FULLTEXT.join(FULLTEXT_DOCS, FULLTEXT_DOCS.c.doc == FULLTEXT.c.rowid))
        .where(sa.literal_column("fulltext").op("MATCH")(match), FULLTEXT_DOCS.c.kind == kind)
    )


def _event_order(order: str) -> list[sa.ColumnElement[Any]]:
    if order not in ORDERS:
        raise ConfigError(f"unknown order {order!r}; known: {', '.join(ORDERS)}")
    if order == "id":
        return [EVENTS.c.id]
    column = EVENTS.c.date if order.endswith("date") else _shown_confidence()
    direction = column.desc() if order.startswith("-") else column.asc()
    return [direction.nulls_last(), EVENTS.c.id]


def _shown_confidence() -> sa.ColumnElement[Any]:
    """The confidence people see (:func:`tidings.stories.corroborated`), in SQL, for filters and order."""
    story = STORIES.alias("corroborating")  # the events query may join STORIES itself
    sources = sa.select(story.c.num_sources).where(story.c.id == EVENTS.c.story_id).scalar_subquery()
    extra = (sa.func.coalesce(sources, 1) - 1) * SOURCE_BONUS
    bonus = sa.case((extra > MAX_BONUS, MAX_BONUS), (extra > 0, extra), else_=0.0)
    boosted = sa.case(
        (EVENTS.c.confidence >= MAX_CONFIDENCE, EVENTS.c.confidence),
        (EVENTS.c.confidence + bonus > MAX_CONFIDENCE, MAX_CONFIDENCE),
        else_=EVENTS.c.confidence + bonus,
    )
    # Rounded as shown (to 3 places), so that a filter agrees with the number on the page.
    return sa.func.round(sa.cast(boosted, sa.Numeric(6, 4)), 3)
