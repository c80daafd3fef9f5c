"""The reading room's JSON API, in process through httpx.ASGITransport, over a real SQLite store built by
ingesting examples/ (and one follow-up article, so that "related articles" has something to find) with the
real spaCy model.

``build_reading_room`` and ``Client`` are shared with test_web.py and test_browser.py.
"""

from __future__ import annotations

import asyncio
import csv
import io
import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tidings.store import EventFilter, Store

ROOT = Path(__file__).resolve().parents[1]
FOLLOW_UP = (
    "Vieira Ends Southern Africa Tour In Maputo\n\n"
    "Brazilian Foreign Minister Mauro Vieira met Mozambican President Filipe Nyusi in Maputo on Wednesday, "
    "closing a three-day tour of southern Africa.\n\n"
    "South African President Cyril Ramaphosa praised the visit and said Pretoria would host a BRICS meeting "
    "in June.\n"
)
ENVOY = "a9394ceef8e1c0bd5"  # examples/envoy-visit.txt
ERROR_KEYS = {"status", "code", "message"}

pytestmark = pytest.mark.model


def build_reading_room(directory: Path) -> Path:
    """A SQLite store holding examples/ and a follow-up to envoy-visit.txt; returns the file's path."""
    from tidings.batch import ingest
    from tidings.config import Settings

    directory.mkdir(parents=True, exist_ok=True)
    path = directory / "reading-room.sqlite"
    follow_up = directory / "maputo.txt"
    follow_up.write_text(FOLLOW_UP, encoding="utf-8")
    with Store.open(str(path)) as store:
        ingest([str(ROOT / "examples")], store, Settings())
        ingest([str(follow_up)], store, Settings(), published="2023-03-09")
    return path


def copy_store(template: Path, directory: Path) -> Path:
    target = directory / template.name
    shutil.copyfile(template, target)
    return target


