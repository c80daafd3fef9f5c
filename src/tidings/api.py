"""The reading room's data and its JSON API.

Each page of the web UI is built from one plain function here (``events_page``, ``article_page``, ...) that
takes a :class:`~tidings.store.Store` and returns JSON-ready dicts; the routes under ``/api/`` return exactly
those dicts, and :mod:`tidings.web` renders the same dicts as HTML, so every page has a JSON twin.

Errors: anything a client did wrong raises :class:`WebError` (or a :class:`TidingsError` from the store,
taken as a bad request); :mod:`tidings.web` turns both into one JSON shape,
``{"error": {"status": 404, "code": "not_found", "message": "..."}}``, or a plain error page.

The commenter's email is never part of any dict returned here.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, fields
from typing import Annotated, Any
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import StreamingResponse

from tidings.errors import TidingsError
from tidings.records import DATE_RELATIONS, MODALITIES, PLOVER_TYPES, SECTORS, stable_id
from tidings.store import ORDERS, ArticleFilter, EventFilter, Store, StoryFilter

MAX_LIMIT = 500
DEFAULT_LIMIT = 50
COOPERATION = (1, 2)  # QuadClass: verbal and material cooperation; 3 and 4 are verbal and material conflict
_ISO_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
_COUNTRY = re.compile(r"[A-Z]{3}")

# What an analyst may correct, and how the typed value is read (see parse_correction).
CORRECTABLE = (
    "type",
    "mode",
    "cameo",
    "quad_class",
    "goldstein",
    "date",
    "date_relation",
    "modality",
    "confidence",
    "source.name",
    "source.country",
    "source.sector",
    "target.name",
    "target.country",
    "target.sector",
    "place.name",
    "place.country",
    "flagged_wrong",
)


class WebError(TidingsError):
    """A request the reading room refuses: an HTTP status, a short machine code and a message for people."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message


def not_found(what: str, key: str) -> WebError:
    return WebError(404, "not_found", f"no {what} with id '{key}'")


# -- queries -------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class EventQuery:
    """The event filters of ``tidings events``, a sort order and a page, as read from a query string."""

    actor: str | None = None
    country: str | None = None
    source_country: str | None = None
    target_country: str | None = None
    type: str | None = None
    since: str | None = None
    until: str | None = None
    place: str | None = None
    text: str | None = None
    modality: str | None = None
    min_confidence: float | None = None
    article_id: str | None = None
    order: str = "-date"
    limit: int = DEFAULT_LIMIT
    offset: int = 0

    @property
    def filter(self) -> EventFilter:
        names = {f.name for f in fields(EventFilter)}
        return EventFilter(**{k: v for k, v in asdict(self).items() if k in names})

    def params(self, **changes: Any) -> dict[str, Any]:
        """The non-default parameters, with ``changes``: for links to other pages and sort orders."""
        values = {**asdict(self), **changes}
        defaults = asdict(EventQuery())
        return {k: v for k, v in values.items() if v is not None and v != "" and v != defaults[k]}

    def filters(self) -> dict[str, Any]:
        return {k: v for k, v in self.params().items() if k not in ("order", "limit", "offset")}


def _clean(value: str | None) -> str | None:
    value = value.strip() if value is not None else None
    return value or None


def _known(name: str, value: str | None, known: tuple[str, ...], upper: bool) -> str | None:
    if value is None:
        return None
    items = [item.strip().upper() if upper else item.strip().lower() for item in value.split(",")]
    items = [item for item in items if item]
    for item in items:
        if item not in known:
            raise WebError(400, "bad_request", f"{name}: unknown value '{item}'; known: {', '.join(known)}")
    return ",".join(items) or None


