"""The scorer: matching rules, counts on small hand-written cases, and agreement with ../shared's scorer."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from tidings.cli import cli
from tidings.errors import InputError
from tidings.evaluate import actors_agree, events_match, load_gold, load_predictions, render_report, score


def ev(kind: str, source: Any = None, target: Any = None, **extra: Any) -> dict[str, Any]:
    """An event dict; actors given as ISO3 strings become {"country": ...}, dicts are kept."""

    def actor(value: Any) -> Any:
        return {"country": value} if isinstance(value, str) else value

    return {"type": kind, "source": actor(source), "target": actor(target), **extra}


# -- events_match --------------------------------------------------------------------------------------------
def test_type_must_match() -> None:
    assert events_match(ev("ACCUSE", "USA", "RUS"), ev("ACCUSE", "USA", "RUS"))
    assert not events_match(ev("ACCUSE", "USA", "RUS"), ev("CONSULT", "USA", "RUS"))
    assert events_match(ev("ACCUSE", "USA", "RUS"), ev("accuse", "USA", "RUS"))  # case does not matter


def test_source_key_is_the_country_else_the_organisation() -> None:
    assert events_match(ev("ACCUSE", {"org": "UN"}, "RUS"), ev("ACCUSE", {"org": "UN", "name": "x"}, "RUS"))
    assert not events_match(ev("ACCUSE", {"org": "UN"}, "RUS"), ev("ACCUSE", {"org": "EU"}, "RUS"))
    # with both, the country is the key: an organisation alone does not stand in for it
    assert not events_match(
        ev("ACCUSE", {"country": "USA", "org": "NATO"}, "RUS"), ev("ACCUSE", {"org": "NATO"}, "RUS")
    )
    assert events_match(
        ev("ACCUSE", {"country": "USA", "org": "NATO"}, "RUS"), ev("ACCUSE", {"country": "usa"}, "RUS")
    )
    assert not events_match(ev("ACCUSE", "USA", "RUS"), ev("ACCUSE", "GBR", "RUS"))
    assert not events_match(ev("ACCUSE", "USA", "RUS"), ev("ACCUSE", None, "RUS"))


def test_gold_without_source_accepts_any_source() -> None:
    assert events_match(ev("ASSAULT", None, "UKR"), ev("ASSAULT", "RUS", "UKR"))


def test_gold_target_null_matches_anything() -> None:
    gold = ev("PROTEST", "HKG", None)
    assert events_match(gold, ev("PROTEST", "HKG", "HKG"))
    assert events_match(gold, ev("PROTEST", "HKG", "CHN"))
    assert events_match(gold, ev("PROTEST", "HKG", None))
    assert not events_match(gold, ev("PROTEST", "CHN", None))


def test_gold_target_must_be_matched_when_given() -> None:
    assert not events_match(ev("ACCUSE", "USA", "RUS"), ev("ACCUSE", "USA", "CHN"))
    assert not events_match(ev("ACCUSE", "USA", "RUS"), ev("ACCUSE", "USA", None))


def test_gold_others_count_as_targets() -> None:
    gold = ev("COERCE", "USA", "RUS", others=[{"country": "SYR"}])
    assert events_match(gold, ev("COERCE", "USA", "SYR"))
    assert events_match(gold, ev("COERCE", "USA", "RUS"))
    assert not events_match(gold, ev("COERCE", "USA", "TUR"))
    # the prediction's others count too
    assert events_match(ev("COERCE", "USA", "SYR"), ev("COERCE", "USA", "TUR", others=[{"country": "SYR"}]))


def test_symmetric_types_may_be_swapped() -> None:
    for kind in ("CONSULT", "COOPERATE", "AGREE"):
        assert events_match(ev(kind, "RUS", "SYR"), ev(kind, "SYR", "RUS")), kind
    assert not events_match(ev("ACCUSE", "RUS", "SYR"), ev("ACCUSE", "SYR", "RUS"))
    # a multilateral meeting: any two of its participants, in any order
    gold = ev("CONSULT", "SYR", "TUR", others=[{"country": "RUS"}])
    assert events_match(gold, ev("CONSULT", "RUS", "TUR"))
    # but every predicted participant must be one of gold's, and there must be two
    assert not events_match(gold, ev("CONSULT", "TUR", "IRN"))
    assert not events_match(ev("CONSULT", "RUS", "SYR"), ev("CONSULT", "SYR", None))


def test_string_actors_are_read_as_keys() -> None:
    assert events_match({"type": "ACCUSE", "source": "USA", "target": "RUS"}, ev("ACCUSE", "USA", "RUS"))


# -- score on small hand-written cases -----------------------------------------------------------------------
GOLD = [
    {
        "id": "a1",
        "events": [
            ev(
                "CONSULT",
                "RUS",
                "SYR",
                core=True,
                date="2023-01-12",
                place={"name": "Damascus", "country": "SYR"},
                modality="asserted",
                evidence="Lavrentiev met Assad",
            ),
            ev("ACCUSE", "USA", "RUS", evidence="Washington accused Moscow"),
        ],
    },
    {"id": "a2", "events": [ev("PROTEST", "HKG", None, core=True, evidence="Thousands marched")]},
]
PREDS = [
    {  # out of order on purpose: articles are matched by id
        "article": {"id": "a2"},
        "events": [ev("PROTEST", "HKG", "HKG", modality="asserted", confidence=0.7)],
    },
    {
        "article": {"id": "a1"},
        "events": [
            ev(
                "CONSULT",
                "SYR",
                "RUS",
                date="2023-01-12T10:00",
                place={"country": "syr"},
                modality="asserted",
                evidence=[{"text": "Lavrentiev held a meeting with Assad", "start": 0, "end": 36}],
                confidence=0.9,
            ),
            ev("ACCUSE", "RUS", "USA", evidence=[{"text": "Moscow accused Washington"}], confidence=0.6),
            ev("SUPPORT", "SYR", "RUS", modality="asserted", confidence=0.5),
        ],
    },
]


def test_score_overall_counts() -> None:
    d = score(GOLD, PREDS).to_dict()
    assert (d["articles"], d["gold"], d["pred"]) == (2, 3, 4)
    assert d["precision"] == 0.5  # 2 of 4 predictions match
    assert d["recall"] == 0.667  # 2 of 3 gold events found
    assert d["f1"] == round(2 * 0.5 * (2 / 3) / (0.5 + 2 / 3), 3) == 0.571
    assert d["recall_core"] == 1.0  # both core events found


def test_score_per_type() -> None:
    by_type = score(GOLD, PREDS).to_dict()["by_type"]
    assert set(by_type) == {"ACCUSE", "CONSULT", "PROTEST", "SUPPORT"}
    assert by_type["CONSULT"] == {"gold": 1, "pred": 1, "precision": 1.0, "recall": 1.0, "f1": 1.0}
    assert by_type["ACCUSE"] == {"gold": 1, "pred": 1, "precision": 0.0, "recall": 0.0, "f1": 0.0}
    assert by_type["SUPPORT"] == {"gold": 0, "pred": 1, "precision": 0.0, "recall": 0.0, "f1": 0.0}
    assert by_type["PROTEST"]["precision"] == 1.0 and by_type["PROTEST"]["recall"] == 1.0


def test_score_lists_misses_and_false_alarms() -> None:
    d = score(GOLD, PREDS).to_dict()
    assert d["misses"] == [
        {
            "article": "a1",
            "type": "ACCUSE",
            "source": "USA",
            "target": "RUS",
            "date": None,
            "modality": None,
            "evidence": "Washington accused Moscow",
        },
    ]
    alarms = [
        (fa["article"], fa["type"], fa["source"], fa["target"], fa["confidence"]) for fa in d["false_alarms"]
    ]
    assert alarms == [("a1", "ACCUSE", "RUS", "USA", 0.6), ("a1", "SUPPORT", "SYR", "RUS", 0.5)]
    assert d["false_alarms"][0]["evidence"] == "Moscow accused Washington"
    assert d["per_article"] == [
        {"id": "a1", "gold": 2, "pred": 3, "matched": 1},
        {"id": "a2", "gold": 1, "pred": 1, "matched": 1},
    ]


def test_gold_evidence_given_as_offsets_is_read_from_the_article() -> None:
    """Gold kept apart from the article's words names its evidence by offsets into the article text."""
    text = "Kenya condemned Uganda on Monday. Nothing else happened."
    gold = [
        {
            "id": "k1",
            "events": [
                {
                    "type": "ACCUSE",
                    "source": {"country": "KEN"},
                    "target": {"country": "UGA"},
                    "evidence_start": 0,
                    "evidence_end": 32,
                }
            ],
        }
    ]
    preds = [{"article": {"id": "k1", "text": text}, "events": []}]
    [miss] = score(gold, preds).to_dict()["misses"]
    assert miss["evidence"] == "Kenya condemned Uganda on Monday"
    # without the article's text there is nothing to show, and nothing breaks
    [bare] = score(gold, [{"id": "k1", "events": []}]).to_dict()["misses"]
    assert bare["evidence"] == ""


