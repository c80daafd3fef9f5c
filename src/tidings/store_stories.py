"""The SQL side of stories (:mod:`tidings.stories`): linking saved events into stories, recounting them, and
reading them back. Every function runs on the caller's connection, inside the caller's transaction, so a
story is never left half-updated by a crash.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from tidings.errors import ConfigError
from tidings.migrations import TABLES
from tidings.records import stable_id
from tidings.stories import (
    StoryKey,
    day_window,
    fits,
    preference,
    seen_on,
    story_key,
    summarise,
)

STORIES = TABLES["stories"]
EVENTS = TABLES["events"]
ARTICLES = TABLES["articles"]
EVIDENCE = TABLES["evidence"]
STORY_ORDERS = ("-sources", "date", "-date", "-last_seen")
# How many candidate stories with the same keys are read for one event: the date window keeps it small.
_MAX_CANDIDATES = 200


@dataclass(frozen=True)
class StoryFilter:
    country: str | None = None  # ISO3 (or organisation) on either side
    type: str | None = None  # PLOVER type(s), comma-separated
    since: str | None = None  # on the story's date, inclusive
    until: str | None = None
    min_sources: int | None = None


def _timestamp() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def story_ids_of_article(conn: sa.Connection, article_id: str) -> set[str]:
    query = sa.select(EVENTS.c.story_id).where(
        EVENTS.c.article_id == article_id, EVENTS.c.story_id.is_not(None)
    )
    return set(conn.scalars(query))


def link_events(
    conn: sa.Connection, event_rows: list[dict[str, Any]], seen: str, *, postgres: bool
) -> set[str]:
    """Put each newly inserted event (its ``events`` row values) into a story it fits, or a new one; return
    the stories touched (already recounted)."""
    touched: set[str] = set()
    for row in event_rows:
        key = story_key(row)
        story_id = _find_story(conn, row, key, seen, postgres=postgres) if key.linkable else None
        if story_id is None:
            story_id = _new_story(conn, key, row)
        conn.execute(sa.update(EVENTS).where(EVENTS.c.id == row["id"]).values(story_id=story_id))
        recount(conn, {story_id})
        touched.add(story_id)
    return touched


def _find_story(
    conn: sa.Connection, row: dict[str, Any], key: StoryKey, seen: str, *, postgres: bool
) -> str | None:
    if postgres:
        # Two writers linking reports of one pair at once would otherwise both start a story.
        lock = sa.func.hashtextextended(f"{key.family}|{key.source_key}|{key.target_key}", 0)
        conn.execute(sa.select(sa.func.pg_advisory_xact_lock(lock)))
    date = row.get("date")
    if date:
        low, high = day_window(date)
        # Plain comparisons: PostgreSQL cannot parse BETWEEN or IN on the byte-wise collated column.
        when = sa.or_(
            sa.and_(STORIES.c.date >= low, STORIES.c.date <= high),
            STORIES.c.date == date[:4],
            STORIES.c.date == date[:7],
            sa.and_(STORIES.c.date >= date, STORIES.c.date <= date + "~"),
            STORIES.c.date.is_(None),
        )
    else:
        when = sa.true()
    query = (
        sa.select(STORIES)
        .where(
            STORIES.c.family == key.family,
            STORIES.c.source_key == key.source_key,
            STORIES.c.target_key == key.target_key,
            when,
            # Within one article the extractor already merged the mentions of one event: two events of
            # one article are two events.
            STORIES.c.id.not_in(
                sa.select(EVENTS.c.story_id).where(
                    EVENTS.c.article_id == row["article_id"], EVENTS.c.story_id.is_not(None)
                )
            ),
        )
        .order_by(STORIES.c.last_seen.desc(), STORIES.c.id)
        .limit(_MAX_CANDIDATES)
    )
    candidates = [dict(r._mapping) for r in conn.execute(query)]
    fitting = [story for story in candidates if fits(row, key, story, seen)]
    if not fitting:
        return None
    return str(max(fitting, key=lambda story: preference(row, story))["id"])


def _new_story(conn: sa.Connection, key: StoryKey, row: dict[str, Any]) -> str:
    # Named for its first report, so a store rebuilt in the same order has the same story ids.
    story_id = "s" + stable_id(row["id"])
    if conn.scalar(sa.select(STORIES.c.id).where(STORIES.c.id == story_id)) is not None:
        story_id = "s" + stable_id(row["id"], uuid.uuid4().hex)  # that report founded a story before
    conn.execute(
        sa.insert(STORIES).values(
            id=story_id,
            family=key.family,
            source_key=key.source_key,
            target_key=key.target_key,
            type=row["type"],
            num_events=0,
            num_mentions=0,
            num_articles=0,
            num_sources=0,
            updated_at=_timestamp(),
        )
    )
    return story_id


def recount(conn: sa.Connection, story_ids: Iterable[str]) -> None:
    """Recompute the counts and best values of stories from their events; delete the stories left empty."""
    ids = sorted(set(story_ids))
    if not ids:
        return
    mentions = (
        sa.select(sa.func.count())
        .select_from(EVIDENCE)
        .where(EVIDENCE.c.event_id == EVENTS.c.id)
        .scalar_subquery()
        .label("mentions")
    )
    query = (
        sa.select(
            EVENTS,
            ARTICLES.c.site,
            ARTICLES.c.url,
            ARTICLES.c.published,
            ARTICLES.c.fetched_at,
            mentions,
        )
        .join(ARTICLES, ARTICLES.c.id == EVENTS.c.article_id)
        .where(EVENTS.c.story_id.in_(ids))
    )
    members: dict[str, list[dict[str, Any]]] = {}
    for r in conn.execute(query):
        members.setdefault(r.story_id, []).append(dict(r._mapping))
    empty = [story_id for story_id in ids if story_id not in members]
    if empty:
        conn.execute(sa.delete(STORIES).where(STORIES.c.id.in_(empty)))
    now = _timestamp()
    for story_id, rows in members.items():
        values = summarise(rows)
        conn.execute(sa.update(STORIES).where(STORIES.c.id == story_id).values(**values, updated_at=now))


def link_unlinked(conn: sa.Connection, *, postgres: bool) -> int:
    """Link every event without a story, article by article in the order they were seen (the migration
    that adds stories runs this over what an earlier tidings stored); return how many were linked."""
    articles = sa.select(ARTICLES.c.id, ARTICLES.c.published, ARTICLES.c.fetched_at).where(
        ARTICLES.c.id.in_(sa.select(EVENTS.c.article_id).where(EVENTS.c.story_id.is_(None)))
    )
    ordered = sorted(conn.execute(articles), key=lambda a: (seen_on(a.published, a.fetched_at), a.id))
    linked = 0
    for article in ordered:
        query = (
            sa.select(EVENTS)
            .where(EVENTS.c.article_id == article.id, EVENTS.c.story_id.is_(None))
            .order_by(EVENTS.c.id)
        )
        rows = [dict(r._mapping) for r in conn.execute(query)]
        link_events(conn, rows, seen_on(article.published, article.fetched_at), postgres=postgres)
        linked += len(rows)
    return linked


# -- reading ----------------------------------------------------------------------------------------------
def story_summary(row: Any) -> dict[str, Any]:
    """What an event dict carries of its story."""
    return {
        "id": row["story_id"],
        "num_mentions": int(row["story_num_mentions"] or 0),
        "num_articles": int(row["story_num_articles"] or 0),
        "num_sources": int(row["story_num_sources"] or 0),
        "first_seen": row["story_first_seen"],
        "last_seen": row["story_last_seen"],
    }


def story_columns() -> list[sa.Label[Any]]:
    """The story columns an events query joins in (labels read by :func:`story_summary`)."""
    return [
        STORIES.c.num_mentions.label("story_num_mentions"),
        STORIES.c.num_articles.label("story_num_articles"),
        STORIES.c.num_sources.label("story_num_sources"),
        STORIES.c.first_seen.label("story_first_seen"),
        STORIES.c.last_seen.label("story_last_seen"),
    ]


def story_dict(row: Any) -> dict[str, Any]:
    fields = row["fields"] or {}
    return {
        "id": row["id"],
        "type": row["type"],
        "family": row["family"],
        "source": fields.get("source"),
        "target": fields.get("target"),
        "date": row["date"],
        "date_min": row["date_min"],
        "date_max": row["date_max"],
        "place": (
            {"name": row["place_name"], "country": row["place_country"], "kind": row["place_kind"]}
            if row["place_name"]
            else None
        ),
        "modality": fields.get("modality"),
        "first_seen": row["first_seen"],
        "last_seen": row["last_seen"],
        "num_events": int(row["num_events"]),
        "num_mentions": int(row["num_mentions"]),
        "num_articles": int(row["num_articles"]),
        "num_sources": int(row["num_sources"]),
        "sources": fields.get("sources") or [],
    }


def story_conditions(f: StoryFilter, iso_date: Any) -> list[sa.ColumnElement[bool]]:
    conditions: list[sa.ColumnElement[bool]] = []
    if f.country and f.country.strip():
        country = f.country.strip().upper()
        conditions.append(sa.or_(STORIES.c.source_key == country, STORIES.c.target_key == country))
    if f.type and f.type.strip():
        types = [t.strip().upper() for t in f.type.split(",") if t.strip()]
        conditions.append(sa.or_(STORIES.c.family.in_(types), STORIES.c.type.in_(types)))
    if f.since:
        conditions.append(STORIES.c.date >= iso_date("since", f.since))
    if f.until:
        conditions.append(STORIES.c.date <= iso_date("until", f.until) + "~")
    if f.min_sources is not None:
        conditions.append(STORIES.c.num_sources >= f.min_sources)
    return conditions


def story_order(order: str) -> list[sa.ColumnElement[Any]]:
    if order not in STORY_ORDERS:
        raise ConfigError(f"unknown order {order!r}; known: {', '.join(STORY_ORDERS)}")
    if order == "-sources":
        return [
            STORIES.c.num_sources.desc(),
            STORIES.c.num_articles.desc(),
            STORIES.c.date.desc(),
            STORIES.c.id,
        ]
    if order == "-last_seen":
        return [STORIES.c.last_seen.desc(), STORIES.c.id]
    column = STORIES.c.date
    return [(column.desc() if order.startswith("-") else column.asc()).nulls_last(), STORIES.c.id]
