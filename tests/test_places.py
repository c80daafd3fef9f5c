"""Place names to places: capitals, cities, countries; ambiguous names settled by the article's countries."""

from __future__ import annotations

import pytest

from tidings.knowledge import gazetteer
from tidings.places import capital_of, place_from_name


def test_capital_city_has_its_own_coordinates() -> None:
    place = place_from_name("Damascus")
    assert place is not None
    assert (place.name, place.country, place.kind, place.text) == ("Damascus", "SYR", "capital", "Damascus")
    assert place.lat == pytest.approx(33.5, abs=0.1)
    assert place.lon == pytest.approx(36.3, abs=0.1)


def test_capital_of_a_country_for_the_syrian_capital() -> None:
    place = capital_of("SYR", text="the Syrian capital")
    assert place is not None
    assert (place.name, place.country, place.kind, place.text) == (
        "Damascus",
        "SYR",
        "capital",
        "the Syrian capital",
    )
    assert place.lat == pytest.approx(33.5, abs=0.1)
    assert place.lon == pytest.approx(36.3, abs=0.1)
    # the same coordinates as the city looked up by name
    by_name = place_from_name("Damascus")
    assert by_name is not None and (place.lat, place.lon) == pytest.approx(
        (by_name.lat, by_name.lon), abs=0.05
    )


def test_capital_of_unknown_country_is_none() -> None:
    assert capital_of("XXX") is None


def test_country_name_is_marked_as_a_country_not_a_city() -> None:
    place = place_from_name("Syria")
    assert place is not None
    assert (place.name, place.country, place.kind) == ("Syria", "SYR", "country")
    # a country centroid, not the capital's coordinates
    damascus = place_from_name("Damascus")
    assert damascus is not None and (place.lat, place.lon) != (damascus.lat, damascus.lon)


@pytest.mark.parametrize("name", ["the US", "United States"])
def test_country_aliases(name: str) -> None:
    place = place_from_name(name)
    assert place is not None and place.country == "USA" and place.kind == "country"
    assert place.text == name


def test_punctuation_and_article_are_ignored_but_text_is_kept() -> None:
    place = place_from_name("Moscow.", text="in Moscow")
    assert place is not None
    assert (place.name, place.country, place.kind, place.text) == ("Moscow", "RUS", "capital", "in Moscow")


@pytest.mark.parametrize("name", ["Narnia", "Springfieldshire", "", "   ", "the"])
def test_unknown_or_empty_name_is_none(name: str) -> None:
    assert place_from_name(name) is None


def test_demonym_is_not_a_place() -> None:
    assert place_from_name("Syrian") is None


def test_old_spelling_of_a_capital_resolves_to_the_same_city() -> None:
    kyiv, kiev = place_from_name("Kyiv"), place_from_name("Kiev")
    assert kyiv is not None and kiev is not None
    assert (kiev.name, kiev.country, kiev.text) == (kyiv.name, "UKR", "Kiev")


# -- ambiguous names -----------------------------------------------------------------------------------------
def _countries_of(name: str) -> set[str]:
    return {p["country"] for p in gazetteer().places.get(name.lower(), [])}


@pytest.mark.parametrize(
    ("name", "default", "preferred"),
    [
        ("London", "GBR", "CAN"),
        ("Tripoli", "LBY", "LBN"),
        ("Alexandria", "EGY", "USA"),
        ("Hyderabad", "IND", "PAK"),
    ],
)
def test_ambiguous_name_prefers_the_articles_countries(name: str, default: str, preferred: str) -> None:
    if not {default, preferred} <= _countries_of(name):
        pytest.skip(f"gazetteer no longer lists {name} in both {default} and {preferred}")
    plain = place_from_name(name)
    assert plain is not None and plain.country == default
    chosen = place_from_name(name, prefer=[preferred])
    assert chosen is not None and chosen.country == preferred
    assert chosen.kind in {"city", "capital", "region"}
    # the first preferred country that has such a place wins; countries without one are passed over
    assert place_from_name(name, prefer=["ATA", preferred, default]).country == preferred  # type: ignore[union-attr]


def test_shared_name_of_a_capital_goes_to_the_capital_unless_the_article_prefers_otherwise() -> None:
    if not {"CRI", "USA"} <= _countries_of("San Jose"):
        pytest.skip("gazetteer no longer lists San Jose in both Costa Rica and the United States")
    capital = place_from_name("San Jose")
    assert capital is not None and (capital.country, capital.kind) == ("CRI", "capital")
    city = place_from_name("San Jose", prefer=["USA"])
    assert city is not None and (city.country, city.kind) == ("USA", "city")