def _date(name: str, value: str | None) -> str | None:
    if value is not None and not _ISO_DATE.fullmatch(value):
        raise WebError(400, "bad_request", f"{name}: '{value}' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
    return value


def _confidence(value: str | None) -> float | None:
    if value is None:
        return None
    try:
        number = float(value)
    except ValueError:
        number = math.nan
    if not 0.0 <= number <= 1.0:
        raise WebError(400, "bad_request", f"min_confidence: '{value}' is not a number from 0 to 1")
    return number


def event_query(
    actor: str | None = Query(None, description="Actor name or words (case-insensitive substring)"),
    country: str | None = Query(None, description="Any participant's country (ISO 3166 alpha-3)"),
    source_country: str | None = Query(None, description="The acting side's country"),
    target_country: str | None = Query(None, description="The target's country"),
    type: str | None = Query(None, description="PLOVER type(s), comma-separated"),
    since: str | None = Query(None, description="Events on or after this date (YYYY[-MM[-DD]])"),
    until: str | None = Query(None, description="Events on or before this date"),
    place: str | None = Query(None, description="Place name, or the ISO3 of the place's country"),
    text: str | None = Query(None, description="Full-text search in evidence and articles"),
    modality: str | None = Query(None, description="Modality or modalities, comma-separated"),
    min_confidence: str | None = Query(None, description="Leave out events below this confidence (0-1)"),
    article_id: str | None = Query(None, description="Only the events of this article"),
    order: str = Query("-date", description=f"One of {', '.join(ORDERS)}"),
    limit: int = Query(DEFAULT_LIMIT, ge=1, le=MAX_LIMIT),
    offset: int = Query(0, ge=0),
) -> EventQuery:
    """The event query of a request; empty form fields count as not given."""
    if order not in ORDERS:
        raise WebError(400, "bad_request", f"order: unknown value '{order}'; known: {', '.join(ORDERS)}")
    return EventQuery(
        actor=_clean(actor),
        country=_clean(country),
        source_country=_clean(source_country),
        target_country=_clean(target_country),
        type=_known("type", _clean(type), PLOVER_TYPES, upper=True),
        since=_date("since", _clean(since)),
        until=_date("until", _clean(until)),
        place=_clean(place),
        text=_clean(text),
        modality=_known("modality", _clean(modality), MODALITIES, upper=False),
        min_confidence=_confidence(_clean(min_confidence)),
        article_id=_clean(article_id),
        order=order,
        limit=limit,
        offset=offset,
    )


# -- data functions: one per page ----------------------------------------------------------------------------
def events_page(store: Store, q: EventQuery) -> dict[str, Any]:
    """One page of events matching ``q``, how many match in all, and where the next and previous pages are."""
    f = q.filter
    rows = store.events(f, limit=q.limit, offset=q.offset, order=q.order)
    total = store.count_events(f)
    following = q.offset + q.limit
    return {
        "events": rows,
        "total": total,
        "limit": q.limit,
        "offset": q.offset,
        "order": q.order,
        "filters": q.filters(),
        "next_offset": following if following < total else None,
        "prev_offset": max(q.offset - q.limit, 0) if q.offset > 0 else None,
    }


def event_page(store: Store, event_id: str) -> dict[str, Any]:
    """One event with its evidence in context, its article and the corrections analysts made."""
    event = store.event(event_id)
    if event is None:
        raise not_found("event", event_id)
    article = store.article(event["article"]["id"]) or {}
    text = article.get("text") or ""
    context = []
    for item in event["evidence"]:
        start, end = item["start"], item["end"]
        before = text[max(0, start - 300) : start]
        after = text[end : end + 300]
        context.append({**item, "before": _from_word(before), "after": _to_word(after)})
    corrections = [
        {k: c[k] for k in ("id", "field", "original", "corrected", "note", "status", "created_at")}
        for c in store.corrections(event_id=event_id)
    ]
    story = store.story(event["story"]["id"]) if event.get("story") else None
    reports = [other for other in (story or {}).get("events", []) if other["id"] != event_id]
    return {"event": event, "evidence": context, "corrections": corrections, "other_reports": reports}


def stories_page(store: Store, f: StoryFilter, *, limit: int, offset: int) -> dict[str, Any]:
    """One page of stories matching ``f``, most independent sources first, and how many match in all."""
    total = store.count_stories(f)
    following = offset + limit
    return {
        "stories": store.stories(f, limit=limit, offset=offset),
        "total": total,
        "limit": limit,
        "offset": offset,
        "filters": {k: v for k, v in asdict(f).items() if v},
        "next_offset": following if following < total else None,
        "prev_offset": max(offset - limit, 0) if offset > 0 else None,
    }


def story_page(store: Store, story_id: str) -> dict[str, Any]:
    """One story with its reports (events, first seen first)."""
    story = store.story(story_id)
    if story is None:
        raise not_found("story", story_id)
    return {"story": story}


def _from_word(text: str) -> str:
    cut = text.find(" ") if len(text) >= 300 else -1
    return ("…" + text[cut + 1 :]) if cut >= 0 else text


def _to_word(text: str) -> str:
    cut = text.rfind(" ") if len(text) >= 300 else -1
    return (text[:cut] + "…") if cut >= 0 else text


def articles_page(store: Store, f: ArticleFilter, *, limit: int, offset: int) -> dict[str, Any]:
    rows = store.articles(f, limit=limit, offset=offset)
    total = store.count_articles(f)
    filters = {k: v for k, v in asdict(f).items() if v}
    following = offset + limit
    return {
        "articles": rows,
        "total": total,
        "limit": limit,
        "offset": offset,
        "filters": filters,
        "next_offset": following if following < total else None,
        "prev_offset": max(offset - limit, 0) if offset > 0 else None,
    }


def share_links(permalink: str, title: str) -> dict[str, str]:
    """Plain share URLs: no third-party script is loaded by any of them until a reader follows one."""
    url, text = quote(permalink, safe=""), quote(title, safe="")
    return {
        "permalink": permalink,
        "email": f"mailto:?subject={text}&body={url}",
        "x": f"https://twitter.com/intent/tweet?url={url}&text={text}",
        "facebook": f"https://www.facebook.com/sharer/sharer.php?u={url}",
        "linkedin": f"https://www.linkedin.com/sharing/share-offsite/?url={url}",
        "reddit": f"https://www.reddit.com/submit?url={url}&title={text}",
        "whatsapp": f"https://wa.me/?text={text}%20{url}",
        "telegram": f"https://t.me/share/url?url={url}&text={text}",
    }


def public_comment(comment: dict[str, Any]) -> dict[str, Any]:
    return {k: comment[k] for k in ("id", "name", "body", "created_at")}


def article_page(store: Store, article_id: str, *, base_url: str) -> dict[str, Any]:
    """An article with its text, its events, related articles, share links and its approved comments."""
    article = store.article(article_id)
    if article is None:
        raise not_found("article", article_id)
    events = article.pop("events")
    permalink = f"{base_url.rstrip('/')}/articles/{quote(article_id, safe='')}"
    return {
        "article": article,
        "events": events,
        "related": store.related_articles(article_id, limit=5),
        "share": share_links(permalink, article.get("title") or permalink),
        "comments": [public_comment(c) for c in store.comments(article_id=article_id, status="approved")],
    }


def actors_page(
    store: Store, *, text: str | None, country: str | None, limit: int, offset: int
) -> dict[str, Any]:
    rows, total = store.actors(text=text, country=country, limit=limit, offset=offset)
    following = offset + limit
    return {
        "actors": rows,
        "total": total,
        "limit": limit,
        "offset": offset,
        "filters": {k: v for k, v in {"q": text, "country": country}.items() if v},
        "next_offset": following if following < total else None,
        "prev_offset": max(offset - limit, 0) if offset > 0 else None,
    }


def actor_id(actor: dict[str, Any]) -> str:
    """The store's id of an actor dict (the same key the store derives when it saves the actor)."""
    shown = actor.get("name") or actor.get("text") or ""
    key = f"{actor.get('country') or ''}|{actor.get('org') or ''}|{actor.get('sector') or 'UNK'}|"
    return stable_id(key + shown.strip().lower())


def _sides(event: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """The event's actors as the store linked them: extracted values, before any correction."""
    original = event.get("original", {})
    out = []
    for side in ("source", "target"):
        actor = event.get(side)
        if actor:
            extracted = dict(actor)
            for name in ("name", "country", "sector"):
                if f"{side}.{name}" in original:
                    extracted[name] = original[f"{side}.{name}"]
            out.append((side, extracted))
    out.extend(("other", actor) for actor in event.get("others") or [])
    return out


def actor_ids(event: dict[str, Any]) -> dict[str, str]:
    """The store ids of the event's source and target, for links to their pages."""
    return {side: actor_id(actor) for side, actor in _sides(event) if side != "other"}


def actor_page(store: Store, actor_key: str) -> dict[str, Any]:
    """Who an actor is, its events by type and month, and its counterparts with the balance of cooperation
    (QuadClass 1-2) against conflict (3-4)."""
    actor = store.actor(actor_key)
    if actor is None:
        raise not_found("actor", actor_key)
    events = store.actor_events(actor_key)
    by_type: Counter[str] = Counter()
    timeline: dict[str, Counter[str]] = defaultdict(Counter)
    partners: dict[str, dict[str, Any]] = {}
    for event in events:
        by_type[event["type"]] += 1
        timeline[(event.get("date") or "undated")[:7]][event["type"]] += 1
        sides = _sides(event)
        mine = {side for side, a in sides if actor_id(a) == actor_key}
        if not mine & {"source", "target"}:
            continue
        for side, other in sides:
            if side == "other" or side in mine:
                continue
            other_id = actor_id(other)
            entry = partners.setdefault(
                other_id,
                {
                    "id": other_id,
                    "name": other.get("name") or other.get("text"),
                    "code": other.get("code"),
                    "country": other.get("country"),
                    "events": 0,
                    "cooperation": 0,
                    "conflict": 0,
                },
            )
            entry["events"] += 1
            quad = event.get("quad_class")
            if quad in COOPERATION:
                entry["cooperation"] += 1
            elif quad is not None:
                entry["conflict"] += 1
    counterparts = sorted(partners.values(), key=lambda p: (-p["events"], p["name"] or ""))
    for entry in counterparts:
        weighed = entry["cooperation"] + entry["conflict"]
        entry["balance"] = round((entry["cooperation"] - entry["conflict"]) / weighed, 3) if weighed else None
    return {
        "actor": actor,
        "events_by_type": dict(by_type.most_common()),
        "timeline": [
            {"month": month, "types": dict(sorted(counts.items())), "events": sum(counts.values())}
            for month, counts in sorted(timeline.items())
        ],
        "counterparts": counterparts,
        "events": events[-100:],
    }


def places_page(store: Store, q: EventQuery) -> dict[str, Any]:
    places = store.place_counts(q.filter)
    return {"places": places, "filters": q.filters(), "total_events": sum(p["events"] for p in places)}


def network_page(
    store: Store, q: EventQuery, *, max_nodes: int = 40, max_events: int = 5000
) -> dict[str, Any]:
    """The actor graph of the events matching ``q``: nodes sized by activity, one edge per source-target
    pair with its count per QuadClass; the ``max_nodes`` most active actors are kept."""
    nodes: dict[str, dict[str, Any]] = {}
    edges: dict[tuple[str, str], dict[str, Any]] = {}
    events = store.events(q.filter, limit=max_events, order="id")
    for event in events:
        ends: list[str | None] = []
        extracted = {side: a for side, a in _sides(event) if side != "other"}
        for side in ("source", "target"):
            actor = event.get(side)
            if not actor:
                ends.append(None)
                continue
            key = actor_id(extracted[side])
            node = nodes.setdefault(
                key,
                {
                    "id": key,
                    "name": actor.get("name") or actor.get("text"),
                    "code": actor.get("code"),
                    "country": actor.get("country"),
                    "events": 0,
                },
            )
            node["events"] += 1
            ends.append(key)
        source, target = ends
        if source and target and source != target:
            edge = edges.setdefault(
                (source, target), {"source": source, "target": target, "events": 0, "quad_classes": Counter()}
            )
            edge["events"] += 1
            edge["quad_classes"][str(event.get("quad_class"))] += 1
    kept = sorted(nodes.values(), key=lambda n: (-n["events"], n["name"] or ""))[:max_nodes]
    ids = {n["id"] for n in kept}
    out_edges = []
    for edge in edges.values():
        if edge["source"] in ids and edge["target"] in ids:
            counts: Counter[str] = edge.pop("quad_classes")
            edge["quad_classes"] = dict(sorted(counts.items()))
            edge["quad_class"] = (
                int(max(counts.items(), key=lambda kv: (kv[1], kv[0]))[0]) if counts else None
            )
            out_edges.append(edge)
    linked = {e["source"] for e in out_edges} | {e["target"] for e in out_edges}
    if linked:  # actors whose counterparts all fell outside the graph would float alone
        kept = [n for n in kept if n["id"] in linked]
    return {
        "nodes": kept,
        "edges": sorted(out_edges, key=lambda e: -e["events"]),
        "filters": q.filters(),
        "events_seen": len(events),
        "truncated": len(events) >= max_events,
    }


def stats_page(store: Store, q: EventQuery) -> dict[str, Any]:
    return {"counts": store.counts(), "events": store.event_stats(q.filter), "filters": q.filters()}


def parse_correction(field: str, raw: str) -> Any:
    """The typed value of an analyst's correction of ``field``, or a :class:`WebError` saying why not."""
    value = raw.strip()
    if field not in CORRECTABLE:
        raise WebError(400, "bad_request", f"field: '{field}' cannot be corrected")
    if field == "flagged_wrong":
        return True
    if not value:
        raise WebError(400, "bad_request", "value: give the corrected value")
    choices = {
        "type": PLOVER_TYPES,
        "modality": MODALITIES,
        "date_relation": DATE_RELATIONS,
        "source.sector": SECTORS,
        "target.sector": SECTORS,
    }
    if field in choices:
        wanted = value.lower() if field in ("modality", "date_relation") else value.upper()
        if wanted not in choices[field]:
            raise WebError(
                400, "bad_request", f"{field}: '{value}' is not one of {', '.join(choices[field])}"
            )
        return wanted
    numbers = {"quad_class": (1, 4), "goldstein": (-10.0, 10.0), "confidence": (0.0, 1.0)}
    if field in numbers:
        low, high = numbers[field]
        try:
            number: float = int(value) if field == "quad_class" else float(value)
        except ValueError:
            number = math.nan
        if not low <= number <= high:
            raise WebError(400, "bad_request", f"{field}: '{value}' is not a number from {low} to {high}")
        return number
    if field == "date" and not _ISO_DATE.fullmatch(value):
        raise WebError(400, "bad_request", f"date: '{value}' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
    if field.endswith(".country"):
        if not _COUNTRY.fullmatch(value.upper()):
            raise WebError(400, "bad_request", f"{field}: '{value}' is not an ISO 3166 alpha-3 code")
        return value.upper()
    return value[:300]


def current_value(event: dict[str, Any], field: str) -> Any:
    """What the event says for ``field`` as extracted (an earlier accepted correction's original)."""
    if field in event.get("original", {}):
        return event["original"][field]
    head, _, part = field.partition(".")
    holder = event.get(head) if part else event
    return holder.get(part or head) if isinstance(holder, dict) else None


EventQueryDep = Annotated[EventQuery, Depends(event_query)]

# -- the JSON API --------------------------------------------------------------------------------------------
router = APIRouter(prefix="/api", tags=["api"])


def store_of(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


def base_url_of(request: Request) -> str:
    return str(request.base_url).rstrip("/")


@router.get("/events", summary="Events matching the filters, one page at a time, with the total")
def api_events(request: Request, q: EventQueryDep) -> dict[str, Any]:
    return events_page(store_of(request), q)


@router.get("/events.{fmt}", summary="Every event matching the filters, in one of the export formats")
def api_events_export(request: Request, fmt: str, q: EventQueryDep) -> StreamingResponse:
    from tidings.exports import FORMATS, iter_export

    if fmt not in FORMATS:
        raise WebError(404, "not_found", f"no export format {fmt!r}; known: {', '.join(FORMATS)}")
    spec = FORMATS[fmt]
    headers = {"Content-Disposition": f'attachment; filename="tidings-events{spec.suffix}"'}
    return StreamingResponse(
        iter_export(store_of(request), q.filter, fmt), media_type=spec.media_type, headers=headers
    )


@router.get("/events/{event_id}", summary="One event, its evidence in context and its corrections")
def api_event(request: Request, event_id: str) -> dict[str, Any]:
    return event_page(store_of(request), event_id)


@router.get("/articles", summary="Articles, newest first")
def api_articles(
    request: Request,
    text: str | None = None,
    since: str | None = None,
    until: str | None = None,
    site: str | None = None,
    country: str | None = None,
    limit: int = Query(DEFAULT_LIMIT, ge=1, le=MAX_LIMIT),
    offset: int = Query(0, ge=0),
) -> dict[str, Any]:
    f = ArticleFilter(
        text=_clean(text),
        since=_date("since", _clean(since)),
        until=_date("until", _clean(until)),
        site=_clean(site),
        country=_clean(country),
    )
    return articles_page(store_of(request), f, limit=limit, offset=offset)


@router.get("/articles/{article_id}", summary="One article with its events, related articles and comments")
def api_article(request: Request, article_id: str) -> dict[str, Any]:
    return article_page(store_of(request), article_id, base_url=base_url_of(request))


@router.get("/actors", summary="Actors, most active first")
def api_actors(
    request: Request,
    q: str | None = Query(None, description="Name or words (case-insensitive substring)"),
    country: str | None = None,
    limit: int = Query(DEFAULT_LIMIT, ge=1, le=MAX_LIMIT),
    offset: int = Query(0, ge=0),
) -> dict[str, Any]:
    return actors_page(store_of(request), text=_clean(q), country=_clean(country), limit=limit, offset=offset)


@router.get("/actors/{actor_key}", summary="One actor, its timeline and its counterparts")
def api_actor(request: Request, actor_key: str) -> dict[str, Any]:
    return actor_page(store_of(request), actor_key)


@router.get("/places", summary="Places of the events matching the filters, with counts (the map)")
def api_places(request: Request, q: EventQueryDep) -> dict[str, Any]:
    return places_page(store_of(request), q)


@router.get("/network", summary="The actor graph of the events matching the filters")
def api_network(request: Request, q: EventQueryDep) -> dict[str, Any]:
    return network_page(store_of(request), q)


@router.get("/stats", summary="Row counts, and events by type, QuadClass, modality and month")
def api_stats(request: Request, q: EventQueryDep) -> dict[str, Any]:
    return stats_page(store_of(request), q)


@router.get("/stories", summary="Stories: one event told by several reports, with its counts")
def api_stories(
    request: Request,
    country: str | None = None,
    type: str | None = None,
    since: str | None = None,
    until: str | None = None,
    min_sources: int | None = Query(None, ge=1),
    limit: int = Query(DEFAULT_LIMIT, ge=1, le=MAX_LIMIT),
    offset: int = Query(0, ge=0),
) -> dict[str, Any]:
    f = StoryFilter(
        country=_clean(country),
        type=_clean(type),
        since=_date("since", _clean(since)),
        until=_date("until", _clean(until)),
        min_sources=min_sources,
    )
    return stories_page(store_of(request), f, limit=limit, offset=offset)


@router.get("/stories/{story_id}", summary="One story with every report of it")
def api_story(request: Request, story_id: str) -> dict[str, Any]:
    return story_page(store_of(request), story_id)


def query_string(params: dict[str, Any]) -> str:
    return urlencode({k: v for k, v in params.items() if v is not None and v != ""})
