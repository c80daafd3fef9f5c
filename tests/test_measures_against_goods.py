"""Measures against what a country makes or sells, and ties broken off with a country:

- "India banned 59 Chinese apps", "the United States banned imports of Russian oil", "the EU banned Russian
  state media outlets": a ban or a suspension aimed at a thing of a country (its demonym or its name in
  front of the thing, or of what the thing is of) is a measure against that country. A thing of no country
  ("plastic bags") gives no target, and people ("Russian diplomats") are not things.
- "Venezuela broke off diplomatic relations with Colombia": the country the ties were with is the target.
- "The United States reduced military aid to Egypt", "slashed funding for the city": aid reduced or slashed
  is cut, as aid cut is; interest rates reduced are no measure against anyone.
- "Shortened the nightly curfew": a measure eased, as a curfew relaxed is (a speech shortened is nothing).

Extraction with the real model on short articles written for the test.
"""

from __future__ import annotations

from typing import Any

import pytest

from test_circumstances import events_of, one  # one short article in, its events out

pytestmark = pytest.mark.model

WORLD = "World news"


def sides(event: Any) -> tuple[str | None, str | None]:
    return (
        event.source.country or event.source.org if event.source else None,
        event.target.country if event.target else None,
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("India banned 59 Chinese apps on Monday, citing national security.", ("IND", "CHN")),
        ("The United States banned imports of Russian oil.", ("USA", "RUS")),
        ("The EU banned Russian state media outlets on Wednesday.", ("EU", "RUS")),
    ],
)
def test_a_ban_on_a_countrys_goods_is_against_that_country(nlp: Any, text: str, expected: tuple) -> None:
    event = one(events_of(text, title=WORLD), "SANCTION")
    assert sides(event) == expected


def test_a_ban_on_things_of_no_country_has_no_country_as_target(nlp: Any) -> None:
    text = "The Kenyan government banned plastic bags on Monday."
    event = one(events_of(text, title=WORLD), "SANCTION")
    assert sides(event) == ("KEN", "KEN")  # a measure at home, its target unstated


def test_ties_broken_off_with_a_country_are_aimed_at_it(nlp: Any) -> None:
    text = "Venezuela broke off diplomatic relations with Colombia on Saturday."
    event = one(events_of(text, title=WORLD), "SANCTION")
    assert sides(event) == ("VEN", "COL")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The United States reduced military aid to Egypt.", ("USA", "EGY")),
        ("The government slashed funding for the opposition-run city of Istanbul.", ("TUR", "TUR")),
    ],
)
def test_aid_reduced_or_slashed_is_cut(nlp: Any, text: str, expected: tuple) -> None:
    event = one(events_of(text, title=WORLD), "SANCTION")
    assert event.mode == "cut"
    assert sides(event) == expected


def test_rates_reduced_are_no_measure_against_anyone(nlp: Any) -> None:
    assert not events_of("The Kenyan central bank reduced interest rates on Monday.", title=WORLD)


def test_a_curfew_shortened_is_eased(nlp: Any) -> None:
    event = one(
        events_of("President Bashir shortened the nightly curfew by one hour.", title="Sudan news"), "CONCEDE"
    )
    assert event.mode == "ease"
    assert event.source is not None and event.source.country == "SDN"


def test_a_speech_shortened_eases_nothing(nlp: Any) -> None:
    assert not events_of("The Sudanese president shortened his speech on Monday.", title="Sudan news")
