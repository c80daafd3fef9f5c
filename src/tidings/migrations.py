"""The tidings database schema and its named, versioned migrations (SQLite and PostgreSQL alike).

Tables (SQLAlchemy Core; the query-side definitions are :data:`TABLES`):

``schema_migrations``
    ``name`` (PK, e.g. ``0001_initial``), ``applied_at`` (ISO 8601 UTC).
``articles``
    ``id`` (PK, ``Article.id``), ``canonical_url`` (UNIQUE, NULL for articles without a URL), ``url``,
    ``path``, ``content_hash`` (sha256 of the whitespace-normalised text), ``title``, ``published``,
    ``byline``, ``site``, ``text``, ``related`` (JSON), ``fetched_at``, ``updated_at``.
``article_sources``
    Every input an article was seen in: ``article_id`` (FK, cascade), ``source`` (path, feed URL, WARC record
    id, or the article URL when no source was named), ``url`` (the URL that input gave), ``seen_at``;
    UNIQUE(``article_id``, ``source``). Syndicated copies (same text, other URL) land here.
``events``
    ``id`` (PK, ``Event.id``), ``article_id`` (FK, cascade), the scalar event fields, the source and
    target actors denormalised into ``source_country``/``_org``/``_sector``/``_name``/``_text``/``_role``/
    ``_basis`` and ``target_*``, ``others`` (JSON list of actor dicts), ``attributed_to`` (JSON), and the
    place as ``place_id`` (FK) plus ``place_name``/``_country``/``_lat``/``_lon``/``_kind``/``_text``.
``evidence``
    ``id`` (integer PK), ``event_id`` (FK, cascade), ``ordinal``, ``text``, ``start``, ``end``, ``sentence``.
``actors``
    Normalised actors: ``id`` (PK, stable hash of ``key``), ``key`` (UNIQUE,
    ``country|org|sector|name-lowercased``; the actor's words stand in for a missing name), ``name``,
    ``country``, ``org``, ``sector``, ``roles`` and ``aliases`` (JSON lists of every role and text form seen),
    ``search`` (lower-cased name and aliases, for substring matching), ``first_seen``/``last_seen`` (when an
    event naming the actor was first/last stored), ``event_count``.
``event_actors``
    ``event_id``, ``actor_id``, ``side`` (``source``, ``target`` or ``other``); all three form the PK.
``places``
    ``id`` (PK, stable hash of name and country), ``name``, ``country``, ``lat``, ``lon``, ``kind``;
    UNIQUE(``name``, ``country``).
``failures``
    ``source``, ``problem`` (PK together), ``first_at``, ``at`` (latest), ``count``.

The reading room (``0003_reading_room``):

``comments``
    ``id`` (integer PK), ``article_id`` (FK, cascade), ``name``, ``email`` (kept for the site's owners, never
    shown), ``body``, ``status`` (``pending``, ``approved`` or ``rejected``), ``created_at``, ``ip_hash``
    (keyed hash of the poster's address, for rate limits and abuse reports; never the address itself).
``users``
    Admins: ``username`` (PK), ``password_hash`` (argon2id), ``created_at``.
``corrections``
    Analysts' corrections of one field of one event: ``id``, ``event_id`` (FK, cascade), ``field`` (e.g.
    ``type``, ``target.country``), ``original`` and ``corrected`` (JSON values), ``note``, ``author``,
    ``created_at``, ``status`` (``pending``, ``accepted``, ``rejected``), ``reviewed_by``, ``reviewed_at``.
    Reshaped by ``0005_kept_corrections``: ``event_id`` is set to NULL, not cascaded, when the event goes;
    ``article_id`` (FK, cascade) says whose event it was, and ``event_evidence`` keeps the event's evidence
    sentence when no event of a re-extracted article took the correction over (a detached correction).
``site_settings``
    ``key`` (PK), ``value``: the web app's signing secret and similar per-site values.

One event, many reports (``0004_stories``; see :mod:`tidings.stories`):

``stories``
    ``id`` (PK), ``family`` (PLOVER type family), ``source_key`` and ``target_key`` (country, organisation
    or ``~surname``; in key order for symmetric types), ``type`` (most reported), ``date`` (best supported),
    ``date_min``/``date_max``, ``place_name``/``_country``/``_kind`` (best supported), ``first_seen``/
    ``last_seen`` (publication, else fetch, time of the first and last report), ``num_events``,
    ``num_mentions`` (evidence sentences), ``num_articles``, ``num_sources`` (distinct outlets), ``fields``
    (JSON: best-supported actors, the surnames seen on each side, modality, the outlets), ``updated_at``.
``events.story_id``
    FK to ``stories.id`` (indexed, ``SET NULL`` on delete); every stored event belongs to one story.

Full-text search (``0002_fulltext``): on SQLite an FTS5 table ``fulltext(body)`` (porter stemming) whose rows
are mapped by ``fulltext_docs(doc, kind, ref, article_id)``: one document per article (title and text,
``kind='article'``) and one per event (its evidence, ``kind='event'``), written and removed by the store in
the same transaction as the rows they index. On PostgreSQL generated ``tsvector`` columns ``articles.tsv``
and ``evidence.tsv`` (``to_tsvector('english', ...)``) with GIN indexes.

Timestamps are ISO 8601 UTC strings (``2024-05-01T12:00:00Z``) on both backends; dates are ISO strings as
precise as known (``2024``, ``2024-05``, ``2024-05-01``), compared byte-wise (``COLLATE "C"`` on PostgreSQL).

A migration is applied once, inside one transaction with its ``schema_migrations`` row. ``0001_initial``
builds its tables from :func:`initial_tables`; a later change to a table must be a new migration with its
own DDL, and the query-side :data:`TABLES` updated to match.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa


def _ordered_text() -> sa.types.TypeEngine[str]:
    """Text compared byte-wise, so ISO dates and timestamps sort and compare as dates on both backends."""
    return sa.Text().with_variant(sa.Text(collation="C"), "postgresql")


def _json() -> sa.types.TypeEngine[Any]:
    # JSON, not JSONB, on PostgreSQL: it keeps the key order of the output shape.
    return sa.JSON(none_as_null=True)


def migrations_table(metadata: sa.MetaData) -> sa.Table:
    return sa.Table(
        "schema_migrations",
        metadata,
        sa.Column("name", sa.Text, primary_key=True),
        sa.Column("applied_at", sa.Text, nullable=False),
    )


def _actor_columns(side: str) -> list[sa.Column[object]]:
    return [
        sa.Column(f"{side}_{name}", sa.Text)
        for name in ("country", "org", "sector", "name", "text", "role", "basis")
    ]


def initial_tables(metadata: sa.MetaData) -> None:
    """The tables of ``0001_initial``, added to ``metadata``."""
    sa.Table(
        "articles",
        metadata,
        sa.Column("id", sa.Text, primary_key=True),
        sa.Column("canonical_url", sa.Text, unique=True),
        sa.Column("url", sa.Text),
        sa.Column("path", sa.Text),
        sa.Column("content_hash", sa.Text, nullable=False, index=True),
        sa.Column("title", sa.Text),
        sa.Column("published", _ordered_text(), index=True),
        sa.Column("byline", sa.Text),
        sa.Column("site", sa.Text),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("related", _json()),
        sa.Column("fetched_at", _ordered_text(), nullable=False),
        sa.Column("updated_at", _ordered_text(), nullable=False),
    )
    sa.Table(
        "article_sources",
        metadata,
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("article_id", sa.Text, sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
        sa.Column("source", sa.Text, nullable=False, index=True),
        sa.Column("url", sa.Text),
        sa.Column("seen_at", _ordered_text(), nullable=False),
        sa.UniqueConstraint("article_id", "source", name="uq_article_sources_article_source"),
    )
    sa.Table(
        "places",
        metadata,
        sa.Column("id", sa.Text, primary_key=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("country", sa.Text),
        sa.Column("lat", sa.Float),
        sa.Column("lon", sa.Float),
        sa.Column("kind", sa.Text),
        sa.UniqueConstraint("name", "country", name="uq_places_name_country"),
    )
    sa.Table(
        "events",
        metadata,
        sa.Column("id", sa.Text, primary_key=True),
        sa.Column("article_id", sa.Text, sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
        sa.Column("type", sa.Text, nullable=False),
        sa.Column("mode", sa.Text),
        sa.Column("cameo", sa.Text),
        sa.Column("quad_class", sa.Integer),
        sa.Column("goldstein", sa.Float),
        sa.Column("date", _ordered_text()),
        sa.Column("date_precision", sa.Text),
        sa.Column("date_text", sa.Text),
        sa.Column("date_relation", sa.Text),
        sa.Column("modality", sa.Text, nullable=False),
        sa.Column("attributed_to", _json()),
        sa.Column("confidence", sa.Float, nullable=False),
        sa.Column("trigger", sa.Text),
        *_actor_columns("source"),
        *_actor_columns("target"),
        sa.Column("others", _json()),
        sa.Column("place_id", sa.Text, sa.ForeignKey("places.id", ondelete="SET NULL")),
        sa.Column("place_name", sa.Text),
        sa.Column("place_country", sa.Text),
        sa.Column("place_lat", sa.Float),
        sa.Column("place_lon", sa.Float),
        sa.Column("place_kind", sa.Text),
        sa.Column("place_text", sa.Text),
        sa.Index("ix_events_type", "type"),
        sa.Index("ix_events_date", "date"),
        sa.Index("ix_events_source_target_country", "source_country", "target_country"),
        sa.Index("ix_events_target_country", "target_country"),
        sa.Index("ix_events_article_id", "article_id"),
        sa.Index("ix_events_place_country", "place_country"),
        sa.Index("ix_events_place_id", "place_id"),
    )
    sa.Table(
        "evidence",
        metadata,
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("event_id", sa.Text, sa.ForeignKey("events.id", ondelete="CASCADE"), nullable=False),
        sa.Column("ordinal", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("sentence", sa.Integer, nullable=False),
        sa.Index("ix_evidence_event_id", "event_id", "ordinal", unique=True),
    )
    sa.Table(
        "actors",
        metadata,
        sa.Column("id", sa.Text, primary_key=True),
        sa.Column("key", sa.Text, nullable=False, unique=True),
        sa.Column("name", sa.Text),
        sa.Column("country", sa.Text, index=True),
        sa.Column("org", sa.Text),
        sa.Column("sector", sa.Text, nullable=False),
        sa.Column("roles", _json(), nullable=False),
        sa.Column("aliases", _json(), nullable=False),
        sa.Column("search", sa.Text, nullable=False),
        sa.Column("first_seen", _ordered_text(), nullable=False),
        sa.Column("last_seen", _ordered_text(), nullable=False),
        sa.Column("event_count", sa.Integer, nullable=False),
    )
    sa.Table(
        "event_actors",
        metadata,
        sa.Column("event_id", sa.Text, sa.ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("actor_id", sa.Text, sa.ForeignKey("actors.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("side", sa.Text, primary_key=True),
        sa.Index("ix_event_actors_actor_id", "actor_id"),
    )
    sa.Table(
        "failures",
        metadata,
        sa.Column("source", sa.Text, primary_key=True),
        sa.Column("problem", sa.Text, primary_key=True),
        sa.Column("first_at", _ordered_text(), nullable=False),
        sa.Column("at", _ordered_text(), nullable=False, index=True),
        sa.Column("count", sa.Integer, nullable=False),
    )


def reading_room_tables(metadata: sa.MetaData, *, corrections: bool = True) -> None:
    """The tables of ``0003_reading_room``, added to ``metadata`` (``corrections=False``: all but the
    corrections table, which ``0005_kept_corrections`` reshaped; see :func:`corrections_table`)."""
    sa.Table(
        "comments",
        metadata,
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("article_id", sa.Text, sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("email", sa.Text, nullable=False),
        sa.Column("body", sa.Text, nullable=False),
        sa.Column("status", sa.Text, nullable=False),
        sa.Column("created_at", _ordered_text(), nullable=False),
        sa.Column("ip_hash", sa.Text),
        sa.Index("ix_comments_article_status", "article_id", "status"),
        sa.Index("ix_comments_status", "status"),
    )
    sa.Table(
        "users",
        metadata,
        sa.Column("username", sa.Text, primary_key=True),
        sa.Column("password_hash", sa.Text, nullable=False),
        sa.Column("created_at", _ordered_text(), nullable=False),
    )
    if corrections:
        corrections_table(metadata, kept=False)
    sa.Table(
        "site_settings",
        metadata,
        sa.Column("key", sa.Text, primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
    )


def corrections_table(metadata: sa.MetaData, *, kept: bool = True) -> sa.Table:
    """The ``corrections`` table, added to ``metadata``: as ``0005_kept_corrections`` left it, or with
    ``kept=False`` as ``0003_reading_room`` made it (the event's deletion took its corrections along)."""
    event_id = (
        sa.Column("event_id", sa.Text, sa.ForeignKey("events.id", ondelete="SET NULL"))
        if kept
        else sa.Column("event_id", sa.Text, sa.ForeignKey("events.id", ondelete="CASCADE"), nullable=False)
    )
    columns: list[sa.Column[Any]] = [
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        event_id,
        sa.Column("field", sa.Text, nullable=False),
        sa.Column("original", _json()),
        sa.Column("corrected", _json()),
        sa.Column("note", sa.Text),
        sa.Column("author", sa.Text, nullable=False),
        sa.Column("created_at", _ordered_text(), nullable=False),
        sa.Column("status", sa.Text, nullable=False),
        sa.Column("reviewed_by", sa.Text),
        sa.Column("reviewed_at", _ordered_text()),
    ]
    if kept:
        columns += [
            sa.Column(
                "article_id",
                sa.Text,
                sa.ForeignKey("articles.id", ondelete="CASCADE"),
                nullable=False,
                index=True,
            ),
            sa.Column("event_evidence", sa.Text),
        ]
    return sa.Table(
        "corrections",
        metadata,
        *columns,
        sa.Index("ix_corrections_event_status", "event_id", "status"),
        sa.Index("ix_corrections_status", "status"),
    )


def story_table(metadata: sa.MetaData) -> sa.Table:
    """The ``stories`` table of ``0004_stories``, added to ``metadata``."""
    return sa.Table(
        "stories",
        metadata,
        sa.Column("id", sa.Text, primary_key=True),
        sa.Column("family", sa.Text, nullable=False),
        sa.Column("source_key", sa.Text, nullable=False),
        sa.Column("target_key", sa.Text, nullable=False),
        sa.Column("type", sa.Text, nullable=False),
        sa.Column("date", _ordered_text()),
        sa.Column("date_min", _ordered_text()),
        sa.Column("date_max", _ordered_text()),
        sa.Column("place_name", sa.Text),
        sa.Column("place_country", sa.Text),
        sa.Column("place_kind", sa.Text),
        sa.Column("first_seen", _ordered_text()),
        sa.Column("last_seen", _ordered_text()),
        sa.Column("num_events", sa.Integer, nullable=False),
        sa.Column("num_mentions", sa.Integer, nullable=False),
        sa.Column("num_articles", sa.Integer, nullable=False),
        sa.Column("num_sources", sa.Integer, nullable=False),
        sa.Column("fields", _json()),
        sa.Column("updated_at", _ordered_text(), nullable=False),
        sa.Index("ix_stories_keys", "family", "source_key", "target_key", "date"),
        sa.Index("ix_stories_date", "date"),
        sa.Index("ix_stories_num_sources", "num_sources"),
    )


METADATA = sa.MetaData()
SCHEMA_MIGRATIONS = migrations_table(METADATA)
initial_tables(METADATA)
reading_room_tables(METADATA, corrections=False)
corrections_table(METADATA)
story_table(METADATA)
# 0004 adds the column by ALTER TABLE; the query side sees it on the events table.
METADATA.tables["events"].append_column(
    sa.Column("story_id", sa.Text, sa.ForeignKey("stories.id", ondelete="SET NULL"), index=True)
)
TABLES = METADATA.tables

# Not in METADATA: created by 0002 with dialect-specific DDL, queried through these light handles.
FULLTEXT_DOCS = sa.table(
    "fulltext_docs", sa.column("doc"), sa.column("kind"), sa.column("ref"), sa.column("article_id")
)
FULLTEXT = sa.table("fulltext", sa.column("rowid"), sa.column("body"))


def _initial(conn: sa.Connection) -> None:
    metadata = sa.MetaData()
    initial_tables(metadata)
    metadata.create_all(conn)


_SQLITE_FULLTEXT = (
    "CREATE VIRTUAL TABLE fulltext USING fts5(body, tokenize = 'porter unicode61 remove_diacritics 2')",
    "CREATE TABLE fulltext_docs (doc INTEGER PRIMARY KEY, kind TEXT NOT NULL, ref TEXT NOT NULL, "
    "article_id TEXT NOT NULL, UNIQUE (kind, ref))",
    "CREATE INDEX ix_fulltext_docs_article_id ON fulltext_docs (article_id)",
)

# left(): a tsvector is capped at 1 MB; no news article comes near this many characters.
_POSTGRES_FULLTEXT = (
    "ALTER TABLE articles ADD COLUMN tsv tsvector GENERATED ALWAYS AS "
    "(to_tsvector('english', left(coalesce(title, '') || ' ' || coalesce(text, ''), 500000))) STORED",
    "CREATE INDEX ix_articles_tsv ON articles USING gin (tsv)",
    "ALTER TABLE evidence ADD COLUMN tsv tsvector GENERATED ALWAYS AS "
    "(to_tsvector('english', coalesce(text, ''))) STORED",
    "CREATE INDEX ix_evidence_tsv ON evidence USING gin (tsv)",
)


def _fulltext(conn: sa.Connection) -> None:
    if conn.dialect.name != "sqlite":
        for statement in _POSTGRES_FULLTEXT:
            conn.exec_driver_sql(statement)
        return
    for statement in _SQLITE_FULLTEXT:
        conn.exec_driver_sql(statement)
    # Index what an earlier tidings stored before this migration existed.
    articles, events, evidence = TABLES["articles"], TABLES["events"], TABLES["evidence"]
    for row in conn.execute(sa.select(articles.c.id, articles.c.title, articles.c.text)):
        index_document(conn, "article", row.id, row.id, f"{row.title or ''}\n{row.text}")
    joined = sa.select(events.c.id, events.c.article_id, evidence.c.text).join(
        evidence, evidence.c.event_id == events.c.id
    )
    bodies: dict[str, tuple[str, list[str]]] = {}
    for row in conn.execute(joined.order_by(events.c.id, evidence.c.ordinal)):
        bodies.setdefault(row.id, (row.article_id, []))[1].append(row.text)
    for event_id, (article_id, texts) in bodies.items():
        index_document(conn, "event", event_id, article_id, "\n".join(texts))


def index_document(conn: sa.Connection, kind: str, ref: str, article_id: str, body: str) -> None:
    """Add one SQLite full-text document (an article's title and text, or an event's evidence)."""
    result = conn.execute(sa.insert(FULLTEXT_DOCS).values(kind=kind, ref=ref, article_id=article_id))
    conn.execute(sa.insert(FULLTEXT).values(rowid=result.lastrowid, body=body))


def drop_documents(conn: sa.Connection, article_id: str) -> None:
    """Remove an article's SQLite full-text documents (its own and its events')."""
    docs = sa.select(FULLTEXT_DOCS.c.doc).where(FULLTEXT_DOCS.c.article_id == article_id)
    conn.execute(sa.delete(FULLTEXT).where(FULLTEXT.c.rowid.in_(docs)))
    conn.execute(sa.delete(FULLTEXT_DOCS).where(FULLTEXT_DOCS.c.article_id == article_id))


def _reading_room(conn: sa.Connection) -> None:
    metadata = sa.MetaData()
    initial_tables(metadata)  # the foreign keys' targets; create_all below skips what exists
    reading_room_tables(metadata)
    tables = [metadata.tables[name] for name in ("comments", "users", "corrections", "site_settings")]
    metadata.create_all(conn, tables=tables)


def _stories(conn: sa.Connection) -> None:
    # The events already stored are linked into stories by the store right after (Store.upgrade).
    metadata = sa.MetaData()
    story_table(metadata).create(conn)
    conn.exec_driver_sql(
        "ALTER TABLE events ADD COLUMN story_id TEXT REFERENCES stories (id) ON DELETE SET NULL"
    )
    conn.exec_driver_sql("CREATE INDEX ix_events_story_id ON events (story_id)")


# What 0003 made is copied over column by column; the article is the event's (every correction had one).
_CORRECTION_COLUMNS = (
    "id, event_id, field, original, corrected, note, author, created_at, status, reviewed_by, reviewed_at"
)
_POSTGRES_KEPT_CORRECTIONS = (
    "ALTER TABLE corrections ADD COLUMN article_id TEXT REFERENCES articles (id) ON DELETE CASCADE",
    "ALTER TABLE corrections ADD COLUMN event_evidence TEXT",
    "UPDATE corrections SET article_id = events.article_id FROM events "
    "WHERE events.id = corrections.event_id",
    "ALTER TABLE corrections ALTER COLUMN article_id SET NOT NULL",
    "ALTER TABLE corrections ALTER COLUMN event_id DROP NOT NULL",
    "ALTER TABLE corrections ADD CONSTRAINT corrections_event_id_kept FOREIGN KEY (event_id) "
    "REFERENCES events (id) ON DELETE SET NULL",
    "CREATE INDEX ix_corrections_article_id ON corrections (article_id)",
)


def _kept_corrections(conn: sa.Connection) -> None:
    """An analyst's correction outlives the event it was made on: a re-extracted article's corrections are
    carried to its new events by the store, and those no event takes stay, detached, with their article."""
    if conn.dialect.name != "sqlite":
        # The old foreign key cascaded; its name is PostgreSQL's choice, so it is looked up.
        for key in sa.inspect(conn).get_foreign_keys("corrections"):
            if key["referred_table"] == "events" and key["name"]:
                conn.exec_driver_sql(f'ALTER TABLE corrections DROP CONSTRAINT "{key["name"]}"')
        for statement in _POSTGRES_KEPT_CORRECTIONS:
            conn.exec_driver_sql(statement)
        return
    # SQLite cannot change a foreign key in place: the table is rebuilt under a new name and renamed.
    conn.exec_driver_sql("ALTER TABLE corrections RENAME TO corrections_0003")
    conn.exec_driver_sql("DROP INDEX ix_corrections_event_status")
    conn.exec_driver_sql("DROP INDEX ix_corrections_status")
    metadata = sa.MetaData()
    initial_tables(metadata)  # the foreign keys' targets
    corrections_table(metadata).create(conn)
    conn.exec_driver_sql(
        f"INSERT INTO corrections ({_CORRECTION_COLUMNS}, article_id) "
        f"SELECT {', '.join('c.' + name for name in _CORRECTION_COLUMNS.split(', '))}, events.article_id "
        "FROM corrections_0003 AS c JOIN events ON events.id = c.event_id"
    )
    conn.exec_driver_sql("DROP TABLE corrections_0003")


@dataclass(frozen=True)
class Migration:
    name: str
    apply: Callable[[sa.Connection], None]


MIGRATIONS: tuple[Migration, ...] = (
    Migration("0001_initial", _initial),
    Migration("0002_fulltext", _fulltext),
    Migration("0003_reading_room", _reading_room),
    Migration("0004_stories", _stories),
    Migration("0005_kept_corrections", _kept_corrections),
)