def test_score_attribute_accuracy_on_matched_events() -> None:
    d = score(GOLD, PREDS).to_dict()
    assert d["date_acc"] == 1.0  # same day, the time of day does not count
    assert d["place_acc"] == 1.0  # country codes compared case-insensitively
    assert d["modality_acc"] == 1.0  # only the CONSULT has a gold modality


def test_each_prediction_matches_at_most_one_gold_event() -> None:
    gold = [{"id": "a", "events": [ev("ACCUSE", "USA", "RUS"), ev("ACCUSE", "USA", "RUS")]}]
    preds = [{"id": "a", "events": [ev("ACCUSE", "USA", "RUS")]}]
    d = score(gold, preds).to_dict()
    assert (d["precision"], d["recall"]) == (1.0, 0.5)
    assert len(d["misses"]) == 1


def test_articles_matched_by_order_or_path_stem() -> None:
    gold = [
        {"id": "x1", "events": [ev("ACCUSE", "USA", "RUS")]},
        {"id": "x2", "events": [ev("ACCUSE", "GBR", "IRN")]},
    ]
    by_order = [{"events": [ev("ACCUSE", "USA", "RUS")]}, {"events": [ev("ACCUSE", "GBR", "IRN")]}]
    assert score(gold, by_order).to_dict()["recall"] == 1.0
    by_path = [{"article": {"path": "/data/x2.txt"}, "events": [ev("ACCUSE", "GBR", "IRN")]}]
    d = score(gold, by_path).to_dict()
    assert (d["recall"], d["precision"]) == (0.5, 1.0)  # x1 has no prediction: its event is a miss
    assert [m["article"] for m in d["misses"]] == ["x1"]


