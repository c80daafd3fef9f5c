"""Deaths in accidents told by a clause, questions left open, what someone may do, promises of support and
aid, names the tagger takes for nouns, descriptions the parser takes for names, and particles parsed as
adverbs: rules of extraction with the real model, on short articles written for the test.
"""

from __future__ import annotations

from typing import Any

import pytest

from test_circumstances import events_of  # one short article in, its events out
from tidings.records import Event

pytestmark = pytest.mark.model

MEETING = "Canadian Prime Minister Justin Trudeau met US President Donald Trump in Ottawa on Monday. "


def coded(events: list[Event]) -> list[tuple[str, str | None, str | None]]:
    return [(e.type, e.source.key if e.source else None, e.target.key if e.target else None) for e in events]


# -- accidents told by a clause ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Four people were killed in Kenya on Sunday when a small plane crashed near Nairobi.",
        "Twelve passengers died in Peru when a bus plunged into a ravine.",
        "Nine fishermen were killed off Bangladesh as their trawler capsized in a storm.",
    ],
    ids=["crashed", "plunged", "capsized"],
)
def test_deaths_when_something_crashed_are_no_attack(nlp: Any, text: str) -> None:
    assert [e for e in events_of(text) if e.type == "ASSAULT"] == []


def test_deaths_when_someone_attacked_are_still_an_attack(nlp: Any) -> None:
    text = "Four soldiers were killed in Mali on Sunday when gunmen attacked their base near Gao."
    assert "ASSAULT" in {e.type for e in events_of(text)}


# -- questions left open and what someone may do -------------------------------------------------------------
def test_a_question_left_open_is_no_event(nlp: Any) -> None:
    assert events_of("The Danish prime minister did not say whether Denmark supports Finland.") == []
    # the same words stated are one
    said = events_of("The Danish prime minister said Denmark supports Finland.")
    assert coded(said) == [("SUPPORT", "DNK", "FIN")]


@pytest.mark.parametrize(
    "text",
    [
        "Foreign reporters were not allowed to visit the border zone, Ethiopian officials said.",
        "Under the new rules, Chilean exporters are permitted to sell copper abroad.",
    ],
    ids=["not allowed", "are permitted"],
)
def test_what_someone_may_do_with_no_one_letting_them_is_no_event(nlp: Any, text: str) -> None:
    assert [e for e in events_of(text) if e.type == "CONCEDE"] == []


def test_permission_given_by_someone_named_is_a_concession(nlp: Any) -> None:
    events = events_of("Egyptian troops were allowed by Israel to enter Sinai.")
    assert ("CONCEDE", "ISR", "EGY") in coded(events)


# -- promises of support and aid -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The president of Ghana vowed support for Togo.", [("SUPPORT", "GHA", "TGO")]),
        ("Norway pledged aid to Malawi on Friday.", [("AID", "NOR", "MWI")]),
        ("Brazil promised assistance to Bolivia.", [("AID", "BRA", "BOL")]),
    ],
    ids=["vowed support", "pledged aid", "promised assistance"],
)
def test_a_promise_of_support_or_aid_is_that_support_or_aid_alone(
    nlp: Any, text: str, expected: list[tuple[str, str, str]]
) -> None:
    # no second record for the promise itself (an AGREE with no one to agree with)
    assert coded(events_of(text)) == expected


# -- names and descriptions the tagger or parser get wrong ---------------------------------------------------
def test_a_known_surname_tagged_as_a_noun_is_still_the_person(nlp: Any) -> None:
    events = events_of(MEETING + "Trump later criticised Trudeau over dairy tariffs.")
    assert ("ACCUSE", "USA", "CAN") in coded(events)


@pytest.mark.parametrize(
    "insult",
    [
        "Macron called Trump a clown and a bully.",
        "Macron called Trump a bully, a racist, and the worst leader.",
    ],
    ids=["name as a description", "name inside the description"],
)
def test_a_name_parsed_into_the_description_is_who_is_described(nlp: Any, insult: str) -> None:
    text = "French President Emmanuel Macron met US President Donald Trump in Paris. " + insult
    assert ("ACCUSE", "FRA", "USA") in coded(events_of(text))


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Senior lawmakers in Taiwan stepped down after the vote.", "TWN"),
        ("Veteran politicians in Peru stepped down after the election.", "PER"),
    ],
    ids=["lawmakers", "politicians"],
)
def test_a_particle_parsed_as_an_adverb_still_makes_the_phrasal_verb(
    nlp: Any, text: str, country: str
) -> None:
    # the target is the one a resignation of named people always gets ("Senior Taiwanese lawmakers stepped
    # down": their own country, unstated), now that "lawmakers in Taiwan" names theirs too
    assert [(kind, source) for kind, source, _ in coded(events_of(text))] == [("CONCEDE", country)]
