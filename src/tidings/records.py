"""The records tidings reads and writes: articles, actors, places, events.

These are plain dataclasses with a ``to_dict`` that gives the documented JSON shape (docs/output.md).
They are a leaf of the import graph: no other tidings module is imported here.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

PLOVER_TYPES = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)

SECTORS = (
    "GOV",
    "MIL",
    "COP",
    "JUD",
    "LEG",
    "OPP",
    "REB",
    "CVL",
    "MED",
    "BUS",
    "IGO",
    "NGO",
    "REL",
    "CRM",
    "UNK",
)

MODALITIES = ("asserted", "planned", "claimed", "negated", "hypothetical")
DATE_PRECISIONS = ("day", "month", "year")
DATE_RELATIONS = ("on", "before", "after", "around")


def stable_id(*parts: str, length: int = 16) -> str:
    """A short, stable hexadecimal id derived from ``parts`` (same input, same id, on every machine)."""
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()
    return digest[:length]


@dataclass
class RelatedLink:
    title: str
    url: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"title": self.title, "url": self.url}


@dataclass
class Article:
    """One news article as tidings reads it: the body text plus its metadata.

    ``text`` is the body only (no page furniture); every offset in the output indexes it.
    """

    text: str
    id: str | None = None
    url: str | None = None
    path: str | None = None
    title: str | None = None
    published: str | None = None  # ISO date or date-time, as precise as the source gives it
    byline: str | None = None
    site: str | None = None
    related: list[RelatedLink] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not self.id:
            self.id = "a" + stable_id(self.url or "", self.text)

    def to_dict(self, with_text: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "url": self.url,
            "path": self.path,
            "title": self.title,
            "published": self.published,
            "byline": self.byline,
            "site": self.site,
            "related": [r.to_dict() for r in self.related],
        }
        if with_text:
            out["text"] = self.text
        return out


@dataclass
class Actor:
    """An actor reduced to what event data needs: affiliation country or organisation, sector, role."""

    text: str  # the words in the article
    name: str | None = None  # canonical name when known (a person's full name, a country's name)
    role: str | None = None  # title or function ("president", "special envoy")
    country: str | None = None  # ISO 3166-1 alpha-3
    org: str | None = None  # international organisation acronym (UN, EU, NATO, ...)
    sector: str = "UNK"
    # how the country was found: "explicit" (named in the mention), "linked" (an earlier mention of the
    # same actor), "context" (the article's home country); feeds confidence
    basis: str = "explicit"

    @property
    def code(self) -> str:
        """A CAMEO-style actor code: country (or org) followed by sector, e.g. ``SYRGOV``."""
        head = self.country or self.org or "UNK"
        return head + (self.sector if self.sector != "UNK" else "")

    @property
    def key(self) -> str | None:
        """What scorers compare: the country, else the organisation."""
        return self.country or self.org

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "name": self.name,
            "role": self.role,
            "country": self.country,
            "org": self.org,
            "sector": self.sector,
            "code": self.code,
            "basis": self.basis,
        }


@dataclass
class Place:
    name: str
    country: str | None
    lat: float | None = None
    lon: float | None = None
    text: str | None = None
    # "city", "capital", "region", "country": a country centroid is marked as such, never passed off as a city
    kind: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "country": self.country,
            "lat": self.lat,
            "lon": self.lon,
            "text": self.text,
            "kind": self.kind,
        }


@dataclass
class Evidence:
    text: str
    start: int
    end: int
    sentence: int  # index of the sentence in the article body

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end, "sentence": self.sentence}


@dataclass
class Event:
    type: str
    source: Actor | None
    target: Actor | None
    evidence: list[Evidence]
    mode: str | None = None
    cameo: str | None = None
    quad_class: int | None = None
    goldstein: float | None = None
    others: list[Actor] = field(default_factory=list)
    date: str | None = None
    date_precision: str | None = None
    date_text: str | None = None
    date_relation: str | None = None
    place: Place | None = None
    modality: str = "asserted"
    attributed_to: Actor | None = None
    confidence: float = 0.5
    trigger: str | None = None
    id: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "type": self.type,
            "mode": self.mode,
            "cameo": self.cameo,
            "quad_class": self.quad_class,
            "goldstein": self.goldstein,
            "trigger": self.trigger,
            "source": self.source.to_dict() if self.source else None,
            "target": self.target.to_dict() if self.target else None,
            "others": [o.to_dict() for o in self.others],
            "date": self.date,
            "date_precision": self.date_precision,
            "date_text": self.date_text,
            "date_relation": self.date_relation,
            "place": self.place.to_dict() if self.place else None,
            "modality": self.modality,
            "attributed_to": (
                {"text": self.attributed_to.text, "name": self.attributed_to.name}
                if self.attributed_to
                else None
            ),
            "evidence": [e.to_dict() for e in self.evidence],
            "confidence": round(self.confidence, 3),
        }


@dataclass
class ArticleRecord:
    """What ``tidings extract`` prints for one article."""

    article: Article
    events: list[Event]

    def to_dict(self, with_text: bool = False) -> dict[str, Any]:
        return {
            "article": self.article.to_dict(with_text=with_text),
            "events": [e.to_dict() for e in self.events],
        }


def _actor_from(data: dict[str, Any] | None) -> Actor | None:
    if not data:
        return None
    return Actor(
        text=data.get("text") or "",
        name=data.get("name"),
        role=data.get("role"),
        country=data.get("country"),
        org=data.get("org"),
        sector=data.get("sector") or "UNK",
        basis=data.get("basis") or "explicit",
    )


def record_from_dict(data: dict[str, Any]) -> ArticleRecord:
    """The inverse of :meth:`ArticleRecord.to_dict` (with the article text): rebuilds the dataclasses, so
    extract output saved as JSON or Parquet can be loaded into a store later."""
    art = data["article"]
    article = Article(
        text=art.get("text") or "",
        id=art.get("id"),
        url=art.get("url"),
        path=art.get("path"),
        title=art.get("title"),
        published=art.get("published"),
        byline=art.get("byline"),
        site=art.get("site"),
        related=[RelatedLink(r.get("title") or "", r.get("url")) for r in art.get("related") or []],
    )
    events = []
    for e in data.get("events") or []:
        place = e.get("place")
        attributed = e.get("attributed_to")
        events.append(
            Event(
                type=e["type"],
                source=_actor_from(e.get("source")),
                target=_actor_from(e.get("target")),
                evidence=[
                    Evidence(v["text"], v["start"], v["end"], v["sentence"]) for v in e.get("evidence") or []
                ],
                mode=e.get("mode"),
                cameo=e.get("cameo"),
                quad_class=e.get("quad_class"),
                goldstein=e.get("goldstein"),
                others=[a for a in (_actor_from(o) for o in e.get("others") or []) if a is not None],
                date=e.get("date"),
                date_precision=e.get("date_precision"),
                date_text=e.get("date_text"),
                date_relation=e.get("date_relation"),
                place=Place(**{k: place.get(k) for k in ("name", "country", "lat", "lon", "text", "kind")})
                if place
                else None,
                modality=e.get("modality") or "asserted",
                attributed_to=Actor(attributed.get("text") or "", attributed.get("name"))
                if attributed
                else None,
                confidence=e.get("confidence") or 0.0,
                trigger=e.get("trigger"),
                id=e.get("id") or "",
            )
        )
    return ArticleRecord(article, events)