def test_empty_inputs_score_zero_without_dividing_by_zero() -> None:
    d = score([{"id": "a", "events": []}], [{"id": "a", "events": []}]).to_dict()
    assert (d["precision"], d["recall"], d["f1"], d["recall_core"]) == (0.0, 0.0, 0.0, 0.0)
    assert d["date_acc"] is None


def test_render_report_names_the_numbers() -> None:
    text = render_report(score(GOLD, PREDS))
    assert "articles 2  gold 3  predicted 4" in text
    assert "precision 0.500  recall 0.667  F1 0.571  core recall 1.000" in text
    assert "misses (gold events not found): 1" in text
    assert "false alarms (found, not in gold): 2" in text
    assert "[a1] ACCUSE USA->RUS None: Washington accused Moscow" in text


# -- loading files -------------------------------------------------------------------------------------------
def test_load_gold_reads_jsonl_and_a_single_pretty_object(tmp_path: Path) -> None:
    lines = tmp_path / "gold.jsonl"
    lines.write_text("\n".join(json.dumps(g) for g in GOLD) + "\n", encoding="utf-8")
    assert [g["id"] for g in load_gold(str(lines))] == ["a1", "a2"]
    pretty = tmp_path / "one.json"
    pretty.write_text(json.dumps(GOLD[0], indent=2), encoding="utf-8")
    assert [g["id"] for g in load_gold(str(pretty))] == ["a1"]


def test_load_gold_rejects_unknown_types_and_missing_events(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps({"id": "a", "events": [{"type": "GOSSIP"}]}) + "\n", encoding="utf-8")
    with pytest.raises(InputError) as info:
        load_gold(str(bad))
    assert str(info.value) == f"{bad} record 1: unknown event type 'GOSSIP'"
    bad.write_text(json.dumps({"id": "a"}) + "\n", encoding="utf-8")
    with pytest.raises(InputError) as info:
        load_gold(str(bad))
    assert str(info.value) == f'{bad} record 1: gold record has no "events" list'


def test_load_predictions_errors(tmp_path: Path) -> None:
    with pytest.raises(InputError) as info:
        load_predictions(str(tmp_path / "none.jsonl"))
    assert str(info.value) == f"{tmp_path / 'none.jsonl'}: no such file"
    broken = tmp_path / "broken.jsonl"
    broken.write_text('{"id": "a", "events": []}\n{not json\n', encoding="utf-8")
    with pytest.raises(InputError) as info:
        load_predictions(str(broken))
    assert str(info.value) == f"{broken} line 2: not valid JSON"
    empty = tmp_path / "empty.jsonl"
    empty.write_text("  \n", encoding="utf-8")
    with pytest.raises(InputError) as info:
        load_predictions(str(empty))
    assert str(info.value) == f"{empty}: file is empty"


