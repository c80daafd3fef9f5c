"""companies.json: well-known companies and the country each is based in. Schema and consistency checks and
the lookup table built from it (extraction with it is tested in test_wire_constructions.py)."""

from __future__ import annotations

import json
import re
from importlib import resources

import pytest

from tidings.knowledge import actor_lexicon, fold_name, gazetteer

ISO3 = re.compile(r"^[A-Z]{3}$")


@pytest.fixture(scope="module")
def companies() -> list[dict]:
    data = json.loads((resources.files("tidings") / "data" / "companies.json").read_text(encoding="utf-8"))
    return data["companies"]


def test_every_company_has_names_and_a_known_country(companies: list[dict]) -> None:
    countries = gazetteer().countries
    assert len(companies) > 200
    for company in companies:
        assert set(company) == {"names", "country"}, company
        assert company["names"] and all(n.strip() == n and n for n in company["names"]), company
        assert ISO3.match(company["country"]) and company["country"] in countries, company["names"]


def test_a_name_stands_for_one_company_only(companies: list[dict]) -> None:
    names = [fold_name(n) for c in companies for n in c["names"]]
    assert len(names) == len(set(names))


def test_no_name_is_a_country_a_demonym_or_a_common_word(companies: list[dict]) -> None:
    gaz = gazetteer()
    common = {"orange", "total", "visa", "swiss", "target", "grab", "vale"}
    for company in companies:
        for name in company["names"]:
            key = name.lower()
            assert key not in gaz.country_names and key not in gaz.demonyms, name
            assert key not in common, name


def test_the_lookup_table_gives_the_first_name_and_the_country() -> None:
    table = actor_lexicon().companies
    assert table[fold_name("Alphabet")] == ("Google", "USA")
    assert table[fold_name("Nestle")] == ("Nestlé", "CHE")
    assert table[fold_name("PG&E")] == ("Pacific Gas and Electric Company", "USA")
