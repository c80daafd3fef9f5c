"""Towns below a city's size, and town names the tagger takes for something else.

- The gazetteer has GeoNames' towns of 15,000 people or more, not only cities of 100,000: a town is taken only
  in an article that names its country ("Kherson" in a story about Ukraine), and a town named like an
  everyday English word or a person ("Police" in Poland, "Along" in India, "Obama" in Japan) or like a
  bigger place elsewhere (a Paris of Texas) is not listed at all.
- "Russian forces shelled Mariupol", with "Mariupol" tagged a body: the town attacked is its country's, and
  the attack is placed in the town, not in the attacker's country.
- "Gunmen attacked a police station in Kidal", "rebels attacked Kidal", with "Kidal" tagged a people: the
  town is the place, and the town attacked its country's.

Lookups of the gazetteer, and extraction with the real model on short articles written for the test.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from test_circumstances import events_of, one  # one short article in, its events out
from tidings.knowledge import gazetteer
from tidings.places import place_from_name

PLACES = Path(__file__).resolve().parent.parent / "src" / "tidings" / "data" / "places.json"
WORLD = "World news"


@pytest.fixture(scope="module")
def towns() -> list[dict]:
    places = json.loads(PLACES.read_text(encoding="utf-8"))["places"]
    return [p for p in places if p.get("needs_country") and p["kind"] == "city"]


# -- the data ---------------------------------------------------------------------------------------------
def test_the_towns_of_every_country_are_listed(towns: list[dict]) -> None:
    assert len(towns) > 15_000
    assert len({p["country"] for p in towns}) > 150
    assert all(15_000 <= p["population"] < 100_000 for p in towns)


@pytest.mark.parametrize(("name", "iso3"), [("Kherson", "UKR"), ("Bakhmut", "UKR"), ("Kidal", "MLI")])
def test_a_town_is_listed_for_its_country(towns: list[dict], name: str, iso3: str) -> None:
    assert [p["country"] for p in towns if p["name"] == name] == [iso3]


def test_no_town_is_named_like_a_word_a_person_or_a_bigger_place(towns: list[dict]) -> None:
    names = {n for p in towns for n in [p["name"], *p["aliases"]]}
    # Police (Poland), Along (India), Obama (Japan), Clinton and Warren (United States), March (England)
    assert not {"Police", "Along", "Obama", "Clinton", "Warren", "March"} & names
    # towns of the United States named after Paris, Moscow and Portland
    assert not {"Paris", "Moscow", "Portland"} & names
    gaz = gazetteer()
    for name in names:
        low = name.lower()
        assert low not in gaz.country_names and low not in gaz.demonyms and low not in gaz.people, name


def test_a_town_needs_its_country_named() -> None:
    assert place_from_name("Kherson") is None
    place = place_from_name("Kherson", named_countries={"UKR"})
    assert place is not None and (place.name, place.country, place.kind) == ("Kherson", "UKR", "city")


def test_a_city_needs_no_country_named() -> None:
    place = place_from_name("Mariupol")
    assert place is not None and (place.name, place.country) == ("Mariupol", "UKR")


# -- extraction -------------------------------------------------------------------------------------------
def sides(event: Any) -> tuple[str | None, str | None]:
    return (
        event.source.country if event.source else None,
        event.target.country if event.target else None,
    )


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a town of the long tail, its country named
        ("Russian forces shelled Kherson on Monday, the Ukrainian military said.", ("Kherson", "UKR")),
        # a city tagged a body
        ("Russian forces shelled Mariupol on Monday.", ("Mariupol", "UKR")),
        ("Russian missiles hit Kramatorsk on Thursday, Ukrainian officials said.", ("Kramatorsk", "UKR")),
    ],
)
def test_a_town_shelled_is_its_countrys_and_the_place(nlp: Any, text: str, place: tuple) -> None:
    event = one(events_of(text, title=WORLD), "ASSAULT")
    assert sides(event) == ("RUS", "UKR")
    assert event.place is not None and (event.place.name, event.place.country) == place


def test_a_town_tagged_a_people_is_the_place(nlp: Any) -> None:
    text = "Gunmen attacked a police station in Kidal on Tuesday, Malian officials said."
    event = one(events_of(text, title=WORLD), "ASSAULT")
    assert event.place is not None and (event.place.name, event.place.country) == ("Kidal", "MLI")


def test_a_town_tagged_a_people_is_attacked(nlp: Any) -> None:
    event = one(events_of("Rebels attacked Kidal on Tuesday, the Malian army said.", title=WORLD), "ASSAULT")
    assert event.target is not None and event.target.country == "MLI"
    assert event.place is not None and (event.place.name, event.place.country) == ("Kidal", "MLI")


def test_a_town_whose_country_is_not_named_places_nothing(nlp: Any) -> None:
    # Esperanza is a town of Argentina, Mexico, the Dominican Republic and the Philippines, not of Chile
    text = "Chilean police arrested five protesters in Esperanza on Tuesday."
    event = one(events_of(text, title=WORLD), "COERCE")
    assert event.place is None or event.place.name != "Esperanza"


def test_a_town_of_the_named_country_is_the_place(nlp: Any) -> None:
    text = "Police arrested five protesters in Esperanza on Tuesday, the Argentine interior ministry said."
    event = one(events_of(text, title=WORLD), "COERCE")
    assert event.place is not None and (event.place.name, event.place.country) == ("Esperanza", "ARG")


def test_a_town_named_like_a_word_is_no_place(nlp: Any) -> None:
    event = one(events_of("Polish police arrested three men on Friday.", title=WORLD), "COERCE")
    assert event.place is None or event.place.name != "Police"