# -- agreement with the shared scorer ------------------------------------------------------------------------
def _shared_scorer(shared_dir: Path) -> Path:
    path = shared_dir / "tools" / "score_events.py"
    if not path.is_file():
        pytest.skip("../shared corpus not available")
    return path


@pytest.mark.corpus
def test_match_rule_agrees_with_the_shared_scorer(shared_dir: Path) -> None:
    spec = importlib.util.spec_from_file_location("shared_score_events", _shared_scorer(shared_dir))
    assert spec is not None and spec.loader is not None
    shared = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(shared)
    pairs = [(g, p) for doc in GOLD for g in doc["events"] for p in PREDS[1]["events"] + PREDS[0]["events"]]
    pairs += [
        (ev("COERCE", "USA", "RUS", others=[{"country": "SYR"}]), ev("COERCE", "USA", "SYR")),
        (ev("CONSULT", "SYR", "TUR", others=[{"country": "RUS"}]), ev("CONSULT", "RUS", "TUR")),
        (ev("CONSULT", "SYR", "TUR", others=[{"country": "RUS"}]), ev("CONSULT", "TUR", "IRN")),
        (ev("ACCUSE", {"org": "UN"}, "RUS"), ev("ACCUSE", {"org": "UN"}, "RUS")),
        (ev("ACCUSE", {"country": "USA", "org": "NATO"}, "RUS"), ev("ACCUSE", {"org": "NATO"}, "RUS")),
        (ev("ASSAULT", None, "UKR"), ev("ASSAULT", "RUS", "UKR")),
        (ev("PROTEST", "HKG", None), ev("PROTEST", "HKG", "CHN")),
        (ev("CONSULT", "RUS", "SYR"), ev("CONSULT", "SYR", None)),
    ]
    for gold, pred in pairs:
        assert events_match(gold, pred) == shared.match(gold, pred), (gold, pred)


