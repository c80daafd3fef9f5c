"""End to end with the real spaCy model: the seed article against its gold record, and the examples."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tidings.documents import read_source
from tidings.evaluate import score
from tidings.extract import extract_article, extract_articles
from tidings.records import DATE_RELATIONS, MODALITIES, PLOVER_TYPES, SECTORS, Article, ArticleRecord

pytestmark = pytest.mark.model

EXAMPLES = sorted(
    p
    for p in (Path(__file__).resolve().parents[1] / "examples").iterdir()
    if p.suffix in {".txt", ".html", ".jsonl"}
)
FURNITURE = ("Share it", "Leave a Reply", "Read more", "Your email address", "Required fields")
RELATED_TITLE = "Trilateral Meeting Of Russia, Turkey And Syria In Moscow"


def _read_one(path: Path) -> Article:
    (item,) = list(read_source(str(path)))
    assert isinstance(item, Article), item
    return item


@pytest.fixture(scope="module")
def seed_record(nlp: Any, seed_path: Path) -> ArticleRecord:
    return extract_article(_read_one(seed_path))


@pytest.fixture(scope="module")
def seed_gold(shared_dir: Path) -> dict[str, Any]:
    path = shared_dir / "corpus" / "seed-article.gold.json"
    if not path.is_file():
        pytest.skip("../shared corpus not available")
    gold: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return gold


def _keys(event: dict[str, Any]) -> set[str]:
    actors = [event.get("source"), event.get("target"), *(event.get("others") or [])]
    return {a.get("country") or a.get("org") for a in actors if a} - {None}


def _find(events: list[dict[str, Any]], kind: str, keys: set[str], **where: Any) -> dict[str, Any]:
    found = [
        e
        for e in events
        if e["type"] == kind and _keys(e) == keys and all(e.get(k) == v for k, v in where.items())
    ]
    assert len(found) == 1, [(e["type"], sorted(_keys(e)), e["modality"]) for e in events]
    return found[0]


# -- the seed article ----------------------------------------------------------------------------------------
@pytest.mark.corpus
def test_seed_metadata_matches_gold(seed_record: ArticleRecord, seed_gold: dict[str, Any]) -> None:
    article = seed_record.article
    assert article.title == seed_gold["title"]
    assert article.published == seed_gold["published"]
    assert article.byline == seed_gold["byline"]
    assert RELATED_TITLE in [r.title for r in article.related]
    assert [r["title"] for r in seed_gold["related"]] == [RELATED_TITLE]


@pytest.mark.corpus
def test_seed_body_has_no_page_furniture(seed_record: ArticleRecord, seed_gold: dict[str, Any]) -> None:
    text = seed_record.article.text
    for phrase in FURNITURE:
        assert phrase not in text
    for phrase in seed_gold["boilerplate_not_in_body"]:
        assert phrase not in text
    # the body itself is all there: first and last paragraph of the article
    assert text.startswith("Russian president’s special envoy Alexander Lavrentiev held a meeting")
    assert text.rstrip().endswith("which is the result of recent developments in northern Syria.")


@pytest.mark.corpus
def test_seed_evidence_indexes_the_body(seed_record: ArticleRecord) -> None:
    text = seed_record.article.text
    assert seed_record.events
    for event in seed_record.events:
        assert event.evidence
        for ev in event.evidence:
            assert 0 <= ev.start < ev.end <= len(text)
            assert text[ev.start : ev.end] == ev.text
            assert not any(phrase in ev.text for phrase in FURNITURE)


@pytest.mark.corpus
def test_seed_events_are_well_formed(seed_record: ArticleRecord) -> None:
    ids = [e.id for e in seed_record.events]
    assert len(set(ids)) == len(ids)
    for event in seed_record.to_dict()["events"]:
        assert event["type"] in PLOVER_TYPES
        assert event["modality"] in MODALITIES
        assert event["date_relation"] in (*DATE_RELATIONS, None)
        assert 0.0 <= event["confidence"] <= 1.0
        assert event["source"] is None or event["source"]["sector"] in SECTORS
        assert event["target"] is None or event["target"]["sector"] in SECTORS
        assert event["cameo"] and event["quad_class"] in {1, 2, 3, 4}


@pytest.mark.corpus
def test_seed_scores_with_our_scorer(seed_record: ArticleRecord, seed_gold: dict[str, Any]) -> None:
    report = score([seed_gold], [seed_record.to_dict(with_text=True)]).to_dict()
    core = [e for e in seed_gold["events"] if e.get("core")]
    assert core
    assert report["recall_core"] == 1.0, report["misses"]
    assert report["precision"] >= 0.75, report["false_alarms"]
    assert report["gold"] == len(seed_gold["events"])
    assert report["pred"] == len(seed_record.events)


@pytest.mark.corpus
def test_seed_scores_with_the_shared_scorer(
    seed_record: ArticleRecord, seed_gold: dict[str, Any], shared_dir: Path, tmp_path: Path
) -> None:
    scorer = shared_dir / "tools" / "score_events.py"
    if not scorer.is_file():
        pytest.skip("../shared corpus not available")
    gold_file, pred_file = tmp_path / "gold.jsonl", tmp_path / "pred.jsonl"
    # the shared scorer reads one JSON object per line: write the pretty-printed gold compactly
    gold_file.write_text(json.dumps(seed_gold, ensure_ascii=False) + "\n", encoding="utf-8")
    pred_file.write_text(json.dumps(seed_record.to_dict(), ensure_ascii=False) + "\n", encoding="utf-8")
    run = subprocess.run(
        [sys.executable, str(scorer), str(gold_file), str(pred_file), "--json"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    result = json.loads(run.stdout)
    assert result["articles"] == 1
    assert result["gold"] == len(seed_gold["events"])
    assert result["pred"] == len(seed_record.events)
    assert result["recall_core"] == 1.0
    assert result["precision"] >= 0.75
    ours = score([seed_gold], [seed_record.to_dict()]).to_dict()
    for key in ("precision", "recall", "recall_core", "f1"):
        assert result[key] == ours[key]


@pytest.mark.corpus
def test_seed_envoy_visit_is_dated_and_placed(seed_record: ArticleRecord) -> None:
    events = seed_record.to_dict()["events"]
    visit = _find(events, "CONSULT", {"RUS", "SYR"}, modality="asserted")
    assert visit["date"] == "2023-01-12"
    assert visit["date_precision"] == "day"
    assert visit["place"] is not None
    assert (visit["place"]["name"], visit["place"]["country"]) == ("Damascus", "SYR")
    assert visit["source"]["country"] == "RUS" and visit["source"]["sector"] == "GOV"
    assert visit["target"]["country"] == "SYR" and visit["target"]["sector"] == "GOV"
    assert any("Lavrentiev held a meeting" in ev["text"] for ev in visit["evidence"])
    assert visit["attributed_to"] is None


@pytest.mark.corpus
def test_seed_planned_summit_is_attributed_to_the_newspaper(seed_record: ArticleRecord) -> None:
    events = seed_record.to_dict()["events"]
    summit = _find(events, "CONSULT", {"TUR", "SYR"})
    assert summit["modality"] == "planned"
    assert summit["date"] == "2023-06-18"
    assert summit["date_relation"] == "before"
    assert summit["attributed_to"] is not None
    assert "Aydınlık" in summit["attributed_to"]["text"]
    assert any("will meet" in ev["text"] for ev in summit["evidence"])


@pytest.mark.corpus
def test_seed_trilateral_meeting_has_all_three_countries(seed_record: ArticleRecord) -> None:
    events = seed_record.to_dict()["events"]
    meeting = _find(events, "CONSULT", {"SYR", "TUR", "RUS"})
    sides = [meeting["source"], meeting["target"], *meeting["others"]]
    assert {a["sector"] for a in sides} == {"MIL"}
    assert meeting["place"] is not None and meeting["place"]["country"] == "RUS"
    assert meeting["date"] is None or meeting["date"] < "2023-01-13"


# -- the examples --------------------------------------------------------------------------------------------
@pytest.mark.parametrize("path", EXAMPLES, ids=[p.name for p in EXAMPLES])
def test_example_extracts_events_with_valid_offsets(nlp: Any, path: Path) -> None:
    articles = [a for a in read_source(str(path)) if isinstance(a, Article)]
    assert articles, f"{path.name}: no article read"
    records = list(extract_articles(articles))
    assert len(records) == len(articles)
    for record in records:
        assert record.events, f"{path.name}: {record.article.id} gave no event"
        text = record.article.text
        for event in record.events:
            assert event.type in PLOVER_TYPES
            for ev in event.evidence:
                assert text[ev.start : ev.end] == ev.text
                assert ev.text.strip() == ev.text and ev.text


def test_batch_extraction_equals_one_by_one(nlp: Any) -> None:
    articles = [a for p in EXAMPLES for a in read_source(str(p)) if isinstance(a, Article)]
    batched = [r.to_dict() for r in extract_articles(articles)]
    single = [extract_article(a).to_dict() for a in articles]
    assert batched == single
