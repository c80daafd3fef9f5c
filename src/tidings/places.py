"""Resolve place mentions ("in Damascus", "in the Syrian capital", "in Syria") to a country and coordinates.

A city keeps its own coordinates; a country mention is marked ``kind="country"`` so that nobody mistakes a
country centroid for the place of the event.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable

from tidings.knowledge import Gazetteer, gazetteer
from tidings.records import Place


def place_from_name(
    name: str,
    *,
    text: str | None = None,
    prefer: Iterable[str] = (),
    named_countries: Collection[str] = (),
    gaz: Gazetteer | None = None,
) -> Place | None:
    """Look ``name`` up as a capital, a known place, then a country.

    ``prefer`` lists countries already in play in the article: a name shared by several places resolves to
    one in those countries first (Paris, Texas only wins in an article about the United States).
    ``named_countries`` are all the countries the article names: a province or county of the long tail
    (marked ``needs_country`` in places.json) is taken only when its country is one of them.
    """
    gaz = gaz or gazetteer()
    clean = name.strip().strip(".,;:").strip()
    if clean.lower().startswith("the "):
        clean = clean[4:]
    low = clean.lower()
    if not low:
        return None
    preferred = list(prefer)
    candidates = gaz.places_named(low, named_countries)
    if low in gaz.capitals:
        # "Washington": the capital before any other place of its name (the state, a town elsewhere)
        candidates = sorted(candidates, key=lambda p: not p.get("capital"))
    if candidates:
        chosen = next((p for c in preferred for p in candidates if p.get("country") == c), candidates[0])
        kind = "capital" if chosen.get("capital") else chosen.get("kind") or "city"
        return Place(
            name=chosen["name"],
            country=chosen["country"],
            lat=chosen.get("lat"),
            lon=chosen.get("lon"),
            text=text or name,
            kind=kind,
        )
    if low in gaz.capitals:
        country = gaz.countries[gaz.capitals[low]]
        return Place(clean, country.iso3, country.capital_lat, country.capital_lon, text or name, "capital")
    iso3 = gaz.country_of_word(clean)
    if iso3 and (low in gaz.country_names or clean in gaz.acronyms):
        country = gaz.countries[iso3]
        return Place(country.name, iso3, country.lat, country.lon, text or name, "country")
    return None


def capital_of(iso3: str, *, text: str | None = None, gaz: Gazetteer | None = None) -> Place | None:
    """The capital of a country, for phrases such as "the Syrian capital"."""
    gaz = gaz or gazetteer()
    country = gaz.countries.get(iso3)
    if country is None or not country.capital:
        return None
    return Place(country.capital, iso3, country.capital_lat, country.capital_lon, text, "capital")
