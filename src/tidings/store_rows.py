"""Between records and rows: an extracted event as the row the store writes, and a stored row as the dict
the API, the pages and the exports return (with analysts' corrections applied by :func:`apply_correction`)."""

from __future__ import annotations

from typing import Any

from tidings.records import Actor, Event, Place, stable_id
from tidings.store_stories import story_summary
from tidings.stories import corroborated

ACTOR_FIELDS = ("country", "org", "sector", "name", "text", "role", "basis")


def actor_key(actor: Actor) -> str:
    name = (actor.name or actor.text).strip().lower()
    return f"{actor.country or ''}|{actor.org or ''}|{actor.sector or 'UNK'}|{name}"


def collect_actor(actors: dict[str, dict[str, Any]], actor: Actor) -> str:
    key = actor_key(actor)
    actor_id = stable_id(key)
    seen = actors.setdefault(
        actor_id,
        {
            "id": actor_id,
            "key": key,
            "name": actor.name,
            "country": actor.country,
            "org": actor.org,
            "sector": actor.sector or "UNK",
            "role_set": set(),
            "alias_set": set(),
        },
    )
    seen["name"] = seen["name"] or actor.name
    if actor.role:
        seen["role_set"].add(actor.role)
    if actor.text:
        seen["alias_set"].add(actor.text)
    return actor_id


def place_row(place_id: str, place: Place) -> dict[str, Any]:
    return {
        "id": place_id,
        "name": place.name,
        "country": place.country,
        "lat": place.lat,
        "lon": place.lon,
        "kind": place.kind,
    }


def event_row(event_id: str, article_id: str, event: Event, place_id: str | None) -> dict[str, Any]:
    attributed = event.attributed_to
    row: dict[str, Any] = {
        "id": event_id,
        "article_id": article_id,
        "type": event.type,
        "mode": event.mode,
        "cameo": event.cameo,
        "quad_class": event.quad_class,
        "goldstein": event.goldstein,
        "date": event.date,
        "date_precision": event.date_precision,
        "date_text": event.date_text,
        "date_relation": event.date_relation,
        "modality": event.modality,
        "attributed_to": {"text": attributed.text, "name": attributed.name} if attributed else None,
        "confidence": round(event.confidence, 3),  # as output, so filters agree with what people see
        "trigger": event.trigger,
        "others": [o.to_dict() for o in event.others],
        "place_id": place_id,
    }
    for side, actor in (("source", event.source), ("target", event.target)):
        for name in ACTOR_FIELDS:
            row[f"{side}_{name}"] = getattr(actor, name) if actor is not None else None
    place = event.place
    for name in ("name", "country", "lat", "lon", "kind", "text"):
        row[f"place_{name}"] = getattr(place, name) if place is not None else None
    return row


def _actor_out(row: Any, side: str) -> dict[str, Any] | None:
    if row[f"{side}_text"] is None:
        return None
    actor = Actor(**{name: row[f"{side}_{name}"] for name in ACTOR_FIELDS})
    actor.sector = actor.sector or "UNK"
    actor.basis = actor.basis or "explicit"
    return actor.to_dict()


def event_dict(row: Any, evidence: list[dict[str, Any]]) -> dict[str, Any]:
    place = None
    if row["place_name"] is not None:
        place = Place(
            name=row["place_name"],
            country=row["place_country"],
            lat=row["place_lat"],
            lon=row["place_lon"],
            text=row["place_text"],
            kind=row["place_kind"],
        ).to_dict()
    return {
        "id": row["id"],
        "type": row["type"],
        "mode": row["mode"],
        "cameo": row["cameo"],
        "quad_class": row["quad_class"],
        "goldstein": row["goldstein"],
        "trigger": row["trigger"],
        "source": _actor_out(row, "source"),
        "target": _actor_out(row, "target"),
        "others": row["others"] or [],
        "date": row["date"],
        "date_precision": row["date_precision"],
        "date_text": row["date_text"],
        "date_relation": row["date_relation"],
        "place": place,
        "modality": row["modality"],
        "attributed_to": row["attributed_to"],
        "evidence": evidence,
        "confidence": corroborated(round(row["confidence"], 3), row["story_num_sources"]),
        "article": {
            "id": row["article_id"],
            "url": row["article_url"],
            "title": row["article_title"],
            "published": row["article_published"],
            "site": row["article_site"],
        },
        **_story_counts(row),
    }


def _story_counts(row: Any) -> dict[str, Any]:
    """The event's story and its counts at top level too (the names GDELT exports read)."""
    if row["story_id"] is None:
        return {"story": None, "num_mentions": None, "num_sources": None, "num_articles": None}
    story = story_summary(row)
    return {
        "story": story,
        "num_mentions": story["num_mentions"],
        "num_sources": story["num_sources"],
        "num_articles": story["num_articles"],
    }


def article_dict(row: Any, sources: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "id": row["id"],
        "url": row["url"],
        "path": row["path"],
        "title": row["title"],
        "published": row["published"],
        "byline": row["byline"],
        "site": row["site"],
        "related": row["related"] or [],
        "fetched_at": row["fetched_at"],
        "content_hash": row["content_hash"],
        "sources": sources,
        "event_count": int(row["event_count"] or 0),
    }


def apply_correction(event: dict[str, Any], field: str, value: Any) -> None:
    """Set ``field`` (``type``, or ``source.country`` for a part of an actor or place) of an event dict to
    ``value``, keeping the first value seen under ``event["original"][field]``."""
    head, _, part = field.partition(".")
    holder = event.get(head) if part else event
    if not isinstance(holder, dict):
        return
    key = part or head
    event.setdefault("original", {}).setdefault(field, holder.get(key))
    holder[key] = value
    if part and head in ("source", "target") and key in ("country", "org", "sector"):
        sector = str(holder.get("sector") or "UNK")
        prefix = str(holder.get("country") or holder.get("org") or "UNK")
        holder["code"] = prefix + (sector if sector != "UNK" else "")
