"""Stories: the same meeting reported by several outlets ends as one story with the right counts.

The articles below were written for these tests: four outlets report one meeting in Damascus with
different wording ("Assad", "the Syrian president", "Bashar al-Assad"), sides in either order and dates
given differently ("on Thursday" in articles published on other days, "on January 12"); one outlet reports
it twice; and the same pair meets again a month later, which must stay a story of its own. Extraction is
the real model's; the store is a real SQLite file and a real PostgreSQL schema.
"""

from __future__ import annotations

import asyncio
import json
import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import sqlalchemy as sa
from click.testing import CliRunner

from tidings.cli import cli
from tidings.records import Article, ArticleRecord
from tidings.store import EventFilter, Store, StoryFilter
from tidings.stories import (
    StoryKey,
    corroborated,
    dates_compatible,
    source_name,
    story_key,
    surname,
    tfidf_similarities,
)

PG_ENV = "TIDINGS_TEST_PG_URL"
PG_MISSING = "PostgreSQL not configured (set TIDINGS_TEST_PG_URL)"

# 2023-01-12 was a Thursday.
ARTICLES = [
    Article(
        id="herald-1",
        url="https://www.dailyherald.example/world/assad-envoy",
        site="dailyherald.example",
        title="Assad receives Russian envoy in Damascus",
        published="2023-01-13",
        text="Syrian President Bashar al-Assad met Russian envoy Alexander Lavrentiev in Damascus on "
        "Thursday. "
        "The two men discussed the situation in the north of the country, according to a statement from "
        "the presidency.",
    ),
    Article(
        id="courier-1",
        url="https://news.courier.example/2023/01/12/syria-russia-talks",
        site="news.courier.example",
        title="Syrian president holds talks with Moscow's envoy",
        published="2023-01-12",
        text="The Syrian president, Bashar al-Assad, held talks with Russian envoy Alexander Lavrentiev in "
        "Damascus on January 12. Officials said the meeting focused on humanitarian aid and reconstruction.",
    ),
    Article(
        id="globe-1",
        url="https://globe.example/middle-east/lavrentiev-assad",
        site="globe.example",
        title="Lavrentiev and Assad meet",
        published="2023-01-14",
        text="Russian envoy Alexander Lavrentiev met Assad in Damascus on Thursday, state media reported. "
        "Lavrentiev also met Syrian Foreign Minister Faisal Mekdad.",
    ),
    Article(
        id="report-1",
        url="https://syriareport.example/news/envoy",
        site="syriareport.example",
        title="Envoy in Damascus",
        published="2023-01-13",
        text="The Syrian president met Russian envoy Alexander Lavrentiev in Damascus on Thursday. "
        "The talks covered border security and refugees.",
    ),
    Article(
        id="herald-2",
        url="https://www.dailyherald.example/world/assad-envoy-live",
        site="dailyherald.example",
        title="Live: Russian envoy in Damascus",
        published="2023-01-12",
        text="Syrian President Bashar al-Assad met Alexander Lavrentiev, the Russian president's special "
        "envoy, in Damascus on Thursday. The meeting was the first between the two this year.",
    ),
    Article(
        id="herald-3",
        url="https://www.dailyherald.example/world/assad-envoy-february",
        site="dailyherald.example",
        title="Assad meets Russian envoy again",
        published="2023-02-16",
        text="Syrian President Bashar al-Assad met Russian envoy Alexander Lavrentiev in Damascus on "
        "February 15. They talked about the earthquake relief effort.",
    ),
]
# report-1, rewritten: it now reports the foreign minister's meeting, not the president's.
REPORT_CORRECTED = (
    "Syrian Foreign Minister Faisal Mekdad met Russian envoy Alexander Lavrentiev in Damascus on Thursday. "
    "The talks covered border security and refugees."
)
FIRST_MEETING = {"herald-1", "courier-1", "globe-1", "report-1", "herald-2"}


