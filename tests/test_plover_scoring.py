"""Scoring against PLOVER-style gold sentences (`tidings eval-plover`): legacy names mapped, and actors
compared the way the gold codes them. Sentences and events here are written for the test."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tidings.evaluate import load_plover_sentences, score_plover


def _gold(tmp_path: Path, records: list[dict[str, Any]]) -> str:
    path = tmp_path / "plover.json"
    path.write_text(json.dumps(records), encoding="utf-8")
    return str(path)


def _record(rid: str, event: str, source: str, target: str | None, text: str) -> dict[str, Any]:
    record: dict[str, Any] = {
        "id": rid,
        "event": event,
        "text": text,
        "source": [{"actorText": "a", "code": source}],
    }
    if target is not None:
        record["target"] = [{"actorText": "b", "code": target}]
    return record


def _event(kind: str, source: dict[str, Any], target: dict[str, Any] | None) -> dict[str, Any]:
    return {"type": kind, "modality": "asserted", "source": source, "target": target, "trigger": "x"}


UN = {"country": None, "org": "UN", "sector": "IGO"}
AMNESTY = {"country": None, "org": "AMNESTY", "sector": "NGO"}
AQ = {"country": None, "org": "AQ", "sector": "REB"}


def test_a_body_of_no_one_country_matches_the_kind_the_gold_codes_it_by(tmp_path: Path) -> None:
    # the gold codes non-governmental bodies now "NGO", now "IGO": either matches either
    gold = load_plover_sentences(
        _gold(
            tmp_path,
            [
                _record("s1", "DEMAND", "IGO", "IRQ", "The UN envoy urged Iraq to open the crossings."),
                _record("s2", "DISAPPROVE", "IGO", "EGY", "Amnesty International condemned Egypt."),
                _record("s3", "THREATEN", "IMG", "USA", "The militant network threatened the United States."),
            ],
        )
    )
    found = [
        [_event("REQUEST", UN, {"country": "IRQ"})],
        [_event("ACCUSE", AMNESTY, {"country": "EGY"})],
        [_event("THREATEN", AQ, {"country": "USA"})],
    ]
    report = score_plover(gold, found).to_dict()
    assert (report["right_type"], report["right_type_and_actors"]) == (3, 3)


def test_a_body_does_not_match_another_kind_or_a_country(tmp_path: Path) -> None:
    gold = load_plover_sentences(
        _gold(
            tmp_path,
            [
                _record("s1", "DEMAND", "IMG", "IRQ", "An armed network urged Iraq to open the crossings."),
                _record("s2", "DEMAND", "FRA", "IRQ", "France urged Iraq to open the border crossings."),
            ],
        )
    )
    found = [[_event("REQUEST", UN, {"country": "IRQ"})], [_event("REQUEST", UN, {"country": "IRQ"})]]
    report = score_plover(gold, found).to_dict()
    assert (report["right_type"], report["right_type_and_actors"]) == (2, 0)


def test_a_body_with_a_country_is_matched_by_its_country(tmp_path: Path) -> None:
    # a national body with a sector of its own is its country's, whatever kind of body it is
    gold = load_plover_sentences(
        _gold(tmp_path, [_record("s1", "DEMAND", "IGO", "IRQ", "The Kuwaiti charity urged Iraq to act.")])
    )
    crescent = {"country": "KWT", "org": "KRCS", "sector": "NGO"}
    report = score_plover(gold, [[_event("REQUEST", crescent, {"country": "IRQ"})]]).to_dict()
    assert report["right_type_and_actors"] == 0


def test_legacy_cameo_country_codes_are_read_as_iso(tmp_path: Path) -> None:
    gold = load_plover_sentences(
        _gold(
            tmp_path,
            [_record("s1", "FIGHT", "VTN", "ITL", "Vietnamese gunboats fired on an Italian freighter.")],
        )
    )
    assert (gold[0].type, gold[0].sources, gold[0].targets) == ("ASSAULT", {"VNM"}, {"ITA"})
    report = score_plover(gold, [[_event("ASSAULT", {"country": "VNM"}, {"country": "ITA"})]]).to_dict()
    assert report["right_type_and_actors"] == 1
