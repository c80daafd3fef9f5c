"""One event, many reports: which stored events tell the same real-world event (a *story*), and its counts.

Pure functions over event rows (the dicts of the ``events`` table's columns, as :mod:`tidings.store` writes
them) and story profiles; the SQL that keeps the ``stories`` table is in :mod:`tidings.store_stories`.

Two events are reports of one story when:

- their PLOVER types are of one *family* (each type is its own family: a meeting reported as ``CONSULT`` by
  one outlet and as ``AGREE`` by another are usually two acts, talks and the deal that came of them);
- their actors agree *up to role*: the same country or organisation on each side (both sides in either
  order for the symmetric types ``CONSULT``, ``COOPERATE`` and ``AGREE``), and, where both name a person,
  the same surname ("Bashar al-Assad", "Assad"); an unnamed mention ("the Syrian president") agrees with
  any name of its country;
- their dates are compatible: two day dates at most :data:`DAY_WINDOW` days apart, a month or year that
  contains the other date (a bare year only when one side names the same person), or an undated report
  whose place agrees and that was seen within :data:`UNDATED_WINDOW` days of the story's last report;
- their places do not disagree: not two different countries, nor two different towns;
- they come from different articles (within an article the extractor has merged an event's mentions).
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

SYMMETRIC_TYPES = frozenset({"CONSULT", "COOPERATE", "AGREE"})
DAY_WINDOW = 2
UNDATED_WINDOW = 3
SOURCE_BONUS = 0.05  # confidence added per independent source beyond the first
MAX_BONUS = 0.15
MAX_CONFIDENCE = 0.99  # as extract.confidence(): corroboration never makes an event certain

NO_ACTOR = "-"
UNKNOWN_ACTOR = "?"
_ACTOR_FIELDS = ("country", "org", "sector", "name", "text", "role")
_NAME_PARTICLE = re.compile(r"^(?:al|el|ad|as|ash|at|az|an|ar|bin|ibn)-", re.IGNORECASE)
_NAME_SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"}


@dataclass(frozen=True)
class StoryKey:
    """The part of a story that must match exactly; ``swapped`` when a symmetric event's sides were put in
    key order (its target is the story's first side)."""

    family: str
    source_key: str
    target_key: str
    swapped: bool = False

    @property
    def linkable(self) -> bool:
        """Events with an actor we know nothing about (no country, organisation or name) stay alone."""
        keys = (self.source_key, self.target_key)
        return UNKNOWN_ACTOR not in keys and keys != (NO_ACTOR, NO_ACTOR)


def type_family(event_type: str) -> str:
    return event_type.strip().upper()


def surname(name: str | None) -> str | None:
    """The last word of a person's or body's name, lower-cased, without an Arabic article: ``assad``."""
    if not name:
        return None
    words = [w for w in re.split(r"\s+", name.strip().lower()) if w and w not in _NAME_SUFFIXES]
    if not words:
        return None
    return _NAME_PARTICLE.sub("", words[-1]).strip(".,'’") or None


def side_key(row: Mapping[str, Any], side: str) -> str:
    """What must match on one side: the country, else the organisation, else the surname."""
    if row.get(f"{side}_text") is None:
        return NO_ACTOR
    country, org = row.get(f"{side}_country"), row.get(f"{side}_org")
    if country or org:
        return str(country or org)
    last = surname(row.get(f"{side}_name"))
    return f"~{last}" if last else UNKNOWN_ACTOR


def story_key(row: Mapping[str, Any]) -> StoryKey:
    family = type_family(str(row["type"]))
    source, target = side_key(row, "source"), side_key(row, "target")
    if family in SYMMETRIC_TYPES and target < source:
        return StoryKey(family, target, source, swapped=True)
    return StoryKey(family, source, target)


def oriented_actor(row: Mapping[str, Any], side: str, swapped: bool) -> dict[str, Any] | None:
    """The actor on the story's ``side`` of an event row (sides exchanged when the key swapped them)."""
    column = {"source": "target", "target": "source"}[side] if swapped else side
    if row.get(f"{column}_text") is None:
        return None
    return {name: row.get(f"{column}_{name}") for name in _ACTOR_FIELDS}


# -- dates and places --------------------------------------------------------------------------------------
def _day(value: str | None) -> dt.date | None:
    if not value or len(value) < 10:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def dates_compatible(a: str | None, b: str | None) -> bool:
    """Two dated reports can be one event: day dates close enough, or one date containing the other."""
    if not a or not b:
        return False
    day_a, day_b = _day(a), _day(b)
    if day_a and day_b:
        return abs((day_a - day_b).days) <= DAY_WINDOW
    short, long = sorted((a, b), key=len)
    return long.startswith(short)


def day_window(date: str) -> tuple[str, str]:
    """The span of story dates (as ISO strings) that a dated event may join."""
    day = _day(date)
    if day is None:
        return date, date + "~"
    step = dt.timedelta(days=DAY_WINDOW)
    return (day - step).isoformat(), (day + step).isoformat() + "~"


def seen_on(published: str | None, fetched_at: str | None) -> str:
    """When a report was seen: its publication date-time when known, else when tidings fetched it."""
    return str(published or fetched_at or "")


def days_apart(a: str | None, b: str | None) -> int | None:
    day_a, day_b = _day(a), _day(b)
    if day_a is None or day_b is None:
        return None
    return abs((day_a - day_b).days)


def places_compatible(row: Mapping[str, Any], story: Mapping[str, Any]) -> bool:
    country, other_country = row.get("place_country"), story.get("place_country")
    if country and other_country and country != other_country:
        return False
    name, other = row.get("place_name"), story.get("place_name")
    towns = row.get("place_kind") != "country" and story.get("place_kind") != "country"
    return not (name and other and towns and name != other)


# -- fitting an event to a story ---------------------------------------------------------------------------
def actor_fits(actor: Mapping[str, Any] | None, names: Iterable[str]) -> bool:
    """A report's actor agrees with a story side known by ``names`` (surnames; empty when only unnamed
    mentions were seen)."""
    known = set(names)
    last = surname(actor.get("name")) if actor else None
    return not (last and known and last not in known)


def _same_person(row: Mapping[str, Any], key: StoryKey, names: Mapping[str, list[str]]) -> bool:
    for side in ("source", "target"):
        actor = oriented_actor(row, side, key.swapped)
        last = surname(actor.get("name")) if actor else None
        if last and last in names.get(side, []):
            return True
    return False


def fits(row: Mapping[str, Any], key: StoryKey, story: Mapping[str, Any], seen: str) -> bool:
    """Can the event ``row`` (seen at ``seen``) be one more report of ``story`` (a stories-table row)?"""
    profile = story.get("fields") or {}
    names = profile.get("names") or {}
    for side in ("source", "target"):
        if not actor_fits(oriented_actor(row, side, key.swapped), names.get(side, [])):
            return False
    if not places_compatible(row, story):
        return False
    date, story_date = row.get("date"), story.get("date")
    if date and story_date:
        if min(len(date), len(story_date)) <= 4 and not _same_person(row, key, names):
            return False  # a bare year says little: only the same named person makes it one event
        return dates_compatible(date, story_date)
    # An undated report (or an undated story) joins only when it names the same place, close in time.
    if not (row.get("place_name") and row.get("place_name") == story.get("place_name")):
        return False
    apart = days_apart(seen, story.get("last_seen"))
    return apart is not None and apart <= UNDATED_WINDOW


def preference(row: Mapping[str, Any], story: Mapping[str, Any]) -> tuple[int, int, int]:
    """Among stories an event fits, prefer the same date, then the closest date, then the best reported."""
    same = int(bool(row.get("date")) and row.get("date") == story.get("date"))
    apart = days_apart(row.get("date"), story.get("date"))
    return same, -(apart if apart is not None else DAY_WINDOW + 1), int(story.get("num_articles") or 0)


# -- counting a story ------------------------------------------------------------------------------------
def url_host(url: str | None) -> str | None:
    """The host of a URL from outside, or None: none given, none in it, or no parser can read it."""
    try:
        return urlsplit(url).hostname if url else None
    except ValueError:  # an unclosed IPv6 bracket, a bad port
        return None


def source_name(site: str | None, url: str | None, article_id: str) -> str:
    """The outlet an article counts for: its site, else its URL's host, else the article itself."""
    host = (site or "").strip().lower() or url_host(url) or ""
    host = host.removeprefix("www.")
    return host or f"article:{article_id}"


def _most_common(values: Iterable[Any]) -> Any:
    counted = Counter(v for v in values if v not in (None, ""))
    if not counted:
        return None
    # Ties go to the value first seen in (chronological) member order, so a story's values are stable.
    return counted.most_common(1)[0][0]


def _best_actor(actors: list[dict[str, Any]]) -> dict[str, Any] | None:
    if not actors:
        return None
    named = [a for a in actors if a.get("name")]
    pool = named or actors
    name = _most_common(a.get("name") or a.get("text") for a in pool)
    chosen = [a for a in pool if (a.get("name") or a.get("text")) == name] or pool
    best = {field: _most_common(a.get(field) for a in chosen) for field in _ACTOR_FIELDS}
    best["sector"] = _most_common(a.get("sector") for a in chosen if a.get("sector") != "UNK") or "UNK"
    best["role"] = _most_common(a.get("role") for a in actors)
    return best


def _surnames(actors: list[dict[str, Any]]) -> set[str]:
    return {last for actor in actors if (last := surname(actor.get("name")))}


def summarise(members: list[dict[str, Any]]) -> dict[str, Any]:
    """A story's columns from its member event rows (each with the article's ``site``, ``url``,
    ``published``, ``fetched_at`` and its evidence count ``mentions``), in the order they were seen."""
    members = sorted(members, key=lambda m: (seen_on(m.get("published"), m.get("fetched_at")), m["id"]))
    key = story_key(members[0])
    keys = [story_key(m) for m in members]
    days = [m["date"] for m in members if m.get("date") and len(m["date"]) >= 10]
    dated = [m["date"] for m in members if m.get("date")]
    best_date = _most_common(days) or _most_common(dated)
    places = [m for m in members if m.get("place_name")]
    place_name = _most_common(m["place_name"] for m in places)
    place = next((m for m in places if m["place_name"] == place_name), None)
    seen = [seen_on(m.get("published"), m.get("fetched_at")) for m in members]
    sides: dict[str, list[dict[str, Any]]] = {"source": [], "target": []}
    for member, member_key in zip(members, keys, strict=True):
        for side in sides:
            actor = oriented_actor(member, side, member_key.swapped)
            if actor is not None:
                sides[side].append(actor)
    names = {
        side: sorted({n for a in actors if (n := surname(a.get("name")))}) for side, actors in sides.items()
    }
    outlets = sorted({source_name(m.get("site"), m.get("url"), m["article_id"]) for m in members})
    return {
        "family": key.family,
        "source_key": key.source_key,
        "target_key": key.target_key,
        "type": _most_common(m["type"] for m in members),
        "date": best_date,
        "date_min": min(dated) if dated else None,
        "date_max": max(dated) if dated else None,
        "place_name": place_name,
        "place_country": place["place_country"]
        if place
        else _most_common(m.get("place_country") for m in members),
        "place_kind": place.get("place_kind") if place else None,
        "first_seen": min(seen) if seen else None,
        "last_seen": max(seen) if seen else None,
        "num_events": len(members),
        "num_mentions": sum(int(m.get("mentions") or 1) for m in members),
        "num_articles": len({m["article_id"] for m in members}),
        "num_sources": len(outlets),
        "fields": {
            "source": _best_actor(sides["source"]),
            "target": _best_actor(sides["target"]),
            "names": names,
            "modality": _most_common(m.get("modality") for m in members),
            "date_precision": _most_common(
                m.get("date_precision") for m in members if m.get("date") == best_date
            ),
            "sources": outlets,
        },
    }


def corroboration_bonus(num_sources: int | None) -> float:
    """What independent reports add to an event's confidence (docs/confidence.md)."""
    extra = max(0, int(num_sources or 1) - 1)
    return min(MAX_BONUS, SOURCE_BONUS * extra)


def corroborated(confidence: float, num_sources: int | None) -> float:
    if confidence >= MAX_CONFIDENCE:
        return confidence
    return round(min(MAX_CONFIDENCE, confidence + corroboration_bonus(num_sources)), 3)


# -- "read more": text similarity ------------------------------------------------------------------------
_WORD = re.compile(r"[^\W\d_]{3,}")
_STOPWORDS = frozenset(
    [
        "the",
        "and",
        "for",
        "that",
        "with",
        "from",
        "this",
        "was",
        "were",
        "are",
        "has",
        "have",
        "had",
        "his",
        "her",
        "its",
        "their",
        "they",
        "them",
        "will",
        "would",
        "said",
        "says",
        "not",
        "but",
        "also",
        "been",
        "after",
        "over",
        "into",
        "about",
        "more",
        "than",
        "who",
        "which",
        "when",
        "what",
        "where",
        "while",
        "there",
        "other",
        "some",
        "such",
        "only",
        "very",
        "can",
        "could",
        "may",
        "might",
        "should",
        "one",
        "two",
        "new",
    ]
)


def terms(text: str) -> Counter[str]:
    """Lower-cased words of three letters or more, without the commonest English ones."""
    return Counter(w for w in _WORD.findall(text.lower()) if w not in _STOPWORDS)


def tfidf_similarities(own: str, others: Mapping[str, str]) -> dict[str, float]:
    """Cosine similarity of TF-IDF vectors (sublinear term frequency, smoothed inverse document frequency
    over ``own`` and ``others`` together) between ``own`` and each of ``others``."""
    bags = {key: terms(text) for key, text in others.items()}
    own_bag = terms(own)
    documents = [own_bag, *bags.values()]
    frequency: Counter[str] = Counter()
    for bag in documents:
        frequency.update(bag.keys())
    total = len(documents)

    def vector(bag: Counter[str]) -> dict[str, float]:
        weights = {
            word: (1 + math.log(count)) * (1 + math.log((1 + total) / (1 + frequency[word])))
            for word, count in bag.items()
        }
        norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
        return {word: w / norm for word, w in weights.items()}

    own_vector = vector(own_bag)
    out = {}
    for key, bag in bags.items():
        other = vector(bag)
        out[key] = round(sum(w * other.get(word, 0.0) for word, w in own_vector.items()), 4)
    return out