# -- the pure parts ----------------------------------------------------------------------------------------
def test_surnames_drop_the_arabic_article() -> None:
    assert surname("Bashar al-Assad") == surname("Assad") == "assad"
    assert surname(None) is None


def test_symmetric_types_order_their_sides() -> None:
    syr_rus = {
        "type": "CONSULT",
        "source_text": "x",
        "source_country": "SYR",
        "target_text": "y",
        "target_country": "RUS",
    }
    assert story_key(syr_rus) == StoryKey("CONSULT", "RUS", "SYR", swapped=True)
    assert story_key({**syr_rus, "type": "ASSAULT"}) == StoryKey("ASSAULT", "SYR", "RUS")


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("2023-01-12", "2023-01-14", True),
        ("2023-01-12", "2023-01-15", False),
        ("2023-01", "2023-01-30", True),
        ("2023", "2023-06-01", True),
        ("2023-02", "2023-01-30", False),
        (None, "2023-01-12", False),
    ],
)
def test_date_compatibility(a: str | None, b: str | None, expected: bool) -> None:
    assert dates_compatible(a, b) is expected


def test_corroboration_raises_confidence_up_to_a_cap() -> None:
    assert corroborated(0.8, 1) == 0.8
    assert corroborated(0.8, 2) == 0.85
    assert corroborated(0.5, 40) == 0.65
    assert corroborated(0.95, 4) == 0.99


def test_tfidf_prefers_the_text_on_the_same_subject() -> None:
    scores = tfidf_similarities(
        "Assad met the Russian envoy in Damascus to discuss refugees",
        {
            "same": "The Russian envoy met Assad in Damascus; refugees were discussed",
            "other": "Floods hit Java",
        },
    )
    assert scores["same"] > 0.3 > scores["other"] == 0.0


# -- the store -----------------------------------------------------------------------------------------------
def _pg_url() -> str:
    url = os.environ.get(PG_ENV)
    if not url:
        if os.environ.get("CI"):
            pytest.fail(f"{PG_MISSING} (required when CI is set)")
        pytest.skip(PG_MISSING)
    return url


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield str(tmp_path / "stories.sqlite")
        return
    base = _pg_url()
    admin = sa.create_engine(
        base.replace("postgresql://", "postgresql+psycopg://", 1), isolation_level="AUTOCOMMIT"
    )
    schema = f"test_{uuid.uuid4().hex[:12]}"
    with admin.connect() as conn:
        conn.exec_driver_sql(f"CREATE SCHEMA {schema}")
    try:
        yield f"{base}{'&' if '?' in base else '?'}options=-csearch_path%3D{schema}"
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(f"DROP SCHEMA {schema} CASCADE")
        admin.dispose()


@pytest.fixture(scope="module")
def records(nlp: Any) -> dict[str, ArticleRecord]:
    from tidings.extract import extract_articles

    return {record.article.id or "": record for record in extract_articles(ARTICLES)}


@pytest.fixture
def store(db_url: str, records: dict[str, ArticleRecord]) -> Iterator[Store]:
    with Store.open(db_url) as opened:
        for record in records.values():
            assert opened.save_record(record) == "new"
        yield opened


def _story_of(store: Store, article_ids: set[str], target: str = "assad") -> dict[str, Any]:
    """The story whose reports come from exactly ``article_ids`` (and whose Syrian side is ``target``)."""
    for story in store.stories(StoryFilter(country="SYR"), limit=1000):
        full = store.story(story["id"]) or {}
        if {e["article"]["id"] for e in full["events"]} == article_ids:
            assert surname(full["target"]["name"]) == target
            return full
    raise AssertionError(f"no story reported by exactly {sorted(article_ids)}")


pytestmark = pytest.mark.model