@pytest.mark.model
@pytest.mark.corpus
def test_dev_scores_agree_with_the_shared_scorer(nlp: Any, shared_dir: Path, tmp_path: Path) -> None:
    scorer = _shared_scorer(shared_dir)
    gold = shared_dir / "corpus" / "wikinews" / "dev.gold.jsonl"
    articles = shared_dir / "corpus" / "wikinews" / "dev.jsonl"
    if not (gold.is_file() and articles.is_file()):
        pytest.skip("../shared corpus not available")
    saved = tmp_path / "dev.pred.jsonl"
    result = CliRunner().invoke(
        cli,
        ["eval", "--json", "--save-predictions", str(saved), str(gold), str(articles)],
        catch_exceptions=False,
    )
    assert result.exit_code == 0, result.stderr
    cli_report = json.loads(result.stdout)
    preds = load_predictions(str(saved))
    assert len(preds) == len(load_gold(str(gold))) == cli_report["articles"]
    ours = score(load_gold(str(gold)), preds).to_dict()
    run = subprocess.run(
        [sys.executable, str(scorer), str(gold), str(saved), "--json"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    theirs = json.loads(run.stdout)
    for key in (
        "articles",
        "gold",
        "pred",
        "precision",
        "recall",
        "recall_core",
        "f1",
        "date_acc",
        "place_acc",
        "modality_acc",
    ):
        assert ours[key] == theirs[key] == cli_report[key], key
    assert theirs["pred"] > 0 and theirs["recall"] > 0


# -- matches that hold for the actors, not only their countries ---------------------------------------------
def person(name: str | None, country: str, sector: str = "UNK", role: str | None = None) -> dict[str, Any]:
    return {"name": name, "country": country, "sector": sector, "role": role}


def test_actors_agree_by_a_word_of_the_name_diacritics_and_initials_aside() -> None:
    gold = ev("ACCUSE", person("Recep Tayyip Erdoğan", "TUR", "GOV"), person("Donald Trump", "USA", "GOV"))
    found = ev("ACCUSE", person("Erdogan", "TUR", "UNK"), person("Trump", "USA", "UNK"))
    assert actors_agree(gold, found)
    states = ev("SANCTION", person("US", "USA", "UNK"), person("Iran", "IRN", "UNK"))
    assert actors_agree(states, ev("SANCTION", person("United States", "USA", "MIL"), person("Iran", "IRN")))
    # a stem of four letters or more: "Russia", "Russian Foreign Ministry"
    russia = ev("ACCUSE", person("Russia", "RUS"), person("Ukraine", "UKR"))
    assert actors_agree(
        russia, ev("ACCUSE", person("Russian Foreign Ministry", "RUS"), person("Ukraine", "UKR"))
    )


def test_actors_agree_by_sector_or_when_the_found_actor_is_unnamed() -> None:
    gold = ev("COERCE", person("police", "FRA", "COP"), person("Jean Dupont", "FRA", "CVL"))
    assert actors_agree(gold, ev("COERCE", person(None, "FRA", "COP", role="officers"), person(None, "FRA")))
    # a gold event with no target asks nothing of the found one
    assert actors_agree(
        ev("PROTEST", person("farmers", "FRA", "CVL")), ev("PROTEST", person("farmers", "FRA"))
    )


def test_a_match_by_country_alone_is_no_agreement() -> None:
    rioters = ev("PROTEST", person("rioters", "USA", "CVL"))
    rally = ev("PROTEST", person("Donald Trump", "USA", "GOV"))
    assert events_match(rioters, rally)
    assert not actors_agree(rioters, rally)
    # symmetric types: either side found may be either gold side
    talks = ev("CONSULT", person("Emmanuel Macron", "FRA", "GOV"), person("Olaf Scholz", "DEU", "GOV"))
    assert actors_agree(talks, ev("CONSULT", person("Scholz", "DEU"), person("Macron", "FRA")))


def test_score_reports_strict_figures_and_the_pairs_that_agree_on_countries_alone() -> None:
    gold = [
        {
            "id": "b1",
            "events": [
                ev("ACCUSE", person("Donald Trump", "USA", "GOV"), person("the media", "USA", "MED")),
                ev("ACCUSE", person("Donald Trump", "USA", "GOV"), person("Matt Drudge", "USA", "MED")),
                ev("PROTEST", person("rioters", "USA", "CVL"), None),
            ],
        }
    ]
    found = [
        {
            "article": {"id": "b1"},
            "events": [
                ev(
                    "ACCUSE", person("Trump", "USA", "GOV"), person("Matt Drudge", "USA", "MED"), evidence="T"
                ),
                ev("ACCUSE", person("Joe Biden", "USA", "GOV"), person("Trump", "USA", "GOV"), evidence="B"),
                ev("PROTEST", person("Trump", "USA", "GOV"), None, evidence="rally"),
            ],
        }
    ]
    d = score(gold, found).to_dict()
    assert (d["precision"], d["recall"]) == (1.0, 1.0)  # the official rule pairs all three by country
    # paired on their own, Trump's criticism of Drudge is right; Biden's of Trump and the rally are not
    assert (d["strict_precision"], d["strict_recall"], d["actor_agreement"]) == (0.333, 0.333, 0.333)
    assert [(p["gold"]["source_name"], p["found"]["source_name"]) for p in d["country_only"]] == [
        ("Donald Trump", "Joe Biden"),
        ("rioters", "Trump"),
    ]
    text = render_report(score(gold, found))
    assert "matches whose actors agree beyond their country: 1 of 3" in text
    assert "matched on country alone (the actors differ): 2" in text
    assert "found Trump->None: rally" in text


def test_two_people_named_by_name_must_share_a_word_whatever_their_sectors() -> None:
    gold = ev("ACCUSE", person("Donald Trump", "USA", "GOV"), person("Matt Drudge", "USA", "MED"))
    assert not actors_agree(gold, ev("ACCUSE", person("Joe Biden", "USA", "GOV"), person("Drudge", "USA")))


def test_a_state_named_as_itself_agrees_with_those_who_act_for_it() -> None:
    gold = ev("CONCEDE", person("Hassan Rouhani", "IRN", "GOV"))
    assert actors_agree(gold, ev("CONCEDE", person("Iran", "IRN", "GOV")))
    assert actors_agree(
        ev("ASSAULT", person("Iran", "IRN", "GOV")), ev("ASSAULT", person("Ali Hajizadeh", "IRN", "MIL"))
    )
    # but not with its people or its press
    assert not actors_agree(
        ev("PROTEST", person("Iran", "IRN", "GOV")), ev("PROTEST", person("Ali Rezaei", "IRN", "CVL"))
    )
