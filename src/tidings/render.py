"""Human-readable renderings of extract output (tables on a terminal)."""

from __future__ import annotations

from collections.abc import Iterable

from rich.console import Console
from rich.table import Table

from tidings.records import Actor, ArticleRecord


def _actor(actor: Actor | None) -> str:
    if actor is None:
        return ""
    who = actor.name or actor.text
    return f"{who} [{actor.code}]"


def _shorten(text: str, limit: int = 180) -> str:
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + " …"


def print_events_table(records: Iterable[ArticleRecord], console: Console | None = None) -> None:
    """One table per article: date, type, who, whom, where, modality, confidence and the evidence."""
    console = console or Console()
    for record in records:
        article = record.article
        title = article.title or article.path or article.id
        table = Table(title=f"{title} ({article.published or 'undated'})", show_lines=True, expand=True)
        table.add_column("date", no_wrap=True)
        table.add_column("type", overflow="fold", ratio=1)
        table.add_column("source", overflow="fold", ratio=1)
        table.add_column("target", overflow="fold", ratio=1)
        table.add_column("place", overflow="fold", ratio=1)
        table.add_column("modality", overflow="fold", ratio=1)
        table.add_column("conf.", no_wrap=True, justify="right")
        table.add_column("evidence", overflow="fold", ratio=3)
        for event in record.events:
            when = event.date or ""
            if event.date_relation and event.date_relation not in {"on"} and when:
                when = f"{event.date_relation} {when}"
            where = f"{event.place.name} ({event.place.country})" if event.place else ""
            modality = event.modality
            if event.attributed_to is not None:
                modality += f", per {event.attributed_to.text}"
            targets = ", ".join(_actor(a) for a in [event.target, *event.others] if a is not None)
            table.add_row(
                when,
                f"{event.type}\n{event.mode or ''} ({event.cameo})",
                _actor(event.source),
                targets,
                where,
                modality,
                f"{event.confidence:.2f}",
                _shorten(event.evidence[0].text) if event.evidence else "",
            )
        if not record.events:
            table.add_row("", "no events found", "", "", "", "", "", "")
        console.print(table)
