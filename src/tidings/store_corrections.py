"""Analysts' corrections across a re-extraction: when a stored article comes back with a new text, its events
are extracted afresh and get new rows, so each correction is carried to the new event that reports the same
thing. A correction no new event takes is kept, detached, with its article and the evidence sentence of the
event it was made on, for an admin to look at; it is never dropped. Every function runs on the caller's
connection, inside the caller's transaction (the save of the new text).

"The same thing" is judged on what was extracted, not on what the corrections say: the same event type, and
an evidence sentence that is the same or nearly so (an outlet's later edit may fix a typo in it). Among
several candidates the one with the same actors wins, then the one with more sentences in common, then the one
nearest in the article's order.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from difflib import SequenceMatcher

import sqlalchemy as sa

from tidings.migrations import TABLES

EVENTS = TABLES["events"]
EVIDENCE = TABLES["evidence"]
CORRECTIONS = TABLES["corrections"]
# How alike two evidence sentences must be (difflib's ratio) to count as the same sentence edited.
SAME_SENTENCE = 0.85


@dataclass(frozen=True)
class Reading:
    """What one stored event was extracted as, enough to recognise it in a new extraction."""

    event_id: str
    type: str
    actors: tuple[str | None, str | None]  # the source's and the target's country, else organisation
    sentences: tuple[str, ...]  # the evidence sentences, whitespace normalised, in order
    position: int  # where its first evidence starts in the article


@dataclass(frozen=True)
class Held:
    """An event about to be replaced, and the corrections made on it."""

    reading: Reading
    correction_ids: tuple[int, ...]


def corrections_held(conn: sa.Connection, article_id: str) -> list[Held]:
    """The article's events that carry corrections, read before the events are replaced."""
    rows = conn.execute(
        sa.select(CORRECTIONS.c.id, CORRECTIONS.c.event_id)
        .where(CORRECTIONS.c.article_id == article_id, CORRECTIONS.c.event_id.is_not(None))
        .order_by(CORRECTIONS.c.id)
    ).all()
    by_event: dict[str, list[int]] = {}
    for row in rows:
        by_event.setdefault(row.event_id, []).append(row.id)
    if not by_event:
        return []
    readings = {r.event_id: r for r in _readings(conn, EVENTS.c.id.in_(sorted(by_event)))}
    return [Held(readings[key], tuple(ids)) for key, ids in by_event.items() if key in readings]


def carry_corrections(conn: sa.Connection, article_id: str, held: Iterable[Held]) -> None:
    """Point each held correction at the new event reporting the same thing, or keep it detached with its
    evidence sentence."""
    held = list(held)
    if not held:
        return
    fresh = _readings(conn, EVENTS.c.article_id == article_id)
    for kept, new in zip(held, _pairs([h.reading for h in held], fresh), strict=True):
        where = CORRECTIONS.c.id.in_(kept.correction_ids)
        if new is None:
            old = kept.reading
            evidence = old.sentences[0] if old.sentences else None
            conn.execute(sa.update(CORRECTIONS).where(where).values(event_id=None, event_evidence=evidence))
        else:
            conn.execute(sa.update(CORRECTIONS).where(where).values(event_id=new.event_id))


def _pairs(old: list[Reading], fresh: list[Reading]) -> list[Reading | None]:
    """For each old reading, in order, the new one reporting the same thing, or None; no new event is given
    twice."""
    candidates: list[tuple[tuple[int, float, int], int, int]] = []
    for i, before in enumerate(old):
        for j, after in enumerate(fresh):
            if before.type != after.type:
                continue
            shared = _shared_sentences(before, after)
            if not shared:
                continue
            rank = (-int(before.actors == after.actors), -shared, abs(before.position - after.position))
            candidates.append((rank, i, j))
    pairs: list[Reading | None] = [None] * len(old)
    taken: set[int] = set()
    for _rank, i, j in sorted(candidates):
        if pairs[i] is None and j not in taken:
            pairs[i] = fresh[j]
            taken.add(j)
    return pairs


def _shared_sentences(before: Reading, after: Reading) -> float:
    """How much evidence two readings share: per old sentence, the likeness of its best new match."""
    return sum(max((_likeness(s, other) for other in after.sentences), default=0.0) for s in before.sentences)


def _likeness(a: str, b: str) -> float:
    """1.0 for the same sentence, the difflib ratio for one edited a little, else 0.0."""
    if a == b:
        return 1.0
    # The ratio is only worth computing for sentences of about the same length.
    if min(len(a), len(b)) < SAME_SENTENCE * max(len(a), len(b)):
        return 0.0
    ratio = SequenceMatcher(None, a, b, autojunk=False).ratio()
    return ratio if ratio >= SAME_SENTENCE else 0.0


def _readings(conn: sa.Connection, which: sa.ColumnElement[bool]) -> list[Reading]:
    events = conn.execute(
        sa.select(
            EVENTS.c.id,
            EVENTS.c.type,
            sa.func.coalesce(EVENTS.c.source_country, EVENTS.c.source_org).label("source"),
            sa.func.coalesce(EVENTS.c.target_country, EVENTS.c.target_org).label("target"),
        ).where(which)
    ).all()
    if not events:
        return []
    sentences: dict[str, list[tuple[int, str]]] = {}
    query = (
        sa.select(EVIDENCE.c.event_id, EVIDENCE.c.start, EVIDENCE.c.text)
        .where(EVIDENCE.c.event_id.in_([row.id for row in events]))
        .order_by(EVIDENCE.c.event_id, EVIDENCE.c.ordinal)
    )
    for said_in in conn.execute(query):
        sentences.setdefault(said_in.event_id, []).append(
            (said_in.start or 0, " ".join((said_in.text or "").split()))
        )
    readings = []
    for row in events:
        said = sentences.get(row.id, [])
        readings.append(
            Reading(
                event_id=row.id,
                type=row.type,
                actors=(row.source, row.target),
                sentences=tuple(text for _start, text in said),
                position=said[0][0] if said else 0,
            )
        )
    return readings