class Client:
    """A synchronous face on an httpx.AsyncClient over the app's ASGI interface (cookies kept)."""

    def __init__(self, app: Any) -> None:
        self.loop = asyncio.new_event_loop()
        transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
        self.client = httpx.AsyncClient(transport=transport, base_url="http://testserver")

    def request(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        return self.loop.run_until_complete(self.client.request(method, url, **kwargs))

    def get(self, url: str, **kwargs: Any) -> httpx.Response:
        return self.request("GET", url, **kwargs)

    def post(self, url: str, **kwargs: Any) -> httpx.Response:
        return self.request("POST", url, **kwargs)

    def close(self) -> None:
        self.loop.run_until_complete(self.client.aclose())
        self.loop.close()


@pytest.fixture(scope="session")
def reading_room_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_reading_room(tmp_path_factory.mktemp("reading-room"))


@pytest.fixture
def store(reading_room_template: Path, tmp_path: Path) -> Iterator[Store]:
    with Store.open(str(copy_store(reading_room_template, tmp_path))) as opened:
        yield opened


@pytest.fixture
def client(store: Store) -> Iterator[Client]:
    from tidings.web import create_app

    c = Client(create_app(store))
    yield c
    c.close()


def assert_error(response: httpx.Response, status: int, code: str, message: str | None = None) -> None:
    assert response.status_code == status
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == ERROR_KEYS
    assert body["error"]["status"] == status and body["error"]["code"] == code
    if message is not None:
        assert body["error"]["message"] == message


# -- events --------------------------------------------------------------------------------------------------
def test_events_page_counts_and_pages_stably(client: Client, store: Store) -> None:
    total = store.count_events(EventFilter())
    first = client.get("/api/events?limit=5").json()
    assert first["total"] == total and first["limit"] == 5 and first["offset"] == 0
    assert first["next_offset"] == 5 and first["prev_offset"] is None
    seen: list[str] = []
    offset: int | None = 0
    while offset is not None:
        page = client.get(f"/api/events?limit=4&offset={offset}&order=-confidence").json()
        seen.extend(event["id"] for event in page["events"])
        offset = page["next_offset"]
    assert len(seen) == len(set(seen)) == total  # every event once: the order is total (ties broken by id)


@pytest.mark.parametrize(
    "query, f",
    [
        ("type=CONSULT", EventFilter(type="CONSULT")),
        ("type=consult,accuse", EventFilter(type="CONSULT,ACCUSE")),
        ("country=GEO", EventFilter(country="GEO")),
        ("actor=vieira", EventFilter(actor="vieira")),
        ("since=2023-03-07&until=2023-03-08", EventFilter(since="2023-03-07", until="2023-03-08")),
        ("place=tbilisi", EventFilter(place="tbilisi")),
        ("text=protesters", EventFilter(text="protesters")),
        ("modality=planned", EventFilter(modality="planned")),
        ("min_confidence=0.9", EventFilter(min_confidence=0.9)),
        ("source_country=BRA&target_country=ZAF", EventFilter(source_country="BRA", target_country="ZAF")),
        (f"article_id={ENVOY}", EventFilter(article_id=ENVOY)),
    ],
)
def test_every_filter_of_tidings_events(client: Client, store: Store, query: str, f: EventFilter) -> None:
    body = client.get(f"/api/events?{query}&limit=500").json()
    expected = store.events(f, limit=500, order="-date")
    assert 0 < body["total"] == store.count_events(f)
    assert [e["id"] for e in body["events"]] == [e["id"] for e in expected]


def test_empty_form_fields_mean_no_filter(client: Client, store: Store) -> None:
    body = client.get("/api/events?actor=&type=&since=&min_confidence=&limit=1").json()
    assert body["total"] == store.count_events(EventFilter()) and body["filters"] == {}


@pytest.mark.parametrize(
    "query, message",
    [
        ("since=March", "since: 'March' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)"),
        (
            "type=PARTY",
            "type: unknown value 'PARTY'; known: "
            + ", ".join(__import__("tidings.records").records.PLOVER_TYPES),
        ),
        (
            "modality=maybe",
            "modality: unknown value 'maybe'; known: asserted, planned, claimed, negated, hypothetical",
        ),
        ("min_confidence=2", "min_confidence: '2' is not a number from 0 to 1"),
        ("order=random", "order: unknown value 'random'; known: date, -date, confidence, -confidence, id"),
        ("limit=0", "limit: Input should be greater than or equal to 1"),
    ],
)
def test_bad_queries_answer_one_error_shape(client: Client, query: str, message: str) -> None:
    assert_error(client.get(f"/api/events?{query}"), 400, "bad_request", message)


def test_unknown_paths_and_ids(client: Client) -> None:
    assert_error(client.get("/api/nowhere"), 404, "not_found", "not found")
    assert_error(client.get("/api/events/e000"), 404, "not_found", "no event with id 'e000'")
    assert_error(client.get("/api/articles/a000"), 404, "not_found", "no article with id 'a000'")
    assert_error(client.get("/api/actors/x"), 404, "not_found", "no actor with id 'x'")
    assert_error(client.post("/api/events"), 405, "method_not_allowed")


def test_a_crash_shows_no_stack_trace(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    from tidings.web import create_app

    def explode(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("secret internals at /srv/db")

    monkeypatch.setattr(store, "count_events", explode)
    client = Client(create_app(store))
    response = client.get("/api/events")
    assert_error(response, 500, "internal_error", "something went wrong on our side")
    page = client.get("/events")
    assert page.status_code == 500 and "secret internals" not in page.text and "Traceback" not in page.text
    client.close()


def test_one_event_with_evidence_in_context(client: Client, store: Store) -> None:
    event = store.events(EventFilter(article_id=ENVOY), limit=1)[0]
    body = client.get(f"/api/events/{event['id']}").json()
    assert body["event"] == event
    article = store.article(ENVOY)
    assert article is not None
    for item in body["evidence"]:
        assert article["text"][item["start"] : item["end"]] == item["text"]
        assert (item["before"] + item["text"] + item["after"]).replace("…", "") in article["text"]
    assert body["corrections"] == []


def test_exports_hold_exactly_what_is_filtered(client: Client, store: Store) -> None:
    f = EventFilter(country="GEO")
    expected = {e["id"] for e in store.iter_events(f)}
    response = client.get("/api/events.csv?country=GEO&limit=1")  # the page size does not cut an export
    assert response.headers["content-type"].startswith("text/csv")
    assert "attachment" in response.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert {row["id"] for row in rows} == expected and len(rows) == len(expected)
    lines = client.get("/api/events.jsonl?country=GEO").text.splitlines()
    assert {json.loads(line)["id"] for line in lines} == expected


# -- articles, actors, places, network, stats ----------------------------------------------------------------
def test_articles_and_one_article(client: Client, store: Store) -> None:
    listing = client.get("/api/articles?limit=2").json()
    assert listing["total"] == store.counts()["articles"] == 5 and len(listing["articles"]) == 2
    assert listing["next_offset"] == 2
    body = client.get(f"/api/articles/{ENVOY}").json()
    assert body["article"]["title"] == "Brazil's Foreign Minister Meets Ramaphosa In Pretoria"
    assert body["article"]["text"].startswith("Brazilian Foreign Minister Mauro Vieira met")
    assert [e["id"] for e in body["events"]] == [
        e["id"] for e in store.events(EventFilter(article_id=ENVOY), order="date")
    ]
    assert body["related"][0]["title"] == "Vieira Ends Southern Africa Tour In Maputo"
    assert body["related"][0]["shared_actors"] >= 1
    assert body["share"]["permalink"] == f"http://testserver/articles/{ENVOY}"
    assert body["share"]["email"].startswith("mailto:?subject=Brazil")
    assert body["comments"] == []


def test_actors_and_their_counterparts(client: Client) -> None:
    listing = client.get("/api/actors?q=vieira").json()
    assert listing["total"] == 1
    vieira = listing["actors"][0]
    assert vieira["name"] == "Mauro Vieira" and vieira["country"] == "BRA" and vieira["sector"] == "GOV"
    assert "search" not in vieira and "key" not in vieira
    body = client.get(f"/api/actors/{vieira['id']}").json()
    assert body["actor"]["id"] == vieira["id"]
    assert sum(body["events_by_type"].values()) == len(body["events"]) == vieira["event_count"]
    assert sum(month["events"] for month in body["timeline"]) == vieira["event_count"]
    names = {c["name"]: c for c in body["counterparts"]}
    assert "Cyril Ramaphosa" in names
    ramaphosa = names["Cyril Ramaphosa"]
    assert ramaphosa["cooperation"] >= 1 and ramaphosa["balance"] == 1.0
    for counterpart in body["counterparts"]:  # every counterpart links to a stored actor
        assert client.get(f"/api/actors/{counterpart['id']}").status_code == 200


def test_places_network_and_stats(client: Client, store: Store) -> None:
    places = client.get("/api/places?country=GEO").json()
    assert places["places"][0]["name"] == "Tbilisi" and places["places"][0]["lat"] is not None
    network = client.get("/api/network?country=GEO").json()
    ids = {node["id"] for node in network["nodes"]}
    assert network["edges"] and all(e["source"] in ids and e["target"] in ids for e in network["edges"])
    assert all(e["quad_class"] in (1, 2, 3, 4) for e in network["edges"])
    stats = client.get("/api/stats").json()
    assert stats["counts"] == store.counts()
    assert sum(stats["events"]["type"].values()) == store.count_events(EventFilter())


def test_openapi_document_lists_the_api(client: Client) -> None:
    document = client.get("/api/openapi.json").json()
    paths = set(document["paths"])
    for path in (
        "/api/events",
        "/api/events/{event_id}",
        "/api/articles/{article_id}",
        "/api/actors/{actor_key}",
        "/api/places",
        "/api/network",
        "/api/stats",
        "/api/events.{fmt}",
    ):
        assert path in paths
    assert not any(path.startswith("/admin") or path == "/events" for path in paths)
    assert client.get("/docs").status_code == 404  # the interactive docs would load a CDN's scripts


# -- corrections ---------------------------------------------------------------------------------------
def test_accepted_corrections_are_what_the_api_and_exports_return(client: Client, store: Store) -> None:
    event = store.events(EventFilter(article_id=ENVOY, type="REJECT"), limit=1)[0]
    pending = store.add_correction(
        event["id"],
        "type",
        original="REJECT",
        corrected="ACCUSE",
        note="criticism, not a refusal",
        author="ana",
    )
    assert client.get(f"/api/events/{event['id']}").json()["event"]["type"] == "REJECT"  # pending: no change
    store.review_correction(pending, "accepted", "ana")
    country = store.add_correction(
        event["id"],
        "target.country",
        original="ZAF",
        corrected="BRA",
        note=None,
        author="ana",
        status="accepted",
    )
    assert country
    body = client.get(f"/api/events/{event['id']}").json()
    corrected = body["event"]
    assert corrected["type"] == "ACCUSE" and corrected["target"]["country"] == "BRA"
    assert corrected["target"]["code"].startswith("BRA")
    assert corrected["original"] == {"type": "REJECT", "target.country": "ZAF"}
    assert [c["status"] for c in body["corrections"]] == ["accepted", "accepted"]
    assert "author" not in body["corrections"][0]
    listed = {e["id"]: e for e in client.get(f"/api/events?article_id={ENVOY}").json()["events"]}
    assert listed[event["id"]]["type"] == "ACCUSE"
    rows = {
        r["id"]: r
        for r in csv.DictReader(io.StringIO(client.get(f"/api/events.csv?article_id={ENVOY}").text))
    }
    assert rows[event["id"]]["type"] == "ACCUSE" and rows[event["id"]]["target_country"] == "BRA"


def test_rejected_corrections_change_nothing(client: Client, store: Store) -> None:
    event = store.events(EventFilter(article_id=ENVOY), limit=1)[0]
    correction = store.add_correction(
        event["id"], "modality", original="asserted", corrected="claimed", note=None, author="ana"
    )
    store.review_correction(correction, "rejected", "ana")
    assert client.get(f"/api/events/{event['id']}").json()["event"] == event


@pytest.mark.parametrize(
    "field, raw, value",
    [
        ("type", "accuse", "ACCUSE"),
        ("modality", "Claimed", "claimed"),
        ("quad_class", "3", 3),
        ("confidence", "0.5", 0.5),
        ("date", "2023-03", "2023-03"),
        ("target.country", "bra", "BRA"),
        ("source.name", " Lula ", "Lula"),
        ("flagged_wrong", "", True),
    ],
)
def test_correction_values_are_read_by_field(field: str, raw: str, value: Any) -> None:
    from tidings.api import parse_correction

    assert parse_correction(field, raw) == value


@pytest.mark.parametrize(
    "field, raw, message",
    [
        (
            "type",
            "PARTY",
            "type: 'PARTY' is not one of " + ", ".join(__import__("tidings.records").records.PLOVER_TYPES),
        ),
        ("confidence", "high", "confidence: 'high' is not a number from 0.0 to 1.0"),
        ("date", "March", "date: 'March' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)"),
        ("target.country", "Brazil", "target.country: 'Brazil' is not an ISO 3166 alpha-3 code"),
        ("article_id", "x", "field: 'article_id' cannot be corrected"),
        ("mode", " ", "value: give the corrected value"),
    ],
)
def test_bad_correction_values_are_refused(field: str, raw: str, message: str) -> None:
    from tidings.api import WebError, parse_correction

    with pytest.raises(WebError) as caught:
        parse_correction(field, raw)
    assert caught.value.status == 400 and caught.value.message == message


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "plover", "gdelt", "parquet", "graphml", "gexf", "geojson"])
def test_every_export_format_downloads_what_is_filtered(client: Client, store: Store, fmt: str) -> None:
    total = store.count_events(EventFilter(country="GEO"))
    response = client.get(f"/api/events.{fmt}?country=GEO")
    assert response.status_code == 200
    assert 'filename="tidings-events.' in response.headers["content-disposition"]
    body = response.content
    assert body
    if fmt in {"jsonl", "plover"}:
        assert len(body.decode().splitlines()) == total
    elif fmt == "gdelt":
        lines = body.decode().splitlines()
        assert len(lines) == total and all(len(line.split("\t")) == 61 for line in lines)
    elif fmt == "csv":
        assert len(body.decode().splitlines()) == total + 1


def test_unknown_export_format_is_one_error(client: Client) -> None:
    assert_error(client.get("/api/events.xlsx"), 404, "not_found")
