"""Blame put on someone in reported speech, protests and their addressees, days of their own, aid withheld
and names spelled two ways: rules of extraction with the real model, on short articles written for the test.
"""

from __future__ import annotations

from typing import Any

import pytest

from tidings.extract import extract_article
from tidings.records import Article, Event

pytestmark = pytest.mark.model


def events_of(text: str, published: str = "2024-03-15", title: str | None = None) -> list[Event]:
    return extract_article(Article(text=text, id="t", title=title, published=published)).events


def pairs(events: list[Event], kind: str) -> list[tuple[str | None, str | None]]:
    return [
        (e.source.key if e.source else None, e.target.key if e.target else None)
        for e in events
        if e.type == kind
    ]


# -- blame in reported speech -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "blamer", "blamed"),
    [
        ("Chilean officials said Peru was behind the attacks on the fishing fleet.", "CHL", "PER"),
        ("The Kenyan interior minister said Somalia was responsible for the bombing.", "KEN", "SOM"),
        ("The Indonesian government held Malaysia responsible for the shooting.", "IDN", "MYS"),
        ("Norway's foreign minister said the crash was Sweden's doing.", "NOR", "SWE"),
        ("The Georgian president said Armenia is to blame for the explosion.", "GEO", "ARM"),
    ],
    ids=["behind", "responsible for", "held responsible", "doing", "to blame"],
)
def test_saying_someone_did_an_act_is_an_accusation(nlp: Any, text: str, blamer: str, blamed: str) -> None:
    assert pairs(events_of(text), "ACCUSE") == [(blamer, blamed)]


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan minister said Somalia was responsible for the economy of the region.",
        "Chilean officials said Peru was not behind the attacks on the fishing fleet.",
        "The Indonesian minister said Malaysia was behind the new trade agreement.",
    ],
    ids=["responsible for no act", "denied blame", "behind no act"],
)
def test_no_blame_without_an_act_to_blame(nlp: Any, text: str) -> None:
    assert pairs(events_of(text), "ACCUSE") == []


def test_a_hedge_inside_the_accusation_does_not_hedge_the_accusing(nlp: Any) -> None:
    events = events_of('The Dutch foreign minister said the downing was "most likely" Russia\'s doing.')
    accusation = [e for e in events if e.type == "ACCUSE"]
    assert [(e.source.key, e.target.key, e.modality) for e in accusation if e.source and e.target] == [
        ("NLD", "RUS", "asserted")
    ]


def test_denying_the_accusation_rejects_whoever_made_it(nlp: Any) -> None:
    text = (
        "The Estonian prime minister said the cable damage was Finland's doing. "
        "For two days Finland denied the accusation."
    )
    assert pairs(events_of(text), "REJECT") == [("FIN", "EST")]


# -- protests ---------------------------------------------------------------------------------------------
def test_people_protesting_protest_to_their_own_government(nlp: Any) -> None:
    events = events_of("Serbians have been protesting in Belgrade since early March.")
    assert pairs(events, "PROTEST") == [("SRB", "SRB")]


def test_anti_government_names_the_target_not_the_protesters(nlp: Any) -> None:
    text = "Serbia's economy is struggling. Anti-government protests continue in Belgrade and in Novi Sad."
    assert pairs(events_of(text), "PROTEST") == [("SRB", "SRB")]


def test_weeks_of_protests_are_not_the_protest_of_the_day(nlp: Any) -> None:
    text = (
        "On Friday, thousands of Georgian protesters marched to the parliament in Tbilisi. "
        "This follows weeks of protests against a proposed media law."
    )
    protests = [e for e in events_of(text) if e.type == "PROTEST"]
    assert len(protests) == 2, [e.evidence[0].text for e in protests]
    assert {e.date for e in protests} >= {"2024-03-15"}


def test_a_protest_with_a_day_of_its_own_is_its_own_event(nlp: Any) -> None:
    text = (
        "Thousands of Georgians marched in Tbilisi on Friday. "
        "The bill was withdrawn after last week's protests, one of which drew a hundred thousand people."
    )
    protests = [e for e in events_of(text) if e.type == "PROTEST"]
    assert sorted(e.date or "" for e in protests) == ["2024-03-08", "2024-03-15"]


def test_the_same_days_march_is_one_event_whatever_target_was_inferred(nlp: Any) -> None:
    text = (
        "Yesterday, a hundred thousand Armenians marched through Yerevan in the third week of protests "
        "against Russian pressure on Armenia. Organisers had sent the police a plan for yesterday's march."
    )
    assert pairs(events_of(text), "PROTEST") == [("ARM", "RUS")]


# -- aid withheld -----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Canada froze aid to Haiti.", ("CAN", "HTI")),
        ("Saudi Arabia cut ties with Qatar in 2017.", ("SAU", "QAT")),
        ("The Danish government withheld funding for Uganda.", ("DNK", "UGA")),
    ],
    ids=["froze aid", "cut ties", "withheld funding"],
)
def test_withholding_aid_or_ties_is_a_sanction(nlp: Any, text: str, pair: tuple[str, str]) -> None:
    assert pairs(events_of(text), "SANCTION") == [pair]


@pytest.mark.parametrize(
    "text",
    ["The Danish team delayed the match by a day.", "Canada froze the price of bread."],
    ids=["delayed a match", "froze prices"],
)
def test_delaying_or_freezing_other_things_is_no_sanction(nlp: Any, text: str) -> None:
    assert pairs(events_of(text), "SANCTION") == []


def test_a_named_target_replaces_the_issue_coded_to_the_home_country(nlp: Any) -> None:
    text = "Canada's aid budget was debated in Ottawa. Canada froze aid to Haiti on Monday."
    assert pairs(events_of(text), "SANCTION") == [("CAN", "HTI")]


# -- people -----------------------------------------------------------------------------------------------
def test_a_name_spelled_two_ways_is_one_speaker(nlp: Any) -> None:
    text = (
        "Hezbollah spokesperson Ahmad Mahdawi said the group had fired the rockets. "
        '"We warn Israel that our answer will grow", Mahdawy said.'
    )
    assert pairs(events_of(text), "THREATEN") == [("LBN", "ISR")]


def test_two_names_one_letter_apart_but_short_are_two_people(nlp: Any) -> None:
    from tidings.actors import _one_letter_apart

    assert _one_letter_apart("sarea", "saree")
    assert not _one_letter_apart("khan", "kuan")  # too short to say
    assert not _one_letter_apart("lopez", "perez")
