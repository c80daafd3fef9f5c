"""Validate the shipped gazetteer files (built by tools/build_gazetteer.py)."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parent.parent / "src" / "tidings" / "data"
COUNTRY_KEYS = {
    "iso3",
    "iso2",
    "fips",
    "name",
    "aliases",
    "demonyms",
    "people",
    "capital",
    "lat",
    "lon",
    "kind",
}
PLACE_KINDS = {"city", "state", "region"}


@pytest.fixture(scope="module")
def countries_doc() -> dict:
    return json.loads((DATA / "countries.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def places_doc() -> dict:
    return json.loads((DATA / "places.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def countries(countries_doc: dict) -> list[dict]:
    return countries_doc["countries"]


@pytest.fixture(scope="module")
def by_alias(countries: list[dict]) -> dict[str, set[str]]:
    index: dict[str, set[str]] = defaultdict(set)
    for country in countries:
        for alias in country["aliases"]:
            index[alias].add(country["iso3"])
    return index


@pytest.fixture(scope="module")
def by_demonym(countries: list[dict]) -> dict[str, set[str]]:
    index: dict[str, set[str]] = defaultdict(set)
    for country in countries:
        for word in country["demonyms"] + country["people"]:
            index[word].add(country["iso3"])
    return index


@pytest.fixture(scope="module")
def places_by_name(places_doc: dict) -> dict[str, list[dict]]:
    index: dict[str, list[dict]] = defaultdict(list)
    for place in places_doc["places"]:
        for name in [place["name"], *place["aliases"]]:
            index[name].append(place)
    return index


def valid_coords(lat: object, lon: object) -> bool:
    return (
        isinstance(lat, int | float)
        and isinstance(lon, int | float)
        and -90 <= lat <= 90
        and -180 <= lon <= 180
    )


def test_countries_header(countries_doc: dict) -> None:
    assert countries_doc["version"] == 1
    assert "pycountry" in countries_doc["source"]
    assert 245 <= len(countries_doc["countries"]) <= 260


def test_countries_sorted_and_unique(countries: list[dict]) -> None:
    codes = [c["iso3"] for c in countries]
    assert codes == sorted(codes)
    assert len(codes) == len(set(codes))
    iso2 = [c["iso2"] for c in countries]
    assert len(iso2) == len(set(iso2))


def test_country_schema(countries: list[dict]) -> None:
    for c in countries:
        assert set(c) == COUNTRY_KEYS, c["iso3"]
        assert len(c["iso3"]) == 3 and c["iso3"].isupper()
        assert len(c["iso2"]) == 2 and c["iso2"].isupper()
        assert c["fips"] is None or (isinstance(c["fips"], str) and len(c["fips"]) == 2)
        assert c["kind"] in {"state", "territory"}
        assert c["name"] in c["aliases"], c["iso3"]
        for field in ("aliases", "demonyms", "people"):
            assert isinstance(c[field], list)
            assert all(isinstance(x, str) and x.strip() == x and x for x in c[field]), c["iso3"]
            assert len(c[field]) == len(set(c[field])), (c["iso3"], field)
        assert valid_coords(c["lat"], c["lon"]), c["iso3"]
        cap = c["capital"]
        if cap is not None:
            assert set(cap) == {"name", "aliases", "lat", "lon"}
            assert cap["name"] and isinstance(cap["aliases"], list)
            assert valid_coords(cap["lat"], cap["lon"]), c["iso3"]


def test_sovereign_states_have_demonyms_and_capitals(countries: list[dict], countries_doc: dict) -> None:
    ambiguous = countries_doc["ambiguous_demonyms"]
    covered = {iso for isos in ambiguous.values() for iso in isos}
    for c in countries:
        if c["kind"] == "state":
            assert c["capital"] is not None, c["iso3"]
            assert c["demonyms"] or c["iso3"] in covered or c["iso3"] in {"NZL", "VAT"}, c["iso3"]


def test_no_comma_or_bracket_aliases(countries: list[dict]) -> None:
    for c in countries:
        for alias in c["aliases"]:
            assert "," not in alias and "(" not in alias, alias


def test_aliases_unique_across_countries(by_alias: dict[str, set[str]]) -> None:
    clashes = {alias: isos for alias, isos in by_alias.items() if len(isos) > 1}
    assert not clashes


def test_demonyms_map_to_one_country(by_demonym: dict[str, set[str]], countries_doc: dict) -> None:
    ambiguous = countries_doc["ambiguous_demonyms"]
    clashes = {word: isos for word, isos in by_demonym.items() if len(isos) > 1}
    assert not clashes
    for word, isos in ambiguous.items():
        assert word not in by_demonym, word
        assert len(isos) >= 2


def test_ambiguous_entries_refer_to_known_countries(countries: list[dict], countries_doc: dict) -> None:
    codes = {c["iso3"] for c in countries}
    for key in ("ambiguous_demonyms", "ambiguous_names"):
        for isos in countries_doc[key].values():
            assert set(isos) <= codes


@pytest.mark.parametrize(
    ("alias", "iso3"),
    [
        ("Syria", "SYR"),
        ("Syrian Arab Republic", "SYR"),
        ("Turkey", "TUR"),
        ("Turkiye", "TUR"),
        ("Türkiye", "TUR"),
        ("Hong Kong", "HKG"),
        ("Macau", "MAC"),
        ("Taiwan", "TWN"),
        ("Kosovo", "XKX"),
        ("Britain", "GBR"),
        ("UK", "GBR"),
        ("U.K.", "GBR"),
        ("Great Britain", "GBR"),
        ("United Kingdom", "GBR"),
        ("U.S.", "USA"),
        ("US", "USA"),
        ("USA", "USA"),
        ("America", "USA"),
        ("United States", "USA"),
        ("Russia", "RUS"),
        ("South Korea", "KOR"),
        ("North Korea", "PRK"),
        ("DPRK", "PRK"),
        ("Iran", "IRN"),
        ("Czechia", "CZE"),
        ("Czech Republic", "CZE"),
        ("Ivory Coast", "CIV"),
        ("Côte d'Ivoire", "CIV"),
        ("Burma", "MMR"),
        ("Myanmar", "MMR"),
        ("Vatican", "VAT"),
        ("Holy See", "VAT"),
        ("Palestine", "PSE"),
        ("Palestinian territories", "PSE"),
        ("DRC", "COD"),
        ("Congo-Kinshasa", "COD"),
        ("Congo-Brazzaville", "COG"),
        ("Guinea", "GIN"),
        ("Papua New Guinea", "PNG"),
        ("Equatorial Guinea", "GNQ"),
        ("Puerto Rico", "PRI"),
        ("Greenland", "GRL"),
        ("Eswatini", "SWZ"),
        ("Swaziland", "SWZ"),
        ("North Macedonia", "MKD"),
        ("UAE", "ARE"),
        ("East Timor", "TLS"),
        ("Cape Verde", "CPV"),
    ],
)
def test_country_alias_spot_checks(by_alias: dict[str, set[str]], alias: str, iso3: str) -> None:
    assert by_alias[alias] == {iso3}


def test_gaza_is_not_a_country(by_alias: dict[str, set[str]]) -> None:
    assert "Gaza" not in by_alias
    assert "Congo" not in by_alias and "Korea" not in by_alias


@pytest.mark.parametrize(
    ("word", "iso3"),
    [
        ("Syrian", "SYR"),
        ("Syrians", "SYR"),
        ("British", "GBR"),
        ("Britons", "GBR"),
        ("Turkish", "TUR"),
        ("Turks", "TUR"),
        ("American", "USA"),
        ("Americans", "USA"),
        ("Filipino", "PHL"),
        ("Philippine", "PHL"),
        ("Filipinos", "PHL"),
        ("Palestinian", "PSE"),
        ("Russian", "RUS"),
        ("Ukrainian", "UKR"),
        ("Israeli", "ISR"),
        ("Chadian", "TCD"),
        ("Nigerien", "NER"),
        ("Nigerian", "NGA"),
        ("South Korean", "KOR"),
        ("North Korean", "PRK"),
        ("Kosovar", "XKX"),
        ("Taiwanese", "TWN"),
        ("Emirati", "ARE"),
        ("Dutch", "NLD"),
        ("Sudanese", "SDN"),
        ("South Sudanese", "SSD"),
    ],
)
def test_demonym_spot_checks(by_demonym: dict[str, set[str]], word: str, iso3: str) -> None:
    assert by_demonym[word] == {iso3}


def test_ambiguous_demonyms(countries_doc: dict, by_demonym: dict[str, set[str]]) -> None:
    amb = countries_doc["ambiguous_demonyms"]
    assert set(amb["Congolese"]) == {"COD", "COG"}
    assert set(amb["Korean"]) == {"KOR", "PRK"}
    assert "Hong Kong" not in by_demonym


@pytest.mark.parametrize(
    ("iso3", "capital"),
    [
        ("SYR", "Damascus"),
        ("RUS", "Moscow"),
        ("UKR", "Kyiv"),
        ("GBR", "London"),
        ("USA", "Washington"),
        ("IND", "New Delhi"),
        ("KAZ", "Astana"),
        ("TUR", "Ankara"),
    ],
)
def test_capital_spot_checks(countries: list[dict], iso3: str, capital: str) -> None:
    country = next(c for c in countries if c["iso3"] == iso3)
    assert country["capital"]["name"] == capital


def test_fips_spot_checks(countries: list[dict]) -> None:
    fips = {c["iso3"]: c["fips"] for c in countries}
    assert fips["GBR"] == "UK" and fips["DEU"] == "GM" and fips["SYR"] == "SY" and fips["XKX"] == "KV"


def test_places_schema(places_doc: dict, countries: list[dict]) -> None:
    codes = {c["iso3"] for c in countries}
    assert places_doc["version"] == 1
    places = places_doc["places"]
    assert len(places) > 5000
    for p in places:
        assert {"name", "aliases", "country", "lat", "lon", "population", "kind"} <= set(p), p
        assert set(p) <= {
            "name",
            "aliases",
            "country",
            "lat",
            "lon",
            "population",
            "kind",
            "capital",
            "needs_country",
        }
        assert len(p["name"]) >= 3, p
        assert all(len(a) >= 3 for a in p["aliases"]), p
        assert p["country"] in codes, p
        assert p["kind"] in PLACE_KINDS, p
        assert isinstance(p["population"], int) and p["population"] >= 0, p
        assert valid_coords(p["lat"], p["lon"]), p
        if "capital" in p:
            assert p["capital"] is True and p["kind"] == "city"
        if "needs_country" in p:
            # a division of the long tail, or a town below a city's size
            assert p["needs_country"] is True and p["kind"] in {"region", "city"}
            assert p["kind"] == "region" or 15_000 <= p["population"] < 100_000, p


def test_places_aliases_are_latin(places_doc: dict) -> None:
    for p in places_doc["places"]:
        for name in [p["name"], *p["aliases"]]:
            # Latin script only: no Greek, Cyrillic, Arabic, Indic, CJK ... names.
            assert not any("\u0370" <= ch <= "\u1dff" or ord(ch) >= 0x2E80 for ch in name), name


def test_places_file_size() -> None:
    # about 33,000 places, one to a line: the towns of 15,000 people or more make up most of it
    assert (DATA / "places.json").stat().st_size < 6_000_000


def test_every_capital_is_a_place(countries: list[dict], places_doc: dict) -> None:
    caps = {(p["name"], p["country"]) for p in places_doc["places"] if p.get("capital")}
    for c in countries:
        if c["capital"] is not None:
            assert (c["capital"]["name"], c["iso3"]) in caps, c["iso3"]


def test_excluded_names_absent(places_doc: dict) -> None:
    excluded = set(places_doc["excluded_city_names"])
    assert {"Mobile", "Reading", "Bath", "Nice"} <= excluded
    for p in places_doc["places"]:
        if p["kind"] == "city" and not p.get("capital"):
            assert p["name"] not in excluded, p


@pytest.mark.parametrize(
    ("name", "iso3", "kind"),
    [
        ("Damascus", "SYR", "city"),
        ("Aleppo", "SYR", "city"),
        ("Moscow", "RUS", "city"),
        ("Gaza", "PSE", "region"),
        ("Gaza Strip", "PSE", "region"),
        ("West Bank", "PSE", "region"),
        ("Crimea", "UKR", "region"),
        ("Donbass", "UKR", "region"),
        ("Kowloon", "HKG", None),
        ("Xinjiang", "CHN", "region"),
        ("Tigray", "ETH", "region"),
        ("Scotland", "GBR", "region"),
        ("Texas", "USA", "state"),
        ("Kiev", "UKR", "city"),
        ("Raqqa", "SYR", "city"),
        ("Catalonia", "ESP", "region"),
        ("Darfur", "SDN", "region"),
    ],
)
def test_place_spot_checks(
    places_by_name: dict[str, list[dict]], name: str, iso3: str, kind: str | None
) -> None:
    matches = [
        p for p in places_by_name[name] if p["country"] == iso3 and (kind is None or p["kind"] == kind)
    ]
    assert matches, name


def test_capital_flags(places_by_name: dict[str, list[dict]]) -> None:
    assert any(p.get("capital") and p["country"] == "SYR" for p in places_by_name["Damascus"])
    assert any(p.get("capital") and p["country"] == "RUS" for p in places_by_name["Moscow"])


def test_all_us_states(places_doc: dict) -> None:
    states = [p for p in places_doc["places"] if p["kind"] == "state" and p["country"] == "USA"]
    assert len(states) == 50
