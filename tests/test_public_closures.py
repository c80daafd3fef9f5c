"""Authorities closing schools, universities, polling stations or public transport restrict their own country
(SANCTION, CAMEO 172), told with a verb ("closed the schools", "the schools were closed", "shut down public
transport") or a noun ("the closure of all schools", "a border closure with ..."). Beside them, three ways an
actor is named that the sixteenth round reads: the one given something, named before the gift ("awarded the
general a medal"); a demonym on the noun in front of the head ("a Chinese erotica author"); and a body named
after the place it is in ("the University of Nairobi"). Rules of extraction with the real model, on short
articles written for the test.
"""

from __future__ import annotations

from typing import Any

import pytest

from test_circumstances import events_of, one  # one short article in, its events out


def closures(text: str) -> list[Any]:
    return [e for e in events_of(text) if e.type == "SANCTION"]


@pytest.mark.model
@pytest.mark.parametrize(
    "sentence",
    [
        "The Kenyan government closed all schools and universities on Monday.",
        "Schools and colleges were closed across Kenya on Monday to slow the outbreak.",
        "The Kenyan government announced the closure of all schools on Monday.",
        "Kenya's transport minister said public transport in Nairobi would be shut down until Saturday.",
    ],
    ids=["active", "passive", "noun", "shut-down-transport"],
)
def test_closing_public_places_is_a_measure_at_home(nlp: Any, sentence: str) -> None:
    found = closures(sentence)
    assert len(found) == 1, [(e.type, e.evidence[0].text) for e in events_of(sentence)]
    assert found[0].source.country == "KEN"
    assert found[0].source.sector == "GOV"
    assert found[0].target.country == "KEN"  # the measure is aimed at the country's own people


@pytest.mark.model
def test_a_border_closure_is_aimed_at_the_neighbour(nlp: Any) -> None:
    found = one(events_of("Canada announced a border closure with the United States on Friday."), "SANCTION")
    assert found.source.country == "CAN"
    assert found.target.country == "USA"


@pytest.mark.model
@pytest.mark.parametrize(
    "sentence",
    [
        "The company closed its school in Lagos after the owner died.",
        "The airport in Nairobi was closed after the crash on Monday.",
    ],
    ids=["private-owner", "airport-after-accident"],
)
def test_closures_that_are_no_measure_are_not_recorded(nlp: Any, sentence: str) -> None:
    assert closures(sentence) == []


@pytest.mark.model
def test_the_one_given_something_before_the_gift_is_the_target(nlp: Any) -> None:
    text = "Russia's defence minister awarded the Syrian general a medal on Monday."
    found = one(events_of(text), "SUPPORT")
    assert found.source.country == "RUS"
    assert found.target.country == "SYR"


@pytest.mark.model
def test_a_demonym_on_the_noun_before_the_head_gives_the_country(nlp: Any) -> None:
    text = "In 2018 a Chinese erotica author was sentenced to eight years behind bars."
    found = one(events_of(text), "COERCE")
    assert found.target.country == "CHN"
    assert found.source.country == "CHN"  # tried where the one sentenced is from, in want of a place


@pytest.mark.model
@pytest.mark.parametrize(
    ("sentence", "country"),
    [
        ("The University of Nairobi criticised the Ugandan government on Monday.", "KEN"),
        ("The Bank of Ghana criticised the Nigerian government on Monday.", "GHA"),
    ],
    ids=["capital", "country"],
)
def test_a_body_named_after_its_place_is_of_that_country(nlp: Any, sentence: str, country: str) -> None:
    found = one(events_of(sentence), "ACCUSE")
    assert found.source.country == country
    assert found.source.basis == "explicit"
