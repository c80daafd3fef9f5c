"""Human-readable and flat renderings of events: tables on a terminal, CSV for spreadsheets and R.

Everything here works on event dicts (the documented output shape), so extract output and stored events
render the same way.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import Any, TextIO

from rich.console import Console
from rich.table import Table

from tidings.records import ArticleRecord

# The flat columns of `tidings events --format csv` (documented in docs/output.md)
CSV_COLUMNS = (
    "id",
    "article_id",
    "article_url",
    "published",
    "type",
    "mode",
    "cameo",
    "quad_class",
    "goldstein",
    "source_name",
    "source_text",
    "source_country",
    "source_org",
    "source_sector",
    "source_code",
    "target_name",
    "target_text",
    "target_country",
    "target_org",
    "target_sector",
    "target_code",
    "date",
    "date_precision",
    "date_relation",
    "date_text",
    "place_name",
    "place_country",
    "place_lat",
    "place_lon",
    "modality",
    "attributed_to",
    "confidence",
    "evidence",
)


def _actor(actor: dict[str, Any] | None) -> str:
    if not actor:
        return ""
    return f"{actor.get('name') or actor.get('text')} [{actor.get('code')}]"


def _shorten(text: str, limit: int = 180) -> str:
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + " …"


def _table(title: str) -> Table:
    table = Table(title=title, show_lines=True, expand=True)
    table.add_column("date", no_wrap=True)
    table.add_column("type", overflow="fold", ratio=1)
    table.add_column("source", overflow="fold", ratio=1)
    table.add_column("target", overflow="fold", ratio=1)
    table.add_column("place", overflow="fold", ratio=1)
    table.add_column("modality", overflow="fold", ratio=1)
    table.add_column("conf.", no_wrap=True, justify="right")
    table.add_column("evidence", overflow="fold", ratio=3)
    return table


def _add_row(table: Table, event: dict[str, Any]) -> None:
    when = event.get("date") or ""
    if when and event.get("date_relation") not in (None, "on"):
        when = f"{event['date_relation']} {when}"
    place = event.get("place")
    where = f"{place['name']} ({place['country']})" if place else ""
    modality = event.get("modality") or ""
    if event.get("attributed_to"):
        modality += f", per {event['attributed_to']['text']}"
    targets = ", ".join(_actor(a) for a in [event.get("target"), *(event.get("others") or [])] if a)
    evidence = event.get("evidence") or []
    table.add_row(
        when,
        f"{event['type']}\n{event.get('mode') or ''} ({event.get('cameo')})",
        _actor(event.get("source")),
        targets,
        where,
        modality,
        f"{event.get('confidence', 0):.2f}",
        _shorten(evidence[0]["text"]) if evidence else "",
    )


def print_events_table(records: Iterable[ArticleRecord], console: Console | None = None) -> None:
    """One table per article: date, type, who, whom, where, modality, confidence and the evidence."""
    console = console or Console()
    for record in records:
        article = record.article
        table = _table(f"{article.title or article.path or article.id} ({article.published or 'undated'})")
        for event in record.events:
            _add_row(table, event.to_dict())
        if not record.events:
            table.add_row("", "no events found", "", "", "", "", "", "")
        console.print(table)


def print_event_rows(rows: Iterable[dict[str, Any]], console: Console | None = None) -> None:
    """Stored events (from the store's queries) as one table."""
    console = console or Console()
    table = _table("events")
    for row in rows:
        _add_row(table, row)
    console.print(table)


def flat_event(event: dict[str, Any]) -> dict[str, Any]:
    """One event as a flat row of :data:`CSV_COLUMNS`."""
    row: dict[str, Any] = {"id": event.get("id")}
    article = event.get("article") or {}
    row.update(
        article_id=article.get("id"), article_url=article.get("url"), published=article.get("published")
    )
    for key in (
        "type",
        "mode",
        "cameo",
        "quad_class",
        "goldstein",
        "date",
        "date_precision",
        "date_relation",
    ):
        row[key] = event.get(key)
    row["date_text"] = event.get("date_text")
    for side in ("source", "target"):
        actor = event.get(side) or {}
        for field in ("name", "text", "country", "org", "sector", "code"):
            row[f"{side}_{field}"] = actor.get(field)
    place = event.get("place") or {}
    for field in ("name", "country", "lat", "lon"):
        row[f"place_{field}"] = place.get(field)
    row["modality"] = event.get("modality")
    row["attributed_to"] = (event.get("attributed_to") or {}).get("text")
    row["confidence"] = event.get("confidence")
    evidence = event.get("evidence") or []
    row["evidence"] = evidence[0]["text"] if evidence else None
    return row


def write_event_csv(rows: Iterable[dict[str, Any]], out: TextIO) -> None:
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow(flat_event(row))