def test_one_meeting_reported_by_four_outlets_is_one_story(store: Store) -> None:
    story = _story_of(store, FIRST_MEETING)
    assert story["type"] == "CONSULT"
    assert story["date"] == "2023-01-12"
    assert (story["num_articles"], story["num_sources"], story["num_mentions"]) == (5, 4, 5)
    assert story["sources"] == [
        "dailyherald.example",
        "globe.example",
        "news.courier.example",
        "syriareport.example",
    ]
    assert (story["first_seen"], story["last_seen"]) == ("2023-01-12", "2023-01-14")
    # The sides in key order (RUS before SYR), with the best-supported names.
    assert story["source"]["name"] == "Alexander Lavrentiev"
    assert story["target"]["name"] == "Bashar al-Assad"
    assert story["place"]["name"] == "Damascus"


def test_the_same_pair_a_month_later_is_another_story(store: Store) -> None:
    later = _story_of(store, {"herald-3"})
    assert later["date"] == "2023-02-15"
    assert (later["num_articles"], later["num_sources"]) == (1, 1)
    # The foreign minister's meeting on the same day is another story too.
    _story_of(store, {"globe-1"}, target="mekdad")


def test_event_dicts_carry_the_story_counts_and_corroborated_confidence(store: Store) -> None:
    [event] = store.events(EventFilter(article_id="courier-1"))
    assert event["story"]["num_sources"] == event["num_sources"] == 4
    assert (event["num_articles"], event["num_mentions"]) == (5, 5)
    assert event["confidence"] == corroborated(0.9, 4)  # 0.90 as extracted, +0.05 per other outlet
    assert [e["id"] for e in store.events(EventFilter(min_confidence=0.99))] != []


def test_a_changed_article_leaves_its_story_and_the_counts_follow(
    store: Store, records: dict[str, ArticleRecord]
) -> None:
    from tidings.extract import extract_article

    old = records["report-1"].article
    changed = Article(**{**old.__dict__, "text": REPORT_CORRECTED})
    assert store.save_record(extract_article(changed)) == "updated"
    story = _story_of(store, FIRST_MEETING - {"report-1"})
    assert (story["num_articles"], story["num_sources"], story["num_mentions"]) == (4, 3, 4)
    # The rewritten report now corroborates the foreign minister's meeting told by globe-1.
    mekdad = _story_of(store, {"globe-1", "report-1"}, target="mekdad")
    assert mekdad["num_sources"] == 2


def test_removing_an_article_recounts_and_drops_empty_stories(store: Store) -> None:
    before = store.count_stories(StoryFilter())
    assert store.remove_article("globe-1") is True
    assert store.remove_article("globe-1") is False
    story = _story_of(store, FIRST_MEETING - {"globe-1"})
    assert (story["num_articles"], story["num_sources"]) == (4, 3)
    assert store.count_stories(StoryFilter()) == before - 1  # the Mekdad meeting had no other report
    assert store.article("globe-1") is None
    assert store.remove_article("herald-3") is True
    assert store.count_stories(StoryFilter(min_sources=1)) == before - 2


def test_story_filters(store: Store) -> None:
    assert [s["num_sources"] for s in store.stories(StoryFilter(min_sources=2))] == [4]
    assert store.count_stories(StoryFilter(since="2023-02-01")) == 1
    assert store.count_stories(StoryFilter(until="2023-01-31", country="RUS")) == 2
    assert store.count_stories(StoryFilter(type="ASSAULT")) == 0


def test_related_articles_put_reports_of_the_same_event_first(store: Store) -> None:
    related = store.related_articles("courier-1", limit=10)
    first = {r["id"] for r in related[:4]}
    assert first == FIRST_MEETING - {"courier-1"}
    assert all(r["shared_stories"] == 1 for r in related[:4])
    assert related[4]["id"] == "herald-3" and related[4]["shared_stories"] == 0
    assert related[4]["similarity"] > 0


