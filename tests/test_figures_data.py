"""figures.json: well-known political figures and their countries. Schema and consistency checks, the lookup
tables built from it, and extraction with the real model on short articles written for the test: a leader
named without a country ("President Trump" in a story about Iran) takes the country the figure is known by,
not the story's home country; the words of the article still come first. A figure named without a role
("Putin met Erdogan") is coded in the sector the figure is known acting in (RUSGOV, not RUSUNK).
"""

from __future__ import annotations

import json
import re
from importlib import resources
from typing import Any

import pytest

from test_circumstances import events_of, one  # one short article in, its events out
from tidings.knowledge import actor_lexicon, fold_name, gazetteer
from tidings.records import SECTORS

ISO3 = re.compile(r"^[A-Z]{3}$")


@pytest.fixture(scope="module")
def figures() -> list[dict]:
    data = json.loads((resources.files("tidings") / "data" / "figures.json").read_text(encoding="utf-8"))
    return data["figures"]


# -- the data ---------------------------------------------------------------------------------------------
def test_every_figure_has_a_name_and_a_known_country(figures: list[dict]) -> None:
    countries = gazetteer().countries
    assert len(figures) > 200
    for figure in figures:
        assert set(figure) == {"name", "country", "sector", "alone", "aliases"}, figure
        assert ISO3.match(figure["country"]) and figure["country"] in countries, figure["name"]
        assert figure["sector"] in SECTORS and figure["sector"] != "UNK", figure["name"]
        assert len(figure["name"].split()) >= 2, figure["name"]


def test_names_are_not_listed_twice(figures: list[dict]) -> None:
    names = [fold_name(n) for f in figures for n in [f["name"], *f["aliases"]]]
    assert len(names) == len(set(names))


def test_a_word_alone_names_people_of_one_country_only(figures: list[dict]) -> None:
    # "Clinton", "Castro", "Sharif": two people of one country; no word may point to two countries
    seen: dict[str, str] = {}
    for figure in figures:
        for word in figure["alone"]:
            assert " " not in word, word
            assert seen.setdefault(fold_name(word), figure["country"]) == figure["country"], word


def test_a_word_alone_names_people_of_one_sector_only(figures: list[dict]) -> None:
    # two people of one surname ("Clinton") must act in one sector for the word alone to say which
    seen: dict[str, str] = {}
    for figure in figures:
        for word in figure["alone"]:
            assert seen.setdefault(fold_name(word), figure["sector"]) == figure["sector"], word


def test_common_surnames_do_not_stand_alone(figures: list[dict]) -> None:
    # "Johnson", "May", "Kim", "Lee", "Castro" name too many people to be taken for one leader
    words = {fold_name(w) for f in figures for w in f["alone"]}
    common = "johnson may kim lee brown khan singh li wang harris castro chavez marcos"
    assert not words & set(common.split())


def test_the_lookup_tables_fold_diacritics() -> None:
    lex = actor_lexicon()
    assert lex.figures["recep tayyip erdogan"] == "TUR"
    assert lex.figure_words["erdogan"] == "TUR"
    assert lex.figure_words["xi"] == "CHN"
    assert lex.figures["volodymyr zelenskyy"] == "UKR"
    assert lex.figure_sectors["erdogan"] == lex.figure_sectors["recep tayyip erdogan"] == "GOV"
    assert lex.figure_sectors["navalny"] == "OPP"


# -- extraction -------------------------------------------------------------------------------------------
@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "kind", "source", "target"),
    [
        (
            "Iranian protesters rallied in Tehran on Friday. President Donald Trump praised the protesters.",
            "SUPPORT",
            "USA",
            "IRN",
        ),
        (
            "Mexican police detained 20 migrants in Tijuana. President Biden criticised the arrests.",
            "ACCUSE",
            "USA",
            "MEX",
        ),
        # one word alone, in a story about another country
        ("Syrian troops shelled Idlib on Monday. Putin praised the Syrian army.", "SUPPORT", "RUS", "SYR"),
        # leaders of the past, for archives of older news
        (
            "Syrian troops shelled Idlib on Monday. President Reagan condemned the Syrian army.",
            "ACCUSE",
            "USA",
            "SYR",
        ),
        ("Gorbachev met Thatcher in London on Monday.", "CONSULT", "RUS", "GBR"),
    ],
)
def test_a_leader_named_without_a_country_is_of_the_country_known_for(
    nlp: Any, text: str, kind: str, source: str, target: str
) -> None:
    event = one(events_of(text), kind)
    assert event.source is not None and event.target is not None
    assert (event.source.country, event.target.country) == (source, target)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # a stated country wins
        "Mary Trump, an Iranian psychologist, criticised the Iranian government on Monday.",
        # a relative of the same surname, named in full, is not the figure: the story's country, as before
        "Mary Trump criticised the Iranian government in Tehran on Monday.",
    ],
)
def test_the_article_words_come_first(nlp: Any, text: str) -> None:
    criticism = one(events_of(text), "ACCUSE")
    assert criticism.source is not None
    assert (criticism.source.name, criticism.source.country) == ("Mary Trump", "IRN")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "kind", "source", "target"),
    [
        ("Putin met Erdogan in Sochi on Monday.", "CONSULT", "RUSGOV", "TURGOV"),
        ("Vladimir Putin visited Tehran on Tuesday.", "CONSULT", "RUSGOV", "IRNGOV"),
        ("Russia's Putin praised Assad on Monday.", "SUPPORT", "RUSGOV", "SYRGOV"),
        # the figures' own sectors: an opposition leader, a legislator
        ("Navalny accused Putin of corruption on Monday.", "ACCUSE", "RUSOPP", "RUSGOV"),
        ("Nancy Pelosi visited Taiwan on Tuesday.", "CONSULT", "USALEG", "TWNGOV"),
    ],
)
def test_a_figure_named_without_a_role_is_coded_in_the_sector_known(
    nlp: Any, text: str, kind: str, source: str, target: str
) -> None:
    event = one(events_of(text, title="World news"), kind)
    assert event.source is not None and event.target is not None
    assert (event.source.code, event.target.code) == (source, target)


@pytest.mark.model
def test_a_role_the_text_gives_wins_over_the_sector_known(nlp: Any) -> None:
    # "opposition leader" is what the text says of him here, whatever figures.json knows him acting as
    text = "Opposition leader Benny Gantz criticised the Israeli government on Monday."
    event = one(events_of(text, title="World news"), "ACCUSE")
    assert event.source is not None and event.source.code == "ISROPP"
