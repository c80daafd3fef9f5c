"""Where events happen, below and at country level. Provinces, states and counties of every country
(GeoNames' first-level divisions, and England's counties, which ISO 3166-2 lists) are placed at the mean
position of their towns. A division the gazetteer carries only for the long tail is taken only in an article
that names its country: "arrested in Norfolk" in a story about Britain is in the English county, not in the
Virginian city. "In Sandy, Utah" places a town too small for the gazetteer in its state. An act of a state
body at home with no place stated ("lawmakers in Peru voted ...") is placed in its country,
country-wide. Lookups of the gazetteer, and extraction with the real model on short articles written for the
test.
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


@pytest.fixture(scope="module")
def divisions() -> list[dict]:
    places = json.loads(PLACES.read_text(encoding="utf-8"))["places"]
    return [p for p in places if p.get("needs_country") and p["kind"] == "region"]


# -- the data ---------------------------------------------------------------------------------------------
def test_every_country_of_the_world_has_its_divisions(divisions: list[dict]) -> None:
    assert len(divisions) > 2500
    assert len({p["country"] for p in divisions}) > 150
    assert all(p["kind"] == "region" and p["population"] == 0 for p in divisions)


@pytest.mark.parametrize(
    ("name", "iso3", "lat", "lon"),
    [
        ("Norfolk", "GBR", 52.7, 0.9),  # an English county: a second-level division that ISO 3166-2 lists
        ("Rostov", "RUS", 47.4, 40.5),
        ("Anhui", "CHN", 31.8, 117.2),  # GeoNames' "Anhui Sheng", as news writes it
        ("Upper Austria", "AUT", 48.2, 14.0),
        ("Adamawa", "NGA", 9.3, 12.4),
    ],
)
def test_a_division_lies_where_its_towns_are(
    divisions: list[dict], name: str, iso3: str, lat: float, lon: float
) -> None:
    found = [p for p in divisions if p["name"] == name and p["country"] == iso3]
    assert len(found) == 1, name
    assert (found[0]["lat"], found[0]["lon"]) == pytest.approx((lat, lon), abs=1.5)


def test_the_full_form_of_a_division_is_an_alias(divisions: list[dict]) -> None:
    anhui = next(p for p in divisions if p["name"] == "Anhui")
    assert anhui["aliases"] == ["Anhui Sheng"]


def test_a_division_named_like_a_town_of_its_country_is_left_to_the_town(divisions: list[dict]) -> None:
    # Kirkuk, Idlib, Aleppo are governorates and cities; the city entry serves both
    names = {(p["country"], n) for p in divisions for n in [p["name"], *p["aliases"]]}
    assert not {("IRQ", "Kirkuk"), ("SYR", "Idlib"), ("SYR", "Aleppo")} & names
    assert place_from_name("Kirkuk") is not None


def test_no_division_is_named_like_a_country_a_people_or_an_everyday_word(divisions: list[dict]) -> None:
    gaz = gazetteer()
    for place in divisions:
        for name in [place["name"], *place["aliases"]]:
            low = name.lower()
            assert low not in gaz.country_names and low not in gaz.demonyms and low not in gaz.people, name
            assert low not in {"central", "capital", "delta", "western", "north", "centre", "para"}, name


def test_hand_written_regions_need_no_country(divisions: list[dict]) -> None:
    # the regions written by hand (Crimea, Darfur, Sindh) are known well enough to stand alone
    assert not [p for p in divisions if p["name"] in {"Crimea", "Darfur", "Sindh", "Bavaria", "Scotland"}]
    sindh = place_from_name("Sindh")
    assert sindh is not None and (sindh.country, sindh.kind) == ("PAK", "region")


# -- lookups ----------------------------------------------------------------------------------------------
def test_a_division_counts_only_where_its_country_is_named() -> None:
    gaz = gazetteer()
    assert [p["country"] for p in gaz.places_named("rostov")] == []
    assert [p["country"] for p in gaz.places_named("rostov", {"RUS"})] == ["RUS"]
    assert [p["country"] for p in gaz.places_named("rostov", {"UKR"})] == []
    assert place_from_name("Rostov") is None
    rostov = place_from_name("Rostov", named_countries={"RUS"})
    assert rostov is not None
    assert (rostov.name, rostov.country, rostov.kind) == ("Rostov", "RUS", "region")


def test_a_named_country_lets_the_county_win_over_a_bigger_town_elsewhere() -> None:
    city = place_from_name("Norfolk")
    assert city is not None and (city.country, city.kind) == ("USA", "city")
    # named but not among the event's actors: the most populous place still wins
    assert getattr(place_from_name("Norfolk", named_countries={"GBR"}), "country", None) == "USA"
    county = place_from_name("Norfolk", prefer=["GBR"], named_countries={"GBR"})
    assert county is not None
    assert (county.name, county.country, county.kind) == ("Norfolk", "GBR", "region")
    assert county.lat == pytest.approx(52.7, abs=0.6)


# -- extraction -------------------------------------------------------------------------------------------
@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "kind", "place"),
    [
        (
            "British police arrested two men in Norfolk on Tuesday, the force said.",
            "COERCE",
            ("Norfolk", "GBR"),
        ),
        (
            "Nigerian soldiers attacked a militant camp in Adamawa on Monday, the army said.",
            "ASSAULT",
            ("Adamawa", "NGA"),
        ),
        # the small model tags "Upper" and "Austria" as two names
        (
            "Austrian police arrested three activists in Upper Austria on Friday.",
            "COERCE",
            ("Upper Austria", "AUT"),
        ),
    ],
)
def test_an_event_in_a_division_is_placed_in_it(
    nlp: Any, text: str, kind: str, place: tuple[str, str]
) -> None:
    event = one(events_of(text), kind)
    assert event.place is not None
    assert (event.place.name, event.place.country, event.place.kind) == (*place, "region")
    assert event.place.lat is not None and event.place.lon is not None


@pytest.mark.model
def test_a_county_name_in_a_story_naming_no_country_is_not_taken_for_the_county(nlp: Any) -> None:
    event = one(events_of("Police arrested two men in Norfolk on Tuesday, the force said."), "COERCE")
    assert event.place is None or event.place.country != "GBR"


@pytest.mark.model
def test_a_province_with_no_country_named_gives_no_actor_country(nlp: Any) -> None:
    # "Adamawa" alone says nothing of Nigeria to a reader who does not know it; no country is guessed
    assert events_of("Soldiers attacked a militant camp in Adamawa on Monday.") == []


# -- a well-known state or region against a town of the same name ------------------------------------------
@pytest.mark.parametrize(
    ("name", "iso3", "kind"),
    [
        ("Virginia", "USA", "state"),  # not the town in South Africa
        ("Bali", "IDN", "region"),  # not the town in India
        ("Washington", "USA", "capital"),  # the capital, not the state
        ("New York", "USA", "city"),  # a great city before its state
    ],
)
def test_a_known_state_or_region_outranks_a_town_of_its_name(name: str, iso3: str, kind: str) -> None:
    place = place_from_name(name)
    assert place is not None
    assert (place.country, place.kind) == (iso3, kind)


def test_the_capital_comes_before_the_state_of_its_name_in_its_own_country() -> None:
    # "officials in Washington" in a story about the United States: the city, not the state
    place = place_from_name("Washington", prefer=["USA"])
    assert place is not None
    assert (place.name, place.kind) == ("Washington", "capital")


# -- "Town, State": the place after the comma -------------------------------------------------------------
@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "place", "source_country"),
    [
        # a town the gazetteer lacks: placed in the state named after it, with the state's coordinates
        (
            "Police arrested two protesters in Sandy, Utah on Tuesday.",
            ("Utah", "USA", "state", "Sandy, Utah"),
            "USA",
        ),
        # the gazetteer knows only the Paris of France: the Paris of Texas is placed in Texas
        (
            "French police arrested two tourists in Paris, Texas on Tuesday.",
            ("Texas", "USA", "state", "Paris, Texas"),
            "FRA",
        ),
        # the county, and the police of the story's country: "Norfolk, England" says the story is in Britain
        (
            "Police arrested two men in Norfolk, England on Tuesday.",
            ("Norfolk", "GBR", "region", "Norfolk"),
            "GBR",
        ),
    ],
)
def test_the_place_after_the_comma_says_which_town_and_where(
    nlp: Any, text: str, place: tuple[str, str, str, str], source_country: str
) -> None:
    event = one(events_of(text), "COERCE")
    assert event.place is not None
    assert (event.place.name, event.place.country, event.place.kind, event.place.text) == place
    assert event.place.lat is not None and event.place.lon is not None
    assert event.source is not None and event.source.country == source_country


@pytest.mark.model
def test_a_capital_followed_by_its_country_stays_the_capital(nlp: Any) -> None:
    text = (
        "The Russian foreign minister held talks with his Turkish counterpart in Moscow, Russia, on Friday."
    )
    event = one(events_of(text), "CONSULT")
    assert event.place is not None
    assert (event.place.name, event.place.country, event.place.kind) == ("Moscow", "RUS", "capital")


@pytest.mark.model
def test_a_list_of_cities_is_not_read_as_a_town_and_its_state(nlp: Any) -> None:
    event = one(events_of("Ukrainian police arrested two men in Kyiv, Lviv and Odesa on Monday."), "COERCE")
    assert event.place is not None
    assert (event.place.name, event.place.country) == ("Kyiv", "UKR")


# -- an act of a state at home ----------------------------------------------------------------------------
# The first sentence puts the story in Hong Kong, so the story's place cannot stand in for the second's.
ELSEWHERE = "Thousands of people protested in Hong Kong on Sunday against the new law. "


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "kind", "iso3"),
    [
        ("Lawmakers in Peru voted on Tuesday to repeal the mining law.", "CONCEDE", "PER"),
        ("The Indian government banned the sale of e-cigarettes on Monday.", "SANCTION", "IND"),
    ],
)
def test_an_act_of_a_state_body_at_home_is_placed_in_its_country(
    nlp: Any, text: str, kind: str, iso3: str
) -> None:
    event = one(events_of(ELSEWHERE + text), kind)
    assert event.place is not None
    # country-wide, and marked as not stated: no coordinates, no words of the article
    assert (event.place.country, event.place.kind, event.place.text) == (iso3, "country", None)
    assert (event.place.lat, event.place.lon) == (None, None)
    protest = one(events_of(ELSEWHERE + text), "PROTEST")
    assert protest.place is not None and protest.place.name == "Hong Kong"


@pytest.mark.model
def test_an_act_between_two_countries_gets_no_place_it_does_not_state(nlp: Any) -> None:
    text = ELSEWHERE + "Russia imposed sanctions on three British officials on Monday."
    event = one(events_of(text), "SANCTION")
    assert event.place is None


@pytest.mark.model
def test_the_storys_town_is_kept_over_the_country(nlp: Any) -> None:
    # "in Mashhad" hangs on the lawyer, not on the arrest: the story's town, not a place stated for it
    event = one(events_of("Iranian police arrested a prominent lawyer in Mashhad on Monday."), "COERCE")
    assert event.place is not None
    assert (event.place.name, event.place.country, event.place.kind) == ("Mashhad", "IRN", "city")