def test_stories_command(db_url: str, store: Store) -> None:
    runner = CliRunner()
    result = runner.invoke(cli, ["stories", "--db", db_url, "--min-sources", "2", "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    [line] = result.output.splitlines()
    assert json.loads(line)["num_sources"] == 4
    table = runner.invoke(cli, ["stories", "--db", db_url, "--country", "SYR", "--format", "table"])
    assert table.exit_code == 0
    header, first, *_ = table.output.splitlines()
    assert header.split() == [
        "id",
        "type",
        "date",
        "source",
        "target",
        "place",
        "sources",
        "articles",
        "mentions",
    ]
    assert first.split()[1:3] == ["CONSULT", "2023-01-12"] and first.split()[-3:] == ["4", "5", "5"]
    csv_out = runner.invoke(cli, ["stories", "--db", db_url, "--type", "CONSULT", "--format", "csv"])
    assert csv_out.output.splitlines()[0] == "id,type,date,source,target,place,sources,articles,mentions"
    bad = runner.invoke(cli, ["stories", "--db", db_url, "--since", "January"])
    assert bad.exit_code != 0
    assert "since: 'January' is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)" in bad.output


def _get(store: Store, url: str) -> httpx.Response:
    from tidings.web import create_app

    async def fetch() -> httpx.Response:
        transport = httpx.ASGITransport(app=create_app(store))
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
            return await client.get(url)

    return asyncio.run(fetch())


def test_api_and_pages_show_the_story(store: Store) -> None:
    listing = _get(store, "/api/stories?min_sources=2").json()
    assert listing["total"] == 1
    [story] = listing["stories"]
    detail = _get(store, f"/api/stories/{story['id']}").json()["story"]
    assert len(detail["events"]) == 5
    assert _get(store, "/api/stories/nope").status_code == 404
    same_day = _get(store, "/api/events?type=CONSULT&since=2023-01-12&until=2023-01-12").json()["events"]
    events = [e for e in same_day if e["story"]["id"] == story["id"]]
    assert len(events) == 5 and {e["num_sources"] for e in events} == {4}
    # the envoy's meeting with the foreign minister that day is a story of its own
    assert [e["num_sources"] for e in same_day if e not in events] == [1]
    event_id = events[0]["id"]
    api_event = _get(store, f"/api/events/{event_id}").json()
    assert len(api_event["other_reports"]) == 4
    page = _get(store, f"/events/{event_id}").text
    assert "Reported by 4 sources" in page
    for other in api_event["other_reports"]:
        assert f'href="/events/{other["id"]}"' in page
    article = _get(store, "/articles/courier-1").text
    assert "reported by 4 sources" in article


# -- the Wikinews corpus -------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def wikinews(shared_dir: Path, tmp_path_factory: pytest.TempPathFactory, nlp: Any) -> Iterator[Store]:
    from tidings.batch import ingest
    from tidings.config import Settings

    path = tmp_path_factory.mktemp("wikinews") / "more.sqlite"
    with Store.open(str(path)) as opened:
        ingest([str(shared_dir / "corpus" / "wikinews" / "more.jsonl")], opened, Settings())
        yield opened


@pytest.mark.corpus
def test_wikinews_more_merges_reports_into_stories(wikinews: Store) -> None:
    """The figures docs/stories.md reports."""
    events = wikinews.count_events(EventFilter())
    stories = wikinews.stories(StoryFilter(), limit=10000)
    multi = [s for s in stories if s["num_articles"] > 1]
    assert events == sum(s["num_events"] for s in stories)
    assert len(stories) < events
    assert multi, "some events of the corpus are reported by more than one article"
    assert all(s["num_sources"] == 1 for s in stories)  # every article is from Wikinews


def test_the_outlet_is_the_site_else_the_host_else_the_article() -> None:
    assert source_name(" Steppe Monitor ", "https://x.example/a", "a1") == "steppe monitor"
    assert source_name(None, "https://www.news.example/a", "a1") == "news.example"
    # an address no URL parser can read (an unclosed IPv6 bracket) names no host: the article counts alone
    assert source_name(None, "http://[broken/a", "a1") == "article:a1"
